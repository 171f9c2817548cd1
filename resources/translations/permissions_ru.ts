<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Permissions</name>
    <message><source>seeing residents' records</source><translation>просмотр карточек клиентов</translation></message>
    <message><source>changing residents' records</source><translation>изменение карточек клиентов</translation></message>
    <message><source>admitting and discharging residents</source><translation>приём и выбытие клиентов</translation></message>
    <message><source>seeing rehabilitation plans</source><translation>просмотр планов реабилитации</translation></message>
    <message><source>drafting rehabilitation plans</source><translation>составление планов реабилитации</translation></message>
    <message><source>approving rehabilitation plans</source><translation>утверждение планов реабилитации</translation></message>
    <message><source>printing rehabilitation plans</source><translation>печать планов реабилитации</translation></message>
    <message><source>seeing services</source><translation>просмотр услуг</translation></message>
    <message><source>logging services</source><translation>запись услуг</translation></message>
    <message><source>logging legal aid</source><translation>запись юридической помощи</translation></message>
    <message><source>seeing legal cases</source><translation>просмотр уголовных дел</translation></message>
    <message><source>changing legal cases</source><translation>изменение уголовных дел</translation></message>
    <message><source>statistical returns</source><translation>статистические отчёты</translation></message>
    <message><source>importing registers</source><translation>импорт реестров</translation></message>
    <message><source>managing staff accounts</source><translation>управление учётными записями сотрудников</translation></message>
    <message><source>backups</source><translation>резервные копии</translation></message>
    <message><source>changing settings</source><translation>изменение настроек</translation></message>
    <message><source>reading the audit log</source><translation>просмотр журнала аудита</translation></message>
    <message><source>anonymizing or deleting old records</source><translation>обезличивание или удаление старых записей</translation></message>
    <message><source>printing everything held about a person</source><translation>печать всех сведений о человеке</translation></message>
    <message><source>follow-up after the shelter</source><translation>сопровождение после выхода из приюта</translation></message>
    <message><source>referrals to other organisations</source><translation>направления в другие организации</translation></message>
    <message><source>compensation and non-punishment</source><translation>компенсация и принцип ненаказания</translation></message>
    <message><source>moving a case to another shelter</source><translation>передача дела в другой приют</translation></message>
  </context>
</TS>
