<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>AccountsBox</name>
    <message>
      <source>My password: the change is not made</source>
      <translation>Менин сырсөзүм: өзгөртүү жасалган жок</translation>
    </message>
    <message>
      <source>Staff accounts: the account {username} is not added</source>
      <translation>Каттоо эсептери: {username} каттоо эсеби кошулган жок</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Checking every entry of the audit log…</source>
      <translation>Аудит журналынын ар бир жазуусу текшерилүүдө…</translation>
    </message>
    <message>
      <source>Saving the audit log as PDF…</source>
      <translation>Аудит журналы PDF катары сакталууда…</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <source>Writing the backup and checking it…</source>
      <translation>Камдык көчүрмө жазылып, текшерилүүдө…</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import: {file} is checked but not imported</source>
      <translation>Импорт: {file} файлы текшерилди, бирок импорттолгон жок</translation>
    </message>
    <message>
      <source>Importing: all rows or none…</source>
      <translation>Импорттоо: бардык саптар же бири да эмес…</translation>
    </message>
    <message>
      <source>Reading and checking the file…</source>
      <translation>Файл окулуп, текшерилүүдө…</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>Plan, draft version {version}: {parts}</source>
      <translation>План, {version}-версиянын долбоору: {parts}</translation>
    </message>
    <message>
      <source>Plan: a review not yet recorded</source>
      <translation>План: кайра кароо али жазыла элек</translation>
    </message>
    <message>
      <source>Saving the plans as PDF…</source>
      <translation>Пландар PDF катары сакталууда…</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>максаттар</translation>
    </message>
    <message>
      <source>needs</source>
      <translation>муктаждыктар</translation>
    </message>
    <message>
      <source>resident's wishes</source>
      <translation>кардардын каалоолору</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
    <message>
      <source>Saving everything held about this person as PDF…</source>
      <translation>Бул адам жөнүндөгү бардык маалымат PDF катары сакталууда…</translation>
    </message>
    <message>
      <source>{record}, details: {fields}</source>
      <translation>{record}, маалымат: {fields}</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Opening the backup and checking it…</source>
      <translation>Камдык көчүрмө ачылып, текшерилүүдө…</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Камдык көчүрмөдөн калыбына келтирүү…</translation>
    </message>
  </context>
  <context>
    <name>RetentionPage</name>
    <message>
      <source>Anonymizing…</source>
      <translation>Маалымат анонимдештирилүүдө…</translation>
    </message>
    <message>
      <source>Deleting…</source>
      <translation>Өчүрүлүүдө…</translation>
    </message>
    <message>
      <source>Looking for records past the retention period…</source>
      <translation>Сактоо мөөнөтү өткөн жазуулар изделүүдө…</translation>
    </message>
    <message>
      <source>Saving the resident's record as PDF…</source>
      <translation>Кардардын маалыматы PDF катары сакталууда…</translation>
    </message>
    <message>
      <source>Stopped: nothing was changed.</source>
      <translation>Токтотулду: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <source>Stopped: nothing was deleted.</source>
      <translation>Токтотулду: эч нерсе өчүрүлгөн жок.</translation>
    </message>
  </context>
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>Counting the return…</source>
      <translation>Отчёт эсептелүүдө…</translation>
    </message>
    <message>
      <source>Writing the return…</source>
      <translation>Отчёт жазылууда…</translation>
    </message>
  </context>
  <context>
    <name>ServicesTab</name>
    <message>
      <source>Saving the summary as PDF…</source>
      <translation>Жыйынтык PDF катары сакталууда…</translation>
    </message>
    <message>
      <source>Services: {service} not yet logged</source>
      <translation>Кызматтар: «{service}» али жазыла элек</translation>
    </message>
    <message>
      <source>a service</source>
      <translation>кызмат</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings: {names}</source>
      <translation>Жөндөөлөр: {names}</translation>
    </message>
  </context>
  <context>
    <name>StaysTab</name>
    <message>
      <source>Stays: the admission is not recorded</source>
      <translation>Жайгашуу: кабыл алуу жазылган жок</translation>
    </message>
    <message>
      <source>Stays: the discharge is not recorded</source>
      <translation>Жайгашуу: чыгуу жазылган жок</translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <source>(no log could be written on this computer)</source>
      <translation>(бул компьютерде журнал жазылган жок)</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Сактабоо</translation>
    </message>
    <message>
      <source>Error type: {name}</source>
      <translation>Катанын түрү: {name}</translation>
    </message>
    <message>
      <source>Something went wrong that the app did not expect. What was saved before is safe, and the window keeps working; the last action may not have finished. Check it, and try again.</source>
      <translation>Күтүлбөгөн ката кетти. Мурда сакталгандын баары сакталып турат, терезе иштей берет; акыркы аракет аягына чыкпай калышы мүмкүн. Аны текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <source>The details are in the log file (it holds no names or notes): {path}</source>
      <translation>Кененирээк маалымат журнал файлында (анда ысымдар жана жазмалар жок): {path}</translation>
    </message>
    <message>
      <source>These changes are not saved:</source>
      <translation>Бул өзгөртүүлөр сакталган жок:</translation>
    </message>
    <message>
      <source>Typed changes</source>
      <translation>Киргизилген өзгөртүүлөр</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Күтүлбөгөн ката</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Page {page}</source>
      <translation>{page}-бет</translation>
    </message>
    <message>
      <source>Please wait</source>
      <translation>Күтө туруңуз</translation>
    </message>
    <message>
      <source>Printing page {page}…</source>
      <translation>{page}-бет басылууда…</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Басылууда…</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Токтотулууда…</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Аткарылууда…</translation>
    </message>
    <message>
      <source>{done} of {total}</source>
      <translation>{total} ичинен {done}</translation>
    </message>
  </context>
</TS>
