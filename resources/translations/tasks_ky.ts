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
    <message>
      <source>why there is no education goal</source>
      <translation>эмне үчүн билим берүү максаты жок</translation>
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
    <message>
      <source>Nothing to save.</source>
      <translation>Сактала турган эч нерсе жок.</translation>
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
    <message>
      <source>Nothing to save.</source>
      <translation>Сактала турган эч нерсе жок.</translation>
    </message>
    <message>
      <source>The organisation's details: {names}</source>
      <translation>Уюмдун маалыматтары: {names}</translation>
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
      <source>Adding the attachments…</source>
      <translation>Тиркемелер кошулууда…</translation>
    </message>
    <message>
      <source>Saving a copy of the attachment…</source>
      <translation>Тиркеменин көчүрмөсү сакталууда…</translation>
    </message>
    <message>
      <source>Case notes: a note not yet saved</source>
      <translation>Иш боюнча жазуулар: жазуу али сактала элек</translation>
    </message>
    <message>
      <source>Safety: the safety plan is not saved</source>
      <translation>Коопсуздук: коопсуздук планы сакталган жок</translation>
    </message>
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
  <context>
    <name>AuditActions</name>
    <message>
      <source>Follow-up contacts planned</source>
      <translation>Кийинки байланыштар пландалды</translation>
    </message>
    <message>
      <source>Follow-up contact recorded</source>
      <translation>Кийинки байланыш жазылды</translation>
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
      <source>Case closed after follow-up</source>
      <translation>Иш кийинки байланыштан кийин жабылды</translation>
    </message>
    <message>
      <source>Compensation claim recorded</source>
      <translation>Компенсация боюнча доо жазылды</translation>
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
      <source>Compensation payment recorded</source>
      <translation>Компенсация төлөмү жазылды</translation>
    </message>
    <message>
      <source>Compensation payment deleted</source>
      <translation>Компенсация төлөмү өчүрүлдү</translation>
    </message>
    <message>
      <source>Offence recorded for non-punishment</source>
      <translation>Жазаланбоо принциби үчүн укук бузуу жазылды</translation>
    </message>
    <message>
      <source>Non-punishment outcome recorded</source>
      <translation>Жазаланбоо принциби боюнча жыйынтык жазылды</translation>
    </message>
    <message>
      <source>Non-punishment outcome deleted</source>
      <translation>Жазаланбоо принциби боюнча жыйынтык өчүрүлдү</translation>
    </message>
    <message>
      <source>Referral made</source>
      <translation>Жолдомо берилди</translation>
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
      <source>Referral outcome recorded</source>
      <translation>Жолдомонун жыйынтыгы жазылды</translation>
    </message>
    <message>
      <source>Referral letter printed</source>
      <translation>Жолдомо кат басылды</translation>
    </message>
    <message>
      <source>Organisation card exported</source>
      <translation>Уюмдун карточкасы чыгарылды</translation>
    </message>
    <message>
      <source>Organisation card added</source>
      <translation>Уюмдун карточкасы кошулду</translation>
    </message>
    <message>
      <source>Case transferred to another shelter</source>
      <translation>Иш башка баш калкалоочу жайга өткөрүлдү</translation>
    </message>
    <message>
      <source>Case received from another shelter</source>
      <translation>Иш башка баш калкалоочу жайдан кабыл алынды</translation>
    </message>
    <message>
      <source>Case note written</source>
      <translation>Иштеги жазуу жазылды</translation>
    </message>
    <message>
      <source>Case note changed</source>
      <translation>Иштеги жазуу өзгөртүлдү</translation>
    </message>
    <message>
      <source>Case note annotated</source>
      <translation>Иштеги жазууга кошумча жазылды</translation>
    </message>
    <message>
      <source>Attachment added</source>
      <translation>Тиркеме кошулду</translation>
    </message>
    <message>
      <source>Attachment opened</source>
      <translation>Тиркеме ачылды</translation>
    </message>
    <message>
      <source>Copy of an attachment saved</source>
      <translation>Тиркеменин көчүрмөсү сакталды</translation>
    </message>
    <message>
      <source>Attachment changed</source>
      <translation>Тиркеме өзгөртүлдү</translation>
    </message>
    <message>
      <source>Attachment deleted</source>
      <translation>Тиркеме өчүрүлдү</translation>
    </message>
    <message>
      <source>Identity document added</source>
      <translation>Инсандыгын күбөлөндүрүүчү документ кошулду</translation>
    </message>
    <message>
      <source>Identity document changed</source>
      <translation>Инсандыгын күбөлөндүрүүчү документ өзгөртүлдү</translation>
    </message>
    <message>
      <source>Identity document deleted</source>
      <translation>Инсандыгын күбөлөндүрүүчү документ өчүрүлдү</translation>
    </message>
    <message>
      <source>Contact added</source>
      <translation>Байланыш кошулду</translation>
    </message>
    <message>
      <source>Contact changed</source>
      <translation>Байланыш өзгөртүлдү</translation>
    </message>
    <message>
      <source>Contact deleted</source>
      <translation>Байланыш өчүрүлдү</translation>
    </message>
    <message>
      <source>Place added</source>
      <translation>Жайгашкан жер кошулду</translation>
    </message>
    <message>
      <source>Place changed</source>
      <translation>Жайгашкан жер өзгөртүлдү</translation>
    </message>
    <message>
      <source>Moved to another place</source>
      <translation>Башка жайгашкан жерге көчүрүлдү</translation>
    </message>
    <message>
      <source>Stay corrected</source>
      <translation>Жашоо мөөнөтү оңдолду</translation>
    </message>
    <message>
      <source>Discharge undone</source>
      <translation>Жайдан чыгаруу жокко чыгарылды</translation>
    </message>
    <message>
      <source>Another record merged into this one</source>
      <translation>Бул жазууга башка жазуу бириктирилди</translation>
    </message>
    <message>
      <source>Record merged into another</source>
      <translation>Жазуу башка жазууга бириктирилди</translation>
    </message>
    <message>
      <source>Record created by mistake deleted</source>
      <translation>Жаңылыштык менен түзүлгөн жазуу өчүрүлдү</translation>
    </message>
  </context>
</TS>
