<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Cli</name>
    <message>
      <source>Account added: {name}</source>
      <translation>Каттоо эсеби кошулду: {name}</translation>
    </message>
    <message>
      <source>Account removed: {name}. The database was re-encrypted with a new key.</source>
      <translation>Каттоо эсеби өчүрүлдү: {name}. Маалымат базасы жаңы ачкыч менен кайра шифрленди.</translation>
    </message>
    <message>
      <source>Added {residents} residents, {stays} stays, {plans} plans, {services} services and {legal_events} legal events.</source>
      <translation>Кошулду: кардарлар — {residents}, жайда жашаган мезгилдер — {stays}, пландар — {plans}, кызматтар — {services}, соттук иштер боюнча окуялар — {legal_events}.</translation>
    </message>
    <message>
      <source>Database created. Write the recovery key down and keep it locked away; it is shown only once:</source>
      <translation>Маалымат базасы түзүлдү. Калыбына келтирүү ачкычын жазып алып, кулпуланган жерде сактаңыз; ал бир гана жолу көрсөтүлөт:</translation>
    </message>
    <message>
      <source>Director's new password</source>
      <translation>Директордун жаңы сырсөзү</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Ката</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Токтотулду.</translation>
    </message>
    <message>
      <source>New account's password</source>
      <translation>Жаңы каттоо эсебинин сырсөзү</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Жаңы сырсөз</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Сырсөз</translation>
    </message>
    <message>
      <source>Password changed.</source>
      <translation>Сырсөз өзгөртүлдү.</translation>
    </message>
    <message>
      <source>Password reset for {name}.</source>
      <translation>{name} колдонуучусунун сырсөзү жаңыланды.</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Калыбына келтирүү ачкычы</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Кайталаңыз</translation>
    </message>
    <message>
      <source>The database was re-encrypted with a new key.</source>
      <translation>Маалымат базасы жаңы ачкыч менен кайра шифрленди.</translation>
    </message>
  </context>
  <context>
    <name>Codes</name>
    <message>
      <source>0–11</source>
      <translation>0–11</translation>
    </message>
    <message>
      <source>12–14</source>
      <translation>12–14</translation>
    </message>
    <message>
      <source>15–17</source>
      <translation>15–17</translation>
    </message>
    <message>
      <source>18–24</source>
      <translation>18–24</translation>
    </message>
    <message>
      <source>25–34</source>
      <translation>25–34</translation>
    </message>
    <message>
      <source>3 to 5 years</source>
      <translation>3 жылдан 5 жылга чейин</translation>
    </message>
    <message>
      <source>35–44</source>
      <translation>35–44</translation>
    </message>
    <message>
      <source>45–59</source>
      <translation>45–59</translation>
    </message>
    <message>
      <source>5 to 8 years</source>
      <translation>5 жылдан ашык 8 жылга чейин</translation>
    </message>
    <message>
      <source>60+</source>
      <translation>60+</translation>
    </message>
    <message>
      <source>8 to 11 years</source>
      <translation>8 жылдан ашык 11 жылга чейин</translation>
    </message>
    <message>
      <source>Abroad</source>
      <translation>Чет өлкөдө</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Жетишилди</translation>
    </message>
    <message>
      <source>Acquaintance</source>
      <translation>Тааныш</translation>
    </message>
    <message>
      <source>Acquittal</source>
      <translation>Актоо өкүмү</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Күчүндө</translation>
    </message>
    <message>
      <source>Agriculture</source>
      <translation>Айыл чарба</translation>
    </message>
    <message>
      <source>Armed conflict</source>
      <translation>Куралдуу кагылышууга тартуу</translation>
    </message>
    <message>
      <source>Art. 159 — Involvement in prostitution</source>
      <translation>159-берене — Сойкулук менен алектенүүгө тартуу</translation>
    </message>
    <message>
      <source>Art. 160 — Facilitation of prostitution and debauchery</source>
      <translation>160-берене — Сойкулукка жана бузукулукка көмөктөшүү</translation>
    </message>
    <message>
      <source>Art. 160¹ — Organisation and facilitation of prostitution and debauchery through internet networks (webcam studios)</source>
      <translation>160¹-берене — Интернет тармактары аркылуу сойкулукту жана бузукулукту уюштуруу жана ага көмөктөшүү (вебкам-студиялар)</translation>
    </message>
    <message>
      <source>Art. 166 — Trafficking in persons</source>
      <translation>166-берене — Адамдарды сатуу</translation>
    </message>
    <message>
      <source>Art. 167 — Trafficking in children</source>
      <translation>167-берене — Балдарды сатуу</translation>
    </message>
    <message>
      <source>Art. 170 — Forced use of labour (slave labour)</source>
      <translation>170-берене — Эмгекти мажбурлап пайдалануу (кул эмгеги)</translation>
    </message>
    <message>
      <source>Art. 172 — Kidnapping a person for marriage</source>
      <translation>172-берене — Никеге туруу максатында адамды ала качуу</translation>
    </message>
    <message>
      <source>Art. 173 — Coercion into de facto marital relations</source>
      <translation>173-берене — Иш жүзүндөгү нике мамилелерине мажбурлоо</translation>
    </message>
    <message>
      <source>Bangladesh</source>
      <translation>Бангладеш</translation>
    </message>
    <message>
      <source>Boys</source>
      <translation>Уул балдар</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Жокко чыгарылды</translation>
    </message>
    <message>
      <source>Case closed</source>
      <translation>Иш токтотулду</translation>
    </message>
    <message>
      <source>China</source>
      <translation>Кытай</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Жабылган</translation>
    </message>
    <message>
      <source>Complaint filed</source>
      <translation>Арыз берилди</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Аякталды</translation>
    </message>
    <message>
      <source>Construction</source>
      <translation>Курулуш</translation>
    </message>
    <message>
      <source>Conviction</source>
      <translation>Айыптоо өкүмү</translation>
    </message>
    <message>
      <source>Debt bondage</source>
      <translation>Карыз кулчулугу</translation>
    </message>
    <message>
      <source>Defendant</source>
      <translation>Айыпталуучу</translation>
    </message>
    <message>
      <source>Director</source>
      <translation>Директор</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Документтер</translation>
    </message>
    <message>
      <source>Domestic (Kyrgyzstan)</source>
      <translation>Өлкө ичинде (Кыргызстан)</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>Үй кулчулугу</translation>
    </message>
    <message>
      <source>Domestic work</source>
      <translation>Үй жумушу</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Долбоор</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Алынып салынды</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Билим алуу</translation>
    </message>
    <message>
      <source>Embassy or consulate</source>
      <translation>Элчилик же консулдук</translation>
    </message>
    <message>
      <source>Employment</source>
      <translation>Жумушка орношуу</translation>
    </message>
    <message>
      <source>Employment agency</source>
      <translation>Жумушка орноштуруу агенттиги</translation>
    </message>
    <message>
      <source>Employment support</source>
      <translation>Жумушка орношууга жардам</translation>
    </message>
    <message>
      <source>Excessive working hours</source>
      <translation>Ашыкча узак иштетүү</translation>
    </message>
    <message>
      <source>False promises</source>
      <translation>Жалган убадалар</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Үй-бүлө</translation>
    </message>
    <message>
      <source>Family contact</source>
      <translation>Үй-бүлө менен байланыш</translation>
    </message>
    <message>
      <source>Family reintegration</source>
      <translation>Үй-бүлөгө кайтуу</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Аял</translation>
    </message>
    <message>
      <source>Finances</source>
      <translation>Каржы</translation>
    </message>
    <message>
      <source>Financial support</source>
      <translation>Материалдык жардам</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Коштоп жүрүү</translation>
    </message>
    <message>
      <source>Forced begging</source>
      <translation>Кайырчылыкка мажбурлоо</translation>
    </message>
    <message>
      <source>Forced criminality</source>
      <translation>Кылмышка мажбурлоо</translation>
    </message>
    <message>
      <source>Forced labour</source>
      <translation>Мажбурлап иштетүү</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>Мажбурлап нике кыюу</translation>
    </message>
    <message>
      <source>Foreign</source>
      <translation>Чет өлкөлүк жарандар</translation>
    </message>
    <message>
      <source>Friend</source>
      <translation>Дос</translation>
    </message>
    <message>
      <source>Germany</source>
      <translation>Германия</translation>
    </message>
    <message>
      <source>Girls</source>
      <translation>Кыздар</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>Ден соолук</translation>
    </message>
    <message>
      <source>Health services</source>
      <translation>Саламаттык сактоо мекемеси</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Жогору</translation>
    </message>
    <message>
      <source>Hospitality</source>
      <translation>Мейманкана жана тамак-аш</translation>
    </message>
    <message>
      <source>Hotline</source>
      <translation>Ишеним телефону</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Турак жай</translation>
    </message>
    <message>
      <source>Humanitarian aid</source>
      <translation>Гуманитардык жардам</translation>
    </message>
    <message>
      <source>IOM</source>
      <translation>ЭМУ</translation>
    </message>
    <message>
      <source>Identified</source>
      <translation>Аныкталган</translation>
    </message>
    <message>
      <source>Illicit activities</source>
      <translation>Мыйзамсыз иштер</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Аткарылууда</translation>
    </message>
    <message>
      <source>Independent living</source>
      <translation>Өз алдынча жашоо</translation>
    </message>
    <message>
      <source>India</source>
      <translation>Индия</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Котормочунун кызматы</translation>
    </message>
    <message>
      <source>Intimate partner</source>
      <translation>Жубайы же сүйлөшкөн адамы</translation>
    </message>
    <message>
      <source>Investigation opened</source>
      <translation>Тергөө башталды</translation>
    </message>
    <message>
      <source>Kazakhstan</source>
      <translation>Казакстан</translation>
    </message>
    <message>
      <source>Kyrgyz</source>
      <translation>КР жарандары</translation>
    </message>
    <message>
      <source>Kyrgyzstan</source>
      <translation>Кыргызстан</translation>
    </message>
    <message>
      <source>Labour inspection</source>
      <translation>Эмгек инспекциясы</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Юрист</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>Өз каалоосу менен кетти</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Укуктук маселелер</translation>
    </message>
    <message>
      <source>Legal consultation</source>
      <translation>Юридикалык кеңеш</translation>
    </message>
    <message>
      <source>Legal representation</source>
      <translation>Жабырлануучунун өкүлчүлүгү</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Төмөн</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Эркек</translation>
    </message>
    <message>
      <source>Manufacturing, textile</source>
      <translation>Өндүрүш, тигүү цехтери</translation>
    </message>
    <message>
      <source>Markets, trade</source>
      <translation>Базар, соода</translation>
    </message>
    <message>
      <source>Medical care</source>
      <translation>Медициналык жардам</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Орточо</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Эркектер</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>ӨЭУ</translation>
    </message>
    <message>
      <source>Nepal</source>
      <translation>Непал</translation>
    </message>
    <message>
      <source>Non-custodial</source>
      <translation>Эркиндигинен ажыратпай</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Жок</translation>
    </message>
    <message>
      <source>Not identified</source>
      <translation>Аныкталган эмес</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Интернет аркылуу</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ачык</translation>
    </message>
    <message>
      <source>Organ removal</source>
      <translation>Органдарды алуу</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Башка</translation>
    </message>
    <message>
      <source>Other article</source>
      <translation>Башка берене</translation>
    </message>
    <message>
      <source>Other international organisation</source>
      <translation>Башка эл аралык уюм</translation>
    </message>
    <message>
      <source>Over 11 years</source>
      <translation>11 жылдан ашык</translation>
    </message>
    <message>
      <source>Pakistan</source>
      <translation>Пакистан</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Жубай же сүйлөшкөн</translation>
    </message>
    <message>
      <source>Physical abuse</source>
      <translation>Физикалык зомбулук</translation>
    </message>
    <message>
      <source>Poland</source>
      <translation>Польша</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Милиция</translation>
    </message>
    <message>
      <source>Presumed victim</source>
      <translation>Болжолдуу курмандык</translation>
    </message>
    <message>
      <source>Prosecutor</source>
      <translation>Прокуратура</translation>
    </message>
    <message>
      <source>Psychoactive substances</source>
      <translation>Психоактивдүү заттар</translation>
    </message>
    <message>
      <source>Psychological abuse</source>
      <translation>Психологиялык зомбулук</translation>
    </message>
    <message>
      <source>Psychological support</source>
      <translation>Психологиялык жардам</translation>
    </message>
    <message>
      <source>Psychological well-being</source>
      <translation>Психологиялык абал</translation>
    </message>
    <message>
      <source>Reconciliation</source>
      <translation>Тараптардын элдешүүсү</translation>
    </message>
    <message>
      <source>Repatriated</source>
      <translation>Мекенине кайтарылды</translation>
    </message>
    <message>
      <source>Repatriation</source>
      <translation>Мекенге кайтаруу</translation>
    </message>
    <message>
      <source>Requalified</source>
      <translation>Кайра квалификацияланды</translation>
    </message>
    <message>
      <source>Restricts movement</source>
      <translation>Эркин жүрүүсүн чектейт</translation>
    </message>
    <message>
      <source>Russia</source>
      <translation>Россия</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>Коопсуздук</translation>
    </message>
    <message>
      <source>Sale of children</source>
      <translation>Балдарды сатуу</translation>
    </message>
    <message>
      <source>Self-referred</source>
      <translation>Өзү кайрылган</translation>
    </message>
    <message>
      <source>Sent to court</source>
      <translation>Сотко жөнөтүлдү</translation>
    </message>
    <message>
      <source>Sexual abuse</source>
      <translation>Сексуалдык зомбулук</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>Сексуалдык эксплуатация</translation>
    </message>
    <message>
      <source>Social services</source>
      <translation>Социалдык кызматтар</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Социалдык кызматкер</translation>
    </message>
    <message>
      <source>South Korea</source>
      <translation>Түштүк Корея</translation>
    </message>
    <message>
      <source>Sri Lanka</source>
      <translation>Шри-Ланка</translation>
    </message>
    <message>
      <source>Stateless or unknown</source>
      <translation>Жарандыгы жок же белгисиз</translation>
    </message>
    <message>
      <source>Stranger</source>
      <translation>Бейтааныш адам</translation>
    </message>
    <message>
      <source>Suspect</source>
      <translation>Шектүү</translation>
    </message>
    <message>
      <source>Tajikistan</source>
      <translation>Тажикстан</translation>
    </message>
    <message>
      <source>Takes earnings</source>
      <translation>Тапкан акчасын тартып алуу</translation>
    </message>
    <message>
      <source>Threat of law enforcement</source>
      <translation>Милиция менен коркутуу</translation>
    </message>
    <message>
      <source>Threats</source>
      <translation>Коркутуу</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>Башка мекемеге которулду</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Транспорт</translation>
    </message>
    <message>
      <source>Turkey</source>
      <translation>Түркия</translation>
    </message>
    <message>
      <source>Under 3 years</source>
      <translation>3 жылга чейин</translation>
    </message>
    <message>
      <source>United Arab Emirates</source>
      <translation>БАЭ</translation>
    </message>
    <message>
      <source>United Kingdom</source>
      <translation>Улуу Британия</translation>
    </message>
    <message>
      <source>United States</source>
      <translation>АКШ</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Белгисиз</translation>
    </message>
    <message>
      <source>Uzbekistan</source>
      <translation>Өзбекстан</translation>
    </message>
    <message>
      <source>Victim</source>
      <translation>Жабырлануучу</translation>
    </message>
    <message>
      <source>Vocational training</source>
      <translation>Кесипке окутуу</translation>
    </message>
    <message>
      <source>Withholds documents</source>
      <translation>Документтерин кармап калат</translation>
    </message>
    <message>
      <source>Withholds necessities</source>
      <translation>Эң керектүү нерселерден ажыратат</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Күбө</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Аялдар</translation>
    </message>
    <message>
      <source>Art. 174 — Coercion of a person into marriage</source>
      <translation>174-берене — Адамды никеге турууга мажбурлоо</translation>
    </message>
    <message>
      <source>No need</source>
      <translation>Муктаждык жок</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A database already exists at {path}.</source>
      <translation>Маалымат базасы мурунтан эле бар: {path}.</translation>
    </message>
    <message>
      <source>An account name is 2–32 small Latin letters, digits, dots, dashes or underscores.</source>
      <translation>Каттоо эсебинин аты 2–32 белгиден турат: кичине латын тамгалары, сандар, чекит, дефис же астын сызык.</translation>
    </message>
    <message>
      <source>Another resident already has the external ID {value}.</source>
      <translation>{value} тышкы номери башка кардарга берилген.</translation>
    </message>
    <message>
      <source>Answer yes or no (да/нет, ооба/жок), not “{value}”.</source>
      <translation>«Ооба» же «жок» деп жооп бериңиз (yes/no, да/нет), «{value}» эмес.</translation>
    </message>
    <message>
      <source>Could not write {path}: {reason}</source>
      <translation>{path} файлын жазуу мүмкүн болбоду: {reason}</translation>
    </message>
    <message>
      <source>Must be between {lo} and {hi}.</source>
      <translation>Маани {lo} менен {hi} ортосунда болушу керек.</translation>
    </message>
    <message>
      <source>No account {username}.</source>
      <translation>{username} каттоо эсеби жок.</translation>
    </message>
    <message>
      <source>No database at {path}.</source>
      <translation>Маалымат базасы табылган жок: {path}.</translation>
    </message>
    <message>
      <source>No password given: set {var} or run the command in a terminal.</source>
      <translation>Сырсөз берилген жок: {var} өзгөрмөсүн коюңуз же буйрукту терминалда иштетиңиз.</translation>
    </message>
    <message>
      <source>No resident with case number {case_number}.</source>
      <translation>Иш номери {case_number} болгон кардар табылган жок.</translation>
    </message>
    <message>
      <source>No resident with this id.</source>
      <translation>Мындай идентификатору бар кардар табылган жок.</translation>
    </message>
    <message>
      <source>Not a country code: {value}. Use two letters such as KG, KZ or RU.</source>
      <translation>Бул өлкө коду эмес: {value}. Эки латын тамгасын жазыңыз, мисалы: KG, KZ же RU.</translation>
    </message>
    <message>
      <source>Not a language code: {value}. Use two letters such as ky, ru or uz.</source>
      <translation>Бул тил коду эмес: {value}. Эки латын тамгасын жазыңыз, мисалы: ky, ru же uz.</translation>
    </message>
    <message>
      <source>Not a valid date: {value}. Use YYYY-MM-DD or DD.MM.YYYY.</source>
      <translation>Туура эмес дата: {value}. ЖЖЖЖ-АА-КК же КК.АА.ЖЖЖЖ түрүндө жазыңыз (мисалы, 15.03.2024).</translation>
    </message>
    <message>
      <source>Not a whole number: {value}.</source>
      <translation>Бүтүн сан эмес: {value}.</translation>
    </message>
    <message>
      <source>Only an identified person has an identification date.</source>
      <translation>Аныктоо күнү аныкталган адам үчүн гана көрсөтүлөт.</translation>
    </message>
    <message>
      <source>Required when the person is identified under the NRM.</source>
      <translation>Адам Улуттук кайра багыттоо механизми боюнча аныкталган болсо, милдеттүү.</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>Милдеттүү талаа.</translation>
    </message>
    <message>
      <source>The account {username} already exists.</source>
      <translation>{username} каттоо эсеби мурунтан эле бар.</translation>
    </message>
    <message>
      <source>The current password is wrong.</source>
      <translation>Учурдагы сырсөз туура эмес.</translation>
    </message>
    <message>
      <source>The database could not be written: {reason}</source>
      <translation>Маалымат базасына жазуу мүмкүн болбоду: {reason}</translation>
    </message>
    <message>
      <source>The database driver is not SQLCipher: refusing to store records unencrypted.</source>
      <translation>Маалымат базасынын драйвери SQLCipher эмес: жазууларды шифрлебей сактоого болбойт.</translation>
    </message>
    <message>
      <source>The database file is damaged or does not match its key file.</source>
      <translation>Маалымат базасынын файлы бузулган же ачкыч файлына дал келбейт.</translation>
    </message>
    <message>
      <source>The database is busy. Try again.</source>
      <translation>Маалымат базасы бош эмес. Кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <source>The database is read-only: the change was not saved.</source>
      <translation>Маалымат базасы окуу үчүн гана ачык: өзгөртүү сакталган жок.</translation>
    </message>
    <message>
      <source>The date of birth is after the registration date.</source>
      <translation>Туулган күнү катталган күндөн кийин болуп калды.</translation>
    </message>
    <message>
      <source>The date {value} is in the future.</source>
      <translation>{value} күнү али келе элек.</translation>
    </message>
    <message>
      <source>The date {value} is too early.</source>
      <translation>{value} — өтө эрте дата.</translation>
    </message>
    <message>
      <source>The disk is full: the change was not saved. Free some space and try again.</source>
      <translation>Диск толуп калды: өзгөртүү сакталган жок. Дисктен орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <source>The exit date is before the intake date.</source>
      <translation>Чыккан күнү кабыл алынган күндөн мурун болуп калды.</translation>
    </message>
    <message>
      <source>The intake date is before the registration date.</source>
      <translation>Кабыл алынган күнү катталган күндөн мурун болуп калды.</translation>
    </message>
    <message>
      <source>The intake date overlaps an earlier stay (exit {date}).</source>
      <translation>Кабыл алынган күнү мурунку жашоо мөөнөтүнө туш келип калды (чыккан күнү {date}).</translation>
    </message>
    <message>
      <source>The key file is damaged or is not a key file of this app.</source>
      <translation>Ачкыч файлы бузулган же бул программанын ачкыч файлы эмес.</translation>
    </message>
    <message>
      <source>The key file is damaged.</source>
      <translation>Ачкыч файлы бузулган.</translation>
    </message>
    <message>
      <source>The key file uses an unknown key derivation: {kdf}.</source>
      <translation>Ачкыч файлында ачкычты алуунун белгисиз ыкмасы көрсөтүлгөн: {kdf}.</translation>
    </message>
    <message>
      <source>The key file {path} is missing: the database cannot be opened without it. Restore it from a backup.</source>
      <translation>{path} ачкыч файлы табылган жок: ансыз маалымат базасын ачууга болбойт. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
      <source>The last director's account cannot be removed.</source>
      <translation>Директордун акыркы каттоо эсебин өчүрүүгө болбойт.</translation>
    </message>
    <message>
      <source>The password must have at least {n} characters.</source>
      <translation>Сырсөз кеминде {n} белгиден турушу керек.</translation>
    </message>
    <message>
      <source>The recovery key has no password to change.</source>
      <translation>Калыбына келтирүү ачкычынын өзгөртө турган сырсөзү жок.</translation>
    </message>
    <message>
      <source>The recovery key is not valid.</source>
      <translation>Калыбына келтирүү ачкычы туура эмес.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Сырсөздөр дал келбейт.</translation>
    </message>
    <message>
      <source>This database is already open in another copy of the app on this computer. Close the other window first.</source>
      <translation>Бул маалымат базасы ушул компьютерде программанын башка терезесинде ачык турат. Адегенде ал терезени жабыңыз.</translation>
    </message>
    <message>
      <source>This database was saved by a newer version of the app (schema {found}; this version knows up to {known}). Install the newer version to open it.</source>
      <translation>Бул маалымат базасы программанын жаңыраак версиясында сакталган (схема {found}; бул версия {known}-схемага чейин гана колдойт). Аны ачуу үчүн жаңы версияны орнотуңуз.</translation>
    </message>
    <message>
      <source>This resident has no open stay to discharge.</source>
      <translation>Бул кардардын жабыла турган учурдагы жашоо мөөнөтү жок.</translation>
    </message>
    <message>
      <source>This resident is already in the shelter: discharge the current stay first.</source>
      <translation>Бул кардар азыр баш калкалоочу жайда: адегенде учурдагы жашоо мөөнөтүн жабыңыз.</translation>
    </message>
    <message>
      <source>Too long: at most {n} characters.</source>
      <translation>Өтө узун: {n} белгиден ашпашы керек.</translation>
    </message>
    <message>
      <source>Unknown code “{value}”. Allowed: {allowed}.</source>
      <translation>Белгисиз код «{value}». Колдонууга болот: {allowed}.</translation>
    </message>
    <message>
      <source>Unknown role: {role}.</source>
      <translation>Белгисиз роль: {role}.</translation>
    </message>
    <message>
      <source>Wrong account or password.</source>
      <translation>Каттоо эсеби же сырсөз туура эмес.</translation>
    </message>
    <message>
      <source>You cannot remove your own account.</source>
      <translation>Өзүңүздүн каттоо эсебиңизди өчүрө албайсыз.</translation>
    </message>
    <message>
      <source>Your role does not allow this ({permission}).</source>
      <translation>Сиздин ролуңуз буга укук бербейт ({permission}).</translation>
    </message>
    <message>
      <source>Too many failed attempts. Try again in {seconds} s.</source>
      <translation>Ийгиликсиз аракеттер өтө көп болду. {seconds} секунддан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <source>The database could not be upgraded to schema {number} ({reason}); it was left as it was.</source>
      <translation>Маалымат базасын {number}-схемага жаңыртуу мүмкүн болбоду ({reason}); база өзгөрүүсүз калды.</translation>
    </message>
    <message>
      <source>The disk could not be written (it may be full or failing): the change was not saved.</source>
      <translation>Дискке жазуу мүмкүн болбоду (диск толуп калышы же бузук болушу мүмкүн): өзгөртүү сакталган жок.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Account</source>
      <translation>Каттоо эсеби</translation>
    </message>
    <message>
      <source>Asylum granted</source>
      <translation>Башпаанек берилген</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Иштин номери</translation>
    </message>
    <message>
      <source>Case reference</source>
      <translation>Кылмыш ишинин №</translation>
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
      <source>Consent to data processing (date)</source>
      <translation>Маалыматтарды иштетүүгө макулдук (күнү)</translation>
    </message>
    <message>
      <source>Consents to anonymized reporting</source>
      <translation>Анонимдештирилген отчёттуулукка макулдук</translation>
    </message>
    <message>
      <source>Country of exploitation</source>
      <translation>Эксплуатация болгон өлкө</translation>
    </message>
    <message>
      <source>Criminal Code article</source>
      <translation>КЖК беренеси</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Date identified (NRM)</source>
      <translation>Аныкталган күнү (УКБМ)</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Туулган күнү</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>Майыптуулук</translation>
    </message>
    <message>
      <source>Duration (minutes)</source>
      <translation>Узактыгы (мүнөт)</translation>
    </message>
    <message>
      <source>Estimated birth year</source>
      <translation>Болжолдуу туулган жылы</translation>
    </message>
    <message>
      <source>Exit date</source>
      <translation>Чыккан күнү</translation>
    </message>
    <message>
      <source>Exit reason</source>
      <translation>Чыгуу себеби</translation>
    </message>
    <message>
      <source>External ID</source>
      <translation>Тышкы номер</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Identifying body</source>
      <translation>Аныктаган орган</translation>
    </message>
    <message>
      <source>Intake date</source>
      <translation>Кабыл алынган күнү</translation>
    </message>
    <message>
      <source>Labour sector</source>
      <translation>Эмгек тармагы</translation>
    </message>
    <message>
      <source>Languages spoken</source>
      <translation>Билген тилдери</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Адвокат</translation>
    </message>
    <message>
      <source>Main form of exploitation</source>
      <translation>Эксплуатациянын негизги түрү</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>Көзөмөлдөө ыкмалары</translation>
    </message>
    <message>
      <source>NRM status</source>
      <translation>УКБМдеги статусу</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты</translation>
    </message>
    <message>
      <source>Next hearing</source>
      <translation>Кийинки сот отуруму</translation>
    </message>
    <message>
      <source>Non-custodial</source>
      <translation>Эркиндигинен ажыратпай</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Organisation code</source>
      <translation>Уюмдун коду</translation>
    </message>
    <message>
      <source>Organisation name</source>
      <translation>Уюмдун аталышы</translation>
    </message>
    <message>
      <source>Other forms of exploitation</source>
      <translation>Эксплуатациянын башка түрлөрү</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Сырсөз</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Ким көрсөткөн</translation>
    </message>
    <message>
      <source>Recruitment channel</source>
      <translation>Тартуу жолу</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>Ким жөнөткөн</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Аймак</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>Катталган күнү</translation>
    </message>
    <message>
      <source>Relation to recruiter</source>
      <translation>Тартуучу менен мамилеси</translation>
    </message>
    <message>
      <source>Residence permit granted</source>
      <translation>Жашоого уруксат берилген</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Ролу</translation>
    </message>
    <message>
      <source>Role in proceedings</source>
      <translation>Процесстеги статусу</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Бөлмө</translation>
    </message>
    <message>
      <source>Safety notes</source>
      <translation>Коопсуздук боюнча белгилер</translation>
    </message>
    <message>
      <source>Sentence (months)</source>
      <translation>Жаза мөөнөтү (ай)</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Кызмат</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Жынысы</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Этап</translation>
    </message>
    <message>
      <source>State-guaranteed legal aid</source>
      <translation>Мамлекет тарабынан кепилденген юридикалык жардам</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Сыйымдуулугу</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Купуялуулук</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Байланыш</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Күнү жана убактысы</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>Кимде</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>Берген өлкө</translation>
    </message>
    <message>
      <source>Key worker</source>
      <translation>Куратор</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>Kind of place</source>
      <translation>Жайдын түрү</translation>
    </message>
    <message>
      <source>Moved on</source>
      <translation>Көчкөн күнү</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номери</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Жайгашкан жер</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Ким болот</translation>
    </message>
    <message>
      <source>Replacement requested</source>
      <translation>Алмаштыруу суралды</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Байланышуу коопсуз</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Аталышы</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Жарактуу мөөнөтү</translation>
    </message>
  </context>
  <context>
    <name>Verify</name>
    <message>
      <source>Audit log: FAILED — first broken entry: #{entry} ({reason})</source>
      <translation>Аудит журналы: БУЗУЛГАН — биринчи бузулган жазуу: № {entry} ({reason})</translation>
    </message>
    <message>
      <source>Audit log: ok ({n} entries)</source>
      <translation>Аудит журналы: жайында (жазуулар: {n})</translation>
    </message>
    <message>
      <source>Database integrity: FAILED</source>
      <translation>Маалымат базасынын бүтүндүгү: БУЗУЛГАН</translation>
    </message>
    <message>
      <source>Database integrity: ok</source>
      <translation>Маалымат базасынын бүтүндүгү: жайында</translation>
    </message>
    <message>
      <source>Encryption (page authentication): ok</source>
      <translation>Шифрлөө (барактардын аныктыгын текшерүү): жайында</translation>
    </message>
    <message>
      <source>altered</source>
      <translation>өзгөртүлгөн</translation>
    </message>
    <message>
      <source>altered or an entry before it removed</source>
      <translation>өзгөртүлгөн же андан мурунку жазуу өчүрүлгөн</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>өчүрүлгөн</translation>
    </message>
  </context>
  <context>
    <name>Languages</name>
    <message>
      <source>Arabic</source>
      <translation>Араб тили</translation>
    </message>
    <message>
      <source>Bengali</source>
      <translation>Бенгал тили</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>Кытай тили</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Англис тили</translation>
    </message>
    <message>
      <source>German</source>
      <translation>Немис тили</translation>
    </message>
    <message>
      <source>Hindi</source>
      <translation>Хинди тили</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>Казак тили</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>Корей тили</translation>
    </message>
    <message>
      <source>Kyrgyz</source>
      <translation>Кыргыз тили</translation>
    </message>
    <message>
      <source>Nepali</source>
      <translation>Непал тили</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Орус тили</translation>
    </message>
    <message>
      <source>Tajik</source>
      <translation>Тажик тили</translation>
    </message>
    <message>
      <source>Turkish</source>
      <translation>Түрк тили</translation>
    </message>
    <message>
      <source>Urdu</source>
      <translation>Урду тили</translation>
    </message>
    <message>
      <source>Uzbek</source>
      <translation>Өзбек тили</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <source>The name holds an emoji or a symbol.</source>
      <translation>Аты-жөнүндө эмодзи же символ бар.</translation>
    </message>
    <message>
      <source>The name holds no letter at all.</source>
      <translation>Аты-жөнүндө бир да тамга жок.</translation>
    </message>
    <message>
      <source>“{word}” mixes Latin and Cyrillic letters in one word: one of them was probably typed on the other keyboard layout, and search will not find it.</source>
      <translation>«{word}» сөзүндө латын жана кирилл тамгалары аралашып калган: балким, бир бөлүгү клавиатуранын башка тилинде терилген, издөө аны таппайт.</translation>
    </message>
  </context>
</TS>
