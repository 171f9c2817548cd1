<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Errors</name>
    <message>
      <source>A referral for formal identification follows a first-level screening whose indicators are met or inconclusive, on or before the referral date.</source>
      <translation>Расмий идентификациялоого жолдомо алгачкы баалоодон кийин берилет: анда белгилер аныкталган же натыйжа так эмес болушу керек, жолдомо күнү же андан мурун.</translation>
    </message>
    <message>
      <source>An immediate need is not valid: choose the area and the level.</source>
      <translation>Шашылыш муктаждык туура эмес: чөйрөнү жана деңгээлди тандаңыз.</translation>
    </message>
    <message>
      <source>Choose a body authorised to identify victims from the organisations directory.</source>
      <translation>Уюмдар маалымдамасынан курмандыктарды идентификациялоого ыйгарым укуктуу органды тандаңыз.</translation>
    </message>
    <message>
      <source>Choose what to print: the questionnaire or the referral letter.</source>
      <translation>Эмнени басып чыгарууну тандаңыз: анкетаны же жолдомо катты.</translation>
    </message>
    <message>
      <source>Indicators are met for a child when at least one act and one purpose are recorded.</source>
      <translation>Бала үчүн белгилер аныкталды деп эсептелет, эгер жок дегенде бир аракет жана бир максат белгиленсе.</translation>
    </message>
    <message>
      <source>Indicators are met for an adult when at least one act, one means and one purpose are recorded. For a child (under 18 at the act) the means are not required: record the date of the act or the age then.</source>
      <translation>Бойго жеткен адам үчүн белгилер аныкталды деп эсептелет, эгер жок дегенде бир аракет, бир ыкма жана бир максат белгиленсе. Бала үчүн (иш-аракет учурунда 18ге толо элек) ыкма талап кылынбайт: иш-аракеттин күнүн же ошол кездеги жашын жазыңыз.</translation>
    </message>
    <message>
      <source>No such referral.</source>
      <translation>Мындай жолдомо жок.</translation>
    </message>
    <message>
      <source>No such screening.</source>
      <translation>Мындай баалоо жок.</translation>
    </message>
    <message>
      <source>The act cannot come after the screening.</source>
      <translation>Иш-аракет баалоодон кийин боло албайт.</translation>
    </message>
    <message>
      <source>The decision cannot come before the referral ({date}).</source>
      <translation>Чечим жолдомодон ({date}) мурун боло албайт.</translation>
    </message>
    <message>
      <source>The screening date is before the date of birth.</source>
      <translation>Баалоо күнү туулган күндөн мурун.</translation>
    </message>
    <message>
      <source>{case_number} has not been referred for formal identification yet.</source>
      <translation>{case_number} расмий идентификациялоого али жөнөтүлгөн эмес.</translation>
    </message>
    <message>
      <source>Choose when the assessment was made.</source>
      <translation>Баалоо качан жүргүзүлгөнүн тандаңыз.</translation>
    </message>
    <message>
      <source>Describe the other risk in the notes.</source>
      <translation>Башка коркунучту эскертүүдө сүрөттөңүз.</translation>
    </message>
    <message>
      <source>This resident has no safety plan yet.</source>
      <translation>Бул кардардын коопсуздук планы али жок.</translation>
    </message>
    <message>
      <source>Write the concerns in the resident's own words, or the measures agreed.</source>
      <translation>Тынчсызданууларды кардардын өз сөзү менен же макулдашылган чараларды жазыңыз.</translation>
    </message>
    <message>
      <source>A child under 16 cannot consent alone: record the guardian's consent and the child's assent.</source>
      <translation>16га толо элек бала өзү гана макулдук бере албайт: камкорчунун макулдугун жана баланын өз макулдугун жазыңыз.</translation>
    </message>
    <message>
      <source>Choose the guardian who gives consent (add the guardian first).</source>
      <translation>Макулдук берген камкорчуну тандаңыз (адегенде камкорчуну кошуңуз).</translation>
    </message>
    <message>
      <source>No such guardian.</source>
      <translation>Мындай камкорчу жок.</translation>
    </message>
    <message>
      <source>No such legal event.</source>
      <translation>Мындай укуктук окуя жок.</translation>
    </message>
    <message>
      <source>Record the child's own assent too: ask the child, in words they understand.</source>
      <translation>Баланын өз макулдугун да жазыңыз: андан түшүнүктүү сөздөр менен сураңыз.</translation>
    </message>
    <message>
      <source>Record the date of birth (or an estimated birth year) first: the consent a child needs depends on their age.</source>
      <translation>Адегенде туулган күндү (же болжолдуу туулган жылды) жазыңыз: балага кандай макулдук керек экени жашына жараша.</translation>
    </message>
    <message>
      <source>Record the guardian's consent, or that a child of 16 or older consents alone.</source>
      <translation>Камкорчунун макулдугун же 16 жаштан өйдө бала өзү макулдук бергенин жазыңыз.</translation>
    </message>
    <message>
      <source>The resident was {age} on that day: an adult consents on the Details tab.</source>
      <translation>Ошол күнү кардар {age} жашта болгон: бойго жеткендин макулдугу «Маалыматтар» өтмөгүндө жазылат.</translation>
    </message>
    <message>
      <source>{name} is suspected of involvement and cannot consent for the child: ask the guardianship authority to appoint a representative.</source>
      <translation>{name} катышы бар деп шектелет жана бала үчүн макулдук бере албайт: камкордук органынан өкүл дайындоону сураңыз.</translation>
    </message>
    <message>
      <source>The resident is a child: the plan needs an education goal, or write down why there is none, before it is approved.</source>
      <translation>Кардар — бала: бекитүүдөн мурун планда билим берүү максаты болушу же эмне үчүн жок экени жазылышы керек.</translation>
    </message>
    <message>
      <source>An identified person's screening found the indicators met.</source>
      <translation>Идентификацияланган адамдын баалоосунда белгилер аныкталган болушу керек.</translation>
    </message>
    <message>
      <source>Required when the screening date is set.</source>
      <translation>Баалоо күнү көрсөтүлсө, милдеттүү.</translation>
    </message>
    <message>
      <source>Required when the screening result is set.</source>
      <translation>Баалоонун натыйжасы көрсөтүлсө, милдеттүү.</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>At a plan review</source>
      <translation>Планды кайра кароодо</translation>
    </message>
    <message>
      <source>At intake</source>
      <translation>Кабыл алууда</translation>
    </message>
    <message>
      <source>Other occasion</source>
      <translation>Башка учурда</translation>
    </message>
  </context>
  <context>
    <name>NrmPdf</name>
    <message>
      <source>1. The act</source>
      <translation>1. Аракет</translation>
    </message>
    <message>
      <source>2. The means</source>
      <translation>2. Ыкма</translation>
    </message>
    <message>
      <source>3. The purpose (exploitation)</source>
      <translation>3. Максат (эксплуатация)</translation>
    </message>
    <message>
      <source>Act</source>
      <translation>Аракет</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Бойго жеткен</translation>
    </message>
    <message>
      <source>Adult criteria (age at the act not known)</source>
      <translation>Бойго жеткендердин критерийлери (иш-аракет учурундагы жашы белгисиз)</translation>
    </message>
    <message>
      <source>Age at the act</source>
      <translation>Иш-аракет учурундагы жашы</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Чөйрө</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Иштин номери</translation>
    </message>
    <message>
      <source>Case {case_number} · referral</source>
      <translation>Иш {case_number} · жолдомо</translation>
    </message>
    <message>
      <source>Case {case_number} · screening</source>
      <translation>Иш {case_number} · алгачкы баалоо</translation>
    </message>
    <message>
      <source>Child (under 18 at the act): the means are not required</source>
      <translation>Бала (иш-аракет учурунда 18ге толо элек): ыкма талап кылынбайт</translation>
    </message>
    <message>
      <source>Child criteria were applied (under 18 at the act).</source>
      <translation>Балдар үчүн критерийлер колдонулду (иш-аракет учурунда 18ге толо элек).</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Жарандыгы</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Байланыш</translation>
    </message>
    <message>
      <source>Copies of the identity documents the shelter holds are available on request.</source>
      <translation>Баш калкалоочу жайдагы инсандыгын күбөлөндүрүүчү документтердин көчүрмөлөрү сурам боюнча берилет.</translation>
    </message>
    <message>
      <source>Copy to the legal representative</source>
      <translation>Көчүрмө мыйзамдуу өкүлгө</translation>
    </message>
    <message>
      <source>Country of exploitation</source>
      <translation>Эксплуатация болгон өлкө</translation>
    </message>
    <message>
      <source>Criteria applied</source>
      <translation>Колдонулган критерийлер</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Туулган күнү</translation>
    </message>
    <message>
      <source>Date of the act</source>
      <translation>Иш-аракеттин күнү</translation>
    </message>
    <message>
      <source>Date of the screening</source>
      <translation>Баалоо күнү</translation>
    </message>
    <message>
      <source>First-level screening questionnaire (National Referral Mechanism)</source>
      <translation>Алгачкы баалоо анкетасы (Адамдарды сатуунун курмандыктарын улуттук кайра багыттоо механизми)</translation>
    </message>
    <message>
      <source>For the shelter</source>
      <translation>Баш калкалоочу жайдан</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Кимден</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Immediate needs</source>
      <translation>Шашылыш муктаждыктар</translation>
    </message>
    <message>
      <source>Indicator seen</source>
      <translation>Байкалган белги</translation>
    </message>
    <message>
      <source>Languages spoken</source>
      <translation>Сүйлөгөн тилдери</translation>
    </message>
    <message>
      <source>Main form of exploitation</source>
      <translation>Эксплуатациянын негизги түрү</translation>
    </message>
    <message>
      <source>Means</source>
      <translation>Ыкма</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Муктаждык</translation>
    </message>
    <message>
      <source>No screening recorded yet: a blank form to fill in by hand.</source>
      <translation>Баалоо али жазыла элек: кол менен толтуруу үчүн бош бланк.</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Белгисиз</translation>
    </message>
    <message>
      <source>Not required for a child; recorded where seen.</source>
      <translation>Бала үчүн талап кылынбайт; байкалса белгиленет.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Other forms</source>
      <translation>Башка түрлөрү</translation>
    </message>
    <message>
      <source>Our case number</source>
      <translation>Биздин иштин номери</translation>
    </message>
    <message>
      <source>Our first-level screening of {date} found: {result}.</source>
      <translation>Биздин {date} алгачкы баалообуздун натыйжасы: {result}.</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>{pages} беттин {page}-бети</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Басылган күнү {date}</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Максат</translation>
    </message>
    <message>
      <source>Referral for formal identification of a victim of trafficking in persons</source>
      <translation>Адамдарды сатуунун курмандыгын расмий идентификациялоого жолдомо</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Натыйжа</translation>
    </message>
    <message>
      <source>Result of the screening</source>
      <translation>Баалоонун натыйжасы</translation>
    </message>
    <message>
      <source>Screened by</source>
      <translation>Баалоону жүргүзгөн</translation>
    </message>
    <message>
      <source>Screening by a first responder under Government resolution No. 493 of 2019. The authorised body makes the formal identification.</source>
      <translation>КР Өкмөтүнүн 2019-жылдын 19-сентябрындагы № 493 токтому боюнча курмандыкты биринчи аныктаган тараптын алгачкы баалоосу. Расмий идентификациялоону ыйгарым укуктуу орган жүргүзөт.</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Жынысы</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Колу</translation>
    </message>
    <message>
      <source>Stateless</source>
      <translation>Жарандыгы жок</translation>
    </message>
    <message>
      <source>Summary of the exploitation</source>
      <translation>Эксплуатация жөнүндө кыскача</translation>
    </message>
    <message>
      <source>The person</source>
      <translation>Адам</translation>
    </message>
    <message>
      <source>The person agreed to share the information in this letter and nothing more. Please keep it confidential and tell us of your decision.</source>
      <translation>Адам ушул катта көрсөтүлгөн маалыматты гана берүүгө макул болду. Аны купуя сактап, чечимиңизди бизге билдирүүңүздү суранабыз.</translation>
    </message>
    <message>
      <source>The person screened</source>
      <translation>Баалоодон өткөн адам</translation>
    </message>
    <message>
      <source>The screening</source>
      <translation>Баалоо</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Кимге</translation>
    </message>
    <message>
      <source>We refer {who} to you for formal identification under the National Referral Mechanism.</source>
      <translation>Адамдарды сатуунун курмандыктарын улуттук кайра багыттоо механизминин алкагында расмий идентификациялоо үчүн сизге {who} жөнөтөбүз.</translation>
    </message>
    <message>
      <source>about {year} (estimated)</source>
      <translation>болжол менен {year}</translation>
    </message>
    <message>
      <source>the person with our case number {case_number}</source>
      <translation>биздин иш номери {case_number} болгон адамды</translation>
    </message>
    <message>
      <source>through {organisation}</source>
      <translation>{organisation} аркылуу</translation>
    </message>
  </context>
  <context>
    <name>SafetyPdf</name>
    <message>
      <source>Case number</source>
      <translation>Иштин номери</translation>
    </message>
    <message>
      <source>Concerns, in the resident's own words</source>
      <translation>Тынчсыздануулар — кардардын өз сөзү менен</translation>
    </message>
    <message>
      <source>Confidential: keep it where only the resident and the shelter can see it.</source>
      <translation>Купуя: кардар жана баш калкалоочу жай гана көрө турган жерде сактаңыз.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Чаралар</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Кийинки кайра кароо</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>{pages} беттин {page}-бети</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Басылган күнү {date}</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Кардар</translation>
    </message>
    <message>
      <source>Safe contacts</source>
      <translation>Коопсуз байланыштар</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>Коопсуздук планы</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Колу</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Социалдык кызматкер</translation>
    </message>
    <message>
      <source>Who to call</source>
      <translation>Кимге чалуу керек</translation>
    </message>
  </context>
  <context>
    <name>BodyDialog</name>
    <message>
      <source>Add</source>
      <translation>Кошуу</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Аты-жөнү:</translation>
    </message>
    <message>
      <source>New authorised body</source>
      <translation>Жаңы ыйгарым укуктуу орган</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Телефон:</translation>
    </message>
    <message>
      <source>Region:</source>
      <translation>Аймак:</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Күнү:</translation>
    </message>
    <message>
      <source>Decision of {body}</source>
      <translation>Чечим: {body}</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>Чечим:</translation>
    </message>
    <message>
      <source>Document number:</source>
      <translation>Документтин номери:</translation>
    </message>
    <message>
      <source>Identifying body:</source>
      <translation>Идентификациялаган орган:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
  </context>
  <context>
    <name>NrmTab</name>
    <message>
      <source>&amp;Refer…</source>
      <translation>&amp;Жөнөтүү…</translation>
    </message>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once it is printed or sent.</source>
      <translation>PDF файл шифрленбейт: ал кимдин колуна тийсе, ошол окуй алат. Аны коопсуз жерге гана сактап, басып чыгаргандан же жөнөткөндөн кийин өчүрүңүз.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Correct…</source>
      <translation>Оңдоо…</translation>
    </message>
    <message>
      <source>First-level screenings</source>
      <translation>Алгачкы баалоолор</translation>
    </message>
    <message>
      <source>Identification (&amp;NRM)</source>
      <translation>Идентификациялоо (&amp;УКБМ)</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Тил:</translation>
    </message>
    <message>
      <source>Letter as PDF…</source>
      <translation>Кат PDF түрүндө…</translation>
    </message>
    <message>
      <source>NRM status: {status}</source>
      <translation>УКБМдеги статусу: {status}</translation>
    </message>
    <message>
      <source>New &amp;screening…</source>
      <translation>Жаңы &amp;баалоо…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдар (*.pdf)</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Басып чыгаруу</translation>
    </message>
    <message>
      <source>Print questionnaire…</source>
      <translation>Анкетаны басып чыгаруу…</translation>
    </message>
    <message>
      <source>Print referral letter…</source>
      <translation>Жолдомо катты басып чыгаруу…</translation>
    </message>
    <message>
      <source>Questionnaire as PDF…</source>
      <translation>Анкета PDF түрүндө…</translation>
    </message>
    <message>
      <source>Record &amp;decision…</source>
      <translation>&amp;Чечимди жазуу…</translation>
    </message>
    <message>
      <source>Referrals for formal identification</source>
      <translation>Расмий идентификациялоого жолдомолор</translation>
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
      <source>Screen the resident first: a referral follows a first-level screening.</source>
      <translation>Адегенде алгачкы баалоо жүргүзүңүз: жолдомо андан кийин берилет.</translation>
    </message>
    <message>
      <source>Two steps: the shelter screens as a first responder; an authorised body makes the formal identification.</source>
      <translation>Эки кадам: баш калкалоочу жай биринчи аныктаган тарап катары алгачкы баалоо жүргүзөт; расмий идентификациялоону ыйгарым укуктуу орган жүргүзөт.</translation>
    </message>
    <message>
      <source>a child: child criteria apply when the act took place before 18</source>
      <translation>бала: иш-аракет 18ге чейин болсо, балдар үчүн критерийлер колдонулат</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
    <message>
      <source>identified on {date} by {body}</source>
      <translation>{date} идентификацияланды, {body}</translation>
    </message>
    <message>
      <source>nrm-letter-{case}.pdf</source>
      <translation>ukbm-joldomo-{case}.pdf</translation>
    </message>
    <message>
      <source>nrm-questionnaire-{case}.pdf</source>
      <translation>ukbm-anketa-{case}.pdf</translation>
    </message>
    <message>
      <source>Saving as PDF…</source>
      <translation>PDF катары сакталууда…</translation>
    </message>
  </context>
  <context>
    <name>ReferralDialog</name>
    <message>
      <source>Authorised body:</source>
      <translation>Ыйгарым укуктуу орган:</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Күнү:</translation>
    </message>
    <message>
      <source>New body…</source>
      <translation>Жаңы орган…</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Эскертүүлөр:</translation>
    </message>
    <message>
      <source>Refer</source>
      <translation>Жөнөтүү</translation>
    </message>
    <message>
      <source>Refer for formal identification</source>
      <translation>Расмий идентификациялоого жөнөтүү</translation>
    </message>
    <message>
      <source>The resident agreed to share:</source>
      <translation>Кардар берүүгө макул болду:</translation>
    </message>
    <message>
      <source>Tick only what the resident agreed to share with this body: the letter holds nothing else.</source>
      <translation>Кардар бул органга берүүгө макул болгон маалыматты гана белгилеңиз: катта башка эч нерсе болбойт.</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
  </context>
  <context>
    <name>ReferralsModel</name>
    <message>
      <source>Authorised body</source>
      <translation>Ыйгарым укуктуу орган</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Чечим күнү</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Чечим</translation>
    </message>
    <message>
      <source>Referred</source>
      <translation>Жөнөтүлдү</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>күтүлүүдө</translation>
    </message>
  </context>
  <context>
    <name>ScreeningDialog</name>
    <message>
      <source>(not required for a child)</source>
      <translation>(бала үчүн талап кылынбайт)</translation>
    </message>
    <message>
      <source>1. The act</source>
      <translation>1. Аракет</translation>
    </message>
    <message>
      <source>2. The means</source>
      <translation>2. Ыкма</translation>
    </message>
    <message>
      <source>3. The purpose (exploitation)</source>
      <translation>3. Максат (эксплуатация)</translation>
    </message>
    <message>
      <source>Age at the act not known: adult criteria.</source>
      <translation>Иш-аракет учурундагы жашы белгисиз: бойго жеткендердин критерийлери.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Correct the screening</source>
      <translation>Баалоону оңдоо</translation>
    </message>
    <message>
      <source>Date of the act:</source>
      <translation>Иш-аракеттин күнү:</translation>
    </message>
    <message>
      <source>Date of the screening:</source>
      <translation>Баалоо күнү:</translation>
    </message>
    <message>
      <source>First-level screening</source>
      <translation>Алгачкы баалоо</translation>
    </message>
    <message>
      <source>Immediate needs (they start the rehabilitation plan)</source>
      <translation>Шашылыш муктаждыктар (реабилитация планы алардан башталат)</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Эскертүүлөр:</translation>
    </message>
    <message>
      <source>Result:</source>
      <translation>Натыйжа:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Suggested: {result}</source>
      <translation>Сунушталат: {result}</translation>
    </message>
    <message>
      <source>or age then:</source>
      <translation>же ошол кездеги жашы:</translation>
    </message>
    <message>
      <source>{age} at the act: adult criteria.</source>
      <translation>Иш-аракет учурунда {age} жашта: бойго жеткендердин критерийлери.</translation>
    </message>
    <message>
      <source>{age} at the act: child criteria, the means are not required.</source>
      <translation>Иш-аракет учурунда {age} жашта: балдар үчүн критерийлер, ыкма талап кылынбайт.</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
  </context>
  <context>
    <name>ScreeningsModel</name>
    <message>
      <source>Criteria</source>
      <translation>Критерийлер</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Immediate needs</source>
      <translation>Шашылыш муктаждыктар</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Натыйжа</translation>
    </message>
    <message>
      <source>adult</source>
      <translation>бойго жеткен</translation>
    </message>
    <message>
      <source>child</source>
      <translation>бала</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>импорттолгон</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Күнү:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Эскертүүлөр:</translation>
    </message>
    <message>
      <source>Risk assessment</source>
      <translation>Коркунучту баалоо</translation>
    </message>
    <message>
      <source>Risk level:</source>
      <translation>Коркунуч деңгээли:</translation>
    </message>
    <message>
      <source>Risks seen:</source>
      <translation>Байкалган коркунучтар:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Suggested from the items: {level}</source>
      <translation>Белгиленген пункттар боюнча: {level}</translation>
    </message>
    <message>
      <source>When:</source>
      <translation>Качан:</translation>
    </message>
  </context>
  <context>
    <name>AssessmentsModel</name>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Risk level</source>
      <translation>Коркунуч деңгээли</translation>
    </message>
    <message>
      <source>Risks seen</source>
      <translation>Байкалган коркунучтар</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Качан</translation>
    </message>
  </context>
  <context>
    <name>SafetyTab</name>
    <message>
      <source>Concerns, in the resident's own words:</source>
      <translation>Тынчсыздануулар — кардардын өз сөзү менен:</translation>
    </message>
    <message>
      <source>Latest risk level: {level} ({date})</source>
      <translation>Акыркы коркунуч деңгээли: {level} ({date})</translation>
    </message>
    <message>
      <source>Measures:</source>
      <translation>Чаралар:</translation>
    </message>
    <message>
      <source>New &amp;assessment…</source>
      <translation>Жаңы &amp;баалоо…</translation>
    </message>
    <message>
      <source>Not assessed yet: assess the risk at intake.</source>
      <translation>Али бааланган эмес: коркунучту кабыл алууда баалаңыз.</translation>
    </message>
    <message>
      <source>Print on request…</source>
      <translation>Сурам боюнча басып чыгаруу…</translation>
    </message>
    <message>
      <source>Print the safety plan</source>
      <translation>Коопсуздук планын басып чыгаруу</translation>
    </message>
    <message>
      <source>Review on:</source>
      <translation>Кайра кароо күнү:</translation>
    </message>
    <message>
      <source>Risk and safe&amp;ty</source>
      <translation>Коркунуч жана &amp;коопсуздук</translation>
    </message>
    <message>
      <source>Risk assessments</source>
      <translation>Коркунучту баалоолор</translation>
    </message>
    <message>
      <source>Safe contacts:</source>
      <translation>Коопсуз байланыштар:</translation>
    </message>
    <message>
      <source>Safety plan — never exported</source>
      <translation>Коопсуздук планы — эч качан экспорттолбойт</translation>
    </message>
    <message>
      <source>Save safety &amp;plan</source>
      <translation>Коопсуздук &amp;планын сактоо</translation>
    </message>
    <message>
      <source>Save the safety plan before printing it.</source>
      <translation>Басып чыгаруудан мурун коопсуздук планын сактаңыз.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сакталды.</translation>
    </message>
    <message>
      <source>Who to call:</source>
      <translation>Кимге чалуу керек:</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>Коопсуздук планы</translation>
    </message>
  </context>
  <context>
    <name>BestInterestsDialog</name>
    <message>
      <source>Assessed by:</source>
      <translation>Баалаган:</translation>
    </message>
    <message>
      <source>Best-interests assessment</source>
      <translation>Баланын эң жакшы кызыкчылыктарын баалоо</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Күнү:</translation>
    </message>
    <message>
      <source>Recommendation:</source>
      <translation>Сунуш:</translation>
    </message>
    <message>
      <source>Responsible body:</source>
      <translation>Жооптуу орган:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
  </context>
  <context>
    <name>BestInterestsModel</name>
    <message>
      <source>Assessed by</source>
      <translation>Баалаган</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Сунуш</translation>
    </message>
    <message>
      <source>Responsible body</source>
      <translation>Жооптуу орган</translation>
    </message>
  </context>
  <context>
    <name>ChildTab</name>
    <message>
      <source>A guardian is suspected of involvement: never contact them through the app's letters; consent comes from another representative.</source>
      <translation>Камкорчунун катышы бар деп шектелет: программанын каттары аркылуу аны менен эч качан байланышпаңыз; макулдукту башка өкүл берет.</translation>
    </message>
    <message>
      <source>Add &amp;guardian…</source>
      <translation>&amp;Камкорчуну кошуу…</translation>
    </message>
    <message>
      <source>Add assessment…</source>
      <translation>Баалоо кошуу…</translation>
    </message>
    <message>
      <source>Age not known: record the date of birth or an estimated year.</source>
      <translation>Жашы белгисиз: туулган күнүн же болжолдуу жылын жазыңыз.</translation>
    </message>
    <message>
      <source>Best-interests assessments</source>
      <translation>Баланын эң жакшы кызыкчылыктарын баалоолор</translation>
    </message>
    <message>
      <source>C&amp;hild</source>
      <translation>Б&amp;ала</translation>
    </message>
    <message>
      <source>Consent and assent</source>
      <translation>Камкорчунун жана баланын макулдугу</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Өзгөртүү…</translation>
    </message>
    <message>
      <source>Guardian or legal representative</source>
      <translation>Камкорчу же мыйзамдуу өкүл</translation>
    </message>
    <message>
      <source>Legal events: child-friendly measures</source>
      <translation>Укуктук окуялар: балага ыңгайлуу чаралар</translation>
    </message>
    <message>
      <source>Measures…</source>
      <translation>Чаралар…</translation>
    </message>
    <message>
      <source>Record &amp;consent…</source>
      <translation>&amp;Макулдукту жазуу…</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ооба</translation>
    </message>
    <message>
      <source>{age} years old. These safeguards apply to children; what was recorded while the resident was a child stays here.</source>
      <translation>Жашы: {age}. Бул кепилдиктер балдар үчүн; кардар бала кезинде жазылгандар ушул жерде калат.</translation>
    </message>
    <message>
      <source>{age} years old: a child. These safeguards apply.</source>
      <translation>Жашы: {age} — бала. Бул кепилдиктер колдонулат.</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <source>A guardian suspected of involvement cannot consent and is not listed.</source>
      <translation>Катышы бар деп шектелген камкорчу макулдук бере албайт жана тизмеде көрсөтүлбөйт.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Consent of a child</source>
      <translation>Бала боюнча макулдук</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Күнү:</translation>
    </message>
    <message>
      <source>Guardian:</source>
      <translation>Камкорчу:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Эскертүүлөр:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>The child agrees (assent), asked in words they understand</source>
      <translation>Бала макул (ага түшүнүктүү сөздөр менен суралды)</translation>
    </message>
    <message>
      <source>The child is 16 or older and consents alone</source>
      <translation>Бала 16 жашта же андан улуу, өзү макулдук берет</translation>
    </message>
    <message>
      <source>The guardian consents</source>
      <translation>Камкорчу макулдук берет</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
  </context>
  <context>
    <name>ConsentsModel</name>
    <message>
      <source>16+, alone</source>
      <translation>16+, өзү</translation>
    </message>
    <message>
      <source>Child's assent</source>
      <translation>Баланын макулдугу</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Камкорчу</translation>
    </message>
    <message>
      <source>Guardian's consent</source>
      <translation>Камкорчунун макулдугу</translation>
    </message>
  </context>
  <context>
    <name>EventsModel</name>
    <message>
      <source>Case</source>
      <translation>Иш</translation>
    </message>
    <message>
      <source>Child-friendly measures</source>
      <translation>Балага ыңгайлуу чаралар</translation>
    </message>
  </context>
  <context>
    <name>GuardianDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>Байланыш:</translation>
    </message>
    <message>
      <source>Guardian or legal representative</source>
      <translation>Камкорчу же мыйзамдуу өкүл</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Аты-жөнү:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Эскертүүлөр:</translation>
    </message>
    <message>
      <source>Relation:</source>
      <translation>Тууганчылыгы:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Suspected of involvement in the trafficking (never contacted through the app's letters)</source>
      <translation>Адамдарды сатууга катышы бар деп шектелет (программанын каттары ага эч качан жөнөтүлбөйт)</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
  </context>
  <context>
    <name>GuardiansModel</name>
    <message>
      <source>Contact</source>
      <translation>Байланыш</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Тууганчылыгы</translation>
    </message>
    <message>
      <source>SUSPECTED</source>
      <translation>ШЕКТЕЛЕТ</translation>
    </message>
    <message>
      <source>Suspected of involvement</source>
      <translation>Катышы бар деп шектелет</translation>
    </message>
    <message>
      <source>Suspected of involvement: never contacted through the app's letters.</source>
      <translation>Катышы бар деп шектелет: программанын каттары ага жөнөтүлбөйт.</translation>
    </message>
  </context>
  <context>
    <name>MeasuresDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Child-friendly measures</source>
      <translation>Балага ыңгайлуу чаралар</translation>
    </message>
    <message>
      <source>Event:</source>
      <translation>Окуя:</translation>
    </message>
    <message>
      <source>Measures taken:</source>
      <translation>Көрүлгөн чаралар:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
    <message>
      <source>Risk: {level}</source>
      <translation>Коркунуч: {level}</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>Assessed {date}</source>
      <translation>{date} бааланган</translation>
    </message>
    <message>
      <source>High risk: assess again</source>
      <translation>Жогорку коркунуч: кайра баалоо</translation>
    </message>
    <message>
      <source>Safety plan review</source>
      <translation>Коопсуздук планын кайра кароо</translation>
    </message>
  </context>
  <context>
    <name>DuePage</name>
    <message>
      <source>Plan reviews, court hearings, high risk and safety-plan reviews coming up. Click a line to open the record.</source>
      <translation>Жакынкы пландарды кайра кароолор, сот отурумдары, жогорку коркунуч жана коопсуздук пландарын кайра кароолор. Ишти ачуу үчүн сапты басыңыз.</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>A child's plan: why there is no education goal</source>
      <translation>Баланын планы: эмне үчүн билим берүү максаты жок</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Best-interests assessment recorded</source>
      <translation>Баланын эң жакшы кызыкчылыктарын баалоо жазылды</translation>
    </message>
    <message>
      <source>Child's consent recorded</source>
      <translation>Бала боюнча макулдук жазылды</translation>
    </message>
    <message>
      <source>Child-friendly measures recorded</source>
      <translation>Балага ыңгайлуу чаралар жазылды</translation>
    </message>
    <message>
      <source>Guardian added</source>
      <translation>Камкорчу кошулду</translation>
    </message>
    <message>
      <source>Guardian changed</source>
      <translation>Камкорчу тууралуу маалымат өзгөрдү</translation>
    </message>
    <message>
      <source>Identification decision recorded</source>
      <translation>Идентификациялоо боюнча чечим жазылды</translation>
    </message>
    <message>
      <source>NRM screening corrected</source>
      <translation>Алгачкы баалоо оңдолду (УКБМ)</translation>
    </message>
    <message>
      <source>NRM screening recorded</source>
      <translation>Алгачкы баалоо жазылды (УКБМ)</translation>
    </message>
    <message>
      <source>NRM status changed</source>
      <translation>УКБМдеги статусу өзгөрдү</translation>
    </message>
    <message>
      <source>Referral letter for identification printed</source>
      <translation>Идентификациялоого жолдомо кат басылды</translation>
    </message>
    <message>
      <source>Referred for formal identification</source>
      <translation>Расмий идентификациялоого жөнөтүлдү</translation>
    </message>
    <message>
      <source>Risk assessed</source>
      <translation>Коркунуч бааланды</translation>
    </message>
    <message>
      <source>Safety plan printed</source>
      <translation>Коопсуздук планы басылды</translation>
    </message>
    <message>
      <source>Safety plan saved</source>
      <translation>Коопсуздук планы сакталды</translation>
    </message>
    <message>
      <source>Screening questionnaire printed</source>
      <translation>Алгачкы баалоо анкетасы басылды</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <source>screening, referring and assessing residents</source>
      <translation>кардарларды алгачкы баалоону, жөнөтүүнү жана коркунучту баалоону</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>NRM screening date</source>
      <translation>Алгачкы баалоо күнү (УКБМ)</translation>
    </message>
    <message>
      <source>NRM screening result</source>
      <translation>Алгачкы баалоонун натыйжасы (УКБМ)</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Saved to {path}.</source>
      <translation>Сакталды: {path}.</translation>
    </message>
    <message>
      <source>Warning: a PDF is not encrypted. Keep it safe and delete it once it is printed.</source>
      <translation>Эскертүү: PDF шифрленбейт. Аны коопсуз жерде сактап, басып чыгаргандан кийин өчүрүңүз.</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>child criteria</source>
      <translation>балдар үчүн критерийлер</translation>
    </message>
    <message>
      <source>consented alone (16+)</source>
      <translation>өзү макулдук берди (16+)</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>оңдолду</translation>
    </message>
    <message>
      <source>date</source>
      <translation>күнү</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>чечим</translation>
    </message>
    <message>
      <source>measures</source>
      <translation>чаралар</translation>
    </message>
    <message>
      <source>parts</source>
      <translation>бөлүктөр</translation>
    </message>
    <message>
      <source>result</source>
      <translation>натыйжа</translation>
    </message>
    <message>
      <source>risk level</source>
      <translation>коркунуч деңгээли</translation>
    </message>
    <message>
      <source>shared with consent</source>
      <translation>макулдук менен берилди</translation>
    </message>
    <message>
      <source>suggested level</source>
      <translation>сунушталган деңгээл</translation>
    </message>
    <message>
      <source>suspected of involvement</source>
      <translation>катышы бар деп шектелет</translation>
    </message>
  </context>
</TS>
