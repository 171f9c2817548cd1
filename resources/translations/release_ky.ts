<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>SettingsPage</name>
    <message>
      <source>About</source>
      <translation>Программа жөнүндө</translation>
    </message>
    <message>
      <source>Program:</source>
      <translation>Программа:</translation>
    </message>
    <message>
      <source>Shelter case manager</source>
      <translation>Баш калкалоочу жайдын иштерин эсепке алуу</translation>
    </message>
    <message>
      <source>Version:</source>
      <translation>Версиясы:</translation>
    </message>
  </context>
</TS>
