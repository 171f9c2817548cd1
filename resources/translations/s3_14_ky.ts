<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Errors</name>
    <message>
      <source>The PDF could not be made. Try again; if it happens again, see the log.</source>
      <translation>PDF түзүү мүмкүн болгон жок. Дагы бир жолу аракет кылыңыз; ката кайталанса, журнал файлын караңыз.</translation>
    </message>
  </context>
</TS>
