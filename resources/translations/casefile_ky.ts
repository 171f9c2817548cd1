<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>AttachDialog</name>
    <message>
      <source>Attach</source>
      <translation>Тиркөө</translation>
    </message>
    <message>
      <source>Attach to the case file</source>
      <translation>Ишке тиркөө</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Choose the kind of paper.</source>
      <translation>Документтин түрүн тандаңыз.</translation>
    </message>
    <message>
      <source>Date of the paper:</source>
      <translation>Документтин күнү:</translation>
    </message>
    <message>
      <source>Each file keeps its name</source>
      <translation>Ар бир файл өз атын сактайт</translation>
    </message>
    <message>
      <source>Files:</source>
      <translation>Файлдар:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Түрү:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Аталышы:</translation>
    </message>
    <message>
      <source>What the paper is</source>
      <translation>Бул кандай документ</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <source>Next page ▶</source>
      <translation>Кийинки бет ▶</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>{pages} беттин {page}-бети</translation>
    </message>
    <message>
      <source>Save a copy…</source>
      <translation>Көчүрмөсүн сактоо…</translation>
    </message>
    <message>
      <source>This file cannot be shown inside the app (it is damaged or not an image or PDF). You can save a copy and open it elsewhere.</source>
      <translation>Бул файлды программада көрсөтүү мүмкүн эмес (ал бузулган же сүрөт да, PDF да эмес). Көчүрмөсүн сактап, башка программада ачсаңыз болот.</translation>
    </message>
    <message>
      <source>◀ Previous page</source>
      <translation>◀ Мурунку бет</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsModel</name>
    <message>
      <source>Added by</source>
      <translation>Кошкон</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Көлөмү</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Аталышы</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <source>&amp;Add files…</source>
      <translation>&amp;Файлдарды кошуу…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Көрүү</translation>
    </message>
    <message>
      <source>A copy saved out of the app is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once it has been used.</source>
      <translation>Программадан тышкары сакталган көчүрмө шифрленген эмес: ал кимдин колуна тийсе, ошол окуй алат. Аны коопсуз жерге гана сактап, колдонгондон кийин өчүрүп салыңыз.</translation>
    </message>
    <message>
      <source>Atta&amp;chments</source>
      <translation>&amp;Тиркемелер</translation>
    </message>
    <message>
      <source>Attach a scan, photo or PDF</source>
      <translation>Скан, сүрөт же PDF тиркөө</translation>
    </message>
    <message>
      <source>Attaching…</source>
      <translation>Тиркелүүдө…</translation>
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
      <source>Delete the attachment “{title}”? Its file is removed from the database.</source>
      <translation>«{title}» тиркемесин өчүрөсүзбү? Анын файлы маалымат базасынан өчүрүлөт.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Өчүрүү…</translation>
    </message>
    <message>
      <source>Drop scans, photos or PDFs here (at most 25 MB each). They are kept inside the encrypted database.</source>
      <translation>Скандарды, сүрөттөрдү же PDF файлдарды бул жерге сүйрөп келиңиз (ар бири 25 МБдан ашпасын). Алар шифрленген маалымат базасынын ичинде сакталат.</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Ачылууда…</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>&amp;Көчүрмөсүн сактоо…</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Көчүрмөсүн сактоо</translation>
    </message>
    <message>
      <source>Saving a copy…</source>
      <translation>Көчүрмө сакталууда…</translation>
    </message>
    <message>
      <source>Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp);;All files (*)</source>
      <translation>Скандар, сүрөттөр жана PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp);;Бардык файлдар (*)</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Another record merged into this one</source>
      <translation>Бул жазууга башка жазуу бириктирилди</translation>
    </message>
    <message>
      <source>Attachment added</source>
      <translation>Тиркеме кошулду</translation>
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
      <source>Attachment opened</source>
      <translation>Тиркеме ачылды</translation>
    </message>
    <message>
      <source>Case note annotated</source>
      <translation>Иштеги жазууга кошумча жазылды</translation>
    </message>
    <message>
      <source>Case note changed</source>
      <translation>Иштеги жазуу өзгөртүлдү</translation>
    </message>
    <message>
      <source>Case note written</source>
      <translation>Иштеги жазуу жазылды</translation>
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
      <source>Copy of an attachment saved</source>
      <translation>Тиркеменин көчүрмөсү сакталды</translation>
    </message>
    <message>
      <source>Discharge undone</source>
      <translation>Жайдан чыгаруу жокко чыгарылды</translation>
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
      <source>Moved to another place</source>
      <translation>Башка жайгашкан жерге көчүрүлдү</translation>
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
      <source>Record created by mistake deleted</source>
      <translation>Жаңылыштык менен түзүлгөн жазуу өчүрүлдү</translation>
    </message>
    <message>
      <source>Record merged into another</source>
      <translation>Жазуу башка жазууга бириктирилди</translation>
    </message>
    <message>
      <source>Stay corrected</source>
      <translation>Жашоо мөөнөтү оңдолду</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>after</source>
      <translation>кийин</translation>
    </message>
    <message>
      <source>attachment</source>
      <translation>тиркеме</translation>
    </message>
    <message>
      <source>before</source>
      <translation>мурун</translation>
    </message>
    <message>
      <source>capacity</source>
      <translation>сыйымдуулугу</translation>
    </message>
    <message>
      <source>contact</source>
      <translation>байланыш</translation>
    </message>
    <message>
      <source>document</source>
      <translation>документ</translation>
    </message>
    <message>
      <source>kept record</source>
      <translation>калтырылган жазуу</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>түрү</translation>
    </message>
    <message>
      <source>merged record</source>
      <translation>бириктирилген жазуу</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>көчүрүлдү</translation>
    </message>
    <message>
      <source>moved on</source>
      <translation>көчүрүлгөн күнү</translation>
    </message>
    <message>
      <source>note</source>
      <translation>жазуу</translation>
    </message>
    <message>
      <source>place</source>
      <translation>жайгашкан жер</translation>
    </message>
    <message>
      <source>stay</source>
      <translation>жашоо мөөнөтү</translation>
    </message>
  </context>
  <context>
    <name>AuditRecords</name>
    <message>
      <source>Place</source>
      <translation>Жайгашкан жер</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Attached {file} to {case_number} as number {id} ({size}).</source>
      <translation>{file} файлы {case_number} ишине {id} номери менен тиркелди ({size}).</translation>
    </message>
    <message>
      <source>Saved a copy of attachment {id} to {path} ({size}).</source>
      <translation>{id} тиркемесинин көчүрмөсү {path} файлына сакталды ({size}).</translation>
    </message>
    <message>
      <source>Warning: this copy is not encrypted. Keep it safe and delete it when it is no longer needed.</source>
      <translation>Көңүл буруңуз: бул көчүрмө шифрленген эмес. Аны коопсуз жерде сактап, кереги жок болгондо өчүрүп салыңыз.</translation>
    </message>
    <message>
      <source>{n} attachments.</source>
      <translation>Тиркемелер: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Codes</name>
    <message>
      <source>Rented apartment</source>
      <translation>Ижарага алынган батир</translation>
    </message>
    <message>
      <source>Shelter room</source>
      <translation>Жайдагы бөлмө</translation>
    </message>
  </context>
  <context>
    <name>ContactCombo</name>
    <message>
      <source>— no contact —</source>
      <translation>— байланыш жок —</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Байланыш</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Аты:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Эскертүүлөр:</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Телефон:</translation>
    </message>
    <message>
      <source>Relation:</source>
      <translation>Ким болот:</translation>
    </message>
    <message>
      <source>Safe to contact:</source>
      <translation>Байланышуу коопсузбу:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Where they live:</source>
      <translation>Кайда жашайт:</translation>
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <source>Name</source>
      <translation>Аты</translation>
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
      <source>Safe to contact</source>
      <translation>Байланышуу коопсуз</translation>
    </message>
  </context>
  <context>
    <name>DocumentDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Document:</source>
      <translation>Документ:</translation>
    </message>
    <message>
      <source>Held by now:</source>
      <translation>Азыр кимде:</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Инсандыгын күбөлөндүрүүчү документ</translation>
    </message>
    <message>
      <source>Issuing country:</source>
      <translation>Берген өлкө:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Эскертүүлөр:</translation>
    </message>
    <message>
      <source>Number:</source>
      <translation>Номери:</translation>
    </message>
    <message>
      <source>Replacement requested on:</source>
      <translation>Алмаштыруу суралган күнү:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Valid until:</source>
      <translation>Жарактуу мөөнөтү:</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
    <message>
      <source>— not known —</source>
      <translation>— белгисиз —</translation>
    </message>
  </context>
  <context>
    <name>DocumentsModel</name>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>Кимде</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Ким берген</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номери</translation>
    </message>
    <message>
      <source>Replacement requested</source>
      <translation>Алмаштыруу суралды</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Жарактуу мөөнөтү</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>Add contact…</source>
      <translation>Байланыш кошуу…</translation>
    </message>
    <message>
      <source>Add document…</source>
      <translation>Документ кошуу…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Өзгөртүү…</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Байланыштар</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <source>Delete this contact from the record?</source>
      <translation>Бул байланышты иштен өчүрөсүзбү?</translation>
    </message>
    <message>
      <source>Delete this identity document from the record?</source>
      <translation>Бул документти иштен өчүрөсүзбү?</translation>
    </message>
    <message>
      <source>Documents and c&amp;ontacts</source>
      <translation>Документтер жана &amp;байланыштар</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Инсандыгын күбөлөндүрүүчү документтер</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A case note can be changed for 24 hours after it is written; add an annotation instead.</source>
      <translation>Иштеги жазууну жазылгандан кийин 24 сааттын ичинде гана өзгөртүүгө болот; анын ордуна кошумча жазыңыз.</translation>
    </message>
    <message>
      <source>A move within this stay falls outside the new dates ({date}).</source>
      <translation>Бул жашоо мөөнөтүндөгү көчүү жаңы даталардан тышкары калат ({date}).</translation>
    </message>
    <message>
      <source>A record cannot be merged with itself.</source>
      <translation>Жазууну өзү менен бириктирүүгө болбойт.</translation>
    </message>
    <message>
      <source>No active staff account {value}.</source>
      <translation>{value} деген иштеп жаткан кызматкердин эсеби жок.</translation>
    </message>
    <message>
      <source>No place named {value}: add it under Accommodation first.</source>
      <translation>«{value}» деген жайгашкан жер жок: адегенде аны «Жайгаштыруу» бөлүмүнө кошуңуз.</translation>
    </message>
    <message>
      <source>No such attachment.</source>
      <translation>Мындай тиркеме жок.</translation>
    </message>
    <message>
      <source>No such case note.</source>
      <translation>Мындай жазуу жок.</translation>
    </message>
    <message>
      <source>No such contact.</source>
      <translation>Мындай байланыш жок.</translation>
    </message>
    <message>
      <source>No such identity document.</source>
      <translation>Мындай документ жок.</translation>
    </message>
    <message>
      <source>No such place.</source>
      <translation>Мындай жайгашкан жер жок.</translation>
    </message>
    <message>
      <source>No such stay.</source>
      <translation>Мындай жашоо мөөнөтү жок.</translation>
    </message>
    <message>
      <source>Not a field of the record: {value}.</source>
      <translation>Жазууда мындай талаа жок: {value}.</translation>
    </message>
    <message>
      <source>Not a file: {path}</source>
      <translation>Бул файл эмес: {path}</translation>
    </message>
    <message>
      <source>Not a valid time: {value}. Use HH:MM.</source>
      <translation>Убакыт туура эмес: {value}. СС:ММ түрүндө жазыңыз.</translation>
    </message>
    <message>
      <source>Only a director can delete a record created by mistake.</source>
      <translation>Жаңылыштык менен түзүлгөн жазууну директор гана өчүрө алат.</translation>
    </message>
    <message>
      <source>Only a director can merge two records.</source>
      <translation>Эки жазууну директор гана бириктире алат.</translation>
    </message>
    <message>
      <source>Only a record created in the last 7 days can be deleted as a mistake; older records leave through retention.</source>
      <translation>Жаңылыштык катары акыркы 7 күндө түзүлгөн жазууну гана өчүрүүгө болот; эскирээк жазуулар сактоо эрежелери боюнча өчүрүлөт.</translation>
    </message>
    <message>
      <source>Only the author can change a case note; others can add an annotation.</source>
      <translation>Иштеги жазууну анын автору гана өзгөртө алат; башкалар кошумча жаза алышат.</translation>
    </message>
    <message>
      <source>Only the last stay's discharge can be undone.</source>
      <translation>Акыркы жашоо мөөнөтүнөн чыгарууну гана жокко чыгарууга болот.</translation>
    </message>
    <message>
      <source>Required when an exit reason is given.</source>
      <translation>Чыгуу себеби көрсөтүлсө, милдеттүү.</translation>
    </message>
    <message>
      <source>The attachment is damaged: its bytes do not match what was stored.</source>
      <translation>Тиркеме бузулган: анын мазмуну сакталганга дал келбейт.</translation>
    </message>
    <message>
      <source>The corrected dates overlap another stay of this resident.</source>
      <translation>Оңдолгон даталар бул кардардын башка жашоо мөөнөтү менен кесилишет.</translation>
    </message>
    <message>
      <source>The file could not be read: {reason}</source>
      <translation>Файлды окуу мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Файл бош.</translation>
    </message>
    <message>
      <source>The file is larger than 25 MB; an attachment can be at most 25 MB.</source>
      <translation>Файл 25 МБдан чоң; тиркеме 25 МБдан ашпашы керек.</translation>
    </message>
    <message>
      <source>The file is {size} MB; an attachment can be at most 25 MB.</source>
      <translation>Файлдын көлөмү {size} МБ; тиркеме 25 МБдан ашпашы керек.</translation>
    </message>
    <message>
      <source>The move is after the stay ended.</source>
      <translation>Көчүү жашоо мөөнөтү бүткөндөн кийин.</translation>
    </message>
    <message>
      <source>The move is before the intake date.</source>
      <translation>Көчүү кабыл алуу күнүнөн мурун.</translation>
    </message>
    <message>
      <source>The two records have stays that overlap: correct the stays first, then merge.</source>
      <translation>Эки жазуунун жашоо мөөнөттөрү кесилишет: адегенде мөөнөттөрдү оңдоп, анан бириктириңиз.</translation>
    </message>
    <message>
      <source>There is already a place named {name}.</source>
      <translation>«{name}» деген жайгашкан жер мурунтан эле бар.</translation>
    </message>
    <message>
      <source>This contact does not belong to this resident.</source>
      <translation>Бул байланыш бул кардарга тиешелүү эмес.</translation>
    </message>
    <message>
      <source>This note is restricted to its author and the directors.</source>
      <translation>Бул жазууну анын автору жана директорлор гана окуй алат.</translation>
    </message>
    <message>
      <source>This resident is in the shelter on another stay.</source>
      <translation>Бул кардар башка жашоо мөөнөтү боюнча жайда турат.</translation>
    </message>
    <message>
      <source>This stay is not discharged.</source>
      <translation>Бул жашоо мөөнөтү боюнча чыгаруу катталган эмес.</translation>
    </message>
    <message>
      <source>A place needs an intake date.</source>
      <translation>Жайгашкан жер үчүн кабыл алуу күнү керек.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
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
    <name>Import</name>
    <message>
      <source>Contacts</source>
      <translation>Байланыштар</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Инсандыгын күбөлөндүрүүчү документтер</translation>
    </message>
    <message>
      <source>contacts</source>
      <translation>байланыштар</translation>
    </message>
    <message>
      <source>identity documents</source>
      <translation>инсандыгын күбөлөндүрүүчү документтер</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Case number of the other record:</source>
      <translation>Башка жазуунун иш номери:</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Салыштыруу</translation>
    </message>
    <message>
      <source>Everything recorded on the other record (stays, plans, services, legal cases, notes, attachments, documents, contacts) moves to this one. The other record keeps only its case number, which then opens this record.</source>
      <translation>Башка жазуудагы бардык маалымат (жашоо мөөнөттөрү, пландар, кызматтар, соттук иштер, жазуулар, тиркемелер, документтер, байланыштар) ушул жазууга көчүрүлөт. Башка жазуудан анын иш номери гана калат, ал номер мындан ары ушул жазууну ачат.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Талаа</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Бириктирүү</translation>
    </message>
    <message>
      <source>Merge record {other} into {kept}? This cannot be undone.</source>
      <translation>{other} жазуусун {kept} жазуусуна бириктиресизби? Муну кайра жокко чыгарууга болбойт.</translation>
    </message>
    <message>
      <source>Merge two records of the same person</source>
      <translation>Бир адамдын эки жазуусун бириктирүү</translation>
    </message>
    <message>
      <source>Other record — tick to take its value</source>
      <translation>Башка жазуу — анын маанисин алуу үчүн белгилеңиз</translation>
    </message>
    <message>
      <source>This record (kept)</source>
      <translation>Бул жазуу (калтырылат)</translation>
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message>
      <source>Date and time</source>
      <translation>Күнү жана убактысы</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Жазуу</translation>
    </message>
    <message>
      <source>Restricted note: only its author and the directors can read it.</source>
      <translation>Чектелген жазуу: аны автору жана директорлор гана окуй алат.</translation>
    </message>
    <message>
      <source>Written by</source>
      <translation>Жазган</translation>
    </message>
    <message>
      <source>restricted</source>
      <translation>чектелген</translation>
    </message>
    <message>
      <source>{n} annotations</source>
      <translation>кошумчалар: {n}</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <source>&amp;Annotate</source>
      <translation>&amp;Кошумча жазуу</translation>
    </message>
    <message>
      <source>&amp;Save note</source>
      <translation>&amp;Жазууну сактоо</translation>
    </message>
    <message>
      <source>Add an annotation (after 24 hours a note is only annotated)</source>
      <translation>Кошумча жазуу (24 сааттан кийин жазууга кошумча гана жазылат)</translation>
    </message>
    <message>
      <source>Annotations</source>
      <translation>Кошумчалар</translation>
    </message>
    <message>
      <source>Case &amp;notes</source>
      <translation>Иштеги &amp;жазуулар</translation>
    </message>
    <message>
      <source>Case notes are read by social workers and directors.</source>
      <translation>Иштеги жазууларды социалдык кызматкерлер жана директорлор окушат.</translation>
    </message>
    <message>
      <source>Case notes: the annotation being written</source>
      <translation>Иштеги жазуулар: башталган кошумча</translation>
    </message>
    <message>
      <source>Case notes: the note being written</source>
      <translation>Иштеги жазуулар: башталган жазуу</translation>
    </message>
    <message>
      <source>Change note (for 24 hours after writing it)</source>
      <translation>Жазууну өзгөртүү (жазылгандан кийин 24 сааттын ичинде)</translation>
    </message>
    <message>
      <source>Change the selected note</source>
      <translation>Тандалган жазууну өзгөртүү</translation>
    </message>
    <message>
      <source>Confidentiality:</source>
      <translation>Купуялуулук:</translation>
    </message>
    <message>
      <source>Date and time:</source>
      <translation>Күнү жана убактысы:</translation>
    </message>
    <message>
      <source>Its author can change a note for 24 hours after writing it</source>
      <translation>Автор жазууну жазгандан кийин 24 сааттын ичинде өзгөртө алат</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Түрү:</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>Жаңы жазуу</translation>
    </message>
    <message>
      <source>No annotations.</source>
      <translation>Кошумчалар жок.</translation>
    </message>
    <message>
      <source>Restricted: only you and the directors can read it; others see that a restricted note exists.</source>
      <translation>Чектелген: аны сиз жана директорлор гана окуй аласыздар; башкалар мындай жазуу бар экенин гана көрүшөт.</translation>
    </message>
    <message>
      <source>Search this resident's notes</source>
      <translation>Бул кардардын жазууларынан издөө</translation>
    </message>
    <message>
      <source>With contact:</source>
      <translation>Байланыш:</translation>
    </message>
    <message>
      <source>dd.mm.yyyy hh:mm</source>
      <translation>кк.аа.жжжж сс:мм</translation>
    </message>
    <message>
      <source>{n} notes</source>
      <translation>жазуулар: {n}</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
    <message>
      <source>Annotation to the selected note</source>
      <translation>Тандалган жазууга кошумча</translation>
    </message>
  </context>
  <context>
    <name>OccupancyPage</name>
    <message>
      <source>Accommodation</source>
      <translation>Жайгаштыруу</translation>
    </message>
    <message>
      <source>Add a place…</source>
      <translation>Жайгашкан жер кошуу…</translation>
    </message>
    <message>
      <source>Change the place…</source>
      <translation>Жайгашкан жерди өзгөртүү…</translation>
    </message>
    <message>
      <source>Choose a place in the list first.</source>
      <translation>Адегенде тизмеден жайгашкан жерди тандаңыз.</translation>
    </message>
    <message>
      <source>Free places</source>
      <translation>Бош орундар</translation>
    </message>
    <message>
      <source>In the shelter since</source>
      <translation>Жайда качантан бери</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>No place recorded</source>
      <translation>Жайгашкан жер көрсөтүлгөн эмес</translation>
    </message>
    <message>
      <source>Not a valid date: use dd.mm.yyyy.</source>
      <translation>Күнү туура эмес: кк.аа.жжжж түрүндө жазыңыз.</translation>
    </message>
    <message>
      <source>On:</source>
      <translation>Күнү:</translation>
    </message>
    <message>
      <source>Place / resident</source>
      <translation>Жайгашкан жер / кардар</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Көрсөтүү</translation>
    </message>
    <message>
      <source>not in use</source>
      <translation>колдонулбайт</translation>
    </message>
    <message>
      <source>{occupied} residents in {places} places; {free} free of {capacity}.</source>
      <translation>Кардарлар: {occupied}, жайгашкан жерлер: {places}; {capacity} орундун {free} бош.</translation>
    </message>
  </context>
  <context>
    <name>PlaceDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Capacity (beds):</source>
      <translation>Сыйымдуулугу (орун):</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>Колдонулат</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Түрү:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Аты:</translation>
    </message>
    <message>
      <source>New place</source>
      <translation>Жаңы жайгашкан жер</translation>
    </message>
    <message>
      <source>No longer used</source>
      <translation>Мындан ары колдонулбайт</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Эскертүүлөр:</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Жайгашкан жер</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сактоо</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Абалы:</translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <source>Days</source>
      <translation>Күн</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Кабыл алуу</translation>
    </message>
    <message>
      <source>Key worker</source>
      <translation>Куратор</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Жайгашкан жер</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>&amp;My residents</source>
      <translation>&amp;Менин кардарларым</translation>
    </message>
    <message>
      <source>Only the residents whose key worker you are</source>
      <translation>Сиз куратору болгон кардарлар гана</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
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
      <source>Case notes</source>
      <translation>Иштеги жазуулар</translation>
    </message>
    <message>
      <source>Case numbers of records merged into this one</source>
      <translation>Бул жазууга бириктирилген жазуулардын иш номерлери</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Купуялуулук</translation>
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
      <source>Recorded by</source>
      <translation>Каттаган</translation>
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
    <message>
      <source>— none —</source>
      <translation>— жок —</translation>
    </message>
  </context>
  <context>
    <name>StayDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Correct</source>
      <translation>Оңдоо</translation>
    </message>
    <message>
      <source>Correct a stay</source>
      <translation>Жашоо мөөнөтүн оңдоо</translation>
    </message>
    <message>
      <source>Correct this stay? The old values are kept in the audit log.</source>
      <translation>Бул жашоо мөөнөтүн оңдойсузбу? Мурунку маанилер аудит журналында сакталат.</translation>
    </message>
    <message>
      <source>Exit date</source>
      <translation>Чыккан күнү</translation>
    </message>
    <message>
      <source>Exit date:</source>
      <translation>Чыккан күнү:</translation>
    </message>
    <message>
      <source>Exit reason</source>
      <translation>Чыгуунун себеби</translation>
    </message>
    <message>
      <source>Exit reason:</source>
      <translation>Чыгуунун себеби:</translation>
    </message>
    <message>
      <source>Intake date</source>
      <translation>Кабыл алынган күнү</translation>
    </message>
    <message>
      <source>Intake date:</source>
      <translation>Кабыл алынган күнү:</translation>
    </message>
    <message>
      <source>Place at intake:</source>
      <translation>Кабыл алгандагы жайгашкан жер:</translation>
    </message>
    <message>
      <source>Place at intake: {before} → {after}</source>
      <translation>Кабыл алгандагы жайгашкан жер: {before} → {after}</translation>
    </message>
    <message>
      <source>Save the correction</source>
      <translation>Оңдоону сактоо</translation>
    </message>
    <message>
      <source>empty while in the shelter</source>
      <translation>кардар жайда турганда бош</translation>
    </message>
    <message>
      <source>— no place recorded —</source>
      <translation>— жайгашкан жер көрсөтүлгөн эмес —</translation>
    </message>
    <message>
      <source>— none —</source>
      <translation>— жок —</translation>
    </message>
  </context>
  <context>
    <name>StaysModel</name>
    <message>
      <source>Place</source>
      <translation>Жайгашкан жер</translation>
    </message>
  </context>
  <context>
    <name>StaysTab</name>
    <message>
      <source>&amp;Move</source>
      <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Choose the place the resident moves to.</source>
      <translation>Кардар көчө турган жайды тандаңыз.</translation>
    </message>
    <message>
      <source>Correct the selected stay…</source>
      <translation>Тандалган жашоо мөөнөтүн оңдоо…</translation>
    </message>
    <message>
      <source>Discharge the resident on {date} ({reason})?</source>
      <translation>Кардарды {date} жайдан чыгарасызбы ({reason})?</translation>
    </message>
    <message>
      <source>Move to another place</source>
      <translation>Башка жерге көчүрүү</translation>
    </message>
    <message>
      <source>Moved on:</source>
      <translation>Көчкөн күнү:</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Жайгашкан жер:</translation>
    </message>
    <message>
      <source>Put the resident there all the same?</source>
      <translation>Баары бир кардарды ошол жерге жайгаштырасызбы?</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>Кайда:</translation>
    </message>
    <message>
      <source>Undo the discharge</source>
      <translation>Чыгарууну жокко чыгаруу</translation>
    </message>
    <message>
      <source>Undo the discharge of {date}? The resident is in the shelter again on the same stay.</source>
      <translation>{date} күнкү чыгарууну жокко чыгарасызбы? Кардар ошол эле жашоо мөөнөтү боюнча кайра жайда болот.</translation>
    </message>
    <message>
      <source>Yes, over capacity</source>
      <translation>Ооба, сыйымдуулуктан ашык</translation>
    </message>
    <message>
      <source>— no place recorded —</source>
      <translation>— жайгашкан жер көрсөтүлгөн эмес —</translation>
    </message>
  </context>
  <context>
    <name>Corrections</name>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Correct…</source>
      <translation>Оңдоо…</translation>
    </message>
    <message>
      <source>Delete the record</source>
      <translation>Жазууну өчүрүү</translation>
    </message>
    <message>
      <source>Delete the record {case_number} and everything recorded on it, its attachments included? Do this only for a record created by mistake.</source>
      <translation>{case_number} жазуусун жана андагы бардык маалыматты, тиркемелерди кошо өчүрөсүзбү? Муну жаңылыштык менен түзүлгөн жазуу үчүн гана жасаңыз.</translation>
    </message>
    <message>
      <source>Delete this record (created by mistake)…</source>
      <translation>Бул жазууну өчүрүү (жаңылыштык менен түзүлгөн)…</translation>
    </message>
    <message>
      <source>Merge another record of this person into this one…</source>
      <translation>Бул адамдын башка жазуусун ушул жазууга бириктирүү…</translation>
    </message>
    <message>
      <source>Merge two records of the same person, or delete a record created by mistake</source>
      <translation>Бир адамдын эки жазуусун бириктирүү же жаңылыштык менен түзүлгөн жазууну өчүрүү</translation>
    </message>
    <message>
      <source>Only a record created in the last 7 days can be deleted as a mistake; older records leave through retention.</source>
      <translation>Жаңылыштык катары акыркы 7 күндө түзүлгөн жазууну гана өчүрүүгө болот; эскирээк жазуулар сактоо эрежелери боюнча өчүрүлөт.</translation>
    </message>
    <message>
      <source>Save or discard the changes to this record first.</source>
      <translation>Адегенде бул жазуудагы өзгөртүүлөрдү сактаңыз же жокко чыгарыңыз.</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Солго жылдыруу</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Оңго жылдыруу</translation>
    </message>
  </context>
</TS>
