<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Common</name>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Неизвестно</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
  </context>
  <context>
    <name>Countries</name>
    <message>
      <source>Stateless</source>
      <translation>Лицо без гражданства</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Неизвестно</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>(overdue)</source>
      <translation>(просрочено)</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Номер дела</translation>
    </message>
    <message>
      <source>Case {reference}</source>
      <translation>Дело {reference}</translation>
    </message>
    <message>
      <source>Court hearing</source>
      <translation>Судебное заседание</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Plan review</source>
      <translation>Пересмотр плана</translation>
    </message>
    <message>
      <source>Plan version {version}</source>
      <translation>План, версия {version}</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Что</translation>
    </message>
  </context>
  <context>
    <name>DuePage</name>
    <message>
      <source>Due</source>
      <translation>Сроки</translation>
    </message>
    <message>
      <source>Next {n} days</source>
      <translation>Ближайшие {n} дн.</translation>
    </message>
    <message>
      <source>Nothing due in this period.</source>
      <translation>На этот период ничего не запланировано.</translation>
    </message>
    <message>
      <source>Plan reviews and court hearings coming up. Click a line to open the record.</source>
      <translation>Предстоящие пересмотры планов и судебные заседания. Нажмите на строку, чтобы открыть карточку.</translation>
    </message>
    <message>
      <source>Legal cases for the director to review</source>
      <translation>Судебные дела на рассмотрение директора</translation>
    </message>
    <message>
      <source>No reconciliation or requalified trafficking case.</source>
      <translation>Нет дел с примирением сторон или переквалифицированных дел о торговле людьми.</translation>
    </message>
    <message>
      <source>{case_number}: {message}</source>
      <translation>{case_number}: {message}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Enter a number from {minimum} to {maximum}.</source>
      <translation>Введите число от {minimum} до {maximum}.</translation>
    </message>
    <message>
      <source>Enter a whole number.</source>
      <translation>Введите целое число.</translation>
    </message>
    <message>
      <source>Unknown setting: {key}.</source>
      <translation>Неизвестная настройка: {key}.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>&amp;Account name (Latin letters):</source>
      <translation>&amp;Учётная запись (латиницей):</translation>
    </message>
    <message>
      <source>&amp;Create the database</source>
      <translation>&amp;Создать базу данных</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Пароль:</translation>
    </message>
    <message>
      <source>&amp;Print the recovery key…</source>
      <translation>&amp;Распечатать ключ восстановления…</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Регион:</translation>
    </message>
    <message>
      <source>&amp;Repeat the password:</source>
      <translation>&amp;Повторите пароль:</translation>
    </message>
    <message>
      <source>&amp;Start working</source>
      <translation>&amp;Начать работу</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
      <source>Director's full &amp;name:</source>
      <translation>&amp;Ф. И. О. директора:</translation>
    </message>
    <message>
      <source>I have written down or printed the recovery key and will keep it safe.</source>
      <translation>Я записал(а) или распечатал(а) ключ восстановления и буду хранить его в надёжном месте.</translation>
    </message>
    <message>
      <source>Keep this sheet locked away. Whoever has it can open every record.</source>
      <translation>Храните этот лист под замком. Тот, у кого он есть, может открыть любую карточку.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Now the director's account. The director adds the other staff later. The password must have at least {n} characters.</source>
      <translation>Теперь учётная запись директора. Остальных сотрудников директор добавит позже. Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
      <source>Organisation &amp;code:</source>
      <translation>&amp;Код организации:</translation>
    </message>
    <message>
      <source>Organisation &amp;name:</source>
      <translation>&amp;Название организации:</translation>
    </message>
    <message>
      <source>Printing failed: {error}</source>
      <translation>Не удалось распечатать: {error}</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Ключ восстановления</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>Обязательное поле.</translation>
    </message>
    <message>
      <source>Step {n} of 3</source>
      <translation>Шаг {n} из 3</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
    <message>
      <source>This PC has no database yet. First, the organisation that keeps the records. The code is the one the statistical returns use.</source>
      <translation>На этом компьютере ещё нет базы данных. Сначала укажите организацию, которая ведёт учёт. Код — тот же, что в статистических отчётах.</translation>
    </message>
    <message>
      <source>This is the recovery key. It opens the database if every password is lost. It is shown only now and is not stored anywhere. Write it down or print it, and keep it locked away from the PC.</source>
      <translation>Это ключ восстановления. Он открывает базу данных, если все пароли утеряны. Он показывается только сейчас и нигде не хранится. Запишите или распечатайте его и храните под замком отдельно от компьютера.</translation>
    </message>
    <message>
      <source>Welcome: set up the shelter case manager</source>
      <translation>Добро пожаловать: настройка программы учёта приюта</translation>
    </message>
    <message>
      <source>e.g. Osh</source>
      <translation>например, Ош</translation>
    </message>
    <message>
      <source>Moving to a new PC, or the database was lost? Restore the last backup instead of starting again.</source>
      <translation>Переходите на новый компьютер или база данных утеряна? Восстановите последнюю резервную копию, а не начинайте заново.</translation>
    </message>
    <message>
      <source>Res&amp;tore from a backup…</source>
      <translation>Вос&amp;становить из резервной копии…</translation>
    </message>
  </context>
  <context>
    <name>MainView</name>
    <message>
      <source>&amp;Privacy mode (case numbers instead of names)</source>
      <translation>&amp;Конфиденциальный режим (номера дел вместо имён)</translation>
    </message>
    <message>
      <source>DEMO — not real data. Everything here is synthetic and is deleted when the app closes.</source>
      <translation>ДЕМО — не настоящие данные. Всё здесь вымышлено и удаляется при закрытии программы.</translation>
    </message>
    <message>
      <source>Last backup: never</source>
      <translation>Резервная копия: ещё не делалась</translation>
    </message>
    <message numerus="yes">
      <source>Last backup: %n days ago</source>
      <translation>
        <numerusform>Резервная копия: %n день назад</numerusform>
        <numerusform>Резервная копия: %n дня назад</numerusform>
        <numerusform>Резервная копия: %n дней назад</numerusform>
      </translation>
    </message>
    <message>
      <source>Last backup: {n} h ago</source>
      <translation>Резервная копия: {n} ч назад</translation>
    </message>
    <message>
      <source>Last backup: {n} min ago</source>
      <translation>Резервная копия: {n} мин назад</translation>
    </message>
    <message>
      <source>Lock (Ctrl+L)</source>
      <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Навигация</translation>
    </message>
    <message>
      <source>Organisation: {name} ({code})</source>
      <translation>Организация: {name} ({code})</translation>
    </message>
    <message>
      <source>Signed in: {name} ({role})</source>
      <translation>Вход выполнен: {name} ({role})</translation>
    </message>
    <message>
      <source>This page could not be opened: {error}</source>
      <translation>Не удалось открыть эту страницу: {error}</translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <source>Age</source>
      <translation>Возраст</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Номер дела</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>Статус дела</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <source>In the shelter</source>
      <translation>В приюте</translation>
    </message>
    <message>
      <source>Main form of exploitation</source>
      <translation>Основная форма эксплуатации</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Регистрация</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>&amp;New resident</source>
      <translation>&amp;Новый клиент</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Поиск:</translation>
    </message>
    <message>
      <source>Any case status</source>
      <translation>Любой статус дела</translation>
    </message>
    <message>
      <source>Any citizenship</source>
      <translation>Любое гражданство</translation>
    </message>
    <message>
      <source>Any form of exploitation</source>
      <translation>Любая форма эксплуатации</translation>
    </message>
    <message>
      <source>Any sex and age</source>
      <translation>Любой пол и возраст</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>Отменить изменения</translation>
    </message>
    <message>
      <source>In the shelter now</source>
      <translation>Сейчас в приюте</translation>
    </message>
    <message>
      <source>In the shelter or not</source>
      <translation>В приюте и вне приюта</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Продолжить редактирование</translation>
    </message>
    <message>
      <source>Not in the shelter</source>
      <translation>Не в приюте</translation>
    </message>
    <message>
      <source>Register a new resident (Ctrl+N)</source>
      <translation>Зарегистрировать нового клиента (Ctrl+N)</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Клиенты</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <source>Search: name (Cyrillic or Latin), case number or external ID</source>
      <translation>Поиск: имя (кириллицей или латиницей), номер дела или внешний номер</translation>
    </message>
    <message>
      <source>The record has changes that are not saved. Discard them?</source>
      <translation>В карточке есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message numerus="yes">
      <source>%n residents</source>
      <translation>
        <numerusform>Клиентов: %n</numerusform>
        <numerusform>Клиентов: %n</numerusform>
        <numerusform>Клиентов: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Keep typing: two letters or four digits at least</source>
      <translation>Продолжайте ввод: нужно хотя бы две буквы или четыре цифры</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Импорт…</translation>
    </message>
    <message>
      <source>Import residents, services or legal cases from a spreadsheet</source>
      <translation>Импорт клиентов, услуг или судебных дел из таблицы</translation>
    </message>
    <message>
      <source>Keep typing: a year alone matches every case number of that year</source>
      <translation>Продолжайте ввод: один год совпадает со всеми номерами дел этого года</translation>
    </message>
    <message>
      <source>No residents yet. Register the first one with “New resident” (Ctrl+N)</source>
      <translation>Клиентов пока нет. Зарегистрируйте первого кнопкой «Новый клиент» (Ctrl+N)</translation>
    </message>
    <message>
      <source>, or bring in the register you keep in a spreadsheet with “Import…”</source>
      <translation> или перенесите реестр, который ведёте в таблице, кнопкой «Импорт…»</translation>
    </message>
    <message>
      <source>No residents yet. A director or a social worker registers them.</source>
      <translation>Клиентов пока нет. Их регистрирует директор или социальный работник.</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
    <message>
      <source>&amp;Details</source>
      <translation>&amp;Сведения</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <source>Admission</source>
      <translation>Поступление</translation>
    </message>
    <message>
      <source>Admit to the shelter now</source>
      <translation>Принять в приют сейчас</translation>
    </message>
    <message>
      <source>Back to the register (Esc)</source>
      <translation>Назад к реестру (Esc)</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Согласие</translation>
    </message>
    <message>
      <source>Exploitation</source>
      <translation>Эксплуатация</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Вернуться</translation>
    </message>
    <message>
      <source>Identification and status</source>
      <translation>Идентификация и статус</translation>
    </message>
    <message>
      <source>Kept only in this database: never printed in returns, never exported, never imported.</source>
      <translation>Хранится только в этой базе: не попадает в отчёты, не экспортируется и не импортируется.</translation>
    </message>
    <message>
      <source>New resident</source>
      <translation>Новый клиент</translation>
    </message>
    <message>
      <source>Only when the date of birth is not known.</source>
      <translation>Только если дата рождения неизвестна.</translation>
    </message>
    <message>
      <source>People come back, sometimes under another spelling. Open the existing record instead, or save this one as a new resident?</source>
      <translation>Люди возвращаются, иногда под другим написанием имени. Лучше открыть существующую карточку — или всё же сохранить как нового клиента?</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Личные данные</translation>
    </message>
    <message>
      <source>Pick a country or type its two-letter code.</source>
      <translation>Выберите страну или введите её двухбуквенный код.</translation>
    </message>
    <message>
      <source>Please correct the fields marked in red.</source>
      <translation>Исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
      <source>Possible duplicate</source>
      <translation>Возможный дубликат</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>Обязательное поле.</translation>
    </message>
    <message>
      <source>Safety notes — never exported</source>
      <translation>Заметки о безопасности — никогда не экспортируются</translation>
    </message>
    <message>
      <source>Save as a new resident</source>
      <translation>Сохранить как нового</translation>
    </message>
    <message>
      <source>Save the record (Ctrl+S)</source>
      <translation>Сохранить карточку (Ctrl+S)</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <source>This may be a person already registered:</source>
      <translation>Возможно, этот человек уже зарегистрирован:</translation>
    </message>
    <message>
      <source>Two-letter codes separated by ';', such as ky; ru; uz.</source>
      <translation>Двухбуквенные коды через «;», например: ky; ru; uz.</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
    <message>
      <source>in the shelter</source>
      <translation>в приюте</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
    <message>
      <source>— not given —</source>
      <translation>— не указано —</translation>
    </message>
    <message>
      <source>← &amp;Register</source>
      <translation>← &amp;Реестр</translation>
    </message>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read everything about this person. Save it only where it is safe, and delete it once it is printed or handed over.</source>
      <translation>Файл PDF не зашифрован: любой, к кому он попадёт, прочитает всё об этом человеке. Сохраняйте его только в надёжном месте и удалите, как только он будет распечатан или передан.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Everything held…</source>
      <translation>Все данные о клиенте…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print everything held about this person</source>
      <translation>Печать всех данных об этом человеке</translation>
    </message>
    <message>
      <source>Print everything held about this person, when they ask for it</source>
      <translation>Распечатать все данные об этом человеке, если он об этом просит</translation>
    </message>
    <message>
      <source>Print everything held about this person…</source>
      <translation>Распечатать все данные об этом человеке…</translation>
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
      <source>Save everything held about this person as PDF…</source>
      <translation>Сохранить все данные об этом человеке в PDF…</translation>
    </message>
    <message>
      <source>everything-held-{case_number}.pdf</source>
      <translation>vse-dannye-{case_number}.pdf</translation>
    </message>
    <message>
      <source>Check the name</source>
      <translation>Проверьте имя</translation>
    </message>
    <message>
      <source>Correct the name</source>
      <translation>Исправить имя</translation>
    </message>
    <message>
      <source>Save as it is</source>
      <translation>Сохранить как есть</translation>
    </message>
    <message>
      <source>Save the name as it is?</source>
      <translation>Сохранить имя в таком виде?</translation>
    </message>
    <message>
      <source>Open the existing record</source>
      <translation>Открыть существующую карточку</translation>
    </message>
    <message>
      <source>NRM: the National Referral Mechanism of victims of trafficking in persons (Government Resolution No. 493 of 19 September 2019); НМП in Russian, УКБМ in Kyrgyz.</source>
      <translation>НМП — Национальный механизм перенаправления жертв торговли людьми (постановление Правительства КР от 19 сентября 2019 года № 493).</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Cells of a statistical return below this number are suppressed.</source>
      <translation>Ячейки статистического отчёта со значением меньше этого числа скрываются.</translation>
    </message>
    <message>
      <source>Lock the screen after this many minutes without input.</source>
      <translation>Блокировать экран после стольких минут бездействия.</translation>
    </message>
    <message>
      <source>When the last backup was made (UTC).</source>
      <translation>Когда была сделана последняя резервная копия (UTC).</translation>
    </message>
    <message>
      <source>Years after a case is closed before its record is anonymized.</source>
      <translation>Через сколько лет после закрытия дела карточка обезличивается.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>&amp;Save settings</source>
      <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>Код:</translation>
    </message>
    <message>
      <source>Keep closed cases for (years):</source>
      <translation>Хранить закрытые дела (лет):</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Language of the screens on this PC:</source>
      <translation>Язык программы на этом компьютере:</translation>
    </message>
    <message>
      <source>Lock the screen after (minutes without input):</source>
      <translation>Блокировать экран через (минут бездействия):</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>Only a director can change these.</source>
      <translation>Изменить их может только директор.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Region:</source>
      <translation>Регион:</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>Settings for everyone (director)</source>
      <translation>Общие настройки (для директора)</translation>
    </message>
    <message>
      <source>Suppress statistics below:</source>
      <translation>Скрывать статистику меньше:</translation>
    </message>
    <message>
      <source>Larger text for people who read small text with difficulty.</source>
      <translation>Крупнее текст — для тех, кому трудно читать мелкий шрифт.</translation>
    </message>
    <message>
      <source>Size of the text on this PC:</source>
      <translation>Размер текста на этом компьютере:</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>Save the organisation's details</source>
      <translation>Сохранить данные организации</translation>
    </message>
  </context>
  <context>
    <name>ShellWindow</name>
    <message>
      <source>Close without saving</source>
      <translation>Закрыть без сохранения</translation>
    </message>
    <message>
      <source>DEMO</source>
      <translation>ДЕМО</translation>
    </message>
    <message>
      <source>Keep working</source>
      <translation>Продолжить работу</translation>
    </message>
    <message>
      <source>Shelter case manager</source>
      <translation>Учёт клиентов приюта</translation>
    </message>
    <message>
      <source>Some typed changes are not saved. Close anyway?</source>
      <translation>Часть введённых изменений не сохранена. Всё равно закрыть?</translation>
    </message>
    <message>
      <source>The backup was restored. Sign in with an account from the backup.</source>
      <translation>Резервная копия восстановлена. Войдите под учётной записью из резервной копии.</translation>
    </message>
  </context>
  <context>
    <name>StaysModel</name>
    <message>
      <source>Days</source>
      <translation>Дней</translation>
    </message>
    <message>
      <source>Exit</source>
      <translation>Выбытие</translation>
    </message>
    <message>
      <source>Exit reason</source>
      <translation>Причина выбытия</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Поступление</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Комната</translation>
    </message>
    <message>
      <source>in the shelter</source>
      <translation>в приюте</translation>
    </message>
  </context>
  <context>
    <name>StaysTab</name>
    <message>
      <source>&amp;Admit</source>
      <translation>&amp;Принять</translation>
    </message>
    <message>
      <source>&amp;Discharge</source>
      <translation>&amp;Оформить выбытие</translation>
    </message>
    <message>
      <source>Admit to the shelter</source>
      <translation>Приём в приют</translation>
    </message>
    <message>
      <source>Discharge</source>
      <translation>Выбытие из приюта</translation>
    </message>
    <message>
      <source>Exit date:</source>
      <translation>Дата выбытия:</translation>
    </message>
    <message>
      <source>Intake date:</source>
      <translation>Дата поступления:</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Причина:</translation>
    </message>
    <message>
      <source>Room:</source>
      <translation>Комната:</translation>
    </message>
    <message>
      <source>S&amp;tays</source>
      <translation>&amp;Проживание</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <source>&amp;Account:</source>
      <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Пароль:</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Войти</translation>
    </message>
    <message>
      <source>Checking the password…</source>
      <translation>Проверка пароля…</translation>
    </message>
    <message>
      <source>Demo: account «demo», password «demo-password».</source>
      <translation>Демо: учётная запись «demo», пароль «demo-password».</translation>
    </message>
    <message>
      <source>Enter your account and password.</source>
      <translation>Введите учётную запись и пароль.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Shelter case manager</source>
      <translation>Учёт клиентов приюта</translation>
    </message>
    <message>
      <source>The database is locked. Sign in with your account to continue.</source>
      <translation>База данных заблокирована. Чтобы продолжить, войдите под своей учётной записью.</translation>
    </message>
    <message>
      <source>Too many failed attempts. Try again in {seconds} s.</source>
      <translation>Слишком много неудачных попыток. Повторите через {seconds} с.</translation>
    </message>
    <message>
      <source>Wrong account or password.</source>
      <translation>Неверная учётная запись или пароль.</translation>
    </message>
    <message>
      <source>You can try again now.</source>
      <translation>Теперь можно попробовать снова.</translation>
    </message>
    <message>
      <source>Every password is lost: open with the recovery key</source>
      <translation>Все пароли утеряны: открыть ключом восстановления</translation>
    </message>
    <message>
      <source>Recovery &amp;key:</source>
      <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
      <source>Wrong recovery key.</source>
      <translation>Неверный ключ восстановления.</translation>
    </message>
    <message>
      <source>Replace this database with one from a backup file</source>
      <translation>Заменить эту базу данных базой из файла резервной копии</translation>
    </message>
    <message>
      <source>Res&amp;tore from a backup…</source>
      <translation>Вос&amp;становить из резервной копии…</translation>
    </message>
    <message>
      <source>Show the password</source>
      <translation>Показать пароль</translation>
    </message>
    <message>
      <source>Caps Lock is on.</source>
      <translation>Включён Caps Lock.</translation>
    </message>
    <message>
      <source>The keyboard is set to {current}; last time you signed in with {usual}.</source>
      <translation>Раскладка клавиатуры: {current}; в прошлый раз вы входили с раскладкой {usual}.</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation>Выбрать</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
    <message>
      <source>File name:</source>
      <translation>Имя файла:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Тип файлов:</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Сведения</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Подтвердите</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Предупреждение</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>Demo Director</source>
      <translation>Демо-директор</translation>
    </message>
    <message>
      <source>Demo shelter (synthetic data)</source>
      <translation>Демо-приют (вымышленные данные)</translation>
    </message>
    <message>
      <source>Osh</source>
      <translation>Ош</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Сохранить все</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Да для &amp;всех</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Нет</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Прервать</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Пропустить</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Не сохранять</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Справка</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Сбросить</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Восстановить значения по умолчанию</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить действие</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить действие</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>В&amp;ставить</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить действие</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить действие</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>В&amp;ставить</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Копировать &amp;адрес ссылки</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Выделить всё</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Шаг в&amp;верх</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Шаг в&amp;низ</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Родительская папка</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Создать папку</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Список</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Подробный вид</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Новая папка</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Новая папка</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Переименовать</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Показать с&amp;крытые файлы</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Недавние папки</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Мой компьютер</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Папки</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Имя файла:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Тип файлов:</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Сохранить как</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Выбрать</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Выбор папки</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Боковая панель</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Папка с файлами</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Дата изменения</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Мой компьютер</translation>
    </message>
  </context>
  <context>
    <name>AccountsBox</name>
    <message>
      <source>Account name (Latin letters):</source>
      <translation>Учётная запись (латиницей):</translation>
    </message>
    <message>
      <source>Add the account</source>
      <translation>Добавить учётную запись</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Сменить мой пароль</translation>
    </message>
    <message>
      <source>Current password:</source>
      <translation>Текущий пароль:</translation>
    </message>
    <message>
      <source>Full name:</source>
      <translation>Ф. И. О.:</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Оставить</translation>
    </message>
    <message>
      <source>My password</source>
      <translation>Мой пароль</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>Новый пароль:</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Пароль:</translation>
    </message>
    <message>
      <source>Remove the account</source>
      <translation>Удалить учётную запись</translation>
    </message>
    <message>
      <source>Remove the account {username} ({name})? The database is then re-encrypted so that a copy of the old key file opens nothing new.</source>
      <translation>Удалить учётную запись {username} ({name})? После этого база данных будет перешифрована, и копия старого файла ключей не откроет ничего нового.</translation>
    </message>
    <message>
      <source>Remove the selected account…</source>
      <translation>Удалить выбранную учётную запись…</translation>
    </message>
    <message>
      <source>Repeat the new password:</source>
      <translation>Повторите новый пароль:</translation>
    </message>
    <message>
      <source>Repeat the password:</source>
      <translation>Повторите пароль:</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Роль:</translation>
    </message>
    <message>
      <source>Select an account in the list first.</source>
      <translation>Сначала выберите учётную запись в списке.</translation>
    </message>
    <message>
      <source>Staff accounts (director)</source>
      <translation>Учётные записи сотрудников (для директора)</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
    <message>
      <source>Your password is changed. Use the new one from now on.</source>
      <translation>Пароль изменён. Теперь входите с новым паролем.</translation>
    </message>
    <message>
      <source>Set a new password for the selected account…</source>
      <translation>Задать новый пароль выбранной учётной записи…</translation>
    </message>
    <message>
      <source>The password of {username} is changed.</source>
      <translation>Пароль учётной записи {username} изменён.</translation>
    </message>
    <message>
      <source>Type the new password in the two password fields below first.</source>
      <translation>Сначала введите новый пароль в оба поля пароля ниже.</translation>
    </message>
    <message>
      <source>The account {username} ({name}) is added: they can sign in now.</source>
      <translation>Учётная запись {username} ({name}) добавлена: с ней уже можно войти.</translation>
    </message>
    <message>
      <source>Account added</source>
      <translation>Учётная запись добавлена</translation>
    </message>
  </context>
  <context>
    <name>AccountsModel</name>
    <message>
      <source>Account</source>
      <translation>Учётная запись</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>С какого числа</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <source>Restoring replaces this database with the one in the backup. Lock the app and click “Restore from a backup…” on the sign-in screen (on a new PC: on the first screen). The backup is checked before anything is replaced, you are asked to confirm, and a safety copy of the current database is kept beside it.</source>
      <translation>При восстановлении эта база данных заменяется базой из резервной копии. Заблокируйте программу и нажмите «Восстановить из резервной копии…» на экране входа (на новом компьютере — на первом экране). Резервная копия проверяется до того, как что-либо будет заменено, у вас спросят подтверждение, а рядом сохранится страховочная копия текущей базы.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Папка с файлами</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Файл %1</translation>
    </message>
  </context>
  <context>
    <name>LanguagePicker</name>
    <message>
      <source>Another language: two-letter code, e.g. fa</source>
      <translation>Другой язык: код из двух букв</translation>
    </message>
  </context>
</TS>
