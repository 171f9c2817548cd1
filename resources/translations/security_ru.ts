<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AuditActions</name>
    <message>
      <source>Organisation keys created, role certificates issued</source>
      <translation>Созданы ключи организации, выданы сертификаты ролей</translation>
    </message>
    <message>
      <source>Recovery key replaced</source>
      <translation>Ключ восстановления заменён</translation>
    </message>
    <message>
      <source>Safety copy deleted</source>
      <translation>Страховочная копия удалена</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>audit entries replaced</source>
      <translation>заменено записей аудита</translation>
    </message>
    <message>
      <source>certificates</source>
      <translation>сертификатов</translation>
    </message>
    <message>
      <source>fingerprint</source>
      <translation>отпечаток</translation>
    </message>
    <message>
      <source>replaced database's audit head</source>
      <translation>последняя запись аудита заменённой базы</translation>
    </message>
    <message>
      <source>replaced database's organisation</source>
      <translation>организация заменённой базы</translation>
    </message>
    <message>
      <source>residents replaced</source>
      <translation>заменено клиентов</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Deleted: {path}.</source>
      <translation>Удалено: {path}.</translation>
    </message>
    <message>
      <source>If this person may have seen the printed recovery key, replace it: recovery-key new.</source>
      <translation>Если этот человек мог видеть распечатанный ключ восстановления, замените его: recovery-key new.</translation>
    </message>
    <message>
      <source>Organisation fingerprint: {fingerprint}</source>
      <translation>Отпечаток организации: {fingerprint}</translation>
    </message>
    <message>
      <source>Password in the backup</source>
      <translation>Пароль в резервной копии</translation>
    </message>
    <message>
      <source>Safety copies older than {days} days: {n}.</source>
      <translation>Страховочных копий старше {days} дней: {n}.</translation>
    </message>
    <message>
      <source>The backup's recovery key</source>
      <translation>Ключ восстановления резервной копии</translation>
    </message>
    <message>
      <source>The command failed unexpectedly ({kind}: {reason}). Run it again with --debug for the details.</source>
      <translation>Команда неожиданно завершилась ошибкой ({kind}: {reason}). Запустите её снова с --debug, чтобы увидеть подробности.</translation>
    </message>
    <message>
      <source>The command failed: {reason}</source>
      <translation>Команда не выполнена: {reason}</translation>
    </message>
    <message>
      <source>The database on this computer has {residents} residents and {entries} audit log entries that are not in the backup: they will be replaced (a safety copy is kept).</source>
      <translation>В базе на этом компьютере есть клиенты ({residents}) и записи журнала аудита ({entries}), которых нет в резервной копии: они будут заменены (страховочная копия сохраняется).</translation>
    </message>
    <message>
      <source>The disk is full. Free some space and try again.</source>
      <translation>Диск заполнен. Освободите место и повторите попытку.</translation>
    </message>
    <message>
      <source>The recovery key was replaced; the old one opens nothing any more. Write the new one down and keep it locked away; it is shown only once:</source>
      <translation>Ключ восстановления заменён; старый больше ничего не открывает. Запишите новый и храните его под замком; он показывается только один раз:</translation>
    </message>
    <message>
      <source>This backup is of another organisation: {code} {name}. The database on this computer is of {live_code} {live_name}.</source>
      <translation>Это резервная копия другой организации: {code} {name}. База на этом компьютере принадлежит {live_code} {live_name}.</translation>
    </message>
    <message>
      <source>Type the backup's organisation code to confirm</source>
      <translation>Для подтверждения введите код организации из резервной копии</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A backup is written to a file or a folder: {path} is neither. Nothing was written.</source>
      <translation>Резервная копия записывается в файл или папку: {path} — ни то ни другое. Ничего не записано.</translation>
    </message>
    <message>
      <source>A word by itself is easy to guess.</source>
      <translation>Одно слово само по себе легко угадать.</translation>
    </message>
    <message>
      <source>Add another word or two. Uncommon words are better.</source>
      <translation>Добавьте ещё одно-два слова. Лучше редкие слова.</translation>
    </message>
    <message>
      <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
      <translation>Только заглавные буквы угадать почти так же легко, как только строчные.</translation>
    </message>
    <message>
      <source>An unfinished key change could not be completed ({reason}). Free some space and open the database again.</source>
      <translation>Не удалось завершить прерванную смену ключа ({reason}). Освободите место и откройте базу данных снова.</translation>
    </message>
    <message>
      <source>Avoid dates and years that are associated with you.</source>
      <translation>Избегайте дат и лет, связанных с вами.</translation>
    </message>
    <message>
      <source>Avoid recent years.</source>
      <translation>Избегайте недавних лет.</translation>
    </message>
    <message>
      <source>Avoid repeated words and characters.</source>
      <translation>Избегайте повторяющихся слов и символов.</translation>
    </message>
    <message>
      <source>Avoid sequences.</source>
      <translation>Избегайте последовательностей.</translation>
    </message>
    <message>
      <source>Avoid years that are associated with you.</source>
      <translation>Избегайте лет, связанных с вами.</translation>
    </message>
    <message>
      <source>Capitalization doesn't help very much.</source>
      <translation>Заглавная буква мало помогает.</translation>
    </message>
    <message>
      <source>Change your own password with your current one.</source>
      <translation>Свой пароль меняйте, указав текущий.</translation>
    </message>
    <message>
      <source>Common names and surnames are easy to guess.</source>
      <translation>Распространённые имена и фамилии легко угадать.</translation>
    </message>
    <message>
      <source>Dates are often easy to guess.</source>
      <translation>Даты часто легко угадать.</translation>
    </message>
    <message>
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>Имена и фамилии сами по себе легко угадать.</translation>
    </message>
    <message>
      <source>No need for symbols, digits, or uppercase letters.</source>
      <translation>Символы, цифры и заглавные буквы не обязательны.</translation>
    </message>
    <message>
      <source>Only a director (or the recovery key) can issue a role.</source>
      <translation>Назначить роль может только директор (или ключ восстановления).</translation>
    </message>
    <message>
      <source>Only a director can replace the recovery key.</source>
      <translation>Заменить ключ восстановления может только директор.</translation>
    </message>
    <message>
      <source>Only a director can use the organisation's keys.</source>
      <translation>Ключами организации может пользоваться только директор.</translation>
    </message>
    <message>
      <source>Only a director of the database on this computer (or its recovery key) can restore a backup over it.</source>
      <translation>Восстановить резервную копию поверх базы на этом компьютере может только её директор (или её ключ восстановления).</translation>
    </message>
    <message>
      <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
      <translation>Предсказуемые замены вроде «@» вместо «a» мало помогают.</translation>
    </message>
    <message>
      <source>Recent years are easy to guess.</source>
      <translation>Недавние годы легко угадать.</translation>
    </message>
    <message>
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation>Повторы вроде «aaa» легко угадать.</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation>Повторы вроде «abcabcabc» угадать лишь немного труднее, чем «abc».</translation>
    </message>
    <message>
      <source>Reversed words aren't much harder to guess.</source>
      <translation>Слова задом наперёд угадать ненамного труднее.</translation>
    </message>
    <message>
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation>Последовательности вроде «abc» или «6543» легко угадать.</translation>
    </message>
    <message>
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>Короткие узоры на клавиатуре легко угадать.</translation>
    </message>
    <message>
      <source>Straight rows of keys are easy to guess.</source>
      <translation>Подряд идущие клавиши легко угадать.</translation>
    </message>
    <message>
      <source>The backup does not open with these credentials: give an account of the backup and its password, or the backup's recovery key.</source>
      <translation>Резервная копия не открывается с этими данными: укажите учётную запись из резервной копии и её пароль или ключ восстановления резервной копии.</translation>
    </message>
    <message>
      <source>The database could not be re-encrypted ({reason}); it is unchanged.</source>
      <translation>Не удалось перешифровать базу данных ({reason}); она не изменена.</translation>
    </message>
    <message>
      <source>The database was re-encrypted but its files could not be put in place ({reason}). Open it again to finish.</source>
      <translation>База данных перешифрована, но её файлы не удалось поставить на место ({reason}). Откройте её снова, чтобы завершить.</translation>
    </message>
    <message>
      <source>The disk is full: the database was not re-encrypted and is unchanged. Free some space and try again.</source>
      <translation>Диск заполнен: база данных не перешифрована и не изменена. Освободите место и повторите попытку.</translation>
    </message>
    <message>
      <source>The organisation keys are created at the first director's sign-in.</source>
      <translation>Ключи организации создаются при первом входе директора.</translation>
    </message>
    <message>
      <source>The organisation keys in the key file do not match: the key file was altered.</source>
      <translation>Ключи организации в файле ключей не совпадают: файл ключей был изменён.</translation>
    </message>
    <message>
      <source>The re-encrypted copy failed its check; the database is unchanged.</source>
      <translation>Перешифрованная копия не прошла проверку; база данных не изменена.</translation>
    </message>
    <message>
      <source>The re-encrypted copy is incomplete; the database is unchanged.</source>
      <translation>Перешифрованная копия неполная; база данных не изменена.</translation>
    </message>
    <message>
      <source>The record of an unfinished key change ({path}) is damaged. Do not delete any file beside the database; ask for help.</source>
      <translation>Запись о незавершённой смене ключа ({path}) повреждена. Не удаляйте файлы рядом с базой данных; обратитесь за помощью.</translation>
    </message>
    <message>
      <source>The sealed data is damaged or not for this key.</source>
      <translation>Зашифрованные данные повреждены или предназначены не для этого ключа.</translation>
    </message>
    <message>
      <source>This backup is of another organisation ({code}). Nothing was restored: give its code with --confirm-organisation to confirm.</source>
      <translation>Это резервная копия другой организации ({code}). Ничего не восстановлено: для подтверждения укажите её код в --confirm-organisation.</translation>
    </message>
    <message>
      <source>This backup is of another organisation ({code}). Nothing was restored: type its code to confirm.</source>
      <translation>Это резервная копия другой организации ({code}). Ничего не восстановлено: для подтверждения введите её код.</translation>
    </message>
    <message>
      <source>This is a top-10 common password.</source>
      <translation>Это один из 10 самых распространённых паролей.</translation>
    </message>
    <message>
      <source>This is a top-100 common password.</source>
      <translation>Это один из 100 самых распространённых паролей.</translation>
    </message>
    <message>
      <source>This is a very common password.</source>
      <translation>Это очень распространённый пароль.</translation>
    </message>
    <message>
      <source>This is similar to a commonly used password.</source>
      <translation>Это похоже на распространённый пароль.</translation>
    </message>
    <message>
      <source>Use a few words, avoid common phrases.</source>
      <translation>Используйте несколько слов, избегайте распространённых фраз.</translation>
    </message>
    <message>
      <source>Use a longer keyboard pattern with more turns.</source>
      <translation>Используйте более длинный узор на клавиатуре с большим числом поворотов.</translation>
    </message>
    <message>
      <source>Wrong account or password. Restoring over the database on this computer needs one of its directors or its recovery key.</source>
      <translation>Неверная учётная запись или пароль. Для восстановления поверх базы на этом компьютере нужен один из её директоров или её ключ восстановления.</translation>
    </message>
    <message>
      <source>Your account has no signing key yet: sign out and in again.</source>
      <translation>У вашей учётной записи ещё нет ключа подписи: выйдите и войдите снова.</translation>
    </message>
    <message>
      <source>Your account has no valid role certificate, so it cannot be used. Ask a director to reset your password.</source>
      <translation>У вашей учётной записи нет действительного сертификата роли, поэтому ею нельзя пользоваться. Попросите директора сбросить ваш пароль.</translation>
    </message>
    <message>
      <source>{path} is a copy of another database: there is nothing to compare.</source>
      <translation>{path} — копия другой базы данных: сравнивать не с чем.</translation>
    </message>
    <message>
      <source>{path} is neither a backup nor a return's metadata with a signed audit head.</source>
      <translation>{path} — не резервная копия и не метаданные отчёта с подписанной последней записью аудита.</translation>
    </message>
    <message>
      <source>{path} is not a regular file ({kind}): nothing was written to it.</source>
      <translation>{path} — не обычный файл ({kind}): в него ничего не записано.</translation>
    </message>
    <message>
      <source>{path} is not a safety copy of this database: nothing was deleted.</source>
      <translation>{path} — не страховочная копия этой базы данных: ничего не удалено.</translation>
    </message>
    <message>
      <source>The password must have at least {n} characters. A few words that belong together only for you make a good one.</source>
      <translation>Пароль должен содержать не менее {n} символов. Хороший пароль — несколько слов, которые связаны между собой только для вас.</translation>
    </message>
    <message>
      <source>This password is too easy to guess. A few words that belong together only for you make a good one.</source>
      <translation>Этот пароль слишком легко угадать. Хороший пароль — несколько слов, которые связаны между собой только для вас.</translation>
    </message>
    <message>
      <source>This password is too easy to guess. {hint}</source>
      <translation>Этот пароль слишком легко угадать. {hint}</translation>
    </message>
    <message>
      <source>A CSV return is written to a file, with its .meta.json beside it: {path} is not a file. Nothing was written.</source>
      <translation>CSV-отчёт записывается в файл, рядом с ним — его .meta.json: {path} — не файл. Ничего не записано.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>A database is on this computer: restoring over it needs one of its directors (account and password) or its recovery key.</source>
      <translation>На этом компьютере есть база данных: для восстановления поверх неё нужен один из её директоров (учётная запись и пароль) или её ключ восстановления.</translation>
    </message>
    <message>
      <source>Account in the backup:</source>
      <translation>Учётная запись в копии:</translation>
    </message>
    <message>
      <source>Its password:</source>
      <translation>Её пароль:</translation>
    </message>
    <message>
      <source>The backup opens with another account of its own</source>
      <translation>Копия открывается другой своей учётной записью</translation>
    </message>
    <message>
      <source>The database on this computer has {residents} residents and {entries} audit log entries that are not in the backup: they will be replaced.</source>
      <translation>В базе на этом компьютере есть клиенты ({residents}) и записи журнала аудита ({entries}), которых нет в резервной копии: они будут заменены.</translation>
    </message>
    <message>
      <source>This backup is of another organisation ({name}). Type its code to restore it over this one:</source>
      <translation>Это резервная копия другой организации ({name}). Чтобы восстановить её поверх этой базы, введите её код:</translation>
    </message>
    <message>
      <source>Type the backup's organisation code to confirm:</source>
      <translation>Для подтверждения введите код организации из копии:</translation>
    </message>
  </context>
  <context>
    <name>Security</name>
    <message>
      <source>Audit log: FAILED — entry #{position} differs from the head signed on {date} by {user}: the log was rewritten</source>
      <translation>Журнал аудита: ОШИБКА — запись №{position} расходится с подписанной {date} пользователем {user} последней записью: журнал переписан</translation>
    </message>
    <message>
      <source>Audit log: FAILED — entry #{position} is missing: the log was cut after the head signed on {date} by {user}</source>
      <translation>Журнал аудита: ОШИБКА — записи №{position} нет: журнал обрезан после последней записи, подписанной {date} пользователем {user}</translation>
    </message>
    <message>
      <source>Audit log: a signed head dated {date} ({user}) has a wrong signature and was ignored</source>
      <translation>Журнал аудита: подписанная последняя запись от {date} ({user}) имеет неверную подпись и не учтена</translation>
    </message>
  </context>
  <context>
    <name>Verify</name>
    <message>
      <source>Roles: FAILED — the accounts table says {account} is {column}, the signed certificate says {certificate}</source>
      <translation>Роли: ОШИБКА — по таблице учётных записей {account} — {column}, по подписанному сертификату — {certificate}</translation>
    </message>
    <message>
      <source>Roles: FAILED — {account} has no valid role certificate (the accounts table says {column})</source>
      <translation>Роли: ОШИБКА — у {account} нет действительного сертификата роли (по таблице учётных записей — {column})</translation>
    </message>
    <message>
      <source>Roles: ok (each matches its signed certificate)</source>
      <translation>Роли: в порядке (каждая совпадает с подписанным сертификатом)</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Organisation fingerprint: {fingerprint}</source>
      <translation>Отпечаток организации: {fingerprint}</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Fingerprint:</source>
      <translation>Отпечаток:</translation>
    </message>
    <message>
      <source>The organisation key's fingerprint, as on the recovery key sheet: read it aloud to another shelter that adds this organisation's card.</source>
      <translation>Отпечаток ключа организации, как на листе с ключом восстановления: прочитайте его вслух другому приюту, который добавляет карточку этой организации.</translation>
    </message>
    <message>
      <source>made at the first director's sign-in</source>
      <translation>создаётся при первом входе директора</translation>
    </message>
  </context>
  <context>
    <name>AccountsBox</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Make a new key</source>
      <translation>Создать новый ключ</translation>
    </message>
    <message>
      <source>Make a new recovery key? The database is re-encrypted and the printed key opens nothing afterwards. Have paper ready: the new key is shown only once.</source>
      <translation>Создать новый ключ восстановления? База данных будет перешифрована, и распечатанный ключ больше ничего не откроет. Приготовьте бумагу: новый ключ показывается только один раз.</translation>
    </message>
    <message>
      <source>New recovery key</source>
      <translation>Новый ключ восстановления</translation>
    </message>
    <message>
      <source>New recovery key…</source>
      <translation>Новый ключ восстановления…</translation>
    </message>
    <message>
      <source>Organisation fingerprint: {fingerprint}</source>
      <translation>Отпечаток организации: {fingerprint}</translation>
    </message>
    <message>
      <source>Replace the recovery key when someone who may have seen the printed sheet has left: the old key opens nothing afterwards.</source>
      <translation>Замените ключ восстановления, когда ушёл человек, который мог видеть распечатанный лист: старый ключ после этого ничего не открывает.</translation>
    </message>
    <message>
      <source>The new recovery key, shown only now. Write it down and keep it locked away:</source>
      <translation>Новый ключ восстановления, он показывается только сейчас. Запишите его и храните под замком:</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete the safety copies older than {days} days? They cannot be brought back.</source>
      <translation>Удалить страховочные копии старше {days} дней? Их нельзя будет вернуть.</translation>
    </message>
    <message>
      <source>Delete them…</source>
      <translation>Удалить их…</translation>
    </message>
    <message>
      <source>Keep them</source>
      <translation>Оставить</translation>
    </message>
    <message>
      <source>Safety copies older than {days} days beside the database: {names}</source>
      <translation>Страховочные копии старше {days} дней рядом с базой данных: {names}</translation>
    </message>
  </context>
</TS>
