; Kyrgyz for the pages of the Inno Setup wizard a director reads; every other
; message falls back to Russian.isl (listed first in ShelterCaseManager.iss).

[LangOptions]
LanguageName=Кыргызча
LanguageID=$0440
LanguageCodePage=0

[Messages]
SetupAppTitle=Орнотуу
SetupWindowTitle=Орнотуу — %1
ButtonNext=&Кийинки >
ButtonBack=< &Артка
ButtonInstall=&Орнотуу
ButtonCancel=Жокко чыгаруу
ButtonFinish=&Бүтүрүү
ButtonYes=&Ооба
ButtonNo=&Жок
WelcomeLabel1=[name] программасын орнотуу
WelcomeLabel2=Бул программа компьютериңизге [name/ver] орнотот.%n%nУлантуудан мурун башка программаларды жабуу сунушталат.
SelectLanguageTitle=Орнотуунун тилин тандаңыз
SelectLanguageLabel=Орнотуу учурунда колдонула турган тилди тандаңыз:
WizardSelectDir=Орнотуу папкасын тандаңыз
SelectDirDesc=[name] кайсы папкага орнотулат?
WizardSelectTasks=Кошумча тапшырмалар
SelectTasksDesc=Дагы эмне кылуу керек?
WizardReady=Орнотууга даяр
ReadyLabel1=[name] программасын компьютериңизге орнотууга баары даяр.
ReadyLabel2a=Орнотууну баштоо үчүн «Орнотуу» баскычын басыңыз.
WizardInstalling=Орнотулууда
InstallingLabel=[name] компьютериңизге орнотулуп жатат, күтө туруңуз.
FinishedHeadingLabel=[name] орнотуу аяктады
FinishedLabel=[name] компьютериңизге орнотулду. Программаны Баштоо менюсунан ачсаңыз болот.
ConfirmUninstall=%1 жана анын бардык бөлүктөрүн өчүрөсүзбү?
UninstalledAll=%1 компьютериңизден өчүрүлдү.
ExitSetupTitle=Орнотуудан чыгуу
ExitSetupMessage=Орнотуу аягына чыккан жок. Азыр чыксаңыз, программа орнотулбай калат.%n%nОрнотуудан чыгасызбы?
