<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>SettingsPage</name>
    <message>
      <source>About</source>
      <translation>О программе</translation>
    </message>
    <message>
      <source>Program:</source>
      <translation>Программа:</translation>
    </message>
    <message>
      <source>Shelter case manager</source>
      <translation>Учёт случаев приюта</translation>
    </message>
    <message>
      <source>Version:</source>
      <translation>Версия:</translation>
    </message>
  </context>
</TS>
