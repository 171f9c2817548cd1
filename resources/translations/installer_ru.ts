<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Errors</name>
    <message>
      <source>A translation of the screens does not load: {file}.</source>
      <translation>Не загружается перевод экранов: {file}.</translation>
    </message>
    <message>
      <source>No {language} translations of the screens.</source>
      <translation>Нет перевода экранов на язык «{language}».</translation>
    </message>
    <message>
      <source>Qt's Russian translation is missing.</source>
      <translation>Нет русского перевода Qt.</translation>
    </message>
    <message>
      <source>The JSON return is empty.</source>
      <translation>Отчёт в формате JSON пуст.</translation>
    </message>
    <message>
      <source>The PDF fonts are missing.</source>
      <translation>В PDF нет шрифтов.</translation>
    </message>
    <message>
      <source>The database check failed: {problems}</source>
      <translation>Проверка базы данных не пройдена: {problems}</translation>
    </message>
    <message>
      <source>The database file is not encrypted.</source>
      <translation>Файл базы данных не зашифрован.</translation>
    </message>
    <message>
      <source>The database file was not created.</source>
      <translation>Файл базы данных не создан.</translation>
    </message>
    <message>
      <source>The plan did not print as a PDF.</source>
      <translation>План не удалось напечатать в PDF.</translation>
    </message>
    <message>
      <source>The plan was not approved.</source>
      <translation>План не утверждён.</translation>
    </message>
    <message>
      <source>The resident is not in the reopened database.</source>
      <translation>В заново открытой базе данных нет клиента.</translation>
    </message>
    <message>
      <source>The temporary folder is still there.</source>
      <translation>Временная папка не удалена.</translation>
    </message>
  </context>
  <context>
    <name>SelfTest</name>
    <message>
      <source>Adding a synthetic resident with an approved plan</source>
      <translation>Добавление вымышленного клиента с утверждённым планом</translation>
    </message>
    <message>
      <source>Creating an encrypted database in a temporary folder</source>
      <translation>Создание зашифрованной базы данных во временной папке</translation>
    </message>
    <message>
      <source>Loading the screens and their translations</source>
      <translation>Загрузка экранов и их переводов</translation>
    </message>
    <message>
      <source>Opening the database again with the password</source>
      <translation>Повторное открытие базы данных с паролем</translation>
    </message>
    <message>
      <source>Printing the plan to a PDF in memory</source>
      <translation>Печать плана в PDF (в памяти)</translation>
    </message>
    <message>
      <source>Removing the temporary folder</source>
      <translation>Удаление временной папки</translation>
    </message>
    <message>
      <source>Writing a statistical return</source>
      <translation>Запись статистического отчёта</translation>
    </message>
    <message>
      <source>Self-test FAILED. The log is in {folder}.</source>
      <translation>Самопроверка НЕ пройдена. Журнал находится в папке {folder}.</translation>
    </message>
    <message>
      <source>Self-test passed in {seconds} s.</source>
      <translation>Самопроверка пройдена за {seconds} с.</translation>
    </message>
    <message>
      <source>Shelter case manager {version}: self-test</source>
      <translation>Учёт случаев приюта {version}: самопроверка</translation>
    </message>
    <message>
      <source>[{n}/{total}] {step}: FAILED</source>
      <translation>[{n}/{total}] {step}: ОШИБКА</translation>
    </message>
    <message>
      <source>[{n}/{total}] {step}: ok</source>
      <translation>[{n}/{total}] {step}: успешно</translation>
    </message>
  </context>
</TS>
