# Check the Windows installer end to end, as a person installing it would,
# on a Windows PC or on a CI runner (the .github/workflows/ci.yml Windows job
# runs exactly this):
#
#   powershell -ExecutionPolicy Bypass -File installers\windows_ci.ps1
#
# Steps:
#   1. Inno Setup: used if installed, else installed with Chocolatey (choco,
#      which CI runners have) or, with -InstallInnoSetup winget, with winget.
#   2. build_windows.ps1: the build environment from requirements\bundle.lock
#      (hashes checked), the one-folder bundle, its self-test, the installer.
#   3. Silent install for this Windows user only (no administrator), as an IT
#      person would: Setup.exe /VERYSILENT /SUPPRESSMSGBOXES (the script
#      itself asks for no administrator: PrivilegesRequired=lowest).
#   4. The installed program's own self-test (shelter-app.exe --self-test),
#      and a real database made in the real data folder with the installed
#      program (init), as a shelter's first start would.
#   5. Silent uninstall; then the program folder is gone and the data folder
#      (database, key file, preferences) is still there, byte for byte.
#
# Exits non-zero at the first step that fails and says which. It installs and
# uninstalls for the Windows account that runs it: on a PC that already has
# the program, run it under a spare account (it refuses to run over an
# existing data folder unless -AllowExistingData is given).
# Result: build\windows\ShelterCaseManager-Setup-<version>.exe (checked).
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$PythonVersion = "3.11",
    [ValidateSet("choco", "winget", "none")]
    [string]$InstallInnoSetup = "choco",
    [switch]$AllowExistingData
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Step([string]$text) { Write-Host "== $text" -ForegroundColor Cyan }
function Fail([string]$text) { Write-Host "FAILED: $text" -ForegroundColor Red; exit 1 }
function Check([string]$what) { if ($LASTEXITCODE -ne 0) { Fail "$what (exit code $LASTEXITCODE)" } }

$DataFolder = Join-Path $env:LOCALAPPDATA "ShelterCaseManager"
$AppFolder = Join-Path $env:LOCALAPPDATA "Programs\Shelter Case Manager"
if ((Test-Path $DataFolder) -and -not $AllowExistingData) {
    Fail "$DataFolder exists: this account already has shelter data. Run under a spare Windows account, or pass -AllowExistingData."
}

Step "1. Inno Setup"
function Find-Iscc {
    @(
        (Get-Command ISCC.exe -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source),
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
$iscc = Find-Iscc
if (-not $iscc) {
    switch ($InstallInnoSetup) {
        "choco" { & choco install innosetup --yes --no-progress; Check "choco install innosetup" }
        "winget" {
            & winget install --id JRSoftware.InnoSetup --exact --silent --accept-package-agreements --accept-source-agreements
            Check "winget install JRSoftware.InnoSetup"
        }
        default { Fail "Inno Setup 6 is not installed (winget install JRSoftware.InnoSetup)" }
    }
    $iscc = Find-Iscc
    if (-not $iscc) { Fail "Inno Setup was installed but ISCC.exe is not found" }
}
Write-Host "ISCC: $iscc"

Step "2. bundle and installer (build_windows.ps1)"
$buildArgs = @{ Iscc = $iscc; PythonVersion = $PythonVersion }
if ($Python) { $buildArgs.Python = $Python }
& (Join-Path $PSScriptRoot "build_windows.ps1") @buildArgs
if (-not $?) { Fail "build_windows.ps1" }
$version = (Get-Content (Join-Path $Root "build\windows\version.txt") -Raw).Trim()
$setup = Join-Path $Root "build\windows\ShelterCaseManager-Setup-$version.exe"
if (-not (Test-Path $setup)) { Fail "no installer at $setup" }

Step "3. silent install for this user ($setup)"
$installLog = Join-Path $Root "build\windows\install.log"
$p = Start-Process -FilePath $setup -Wait -PassThru -ArgumentList @(
    "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LANG=en", "/LOG=`"$installLog`"")
if ($p.ExitCode -ne 0) { Get-Content $installLog -ErrorAction SilentlyContinue | Write-Host; Fail "silent install (exit code $($p.ExitCode))" }
$cli = Join-Path $AppFolder "shelter-app.exe"
foreach ($exe in @($cli, (Join-Path $AppFolder "ShelterCaseManager.exe"))) {
    if (-not (Test-Path $exe)) { Fail "not installed: $exe" }
}
if (-not (Select-String -Path $installLog -Pattern "Self-test passed" -Quiet)) {
    Get-Content $installLog | Write-Host; Fail "the installer's own self-test did not pass"
}
$prefs = Join-Path $DataFolder "preferences.json"
if (-not (Test-Path $prefs)) { Fail "the installer did not remember the language in $prefs" }

Step "4. the installed program: --self-test, then a real database in the data folder"
& $cli --language en --self-test; Check "the installed program's self-test"
$db = Join-Path $DataFolder "shelter.db"
if (-not (Test-Path $db)) {
    $env:SHELTER_APP_PASSWORD = "ci-director-" + [guid]::NewGuid()
    try {
        & $cli --language en init --db $db --organisation-code KG-NGO-0001 --organisation-name "CI Synthetic Shelter" --director dina
        Check "init with the installed program"
        & $cli --language en verify --db $db --user dina; Check "verify with the installed program"
    } finally { Remove-Item Env:\SHELTER_APP_PASSWORD }
}
$kept = @($db, "$db.keys", $prefs)
$before = @{}
foreach ($f in $kept) {
    if (-not (Test-Path $f)) { Fail "missing before the uninstall: $f" }
    $before[$f] = (Get-FileHash -Algorithm SHA256 $f).Hash
}

Step "5. silent uninstall; the data folder stays"
$uninstaller = Get-ChildItem $AppFolder -Filter "unins*.exe" | Select-Object -First 1
if (-not $uninstaller) { Fail "no uninstaller in $AppFolder" }
$p = Start-Process -FilePath $uninstaller.FullName -Wait -PassThru -ArgumentList @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
if ($p.ExitCode -ne 0) { Fail "silent uninstall (exit code $($p.ExitCode))" }
# The uninstaller hands over to a copy of itself in a temporary folder and
# returns at once: wait until it has removed the program.
$deadline = (Get-Date).AddMinutes(3)
while ((Test-Path (Join-Path $AppFolder "ShelterCaseManager.exe")) -and (Get-Date) -lt $deadline) { Start-Sleep -Seconds 1 }
if (Test-Path (Join-Path $AppFolder "ShelterCaseManager.exe")) { Fail "the program is still installed after the uninstall" }
foreach ($f in $kept) {
    if (-not (Test-Path $f)) { Fail "the uninstall deleted $f" }
    if ((Get-FileHash -Algorithm SHA256 $f).Hash -ne $before[$f]) { Fail "the uninstall changed $f" }
}
Write-Host "kept after the uninstall: $($kept -join ', ')"
Write-Host "== the installer passed: $setup" -ForegroundColor Green
