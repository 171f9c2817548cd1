<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Cli</name>
    <message>
      <source>Account added: {name}</source>
      <translation>Учётная запись добавлена: {name}</translation>
    </message>
    <message>
      <source>Account removed: {name}. The database was re-encrypted with a new key.</source>
      <translation>Учётная запись удалена: {name}. База данных перешифрована новым ключом.</translation>
    </message>
    <message>
      <source>Added {residents} residents, {stays} stays, {plans} plans, {services} services and {legal_events} legal events.</source>
      <translation>Добавлено: клиентов — {residents}, пребываний — {stays}, планов — {plans}, услуг — {services}, правовых событий — {legal_events}.</translation>
    </message>
    <message>
      <source>Database created. Write the recovery key down and keep it locked away; it is shown only once:</source>
      <translation>База данных создана. Запишите ключ восстановления и храните его под замком; он показывается только один раз:</translation>
    </message>
    <message>
      <source>Director's new password</source>
      <translation>Новый пароль директора</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Прервано.</translation>
    </message>
    <message>
      <source>New account's password</source>
      <translation>Пароль новой учётной записи</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Новый пароль</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Password changed.</source>
      <translation>Пароль изменён.</translation>
    </message>
    <message>
      <source>Password reset for {name}.</source>
      <translation>Пароль пользователя {name} сброшен.</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Ключ восстановления</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Повторите</translation>
    </message>
    <message>
      <source>The database was re-encrypted with a new key.</source>
      <translation>База данных перешифрована новым ключом.</translation>
    </message>
  </context>
  <context>
    <name>Codes</name>
    <message>
      <source>0–11</source>
      <translation>0–11</translation>
    </message>
    <message>
      <source>12–14</source>
      <translation>12–14</translation>
    </message>
    <message>
      <source>15–17</source>
      <translation>15–17</translation>
    </message>
    <message>
      <source>18–24</source>
      <translation>18–24</translation>
    </message>
    <message>
      <source>25–34</source>
      <translation>25–34</translation>
    </message>
    <message>
      <source>3 to 5 years</source>
      <translation>От 3 до 5 лет</translation>
    </message>
    <message>
      <source>35–44</source>
      <translation>35–44</translation>
    </message>
    <message>
      <source>45–59</source>
      <translation>45–59</translation>
    </message>
    <message>
      <source>5 to 8 years</source>
      <translation>Свыше 5 до 8 лет</translation>
    </message>
    <message>
      <source>60+</source>
      <translation>60+</translation>
    </message>
    <message>
      <source>8 to 11 years</source>
      <translation>Свыше 8 до 11 лет</translation>
    </message>
    <message>
      <source>Abroad</source>
      <translation>За рубежом</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Достигнута</translation>
    </message>
    <message>
      <source>Acquaintance</source>
      <translation>Знакомый</translation>
    </message>
    <message>
      <source>Acquittal</source>
      <translation>Оправдательный приговор</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Действует</translation>
    </message>
    <message>
      <source>Agriculture</source>
      <translation>Сельское хозяйство</translation>
    </message>
    <message>
      <source>Armed conflict</source>
      <translation>Вовлечение в вооружённый конфликт</translation>
    </message>
    <message>
      <source>Art. 159 — Involvement in prostitution</source>
      <translation>Ст. 159 — Вовлечение в занятие проституцией</translation>
    </message>
    <message>
      <source>Art. 160 — Facilitation of prostitution and debauchery</source>
      <translation>Ст. 160 — Содействие проституции и разврату</translation>
    </message>
    <message>
      <source>Art. 160¹ — Organisation and facilitation of prostitution and debauchery through internet networks (webcam studios)</source>
      <translation>Ст. 160¹ — Организация и содействие проституции и разврату через интернет сети (вебкам-студии)</translation>
    </message>
    <message>
      <source>Art. 166 — Trafficking in persons</source>
      <translation>Ст. 166 — Торговля людьми</translation>
    </message>
    <message>
      <source>Art. 167 — Trafficking in children</source>
      <translation>Ст. 167 — Торговля детьми</translation>
    </message>
    <message>
      <source>Art. 170 — Forced use of labour (slave labour)</source>
      <translation>Ст. 170 — Принудительное использование труда (рабский труд)</translation>
    </message>
    <message>
      <source>Art. 172 — Kidnapping a person for marriage</source>
      <translation>Ст. 172 — Похищение лица с целью вступления в брак</translation>
    </message>
    <message>
      <source>Art. 173 — Coercion into de facto marital relations</source>
      <translation>Ст. 173 — Принуждение к вступлению в фактические брачные отношения</translation>
    </message>
    <message>
      <source>Bangladesh</source>
      <translation>Бангладеш</translation>
    </message>
    <message>
      <source>Boys</source>
      <translation>Мальчики</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Отменён</translation>
    </message>
    <message>
      <source>Case closed</source>
      <translation>Дело прекращено</translation>
    </message>
    <message>
      <source>China</source>
      <translation>Китай</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Закрыто</translation>
    </message>
    <message>
      <source>Complaint filed</source>
      <translation>Подано заявление</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Завершён</translation>
    </message>
    <message>
      <source>Construction</source>
      <translation>Строительство</translation>
    </message>
    <message>
      <source>Conviction</source>
      <translation>Обвинительный приговор</translation>
    </message>
    <message>
      <source>Debt bondage</source>
      <translation>Долговая кабала</translation>
    </message>
    <message>
      <source>Defendant</source>
      <translation>Обвиняемый</translation>
    </message>
    <message>
      <source>Director</source>
      <translation>Директор</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Документы</translation>
    </message>
    <message>
      <source>Domestic (Kyrgyzstan)</source>
      <translation>Внутри страны (Кыргызстан)</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>Домашнее рабство</translation>
    </message>
    <message>
      <source>Domestic work</source>
      <translation>Работа по дому</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Снята</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Образование</translation>
    </message>
    <message>
      <source>Embassy or consulate</source>
      <translation>Посольство или консульство</translation>
    </message>
    <message>
      <source>Employment</source>
      <translation>Трудоустройство</translation>
    </message>
    <message>
      <source>Employment agency</source>
      <translation>Агентство занятости</translation>
    </message>
    <message>
      <source>Employment support</source>
      <translation>Помощь в трудоустройстве</translation>
    </message>
    <message>
      <source>Excessive working hours</source>
      <translation>Чрезмерно долгий рабочий день</translation>
    </message>
    <message>
      <source>False promises</source>
      <translation>Ложные обещания</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Семья</translation>
    </message>
    <message>
      <source>Family contact</source>
      <translation>Связь с семьёй</translation>
    </message>
    <message>
      <source>Family reintegration</source>
      <translation>Возвращение в семью</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Женский</translation>
    </message>
    <message>
      <source>Finances</source>
      <translation>Финансы</translation>
    </message>
    <message>
      <source>Financial support</source>
      <translation>Материальная помощь</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Сопровождение</translation>
    </message>
    <message>
      <source>Forced begging</source>
      <translation>Принуждение к попрошайничеству</translation>
    </message>
    <message>
      <source>Forced criminality</source>
      <translation>Принуждение к преступлениям</translation>
    </message>
    <message>
      <source>Forced labour</source>
      <translation>Принудительный труд</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>Принудительный брак</translation>
    </message>
    <message>
      <source>Foreign</source>
      <translation>Иностранные граждане</translation>
    </message>
    <message>
      <source>Friend</source>
      <translation>Друг</translation>
    </message>
    <message>
      <source>Germany</source>
      <translation>Германия</translation>
    </message>
    <message>
      <source>Girls</source>
      <translation>Девочки</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>Здоровье</translation>
    </message>
    <message>
      <source>Health services</source>
      <translation>Медучреждение</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Высокая</translation>
    </message>
    <message>
      <source>Hospitality</source>
      <translation>Гостиницы и общепит</translation>
    </message>
    <message>
      <source>Hotline</source>
      <translation>Горячая линия</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Жильё</translation>
    </message>
    <message>
      <source>Humanitarian aid</source>
      <translation>Гуманитарная помощь</translation>
    </message>
    <message>
      <source>IOM</source>
      <translation>МОМ</translation>
    </message>
    <message>
      <source>Identified</source>
      <translation>Идентифицирован(а)</translation>
    </message>
    <message>
      <source>Illicit activities</source>
      <translation>Незаконная деятельность</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>В работе</translation>
    </message>
    <message>
      <source>Independent living</source>
      <translation>Самостоятельная жизнь</translation>
    </message>
    <message>
      <source>India</source>
      <translation>Индия</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Услуги переводчика</translation>
    </message>
    <message>
      <source>Intimate partner</source>
      <translation>Супруг(а) или партнёр</translation>
    </message>
    <message>
      <source>Investigation opened</source>
      <translation>Начато расследование</translation>
    </message>
    <message>
      <source>Kazakhstan</source>
      <translation>Казахстан</translation>
    </message>
    <message>
      <source>Kyrgyz</source>
      <translation>Граждане КР</translation>
    </message>
    <message>
      <source>Kyrgyzstan</source>
      <translation>Кыргызстан</translation>
    </message>
    <message>
      <source>Labour inspection</source>
      <translation>Трудовая инспекция</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Юрист</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>Выбыл(а) добровольно</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Правовые вопросы</translation>
    </message>
    <message>
      <source>Legal consultation</source>
      <translation>Юридическая консультация</translation>
    </message>
    <message>
      <source>Legal representation</source>
      <translation>Представительство интересов потерпевшего</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Низкая</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Мужской</translation>
    </message>
    <message>
      <source>Manufacturing, textile</source>
      <translation>Производство, швейные цеха</translation>
    </message>
    <message>
      <source>Markets, trade</source>
      <translation>Рынки, торговля</translation>
    </message>
    <message>
      <source>Medical care</source>
      <translation>Медицинская помощь</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Средняя</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Мужчины</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>НКО</translation>
    </message>
    <message>
      <source>Nepal</source>
      <translation>Непал</translation>
    </message>
    <message>
      <source>Non-custodial</source>
      <translation>Без лишения свободы</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Not identified</source>
      <translation>Не идентифицирован(а)</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Через интернет</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыто</translation>
    </message>
    <message>
      <source>Organ removal</source>
      <translation>Изъятие органов</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <source>Other article</source>
      <translation>Другая статья</translation>
    </message>
    <message>
      <source>Other international organisation</source>
      <translation>Другая международная организация</translation>
    </message>
    <message>
      <source>Over 11 years</source>
      <translation>Свыше 11 лет</translation>
    </message>
    <message>
      <source>Pakistan</source>
      <translation>Пакистан</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <source>Physical abuse</source>
      <translation>Физическое насилие</translation>
    </message>
    <message>
      <source>Poland</source>
      <translation>Польша</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Милиция</translation>
    </message>
    <message>
      <source>Presumed victim</source>
      <translation>Предполагаемая жертва</translation>
    </message>
    <message>
      <source>Prosecutor</source>
      <translation>Прокуратура</translation>
    </message>
    <message>
      <source>Psychoactive substances</source>
      <translation>Психоактивные вещества</translation>
    </message>
    <message>
      <source>Psychological abuse</source>
      <translation>Психологическое насилие</translation>
    </message>
    <message>
      <source>Psychological support</source>
      <translation>Психологическая помощь</translation>
    </message>
    <message>
      <source>Psychological well-being</source>
      <translation>Психологическое состояние</translation>
    </message>
    <message>
      <source>Reconciliation</source>
      <translation>Примирение сторон</translation>
    </message>
    <message>
      <source>Repatriated</source>
      <translation>Репатриирован(а)</translation>
    </message>
    <message>
      <source>Repatriation</source>
      <translation>Репатриация</translation>
    </message>
    <message>
      <source>Requalified</source>
      <translation>Переквалифицировано</translation>
    </message>
    <message>
      <source>Restricts movement</source>
      <translation>Ограничивает передвижение</translation>
    </message>
    <message>
      <source>Russia</source>
      <translation>Россия</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>Безопасность</translation>
    </message>
    <message>
      <source>Sale of children</source>
      <translation>Продажа детей</translation>
    </message>
    <message>
      <source>Self-referred</source>
      <translation>Самообращение</translation>
    </message>
    <message>
      <source>Sent to court</source>
      <translation>Направлено в суд</translation>
    </message>
    <message>
      <source>Sexual abuse</source>
      <translation>Сексуальное насилие</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>Сексуальная эксплуатация</translation>
    </message>
    <message>
      <source>Social services</source>
      <translation>Социальные службы</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Социальный работник</translation>
    </message>
    <message>
      <source>South Korea</source>
      <translation>Южная Корея</translation>
    </message>
    <message>
      <source>Sri Lanka</source>
      <translation>Шри-Ланка</translation>
    </message>
    <message>
      <source>Stateless or unknown</source>
      <translation>Без гражданства или неизвестно</translation>
    </message>
    <message>
      <source>Stranger</source>
      <translation>Незнакомый человек</translation>
    </message>
    <message>
      <source>Suspect</source>
      <translation>Подозреваемый</translation>
    </message>
    <message>
      <source>Tajikistan</source>
      <translation>Таджикистан</translation>
    </message>
    <message>
      <source>Takes earnings</source>
      <translation>Изъятие заработка</translation>
    </message>
    <message>
      <source>Threat of law enforcement</source>
      <translation>Запугивание милицией</translation>
    </message>
    <message>
      <source>Threats</source>
      <translation>Угрозы</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>Переведён(а) в другое учреждение</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Транспорт</translation>
    </message>
    <message>
      <source>Turkey</source>
      <translation>Турция</translation>
    </message>
    <message>
      <source>Under 3 years</source>
      <translation>До 3 лет</translation>
    </message>
    <message>
      <source>United Arab Emirates</source>
      <translation>ОАЭ</translation>
    </message>
    <message>
      <source>United Kingdom</source>
      <translation>Великобритания</translation>
    </message>
    <message>
      <source>United States</source>
      <translation>США</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Неизвестно</translation>
    </message>
    <message>
      <source>Uzbekistan</source>
      <translation>Узбекистан</translation>
    </message>
    <message>
      <source>Victim</source>
      <translation>Потерпевший(ая)</translation>
    </message>
    <message>
      <source>Vocational training</source>
      <translation>Профессиональное обучение</translation>
    </message>
    <message>
      <source>Withholds documents</source>
      <translation>Удерживает документы</translation>
    </message>
    <message>
      <source>Withholds necessities</source>
      <translation>Лишает самого необходимого</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Свидетель</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Женщины</translation>
    </message>
    <message>
      <source>Art. 174 — Coercion of a person into marriage</source>
      <translation>Ст. 174 — Принуждение лица к вступлению в брак</translation>
    </message>
    <message>
      <source>No need</source>
      <translation>Нет потребности</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A database already exists at {path}.</source>
      <translation>База данных уже существует: {path}.</translation>
    </message>
    <message>
      <source>An account name is 2–32 small Latin letters, digits, dots, dashes or underscores.</source>
      <translation>Имя учётной записи — от 2 до 32 знаков: строчные латинские буквы, цифры, точки, дефисы или подчёркивания.</translation>
    </message>
    <message>
      <source>Another resident already has the external ID {value}.</source>
      <translation>Внешний номер {value} уже присвоен другому клиенту.</translation>
    </message>
    <message>
      <source>Answer yes or no (да/нет, ооба/жок), not “{value}”.</source>
      <translation>Ответьте «да» или «нет» (yes/no, ооба/жок), а не «{value}».</translation>
    </message>
    <message>
      <source>Could not write {path}: {reason}</source>
      <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
      <source>Must be between {lo} and {hi}.</source>
      <translation>Значение должно быть от {lo} до {hi}.</translation>
    </message>
    <message>
      <source>No account {username}.</source>
      <translation>Учётной записи {username} нет.</translation>
    </message>
    <message>
      <source>No database at {path}.</source>
      <translation>База данных не найдена: {path}.</translation>
    </message>
    <message>
      <source>No password given: set {var} or run the command in a terminal.</source>
      <translation>Пароль не указан: задайте переменную {var} или запустите команду в терминале.</translation>
    </message>
    <message>
      <source>No resident with case number {case_number}.</source>
      <translation>Клиент с номером дела {case_number} не найден.</translation>
    </message>
    <message>
      <source>No resident with this id.</source>
      <translation>Клиент с таким идентификатором не найден.</translation>
    </message>
    <message>
      <source>Not a country code: {value}. Use two letters such as KG, KZ or RU.</source>
      <translation>Это не код страны: {value}. Укажите две латинские буквы, например KG, KZ или RU.</translation>
    </message>
    <message>
      <source>Not a language code: {value}. Use two letters such as ky, ru or uz.</source>
      <translation>Это не код языка: {value}. Укажите две латинские буквы, например ky, ru или uz.</translation>
    </message>
    <message>
      <source>Not a valid date: {value}. Use YYYY-MM-DD or DD.MM.YYYY.</source>
      <translation>Неверная дата: {value}. Используйте формат ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
      <source>Not a whole number: {value}.</source>
      <translation>Не целое число: {value}.</translation>
    </message>
    <message>
      <source>Only an identified person has an identification date.</source>
      <translation>Дата идентификации указывается только для идентифицированного лица.</translation>
    </message>
    <message>
      <source>Required when the person is identified under the NRM.</source>
      <translation>Обязательно, если лицо идентифицировано в рамках Национального механизма перенаправления.</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>Обязательное поле.</translation>
    </message>
    <message>
      <source>The account {username} already exists.</source>
      <translation>Учётная запись {username} уже существует.</translation>
    </message>
    <message>
      <source>The current password is wrong.</source>
      <translation>Текущий пароль введён неверно.</translation>
    </message>
    <message>
      <source>The database could not be written: {reason}</source>
      <translation>Не удалось записать данные в базу: {reason}</translation>
    </message>
    <message>
      <source>The database driver is not SQLCipher: refusing to store records unencrypted.</source>
      <translation>Драйвер базы данных — не SQLCipher: хранить записи без шифрования нельзя.</translation>
    </message>
    <message>
      <source>The database file is damaged or does not match its key file.</source>
      <translation>Файл базы данных повреждён или не соответствует файлу ключей.</translation>
    </message>
    <message>
      <source>The database is busy. Try again.</source>
      <translation>База данных занята. Повторите попытку.</translation>
    </message>
    <message>
      <source>The database is read-only: the change was not saved.</source>
      <translation>База данных доступна только для чтения: изменение не сохранено.</translation>
    </message>
    <message>
      <source>The date of birth is after the registration date.</source>
      <translation>Дата рождения позже даты регистрации.</translation>
    </message>
    <message>
      <source>The date {value} is in the future.</source>
      <translation>Дата {value} ещё не наступила.</translation>
    </message>
    <message>
      <source>The date {value} is too early.</source>
      <translation>Дата {value} слишком ранняя.</translation>
    </message>
    <message>
      <source>The disk is full: the change was not saved. Free some space and try again.</source>
      <translation>Диск заполнен: изменение не сохранено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
      <source>The exit date is before the intake date.</source>
      <translation>Дата выбытия раньше даты поступления.</translation>
    </message>
    <message>
      <source>The intake date is before the registration date.</source>
      <translation>Дата поступления раньше даты регистрации.</translation>
    </message>
    <message>
      <source>The intake date overlaps an earlier stay (exit {date}).</source>
      <translation>Дата поступления приходится на предыдущее пребывание (выбытие {date}).</translation>
    </message>
    <message>
      <source>The key file is damaged or is not a key file of this app.</source>
      <translation>Файл ключей повреждён или не относится к этой программе.</translation>
    </message>
    <message>
      <source>The key file is damaged.</source>
      <translation>Файл ключей повреждён.</translation>
    </message>
    <message>
      <source>The key file uses an unknown key derivation: {kdf}.</source>
      <translation>В файле ключей указан неизвестный способ получения ключа: {kdf}.</translation>
    </message>
    <message>
      <source>The key file {path} is missing: the database cannot be opened without it. Restore it from a backup.</source>
      <translation>Файл ключей {path} не найден: без него базу данных открыть нельзя. Восстановите его из резервной копии.</translation>
    </message>
    <message>
      <source>The last director's account cannot be removed.</source>
      <translation>Нельзя удалить последнюю учётную запись директора.</translation>
    </message>
    <message>
      <source>The password must have at least {n} characters.</source>
      <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
      <source>The recovery key has no password to change.</source>
      <translation>У ключа восстановления нет пароля, который можно сменить.</translation>
    </message>
    <message>
      <source>The recovery key is not valid.</source>
      <translation>Неверный ключ восстановления.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
    <message>
      <source>This database is already open in another copy of the app on this computer. Close the other window first.</source>
      <translation>Эта база данных уже открыта в другом окне программы на этом компьютере. Сначала закройте то окно.</translation>
    </message>
    <message>
      <source>This database was saved by a newer version of the app (schema {found}; this version knows up to {known}). Install the newer version to open it.</source>
      <translation>Эта база данных сохранена более новой версией программы (схема {found}; эта версия поддерживает схемы до {known}). Чтобы открыть её, установите новую версию.</translation>
    </message>
    <message>
      <source>This resident has no open stay to discharge.</source>
      <translation>У этого клиента нет текущего пребывания для выбытия.</translation>
    </message>
    <message>
      <source>This resident is already in the shelter: discharge the current stay first.</source>
      <translation>Этот клиент уже находится в приюте: сначала оформите выбытие по текущему пребыванию.</translation>
    </message>
    <message>
      <source>Too long: at most {n} characters.</source>
      <translation>Слишком длинно: не более {n} символов.</translation>
    </message>
    <message>
      <source>Unknown code “{value}”. Allowed: {allowed}.</source>
      <translation>Неизвестный код «{value}». Допустимые значения: {allowed}.</translation>
    </message>
    <message>
      <source>Unknown role: {role}.</source>
      <translation>Неизвестная роль: {role}.</translation>
    </message>
    <message>
      <source>Wrong account or password.</source>
      <translation>Неверная учётная запись или пароль.</translation>
    </message>
    <message>
      <source>You cannot remove your own account.</source>
      <translation>Нельзя удалить свою собственную учётную запись.</translation>
    </message>
    <message>
      <source>Your role does not allow this ({permission}).</source>
      <translation>Ваша роль не даёт на это права ({permission}).</translation>
    </message>
    <message>
      <source>Too many failed attempts. Try again in {seconds} s.</source>
      <translation>Слишком много неудачных попыток. Повторите через {seconds} с.</translation>
    </message>
    <message>
      <source>The database could not be upgraded to schema {number} ({reason}); it was left as it was.</source>
      <translation>Не удалось обновить базу данных до схемы {number} ({reason}); база данных оставлена без изменений.</translation>
    </message>
    <message>
      <source>The disk could not be written (it may be full or failing): the change was not saved.</source>
      <translation>Не удалось записать на диск (возможно, он заполнен или неисправен): изменение не сохранено.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Account</source>
      <translation>Учётная запись</translation>
    </message>
    <message>
      <source>Asylum granted</source>
      <translation>Предоставлено убежище</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Номер дела</translation>
    </message>
    <message>
      <source>Case reference</source>
      <translation>№ уголовного дела</translation>
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
      <source>Consent to data processing (date)</source>
      <translation>Согласие на обработку данных (дата)</translation>
    </message>
    <message>
      <source>Consents to anonymized reporting</source>
      <translation>Согласие на обезличенную отчётность</translation>
    </message>
    <message>
      <source>Country of exploitation</source>
      <translation>Страна эксплуатации</translation>
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
      <source>Date identified (NRM)</source>
      <translation>Дата идентификации (НМП)</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>Инвалидность</translation>
    </message>
    <message>
      <source>Duration (minutes)</source>
      <translation>Длительность (мин)</translation>
    </message>
    <message>
      <source>Estimated birth year</source>
      <translation>Примерный год рождения</translation>
    </message>
    <message>
      <source>Exit date</source>
      <translation>Дата выбытия</translation>
    </message>
    <message>
      <source>Exit reason</source>
      <translation>Причина выбытия</translation>
    </message>
    <message>
      <source>External ID</source>
      <translation>Внешний номер</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Identifying body</source>
      <translation>Идентифицировавший орган</translation>
    </message>
    <message>
      <source>Intake date</source>
      <translation>Дата поступления</translation>
    </message>
    <message>
      <source>Labour sector</source>
      <translation>Отрасль занятости</translation>
    </message>
    <message>
      <source>Languages spoken</source>
      <translation>Владеет языками</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Адвокат</translation>
    </message>
    <message>
      <source>Main form of exploitation</source>
      <translation>Основная форма эксплуатации</translation>
    </message>
    <message>
      <source>Means of control</source>
      <translation>Способы контроля</translation>
    </message>
    <message>
      <source>NRM status</source>
      <translation>Статус в НМП</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
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
      <source>Organisation code</source>
      <translation>Код организации</translation>
    </message>
    <message>
      <source>Organisation name</source>
      <translation>Название организации</translation>
    </message>
    <message>
      <source>Other forms of exploitation</source>
      <translation>Другие формы эксплуатации</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Кто оказал</translation>
    </message>
    <message>
      <source>Recruitment channel</source>
      <translation>Способ вербовки</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>Кем направлен(а)</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>Дата регистрации</translation>
    </message>
    <message>
      <source>Relation to recruiter</source>
      <translation>Кем приходится вербовщик</translation>
    </message>
    <message>
      <source>Residence permit granted</source>
      <translation>Выдан вид на жительство</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Role in proceedings</source>
      <translation>Процессуальный статус</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Комната</translation>
    </message>
    <message>
      <source>Safety notes</source>
      <translation>Заметки о безопасности</translation>
    </message>
    <message>
      <source>Sentence (months)</source>
      <translation>Срок наказания (мес.)</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Услуга</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Пол</translation>
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
      <source>Capacity</source>
      <translation>Вместимость</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Конфиденциальность</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Контакт</translation>
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
      <source>Held by</source>
      <translation>Где находится</translation>
    </message>
    <message>
      <source>Issuing country</source>
      <translation>Страна выдачи</translation>
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
      <source>Kind of place</source>
      <translation>Тип помещения</translation>
    </message>
    <message>
      <source>Moved on</source>
      <translation>Дата переселения</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номер</translation>
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
      <source>Relation</source>
      <translation>Кем приходится</translation>
    </message>
    <message>
      <source>Replacement requested</source>
      <translation>Замена запрошена</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Безопасно связываться</translation>
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
      <source>Valid until</source>
      <translation>Действителен до</translation>
    </message>
  </context>
  <context>
    <name>Verify</name>
    <message>
      <source>Audit log: FAILED — first broken entry: #{entry} ({reason})</source>
      <translation>Журнал аудита: НАРУШЕН — первая повреждённая запись: № {entry} ({reason})</translation>
    </message>
    <message>
      <source>Audit log: ok ({n} entries)</source>
      <translation>Журнал аудита: в порядке (записей: {n})</translation>
    </message>
    <message>
      <source>Database integrity: FAILED</source>
      <translation>Целостность базы данных: НАРУШЕНА</translation>
    </message>
    <message>
      <source>Database integrity: ok</source>
      <translation>Целостность базы данных: в порядке</translation>
    </message>
    <message>
      <source>Encryption (page authentication): ok</source>
      <translation>Шифрование (проверка подлинности страниц): в порядке</translation>
    </message>
    <message>
      <source>altered</source>
      <translation>изменена</translation>
    </message>
    <message>
      <source>altered or an entry before it removed</source>
      <translation>изменена, или удалена предыдущая запись</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>удалена</translation>
    </message>
  </context>
  <context>
    <name>Languages</name>
    <message>
      <source>Arabic</source>
      <translation>Арабский</translation>
    </message>
    <message>
      <source>Bengali</source>
      <translation>Бенгальский</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>Китайский</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Английский</translation>
    </message>
    <message>
      <source>German</source>
      <translation>Немецкий</translation>
    </message>
    <message>
      <source>Hindi</source>
      <translation>Хинди</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>Казахский</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>Корейский</translation>
    </message>
    <message>
      <source>Kyrgyz</source>
      <translation>Кыргызский</translation>
    </message>
    <message>
      <source>Nepali</source>
      <translation>Непальский</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <source>Tajik</source>
      <translation>Таджикский</translation>
    </message>
    <message>
      <source>Turkish</source>
      <translation>Турецкий</translation>
    </message>
    <message>
      <source>Urdu</source>
      <translation>Урду</translation>
    </message>
    <message>
      <source>Uzbek</source>
      <translation>Узбекский</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <source>The name holds an emoji or a symbol.</source>
      <translation>В имени есть эмодзи или символ.</translation>
    </message>
    <message>
      <source>The name holds no letter at all.</source>
      <translation>В имени нет ни одной буквы.</translation>
    </message>
    <message>
      <source>“{word}” mixes Latin and Cyrillic letters in one word: one of them was probably typed on the other keyboard layout, and search will not find it.</source>
      <translation>В слове «{word}» смешаны латинские и кириллические буквы: вероятно, часть набрана в другой раскладке клавиатуры, и поиск его не найдёт.</translation>
    </message>
  </context>
</TS>
