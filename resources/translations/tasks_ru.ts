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
</TS>
