<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over deze app</source>
        <translation>About this app</translation>
    </message>
    <message>
        <source>{backend} (besturingssysteem)</source>
        <translation>{backend} (operating system)</translation>
    </message>
    <message>
        <source>geen sleutelopslag beschikbaar ({backend}): verminderde bescherming, alleen wachtwoordzin en herstelsleutel</source>
        <translation>no key storage available ({backend}): reduced protection, passphrase and recovery key only</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>Sleutelopslag</source>
        <translation>Key storage</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licenties van gebruikte software</source>
        <translation>Licences of the software used</translation>
    </message>
</context>
<context>
    <name>AdminDialogs</name>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>AdminMessages</name>
    <message>
        <source>Het bestand of de map kon niet worden gebruikt ({reason}). Controleer de vrije schijfruimte en de rechten, en probeer het opnieuw.</source>
        <translation>The file or folder could not be used ({reason}). Check the free disk space and the permissions, and try again.</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis ({kind}); er is niets gewijzigd. Probeer het opnieuw; blijft het misgaan, meld het dan bij de functioneel beheerder.</source>
        <translation>Something unexpected went wrong ({kind}); nothing has been changed. Try again; if it keeps going wrong, report it to the application administrator.</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Geen toegang</source>
        <translation>No access</translation>
    </message>
    <message>
        <source>Alleen een beheerder kan het beheer openen. Vraag de beheerder van uw bureau om dit te doen.</source>
        <translation>Only an administrator can open the administration. Ask your station&apos;s administrator to do this.</translation>
    </message>
    <message>
        <source>Onderdelen van het beheer</source>
        <translation>Parts of the administration</translation>
    </message>
    <message>
        <source>Agenten</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Hulpverleners</source>
        <translation>Support services</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Frontoffice</source>
        <translation>Frontoffice</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>AdviceForm</name>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Eén handeling per regel; leeg als er geen is</source>
        <translation>One action per line; empty if there is none</translation>
    </message>
    <message>
        <source>Spoedhandelingen</source>
        <translation>Urgent actions</translation>
    </message>
    <message>
        <source>Wie handelt</source>
        <translation>Who handles it</translation>
    </message>
    <message>
        <source>Ambtshalve opsporing overwogen (R10)</source>
        <translation>Investigation without a report considered (R10)</translation>
    </message>
    <message>
        <source>Waarom (verplicht als het is overwogen)</source>
        <translation>Why (required when it was considered)</translation>
    </message>
    <message>
        <source>Ambtshalve</source>
        <translation>Without a report</translation>
    </message>
    <message>
        <source>Afweging</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Ook verwijzen naar</source>
        <translation>Also refer to</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Leeg: uw eigen naam</source>
        <translation>Empty: your own name</translation>
    </message>
    <message>
        <source>Geadviseerd door</source>
        <translation>Advised by</translation>
    </message>
    <message>
        <source>Terug naar de voorlegging</source>
        <translation>Back to the consult</translation>
    </message>
    <message>
        <source>Advies vastleggen en opslaan voor het bureau…</source>
        <translation>Record the advice and save it for the station…</translation>
    </message>
    <message>
        <source>Advies bij {reference} van {station}</source>
        <translation>Advice on {reference} from {station}</translation>
    </message>
    <message>
        <source>Kies wie handelt: de TSM of het basisteam met advies.</source>
        <translation>Choose who handles it: the TSM, or the basisteam with advice.</translation>
    </message>
    <message>
        <source>Zeg waarom ambtshalve opsporing wel of nu niet (R10).</source>
        <translation>Say why investigating without a report is or is not advised now (R10).</translation>
    </message>
</context>
<context>
    <name>AgeInput</name>
    <message>
        <source>jaar</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Leeftijd in hele jaren, van %1 tot %2</source>
        <translation>Age in whole years, from %1 to %2</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>ontgrendeld</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <source>mislukte ontgrendeling</source>
        <translation>failed unlock</translation>
    </message>
    <message>
        <source>intake aangemaakt</source>
        <translation>intake created</translation>
    </message>
    <message>
        <source>opslag geopend</source>
        <translation>store opened</translation>
    </message>
    <message>
        <source>intake bewerkt</source>
        <translation>intake edited</translation>
    </message>
    <message>
        <source>intake afgerond</source>
        <translation>intake finalised</translation>
    </message>
    <message>
        <source>afgeronde intake heropend</source>
        <translation>finalised intake reopened</translation>
    </message>
    <message>
        <source>brief gemaakt</source>
        <translation>letter made</translation>
    </message>
    <message>
        <source>afgedrukt</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>back-up gemaakt</source>
        <translation>backup made</translation>
    </message>
    <message>
        <source>opgeschoond</source>
        <translation>purged</translation>
    </message>
    <message>
        <source>toestemming vastgelegd</source>
        <translation>consent recorded</translation>
    </message>
    <message>
        <source>agent gewijzigd</source>
        <translation>officer changed</translation>
    </message>
    <message>
        <source>auditlog vooruit-beveiligd (oude regels verzegeld)</source>
        <translation>audit log made forward-secure (earlier entries sealed)</translation>
    </message>
    <message>
        <source>agent toegevoegd</source>
        <translation>officer added</translation>
    </message>
    <message>
        <source>agent verwijderd</source>
        <translation>officer removed</translation>
    </message>
    <message>
        <source>{0}: {1} intake(s)</source>
        <translation>{0}: {1} intake(s)</translation>
    </message>
    <message>
        <source>(herstelsleutel)</source>
        <translation>(recovery key)</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Reden van heropenen</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>Logboek, nieuwste regel bovenaan</source>
        <translation>Audit log, newest entry at the top</translation>
    </message>
    <message>
        <source>Keten controleren</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <source>Logboekketen en database controleren</source>
        <translation>Check the audit log chain and the database</translation>
    </message>
    <message>
        <source>Uitkomst van de controle</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Het logboek legt vast wie wat deed en wanneer, nooit de inhoud van een intake. Elke regel draagt de controlewaarde van de regel ervoor, zodat achteraf knoeien opvalt.</source>
        <translation>The audit log records who did what and when, never the content of an intake. Each entry carries the check value of the entry before it, so tampering afterwards stands out.</translation>
    </message>
    <message>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>In orde. De logboekketen is heel ({0} regels), de database is intact en elke versleutelde pagina klopt.</source>
        <translation>All in order. The audit log chain is whole ({0} entries), the database is intact and every encrypted page is correct.</translation>
    </message>
    <message>
        <source>De controle vond een afwijking; er is niets gewijzigd. Meld dit bij de functioneel beheerder en bewaar de laatste back-up. Wat er gevonden is:</source>
        <translation>The check found a discrepancy; nothing has been changed. Report this to the application administrator and keep the latest backup. What was found:</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Back-up maken…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Back-up terugzetten in een nieuwe map</source>
        <translation>Restore a backup into a new folder</translation>
    </message>
    <message>
        <source>Voortgang van back-up of terugzetten</source>
        <translation>Progress of the backup or restore</translation>
    </message>
    <message>
        <source>Een back-up is één bestand met de versleutelde database en de versleutelde sleutels: zonder wachtwoordzin of herstelsleutel is het onleesbaar. Bewaar het toch alleen op een plek die de politie beheert. Op een andere computer opent het alleen met de herstelsleutel.</source>
        <translation>A backup is one file holding the encrypted database and the encrypted keys: without a passphrase or the recovery key it cannot be read. Even so, keep it only in a place the police manage. On another computer it opens only with the recovery key.</translation>
    </message>
    <message>
        <source>Terugzetten schrijft nooit over bestaande gegevens: kies een nieuwe, lege map. Start de app daarna met die map als gegevensmap (instelling INTAKE_APP_DATA_DIR) en ontgrendel met uw wachtwoordzin of de herstelsleutel.</source>
        <translation>Restoring never writes over existing data: choose a new, empty folder. Then start the app with that folder as its data folder (setting INTAKE_APP_DATA_DIR) and unlock with your passphrase or the recovery key.</translation>
    </message>
    <message>
        <source>Back-up opslaan als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <source>De versleutelde back-up is geschreven naar {0}.</source>
        <translation>The encrypted backup was written to {0}.</translation>
    </message>
    <message>
        <source>Welke back-up terugzetten?</source>
        <translation>Which backup should be restored?</translation>
    </message>
    <message>
        <source>Nieuwe, lege gegevensmap kiezen</source>
        <translation>Choose a new, empty data folder</translation>
    </message>
    <message>
        <source>De map {0} is niet leeg. Kies een nieuwe, lege map; zo worden er nooit bestaande gegevens overschreven.</source>
        <translation>The folder {0} is not empty. Choose a new, empty folder; that way no existing data is ever overwritten.</translation>
    </message>
    <message>
        <source>De back-up is teruggezet in {0}. Deze opslag blijft zoals hij was. Start de app met die map als gegevensmap (INTAKE_APP_DATA_DIR={0}) en ontgrendel met uw wachtwoordzin of de herstelsleutel.</source>
        <translation>The backup was restored into {0}. This store stays as it was. Start the app with that folder as its data folder (INTAKE_APP_DATA_DIR={0}) and unlock with your passphrase or the recovery key.</translation>
    </message>
</context>
<context>
    <name>ConsultScreen</name>
    <message>
        <source>Voorlegging</source>
        <translation>Consult</translation>
    </message>
    <message>
        <source>Inhoud van de voorlegging</source>
        <translation>Contents of the consult</translation>
    </message>
    <message>
        <source>Terug naar de wachtrij</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <source>Advies opnieuw opslaan voor het bureau…</source>
        <translation>Save the advice for the station again…</translation>
    </message>
    <message>
        <source>Advies geven…</source>
        <translation>Give advice…</translation>
    </message>
    <message>
        <source>Voorlegging {reference} van {station}</source>
        <translation>Consult {reference} from {station}</translation>
    </message>
    <message>
        <source> (OEFENING)</source>
        <translation> (TRAINING)</translation>
    </message>
    <message>
        <source>Geen andere voorlegging in de regio met dezelfde kenmerken.</source>
        <translation>No other consult in the region with the same identifiers.</translation>
    </message>
    <message>
        <source>Nieuw advies geven…</source>
        <translation>Give new advice…</translation>
    </message>
    <message>
        <source>Bureau: {station}; agent: {officer}</source>
        <translation>Station: {station}; officer: {officer}</translation>
    </message>
    <message>
        <source>Intake begonnen {start}; voorgelegd {sent}</source>
        <translation>Intake started {start}; consulted {sent}</translation>
    </message>
    <message>
        <source>BEOORDELING (triage)</source>
        <translation>ASSESSMENT (triage)</translation>
    </message>
    <message>
        <source>Spoed: {what}</source>
        <translation>Urgent: {what}</translation>
    </message>
    <message>
        <source>Groep {category}</source>
        <translation>Group {category}</translation>
    </message>
    <message>
        <source>Verwijzen naar: {services}</source>
        <translation>Refer to: {services}</translation>
    </message>
    <message>
        <source>SPOED EN WAT AL GEDAAN IS</source>
        <translation>URGENT MATTERS AND WHAT WAS ALREADY DONE</translation>
    </message>
    <message>
        <source>BEHOEFTEN EN WENSEN</source>
        <translation>NEEDS AND WISHES</translation>
    </message>
    <message>
        <source>VERDACHTEN</source>
        <translation>SUSPECTS</translation>
    </message>
    <message>
        <source>KENMERKEN VAN VERDACHTEN</source>
        <translation>SUSPECTS&apos; IDENTIFIERS</translation>
    </message>
    <message>
        <source>EERDERE MELDINGEN BIJ HET BUREAU (R7)</source>
        <translation>EARLIER REPORTS AT THE STATION (R7)</translation>
    </message>
    <message>
        <source>VERHAAL</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>TOESTEMMINGEN EN BRIEVEN</source>
        <translation>CONSENTS AND LETTERS</translation>
    </message>
    <message>
        <source>Toestemming {service} ({when})</source>
        <translation>Consent {service} ({when})</translation>
    </message>
    <message>
        <source>Brief {service} ({when})</source>
        <translation>Letter {service} ({when})</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Datum als dag-maand-jaar, bijvoorbeeld 09-03-2011</source>
        <translation>Date as day-month-year, for example 09-03-2011</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Zoeken in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Bestandsnaam:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Bestandstype:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>FrontofficeDesk</name>
    <message>
        <source>Voorlegging van een bureau inlezen</source>
        <translation>Read in a station&apos;s consult</translation>
    </message>
    <message>
        <source>Voorlegging {reference} van {station} ingelezen.</source>
        <translation>Consult {reference} from {station} read in.</translation>
    </message>
    <message>
        <source>Mogelijke serie in de regio: {count} andere voorlegging(en).</source>
        <translation>Possible series in the region: {count} other consult(s).</translation>
    </message>
    <message>
        <source>Advies vastgelegd en opgeslagen als {path}. Breng dit bestand naar {station}.</source>
        <translation>Advice recorded and saved as {path}. Take this file to {station}.</translation>
    </message>
    <message>
        <source>Advies opgeslagen als {path}.</source>
        <translation>Advice saved as {path}.</translation>
    </message>
    <message>
        <source>Map voor het advies aan {station}</source>
        <translation>Folder for the advice to {station}</translation>
    </message>
    <message>
        <source>Het advies bij {reference} wordt versleuteld voor {station} en opgeslagen in de map {folder}. Alleen dat bureau kan het openen. Breng het bestand daarna via de afgesproken weg naar het bureau.</source>
        <translation>The advice on {reference} is encrypted for {station} and saved in the folder {folder}. Only that station can open it. Then take the file to the station the agreed way.</translation>
    </message>
</context>
<context>
    <name>FrontofficeDialogs</name>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Pakket</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Openbare sleutel</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Fill in</translation>
    </message>
</context>
<context>
    <name>FrontofficeHookup</name>
    <message>
        <source>Advies inlezen</source>
        <translation>Read in advice</translation>
    </message>
    <message>
        <source>Voorleggingen</source>
        <translation>Consults</translation>
    </message>
    <message>
        <source>Advies van de TSM-frontoffice inlezen</source>
        <translation>Read in the TSM frontoffice&apos;s advice</translation>
    </message>
    <message>
        <source>Advies bij {reference} ingelezen ({who}). Het staat bij de samenvatting.</source>
        <translation>Advice on {reference} read in ({who}). It is shown with the summary.</translation>
    </message>
</context>
<context>
    <name>FrontofficeTab</name>
    <message>
        <source>vertrouwd</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>vervangen</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Sleutel van deze installatie</source>
        <translation>This installation&apos;s key</translation>
    </message>
    <message>
        <source>Openbare sleutel opslaan…</source>
        <translation>Save the public key…</translation>
    </message>
    <message>
        <source>Openbare sleutel opslaan</source>
        <translation>Save the public key</translation>
    </message>
    <message>
        <source>Sleutel vervangen</source>
        <translation>Replace the key</translation>
    </message>
    <message>
        <source>Sleutel intrekken (verloren of gezien)</source>
        <translation>Revoke the key (lost or seen)</translation>
    </message>
    <message>
        <source>Sleutel intrekken</source>
        <translation>Revoke the key</translation>
    </message>
    <message>
        <source>Vertrouwde sleutels</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vertrouwd op</source>
        <translation>Trusted on</translation>
    </message>
    <message>
        <source>Sleutel vertrouwen</source>
        <translation>Trust a key</translation>
    </message>
    <message>
        <source>Gekozen sleutel intrekken</source>
        <translation>Revoke the chosen key</translation>
    </message>
    <message>
        <source>Deze installatie is de TSM-frontoffice {name}. Geef de bureaus haar openbare sleutel en lees de vingerafdruk met hun beheerder door aan de telefoon; vertrouw hun sleutels hieronder.</source>
        <translation>This installation is the TSM frontoffice {name}. Give the stations its public key and read the fingerprint through with their administrator by phone; trust their keys below.</translation>
    </message>
    <message>
        <source>Vertrouwde bureaus</source>
        <translation>Trusted stations</translation>
    </message>
    <message>
        <source>Sleutel van een bureau vertrouwen…</source>
        <translation>Trust a station&apos;s key…</translation>
    </message>
    <message>
        <source>Dit bureau legt intakes voor aan de TSM-frontoffice van de regio. Vertrouw haar sleutel na controle van de vingerafdruk per telefoon, en geef de frontoffice de openbare sleutel van dit bureau.</source>
        <translation>This station puts intakes to the region&apos;s TSM frontoffice. Trust its key after checking the fingerprint by phone, and give the frontoffice this station&apos;s public key.</translation>
    </message>
    <message>
        <source>TSM-frontoffice</source>
        <translation>TSM frontoffice</translation>
    </message>
    <message>
        <source>Sleutel van de frontoffice vertrouwen…</source>
        <translation>Trust the frontoffice&apos;s key…</translation>
    </message>
    <message>
        <source>Nog geen sleutelpaar: het wordt gemaakt bij het eerste opslaan.</source>
        <translation>No key pair yet: it is made when first saved.</translation>
    </message>
    <message>
        <source>Map voor de openbare sleutel</source>
        <translation>Folder for the public key</translation>
    </message>
    <message>
        <source>Openbare sleutel opgeslagen als {path}. Vingerafdruk: {fingerprint}. Lees deze aan de telefoon voor aan wie het bestand importeert.</source>
        <translation>Public key saved as {path}. Fingerprint: {fingerprint}. Read it aloud by phone to whoever imports the file.</translation>
    </message>
    <message>
        <source>Sleutel intrekken? Pakketten voor de oude sleutel gaan daarna niet meer open. Geef de nieuwe openbare sleutel aan de andere kant en laat de oude intrekken.</source>
        <translation>Revoke the key? Packages for the old key will no longer open. Give the new public key to the other side and have the old one revoked.</translation>
    </message>
    <message>
        <source>Een nieuw sleutelpaar maken? De oude sleutel opent nog pakketten die onderweg zijn. Geef de nieuwe openbare sleutel aan de andere kant.</source>
        <translation>Make a new key pair? The old key still opens packages on their way. Give the new public key to the other side.</translation>
    </message>
    <message>
        <source>Nieuwe vingerafdruk: {fingerprint}. Sla de openbare sleutel op.</source>
        <translation>New fingerprint: {fingerprint}. Save the public key.</translation>
    </message>
    <message>
        <source>Openbare sleutel om te vertrouwen</source>
        <translation>Public key to trust</translation>
    </message>
    <message>
        <source>Bel de beheerder van de andere kant via een bekend nummer en typ de vingerafdruk die hij of zij voorleest (acht groepen van vier tekens):</source>
        <translation>Call the other side&apos;s administrator on a known number and type the fingerprint they read aloud (eight groups of four characters):</translation>
    </message>
    <message>
        <source>Zonder vingerafdruk wordt niets vertrouwd.</source>
        <translation>Without a fingerprint nothing is trusted.</translation>
    </message>
    <message>
        <source>Vertrouwd: {name}, vingerafdruk {fingerprint}.</source>
        <translation>Trusted: {name}, fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <source>Dit vervangt de eerdere sleutel {old}.</source>
        <translation>This replaces the earlier key {old}.</translation>
    </message>
    <message>
        <source>Kies eerst een sleutel in de lijst.</source>
        <translation>Choose a key in the list first.</translation>
    </message>
    <message>
        <source>Sleutel {fingerprint} intrekken? Pakketten ervan worden daarna geweigerd, en deze sleutel wordt nooit meer vertrouwd.</source>
        <translation>Revoke key {fingerprint}? Its packages will be refused from then on, and this key is never trusted again.</translation>
    </message>
    <message>
        <source>Sleutel {fingerprint} ingetrokken.</source>
        <translation>Key {fingerprint} revoked.</translation>
    </message>
</context>
<context>
    <name>FrontofficeTexts</name>
    <message>
        <source>De TSM neemt de zaak over</source>
        <translation>The TSM takes the case on</translation>
    </message>
    <message>
        <source>Het basisteam handelt af, met dit advies</source>
        <translation>The basisteam handles it, with this advice</translation>
    </message>
    <message>
        <source>Ambtshalve opsporing: ja</source>
        <translation>Investigation without a report: yes</translation>
    </message>
    <message>
        <source>Ambtshalve opsporing: nu niet</source>
        <translation>Investigation without a report: not now</translation>
    </message>
    <message>
        <source>Ambtshalve opsporing overwogen</source>
        <translation>Investigation without a report considered</translation>
    </message>
    <message>
        <source>Centrum Seksueel Geweld</source>
        <translation>Centrum Seksueel Geweld (sexual assault centre)</translation>
    </message>
    <message>
        <source>Slachtofferhulp Nederland</source>
        <translation>Slachtofferhulp Nederland (victim support)</translation>
    </message>
    <message>
        <source>Onderzoek door het TSM</source>
        <translation>Investigation by the TSM</translation>
    </message>
    <message>
        <source>Advies van de TSM-frontoffice; basisteam of wijkagent handelt</source>
        <translation>Advice of the TSM frontoffice; the basisteam or community officer acts</translation>
    </message>
    <message>
        <source>de persoon is nu niet veilig</source>
        <translation>the person is not safe now</translation>
    </message>
    <message>
        <source>gedachten aan zelfbeschadiging</source>
        <translation>thoughts of self-harm</translation>
    </message>
    <message>
        <source>termijn van de afperser loopt snel af</source>
        <translation>the extortionist&apos;s deadline is close</translation>
    </message>
    <message>
        <source>recent lichamelijk contact (CSG)</source>
        <translation>recent physical contact (CSG)</translation>
    </message>
    <message>
        <source>Advies van de TSM-frontoffice: {who}, {when}</source>
        <translation>Advice of the TSM frontoffice: {who}, {when}</translation>
    </message>
    <message>
        <source>Spoed: {action}</source>
        <translation>Urgent: {action}</translation>
    </message>
    <message>
        <source>Ook verwijzen naar: {services}</source>
        <translation>Also refer to: {services}</translation>
    </message>
    <message>
        <source>Mogelijke serie in de regio (R7): {references}</source>
        <translation>Possible series in the region (R7): {references}</translation>
    </message>
</context>
<context>
    <name>FrontofficeWords</name>
    <message>
        <source>Het bestand of de map kon niet worden gebruikt ({reason}). Controleer de naam, de vrije ruimte en de rechten; er is niets gewijzigd.</source>
        <translation>The file or folder could not be used ({reason}). Check the name, the free space and the permissions; nothing was changed.</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis ({kind}); er is niets gewijzigd. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.</source>
        <translation>Something unexpected went wrong ({kind}); nothing was changed. Try again; if it keeps happening, tell the administrator.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Toelichting voor u</source>
        <translation>Guidance for you</translation>
    </message>
    <message>
        <source>Toelichting bij de vraag</source>
        <translation>Guidance for the question</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>amended</translation>
    </message>
    <message>
        <source>spoed</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>normaal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>nog niet te bepalen</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <source>Nieuwe intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Oefenomgeving</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Opent een aparte omgeving met fictieve zaken</source>
        <translation>Opens a separate environment with fictional cases</translation>
    </message>
    <message>
        <source>Zoek op kenmerk</source>
        <translation>Search by reference</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Namen tonen</source>
        <translation>Show names</translation>
    </message>
    <message>
        <source>Er zijn nog geen intakes op deze laptop.
Begin met “Nieuwe intake”; wat u invult, wordt direct versleuteld opgeslagen.</source>
        <translation>There are no intakes on this laptop yet.
Start with “New intake”; what you enter is encrypted and saved at once.</translation>
    </message>
    <message>
        <source>De lijst kon niet worden gelezen ({kind}). Probeer het opnieuw.</source>
        <translation>The list could not be read ({kind}). Please try again.</translation>
    </message>
</context>
<context>
    <name>IdentifierListInput</name>
    <message>
        <source>Gegeven toevoegen</source>
        <translation>Add an identifier</translation>
    </message>
    <message>
        <source>Dit gegeven verwijderen?</source>
        <translation>Remove this identifier?</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>IdentifierRow</name>
    <message>
        <source>Soort gegeven</source>
        <translation>Kind of identifier</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>precies zoals het op het scherm staat</source>
        <translation>exactly as it appears on the screen</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Kies of typ het platform</source>
        <translation>Choose or type the platform</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Dit gegeven verwijderen</source>
        <translation>Remove this identifier</translation>
    </message>
</context>
<context>
    <name>InstanceBox</name>
    <message>
        <source>%1 verwijderen</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sneltoetsen in een vraag: %1 weet ik niet, %2 wil ik niet zeggen. %3 / %4: volgend / vorig onderdeel.</source>
        <translation>Shortcuts in a question: %1 don&apos;t know, %2 prefer not to say. %3 / %4: next / previous part.</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Vorig onderdeel (%1)</source>
        <translation>Previous part (%1)</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Volgend onderdeel (%1)</source>
        <translation>Next part (%1)</translation>
    </message>
    <message>
        <source>Teruglezen</source>
        <translation>Read back</translation>
    </message>
    <message>
        <source>Laat de persoon lezen wat is opgeschreven</source>
        <translation>Let the person read what has been written down</translation>
    </message>
    <message>
        <source>Naar samenvatting</source>
        <translation>To the summary</translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Verwijsbrieven en informatieblad</source>
        <translation>Referral letters and information sheet</translation>
    </message>
    <message>
        <source>Oefenomgeving: elke brief draagt het watermerk &apos;OEFENING — geen echte zaak&apos;.</source>
        <translation>Training environment: every letter carries the watermark &apos;OEFENING — geen echte zaak&apos; (training, not a real case).</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Toestemming nu vragen</source>
        <translation>Ask for consent now</translation>
    </message>
    <message>
        <source>Verwijzen via de professionele route</source>
        <translation>Refer by the professional route</translation>
    </message>
    <message>
        <source>Wat deze brief níet vertelt</source>
        <translation>What this letter does NOT say</translation>
    </message>
    <message>
        <source>Lees de brief samen met het slachtoffer. Dit staat er bewust niet in:</source>
        <translation>Read the letter together with the victim. This is deliberately left out:</translation>
    </message>
    <message>
        <source>Taal van het document:</source>
        <translation>Language of the document:</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>De brieven kunnen nu niet worden gemaakt: de antwoorden zijn nog niet volledig of niet in orde. Controleer het gesprek en probeer het opnieuw.</source>
        <translation>The letters cannot be made right now: the answers are not yet complete or not in order. Check the interview and try again.</translation>
    </message>
    <message>
        <source>Informatieblad voor het slachtoffer</source>
        <translation>Information sheet for the victim</translation>
    </message>
    <message>
        <source>Nederlands, Engels</source>
        <translation>Dutch, English</translation>
    </message>
    <message>
        <source>✓ Brief kan worden gemaakt</source>
        <translation>✓ Letter can be made</translation>
    </message>
    <message>
        <source>Het document wordt gemaakt…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>Het voorbeeld kan niet worden getoond.</source>
        <translation>The preview cannot be shown.</translation>
    </message>
    <message>
        <source>Het document kon niet worden gemaakt. Probeer het opnieuw.</source>
        <translation>The document could not be made. Try again.</translation>
    </message>
    <message>
        <source>U verwijst naar %1 via de professionele route (R13, meldcode), zonder toestemming van de ouder of voogd. Reden: %2. Uw naam en de reden worden vastgelegd. Doorgaan?</source>
        <translation>You refer to %1 by the professional route (R13, reporting code), without the parent&apos;s or guardian&apos;s consent. Reason: %2. Your name and the reason are recorded. Continue?</translation>
    </message>
    <message>
        <source>Professionele route</source>
        <translation>Professional route</translation>
    </message>
    <message>
        <source>Controleer de tekst</source>
        <translation>Check the text</translation>
    </message>
    <message>
        <source>Toch doorgaan?</source>
        <translation>Continue anyway?</translation>
    </message>
    <message>
        <source>Er is geen printer geïnstalleerd. U kunt het document opslaan en later afdrukken, of een beheerder vragen een printer te installeren.</source>
        <translation>No printer is installed. You can save the document and print it later, or ask an administrator to install a printer.</translation>
    </message>
    <message>
        <source>Afdrukken geannuleerd.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>Bezig met afdrukken…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Bezig met afdrukken… pagina %1 van %2</source>
        <translation>Printing… page %1 of %2</translation>
    </message>
    <message>
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Afdrukken is niet gelukt. Controleer de printer en probeer het opnieuw.</source>
        <translation>Printing failed. Check the printer and try again.</translation>
    </message>
    <message>
        <source>Bestand is niet versleuteld</source>
        <translation>File is not encrypted</translation>
    </message>
    <message>
        <source>Let op: het opgeslagen bestand is NIET versleuteld. Iedereen die bij de map kan, kan de brief lezen. Sla het alleen op een beveiligde plek op en verwijder het als het niet meer nodig is.</source>
        <translation>Note: the saved file is NOT encrypted. Anyone with access to the folder can read the letter. Save it only in a secure place and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt. Kies een andere map waarin u mag schrijven en probeer het opnieuw.</source>
        <translation>Saving failed. Choose another folder you are allowed to write to and try again.</translation>
    </message>
    <message>
        <source>Opgeslagen (niet versleuteld): </source>
        <translation>Saved (not encrypted): </translation>
    </message>
</context>
<context>
    <name>LongTextInput</name>
    <message>
        <source>%1 van %2 tekens</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Er ging iets mis ({kind}). Er is niets verloren van wat al was opgeslagen. Probeer het opnieuw; blijft het misgaan, meld het aan de beheerder.</source>
        <translation>Something went wrong ({kind}). Nothing that was already saved has been lost. Try again; if it keeps going wrong, report it to the administrator.</translation>
    </message>
    <message>
        <source>Terug naar de samenvatting</source>
        <translation>Back to the summary</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over deze app</source>
        <translation>&amp;About this app</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <source>Scherm verbergen ({key})</source>
        <translation>Hide screen ({key})</translation>
    </message>
    <message>
        <source>Vergrendelen ({key})</source>
        <translation>Lock ({key})</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Oefenomgeving: de wachtwoordzin is “{passphrase}”.</source>
        <translation>Training environment: the passphrase is “{passphrase}”.</translation>
    </message>
    <message>
        <source>Sinds uw vorige aanmelding is {count} keer geprobeerd met uw naam te ontgrendelen met een verkeerde wachtwoordzin. Was u dat niet, meld het aan de beheerder.</source>
        <translation>Since your last sign-in, someone tried {count} time(s) to unlock with your name and a wrong passphrase. If that was not you, report it to the administrator.</translation>
    </message>
    <message>
        <source>{count} afgeronde intakes zijn volgens de bewaartermijn van deze laptop verwijderd.</source>
        <translation>{count} finalised intakes were deleted under this laptop&apos;s retention period.</translation>
    </message>
    <message>
        <source>De database ontbrak; er is een nieuwe, lege database gemaakt. Zet zo nodig een back-up terug.</source>
        <translation>The database was missing; a new, empty database has been made. Restore a backup if needed.</translation>
    </message>
    <message>
        <source>De beoordeling kan nog niet: controleer {field}.</source>
        <translation>The assessment cannot be made yet: check {field}.</translation>
    </message>
    <message>
        <source>De intake is afgerond.</source>
        <translation>The intake is completed.</translation>
    </message>
</context>
<context>
    <name>OfficersTab</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personeelsnummer</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Agenten van dit bureau</source>
        <translation>Officers of this station</translation>
    </message>
    <message>
        <source>Geselecteerde agent verwijderen…</source>
        <translation>Remove selected officer…</translation>
    </message>
    <message>
        <source>Geselecteerde agent verwijderen</source>
        <translation>Remove selected officer</translation>
    </message>
    <message>
        <source>Agent toevoegen</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Personeelsnummer van de nieuwe agent</source>
        <translation>Staff number of the new officer</translation>
    </message>
    <message>
        <source>Naam van de nieuwe agent</source>
        <translation>Name of the new officer</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de nieuwe agent</source>
        <translation>Passphrase of the new officer</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de nieuwe agent, nogmaals</source>
        <translation>Passphrase of the new officer, again</translation>
    </message>
    <message>
        <source>Rol van de nieuwe agent</source>
        <translation>Role of the new officer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Nogmaals</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Eigen wachtwoordzin wijzigen</source>
        <translation>Change your own passphrase</translation>
    </message>
    <message>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin, nogmaals</source>
        <translation>New passphrase, again</translation>
    </message>
    <message>
        <source>Huidige</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Nieuwe</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Is een agent de wachtwoordzin kwijt? Dan zet de beheerder op het ontgrendelscherm een nieuwe, met de herstelsleutel (&apos;Wachtwoordzin vergeten…&apos;). De database wordt daarbij nooit opnieuw versleuteld.</source>
        <translation>Has an officer lost their passphrase? Then the administrator sets a new one on the unlock screen, with the recovery key (&apos;Forgot passphrase…&apos;). The database is never re-encrypted when that happens.</translation>
    </message>
    <message>
        <source>Vul het personeelsnummer en de naam in.</source>
        <translation>Fill in the staff number and the name.</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen verschillen. Typ ze opnieuw.</source>
        <translation>The two passphrases differ. Type them again.</translation>
    </message>
    <message>
        <source>Agent {0} is toegevoegd.</source>
        <translation>Officer {0} has been added.</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst welke agent weg moet.</source>
        <translation>First choose in the list which officer should be removed.</translation>
    </message>
    <message>
        <source>Agent {0} verwijderen? Deze agent kan daarna niet meer ontgrendelen. Intakes en logboekregels blijven op naam van deze agent staan.</source>
        <translation>Remove officer {0}? This officer will no longer be able to unlock. Intakes and audit log entries stay in this officer&apos;s name.</translation>
    </message>
    <message>
        <source>Let op: dit is uw eigen account.</source>
        <translation>Note: this is your own account.</translation>
    </message>
    <message>
        <source>Agent {0} is verwijderd.</source>
        <translation>Officer {0} has been removed.</translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoordzinnen verschillen. Typ ze opnieuw.</source>
        <translation>The two new passphrases differ. Type them again.</translation>
    </message>
    <message>
        <source>Uw wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe.</source>
        <translation>Your passphrase has been changed. From now on, use the new one.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Deze printer maakt een bestand (PDF, XPS, OneNote, fax) in plaats van papier. Kies een echte printer.</source>
        <translation>This printer makes a file (PDF, XPS, OneNote, fax) instead of paper. Choose a real printer.</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Scherm verborgen</source>
        <translation>Screen hidden</translation>
    </message>
    <message>
        <source>Scherm weer tonen</source>
        <translation>Show the screen again</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Vastgelegd: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>Dit is geen bestaande datum. Schrijf dag-maand-jaar, bijvoorbeeld 09-03-2011.</source>
        <translation>This is not a real date. Write day-month-year, for example 09-03-2011.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Mogelijke serie</source>
        <translation>Possible series</translation>
    </message>
    <message>
        <source>SPOED</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source> (oefening)</source>
        <translation> (training)</translation>
    </message>
    <message>
        <source>gegeven {when}</source>
        <translation>given {when}</translation>
    </message>
    <message>
        <source>nog te geven</source>
        <translation>still to give</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <source>Voorleggingen aan de TSM-frontoffice</source>
        <translation>Consults for the TSM frontoffice</translation>
    </message>
    <message>
        <source>Eerst wat nog geen advies heeft: spoed bovenaan, daarna de oudste. Lees een voorlegging van een bureau in, open haar en geef advies.</source>
        <translation>First what has no advice yet: urgent at the top, then the oldest. Read in a station&apos;s consult, open it and give advice.</translation>
    </message>
    <message>
        <source>Voorleggingen</source>
        <translation>Consults</translation>
    </message>
    <message>
        <source>Voorlegging inlezen…</source>
        <translation>Read in a consult…</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ReadBackScreen</name>
    <message>
        <source>Wat wij hebben opgeschreven</source>
        <translation>What we have written down</translation>
    </message>
    <message>
        <source>Lees rustig mee. Klopt er iets niet, of wilt u iets weglaten? Zeg het: dan passen we het aan.</source>
        <translation>Take your time reading. Is something wrong, or would you like something left out? Say so, and we will change it.</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>U ziet deze sleutel maar één keer. Druk hem af of schrijf hem over en berg hem op in de kluis van het bureau. Met deze sleutel zet de beheerder een vergeten wachtwoordzin opnieuw en opent hij een back-up. Wie de sleutel heeft, kan alle intakes lezen.</source>
        <translation>You will see this key only once. Print it or copy it out and keep it in the station&apos;s safe. With this key the administrator resets a forgotten passphrase and opens a backup. Whoever has the key can read every intake.</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel op papier en veilig opgeborgen</source>
        <translation>I have the recovery key on paper and stored it safely</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Er is geen printer geïnstalleerd. Schrijf de sleutel zorgvuldig over.</source>
        <translation>No printer is installed. Copy the key out carefully.</translation>
    </message>
    <message>
        <source>Berg dit blad op in de kluis van het bureau; maak geen kopie of foto.</source>
        <translation>Keep this sheet in the station&apos;s safe; make no copy or photo.</translation>
    </message>
    <message>
        <source>Gebruik de sleutel alleen om een vergeten wachtwoordzin opnieuw in te stellen (Wachtwoordzin vergeten… op het ontgrendelscherm) of om een back-up te openen.</source>
        <translation>Use the key only to reset a forgotten passphrase (Forgot passphrase… on the unlock screen) or to open a backup.</translation>
    </message>
    <message>
        <source>Wie deze sleutel heeft, kan alle intakes lezen. Kwijt of gezien door een ander: laat de beheerder bij Beheer, Herstelsleutel een nieuwe maken; deze vervalt dan.</source>
        <translation>Whoever has this key can read every intake. Lost, or seen by someone else: have the administrator make a new one under Administration, Recovery key; this one then stops working.</translation>
    </message>
    <message>
        <source>Tik de sleutel over met de streepjes; hoofdletters maken niet uit.</source>
        <translation>Type the key with its dashes; upper or lower case does not matter.</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Afgedrukt.</source>
        <translation>Printed.</translation>
    </message>
</context>
<context>
    <name>RecoveryTab</name>
    <message>
        <source>Is het blad met de herstelsleutel kwijt, of kan iemand anders het gezien hebben? Maak dan een nieuwe sleutel. De oude werkt daarna niet meer op deze laptop; dat komt in het logboek. Back-ups van vóór vandaag openen nog wel met de oude sleutel.</source>
        <translation>Is the recovery key sheet lost, or could someone else have seen it? Then make a new key. The old one stops working on this laptop; this goes into the audit log. Backups made before today still open with the old key.</translation>
    </message>
    <message>
        <source>Nieuwe herstelsleutel maken…</source>
        <translation>Make a new recovery key…</translation>
    </message>
    <message>
        <source>Nieuwe herstelsleutel maken en de oude intrekken</source>
        <translation>Make a new recovery key and revoke the old one</translation>
    </message>
    <message>
        <source>Een nieuwe herstelsleutel maken? De huidige sleutel vervalt meteen. Houd papier of een printer bij de hand: de nieuwe sleutel ziet u maar één keer.</source>
        <translation>Make a new recovery key? The current key stops working at once. Have paper or a printer at hand: you see the new key only once.</translation>
    </message>
</context>
<context>
    <name>RepeatGroupBox</name>
    <message>
        <source>%1 toevoegen</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Verdachte</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Nog niemand toegevoegd.</source>
        <translation>Nobody added yet.</translation>
    </message>
    <message>
        <source>%1 en alles wat daarbij is ingevuld verwijderen?</source>
        <translation>Remove %1 and everything entered for them?</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Nu opschonen</source>
        <translation>Purge now</translation>
    </message>
    <message>
        <source>Verlopen intakes nu definitief verwijderen</source>
        <translation>Permanently delete expired intakes now</translation>
    </message>
    <message>
        <source>Voortgang van het opschonen</source>
        <translation>Progress of the purge</translation>
    </message>
    <message>
        <source>Opschonen verwijdert verlopen afgeronde intakes definitief en maakt de database daarna opnieuw aan, zodat er geen oude inhoud achterblijft. Concepten en gewijzigde intakes blijven staan. Het opschonen komt in het logboek, zonder gegevens van personen. De app schoont ook zelf op bij het ontgrendelen.</source>
        <translation>Purging permanently deletes finalised intakes past their retention period and then rebuilds the database, so that no old content remains. Drafts and amended intakes stay. The purge is recorded in the audit log, without personal data. The app also purges by itself when it is unlocked.</translation>
    </message>
    <message>
        <source>Afgeronde intakes worden {0} dagen na het afronden van deze computer verwijderd (bewaartermijn uit policy.yaml). Dan staat de zaak in de politiesystemen.</source>
        <translation>Finalised intakes are deleted from this computer {0} days after they were finalised (retention period from policy.yaml). By then the case is in the police systems.</translation>
    </message>
    <message>
        <source>Nu over de bewaartermijn: {0} afgeronde intake(s).</source>
        <translation>Past the retention period now: {0} finalised intake(s).</translation>
    </message>
    <message>
        <source>Opgeschoond: {0} intake(s) definitief verwijderd.</source>
        <translation>Purged: {0} intake(s) permanently deleted.</translation>
    </message>
    <message>
        <source>Alle afgeronde intakes die over de bewaartermijn zijn nu definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Permanently delete all finalised intakes that are past the retention period now? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>SavedMark</name>
    <message>
        <source>opgeslagen</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>Antwoord opgeslagen</source>
        <translation>Answer saved</translation>
    </message>
    <message>
        <source>Niet opgeslagen — probeer opnieuw</source>
        <translation>Not saved — try again</translation>
    </message>
    <message>
        <source>Opnieuw opslaan</source>
        <translation>Save again</translation>
    </message>
    <message>
        <source>Antwoord opnieuw opslaan</source>
        <translation>Save the answer again</translation>
    </message>
</context>
<context>
    <name>SectionNav</name>
    <message>
        <source>Onderdelen van het gesprek</source>
        <translation>Parts of the interview</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1, %2 beantwoord</source>
        <translation>%1, %2 answered</translation>
    </message>
</context>
<context>
    <name>SerialityMatches</name>
    <message>
        <source>Overeenkomsten met andere meldingen</source>
        <translation>Matches with other reports</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Laatst gecontroleerd (JJJJ-MM-DD)</source>
        <translation>Last checked (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Hulpverleners en hun contactgegevens</source>
        <translation>Support services and their contact details</translation>
    </message>
    <message>
        <source>Wijzigingen opslaan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Hulpverleners opslaan</source>
        <translation>Save the support services</translation>
    </message>
    <message>
        <source>Wijzigingen weggooien</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Hulpverleners opnieuw inlezen, wijzigingen weggooien</source>
        <translation>Read the support services again, discarding changes</translation>
    </message>
    <message>
        <source>Contactgegevens veranderen. Controleer elke regel af en toe en zet dan de datum bij &apos;Laatst gecontroleerd&apos;. Laat een veld liever leeg dan te gokken: een verkeerd adres op een verwijsbrief is erger dan geen adres.</source>
        <translation>Contact details change. Check each row now and then, and then set the date under &apos;Last checked&apos;. Rather leave a field empty than guess: a wrong address on a referral letter is worse than no address.</translation>
    </message>
    <message>
        <source>De eigen lijst van dit bureau is onbruikbaar: {0} Herstel dat bestand, of verwijder het: dan geldt de standaardlijst van de app weer.</source>
        <translation>This station&apos;s own list cannot be used: {0} Repair that file, or delete it: the app&apos;s standard list then applies again.</translation>
    </message>
    <message>
        <source>Bron: de eigen lijst van dit bureau ({0}).</source>
        <translation>Source: this station&apos;s own list ({0}).</translation>
    </message>
    <message>
        <source>Bron: de standaardlijst van de app. Opslaan maakt een eigen lijst.</source>
        <translation>Source: the app&apos;s standard list. Saving makes a list of the station&apos;s own.</translation>
    </message>
    <message>
        <source>De hulpverleners zijn opgeslagen in de eigen lijst van dit bureau.</source>
        <translation>The support services have been saved in this station&apos;s own list.</translation>
    </message>
    <message>
        <source>de naam mag niet leeg zijn</source>
        <translation>the name must not be empty</translation>
    </message>
    <message>
        <source>een telefoonnummer bevat alleen cijfers, spaties, &apos;-&apos;, &apos;+&apos; en haakjes</source>
        <translation>a telephone number holds only digits, spaces, &apos;-&apos;, &apos;+&apos; and brackets</translation>
    </message>
    <message>
        <source>een website begint met https://</source>
        <translation>a website starts with https://</translation>
    </message>
    <message>
        <source>de datum schrijft u als JJJJ-MM-DD, bijvoorbeeld 2026-11-23</source>
        <translation>write the date as YYYY-MM-DD, for example 2026-11-23</translation>
    </message>
    <message>
        <source>deze waarde klopt niet</source>
        <translation>this value is not right</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>De lijst klopt niet.</source>
        <translation>The list is not right.</translation>
    </message>
    <message>
        <source>Niet opgeslagen, uw wijzigingen staan er nog. {0}</source>
        <translation>Not saved; your changes are still there. {0}</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Deze laptop inrichten</source>
        <translation>Set up this laptop</translation>
    </message>
    <message>
        <source>Dit doet de beheerder van het bureau één keer. De gegevens van intakes worden versleuteld op deze laptop bewaard; alleen agenten met een eigen wachtwoordzin kunnen ze openen.</source>
        <translation>The station&apos;s administrator does this once. The intakes&apos; data is kept encrypted on this laptop; only officers with a passphrase of their own can open it.</translation>
    </message>
    <message>
        <source>Let op: deze laptop heeft geen beveiligde sleutelopslag van het besturingssysteem. De intakes worden dan alleen met de wachtwoordzinnen beschermd (verminderde bescherming). Richt de sleutelopslag zo mogelijk eerst in, of vraag de ICT-beheerder om hulp.</source>
        <translation>Note: this laptop has no secure key storage of the operating system. The intakes will then be protected by the passphrases alone (reduced protection). Set up the key storage first if you can, or ask IT support for help.</translation>
    </message>
    <message>
        <source>Een politiebureau: intakes afnemen</source>
        <translation>A police station: taking intakes</translation>
    </message>
    <message>
        <source>De TSM-frontoffice van de regio: voorleggingen van bureaus adviseren</source>
        <translation>The region&apos;s TSM frontoffice: advising on consults from stations</translation>
    </message>
    <message>
        <source>Deze laptop is voor:</source>
        <translation>This laptop is for:</translation>
    </message>
    <message>
        <source>Straat en nummer, postcode en plaats</source>
        <translation>Street and number, postcode and town</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin herhalen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Naam van het bureau</source>
        <translation>Name of the station</translation>
    </message>
    <message>
        <source>Adres van het bureau</source>
        <translation>Address of the station</translation>
    </message>
    <message>
        <source>Telefoon van het bureau</source>
        <translation>Telephone of the station</translation>
    </message>
    <message>
        <source>Uw personeelsnummer</source>
        <translation>Your staff number</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Kies als wachtwoordzin een paar losse woorden (minstens 10 tekens) die u onthoudt en nergens anders gebruikt.</source>
        <translation>Choose as passphrase a few separate words (at least 10 characters) that you will remember and use nowhere else.</translation>
    </message>
    <message>
        <source>Inrichten</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Naam van de regio (TSM-frontoffice)</source>
        <translation>Name of the region (TSM frontoffice)</translation>
    </message>
    <message>
        <source>Vul de naam van de regio in.</source>
        <translation>Fill in the name of the region.</translation>
    </message>
    <message>
        <source>Vul de naam van het bureau in.</source>
        <translation>Fill in the name of the station.</translation>
    </message>
    <message>
        <source>De naam bevat een teken dat niet kan (zoals een tab). Typ hem opnieuw.</source>
        <translation>The name holds a character that cannot be used (such as a tab). Type it again.</translation>
    </message>
    <message>
        <source>Vul uw personeelsnummer in.</source>
        <translation>Fill in your staff number.</translation>
    </message>
    <message>
        <source>Vul uw naam in.</source>
        <translation>Fill in your name.</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Bezig met inrichten…</source>
        <translation>Setting up…</translation>
    </message>
</context>
<context>
    <name>StateButtons</name>
    <message>
        <source>Weet ik niet</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Wil ik niet zeggen</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>%1 (sneltoets %2)</source>
        <translation>%1 (shortcut %2)</translation>
    </message>
    <message>
        <source>Sneltoets %1 in het veld van de vraag</source>
        <translation>Shortcut %1 in the question&apos;s field</translation>
    </message>
</context>
<context>
    <name>StationConsultPanel</name>
    <message>
        <source>TSM-frontoffice</source>
        <translation>TSM frontoffice</translation>
    </message>
    <message>
        <source>Ook de politie-interne PDF voor het telefoongesprek opslaan (niet versleuteld)</source>
        <translation>Also save the police-internal PDF for the phone call (not encrypted)</translation>
    </message>
    <message>
        <source>Voorleggen aan de frontoffice…</source>
        <translation>Put to the frontoffice…</translation>
    </message>
    <message>
        <source>Advies inlezen…</source>
        <translation>Read in advice…</translation>
    </message>
    <message>
        <source>Voorgelegd op {when} door {officer}.</source>
        <translation>Put to the frontoffice on {when} by {officer}.</translation>
    </message>
    <message>
        <source>({count} keer voorgelegd)</source>
        <translation>(put {count} times)</translation>
    </message>
    <message>
        <source>Nog niet voorgelegd aan de TSM-frontoffice.</source>
        <translation>Not yet put to the TSM frontoffice.</translation>
    </message>
    <message>
        <source>Dit bureau vertrouwt nog geen TSM-frontoffice: de beheerder importeert haar sleutel onder Beheer, tabblad Frontoffice.</source>
        <translation>This station does not trust a TSM frontoffice yet: the administrator imports its key under Administration, tab Frontoffice.</translation>
    </message>
    <message>
        <source>Map voor de voorlegging aan {name}</source>
        <translation>Folder for the consult to {name}</translation>
    </message>
    <message>
        <source>De voorlegging van {reference} wordt versleuteld voor {name} en opgeslagen in de map {folder}. Alleen de frontoffice kan haar openen. Breng het bestand daarna via de afgesproken weg (gedeelde map of USB-stick) naar de frontoffice.</source>
        <translation>The consult of {reference} is encrypted for {name} and saved in the folder {folder}. Only the frontoffice can open it. Then take the file to the frontoffice the agreed way (shared folder or USB stick).</translation>
    </message>
    <message>
        <source>Let op: de PDF komt in dezelfde map en is NIET versleuteld. Hij bevat de zaak; print hem voor het telefoongesprek en verwijder hem daarna.</source>
        <translation>Mind: the PDF goes into the same folder and is NOT encrypted. It holds the case; print it for the phone call and delete it afterwards.</translation>
    </message>
    <message>
        <source>De voorlegging wordt gemaakt…</source>
        <translation>Making the consult package…</translation>
    </message>
    <message>
        <source>De voorlegging is opgeslagen als {path}. Breng dit bestand naar de frontoffice.</source>
        <translation>The consult was saved as {path}. Take this file to the frontoffice.</translation>
    </message>
    <message>
        <source>De PDF staat in {path}.</source>
        <translation>The PDF is at {path}.</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>Naam van het bureau</source>
        <translation>Name of the station</translation>
    </message>
    <message>
        <source>Adres van het bureau, een regel per adresregel</source>
        <translation>Address of the station, one line per address line</translation>
    </message>
    <message>
        <source>Telefoonnummer van het bureau</source>
        <translation>Telephone number of the station</translation>
    </message>
    <message>
        <source>Adres (een regel per adresregel)</source>
        <translation>Address (one line per address line)</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Bureaugegevens opslaan</source>
        <translation>Save the station&apos;s details</translation>
    </message>
    <message>
        <source>Deze gegevens staan in het briefhoofd van verwijsbrieven en informatiebladen. Ze zijn niet geheim en worden onversleuteld bewaard; zet hier dus geen persoonsgegevens in.</source>
        <translation>These details appear in the letterhead of referral letters and information sheets. They are not secret and are stored unencrypted; so put no personal data here.</translation>
    </message>
    <message>
        <source>Het adres mag hoogstens {0} regels hebben.</source>
        <translation>The address may have at most {0} lines.</translation>
    </message>
    <message>
        <source>De bureaugegevens zijn opgeslagen.</source>
        <translation>The station&apos;s details have been saved.</translation>
    </message>
    <message>
        <source>De naam van het bureau moet 2 tot 80 tekens lang zijn.</source>
        <translation>The station&apos;s name must be 2 to 80 characters long.</translation>
    </message>
    <message>
        <source>Het telefoonnummer mag hoogstens 40 tekens lang zijn.</source>
        <translation>The telephone number may be at most 40 characters long.</translation>
    </message>
    <message>
        <source>De bureaugegevens kloppen niet; controleer de velden.</source>
        <translation>The station&apos;s details are not right; check the fields.</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>De persoon is nu niet veilig: regel eerst veiligheid.</source>
        <translation>The person is not safe now: arrange safety first.</translation>
    </message>
    <message>
        <source>Gedachten aan zelfbeschadiging: bied 113 Zelfmoordpreventie aan, laat de persoon niet alleen.</source>
        <translation>Thoughts of self-harm: offer 113 Zelfmoordpreventie (suicide prevention), do not leave the person alone.</translation>
    </message>
    <message>
        <source>Termijn van de afperser loopt snel af: meld het direct bij de TSM-frontoffice.</source>
        <translation>The extortionist&apos;s deadline is running out: report it to the TSM frontoffice at once.</translation>
    </message>
    <message>
        <source>Recent lichamelijk contact: verwijs direct naar het Centrum Seksueel Geweld.</source>
        <translation>Recent physical contact: refer to the Centrum Seksueel Geweld at once.</translation>
    </message>
    <message>
        <source>De persoon wordt nog bedreigd: bespreek vandaag met de TSM-frontoffice wat nu kan.</source>
        <translation>The person is still being threatened: discuss with the TSM frontoffice today what can be done now.</translation>
    </message>
    <message>
        <source>Offlimits (Helpwanted): vraag met spoed hulp om de beelden te laten verwijderen.</source>
        <translation>Offlimits (Helpwanted): ask urgently for help to have the images removed.</translation>
    </message>
    <message>
        <source>Veilig Thuis: meld met spoed; een verdachte woont bij het kind.</source>
        <translation>Veilig Thuis: report urgently; a suspect lives with the child.</translation>
    </message>
    <message>
        <source>Centrum Seksueel Geweld: bel vandaag nog.</source>
        <translation>Sexual Assault Centre (CSG): call today.</translation>
    </message>
    <message>
        <source>Met spoed verwijzen naar {service}.</source>
        <translation>Refer urgently to {service}.</translation>
    </message>
    <message>
        <source>Zeg de persoon: niet betalen en niet reageren; bewijs bewaren (schermafbeeldingen, gebruikersnamen, links).</source>
        <translation>Tell the person: do not pay and do not reply; keep the evidence (screenshots, user names, links).</translation>
    </message>
    <message>
        <source>Onderzoek door het TSM</source>
        <translation>Investigation by the TSM</translation>
    </message>
    <message>
        <source>Advies van de TSM-frontoffice; basisteam of wijkagent kan handelen</source>
        <translation>Advice from the TSM frontoffice; the local team or community officer can act</translation>
    </message>
    <message>
        <source>Centrum Seksueel Geweld</source>
        <translation>Centrum Seksueel Geweld</translation>
    </message>
    <message>
        <source>Slachtofferhulp Nederland</source>
        <translation>Slachtofferhulp Nederland</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Eerst doen</source>
        <translation>Do first</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Redenen</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Heropend</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Waarom de intake is heropend</source>
        <translation>Why the intake was reopened</translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Dit zijn suggesties volgens de werkinstructie; de agent en de persoon beslissen samen.</source>
        <translation>These are suggestions under the work instruction; the officer and the person decide together.</translation>
    </message>
    <message>
        <source>Terug naar het gesprek</source>
        <translation>Back to the interview</translation>
    </message>
    <message>
        <source>Teruglezen met de persoon</source>
        <translation>Read back with the person</translation>
    </message>
    <message>
        <source>Verwijsbrieven</source>
        <translation>Referral letters</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Amend…</translation>
    </message>
    <message>
        <source>Samenvatting {reference}</source>
        <translation>Summary {reference}</translation>
    </message>
    <message>
        <source>Groep {category}</source>
        <translation>Group {category}</translation>
    </message>
    <message>
        <source> (met spoed)</source>
        <translation> (urgent)</translation>
    </message>
    <message>
        <source>Verwijzen naar: {services}</source>
        <translation>Refer to: {services}</translation>
    </message>
    <message>
        <source>{when}, {officer}: {reason}</source>
        <translation>{when}, {officer}: {reason}</translation>
    </message>
    <message>
        <source>Alle vragen die nu gelden, zijn beantwoord.</source>
        <translation>All questions that apply now have been answered.</translation>
    </message>
    <message>
        <source>Gesprek bekijken</source>
        <translation>Look at the interview</translation>
    </message>
    <message>
        <source>Na het afronden kan de intake niet meer worden aangepast, alleen nog gewijzigd met een reden. Afronden?</source>
        <translation>After finalising, the intake can no longer be edited, only amended with a reason. Finalise?</translation>
    </message>
    <message>
        <source>Een wijziging heeft een reden nodig.</source>
        <translation>An amendment needs a reason.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Waarom wordt de afgeronde intake gewijzigd?</source>
        <translation>Why is the finalised intake being amended?</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>OEFENOMGEVING: fictieve zaken, geen echte intakes</source>
        <translation>TRAINING: fictional cases, no real intakes</translation>
    </message>
    <message>
        <source>Oefenomgeving</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Let op: deze laptop heeft geen beveiligde sleutelopslag van het besturingssysteem. De intakes zijn alleen met uw wachtwoordzin beschermd (verminderde bescherming). Meld dit aan de beheerder.</source>
        <translation>Note: this laptop has no secure key storage from the operating system. The intakes are protected by your passphrase alone (reduced protection). Report this to the administrator.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin vergeten…</source>
        <translation>Forgot passphrase…</translation>
    </message>
    <message>
        <source>De beheerder zet een nieuwe wachtwoordzin met de herstelsleutel uit de kluis. Kies hierboven de agent.</source>
        <translation>The administrator sets a new passphrase with the recovery key from the safe. Choose the officer above.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin herhalen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Herhalen</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin instellen</source>
        <translation>Set the new passphrase</translation>
    </message>
    <message>
        <source>Kies uw naam en typ uw wachtwoordzin.</source>
        <translation>Choose your name and type your passphrase.</translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two new passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Kies de agent en typ de herstelsleutel.</source>
        <translation>Choose the officer and type the recovery key.</translation>
    </message>
    <message>
        <source>Even geduld…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <source>De nieuwe wachtwoordzin is ingesteld. Ontgrendel er nu mee.</source>
        <translation>The new passphrase has been set. Unlock with it now.</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
</TS>
