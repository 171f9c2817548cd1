<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>AccountsBox</name>
    <message>
      <source>Adding the account…</source>
      <translation>Каттоо эсеби кошулууда…</translation>
    </message>
    <message>
      <source>Changing your password…</source>
      <translation>Сырсөз өзгөртүлүүдө…</translation>
    </message>
    <message>
      <source>Making the new recovery key and re-encrypting the database…</source>
      <translation>Жаңы калыбына келтирүү ачкычы түзүлүүдө, маалымат базасы кайра шифрленүүдө…</translation>
    </message>
    <message>
      <source>Removing the account and re-encrypting the database…</source>
      <translation>Каттоо эсеби өчүрүлүүдө, маалымат базасы кайра шифрленүүдө…</translation>
    </message>
    <message>
      <source>Setting the new password…</source>
      <translation>Жаңы сырсөз коюлууда…</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>The database changed while it was being re-encrypted, so it was not: it is unchanged. Try again.</source>
      <translation>Кайра шифрлөө учурунда маалымат базасы өзгөрдү, ошондуктан ал кайра шифрленген жок жана өзгөргөн жок. Кайра аракет кылыңыз.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Creating the database…</source>
      <translation>Маалымат базасы түзүлүүдө…</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsPage</name>
    <message>
      <source>Importing the case…</source>
      <translation>Иш кабыл алынууда…</translation>
    </message>
    <message>
      <source>Opening the transfer file…</source>
      <translation>Өткөрүү файлы ачылууда…</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>Printing the referral letter…</source>
      <translation>Жолдомо кат басылып чыгууда…</translation>
    </message>
    <message>
      <source>Saving the referral letter…</source>
      <translation>Жолдомо кат сакталууда…</translation>
    </message>
  </context>
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>The counting was stopped. Change a setting or export to count again.</source>
      <translation>Эсептөө токтотулду. Кайра эсептөө үчүн жөндөөнү өзгөртүңүз же экспорттоңуз.</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Writing the transfer file…</source>
      <translation>Өткөрүү файлы жазылууда…</translation>
    </message>
  </context>
</TS>
