<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Audit</name>
    <message>
      <source>Account</source>
      <translation>Каттоо эсеби</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Аракет</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Аудит журналы</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Даталар</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Кошумча маалымат</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>Жазуулар</translation>
    </message>
    <message>
      <source>Filter</source>
      <translation>Тандоо</translation>
    </message>
    <message>
      <source>No entries match the filter.</source>
      <translation>Тандоого ылайык жазуу жок.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message numerus="yes">
      <source>Only the newest %n entries are printed: narrow the filter to print the rest.</source>
      <translation>
        <numerusform>Акыркы %n жазуу гана басылды: калгандарын басуу үчүн тандоону тарытыңыз.</numerusform>
        <numerusform>Акыркы %n жазуу гана басылды: калгандарын басуу үчүн тандоону тарытыңыз.</numerusform>
      </translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>{pages} барактын {page}-барагы</translation>
    </message>
    <message>
      <source>Printed by</source>
      <translation>Басып чыгарган</translation>
    </message>
    <message>
      <source>Printed on</source>
      <translation>Басылган күнү</translation>
    </message>
    <message>
      <source>Printed {date} by {user}</source>
      <translation>{date} күнү басып чыгарган: {user}</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Жазуу</translation>
    </message>
    <message numerus="yes">
      <source>The audit log is intact: %n entries, none altered or removed.</source>
      <translation>
        <numerusform>Аудит журналы бүтүн: %n жазуу, бири да өзгөртүлгөн же өчүрүлгөн эмес.</numerusform>
        <numerusform>Аудит журналы бүтүн: %n жазуу, бири да өзгөртүлгөн же өчүрүлгөн эмес.</numerusform>
      </translation>
    </message>
    <message>
      <source>The audit log was tampered with. First broken entry: #{entry} ({reason}).</source>
      <translation>Аудит журналы бурмаланган. Биринчи бузулган жазуу: №{entry} ({reason}).</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Убакыт</translation>
    </message>
    <message>
      <source>it was altered</source>
      <translation>ал өзгөртүлгөн</translation>
    </message>
    <message>
      <source>it was removed</source>
      <translation>ал өчүрүлгөн</translation>
    </message>
    <message>
      <source>it, or the entry before it, was altered or removed</source>
      <translation>ал же андан мурунку жазуу өзгөртүлгөн же өчүрүлгөн</translation>
    </message>
    <message>
      <source>the whole log</source>
      <translation>бүт журнал</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Account added</source>
      <translation>Каттоо эсеби кошулду</translation>
    </message>
    <message>
      <source>Account removed</source>
      <translation>Каттоо эсеби өчүрүлдү</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>Баш калкалоочу жайга кабыл алынды</translation>
    </message>
    <message>
      <source>Audit log checked</source>
      <translation>Аудит журналы текшерилди</translation>
    </message>
    <message>
      <source>Audit log printed</source>
      <translation>Аудит журналы басылды</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Камдык көчүрмө жасалды</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>Камдык көчүрмөдөн калыбына келтирилди</translation>
    </message>
    <message>
      <source>Data imported</source>
      <translation>Маалыматтар импорттолду</translation>
    </message>
    <message>
      <source>Database created</source>
      <translation>Маалымат базасы түзүлдү</translation>
    </message>
    <message>
      <source>Database re-encrypted with a new key</source>
      <translation>Маалымат базасы жаңы ачкыч менен кайра шифрленди</translation>
    </message>
    <message>
      <source>Database verified</source>
      <translation>Маалымат базасы текшерилди</translation>
    </message>
    <message>
      <source>Failed sign-in</source>
      <translation>Ийгиликсиз кирүү</translation>
    </message>
    <message>
      <source>Left the shelter</source>
      <translation>Баш калкалоочу жайдан чыкты</translation>
    </message>
    <message>
      <source>Opened with the recovery key</source>
      <translation>Калыбына келтирүү ачкычы менен ачылды</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation>Сырсөз өзгөртүлдү</translation>
    </message>
    <message>
      <source>Password reset</source>
      <translation>Сырсөз жаңыланды</translation>
    </message>
    <message>
      <source>Plan approved</source>
      <translation>План бекитилди</translation>
    </message>
    <message>
      <source>Plan draft created</source>
      <translation>Пландын долбоору түзүлдү</translation>
    </message>
    <message>
      <source>Plan draft saved</source>
      <translation>Пландын долбоору сакталды</translation>
    </message>
    <message>
      <source>Plan printed</source>
      <translation>План басылды</translation>
    </message>
    <message>
      <source>Plan reviewed</source>
      <translation>План кайра каралды</translation>
    </message>
    <message>
      <source>Resident registered</source>
      <translation>Кардар катталды</translation>
    </message>
    <message>
      <source>Resident's full record printed</source>
      <translation>Кардардын бардык маалыматы басылды</translation>
    </message>
    <message>
      <source>Resident's record anonymized</source>
      <translation>Кардардын маалыматы анонимдештирилди</translation>
    </message>
    <message>
      <source>Resident's record changed</source>
      <translation>Кардардын маалыматы өзгөртүлдү</translation>
    </message>
    <message>
      <source>Resident's record deleted</source>
      <translation>Кардардын маалыматы өчүрүлдү</translation>
    </message>
    <message>
      <source>Resident's record opened</source>
      <translation>Кардардын карточкасы ачылды</translation>
    </message>
    <message>
      <source>Screen locked</source>
      <translation>Экран кулпуланды</translation>
    </message>
    <message>
      <source>Service changed</source>
      <translation>Кызмат өзгөртүлдү</translation>
    </message>
    <message>
      <source>Service deleted</source>
      <translation>Кызмат өчүрүлдү</translation>
    </message>
    <message>
      <source>Service logged</source>
      <translation>Кызмат жазылды</translation>
    </message>
    <message>
      <source>Setting changed</source>
      <translation>Жөндөө өзгөртүлдү</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Системага кирди</translation>
    </message>
    <message>
      <source>Statistical return exported</source>
      <translation>Статистикалык отчёт чыгарылды</translation>
    </message>
    <message>
      <source>Synthetic demo data added</source>
      <translation>Ойдон чыгарылган демо-маалыматтар кошулду</translation>
    </message>
    <message>
      <source>Legal case changed</source>
      <translation>Кылмыш иши өзгөртүлдү</translation>
    </message>
    <message>
      <source>Legal case deleted</source>
      <translation>Кылмыш иши өчүрүлдү</translation>
    </message>
    <message>
      <source>Legal case opened</source>
      <translation>Кылмыш иши кошулду</translation>
    </message>
    <message>
      <source>Plan cancelled</source>
      <translation>План жокко чыгарылды</translation>
    </message>
    <message>
      <source>Plan completed</source>
      <translation>План аткарылды</translation>
    </message>
    <message>
      <source>Plan saved as PDF</source>
      <translation>План PDF катары сакталды</translation>
    </message>
    <message>
      <source>Referral followed up</source>
      <translation>Жолдомонун жыйынтыгы белгиленди</translation>
    </message>
    <message>
      <source>Services and legal cases printed</source>
      <translation>Кызматтар жана кылмыш иштери басылды</translation>
    </message>
    <message>
      <source>Step in the proceedings changed</source>
      <translation>Өндүрүштүн этабы өзгөртүлдү</translation>
    </message>
    <message>
      <source>Step in the proceedings deleted</source>
      <translation>Өндүрүштүн этабы өчүрүлдү</translation>
    </message>
    <message>
      <source>Step in the proceedings recorded</source>
      <translation>Өндүрүштүн этабы жазылды</translation>
    </message>
    <message>
      <source>Organisation's name, code or region corrected</source>
      <translation>Уюмдун аталышы, коду же аймагы оңдолду</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <source>Account</source>
      <translation>Каттоо эсеби</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Аракет</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Кошумча маалымат</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Жазуу</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Убакыт</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once the inspection is over.</source>
      <translation>PDF файлы шифрленген эмес: колуна тийген ар ким аны окуй алат. Аны коопсуз жерге гана сактап, текшерүү бүткөндөн кийин өчүрүңүз.</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Аракет:</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Баары</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Аудит журналы</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Check that no entry was altered or removed</source>
      <translation>Бир да жазуу өзгөртүлбөгөнүн жана өчүрүлбөгөнүн текшерүү</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Тандоону тазалоо</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Баштап</translation>
    </message>
    <message>
      <source>Only a director can read the audit log.</source>
      <translation>Аудит журналын директор гана окуй алат.</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
      <source>Print the audit log</source>
      <translation>Аудит журналын басып чыгаруу</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Басып чыгаруу…</translation>
    </message>
    <message>
      <source>Record:</source>
      <translation>Жазуу:</translation>
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
      <source>Save as PDF…</source>
      <translation>PDF катары сактоо…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Сакталды: {path}</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Көрсөтүү</translation>
    </message>
    <message>
      <source>Staff member:</source>
      <translation>Кызматкер:</translation>
    </message>
    <message>
      <source>Verify the log</source>
      <translation>Журналды текшерүү</translation>
    </message>
    <message>
      <source>Who saw or changed what, and when. Narrow the log, then print it for an inspection.</source>
      <translation>Ким эмнени качан көргөн же өзгөрткөн. Тандоону тарытып, текшерүү үчүн журналды басып чыгарыңыз.</translation>
    </message>
    <message>
      <source>case number</source>
      <translation>иштин номери</translation>
    </message>
    <message>
      <source>to</source>
      <translation>чейин</translation>
    </message>
    <message>
      <source>{n} entries</source>
      <translation>Жазуулар: {n}</translation>
    </message>
  </context>
  <context>
    <name>AuditRecords</name>
    <message>
      <source>Account</source>
      <translation>Каттоо эсеби</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Аудит журналы</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Маалымат базасы</translation>
    </message>
    <message>
      <source>Legal case</source>
      <translation>Соттук иш</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Уюм</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Кардар</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Кызмат</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>Жөндөө</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>Last backup: less than an hour ago</source>
      <translation>Акыркы камдык көчүрмө: бир сааттан аз мурун</translation>
    </message>
    <message>
      <source>Last backup: {n} d ago</source>
      <translation>Акыркы камдык көчүрмө: {n} күн мурун</translation>
    </message>
    <message>
      <source>Last backup: {n} h ago</source>
      <translation>Акыркы камдык көчүрмө: {n} саат мурун</translation>
    </message>
    <message>
      <source>No backup yet</source>
      <translation>Камдык көчүрмө али жок</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <source>A backup is one encrypted file with every record and the keys to open it. It opens only with a staff password or the recovery key. Keep it on a USB stick, away from this computer, and make a new one every week.</source>
      <translation>Камдык көчүрмө — бардык жазууларды жана аларды ачуучу ачкычтарды камтыган бир шифрленген файл. Аны кызматкердин сырсөзү же калыбына келтирүү ачкычы менен гана ачууга болот. Аны флешкада, бул компьютерден өзүнчө сактап, ар жумада жаңысын жасаңыз.</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>Камдык көчүрмө жасоо…</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Камдык көчүрмө</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} MB).</source>
      <translation>Камдык көчүрмө жазылып, текшерилди: {path} ({size} МБ).</translation>
    </message>
    <message>
      <source>Backups made</source>
      <translation>Жасалган камдык көчүрмөлөр</translation>
    </message>
    <message>
      <source>Choose where to save the backup (e.g. a USB stick)</source>
      <translation>Камдык көчүрмөнү кайда сактоону тандаңыз (мисалы, флешка)</translation>
    </message>
    <message>
      <source>Only a director can make backups.</source>
      <translation>Камдык көчүрмөнү директор гана жасай алат.</translation>
    </message>
    <message>
      <source>Restoring a backup</source>
      <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
      <source>Restoring replaces this database with the one in the backup. Close the app first and use the restore command, as the user guide describes. The backup is checked before anything is replaced, you are asked to confirm, and a safety copy of the current database is kept beside it.</source>
      <translation>Калыбына келтирүү бул маалымат базасын камдык көчүрмөдөгү база менен алмаштырат. Адегенде программаны жаап, колдонуучунун колдонмосунда жазылгандай калыбына келтирүү буйругун аткарыңыз. Эч нерсе алмаштырылганга чейин көчүрмө текшерилет, сизден ырастоо суралат, ал эми учурдагы базанын коопсуздук көчүрмөсү жанында сакталат.</translation>
    </message>
    <message>
      <source>The last backup is more than 7 days old, or there is none: make one now.</source>
      <translation>Акыркы камдык көчүрмө 7 күндөн эски же ал такыр жок: азыр жасаңыз.</translation>
    </message>
    <message>
      <source>{when} — {user} — {file}</source>
      <translation>{when} — {user} — {file}</translation>
    </message>
    <message>
      <source>Make one now on the Backup page and keep it on a USB stick away from this computer.</source>
      <translation>Аны азыр «Камдык көчүрмө» бетинде жасап, флешкада бул компьютерден өзүнчө сактаңыз.</translation>
    </message>
    <message numerus="yes">
      <source>The last backup was made %n days ago.</source>
      <translation>
        <numerusform>Акыркы камдык көчүрмө %n күн мурун жасалган.</numerusform>
        <numerusform>Акыркы камдык көчүрмө %n күн мурун жасалган.</numerusform>
      </translation>
    </message>
    <message>
      <source>There is no backup yet.</source>
      <translation>Камдык көчүрмө али жок.</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Азыр көчүрмө жасоо</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Кийинчерээк</translation>
    </message>
    <message>
      <source>Make one now and keep it on a USB stick away from this computer.</source>
      <translation>Аны азыр жасап, флешкада бул компьютерден өзүнчө сактаңыз.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Accounts that can open it: {accounts}</source>
      <translation>Аны ача алган каттоо эсептери: {accounts}</translation>
    </message>
    <message>
      <source>Anonymize the records of {n} residents?</source>
      <translation>{n} кардардын маалыматын анонимдештиресизби?</translation>
    </message>
    <message>
      <source>Anonymized: {n} residents.</source>
      <translation>Анонимдештирилген кардарлар: {n}.</translation>
    </message>
    <message>
      <source>Backup made {date} by {user}</source>
      <translation>Камдык көчүрмө жасалган күнү: {date}, жасаган: {user}</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size})</source>
      <translation>Камдык көчүрмө жазылып, текшерилди: {path} ({size})</translation>
    </message>
    <message>
      <source>Delete the records of {n} residents for good?</source>
      <translation>{n} кардардын маалыматын биротоло өчүрөсүзбү?</translation>
    </message>
    <message>
      <source>Deleted: {n} residents.</source>
      <translation>Өчүрүлгөн кардарлар: {n}.</translation>
    </message>
    <message>
      <source>Nothing to do.</source>
      <translation>Аткара турган эч нерсе жок.</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
      <source>Nothing was restored: the current database was kept.</source>
      <translation>Эч нерсе калыбына келтирилген жок: учурдагы маалымат базасы сакталды.</translation>
    </message>
    <message>
      <source>Organisation: {code} {name}</source>
      <translation>Уюм: {code} {name}</translation>
    </message>
    <message>
      <source>Replace the database at {path} with this backup? A safety copy of the current one is kept.</source>
      <translation>{path} маалымат базасын ушул камдык көчүрмө менен алмаштырасызбы? Учурдагы базанын коопсуздук көчүрмөсү сакталат.</translation>
    </message>
    <message>
      <source>Residents: {n}; audit log entries: {entries}; size: {size}</source>
      <translation>Кардарлар: {n}; аудит журналынын жазуулары: {entries}; көлөмү: {size}</translation>
    </message>
    <message>
      <source>Restored to {path}.</source>
      <translation>Калыбына келтирилди: {path}.</translation>
    </message>
    <message numerus="yes">
      <source>Retention period: %n years.</source>
      <translation>
        <numerusform>Сактоо мөөнөтү: %n жыл.</numerusform>
        <numerusform>Сактоо мөөнөтү: %n жыл.</numerusform>
      </translation>
    </message>
    <message>
      <source>SHA-256: {digest}</source>
      <translation>SHA-256: {digest}</translation>
    </message>
    <message>
      <source>The backup opened and passed its integrity check.</source>
      <translation>Камдык көчүрмө ачылып, бүтүндүк текшерүүсүнөн өттү.</translation>
    </message>
    <message>
      <source>The database as it was before is kept in {path}.</source>
      <translation>Мурунку маалымат базасы бул жерде сакталды: {path}.</translation>
    </message>
    <message>
      <source>Written: {path}. A PDF is not encrypted: keep it locked away and delete it when done.</source>
      <translation>Жазылды: {path}. PDF файлы шифрленген эмес: аны кулпуланган жерде сактап, керегинен кийин өчүрүңүз.</translation>
    </message>
    <message>
      <source>anonymized</source>
      <translation>анонимдештирилген</translation>
    </message>
    <message>
      <source>last contact {date}</source>
      <translation>акыркы байланыш {date}</translation>
    </message>
    <message>
      <source>no</source>
      <translation>жок</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ооба</translation>
    </message>
    <message>
      <source>{shown} of {total} entries shown.</source>
      <translation>Көрсөтүлгөн жазуулар: {shown}, бардыгы {total}.</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} МБ</translation>
    </message>
    <message>
      <source>Records past it: {n}.</source>
      <translation>Мөөнөтү өткөн жазуулар: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A database already exists at {path}: add --yes to replace it with the backup (a safety copy is kept).</source>
      <translation>{path} жолунда маалымат базасы бар: аны камдык көчүрмө менен алмаштыруу үчүн --yes кошуңуз (коопсуздук көчүрмөсү сакталат).</translation>
    </message>
    <message>
      <source>Add --yes to confirm: nothing was changed.</source>
      <translation>Ырастоо үчүн --yes кошуңуз: эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
      <source>Choose another name for the backup file: {path}.</source>
      <translation>Камдык көчүрмө файлы үчүн башка ат тандаңыз: {path}.</translation>
    </message>
    <message>
      <source>Could not read {path}: {reason}</source>
      <translation>{path} файлын окуу мүмкүн болбоду: {reason}</translation>
    </message>
    <message>
      <source>Give an account and its password, or the recovery key.</source>
      <translation>Каттоо эсебин жана анын сырсөзүн же калыбына келтирүү ачкычын көрсөтүңүз.</translation>
    </message>
    <message>
      <source>No backup file at {path}.</source>
      <translation>Камдык көчүрмө файлы табылган жок: {path}.</translation>
    </message>
    <message>
      <source>Nothing was restored: the current database was kept.</source>
      <translation>Эч нерсе калыбына келтирилген жок: учурдагы маалымат базасы сакталды.</translation>
    </message>
    <message>
      <source>The backup could not be restored: {reason}. The current database was not changed.</source>
      <translation>Камдык көчүрмө калыбына келтирилген жок: {reason}. Учурдагы маалымат базасы өзгөргөн жок.</translation>
    </message>
    <message>
      <source>The current database has an unfinished key change. Open it once in the app (this finishes the change), close it, then restore.</source>
      <translation>Учурдагы маалымат базасында ачкычты алмаштыруу бүтпөй калган. Аны программада бир жолу ачыңыз (бул алмаштырууну бүтүрөт), жабыңыз, андан кийин калыбына келтириңиз.</translation>
    </message>
    <message>
      <source>The database inside the backup failed its integrity check: {problem}</source>
      <translation>Камдык көчүрмөдөгү маалымат базасы бүтүндүк текшерүүсүнөн өткөн жок: {problem}</translation>
    </message>
    <message>
      <source>The database snapshot could not be written: {reason}</source>
      <translation>Маалымат базасынын көчүрмөсү жазылган жок: {reason}</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>Аяктоо күнү башталыш күнүнөн мурун.</translation>
    </message>
    <message>
      <source>The folder {path} does not exist.</source>
      <translation>{path} папкасы жок.</translation>
    </message>
    <message>
      <source>The record {case_number} is still within the retention period: nothing was changed.</source>
      <translation>{case_number} жазуусунун сактоо мөөнөтү али бүтө элек: эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
      <source>The restore was interrupted: {reason}. Open the database again to finish it.</source>
      <translation>Калыбына келтирүү үзгүлтүккө учурады: {reason}. Аны бүтүрүү үчүн маалымат базасын кайра ачыңыз.</translation>
    </message>
    <message>
      <source>The safety copy of the current database could not be written, so nothing was restored: {reason}</source>
      <translation>Учурдагы маалымат базасынын коопсуздук көчүрмөсү жазылган жок, ошондуктан эч нерсе калыбына келтирилген жок: {reason}</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of the app (schema {found}). Install it to restore.</source>
      <translation>Бул камдык көчүрмө программанын жаңыраак версиясы менен жасалган (схема {found}). Калыбына келтирүү үчүн ошол версияны орнотуңуз.</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of the app. Install it to restore.</source>
      <translation>Бул камдык көчүрмө программанын жаңыраак версиясы менен жасалган. Калыбына келтирүү үчүн ошол версияны орнотуңуз.</translation>
    </message>
    <message>
      <source>This file is not a backup of this app, or it is damaged or was altered.</source>
      <translation>Бул файл бул программанын камдык көчүрмөсү эмес, же ал бузулган же өзгөртүлгөн.</translation>
    </message>
    <message>
      <source>This restore was already finished or cancelled.</source>
      <translation>Бул калыбына келтирүү бүткөн же жокко чыгарылган.</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
    <message>
      <source>Actions</source>
      <translation>Аракеттер</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>Макул болгон күнү</translation>
    </message>
    <message>
      <source>Anonymized</source>
      <translation>Анонимдештирилген</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Бекиткен</translation>
    </message>
    <message>
      <source>Approved on</source>
      <translation>Бекитилген күнү</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Тармак</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Баалоо</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Жабылган күнү</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Максат</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Акыркы өзгөртүү</translation>
    </message>
    <message>
      <source>Legal cases</source>
      <translation>Соттук иштер</translation>
    </message>
    <message>
      <source>Legal proceedings</source>
      <translation>Соттук иштердин жүрүшү</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Муктаждык</translation>
    </message>
    <message>
      <source>Needs assessment</source>
      <translation>Муктаждыктарды баалоо</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Кийинки кайра кароо</translation>
    </message>
    <message>
      <source>Non-punishment raised</source>
      <translation>Жазаланбоо принциби боюнча өтүнүч берилген</translation>
    </message>
    <message>
      <source>Personal record</source>
      <translation>Жеке маалыматтар</translation>
    </message>
    <message>
      <source>Plan goals</source>
      <translation>Пландын максаттары</translation>
    </message>
    <message>
      <source>Plan reviews</source>
      <translation>Планды кайра кароолор</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Жетишкендиктер</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Жазылган</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Жолдомо</translation>
    </message>
    <message>
      <source>Rehabilitation plans</source>
      <translation>Реабилитация пландары</translation>
    </message>
    <message>
      <source>Resident agreed</source>
      <translation>Кардар макул</translation>
    </message>
    <message>
      <source>Resident's wishes</source>
      <translation>Кардардын каалоолору</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Жооптуу</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Кайра кароо күнү</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>Кайра караган</translation>
    </message>
    <message>
      <source>Services received</source>
      <translation>Алынган кызматтар</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Кызматкер</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>Stays in the shelter</source>
      <translation>Жайда жашаган мезгилдер</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Мөөнөтү</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Written by</source>
      <translation>Түзгөн</translation>
    </message>
    <message>
      <source>Everything held about one resident</source>
      <translation>Бир кардар жөнүндөгү бардык маалымат</translation>
    </message>
    <message>
      <source>Everything held about {name}</source>
      <translation>Кардар жөнүндөгү бардык маалымат: {name}</translation>
    </message>
    <message>
      <source>In-house</source>
      <translation>Жайдын күчү менен</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Жок</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Жок.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Уюм</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>{pages} барактын {page}-барагы</translation>
    </message>
    <message>
      <source>Printed on</source>
      <translation>Басылган күнү</translation>
    </message>
    <message>
      <source>Printed {date} by {user}. Confidential.</source>
      <translation>{date} күнү басып чыгарган: {user}. Купуя.</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>Кызматкер</translation>
    </message>
    <message>
      <source>This is every record the organisation keeps about you in its case management database, as it stands on the day it was printed.</source>
      <translation>Бул жерде уюм иштерди жүргүзүү базасында сиз жөнүндө сактаган бардык жазуулар, басылган күнгө карата.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Убакыт</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>Эмне жасалды</translation>
    </message>
    <message>
      <source>Who opened or changed this record</source>
      <translation>Бул маалыматты ким ачкан же өзгөрткөн</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ооба</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Кошулган</translation>
    </message>
    <message>
      <source>Added by</source>
      <translation>Кошкон</translation>
    </message>
    <message>
      <source>Annotations to case notes</source>
      <translation>Иштеги жазууларга кошумчалар</translation>
    </message>
    <message>
      <source>Attachments (scans, photos, PDFs)</source>
      <translation>Тиркемелер (скандар, сүрөттөр, PDF)</translation>
    </message>
    <message>
      <source>Best interests assessments</source>
      <translation>Баланын эң жакшы кызыкчылыктарын баалоо</translation>
    </message>
    <message>
      <source>Case notes</source>
      <translation>Иштеги жазуулар</translation>
    </message>
    <message>
      <source>Case numbers of records merged into this one</source>
      <translation>Бул жазууга бириктирилген жазуулардын иш номерлери</translation>
    </message>
    <message>
      <source>Compensation claims</source>
      <translation>Компенсация талаптары</translation>
    </message>
    <message>
      <source>Compensation payments</source>
      <translation>Компенсация төлөмдөрү</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Купуялуулук</translation>
    </message>
    <message>
      <source>Consents for a child</source>
      <translation>Бала үчүн макулдуктар</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Байланыштар</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
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
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Follow-up after the shelter</source>
      <translation>Жайдан чыккандан кийинки коштоо</translation>
    </message>
    <message>
      <source>Guardians and legal representatives</source>
      <translation>Камкорчулар жана мыйзамдуу өкүлдөр</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>Кимде</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Инсандыгын күбөлөндүрүүчү документтер</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Ким берген</translation>
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
      <source>Measures for a child in the proceedings</source>
      <translation>Өндүрүштө бала үчүн чаралар</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>Бириктирилген</translation>
    </message>
    <message>
      <source>Merged by</source>
      <translation>Бириктирген</translation>
    </message>
    <message>
      <source>Moved on</source>
      <translation>Көчкөн күнү</translation>
    </message>
    <message>
      <source>Moves within a stay</source>
      <translation>Жашоо мөөнөтүндөгү көчүүлөр</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Needs found at screening</source>
      <translation>Алгачкы баалоодо аныкталган муктаждыктар</translation>
    </message>
    <message>
      <source>Non-punishment: outcomes</source>
      <translation>Жазаланбоо принциби: жыйынтыктар</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номери</translation>
    </message>
    <message>
      <source>Outcomes of referrals</source>
      <translation>Жолдомолордун жыйынтыктары</translation>
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
      <source>Recorded by</source>
      <translation>Каттаган</translation>
    </message>
    <message>
      <source>Referrals for identification</source>
      <translation>Идентификациялоого жолдомолор</translation>
    </message>
    <message>
      <source>Referrals to other organisations</source>
      <translation>Башка уюмдарга жолдомолор</translation>
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
      <source>Risk assessments</source>
      <translation>Коркунучту баалоо</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Байланышуу коопсуз</translation>
    </message>
    <message>
      <source>Safety plans</source>
      <translation>Коопсуздук пландары</translation>
    </message>
    <message>
      <source>Screenings for trafficking indicators</source>
      <translation>Адамдарды сатуунун белгилерин алгачкы баалоо</translation>
    </message>
    <message>
      <source>Size (bytes)</source>
      <translation>Көлөмү (байт)</translation>
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
      <source>Type</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Жарактуу мөөнөтү</translation>
    </message>
  </context>
  <context>
    <name>RetentionModel</name>
    <message>
      <source>Anonymized</source>
      <translation>Анонимдештирилген</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Иштин номери</translation>
    </message>
    <message>
      <source>Last contact</source>
      <translation>Акыркы байланыш</translation>
    </message>
    <message>
      <source>Last exit</source>
      <translation>Акыркы чыгуу</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Катталган</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>never stayed</source>
      <translation>жашаган эмес</translation>
    </message>
  </context>
  <context>
    <name>RetentionPage</name>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once it is printed.</source>
      <translation>PDF файлы шифрленген эмес: колуна тийген ар ким аны окуй алат. Аны коопсуз жерге гана сактап, басылгандан кийин өчүрүңүз.</translation>
    </message>
    <message>
      <source>A resident's own record</source>
      <translation>Кардардын өзү үчүн маалыматы</translation>
    </message>
    <message>
      <source>Anonymize</source>
      <translation>Анонимдештирүү</translation>
    </message>
    <message>
      <source>Anonymize selected…</source>
      <translation>Тандалгандарды анонимдештирүү…</translation>
    </message>
    <message>
      <source>Anonymize the records of {n} residents? Names, contact details and every free text are removed for good; the statistics stay as they are.</source>
      <translation>{n} кардардын маалыматын анонимдештиресизби? Аттар, байланыш маалыматтары жана бардык эркин тексттер биротоло өчүрүлөт; статистика өзгөрбөйт.</translation>
    </message>
    <message>
      <source>Anonymized: {n} residents.</source>
      <translation>Анонимдештирилген кардарлар: {n}.</translation>
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
      <source>Delete selected…</source>
      <translation>Тандалгандарды өчүрүү…</translation>
    </message>
    <message>
      <source>Delete the records of {n} residents for good? Stays, plans, services and legal cases go with them, and the statistics of past periods will change. This cannot be undone.</source>
      <translation>{n} кардардын маалыматын биротоло өчүрөсүзбү? Алар менен бирге жайда жашаган мезгилдер, пландары, кызматтары жана соттук иштери өчөт, өткөн мезгилдердин статистикасы өзгөрөт. Муну кайтарууга болбойт.</translation>
    </message>
    <message>
      <source>Deleted: {n} residents.</source>
      <translation>Өчүрүлгөн кардарлар: {n}.</translation>
    </message>
    <message>
      <source>No record is kept longer than the retention period.</source>
      <translation>Сактоо мөөнөтүнөн узак сакталган жазуу жок.</translation>
    </message>
    <message>
      <source>Only a director can decide what happens to old records.</source>
      <translation>Эски жазууларды эмне кылууну директор гана чечет.</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
      <source>Print the resident's record</source>
      <translation>Кардардын маалыматын басып чыгаруу</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Басып чыгаруу…</translation>
    </message>
    <message numerus="yes">
      <source>Residents whose last contact with the shelter (exit, service or court hearing) is more than %n years ago. Anonymizing removes names, contact details and every free text and keeps the statistics; deleting removes the records for good.</source>
      <translation>
        <numerusform>Баш калкалоочу жай менен акыркы байланышы (чыгуу, кызмат же сот отуруму) %n жылдан мурун болгон кардарлар. Анонимдештирүү аттарды, байланыш маалыматтарын жана бардык эркин тексттерди өчүрүп, статистиканы сактайт; өчүрүү жазууларды биротоло жок кылат.</numerusform>
        <numerusform>Баш калкалоочу жай менен акыркы байланышы (чыгуу, кызмат же сот отуруму) %n жылдан мурун болгон кардарлар. Анонимдештирүү аттарды, байланыш маалыматтарын жана бардык эркин тексттерди өчүрүп, статистиканы сактайт; өчүрүү жазууларды биротоло жок кылат.</numerusform>
      </translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Сактоо мөөнөтү</translation>
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
      <source>Save as PDF…</source>
      <translation>PDF катары сактоо…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Сакталды: {path}</translation>
    </message>
    <message>
      <source>Select all</source>
      <translation>Баарын тандоо</translation>
    </message>
    <message>
      <source>Select none</source>
      <translation>Тандоону алып салуу</translation>
    </message>
    <message>
      <source>Tick the residents first.</source>
      <translation>Адегенде кардарларды белгилеңиз.</translation>
    </message>
    <message>
      <source>Type the resident's case number.</source>
      <translation>Кардардын иш номерин жазыңыз.</translation>
    </message>
    <message>
      <source>When a resident asks what is held about them, print all of it:</source>
      <translation>Кардар өзү жөнүндө эмне сакталганын сураса, баарын басып чыгарыңыз:</translation>
    </message>
    <message>
      <source>case number</source>
      <translation>иштин номери</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>at</source>
      <translation>убакыт</translation>
    </message>
    <message>
      <source>backup made</source>
      <translation>көчүрмө жасалган</translation>
    </message>
    <message>
      <source>backup made by</source>
      <translation>көчүрмөнү жасаган</translation>
    </message>
    <message>
      <source>fields</source>
      <translation>талаалар</translation>
    </message>
    <message>
      <source>file</source>
      <translation>файл</translation>
    </message>
    <message>
      <source>first broken entry</source>
      <translation>биринчи бузулган жазуу</translation>
    </message>
    <message>
      <source>from</source>
      <translation>мурда</translation>
    </message>
    <message>
      <source>in order</source>
      <translation>иретинде</translation>
    </message>
    <message>
      <source>key generation</source>
      <translation>ачкычтын версиясы</translation>
    </message>
    <message>
      <source>language</source>
      <translation>тил</translation>
    </message>
    <message>
      <source>last contact</source>
      <translation>акыркы байланыш</translation>
    </message>
    <message>
      <source>no</source>
      <translation>жок</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>себеп</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>кардарлар</translation>
    </message>
    <message>
      <source>safety copy</source>
      <translation>коопсуздук көчүрмөсү</translation>
    </message>
    <message>
      <source>size</source>
      <translation>көлөмү</translation>
    </message>
    <message>
      <source>to</source>
      <translation>азыр</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ооба</translation>
    </message>
    <message>
      <source>printed to</source>
      <translation>кайда</translation>
    </message>
    <message>
      <source>printer</source>
      <translation>принтер</translation>
    </message>
    <message>
      <source>legal events</source>
      <translation>соттук иштер боюнча окуялар</translation>
    </message>
    <message>
      <source>plans</source>
      <translation>пландар</translation>
    </message>
    <message>
      <source>seed</source>
      <translation>үрөн</translation>
    </message>
    <message>
      <source>services</source>
      <translation>кызматтар</translation>
    </message>
    <message>
      <source>stays</source>
      <translation>жайда жашаган мезгилдер</translation>
    </message>
    <message>
      <source>approved on</source>
      <translation>бекитилген күнү</translation>
    </message>
    <message>
      <source>article</source>
      <translation>берене</translation>
    </message>
    <message>
      <source>based on version</source>
      <translation>версиянын негизинде</translation>
    </message>
    <message>
      <source>case</source>
      <translation>иш</translation>
    </message>
    <message>
      <source>case no.</source>
      <translation>иштин №</translation>
    </message>
    <message>
      <source>date</source>
      <translation>күнү</translation>
    </message>
    <message>
      <source>format</source>
      <translation>формат</translation>
    </message>
    <message>
      <source>next review</source>
      <translation>кийинки кайра кароо</translation>
    </message>
    <message>
      <source>replaces version</source>
      <translation>версиянын ордуна</translation>
    </message>
    <message>
      <source>resident's wishes</source>
      <translation>кардардын каалоолору</translation>
    </message>
    <message>
      <source>review date</source>
      <translation>кайра кароо күнү</translation>
    </message>
    <message>
      <source>role in the case</source>
      <translation>иштеги ролу</translation>
    </message>
    <message>
      <source>service</source>
      <translation>кызмат</translation>
    </message>
    <message>
      <source>service no.</source>
      <translation>кызматтын №</translation>
    </message>
    <message>
      <source>status</source>
      <translation>абалы</translation>
    </message>
    <message>
      <source>step</source>
      <translation>этап</translation>
    </message>
    <message>
      <source>step no.</source>
      <translation>этаптын №</translation>
    </message>
    <message>
      <source>version</source>
      <translation>версия</translation>
    </message>
    <message>
      <source>parts</source>
      <translation>бөлүктөр</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>максаттар</translation>
    </message>
    <message>
      <source>needs</source>
      <translation>муктаждыктар</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Account and password</source>
      <translation>Каттоо эсеби жана сырсөз</translation>
    </message>
    <message>
      <source>Account:</source>
      <translation>Каттоо эсеби:</translation>
    </message>
    <message>
      <source>Backup file:</source>
      <translation>Камдык көчүрмө файлы:</translation>
    </message>
    <message>
      <source>Backups (*{suffix})</source>
      <translation>Камдык көчүрмөлөр (*{suffix})</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Check the backup</source>
      <translation>Көчүрмөнү текшерүү</translation>
    </message>
    <message>
      <source>Choose the backup file</source>
      <translation>Камдык көчүрмө файлын тандаңыз</translation>
    </message>
    <message>
      <source>Choose the backup file first.</source>
      <translation>Адегенде камдык көчүрмө файлын тандаңыз.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Тандоо…</translation>
    </message>
    <message>
      <source>Made on {date} by {user}.</source>
      <translation>Жасалган күнү: {date}, жасаган: {user}.</translation>
    </message>
    <message>
      <source>Open with:</source>
      <translation>Эмне менен ачуу:</translation>
    </message>
    <message>
      <source>Organisation: {name} ({code}).</source>
      <translation>Уюм: {name} ({code}).</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Сырсөз:</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Калыбына келтирүү ачкычы</translation>
    </message>
    <message>
      <source>Recovery key:</source>
      <translation>Калыбына келтирүү ачкычы:</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Алмаштыруу</translation>
    </message>
    <message>
      <source>Replace the database on this computer with the one in the backup? Everything entered since the backup was made is replaced; a safety copy of the current database is kept beside it.</source>
      <translation>Бул компьютердеги маалымат базасын камдык көчүрмөдөгү база менен алмаштырасызбы? Көчүрмө жасалгандан кийин киргизилгендин баары алмаштырылат; учурдагы базанын коопсуздук көчүрмөсү жанында сакталат.</translation>
    </message>
    <message>
      <source>Residents: {n}. Accounts that can sign in: {accounts}.</source>
      <translation>Кардарлар: {n}. Кире ала турган каттоо эсептери: {accounts}.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Калыбына келтирүү</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
      <source>The backup is checked before anything is replaced. If a database is already on this computer, you are asked to confirm and a safety copy of it is kept.</source>
      <translation>Эч нерсе алмаштырылганга чейин камдык көчүрмө текшерилет. Эгер бул компьютерде маалымат базасы бар болсо, сизден ырастоо суралат жана анын коопсуздук көчүрмөсү сакталат.</translation>
    </message>
    <message>
      <source>The backup opened and passed its integrity check.</source>
      <translation>Камдык көчүрмө ачылып, бүтүндүк текшерүүсүнөн өттү.</translation>
    </message>
    <message>
      <source>The backup was restored.</source>
      <translation>Камдык көчүрмө калыбына келтирилди.</translation>
    </message>
    <message>
      <source>The database as it was before is kept in {path}.</source>
      <translation>Мурунку маалымат базасы бул жерде сакталды: {path}.</translation>
    </message>
  </context>
</TS>
