<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AccountsBox</name>
    <message>
      <source>My password: the change is not made</source>
      <translation>Мой пароль: изменение не сделано</translation>
    </message>
    <message>
      <source>Staff accounts: the account {username} is not added</source>
      <translation>Учётные записи: запись {username} не добавлена</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Checking every entry of the audit log…</source>
      <translation>Проверяется каждая запись журнала аудита…</translation>
    </message>
    <message>
      <source>Saving the audit log as PDF…</source>
      <translation>Журнал аудита сохраняется в PDF…</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <source>Writing the backup and checking it…</source>
      <translation>Резервная копия записывается и проверяется…</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import: {file} is checked but not imported</source>
      <translation>Импорт: файл {file} проверен, но не импортирован</translation>
    </message>
    <message>
      <source>Importing: all rows or none…</source>
      <translation>Импорт: все строки или ни одной…</translation>
    </message>
    <message>
      <source>Reading and checking the file…</source>
      <translation>Файл читается и проверяется…</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>Plan, draft version {version}: {parts}</source>
      <translation>План, черновик версии {version}: {parts}</translation>
    </message>
    <message>
      <source>Plan: a review not yet recorded</source>
      <translation>План: пересмотр ещё не записан</translation>
    </message>
    <message>
      <source>Saving the plans as PDF…</source>
      <translation>Планы сохраняются в PDF…</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>цели</translation>
    </message>
    <message>
      <source>needs</source>
      <translation>потребности</translation>
    </message>
    <message>
      <source>resident's wishes</source>
      <translation>пожелания клиента</translation>
    </message>
    <message>
      <source>why there is no education goal</source>
      <translation>почему нет цели в сфере образования</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
    <message>
      <source>Saving everything held about this person as PDF…</source>
      <translation>Все сведения об этом человеке сохраняются в PDF…</translation>
    </message>
    <message>
      <source>{record}, details: {fields}</source>
      <translation>{record}, сведения: {fields}</translation>
    </message>
    <message>
      <source>Nothing to save.</source>
      <translation>Сохранять нечего.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Opening the backup and checking it…</source>
      <translation>Резервная копия открывается и проверяется…</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Восстановление из резервной копии…</translation>
    </message>
  </context>
  <context>
    <name>RetentionPage</name>
    <message>
      <source>Anonymizing…</source>
      <translation>Данные обезличиваются…</translation>
    </message>
    <message>
      <source>Deleting…</source>
      <translation>Удаление…</translation>
    </message>
    <message>
      <source>Looking for records past the retention period…</source>
      <translation>Поиск записей с истёкшим сроком хранения…</translation>
    </message>
    <message>
      <source>Saving the resident's record as PDF…</source>
      <translation>Данные клиента сохраняются в PDF…</translation>
    </message>
    <message>
      <source>Stopped: nothing was changed.</source>
      <translation>Остановлено: ничего не изменено.</translation>
    </message>
    <message>
      <source>Stopped: nothing was deleted.</source>
      <translation>Остановлено: ничего не удалено.</translation>
    </message>
  </context>
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>Counting the return…</source>
      <translation>Подсчёт отчёта…</translation>
    </message>
    <message>
      <source>Writing the return…</source>
      <translation>Отчёт записывается…</translation>
    </message>
  </context>
  <context>
    <name>ServicesTab</name>
    <message>
      <source>Saving the summary as PDF…</source>
      <translation>Сводка сохраняется в PDF…</translation>
    </message>
    <message>
      <source>Services: {service} not yet logged</source>
      <translation>Услуги: «{service}» ещё не записана</translation>
    </message>
    <message>
      <source>a service</source>
      <translation>услуга</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings: {names}</source>
      <translation>Настройки: {names}</translation>
    </message>
    <message>
      <source>Nothing to save.</source>
      <translation>Сохранять нечего.</translation>
    </message>
    <message>
      <source>The organisation's details: {names}</source>
      <translation>Сведения об организации: {names}</translation>
    </message>
  </context>
  <context>
    <name>StaysTab</name>
    <message>
      <source>Stays: the admission is not recorded</source>
      <translation>Пребывание: приём не записан</translation>
    </message>
    <message>
      <source>Stays: the discharge is not recorded</source>
      <translation>Пребывание: выбытие не записано</translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <source>Adding the attachments…</source>
      <translation>Вложения добавляются…</translation>
    </message>
    <message>
      <source>Saving a copy of the attachment…</source>
      <translation>Копия вложения сохраняется…</translation>
    </message>
    <message>
      <source>Case notes: a note not yet saved</source>
      <translation>Записи в деле: запись ещё не сохранена</translation>
    </message>
    <message>
      <source>Safety: the safety plan is not saved</source>
      <translation>Безопасность: план безопасности не сохранён</translation>
    </message>
    <message>
      <source>(no log could be written on this computer)</source>
      <translation>(на этом компьютере журнал записать не удалось)</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Не сохранять</translation>
    </message>
    <message>
      <source>Error type: {name}</source>
      <translation>Тип ошибки: {name}</translation>
    </message>
    <message>
      <source>Something went wrong that the app did not expect. What was saved before is safe, and the window keeps working; the last action may not have finished. Check it, and try again.</source>
      <translation>Произошла непредвиденная ошибка. Всё, что было сохранено раньше, в сохранности, и окно продолжает работать; последнее действие могло не завершиться. Проверьте его и попробуйте ещё раз.</translation>
    </message>
    <message>
      <source>The details are in the log file (it holds no names or notes): {path}</source>
      <translation>Подробности — в файле журнала (в нём нет имён и заметок): {path}</translation>
    </message>
    <message>
      <source>These changes are not saved:</source>
      <translation>Эти изменения не сохранены:</translation>
    </message>
    <message>
      <source>Typed changes</source>
      <translation>Введённые изменения</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Несохранённые изменения</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Page {page}</source>
      <translation>Страница {page}</translation>
    </message>
    <message>
      <source>Please wait</source>
      <translation>Подождите</translation>
    </message>
    <message>
      <source>Printing page {page}…</source>
      <translation>Печатается страница {page}…</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Печать…</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Останавливается…</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Выполняется…</translation>
    </message>
    <message>
      <source>{done} of {total}</source>
      <translation>{done} из {total}</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Follow-up contacts planned</source>
      <translation>Запланированы контакты сопровождения</translation>
    </message>
    <message>
      <source>Follow-up contact recorded</source>
      <translation>Контакт сопровождения записан</translation>
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
      <source>Case closed after follow-up</source>
      <translation>Дело закрыто после сопровождения</translation>
    </message>
    <message>
      <source>Compensation claim recorded</source>
      <translation>Иск о компенсации записан</translation>
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
      <source>Compensation payment recorded</source>
      <translation>Выплата компенсации записана</translation>
    </message>
    <message>
      <source>Compensation payment deleted</source>
      <translation>Выплата компенсации удалена</translation>
    </message>
    <message>
      <source>Offence recorded for non-punishment</source>
      <translation>Записано деяние для принципа ненаказания</translation>
    </message>
    <message>
      <source>Non-punishment outcome recorded</source>
      <translation>Записан результат по принципу ненаказания</translation>
    </message>
    <message>
      <source>Non-punishment outcome deleted</source>
      <translation>Результат по принципу ненаказания удалён</translation>
    </message>
    <message>
      <source>Referral made</source>
      <translation>Выдано направление</translation>
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
      <source>Referral outcome recorded</source>
      <translation>Записан результат направления</translation>
    </message>
    <message>
      <source>Referral letter printed</source>
      <translation>Направительное письмо напечатано</translation>
    </message>
    <message>
      <source>Organisation card exported</source>
      <translation>Карточка организации выгружена</translation>
    </message>
    <message>
      <source>Organisation card added</source>
      <translation>Добавлена карточка организации</translation>
    </message>
    <message>
      <source>Case transferred to another shelter</source>
      <translation>Дело передано в другой приют</translation>
    </message>
    <message>
      <source>Case received from another shelter</source>
      <translation>Дело принято из другого приюта</translation>
    </message>
    <message>
      <source>Case note written</source>
      <translation>Сделана запись в деле</translation>
    </message>
    <message>
      <source>Case note changed</source>
      <translation>Запись в деле изменена</translation>
    </message>
    <message>
      <source>Case note annotated</source>
      <translation>К записи в деле добавлено примечание</translation>
    </message>
    <message>
      <source>Attachment added</source>
      <translation>Вложение добавлено</translation>
    </message>
    <message>
      <source>Attachment opened</source>
      <translation>Вложение открыто</translation>
    </message>
    <message>
      <source>Copy of an attachment saved</source>
      <translation>Сохранена копия вложения</translation>
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
      <source>Place added</source>
      <translation>Помещение добавлено</translation>
    </message>
    <message>
      <source>Place changed</source>
      <translation>Помещение изменено</translation>
    </message>
    <message>
      <source>Moved to another place</source>
      <translation>Переселение в другое помещение</translation>
    </message>
    <message>
      <source>Stay corrected</source>
      <translation>Пребывание исправлено</translation>
    </message>
    <message>
      <source>Discharge undone</source>
      <translation>Выбытие отменено</translation>
    </message>
    <message>
      <source>Another record merged into this one</source>
      <translation>В эту запись объединена другая запись</translation>
    </message>
    <message>
      <source>Record merged into another</source>
      <translation>Запись объединена с другой</translation>
    </message>
    <message>
      <source>Record created by mistake deleted</source>
      <translation>Удалена запись, созданная по ошибке</translation>
    </message>
  </context>
</TS>
