<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Cli</name>
    <message>
      <source>Period {period} ({start} to {end}); threshold {threshold}; {count} cells suppressed.</source>
      <translation>Период {period} (с {start} по {end}); порог {threshold}; скрыто ячеек: {count}.</translation>
    </message>
    <message>
      <source>Statistical return {period} ({start} to {end}), threshold {threshold}: {count} cells suppressed.</source>
      <translation>Статистический отчёт {period} (с {start} по {end}), порог {threshold}; скрыто ячеек: {count}.</translation>
    </message>
    <message>
      <source>Suppression was turned off: every count is published. This is recorded in the audit log.</source>
      <translation>Скрытие малых значений было отключено: опубликованы все значения. Это записано в журнал аудита.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Записано: {path}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A return without suppression can only be exported as JSON or ADX.</source>
      <translation>Отчёт без скрытия малых значений можно выгрузить только в формате JSON или ADX.</translation>
    </message>
    <message>
      <source>Give --out FILE, or --preview to see the tables without writing.</source>
      <translation>Укажите --out ФАЙЛ или --preview, чтобы посмотреть таблицы без записи в файл.</translation>
    </message>
    <message>
      <source>Not a period: {value}. Write a year (2026), a quarter (2026-Q3), a month (2026-07) or first and last days (2026-07-01/2026-09-30).</source>
      <translation>Неверный период: {value}. Укажите год (2026), квартал (2026-Q3), месяц (2026-07) или первый и последний дни (2026-07-01/2026-09-30).</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
      <source>The threshold must be a whole number from {low} to {high}.</source>
      <translation>Порог должен быть целым числом от {low} до {high}.</translation>
    </message>
    <message>
      <source>Unknown format {format}: choose json or csv.</source>
      <translation>Неизвестный формат {format}: выберите json или csv.</translation>
    </message>
    <message>
      <source>Unknown format {format}: choose json, csv, adx or pdf.</source>
      <translation>Неизвестный формат {format}: выберите json, csv, adx или pdf.</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>By</source>
      <translation>Кто</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Выгружено</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <source>Suppression</source>
      <translation>Скрытие</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Порог</translation>
    </message>
    <message>
      <source>off</source>
      <translation>отключено</translation>
    </message>
    <message>
      <source>on</source>
      <translation>включено</translation>
    </message>
    <message>
      <source>Checksum (SHA-256)</source>
      <translation>Контрольная сумма (SHA-256)</translation>
    </message>
  </context>
  <context>
    <name>ReturnTableModel</name>
    <message>
      <source>Suppressed: not published, so that no person can be recognised.</source>
      <translation>Скрыто: не публикуется, чтобы никого нельзя было узнать.</translation>
    </message>
  </context>
  <context>
    <name>Returns</name>
    <message>
      <source>Anonymized statistical return</source>
      <translation>Обезличенный статистический отчёт</translation>
    </message>
    <message>
      <source>Asylum or refugee status granted</source>
      <translation>Предоставлено убежище или статус беженца</translation>
    </message>
    <message>
      <source>Convictions, by sentence and Criminal Code article</source>
      <translation>Обвинительные приговоры по наказанию и статье УК</translation>
    </message>
    <message>
      <source>Criminal cases reaching each stage, by Criminal Code article</source>
      <translation>Уголовные дела, дошедшие до каждой стадии, по статьям УК</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Director</source>
      <translation>Директор</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>Сформирован</translation>
    </message>
    <message>
      <source>I confirm that this return was prepared from the organisation's records.</source>
      <translation>Подтверждаю, что отчёт составлен по учётным данным организации.</translation>
    </message>
    <message>
      <source>Only residents who agreed to anonymized reporting are counted. Ages are ages at registration. A count from 1 to {below} could point at a person and is never published ({mark}); other cells are suppressed with it so that it cannot be worked out from the totals.</source>
      <translation>Учтены только клиенты, согласившиеся на обезличенную отчётность. Возраст указан на дату регистрации. Число от 1 до {below} может указать на конкретного человека и никогда не публикуется ({mark}); вместе с ним скрываются и другие ячейки, чтобы его нельзя было вычислить по итогам.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Page {page}</source>
      <translation>Стр. {page}</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Получатели</translation>
    </message>
    <message>
      <source>Persons assisted, by age and sex</source>
      <translation>Лица, получившие помощь, по возрасту и полу</translation>
    </message>
    <message>
      <source>Persons assisted, by citizenship, sex and age</source>
      <translation>Лица, получившие помощь, по гражданству, полу и возрасту</translation>
    </message>
    <message>
      <source>Persons assisted, by form of exploitation, sex and age</source>
      <translation>Лица, получившие помощь, по форме эксплуатации, полу и возрасту</translation>
    </message>
    <message>
      <source>Persons assisted, by place of exploitation, sex and age</source>
      <translation>Лица, получившие помощь, по месту эксплуатации, полу и возрасту</translation>
    </message>
    <message>
      <source>Persons formally identified (NRM), by form of exploitation, sex and age</source>
      <translation>Лица, официально идентифицированные (НМП), по форме эксплуатации, полу и возрасту</translation>
    </message>
    <message>
      <source>Persons newly registered, by form of exploitation, sex and age</source>
      <translation>Впервые зарегистрированные лица по форме эксплуатации, полу и возрасту</translation>
    </message>
    <message>
      <source>Persons sheltered, by form of exploitation, sex and age</source>
      <translation>Лица, проживавшие в приюте, по форме эксплуатации, полу и возрасту</translation>
    </message>
    <message>
      <source>Residence permit granted</source>
      <translation>Выдан вид на жительство</translation>
    </message>
    <message>
      <source>Residence permits and asylum granted, by sex and age</source>
      <translation>Выданные виды на жительство и предоставленное убежище, по полу и возрасту</translation>
    </message>
    <message>
      <source>Services given</source>
      <translation>Оказано услуг</translation>
    </message>
    <message>
      <source>Services given: persons served and number of services</source>
      <translation>Оказанные услуги: число получателей и число услуг</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>Statistical return</source>
      <translation>Статистический отчёт</translation>
    </message>
    <message>
      <source>Stays ended, by reason for leaving, sex and age</source>
      <translation>Завершённые пребывания по причине выбытия, полу и возрасту</translation>
    </message>
    <message>
      <source>Suppressed counts are not drawn.</source>
      <translation>Скрытые значения на диаграмме не показаны.</translation>
    </message>
    <message>
      <source>Suppression</source>
      <translation>Скрытие малых значений</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Всего</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>дел</translation>
    </message>
    <message>
      <source>convictions</source>
      <translation>приговоров</translation>
    </message>
    <message>
      <source>{mark} marks a suppressed count: from 1 to {below}, or suppressed with one so that it cannot be worked out from the totals</source>
      <translation>{mark} — скрытое значение: от 1 до {below} или скрытое вместе с ним, чтобы его нельзя было вычислить по итогам</translation>
    </message>
    <message>
      <source>persons</source>
      <translation>человек</translation>
    </message>
    <message>
      <source>see columns</source>
      <translation>см. столбцы</translation>
    </message>
    <message>
      <source>stays</source>
      <translation>пребываний</translation>
    </message>
    <message>
      <source>turned off: every count is published</source>
      <translation>отключено: публикуются все значения</translation>
    </message>
    <message>
      <source>{label}: {start} to {end}</source>
      <translation>{label}: с {start} по {end}</translation>
    </message>
    <message>
      <source>Number of services given, by type</source>
      <translation>Число оказанных услуг по видам</translation>
    </message>
    <message>
      <source>Persons who received each type of service</source>
      <translation>Лица, получившие услуги каждого вида</translation>
    </message>
    <message>
      <source>APPROVED</source>
      <translation>УТВЕРЖДАЮ</translation>
    </message>
    <message>
      <source>Place for the stamp</source>
      <translation>М. П.</translation>
    </message>
    <message>
      <source>Drawn from published cells only: {shown} persons; the total is not published.</source>
      <translation>Построено только по опубликованным ячейкам: {shown} чел.; итог не публикуется.</translation>
    </message>
    <message>
      <source>Drawn from published cells only: {shown} of {total} persons; {hidden} are in hidden cells.</source>
      <translation>Построено только по опубликованным ячейкам: {shown} из {total} чел.; {hidden} — в скрытых ячейках.</translation>
    </message>
  </context>
  <context>
    <name>ReturnsPage</name>
    <message>
      <source>A return without suppression can only be exported as JSON or ADX.</source>
      <translation>Отчёт без скрытия малых значений можно выгрузить только в формате JSON или ADX.</translation>
    </message>
    <message>
      <source>ADX XML files (*.xml)</source>
      <translation>Файлы ADX XML (*.xml)</translation>
    </message>
    <message>
      <source>Anonymized counts for the national anti-trafficking database. Only residents who agreed to anonymized reporting are counted; small counts are suppressed. What you see below is exactly what the file will contain.</source>
      <translation>Обезличенные показатели для национальной базы данных по противодействию торговле людьми. Учитываются только клиенты, согласившиеся на обезличенную отчётность; малые значения скрываются. Ниже показано ровно то, что будет в файле.</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Counts from 1 to one less than this are not published (3 to 10).</source>
      <translation>Значения от 1 до порога минус один не публикуются (порог от 3 до 10).</translation>
    </message>
    <message>
      <source>Export ADX…</source>
      <translation>Выгрузить ADX…</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Выгрузить CSV…</translation>
    </message>
    <message>
      <source>Export JSON…</source>
      <translation>Выгрузить JSON…</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>Выгрузить PDF…</translation>
    </message>
    <message>
      <source>Export the statistical return</source>
      <translation>Выгрузка статистического отчёта</translation>
    </message>
    <message>
      <source>Export without suppression</source>
      <translation>Выгрузить без скрытия</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
      <source>JSON files (*.json);;CSV files (*.csv)</source>
      <translation>Файлы JSON (*.json);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Месяц</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Past exports</source>
      <translation>Прошлые выгрузки</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <source>Publish every count (no suppression; JSON and ADX only)</source>
      <translation>Публиковать все значения (без скрытия; только JSON и ADX)</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>Квартал</translation>
    </message>
    <message>
      <source>Q{n}</source>
      <translation>{n}-й квартал</translation>
    </message>
    <message>
      <source>Save ADX structure…</source>
      <translation>Сохранить структуру ADX…</translation>
    </message>
    <message>
      <source>Save the ADX structure</source>
      <translation>Сохранение структуры ADX</translation>
    </message>
    <message>
      <source>Statistical returns</source>
      <translation>Статистические отчёты</translation>
    </message>
    <message>
      <source>Suppression is OFF: every count will be published.</source>
      <translation>Скрытие ОТКЛЮЧЕНО: будут опубликованы все значения.</translation>
    </message>
    <message>
      <source>Suppression is off: counts small enough to point at a person will leave the shelter. This is recorded in the file and in the audit log. Export anyway?</source>
      <translation>Скрытие отключено: из приюта уйдут значения настолько малые, что по ним можно узнать человека. Это будет записано в файл и в журнал аудита. Всё равно выгрузить?</translation>
    </message>
    <message>
      <source>The data elements and code lists a national administrator needs to set up the receiving data set.</source>
      <translation>Элементы данных и справочники кодов, которые нужны администратору национальной системы, чтобы настроить принимающий набор данных.</translation>
    </message>
    <message>
      <source>The return for {period} was written:
{files}

SHA-256: {sha}</source>
      <translation>Отчёт за {period} записан:
{files}

SHA-256: {sha}</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Порог</translation>
    </message>
    <message>
      <source>Threshold {k}: {n} cells suppressed, shown as &lt;{k}.</source>
      <translation>Порог {k}: скрыто ячеек: {n}, они показаны как &lt;{k}.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Записано: {path}</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <source>{label}: {start} to {end}.</source>
      <translation>{label}: с {start} по {end}.</translation>
    </message>
    <message>
      <source>{n} cells suppressed</source>
      <translation>Скрыто ячеек: {n}</translation>
    </message>
    <message>
      <source>From … to …</source>
      <translation>Период с … по …</translation>
    </message>
    <message>
      <source>ADX (Aggregate Data Exchange): the XML file national information systems such as DHIS2 read counts from.</source>
      <translation>ADX — формат обмена сводными данными: файл XML, из которого национальные информационные системы (например, DHIS2) читают показатели.</translation>
    </message>
    <message>
      <source>Threshold: the smallest count that is published. A count from 1 to one less than it could point at a person, so it is hidden, with as many other cells as it takes to keep it from being worked out.</source>
      <translation>Порог — наименьшее публикуемое значение. Значение от 1 до порога минус один может указать на конкретного человека, поэтому оно скрывается вместе с другими ячейками, чтобы его нельзя было вычислить.</translation>
    </message>
  </context>
</TS>
