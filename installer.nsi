; MSEK Desktop: the Windows installer (NSIS 3), wrapping the folder installer.spec builds.
;
;   pyinstaller installer.spec --noconfirm
;   makensis -DDISTDIR=dist\msek-desktop -DVERSION=0.1.0 installer.nsi
;       ->  dist\MSEK-Desktop-0.1.0-win64.exe          (-DOUTFILE=... to choose the name)
;
; On Windows that is the real installer. CI on Linux also runs this script through Debian's
; makensis against the Linux-built folder (packaging/smoke_bundle.sh): the .exe it makes holds
; Linux files and is only a check that the script compiles and packs the folder, never a
; program to ship. .github/workflows/windows.yml builds the real one on Windows.
;
; Per user, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\MSEK Desktop, shortcuts to the user's Start menu and desktop, the
; uninstaller is registered under HKCU. The user's data (database, backups, logs) lives
; elsewhere, in %LOCALAPPDATA%\MSEK\MSEK Desktop: neither an upgrade nor the uninstaller
; ever touches it.

Unicode true
; lzma makes the smallest installer; the Linux check passes -DCOMPRESSOR=zlib (much faster).
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
RequestExecutionLevel user

!ifndef DISTDIR
  !error "Pass the built folder: makensis -DDISTDIR=dist\msek-desktop -DVERSION=x.y.z installer.nsi"
!endif
!ifndef VERSION
  !error "Pass the version: -DVERSION=x.y.z (msek --version)"
!endif
!ifndef OUTFILE
  !define OUTFILE "dist\MSEK-Desktop-${VERSION}-win64.exe"
!endif
; Windows file properties want four numbers.
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif

!define APP "MSEK Desktop"
!define PUBLISHER "MSEK - Maison de Saint-Étienne à Katowice"
!define GUI_EXE "msek-desktop.exe"
!define CLI_EXE "msek.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\MSEK Desktop"
; The user's data folder (platformdirs user_data_dir("MSEK Desktop", "MSEK")): never removed.
!define DATA_DIR "$LOCALAPPDATA\MSEK\${APP}"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
; Upgrade in place: reuse the folder of the installed version.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MSEK"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "resources\icons\msek.ico"
!define MUI_UNICON "resources\icons\msek.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first is used when Windows speaks none of them.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Polish"

LangString CloseApp ${LANG_ENGLISH} "Close ${APP} (and any msek command window), then press Retry."
LangString CloseApp ${LANG_FRENCH} "Fermez ${APP} (et toute fenêtre de commande msek), puis cliquez sur Réessayer."
LangString CloseApp ${LANG_POLISH} "Zamknij ${APP} (i okna poleceń msek), a następnie kliknij Ponów."
LangString NotHere ${LANG_ENGLISH} "This folder holds the ${APP} database. Choose another folder for the program."
LangString NotHere ${LANG_FRENCH} "Ce dossier contient la base de données de ${APP}. Choisissez un autre dossier pour le programme."
LangString NotHere ${LANG_POLISH} "Ten folder zawiera bazę danych ${APP}. Wybierz inny folder dla programu."
LangString DataKept ${LANG_ENGLISH} "Your database and backups are kept in ${DATA_DIR}."
LangString DataKept ${LANG_FRENCH} "Votre base de données et vos sauvegardes sont conservées dans ${DATA_DIR}."
LangString DataKept ${LANG_POLISH} "Twoja baza danych i kopie zapasowe pozostają w ${DATA_DIR}."

; The program's own files, and only those: never RMDir /r $INSTDIR, which a user may have
; pointed at a folder holding other things.
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  ; the names the Linux check build has (no .exe)
  Delete "$INSTDIR\msek-desktop"
  Delete "$INSTDIR\msek"
!macroend

; A running program locks its .exe: ask to close it until the file can be removed.
!macro WaitUntilClosedFunction PREFIX
  Function ${PREFIX}WaitUntilClosed
    retry:
    ClearErrors
    IfFileExists "$INSTDIR\${GUI_EXE}" 0 +2
      Delete "$INSTDIR\${GUI_EXE}"
    IfFileExists "$INSTDIR\${CLI_EXE}" 0 +2
      Delete "$INSTDIR\${CLI_EXE}"
    IfErrors 0 closed
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CloseApp)" /SD IDCANCEL IDRETRY retry
      Abort
    closed:
  FunctionEnd
!macroend
!insertmacro WaitUntilClosedFunction ""
!insertmacro WaitUntilClosedFunction "un."

Function .onVerifyInstDir
  ; Never install over the data folder (an uninstall would then remove the database's
  ; neighbours, an upgrade would mix program and data).
  IfFileExists "$INSTDIR\msek.db" 0 +2
    Abort
FunctionEnd

Function .onInit
  SetShellVarContext current
  IfFileExists "$INSTDIR\msek.db" 0 +3
    MessageBox MB_OK|MB_ICONSTOP "$(NotHere)" /SD IDOK
    StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP}"
FunctionEnd

Section "${APP}" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"

  ; Upgrade in place: the old version's files go first (a library the new version no longer
  ; ships must not linger in _internal), then the new ones. User data is elsewhere.
  Call WaitUntilClosed
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\uninstall.exe"

  File /r "${DISTDIR}\*"
  File "/oname=$INSTDIR\msek.ico" "resources\icons\msek.ico"

  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\msek.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.WaitUntilClosed
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\msek.ico"
  Delete "$INSTDIR\uninstall.exe"
  ; Only if empty: anything else the user put there stays.
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ; ${DATA_DIR} (msek.db, its backups, Logs) and the settings under HKCU\Software\MSEK are
  ; deliberately left alone: reinstalling finds everything as it was.
  DetailPrint "$(DataKept)"
SectionEnd
