; The Windows installer for Gambit (64-bit), built with NSIS:
;
;   makensis -DVERSION=0.1.0 -DEXE=path\to\gambit.exe -DOUTFILE=Gambit_0.1.0_x64-setup.exe packaging/windows/gambit.nsi
;
; (the release workflow does this on Windows, packaging/windows/check-wine.sh
; on Linux with Debian's makensis). Installs for all users by default
; (Program Files, HKLM, asks for administrator rights) or for the current
; user only (/CurrentUser, or on the page that asks, when not an
; administrator: %LOCALAPPDATA%\Programs, HKCU). Registers .kam files as
; "Gambit project" with Gambit's icon and a quoted open command, adds a
; Start-menu entry and an uninstaller that takes all of it away again.
; Silent: /S, with /AllUsers or /CurrentUser.

; A 64-bit installer where this NSIS has the 64-bit stubs (Debian's does;
; Wine without 32-bit support runs only such), else a 32-bit one that
; installs the same 64-bit Gambit.
!if /FileExists "${NSISDIR}\Stubs\lzma_solid-amd64-unicode"
  Target amd64-unicode
!else
  Unicode true
!endif
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z (the version in Cargo.toml)"
!endif
!ifndef EXE
  !error "Pass -DEXE=path to the Windows gambit.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "Gambit_${VERSION}_x64-setup.exe"
!endif
; makensis works in the script's folder.
!define ICON "../../assets/icon/gambit.ico"
!define APP "Gambit"
!define PROGID "Gambit.Project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Gambit"

Name "${APP}"
OutFile "${OUTFILE}"
Icon "${ICON}"
UninstallIcon "${ICON}"
BrandingText "Gambit ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Gambit"
VIAddVersionKey "FileDescription" "Gambit installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "The Gambit team"
VIAddVersionKey "LegalCopyright" "The Gambit authors (MIT)"

; All users by default when the user may; otherwise, or when asked, the current user.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "Gambit"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "Software\Gambit"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\Gambit"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
!include MUI2.nsh
!include x64.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\gambit.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Swedish"
!insertmacro MUI_LANGUAGE "Danish"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Gambit needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Gambit"
  SetOutPath "$INSTDIR"
  File "/oname=gambit.exe" "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; .kam files open in Gambit: SHCTX is HKLM for all users, HKCU for one.
  WriteRegStr SHCTX "Software\Classes\.kam" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\.kam" "Content Type" "application/x-gambit-project"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "Gambit project"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\gambit.exe",0'
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\gambit.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\gambit.exe\shell\open\command" "" '"$INSTDIR\gambit.exe" "%1"'
  ; SHCNE_ASSOCCHANGED: Explorer shows the new icon at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  CreateShortcut "$SMPROGRAMS\Gambit.lnk" "$INSTDIR\gambit.exe" "" "$INSTDIR\gambit.exe" 0

  ; Where it is and how it was installed, for the uninstaller and an update.
  WriteRegStr SHCTX "Software\Gambit" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "Software\Gambit" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "Gambit"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "The Gambit team"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\gambit.exe",0'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\gambit.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Gambit.lnk"

  ; .kam is left alone if something else took it over since.
  ReadRegStr $0 SHCTX "Software\Classes\.kam" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey SHCTX "Software\Classes\.kam"
  ${EndIf}
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\gambit.exe"
  DeleteRegKey SHCTX "Software\Gambit"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
