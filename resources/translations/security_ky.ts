<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>AuditActions</name>
    <message>
      <source>Organisation keys created, role certificates issued</source>
      <translation>Уюмдун ачкычтары түзүлдү, ролдордун сертификаттары берилди</translation>
    </message>
    <message>
      <source>Recovery key replaced</source>
      <translation>Калыбына келтирүү ачкычы алмаштырылды</translation>
    </message>
    <message>
      <source>Safety copy deleted</source>
      <translation>Коопсуздук көчүрмөсү өчүрүлдү</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>audit entries replaced</source>
      <translation>алмаштырылган аудит жазуулары</translation>
    </message>
    <message>
      <source>certificates</source>
      <translation>сертификаттар</translation>
    </message>
    <message>
      <source>fingerprint</source>
      <translation>манжа изи</translation>
    </message>
    <message>
      <source>replaced database's audit head</source>
      <translation>алмаштырылган базанын аудитинин акыркы жазуусу</translation>
    </message>
    <message>
      <source>replaced database's organisation</source>
      <translation>алмаштырылган базанын уюму</translation>
    </message>
    <message>
      <source>residents replaced</source>
      <translation>алмаштырылган кардарлар</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Deleted: {path}.</source>
      <translation>Өчүрүлдү: {path}.</translation>
    </message>
    <message>
      <source>If this person may have seen the printed recovery key, replace it: recovery-key new.</source>
      <translation>Эгер бул адам басылып чыккан калыбына келтирүү ачкычын көрүшү мүмкүн болсо, аны алмаштырыңыз: recovery-key new.</translation>
    </message>
    <message>
      <source>Organisation fingerprint: {fingerprint}</source>
      <translation>Уюмдун манжа изи: {fingerprint}</translation>
    </message>
    <message>
      <source>Password in the backup</source>
      <translation>Камдык көчүрмөдөгү сырсөз</translation>
    </message>
    <message>
      <source>Safety copies older than {days} days: {n}.</source>
      <translation>{days} күндөн эски коопсуздук көчүрмөлөрү: {n}.</translation>
    </message>
    <message>
      <source>The backup's recovery key</source>
      <translation>Камдык көчүрмөнүн калыбына келтирүү ачкычы</translation>
    </message>
    <message>
      <source>The command failed unexpectedly ({kind}: {reason}). Run it again with --debug for the details.</source>
      <translation>Буйрук күтүлбөгөн ката менен токтоду ({kind}: {reason}). Чоо-жайын көрүү үчүн аны --debug менен кайра иштетиңиз.</translation>
    </message>
    <message>
      <source>The command failed: {reason}</source>
      <translation>Буйрук аткарылган жок: {reason}</translation>
    </message>
    <message>
      <source>The database on this computer has {residents} residents and {entries} audit log entries that are not in the backup: they will be replaced (a safety copy is kept).</source>
      <translation>Бул компьютердеги базада камдык көчүрмөдө жок кардарлар ({residents}) жана аудит журналынын жазуулары ({entries}) бар: алар алмаштырылат (коопсуздук көчүрмөсү сакталат).</translation>
    </message>
    <message>
      <source>The disk is full. Free some space and try again.</source>
      <translation>Диск толуп калды. Орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <source>The recovery key was replaced; the old one opens nothing any more. Write the new one down and keep it locked away; it is shown only once:</source>
      <translation>Калыбына келтирүү ачкычы алмаштырылды; эскиси эми эч нерсени ачпайт. Жаңысын жазып алып, кулпуланган жерде сактаңыз; ал бир гана жолу көрсөтүлөт:</translation>
    </message>
    <message>
      <source>This backup is of another organisation: {code} {name}. The database on this computer is of {live_code} {live_name}.</source>
      <translation>Бул башка уюмдун камдык көчүрмөсү: {code} {name}. Бул компьютердеги база {live_code} {live_name} уюмуна таандык.</translation>
    </message>
    <message>
      <source>Type the backup's organisation code to confirm</source>
      <translation>Ырастоо үчүн камдык көчүрмөдөгү уюмдун кодун жазыңыз</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A backup is written to a file or a folder: {path} is neither. Nothing was written.</source>
      <translation>Камдык көчүрмө файлга же папкага жазылат: {path} алардын бири да эмес. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
      <source>A word by itself is easy to guess.</source>
      <translation>Бир эле сөздү табуу оңой.</translation>
    </message>
    <message>
      <source>Add another word or two. Uncommon words are better.</source>
      <translation>Дагы бир-эки сөз кошуңуз. Сейрек сөздөр жакшыраак.</translation>
    </message>
    <message>
      <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
      <translation>Баары чоң тамга менен жазылса, баары кичине тамгадагыдай эле оңой табылат.</translation>
    </message>
    <message>
      <source>An unfinished key change could not be completed ({reason}). Free some space and open the database again.</source>
      <translation>Үзгүлтүккө учураган ачкыч алмаштырууну аягына чыгаруу мүмкүн болбоду ({reason}). Орун бошотуп, маалымат базасын кайра ачыңыз.</translation>
    </message>
    <message>
      <source>Avoid dates and years that are associated with you.</source>
      <translation>Сизге байланыштуу даталарды жана жылдарды колдонбоңуз.</translation>
    </message>
    <message>
      <source>Avoid recent years.</source>
      <translation>Акыркы жылдарды колдонбоңуз.</translation>
    </message>
    <message>
      <source>Avoid repeated words and characters.</source>
      <translation>Кайталанган сөздөрдү жана белгилерди колдонбоңуз.</translation>
    </message>
    <message>
      <source>Avoid sequences.</source>
      <translation>Ырааттуулуктарды колдонбоңуз.</translation>
    </message>
    <message>
      <source>Avoid years that are associated with you.</source>
      <translation>Сизге байланыштуу жылдарды колдонбоңуз.</translation>
    </message>
    <message>
      <source>Capitalization doesn't help very much.</source>
      <translation>Баш тамга анчалык жардам бербейт.</translation>
    </message>
    <message>
      <source>Change your own password with your current one.</source>
      <translation>Өз сырсөзүңүздү учурдагысын көрсөтүп алмаштырыңыз.</translation>
    </message>
    <message>
      <source>Common names and surnames are easy to guess.</source>
      <translation>Кеңири тараган ысымдарды жана фамилияларды табуу оңой.</translation>
    </message>
    <message>
      <source>Dates are often easy to guess.</source>
      <translation>Даталарды көбүнчө табуу оңой.</translation>
    </message>
    <message>
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>Ысымдарды жана фамилияларды өзүнчө табуу оңой.</translation>
    </message>
    <message>
      <source>No need for symbols, digits, or uppercase letters.</source>
      <translation>Белгилер, сандар же чоң тамгалар милдеттүү эмес.</translation>
    </message>
    <message>
      <source>Only a director (or the recovery key) can issue a role.</source>
      <translation>Ролду директор гана (же калыбына келтирүү ачкычы) бере алат.</translation>
    </message>
    <message>
      <source>Only a director can replace the recovery key.</source>
      <translation>Калыбына келтирүү ачкычын директор гана алмаштыра алат.</translation>
    </message>
    <message>
      <source>Only a director can use the organisation's keys.</source>
      <translation>Уюмдун ачкычтарын директор гана колдоно алат.</translation>
    </message>
    <message>
      <source>Only a director of the database on this computer (or its recovery key) can restore a backup over it.</source>
      <translation>Бул компьютердеги базанын үстүнө камдык көчүрмөнү анын директору гана (же анын калыбына келтирүү ачкычы) калыбына келтире алат.</translation>
    </message>
    <message>
      <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
      <translation>«a» ордуна «@» сыяктуу оңой божомолдонгон алмаштыруулар анчалык жардам бербейт.</translation>
    </message>
    <message>
      <source>Recent years are easy to guess.</source>
      <translation>Акыркы жылдарды табуу оңой.</translation>
    </message>
    <message>
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation>«aaa» сыяктуу кайталоолорду табуу оңой.</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation>«abcabcabc» сыяктуу кайталоолорду «abc» дан бир аз гана кыйыныраак табууга болот.</translation>
    </message>
    <message>
      <source>Reversed words aren't much harder to guess.</source>
      <translation>Тескери жазылган сөздөрдү табуу анчалык кыйын эмес.</translation>
    </message>
    <message>
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation>«abc» же «6543» сыяктуу ырааттуулуктарды табуу оңой.</translation>
    </message>
    <message>
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>Клавиатурадагы кыска үлгүлөрдү табуу оңой.</translation>
    </message>
    <message>
      <source>Straight rows of keys are easy to guess.</source>
      <translation>Катар турган баскычтарды табуу оңой.</translation>
    </message>
    <message>
      <source>The backup does not open with these credentials: give an account of the backup and its password, or the backup's recovery key.</source>
      <translation>Камдык көчүрмө бул маалыматтар менен ачылбайт: камдык көчүрмөдөгү каттоо эсебин жана анын сырсөзүн же камдык көчүрмөнүн калыбына келтирүү ачкычын көрсөтүңүз.</translation>
    </message>
    <message>
      <source>The database could not be re-encrypted ({reason}); it is unchanged.</source>
      <translation>Маалымат базасын кайра шифрлөө мүмкүн болбоду ({reason}); ал өзгөргөн жок.</translation>
    </message>
    <message>
      <source>The database was re-encrypted but its files could not be put in place ({reason}). Open it again to finish.</source>
      <translation>Маалымат базасы кайра шифрленди, бирок анын файлдарын ордуна коюу мүмкүн болбоду ({reason}). Аягына чыгаруу үчүн аны кайра ачыңыз.</translation>
    </message>
    <message>
      <source>The disk is full: the database was not re-encrypted and is unchanged. Free some space and try again.</source>
      <translation>Диск толуп калды: маалымат базасы кайра шифрленген жок жана өзгөргөн жок. Орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <source>The organisation keys are created at the first director's sign-in.</source>
      <translation>Уюмдун ачкычтары директор биринчи киргенде түзүлөт.</translation>
    </message>
    <message>
      <source>The organisation keys in the key file do not match: the key file was altered.</source>
      <translation>Ачкыч файлындагы уюмдун ачкычтары дал келбейт: ачкыч файлы өзгөртүлгөн.</translation>
    </message>
    <message>
      <source>The re-encrypted copy failed its check; the database is unchanged.</source>
      <translation>Кайра шифрленген көчүрмө текшерүүдөн өткөн жок; маалымат базасы өзгөргөн жок.</translation>
    </message>
    <message>
      <source>The re-encrypted copy is incomplete; the database is unchanged.</source>
      <translation>Кайра шифрленген көчүрмө толук эмес; маалымат базасы өзгөргөн жок.</translation>
    </message>
    <message>
      <source>The record of an unfinished key change ({path}) is damaged. Do not delete any file beside the database; ask for help.</source>
      <translation>Аягына чыкпаган ачкыч алмаштыруунун жазуусу ({path}) бузулган. Маалымат базасынын жанындагы файлдарды өчүрбөңүз; жардам сураңыз.</translation>
    </message>
    <message>
      <source>The sealed data is damaged or not for this key.</source>
      <translation>Шифрленген маалымат бузулган же бул ачкыч үчүн эмес.</translation>
    </message>
    <message>
      <source>This backup is of another organisation ({code}). Nothing was restored: give its code with --confirm-organisation to confirm.</source>
      <translation>Бул башка уюмдун ({code}) камдык көчүрмөсү. Эч нерсе калыбына келтирилген жок: ырастоо үчүн анын кодун --confirm-organisation менен көрсөтүңүз.</translation>
    </message>
    <message>
      <source>This backup is of another organisation ({code}). Nothing was restored: type its code to confirm.</source>
      <translation>Бул башка уюмдун ({code}) камдык көчүрмөсү. Эч нерсе калыбына келтирилген жок: ырастоо үчүн анын кодун жазыңыз.</translation>
    </message>
    <message>
      <source>This is a top-10 common password.</source>
      <translation>Бул эң көп колдонулган 10 сырсөздүн бири.</translation>
    </message>
    <message>
      <source>This is a top-100 common password.</source>
      <translation>Бул эң көп колдонулган 100 сырсөздүн бири.</translation>
    </message>
    <message>
      <source>This is a very common password.</source>
      <translation>Бул абдан көп колдонулган сырсөз.</translation>
    </message>
    <message>
      <source>This is similar to a commonly used password.</source>
      <translation>Бул көп колдонулган сырсөзгө окшош.</translation>
    </message>
    <message>
      <source>Use a few words, avoid common phrases.</source>
      <translation>Бир нече сөз колдонуңуз, кеңири тараган сөз айкаштарынан качыңыз.</translation>
    </message>
    <message>
      <source>Use a longer keyboard pattern with more turns.</source>
      <translation>Клавиатурада көбүрөөк бурулган узунураак үлгүнү колдонуңуз.</translation>
    </message>
    <message>
      <source>Wrong account or password. Restoring over the database on this computer needs one of its directors or its recovery key.</source>
      <translation>Каттоо эсеби же сырсөз туура эмес. Бул компьютердеги базанын үстүнө калыбына келтирүү үчүн анын директорлорунун бири же анын калыбына келтирүү ачкычы керек.</translation>
    </message>
    <message>
      <source>Your account has no signing key yet: sign out and in again.</source>
      <translation>Каттоо эсебиңизде кол коюу ачкычы азырынча жок: чыгып, кайра кириңиз.</translation>
    </message>
    <message>
      <source>Your account has no valid role certificate, so it cannot be used. Ask a director to reset your password.</source>
      <translation>Каттоо эсебиңиздин жарактуу роль сертификаты жок, ошондуктан аны колдонууга болбойт. Директордон сырсөзүңүздү жаңыртып берүүсүн сураңыз.</translation>
    </message>
    <message>
      <source>{path} is a copy of another database: there is nothing to compare.</source>
      <translation>{path} башка маалымат базасынын көчүрмөсү: салыштыра турган эч нерсе жок.</translation>
    </message>
    <message>
      <source>{path} is neither a backup nor a return's metadata with a signed audit head.</source>
      <translation>{path} камдык көчүрмө да, аудиттин кол коюлган акыркы жазуусу бар отчеттун метамаалыматы да эмес.</translation>
    </message>
    <message>
      <source>{path} is not a regular file ({kind}): nothing was written to it.</source>
      <translation>{path} кадимки файл эмес ({kind}): ага эч нерсе жазылган жок.</translation>
    </message>
    <message>
      <source>{path} is not a safety copy of this database: nothing was deleted.</source>
      <translation>{path} бул маалымат базасынын коопсуздук көчүрмөсү эмес: эч нерсе өчүрүлгөн жок.</translation>
    </message>
    <message>
      <source>The password must have at least {n} characters. A few words that belong together only for you make a good one.</source>
      <translation>Сырсөз кеминде {n} белгиден турушу керек. Жакшы сырсөз — сиз үчүн гана бири-бирине байланышкан бир нече сөз.</translation>
    </message>
    <message>
      <source>This password is too easy to guess. A few words that belong together only for you make a good one.</source>
      <translation>Бул сырсөздү табуу өтө оңой. Жакшы сырсөз — сиз үчүн гана бири-бирине байланышкан бир нече сөз.</translation>
    </message>
    <message>
      <source>This password is too easy to guess. {hint}</source>
      <translation>Бул сырсөздү табуу өтө оңой. {hint}</translation>
    </message>
    <message>
      <source>A CSV return is written to a file, with its .meta.json beside it: {path} is not a file. Nothing was written.</source>
      <translation>CSV отчет файлга жазылат, анын жанына .meta.json жазылат: {path} файл эмес. Эч нерсе жазылган жок.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>A database is on this computer: restoring over it needs one of its directors (account and password) or its recovery key.</source>
      <translation>Бул компьютерде маалымат базасы бар: анын үстүнө калыбына келтирүү үчүн анын директорлорунун бири (каттоо эсеби жана сырсөз) же анын калыбына келтирүү ачкычы керек.</translation>
    </message>
    <message>
      <source>Account in the backup:</source>
      <translation>Көчүрмөдөгү каттоо эсеби:</translation>
    </message>
    <message>
      <source>Its password:</source>
      <translation>Анын сырсөзү:</translation>
    </message>
    <message>
      <source>The backup opens with another account of its own</source>
      <translation>Көчүрмө өзүнүн башка каттоо эсеби менен ачылат</translation>
    </message>
    <message>
      <source>The database on this computer has {residents} residents and {entries} audit log entries that are not in the backup: they will be replaced.</source>
      <translation>Бул компьютердеги базада камдык көчүрмөдө жок кардарлар ({residents}) жана аудит журналынын жазуулары ({entries}) бар: алар алмаштырылат.</translation>
    </message>
    <message>
      <source>This backup is of another organisation ({name}). Type its code to restore it over this one:</source>
      <translation>Бул башка уюмдун ({name}) камдык көчүрмөсү. Аны бул базанын үстүнө калыбына келтирүү үчүн анын кодун жазыңыз:</translation>
    </message>
    <message>
      <source>Type the backup's organisation code to confirm:</source>
      <translation>Ырастоо үчүн көчүрмөдөгү уюмдун кодун жазыңыз:</translation>
    </message>
  </context>
  <context>
    <name>Security</name>
    <message>
      <source>Audit log: FAILED — entry #{position} differs from the head signed on {date} by {user}: the log was rewritten</source>
      <translation>Аудит журналы: КАТА — №{position} жазуу {date} күнү {user} кол койгон акыркы жазуудан айырмаланат: журнал кайра жазылган</translation>
    </message>
    <message>
      <source>Audit log: FAILED — entry #{position} is missing: the log was cut after the head signed on {date} by {user}</source>
      <translation>Аудит журналы: КАТА — №{position} жазуу жок: журнал {date} күнү {user} кол койгон акыркы жазуудан кийин кесилген</translation>
    </message>
    <message>
      <source>Audit log: a signed head dated {date} ({user}) has a wrong signature and was ignored</source>
      <translation>Аудит журналы: {date} күнкү ({user}) кол коюлган акыркы жазуунун колу туура эмес жана ал эске алынган жок</translation>
    </message>
  </context>
  <context>
    <name>Verify</name>
    <message>
      <source>Roles: FAILED — the accounts table says {account} is {column}, the signed certificate says {certificate}</source>
      <translation>Ролдор: КАТА — каттоо эсептеринин таблицасы боюнча {account} — {column}, кол коюлган сертификат боюнча — {certificate}</translation>
    </message>
    <message>
      <source>Roles: FAILED — {account} has no valid role certificate (the accounts table says {column})</source>
      <translation>Ролдор: КАТА — {account} жарактуу роль сертификаты жок (каттоо эсептеринин таблицасы боюнча — {column})</translation>
    </message>
    <message>
      <source>Roles: ok (each matches its signed certificate)</source>
      <translation>Ролдор: жайында (ар бири кол коюлган сертификатына дал келет)</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Organisation fingerprint: {fingerprint}</source>
      <translation>Уюмдун манжа изи: {fingerprint}</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Fingerprint:</source>
      <translation>Манжа изи:</translation>
    </message>
    <message>
      <source>The organisation key's fingerprint, as on the recovery key sheet: read it aloud to another shelter that adds this organisation's card.</source>
      <translation>Уюмдун ачкычынын манжа изи, калыбына келтирүү ачкычы жазылган барактагыдай: бул уюмдун карточкасын кошкон башка баш калкалоочу жайга аны үн чыгарып окуп бериңиз.</translation>
    </message>
    <message>
      <source>made at the first director's sign-in</source>
      <translation>директор биринчи киргенде түзүлөт</translation>
    </message>
  </context>
  <context>
    <name>AccountsBox</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Make a new key</source>
      <translation>Жаңы ачкыч түзүү</translation>
    </message>
    <message>
      <source>Make a new recovery key? The database is re-encrypted and the printed key opens nothing afterwards. Have paper ready: the new key is shown only once.</source>
      <translation>Жаңы калыбына келтирүү ачкычын түзөсүзбү? Маалымат базасы кайра шифрленет жана басылып чыккан ачкыч мындан ары эч нерсени ачпайт. Кагаз даярдаңыз: жаңы ачкыч бир гана жолу көрсөтүлөт.</translation>
    </message>
    <message>
      <source>New recovery key</source>
      <translation>Жаңы калыбына келтирүү ачкычы</translation>
    </message>
    <message>
      <source>New recovery key…</source>
      <translation>Жаңы калыбына келтирүү ачкычы…</translation>
    </message>
    <message>
      <source>Organisation fingerprint: {fingerprint}</source>
      <translation>Уюмдун манжа изи: {fingerprint}</translation>
    </message>
    <message>
      <source>Replace the recovery key when someone who may have seen the printed sheet has left: the old key opens nothing afterwards.</source>
      <translation>Басылып чыккан баракты көрүшү мүмкүн болгон адам кеткенде калыбына келтирүү ачкычын алмаштырыңыз: андан кийин эски ачкыч эч нерсени ачпайт.</translation>
    </message>
    <message>
      <source>The new recovery key, shown only now. Write it down and keep it locked away:</source>
      <translation>Жаңы калыбына келтирүү ачкычы, ал азыр гана көрсөтүлөт. Аны жазып алып, кулпуланган жерде сактаңыз:</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Delete the safety copies older than {days} days? They cannot be brought back.</source>
      <translation>{days} күндөн эски коопсуздук көчүрмөлөрүн өчүрөсүзбү? Аларды кайра калыбына келтирүүгө болбойт.</translation>
    </message>
    <message>
      <source>Delete them…</source>
      <translation>Аларды өчүрүү…</translation>
    </message>
    <message>
      <source>Keep them</source>
      <translation>Калтыруу</translation>
    </message>
    <message>
      <source>Safety copies older than {days} days beside the database: {names}</source>
      <translation>Маалымат базасынын жанындагы {days} күндөн эски коопсуздук көчүрмөлөрү: {names}</translation>
    </message>
  </context>
</TS>
