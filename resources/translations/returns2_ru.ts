<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Errors</name>
    <message>
      <source>Unknown format {format}: choose json, csv or dhis2.</source>
      <translation>Неизвестный формат {format}: выберите json, csv или dhis2.</translation>
    </message>
  </context>
  <context>
    <name>Returns</name>
    <message>
      <source>Amount, som</source>
      <translation>Сумма, сом</translation>
    </message>
    <message>
      <source>Compensation claimed, awarded and paid, in som</source>
      <translation>Компенсация ущерба: заявлено, присуждено и выплачено, сом</translation>
    </message>
    <message>
      <source>Non-punishment: persons suspected or accused, by offence and outcome</source>
      <translation>Принцип ненаказания: подозреваемые и обвиняемые лица, по правонарушению и результату</translation>
    </message>
    <message>
      <source>Persons at each step of the national referral mechanism, by sex and age</source>
      <translation>Лица на каждом этапе Национального механизма перенаправления жертв торговли людьми, по полу и возрасту</translation>
    </message>
    <message>
      <source>Persons followed up after leaving, by result, sex and age</source>
      <translation>Лица, с которыми поддерживалась связь после выбытия, по результату, полу и возрасту</translation>
    </message>
    <message>
      <source>Persons referred to other organisations, by type of organisation and outcome</source>
      <translation>Лица, направленные в другие организации, по типу организации и результату</translation>
    </message>
    <message>
      <source>Persons whose compensation claim reached each stage, by sex and age</source>
      <translation>Лица, чьё требование о компенсации ущерба достигло этапа, по полу и возрасту</translation>
    </message>
    <message>
      <source>som</source>
      <translation>сом</translation>
    </message>
  </context>
  <context>
    <name>Returns2</name>
    <message>
      <source>Audit log head: {entries} entries, last {hash}</source>
      <translation>Журнал аудита: записей {entries}, последняя {hash}</translation>
    </message>
    <message>
      <source>Hidden cells are not drawn; the total is hidden too.</source>
      <translation>Скрытые ячейки не показаны; итог тоже скрыт.</translation>
    </message>
    <message>
      <source>Not drawn: {hidden} of {total} persons (hidden cells).</source>
      <translation>Не показано: {hidden} из {total} лиц (скрытые ячейки).</translation>
    </message>
    <message>
      <source>Only residents who agreed to anonymized reporting are counted. Ages are ages at registration. A count small enough to point at a person is not published, nor is any cell from which such a count could be worked out, in this return or together with the organisation's earlier returns.</source>
      <translation>Учтены только лица, согласившиеся на обезличенную отчётность. Возраст — на дату регистрации. Число, настолько малое, что может указать на человека, не публикуется, как и любая ячейка, из которой его можно вычислить — в этом отчёте или вместе с прежними отчётами организации.</translation>
    </message>
    <message>
      <source>threshold {k}; {legend}</source>
      <translation>порог {k}; {legend}</translation>
    </message>
    <message>
      <source>x: not published, to protect individuals</source>
      <translation>x: не публикуется, чтобы защитить людей</translation>
    </message>
    <message>
      <source>{n}: hidden when this period was exported before</source>
      <translation>{n}: скрыты при прежней выгрузке этого периода</translation>
    </message>
    <message>
      <source>{n}: otherwise they could be worked out from the published totals</source>
      <translation>{n}: иначе их можно вычислить из опубликованных итогов</translation>
    </message>
    <message>
      <source>{n}: row or column total</source>
      <translation>{n}: итог строки или столбца</translation>
    </message>
    <message>
      <source>{n}: services given go with the persons served</source>
      <translation>{n}: число услуг скрыто вместе с числом получивших их лиц</translation>
    </message>
    <message>
      <source>{n}: so that the count of {period}, not yet exported, cannot be worked out</source>
      <translation>{n}: чтобы нельзя было вычислить число за ещё не выгруженный период {period}</translation>
    </message>
    <message>
      <source>{n}: the same totals in the three tables of persons assisted</source>
      <translation>{n}: одинаковые итоги в трёх таблицах лиц, получивших помощь</translation>
    </message>
    <message>
      <source>{n}: to protect cells hidden in the {period} return</source>
      <translation>{n}: чтобы защитить ячейки, скрытые в отчёте за {period}</translation>
    </message>
    <message>
      <source>Earlier returns that no longer match the records were left out of the check: {periods}.</source>
      <translation>Прежние отчёты, которые больше не совпадают с записями, не учтены в проверке: {periods}.</translation>
    </message>
    <message>
      <source>Suppression is off: every count will be published.</source>
      <translation>Скрытие выключено: будут опубликованы все числа.</translation>
    </message>
    <message>
      <source>Threshold {k}: {n} cells not published, shown as x.</source>
      <translation>Порог {k}: {n} ячеек не публикуются, они отмечены x.</translation>
    </message>
    <message>
      <source>Why:</source>
      <translation>Почему:</translation>
    </message>
    <message>
      <source>{n} hidden cells could already be worked out from earlier returns.</source>
      <translation>{n} скрытых ячеек уже можно вычислить из прежних отчётов.</translation>
    </message>
    <message>
      <source>{small} are small counts; {more} more are hidden so that those cannot be worked out.</source>
      <translation>{small} из них — малые числа; ещё {more} скрыты, чтобы их нельзя было вычислить.</translation>
    </message>
  </context>
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>JSON files (*.json);;CSV files (*.csv);;DHIS2 metadata package (*.dhis2.json)</source>
      <translation>Файлы JSON (*.json);;Файлы CSV (*.csv);;Пакет метаданных DHIS2 (*.dhis2.json)</translation>
    </message>
  </context>
</TS>
