<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AttachDialog</name>
    <message>
      <source>Attach</source>
      <translation>Прикрепить</translation>
    </message>
    <message>
      <source>Attach to the case file</source>
      <translation>Прикрепить к делу</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Choose the kind of paper.</source>
      <translation>Выберите вид документа.</translation>
    </message>
    <message>
      <source>Date of the paper:</source>
      <translation>Дата документа:</translation>
    </message>
    <message>
      <source>Each file keeps its name</source>
      <translation>Каждый файл сохранит своё имя</translation>
    </message>
    <message>
      <source>Files:</source>
      <translation>Файлы:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Вид:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>What the paper is</source>
      <translation>Что это за документ</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <source>Next page ▶</source>
      <translation>Следующая страница ▶</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
      <source>Save a copy…</source>
      <translation>Сохранить копию…</translation>
    </message>
    <message>
      <source>This file cannot be shown inside the app (it is damaged or not an image or PDF). You can save a copy and open it elsewhere.</source>
      <translation>Этот файл нельзя показать в программе (он повреждён или это не изображение и не PDF). Можно сохранить копию и открыть её в другой программе.</translation>
    </message>
    <message>
      <source>◀ Previous page</source>
      <translation>◀ Предыдущая страница</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsModel</name>
    <message>
      <source>Added by</source>
      <translation>Добавил(а)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <source>&amp;Add files…</source>
      <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Просмотр</translation>
    </message>
    <message>
      <source>A copy saved out of the app is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once it has been used.</source>
      <translation>Копия, сохранённая вне программы, не зашифрована: любой, к кому она попадёт, сможет её прочитать. Сохраняйте её только в надёжном месте и удалите после использования.</translation>
    </message>
    <message>
      <source>Atta&amp;chments</source>
      <translation>&amp;Вложения</translation>
    </message>
    <message>
      <source>Attach a scan, photo or PDF</source>
      <translation>Прикрепить скан, фото или PDF</translation>
    </message>
    <message>
      <source>Attaching…</source>
      <translation>Прикрепление…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete the attachment “{title}”? Its file is removed from the database.</source>
      <translation>Удалить вложение «{title}»? Его файл будет удалён из базы данных.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Drop scans, photos or PDFs here (at most 25 MB each). They are kept inside the encrypted database.</source>
      <translation>Перетащите сюда сканы, фото или PDF (не больше 25 МБ каждый). Они хранятся внутри зашифрованной базы данных.</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Открытие…</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Сохранить копию</translation>
    </message>
    <message>
      <source>Saving a copy…</source>
      <translation>Сохранение копии…</translation>
    </message>
    <message>
      <source>Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp);;All files (*)</source>
      <translation>Сканы, фото и PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Another record merged into this one</source>
      <translation>В эту запись объединена другая запись</translation>
    </message>
    <message>
      <source>Attachment added</source>
      <translation>Вложение добавлено</translation>
    </message>
    <message>
      <source>Attachment changed</source>
      <translation>Вложение изменено</translation>
    </message>
    <message>
      <source>Attachment deleted</source>
      <translation>Вложение удалено</translation>
    </message>
    <message>
      <source>Attachment opened</source>
      <translation>Вложение открыто</translation>
    </message>
    <message>
      <source>Case note annotated</source>
      <translation>К записи в деле добавлено примечание</translation>
    </message>
    <message>
      <source>Case note changed</source>
      <translation>Запись в деле изменена</translation>
    </message>
    <message>
      <source>Case note written</source>
      <translation>Сделана запись в деле</translation>
    </message>
    <message>
      <source>Contact added</source>
      <translation>Контакт добавлен</translation>
    </message>
    <message>
      <source>Contact changed</source>
      <translation>Контакт изменён</translation>
    </message>
    <message>
      <source>Contact deleted</source>
      <translation>Контакт удалён</translation>
    </message>
    <message>
      <source>Copy of an attachment saved</source>
      <translation>Сохранена копия вложения</translation>
    </message>
    <message>
      <source>Discharge undone</source>
      <translation>Выбытие отменено</translation>
    </message>
    <message>
      <source>Identity document added</source>
      <translation>Документ, удостоверяющий личность, добавлен</translation>
    </message>
    <message>
      <source>Identity document changed</source>
      <translation>Документ, удостоверяющий личность, изменён</translation>
    </message>
    <message>
      <source>Identity document deleted</source>
      <translation>Документ, удостоверяющий личность, удалён</translation>
    </message>
    <message>
      <source>Moved to another place</source>
      <translation>Переселение в другое помещение</translation>
    </message>
    <message>
      <source>Place added</source>
      <translation>Помещение добавлено</translation>
    </message>
    <message>
      <source>Place changed</source>
      <translation>Помещение изменено</translation>
    </message>
    <message>
      <source>Record created by mistake deleted</source>
      <translation>Удалена запись, созданная по ошибке</translation>
    </message>
    <message>
      <source>Record merged into another</source>
      <translation>Запись объединена с другой</translation>
    </message>
    <message>
      <source>Stay corrected</source>
      <translation>Пребывание исправлено</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>after</source>
      <translation>после</translation>
    </message>
    <message>
      <source>attachment</source>
      <translation>вложение</translation>
    </message>
    <message>
      <source>before</source>
      <translation>до</translation>
    </message>
    <message>
      <source>capacity</source>
      <translation>вместимость</translation>
    </message>
    <message>
      <source>contact</source>
      <translation>контакт</translation>
    </message>
    <message>
      <source>document</source>
      <translation>документ</translation>
    </message>
    <message>
      <source>kept record</source>
      <translation>сохранённая запись</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>вид</translation>
    </message>
    <message>
      <source>merged record</source>
      <translation>объединённая запись</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>перенесено</translation>
    </message>
    <message>
      <source>moved on</source>
      <translation>дата переселения</translation>
    </message>
    <message>
      <source>note</source>
      <translation>запись</translation>
    </message>
    <message>
      <source>place</source>
      <translation>помещение</translation>
    </message>
    <message>
      <source>stay</source>
      <translation>пребывание</translation>
    </message>
  </context>
  <context>
    <name>AuditRecords</name>
    <message>
      <source>Place</source>
      <translation>Помещение</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Attached {file} to {case_number} as number {id} ({size}).</source>
      <translation>Файл {file} прикреплён к делу {case_number} под номером {id} ({size}).</translation>
    </message>
    <message>
      <source>Saved a copy of attachment {id} to {path} ({size}).</source>
      <translation>Копия вложения {id} сохранена в {path} ({size}).</translation>
    </message>
    <message>
      <source>Warning: this copy is not encrypted. Keep it safe and delete it when it is no longer needed.</source>
      <translation>Внимание: эта копия не зашифрована. Храните её в надёжном месте и удалите, когда она станет не нужна.</translation>
    </message>
    <message>
      <source>{n} attachments.</source>
      <translation>Вложений: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Codes</name>
    <message>
      <source>Rented apartment</source>
      <translation>Съёмная квартира</translation>
    </message>
    <message>
      <source>Shelter room</source>
      <translation>Комната в приюте</translation>
    </message>
  </context>
  <context>
    <name>ContactCombo</name>
    <message>
      <source>— no contact —</source>
      <translation>— без контакта —</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Контакт</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Имя:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Примечания:</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Телефон:</translation>
    </message>
    <message>
      <source>Relation:</source>
      <translation>Кем приходится:</translation>
    </message>
    <message>
      <source>Safe to contact:</source>
      <translation>Безопасно связываться:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Where they live:</source>
      <translation>Где живёт:</translation>
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Помещение</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Кем приходится</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Безопасно связываться</translation>
    </message>
  </context>
  <context>
    <name>DocumentDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Document:</source>
      <translation>Документ:</translation>
    </message>
    <message>
      <source>Held by now:</source>
      <translation>Где находится сейчас:</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
      <source>Issuing country:</source>
      <translation>Страна выдачи:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Примечания:</translation>
    </message>
    <message>
      <source>Number:</source>
      <translation>Номер:</translation>
    </message>
    <message>
      <source>Replacement requested on:</source>
      <translation>Замена запрошена:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Valid until:</source>
      <translation>Действителен до:</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
    <message>
      <source>— not known —</source>
      <translation>— неизвестно —</translation>
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
      <translation>Где находится</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Кем выдан</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Replacement requested</source>
      <translation>Замена запрошена</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Действителен до</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>Add contact…</source>
      <translation>Добавить контакт…</translation>
    </message>
    <message>
      <source>Add document…</source>
      <translation>Добавить документ…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Контакты</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete this contact from the record?</source>
      <translation>Удалить этот контакт из дела?</translation>
    </message>
    <message>
      <source>Delete this identity document from the record?</source>
      <translation>Удалить этот документ из дела?</translation>
    </message>
    <message>
      <source>Documents and c&amp;ontacts</source>
      <translation>Документы и &amp;контакты</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Документы, удостоверяющие личность</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A case note can be changed for 24 hours after it is written; add an annotation instead.</source>
      <translation>Запись в деле можно изменить в течение 24 часов после её создания; теперь добавьте примечание.</translation>
    </message>
    <message>
      <source>A move within this stay falls outside the new dates ({date}).</source>
      <translation>Переселение в рамках этого пребывания выходит за новые даты ({date}).</translation>
    </message>
    <message>
      <source>A record cannot be merged with itself.</source>
      <translation>Запись нельзя объединить саму с собой.</translation>
    </message>
    <message>
      <source>No active staff account {value}.</source>
      <translation>Нет действующей учётной записи сотрудника {value}.</translation>
    </message>
    <message>
      <source>No place named {value}: add it under Accommodation first.</source>
      <translation>Нет помещения «{value}»: сначала добавьте его в разделе «Размещение».</translation>
    </message>
    <message>
      <source>No such attachment.</source>
      <translation>Такого вложения нет.</translation>
    </message>
    <message>
      <source>No such case note.</source>
      <translation>Такой записи в деле нет.</translation>
    </message>
    <message>
      <source>No such contact.</source>
      <translation>Такого контакта нет.</translation>
    </message>
    <message>
      <source>No such identity document.</source>
      <translation>Такого документа нет.</translation>
    </message>
    <message>
      <source>No such place.</source>
      <translation>Такого помещения нет.</translation>
    </message>
    <message>
      <source>No such stay.</source>
      <translation>Такого пребывания нет.</translation>
    </message>
    <message>
      <source>Not a field of the record: {value}.</source>
      <translation>Такого поля в записи нет: {value}.</translation>
    </message>
    <message>
      <source>Not a file: {path}</source>
      <translation>Это не файл: {path}</translation>
    </message>
    <message>
      <source>Not a valid time: {value}. Use HH:MM.</source>
      <translation>Неверное время: {value}. Используйте ЧЧ:ММ.</translation>
    </message>
    <message>
      <source>Only a director can delete a record created by mistake.</source>
      <translation>Удалить запись, созданную по ошибке, может только директор.</translation>
    </message>
    <message>
      <source>Only a director can merge two records.</source>
      <translation>Объединить две записи может только директор.</translation>
    </message>
    <message>
      <source>Only a record created in the last 7 days can be deleted as a mistake; older records leave through retention.</source>
      <translation>Как ошибочную можно удалить только запись, созданную за последние 7 дней; более старые записи удаляются по правилам хранения.</translation>
    </message>
    <message>
      <source>Only the author can change a case note; others can add an annotation.</source>
      <translation>Изменить запись в деле может только её автор; остальные могут добавить примечание.</translation>
    </message>
    <message>
      <source>Only the last stay's discharge can be undone.</source>
      <translation>Отменить можно только выбытие из последнего пребывания.</translation>
    </message>
    <message>
      <source>Required when an exit reason is given.</source>
      <translation>Обязательно, если указана причина выбытия.</translation>
    </message>
    <message>
      <source>The attachment is damaged: its bytes do not match what was stored.</source>
      <translation>Вложение повреждено: его содержимое не совпадает с сохранённым.</translation>
    </message>
    <message>
      <source>The corrected dates overlap another stay of this resident.</source>
      <translation>Исправленные даты пересекаются с другим пребыванием этого клиента.</translation>
    </message>
    <message>
      <source>The file could not be read: {reason}</source>
      <translation>Не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Файл пустой.</translation>
    </message>
    <message>
      <source>The file is larger than 25 MB; an attachment can be at most 25 MB.</source>
      <translation>Файл больше 25 МБ; вложение может быть не больше 25 МБ.</translation>
    </message>
    <message>
      <source>The file is {size} MB; an attachment can be at most 25 MB.</source>
      <translation>Размер файла {size} МБ; вложение может быть не больше 25 МБ.</translation>
    </message>
    <message>
      <source>The move is after the stay ended.</source>
      <translation>Переселение позже окончания пребывания.</translation>
    </message>
    <message>
      <source>The move is before the intake date.</source>
      <translation>Переселение раньше даты поступления.</translation>
    </message>
    <message>
      <source>The two records have stays that overlap: correct the stays first, then merge.</source>
      <translation>У двух записей пересекаются пребывания: сначала исправьте пребывания, затем объединяйте.</translation>
    </message>
    <message>
      <source>There is already a place named {name}.</source>
      <translation>Помещение с названием «{name}» уже есть.</translation>
    </message>
    <message>
      <source>This contact does not belong to this resident.</source>
      <translation>Этот контакт не относится к этому клиенту.</translation>
    </message>
    <message>
      <source>This note is restricted to its author and the directors.</source>
      <translation>Эту запись могут читать только её автор и директора.</translation>
    </message>
    <message>
      <source>This resident is in the shelter on another stay.</source>
      <translation>Этот клиент находится в приюте в рамках другого пребывания.</translation>
    </message>
    <message>
      <source>This stay is not discharged.</source>
      <translation>Выбытие по этому пребыванию не оформлено.</translation>
    </message>
    <message>
      <source>A place needs an intake date.</source>
      <translation>Для помещения нужна дата поступления.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Capacity</source>
      <translation>Вместимость</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Конфиденциальность</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Контакт</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Дата и время</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>Где находится</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>Страна выдачи</translation>
    </message>
    <message>
      <source>Key worker</source>
      <translation>Куратор</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Kind of place</source>
      <translation>Тип помещения</translation>
    </message>
    <message>
      <source>Moved on</source>
      <translation>Дата переселения</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Помещение</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Кем приходится</translation>
    </message>
    <message>
      <source>Replacement requested</source>
      <translation>Замена запрошена</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Безопасно связываться</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Действителен до</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Contacts</source>
      <translation>Контакты</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
      <source>contacts</source>
      <translation>контактов</translation>
    </message>
    <message>
      <source>identity documents</source>
      <translation>документов, удостоверяющих личность</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Case number of the other record:</source>
      <translation>Номер дела другой записи:</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Сравнить</translation>
    </message>
    <message>
      <source>Everything recorded on the other record (stays, plans, services, legal cases, notes, attachments, documents, contacts) moves to this one. The other record keeps only its case number, which then opens this record.</source>
      <translation>Всё, что записано в другой записи (пребывания, планы, услуги, судебные дела, записи, вложения, документы, контакты), переносится в эту. У другой записи остаётся только номер дела, который затем открывает эту запись.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Объединить</translation>
    </message>
    <message>
      <source>Merge record {other} into {kept}? This cannot be undone.</source>
      <translation>Объединить запись {other} с записью {kept}? Это нельзя отменить.</translation>
    </message>
    <message>
      <source>Merge two records of the same person</source>
      <translation>Объединение двух записей одного человека</translation>
    </message>
    <message>
      <source>Other record — tick to take its value</source>
      <translation>Другая запись — отметьте, чтобы взять её значение</translation>
    </message>
    <message>
      <source>This record (kept)</source>
      <translation>Эта запись (сохраняется)</translation>
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message>
      <source>Date and time</source>
      <translation>Дата и время</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Restricted note: only its author and the directors can read it.</source>
      <translation>Запись с ограниченным доступом: её могут читать только автор и директора.</translation>
    </message>
    <message>
      <source>Written by</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>restricted</source>
      <translation>ограниченный доступ</translation>
    </message>
    <message>
      <source>{n} annotations</source>
      <translation>примечаний: {n}</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <source>&amp;Annotate</source>
      <translation>&amp;Добавить примечание</translation>
    </message>
    <message>
      <source>&amp;Save note</source>
      <translation>&amp;Сохранить запись</translation>
    </message>
    <message>
      <source>Add an annotation (after 24 hours a note is only annotated)</source>
      <translation>Добавить примечание (через 24 часа запись можно только дополнять)</translation>
    </message>
    <message>
      <source>Annotations</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Case &amp;notes</source>
      <translation>&amp;Записи в деле</translation>
    </message>
    <message>
      <source>Case notes are read by social workers and directors.</source>
      <translation>Записи в деле читают социальные работники и директора.</translation>
    </message>
    <message>
      <source>Case notes: the annotation being written</source>
      <translation>Записи в деле: начатое примечание</translation>
    </message>
    <message>
      <source>Case notes: the note being written</source>
      <translation>Записи в деле: начатая запись</translation>
    </message>
    <message>
      <source>Change note (for 24 hours after writing it)</source>
      <translation>Изменение записи (в течение 24 часов после создания)</translation>
    </message>
    <message>
      <source>Change the selected note</source>
      <translation>Изменить выбранную запись</translation>
    </message>
    <message>
      <source>Confidentiality:</source>
      <translation>Конфиденциальность:</translation>
    </message>
    <message>
      <source>Date and time:</source>
      <translation>Дата и время:</translation>
    </message>
    <message>
      <source>Its author can change a note for 24 hours after writing it</source>
      <translation>Автор может изменить запись в течение 24 часов после её создания</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Вид:</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>Новая запись</translation>
    </message>
    <message>
      <source>No annotations.</source>
      <translation>Примечаний нет.</translation>
    </message>
    <message>
      <source>Restricted: only you and the directors can read it; others see that a restricted note exists.</source>
      <translation>Ограниченный доступ: читать её можете только вы и директора; остальные видят лишь, что такая запись есть.</translation>
    </message>
    <message>
      <source>Search this resident's notes</source>
      <translation>Поиск по записям этого клиента</translation>
    </message>
    <message>
      <source>With contact:</source>
      <translation>С контактом:</translation>
    </message>
    <message>
      <source>dd.mm.yyyy hh:mm</source>
      <translation>дд.мм.гггг чч:мм</translation>
    </message>
    <message>
      <source>{n} notes</source>
      <translation>записей: {n}</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
    <message>
      <source>Annotation to the selected note</source>
      <translation>Примечание к выбранной записи</translation>
    </message>
  </context>
  <context>
    <name>OccupancyPage</name>
    <message>
      <source>Accommodation</source>
      <translation>Размещение</translation>
    </message>
    <message>
      <source>Add a place…</source>
      <translation>Добавить помещение…</translation>
    </message>
    <message>
      <source>Change the place…</source>
      <translation>Изменить помещение…</translation>
    </message>
    <message>
      <source>Choose a place in the list first.</source>
      <translation>Сначала выберите помещение в списке.</translation>
    </message>
    <message>
      <source>Free places</source>
      <translation>Свободных мест</translation>
    </message>
    <message>
      <source>In the shelter since</source>
      <translation>В приюте с</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>No place recorded</source>
      <translation>Помещение не указано</translation>
    </message>
    <message>
      <source>Not a valid date: use dd.mm.yyyy.</source>
      <translation>Неверная дата: используйте дд.мм.гггг.</translation>
    </message>
    <message>
      <source>On:</source>
      <translation>На дату:</translation>
    </message>
    <message>
      <source>Place / resident</source>
      <translation>Помещение / клиент</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>not in use</source>
      <translation>не используется</translation>
    </message>
    <message>
      <source>{occupied} residents in {places} places; {free} free of {capacity}.</source>
      <translation>Клиентов: {occupied} в помещениях: {places}; свободно {free} из {capacity}.</translation>
    </message>
  </context>
  <context>
    <name>PlaceDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Capacity (beds):</source>
      <translation>Вместимость (мест):</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>Используется</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Тип:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Имя:</translation>
    </message>
    <message>
      <source>New place</source>
      <translation>Новое помещение</translation>
    </message>
    <message>
      <source>No longer used</source>
      <translation>Больше не используется</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Примечания:</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Помещение</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Состояние:</translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <source>Days</source>
      <translation>Дней</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Поступление</translation>
    </message>
    <message>
      <source>Key worker</source>
      <translation>Куратор</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Помещение</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>&amp;My residents</source>
      <translation>&amp;Мои клиенты</translation>
    </message>
    <message>
      <source>Only the residents whose key worker you are</source>
      <translation>Только клиенты, куратором которых вы являетесь</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
    <message>
      <source>Added</source>
      <translation>Добавлено</translation>
    </message>
    <message>
      <source>Added by</source>
      <translation>Добавил(а)</translation>
    </message>
    <message>
      <source>Annotations to case notes</source>
      <translation>Примечания к записям в деле</translation>
    </message>
    <message>
      <source>Attachments (scans, photos, PDFs)</source>
      <translation>Вложения (сканы, фото, PDF)</translation>
    </message>
    <message>
      <source>Case notes</source>
      <translation>Записи в деле</translation>
    </message>
    <message>
      <source>Case numbers of records merged into this one</source>
      <translation>Номера дел записей, объединённых с этой</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Конфиденциальность</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Контакты</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Дата и время</translation>
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
      <translation>Где находится</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Кем выдан</translation>
    </message>
    <message>
      <source>Key worker</source>
      <translation>Куратор</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>Объединено</translation>
    </message>
    <message>
      <source>Merged by</source>
      <translation>Объединил(а)</translation>
    </message>
    <message>
      <source>Moved on</source>
      <translation>Дата переселения</translation>
    </message>
    <message>
      <source>Moves within a stay</source>
      <translation>Переселения в рамках пребывания</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Помещение</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Записал(а)</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Кем приходится</translation>
    </message>
    <message>
      <source>Replacement requested</source>
      <translation>Замена запрошена</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Безопасно связываться</translation>
    </message>
    <message>
      <source>Size (bytes)</source>
      <translation>Размер (байт)</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Действителен до</translation>
    </message>
    <message>
      <source>— none —</source>
      <translation>— нет —</translation>
    </message>
  </context>
  <context>
    <name>StayDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Correct</source>
      <translation>Исправить</translation>
    </message>
    <message>
      <source>Correct a stay</source>
      <translation>Исправление пребывания</translation>
    </message>
    <message>
      <source>Correct this stay? The old values are kept in the audit log.</source>
      <translation>Исправить это пребывание? Прежние значения сохранятся в журнале аудита.</translation>
    </message>
    <message>
      <source>Exit date</source>
      <translation>Дата выбытия</translation>
    </message>
    <message>
      <source>Exit date:</source>
      <translation>Дата выбытия:</translation>
    </message>
    <message>
      <source>Exit reason</source>
      <translation>Причина выбытия</translation>
    </message>
    <message>
      <source>Exit reason:</source>
      <translation>Причина выбытия:</translation>
    </message>
    <message>
      <source>Intake date</source>
      <translation>Дата поступления</translation>
    </message>
    <message>
      <source>Intake date:</source>
      <translation>Дата поступления:</translation>
    </message>
    <message>
      <source>Place at intake:</source>
      <translation>Помещение при поступлении:</translation>
    </message>
    <message>
      <source>Place at intake: {before} → {after}</source>
      <translation>Помещение при поступлении: {before} → {after}</translation>
    </message>
    <message>
      <source>Save the correction</source>
      <translation>Сохранить исправление</translation>
    </message>
    <message>
      <source>empty while in the shelter</source>
      <translation>пусто, пока клиент в приюте</translation>
    </message>
    <message>
      <source>— no place recorded —</source>
      <translation>— помещение не указано —</translation>
    </message>
    <message>
      <source>— none —</source>
      <translation>— нет —</translation>
    </message>
  </context>
  <context>
    <name>StaysModel</name>
    <message>
      <source>Place</source>
      <translation>Помещение</translation>
    </message>
  </context>
  <context>
    <name>StaysTab</name>
    <message>
      <source>&amp;Move</source>
      <translation>&amp;Переселить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Choose the place the resident moves to.</source>
      <translation>Выберите помещение, куда переселяется клиент.</translation>
    </message>
    <message>
      <source>Correct the selected stay…</source>
      <translation>Исправить выбранное пребывание…</translation>
    </message>
    <message>
      <source>Discharge the resident on {date} ({reason})?</source>
      <translation>Оформить выбытие клиента {date} ({reason})?</translation>
    </message>
    <message>
      <source>Move to another place</source>
      <translation>Переселение в другое помещение</translation>
    </message>
    <message>
      <source>Moved on:</source>
      <translation>Дата переселения:</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Помещение:</translation>
    </message>
    <message>
      <source>Put the resident there all the same?</source>
      <translation>Всё равно поселить клиента туда?</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>Куда:</translation>
    </message>
    <message>
      <source>Undo the discharge</source>
      <translation>Отменить выбытие</translation>
    </message>
    <message>
      <source>Undo the discharge of {date}? The resident is in the shelter again on the same stay.</source>
      <translation>Отменить выбытие от {date}? Клиент снова в приюте в рамках того же пребывания.</translation>
    </message>
    <message>
      <source>Yes, over capacity</source>
      <translation>Да, сверх вместимости</translation>
    </message>
    <message>
      <source>— no place recorded —</source>
      <translation>— помещение не указано —</translation>
    </message>
  </context>
  <context>
    <name>Corrections</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Correct…</source>
      <translation>Исправить…</translation>
    </message>
    <message>
      <source>Delete the record</source>
      <translation>Удалить запись</translation>
    </message>
    <message>
      <source>Delete the record {case_number} and everything recorded on it, its attachments included? Do this only for a record created by mistake.</source>
      <translation>Удалить запись {case_number} и всё, что в ней записано, включая вложения? Делайте это только для записи, созданной по ошибке.</translation>
    </message>
    <message>
      <source>Delete this record (created by mistake)…</source>
      <translation>Удалить эту запись (создана по ошибке)…</translation>
    </message>
    <message>
      <source>Merge another record of this person into this one…</source>
      <translation>Объединить с этой записью другую запись этого человека…</translation>
    </message>
    <message>
      <source>Merge two records of the same person, or delete a record created by mistake</source>
      <translation>Объединить две записи одного человека или удалить запись, созданную по ошибке</translation>
    </message>
    <message>
      <source>Only a record created in the last 7 days can be deleted as a mistake; older records leave through retention.</source>
      <translation>Как ошибочную можно удалить только запись, созданную за последние 7 дней; более старые записи удаляются по правилам хранения.</translation>
    </message>
    <message>
      <source>Save or discard the changes to this record first.</source>
      <translation>Сначала сохраните или отмените изменения в этой записи.</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Прокрутить влево</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Прокрутить вправо</translation>
    </message>
  </context>
</TS>
