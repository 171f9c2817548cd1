<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Errors</name>
    <message>
      <source>An exit date needs an intake date.</source>
      <translation>Для даты выбытия нужна дата поступления.</translation>
    </message>
    <message>
      <source>An exit reason needs an exit date.</source>
      <translation>Для причины выбытия нужна дата выбытия.</translation>
    </message>
    <message>
      <source>No resident with the external ID {value}: import the residents first.</source>
      <translation>Нет клиента с внешним номером {value}: сначала импортируйте клиентов.</translation>
    </message>
    <message>
      <source>Required when the exit date is set.</source>
      <translation>Обязательно, если указана дата выбытия.</translation>
    </message>
    <message>
      <source>The external ID {value} is also on line {line}.</source>
      <translation>Внешний номер {value} уже есть в строке {line}.</translation>
    </message>
    <message>
      <source>The import could not be written, and nothing was: {reason}</source>
      <translation>Импорт не удалось записать, ничего не сохранено: {reason}</translation>
    </message>
    <message>
      <source>The next hearing is before the date of this event.</source>
      <translation>Следующее заседание назначено раньше даты этого события.</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Already in the database as {case_number}: left unchanged, although the file differs in {columns}.</source>
      <translation>Уже есть в базе под номером {case_number}: оставлено без изменений, хотя в файле отличаются столбцы {columns}.</translation>
    </message>
    <message>
      <source>Already in the database, left unchanged: {counts}.</source>
      <translation>Уже есть в базе, оставлено без изменений: {counts}.</translation>
    </message>
    <message>
      <source>CSV, {encoding}, separator {separator}</source>
      <translation>CSV, {encoding}, разделитель {separator}</translation>
    </message>
    <message>
      <source>Column {letter} ({column})</source>
      <translation>Столбец {letter} ({column})</translation>
    </message>
    <message>
      <source>Column {letter} has values but no name in the first row: ignored.</source>
      <translation>В столбце {letter} есть значения, но в первой строке нет его названия: столбец пропущен.</translation>
    </message>
    <message>
      <source>Errors ({count}):</source>
      <translation>Ошибки ({count}):</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File: {name} ({format}), {rows} rows, kind: {kind}.</source>
      <translation>Файл: {name} ({format}), строк: {rows}, вид данных: {kind}.</translation>
    </message>
    <message>
      <source>In-house</source>
      <translation>Силами приюта</translation>
    </message>
    <message>
      <source>Legal cases</source>
      <translation>Судебные дела</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>Line {line}</source>
      <translation>Строка {line}</translation>
    </message>
    <message>
      <source>Line {line}, column {letter} ({column})</source>
      <translation>Строка {line}, столбец {letter} ({column})</translation>
    </message>
    <message>
      <source>Line {line}: the file is not a valid CSV file ({reason}).</source>
      <translation>Строка {line}: файл не является правильным CSV-файлом ({reason}).</translation>
    </message>
    <message>
      <source>Nothing new to write: every row is already in the database.</source>
      <translation>Нечего добавлять: все строки уже есть в базе.</translation>
    </message>
    <message>
      <source>Possibly the same person as on line {line}.</source>
      <translation>Возможно, это тот же человек, что и в строке {line}.</translation>
    </message>
    <message>
      <source>Possibly the same person as resident {case_number}, already in the database.</source>
      <translation>Возможно, это тот же человек, что и клиент {case_number}, уже внесённый в базу.</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Клиент</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Клиенты</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Услуги</translation>
    </message>
    <message>
      <source>Stored as text, never calculated: {value}</source>
      <translation>Сохранено как текст, формула не вычисляется: {value}</translation>
    </message>
    <message>
      <source>The column {column} appears twice: in {first} and {second}.</source>
      <translation>Столбец {column} встречается дважды: {first} и {second}.</translation>
    </message>
    <message>
      <source>The file could not be read: {reason}</source>
      <translation>Не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
      <source>The file has a header row but no data rows.</source>
      <translation>В файле есть строка заголовков, но нет ни одной строки с данными.</translation>
    </message>
    <message>
      <source>The file has changed since it was checked. Check it again before importing.</source>
      <translation>Файл изменился после проверки. Проверьте его ещё раз перед импортом.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Файл пуст.</translation>
    </message>
    <message>
      <source>The file is larger than {size} MB: split it into smaller files.</source>
      <translation>Файл больше {size} МБ: разделите его на несколько файлов поменьше.</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>Файл {path} не существует.</translation>
    </message>
    <message>
      <source>The file's characters cannot be read: save it as CSV in UTF-8 or as .xlsx.</source>
      <translation>Не удаётся распознать символы в файле: сохраните его как CSV в кодировке UTF-8 или как .xlsx.</translation>
    </message>
    <message>
      <source>The required column {column} is missing. The first row of the file must name the columns.</source>
      <translation>Нет обязательного столбца {column}. В первой строке файла должны быть названия столбцов.</translation>
    </message>
    <message>
      <source>The resident's role differs from the rest of case {case_ref}; the case keeps “{role}”.</source>
      <translation>Роль клиента отличается от других строк дела {case_ref}; в деле остаётся «{role}».</translation>
    </message>
    <message>
      <source>There is no column consent_anonymized_reporting: the residents are counted in no statistical return until their consent is recorded.</source>
      <translation>Нет столбца consent_anonymized_reporting: клиенты не войдут ни в один статистический отчёт, пока не будет записано их согласие.</translation>
    </message>
    <message>
      <source>This is an old Excel file (.xls). Save it as .xlsx or as CSV and import that.</source>
      <translation>Это файл старого формата Excel (.xls). Сохраните его как .xlsx или CSV и импортируйте заново.</translation>
    </message>
    <message>
      <source>This is not a readable .xlsx workbook. Save it again from the spreadsheet program, or as CSV.</source>
      <translation>Не удаётся прочитать этот файл .xlsx. Пересохраните его в программе электронных таблиц или сохраните как CSV.</translation>
    </message>
    <message>
      <source>This is not a text file. Import a CSV or an .xlsx file.</source>
      <translation>Это не текстовый файл. Импортируйте файл CSV или .xlsx.</translation>
    </message>
    <message>
      <source>This was a check only: nothing was written.</source>
      <translation>Это была только проверка: ничего не записано.</translation>
    </message>
    <message>
      <source>To be written: {counts}.</source>
      <translation>Будет записано: {counts}.</translation>
    </message>
    <message>
      <source>Unknown column: ignored.</source>
      <translation>Неизвестный столбец: пропущен.</translation>
    </message>
    <message>
      <source>Warnings ({count}):</source>
      <translation>Предупреждения ({count}):</translation>
    </message>
    <message>
      <source>Will be</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Written: {counts}.</source>
      <translation>Записано: {counts}.</translation>
    </message>
    <message>
      <source>added</source>
      <translation>будет добавлено</translation>
    </message>
    <message>
      <source>left as it is</source>
      <translation>без изменений</translation>
    </message>
    <message>
      <source>legal case events</source>
      <translation>события по судебным делам</translation>
    </message>
    <message>
      <source>legal cases</source>
      <translation>судебные дела</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>ничего</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>клиенты</translation>
    </message>
    <message>
      <source>services</source>
      <translation>услуги</translation>
    </message>
    <message>
      <source>stays</source>
      <translation>пребывания</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>табуляция</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>{count} {label}</source>
      <translation>{label} — {count}</translation>
    </message>
    <message>
      <source>{path} is a folder, not a file.</source>
      <translation>{path} — это папка, а не файл.</translation>
    </message>
    <message>
      <source>Errors: {count}.</source>
      <translation>Ошибок: {count}.</translation>
    </message>
    <message>
      <source>Nothing was written: correct the file and import it again.</source>
      <translation>Ничего не записано: исправьте файл и импортируйте его снова.</translation>
    </message>
    <message>
      <source>Rows with errors: {rows}.</source>
      <translation>Строк с ошибками: {rows}.</translation>
    </message>
    <message>
      <source>The case stands under article {article} on this date, and only a requalified row changes it: the article {value} of this row is not kept.</source>
      <translation>На эту дату дело ведётся по статье {article}, а изменить статью может только строка со стадией requalified: статья {value} из этой строки не сохраняется.</translation>
    </message>
    <message>
      <source>{count} residents in this file have no recorded consent to data processing. Record it on their records: the app logs no new service without it.</source>
      <translation>У {count} клиентов из этого файла не записано согласие на обработку данных. Запишите его в их карточки: без него приложение не даст отметить новую услугу.</translation>
    </message>
    <message>
      <source>“{value}” was read as the code {code}.</source>
      <translation>«{value}» прочитано как код {code}.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>A CSV or XLSX file with the column names in its first row</source>
      <translation>Файл CSV или XLSX, в первой строке которого названия столбцов</translation>
    </message>
    <message>
      <source>Check again</source>
      <translation>Проверить снова</translation>
    </message>
    <message>
      <source>Choose a file. Nothing is written before you click Import.</source>
      <translation>Выберите файл. Ничего не будет записано, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Выбрать файл…</translation>
    </message>
    <message>
      <source>Choose the file to import</source>
      <translation>Выберите файл для импорта</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Errors ({count})</source>
      <translation>Ошибки ({count})</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Файл:</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>Импорт завершён</translation>
    </message>
    <message>
      <source>Import from a spreadsheet</source>
      <translation>Импорт из электронной таблицы</translation>
    </message>
    <message>
      <source>Nothing was imported. Read the errors, correct the file and check it again.</source>
      <translation>Ничего не импортировано. Посмотрите ошибки, исправьте файл и проверьте его снова.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Предпросмотр</translation>
    </message>
    <message>
      <source>Read the file again, after correcting it</source>
      <translation>Прочитать файл заново после исправлений</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
      <translation>Электронные таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
      <source>The file holds:</source>
      <translation>Что в файле:</translation>
    </message>
    <message>
      <source>Warnings ({count})</source>
      <translation>Предупреждения ({count})</translation>
    </message>
    <message>
      <source>{rows} rows in the file.</source>
      <translation>Строк в файле: {rows}.</translation>
    </message>
    <message>
      <source>A file with the column names this kind of register needs</source>
      <translation>Файл с названиями столбцов, которые нужны для такого реестра</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
      <source>Save an empty template</source>
      <translation>Сохранить пустой шаблон</translation>
    </message>
    <message>
      <source>Save an empty template…</source>
      <translation>Сохранить пустой шаблон…</translation>
    </message>
  </context>
  <context>
    <name>ProblemModel</name>
    <message>
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
  </context>
</TS>
