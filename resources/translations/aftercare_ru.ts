<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AuditActions</name>
    <message>
      <source>Case closed after follow-up</source>
      <translation>Дело закрыто после сопровождения</translation>
    </message>
    <message>
      <source>Case received from another shelter</source>
      <translation>Дело принято из другого приюта</translation>
    </message>
    <message>
      <source>Case transferred to another shelter</source>
      <translation>Дело передано в другой приют</translation>
    </message>
    <message>
      <source>Compensation claim changed</source>
      <translation>Иск о компенсации изменён</translation>
    </message>
    <message>
      <source>Compensation claim deleted</source>
      <translation>Иск о компенсации удалён</translation>
    </message>
    <message>
      <source>Compensation claim recorded</source>
      <translation>Иск о компенсации записан</translation>
    </message>
    <message>
      <source>Compensation payment deleted</source>
      <translation>Выплата компенсации удалена</translation>
    </message>
    <message>
      <source>Compensation payment recorded</source>
      <translation>Выплата компенсации записана</translation>
    </message>
    <message>
      <source>Follow-up contact changed</source>
      <translation>Контакт сопровождения изменён</translation>
    </message>
    <message>
      <source>Follow-up contact deleted</source>
      <translation>Контакт сопровождения удалён</translation>
    </message>
    <message>
      <source>Follow-up contact recorded</source>
      <translation>Контакт сопровождения записан</translation>
    </message>
    <message>
      <source>Follow-up contacts planned</source>
      <translation>Запланированы контакты сопровождения</translation>
    </message>
    <message>
      <source>Non-punishment outcome deleted</source>
      <translation>Результат по принципу ненаказания удалён</translation>
    </message>
    <message>
      <source>Non-punishment outcome recorded</source>
      <translation>Записан результат по принципу ненаказания</translation>
    </message>
    <message>
      <source>Offence recorded for non-punishment</source>
      <translation>Записано вменяемое правонарушение</translation>
    </message>
    <message>
      <source>Organisation added to the directory</source>
      <translation>Организация добавлена в справочник</translation>
    </message>
    <message>
      <source>Organisation card added</source>
      <translation>Добавлена карточка организации</translation>
    </message>
    <message>
      <source>Organisation card exported</source>
      <translation>Карточка организации сохранена</translation>
    </message>
    <message>
      <source>Organisation in the directory changed</source>
      <translation>Организация в справочнике изменена</translation>
    </message>
    <message>
      <source>Referral changed</source>
      <translation>Направление изменено</translation>
    </message>
    <message>
      <source>Referral deleted</source>
      <translation>Направление удалено</translation>
    </message>
    <message>
      <source>Referral letter printed</source>
      <translation>Направительное письмо напечатано</translation>
    </message>
    <message>
      <source>Referral made</source>
      <translation>Выдано направление</translation>
    </message>
    <message>
      <source>Referral outcome recorded</source>
      <translation>Записан результат направления</translation>
    </message>
  </context>
  <context>
    <name>ClaimDialog</name>
    <message>
      <source>A separate civil case</source>
      <translation>Отдельное гражданское дело</translation>
    </message>
    <message>
      <source>Amount awarded, som</source>
      <translation>Присуждено, сом</translation>
    </message>
    <message>
      <source>Amount claimed, som</source>
      <translation>Сумма иска, сом</translation>
    </message>
    <message>
      <source>Awarded on</source>
      <translation>Дата присуждения</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Civil case number</source>
      <translation>Номер гражданского дела</translation>
    </message>
    <message>
      <source>Claimed from</source>
      <translation>Ответчик</translation>
    </message>
    <message>
      <source>Claimed on</source>
      <translation>Дата иска</translation>
    </message>
    <message>
      <source>Compensation claim</source>
      <translation>Иск о компенсации</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>Дата окончания</translation>
    </message>
    <message>
      <source>Ended without payment</source>
      <translation>Окончен без выплаты</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
  </context>
  <context>
    <name>ClaimsModel</name>
    <message>
      <source>Awarded on</source>
      <translation>Дата присуждения</translation>
    </message>
    <message>
      <source>Awarded, som</source>
      <translation>Присуждено, сом</translation>
    </message>
    <message>
      <source>Claimed on</source>
      <translation>Дата иска</translation>
    </message>
    <message>
      <source>Claimed, som</source>
      <translation>Заявлено, сом</translation>
    </message>
    <message>
      <source>From</source>
      <translation>От кого</translation>
    </message>
    <message>
      <source>Paid, som</source>
      <translation>Выплачено, сом</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Added the card of {name} ({code}), fingerprint {fingerprint}.</source>
      <translation>Добавлена карточка {name} ({code}), отпечаток {fingerprint}.</translation>
    </message>
    <message>
      <source>Dry run: nothing was written.</source>
      <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
      <source>Fingerprint: {fingerprint}</source>
      <translation>Отпечаток: {fingerprint}</translation>
    </message>
    <message>
      <source>From {sender} ({code}), their case {case_number}: {name}.</source>
      <translation>От {sender} ({code}), их дело {case_number}: {name}.</translation>
    </message>
    <message>
      <source>Imported as {case_number}.</source>
      <translation>Принято как {case_number}.</translation>
    </message>
    <message>
      <source>Includes: {parts}; services {services}, legal cases {cases}.</source>
      <translation>Включено: {parts}; услуг {services}, юридических дел {cases}.</translation>
    </message>
    <message>
      <source>Possibly already here as: {cases}.</source>
      <translation>Возможно, уже есть в базе как: {cases}.</translation>
    </message>
    <message>
      <source>Saved the organisation card of {code} to {path}.</source>
      <translation>Карточка организации {code} сохранена в {path}.</translation>
    </message>
    <message>
      <source>Saved the referral letter to {path}.</source>
      <translation>Направительное письмо сохранено в {path}.</translation>
    </message>
    <message>
      <source>Warning: a PDF is not encrypted. Keep it safe and delete it once the letter is sent.</source>
      <translation>Внимание: PDF не зашифрован. Храните его в надёжном месте и удалите после отправки письма.</translation>
    </message>
    <message>
      <source>Wrote the transfer {transfer_id} for {name} to {path} (SHA-256 {sha256}).</source>
      <translation>Файл передачи {transfer_id} для {name} записан в {path} (SHA-256 {sha256}).</translation>
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
      <translation>Иски о компенсации</translation>
    </message>
    <message>
      <source>Edit claim…</source>
      <translation>Изменить иск…</translation>
    </message>
    <message>
      <source>Legal case</source>
      <translation>Юридическое дело</translation>
    </message>
    <message>
      <source>New claim…</source>
      <translation>Новый иск…</translation>
    </message>
    <message>
      <source>No legal case yet: add one on the Legal tab.</source>
      <translation>Юридических дел пока нет: добавьте дело на вкладке «Юридические дела».</translation>
    </message>
    <message>
      <source>No outcome recorded yet.</source>
      <translation>Результат пока не записан.</translation>
    </message>
    <message>
      <source>Non-punishment principle</source>
      <translation>Принцип ненаказания</translation>
    </message>
    <message>
      <source>Offence the resident is accused of</source>
      <translation>Вменяемое правонарушение</translation>
    </message>
    <message>
      <source>Payment received…</source>
      <translation>Получена выплата…</translation>
    </message>
    <message>
      <source>Record an outcome…</source>
      <translation>Записать результат…</translation>
    </message>
    <message>
      <source>Your role does not show legal cases.</source>
      <translation>Ваша роль не даёт доступа к юридическим делам.</translation>
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
      <translation>Присуждено, не выплачено 90 дней</translation>
    </message>
    <message>
      <source>Case {reference} som paid</source>
      <translation>Дело {reference} сом выплачено</translation>
    </message>
    <message>
      <source>Follow-up contact</source>
      <translation>Контакт сопровождения</translation>
    </message>
    <message>
      <source>Referral follow-up</source>
      <translation>Проверка направления</translation>
    </message>
  </context>
  <context>
    <name>DuePage</name>
    <message>
      <source>Plan reviews, court hearings, follow-up contacts and referrals coming up. Click a line to open the record.</source>
      <translation>Пересмотры планов, судебные заседания, контакты сопровождения и направления на ближайшее время. Щёлкните строку, чтобы открыть карточку.</translation>
    </message>
    <message>
      <source>Plan reviews, court hearings, high risk and safety-plan reviews, follow-up contacts and referrals coming up. Click a line to open the record.</source>
      <translation>Пересмотры планов, судебные заседания, высокий риск и пересмотры планов безопасности, контакты сопровождения и направления на ближайшее время. Щёлкните строку, чтобы открыть карточку.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A contact that was made stays on record; correct it instead.</source>
      <translation>Проведённый контакт остаётся в записи; исправьте его.</translation>
    </message>
    <message>
      <source>Cannot include {parts}: this app moves {known}.</source>
      <translation>Нельзя включить {parts}: приложение передаёт {known}.</translation>
    </message>
    <message>
      <source>Cannot read the file {path}.</source>
      <translation>Не удаётся прочитать файл {path}.</translation>
    </message>
    <message>
      <source>Choose an organisation whose card is in the directory, with its fingerprint checked.</source>
      <translation>Выберите организацию, чья карточка есть в справочнике и чей отпечаток проверен.</translation>
    </message>
    <message>
      <source>Choose the organisation from the directory.</source>
      <translation>Выберите организацию из справочника.</translation>
    </message>
    <message>
      <source>Give the amount awarded.</source>
      <translation>Укажите присуждённую сумму.</translation>
    </message>
    <message>
      <source>Give the date of the award.</source>
      <translation>Укажите дату присуждения.</translation>
    </message>
    <message>
      <source>Give the date the claim was rejected or withdrawn.</source>
      <translation>Укажите дату отказа в иске или его отзыва.</translation>
    </message>
    <message>
      <source>Give the number of the separate civil case.</source>
      <translation>Укажите номер отдельного гражданского дела.</translation>
    </message>
    <message>
      <source>Give the reason the referral was rejected.</source>
      <translation>Укажите причину отказа в направлении.</translation>
    </message>
    <message>
      <source>Name the body that decided (investigator, prosecutor or court).</source>
      <translation>Укажите орган, принявший решение (следователь, прокурор или суд).</translation>
    </message>
    <message>
      <source>No compensation claim with this id.</source>
      <translation>Нет иска о компенсации с таким номером.</translation>
    </message>
    <message>
      <source>No file at {path}.</source>
      <translation>Нет файла {path}.</translation>
    </message>
    <message>
      <source>No follow-up contact with this id.</source>
      <translation>Нет контакта сопровождения с таким номером.</translation>
    </message>
    <message>
      <source>No organisation with the code {code} in the directory: add its card first.</source>
      <translation>В справочнике нет организации с кодом {code}: сначала добавьте её карточку.</translation>
    </message>
    <message>
      <source>No payment with this id.</source>
      <translation>Нет выплаты с таким номером.</translation>
    </message>
    <message>
      <source>No referral with this id.</source>
      <translation>Нет направления с таким номером.</translation>
    </message>
    <message>
      <source>No such organisation in the directory.</source>
      <translation>Такой организации нет в справочнике.</translation>
    </message>
    <message>
      <source>No such outcome.</source>
      <translation>Такого результата нет.</translation>
    </message>
    <message>
      <source>Only a case in follow-up is closed here.</source>
      <translation>Здесь закрывается только дело на сопровождении.</translation>
    </message>
    <message>
      <source>Only “Rejected” or “Withdrawn” is set by hand; the other statuses follow from the amounts.</source>
      <translation>Вручную ставится только «Отказано» или «Отозван»; остальные статусы следуют из сумм.</translation>
    </message>
    <message>
      <source>Payments were recorded on this claim: it cannot lose its award.</source>
      <translation>По этому иску записаны выплаты: присуждение нельзя убрать.</translation>
    </message>
    <message>
      <source>Plan at least one contact.</source>
      <translation>Запланируйте хотя бы один контакт.</translation>
    </message>
    <message>
      <source>Re-trafficking indicators were seen: the result is “Re-trafficking indicated”.</source>
      <translation>Замечены признаки повторной торговли людьми: итог — «Признаки повторной торговли людьми».</translation>
    </message>
    <message>
      <source>Read the fingerprint aloud with the other organisation by phone and tick that you did before adding the card.</source>
      <translation>Сверьте отпечаток вслух с другой организацией по телефону и отметьте это, прежде чем добавить карточку.</translation>
    </message>
    <message>
      <source>Record the award before a payment.</source>
      <translation>Сначала запишите присуждение, потом выплату.</translation>
    </message>
    <message>
      <source>Record the date the resident agreed to share these details.</source>
      <translation>Укажите дату согласия жительницы на передачу этих сведений.</translation>
    </message>
    <message>
      <source>Some planned contacts have not been made yet: record them or remove them first.</source>
      <translation>Некоторые запланированные контакты ещё не проведены: сначала запишите или удалите их.</translation>
    </message>
    <message>
      <source>The award is dated before the claim.</source>
      <translation>Дата присуждения раньше даты иска.</translation>
    </message>
    <message>
      <source>The card's fingerprint does not match its keys: it was altered or damaged.</source>
      <translation>Отпечаток карточки не совпадает с её ключами: она изменена или повреждена.</translation>
    </message>
    <message>
      <source>The consent must be given on or before the referral.</source>
      <translation>Согласие должно быть дано не позже направления.</translation>
    </message>
    <message>
      <source>The date {value} is out of range.</source>
      <translation>Дата {value} вне допустимого диапазона.</translation>
    </message>
    <message>
      <source>The directory already holds another card for {code} (fingerprint {fingerprint}). Check with that organisation before replacing it.</source>
      <translation>В справочнике уже есть другая карточка {code} (отпечаток {fingerprint}). Уточните у этой организации, прежде чем заменять её.</translation>
    </message>
    <message>
      <source>The follow-up date is before the referral.</source>
      <translation>Дата проверки раньше даты направления.</translation>
    </message>
    <message>
      <source>The outcome is dated before the referral.</source>
      <translation>Дата результата раньше даты направления.</translation>
    </message>
    <message>
      <source>The payment is dated before the award.</source>
      <translation>Дата выплаты раньше даты присуждения.</translation>
    </message>
    <message>
      <source>The person was not reached: the result is “Not reached”.</source>
      <translation>Связаться не удалось: итог — «Не удалось связаться».</translation>
    </message>
    <message>
      <source>The person was reached: choose how they are.</source>
      <translation>Связь состоялась: укажите, как у человека дела.</translation>
    </message>
    <message>
      <source>The resident did not agree to share this; tick it first or leave it empty.</source>
      <translation>Жительница не давала согласия на передачу этого; сначала отметьте пункт или оставьте поле пустым.</translation>
    </message>
    <message>
      <source>The sender {code} is not in the directory with this card (fingerprint {fingerprint}). Add their organisation card first, after checking the fingerprint with them by phone.</source>
      <translation>Отправителя {code} с этой карточкой нет в справочнике (отпечаток {fingerprint}). Сначала добавьте карточку их организации, сверив отпечаток с ними по телефону.</translation>
    </message>
    <message>
      <source>The situation is recorded only when the person was reached.</source>
      <translation>Положение записывается, только если связь состоялась.</translation>
    </message>
    <message>
      <source>The transfer file holds a value this app does not know ({field}: {value}).</source>
      <translation>В файле передачи есть значение, неизвестное приложению ({field}: {value}).</translation>
    </message>
    <message>
      <source>The transfer file is damaged: its header cannot be read.</source>
      <translation>Файл передачи повреждён: его заголовок не читается.</translation>
    </message>
    <message>
      <source>The transfer file was changed or damaged after it was signed: refused.</source>
      <translation>Файл передачи изменён или повреждён после подписания: отклонён.</translation>
    </message>
    <message>
      <source>This claim was rejected or withdrawn.</source>
      <translation>В этом иске отказано или он отозван.</translation>
    </message>
    <message>
      <source>This is not a case transfer file of a format this app knows.</source>
      <translation>Это не файл передачи дела в известном приложению формате.</translation>
    </message>
    <message>
      <source>This is not an organisation card of this app.</source>
      <translation>Это не карточка организации этого приложения.</translation>
    </message>
    <message>
      <source>This is this organisation's own card.</source>
      <translation>Это карточка самой этой организации.</translation>
    </message>
    <message>
      <source>This transfer ({transfer_id}) was already imported.</source>
      <translation>Эта передача ({transfer_id}) уже принята.</translation>
    </message>
    <message>
      <source>This transfer is for another organisation (fingerprint {fingerprint}), not this one.</source>
      <translation>Эта передача предназначена другой организации (отпечаток {fingerprint}), а не этой.</translation>
    </message>
    <message>
      <source>Tick re-trafficking indicators to name them.</source>
      <translation>Отметьте признаки повторной торговли людьми, чтобы их перечислить.</translation>
    </message>
    <message>
      <source>Tick the re-trafficking indicators that were seen.</source>
      <translation>Отметьте замеченные признаки повторной торговли людьми.</translation>
    </message>
    <message>
      <source>Unknown language {value}.</source>
      <translation>Неизвестный язык {value}.</translation>
    </message>
    <message>
      <source>No such organisation.</source>
      <translation>Такой организации нет.</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <source>A follow-up contact</source>
      <translation>Контакт сопровождения</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Действия</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Follow-up contact planned for {date}</source>
      <translation>Контакт сопровождения, запланированный на {date}</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>Здоровье</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Жильё</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Способ</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>Проведён</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Re-trafficking indicators seen</source>
      <translation>Замечены признаки повторной торговли людьми</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Удалось связаться</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Итог</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>Безопасность</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Положение</translation>
    </message>
    <message>
      <source>Which indicators</source>
      <translation>Какие признаки</translation>
    </message>
    <message>
      <source>Work or income</source>
      <translation>Работа или доход</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
  </context>
  <context>
    <name>FollowUpModel</name>
    <message>
      <source>Actions</source>
      <translation>Действия</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Способ</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>Проведён</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Запланирован</translation>
    </message>
    <message>
      <source>Re-trafficking indicators</source>
      <translation>Признаки повторной торговли людьми</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Удалось связаться</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Итог</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>ещё нет</translation>
    </message>
  </context>
  <context>
    <name>FollowUpTab</name>
    <message>
      <source>Add a contact…</source>
      <translation>Добавить контакт…</translation>
    </message>
    <message>
      <source>Case status: {status}.</source>
      <translation>Статус дела: {status}.</translation>
    </message>
    <message>
      <source>Close the case</source>
      <translation>Закрыть дело</translation>
    </message>
    <message>
      <source>Close this case? Follow-up is over and the case leaves the lists of open work.</source>
      <translation>Закрыть это дело? Сопровождение окончено, дело уйдёт из списков текущей работы.</translation>
    </message>
    <message>
      <source>Every planned contact was made: close the case when follow-up is over.</source>
      <translation>Все запланированные контакты проведены: закройте дело, когда сопровождение окончено.</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Сопровождение</translation>
    </message>
    <message>
      <source>Follow-up after the shelter is kept by social workers and directors.</source>
      <translation>Сопровождение после приюта ведут социальные работники и директора.</translation>
    </message>
    <message>
      <source>Plan contacts after exit…</source>
      <translation>Запланировать контакты после выбытия…</translation>
    </message>
    <message>
      <source>Record the contact…</source>
      <translation>Записать контакт…</translation>
    </message>
    <message>
      <source>Remove planned contact</source>
      <translation>Удалить запланированный контакт</translation>
    </message>
    <message>
      <source>Remove the contact planned for {date}?</source>
      <translation>Удалить контакт, запланированный на {date}?</translation>
    </message>
    <message>
      <source>{n} planned contact(s) still to make.</source>
      <translation>Осталось провести запланированных контактов: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Follow-up contacts</source>
      <translation>Контакты сопровождения</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Направления</translation>
    </message>
    <message>
      <source>compensation claims</source>
      <translation>иски о компенсации</translation>
    </message>
    <message>
      <source>compensation payments</source>
      <translation>выплаты компенсации</translation>
    </message>
    <message>
      <source>follow-up contacts</source>
      <translation>контакты сопровождения</translation>
    </message>
    <message>
      <source>non-punishment outcomes</source>
      <translation>результаты по принципу ненаказания</translation>
    </message>
    <message>
      <source>organisations added to the directory</source>
      <translation>организации, добавленные в справочник</translation>
    </message>
    <message>
      <source>referrals</source>
      <translation>направления</translation>
    </message>
  </context>
  <context>
    <name>NpOutcomeDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>Кем принято решение</translation>
    </message>
    <message>
      <source>Investigator, prosecutor or court</source>
      <translation>Следователь, прокурор или суд</translation>
    </message>
    <message>
      <source>Non-punishment outcome</source>
      <translation>Результат по принципу ненаказания</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>New organisation</source>
      <translation>Новая организация</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsModel</name>
    <message>
      <source>(hidden)</source>
      <translation>(скрыта)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Organisation card</source>
      <translation>Карточка организации</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>checked {date}</source>
      <translation>сверено {date}</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsPage</name>
    <message>
      <source>Add…</source>
      <translation>Добавить…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Hide from the lists</source>
      <translation>Скрыть из списков</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>Организации</translation>
    </message>
    <message>
      <source>Organisations residents are referred to, bodies that identify victims, and shelters that exchange cases with this one.</source>
      <translation>Организации, куда направляются жительницы, органы, идентифицирующие жертв, и приюты, обменивающиеся делами с этим приютом.</translation>
    </message>
    <message>
      <source>Show again</source>
      <translation>Показывать снова</translation>
    </message>
    <message>
      <source>Show hidden</source>
      <translation>Показать скрытые</translation>
    </message>
    <message>
      <source>Add another organisation's card</source>
      <translation>Добавить карточку другой организации</translation>
    </message>
    <message>
      <source>Add another organisation's card…</source>
      <translation>Добавить карточку другой организации…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Card of {name} ({code}).

Fingerprint: {fingerprint}

Did you read this fingerprint aloud with them by phone, and does it match theirs?</source>
      <translation>Карточка {name} ({code}).

Отпечаток: {fingerprint}

Вы сверили этот отпечаток вслух с ними по телефону, и он совпадает с их отпечатком?</translation>
    </message>
    <message>
      <source>Case transfers</source>
      <translation>Передачи дел</translation>
    </message>
    <message>
      <source>From {sender} ({code}), their case {case_number}: {name}.
Includes: {parts}; services {services}, legal cases {cases}.</source>
      <translation>От {sender} ({code}), их дело {case_number}: {name}.
Включено: {parts}; услуг {services}, юридических дел {cases}.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Принять</translation>
    </message>
    <message>
      <source>Import this case as a new resident?</source>
      <translation>Принять это дело как новую жительницу?</translation>
    </message>
    <message>
      <source>Imported as {case_number}.</source>
      <translation>Принято как {case_number}.</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Possibly already here as: {cases}.</source>
      <translation>Возможно, уже есть в базе как: {cases}.</translation>
    </message>
    <message>
      <source>Receive a case transfer</source>
      <translation>Принять переданное дело</translation>
    </message>
    <message>
      <source>Receive a case transfer…</source>
      <translation>Принять переданное дело…</translation>
    </message>
    <message>
      <source>Save our organisation card</source>
      <translation>Сохранить карточку нашей организации</translation>
    </message>
    <message>
      <source>Save our organisation card…</source>
      <translation>Сохранить карточку нашей организации…</translation>
    </message>
    <message>
      <source>Saved. Read this fingerprint aloud to the other organisation by phone: {fingerprint}</source>
      <translation>Сохранено. Продиктуйте этот отпечаток другой организации по телефону: {fingerprint}</translation>
    </message>
    <message>
      <source>Yes, we checked it</source>
      <translation>Да, мы сверили</translation>
    </message>
  </context>
  <context>
    <name>OutcomeDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Outcome of the referral to {name}</source>
      <translation>Результат направления в {name}</translation>
    </message>
    <message>
      <source>Reason (when rejected)</source>
      <translation>Причина (при отказе)</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
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
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Payment received</source>
      <translation>Получена выплата</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <source>compensation and non-punishment</source>
      <translation>компенсация и принцип ненаказания</translation>
    </message>
    <message>
      <source>follow-up after the shelter</source>
      <translation>сопровождение после приюта</translation>
    </message>
    <message>
      <source>keeping the organisations directory</source>
      <translation>ведение справочника организаций</translation>
    </message>
    <message>
      <source>moving a case to another shelter</source>
      <translation>передача дела в другой приют</translation>
    </message>
    <message>
      <source>referrals to other organisations</source>
      <translation>направления в другие организации</translation>
    </message>
  </context>
  <context>
    <name>PlanFollowUpDialog</name>
    <message>
      <source>After 1 month</source>
      <translation>Через 1 месяц</translation>
    </message>
    <message>
      <source>After 12 months</source>
      <translation>Через 12 месяцев</translation>
    </message>
    <message>
      <source>After 3 months</source>
      <translation>Через 3 месяца</translation>
    </message>
    <message>
      <source>After 6 months</source>
      <translation>Через 6 месяцев</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Plan follow-up contacts</source>
      <translation>Запланировать контакты сопровождения</translation>
    </message>
    <message>
      <source>Proposed from the exit on {date}; change or clear any date.</source>
      <translation>Предложено от даты выбытия {date}; любую дату можно изменить или стереть.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
  </context>
  <context>
    <name>ReferralDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Consent given on</source>
      <translation>Дата согласия</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Контакт</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Документы</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Проверить исполнение</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Потребности</translation>
    </message>
    <message>
      <source>New referral</source>
      <translation>Новое направление</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Only the ticked details are printed in the letter. Ask the resident about each one.</source>
      <translation>В письмо попадут только отмеченные сведения. Спросите жительницу о каждом.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Цель направления</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Направление</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>The resident agrees to share</source>
      <translation>Жительница согласна передать</translation>
    </message>
  </context>
  <context>
    <name>ReferralLetter</name>
    <message>
      <source>About the person</source>
      <translation>О человеке</translation>
    </message>
    <message>
      <source>Confidential: the details above concern a person assisted as a presumed victim of trafficking. Do not pass them on without the person's consent.</source>
      <translation>Конфиденциально: сведения выше касаются человека, получающего помощь как предполагаемая жертва торговли людьми. Не передавайте их без согласия этого человека.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Date of referral</source>
      <translation>Дата направления</translation>
    </message>
    <message>
      <source>From</source>
      <translation>От кого</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Our reference</source>
      <translation>Наш номер</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Напечатано {date}</translation>
    </message>
    <message>
      <source>Reason for referral</source>
      <translation>Причина направления</translation>
    </message>
    <message>
      <source>Referral letter</source>
      <translation>Направительное письмо</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>Направил(а)</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>The person agreed on {date} that we share the following with you, for this referral only:</source>
      <translation>{date} человек дал согласие на передачу вам следующих сведений только для этого направления:</translation>
    </message>
    <message>
      <source>The person did not agree to share any personal details. Please contact us to arrange the referral.</source>
      <translation>Человек не дал согласия на передачу личных сведений. Свяжитесь с нами, чтобы договориться о направлении.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Кому</translation>
    </message>
    <message>
      <source>We refer the person below to your organisation for the service named above, and ask you to tell us whether you accepted the referral and how it ended.</source>
      <translation>Направляем к вам указанного ниже человека для получения названной выше услуги и просим сообщить, приняли ли вы направление и чем оно завершилось.</translation>
    </message>
    <message>
      <source>about {year}</source>
      <translation>около {year}</translation>
    </message>
    <message>
      <source>country of exploitation: {country}</source>
      <translation>страна эксплуатации: {country}</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>неизвестно</translation>
    </message>
  </context>
  <context>
    <name>ReferralsModel</name>
    <message>
      <source>Consent to share</source>
      <translation>Согласие на передачу</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Проверить исполнение</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Цель</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>ничего</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it anyway?</source>
      <translation>Файл PDF не зашифрован: его может прочитать любой, к кому он попадёт. Всё равно сохранить?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete the referral to {name}?</source>
      <translation>Удалить направление в {name}?</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Letter in</source>
      <translation>Письмо на</translation>
    </message>
    <message>
      <source>New referral…</source>
      <translation>Новое направление…</translation>
    </message>
    <message>
      <source>Print letter</source>
      <translation>Печать письма</translation>
    </message>
    <message>
      <source>Print the referral letter</source>
      <translation>Печать направительного письма</translation>
    </message>
    <message>
      <source>Record the outcome…</source>
      <translation>Записать результат…</translation>
    </message>
    <message>
      <source>Referral letter…</source>
      <translation>Направительное письмо…</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Направления</translation>
    </message>
    <message>
      <source>Referrals are made by social workers and directors.</source>
      <translation>Направления выдают социальные работники и директора.</translation>
    </message>
    <message>
      <source>Save letter as PDF…</source>
      <translation>Сохранить письмо в PDF…</translation>
    </message>
    <message>
      <source>Save the referral letter</source>
      <translation>Сохранить направительное письмо</translation>
    </message>
    <message>
      <source>Move to another shelter…</source>
      <translation>Передать в другой приют…</translation>
    </message>
  </context>
  <context>
    <name>Transfers</name>
    <message>
      <source>Transferred from {organisation} (their case {case_number}) on {date}.</source>
      <translation>Передано из {organisation} (их дело {case_number}) {date}.</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Active rehabilitation plan</source>
      <translation>Действующий план реабилитации</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Вложения</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Case notes (not restricted ones)</source>
      <translation>Записи по делу (кроме закрытых)</translation>
    </message>
    <message>
      <source>Case transfers</source>
      <translation>Передачи дел</translation>
    </message>
    <message>
      <source>Choose the receiving organisation (its card must be in the directory).</source>
      <translation>Выберите принимающую организацию (её карточка должна быть в справочнике).</translation>
    </message>
    <message>
      <source>Close the stay in this shelter (exit reason “transferred”)</source>
      <translation>Закрыть пребывание в этом приюте (причина выбытия «переведена»)</translation>
    </message>
    <message>
      <source>Her consent to this transfer, given on</source>
      <translation>Дата её согласия на передачу</translation>
    </message>
    <message>
      <source>Identification (NRM) records</source>
      <translation>Записи об идентификации (НМП)</translation>
    </message>
    <message>
      <source>Identity and details always go. Restricted notes and the audit log never do. The file opens only at the receiving organisation.</source>
      <translation>Личные данные передаются всегда. Закрытые записи и журнал аудита — никогда. Файл откроется только в принимающей организации.</translation>
    </message>
    <message>
      <source>Legal cases and events</source>
      <translation>Юридические дела и события</translation>
    </message>
    <message>
      <source>Move the case to another shelter</source>
      <translation>Передача дела в другой приют</translation>
    </message>
    <message>
      <source>Receiving organisation</source>
      <translation>Принимающая организация</translation>
    </message>
    <message>
      <source>Risk level and safety plan</source>
      <translation>Уровень риска и план безопасности</translation>
    </message>
    <message>
      <source>Save the transfer file</source>
      <translation>Сохранить файл передачи</translation>
    </message>
    <message>
      <source>Services (as a list)</source>
      <translation>Услуги (списком)</translation>
    </message>
    <message>
      <source>The risk level and safety plan say who the resident fears and how she is protected. Send them only if the receiving shelter needs them to keep her safe. Include them?</source>
      <translation>Уровень риска и план безопасности говорят, кого боится жительница и как её защищают. Передавайте их, только если они нужны принимающему приюту для её безопасности. Включить?</translation>
    </message>
    <message>
      <source>What the resident agreed to move</source>
      <translation>Что жительница согласилась передать</translation>
    </message>
    <message>
      <source>Write the transfer file…</source>
      <translation>Записать файл передачи…</translation>
    </message>
  </context>
</TS>
