<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Audit</name>
    <message>
      <source>Account</source>
      <translation>Учётная запись</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Журнал аудита</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Даты</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>Записей</translation>
    </message>
    <message>
      <source>Filter</source>
      <translation>Отбор</translation>
    </message>
    <message>
      <source>No entries match the filter.</source>
      <translation>Нет записей, подходящих под отбор.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message numerus="yes">
      <source>Only the newest %n entries are printed: narrow the filter to print the rest.</source>
      <translation>
        <numerusform>Напечатана только %n последняя запись: сузьте отбор, чтобы напечатать остальные.</numerusform>
        <numerusform>Напечатаны только %n последние записи: сузьте отбор, чтобы напечатать остальные.</numerusform>
        <numerusform>Напечатаны только %n последних записей: сузьте отбор, чтобы напечатать остальные.</numerusform>
      </translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
      <source>Printed by</source>
      <translation>Напечатал(а)</translation>
    </message>
    <message>
      <source>Printed on</source>
      <translation>Дата печати</translation>
    </message>
    <message>
      <source>Printed {date} by {user}</source>
      <translation>Напечатано {date}, {user}</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message numerus="yes">
      <source>The audit log is intact: %n entries, none altered or removed.</source>
      <translation>
        <numerusform>Журнал аудита цел: %n запись, ни одна не изменена и не удалена.</numerusform>
        <numerusform>Журнал аудита цел: %n записи, ни одна не изменена и не удалена.</numerusform>
        <numerusform>Журнал аудита цел: %n записей, ни одна не изменена и не удалена.</numerusform>
      </translation>
    </message>
    <message>
      <source>The audit log was tampered with. First broken entry: #{entry} ({reason}).</source>
      <translation>Журнал аудита был подделан. Первая нарушенная запись: №{entry} ({reason}).</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>it was altered</source>
      <translation>она изменена</translation>
    </message>
    <message>
      <source>it was removed</source>
      <translation>она удалена</translation>
    </message>
    <message>
      <source>it, or the entry before it, was altered or removed</source>
      <translation>она или предыдущая запись изменена либо удалена</translation>
    </message>
    <message>
      <source>the whole log</source>
      <translation>весь журнал</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Account added</source>
      <translation>Добавлена учётная запись</translation>
    </message>
    <message>
      <source>Account removed</source>
      <translation>Удалена учётная запись</translation>
    </message>
    <message>
      <source>Admitted to the shelter</source>
      <translation>Принят(а) в приют</translation>
    </message>
    <message>
      <source>Audit log checked</source>
      <translation>Журнал аудита проверен</translation>
    </message>
    <message>
      <source>Audit log printed</source>
      <translation>Журнал аудита напечатан</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Сделана резервная копия</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>Восстановлено из резервной копии</translation>
    </message>
    <message>
      <source>Data imported</source>
      <translation>Данные импортированы</translation>
    </message>
    <message>
      <source>Database created</source>
      <translation>База данных создана</translation>
    </message>
    <message>
      <source>Database re-encrypted with a new key</source>
      <translation>База данных перешифрована новым ключом</translation>
    </message>
    <message>
      <source>Database verified</source>
      <translation>База данных проверена</translation>
    </message>
    <message>
      <source>Failed sign-in</source>
      <translation>Неудачный вход</translation>
    </message>
    <message>
      <source>Left the shelter</source>
      <translation>Выбыл(а) из приюта</translation>
    </message>
    <message>
      <source>Opened with the recovery key</source>
      <translation>Открыто ключом восстановления</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation>Пароль изменён</translation>
    </message>
    <message>
      <source>Password reset</source>
      <translation>Пароль сброшен</translation>
    </message>
    <message>
      <source>Plan approved</source>
      <translation>План утверждён</translation>
    </message>
    <message>
      <source>Plan draft created</source>
      <translation>Создан проект плана</translation>
    </message>
    <message>
      <source>Plan draft saved</source>
      <translation>Проект плана сохранён</translation>
    </message>
    <message>
      <source>Plan printed</source>
      <translation>План напечатан</translation>
    </message>
    <message>
      <source>Plan reviewed</source>
      <translation>План пересмотрен</translation>
    </message>
    <message>
      <source>Resident registered</source>
      <translation>Клиент зарегистрирован</translation>
    </message>
    <message>
      <source>Resident's full record printed</source>
      <translation>Напечатаны все данные клиента</translation>
    </message>
    <message>
      <source>Resident's record anonymized</source>
      <translation>Данные клиента обезличены</translation>
    </message>
    <message>
      <source>Resident's record changed</source>
      <translation>Данные клиента изменены</translation>
    </message>
    <message>
      <source>Resident's record deleted</source>
      <translation>Данные клиента удалены</translation>
    </message>
    <message>
      <source>Resident's record opened</source>
      <translation>Открыта карточка клиента</translation>
    </message>
    <message>
      <source>Screen locked</source>
      <translation>Экран заблокирован</translation>
    </message>
    <message>
      <source>Service changed</source>
      <translation>Услуга изменена</translation>
    </message>
    <message>
      <source>Service deleted</source>
      <translation>Услуга удалена</translation>
    </message>
    <message>
      <source>Service logged</source>
      <translation>Услуга записана</translation>
    </message>
    <message>
      <source>Setting changed</source>
      <translation>Настройка изменена</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Вход в систему</translation>
    </message>
    <message>
      <source>Statistical return exported</source>
      <translation>Выгружен статистический отчёт</translation>
    </message>
    <message>
      <source>Synthetic demo data added</source>
      <translation>Добавлены вымышленные демо-данные</translation>
    </message>
    <message>
      <source>Legal case changed</source>
      <translation>Уголовное дело изменено</translation>
    </message>
    <message>
      <source>Legal case deleted</source>
      <translation>Уголовное дело удалено</translation>
    </message>
    <message>
      <source>Legal case opened</source>
      <translation>Уголовное дело добавлено</translation>
    </message>
    <message>
      <source>Plan cancelled</source>
      <translation>План отменён</translation>
    </message>
    <message>
      <source>Plan completed</source>
      <translation>План выполнен</translation>
    </message>
    <message>
      <source>Plan saved as PDF</source>
      <translation>План сохранён в PDF</translation>
    </message>
    <message>
      <source>Referral followed up</source>
      <translation>Результат направления отмечен</translation>
    </message>
    <message>
      <source>Services and legal cases printed</source>
      <translation>Напечатаны услуги и уголовные дела</translation>
    </message>
    <message>
      <source>Step in the proceedings changed</source>
      <translation>Этап производства изменён</translation>
    </message>
    <message>
      <source>Step in the proceedings deleted</source>
      <translation>Этап производства удалён</translation>
    </message>
    <message>
      <source>Step in the proceedings recorded</source>
      <translation>Записан этап производства</translation>
    </message>
    <message>
      <source>Organisation's name, code or region corrected</source>
      <translation>Исправлены название, код или регион организации</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <source>Account</source>
      <translation>Учётная запись</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once the inspection is over.</source>
      <translation>Файл PDF не зашифрован: его сможет прочитать любой, к кому он попадёт. Сохраняйте его только в надёжном месте и удалите после проверки.</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Действие:</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Все</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Журнал аудита</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Check that no entry was altered or removed</source>
      <translation>Проверить, что ни одна запись не изменена и не удалена</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Сбросить отбор</translation>
    </message>
    <message>
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <source>Only a director can read the audit log.</source>
      <translation>Журнал аудита может читать только директор.</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print the audit log</source>
      <translation>Печать журнала аудита</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Печать…</translation>
    </message>
    <message>
      <source>Record:</source>
      <translation>Запись:</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>Сохранить PDF</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Сохранить как PDF</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Сохранить как PDF…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>Staff member:</source>
      <translation>Сотрудник:</translation>
    </message>
    <message>
      <source>Verify the log</source>
      <translation>Проверить журнал</translation>
    </message>
    <message>
      <source>Who saw or changed what, and when. Narrow the log, then print it for an inspection.</source>
      <translation>Кто что видел или изменял и когда. Сузьте отбор и напечатайте журнал для проверки.</translation>
    </message>
    <message>
      <source>case number</source>
      <translation>номер дела</translation>
    </message>
    <message>
      <source>to</source>
      <translation>по</translation>
    </message>
    <message>
      <source>{n} entries</source>
      <translation>Записей: {n}</translation>
    </message>
  </context>
  <context>
    <name>AuditRecords</name>
    <message>
      <source>Account</source>
      <translation>Учётная запись</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Журнал аудита</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>База данных</translation>
    </message>
    <message>
      <source>Legal case</source>
      <translation>Судебное дело</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Клиент</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Услуга</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>Настройка</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>Last backup: less than an hour ago</source>
      <translation>Последняя резервная копия: меньше часа назад</translation>
    </message>
    <message>
      <source>Last backup: {n} d ago</source>
      <translation>Последняя резервная копия: {n} дн. назад</translation>
    </message>
    <message>
      <source>Last backup: {n} h ago</source>
      <translation>Последняя резервная копия: {n} ч назад</translation>
    </message>
    <message>
      <source>No backup yet</source>
      <translation>Резервных копий ещё нет</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <source>A backup is one encrypted file with every record and the keys to open it. It opens only with a staff password or the recovery key. Keep it on a USB stick, away from this computer, and make a new one every week.</source>
      <translation>Резервная копия — это один зашифрованный файл со всеми записями и ключами к ним. Открыть его можно только паролем сотрудника или ключом восстановления. Храните её на флешке, отдельно от этого компьютера, и делайте новую каждую неделю.</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>Сделать резервную копию…</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Резервная копия</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size} MB).</source>
      <translation>Резервная копия записана и проверена: {path} ({size} МБ).</translation>
    </message>
    <message>
      <source>Backups made</source>
      <translation>Сделанные резервные копии</translation>
    </message>
    <message>
      <source>Choose where to save the backup (e.g. a USB stick)</source>
      <translation>Выберите, куда сохранить резервную копию (например, флешку)</translation>
    </message>
    <message>
      <source>Only a director can make backups.</source>
      <translation>Резервные копии может делать только директор.</translation>
    </message>
    <message>
      <source>Restoring a backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <source>Restoring replaces this database with the one in the backup. Close the app first and use the restore command, as the user guide describes. The backup is checked before anything is replaced, you are asked to confirm, and a safety copy of the current database is kept beside it.</source>
      <translation>Восстановление заменяет эту базу данных базой из резервной копии. Сначала закройте программу и выполните команду восстановления, как описано в руководстве. Копия проверяется до любой замены, у вас спросят подтверждение, а рядом сохранится страховочная копия текущей базы.</translation>
    </message>
    <message>
      <source>The last backup is more than 7 days old, or there is none: make one now.</source>
      <translation>Последней резервной копии больше 7 дней или её нет: сделайте копию сейчас.</translation>
    </message>
    <message>
      <source>{when} — {user} — {file}</source>
      <translation>{when} — {user} — {file}</translation>
    </message>
    <message>
      <source>Make one now on the Backup page and keep it on a USB stick away from this computer.</source>
      <translation>Сделайте её сейчас на странице «Резервная копия» и храните на флешке отдельно от этого компьютера.</translation>
    </message>
    <message numerus="yes">
      <source>The last backup was made %n days ago.</source>
      <translation>
        <numerusform>Последняя резервная копия сделана %n день назад.</numerusform>
        <numerusform>Последняя резервная копия сделана %n дня назад.</numerusform>
        <numerusform>Последняя резервная копия сделана %n дней назад.</numerusform>
      </translation>
    </message>
    <message>
      <source>There is no backup yet.</source>
      <translation>Резервной копии ещё нет.</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Создать копию сейчас</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Позже</translation>
    </message>
    <message>
      <source>Make one now and keep it on a USB stick away from this computer.</source>
      <translation>Сделайте её сейчас и храните на флешке отдельно от этого компьютера.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Accounts that can open it: {accounts}</source>
      <translation>Учётные записи, которые могут её открыть: {accounts}</translation>
    </message>
    <message>
      <source>Anonymize the records of {n} residents?</source>
      <translation>Обезличить данные клиентов ({n})?</translation>
    </message>
    <message>
      <source>Anonymized: {n} residents.</source>
      <translation>Обезличено клиентов: {n}.</translation>
    </message>
    <message>
      <source>Backup made {date} by {user}</source>
      <translation>Резервная копия сделана {date}, {user}</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({size})</source>
      <translation>Резервная копия записана и проверена: {path} ({size})</translation>
    </message>
    <message>
      <source>Delete the records of {n} residents for good?</source>
      <translation>Удалить данные клиентов ({n}) навсегда?</translation>
    </message>
    <message>
      <source>Deleted: {n} residents.</source>
      <translation>Удалено клиентов: {n}.</translation>
    </message>
    <message>
      <source>Nothing to do.</source>
      <translation>Делать нечего.</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Ничего не изменено.</translation>
    </message>
    <message>
      <source>Nothing was restored: the current database was kept.</source>
      <translation>Ничего не восстановлено: текущая база данных сохранена.</translation>
    </message>
    <message>
      <source>Organisation: {code} {name}</source>
      <translation>Организация: {code} {name}</translation>
    </message>
    <message>
      <source>Replace the database at {path} with this backup? A safety copy of the current one is kept.</source>
      <translation>Заменить базу данных {path} этой резервной копией? Страховочная копия текущей базы будет сохранена.</translation>
    </message>
    <message>
      <source>Residents: {n}; audit log entries: {entries}; size: {size}</source>
      <translation>Клиентов: {n}; записей журнала аудита: {entries}; размер: {size}</translation>
    </message>
    <message>
      <source>Restored to {path}.</source>
      <translation>Восстановлено в {path}.</translation>
    </message>
    <message numerus="yes">
      <source>Retention period: %n years.</source>
      <translation>
        <numerusform>Срок хранения: %n год.</numerusform>
        <numerusform>Срок хранения: %n года.</numerusform>
        <numerusform>Срок хранения: %n лет.</numerusform>
      </translation>
    </message>
    <message>
      <source>SHA-256: {digest}</source>
      <translation>SHA-256: {digest}</translation>
    </message>
    <message>
      <source>The backup opened and passed its integrity check.</source>
      <translation>Резервная копия открыта и прошла проверку целостности.</translation>
    </message>
    <message>
      <source>The database as it was before is kept in {path}.</source>
      <translation>Прежняя база данных сохранена в {path}.</translation>
    </message>
    <message>
      <source>Written: {path}. A PDF is not encrypted: keep it locked away and delete it when done.</source>
      <translation>Записано: {path}. Файл PDF не зашифрован: храните его под замком и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
      <source>anonymized</source>
      <translation>обезличено</translation>
    </message>
    <message>
      <source>last contact {date}</source>
      <translation>последний контакт {date}</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>{shown} of {total} entries shown.</source>
      <translation>Показано {shown} из {total} записей.</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} МБ</translation>
    </message>
    <message>
      <source>Records past it: {n}.</source>
      <translation>Записей сверх срока: {n}.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A database already exists at {path}: add --yes to replace it with the backup (a safety copy is kept).</source>
      <translation>По пути {path} уже есть база данных: добавьте --yes, чтобы заменить её резервной копией (страховочная копия сохранится).</translation>
    </message>
    <message>
      <source>Add --yes to confirm: nothing was changed.</source>
      <translation>Добавьте --yes для подтверждения: ничего не изменено.</translation>
    </message>
    <message>
      <source>Choose another name for the backup file: {path}.</source>
      <translation>Выберите другое имя для файла резервной копии: {path}.</translation>
    </message>
    <message>
      <source>Could not read {path}: {reason}</source>
      <translation>Не удалось прочитать {path}: {reason}</translation>
    </message>
    <message>
      <source>Give an account and its password, or the recovery key.</source>
      <translation>Укажите учётную запись и её пароль или ключ восстановления.</translation>
    </message>
    <message>
      <source>No backup file at {path}.</source>
      <translation>Файл резервной копии не найден: {path}.</translation>
    </message>
    <message>
      <source>Nothing was restored: the current database was kept.</source>
      <translation>Ничего не восстановлено: текущая база данных сохранена.</translation>
    </message>
    <message>
      <source>The backup could not be restored: {reason}. The current database was not changed.</source>
      <translation>Не удалось восстановить резервную копию: {reason}. Текущая база данных не изменена.</translation>
    </message>
    <message>
      <source>The current database has an unfinished key change. Open it once in the app (this finishes the change), close it, then restore.</source>
      <translation>В текущей базе данных не завершена смена ключа. Откройте её один раз в программе (это завершит смену), закройте и затем восстанавливайте.</translation>
    </message>
    <message>
      <source>The database inside the backup failed its integrity check: {problem}</source>
      <translation>База данных в резервной копии не прошла проверку целостности: {problem}</translation>
    </message>
    <message>
      <source>The database snapshot could not be written: {reason}</source>
      <translation>Не удалось записать снимок базы данных: {reason}</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
      <source>The folder {path} does not exist.</source>
      <translation>Папка {path} не существует.</translation>
    </message>
    <message>
      <source>The record {case_number} is still within the retention period: nothing was changed.</source>
      <translation>Срок хранения записи {case_number} ещё не истёк: ничего не изменено.</translation>
    </message>
    <message>
      <source>The restore was interrupted: {reason}. Open the database again to finish it.</source>
      <translation>Восстановление прервано: {reason}. Откройте базу данных снова, чтобы его завершить.</translation>
    </message>
    <message>
      <source>The safety copy of the current database could not be written, so nothing was restored: {reason}</source>
      <translation>Не удалось записать страховочную копию текущей базы данных, поэтому ничего не восстановлено: {reason}</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of the app (schema {found}). Install it to restore.</source>
      <translation>Эта резервная копия сделана более новой версией программы (схема {found}). Установите её, чтобы восстановить.</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of the app. Install it to restore.</source>
      <translation>Эта резервная копия сделана более новой версией программы. Установите её, чтобы восстановить.</translation>
    </message>
    <message>
      <source>This file is not a backup of this app, or it is damaged or was altered.</source>
      <translation>Этот файл не является резервной копией этой программы, либо он повреждён или изменён.</translation>
    </message>
    <message>
      <source>This restore was already finished or cancelled.</source>
      <translation>Это восстановление уже завершено или отменено.</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
    <message>
      <source>Actions</source>
      <translation>Действия</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>Дата согласия</translation>
    </message>
    <message>
      <source>Anonymized</source>
      <translation>Обезличено</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Утвердил(а)</translation>
    </message>
    <message>
      <source>Approved on</source>
      <translation>Дата утверждения</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Сфера</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Дата закрытия</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Цель</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Последнее изменение</translation>
    </message>
    <message>
      <source>Legal cases</source>
      <translation>Судебные дела</translation>
    </message>
    <message>
      <source>Legal proceedings</source>
      <translation>Ход судебных дел</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Потребность</translation>
    </message>
    <message>
      <source>Needs assessment</source>
      <translation>Оценка потребностей</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Следующий пересмотр</translation>
    </message>
    <message>
      <source>Non-punishment raised</source>
      <translation>Заявлен принцип ненаказания</translation>
    </message>
    <message>
      <source>Personal record</source>
      <translation>Личные данные</translation>
    </message>
    <message>
      <source>Plan goals</source>
      <translation>Цели плана</translation>
    </message>
    <message>
      <source>Plan reviews</source>
      <translation>Пересмотры плана</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Продвижение</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Записано</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Направление</translation>
    </message>
    <message>
      <source>Rehabilitation plans</source>
      <translation>Планы реабилитации</translation>
    </message>
    <message>
      <source>Resident agreed</source>
      <translation>Клиент согласен</translation>
    </message>
    <message>
      <source>Resident's wishes</source>
      <translation>Пожелания клиента</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Дата пересмотра</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>Пересмотрел(а)</translation>
    </message>
    <message>
      <source>Services received</source>
      <translation>Полученные услуги</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Сотрудник</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Stays in the shelter</source>
      <translation>Проживание в приюте</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Written by</source>
      <translation>Составил(а)</translation>
    </message>
    <message>
      <source>Everything held about one resident</source>
      <translation>Все данные об одном клиенте</translation>
    </message>
    <message>
      <source>Everything held about {name}</source>
      <translation>Все данные о клиенте: {name}</translation>
    </message>
    <message>
      <source>In-house</source>
      <translation>Силами приюта</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Нет.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
      <source>Printed on</source>
      <translation>Дата печати</translation>
    </message>
    <message>
      <source>Printed {date} by {user}. Confidential.</source>
      <translation>Напечатано {date}, {user}. Конфиденциально.</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>Сотрудник</translation>
    </message>
    <message>
      <source>This is every record the organisation keeps about you in its case management database, as it stands on the day it was printed.</source>
      <translation>Здесь все записи о вас, которые организация хранит в своей базе данных по ведению случаев, на день печати.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>Что сделано</translation>
    </message>
    <message>
      <source>Who opened or changed this record</source>
      <translation>Кто открывал или изменял эти данные</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
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
      <source>Best interests assessments</source>
      <translation>Оценки наилучших интересов ребенка</translation>
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
      <source>Compensation claims</source>
      <translation>Требования о компенсации</translation>
    </message>
    <message>
      <source>Compensation payments</source>
      <translation>Выплаты компенсации</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Конфиденциальность</translation>
    </message>
    <message>
      <source>Consents for a child</source>
      <translation>Согласия за ребенка</translation>
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
      <source>Follow-up after the shelter</source>
      <translation>Сопровождение после выхода из приюта</translation>
    </message>
    <message>
      <source>Guardians and legal representatives</source>
      <translation>Опекуны и законные представители</translation>
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
      <source>Measures for a child in the proceedings</source>
      <translation>Меры для ребенка в производстве</translation>
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
      <source>Needs found at screening</source>
      <translation>Потребности, выявленные при первичной оценке</translation>
    </message>
    <message>
      <source>Non-punishment: outcomes</source>
      <translation>Принцип ненаказания: результаты</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Outcomes of referrals</source>
      <translation>Результаты направлений</translation>
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
      <source>Referrals for identification</source>
      <translation>Направления на идентификацию</translation>
    </message>
    <message>
      <source>Referrals to other organisations</source>
      <translation>Направления в другие организации</translation>
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
      <source>Risk assessments</source>
      <translation>Оценки риска</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Безопасно связываться</translation>
    </message>
    <message>
      <source>Safety plans</source>
      <translation>Планы безопасности</translation>
    </message>
    <message>
      <source>Screenings for trafficking indicators</source>
      <translation>Первичная оценка признаков торговли людьми</translation>
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
  </context>
  <context>
    <name>RetentionModel</name>
    <message>
      <source>Anonymized</source>
      <translation>Обезличено</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Номер дела</translation>
    </message>
    <message>
      <source>Last contact</source>
      <translation>Последний контакт</translation>
    </message>
    <message>
      <source>Last exit</source>
      <translation>Последнее выбытие</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Регистрация</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>never stayed</source>
      <translation>не проживал(а)</translation>
    </message>
  </context>
  <context>
    <name>RetentionPage</name>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once it is printed.</source>
      <translation>Файл PDF не зашифрован: его сможет прочитать любой, к кому он попадёт. Сохраняйте его только в надёжном месте и удалите после печати.</translation>
    </message>
    <message>
      <source>A resident's own record</source>
      <translation>Данные клиента для него самого</translation>
    </message>
    <message>
      <source>Anonymize</source>
      <translation>Обезличить</translation>
    </message>
    <message>
      <source>Anonymize selected…</source>
      <translation>Обезличить выбранных…</translation>
    </message>
    <message>
      <source>Anonymize the records of {n} residents? Names, contact details and every free text are removed for good; the statistics stay as they are.</source>
      <translation>Обезличить данные клиентов ({n})? Имена, контактные данные и все свободные тексты будут удалены навсегда; статистика останется прежней.</translation>
    </message>
    <message>
      <source>Anonymized: {n} residents.</source>
      <translation>Обезличено клиентов: {n}.</translation>
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
      <source>Delete selected…</source>
      <translation>Удалить выбранных…</translation>
    </message>
    <message>
      <source>Delete the records of {n} residents for good? Stays, plans, services and legal cases go with them, and the statistics of past periods will change. This cannot be undone.</source>
      <translation>Удалить данные клиентов ({n}) навсегда? Вместе с ними удалятся пребывания, планы, услуги и судебные дела, а статистика прошлых периодов изменится. Отменить это нельзя.</translation>
    </message>
    <message>
      <source>Deleted: {n} residents.</source>
      <translation>Удалено клиентов: {n}.</translation>
    </message>
    <message>
      <source>No record is kept longer than the retention period.</source>
      <translation>Нет записей, хранящихся дольше срока хранения.</translation>
    </message>
    <message>
      <source>Only a director can decide what happens to old records.</source>
      <translation>Решать судьбу старых записей может только директор.</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print the resident's record</source>
      <translation>Печать данных клиента</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Печать…</translation>
    </message>
    <message numerus="yes">
      <source>Residents whose last contact with the shelter (exit, service or court hearing) is more than %n years ago. Anonymizing removes names, contact details and every free text and keeps the statistics; deleting removes the records for good.</source>
      <translation>
        <numerusform>Клиенты, последний контакт которых с приютом (выбытие, услуга или судебное заседание) был более %n года назад. Обезличивание удаляет имена, контактные данные и все свободные тексты, сохраняя статистику; удаление стирает записи навсегда.</numerusform>
        <numerusform>Клиенты, последний контакт которых с приютом (выбытие, услуга или судебное заседание) был более %n лет назад. Обезличивание удаляет имена, контактные данные и все свободные тексты, сохраняя статистику; удаление стирает записи навсегда.</numerusform>
        <numerusform>Клиенты, последний контакт которых с приютом (выбытие, услуга или судебное заседание) был более %n лет назад. Обезличивание удаляет имена, контактные данные и все свободные тексты, сохраняя статистику; удаление стирает записи навсегда.</numerusform>
      </translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Срок хранения</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>Сохранить PDF</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Сохранить как PDF</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Сохранить как PDF…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <source>Select all</source>
      <translation>Выбрать всех</translation>
    </message>
    <message>
      <source>Select none</source>
      <translation>Снять выбор</translation>
    </message>
    <message>
      <source>Tick the residents first.</source>
      <translation>Сначала отметьте клиентов.</translation>
    </message>
    <message>
      <source>Type the resident's case number.</source>
      <translation>Введите номер дела клиента.</translation>
    </message>
    <message>
      <source>When a resident asks what is held about them, print all of it:</source>
      <translation>Когда клиент просит показать, что о нём хранится, напечатайте всё:</translation>
    </message>
    <message>
      <source>case number</source>
      <translation>номер дела</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>at</source>
      <translation>время</translation>
    </message>
    <message>
      <source>backup made</source>
      <translation>копия сделана</translation>
    </message>
    <message>
      <source>backup made by</source>
      <translation>копию сделал(а)</translation>
    </message>
    <message>
      <source>fields</source>
      <translation>поля</translation>
    </message>
    <message>
      <source>file</source>
      <translation>файл</translation>
    </message>
    <message>
      <source>first broken entry</source>
      <translation>первая нарушенная запись</translation>
    </message>
    <message>
      <source>from</source>
      <translation>было</translation>
    </message>
    <message>
      <source>in order</source>
      <translation>в порядке</translation>
    </message>
    <message>
      <source>key generation</source>
      <translation>поколение ключа</translation>
    </message>
    <message>
      <source>language</source>
      <translation>язык</translation>
    </message>
    <message>
      <source>last contact</source>
      <translation>последний контакт</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>причина</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>клиентов</translation>
    </message>
    <message>
      <source>safety copy</source>
      <translation>страховочная копия</translation>
    </message>
    <message>
      <source>size</source>
      <translation>размер</translation>
    </message>
    <message>
      <source>to</source>
      <translation>стало</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>printed to</source>
      <translation>куда</translation>
    </message>
    <message>
      <source>printer</source>
      <translation>принтер</translation>
    </message>
    <message>
      <source>legal events</source>
      <translation>судебных событий</translation>
    </message>
    <message>
      <source>plans</source>
      <translation>планов</translation>
    </message>
    <message>
      <source>seed</source>
      <translation>зерно</translation>
    </message>
    <message>
      <source>services</source>
      <translation>услуг</translation>
    </message>
    <message>
      <source>stays</source>
      <translation>пребываний</translation>
    </message>
    <message>
      <source>approved on</source>
      <translation>дата утверждения</translation>
    </message>
    <message>
      <source>article</source>
      <translation>статья</translation>
    </message>
    <message>
      <source>based on version</source>
      <translation>на основе версии</translation>
    </message>
    <message>
      <source>case</source>
      <translation>дело</translation>
    </message>
    <message>
      <source>case no.</source>
      <translation>№ дела</translation>
    </message>
    <message>
      <source>date</source>
      <translation>дата</translation>
    </message>
    <message>
      <source>format</source>
      <translation>формат</translation>
    </message>
    <message>
      <source>next review</source>
      <translation>следующий пересмотр</translation>
    </message>
    <message>
      <source>replaces version</source>
      <translation>заменяет версию</translation>
    </message>
    <message>
      <source>resident's wishes</source>
      <translation>пожелания клиента</translation>
    </message>
    <message>
      <source>review date</source>
      <translation>дата пересмотра</translation>
    </message>
    <message>
      <source>role in the case</source>
      <translation>роль в деле</translation>
    </message>
    <message>
      <source>service</source>
      <translation>услуга</translation>
    </message>
    <message>
      <source>service no.</source>
      <translation>№ услуги</translation>
    </message>
    <message>
      <source>status</source>
      <translation>статус</translation>
    </message>
    <message>
      <source>step</source>
      <translation>этап</translation>
    </message>
    <message>
      <source>step no.</source>
      <translation>№ этапа</translation>
    </message>
    <message>
      <source>version</source>
      <translation>версия</translation>
    </message>
    <message>
      <source>parts</source>
      <translation>части</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>цели</translation>
    </message>
    <message>
      <source>needs</source>
      <translation>потребности</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Account and password</source>
      <translation>Учётная запись и пароль</translation>
    </message>
    <message>
      <source>Account:</source>
      <translation>Учётная запись:</translation>
    </message>
    <message>
      <source>Backup file:</source>
      <translation>Файл резервной копии:</translation>
    </message>
    <message>
      <source>Backups (*{suffix})</source>
      <translation>Резервные копии (*{suffix})</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Check the backup</source>
      <translation>Проверить копию</translation>
    </message>
    <message>
      <source>Choose the backup file</source>
      <translation>Выберите файл резервной копии</translation>
    </message>
    <message>
      <source>Choose the backup file first.</source>
      <translation>Сначала выберите файл резервной копии.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Made on {date} by {user}.</source>
      <translation>Сделана {date}, {user}.</translation>
    </message>
    <message>
      <source>Open with:</source>
      <translation>Открыть с помощью:</translation>
    </message>
    <message>
      <source>Organisation: {name} ({code}).</source>
      <translation>Организация: {name} ({code}).</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Пароль:</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Ключ восстановления</translation>
    </message>
    <message>
      <source>Recovery key:</source>
      <translation>Ключ восстановления:</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Заменить</translation>
    </message>
    <message>
      <source>Replace the database on this computer with the one in the backup? Everything entered since the backup was made is replaced; a safety copy of the current database is kept beside it.</source>
      <translation>Заменить базу данных на этом компьютере базой из резервной копии? Всё, что внесено после создания копии, будет заменено; рядом сохранится страховочная копия текущей базы.</translation>
    </message>
    <message>
      <source>Residents: {n}. Accounts that can sign in: {accounts}.</source>
      <translation>Клиентов: {n}. Учётные записи, которые могут войти: {accounts}.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <source>The backup is checked before anything is replaced. If a database is already on this computer, you are asked to confirm and a safety copy of it is kept.</source>
      <translation>Резервная копия проверяется до любой замены. Если на этом компьютере уже есть база данных, у вас спросят подтверждение и сохранят её страховочную копию.</translation>
    </message>
    <message>
      <source>The backup opened and passed its integrity check.</source>
      <translation>Резервная копия открыта и прошла проверку целостности.</translation>
    </message>
    <message>
      <source>The backup was restored.</source>
      <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
      <source>The database as it was before is kept in {path}.</source>
      <translation>Прежняя база данных сохранена в {path}.</translation>
    </message>
  </context>
</TS>
