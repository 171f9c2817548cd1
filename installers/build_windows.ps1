# Build the Windows installer in one command, from a fresh checkout:
#
#   powershell -ExecutionPolicy Bypass -File installers\build_windows.ps1
#
# Needs: 64-bit Python 3.11 or newer from python.org (the "py" launcher, or
# -Python <path to python.exe>), and Inno Setup 6.3 or newer
# (https://jrsoftware.org/isdl.php, or "winget install JRSoftware.InnoSetup").
# Everything else is installed into a build environment under build\windows
# (git ignores build/), exactly as pinned in requirements\bundle.lock: pip
# checks every file against its SHA-256 there (--require-hashes), so what
# ships is what was reviewed.
#
# Steps: build environment -> one-folder bundle (PyInstaller) -> self-test in
# the bundle -> installer (Inno Setup) -> sizes and SHA-256 printed.
# Result: build\windows\ShelterCaseManager-Setup-<version>.exe (the version is
# the one in pyproject.toml; it is also written to build\windows\version.txt).
# installers\windows_ci.ps1 runs this and then installs, checks and
# uninstalls the result.
[CmdletBinding()]
param(
    [string]$PythonVersion = "3.11",
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Step([string]$text) { Write-Host "== $text" -ForegroundColor Cyan }
function Check([string]$what) { if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" } }

Step "build environment (build\windows\venv)"
$venvPython = Join-Path $Root "build\windows\venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
    if ($Python) { & $Python -m venv build\windows\venv } else { & py "-$PythonVersion" -m venv build\windows\venv }
    Check "creating the build environment"
}
# Only what the lock file pins, each file checked against its hash. The app
# itself is not installed: PyInstaller takes it from this checkout.
& $venvPython -m pip install --quiet --require-hashes --only-binary=:all: -r requirements\bundle.lock
Check "installing requirements\bundle.lock (--require-hashes)"
$env:PYTHONPATH = $Root
$version = (& $venvPython -c "import shelter_app; print(shelter_app.__version__)").Trim(); Check "reading the version"
Set-Content -Path (Join-Path $Root "build\windows\version.txt") -Value $version -Encoding ascii

Step "bundle $version (PyInstaller, one folder, windowed)"
$dist = Join-Path $Root "build\windows\dist"
$work = Join-Path $Root "build\windows\work"
if (Test-Path "$dist\ShelterCaseManager") { Remove-Item -Recurse -Force "$dist\ShelterCaseManager" }
& $venvPython -m PyInstaller --noconfirm --log-level WARN --distpath $dist --workpath $work installers\shelter_app.spec
Check "PyInstaller"
# From here on only the bundle: its self-test must not find the source.
Remove-Item Env:\PYTHONPATH
$bundle = Join-Path $dist "ShelterCaseManager"
$bytes = (Get-ChildItem -Recurse -File $bundle | Measure-Object -Property Length -Sum).Sum
"unpacked bundle: {0:N1} MB" -f ($bytes / 1MB) | Write-Host

Step "self-test in the bundle"
$env:SHELTER_APP_HOME = Join-Path ([System.IO.Path]::GetTempPath()) ("shelter-selftest-home-" + [guid]::NewGuid())
try {
    & (Join-Path $bundle "shelter-app.exe") --language en --self-test; Check "the self-test"
} finally {
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $env:SHELTER_APP_HOME
    Remove-Item Env:\SHELTER_APP_HOME
}

if ($SkipInstaller) { Write-Host "bundle only: $bundle"; exit 0 }

Step "installer (Inno Setup)"
if (-not $Iscc) {
    $candidates = @(
        (Get-Command ISCC.exe -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source),
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) }
    if (-not $candidates) { throw "Inno Setup 6 not found: install it (winget install JRSoftware.InnoSetup) or pass -Iscc <path to ISCC.exe>" }
    $Iscc = @($candidates)[0]
}
& $Iscc /Q "/DAppVersion=$version" "/DBundleDir=$bundle" "/DOutputDir=$(Join-Path $Root 'build\windows')" installers\ShelterCaseManager.iss
Check "Inno Setup"
$setup = Join-Path $Root "build\windows\ShelterCaseManager-Setup-$version.exe"
"installer: $setup ({0:N1} MB)" -f ((Get-Item $setup).Length / 1MB) | Write-Host
"SHA-256: " + (Get-FileHash -Algorithm SHA256 $setup).Hash | Write-Host
