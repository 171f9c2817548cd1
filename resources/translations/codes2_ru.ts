<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Codes</name>
    <message>
      <source>Abduction</source>
      <translation>Похищение</translation>
    </message>
    <message>
      <source>Abuse of a position of vulnerability</source>
      <translation>Использование уязвимого положения</translation>
    </message>
    <message>
      <source>Abuse of power</source>
      <translation>Злоупотребление властью</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Принято</translation>
    </message>
    <message>
      <source>Awarded</source>
      <translation>Присуждено</translation>
    </message>
    <message>
      <source>Birth certificate</source>
      <translation>Свидетельство о рождении</translation>
    </message>
    <message>
      <source>Body authorised to identify victims (NRM)</source>
      <translation>Орган, уполномоченный идентифицировать жертв (НМП)</translation>
    </message>
    <message>
      <source>Case conference</source>
      <translation>Обсуждение случая</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <source>Claimed</source>
      <translation>Заявлено</translation>
    </message>
    <message>
      <source>Closed hearing</source>
      <translation>Закрытое заседание</translation>
    </message>
    <message>
      <source>Coercion</source>
      <translation>Принуждение</translation>
    </message>
    <message>
      <source>Consent form</source>
      <translation>Бланк согласия</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Контакт</translation>
    </message>
    <message>
      <source>Correspondence</source>
      <translation>Переписка</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <source>Debt to the trafficker</source>
      <translation>Долг перед торговцем людьми</translation>
    </message>
    <message>
      <source>Deception</source>
      <translation>Обман</translation>
    </message>
    <message>
      <source>Document offence</source>
      <translation>Правонарушение с документами</translation>
    </message>
    <message>
      <source>Drug offence</source>
      <translation>Преступление, связанное с наркотиками</translation>
    </message>
    <message>
      <source>Employer</source>
      <translation>Работодатель</translation>
    </message>
    <message>
      <source>Employer or trafficker</source>
      <translation>Работодатель или торговец людьми</translation>
    </message>
    <message>
      <source>Employer or training</source>
      <translation>Работодатель или обучение</translation>
    </message>
    <message>
      <source>Exploitation summary</source>
      <translation>Кратко об эксплуатации</translation>
    </message>
    <message>
      <source>Exposure online</source>
      <translation>Раскрытие в интернете</translation>
    </message>
    <message>
      <source>Force</source>
      <translation>Применение силы</translation>
    </message>
    <message>
      <source>Fraud</source>
      <translation>Мошенничество</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Хорошо</translation>
    </message>
    <message>
      <source>Harbouring</source>
      <translation>Укрывательство</translation>
    </message>
    <message>
      <source>Health emergency</source>
      <translation>Угроза здоровью, требующая срочной помощи</translation>
    </message>
    <message>
      <source>ID card</source>
      <translation>ID-карта</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
      <source>Illegal border crossing</source>
      <translation>Незаконное пересечение границы</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Происшествие</translation>
    </message>
    <message>
      <source>Inconclusive</source>
      <translation>Неясно</translation>
    </message>
    <message>
      <source>Indicators met</source>
      <translation>Признаки выявлены</translation>
    </message>
    <message>
      <source>Indicators not met</source>
      <translation>Признаки не выявлены</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>International organisation</source>
      <translation>Международная организация</translation>
    </message>
    <message>
      <source>Legal representative present</source>
      <translation>Присутствовал законный представитель</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Утерян</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>Медицинский</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Сообщение</translation>
    </message>
    <message>
      <source>Migration violation</source>
      <translation>Нарушение миграционных правил</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Потребности</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Обычная</translation>
    </message>
    <message>
      <source>Not known if safe</source>
      <translation>Неизвестно, безопасно ли</translation>
    </message>
    <message>
      <source>Not raised</source>
      <translation>Не заявлялся</translation>
    </message>
    <message>
      <source>Not reached</source>
      <translation>Не удалось связаться</translation>
    </message>
    <message>
      <source>Not safe to contact</source>
      <translation>Связываться небезопасно</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Наблюдение</translation>
    </message>
    <message>
      <source>Other administrative offence</source>
      <translation>Другое административное правонарушение</translation>
    </message>
    <message>
      <source>Other criminal offence</source>
      <translation>Другое преступление</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Выплачено</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Родитель</translation>
    </message>
    <message>
      <source>Partly paid</source>
      <translation>Выплачено частично</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Паспорт</translation>
    </message>
    <message>
      <source>Payment to a person in control</source>
      <translation>Подкуп лица, контролирующего другое лицо</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Ожидает ответа</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Фото</translation>
    </message>
    <message>
      <source>Pressure to withdraw the complaint</source>
      <translation>Давление с целью отзыва заявления</translation>
    </message>
    <message>
      <source>Prostitution (administrative)</source>
      <translation>Проституция (административное)</translation>
    </message>
    <message>
      <source>Psychologist present</source>
      <translation>Присутствовал психолог</translation>
    </message>
    <message>
      <source>Raised, pending</source>
      <translation>Заявлен, решение ожидается</translation>
    </message>
    <message>
      <source>Re-trafficking indicated</source>
      <translation>Признаки повторной торговли людьми</translation>
    </message>
    <message>
      <source>Reached, at risk</source>
      <translation>Связь есть, есть риск</translation>
    </message>
    <message>
      <source>Reached, stable</source>
      <translation>Связь есть, положение стабильное</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Получение</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>Вербовка</translation>
    </message>
    <message>
      <source>Referred for identification</source>
      <translation>Направлен(а) на идентификацию</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Отклонено</translation>
    </message>
    <message>
      <source>Relative</source>
      <translation>Родственник</translation>
    </message>
    <message>
      <source>Restricted</source>
      <translation>Ограниченного доступа</translation>
    </message>
    <message>
      <source>Risk of self-harm</source>
      <translation>Риск самоповреждения</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Связываться безопасно</translation>
    </message>
    <message>
      <source>Screened, indicators met</source>
      <translation>Первичная оценка: признаки выявлены</translation>
    </message>
    <message>
      <source>Serious concerns</source>
      <translation>Серьёзные опасения</translation>
    </message>
    <message>
      <source>Single interview</source>
      <translation>Однократный допрос</translation>
    </message>
    <message>
      <source>Some concerns</source>
      <translation>Есть опасения</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Государство</translation>
    </message>
    <message>
      <source>State body</source>
      <translation>Государственный орган</translation>
    </message>
    <message>
      <source>State guardian</source>
      <translation>Государственный опекун</translation>
    </message>
    <message>
      <source>The resident</source>
      <translation>Сам(а) клиент(ка)</translation>
    </message>
    <message>
      <source>The shelter</source>
      <translation>Приют</translation>
    </message>
    <message>
      <source>The trafficker has made contact</source>
      <translation>Торговец людьми выходил на связь</translation>
    </message>
    <message>
      <source>The trafficker knows where the person is</source>
      <translation>Торговцу людьми известно местонахождение</translation>
    </message>
    <message>
      <source>Theft or fraud</source>
      <translation>Кража или мошенничество</translation>
    </message>
    <message>
      <source>Threat</source>
      <translation>Угроза</translation>
    </message>
    <message>
      <source>Threats to the family</source>
      <translation>Угрозы семье</translation>
    </message>
    <message>
      <source>Trafficker</source>
      <translation>Торговец людьми</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Передача</translation>
    </message>
    <message>
      <source>Transportation</source>
      <translation>Перевозка</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>Проездной документ</translation>
    </message>
    <message>
      <source>Video testimony</source>
      <translation>Показания по видеосвязи</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Визит</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Отозвано</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <source>keeping the organisations directory</source>
      <translation>ведение справочника организаций</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Organisation added to the directory</source>
      <translation>Организация добавлена в справочник</translation>
    </message>
    <message>
      <source>Organisation in the directory changed</source>
      <translation>Организация в справочнике изменена</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>No such organisation.</source>
      <translation>Такой организации нет.</translation>
    </message>
  </context>
</TS>
