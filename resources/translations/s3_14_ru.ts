<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Errors</name>
    <message>
      <source>The PDF could not be made. Try again; if it happens again, see the log.</source>
      <translation>Не удалось создать PDF. Попробуйте ещё раз; если ошибка повторится, смотрите файл журнала.</translation>
    </message>
  </context>
</TS>
