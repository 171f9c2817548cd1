<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Permissions</name>
    <message><source>seeing residents' records</source><translation>кардарлардын карточкаларын көрүү</translation></message>
    <message><source>changing residents' records</source><translation>кардарлардын карточкаларын өзгөртүү</translation></message>
    <message><source>admitting and discharging residents</source><translation>кардарларды жайгаштыруу жана чыгаруу</translation></message>
    <message><source>seeing rehabilitation plans</source><translation>реабилитация пландарын көрүү</translation></message>
    <message><source>drafting rehabilitation plans</source><translation>реабилитация пландарын түзүү</translation></message>
    <message><source>approving rehabilitation plans</source><translation>реабилитация пландарын бекитүү</translation></message>
    <message><source>printing rehabilitation plans</source><translation>реабилитация пландарын басып чыгаруу</translation></message>
    <message><source>seeing services</source><translation>кызматтарды көрүү</translation></message>
    <message><source>logging services</source><translation>кызматтарды каттоо</translation></message>
    <message><source>logging legal aid</source><translation>юридикалык жардамды каттоо</translation></message>
    <message><source>seeing legal cases</source><translation>кылмыш иштерин көрүү</translation></message>
    <message><source>changing legal cases</source><translation>кылмыш иштерин өзгөртүү</translation></message>
    <message><source>statistical returns</source><translation>статистикалык отчёттор</translation></message>
    <message><source>importing registers</source><translation>реестрлерди импорттоо</translation></message>
    <message><source>managing staff accounts</source><translation>кызматкерлердин каттоо эсептерин башкаруу</translation></message>
    <message><source>backups</source><translation>камдык көчүрмөлөр</translation></message>
    <message><source>changing settings</source><translation>жөндөөлөрдү өзгөртүү</translation></message>
    <message><source>reading the audit log</source><translation>аудит журналын окуу</translation></message>
    <message><source>anonymizing or deleting old records</source><translation>эски жазууларды анонимдештирүү же өчүрүү</translation></message>
    <message><source>printing everything held about a person</source><translation>адам тууралуу бардык маалыматты басып чыгаруу</translation></message>
    <message><source>follow-up after the shelter</source><translation>жайдан чыккандан кийинки коштоо</translation></message>
    <message><source>referrals to other organisations</source><translation>башка уюмдарга жолдомолор</translation></message>
    <message><source>compensation and non-punishment</source><translation>компенсация жана жазаланбоо принциби</translation></message>
    <message><source>moving a case to another shelter</source><translation>ишти башка жайга өткөрүп берүү</translation></message>
  </context>
</TS>
