<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Errors</name>
    <message>
      <source>A translation of the screens does not load: {file}.</source>
      <translation>Экрандардын котормосу жүктөлбөй жатат: {file}.</translation>
    </message>
    <message>
      <source>No {language} translations of the screens.</source>
      <translation>Экрандардын «{language}» тилиндеги котормосу жок.</translation>
    </message>
    <message>
      <source>Qt's Russian translation is missing.</source>
      <translation>Qt китепканасынын орусча котормосу жок.</translation>
    </message>
    <message>
      <source>The JSON return is empty.</source>
      <translation>JSON форматындагы отчёт бош.</translation>
    </message>
    <message>
      <source>The PDF fonts are missing.</source>
      <translation>PDF үчүн ариптер табылган жок.</translation>
    </message>
    <message>
      <source>The database check failed: {problems}</source>
      <translation>Маалымат базасы текшерүүдөн өткөн жок: {problems}</translation>
    </message>
    <message>
      <source>The database file is not encrypted.</source>
      <translation>Маалымат базасынын файлы шифрленген эмес.</translation>
    </message>
    <message>
      <source>The database file was not created.</source>
      <translation>Маалымат базасынын файлы түзүлгөн жок.</translation>
    </message>
    <message>
      <source>The plan did not print as a PDF.</source>
      <translation>Планды PDF кылып басып чыгаруу мүмкүн болгон жок.</translation>
    </message>
    <message>
      <source>The plan was not approved.</source>
      <translation>План бекитилген жок.</translation>
    </message>
    <message>
      <source>The resident is not in the reopened database.</source>
      <translation>Кайра ачылган маалымат базасында кардар жок.</translation>
    </message>
    <message>
      <source>The temporary folder is still there.</source>
      <translation>Убактылуу папка өчүрүлгөн жок.</translation>
    </message>
  </context>
  <context>
    <name>SelfTest</name>
    <message>
      <source>Adding a synthetic resident with an approved plan</source>
      <translation>Бекитилген планы бар ойдон чыгарылган кардарды кошуу</translation>
    </message>
    <message>
      <source>Creating an encrypted database in a temporary folder</source>
      <translation>Убактылуу папкада шифрленген маалымат базасын түзүү</translation>
    </message>
    <message>
      <source>Loading the screens and their translations</source>
      <translation>Экрандарды жана алардын котормолорун жүктөө</translation>
    </message>
    <message>
      <source>Opening the database again with the password</source>
      <translation>Маалымат базасын сырсөз менен кайра ачуу</translation>
    </message>
    <message>
      <source>Printing the plan to a PDF in memory</source>
      <translation>Планды PDF кылып басып чыгаруу (эс тутумда)</translation>
    </message>
    <message>
      <source>Removing the temporary folder</source>
      <translation>Убактылуу папканы өчүрүү</translation>
    </message>
    <message>
      <source>Writing a statistical return</source>
      <translation>Статистикалык отчётту жазуу</translation>
    </message>
    <message>
      <source>Self-test FAILED. The log is in {folder}.</source>
      <translation>Өзүн-өзү текшерүү ийгиликсиз аяктады. Журнал {folder} папкасында.</translation>
    </message>
    <message>
      <source>Self-test passed in {seconds} s.</source>
      <translation>Өзүн-өзү текшерүү ийгиликтүү өттү ({seconds} сек).</translation>
    </message>
    <message>
      <source>Shelter case manager {version}: self-test</source>
      <translation>Баш калкалоочу жайдын иштерин эсепке алуу {version}: өзүн-өзү текшерүү</translation>
    </message>
    <message>
      <source>[{n}/{total}] {step}: FAILED</source>
      <translation>[{n}/{total}] {step}: КАТА</translation>
    </message>
    <message>
      <source>[{n}/{total}] {step}: ok</source>
      <translation>[{n}/{total}] {step}: ийгиликтүү</translation>
    </message>
  </context>
</TS>
