; Inno Setup 6 script: installs the PyInstaller one-folder build (dist\intake-app) per machine.
; Build it with packaging\windows\build_installer.py, which passes the version from
; intake_app/__init__.py and, when asked, the signing command:
;     ISCC /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 [/DSignToolName=intakesign "/Sintakesign=signtool sign ... $f"] intake-app.iss
; Compiled, installed and uninstalled silently by .github/workflows/windows.yml.
; Silent switches (docs/installing.md): setup /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; [/OFFICERSGROUP=DOMAIN\Group]; unins000.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/DELETEDATA].

#ifndef AppVersion
  #error Pass the version from pyproject.toml: ISCC /DAppVersion=x.y.z (build_installer.py does)
#endif
#ifndef AppNumericVersion
  ; Windows' version resource takes four numbers only: 0.2.0rc1 is stamped 0.2.0.0.
  #define AppNumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\intake-app"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif

[Setup]
; Never change the AppId: upgrades and the uninstaller find the installation by it.
AppId={{6E0C2B7A-3F1D-4C55-9A3B-7D2E8F41A9C3}
AppName=Intake-app
AppVersion={#AppVersion}
AppVerName=Intake-app {#AppVersion}
AppPublisher=The intake app team
VersionInfoVersion={#AppNumericVersion}
; Per machine, under Program Files: officers cannot change the program, only the administrator.
PrivilegesRequired=admin
DefaultDirName={autopf}\Intake-app
DisableDirPage=yes
DefaultGroupName=Intake-app
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=intake-app-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\intake-app.exe
UninstallDisplayName=Intake-app {#AppVersion}
; An upgrade never closes a running app (an interview could be open): the app holds these
; mutexes (intake_app/windows/app_mutex.py); Setup asks to close it, or, silent, stops with an
; error exit code and changes nothing. Restart Manager is not used to close it either.
AppMutex=Local\IntakeAppRunning,Global\IntakeAppRunning
CloseApplications=no
RestartApplications=no
#ifdef SignToolName
; The setup program and its uninstaller are signed with the command build_installer.py
; defines as /S{#SignToolName}=...; the program files inside were signed before (see README).
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole one-folder build: intake-app.exe (the window), intake-app-console.exe (for
; administrators: --self-test, backup, forms check) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's contents; nothing of the data lives there.
Type: filesandordirs; Name: "{app}\_internal"

[Run]
; The station's shared store: %ProgramData%\intake-app with a protected ACL (SYSTEM,
; Administrators, the officers' group from /OFFICERSGROUP=, default the local group Intake-officers,
; made when missing). Run as the installing administrator; an existing store is kept, only
; its ACL is set again. docs/installing.md, intake_app/windows/folder_acl.py.
Filename: "{app}\intake-app-console.exe"; Parameters: "shared-store create --officers-group ""{param:OFFICERSGROUP|Intake-officers}"""; Flags: runhidden waituntilterminated; StatusMsg: "Gedeelde opslag afschermen..."

[Icons]
; The working folder is the program's; the app's file dialogs open in Documents themselves
; (intake_app/ui/file_dialogs.py), whatever folder a shortcut starts it in.
Name: "{autoprograms}\Intake-app"; Filename: "{app}\intake-app.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\Intake-app (oefenomgeving)"; Filename: "{app}\intake-app.exe"; Parameters: "demo"; WorkingDir: "{app}"

[Code]
// The station's shared store lives in %ProgramData%\intake-app ({commonappdata}), never
// under {app}. The uninstaller keeps it unless an administrator asks explicitly: the box
// below (unticked, confirmed a second time) or /DELETEDATA on a silent uninstall. Per-user
// folders (%LOCALAPPDATA%\intake-app of the single-user model) are never touched: the
// uninstaller runs as the elevating administrator, whose folder is not the officers'.
var
  DeleteDataChosen: Boolean;

function DataFolder(): String;
begin
  Result := ExpandConstant('{commonappdata}\intake-app');
end;

function DeleteDataAsked(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount() do
    if CompareText(ParamStr(I), '/DELETEDATA') = 0 then
      Result := True;
end;

function AskWhetherToDeleteData(): Integer;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  DeleteBox: TNewCheckBox;
  RemoveButton, CancelButton: TNewButton;
begin
  Form := CreateCustomForm();
  try
    Form.ClientWidth := ScaleX(460);
    Form.ClientHeight := ScaleY(180);
    Form.Caption := 'Intake-app verwijderen';

    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.Left := ScaleX(12);
    Note.Top := ScaleY(12);
    Note.Width := Form.ClientWidth - ScaleX(24);
    Note.Height := ScaleY(80);
    Note.AutoSize := False;
    Note.WordWrap := True;
    Note.Caption :=
      'Het programma wordt verwijderd. De gedeelde intakegegevens van dit werkstation ' +
      'blijven bewaard in ' + DataFolder() + '. Maak eerst een back-up met ' +
      '"intake-app-console backup" als ze elders verder moeten.';

    DeleteBox := TNewCheckBox.Create(Form);
    DeleteBox.Parent := Form;
    DeleteBox.Left := ScaleX(12);
    DeleteBox.Top := ScaleY(100);
    DeleteBox.Width := Form.ClientWidth - ScaleX(24);
    DeleteBox.Height := ScaleY(20);
    DeleteBox.Caption := 'Ook de gedeelde intakegegevens van dit werkstation definitief verwijderen';
    DeleteBox.Checked := False;

    RemoveButton := TNewButton.Create(Form);
    RemoveButton.Parent := Form;
    RemoveButton.Width := ScaleX(100);
    RemoveButton.Height := ScaleY(24);
    RemoveButton.Left := Form.ClientWidth - ScaleX(12 + 100 + 8 + 100);
    RemoveButton.Top := Form.ClientHeight - ScaleY(12 + 24);
    RemoveButton.Caption := 'Verwijderen';
    RemoveButton.ModalResult := mrOk;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(100);
    CancelButton.Height := ScaleY(24);
    CancelButton.Left := Form.ClientWidth - ScaleX(12 + 100);
    CancelButton.Top := Form.ClientHeight - ScaleY(12 + 24);
    CancelButton.Caption := 'Annuleren';
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := CancelButton;
    Result := Form.ShowModal();
    DeleteDataChosen := (Result = mrOk) and DeleteBox.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteDataChosen := False;
  Result := True;
  if UninstallSilent() then
  begin
    // Software distribution: the store is kept unless /DELETEDATA is on the command line,
    // and only an administrator can run this uninstaller (PrivilegesRequired=admin).
    DeleteDataChosen := DeleteDataAsked() and IsAdmin();
    Exit;
  end;
  if AskWhetherToDeleteData() <> mrOk then
  begin
    Result := False;  // cancelled: nothing is removed
    Exit;
  end;
  if DeleteDataChosen then
    DeleteDataChosen := IsAdmin() and (MsgBox(
      'Alle intakes, de sleutels en de oefenomgeving in ' + DataFolder() +
      ' worden definitief verwijderd, voor alle agenten van dit werkstation. Dit kan niet ' +
      'ongedaan worden gemaakt. Doorgaan?',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteDataChosen and DirExists(DataFolder()) then
    if not DelTree(DataFolder(), True, True, True) then
      if not UninstallSilent() then
        MsgBox('De map ' + DataFolder() + ' kon niet helemaal worden verwijderd ' +
          '(is de app nog open?). Verwijder hem met de hand.', mbError, MB_OK);
end;
