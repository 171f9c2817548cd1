<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>CaseDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Case reference</source>
      <translation>Номер уголовного дела</translation>
    </message>
    <message>
      <source>Criminal Code article</source>
      <translation>Статья УК</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Адвокат</translation>
    </message>
    <message>
      <source>Legal case</source>
      <translation>Судебное дело</translation>
    </message>
    <message>
      <source>New legal case</source>
      <translation>Новое судебное дело</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Police, prosecutor or court number</source>
      <translation>Номер в милиции, прокуратуре или суде</translation>
    </message>
    <message>
      <source>Role of the resident</source>
      <translation>Процессуальный статус</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>State-guaranteed legal aid</source>
      <translation>Гарантированная государством юридическая помощь</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
  </context>
  <context>
    <name>CasesModel</name>
    <message>
      <source>Article</source>
      <translation>Статья</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Отметки</translation>
    </message>
    <message>
      <source>Latest stage</source>
      <translation>Последняя стадия</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Адвокат</translation>
    </message>
    <message>
      <source>Next hearing</source>
      <translation>Следующее заседание</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>State legal aid</source>
      <translation>Гос. юр. помощь</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Saved the summary of {case_number} to {path}.</source>
      <translation>Сводка по {case_number} сохранена в {path}.</translation>
    </message>
    <message>
      <source>Warning: a PDF is not encrypted. Keep it safe and delete it when it is no longer needed.</source>
      <translation>Внимание: PDF не зашифрован. Храните его в надёжном месте и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
      <source>{n} flagged case events.</source>
      <translation>Отмеченных событий по делам: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Codes</name>
    <message>
      <source>Declined</source>
      <translation>В услуге отказано</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Услуга получена</translation>
    </message>
    <message>
      <source>Referred</source>
      <translation>Направлено</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A non-custodial sentence (a fine or a suspended sentence) is recorded with 0 months.</source>
      <translation>Наказание, не связанное с лишением свободы (штраф или условный срок), записывается как 0 месяцев.</translation>
    </message>
    <message>
      <source>A sentence is recorded only with a conviction.</source>
      <translation>Наказание указывается только при обвинительном приговоре.</translation>
    </message>
    <message>
      <source>A service cannot be logged for a future date ({value}).</source>
      <translation>Нельзя записать услугу на будущую дату ({value}).</translation>
    </message>
    <message>
      <source>An event cannot be recorded for a future date ({value}); put a coming hearing in “Next hearing”.</source>
      <translation>Нельзя записать событие на будущую дату ({value}); предстоящее заседание укажите в поле «Следующее заседание».</translation>
    </message>
    <message>
      <source>Choose at least one resident for the group session.</source>
      <translation>Выберите хотя бы одного клиента для группового занятия.</translation>
    </message>
    <message>
      <source>Enter the sentence in months, or mark it non-custodial.</source>
      <translation>Укажите срок в месяцах или отметьте, что наказание не связано с лишением свободы.</translation>
    </message>
    <message>
      <source>No consent to data processing is recorded for {case_numbers}: nothing was logged.</source>
      <translation>Для {case_numbers} не записано согласие на обработку данных: ничего не сохранено.</translation>
    </message>
    <message>
      <source>No legal case with this id.</source>
      <translation>Судебное дело с таким идентификатором не найдено.</translation>
    </message>
    <message>
      <source>No legal event with this id.</source>
      <translation>Событие с таким идентификатором не найдено.</translation>
    </message>
    <message>
      <source>No service with this id.</source>
      <translation>Услуга с таким идентификатором не найдена.</translation>
    </message>
    <message>
      <source>Only a referral to another organisation has a referral status.</source>
      <translation>Статус направления бывает только у направления в другую организацию.</translation>
    </message>
    <message>
      <source>Only a requalification changes the article.</source>
      <translation>Статья меняется только при переквалификации.</translation>
    </message>
    <message>
      <source>Record the consent of {case_number} to data processing before logging a service.</source>
      <translation>Прежде чем записывать услугу, внесите согласие {case_number} на обработку данных.</translation>
    </message>
    <message>
      <source>The case is already under this article.</source>
      <translation>Дело уже квалифицировано по этой статье.</translation>
    </message>
    <message>
      <source>The date is before the registration of {case_numbers}: nothing was logged.</source>
      <translation>Дата раньше регистрации {case_numbers}: ничего не сохранено.</translation>
    </message>
    <message>
      <source>The non-punishment principle concerns a resident who is a suspect or defendant.</source>
      <translation>Принцип ненаказания касается клиента, который является подозреваемым или обвиняемым.</translation>
    </message>
    <message>
      <source>The record of {case_number} is anonymized: no services can be logged.</source>
      <translation>Запись {case_number} обезличена: услуги записывать нельзя.</translation>
    </message>
    <message>
      <source>The service date is before the registration date ({date}).</source>
      <translation>Дата услуги раньше даты регистрации ({date}).</translation>
    </message>
    <message>
      <source>This resident already has a case numbered {case_ref}.</source>
      <translation>У этого клиента уже есть дело № {case_ref}.</translation>
    </message>
    <message>
      <source>Unknown referral status “{value}”.</source>
      <translation>Неизвестный статус направления «{value}».</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Event in case {case_ref}</source>
      <translation>Событие по делу {case_ref}</translation>
    </message>
    <message>
      <source>New article (requalification)</source>
      <translation>Новая статья (переквалификация)</translation>
    </message>
    <message>
      <source>Next hearing</source>
      <translation>Следующее заседание</translation>
    </message>
    <message>
      <source>Non-custodial (fine or suspended sentence)</source>
      <translation>Без лишения свободы (штраф или условный срок)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Sentence (months)</source>
      <translation>Срок (месяцев)</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Стадия</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
    <message>
      <source>months</source>
      <translation>месяцев</translation>
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
      <translation>Новая статья</translation>
    </message>
    <message>
      <source>Next hearing</source>
      <translation>Следующее заседание</translation>
    </message>
    <message>
      <source>Non-custodial</source>
      <translation>Без лишения свободы</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Sentence</source>
      <translation>Наказание</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Стадия</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} мес.</translation>
    </message>
  </context>
  <context>
    <name>GroupSessionDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Find a resident by name or case number</source>
      <translation>Найти клиента по имени или номеру дела</translation>
    </message>
    <message>
      <source>Group session</source>
      <translation>Групповое занятие</translation>
    </message>
    <message>
      <source>Log for the ticked residents</source>
      <translation>Записать отмеченным клиентам</translation>
    </message>
    <message>
      <source>Residents in the group</source>
      <translation>Клиенты в группе</translation>
    </message>
    <message>
      <source>Tick all listed</source>
      <translation>Отметить всех в списке</translation>
    </message>
    <message>
      <source>Untick all</source>
      <translation>Снять все отметки</translation>
    </message>
    <message numerus="yes">
      <source>%n residents ticked</source>
      <translation>
        <numerusform>Отмечен %n клиент</numerusform>
        <numerusform>Отмечено %n клиента</numerusform>
        <numerusform>Отмечено %n клиентов</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Legal</name>
    <message>
      <source>Case {case_ref}: reconciliation on {date}. A trafficking case must not end in reconciliation; the director should review it.</source>
      <translation>Дело {case_ref}: примирение сторон {date}. Дело о торговле людьми не должно заканчиваться примирением; директору следует его рассмотреть.</translation>
    </message>
    <message>
      <source>Case {case_ref}: requalified from {from_article} to {to_article} on {date}. The director should review it.</source>
      <translation>Дело {case_ref}: {date} переквалифицировано с «{from_article}» на «{to_article}». Директору следует его рассмотреть.</translation>
    </message>
    <message>
      <source>Non-punishment principle (Law of the Kyrgyz Republic No. 55 of 17 March 2005 “On preventing and combating trafficking in persons”, art. 12; note to art. 166 of the Criminal Code): a victim of trafficking is not liable for offences they were forced to commit as a direct result of being trafficked. Under the Criminal Code the exemption from criminal liability covers only minor and less grave crimes committed as a result of being drawn into trafficking. Raise it with the investigator, the prosecutor and the court.</source>
      <translation>Принцип ненаказания (Закон Кыргызской Республики от 17 марта 2005 года № 55 «О предупреждении и борьбе с торговлей людьми», ст. 12; примечание к ст. 166 УК КР): жертва торговли людьми не несёт ответственности за правонарушения, которые её вынудили совершить в прямой связи с тем, что она стала жертвой торговли людьми. По Уголовному кодексу лицо освобождается от уголовной ответственности только за преступления небольшой тяжести и менее тяжкие преступления, совершённые в результате вовлечения в торговлю людьми. Заявите о нём следователю, прокурору и суду.</translation>
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
      <translation>Мин.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Исполнитель</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Услуга</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Сотрудник</translation>
    </message>
  </context>
  <context>
    <name>LegalTab</name>
    <message>
      <source>Add event…</source>
      <translation>Добавить событие…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete case</source>
      <translation>Удалить дело</translation>
    </message>
    <message>
      <source>Delete case {case_ref} and its {n} events? The deletion is written to the audit log.</source>
      <translation>Удалить дело {case_ref} и его события ({n})? Удаление записывается в журнал аудита.</translation>
    </message>
    <message>
      <source>Delete event</source>
      <translation>Удалить событие</translation>
    </message>
    <message>
      <source>Delete the event “{stage}” of {date}?</source>
      <translation>Удалить событие «{stage}» от {date}?</translation>
    </message>
    <message>
      <source>Edit case…</source>
      <translation>Изменить дело…</translation>
    </message>
    <message>
      <source>Edit event…</source>
      <translation>Изменить событие…</translation>
    </message>
    <message>
      <source>For the director's attention:</source>
      <translation>Требует внимания директора:</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Оставить</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Судебные дела</translation>
    </message>
    <message>
      <source>Legal cases</source>
      <translation>Судебные дела</translation>
    </message>
    <message>
      <source>Legal-aid services</source>
      <translation>Юридические услуги</translation>
    </message>
    <message>
      <source>Log a legal consultation…</source>
      <translation>Записать юридическую консультацию…</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Новое дело…</translation>
    </message>
    <message>
      <source>The principle was raised in these proceedings</source>
      <translation>Принцип ненаказания заявлен в этом производстве</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Ход дела</translation>
    </message>
    <message>
      <source>Timeline of case {case_ref}</source>
      <translation>Ход дела {case_ref}</translation>
    </message>
  </context>
  <context>
    <name>ServiceDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Edit service</source>
      <translation>Изменить услугу</translation>
    </message>
    <message>
      <source>Log a service</source>
      <translation>Записать услугу</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
  </context>
  <context>
    <name>ServiceFields</name>
    <message>
      <source>Choose a service…</source>
      <translation>Выберите услугу…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Duration (min)</source>
      <translation>Длительность (мин)</translation>
    </message>
    <message>
      <source>In-house, or type the name of the organisation the resident is referred to</source>
      <translation>Силами приюта — или введите название организации, куда направлен клиент</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Исполнитель</translation>
    </message>
    <message>
      <source>Referral status</source>
      <translation>Статус направления</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Услуга</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
    <message>
      <source>minutes</source>
      <translation>минут</translation>
    </message>
  </context>
  <context>
    <name>Services</name>
    <message>
      <source>In-house</source>
      <translation>Силами приюта</translation>
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
      <translation>Мин.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Исполнитель</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Направление</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Услуга</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Сотрудник</translation>
    </message>
  </context>
  <context>
    <name>ServicesTab</name>
    <message>
      <source>A PDF file is not encrypted: anyone who opens the folder can read it. Save it only where it is safe, and delete it when it is no longer needed.</source>
      <translation>Файл PDF не зашифрован: его прочтёт любой, кто откроет папку. Сохраняйте его только в надёжном месте и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
      <source>All services</source>
      <translation>Все услуги</translation>
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
      <source>Delete the service “{service}” of {date}? The deletion is written to the audit log.</source>
      <translation>Удалить услугу «{service}» от {date}? Удаление записывается в журнал аудита.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Group session…</source>
      <translation>Групповое занятие…</translation>
    </message>
    <message>
      <source>In-house</source>
      <translation>Силами приюта</translation>
    </message>
    <message>
      <source>In-house and referrals</source>
      <translation>Услуги приюта и направления</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Оставить</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Записать</translation>
    </message>
    <message>
      <source>Log a service</source>
      <translation>Записать услугу</translation>
    </message>
    <message>
      <source>Logged: {service}, {date}.</source>
      <translation>Записано: {service}, {date}.</translation>
    </message>
    <message>
      <source>No consent to data processing is recorded for this resident: record it in the resident's details before logging a service.</source>
      <translation>Для этого клиента не записано согласие на обработку данных: внесите его в данные клиента, прежде чем записывать услуги.</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print services and legal cases</source>
      <translation>Печать услуг и судебных дел</translation>
    </message>
    <message>
      <source>Print summary…</source>
      <translation>Печать сводки…</translation>
    </message>
    <message>
      <source>Referral declined</source>
      <translation>Отметить: отказано</translation>
    </message>
    <message>
      <source>Referral received</source>
      <translation>Отметить: получено</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Направления</translation>
    </message>
    <message>
      <source>Referrals awaiting follow-up</source>
      <translation>Направления без ответа</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>Сохранить PDF</translation>
    </message>
    <message>
      <source>Save summary as PDF</source>
      <translation>Сохранить сводку в PDF</translation>
    </message>
    <message>
      <source>Save summary as PDF…</source>
      <translation>Сохранить сводку в PDF…</translation>
    </message>
    <message>
      <source>Search notes and organisations</source>
      <translation>Поиск по примечаниям и организациям</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Услуги</translation>
    </message>
    <message>
      <source>services-and-legal-{case_number}.pdf</source>
      <translation>uslugi-i-dela-{case_number}.pdf</translation>
    </message>
    <message>
      <source>{n} services</source>
      <translation>Услуг: {n}</translation>
    </message>
  </context>
  <context>
    <name>SummaryPdf</name>
    <message>
      <source>Case number</source>
      <translation>Номер дела</translation>
    </message>
    <message>
      <source>Case {case_ref}</source>
      <translation>Дело {case_ref}</translation>
    </message>
    <message>
      <source>Consent to data processing</source>
      <translation>Согласие на обработку данных</translation>
    </message>
    <message>
      <source>Criminal Code article</source>
      <translation>Статья УК</translation>
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
      <translation>Судебные дела ({n})</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Мин.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Next hearing</source>
      <translation>Следующее заседание</translation>
    </message>
    <message>
      <source>No events recorded.</source>
      <translation>События не записаны.</translation>
    </message>
    <message>
      <source>No legal cases recorded.</source>
      <translation>Судебные дела не записаны.</translation>
    </message>
    <message>
      <source>No services logged.</source>
      <translation>Услуги не записаны.</translation>
    </message>
    <message>
      <source>Non-punishment principle raised</source>
      <translation>Принцип ненаказания заявлен</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Напечатано {date}</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Исполнитель</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Зарегистрирован(а)</translation>
    </message>
    <message>
      <source>Role of the resident</source>
      <translation>Процессуальный статус</translation>
    </message>
    <message>
      <source>Sentence</source>
      <translation>Наказание</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Услуга</translation>
    </message>
    <message>
      <source>Services ({n})</source>
      <translation>Услуги ({n})</translation>
    </message>
    <message>
      <source>Services and legal cases</source>
      <translation>Услуги и судебные дела</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Сотрудник</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Стадия</translation>
    </message>
    <message>
      <source>State-guaranteed legal aid</source>
      <translation>Гарантированная государством юридическая помощь</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>non-custodial</source>
      <translation>без лишения свободы</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>не записано</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>{article} (opened under {first})</source>
      <translation>{article} (возбуждено по «{first}»)</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} мес.</translation>
    </message>
  </context>
</TS>
