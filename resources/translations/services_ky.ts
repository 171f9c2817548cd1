<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>CaseDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Case reference</source>
      <translation>Кылмыш ишинин номери</translation>
    </message>
    <message>
      <source>Criminal Code article</source>
      <translation>КЖК беренеси</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Адвокат</translation>
    </message>
    <message>
      <source>Legal case</source>
      <translation>Соттук иш</translation>
    </message>
    <message>
      <source>New legal case</source>
      <translation>Жаңы соттук иш</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Жок</translation>
    </message>
    <message>
      <source>Police, prosecutor or court number</source>
      <translation>Милициядагы, прокуратурадагы же соттогу номери</translation>
    </message>
    <message>
      <source>Role of the resident</source>
      <translation>Процесстик статусу</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>State-guaranteed legal aid</source>
      <translation>Мамлекет тарабынан кепилденген юридикалык жардам</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ооба</translation>
    </message>
  </context>
  <context>
    <name>CasesModel</name>
    <message>
      <source>Article</source>
      <translation>Берене</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Иш</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Белгилер</translation>
    </message>
    <message>
      <source>Latest stage</source>
      <translation>Акыркы этап</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Адвокат</translation>
    </message>
    <message>
      <source>Next hearing</source>
      <translation>Кийинки сот отуруму</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Жок</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Статусу</translation>
    </message>
    <message>
      <source>State legal aid</source>
      <translation>Мамл. юр. жардам</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ооба</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Saved the summary of {case_number} to {path}.</source>
      <translation>{case_number} боюнча кыскача маалымат {path} файлына сакталды.</translation>
    </message>
    <message>
      <source>Warning: a PDF is not encrypted. Keep it safe and delete it when it is no longer needed.</source>
      <translation>Эскертүү: PDF файлы шифрленген эмес. Аны коопсуз жерде сактап, керек болбой калганда өчүрүңүз.</translation>
    </message>
    <message>
      <source>{n} flagged case events.</source>
      <translation>Белгиленген окуялар: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Codes</name>
    <message>
      <source>Declined</source>
      <translation>Кызмат көрсөтүүдөн баш тартылды</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Кызмат алынды</translation>
    </message>
    <message>
      <source>Referred</source>
      <translation>Жөнөтүлдү</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A non-custodial sentence (a fine or a suspended sentence) is recorded with 0 months.</source>
      <translation>Эркиндигинен ажыратууга байланышпаган жаза (айып пул же шарттуу жаза) 0 ай деп жазылат.</translation>
    </message>
    <message>
      <source>A sentence is recorded only with a conviction.</source>
      <translation>Жаза айыптоочу өкүм болгондо гана жазылат.</translation>
    </message>
    <message>
      <source>A service cannot be logged for a future date ({value}).</source>
      <translation>Кызматты келечектеги датага ({value}) жазууга болбойт.</translation>
    </message>
    <message>
      <source>An event cannot be recorded for a future date ({value}); put a coming hearing in “Next hearing”.</source>
      <translation>Окуяны келечектеги датага ({value}) жазууга болбойт; алдыдагы сот отурумун «Кийинки сот отуруму» талаасына жазыңыз.</translation>
    </message>
    <message>
      <source>Choose at least one resident for the group session.</source>
      <translation>Топтук сессия үчүн жок дегенде бир кардарды тандаңыз.</translation>
    </message>
    <message>
      <source>Enter the sentence in months, or mark it non-custodial.</source>
      <translation>Жазанын мөөнөтүн айлар менен жазыңыз же эркиндигинен ажыратууга байланышпаган деп белгилеңиз.</translation>
    </message>
    <message>
      <source>No consent to data processing is recorded for {case_numbers}: nothing was logged.</source>
      <translation>{case_numbers} үчүн маалыматтарды иштетүүгө макулдук жазылган эмес: эч нерсе сакталган жок.</translation>
    </message>
    <message>
      <source>No legal case with this id.</source>
      <translation>Мындай идентификатору бар соттук иш табылган жок.</translation>
    </message>
    <message>
      <source>No legal event with this id.</source>
      <translation>Мындай идентификатору бар окуя табылган жок.</translation>
    </message>
    <message>
      <source>No service with this id.</source>
      <translation>Мындай идентификатору бар кызмат табылган жок.</translation>
    </message>
    <message>
      <source>Only a referral to another organisation has a referral status.</source>
      <translation>Жолдомонун статусу башка уюмга жөнөтүлгөндө гана болот.</translation>
    </message>
    <message>
      <source>Only a requalification changes the article.</source>
      <translation>Берене кайра квалификациялоодо гана өзгөрөт.</translation>
    </message>
    <message>
      <source>Record the consent of {case_number} to data processing before logging a service.</source>
      <translation>Кызматты жазуудан мурун {case_number} маалыматтарды иштетүүгө берген макулдугун жазыңыз.</translation>
    </message>
    <message>
      <source>The case is already under this article.</source>
      <translation>Иш буга чейин эле ушул берене боюнча квалификацияланган.</translation>
    </message>
    <message>
      <source>The date is before the registration of {case_numbers}: nothing was logged.</source>
      <translation>Дата {case_numbers} каттоого алынган күндөн мурун: эч нерсе сакталган жок.</translation>
    </message>
    <message>
      <source>The non-punishment principle concerns a resident who is a suspect or defendant.</source>
      <translation>Жазаланбоо принциби шектүү же айыпталуучу болгон кардарга тиешелүү.</translation>
    </message>
    <message>
      <source>The record of {case_number} is anonymized: no services can be logged.</source>
      <translation>{case_number} жазуусу анонимдештирилген: ага кызмат жазууга болбойт.</translation>
    </message>
    <message>
      <source>The service date is before the registration date ({date}).</source>
      <translation>Кызматтын датасы каттоо датасынан ({date}) мурун.</translation>
    </message>
    <message>
      <source>This resident already has a case numbered {case_ref}.</source>
      <translation>Бул кардардын № {case_ref} иши буга чейин эле бар.</translation>
    </message>
    <message>
      <source>Unknown referral status “{value}”.</source>
      <translation>Жолдомонун белгисиз статусу «{value}».</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Event in case {case_ref}</source>
      <translation>{case_ref} иши боюнча окуя</translation>
    </message>
    <message>
      <source>New article (requalification)</source>
      <translation>Жаңы берене (кайра квалификациялоо)</translation>
    </message>
    <message>
      <source>Next hearing</source>
      <translation>Кийинки сот отуруму</translation>
    </message>
    <message>
      <source>Non-custodial (fine or suspended sentence)</source>
      <translation>Эркиндигинен ажыратпай (айып пул же шарттуу жаза)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Sentence (months)</source>
      <translation>Мөөнөтү (ай)</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Этап</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
    <message>
      <source>months</source>
      <translation>ай</translation>
    </message>
  </context>
  <context>
    <name>EventsModel</name>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>New article</source>
      <translation>Жаңы берене</translation>
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
      <source>Sentence</source>
      <translation>Жаза</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Этап</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} ай</translation>
    </message>
  </context>
  <context>
    <name>GroupSessionDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Find a resident by name or case number</source>
      <translation>Кардарды аты же иш номери боюнча табуу</translation>
    </message>
    <message>
      <source>Group session</source>
      <translation>Топтук сессия</translation>
    </message>
    <message>
      <source>Log for the ticked residents</source>
      <translation>Белгиленген кардарларга жазуу</translation>
    </message>
    <message>
      <source>Residents in the group</source>
      <translation>Топтогу кардарлар</translation>
    </message>
    <message>
      <source>Tick all listed</source>
      <translation>Тизмедегилердин баарын белгилөө</translation>
    </message>
    <message>
      <source>Untick all</source>
      <translation>Бардык белгилерди алып салуу</translation>
    </message>
    <message numerus="yes">
      <source>%n residents ticked</source>
      <translation>
        <numerusform>%n кардар белгиленди</numerusform>
        <numerusform>%n кардар белгиленди</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Legal</name>
    <message>
      <source>Case {case_ref}: reconciliation on {date}. A trafficking case must not end in reconciliation; the director should review it.</source>
      <translation>{case_ref} иши: {date} тараптар элдешти. Адамдарды сатуу боюнча иш элдешүү менен бүтпөшү керек; директор аны карап чыгышы керек.</translation>
    </message>
    <message>
      <source>Case {case_ref}: requalified from {from_article} to {to_article} on {date}. The director should review it.</source>
      <translation>{case_ref} иши {date} кайра квалификацияланды: «{from_article}» ордуна «{to_article}». Директор аны карап чыгышы керек.</translation>
    </message>
    <message>
      <source>Non-punishment principle (Law of the Kyrgyz Republic No. 55 of 17 March 2005 “On preventing and combating trafficking in persons”, art. 12; note to art. 166 of the Criminal Code): a victim of trafficking is not liable for offences they were forced to commit as a direct result of being trafficked. Under the Criminal Code the exemption from criminal liability covers only minor and less grave crimes committed as a result of being drawn into trafficking. Raise it with the investigator, the prosecutor and the court.</source>
      <translation>Жазаланбоо принциби («Адамдарды сатуунун алдын алуу жана ага каршы күрөшүү жөнүндө» Кыргыз Республикасынын 2005-жылдын 17-мартындагы № 55 Мыйзамы, 12-берене; Кылмыш-жаза кодексинин 166-беренесине эскертүү): адамдарды сатуунун курмандыгы адамдарды сатуунун түздөн-түз натыйжасында мажбурланып жасаган укук бузуулары үчүн жоопкерчилик тартпайт. Кылмыш-жаза кодекси боюнча адамдарды сатууга тартылуунун натыйжасында жасалган оор эмес жана анча оор эмес кылмыштар үчүн гана кылмыш-жаза жоопкерчилигинен бошотулат. Бул тууралуу тергөөчүгө, прокурорго жана сотко билдириңиз.</translation>
    </message>
  </context>
  <context>
    <name>LegalServicesModel</name>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Мүн.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Аткаруучу</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Кызмат</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Кызматкер</translation>
    </message>
  </context>
  <context>
    <name>LegalTab</name>
    <message>
      <source>Add event…</source>
      <translation>Окуя кошуу…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Delete case</source>
      <translation>Ишти өчүрүү</translation>
    </message>
    <message>
      <source>Delete case {case_ref} and its {n} events? The deletion is written to the audit log.</source>
      <translation>{case_ref} ишин жана анын окуяларын ({n}) өчүрөсүзбү? Өчүрүү аудит журналына жазылат.</translation>
    </message>
    <message>
      <source>Delete event</source>
      <translation>Окуяны өчүрүү</translation>
    </message>
    <message>
      <source>Delete the event “{stage}” of {date}?</source>
      <translation>{date} күнкү «{stage}» окуясын өчүрөсүзбү?</translation>
    </message>
    <message>
      <source>Edit case…</source>
      <translation>Ишти өзгөртүү…</translation>
    </message>
    <message>
      <source>Edit event…</source>
      <translation>Окуяны өзгөртүү…</translation>
    </message>
    <message>
      <source>For the director's attention:</source>
      <translation>Директордун көңүл буруусун талап кылат:</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Калтыруу</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Соттук иштер</translation>
    </message>
    <message>
      <source>Legal cases</source>
      <translation>Соттук иштер</translation>
    </message>
    <message>
      <source>Legal-aid services</source>
      <translation>Юридикалык кызматтар</translation>
    </message>
    <message>
      <source>Log a legal consultation…</source>
      <translation>Юридикалык консультацияны жазуу…</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Жаңы иш…</translation>
    </message>
    <message>
      <source>The principle was raised in these proceedings</source>
      <translation>Бул өндүрүштө жазаланбоо принциби боюнча өтүнүч берилди</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Иштин жүрүшү</translation>
    </message>
    <message>
      <source>Timeline of case {case_ref}</source>
      <translation>{case_ref} ишинин жүрүшү</translation>
    </message>
  </context>
  <context>
    <name>ServiceDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Edit service</source>
      <translation>Кызматты өзгөртүү</translation>
    </message>
    <message>
      <source>Log a service</source>
      <translation>Кызматты жазуу</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
  </context>
  <context>
    <name>ServiceFields</name>
    <message>
      <source>Choose a service…</source>
      <translation>Кызматты тандаңыз…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Duration (min)</source>
      <translation>Узактыгы (мүн)</translation>
    </message>
    <message>
      <source>In-house, or type the name of the organisation the resident is referred to</source>
      <translation>Жайдын күчү менен — же кардар жөнөтүлгөн уюмдун аталышын жазыңыз</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Аткаруучу</translation>
    </message>
    <message>
      <source>Referral status</source>
      <translation>Жолдомонун статусу</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Кызмат</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
    <message>
      <source>minutes</source>
      <translation>мүнөт</translation>
    </message>
  </context>
  <context>
    <name>Services</name>
    <message>
      <source>In-house</source>
      <translation>Жайдын күчү менен</translation>
    </message>
  </context>
  <context>
    <name>ServicesModel</name>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Мүн.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Аткаруучу</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Жолдомо</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Кызмат</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Кызматкер</translation>
    </message>
  </context>
  <context>
    <name>ServicesTab</name>
    <message>
      <source>A PDF file is not encrypted: anyone who opens the folder can read it. Save it only where it is safe, and delete it when it is no longer needed.</source>
      <translation>PDF файлы шифрленген эмес: папканы ачкан ар ким аны окуй алат. Аны коопсуз жерге гана сактап, керек болбой калганда өчүрүңүз.</translation>
    </message>
    <message>
      <source>All services</source>
      <translation>Бардык кызматтар</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Delete the service “{service}” of {date}? The deletion is written to the audit log.</source>
      <translation>{date} күнкү «{service}» кызматын өчүрөсүзбү? Өчүрүү аудит журналына жазылат.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Өзгөртүү…</translation>
    </message>
    <message>
      <source>Group session…</source>
      <translation>Топтук сессия…</translation>
    </message>
    <message>
      <source>In-house</source>
      <translation>Жайдын күчү менен</translation>
    </message>
    <message>
      <source>In-house and referrals</source>
      <translation>Жайдын кызматтары жана жолдомолор</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Калтыруу</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Жазуу</translation>
    </message>
    <message>
      <source>Log a service</source>
      <translation>Кызматты жазуу</translation>
    </message>
    <message>
      <source>Logged: {service}, {date}.</source>
      <translation>Жазылды: {service}, {date}.</translation>
    </message>
    <message>
      <source>No consent to data processing is recorded for this resident: record it in the resident's details before logging a service.</source>
      <translation>Бул кардар үчүн маалыматтарды иштетүүгө макулдук жазылган эмес: кызмат жазуудан мурун аны кардардын маалыматтарына киргизиңиз.</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
      <source>Print services and legal cases</source>
      <translation>Кызматтарды жана соттук иштерди басып чыгаруу</translation>
    </message>
    <message>
      <source>Print summary…</source>
      <translation>Кыскача маалыматты басып чыгаруу…</translation>
    </message>
    <message>
      <source>Referral declined</source>
      <translation>Белгилөө: кызматтан баш тартылды</translation>
    </message>
    <message>
      <source>Referral received</source>
      <translation>Белгилөө: кызмат алынды</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Жолдомолор</translation>
    </message>
    <message>
      <source>Referrals awaiting follow-up</source>
      <translation>Жообу күтүлгөн жолдомолор</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>PDF сактоо</translation>
    </message>
    <message>
      <source>Save summary as PDF</source>
      <translation>Кыскача маалыматты PDF катары сактоо</translation>
    </message>
    <message>
      <source>Save summary as PDF…</source>
      <translation>Кыскача маалыматты PDF катары сактоо…</translation>
    </message>
    <message>
      <source>Search notes and organisations</source>
      <translation>Эскертүүлөрдөн жана уюмдардан издөө</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Кызматтар</translation>
    </message>
    <message>
      <source>services-and-legal-{case_number}.pdf</source>
      <translation>kyzmattar-jana-ishter-{case_number}.pdf</translation>
    </message>
    <message>
      <source>{n} services</source>
      <translation>Кызматтар: {n}</translation>
    </message>
  </context>
  <context>
    <name>SummaryPdf</name>
    <message>
      <source>Case number</source>
      <translation>Иштин номери</translation>
    </message>
    <message>
      <source>Case {case_ref}</source>
      <translation>{case_ref} иши</translation>
    </message>
    <message>
      <source>Consent to data processing</source>
      <translation>Маалыматтарды иштетүүгө макулдук</translation>
    </message>
    <message>
      <source>Criminal Code article</source>
      <translation>КЖК беренеси</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Адвокат</translation>
    </message>
    <message>
      <source>Legal cases ({n})</source>
      <translation>Соттук иштер ({n})</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Мүн.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Next hearing</source>
      <translation>Кийинки сот отуруму</translation>
    </message>
    <message>
      <source>No events recorded.</source>
      <translation>Окуялар жазылган жок.</translation>
    </message>
    <message>
      <source>No legal cases recorded.</source>
      <translation>Соттук иштер жазылган жок.</translation>
    </message>
    <message>
      <source>No services logged.</source>
      <translation>Кызматтар жазылган жок.</translation>
    </message>
    <message>
      <source>Non-punishment principle raised</source>
      <translation>Жазаланбоо принциби боюнча өтүнүч берилди</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>{pages} барактын {page}-барагы</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Басылып чыккан күнү: {date}</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Аткаруучу</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Катталган күнү</translation>
    </message>
    <message>
      <source>Role of the resident</source>
      <translation>Процесстик статусу</translation>
    </message>
    <message>
      <source>Sentence</source>
      <translation>Жаза</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Кызмат</translation>
    </message>
    <message>
      <source>Services ({n})</source>
      <translation>Кызматтар ({n})</translation>
    </message>
    <message>
      <source>Services and legal cases</source>
      <translation>Кызматтар жана соттук иштер</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Кызматкер</translation>
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
      <source>no</source>
      <translation>жок</translation>
    </message>
    <message>
      <source>non-custodial</source>
      <translation>эркиндигинен ажыратпай</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>жазылган эмес</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ооба</translation>
    </message>
    <message>
      <source>{article} (opened under {first})</source>
      <translation>{article} («{first}» боюнча козголгон)</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} ай</translation>
    </message>
  </context>
</TS>
