<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Errors</name>
    <message>
      <source>An exit date needs an intake date.</source>
      <translation>Чыккан күнү үчүн кабыл алынган күнү керек.</translation>
    </message>
    <message>
      <source>An exit reason needs an exit date.</source>
      <translation>Чыгуу себеби үчүн чыккан күнү керек.</translation>
    </message>
    <message>
      <source>No resident with the external ID {value}: import the residents first.</source>
      <translation>{value} тышкы номери бар кардар жок: адегенде кардарларды импорттоңуз.</translation>
    </message>
    <message>
      <source>Required when the exit date is set.</source>
      <translation>Чыккан күнү көрсөтүлсө, милдеттүү.</translation>
    </message>
    <message>
      <source>The external ID {value} is also on line {line}.</source>
      <translation>{value} тышкы номери {line}-сапта да бар.</translation>
    </message>
    <message>
      <source>The import could not be written, and nothing was: {reason}</source>
      <translation>Импортту жазуу мүмкүн болгон жок, эч нерсе сакталган жок: {reason}</translation>
    </message>
    <message>
      <source>The next hearing is before the date of this event.</source>
      <translation>Кийинки сот отуруму бул окуянын күнүнөн мурун болуп калды.</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Already in the database as {case_number}: left unchanged, although the file differs in {columns}.</source>
      <translation>Базада {case_number} номери менен бар: өзгөртүлгөн жок, бирок файлда бул мамычалар башкача: {columns}.</translation>
    </message>
    <message>
      <source>Already in the database, left unchanged: {counts}.</source>
      <translation>Базада бар, өзгөртүлгөн жок: {counts}.</translation>
    </message>
    <message>
      <source>CSV, {encoding}, separator {separator}</source>
      <translation>CSV, {encoding}, бөлгүч {separator}</translation>
    </message>
    <message>
      <source>Column {letter} ({column})</source>
      <translation>{letter} мамычасы ({column})</translation>
    </message>
    <message>
      <source>Column {letter} has values but no name in the first row: ignored.</source>
      <translation>{letter} мамычасында маанилер бар, бирок биринчи сапта аты жок: эске алынган жок.</translation>
    </message>
    <message>
      <source>Errors ({count}):</source>
      <translation>Каталар ({count}):</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File: {name} ({format}), {rows} rows, kind: {kind}.</source>
      <translation>Файл: {name} ({format}), саптар: {rows}, маалыматтын түрү: {kind}.</translation>
    </message>
    <message>
      <source>In-house</source>
      <translation>Жайдын күчү менен</translation>
    </message>
    <message>
      <source>Legal cases</source>
      <translation>Соттук иштер</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Сап</translation>
    </message>
    <message>
      <source>Line {line}</source>
      <translation>{line}-сап</translation>
    </message>
    <message>
      <source>Line {line}, column {letter} ({column})</source>
      <translation>{line}-сап, {letter} мамычасы ({column})</translation>
    </message>
    <message>
      <source>Line {line}: the file is not a valid CSV file ({reason}).</source>
      <translation>{line}-сап: файл туура CSV файлы эмес ({reason}).</translation>
    </message>
    <message>
      <source>Nothing new to write: every row is already in the database.</source>
      <translation>Кошо турган жаңы эч нерсе жок: бардык саптар базада бар.</translation>
    </message>
    <message>
      <source>Possibly the same person as on line {line}.</source>
      <translation>Балким, {line}-саптагы эле адам.</translation>
    </message>
    <message>
      <source>Possibly the same person as resident {case_number}, already in the database.</source>
      <translation>Балким, базада мурунтан бар {case_number} кардары менен бир эле адам.</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Кардар</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Кардарлар</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Кызматтар</translation>
    </message>
    <message>
      <source>Stored as text, never calculated: {value}</source>
      <translation>Текст катары сакталды, формула эсептелбейт: {value}</translation>
    </message>
    <message>
      <source>The column {column} appears twice: in {first} and {second}.</source>
      <translation>{column} мамычасы эки жолу кездешет: {first} жана {second}.</translation>
    </message>
    <message>
      <source>The file could not be read: {reason}</source>
      <translation>Файлды окуу мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
      <source>The file has a header row but no data rows.</source>
      <translation>Файлда баш сап бар, бирок маалыматы бар бир да сап жок.</translation>
    </message>
    <message>
      <source>The file has changed since it was checked. Check it again before importing.</source>
      <translation>Файл текшерилгенден кийин өзгөрдү. Импорттоодон мурун аны кайра текшериңиз.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Файл бош.</translation>
    </message>
    <message>
      <source>The file is larger than {size} MB: split it into smaller files.</source>
      <translation>Файл {size} МБдан чоң: аны бир нече кичине файлга бөлүңүз.</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>{path} файлы жок.</translation>
    </message>
    <message>
      <source>The file's characters cannot be read: save it as CSV in UTF-8 or as .xlsx.</source>
      <translation>Файлдагы белгилерди окуу мүмкүн эмес: аны UTF-8 коддоосундагы CSV же .xlsx катары сактаңыз.</translation>
    </message>
    <message>
      <source>The required column {column} is missing. The first row of the file must name the columns.</source>
      <translation>Милдеттүү {column} мамычасы жок. Файлдын биринчи сабында мамычалардын аттары болушу керек.</translation>
    </message>
    <message>
      <source>The resident's role differs from the rest of case {case_ref}; the case keeps “{role}”.</source>
      <translation>Кардардын ролу {case_ref} ишинин башка саптарынан айырмаланат; иште «{role}» калат.</translation>
    </message>
    <message>
      <source>There is no column consent_anonymized_reporting: the residents are counted in no statistical return until their consent is recorded.</source>
      <translation>consent_anonymized_reporting мамычасы жок: кардарлардын макулдугу жазылмайынча, алар эч бир статистикалык отчётко кирбейт.</translation>
    </message>
    <message>
      <source>This is an old Excel file (.xls). Save it as .xlsx or as CSV and import that.</source>
      <translation>Бул эски Excel файлы (.xls). Аны .xlsx же CSV катары сактап, ошону импорттоңуз.</translation>
    </message>
    <message>
      <source>This is not a readable .xlsx workbook. Save it again from the spreadsheet program, or as CSV.</source>
      <translation>Бул .xlsx файлын окуу мүмкүн эмес. Аны электрондук таблица программасынан кайра сактаңыз же CSV катары сактаңыз.</translation>
    </message>
    <message>
      <source>This is not a text file. Import a CSV or an .xlsx file.</source>
      <translation>Бул текст файлы эмес. CSV же .xlsx файлын импорттоңуз.</translation>
    </message>
    <message>
      <source>This was a check only: nothing was written.</source>
      <translation>Бул текшерүү гана болчу: эч нерсе жазылган жок.</translation>
    </message>
    <message>
      <source>To be written: {counts}.</source>
      <translation>Жазыла турганы: {counts}.</translation>
    </message>
    <message>
      <source>Unknown column: ignored.</source>
      <translation>Белгисиз мамыча: эске алынган жок.</translation>
    </message>
    <message>
      <source>Warnings ({count}):</source>
      <translation>Эскертүүлөр ({count}):</translation>
    </message>
    <message>
      <source>Will be</source>
      <translation>Аракет</translation>
    </message>
    <message>
      <source>Written: {counts}.</source>
      <translation>Жазылды: {counts}.</translation>
    </message>
    <message>
      <source>added</source>
      <translation>кошулат</translation>
    </message>
    <message>
      <source>left as it is</source>
      <translation>өзгөрүүсүз</translation>
    </message>
    <message>
      <source>legal case events</source>
      <translation>соттук иштер боюнча окуялар</translation>
    </message>
    <message>
      <source>legal cases</source>
      <translation>соттук иштер</translation>
    </message>
    <message>
      <source>no</source>
      <translation>жок</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>эч нерсе</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>кардарлар</translation>
    </message>
    <message>
      <source>services</source>
      <translation>кызматтар</translation>
    </message>
    <message>
      <source>stays</source>
      <translation>жайда жашаган мезгилдер</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>табуляция</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ооба</translation>
    </message>
    <message>
      <source>{count} {label}</source>
      <translation>{label} — {count}</translation>
    </message>
    <message>
      <source>{path} is a folder, not a file.</source>
      <translation>{path} — бул папка, файл эмес.</translation>
    </message>
    <message>
      <source>Errors: {count}.</source>
      <translation>Каталар: {count}.</translation>
    </message>
    <message>
      <source>Nothing was written: correct the file and import it again.</source>
      <translation>Эч нерсе жазылган жок: файлды оңдоп, кайра импорттоңуз.</translation>
    </message>
    <message>
      <source>Rows with errors: {rows}.</source>
      <translation>Катасы бар саптар: {rows}.</translation>
    </message>
    <message>
      <source>The case stands under article {article} on this date, and only a requalified row changes it: the article {value} of this row is not kept.</source>
      <translation>Бул күнү иш {article}-берене боюнча жүрөт, беренени «requalified» этабы жазылган сап гана өзгөртө алат: бул саптагы {value}-берене сакталбайт.</translation>
    </message>
    <message>
      <source>{count} residents in this file have no recorded consent to data processing. Record it on their records: the app logs no new service without it.</source>
      <translation>Бул файлдагы {count} кардардын маалыматтарды иштетүүгө макулдугу жазылган эмес. Аны алардын карточкаларына жазыңыз: ансыз программа жаңы кызматты белгилөөгө жол бербейт.</translation>
    </message>
    <message>
      <source>“{value}” was read as the code {code}.</source>
      <translation>«{value}» {code} коду катары окулду.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>A CSV or XLSX file with the column names in its first row</source>
      <translation>Биринчи сабында мамычалардын аттары жазылган CSV же XLSX файлы</translation>
    </message>
    <message>
      <source>Check again</source>
      <translation>Кайра текшерүү</translation>
    </message>
    <message>
      <source>Choose a file. Nothing is written before you click Import.</source>
      <translation>Файлды тандаңыз. «Импорттоо» баскычын баспаганча эч нерсе жазылбайт.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Файл тандоо…</translation>
    </message>
    <message>
      <source>Choose the file to import</source>
      <translation>Импорттой турган файлды тандаңыз</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабуу</translation>
    </message>
    <message>
      <source>Errors ({count})</source>
      <translation>Каталар ({count})</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Файл:</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импорттоо</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>Импорт аяктады</translation>
    </message>
    <message>
      <source>Import from a spreadsheet</source>
      <translation>Электрондук таблицадан импорттоо</translation>
    </message>
    <message>
      <source>Nothing was imported. Read the errors, correct the file and check it again.</source>
      <translation>Эч нерсе импорттолгон жок. Каталарды карап, файлды оңдоп, кайра текшериңиз.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Алдын ала көрүү</translation>
    </message>
    <message>
      <source>Read the file again, after correcting it</source>
      <translation>Оңдогондон кийин файлды кайра окуу</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
      <translation>Электрондук таблицалар (*.csv *.xlsx);;Бардык файлдар (*)</translation>
    </message>
    <message>
      <source>The file holds:</source>
      <translation>Файлда эмне бар:</translation>
    </message>
    <message>
      <source>Warnings ({count})</source>
      <translation>Эскертүүлөр ({count})</translation>
    </message>
    <message>
      <source>{rows} rows in the file.</source>
      <translation>Файлдагы саптар: {rows}.</translation>
    </message>
    <message>
      <source>A file with the column names this kind of register needs</source>
      <translation>Мындай реестрге керектүү мамычалардын аттары жазылган файл</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
      <source>Save an empty template</source>
      <translation>Бош үлгүнү сактоо</translation>
    </message>
    <message>
      <source>Save an empty template…</source>
      <translation>Бош үлгүнү сактоо…</translation>
    </message>
  </context>
  <context>
    <name>ProblemModel</name>
    <message>
      <source>Column</source>
      <translation>Мамыча</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Сап</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Себеби</translation>
    </message>
  </context>
</TS>
