; Inno Setup 6 script: the Windows installer of the shelter case manager.
;
;   build_windows.ps1 builds the bundle and then runs:
;   ISCC.exe /DAppVersion=<version> /DBundleDir=..\build\windows\dist\ShelterCaseManager installers\ShelterCaseManager.iss
;
; The version comes from pyproject.toml (the only place it is written), through
; build_windows.ps1; it names the installer: ShelterCaseManager-Setup-<version>.exe.
;
; Per user, without administrator rights (PrivilegesRequired=lowest): the
; program goes to %LOCALAPPDATA%\Programs\Shelter Case Manager, a Start-menu
; entry is added, and the uninstaller removes the program only. The data
; folder, %LOCALAPPDATA%\ShelterCaseManager (the database, its key file, the
; backups, preferences and logs; see shelter_app/paths.py), is never listed
; here, so it stays where it is after an uninstall or an upgrade.

#ifndef AppVersion
  #error AppVersion is not given: build with installers\build_windows.ps1, which passes the version of pyproject.toml
#endif
#ifndef BundleDir
  #define BundleDir "..\build\windows\dist\ShelterCaseManager"
#endif
#ifndef OutputDir
  #define OutputDir "..\build\windows"
#endif
#define AppName "Shelter Case Manager"
#define AppExe "ShelterCaseManager.exe"
#define CliExe "shelter-app.exe"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6B0E2C1D-5A4F-4E0B-9C61-2F7D3A9E8B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Shelter Case Manager project
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=ShelterCaseManager-Setup-{#AppVersion}
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
; Close a running copy before replacing its files (Windows Restart Manager).
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ShowLanguageDialog=yes
UsePreviousLanguage=no

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup ships no Kyrgyz: the wizard's own buttons stay in Russian, what
; is ours (and the main pages' titles) is in Kyrgyz (kyrgyz.isl).
Name: "ky"; MessagesFile: "compiler:Languages\Russian.isl,kyrgyz.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.StartMenuName=Shelter case manager
ru.StartMenuName=Учёт случаев приюта
ky.StartMenuName=Баш калкалоочу жайдын иштерин эсепке алуу
en.SelfTestName=Check the installation
ru.SelfTestName=Проверить установку
ky.SelfTestName=Орнотууну текшерүү
en.DesktopIcon=Create a shortcut on the desktop
ru.DesktopIcon=Создать ярлык на рабочем столе
ky.DesktopIcon=Иш столунда ярлык түзүү
en.Checking=Checking the installation (self-test)...
ru.Checking=Проверка установки (самопроверка)...
ky.Checking=Орнотуу текшерилүүдө (өзүн-өзү текшерүү)...
en.SelfTestFailed=The installation check failed. The program may not work on this computer. Please send the log folder %1 to the person who supports the program.
ru.SelfTestFailed=Проверка установки не пройдена. Программа может не работать на этом компьютере. Отправьте папку журнала %1 человеку, который сопровождает программу.
ky.SelfTestFailed=Орнотууну текшерүү ийгиликсиз аяктады. Программа бул компьютерде иштебей калышы мүмкүн. Журнал папкасын %1 программаны тейлеген адамга жөнөтүңүз.
en.DataKept=Your database, key file and backups are kept in %1. Delete that folder yourself only if you are sure you no longer need the records.
ru.DataKept=Ваша база данных, файл ключей и резервные копии остаются в папке %1. Удаляйте её сами, только если уверены, что записи больше не нужны.
ky.DataKept=Маалымат базаңыз, ачкыч файлы жана камдык көчүрмөлөр %1 папкасында калат. Жазуулар мындан ары керек эмес экенине толук ишенсеңиз гана, аны өзүңүз өчүрүңүз.
en.LaunchApp=Open the shelter case manager now
ru.LaunchApp=Открыть программу сейчас
ky.LaunchApp=Программаны азыр ачуу

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole one-folder bundle. Nothing from the data folder is ever here.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:StartMenuName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:StartMenuName} - {cm:SelfTestName}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --self-test"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{cm:StartMenuName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only inside the program's folder: Python may leave caches there.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
Type: dirifempty; Name: "{app}"

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\ShelterCaseManager');
end;

function AppLanguage(): String;
begin
  Result := ActiveLanguage();  { 'en', 'ru' or 'ky': the app's own codes }
end;

{ The app opens in the language chosen here, unless the person already chose one. }
procedure RememberLanguage();
var
  Prefs: String;
begin
  Prefs := DataFolder() + '\preferences.json';
  if not FileExists(Prefs) then
  begin
    ForceDirectories(DataFolder());
    SaveStringToFile(Prefs, '{"language": "' + AppLanguage() + '"}', False);
  end;
end;

{ The same check a person runs by hand: a throwaway database in a temporary
  folder, a plan printed to PDF, a return written. Nothing of theirs is touched. }
procedure RunSelfTest();
var
  ResultCode: Integer;
begin
  WizardForm.StatusLabel.Caption := CustomMessage('Checking');
  if not Exec(ExpandConstant('{app}\{#CliExe}'), '--self-test --language ' + AppLanguage(), ExpandConstant('{app}'),
              SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
  begin
    Log('Self-test failed, exit code ' + IntToStr(ResultCode));
    if not WizardSilent() then
      MsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [DataFolder() + '\Logs']), mbError, MB_OK);
  end
  else
    Log('Self-test passed');
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    RememberLanguage();
    RunSelfTest();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
