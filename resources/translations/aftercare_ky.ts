<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>AuditActions</name>
    <message>
      <source>Case closed after follow-up</source>
      <translation>Иш кийинки байланыштан кийин жабылды</translation>
    </message>
    <message>
      <source>Case received from another shelter</source>
      <translation>Иш башка баш калкалоочу жайдан кабыл алынды</translation>
    </message>
    <message>
      <source>Case transferred to another shelter</source>
      <translation>Иш башка баш калкалоочу жайга өткөрүлдү</translation>
    </message>
    <message>
      <source>Compensation claim changed</source>
      <translation>Компенсация боюнча доо өзгөртүлдү</translation>
    </message>
    <message>
      <source>Compensation claim deleted</source>
      <translation>Компенсация боюнча доо өчүрүлдү</translation>
    </message>
    <message>
      <source>Compensation claim recorded</source>
      <translation>Компенсация боюнча доо жазылды</translation>
    </message>
    <message>
      <source>Compensation payment deleted</source>
      <translation>Компенсация төлөмү өчүрүлдү</translation>
    </message>
    <message>
      <source>Compensation payment recorded</source>
      <translation>Компенсация төлөмү жазылды</translation>
    </message>
    <message>
      <source>Follow-up contact changed</source>
      <translation>Кийинки байланыш өзгөртүлдү</translation>
    </message>
    <message>
      <source>Follow-up contact deleted</source>
      <translation>Кийинки байланыш өчүрүлдү</translation>
    </message>
    <message>
      <source>Follow-up contact recorded</source>
      <translation>Кийинки байланыш жазылды</translation>
    </message>
    <message>
      <source>Follow-up contacts planned</source>
      <translation>Кийинки байланыштар пландалды</translation>
    </message>
    <message>
      <source>Non-punishment outcome deleted</source>
      <translation>Жазаланбоо принциби боюнча жыйынтык өчүрүлдү</translation>
    </message>
    <message>
      <source>Non-punishment outcome recorded</source>
      <translation>Жазаланбоо принциби боюнча жыйынтык жазылды</translation>
    </message>
    <message>
      <source>Offence recorded for non-punishment</source>
      <translation>Айыпталган укук бузуу жазылды</translation>
    </message>
    <message>
      <source>Organisation added to the directory</source>
      <translation>Уюм маалымдамага кошулду</translation>
    </message>
    <message>
      <source>Organisation card added</source>
      <translation>Уюмдун карточкасы кошулду</translation>
    </message>
    <message>
      <source>Organisation card exported</source>
      <translation>Уюмдун карточкасы сакталды</translation>
    </message>
    <message>
      <source>Organisation in the directory changed</source>
      <translation>Маалымдамадагы уюм өзгөртүлдү</translation>
    </message>
    <message>
      <source>Referral changed</source>
      <translation>Жолдомо өзгөртүлдү</translation>
    </message>
    <message>
      <source>Referral deleted</source>
      <translation>Жолдомо өчүрүлдү</translation>
    </message>
    <message>
      <source>Referral letter printed</source>
      <translation>Жолдомо кат басылды</translation>
    </message>
    <message>
      <source>Referral made</source>
      <translation>Жолдомо берилди</translation>
    </message>
    <message>
      <source>Referral outcome recorded</source>
      <translation>Жолдомонун жыйынтыгы жазылды</translation>
    </message>
  </context>
  <context>
    <name>ClaimDialog</name>
    <message>
      <source>A separate civil case</source>
      <translation>Өзүнчө жарандык иш</translation>
    </message>
    <message>
      <source>Amount awarded, som</source>
      <translation>Өндүрүлгөн сумма, сом</translation>
    </message>
    <message>
      <source>Amount claimed, som</source>
      <translation>Доонун суммасы, сом</translation>
    </message>
    <message>
      <source>Awarded on</source>
      <translation>Өндүрүлгөн күнү</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Civil case number</source>
      <translation>Жарандык иштин номери</translation>
    </message>
    <message>
      <source>Claimed from</source>
      <translation>Жоопкер</translation>
    </message>
    <message>
      <source>Claimed on</source>
      <translation>Доо берилген күнү</translation>
    </message>
    <message>
      <source>Compensation claim</source>
      <translation>Компенсация боюнча доо</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>Аяктаган күнү</translation>
    </message>
    <message>
      <source>Ended without payment</source>
      <translation>Төлөмсүз аяктады</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
  </context>
  <context>
    <name>ClaimsModel</name>
    <message>
      <source>Awarded on</source>
      <translation>Өндүрүлгөн күнү</translation>
    </message>
    <message>
      <source>Awarded, som</source>
      <translation>Өндүрүлдү, сом</translation>
    </message>
    <message>
      <source>Claimed on</source>
      <translation>Доо берилген күнү</translation>
    </message>
    <message>
      <source>Claimed, som</source>
      <translation>Доо, сом</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Кимден</translation>
    </message>
    <message>
      <source>Paid, som</source>
      <translation>Төлөндү, сом</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Added the card of {name} ({code}), fingerprint {fingerprint}.</source>
      <translation>{name} ({code}) карточкасы кошулду, манжа изи {fingerprint}.</translation>
    </message>
    <message>
      <source>Dry run: nothing was written.</source>
      <translation>Сынамык иштетүү: эч нерсе жазылган жок.</translation>
    </message>
    <message>
      <source>Fingerprint: {fingerprint}</source>
      <translation>Манжа изи: {fingerprint}</translation>
    </message>
    <message>
      <source>From {sender} ({code}), their case {case_number}: {name}.</source>
      <translation>{sender} ({code}) уюмунан, алардын иши {case_number}: {name}.</translation>
    </message>
    <message>
      <source>Imported as {case_number}.</source>
      <translation>{case_number} катары кабыл алынды.</translation>
    </message>
    <message>
      <source>Includes: {parts}; services {services}, legal cases {cases}.</source>
      <translation>Камтылган: {parts}; кызматтар {services}, юридикалык иштер {cases}.</translation>
    </message>
    <message>
      <source>Possibly already here as: {cases}.</source>
      <translation>Балким, базада мурунтан эле бар: {cases}.</translation>
    </message>
    <message>
      <source>Saved the organisation card of {code} to {path}.</source>
      <translation>{code} уюмунун карточкасы {path} файлына сакталды.</translation>
    </message>
    <message>
      <source>Saved the referral letter to {path}.</source>
      <translation>Жолдомо кат {path} файлына сакталды.</translation>
    </message>
    <message>
      <source>Warning: a PDF is not encrypted. Keep it safe and delete it once the letter is sent.</source>
      <translation>Эскертүү: PDF шифрленген эмес. Аны коопсуз сактап, кат жөнөтүлгөндөн кийин өчүрүңүз.</translation>
    </message>
    <message>
      <source>Wrote the transfer {transfer_id} for {name} to {path} (SHA-256 {sha256}).</source>
      <translation>{name} үчүн {transfer_id} өткөрүү файлы {path} жазылды (SHA-256 {sha256}).</translation>
    </message>
  </context>
  <context>
    <name>CompensationTab</name>
    <message>
      <source>Compensation</source>
      <translation>Компенсация</translation>
    </message>
    <message>
      <source>Compensation claims</source>
      <translation>Компенсация боюнча доолор</translation>
    </message>
    <message>
      <source>Edit claim…</source>
      <translation>Доону өзгөртүү…</translation>
    </message>
    <message>
      <source>Legal case</source>
      <translation>Юридикалык иш</translation>
    </message>
    <message>
      <source>New claim…</source>
      <translation>Жаңы доо…</translation>
    </message>
    <message>
      <source>No legal case yet: add one on the Legal tab.</source>
      <translation>Азырынча юридикалык иш жок: «Юридикалык иштер» өтмөгүндө кошуңуз.</translation>
    </message>
    <message>
      <source>No outcome recorded yet.</source>
      <translation>Жыйынтык азырынча жазылган жок.</translation>
    </message>
    <message>
      <source>Non-punishment principle</source>
      <translation>Жазаланбоо принциби</translation>
    </message>
    <message>
      <source>Offence the resident is accused of</source>
      <translation>Тургунга айыпталган укук бузуу</translation>
    </message>
    <message>
      <source>Payment received…</source>
      <translation>Төлөм алынды…</translation>
    </message>
    <message>
      <source>Record an outcome…</source>
      <translation>Жыйынтыкты жазуу…</translation>
    </message>
    <message>
      <source>Your role does not show legal cases.</source>
      <translation>Сиздин ролуңуз юридикалык иштерди көрсөтпөйт.</translation>
    </message>
    <message>
      <source>{date}: {outcome}</source>
      <translation>{date}: {outcome}</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>Award unpaid after 90 days</source>
      <translation>Өндүрүлгөн, 90 күн төлөнгөн жок</translation>
    </message>
    <message>
      <source>Case {reference} som paid</source>
      <translation>Иш {reference} сом төлөндү</translation>
    </message>
    <message>
      <source>Follow-up contact</source>
      <translation>Кийинки байланыш</translation>
    </message>
    <message>
      <source>Referral follow-up</source>
      <translation>Жолдомону текшерүү</translation>
    </message>
  </context>
  <context>
    <name>DuePage</name>
    <message>
      <source>Plan reviews, court hearings, follow-up contacts and referrals coming up. Click a line to open the record.</source>
      <translation>Жакынкы пландарды кайра кароолор, сот отурумдары, кийинки байланыштар жана жолдомолор. Картаны ачуу үчүн сапты басыңыз.</translation>
    </message>
    <message>
      <source>Plan reviews, court hearings, high risk and safety-plan reviews, follow-up contacts and referrals coming up. Click a line to open the record.</source>
      <translation>Жакынкы пландарды кайра кароолор, сот отурумдары, жогорку тобокелдик жана коопсуздук пландарын кайра кароолор, кийинки байланыштар жана жолдомолор. Картаны ачуу үчүн сапты басыңыз.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A contact that was made stays on record; correct it instead.</source>
      <translation>Өткөрүлгөн байланыш жазууда калат; аны оңдоңуз.</translation>
    </message>
    <message>
      <source>Cannot include {parts}: this app moves {known}.</source>
      <translation>{parts} кошууга болбойт: колдонмо {known} өткөрөт.</translation>
    </message>
    <message>
      <source>Cannot read the file {path}.</source>
      <translation>{path} файлын окуу мүмкүн эмес.</translation>
    </message>
    <message>
      <source>Choose an organisation whose card is in the directory, with its fingerprint checked.</source>
      <translation>Карточкасы маалымдамада бар жана манжа изи текшерилген уюмду тандаңыз.</translation>
    </message>
    <message>
      <source>Choose the organisation from the directory.</source>
      <translation>Уюмду маалымдамадан тандаңыз.</translation>
    </message>
    <message>
      <source>Give the amount awarded.</source>
      <translation>Өндүрүлгөн сумманы көрсөтүңүз.</translation>
    </message>
    <message>
      <source>Give the date of the award.</source>
      <translation>Өндүрүлгөн күндү көрсөтүңүз.</translation>
    </message>
    <message>
      <source>Give the date the claim was rejected or withdrawn.</source>
      <translation>Доодон баш тартылган же доо кайтарылып алынган күндү көрсөтүңүз.</translation>
    </message>
    <message>
      <source>Give the number of the separate civil case.</source>
      <translation>Өзүнчө жарандык иштин номерин көрсөтүңүз.</translation>
    </message>
    <message>
      <source>Give the reason the referral was rejected.</source>
      <translation>Жолдомодон баш тартуунун себебин көрсөтүңүз.</translation>
    </message>
    <message>
      <source>Name the body that decided (investigator, prosecutor or court).</source>
      <translation>Чечим кабыл алган органды көрсөтүңүз (тергөөчү, прокурор же сот).</translation>
    </message>
    <message>
      <source>No compensation claim with this id.</source>
      <translation>Мындай номердеги компенсация доосу жок.</translation>
    </message>
    <message>
      <source>No file at {path}.</source>
      <translation>{path} файлы жок.</translation>
    </message>
    <message>
      <source>No follow-up contact with this id.</source>
      <translation>Мындай номердеги кийинки байланыш жок.</translation>
    </message>
    <message>
      <source>No organisation with the code {code} in the directory: add its card first.</source>
      <translation>Маалымдамада {code} коду менен уюм жок: адегенде анын карточкасын кошуңуз.</translation>
    </message>
    <message>
      <source>No payment with this id.</source>
      <translation>Мындай номердеги төлөм жок.</translation>
    </message>
    <message>
      <source>No referral with this id.</source>
      <translation>Мындай номердеги жолдомо жок.</translation>
    </message>
    <message>
      <source>No such organisation in the directory.</source>
      <translation>Маалымдамада мындай уюм жок.</translation>
    </message>
    <message>
      <source>No such outcome.</source>
      <translation>Мындай жыйынтык жок.</translation>
    </message>
    <message>
      <source>Only a case in follow-up is closed here.</source>
      <translation>Бул жерде кийинки байланыштагы иш гана жабылат.</translation>
    </message>
    <message>
      <source>Only “Rejected” or “Withdrawn” is set by hand; the other statuses follow from the amounts.</source>
      <translation>Колго «Четке кагылды» же «Кайтарылып алынды» гана коюлат; калган абалдар суммалардан чыгат.</translation>
    </message>
    <message>
      <source>Payments were recorded on this claim: it cannot lose its award.</source>
      <translation>Бул доо боюнча төлөмдөр жазылган: өндүрүүнү алып салууга болбойт.</translation>
    </message>
    <message>
      <source>Plan at least one contact.</source>
      <translation>Жок дегенде бир байланышты пландаңыз.</translation>
    </message>
    <message>
      <source>Re-trafficking indicators were seen: the result is “Re-trafficking indicated”.</source>
      <translation>Кайра сатуунун белгилери байкалды: жыйынтыгы — «Кайра сатуунун белгилери».</translation>
    </message>
    <message>
      <source>Read the fingerprint aloud with the other organisation by phone and tick that you did before adding the card.</source>
      <translation>Карточканы кошуудан мурун манжа изин башка уюм менен телефон аркылуу үн чыгарып салыштырып, муну белгилеңиз.</translation>
    </message>
    <message>
      <source>Record the award before a payment.</source>
      <translation>Төлөмдөн мурун өндүрүүнү жазыңыз.</translation>
    </message>
    <message>
      <source>Record the date the resident agreed to share these details.</source>
      <translation>Тургун бул маалыматтарды берүүгө макулдук берген күндү көрсөтүңүз.</translation>
    </message>
    <message>
      <source>Some planned contacts have not been made yet: record them or remove them first.</source>
      <translation>Пландалган айрым байланыштар азырынча өткөрүлгөн жок: адегенде аларды жазыңыз же өчүрүңүз.</translation>
    </message>
    <message>
      <source>The award is dated before the claim.</source>
      <translation>Өндүрүү күнү доо күнүнөн эрте.</translation>
    </message>
    <message>
      <source>The card's fingerprint does not match its keys: it was altered or damaged.</source>
      <translation>Карточканын манжа изи анын ачкычтарына дал келбейт: ал өзгөртүлгөн же бузулган.</translation>
    </message>
    <message>
      <source>The consent must be given on or before the referral.</source>
      <translation>Макулдук жолдомодон кеч эмес берилиши керек.</translation>
    </message>
    <message>
      <source>The date {value} is out of range.</source>
      <translation>{value} күнү уруксат берилген чектен тышкары.</translation>
    </message>
    <message>
      <source>The directory already holds another card for {code} (fingerprint {fingerprint}). Check with that organisation before replacing it.</source>
      <translation>Маалымдамада {code} үчүн башка карточка бар (манжа изи {fingerprint}). Алмаштыруудан мурун ал уюм менен тактаңыз.</translation>
    </message>
    <message>
      <source>The follow-up date is before the referral.</source>
      <translation>Текшерүү күнү жолдомо күнүнөн эрте.</translation>
    </message>
    <message>
      <source>The outcome is dated before the referral.</source>
      <translation>Жыйынтыктын күнү жолдомо күнүнөн эрте.</translation>
    </message>
    <message>
      <source>The payment is dated before the award.</source>
      <translation>Төлөм күнү өндүрүү күнүнөн эрте.</translation>
    </message>
    <message>
      <source>The person was not reached: the result is “Not reached”.</source>
      <translation>Адам менен байланышуу мүмкүн болгон жок: жыйынтыгы — «Байланыш болгон жок».</translation>
    </message>
    <message>
      <source>The person was reached: choose how they are.</source>
      <translation>Адам менен байланыш болду: анын абалын тандаңыз.</translation>
    </message>
    <message>
      <source>The resident did not agree to share this; tick it first or leave it empty.</source>
      <translation>Тургун муну берүүгө макулдук берген эмес; адегенде белгилеңиз же бош калтырыңыз.</translation>
    </message>
    <message>
      <source>The sender {code} is not in the directory with this card (fingerprint {fingerprint}). Add their organisation card first, after checking the fingerprint with them by phone.</source>
      <translation>Жөнөтүүчү {code} бул карточка менен маалымдамада жок (манжа изи {fingerprint}). Адегенде манжа изин алар менен телефон аркылуу салыштырып, алардын уюмунун карточкасын кошуңуз.</translation>
    </message>
    <message>
      <source>The situation is recorded only when the person was reached.</source>
      <translation>Абал адам менен байланыш болгондо гана жазылат.</translation>
    </message>
    <message>
      <source>The transfer file holds a value this app does not know ({field}: {value}).</source>
      <translation>Өткөрүү файлында колдонмого белгисиз маани бар ({field}: {value}).</translation>
    </message>
    <message>
      <source>The transfer file is damaged: its header cannot be read.</source>
      <translation>Өткөрүү файлы бузулган: анын башы окулбайт.</translation>
    </message>
    <message>
      <source>The transfer file was changed or damaged after it was signed: refused.</source>
      <translation>Өткөрүү файлы кол коюлгандан кийин өзгөртүлгөн же бузулган: четке кагылды.</translation>
    </message>
    <message>
      <source>This claim was rejected or withdrawn.</source>
      <translation>Бул доо четке кагылган же кайтарылып алынган.</translation>
    </message>
    <message>
      <source>This is not a case transfer file of a format this app knows.</source>
      <translation>Бул колдонмо билген форматтагы ишти өткөрүү файлы эмес.</translation>
    </message>
    <message>
      <source>This is not an organisation card of this app.</source>
      <translation>Бул колдонмонун уюм карточкасы эмес.</translation>
    </message>
    <message>
      <source>This is this organisation's own card.</source>
      <translation>Бул ушул уюмдун өз карточкасы.</translation>
    </message>
    <message>
      <source>This transfer ({transfer_id}) was already imported.</source>
      <translation>Бул өткөрүү ({transfer_id}) мурунтан эле кабыл алынган.</translation>
    </message>
    <message>
      <source>This transfer is for another organisation (fingerprint {fingerprint}), not this one.</source>
      <translation>Бул өткөрүү башка уюмга арналган (манжа изи {fingerprint}), бул уюмга эмес.</translation>
    </message>
    <message>
      <source>Tick re-trafficking indicators to name them.</source>
      <translation>Кайра сатуунун белгилерин атоо үчүн аларды белгилеңиз.</translation>
    </message>
    <message>
      <source>Tick the re-trafficking indicators that were seen.</source>
      <translation>Байкалган кайра сатуунун белгилерин белгилеңиз.</translation>
    </message>
    <message>
      <source>Unknown language {value}.</source>
      <translation>Белгисиз тил {value}.</translation>
    </message>
    <message>
      <source>No such organisation.</source>
      <translation>Мындай уюм жок.</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <source>A follow-up contact</source>
      <translation>Кийинки байланыш</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Аракеттер</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Follow-up contact planned for {date}</source>
      <translation>{date} күнүнө пландалган кийинки байланыш</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>Ден соолук</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Турак жай</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Кантип</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>Өткөрүлгөн күнү</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Жок</translation>
    </message>
    <message>
      <source>Re-trafficking indicators seen</source>
      <translation>Кайра сатуунун белгилери байкалды</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Байланышка чыкты</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Жыйынтык</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>Коопсуздук</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>Which indicators</source>
      <translation>Кайсы белгилер</translation>
    </message>
    <message>
      <source>Work or income</source>
      <translation>Жумуш же киреше</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ооба</translation>
    </message>
  </context>
  <context>
    <name>FollowUpModel</name>
    <message>
      <source>Actions</source>
      <translation>Аракеттер</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Кантип</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>Өткөрүлгөн күнү</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Пландалган</translation>
    </message>
    <message>
      <source>Re-trafficking indicators</source>
      <translation>Кайра сатуунун белгилери</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Байланышка чыкты</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Жыйынтык</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ооба</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>азырынча жок</translation>
    </message>
  </context>
  <context>
    <name>FollowUpTab</name>
    <message>
      <source>Add a contact…</source>
      <translation>Байланыш кошуу…</translation>
    </message>
    <message>
      <source>Case status: {status}.</source>
      <translation>Иштин абалы: {status}.</translation>
    </message>
    <message>
      <source>Close the case</source>
      <translation>Ишти жабуу</translation>
    </message>
    <message>
      <source>Close this case? Follow-up is over and the case leaves the lists of open work.</source>
      <translation>Бул ишти жабасызбы? Кийинки байланыш бүттү, иш учурдагы иштердин тизмесинен чыгат.</translation>
    </message>
    <message>
      <source>Every planned contact was made: close the case when follow-up is over.</source>
      <translation>Пландалган бардык байланыштар өткөрүлдү: кийинки байланыш бүткөндө ишти жабыңыз.</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Кийинки байланыш</translation>
    </message>
    <message>
      <source>Follow-up after the shelter is kept by social workers and directors.</source>
      <translation>Баш калкалоочу жайдан кийинки байланышты социалдык кызматкерлер жана директорлор жүргүзөт.</translation>
    </message>
    <message>
      <source>Plan contacts after exit…</source>
      <translation>Чыккандан кийинки байланыштарды пландоо…</translation>
    </message>
    <message>
      <source>Record the contact…</source>
      <translation>Байланышты жазуу…</translation>
    </message>
    <message>
      <source>Remove planned contact</source>
      <translation>Пландалган байланышты өчүрүү</translation>
    </message>
    <message>
      <source>Remove the contact planned for {date}?</source>
      <translation>{date} күнүнө пландалган байланышты өчүрөсүзбү?</translation>
    </message>
    <message>
      <source>{n} planned contact(s) still to make.</source>
      <translation>Дагы өткөрүлө турган пландалган байланыштар: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Follow-up contacts</source>
      <translation>Кийинки байланыштар</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Жолдомолор</translation>
    </message>
    <message>
      <source>compensation claims</source>
      <translation>компенсация боюнча доолор</translation>
    </message>
    <message>
      <source>compensation payments</source>
      <translation>компенсация төлөмдөрү</translation>
    </message>
    <message>
      <source>follow-up contacts</source>
      <translation>кийинки байланыштар</translation>
    </message>
    <message>
      <source>non-punishment outcomes</source>
      <translation>жазаланбоо принциби боюнча жыйынтыктар</translation>
    </message>
    <message>
      <source>organisations added to the directory</source>
      <translation>маалымдамага кошулган уюмдар</translation>
    </message>
    <message>
      <source>referrals</source>
      <translation>жолдомолор</translation>
    </message>
  </context>
  <context>
    <name>NpOutcomeDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>Чечим кабыл алган</translation>
    </message>
    <message>
      <source>Investigator, prosecutor or court</source>
      <translation>Тергөөчү, прокурор же сот</translation>
    </message>
    <message>
      <source>Non-punishment outcome</source>
      <translation>Жазаланбоо принциби боюнча жыйынтык</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Жыйынтык</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аталышы</translation>
    </message>
    <message>
      <source>New organisation</source>
      <translation>Жаңы уюм</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Уюм</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Аймак</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Түрү</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsModel</name>
    <message>
      <source>(hidden)</source>
      <translation>(жашырылган)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аталышы</translation>
    </message>
    <message>
      <source>Organisation card</source>
      <translation>Уюмдун карточкасы</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Аймак</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>checked {date}</source>
      <translation>{date} текшерилген</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsPage</name>
    <message>
      <source>Add…</source>
      <translation>Кошуу…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Өзгөртүү…</translation>
    </message>
    <message>
      <source>Hide from the lists</source>
      <translation>Тизмелерден жашыруу</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>Уюмдар</translation>
    </message>
    <message>
      <source>Organisations residents are referred to, bodies that identify victims, and shelters that exchange cases with this one.</source>
      <translation>Тургундар жолдонгон уюмдар, курмандыктарды аныктаган органдар жана бул жай менен иштерди алмашкан баш калкалоочу жайлар.</translation>
    </message>
    <message>
      <source>Show again</source>
      <translation>Кайра көрсөтүү</translation>
    </message>
    <message>
      <source>Show hidden</source>
      <translation>Жашырылгандарды көрсөтүү</translation>
    </message>
    <message>
      <source>Add another organisation's card</source>
      <translation>Башка уюмдун карточкасын кошуу</translation>
    </message>
    <message>
      <source>Add another organisation's card…</source>
      <translation>Башка уюмдун карточкасын кошуу…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Card of {name} ({code}).

Fingerprint: {fingerprint}

Did you read this fingerprint aloud with them by phone, and does it match theirs?</source>
      <translation>{name} ({code}) карточкасы.

Манжа изи: {fingerprint}

Бул манжа изин алар менен телефон аркылуу үн чыгарып салыштырдыңызбы, ал алардыкына дал келеби?</translation>
    </message>
    <message>
      <source>Case transfers</source>
      <translation>Иштерди өткөрүү</translation>
    </message>
    <message>
      <source>From {sender} ({code}), their case {case_number}: {name}.
Includes: {parts}; services {services}, legal cases {cases}.</source>
      <translation>{sender} ({code}) уюмунан, алардын иши {case_number}: {name}.
Камтылган: {parts}; кызматтар {services}, юридикалык иштер {cases}.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Кабыл алуу</translation>
    </message>
    <message>
      <source>Import this case as a new resident?</source>
      <translation>Бул ишти жаңы тургун катары кабыл аласызбы?</translation>
    </message>
    <message>
      <source>Imported as {case_number}.</source>
      <translation>{case_number} катары кабыл алынды.</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Жок</translation>
    </message>
    <message>
      <source>Possibly already here as: {cases}.</source>
      <translation>Балким, базада мурунтан эле бар: {cases}.</translation>
    </message>
    <message>
      <source>Receive a case transfer</source>
      <translation>Өткөрүлгөн ишти кабыл алуу</translation>
    </message>
    <message>
      <source>Receive a case transfer…</source>
      <translation>Өткөрүлгөн ишти кабыл алуу…</translation>
    </message>
    <message>
      <source>Save our organisation card</source>
      <translation>Биздин уюмдун карточкасын сактоо</translation>
    </message>
    <message>
      <source>Save our organisation card…</source>
      <translation>Биздин уюмдун карточкасын сактоо…</translation>
    </message>
    <message>
      <source>Saved. Read this fingerprint aloud to the other organisation by phone: {fingerprint}</source>
      <translation>Сакталды. Бул манжа изин башка уюмга телефон аркылуу окуп бериңиз: {fingerprint}</translation>
    </message>
    <message>
      <source>Yes, we checked it</source>
      <translation>Ооба, салыштырдык</translation>
    </message>
  </context>
  <context>
    <name>OutcomeDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Жыйынтык</translation>
    </message>
    <message>
      <source>Outcome of the referral to {name}</source>
      <translation>{name} уюмуна жолдомонун жыйынтыгы</translation>
    </message>
    <message>
      <source>Reason (when rejected)</source>
      <translation>Себеби (баш тартылганда)</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
  </context>
  <context>
    <name>PaymentDialog</name>
    <message>
      <source>Amount, som</source>
      <translation>Сумма, сом</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Payment received</source>
      <translation>Төлөм алынды</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <source>compensation and non-punishment</source>
      <translation>компенсация жана жазаланбоо принциби</translation>
    </message>
    <message>
      <source>follow-up after the shelter</source>
      <translation>баш калкалоочу жайдан кийинки байланыш</translation>
    </message>
    <message>
      <source>keeping the organisations directory</source>
      <translation>уюмдар маалымдамасын жүргүзүү</translation>
    </message>
    <message>
      <source>moving a case to another shelter</source>
      <translation>ишти башка баш калкалоочу жайга өткөрүү</translation>
    </message>
    <message>
      <source>referrals to other organisations</source>
      <translation>башка уюмдарга жолдомолор</translation>
    </message>
  </context>
  <context>
    <name>PlanFollowUpDialog</name>
    <message>
      <source>After 1 month</source>
      <translation>1 айдан кийин</translation>
    </message>
    <message>
      <source>After 12 months</source>
      <translation>12 айдан кийин</translation>
    </message>
    <message>
      <source>After 3 months</source>
      <translation>3 айдан кийин</translation>
    </message>
    <message>
      <source>After 6 months</source>
      <translation>6 айдан кийин</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Plan follow-up contacts</source>
      <translation>Кийинки байланыштарды пландоо</translation>
    </message>
    <message>
      <source>Proposed from the exit on {date}; change or clear any date.</source>
      <translation>{date} чыккан күнүнөн сунушталды; каалаган күндү өзгөртүүгө же өчүрүүгө болот.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
  </context>
  <context>
    <name>ReferralDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Consent given on</source>
      <translation>Макулдук берилген күнү</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Байланыш</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Документтер</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Текшерүү күнү</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Муктаждыктар</translation>
    </message>
    <message>
      <source>New referral</source>
      <translation>Жаңы жолдомо</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Эскертүүлөр</translation>
    </message>
    <message>
      <source>Only the ticked details are printed in the letter. Ask the resident about each one.</source>
      <translation>Катка белгиленген маалыматтар гана кирет. Ар бири жөнүндө тургундан сураңыз.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Уюм</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Жолдомонун максаты</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Жолдомо</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>The resident agrees to share</source>
      <translation>Тургун берүүгө макул</translation>
    </message>
  </context>
  <context>
    <name>ReferralLetter</name>
    <message>
      <source>About the person</source>
      <translation>Адам жөнүндө</translation>
    </message>
    <message>
      <source>Confidential: the details above concern a person assisted as a presumed victim of trafficking. Do not pass them on without the person's consent.</source>
      <translation>Купуя: жогорудагы маалыматтар адамдарды сатуунун болжолдуу курмандыгы катары жардам алган адамга тиешелүү. Аларды адамдын макулдугусуз башкага бербеңиз.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Date of referral</source>
      <translation>Жолдомонун күнү</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Кимден</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Our reference</source>
      <translation>Биздин номер</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>{pages} барактын {page}-барагы</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Басылган күнү {date}</translation>
    </message>
    <message>
      <source>Reason for referral</source>
      <translation>Жолдомонун себеби</translation>
    </message>
    <message>
      <source>Referral letter</source>
      <translation>Жолдомо кат</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>Жолдогон</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Аймак</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Колу</translation>
    </message>
    <message>
      <source>The person agreed on {date} that we share the following with you, for this referral only:</source>
      <translation>{date} адам ушул жолдомо үчүн гана төмөнкү маалыматтарды сизге берүүгө макулдук берди:</translation>
    </message>
    <message>
      <source>The person did not agree to share any personal details. Please contact us to arrange the referral.</source>
      <translation>Адам жеке маалыматтарды берүүгө макулдук берген жок. Жолдомо боюнча макулдашуу үчүн биз менен байланышыңыз.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Кимге</translation>
    </message>
    <message>
      <source>We refer the person below to your organisation for the service named above, and ask you to tell us whether you accepted the referral and how it ended.</source>
      <translation>Төмөндө көрсөтүлгөн адамды жогоруда аталган кызмат үчүн сиздин уюмга жолдойбуз жана жолдомону кабыл алганыңызды жана анын жыйынтыгын билдирүүңүздү суранабыз.</translation>
    </message>
    <message>
      <source>about {year}</source>
      <translation>болжол менен {year}</translation>
    </message>
    <message>
      <source>country of exploitation: {country}</source>
      <translation>эксплуатация болгон өлкө: {country}</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>белгисиз</translation>
    </message>
  </context>
  <context>
    <name>ReferralsModel</name>
    <message>
      <source>Consent to share</source>
      <translation>Берүүгө макулдук</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Текшерүү күнү</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Уюм</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Жыйынтык</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Максаты</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>эч нерсе</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it anyway?</source>
      <translation>PDF файлы шифрленген эмес: аны колуна алган ар ким окуй алат. Баары бир сактайсызбы?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Delete the referral to {name}?</source>
      <translation>{name} уюмуна жолдомону өчүрөсүзбү?</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Өзгөртүү…</translation>
    </message>
    <message>
      <source>Letter in</source>
      <translation>Кат тили</translation>
    </message>
    <message>
      <source>New referral…</source>
      <translation>Жаңы жолдомо…</translation>
    </message>
    <message>
      <source>Print letter</source>
      <translation>Катты басып чыгаруу</translation>
    </message>
    <message>
      <source>Print the referral letter</source>
      <translation>Жолдомо катты басып чыгаруу</translation>
    </message>
    <message>
      <source>Record the outcome…</source>
      <translation>Жыйынтыкты жазуу…</translation>
    </message>
    <message>
      <source>Referral letter…</source>
      <translation>Жолдомо кат…</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Жолдомолор</translation>
    </message>
    <message>
      <source>Referrals are made by social workers and directors.</source>
      <translation>Жолдомолорду социалдык кызматкерлер жана директорлор берет.</translation>
    </message>
    <message>
      <source>Save letter as PDF…</source>
      <translation>Катты PDF катары сактоо…</translation>
    </message>
    <message>
      <source>Save the referral letter</source>
      <translation>Жолдомо катты сактоо</translation>
    </message>
    <message>
      <source>Move to another shelter…</source>
      <translation>Башка баш калкалоочу жайга өткөрүү…</translation>
    </message>
  </context>
  <context>
    <name>Transfers</name>
    <message>
      <source>Transferred from {organisation} (their case {case_number}) on {date}.</source>
      <translation>{date} {organisation} уюмунан өткөрүлдү (алардын иши {case_number}).</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Active rehabilitation plan</source>
      <translation>Колдонуудагы реабилитация планы</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Тиркемелер</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Case notes (not restricted ones)</source>
      <translation>Иш боюнча жазуулар (жабыктардан башка)</translation>
    </message>
    <message>
      <source>Case transfers</source>
      <translation>Иштерди өткөрүү</translation>
    </message>
    <message>
      <source>Choose the receiving organisation (its card must be in the directory).</source>
      <translation>Кабыл алуучу уюмду тандаңыз (анын карточкасы маалымдамада болушу керек).</translation>
    </message>
    <message>
      <source>Close the stay in this shelter (exit reason “transferred”)</source>
      <translation>Бул жайда болууну жабуу (чыгуу себеби «өткөрүлдү»)</translation>
    </message>
    <message>
      <source>Her consent to this transfer, given on</source>
      <translation>Өткөрүүгө анын макулдук берген күнү</translation>
    </message>
    <message>
      <source>Identification (NRM) records</source>
      <translation>Аныктоо (УКБМ) жазуулары</translation>
    </message>
    <message>
      <source>Identity and details always go. Restricted notes and the audit log never do. The file opens only at the receiving organisation.</source>
      <translation>Жеке маалыматтар дайыма өткөрүлөт. Жабык жазуулар жана аудит журналы эч качан өткөрүлбөйт. Файл кабыл алуучу уюмда гана ачылат.</translation>
    </message>
    <message>
      <source>Legal cases and events</source>
      <translation>Юридикалык иштер жана окуялар</translation>
    </message>
    <message>
      <source>Move the case to another shelter</source>
      <translation>Ишти башка баш калкалоочу жайга өткөрүү</translation>
    </message>
    <message>
      <source>Receiving organisation</source>
      <translation>Кабыл алуучу уюм</translation>
    </message>
    <message>
      <source>Risk level and safety plan</source>
      <translation>Тобокелдик деңгээли жана коопсуздук планы</translation>
    </message>
    <message>
      <source>Save the transfer file</source>
      <translation>Өткөрүү файлын сактоо</translation>
    </message>
    <message>
      <source>Services (as a list)</source>
      <translation>Кызматтар (тизме менен)</translation>
    </message>
    <message>
      <source>The risk level and safety plan say who the resident fears and how she is protected. Send them only if the receiving shelter needs them to keep her safe. Include them?</source>
      <translation>Тобокелдик деңгээли жана коопсуздук планы тургун кимден коркорун жана ал кантип корголорун көрсөтөт. Аларды кабыл алуучу жайга анын коопсуздугу үчүн керек болгондо гана жөнөтүңүз. Кошосузбу?</translation>
    </message>
    <message>
      <source>What the resident agreed to move</source>
      <translation>Тургун эмнени өткөрүүгө макул болду</translation>
    </message>
    <message>
      <source>Write the transfer file…</source>
      <translation>Өткөрүү файлын жазуу…</translation>
    </message>
  </context>
</TS>
