<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Errors</name>
    <message>
      <source>Unknown format {format}: choose json, csv or dhis2.</source>
      <translation>Белгисиз формат {format}: json, csv же dhis2 тандаңыз.</translation>
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
      <translation>Зыяндын ордун толтуруу: талап кылынган, ыйгарылган жана төлөнгөн, сом</translation>
    </message>
    <message>
      <source>Non-punishment: persons suspected or accused, by offence and outcome</source>
      <translation>Жазаланбоо принциби: шектелген жана айыпталган адамдар, укук бузуу жана натыйжа боюнча</translation>
    </message>
    <message>
      <source>Persons at each step of the national referral mechanism, by sex and age</source>
      <translation>Адамдарды сатуунун курмандыктарын Улуттук кайра багыттоо механизминин ар бир баскычындагы адамдар, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Persons followed up after leaving, by result, sex and age</source>
      <translation>Чыккандан кийин байланыш түзүлгөн адамдар, натыйжа, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Persons referred to other organisations, by type of organisation and outcome</source>
      <translation>Башка уюмдарга жөнөтүлгөн адамдар, уюмдун түрү жана натыйжа боюнча</translation>
    </message>
    <message>
      <source>Persons whose compensation claim reached each stage, by sex and age</source>
      <translation>Зыяндын ордун толтуруу талабы ар бир баскычка жеткен адамдар, жынысы жана жашы боюнча</translation>
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
      <translation>Аудит журналы: жазуулар {entries}, акыркысы {hash}</translation>
    </message>
    <message>
      <source>Hidden cells are not drawn; the total is hidden too.</source>
      <translation>Жашырылган уячалар көрсөтүлгөн жок; жыйынтык да жашырылган.</translation>
    </message>
    <message>
      <source>Not drawn: {hidden} of {total} persons (hidden cells).</source>
      <translation>Көрсөтүлгөн жок: {total} адамдын {hidden} (жашырылган уячалар).</translation>
    </message>
    <message>
      <source>Only residents who agreed to anonymized reporting are counted. Ages are ages at registration. A count small enough to point at a person is not published, nor is any cell from which such a count could be worked out, in this return or together with the organisation's earlier returns.</source>
      <translation>Обезличенный отчётко макул болгон адамдар гана эсептелди. Жашы — катталган күнгө карата. Адамды көрсөтүп коюшу мүмкүн болгон кичине сан жарыяланбайт, ошондой эле аны эсептеп чыгарууга мүмкүн болгон эч бир уяча жарыяланбайт — бул отчётто да, уюмдун мурунку отчёттору менен бирге да.</translation>
    </message>
    <message>
      <source>threshold {k}; {legend}</source>
      <translation>босого {k}; {legend}</translation>
    </message>
    <message>
      <source>x: not published, to protect individuals</source>
      <translation>x: адамдарды коргоо үчүн жарыяланбайт</translation>
    </message>
    <message>
      <source>{n}: hidden when this period was exported before</source>
      <translation>{n}: бул мезгил мурда чыгарылганда жашырылган</translation>
    </message>
    <message>
      <source>{n}: otherwise they could be worked out from the published totals</source>
      <translation>{n}: болбосо аларды жарыяланган жыйынтыктардан эсептеп чыгарууга болот</translation>
    </message>
    <message>
      <source>{n}: row or column total</source>
      <translation>{n}: саптын же мамычанын жыйынтыгы</translation>
    </message>
    <message>
      <source>{n}: services given go with the persons served</source>
      <translation>{n}: кызматтардын саны аларды алган адамдардын саны менен кошо жашырылды</translation>
    </message>
    <message>
      <source>{n}: so that the count of {period}, not yet exported, cannot be worked out</source>
      <translation>{n}: али чыгарыла элек {period} мезгилинин санын эсептеп чыгарууга болбошу үчүн</translation>
    </message>
    <message>
      <source>{n}: the same totals in the three tables of persons assisted</source>
      <translation>{n}: жардам алган адамдардын үч таблицасындагы бирдей жыйынтыктар</translation>
    </message>
    <message>
      <source>{n}: to protect cells hidden in the {period} return</source>
      <translation>{n}: {period} отчётундагы жашырылган уячаларды коргоо үчүн</translation>
    </message>
    <message>
      <source>Earlier returns that no longer match the records were left out of the check: {periods}.</source>
      <translation>Жазуулар менен мындан ары дал келбеген мурунку отчёттор текшерүүгө кошулган жок: {periods}.</translation>
    </message>
    <message>
      <source>Suppression is off: every count will be published.</source>
      <translation>Жашыруу өчүрүлгөн: бардык сандар жарыяланат.</translation>
    </message>
    <message>
      <source>Threshold {k}: {n} cells not published, shown as x.</source>
      <translation>Босого {k}: {n} уяча жарыяланбайт, алар x менен белгиленген.</translation>
    </message>
    <message>
      <source>Why:</source>
      <translation>Эмне үчүн:</translation>
    </message>
    <message>
      <source>{n} hidden cells could already be worked out from earlier returns.</source>
      <translation>{n} жашырылган уячаны мурунку отчёттордон эсептеп чыгарууга болот.</translation>
    </message>
    <message>
      <source>{small} are small counts; {more} more are hidden so that those cannot be worked out.</source>
      <translation>Алардын {small} — кичине сандар; аларды эсептеп чыгарууга болбошу үчүн дагы {more} жашырылды.</translation>
    </message>
  </context>
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>JSON files (*.json);;CSV files (*.csv);;DHIS2 metadata package (*.dhis2.json)</source>
      <translation>JSON файлдары (*.json);;CSV файлдары (*.csv);;DHIS2 метамаалымат пакети (*.dhis2.json)</translation>
    </message>
  </context>
</TS>
