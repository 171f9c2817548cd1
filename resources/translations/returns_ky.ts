<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Cli</name>
    <message>
      <source>Period {period} ({start} to {end}); threshold {threshold}; {count} cells suppressed.</source>
      <translation>Мезгил {period} ({start} – {end}); босого {threshold}; жашырылган уячалар: {count}.</translation>
    </message>
    <message>
      <source>Statistical return {period} ({start} to {end}), threshold {threshold}: {count} cells suppressed.</source>
      <translation>Статистикалык отчёт {period} ({start} – {end}), босого {threshold}; жашырылган уячалар: {count}.</translation>
    </message>
    <message>
      <source>Suppression was turned off: every count is published. This is recorded in the audit log.</source>
      <translation>Кичине сандарды жашыруу өчүрүлгөн: бардык сандар жарыяланды. Бул аудит журналына жазылды.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Жазылды: {path}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A return without suppression can only be exported as JSON or ADX.</source>
      <translation>Кичине сандар жашырылбаган отчётту JSON же ADX форматында гана чыгарууга болот.</translation>
    </message>
    <message>
      <source>Give --out FILE, or --preview to see the tables without writing.</source>
      <translation>--out ФАЙЛ көрсөтүңүз же таблицаларды файлга жазбай көрүү үчүн --preview колдонуңуз.</translation>
    </message>
    <message>
      <source>Not a period: {value}. Write a year (2026), a quarter (2026-Q3), a month (2026-07) or first and last days (2026-07-01/2026-09-30).</source>
      <translation>Мезгил туура эмес: {value}. Жылды (2026), чейректи (2026-Q3), айды (2026-07) же биринчи жана акыркы күндөрдү (2026-07-01/2026-09-30) жазыңыз.</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>Мезгилдин аягы башталышынан мурун турат.</translation>
    </message>
    <message>
      <source>The threshold must be a whole number from {low} to {high}.</source>
      <translation>Босого {low} – {high} аралыгындагы бүтүн сан болушу керек.</translation>
    </message>
    <message>
      <source>Unknown format {format}: choose json or csv.</source>
      <translation>Белгисиз формат {format}: json же csv тандаңыз.</translation>
    </message>
    <message>
      <source>Unknown format {format}: choose json, csv, adx or pdf.</source>
      <translation>Белгисиз формат {format}: json, csv, adx же pdf тандаңыз.</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>By</source>
      <translation>Ким</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Чыгарылды</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Мезгил</translation>
    </message>
    <message>
      <source>Suppression</source>
      <translation>Жашыруу</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Босого</translation>
    </message>
    <message>
      <source>off</source>
      <translation>өчүрүлгөн</translation>
    </message>
    <message>
      <source>on</source>
      <translation>күйгүзүлгөн</translation>
    </message>
    <message>
      <source>Checksum (SHA-256)</source>
      <translation>Текшерүү суммасы (SHA-256)</translation>
    </message>
  </context>
  <context>
    <name>ReturnTableModel</name>
    <message>
      <source>Suppressed: not published, so that no person can be recognised.</source>
      <translation>Жашырылган: эч ким таанылып калбашы үчүн жарыяланбайт.</translation>
    </message>
  </context>
  <context>
    <name>Returns</name>
    <message>
      <source>Anonymized statistical return</source>
      <translation>Анонимдештирилген статистикалык отчёт</translation>
    </message>
    <message>
      <source>Asylum or refugee status granted</source>
      <translation>Башпаанек же качкын статусу берилди</translation>
    </message>
    <message>
      <source>Convictions, by sentence and Criminal Code article</source>
      <translation>Айыптоо өкүмдөрү, жазасы жана КЖК беренеси боюнча</translation>
    </message>
    <message>
      <source>Criminal cases reaching each stage, by Criminal Code article</source>
      <translation>Ар бир этапка жеткен кылмыш иштери, КЖК беренелери боюнча</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Director</source>
      <translation>Директор</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>Түзүлгөн</translation>
    </message>
    <message>
      <source>I confirm that this return was prepared from the organisation's records.</source>
      <translation>Бул отчёт уюмдун каттоо маалыматтарынын негизинде түзүлгөнүн тастыктайм.</translation>
    </message>
    <message>
      <source>Only residents who agreed to anonymized reporting are counted. Ages are ages at registration. A count from 1 to {below} could point at a person and is never published ({mark}); other cells are suppressed with it so that it cannot be worked out from the totals.</source>
      <translation>Анонимдештирилген отчёттуулукка макулдук берген кардарлар гана эсептелди. Жашы катталган күнгө карата көрсөтүлгөн. 1 – {below} аралыгындагы сан белгилүү бир адамды көрсөтүп калышы мүмкүн, ошондуктан ал эч качан жарыяланбайт ({mark}); аны жыйынтыктардан эсептеп чыгарууга мүмкүн болбошу үчүн башка уячалар да кошо жашырылат.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Уюм</translation>
    </message>
    <message>
      <source>Page {page}</source>
      <translation>{page}-барак</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Мезгил</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Алгандар</translation>
    </message>
    <message>
      <source>Persons assisted, by age and sex</source>
      <translation>Жардам алган адамдар, жашы жана жынысы боюнча</translation>
    </message>
    <message>
      <source>Persons assisted, by citizenship, sex and age</source>
      <translation>Жардам алган адамдар, жарандыгы, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Persons assisted, by form of exploitation, sex and age</source>
      <translation>Жардам алган адамдар, эксплуатациянын түрү, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Persons assisted, by place of exploitation, sex and age</source>
      <translation>Жардам алган адамдар, эксплуатацияланган жери, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Persons formally identified (NRM), by form of exploitation, sex and age</source>
      <translation>Расмий аныкталган адамдар (УКБМ), эксплуатациянын түрү, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Persons newly registered, by form of exploitation, sex and age</source>
      <translation>Жаңы катталган адамдар, эксплуатациянын түрү, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Persons sheltered, by form of exploitation, sex and age</source>
      <translation>Баш калкалоочу жайда жашаган адамдар, эксплуатациянын түрү, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Residence permit granted</source>
      <translation>Жашоого уруксат берилди</translation>
    </message>
    <message>
      <source>Residence permits and asylum granted, by sex and age</source>
      <translation>Берилген жашоого уруксаттар жана башпаанек, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Services given</source>
      <translation>Көрсөтүлгөн кызматтар</translation>
    </message>
    <message>
      <source>Services given: persons served and number of services</source>
      <translation>Көрсөтүлгөн кызматтар: алгандардын саны жана кызматтардын саны</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Колу</translation>
    </message>
    <message>
      <source>Statistical return</source>
      <translation>Статистикалык отчёт</translation>
    </message>
    <message>
      <source>Stays ended, by reason for leaving, sex and age</source>
      <translation>Аяктаган жайда жашаган мезгилдер, чыгуу себеби, жынысы жана жашы боюнча</translation>
    </message>
    <message>
      <source>Suppressed counts are not drawn.</source>
      <translation>Жашырылган сандар диаграммада көрсөтүлгөн жок.</translation>
    </message>
    <message>
      <source>Suppression</source>
      <translation>Кичине сандарды жашыруу</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Бардыгы</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>иштер</translation>
    </message>
    <message>
      <source>convictions</source>
      <translation>өкүмдөр</translation>
    </message>
    <message>
      <source>{mark} marks a suppressed count: from 1 to {below}, or suppressed with one so that it cannot be worked out from the totals</source>
      <translation>{mark} — жашырылган сан: 1ден {below}га чейин, же аны жыйынтыктар боюнча эсептеп чыгууга мүмкүн болбошу үчүн аны менен кошо жашырылган</translation>
    </message>
    <message>
      <source>persons</source>
      <translation>адамдар</translation>
    </message>
    <message>
      <source>see columns</source>
      <translation>мамычаларды караңыз</translation>
    </message>
    <message>
      <source>stays</source>
      <translation>жайда жашаган мезгилдер</translation>
    </message>
    <message>
      <source>turned off: every count is published</source>
      <translation>өчүрүлгөн: бардык сандар жарыяланат</translation>
    </message>
    <message>
      <source>{label}: {start} to {end}</source>
      <translation>{label}: {start} – {end}</translation>
    </message>
    <message>
      <source>Number of services given, by type</source>
      <translation>Көрсөтүлгөн кызматтардын саны, түрлөрү боюнча</translation>
    </message>
    <message>
      <source>Persons who received each type of service</source>
      <translation>Ар бир түрдөгү кызматты алган адамдар</translation>
    </message>
    <message>
      <source>APPROVED</source>
      <translation>БЕКИТЕМИН</translation>
    </message>
    <message>
      <source>Place for the stamp</source>
      <translation>М. О.</translation>
    </message>
    <message>
      <source>Drawn from published cells only: {shown} persons; the total is not published.</source>
      <translation>Жарыяланган уячалар боюнча гана түзүлдү: {shown} адам; жалпы сан жарыяланбайт.</translation>
    </message>
    <message>
      <source>Drawn from published cells only: {shown} of {total} persons; {hidden} are in hidden cells.</source>
      <translation>Жарыяланган уячалар боюнча гана түзүлдү: {total} адамдын {shown}; {hidden} — жашырылган уячаларда.</translation>
    </message>
  </context>
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>A return without suppression can only be exported as JSON or ADX.</source>
      <translation>Кичине сандар жашырылбаган отчётту JSON же ADX форматында гана чыгарууга болот.</translation>
    </message>
    <message>
      <source>ADX XML files (*.xml)</source>
      <translation>ADX XML файлдары (*.xml)</translation>
    </message>
    <message>
      <source>Anonymized counts for the national anti-trafficking database. Only residents who agreed to anonymized reporting are counted; small counts are suppressed. What you see below is exactly what the file will contain.</source>
      <translation>Адамдарды сатууга каршы улуттук маалымат базасы үчүн анонимдештирилген көрсөткүчтөр. Анонимдештирилген отчёттуулукка макулдук берген кардарлар гана эсептелет; кичине сандар жашырылат. Төмөндө файлга так эмне жазыларын көрөсүз.</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Counts from 1 to one less than this are not published (3 to 10).</source>
      <translation>1-ден босогодон бир кем санга чейинки маанилер жарыяланбайт (босого 3 – 10 аралыгында).</translation>
    </message>
    <message>
      <source>Export ADX…</source>
      <translation>ADX чыгаруу…</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>CSV чыгаруу…</translation>
    </message>
    <message>
      <source>Export JSON…</source>
      <translation>JSON чыгаруу…</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>PDF чыгаруу…</translation>
    </message>
    <message>
      <source>Export the statistical return</source>
      <translation>Статистикалык отчётту чыгаруу</translation>
    </message>
    <message>
      <source>Export without suppression</source>
      <translation>Жашырбай чыгаруу</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>JSON файлдары (*.json)</translation>
    </message>
    <message>
      <source>JSON files (*.json);;CSV files (*.csv)</source>
      <translation>JSON файлдары (*.json);;CSV файлдары (*.csv)</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Ай</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
      <source>Past exports</source>
      <translation>Мурунку чыгаруулар</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Мезгил</translation>
    </message>
    <message>
      <source>Publish every count (no suppression; JSON and ADX only)</source>
      <translation>Бардык сандарды жарыялоо (жашырбай; JSON жана ADX гана)</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>Чейрек</translation>
    </message>
    <message>
      <source>Q{n}</source>
      <translation>{n}-чейрек</translation>
    </message>
    <message>
      <source>Save ADX structure…</source>
      <translation>ADX түзүмүн сактоо…</translation>
    </message>
    <message>
      <source>Save the ADX structure</source>
      <translation>ADX түзүмүн сактоо</translation>
    </message>
    <message>
      <source>Statistical returns</source>
      <translation>Статистикалык отчёттор</translation>
    </message>
    <message>
      <source>Suppression is OFF: every count will be published.</source>
      <translation>Жашыруу ӨЧҮРҮЛГӨН: бардык сандар жарыяланат.</translation>
    </message>
    <message>
      <source>Suppression is off: counts small enough to point at a person will leave the shelter. This is recorded in the file and in the audit log. Export anyway?</source>
      <translation>Жашыруу өчүрүлгөн: адамды таанып коюуга мүмкүн болгон кичине сандар баш калкалоочу жайдан чыгып кетет. Бул файлга жана аудит журналына жазылат. Баары бир чыгарасызбы?</translation>
    </message>
    <message>
      <source>The data elements and code lists a national administrator needs to set up the receiving data set.</source>
      <translation>Улуттук системанын администраторуна кабыл алуучу маалымат топтомун жөндөө үчүн керек болгон маалымат элементтери жана код тизмелери.</translation>
    </message>
    <message>
      <source>The return for {period} was written:
{files}

SHA-256: {sha}</source>
      <translation>{period} мезгилинин отчёту жазылды:
{files}

SHA-256: {sha}</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Босого</translation>
    </message>
    <message>
      <source>Threshold {k}: {n} cells suppressed, shown as &lt;{k}.</source>
      <translation>Босого {k}: {n} уяча жашырылды, алар &lt;{k} болуп көрсөтүлгөн.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Жазылды: {path}</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Жыл</translation>
    </message>
    <message>
      <source>{label}: {start} to {end}.</source>
      <translation>{label}: {start} – {end}.</translation>
    </message>
    <message>
      <source>{n} cells suppressed</source>
      <translation>Жашырылган уячалар: {n}</translation>
    </message>
    <message>
      <source>From … to …</source>
      <translation>Күндөр аралыгы…</translation>
    </message>
    <message>
      <source>ADX (Aggregate Data Exchange): the XML file national information systems such as DHIS2 read counts from.</source>
      <translation>ADX — жалпыланган маалымат алмашуу форматы: улуттук маалымат системалары (мисалы, DHIS2) көрсөткүчтөрдү окуй турган XML файлы.</translation>
    </message>
    <message>
      <source>Threshold: the smallest count that is published. A count from 1 to one less than it could point at a person, so it is hidden, with as many other cells as it takes to keep it from being worked out.</source>
      <translation>Босого — жарыяланган эң кичине сан. 1ден босогодон бир кем санга чейинки маани белгилүү бир адамды көрсөтүп коюшу мүмкүн, ошондуктан ал эсептеп чыгарууга мүмкүн болбошу үчүн башка уячалар менен кошо жашырылат.</translation>
    </message>
  </context>
</TS>
