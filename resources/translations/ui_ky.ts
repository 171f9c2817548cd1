<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Common</name>
    <message>
      <source>No</source>
      <translation>Жок</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Белгисиз</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ооба</translation>
    </message>
  </context>
  <context>
    <name>Countries</name>
    <message>
      <source>Stateless</source>
      <translation>Жарандыгы жок</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Белгисиз</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>(overdue)</source>
      <translation>(мөөнөтү өттү)</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Иштин номери</translation>
    </message>
    <message>
      <source>Case {reference}</source>
      <translation>{reference} иши</translation>
    </message>
    <message>
      <source>Court hearing</source>
      <translation>Сот отуруму</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Толугураак</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Мөөнөтү</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Plan review</source>
      <translation>Планды кайра кароо</translation>
    </message>
    <message>
      <source>Plan version {version}</source>
      <translation>План, {version}-версия</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Эмне</translation>
    </message>
  </context>
  <context>
    <name>DuePage</name>
    <message>
      <source>Due</source>
      <translation>Мөөнөттөр</translation>
    </message>
    <message>
      <source>Next {n} days</source>
      <translation>Жакынкы {n} күн</translation>
    </message>
    <message>
      <source>Nothing due in this period.</source>
      <translation>Бул мезгилге эч нерсе пландалган эмес.</translation>
    </message>
    <message>
      <source>Plan reviews and court hearings coming up. Click a line to open the record.</source>
      <translation>Алдыдагы пландарды кайра кароолор жана сот отурумдары. Карточканы ачуу үчүн сапты басыңыз.</translation>
    </message>
    <message>
      <source>Legal cases for the director to review</source>
      <translation>Директор карап чыгышы керек болгон соттук иштер</translation>
    </message>
    <message>
      <source>No reconciliation or requalified trafficking case.</source>
      <translation>Тараптар элдешкен же кайра квалификацияланган адамдарды сатуу иштери жок.</translation>
    </message>
    <message>
      <source>{case_number}: {message}</source>
      <translation>{case_number}: {message}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Enter a number from {minimum} to {maximum}.</source>
      <translation>{minimum} менен {maximum} ортосундагы санды жазыңыз.</translation>
    </message>
    <message>
      <source>Enter a whole number.</source>
      <translation>Бүтүн сан жазыңыз.</translation>
    </message>
    <message>
      <source>Unknown setting: {key}.</source>
      <translation>Белгисиз жөндөө: {key}.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>&amp;Account name (Latin letters):</source>
      <translation>Каттоо &amp;эсебинин аты (латын тамгалары менен):</translation>
    </message>
    <message>
      <source>&amp;Create the database</source>
      <translation>&amp;Маалымат базасын түзүү</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Кийинки &gt;</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
      <source>&amp;Print the recovery key…</source>
      <translation>Калыбына келтирүү ачкычын &amp;басып чыгаруу…</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Аймак:</translation>
    </message>
    <message>
      <source>&amp;Repeat the password:</source>
      <translation>Сырсөздү &amp;кайталаңыз:</translation>
    </message>
    <message>
      <source>&amp;Start working</source>
      <translation>&amp;Иштей баштоо</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Артка</translation>
    </message>
    <message>
      <source>Director's full &amp;name:</source>
      <translation>Директордун толук &amp;аты-жөнү:</translation>
    </message>
    <message>
      <source>I have written down or printed the recovery key and will keep it safe.</source>
      <translation>Мен калыбына келтирүү ачкычын жазып алдым же басып чыгардым жана аны коопсуз жерде сактайм.</translation>
    </message>
    <message>
      <source>Keep this sheet locked away. Whoever has it can open every record.</source>
      <translation>Бул баракты кулпуланган жерде сактаңыз. Ким колуна алса, ар бир карточканы ача алат.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тил</translation>
    </message>
    <message>
      <source>Now the director's account. The director adds the other staff later. The password must have at least {n} characters.</source>
      <translation>Эми директордун каттоо эсеби. Башка кызматкерлерди директор кийин кошот. Сырсөздө кеминде {n} белги болушу керек.</translation>
    </message>
    <message>
      <source>Organisation &amp;code:</source>
      <translation>Уюмдун &amp;коду:</translation>
    </message>
    <message>
      <source>Organisation &amp;name:</source>
      <translation>Уюмдун &amp;аталышы:</translation>
    </message>
    <message>
      <source>Printing failed: {error}</source>
      <translation>Басып чыгаруу ишке ашкан жок: {error}</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Калыбына келтирүү ачкычы</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>Милдеттүү талаа.</translation>
    </message>
    <message>
      <source>Step {n} of 3</source>
      <translation>3 кадамдын {n}-кадамы</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Сырсөздөр дал келбейт.</translation>
    </message>
    <message>
      <source>This PC has no database yet. First, the organisation that keeps the records. The code is the one the statistical returns use.</source>
      <translation>Бул компьютерде азырынча маалымат базасы жок. Адегенде каттоону жүргүзгөн уюмду көрсөтүңүз. Код — статистикалык отчёттордогу код.</translation>
    </message>
    <message>
      <source>This is the recovery key. It opens the database if every password is lost. It is shown only now and is not stored anywhere. Write it down or print it, and keep it locked away from the PC.</source>
      <translation>Бул — калыбына келтирүү ачкычы. Бардык сырсөздөр жоголсо, ал маалымат базасын ачат. Ал азыр гана көрсөтүлөт жана эч жерде сакталбайт. Аны жазып алыңыз же басып чыгарып, компьютерден өзүнчө кулпуланган жерде сактаңыз.</translation>
    </message>
    <message>
      <source>Welcome: set up the shelter case manager</source>
      <translation>Кош келиңиз: баш калкалоочу жайдын эсеп программасын жөндөө</translation>
    </message>
    <message>
      <source>e.g. Osh</source>
      <translation>мисалы, Ош</translation>
    </message>
    <message>
      <source>Moving to a new PC, or the database was lost? Restore the last backup instead of starting again.</source>
      <translation>Жаңы компьютерге өтүп жатасызбы же маалымат базасы жоголдубу? Кайра баштабай, акыркы камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
      <source>Res&amp;tore from a backup…</source>
      <translation>Камдык көчүрмөдөн калыбына кел&amp;тирүү…</translation>
    </message>
  </context>
  <context>
    <name>MainView</name>
    <message>
      <source>&amp;Privacy mode (case numbers instead of names)</source>
      <translation>&amp;Купуя режим (аттардын ордуна иш номерлери)</translation>
    </message>
    <message>
      <source>DEMO — not real data. Everything here is synthetic and is deleted when the app closes.</source>
      <translation>ДЕМО — чыныгы маалымат эмес. Бул жердегинин баары ойдон чыгарылган жана программа жабылганда өчүрүлөт.</translation>
    </message>
    <message>
      <source>Last backup: never</source>
      <translation>Камдык көчүрмө: азырынча жасалган эмес</translation>
    </message>
    <message numerus="yes">
      <source>Last backup: %n days ago</source>
      <translation>
        <numerusform>Камдык көчүрмө: %n күн мурун</numerusform>
        <numerusform>Камдык көчүрмө: %n күн мурун</numerusform>
      </translation>
    </message>
    <message>
      <source>Last backup: {n} h ago</source>
      <translation>Камдык көчүрмө: {n} саат мурун</translation>
    </message>
    <message>
      <source>Last backup: {n} min ago</source>
      <translation>Камдык көчүрмө: {n} мүнөт мурун</translation>
    </message>
    <message>
      <source>Lock (Ctrl+L)</source>
      <translation>Кулпулоо (Ctrl+L)</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Навигация</translation>
    </message>
    <message>
      <source>Organisation: {name} ({code})</source>
      <translation>Уюм: {name} ({code})</translation>
    </message>
    <message>
      <source>Signed in: {name} ({role})</source>
      <translation>Кирген: {name} ({role})</translation>
    </message>
    <message>
      <source>This page could not be opened: {error}</source>
      <translation>Бул бетти ачуу мүмкүн болгон жок: {error}</translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <source>Age</source>
      <translation>Жашы</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Иштин номери</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>Иштин абалы</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Жарандыгы</translation>
    </message>
    <message>
      <source>In the shelter</source>
      <translation>Жайда</translation>
    </message>
    <message>
      <source>Main form of exploitation</source>
      <translation>Эксплуатациянын негизги түрү</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Катталган күнү</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Жынысы</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ооба</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>&amp;New resident</source>
      <translation>&amp;Жаңы кардар</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Издөө:</translation>
    </message>
    <message>
      <source>Any case status</source>
      <translation>Иштин бардык абалдары</translation>
    </message>
    <message>
      <source>Any citizenship</source>
      <translation>Бардык жарандыктар</translation>
    </message>
    <message>
      <source>Any form of exploitation</source>
      <translation>Эксплуатациянын бардык түрлөрү</translation>
    </message>
    <message>
      <source>Any sex and age</source>
      <translation>Бардык жыныстар жана жаштар</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>Өзгөртүүлөрдү жокко чыгаруу</translation>
    </message>
    <message>
      <source>In the shelter now</source>
      <translation>Азыр жайда</translation>
    </message>
    <message>
      <source>In the shelter or not</source>
      <translation>Жайда же жайдан тышкары</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Оңдоону улантуу</translation>
    </message>
    <message>
      <source>Not in the shelter</source>
      <translation>Жайда эмес</translation>
    </message>
    <message>
      <source>Register a new resident (Ctrl+N)</source>
      <translation>Жаңы кардарды каттоо (Ctrl+N)</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Кардарлар</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Издөө</translation>
    </message>
    <message>
      <source>Search: name (Cyrillic or Latin), case number or external ID</source>
      <translation>Издөө: аты (кириллица же латын тамгалары менен), иштин номери же тышкы номер</translation>
    </message>
    <message>
      <source>The record has changes that are not saved. Discard them?</source>
      <translation>Карточкада сакталбаган өзгөртүүлөр бар. Аларды жокко чыгаруу керекпи?</translation>
    </message>
    <message numerus="yes">
      <source>%n residents</source>
      <translation>
        <numerusform>Кардарлар: %n</numerusform>
        <numerusform>Кардарлар: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Keep typing: two letters or four digits at least</source>
      <translation>Жаза бериңиз: жок дегенде эки тамга же төрт цифра керек</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Импорттоо…</translation>
    </message>
    <message>
      <source>Import residents, services or legal cases from a spreadsheet</source>
      <translation>Кардарларды, кызматтарды же соттук иштерди таблицадан импорттоо</translation>
    </message>
    <message>
      <source>Keep typing: a year alone matches every case number of that year</source>
      <translation>Жазууну улантыңыз: бир жыл ошол жылдын бардык иш номерлерине дал келет</translation>
    </message>
    <message>
      <source>No residents yet. Register the first one with “New resident” (Ctrl+N)</source>
      <translation>Азырынча кардарлар жок. Биринчисин «Жаңы кардар» баскычы менен каттаңыз (Ctrl+N)</translation>
    </message>
    <message>
      <source>, or bring in the register you keep in a spreadsheet with “Import…”</source>
      <translation> же таблицада жүргүзгөн реестриңизди «Импорттоо…» баскычы менен киргизиңиз</translation>
    </message>
    <message>
      <source>No residents yet. A director or a social worker registers them.</source>
      <translation>Азырынча кардарлар жок. Аларды директор же социалдык кызматкер каттайт.</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
    <message>
      <source>&amp;Details</source>
      <translation>&amp;Маалыматтар</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сактоо</translation>
    </message>
    <message>
      <source>Admission</source>
      <translation>Кабыл алуу</translation>
    </message>
    <message>
      <source>Admit to the shelter now</source>
      <translation>Азыр жайга жайгаштыруу</translation>
    </message>
    <message>
      <source>Back to the register (Esc)</source>
      <translation>Реестрге кайтуу (Esc)</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Иш</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Макулдук</translation>
    </message>
    <message>
      <source>Exploitation</source>
      <translation>Эксплуатация</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Артка кайтуу</translation>
    </message>
    <message>
      <source>Identification and status</source>
      <translation>Аныктоо жана статус</translation>
    </message>
    <message>
      <source>Kept only in this database: never printed in returns, never exported, never imported.</source>
      <translation>Ушул базада гана сакталат: отчётторго кирбейт, экспорттолбойт жана импорттолбойт.</translation>
    </message>
    <message>
      <source>New resident</source>
      <translation>Жаңы кардар</translation>
    </message>
    <message>
      <source>Only when the date of birth is not known.</source>
      <translation>Туулган күнү белгисиз болсо гана.</translation>
    </message>
    <message>
      <source>People come back, sometimes under another spelling. Open the existing record instead, or save this one as a new resident?</source>
      <translation>Адамдар кайра келишет, кээде аты башкача жазылат. Бар карточканы ачасызбы же муну жаңы кардар катары сактайсызбы?</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Жеке маалыматтар</translation>
    </message>
    <message>
      <source>Pick a country or type its two-letter code.</source>
      <translation>Өлкөнү тандаңыз же анын эки тамгалуу кодун жазыңыз.</translation>
    </message>
    <message>
      <source>Please correct the fields marked in red.</source>
      <translation>Кызыл менен белгиленген талааларды оңдоңуз.</translation>
    </message>
    <message>
      <source>Possible duplicate</source>
      <translation>Кайталанышы мүмкүн</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>Милдеттүү талаа.</translation>
    </message>
    <message>
      <source>Safety notes — never exported</source>
      <translation>Коопсуздук боюнча белгилер — эч качан экспорттолбойт</translation>
    </message>
    <message>
      <source>Save as a new resident</source>
      <translation>Жаңы кардар катары сактоо</translation>
    </message>
    <message>
      <source>Save the record (Ctrl+S)</source>
      <translation>Карточканы сактоо (Ctrl+S)</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сакталды.</translation>
    </message>
    <message>
      <source>This may be a person already registered:</source>
      <translation>Бул адам мурда катталган болушу мүмкүн:</translation>
    </message>
    <message>
      <source>Two-letter codes separated by ';', such as ky; ru; uz.</source>
      <translation>«;» менен бөлүнгөн эки тамгалуу коддор, мисалы: ky; ru; uz.</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
    <message>
      <source>in the shelter</source>
      <translation>жайда</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ооба</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
    <message>
      <source>— not given —</source>
      <translation>— көрсөтүлгөн эмес —</translation>
    </message>
    <message>
      <source>← &amp;Register</source>
      <translation>← &amp;Реестр</translation>
    </message>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read everything about this person. Save it only where it is safe, and delete it once it is printed or handed over.</source>
      <translation>PDF файл шифрленген эмес: ал кимдин колуна тийсе, ошол бул адам жөнүндөгү баарын окуй алат. Аны коопсуз жерге гана сактап, басылып чыккандан же берилгенден кийин өчүрүп салыңыз.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Everything held…</source>
      <translation>Бардык маалымат…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
      <source>Print everything held about this person</source>
      <translation>Бул адам жөнүндөгү бардык маалыматты басып чыгаруу</translation>
    </message>
    <message>
      <source>Print everything held about this person, when they ask for it</source>
      <translation>Бул адам сураса, ал жөнүндөгү бардык маалыматты басып чыгаруу</translation>
    </message>
    <message>
      <source>Print everything held about this person…</source>
      <translation>Бул адам жөнүндөгү бардык маалыматты басып чыгаруу…</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>PDF сактоо</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>PDF катары сактоо</translation>
    </message>
    <message>
      <source>Save everything held about this person as PDF…</source>
      <translation>Бул адам жөнүндөгү бардык маалыматты PDF катары сактоо…</translation>
    </message>
    <message>
      <source>everything-held-{case_number}.pdf</source>
      <translation>bardyk-maalymat-{case_number}.pdf</translation>
    </message>
    <message>
      <source>Check the name</source>
      <translation>Аты-жөнүн текшериңиз</translation>
    </message>
    <message>
      <source>Correct the name</source>
      <translation>Аты-жөнүн оңдоо</translation>
    </message>
    <message>
      <source>Save as it is</source>
      <translation>Ушундай бойдон сактоо</translation>
    </message>
    <message>
      <source>Save the name as it is?</source>
      <translation>Аты-жөнүн ушундай бойдон сактайсызбы?</translation>
    </message>
    <message>
      <source>Open the existing record</source>
      <translation>Бар болгон карточканы ачуу</translation>
    </message>
    <message>
      <source>NRM: the National Referral Mechanism of victims of trafficking in persons (Government Resolution No. 493 of 19 September 2019); НМП in Russian, УКБМ in Kyrgyz.</source>
      <translation>УКБМ — адамдарды сатуунун курмандыктарын кайра багыттоонун Улуттук механизми (Кыргыз Республикасынын Өкмөтүнүн 2019-жылдын 19-сентябрындагы № 493 токтому).</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Cells of a statistical return below this number are suppressed.</source>
      <translation>Статистикалык отчёттун мааниси бул сандан аз уячалары жашырылат.</translation>
    </message>
    <message>
      <source>Lock the screen after this many minutes without input.</source>
      <translation>Ушунча мүнөт аракетсиз болгондо экранды кулпулоо.</translation>
    </message>
    <message>
      <source>When the last backup was made (UTC).</source>
      <translation>Акыркы камдык көчүрмө качан жасалган (UTC).</translation>
    </message>
    <message>
      <source>Years after a case is closed before its record is anonymized.</source>
      <translation>Иш жабылгандан кийин карточка канча жылдан соң анонимдештирилет.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>&amp;Save settings</source>
      <translation>Жөндөөлөрдү &amp;сактоо</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>Коду:</translation>
    </message>
    <message>
      <source>Keep closed cases for (years):</source>
      <translation>Жабык иштерди сактоо (жыл):</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тил</translation>
    </message>
    <message>
      <source>Language of the screens on this PC:</source>
      <translation>Бул компьютердеги программанын тили:</translation>
    </message>
    <message>
      <source>Lock the screen after (minutes without input):</source>
      <translation>Экранды кулпулоо (аракетсиз мүнөттөн кийин):</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Аталышы:</translation>
    </message>
    <message>
      <source>Only a director can change these.</source>
      <translation>Буларды директор гана өзгөртө алат.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Уюм</translation>
    </message>
    <message>
      <source>Region:</source>
      <translation>Аймак:</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сакталды.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Жөндөөлөр</translation>
    </message>
    <message>
      <source>Settings for everyone (director)</source>
      <translation>Жалпы жөндөөлөр (директор үчүн)</translation>
    </message>
    <message>
      <source>Suppress statistics below:</source>
      <translation>Бул сандан аз статистиканы жашыруу:</translation>
    </message>
    <message>
      <source>Larger text for people who read small text with difficulty.</source>
      <translation>Майда тамганы окуу кыйын болгондор үчүн ириреек текст.</translation>
    </message>
    <message>
      <source>Size of the text on this PC:</source>
      <translation>Бул компьютердеги тексттин өлчөмү:</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>Save the organisation's details</source>
      <translation>Уюмдун маалыматын сактоо</translation>
    </message>
  </context>
  <context>
    <name>ShellWindow</name>
    <message>
      <source>Close without saving</source>
      <translation>Сактабастан жабуу</translation>
    </message>
    <message>
      <source>DEMO</source>
      <translation>ДЕМО</translation>
    </message>
    <message>
      <source>Keep working</source>
      <translation>Иштөөнү улантуу</translation>
    </message>
    <message>
      <source>Shelter case manager</source>
      <translation>Баш калкалоочу жайдын иштерин эсепке алуу</translation>
    </message>
    <message>
      <source>Some typed changes are not saved. Close anyway?</source>
      <translation>Киргизилген өзгөртүүлөрдүн айрымдары сакталган жок. Баары бир жабасызбы?</translation>
    </message>
    <message>
      <source>The backup was restored. Sign in with an account from the backup.</source>
      <translation>Камдык көчүрмө калыбына келтирилди. Камдык көчүрмөдөгү каттоо эсеби менен кириңиз.</translation>
    </message>
  </context>
  <context>
    <name>StaysModel</name>
    <message>
      <source>Days</source>
      <translation>Күн</translation>
    </message>
    <message>
      <source>Exit</source>
      <translation>Чыгуу</translation>
    </message>
    <message>
      <source>Exit reason</source>
      <translation>Чыгуунун себеби</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Кабыл алуу</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Бөлмө</translation>
    </message>
    <message>
      <source>in the shelter</source>
      <translation>жайда</translation>
    </message>
  </context>
  <context>
    <name>StaysTab</name>
    <message>
      <source>&amp;Admit</source>
      <translation>&amp;Жайгаштыруу</translation>
    </message>
    <message>
      <source>&amp;Discharge</source>
      <translation>&amp;Чыгаруу</translation>
    </message>
    <message>
      <source>Admit to the shelter</source>
      <translation>Жайга жайгаштыруу</translation>
    </message>
    <message>
      <source>Discharge</source>
      <translation>Жайдан чыгаруу</translation>
    </message>
    <message>
      <source>Exit date:</source>
      <translation>Чыккан күнү:</translation>
    </message>
    <message>
      <source>Intake date:</source>
      <translation>Кабыл алынган күнү:</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Себеби:</translation>
    </message>
    <message>
      <source>Room:</source>
      <translation>Бөлмө:</translation>
    </message>
    <message>
      <source>S&amp;tays</source>
      <translation>&amp;Жайда жашаган мезгилдер</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <source>&amp;Account:</source>
      <translation>&amp;Каттоо эсеби:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Кирүү</translation>
    </message>
    <message>
      <source>Checking the password…</source>
      <translation>Сырсөз текшерилүүдө…</translation>
    </message>
    <message>
      <source>Demo: account «demo», password «demo-password».</source>
      <translation>Демо: каттоо эсеби «demo», сырсөз «demo-password».</translation>
    </message>
    <message>
      <source>Enter your account and password.</source>
      <translation>Каттоо эсебиңизди жана сырсөзүңүздү жазыңыз.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тил</translation>
    </message>
    <message>
      <source>Shelter case manager</source>
      <translation>Баш калкалоочу жайдын иштерин эсепке алуу</translation>
    </message>
    <message>
      <source>The database is locked. Sign in with your account to continue.</source>
      <translation>Маалымат базасы кулпуланган. Улантуу үчүн өз каттоо эсебиңиз менен кириңиз.</translation>
    </message>
    <message>
      <source>Too many failed attempts. Try again in {seconds} s.</source>
      <translation>Ийгиликсиз аракеттер өтө көп болду. {seconds} секунддан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <source>Wrong account or password.</source>
      <translation>Каттоо эсеби же сырсөз туура эмес.</translation>
    </message>
    <message>
      <source>You can try again now.</source>
      <translation>Эми кайра аракет кылсаңыз болот.</translation>
    </message>
    <message>
      <source>Every password is lost: open with the recovery key</source>
      <translation>Бардык сырсөздөр жоголду: калыбына келтирүү ачкычы менен ачуу</translation>
    </message>
    <message>
      <source>Recovery &amp;key:</source>
      <translation>Калыбына келтирүү &amp;ачкычы:</translation>
    </message>
    <message>
      <source>Wrong recovery key.</source>
      <translation>Калыбына келтирүү ачкычы туура эмес.</translation>
    </message>
    <message>
      <source>Replace this database with one from a backup file</source>
      <translation>Бул маалымат базасын камдык көчүрмө файлындагы база менен алмаштыруу</translation>
    </message>
    <message>
      <source>Res&amp;tore from a backup…</source>
      <translation>Камдык көчүрмөдөн калыбына кел&amp;тирүү…</translation>
    </message>
    <message>
      <source>Show the password</source>
      <translation>Сырсөздү көрсөтүү</translation>
    </message>
    <message>
      <source>Caps Lock is on.</source>
      <translation>Caps Lock күйүк.</translation>
    </message>
    <message>
      <source>The keyboard is set to {current}; last time you signed in with {usual}.</source>
      <translation>Клавиатуранын тили: {current}; акыркы жолу {usual} тилинде киргенсиз.</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation>Тандоо</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Ката</translation>
    </message>
    <message>
      <source>File name:</source>
      <translation>Файлдын аталышы:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Файлдын түрү:</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Маалымат</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Жок</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Макул</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ачуу</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Ырастаңыз</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Эскертүү</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ооба</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>Demo Director</source>
      <translation>Демо директор</translation>
    </message>
    <message>
      <source>Demo shelter (synthetic data)</source>
      <translation>Демо баш калкалоочу жай (ойдон чыгарылган маалымат)</translation>
    </message>
    <message>
      <source>Osh</source>
      <translation>Ош</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Макул</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Баарын сактоо</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ачуу</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ооба</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Баарына &amp;ооба</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Жок</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Баарына ж&amp;ок</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Токтотуу</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Кайталоо</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Этибарга албоо</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабуу</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Сактабоо</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Жардам</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Колдонуу</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Баштапкы абалга келтирүү</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Демейки маанилерди калыбына келтирүү</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Кайра аткаруу</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Коюу</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Баарын белгилөө</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Кайра аткаруу</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Кесип алуу</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Коюу</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Баарын белгилөө</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Шилтеменин &amp;дарегин көчүрүү</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Баарын белгилөө</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Бир кадам &amp;өйдө</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Бир кадам &amp;ылдый</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Артка</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Алдыга</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Жогорку папка</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Тизме</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Толук көрүнүш</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Жаңы папка</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Жаңы папка</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Атын өзгөртүү</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Жашыруун файлдарды &amp;көрсөтүү</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Акыркы папкалар</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Менин компьютерим</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Папкалар</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Файлдын &amp;аталышы:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Файлдын түрү:</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ачуу</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Башкача сактоо</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ачуу</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сактоо</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Тандоо</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Папка тандоо</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Капталдагы панель</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Файлдар папкасы</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Аталышы</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Көлөмү</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Өзгөртүлгөн күнү</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Менин компьютерим</translation>
    </message>
  </context>
  <context>
    <name>AccountsBox</name>
    <message>
      <source>Account name (Latin letters):</source>
      <translation>Каттоо эсебинин аты (латын тамгалары менен):</translation>
    </message>
    <message>
      <source>Add the account</source>
      <translation>Каттоо эсебин кошуу</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Сырсөзүмдү өзгөртүү</translation>
    </message>
    <message>
      <source>Current password:</source>
      <translation>Учурдагы сырсөз:</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>Толук аты-жөнү:</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Калтыруу</translation>
    </message>
    <message>
      <source>My password</source>
      <translation>Менин сырсөзүм</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>Жаңы сырсөз:</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Сырсөз:</translation>
    </message>
    <message>
      <source>Remove the account</source>
      <translation>Каттоо эсебин өчүрүү</translation>
    </message>
    <message>
      <source>Remove the account {username} ({name})? The database is then re-encrypted so that a copy of the old key file opens nothing new.</source>
      <translation>{username} ({name}) каттоо эсебин өчүрөсүзбү? Андан кийин маалымат базасы кайра шифрленет, ошондо эски ачкыч файлынын көчүрмөсү жаңы эч нерсени ача албайт.</translation>
    </message>
    <message>
      <source>Remove the selected account…</source>
      <translation>Тандалган каттоо эсебин өчүрүү…</translation>
    </message>
    <message>
      <source>Repeat the new password:</source>
      <translation>Жаңы сырсөздү кайталаңыз:</translation>
    </message>
    <message>
      <source>Repeat the password:</source>
      <translation>Сырсөздү кайталаңыз:</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Ролу:</translation>
    </message>
    <message>
      <source>Select an account in the list first.</source>
      <translation>Адегенде тизмеден каттоо эсебин тандаңыз.</translation>
    </message>
    <message>
      <source>Staff accounts (director)</source>
      <translation>Кызматкерлердин каттоо эсептери (директор үчүн)</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Сырсөздөр дал келбейт.</translation>
    </message>
    <message>
      <source>Your password is changed. Use the new one from now on.</source>
      <translation>Сырсөзүңүз өзгөртүлдү. Мындан ары жаңысын колдонуңуз.</translation>
    </message>
    <message>
      <source>Set a new password for the selected account…</source>
      <translation>Тандалган каттоо эсебине жаңы сырсөз коюу…</translation>
    </message>
    <message>
      <source>The password of {username} is changed.</source>
      <translation>{username} каттоо эсебинин сырсөзү өзгөртүлдү.</translation>
    </message>
    <message>
      <source>Type the new password in the two password fields below first.</source>
      <translation>Адегенде жаңы сырсөздү төмөнкү эки сырсөз талаасына жазыңыз.</translation>
    </message>
    <message>
      <source>The account {username} ({name}) is added: they can sign in now.</source>
      <translation>{username} ({name}) эсеби кошулду: аны менен азыр кирүүгө болот.</translation>
    </message>
    <message>
      <source>Account added</source>
      <translation>Эсеп кошулду</translation>
    </message>
  </context>
  <context>
    <name>AccountsModel</name>
    <message>
      <source>Account</source>
      <translation>Каттоо эсеби</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Ролу</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Качантан бери</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <source>Restoring replaces this database with the one in the backup. Lock the app and click “Restore from a backup…” on the sign-in screen (on a new PC: on the first screen). The backup is checked before anything is replaced, you are asked to confirm, and a safety copy of the current database is kept beside it.</source>
      <translation>Калыбына келтиргенде бул маалымат базасы камдык көчүрмөдөгү база менен алмаштырылат. Программаны кулпулап, кирүү экранында «Камдык көчүрмөдөн калыбына келтирүү…» баскычын басыңыз (жаңы компьютерде — биринчи экранда). Эч нерсе алмаштырыла электе камдык көчүрмө текшерилет, сизден ырастоо суралат, ал эми учурдагы базанын коопсуздук көчүрмөсү анын жанында сакталат.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Файлдар папкасы</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 файлы</translation>
    </message>
  </context>
  <context>
    <name>LanguagePicker</name>
    <message>
      <source>Another language: two-letter code, e.g. fa</source>
      <translation>Башка тил: эки тамгалуу код</translation>
    </message>
  </context>
</TS>
