<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AccountsBox</name>
    <message>
      <source>Adding the account…</source>
      <translation>Учётная запись добавляется…</translation>
    </message>
    <message>
      <source>Changing your password…</source>
      <translation>Пароль меняется…</translation>
    </message>
    <message>
      <source>Making the new recovery key and re-encrypting the database…</source>
      <translation>Создаётся новый ключ восстановления, база данных перешифровывается…</translation>
    </message>
    <message>
      <source>Removing the account and re-encrypting the database…</source>
      <translation>Учётная запись удаляется, база данных перешифровывается…</translation>
    </message>
    <message>
      <source>Setting the new password…</source>
      <translation>Устанавливается новый пароль…</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>The database changed while it was being re-encrypted, so it was not: it is unchanged. Try again.</source>
      <translation>База данных изменилась во время перешифрования, поэтому она не перешифрована и не изменена. Повторите попытку.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Creating the database…</source>
      <translation>Создаётся база данных…</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsPage</name>
    <message>
      <source>Importing the case…</source>
      <translation>Дело принимается…</translation>
    </message>
    <message>
      <source>Opening the transfer file…</source>
      <translation>Открывается файл передачи…</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>Printing the referral letter…</source>
      <translation>Направительное письмо печатается…</translation>
    </message>
    <message>
      <source>Saving the referral letter…</source>
      <translation>Направительное письмо сохраняется…</translation>
    </message>
  </context>
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>The counting was stopped. Change a setting or export to count again.</source>
      <translation>Подсчёт остановлен. Измените настройку или начните экспорт, чтобы подсчитать снова.</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Writing the transfer file…</source>
      <translation>Файл передачи записывается…</translation>
    </message>
  </context>
</TS>
