<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Codes</name>
    <message>
      <source>Abduction</source>
      <translation>Ала качуу</translation>
    </message>
    <message>
      <source>Abuse of a position of vulnerability</source>
      <translation>Алсыз абалынан пайдалануу</translation>
    </message>
    <message>
      <source>Abuse of power</source>
      <translation>Бийликти кыянаттык менен пайдалануу</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Кабыл алынды</translation>
    </message>
    <message>
      <source>Awarded</source>
      <translation>Өндүрүлүп берилди</translation>
    </message>
    <message>
      <source>Birth certificate</source>
      <translation>Туулгандыгы тууралуу күбөлүк</translation>
    </message>
    <message>
      <source>Body authorised to identify victims (NRM)</source>
      <translation>Курмандыктарды идентификациялоого ыйгарым укуктуу орган (УКБМ)</translation>
    </message>
    <message>
      <source>Case conference</source>
      <translation>Иш боюнча кеңешме</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Жарандыгы</translation>
    </message>
    <message>
      <source>Claimed</source>
      <translation>Талап коюлду</translation>
    </message>
    <message>
      <source>Closed hearing</source>
      <translation>Жабык сот отуруму</translation>
    </message>
    <message>
      <source>Coercion</source>
      <translation>Мажбурлоо</translation>
    </message>
    <message>
      <source>Consent form</source>
      <translation>Макулдук баракчасы</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Байланыш</translation>
    </message>
    <message>
      <source>Correspondence</source>
      <translation>Кат алышуу</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Туулган күнү</translation>
    </message>
    <message>
      <source>Debt to the trafficker</source>
      <translation>Адамдарды сатуучуга карыз</translation>
    </message>
    <message>
      <source>Deception</source>
      <translation>Алдоо</translation>
    </message>
    <message>
      <source>Document offence</source>
      <translation>Документтерге байланыштуу укук бузуу</translation>
    </message>
    <message>
      <source>Drug offence</source>
      <translation>Баңгизатка байланыштуу кылмыш</translation>
    </message>
    <message>
      <source>Employer</source>
      <translation>Иш берүүчү</translation>
    </message>
    <message>
      <source>Employer or trafficker</source>
      <translation>Иш берүүчү же адамдарды сатуучу</translation>
    </message>
    <message>
      <source>Employer or training</source>
      <translation>Иш берүүчү же окутуу</translation>
    </message>
    <message>
      <source>Exploitation summary</source>
      <translation>Эксплуатация жөнүндө кыскача</translation>
    </message>
    <message>
      <source>Exposure online</source>
      <translation>Интернетте ачыкка чыгуу</translation>
    </message>
    <message>
      <source>Force</source>
      <translation>Күч колдонуу</translation>
    </message>
    <message>
      <source>Fraud</source>
      <translation>Алдамчылык</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Жакшы</translation>
    </message>
    <message>
      <source>Harbouring</source>
      <translation>Жашыруу</translation>
    </message>
    <message>
      <source>Health emergency</source>
      <translation>Ден соолукка шашылыш коркунуч</translation>
    </message>
    <message>
      <source>ID card</source>
      <translation>ID-карта</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Инсандыгын тастыктаган документ</translation>
    </message>
    <message>
      <source>Illegal border crossing</source>
      <translation>Чек арадан мыйзамсыз өтүү</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Окуя</translation>
    </message>
    <message>
      <source>Inconclusive</source>
      <translation>Так эмес</translation>
    </message>
    <message>
      <source>Indicators met</source>
      <translation>Белгилер аныкталды</translation>
    </message>
    <message>
      <source>Indicators not met</source>
      <translation>Белгилер аныкталган жок</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Мекеме</translation>
    </message>
    <message>
      <source>International organisation</source>
      <translation>Эл аралык уюм</translation>
    </message>
    <message>
      <source>Legal representative present</source>
      <translation>Мыйзамдуу өкүл катышты</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Жоголгон</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>Медициналык</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Билдирүү</translation>
    </message>
    <message>
      <source>Migration violation</source>
      <translation>Миграция эрежелерин бузуу</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Муктаждыктар</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Кадимки</translation>
    </message>
    <message>
      <source>Not known if safe</source>
      <translation>Коопсуз экени белгисиз</translation>
    </message>
    <message>
      <source>Not raised</source>
      <translation>Көтөрүлгөн жок</translation>
    </message>
    <message>
      <source>Not reached</source>
      <translation>Байланышуу мүмкүн болгон жок</translation>
    </message>
    <message>
      <source>Not safe to contact</source>
      <translation>Байланышуу коопсуз эмес</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Байкоо</translation>
    </message>
    <message>
      <source>Other administrative offence</source>
      <translation>Башка административдик укук бузуу</translation>
    </message>
    <message>
      <source>Other criminal offence</source>
      <translation>Башка кылмыш</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Төлөндү</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Ата-эне</translation>
    </message>
    <message>
      <source>Partly paid</source>
      <translation>Жарым-жартылай төлөндү</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>Паспорт</translation>
    </message>
    <message>
      <source>Payment to a person in control</source>
      <translation>Көзөмөлдөгөн адамга акы төлөө</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Жооп күтүүдө</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Сүрөт</translation>
    </message>
    <message>
      <source>Pressure to withdraw the complaint</source>
      <translation>Арызды кайтарып алууга кысым</translation>
    </message>
    <message>
      <source>Prostitution (administrative)</source>
      <translation>Сойкулук (административдик)</translation>
    </message>
    <message>
      <source>Psychologist present</source>
      <translation>Психолог катышты</translation>
    </message>
    <message>
      <source>Raised, pending</source>
      <translation>Көтөрүлдү, чечим күтүлүүдө</translation>
    </message>
    <message>
      <source>Re-trafficking indicated</source>
      <translation>Кайра сатылуунун белгилери</translation>
    </message>
    <message>
      <source>Reached, at risk</source>
      <translation>Байланыш бар, коркунуч бар</translation>
    </message>
    <message>
      <source>Reached, stable</source>
      <translation>Байланыш бар, абалы туруктуу</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Кабыл алуу</translation>
    </message>
    <message>
      <source>Recruitment</source>
      <translation>Тартуу</translation>
    </message>
    <message>
      <source>Referred for identification</source>
      <translation>Идентификациялоого жөнөтүлдү</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Четке кагылды</translation>
    </message>
    <message>
      <source>Relative</source>
      <translation>Тууган</translation>
    </message>
    <message>
      <source>Restricted</source>
      <translation>Чектелген жеткиликтүүлүк</translation>
    </message>
    <message>
      <source>Risk of self-harm</source>
      <translation>Өзүнө зыян келтирүү коркунучу</translation>
    </message>
    <message>
      <source>Safe to contact</source>
      <translation>Байланышуу коопсуз</translation>
    </message>
    <message>
      <source>Screened, indicators met</source>
      <translation>Алгачкы баалоо: белгилер аныкталды</translation>
    </message>
    <message>
      <source>Serious concerns</source>
      <translation>Олуттуу кооптонуулар</translation>
    </message>
    <message>
      <source>Single interview</source>
      <translation>Бир жолку сурак</translation>
    </message>
    <message>
      <source>Some concerns</source>
      <translation>Айрым кооптонуулар бар</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Мамлекет</translation>
    </message>
    <message>
      <source>State body</source>
      <translation>Мамлекеттик орган</translation>
    </message>
    <message>
      <source>State guardian</source>
      <translation>Мамлекеттик камкорчу</translation>
    </message>
    <message>
      <source>The resident</source>
      <translation>Кардардын өзүндө</translation>
    </message>
    <message>
      <source>The shelter</source>
      <translation>Баш калкалоочу жай</translation>
    </message>
    <message>
      <source>The trafficker has made contact</source>
      <translation>Адамдарды сатуучу байланышка чыккан</translation>
    </message>
    <message>
      <source>The trafficker knows where the person is</source>
      <translation>Адамдарды сатуучу жайгашкан жерин билет</translation>
    </message>
    <message>
      <source>Theft or fraud</source>
      <translation>Уурулук же алдамчылык</translation>
    </message>
    <message>
      <source>Threat</source>
      <translation>Коркутуу</translation>
    </message>
    <message>
      <source>Threats to the family</source>
      <translation>Үй-бүлөгө коркутуулар</translation>
    </message>
    <message>
      <source>Trafficker</source>
      <translation>Адамдарды сатуучу</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Өткөрүп берүү</translation>
    </message>
    <message>
      <source>Transportation</source>
      <translation>Ташуу</translation>
    </message>
    <message>
      <source>Travel document</source>
      <translation>Жол жүрүүчү документ</translation>
    </message>
    <message>
      <source>Video testimony</source>
      <translation>Видео байланыш аркылуу көрсөтмө</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Баруу</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Кайтарылып алынды</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <source>keeping the organisations directory</source>
      <translation>уюмдар маалымдамасын жүргүзүү</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Organisation added to the directory</source>
      <translation>Уюм маалымдамага кошулду</translation>
    </message>
    <message>
      <source>Organisation in the directory changed</source>
      <translation>Маалымдамадагы уюм өзгөртүлдү</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>No such organisation.</source>
      <translation>Мындай уюм жок.</translation>
    </message>
  </context>
</TS>
