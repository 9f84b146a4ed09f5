<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Activity</name>
    <message>
        <source>Log call</source>
        <translation>Log call</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Email sent</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Call logged.</translation>
    </message>
    <message>
        <source>Note logged.</source>
        <translation>Note logged.</translation>
    </message>
    <message>
        <source>Email logged.</source>
        <translation>Email logged.</translation>
    </message>
    <message>
        <source>Meeting logged.</source>
        <translation>Meeting logged.</translation>
    </message>
    <message>
        <source>What happened, in one line (Enter logs it)</source>
        <translation>What happened, in one line (Enter logs it)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Add more text under the line</source>
        <translation>Add more text under the line</translation>
    </message>
    <message>
        <source>More about it, if needed (Ctrl+Enter logs it)</source>
        <translation>More about it, if needed (Ctrl+Enter logs it)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>ActivityReport</name>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Highlights of the year</source>
        <translation>Highlights of the year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Highlights of the year, in this language:</source>
        <translation>&amp;Highlights of the year, in this language:</translation>
    </message>
    <message>
        <source>Printed at the end of the report. Saved for the whole office; a blank line starts a paragraph.</source>
        <translation>Printed at the end of the report. Saved for the whole office; a blank line starts a paragraph.</translation>
    </message>
    <message>
        <source>&amp;Save the highlights</source>
        <translation>&amp;Save the highlights</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Make:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF report</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook of the figures (.xlsx)</source>
        <translation>E&amp;xcel workbook of the figures (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Make the report…</source>
        <translation>&amp;Make the report…</translation>
    </message>
    <message>
        <source>You have changed the highlights of %1 (%2). Save them?</source>
        <translation>You have changed the highlights of %1 (%2). Save them?</translation>
    </message>
    <message>
        <source>Activity report %1 (%2)</source>
        <translation>Activity report %1 (%2)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the activity report as</source>
        <translation>Save the activity report as</translation>
    </message>
    <message>
        <source>Making the activity report…</source>
        <translation>Making the activity report…</translation>
    </message>
    <message>
        <source>The activity report was written to:
%1</source>
        <translation>The activity report was written to:
%1</translation>
    </message>
    <message>
        <source>Open the PDF now?</source>
        <translation>Open the PDF now?</translation>
    </message>
    <message>
        <source>No program to show PDF files was found; the report is in %1.</source>
        <translation>No program to show PDF files was found; the report is in %1.</translation>
    </message>
    <message>
        <source>&amp;Activity report…</source>
        <translation>&amp;Activity report…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Exported a person’s data</source>
        <translation>Exported a person’s data</translation>
    </message>
    <message>
        <source>Printed a person’s data</source>
        <translation>Printed a person’s data</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Erased a person</translation>
    </message>
    <message>
        <source>Merged two people</source>
        <translation>Merged two people</translation>
    </message>
    <message>
        <source>Merged two organisations</source>
        <translation>Merged two organisations</translation>
    </message>
    <message>
        <source>Undid a merge</source>
        <translation>Undid a merge</translation>
    </message>
    <message>
        <source>Anonymised past retention</source>
        <translation>Anonymised past retention</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation>person #%1</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>organisation #%1</translation>
    </message>
    <message>
        <source>%1, %2 (kept %3)</source>
        <translation>%1, %2 (kept %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries anonymised</source>
        <translation>
            <numerusform>%n inquiry anonymised</numerusform>
            <numerusform>%n inquiries anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people erased</source>
        <translation>
            <numerusform>%n person erased</numerusform>
            <numerusform>%n people erased</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest %2)</source>
        <translation>%1 (the newest %2)</translation>
    </message>
    <message>
        <source>Audit list</source>
        <translation>Audit list</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Who exported, printed or erased a person’s data, merged records or anonymised what was past retention, and when.</source>
        <translation>Who exported, printed or erased a person’s data, merged records or anonymised what was past retention, and when.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>A&amp;udit list…</source>
        <translation>A&amp;udit list…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>Re&amp;store…</translation>
    </message>
    <message>
        <source>Only an admin can restore a backup.</source>
        <translation>Only an admin can restore a backup.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>MSEK backups (*.db)</source>
        <translation>MSEK backups (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Replace the office&apos;s data, on every desk, with the backup %1?

A copy of the current data is kept on this desk first, so this can be undone.</source>
        <translation>Replace the office&apos;s data, on every desk, with the backup %1?

A copy of the current data is kept on this desk first, so this can be undone.</translation>
    </message>
    <message>
        <source>Replace all the data with the backup %1?

The current data is backed up first, so this can be undone.</source>
        <translation>Replace all the data with the backup %1?

The current data is backed up first, so this can be undone.</translation>
    </message>
    <message>
        <source>The data was restored from %1.</source>
        <translation>The data was restored from %1.</translation>
    </message>
    <message>
        <source>The data it replaced is in %1.</source>
        <translation>The data it replaced is in %1.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Copying the office&apos;s data to this desk…</source>
        <translation>Copying the office&apos;s data to this desk…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Stopping the copy…</source>
        <translation>Stopping the copy…</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2. Put the damaged file aside (it is kept, renamed) and restore that backup?</source>
        <translation>%1

The newest good backup is from %2. Put the damaged file aside (it is kept, renamed) and restore that backup?</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The damaged file is kept as %2.</source>
        <translation>The backup of %1 was restored. The damaged file is kept as %2.</translation>
    </message>
</context>
<context>
    <name>BatchLetters</name>
    <message numerus="yes">
        <source>…and %n more warnings.</source>
        <translation>
            <numerusform>…and %n more warning.</numerusform>
            <numerusform>…and %n more warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped at the person&apos;s request:</source>
        <translation>Skipped at the person&apos;s request:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Each inquiry&apos;s letter language</source>
        <translation>Each inquiry&apos;s letter language</translation>
    </message>
    <message numerus="yes">
        <source>%n letters will be made, one for each selected inquiry.</source>
        <translation>
            <numerusform>%n letter will be made, for the selected inquiry.</numerusform>
            <numerusform>%n letters will be made, one for each selected inquiry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>Language of the letters</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Where to save the letters</source>
        <translation>Where to save the letters</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Make:</translation>
    </message>
    <message>
        <source>One PDF, each letter starting on a new page</source>
        <translation>One PDF, each letter starting on a new page</translation>
    </message>
    <message>
        <source>One PDF file per letter, in a folder</source>
        <translation>One PDF file per letter, in a folder</translation>
    </message>
    <message>
        <source>Keep each letter in the inquiry&apos;s history</source>
        <translation>Keep each letter in the inquiry&apos;s history</translation>
    </message>
    <message>
        <source>Make the letters</source>
        <translation>Make the letters</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose where to save the letters</source>
        <translation>Choose where to save the letters</translation>
    </message>
    <message>
        <source>Kept letters appear in each inquiry&apos;s timeline and can be marked as sent.</source>
        <translation>Kept letters appear in each inquiry&apos;s timeline and can be marked as sent.</translation>
    </message>
    <message>
        <source>Save the letters as</source>
        <translation>Save the letters as</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <source>Choose where to save the letters.</source>
        <translation>Choose where to save the letters.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Cannot create the folder %1: %2.</translation>
    </message>
    <message>
        <source>Making the letters…</source>
        <translation>Making the letters…</translation>
    </message>
    <message numerus="yes">
        <source>%n letters are in the file %1</source>
        <translation>
            <numerusform>%n letter is in the file %1</numerusform>
            <numerusform>%n letters are in the file %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters are in the folder %1</source>
        <translation>
            <numerusform>%n letter is in the folder %1</numerusform>
            <numerusform>%n letters are in the folder %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Your calendar file could not be written:</source>
        <translation>Your calendar file could not be written:</translation>
    </message>
    <message>
        <source>Folder of the calendar file</source>
        <translation>Folder of the calendar file</translation>
    </message>
    <message>
        <source>Your open follow-ups as an .ics file, rewritten whenever they change: a calendar program subscribed to it (Outlook) shows them, each with a reminder at 9:00 on its day.</source>
        <translation>Your open follow-ups as an .ics file, rewritten whenever they change: a calendar program subscribed to it (Outlook) shows them, each with a reminder at 9:00 on its day.</translation>
    </message>
    <message>
        <source>Kept up to date: %1</source>
        <translation>Kept up to date: %1</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Calendar:</translation>
    </message>
    <message>
        <source>Keep my follow-ups in a calendar file</source>
        <translation>Keep my follow-ups in a calendar file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>No folder chosen</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>Agreed to</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Withdrawn how</source>
        <translation>Withdrawn how</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Withdraw: %1</source>
        <translation>Withdraw: %1</translation>
    </message>
    <message>
        <source>Consents (%1)</source>
        <translation>Consents (%1)</translation>
    </message>
    <message>
        <source>Save the person first to record consents.</source>
        <translation>Save the person first to record consents.</translation>
    </message>
    <message>
        <source>No consent recorded: add one with Add…</source>
        <translation>No consent recorded: add one with Add…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>What the person agreed to, and when and how they said so; a withdrawn consent stays listed.</source>
        <translation>What the person agreed to, and when and how they said so; a withdrawn consent stays listed.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Their own request</source>
        <translation>Their own request</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Being contacted about exchanges</source>
        <translation>Being contacted about exchanges</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Newsletters</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>No letters</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>No email</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>No phone</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consent given</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <source>Cannot be before the consent was given.</source>
        <translation>Cannot be before the consent was given.</translation>
    </message>
    <message>
        <source>This consent is already withdrawn.</source>
        <translation>This consent is already withdrawn.</translation>
    </message>
    <message>
        <source>%1 asked not to receive letters.</source>
        <translation>%1 asked not to receive letters.</translation>
    </message>
    <message>
        <source>%1 asked not to receive emails.</source>
        <translation>%1 asked not to receive emails.</translation>
    </message>
    <message>
        <source>%1 asked not to be called.</source>
        <translation>%1 asked not to be called.</translation>
    </message>
    <message>
        <source>Every person chosen asked not to receive letters: nothing was made.</source>
        <translation>Every person chosen asked not to receive letters: nothing was made.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Pick the organisation from the suggestions, or leave empty.</source>
        <translation>Pick the organisation from the suggestions, or leave empty.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Person — %1</source>
        <translation>Person — %1</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>MSEK Desktop</source>
        <translation>MSEK Desktop</translation>
    </message>
    <message>
        <source>MSEK Desktop — unexpected error</source>
        <translation>MSEK Desktop — unexpected error</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you saved before is safe; the last action may not have finished. Please send the details below to whoever looks after the program.</source>
        <translation>Something unexpected went wrong. What you saved before is safe; the last action may not have finished. Please send the details below to whoever looks after the program.</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Details of the error</translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>The details are also in the log file: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Open inquiries by stage</source>
        <translation>Open inquiries by stage</translation>
    </message>
    <message>
        <source>This year’s inquiries by side</source>
        <translation>This year’s inquiries by side</translation>
    </message>
    <message>
        <source>This year’s inquiries by kind</source>
        <translation>This year’s inquiries by kind</translation>
    </message>
    <message>
        <source>This year’s inquiries by field</source>
        <translation>This year’s inquiries by field</translation>
    </message>
    <message>
        <source>Lost this year: why</source>
        <translation>Lost this year: why</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Exchanges running and coming</source>
        <translation>Exchanges running and coming</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>The office on %1</source>
        <translation>The office on %1</translation>
    </message>
    <message>
        <source>Last year, same days: %1</source>
        <translation>Last year, same days: %1</translation>
    </message>
    <message>
        <source>New inquiries this month</source>
        <translation>New inquiries this month</translation>
    </message>
    <message>
        <source>New inquiries this year</source>
        <translation>New inquiries this year</translation>
    </message>
    <message>
        <source>Days to a first answer (median)</source>
        <translation>Days to a first answer (median)</translation>
    </message>
    <message>
        <source>%1 answered, %2 not yet</source>
        <translation>%1 answered, %2 not yet</translation>
    </message>
    <message>
        <source>Exchange participants this year</source>
        <translation>Exchange participants this year</translation>
    </message>
    <message>
        <source>Saint-Étienne %1 · Katowice %2</source>
        <translation>Saint-Étienne %1 · Katowice %2</translation>
    </message>
    <message>
        <source>No inquiry received this year yet.</source>
        <translation>No inquiry received this year yet.</translation>
    </message>
    <message>
        <source>No inquiry received this year was lost.</source>
        <translation>No inquiry received this year was lost.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <source>No exchange running or planned.</source>
        <translation>No exchange running or planned.</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Open on:</translation>
    </message>
    <message>
        <source>Screen shown at start</source>
        <translation>Screen shown at start</translation>
    </message>
    <message>
        <source>The screen this computer shows when the program starts.</source>
        <translation>The screen this computer shows when the program starts.</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>This computer has no credential store: the password is kept nowhere and is asked at each start.</source>
        <translation>This computer has no credential store: the password is kept nowhere and is asked at each start.</translation>
    </message>
    <message>
        <source>The password is kept in %1 on this computer.</source>
        <translation>The password is kept in %1 on this computer.</translation>
    </message>
    <message>
        <source>Connected: MSEK data found.</source>
        <translation>Connected: MSEK data found.</translation>
    </message>
    <message>
        <source>The server answers but the database holds no MSEK data yet.</source>
        <translation>The server answers but the database holds no MSEK data yet.</translation>
    </message>
    <message>
        <source>The server answers but the database holds another program&apos;s data: choose another database.</source>
        <translation>The server answers but the database holds another program&apos;s data: choose another database.</translation>
    </message>
    <message>
        <source>Where the office&apos;s data lives</source>
        <translation>Where the office&apos;s data lives</translation>
    </message>
    <message>
        <source>Where does this computer find the office&apos;s data?</source>
        <translation>Where does this computer find the office&apos;s data?</translation>
    </message>
    <message>
        <source>This computer keeps the data</source>
        <translation>This computer keeps the data</translation>
    </message>
    <message>
        <source>The data stay in a file on this computer: %1. Right for one desk, or to try the program.</source>
        <translation>The data stay in a file on this computer: %1. Right for one desk, or to try the program.</translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation>Connect to the office server</translation>
    </message>
    <message>
        <source>Every desk of the office works on the same data, kept by the office&apos;s PostgreSQL server.</source>
        <translation>Every desk of the office works on the same data, kept by the office&apos;s PostgreSQL server.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Enter the name of the office server.</source>
        <translation>Enter the name of the office server.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Enter the name of the database.</translation>
    </message>
    <message>
        <source>Enter your login on the server.</source>
        <translation>Enter your login on the server.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>The server refused the login or its password; check them and try again.</source>
        <translation>The server refused the login or its password; check them and try again.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>&amp;Leave the demo data</source>
        <translation>&amp;Leave the demo data</translation>
    </message>
    <message>
        <source>&amp;Try with demo data…</source>
        <translation>&amp;Try with demo data…</translation>
    </message>
    <message>
        <source>Leave the demo data</source>
        <translation>Leave the demo data</translation>
    </message>
    <message>
        <source>Close the demo and open your office&apos;s data (made empty if there are none).</source>
        <translation>Close the demo and open your office&apos;s data (made empty if there are none).</translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>Description of %1</source>
        <translation>Description of %1</translation>
    </message>
    <message>
        <source>Write it now: it is kept with the organisation and printed in this letter and the next ones.</source>
        <translation>Write it now: it is kept with the organisation and printed in this letter and the next ones.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Make the letter without it</source>
        <translation>Make the letter without it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (for reference, not printed)</source>
        <translation>%1 (for reference, not printed)</translation>
    </message>
    <message>
        <source>Write the description, or cancel.</source>
        <translation>Write the description, or cancel.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>Removed by</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written to open it.</source>
        <translation>A copy of %1 could not be written to open it.</translation>
    </message>
    <message>
        <source>No program to open %1 was found. Use Save as… to keep it.</source>
        <translation>No program to open %1 was found. Use Save as… to keep it.</translation>
    </message>
    <message>
        <source>Bin (%1)</source>
        <translation>Bin (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Documents (%n)</numerusform>
            <numerusform>Documents (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>The bin is empty.</translation>
    </message>
    <message>
        <source>Save the record first to attach documents.</source>
        <translation>Save the record first to attach documents.</translation>
    </message>
    <message>
        <source>No documents yet: drop files here, or choose them with Add…</source>
        <translation>No documents yet: drop files here, or choose them with Add…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Attach files (at most %1 each); you can also drop them here</source>
        <translation>Attach files (at most %1 each); you can also drop them here</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Documents removed in the last %1 days</source>
        <translation>Documents removed in the last %1 days</translation>
    </message>
    <message>
        <source>Open shows a read-only copy: changes made to it are not saved here. Removed documents stay in the bin for %1 days.</source>
        <translation>Open shows a read-only copy: changes made to it are not saved here. Removed documents stay in the bin for %1 days.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation>Adding documents…</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Some files were not attached</translation>
    </message>
    <message>
        <source>%1 opened as a read-only copy: changes to it are not saved in MSEK.</source>
        <translation>%1 opened as a read-only copy: changes to it are not saved in MSEK.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Moved to the bin for %2 days: %1.</source>
        <translation>Moved to the bin for %2 days: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>Restored: %1.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 is %2; a document may be at most %3.</source>
        <translation>%1 is %2; a document may be at most %3.</translation>
    </message>
    <message>
        <source>The inquiry %1 is deleted: restore it before attaching documents.</source>
        <translation>The inquiry %1 is deleted: restore it before attaching documents.</translation>
    </message>
    <message>
        <source>The exchange %1 is deleted: restore it before attaching documents.</source>
        <translation>The exchange %1 is deleted: restore it before attaching documents.</translation>
    </message>
    <message>
        <source>The organisation %1 is deleted: restore it before attaching documents.</source>
        <translation>The organisation %1 is deleted: restore it before attaching documents.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to attach.</source>
        <translation>%1 is empty: there is nothing to attach.</translation>
    </message>
    <message>
        <source>%1 is not a file but a pipe, a device or another special file.</source>
        <translation>%1 is not a file but a pipe, a device or another special file.</translation>
    </message>
    <message>
        <source>%1 is damaged in the database: its bytes no longer match the checksum recorded when it was attached. Restore a backup to get it back.</source>
        <translation>%1 is damaged in the database: its bytes no longer match the checksum recorded when it was attached. Restore a backup to get it back.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 cannot be written: %2.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Choose a pair to compare them.</source>
        <translation>Choose a pair to compare them.</translation>
    </message>
    <message>
        <source>Kept: %1 (#%2)</source>
        <translation>Kept: %1 (#%2)</translation>
    </message>
    <message>
        <source>Merged into it: %1 (#%2)</source>
        <translation>Merged into it: %1 (#%2)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation>Both, one after the other</translation>
    </message>
    <message numerus="yes">
        <source>%n other fields are the same in both.</source>
        <translation>
            <numerusform>%n other fields are the same in both.</numerusform>
            <numerusform>%n other fields are the same in both.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fields of exchange of both are kept.</source>
        <translation>The fields of exchange of both are kept.</translation>
    </message>
    <message>
        <source>Duplicate people</source>
        <translation>Duplicate people</translation>
    </message>
    <message>
        <source>Duplicate organisations</source>
        <translation>Duplicate organisations</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Probable duplicates</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Merges</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>Duplicates…</translation>
    </message>
    <message>
        <source>People or organisations recorded twice, to merge</source>
        <translation>People or organisations recorded twice, to merge</translation>
    </message>
    <message>
        <source>Can be undone until %1</source>
        <translation>Can be undone until %1</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>No merge yet.</source>
        <translation>No merge yet.</translation>
    </message>
    <message>
        <source>Undo this merge? %1 is separated from %2 again, with everything that named it.</source>
        <translation>Undo this merge? %1 is separated from %2 again, with everything that named it.</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Merge undone.</translation>
    </message>
    <message>
        <source>A merge can be undone for as many days as daily backups are kept (office settings): both records come back as they were, with everything that named them. A change made since the merge is kept.</source>
        <translation>A merge can be undone for as many days as daily backups are kept (office settings): both records come back as they were, with everything that named them. A change made since the merge is kept.</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Undo merge</translation>
    </message>
    <message>
        <source>Probably</source>
        <translation>Probably</translation>
    </message>
    <message>
        <source>Perhaps</source>
        <translation>Perhaps</translation>
    </message>
    <message>
        <source>The same?</source>
        <translation>The same?</translation>
    </message>
    <message>
        <source>One</source>
        <translation>One</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>The other</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No duplicates found.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %2 into %1? Everything that names %2 moves to %1, and %2 goes to the bin. The merge can be undone for %n days.</source>
        <translation>
            <numerusform>Merge %2 into %1? Everything that names %2 moves to %1, and %2 goes to the bin. The merge can be undone for %n days.</numerusform>
            <numerusform>Merge %2 into %1? Everything that names %2 moves to %1, and %2 goes to the bin. The merge can be undone for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 merged into %2.</translation>
    </message>
    <message>
        <source>People who are probably the same: the same email, or the same name and organisation. Choose a pair, then which value of each field to keep.</source>
        <translation>People who are probably the same: the same email, or the same name and organisation. Choose a pair, then which value of each field to keep.</translation>
    </message>
    <message>
        <source>Organisations that are probably the same: the same name, or a name a typo apart. Choose a pair, then which value of each field to keep.</source>
        <translation>Organisations that are probably the same: the same name, or a name a typo apart. Choose a pair, then which value of each field to keep.</translation>
    </message>
    <message>
        <source>&amp;Keep the other one</source>
        <translation>&amp;Keep the other one</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>No letters</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>No email</translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation>No phone calls</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Seeks</source>
        <translation>Seeks</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Description (French)</source>
        <translation>Description (French)</translation>
    </message>
    <message>
        <source>Description (Polish)</source>
        <translation>Description (Polish)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>Their own request</source>
        <translation>Their own request</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>same email</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>same name, the last name in its feminine or masculine form</source>
        <translation>same name, the last name in its feminine or masculine form</translation>
    </message>
    <message>
        <source>same name, another organisation</source>
        <translation>same name, another organisation</translation>
    </message>
    <message>
        <source>same last name, a similar first name</source>
        <translation>same last name, a similar first name</translation>
    </message>
    <message>
        <source>same last name, one first name missing</source>
        <translation>same last name, one first name missing</translation>
    </message>
    <message>
        <source>same first name, a similar last name</source>
        <translation>same first name, a similar last name</translation>
    </message>
    <message>
        <source>same first name, the last name in the form of the other gender</source>
        <translation>same first name, the last name in the form of the other gender</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>a similar name</translation>
    </message>
    <message>
        <source>the same name, accents and capitals aside</source>
        <translation>the same name, accents and capitals aside</translation>
    </message>
    <message>
        <source>the same email, a close name</source>
        <translation>the same email, a close name</translation>
    </message>
    <message>
        <source>a name a typo apart</source>
        <translation>a name a typo apart</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Final: a person it named was erased</source>
        <translation>Final: a person it named was erased</translation>
    </message>
    <message>
        <source>Final: older than the daily backups kept</source>
        <translation>Final: older than the daily backups kept</translation>
    </message>
    <message>
        <source>Final: one of the records was erased since</source>
        <translation>Final: one of the records was erased since</translation>
    </message>
    <message>
        <source>Merged again since: undo that merge first</source>
        <translation>Merged again since: undo that merge first</translation>
    </message>
    <message>
        <source>The record kept is in the bin: restore it first</source>
        <translation>The record kept is in the bin: restore it first</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>merge undone: record %1 apart from %2 again</source>
        <translation>merge undone: record %1 apart from %2 again</translation>
    </message>
    <message>
        <source>record %1 merged into %2</source>
        <translation>record %1 merged into %2</translation>
    </message>
    <message>
        <source>Person #%1 was merged into #%2 and cannot be restored on its own: undo the merge instead (Duplicates… on the People list, its Merges tab).</source>
        <translation>Person #%1 was merged into #%2 and cannot be restored on its own: undo the merge instead (Duplicates… on the People list, its Merges tab).</translation>
    </message>
    <message>
        <source>Organisation #%1 was merged into #%2 and cannot be restored on its own: undo the merge instead (Duplicates… on the Organisations list, its Merges tab).</source>
        <translation>Organisation #%1 was merged into #%2 and cannot be restored on its own: undo the merge instead (Duplicates… on the Organisations list, its Merges tab).</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>The email is written from the saved record. Save your changes?</source>
        <translation>The email is written from the saved record. Save your changes?</translation>
    </message>
    <message>
        <source>Write email…</source>
        <translation>Write email…</translation>
    </message>
    <message>
        <source>Write an email from a template and open it in your mail program</source>
        <translation>Write an email from a template and open it in your mail program</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Introduction to a partner</source>
        <translation>Introduction to a partner</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>This record</translation>
    </message>
    <message>
        <source>%1 has no email address recorded. Add it on their form, or copy the text and paste it into your mail program.</source>
        <translation>%1 has no email address recorded. Add it on their form, or copy the text and paste it into your mail program.</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>The draft could not be written: %1</translation>
    </message>
    <message>
        <source>No mail program was found to open the draft.</source>
        <translation>No mail program was found to open the draft.</translation>
    </message>
    <message>
        <source>It is saved as %1.</source>
        <translation>It is saved as %1.</translation>
    </message>
    <message>
        <source>Did you send it? Log it in the history once it is sent.</source>
        <translation>Did you send it? Log it in the history once it is sent.</translation>
    </message>
    <message>
        <source>Log as sent</source>
        <translation>Log as sent</translation>
    </message>
    <message>
        <source>Logged as sent in the history.</source>
        <translation>Logged as sent in the history.</translation>
    </message>
    <message>
        <source>The subject and text are copied: paste them into your mail program.</source>
        <translation>The subject and text are copied: paste them into your mail program.</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>Write email</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Open in mail program</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Attach the introduction letter (PDF)</source>
        <translation>Attach the introduction letter (PDF)</translation>
    </message>
    <message>
        <source>Attach the proposal letter (PDF)</source>
        <translation>Attach the proposal letter (PDF)</translation>
    </message>
</context>
<context>
    <name>Emails</name>
    <message>
        <source>%1 has no email address: add it to their record first.</source>
        <translation>%1 has no email address: add it to their record first.</translation>
    </message>
    <message>
        <source>%1 has no inquiry: an email is written about one.</source>
        <translation>%1 has no inquiry: an email is written about one.</translation>
    </message>
    <message>
        <source>An introduction is written to a proposed partner of an inquiry.</source>
        <translation>An introduction is written to a proposed partner of an inquiry.</translation>
    </message>
    <message>
        <source>No partner is proposed for this inquiry yet: propose one first, or choose another email.</source>
        <translation>No partner is proposed for this inquiry yet: propose one first, or choose another email.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>This is not a valid phone number (write the country code for abroad).</source>
        <translation>This is not a valid phone number (write the country code for abroad).</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>The login %1 is already taken.</translation>
    </message>
    <message>
        <source>%1 is neither in Saint-Étienne nor in Katowice: a partner is sought in one of the two cities.</source>
        <translation>%1 is neither in Saint-Étienne nor in Katowice: a partner is sought in one of the two cities.</translation>
    </message>
    <message>
        <source>%1 is not on the inquiry&apos;s other side: a partner is sought in %2.</source>
        <translation>%1 is not on the inquiry&apos;s other side: a partner is sought in %2.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>This is not a valid email address.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Not a whole number.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Must be at least %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Must be at most %1.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Cannot be in the future.</translation>
    </message>
    <message>
        <source>Write a two-letter country code such as FR or PL.</source>
        <translation>Write a two-letter country code such as FR or PL.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter language code such as fr, pl or en.</source>
        <translation>“%1” is not a two-letter language code such as fr, pl or en.</translation>
    </message>
    <message>
        <source>Choose a contact or an organisation.</source>
        <translation>Choose a contact or an organisation.</translation>
    </message>
    <message>
        <source>Say why the inquiry was lost.</source>
        <translation>Say why the inquiry was lost.</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits, dots, underscores and hyphens.</source>
        <translation>Only lower-case letters, digits, dots, underscores and hyphens.</translation>
    </message>
    <message>
        <source>%1 is the inquiry&apos;s own organisation.</source>
        <translation>%1 is the inquiry&apos;s own organisation.</translation>
    </message>
    <message>
        <source>The inquiry %1 is closed (%2): reopen it before changing it.</source>
        <translation>The inquiry %1 is closed (%2): reopen it before changing it.</translation>
    </message>
    <message>
        <source>Choose why the organisation declined.</source>
        <translation>Choose why the organisation declined.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>There is no staff member %1.</translation>
    </message>
    <message>
        <source>The database server keeps this name for itself; choose another.</source>
        <translation>The database server keeps this name for itself; choose another.</translation>
    </message>
    <message>
        <source>%1 is already a login on this database server; choose another.</source>
        <translation>%1 is already a login on this database server; choose another.</translation>
    </message>
    <message>
        <source>The login cannot be changed on the office server: it is how they log in.</source>
        <translation>The login cannot be changed on the office server: it is how they log in.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Too short: at least %1 characters.</translation>
    </message>
    <message>
        <source>You cannot change this for your own login; ask another admin.</source>
        <translation>You cannot change this for your own login; ask another admin.</translation>
    </message>
    <message>
        <source>Only an admin of the office database may do this (%1 is a staff login).</source>
        <translation>Only an admin of the office database may do this (%1 is a staff login).</translation>
    </message>
    <message>
        <source>The login %1 is not a staff member of this office database; ask an admin to add you.</source>
        <translation>The login %1 is not a staff member of this office database; ask an admin to add you.</translation>
    </message>
    <message>
        <source>Someone else saved this record since you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Someone else saved this record since you opened it. Reload it to see their changes, then make yours again.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>The database is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved.</source>
        <translation>The database is read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>The disk is full. Free some space and try again; nothing already saved was lost.</translation>
    </message>
    <message>
        <source>This record no longer exists or was deleted.</source>
        <translation>This record no longer exists or was deleted.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <source>This is not an MSEK database file.</source>
        <translation>This is not an MSEK database file.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <source>The database is in a place where it can be damaged (a network share or a folder synced by OneDrive, Dropbox or Google Drive).</source>
        <translation>The database is in a place where it can be damaged (a network share or a folder synced by OneDrive, Dropbox or Google Drive).</translation>
    </message>
    <message>
        <source>The office server refused the login or its password.</source>
        <translation>The office server refused the login or its password.</translation>
    </message>
    <message>
        <source>The office server cannot be reached.</source>
        <translation>The office server cannot be reached.</translation>
    </message>
    <message>
        <source>This is not available with an office server yet.</source>
        <translation>This is not available with an office server yet.</translation>
    </message>
    <message>
        <source>The database cannot be used.</source>
        <translation>The database cannot be used.</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>Why cancelled</translation>
    </message>
    <message>
        <source>Cancellation note</source>
        <translation>Cancellation note</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Planned from Saint-Étienne</source>
        <translation>Planned from Saint-Étienne</translation>
    </message>
    <message>
        <source>Planned from Katowice</source>
        <translation>Planned from Katowice</translation>
    </message>
    <message>
        <source>Took part from Saint-Étienne</source>
        <translation>Took part from Saint-Étienne</translation>
    </message>
    <message>
        <source>Took part from Katowice</source>
        <translation>Took part from Katowice</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>The inquiry’s stage follows this exchange</source>
        <translation>The inquiry’s stage follows this exchange</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>Add an organisation…</source>
        <translation>Add an organisation…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the selected organisation off</source>
        <translation>Take the selected organisation off</translation>
    </message>
    <message>
        <source>Organisations of the exchange</source>
        <translation>Organisations of the exchange</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>Programme (%n)</source>
        <translation>
            <numerusform>Programme (%n)</numerusform>
            <numerusform>Programme (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funding (%n)</source>
        <translation>
            <numerusform>Funding (%n)</numerusform>
            <numerusform>Funding (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>New exchange</translation>
    </message>
    <message>
        <source>Exchange — %1</source>
        <translation>Exchange — %1</translation>
    </message>
    <message>
        <source>Exchange “%1” saved.</source>
        <translation>Exchange “%1” saved.</translation>
    </message>
    <message>
        <source>Delete the exchange “%1”? You can restore it later from “Show deleted” on the Exchanges screen.</source>
        <translation>Delete the exchange “%1”? You can restore it later from “Show deleted” on the Exchanges screen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>The status and the inquiry’s stage follow the dates: running from the first day, completed after the last. Untick to set them by hand.</source>
        <translation>The status and the inquiry’s stage follow the dates: running from the first day, completed after the last. Untick to set them by hand.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Took part</translation>
    </message>
    <message>
        <source>How it went: what was done, what came of it, what to do again…</source>
        <translation>How it went: what was done, what came of it, what to do again…</translation>
    </message>
    <message>
        <source>Inquiry %1</source>
        <translation>Inquiry %1</translation>
    </message>
    <message>
        <source>Open the inquiry of this exchange</source>
        <translation>Open the inquiry of this exchange</translation>
    </message>
    <message>
        <source>Record another exchange…</source>
        <translation>Record another exchange…</translation>
    </message>
    <message>
        <source>Exchange: %1</source>
        <translation>Exchange: %1</translation>
    </message>
    <message>
        <source>Open the exchange recorded for this inquiry</source>
        <translation>Open the exchange recorded for this inquiry</translation>
    </message>
    <message numerus="yes">
        <source>Exchanges (%n)</source>
        <translation>
            <numerusform>Exchanges (%n)</numerusform>
            <numerusform>Exchanges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchanges recorded for this inquiry</source>
        <translation>The exchanges recorded for this inquiry</translation>
    </message>
    <message>
        <source>Record the exchange…</source>
        <translation>Record the exchange…</translation>
    </message>
    <message>
        <source>Record what was agreed: who goes where, when, what funding</source>
        <translation>Record what was agreed: who goes where, when, what funding</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Residency</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Concert</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Joint project</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The funding did not come</source>
        <translation>The funding did not come</translation>
    </message>
    <message>
        <source>No dates suit both sides</source>
        <translation>No dates suit both sides</translation>
    </message>
    <message>
        <source>A partner withdrew</source>
        <translation>A partner withdrew</translation>
    </message>
    <message>
        <source>Health or safety</source>
        <translation>Health or safety</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <source>Creative Europe</source>
        <translation>Creative Europe</translation>
    </message>
    <message>
        <source>City of Saint-Étienne</source>
        <translation>City of Saint-Étienne</translation>
    </message>
    <message>
        <source>City of Katowice</source>
        <translation>City of Katowice</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>Own funds</translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>what happens</source>
        <translation>what happens</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Cannot be before the first day (%1).</source>
        <translation>Cannot be before the first day (%1).</translation>
    </message>
    <message>
        <source>Item %1: its day %2 is not between %3 and %4.</source>
        <translation>Item %1: its day %2 is not between %3 and %4.</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>Item %1, %2: %3</translation>
    </message>
    <message>
        <source>Funding line %1, %2: %3</source>
        <translation>Funding line %1, %2: %3</translation>
    </message>
    <message>
        <source>Not an amount; write it as 1200, 1200.50 or 1 200,50.</source>
        <translation>Not an amount; write it as 1200, 1200.50 or 1 200,50.</translation>
    </message>
    <message>
        <source>At most 2 decimals.</source>
        <translation>At most 2 decimals.</translation>
    </message>
    <message>
        <source>No organisation named “%1” is recorded; import or create it first.</source>
        <translation>No organisation named “%1” is recorded; import or create it first.</translation>
    </message>
    <message>
        <source>Several organisations are named “%1”.</source>
        <translation>Several organisations are named “%1”.</translation>
    </message>
    <message>
        <source>“%1” is recorded on another side: %2.</source>
        <translation>“%1” is recorded on another side: %2.</translation>
    </message>
    <message>
        <source>No inquiry %1 is recorded (or it is deleted).</source>
        <translation>No inquiry %1 is recorded (or it is deleted).</translation>
    </message>
    <message>
        <source>This exchange is already recorded.</source>
        <translation>This exchange is already recorded.</translation>
    </message>
    <message>
        <source>This exchange is already in the file, on line %1.</source>
        <translation>This exchange is already in the file, on line %1.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No exchange this month.</source>
        <translation>No exchange this month.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Show this month</source>
        <translation>Show this month</translation>
    </message>
    <message>
        <source>Exchanges of the month, by day</source>
        <translation>Exchanges of the month, by day</translation>
    </message>
    <message>
        <source>Exchanges of the month</source>
        <translation>Exchanges of the month</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 planned</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Any field</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>New exchange</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Title, organisation…</source>
        <translation>Title, organisation…</translation>
    </message>
    <message>
        <source>Search exchanges</source>
        <translation>Search exchanges</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange yet: record one from an agreed inquiry (Record the exchange…), or create one.</source>
        <translation>No exchange yet: record one from an agreed inquiry (Record the exchange…), or create one.</translation>
    </message>
    <message>
        <source>No deleted exchange: nothing to restore.</source>
        <translation>No deleted exchange: nothing to restore.</translation>
    </message>
    <message numerus="yes">
        <source>All %n exchanges selected</source>
        <translation>
            <numerusform>%n exchange selected (all)</numerusform>
            <numerusform>All %n exchanges selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n exchanges?</source>
        <translation>
            <numerusform>Restore %n exchange?</numerusform>
            <numerusform>Restore %n exchanges?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges restored.</source>
        <translation>
            <numerusform>%n exchange restored.</numerusform>
            <numerusform>%n exchanges restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>No exchange matches these filters.</source>
        <translation>No exchange matches these filters.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Kind filter</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Field filter</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Year filter</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import exchanges from a CSV file or an Excel workbook</source>
        <translation>Import exchanges from a CSV file or an Excel workbook</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>List or calendar</source>
        <translation>List or calendar</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a folder.</source>
        <translation>Cannot export to %1: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is not a regular file (a pipe or a device).</source>
        <translation>Cannot export to %1: it is not a regular file (a pipe or a device).</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is the database itself (or one of its files); choose another name.</source>
        <translation>Cannot export to %1: it is the database itself (or one of its files); choose another name.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is in the database&apos;s backups folder; choose another folder.</source>
        <translation>Cannot export to %1: it is in the database&apos;s backups folder; choose another folder.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a database file, which an export never replaces; choose another name.</source>
        <translation>Cannot export to %1: it is a database file, which an export never replaces; choose another name.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file is read-only.</source>
        <translation>Cannot export to %1: the file is read-only.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .xlsx or .csv.</source>
        <translation>Cannot export to %1: the file name must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV text file for Excel (.csv)</source>
        <translation>CSV text file for Excel (.csv)</translation>
    </message>
    <message>
        <source>Every record is exported, not only the ones shown in a list. Deleted records are left out.</source>
        <translation>Every record is exported, not only the ones shown in a list. Deleted records are left out.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were written to %1</source>
        <translation>
            <numerusform>%n row was written to %1</numerusform>
            <numerusform>%n rows were written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Write to %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Open %1 in the browser</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to MSEK Desktop</source>
        <translation>Welcome to MSEK Desktop</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Staff members</translation>
    </message>
    <message>
        <source>I am not in the list…</source>
        <translation>I am not in the list…</translation>
    </message>
    <message>
        <source>Demo data: pick one of these made-up staff members to try the program as them; it is remembered for the demo only.</source>
        <translation>Demo data: pick one of these made-up staff members to try the program as them; it is remembered for the demo only.</translation>
    </message>
    <message>
        <source>Who are you? Pick your name; it is remembered.</source>
        <translation>Who are you? Pick your name; it is remembered.</translation>
    </message>
    <message>
        <source>Enter yourself as a new staff member of the office.</source>
        <translation>Enter yourself as a new staff member of the office.</translation>
    </message>
    <message>
        <source>There is no staff member yet. Enter yourself as the first one: your name and titles are used to sign the letters.</source>
        <translation>There is no staff member yet. Enter yourself as the first one: your name and titles are used to sign the letters.</translation>
    </message>
    <message>
        <source>MSEK Desktop</source>
        <translation>MSEK Desktop</translation>
    </message>
    <message>
        <source>Your office&apos;s data are still empty. Try the program first?</source>
        <translation>Your office&apos;s data are still empty. Try the program first?</translation>
    </message>
    <message>
        <source>Demo data are made-up inquiries, people and organisations. They open in a separate demo database, never in your office&apos;s data, and the window says DEMO DATA while they are open. File › Leave the demo data brings you back; Help › Try with demo data… opens them again later.</source>
        <translation>Demo data are made-up inquiries, people and organisations. They open in a separate demo database, never in your office&apos;s data, and the window says DEMO DATA while they are open. File › Leave the demo data brings you back; Help › Try with demo data… opens them again later.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <source>Start with my office&apos;s data</source>
        <translation>Start with my office&apos;s data</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>What came of it?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Plan the next follow-up</source>
        <translation>Plan the next follow-up</translation>
    </message>
    <message>
        <source>Next follow-up due</source>
        <translation>Next follow-up due</translation>
    </message>
    <message>
        <source>Next follow-up action</source>
        <translation>Next follow-up action</translation>
    </message>
    <message>
        <source>Next follow-up: to do</source>
        <translation>Next follow-up: to do</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>To do:</translation>
    </message>
    <message>
        <source>Already planned: %1, %2.</source>
        <translation>Already planned: %1, %2.</translation>
    </message>
    <message>
        <source>Nothing else is planned for this inquiry.</source>
        <translation>Nothing else is planned for this inquiry.</translation>
    </message>
    <message>
        <source>Move the inquiry to another stage</source>
        <translation>Move the inquiry to another stage</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>(pick a reason)</source>
        <translation>(pick a reason)</translation>
    </message>
    <message>
        <source>Why it was lost</source>
        <translation>Why it was lost</translation>
    </message>
    <message>
        <source>Note on why it was lost</source>
        <translation>Note on why it was lost</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <source>Why lost:</source>
        <translation>Why lost:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Save or discard the changes to the inquiry first.</source>
        <translation>Save or discard the changes to the inquiry first.</translation>
    </message>
    <message>
        <source>Please write what came of it.</source>
        <translation>Please write what came of it.</translation>
    </message>
    <message>
        <source>Please pick why it was lost.</source>
        <translation>Please pick why it was lost.</translation>
    </message>
    <message>
        <source>Please say why in the note.</source>
        <translation>Please say why in the note.</translation>
    </message>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Reschedule the follow-up</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>New due date:</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Mark as done…</source>
        <translation>Mark as done…</translation>
    </message>
    <message>
        <source>Mark the follow-up done</source>
        <translation>Mark the follow-up done</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Add to calendar</translation>
    </message>
    <message>
        <source>Add the follow-up to your calendar program</source>
        <translation>Add the follow-up to your calendar program</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>The calendar file could not be written.</translation>
    </message>
    <message>
        <source>No calendar program was found to open %1.</source>
        <translation>No calendar program was found to open %1.</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>All open follow-ups</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>When filter</source>
        <translation>When filter</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Assignee filter</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-ups</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n follow-ups (narrow the filters)</source>
        <translation>
            <numerusform>The first %n follow-up (narrow the filters)</numerusform>
            <numerusform>The first %n follow-ups (narrow the filters)</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up planned: plan one from an inquiry&apos;s Follow-ups tab.</source>
        <translation>No follow-up planned: plan one from an inquiry&apos;s Follow-ups tab.</translation>
    </message>
    <message>
        <source>Nothing overdue for %1.</source>
        <translation>Nothing overdue for %1.</translation>
    </message>
    <message>
        <source>Nothing due today for %1.</source>
        <translation>Nothing due today for %1.</translation>
    </message>
    <message>
        <source>Nothing upcoming for %1.</source>
        <translation>Nothing upcoming for %1.</translation>
    </message>
    <message>
        <source>%1 has no open follow-up.</source>
        <translation>%1 has no open follow-up.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nothing due today.</translation>
    </message>
    <message>
        <source>Nothing upcoming.</source>
        <translation>Nothing upcoming.</translation>
    </message>
    <message>
        <source>Show everyone&apos;s</source>
        <translation>Show everyone&apos;s</translation>
    </message>
    <message>
        <source>Show all open follow-ups</source>
        <translation>Show all open follow-ups</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Calls, notes, emails, meetings</source>
        <translation>Calls, notes, emails, meetings</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Stage changes</translation>
    </message>
    <message>
        <source>Letters and partners</source>
        <translation>Letters and partners</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Edits</translation>
    </message>
    <message>
        <source>Nothing recorded yet: log a call, a note, an email or a meeting above.</source>
        <translation>Nothing recorded yet: log a call, a note, an email or a meeting above.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Nothing of this kind yet.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Line %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows are not correct.</source>
        <translation>
            <numerusform>Nothing was imported: %n row is not correct.</numerusform>
            <numerusform>Nothing was imported: %n rows are not correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Every row is written, or none.</source>
        <translation>Every row is written, or none.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries imported</source>
        <translation>
            <numerusform>%n inquiry imported</numerusform>
            <numerusform>%n inquiries imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. The import added:</source>
        <translation>Done. The import added:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>The import did not finish. Nothing was written.</source>
        <translation>The import did not finish. Nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n exchanges</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Rows that cannot be imported</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>The check did not finish. Go back and press Next to check again.</source>
        <translation>The check did not finish. Go back and press Next to check again.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are correct.</source>
        <translation>
            <numerusform>%n row is correct.</numerusform>
            <numerusform>%n rows are correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import will add:</source>
        <translation>The import will add:</translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported.</source>
        <translation>
            <numerusform>%n row cannot be imported.</numerusform>
            <numerusform>%n rows cannot be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is correct: fix the file, then go back to the first page and choose it again.</source>
        <translation>Nothing can be imported until every row is correct: fix the file, then go back to the first page and choose it again.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges imported</source>
        <translation>
            <numerusform>%n exchanges imported</numerusform>
            <numerusform>%n exchanges imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <source>&amp;Inquiries</source>
        <translation>&amp;Inquiries</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>E&amp;xchanges</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx)</source>
        <translation>CSV files and Excel workbooks (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>The file is empty: its first row should name the columns.</source>
        <translation>The file is empty: its first row should name the columns.</translation>
    </message>
    <message>
        <source>The file has no rows below the header line.</source>
        <translation>The file has no rows below the header line.</translation>
    </message>
    <message>
        <source>Choose the column that holds the title.</source>
        <translation>Choose the column that holds the title.</translation>
    </message>
    <message>
        <source>Choose a column that holds the organisations.</source>
        <translation>Choose a column that holds the organisations.</translation>
    </message>
    <message>
        <source>Choose the column that holds the subject.</source>
        <translation>Choose the column that holds the subject.</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name or the organisation.</source>
        <translation>Choose the column that holds the last name or the organisation.</translation>
    </message>
    <message>
        <source>Import exchanges</source>
        <translation>Import exchanges</translation>
    </message>
    <message>
        <source>Import inquiries</source>
        <translation>Import inquiries</translation>
    </message>
    <message>
        <source>Exchanges with their programme and funding.</source>
        <translation>Exchanges with their programme and funding.</translation>
    </message>
    <message>
        <source>Inquiries with their people and organisations.</source>
        <translation>Inquiries with their people and organisations.</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx) with one exchange per row and the names of the columns in the first row, such as an export of the exchanges. Their organisations must be recorded already. Nothing is saved before the last step, and then either every row is imported or none.</source>
        <translation>Choose a CSV file or an Excel workbook (.xlsx) with one exchange per row and the names of the columns in the first row, such as an export of the exchanges. Their organisations must be recorded already. Nothing is saved before the last step, and then either every row is imported or none.</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx) with one inquiry per row and the names of the columns in the first row. Nothing is saved before the last step, and then either every row is imported or none.</source>
        <translation>Choose a CSV file or an Excel workbook (.xlsx) with one inquiry per row and the names of the columns in the first row. Nothing is saved before the last step, and then either every row is imported or none.</translation>
    </message>
    <message>
        <source>The columns were matched by their names. Change any that is wrong, or choose “Do not import” to leave a column out. Each row needs a title and at least one organisation. The programme has one item per line: its day, place and what happens, separated by “|”.</source>
        <translation>The columns were matched by their names. Change any that is wrong, or choose “Do not import” to leave a column out. Each row needs a title and at least one organisation. The programme has one item per line: its day, place and what happens, separated by “|”.</translation>
    </message>
    <message>
        <source>The columns were matched by their names. Change any that is wrong, or choose “Do not import” to leave a column out. Each row needs a subject, and a last name or an organisation.</source>
        <translation>The columns were matched by their names. Change any that is wrong, or choose “Do not import” to leave a column out. Each row needs a subject, and a last name or an organisation.</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Say what each column of the file holds.</source>
        <translation>Say what each column of the file holds.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Import the column %1 as</source>
        <translation>Import the column %1 as</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>number %1</translation>
    </message>
    <message>
        <source>Chosen for another column too.</source>
        <translation>Chosen for another column too.</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column.</source>
        <translation>%1 is chosen for more than one column.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Maybe recorded as</source>
        <translation>Maybe recorded as</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>These rows look like records already there, but not enough to be sure. Link a row to the record if it is the same, or leave it: it gets a new record.</source>
        <translation>These rows look like records already there, but not enough to be sure. Link a row to the record if it is the same, or leave it: it gets a new record.</translation>
    </message>
    <message>
        <source>Rows to confirm</source>
        <translation>Rows to confirm</translation>
    </message>
    <message>
        <source>&amp;Same: link the row to it</source>
        <translation>&amp;Same: link the row to it</translation>
    </message>
    <message>
        <source>Not the same: new &amp;record</source>
        <translation>Not the same: new &amp;record</translation>
    </message>
    <message>
        <source>Link to this record</source>
        <translation>Link to this record</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Already recorded as</source>
        <translation>Already recorded as</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Records already there</source>
        <translation>Records already there</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problem (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already recorded (%n)</source>
        <translation>
            <numerusform>Already recorded (%n)</numerusform>
            <numerusform>Already recorded (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To confirm (%n)</source>
        <translation>
            <numerusform>To confirm (%n)</numerusform>
            <numerusform>To confirm (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows may name a person or an organisation already recorded: see “To confirm”. Each one you do not link gets a new record (counted above).</source>
        <translation>
            <numerusform>%n row may name a person or an organisation already recorded: see “To confirm”. If you do not link it, it gets a new record (counted above).</numerusform>
            <numerusform>%n rows may name a person or an organisation already recorded: see “To confirm”. Each one you do not link gets a new record (counted above).</numerusform>
        </translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Fields of exchange</source>
        <translation>Fields of exchange</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Organisation&apos;s description in French</source>
        <translation>Organisation&apos;s description in French</translation>
    </message>
    <message>
        <source>Organisation&apos;s description in Polish</source>
        <translation>Organisation&apos;s description in Polish</translation>
    </message>
    <message>
        <source>Organisation&apos;s description in English</source>
        <translation>Organisation&apos;s description in English</translation>
    </message>
    <message>
        <source>What the organisation offers</source>
        <translation>What the organisation offers</translation>
    </message>
    <message>
        <source>What the organisation seeks</source>
        <translation>What the organisation seeks</translation>
    </message>
    <message>
        <source>Organisation&apos;s tags</source>
        <translation>Organisation&apos;s tags</translation>
    </message>
    <message>
        <source>Organisation&apos;s audiences</source>
        <translation>Organisation&apos;s audiences</translation>
    </message>
    <message>
        <source>Organisation&apos;s working languages</source>
        <translation>Organisation&apos;s working languages</translation>
    </message>
    <message>
        <source>Visitors the organisation can host</source>
        <translation>Visitors the organisation can host</translation>
    </message>
    <message>
        <source>Organisation active</source>
        <translation>Organisation active</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>No letters</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>No email</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>No phone</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Consents given on</source>
        <translation>Consents given on</translation>
    </message>
    <message>
        <source>Consents given by</source>
        <translation>Consents given by</translation>
    </message>
    <message>
        <source>Kind of exchange</source>
        <translation>Kind of exchange</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Organisations in Saint-Étienne</source>
        <translation>Organisations in Saint-Étienne</translation>
    </message>
    <message>
        <source>Organisations in Katowice</source>
        <translation>Organisations in Katowice</translation>
    </message>
    <message>
        <source>Organisations elsewhere</source>
        <translation>Organisations elsewhere</translation>
    </message>
    <message>
        <source>Organisations (any side)</source>
        <translation>Organisations (any side)</translation>
    </message>
    <message>
        <source>Inquiry (its reference)</source>
        <translation>Inquiry (its reference)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (Excel Unicode text)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Central European)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Western European)</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Header line</source>
        <translation>Header line</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>same email</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>same name, the last name in its feminine or masculine form</source>
        <translation>same name, the last name in its feminine or masculine form</translation>
    </message>
    <message>
        <source>confirmed by you</source>
        <translation>confirmed by you</translation>
    </message>
    <message>
        <source>same name, another organisation</source>
        <translation>same name, another organisation</translation>
    </message>
    <message>
        <source>same last name, a similar first name</source>
        <translation>same last name, a similar first name</translation>
    </message>
    <message>
        <source>same last name, one first name missing</source>
        <translation>same last name, one first name missing</translation>
    </message>
    <message>
        <source>same first name, a similar last name</source>
        <translation>same first name, a similar last name</translation>
    </message>
    <message>
        <source>same first name, the last name in the form of the other gender</source>
        <translation>same first name, the last name in the form of the other gender</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>a similar name</translation>
    </message>
    <message>
        <source>several records of this name</source>
        <translation>several records of this name</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Excel workbook (first sheet).</source>
        <translation>Excel workbook (first sheet).</translation>
    </message>
    <message>
        <source>Text file (CSV), encoding %1, columns separated by %2.</source>
        <translation>Text file (CSV), encoding %1, columns separated by %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows below the header line.</source>
        <translation>
            <numerusform>%n row below the header line.</numerusform>
            <numerusform>%n rows below the header line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns.</source>
        <translation>
            <numerusform>%n column.</numerusform>
            <numerusform>%n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n inquiry</numerusform>
            <numerusform>%n inquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to records already there, which stay unchanged:</source>
        <translation>Linked to records already there, which stay unchanged:</translation>
    </message>
    <message>
        <source>Consents are a person&apos;s, and this row names no person.</source>
        <translation>Consents are a person&apos;s, and this row names no person.</translation>
    </message>
    <message>
        <source>Says when or how consents were given, but names no consent.</source>
        <translation>Says when or how consents were given, but names no consent.</translation>
    </message>
    <message>
        <source>Required with consents: write form, email, letter or phone.</source>
        <translation>Required with consents: write form, email, letter or phone.</translation>
    </message>
    <message>
        <source>Gives %1 values for %2 consents: give one, or one per consent.</source>
        <translation>Gives %1 values for %2 consents: give one, or one per consent.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY.</source>
        <translation>Not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>line %1, byte %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>The file is UTF-8 text, but some bytes in it are not UTF-8 (%1). Correct the text there and save the file as UTF-8.</source>
        <translation>The file is UTF-8 text, but some bytes in it are not UTF-8 (%1). Correct the text there and save the file as UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not a file but a pipe, a device or another special file; choose a CSV file or an Excel workbook.</source>
        <translation>%1 is not a file but a pipe, a device or another special file; choose a CSV file or an Excel workbook.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook that can be read.</source>
        <translation>%1 is not an Excel workbook that can be read.</translation>
    </message>
    <message>
        <source>The file cannot be read at line %1: a cell holds more than %2 characters.</source>
        <translation>The file cannot be read at line %1: a cell holds more than %2 characters.</translation>
    </message>
    <message>
        <source>The file cannot be read at row %1: a cell holds more than %2 characters.</source>
        <translation>The file cannot be read at row %1: a cell holds more than %2 characters.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1 is too large to import (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <source>The file name %1 is too long (%2 characters).</source>
        <translation>The file name %1 is too long (%2 characters).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>The file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to read in the memory this computer has left.</source>
        <translation>%1 is too large to read in the memory this computer has left.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel, save it without a password, and import that.</source>
        <translation>%1 is protected with a password. Open it in Excel, save it without a password, and import that.</translation>
    </message>
    <message>
        <source>%1 is an old Excel file (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) or as CSV, and import that.</source>
        <translation>%1 is an old Excel file (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) or as CSV, and import that.</translation>
    </message>
    <message>
        <source>%1 is a damaged Excel workbook.</source>
        <translation>%1 is a damaged Excel workbook.</translation>
    </message>
    <message>
        <source>%1 cannot be read safely: unpacked, it would be far larger than a workbook should be, or it is built to look smaller than it is. Save the sheet to import as CSV and import that.</source>
        <translation>%1 cannot be read safely: unpacked, it would be far larger than a workbook should be, or it is built to look smaller than it is. Save the sheet to import as CSV and import that.</translation>
    </message>
    <message>
        <source>The file cannot be read at line %1: %2.</source>
        <translation>The file cannot be read at line %1: %2.</translation>
    </message>
    <message>
        <source>Not a valid date: that month has only %1 days.</source>
        <translation>Not a valid date: that month has only %1 days.</translation>
    </message>
    <message>
        <source>%1 is not known here; write one of: %2.</source>
        <translation>%1 is not known here; write one of: %2.</translation>
    </message>
    <message>
        <source>This is about the row&apos;s organisation, and the row names none.</source>
        <translation>This is about the row&apos;s organisation, and the row names none.</translation>
    </message>
    <message>
        <source>Required when there is no organisation.</source>
        <translation>Required when there is no organisation.</translation>
    </message>
    <message>
        <source>%1 is not a country; write its two-letter code (FR, PL…).</source>
        <translation>%1 is not a country; write its two-letter code (FR, PL…).</translation>
    </message>
    <message>
        <source>Unknown field of exchange: %1.</source>
        <translation>Unknown field of exchange: %1.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>The file has no header line.</translation>
    </message>
    <message>
        <source>No column is imported as this.</source>
        <translation>No column is imported as this.</translation>
    </message>
    <message>
        <source>No column is imported as last name or organisation.</source>
        <translation>No column is imported as last name or organisation.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
</context>
<context>
    <name>Inquiries</name>
    <message>
        <source>Type a second letter to search</source>
        <translation>Type a second letter to search</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>none planned</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>Name, organisation, subject…</source>
        <translation>Name, organisation, subject…</translation>
    </message>
    <message>
        <source>Search inquiries</source>
        <translation>Search inquiries</translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation>New inquiry</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Letters…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Letters for the selected inquiries</source>
        <translation>Letters for the selected inquiries</translation>
    </message>
    <message numerus="yes">
        <source>All %n inquiries selected</source>
        <translation>
            <numerusform>%n inquiry selected (all)</numerusform>
            <numerusform>All %n inquiries selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 selected</source>
        <translation>
            <numerusform>%n of %1 selected</numerusform>
            <numerusform>%n of %1 selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n inquiry</numerusform>
            <numerusform>%n inquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n inquiries?</source>
        <translation>
            <numerusform>Restore %n inquiry?</numerusform>
            <numerusform>Restore %n inquiries?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries restored.</source>
        <translation>
            <numerusform>%n inquiry restored.</numerusform>
            <numerusform>%n inquiries restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open inquiry matches — %n closed ones do.</source>
        <translation>
            <numerusform>No open inquiry matches — %n closed one does.</numerusform>
            <numerusform>No open inquiry matches — %n closed ones do.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the closed ones</source>
        <translation>Show the closed ones</translation>
    </message>
    <message numerus="yes">
        <source>No closed inquiry matches — %n open ones do.</source>
        <translation>
            <numerusform>No closed inquiry matches — %n open one does.</numerusform>
            <numerusform>No closed inquiry matches — %n open ones do.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the open ones</source>
        <translation>Show the open ones</translation>
    </message>
    <message>
        <source>No deleted inquiry matches “%1”.</source>
        <translation>No deleted inquiry matches “%1”.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>No deleted inquiry: nothing to restore.</source>
        <translation>No deleted inquiry: nothing to restore.</translation>
    </message>
    <message>
        <source>New inquiry (Ctrl+N)</source>
        <translation>New inquiry (Ctrl+N)</translation>
    </message>
    <message>
        <source>No inquiry yet: create one.</source>
        <translation>No inquiry yet: create one.</translation>
    </message>
    <message>
        <source>Import a file… (Ctrl+I)</source>
        <translation>Import a file… (Ctrl+I)</translation>
    </message>
    <message>
        <source>No inquiry yet: create one or import a file.</source>
        <translation>No inquiry yet: create one or import a file.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>No inquiry matches these filters.</source>
        <translation>No inquiry matches these filters.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Open and closed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Any reason</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Both sides</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Any field</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Stage filter</translation>
    </message>
    <message>
        <source>Lost reason filter</source>
        <translation>Lost reason filter</translation>
    </message>
    <message>
        <source>Side filter</source>
        <translation>Side filter</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Open or closed</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Assignee filter</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Field filter</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Kind filter</translation>
    </message>
    <message>
        <source>Year received filter</source>
        <translation>Year received filter</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
</context>
<context>
    <name>InquiryForm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Tick the fields of exchange in the list</source>
        <translation>Tick the fields of exchange in the list</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>From the contact</source>
        <translation>From the contact</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Why lost</source>
        <translation>Why lost</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Whoever handles the inquiry</source>
        <translation>Whoever handles the inquiry</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Add follow-up…</translation>
    </message>
    <message>
        <source>Mark as done…</source>
        <translation>Mark as done…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done, with its outcome</source>
        <translation>Mark the selected follow-up done, with its outcome</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Save the inquiry first to plan follow-ups.</source>
        <translation>Save the inquiry first to plan follow-ups.</translation>
    </message>
    <message>
        <source>Select an open follow-up.</source>
        <translation>Select an open follow-up.</translation>
    </message>
    <message>
        <source>Pick one from the list, or create a new one.</source>
        <translation>Pick one from the list, or create a new one.</translation>
    </message>
    <message>
        <source>Inquiry deleted. Restore it from the “Deleted” filter of Inquiries.</source>
        <translation>Inquiry deleted. Restore it from the “Deleted” filter of Inquiries.</translation>
    </message>
    <message>
        <source>A new inquiry starts at stage New.</source>
        <translation>A new inquiry starts at stage New.</translation>
    </message>
    <message>
        <source>This inquiry is closed (%1, %2).</source>
        <translation>This inquiry is closed (%1, %2).</translation>
    </message>
    <message>
        <source>This inquiry is closed (%1).</source>
        <translation>This inquiry is closed (%1).</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Move it back to an open stage, to change it again</source>
        <translation>Move it back to an open stage, to change it again</translation>
    </message>
    <message>
        <source>Reopened: %1.</source>
        <translation>Reopened: %1.</translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation>New inquiry</translation>
    </message>
    <message>
        <source>Inquiry %1 — %2</source>
        <translation>Inquiry %1 — %2</translation>
    </message>
    <message>
        <source>Delete this inquiry? You can restore it later from the “Deleted” filter of Inquiries.</source>
        <translation>Delete this inquiry? You can restore it later from the “Deleted” filter of Inquiries.</translation>
    </message>
    <message>
        <source>Inquiry %1 saved.</source>
        <translation>Inquiry %1 saved.</translation>
    </message>
    <message>
        <source>Saved as %1 at %2.</source>
        <translation>Saved as %1 at %2.</translation>
    </message>
    <message>
        <source>Partnership letter…</source>
        <translation>Partnership letter…</translation>
    </message>
    <message>
        <source>Make the partnership proposal letter of this inquiry</source>
        <translation>Make the partnership proposal letter of this inquiry</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Follow-ups (%n)</numerusform>
            <numerusform>Follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partners (%n)</numerusform>
            <numerusform>Partners (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter is made from the saved inquiry. Save your changes?</source>
        <translation>The letter is made from the saved inquiry. Save your changes?</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>stage changed</source>
        <translation>stage changed</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>follow-up planned</source>
        <translation>follow-up planned</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>follow-up done</translation>
    </message>
    <message>
        <source>follow-up rescheduled</source>
        <translation>follow-up rescheduled</translation>
    </message>
    <message>
        <source>letter generated</source>
        <translation>letter generated</translation>
    </message>
    <message>
        <source>letter sent</source>
        <translation>letter sent</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>email sent</source>
        <translation>email sent</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>anonymised: the person&apos;s data taken out</source>
        <translation>anonymised: the person&apos;s data taken out</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Desired counterpart</source>
        <translation>Desired counterpart</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Fields of exchange</source>
        <translation>Fields of exchange</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>exchange recorded: “%1” (%2)</source>
        <translation>exchange recorded: “%1” (%2)</translation>
    </message>
    <message>
        <source>exchange “%1”: %2 → %3</source>
        <translation>exchange “%1”: %2 → %3</translation>
    </message>
    <message>
        <source>exchange “%1” moved to the bin</source>
        <translation>exchange “%1” moved to the bin</translation>
    </message>
    <message>
        <source>exchange “%1” restored from the bin</source>
        <translation>exchange “%1” restored from the bin</translation>
    </message>
    <message>
        <source>document attached</source>
        <translation>document attached</translation>
    </message>
    <message>
        <source>document removed</source>
        <translation>document removed</translation>
    </message>
    <message>
        <source>document restored</source>
        <translation>document restored</translation>
    </message>
    <message>
        <source>Proposed partner %1</source>
        <translation>Proposed partner %1</translation>
    </message>
    <message>
        <source>Proposed partner %1: %2</source>
        <translation>Proposed partner %1: %2</translation>
    </message>
    <message>
        <source>Partner %1: %2 → %3</source>
        <translation>Partner %1: %2 → %3</translation>
    </message>
    <message>
        <source>Proposed as a partner for inquiry %1</source>
        <translation>Proposed as a partner for inquiry %1</translation>
    </message>
    <message>
        <source>Proposed as a partner for inquiry %1: %2</source>
        <translation>Proposed as a partner for inquiry %1: %2</translation>
    </message>
    <message>
        <source>Partner for inquiry %1: %2 → %3</source>
        <translation>Partner for inquiry %1: %2 → %3</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Choose why the inquiry was lost.</source>
        <translation>Choose why the inquiry was lost.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation>Qualifying</translation>
    </message>
    <message>
        <source>Finding a counterpart</source>
        <translation>Finding a counterpart</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Proposal sent</translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation>In discussion</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Saint-Étienne</source>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <source>Katowice</source>
        <translation>Katowice</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elsewhere</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>No counterpart found</source>
        <translation>No counterpart found</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Information request</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <source>Project proposal</source>
        <translation>Project proposal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Website form</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Music school / conservatory</source>
        <translation>Music school / conservatory</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Cultural institution</source>
        <translation>Cultural institution</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Municipality / public body</source>
        <translation>Municipality / public body</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Teenagers</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>No room or time</source>
        <translation>No room or time</translation>
    </message>
    <message>
        <source>Not what they do</source>
        <translation>Not what they do</translation>
    </message>
    <message>
        <source>Not now, maybe later</source>
        <translation>Not now, maybe later</translation>
    </message>
    <message>
        <source>No funding</source>
        <translation>No funding</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Open in the default viewer</source>
        <translation>Open in the default viewer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Letter pages</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The letter could not be sent to the printer.</source>
        <translation>The letter could not be sent to the printer.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved as %1.</source>
        <translation>The letter could not be saved as %1.</translation>
    </message>
    <message>
        <source>The letter could not be written to a temporary file.</source>
        <translation>The letter could not be written to a temporary file.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Use Save as… to keep the letter, or Print… to print it.</source>
        <translation>No program to show PDF files was found. Use Save as… to keep the letter, or Print… to print it.</translation>
    </message>
</context>
<context>
    <name>LetterWarnings</name>
    <message>
        <source>The first name</source>
        <translation>The first name</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>The last name</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>The position</translation>
    </message>
    <message>
        <source>The organisation name</source>
        <translation>The organisation name</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>The postal code</source>
        <translation>The postal code</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>The city</translation>
    </message>
    <message>
        <source>The office name</source>
        <translation>The office name</translation>
    </message>
    <message>
        <source>The office address</source>
        <translation>The office address</translation>
    </message>
    <message>
        <source>The office phone</source>
        <translation>The office phone</translation>
    </message>
    <message>
        <source>The office email</source>
        <translation>The office email</translation>
    </message>
    <message>
        <source>The office website</source>
        <translation>The office website</translation>
    </message>
    <message>
        <source>The city printed before the date</source>
        <translation>The city printed before the date</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>The signer&apos;s name</translation>
    </message>
    <message>
        <source>The signer&apos;s title</source>
        <translation>The signer&apos;s title</translation>
    </message>
    <message>
        <source>The signer&apos;s email</source>
        <translation>The signer&apos;s email</translation>
    </message>
    <message>
        <source>The signer&apos;s phone</source>
        <translation>The signer&apos;s phone</translation>
    </message>
    <message>
        <source>The inquiry&apos;s subject</source>
        <translation>The inquiry&apos;s subject</translation>
    </message>
    <message>
        <source>The desired counterpart</source>
        <translation>The desired counterpart</translation>
    </message>
    <message>
        <source>The inquiry&apos;s fields</source>
        <translation>The inquiry&apos;s fields</translation>
    </message>
    <message>
        <source>The name of a partner organisation</source>
        <translation>The name of a partner organisation</translation>
    </message>
    <message>
        <source>The city of the partner %1</source>
        <translation>The city of the partner %1</translation>
    </message>
    <message>
        <source>The website of the partner %1</source>
        <translation>The website of the partner %1</translation>
    </message>
    <message>
        <source>The description of the partner %1</source>
        <translation>The description of the partner %1</translation>
    </message>
    <message>
        <source>The fields of the partner %1</source>
        <translation>The fields of the partner %1</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>The subject</translation>
    </message>
    <message>
        <source>The text of the letter</source>
        <translation>The text of the letter</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>The letter</translation>
    </message>
    <message>
        <source>The letterhead logo %1 cannot be used: %2. The letter is made without it.</source>
        <translation>The letterhead logo %1 cannot be used: %2. The letter is made without it.</translation>
    </message>
    <message>
        <source>%1 contains characters the letter font cannot print: %2 (%3) and %4 more; they will show as boxes.</source>
        <translation>%1 contains characters the letter font cannot print: %2 (%3) and %4 more; they will show as boxes.</translation>
    </message>
    <message>
        <source>%1 contains characters the letter font cannot print: %2 (%3); they will show as boxes.</source>
        <translation>%1 contains characters the letter font cannot print: %2 (%3); they will show as boxes.</translation>
    </message>
    <message>
        <source>%1 has no description in French</source>
        <translation>%1 has no description in French</translation>
    </message>
    <message>
        <source>%1 has no description in Polish</source>
        <translation>%1 has no description in Polish</translation>
    </message>
    <message>
        <source>%1 has no description in English</source>
        <translation>%1 has no description in English</translation>
    </message>
    <message>
        <source>Description in French</source>
        <translation>Description in French</translation>
    </message>
    <message>
        <source>Description in Polish</source>
        <translation>Description in Polish</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Description in English</translation>
    </message>
    <message>
        <source>Write it now, or the letter goes without it: a description in another language is never printed.</source>
        <translation>Write it now, or the letter goes without it: a description in another language is never printed.</translation>
    </message>
    <message>
        <source>This file cannot be used as the logo: %1.</source>
        <translation>This file cannot be used as the logo: %1.</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>the file was not found</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, device or pipe)</source>
        <translation>it is not a regular file (a folder, device or pipe)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>the file is larger than %1 MB</translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image</source>
        <translation>the file is not a PNG or JPEG image</translation>
    </message>
    <message>
        <source>the image is larger than %1 megapixels</source>
        <translation>the image is larger than %1 megapixels</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete</source>
        <translation>the image is damaged or incomplete</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>%1 changed this inquiry at %2.</source>
        <translation>%1 changed this inquiry at %2.</translation>
    </message>
    <message>
        <source>%1 changed this person at %2.</source>
        <translation>%1 changed this person at %2.</translation>
    </message>
    <message>
        <source>%1 changed this organisation at %2.</source>
        <translation>%1 changed this organisation at %2.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>The office server cannot be reached; try again.</source>
        <translation>The office server cannot be reached; try again.</translation>
    </message>
    <message>
        <source>Not saved yet: the office server cannot be reached. What you typed stays here and is saved when the server is back.</source>
        <translation>Not saved yet: the office server cannot be reached. What you typed stays here and is saved when the server is back.</translation>
    </message>
    <message>
        <source>The office server %1 cannot be reached; retrying…</source>
        <translation>The office server %1 cannot be reached; retrying…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MSEK Desktop — Maison de Saint-Étienne à Katowice</source>
        <translation>MSEK Desktop — Maison de Saint-Étienne à Katowice</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New inquiry</source>
        <translation>&amp;New inquiry</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About MSEK Desktop</source>
        <translation>&amp;About MSEK Desktop</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>About MSEK Desktop</source>
        <translation>About MSEK Desktop</translation>
    </message>
    <message>
        <source>MSEK Desktop %1
The office program of the Maison de Saint-Étienne à Katowice.</source>
        <translation>MSEK Desktop %1
The office program of the Maison de Saint-Étienne à Katowice.</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Nothing planned for the next 14 days.</source>
        <translation>Nothing planned for the next 14 days.</translation>
    </message>
    <message>
        <source>Every open inquiry of yours has a follow-up planned.</source>
        <translation>Every open inquiry of yours has a follow-up planned.</translation>
    </message>
    <message>
        <source>No new inquiry is waiting: every new one has someone handling it.</source>
        <translation>No new inquiry is waiting: every new one has someone handling it.</translation>
    </message>
    <message>
        <source>My overdue follow-ups</source>
        <translation>My overdue follow-ups</translation>
    </message>
    <message>
        <source>My follow-ups due today</source>
        <translation>My follow-ups due today</translation>
    </message>
    <message>
        <source>My upcoming follow-ups</source>
        <translation>My upcoming follow-ups</translation>
    </message>
    <message>
        <source>My open inquiries</source>
        <translation>My open inquiries</translation>
    </message>
    <message>
        <source>Open inquiries of yours with no follow-up: nobody will be reminded.</source>
        <translation>Open inquiries of yours with no follow-up: nobody will be reminded.</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Plan a follow-up…</translation>
    </message>
    <message>
        <source>Open, nothing planned</source>
        <translation>Open, nothing planned</translation>
    </message>
    <message>
        <source>New inquiries nobody handles yet, the oldest first.</source>
        <translation>New inquiries nobody handles yet, the oldest first.</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Take it</translation>
    </message>
    <message>
        <source>Handle the selected inquiry yourself (it is assigned to you)</source>
        <translation>Handle the selected inquiry yourself (it is assigned to you)</translation>
    </message>
    <message>
        <source>New, not yet assigned</source>
        <translation>New, not yet assigned</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-ups</source>
        <translation>
            <numerusform>%n overdue follow-up</numerusform>
            <numerusform>%n overdue follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due today</source>
        <translation>
            <numerusform>%n follow-up due today</numerusform>
            <numerusform>%n follow-ups due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups in the next 14 days</source>
        <translation>
            <numerusform>%n follow-up in the next 14 days</numerusform>
            <numerusform>%n follow-ups in the next 14 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, nothing planned (%1)</source>
        <translation>Open, nothing planned (%1)</translation>
    </message>
    <message>
        <source>New, not yet assigned (%1)</source>
        <translation>New, not yet assigned (%1)</translation>
    </message>
    <message numerus="yes">
        <source>My open inquiries: %n</source>
        <translation>
            <numerusform>My open inquiries: %n</numerusform>
            <numerusform>My open inquiries: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>See the new ones</source>
        <translation>See the new ones</translation>
    </message>
    <message>
        <source>You handle no open inquiry yet: take a new one, or create one.</source>
        <translation>You handle no open inquiry yet: take a new one, or create one.</translation>
    </message>
</context>
<context>
    <name>OfficeData</name>
    <message>
        <source>The office server %1 (port %2), database %3, login %4</source>
        <translation>The office server %1 (port %2), database %3, login %4</translation>
    </message>
    <message>
        <source>A copy of the office server&apos;s data from %1, read-only: %2</source>
        <translation>A copy of the office server&apos;s data from %1, read-only: %2</translation>
    </message>
    <message>
        <source>This computer keeps the data in %1</source>
        <translation>This computer keeps the data in %1</translation>
    </message>
    <message>
        <source>This computer has no credential store: the password is asked at each start.</source>
        <translation>This computer has no credential store: the password is asked at each start.</translation>
    </message>
    <message>
        <source>Not kept on this computer: asked when the server wants it.</source>
        <translation>Not kept on this computer: asked when the server wants it.</translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation>Kept in %1.</translation>
    </message>
    <message>
        <source>Where the data is:</source>
        <translation>Where the data is:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>At the next start:</source>
        <translation>At the next start:</translation>
    </message>
    <message>
        <source>Change where the data is…</source>
        <translation>Change where the data is…</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Forget the password</translation>
    </message>
    <message>
        <source>The demo data (made-up records), in %1</source>
        <translation>The demo data (made-up records), in %1</translation>
    </message>
    <message>
        <source>The change takes effect when MSEK Desktop is started again; until then this window keeps working on the data it opened.</source>
        <translation>The change takes effect when MSEK Desktop is started again; until then this window keeps working on the data it opened.</translation>
    </message>
    <message>
        <source>The MSEK_DB setting of this computer names the data; it wins over the choice made here.</source>
        <translation>The MSEK_DB setting of this computer names the data; it wins over the choice made here.</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>Office data</translation>
    </message>
    <message>
        <source>From the next start of MSEK Desktop: %1.</source>
        <translation>From the next start of MSEK Desktop: %1.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Organisation — %1</source>
        <translation>Organisation — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country (FR, PL…)</source>
        <translation>Country (FR, PL…)</translation>
    </message>
    <message>
        <source>Fields of exchange</source>
        <translation>Fields of exchange</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>What they offer</translation>
    </message>
    <message>
        <source>What they seek</source>
        <translation>What they seek</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Tags (comma-separated)</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Languages they work in</source>
        <translation>Languages they work in</translation>
    </message>
    <message>
        <source>Visitors they can host</source>
        <translation>Visitors they can host</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Still active</translation>
    </message>
    <message>
        <source>Description in French (optional)</source>
        <translation>Description in French (optional)</translation>
    </message>
    <message>
        <source>Description in Polish (optional)</source>
        <translation>Description in Polish (optional)</translation>
    </message>
    <message>
        <source>Description in English (optional)</source>
        <translation>Description in English (optional)</translation>
    </message>
    <message>
        <source>choir, piano, exchanges</source>
        <translation>choir, piano, exchanges</translation>
    </message>
    <message>
        <source>Two-letter language codes, separated by commas.</source>
        <translation>Two-letter language codes, separated by commas.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>OrganisationHistory</name>
    <message>
        <source>Inquiry sent</source>
        <translation>Inquiry sent</translation>
    </message>
    <message>
        <source>Proposed as a partner</source>
        <translation>Proposed as a partner</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Partnership proposal</source>
        <translation>Partnership proposal</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Letter to the partner</source>
        <translation>Letter to the partner</translation>
    </message>
    <message>
        <source>%1, letter %2</source>
        <translation>%1, letter %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Never proposed as a partner yet.</source>
        <translation>Never proposed as a partner yet.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n times</source>
        <translation>
            <numerusform>Proposed once</numerusform>
            <numerusform>Proposed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepted %n times</source>
        <translation>
            <numerusform>accepted once</numerusform>
            <numerusform>accepted %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>declined %n times</source>
        <translation>
            <numerusform>declined once</numerusform>
            <numerusform>declined %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Search by name, city, country, email, website…</source>
        <translation>Search by name, city, country, email, website…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Search organisations</translation>
    </message>
    <message numerus="yes">
        <source>%n or more organisations</source>
        <translation>
            <numerusform>%n or more organisations</numerusform>
            <numerusform>%n or more organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation yet: create one.</source>
        <translation>No organisation yet: create one.</translation>
    </message>
    <message>
        <source>No deleted organisation: nothing to restore.</source>
        <translation>No deleted organisation: nothing to restore.</translation>
    </message>
    <message numerus="yes">
        <source>All %n organisations selected</source>
        <translation>
            <numerusform>%n organisation selected (all)</numerusform>
            <numerusform>All %n organisations selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n organisations?</source>
        <translation>
            <numerusform>Restore %n organisation?</numerusform>
            <numerusform>Restore %n organisations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations restored.</source>
        <translation>
            <numerusform>%n organisation restored.</numerusform>
            <numerusform>%n organisations restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerTexts</name>
    <message>
        <source>works in French</source>
        <translation>works in French</translation>
    </message>
    <message>
        <source>works in Polish</source>
        <translation>works in Polish</translation>
    </message>
    <message>
        <source>works in English</source>
        <translation>works in English</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>language: %1</translation>
    </message>
    <message>
        <source>last completed</source>
        <translation>last completed</translation>
    </message>
    <message>
        <source>one running now</source>
        <translation>one running now</translation>
    </message>
    <message>
        <source>last agreed</source>
        <translation>last agreed</translation>
    </message>
    <message>
        <source>last came to nothing</source>
        <translation>last came to nothing</translation>
    </message>
    <message>
        <source>same kind: %1</source>
        <translation>same kind: %1</translation>
    </message>
    <message>
        <source>audience: %1</source>
        <translation>audience: %1</translation>
    </message>
    <message>
        <source>mentions %1</source>
        <translation>mentions %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges since %1</source>
        <translation>
            <numerusform>%n exchange since %1</numerusform>
            <numerusform>%n exchanges since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>last: %1</translation>
    </message>
    <message numerus="yes">
        <source>not asked for %n months</source>
        <translation>
            <numerusform>not asked for %n month</numerusform>
            <numerusform>not asked for %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>never asked before</source>
        <translation>never asked before</translation>
    </message>
    <message>
        <source>declined this month</source>
        <translation>declined this month</translation>
    </message>
    <message numerus="yes">
        <source>declined %n months ago</source>
        <translation>
            <numerusform>declined %n month ago</numerusform>
            <numerusform>declined %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals unanswered</source>
        <translation>
            <numerusform>%n proposal unanswered</numerusform>
            <numerusform>%n proposals unanswered</numerusform>
        </translation>
    </message>
    <message>
        <source>marked inactive</source>
        <translation>marked inactive</translation>
    </message>
    <message numerus="yes">
        <source>hosts up to %n visitors</source>
        <translation>
            <numerusform>hosts up to %n visitor</numerusform>
            <numerusform>hosts up to %n visitors</numerusform>
        </translation>
    </message>
    <message>
        <source>already in this inquiry: %1</source>
        <translation>already in this inquiry: %1</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message numerus="yes">
        <source>Open inquiries that fit (%n)</source>
        <translation>
            <numerusform>Open inquiries that fit (%n)</numerusform>
            <numerusform>Open inquiries that fit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose this organisation</source>
        <translation>Propose this organisation</translation>
    </message>
    <message>
        <source>Record this organisation as a proposed partner of the inquiry</source>
        <translation>Record this organisation as a proposed partner of the inquiry</translation>
    </message>
    <message>
        <source>Open inquiries that fit</source>
        <translation>Open inquiries that fit</translation>
    </message>
    <message>
        <source>%1 proposed for inquiry %2.</source>
        <translation>%1 proposed for inquiry %2.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation>Reason declined</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>State of %1</translation>
    </message>
    <message>
        <source>Note on the inquiry</source>
        <translation>Note on the inquiry</translation>
    </message>
    <message>
        <source>Suggested partners</source>
        <translation>Suggested partners</translation>
    </message>
    <message>
        <source>Proposed partners</source>
        <translation>Proposed partners</translation>
    </message>
    <message>
        <source>Tick partners, then:</source>
        <translation>Tick partners, then:</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Record the ticked organisations as proposed partners</source>
        <translation>Record the ticked organisations as proposed partners</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Letter…</translation>
    </message>
    <message>
        <source>Make the letter proposing the ticked organisations</source>
        <translation>Make the letter proposing the ticked organisations</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Write to the ticked organisations from your email program</source>
        <translation>Write to the ticked organisations from your email program</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Write a note about these partners in the inquiry&apos;s history</source>
        <translation>Write a note about these partners in the inquiry&apos;s history</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Change state…</translation>
    </message>
    <message>
        <source>Contacted, interested, accepted or declined</source>
        <translation>Contacted, interested, accepted or declined</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Remove a partner proposed by mistake</source>
        <translation>Remove a partner proposed by mistake</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message numerus="yes">
        <source>%n partners proposed.</source>
        <translation>
            <numerusform>%n partner proposed.</numerusform>
            <numerusform>%n partners proposed.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the ticked organisations has an email address.</source>
        <translation>None of the ticked organisations has an email address.</translation>
    </message>
    <message>
        <source>No email address for: %1</source>
        <translation>No email address for: %1</translation>
    </message>
    <message>
        <source>Partners considered: %1</source>
        <translation>Partners considered: %1</translation>
    </message>
    <message>
        <source>Withdraw %1 from this inquiry&apos;s proposed partners?</source>
        <translation>Withdraw %1 from this inquiry&apos;s proposed partners?</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finding partners…</source>
        <translation>Finding partners…</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Search by name, organisation, email, phone, city…</source>
        <translation>Search by name, organisation, email, phone, city…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message numerus="yes">
        <source>%n or more people</source>
        <translation>
            <numerusform>%n or more people</numerusform>
            <numerusform>%n or more people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>No person yet: create one.</source>
        <translation>No person yet: create one.</translation>
    </message>
    <message>
        <source>No deleted person: nothing to restore.</source>
        <translation>No deleted person: nothing to restore.</translation>
    </message>
    <message numerus="yes">
        <source>All %n people selected</source>
        <translation>
            <numerusform>%n person selected (all)</numerusform>
            <numerusform>All %n people selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n people?</source>
        <translation>
            <numerusform>Restore %n person?</numerusform>
            <numerusform>Restore %n people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people restored.</source>
        <translation>
            <numerusform>%n person restored.</numerusform>
            <numerusform>%n people restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>Everything we hold…</source>
        <translation>Everything we hold…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Erase this person…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
</context>
<context>
    <name>PersonErase</name>
    <message>
        <source>Inquiries kept, anonymised (the counts stay right): %1</source>
        <translation>Inquiries kept, anonymised (the counts stay right): %1</translation>
    </message>
    <message>
        <source>Letters replaced by a tombstone: %1</source>
        <translation>Letters replaced by a tombstone: %1</translation>
    </message>
    <message>
        <source>Documents attached to their inquiries, deleted: %1</source>
        <translation>Documents attached to their inquiries, deleted: %1</translation>
    </message>
    <message>
        <source>Follow-ups of their inquiries, their name taken out: %1</source>
        <translation>Follow-ups of their inquiries, their name taken out: %1</translation>
    </message>
    <message>
        <source>Consent records, deleted: %1</source>
        <translation>Consent records, deleted: %1</translation>
    </message>
    <message>
        <source>Entries of their history, deleted: %1</source>
        <translation>Entries of their history, deleted: %1</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <source>This removes %1 from the office&apos;s records for good: their record, and their name, email and phone wherever they are written. It cannot be undone.</source>
        <translation>This removes %1 from the office&apos;s records for good: their record, and their name, email and phone wherever they are written. It cannot be undone.</translation>
    </message>
    <message>
        <source>To confirm, type their name exactly: %1</source>
        <translation>To confirm, type their name exactly: %1</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <source>No backup on this desk holds this person.</source>
        <translation>No backup on this desk holds this person.</translation>
    </message>
    <message>
        <source>Backups taken before now keep this person until about %1, when they are thinned out; restoring one of them erases the person again.</source>
        <translation>Backups taken before now keep this person until about %1, when they are thinned out; restoring one of them erases the person again.</translation>
    </message>
    <message>
        <source>Erasing the person and wiping the freed space…</source>
        <translation>Erasing the person and wiping the freed space…</translation>
    </message>
    <message>
        <source>Person #%1 erased; %2 inquiries kept, anonymised.</source>
        <translation>Person #%1 erased; %2 inquiries kept, anonymised.</translation>
    </message>
    <message>
        <source>The person is erased. The space their data took is not all wiped yet: on the office server this needs its owner (VACUUM FULL), or another desk was still reading. It is wiped at the owner&apos;s next VACUUM FULL.</source>
        <translation>The person is erased. The space their data took is not all wiped yet: on the office server this needs its owner (VACUUM FULL), or another desk was still reading. It is wiped at the owner&apos;s next VACUUM FULL.</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Everything we hold about %1</source>
        <translation>Everything we hold about %1</translation>
    </message>
    <message>
        <source>One ZIP file with everything the office holds about %1: a PDF to read in their language (%2), the same data as JSON and CSV files for machines, the letters as they were made and the documents attached to their inquiries.

Keep it safe: it is personal data. Each export and each print is recorded in the audit list.</source>
        <translation>One ZIP file with everything the office holds about %1: a PDF to read in their language (%2), the same data as JSON and CSV files for machines, the letters as they were made and the documents attached to their inquiries.

Keep it safe: it is personal data. Each export and each print is recorded in the audit list.</translation>
    </message>
    <message>
        <source>&amp;Save as ZIP…</source>
        <translation>&amp;Save as ZIP…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Save everything held about this person as</source>
        <translation>Save everything held about this person as</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>Gathering everything held about them…</source>
        <translation>Gathering everything held about them…</translation>
    </message>
    <message>
        <source>Open the folder that holds it now?</source>
        <translation>Open the folder that holds it now?</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Making the file to print…</source>
        <translation>Making the file to print…</translation>
    </message>
    <message>
        <source>The file could not be sent to the printer.</source>
        <translation>The file could not be sent to the printer.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>A similar person is already recorded. Use them instead?</source>
        <translation>A similar person is already recorded. Use them instead?</translation>
    </message>
    <message>
        <source>Similar records</source>
        <translation>Similar records</translation>
    </message>
    <message>
        <source>Use the selected one</source>
        <translation>Use the selected one</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>Already known?</translation>
    </message>
    <message>
        <source>A similar organisation is already recorded. Use it instead?</source>
        <translation>A similar organisation is already recorded. Use it instead?</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Person erased</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
</context>
<context>
    <name>PlaceStatus</name>
    <message>
        <source>DEMO DATA — not your office&apos;s records</source>
        <translation>DEMO DATA — not your office&apos;s records</translation>
    </message>
    <message>
        <source>Office server %1 · connected</source>
        <translation>Office server %1 · connected</translation>
    </message>
    <message>
        <source>Office server %1 · cannot be reached</source>
        <translation>Office server %1 · cannot be reached</translation>
    </message>
    <message>
        <source>Copy of the office server&apos;s data from %1 · read-only</source>
        <translation>Copy of the office server&apos;s data from %1 · read-only</translation>
    </message>
    <message>
        <source>Made-up records to try the program, in %1. File › Leave the demo data opens your office&apos;s data.</source>
        <translation>Made-up records to try the program, in %1. File › Leave the demo data opens your office&apos;s data.</translation>
    </message>
    <message>
        <source>This computer · %1</source>
        <translation>This computer · %1</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Write it now…</source>
        <translation>Write it now…</translation>
    </message>
    <message>
        <source>To the person who asked</source>
        <translation>To the person who asked</translation>
    </message>
    <message>
        <source>To a proposed partner (introducing the person who asked)</source>
        <translation>To a proposed partner (introducing the person who asked)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Letter to</source>
        <translation>Letter to</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Proposed partner organisations</source>
        <translation>Proposed partner organisations</translation>
    </message>
    <message>
        <source>Check the one partner this letter is written to.</source>
        <translation>Check the one partner this letter is written to.</translation>
    </message>
    <message>
        <source>No partner is checked: this letter will be an acknowledgement, telling the person who asked that the office is looking for a partner.</source>
        <translation>No partner is checked: this letter will be an acknowledgement, telling the person who asked that the office is looking for a partner.</translation>
    </message>
    <message>
        <source>A partnership proposal naming the checked partners.</source>
        <translation>A partnership proposal naming the checked partners.</translation>
    </message>
    <message>
        <source>A letter to %1 introducing the person who asked.</source>
        <translation>A letter to %1 introducing the person who asked.</translation>
    </message>
    <message>
        <source>Templates are for partnership proposals; this letter has its own wording.</source>
        <translation>Templates are for partnership proposals; this letter has its own wording.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1: correct it or write the words themselves.</source>
        <translation>Unknown placeholder %1: correct it or write the words themselves.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <source>Letter %1 — %2</source>
        <translation>Letter %1 — %2</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Letters made for this inquiry</source>
        <translation>Letters made for this inquiry</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>The inquiry moves to “Proposal sent” if it is not that far yet.</source>
        <translation>The inquiry moves to “Proposal sent” if it is not that far yet.</translation>
    </message>
    <message>
        <source>Search organisations…</source>
        <translation>Search organisations…</translation>
    </message>
    <message>
        <source>Search partner organisations</source>
        <translation>Search partner organisations</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Suggested for this inquiry</source>
        <translation>Suggested for this inquiry</translation>
    </message>
    <message>
        <source>Other organisations</source>
        <translation>Other organisations</translation>
    </message>
    <message>
        <source>Text of this letter</source>
        <translation>Text of this letter</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Make letter</source>
        <translation>Make letter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>See the letter without keeping it</source>
        <translation>See the letter without keeping it</translation>
    </message>
    <message>
        <source>Make the letter as shown and keep it with the inquiry</source>
        <translation>Make the letter as shown and keep it with the inquiry</translation>
    </message>
    <message>
        <source>Acknowledgement — %1</source>
        <translation>Acknowledgement — %1</translation>
    </message>
    <message>
        <source>Letter to a partner — %1</source>
        <translation>Letter to a partner — %1</translation>
    </message>
    <message>
        <source>Partnership proposal — %1</source>
        <translation>Partnership proposal — %1</translation>
    </message>
    <message>
        <source>This choice writes the letter again. Replace the text you changed?</source>
        <translation>This choice writes the letter again. Replace the text you changed?</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <source>Letter %1 of inquiry %2 made.</source>
        <translation>Letter %1 of inquiry %2 made.</translation>
    </message>
    <message>
        <source>The description is saved. Write the letter again so that it prints it? The text you changed is replaced.</source>
        <translation>The description is saved. Write the letter again so that it prints it? The text you changed is replaced.</translation>
    </message>
    <message>
        <source>Close without making the letter? The text you changed is lost.</source>
        <translation>Close without making the letter? The text you changed is lost.</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <source>Log for %1</source>
        <translation>Log for %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Log call…</translation>
    </message>
    <message>
        <source>Log a call, a note, an email or a meeting on the selected row (%1)</source>
        <translation>Log a call, a note, an email or a meeting on the selected row (%1)</translation>
    </message>
    <message>
        <source>Log a call on the selected row</source>
        <translation>Log a call on the selected row</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: a copy of the office server&apos;s data from %1, kept on this computer.
You can look things up, print letters and export. Changes are made on the office server: start MSEK Desktop again once it can be reached.</source>
        <translation>Read-only: a copy of the office server&apos;s data from %1, kept on this computer.
You can look things up, print letters and export. Changes are made on the office server: start MSEK Desktop again once it can be reached.</translation>
    </message>
    <message>
        <source>Read-only copy</source>
        <translation>Read-only copy</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved in %1.
You can look things up, print letters and export. To make changes, copy the file to a folder of your own or ask for write access.</source>
        <translation>Read-only: nothing can be saved in %1.
You can look things up, print letters and export. To make changes, copy the file to a folder of your own or ask for write access.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Read-only database</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Linked records</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Delete “%1”? You can restore it later from “Show deleted”.</source>
        <translation>Delete “%1”? You can restore it later from “Show deleted”.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>This record is deleted. Restore it to change it again.</source>
        <translation>This record is deleted. Restore it to change it again.</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>You have changed this record. Save your changes before closing?</source>
        <translation>You have changed this record. Save your changes before closing?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so your changes were not saved.

Reload it now to see their version? Your changes in this window will be lost. Choose No to keep them on screen and copy what you need first.</source>
        <translation>Someone else saved this record after you opened it, so your changes were not saved.

Reload it now to see their version? Your changes in this window will be lost. Choose No to keep them on screen and copy what you need first.</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Both sides</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 selected</source>
        <translation>
            <numerusform>%n of %1 selected</numerusform>
            <numerusform>%n of %1 selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Side filter</source>
        <translation>Side filter</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Show deleted</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message numerus="yes">
        <source>None on this side — %n on both sides.</source>
        <translation>
            <numerusform>None on this side — %n on both sides.</numerusform>
            <numerusform>None on this side — %n on both sides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show both sides</source>
        <translation>Show both sides</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Show the others</source>
        <translation>Show the others</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>No person</source>
        <translation>No person</translation>
    </message>
    <message>
        <source>Erased everywhere</source>
        <translation>Erased everywhere</translation>
    </message>
    <message>
        <source>Kept (an open or recent inquiry, or a consent)</source>
        <translation>Kept (an open or recent inquiry, or a consent)</translation>
    </message>
    <message>
        <source>%1 (last activity)</source>
        <translation>%1 (last activity)</translation>
    </message>
    <message>
        <source>%1 (received)</source>
        <translation>%1 (received)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>The person’s data</source>
        <translation>The person’s data</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n inquiry</numerusform>
            <numerusform>%n inquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Data past retention</source>
        <translation>Data past retention</translation>
    </message>
    <message>
        <source>The retention is 0 years in the office settings: closed inquiries and the people they name are kept until someone erases them.</source>
        <translation>The retention is 0 years in the office settings: closed inquiries and the people they name are kept until someone erases them.</translation>
    </message>
    <message numerus="yes">
        <source>Closed inquiries and the people they name are kept %n years (office settings). Those closed before %1 are past it.</source>
        <translation>
            <numerusform>Closed inquiries and the people they name are kept %n year (office settings). Those closed before %1 are past it.</numerusform>
            <numerusform>Closed inquiries and the people they name are kept %n years (office settings). Those closed before %1 are past it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising takes the person’s name, email and phone out of each inquiry below; a person nothing else holds is erased everywhere. The inquiries stay, so the office’s counts stay right. It cannot be undone; the backups keep the data until they are replaced.</source>
        <translation>Anonymising takes the person’s name, email and phone out of each inquiry below; a person nothing else holds is erased everywhere. The inquiries stay, so the office’s counts stay right. It cannot be undone; the backups keep the data until they are replaced.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Inquiries past retention</source>
        <translation>Inquiries past retention</translation>
    </message>
    <message>
        <source>Nothing is past retention.</source>
        <translation>Nothing is past retention.</translation>
    </message>
    <message>
        <source>Past retention: %1.</source>
        <translation>Past retention: %1.</translation>
    </message>
    <message>
        <source>&amp;Anonymise %1</source>
        <translation>&amp;Anonymise %1</translation>
    </message>
    <message>
        <source>Only an admin of the office database may anonymise.</source>
        <translation>Only an admin of the office database may anonymise.</translation>
    </message>
    <message>
        <source>Anonymise %1 now? Their names, emails and phones are removed for good.</source>
        <translation>Anonymise %1 now? Their names, emails and phones are removed for good.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation>Anonymised: %1.</translation>
    </message>
    <message>
        <source>Anonymised. The space the data took is not all wiped yet: on the office server this needs its owner (VACUUM FULL), or another desk was still reading. It is wiped at the owner&apos;s next VACUUM FULL.</source>
        <translation>Anonymised. The space the data took is not all wiped yet: on the office server this needs its owner (VACUUM FULL), or another desk was still reading. It is wiped at the owner&apos;s next VACUUM FULL.</translation>
    </message>
    <message>
        <source>Data past re&amp;tention…</source>
        <translation>Data past re&amp;tention…</translation>
    </message>
    <message>
        <source>For admins of the office database.</source>
        <translation>For admins of the office database.</translation>
    </message>
    <message>
        <source>Past retention: %1…</source>
        <translation>Past retention: %1…</translation>
    </message>
</context>
<context>
    <name>ServerAway</name>
    <message>
        <source>MSEK Desktop</source>
        <translation>MSEK Desktop</translation>
    </message>
    <message>
        <source>The office server %1 cannot be reached.</source>
        <translation>The office server %1 cannot be reached.</translation>
    </message>
    <message>
        <source>This computer holds a copy of the office&apos;s data from %1: you can open it read-only to look things up.</source>
        <translation>This computer holds a copy of the office&apos;s data from %1: you can open it read-only to look things up.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Open the last copy read-only</source>
        <translation>Open the last copy read-only</translation>
    </message>
    <message>
        <source>Change where the data is…</source>
        <translation>Change where the data is…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Password for the office server</translation>
    </message>
    <message>
        <source>The office server %1 refused the password of %2; enter it again.</source>
        <translation>The office server %1 refused the password of %2; enter it again.</translation>
    </message>
    <message>
        <source>The office server %1 asks for the password of %2.</source>
        <translation>The office server %1 asks for the password of %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation>Remember the password on this computer</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Title in French</translation>
    </message>
    <message>
        <source>Title in Polish</source>
        <translation>Title in Polish</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>What lists and the msek command call them: small letters, digits, dots, hyphens or underscores, such as anowak.</source>
        <translation>What lists and the msek command call them: small letters, digits, dots, hyphens or underscores, such as anowak.</translation>
    </message>
    <message>
        <source>Active (can be assigned inquiries)</source>
        <translation>Active (can be assigned inquiries)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Staff member %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>They have no login on the office server yet. Give a password and a role to create it; leave the password empty to keep them without one.</source>
        <translation>They have no login on the office server yet. Give a password and a role to create it; leave the password empty to keep them without one.</translation>
    </message>
    <message>
        <source>They log in to the office server with their login and this password. An admin may also manage the staff, the office settings and restores.</source>
        <translation>They log in to the office server with their login and this password. An admin may also manage the staff, the office settings and restores.</translation>
    </message>
    <message>
        <source>Leave the password empty to keep it.</source>
        <translation>Leave the password empty to keep it.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <source>Office email</source>
        <translation>Office email</translation>
    </message>
    <message>
        <source>Office website</source>
        <translation>Office website</translation>
    </message>
    <message>
        <source>Letterhead logo (PNG or JPEG)</source>
        <translation>Letterhead logo (PNG or JPEG)</translation>
    </message>
    <message>
        <source>City printed before the date of letters</source>
        <translation>City printed before the date of letters</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>Default letter language</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <source>Years closed inquiries and their people are kept</source>
        <translation>Years closed inquiries and their people are kept</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save the office settings</source>
        <translation>Save the office settings</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The office settings are saved.</source>
        <translation>The office settings are saved.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the staff member</source>
        <translation>Edit the staff member</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Staff members</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Keep running in the tray when the window is closed</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Language of the window:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Language of the window</translation>
    </message>
    <message>
        <source>Who am I:</source>
        <translation>Who am I:</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>Who am I</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Reminders:</translation>
    </message>
    <message>
        <source>The tray icon counts your follow-ups due and tells you when one falls due; File › Quit ends the program.</source>
        <translation>The tray icon counts your follow-ups due and tells you when one falls due; File › Quit ends the program.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders show in the window&apos;s status bar.</source>
        <translation>This desktop has no tray: reminders show in the window&apos;s status bar.</translation>
    </message>
    <message>
        <source>The window changes language at once. Each letter has its own language, chosen when it is written.</source>
        <translation>The window changes language at once. Each letter has its own language, chosen when it is written.</translation>
    </message>
    <message>
        <source>The staff member working at this computer: My day shows their follow-ups, and changes are recorded in their name.</source>
        <translation>The staff member working at this computer: My day shows their follow-ups, and changes are recorded in their name.</translation>
    </message>
    <message>
        <source>Office letterhead</source>
        <translation>Office letterhead</translation>
    </message>
    <message>
        <source>Language and user</source>
        <translation>Language and user</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>Office data</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>the person&apos;s first and last name (or the organisation&apos;s name)</source>
        <translation>the person&apos;s first and last name (or the organisation&apos;s name)</translation>
    </message>
    <message>
        <source>the person&apos;s first name</source>
        <translation>the person&apos;s first name</translation>
    </message>
    <message>
        <source>the person&apos;s last name</source>
        <translation>the person&apos;s last name</translation>
    </message>
    <message>
        <source>Madame / Monsieur, Pani / Pan, Ms / Mr (empty when unknown)</source>
        <translation>Madame / Monsieur, Pani / Pan, Ms / Mr (empty when unknown)</translation>
    </message>
    <message>
        <source>the organisation the person writes for</source>
        <translation>the organisation the person writes for</translation>
    </message>
    <message>
        <source>the recipient&apos;s city</source>
        <translation>the recipient&apos;s city</translation>
    </message>
    <message>
        <source>Polish form of address, nominative: Pani / Pan / Państwo</source>
        <translation>Polish form of address, nominative: Pani / Pan / Państwo</translation>
    </message>
    <message>
        <source>Polish form of address, genitive: Pani / Pana / Państwa</source>
        <translation>Polish form of address, genitive: Pani / Pana / Państwa</translation>
    </message>
    <message>
        <source>Polish form of address, dative: Pani / Panu / Państwu</source>
        <translation>Polish form of address, dative: Pani / Panu / Państwu</translation>
    </message>
    <message>
        <source>Polish form of address, accusative: Panią / Pana / Państwa</source>
        <translation>Polish form of address, accusative: Panią / Pana / Państwa</translation>
    </message>
    <message>
        <source>Polish form of address, instrumental: Panią / Panem / Państwem</source>
        <translation>Polish form of address, instrumental: Panią / Panem / Państwem</translation>
    </message>
    <message>
        <source>Polish form of address, locative: Pani / Panu / Państwu</source>
        <translation>Polish form of address, locative: Pani / Panu / Państwu</translation>
    </message>
    <message>
        <source>the inquiry&apos;s reference, e.g. 2026-0012</source>
        <translation>the inquiry&apos;s reference, e.g. 2026-0012</translation>
    </message>
    <message>
        <source>the day the inquiry was received, with the month in words</source>
        <translation>the day the inquiry was received, with the month in words</translation>
    </message>
    <message>
        <source>the inquiry&apos;s subject</source>
        <translation>the inquiry&apos;s subject</translation>
    </message>
    <message>
        <source>the fields of exchange, e.g. music and education</source>
        <translation>the fields of exchange, e.g. music and education</translation>
    </message>
    <message>
        <source>the counterpart the person hoped for, as they wrote it</source>
        <translation>the counterpart the person hoped for, as they wrote it</translation>
    </message>
    <message>
        <source>the city where a counterpart is proposed: Saint-Étienne or Katowice</source>
        <translation>the city where a counterpart is proposed: Saint-Étienne or Katowice</translation>
    </message>
    <message>
        <source>where a counterpart is sought, as a place: à Katowice, w Katowicach…</source>
        <translation>where a counterpart is sought, as a place: à Katowice, w Katowicach…</translation>
    </message>
    <message>
        <source>the paragraph proposing the partner organisations and what they offer</source>
        <translation>the paragraph proposing the partner organisations and what they offer</translation>
    </message>
    <message>
        <source>the partner organisations&apos; names</source>
        <translation>the partner organisations&apos; names</translation>
    </message>
    <message>
        <source>the name of the staff member who signs</source>
        <translation>the name of the staff member who signs</translation>
    </message>
    <message>
        <source>the signer&apos;s title in the letter&apos;s language</source>
        <translation>the signer&apos;s title in the letter&apos;s language</translation>
    </message>
    <message>
        <source>the signer&apos;s email</source>
        <translation>the signer&apos;s email</translation>
    </message>
    <message>
        <source>the signer&apos;s phone</source>
        <translation>the signer&apos;s phone</translation>
    </message>
    <message>
        <source>the signer&apos;s name with email and phone</source>
        <translation>the signer&apos;s name with email and phone</translation>
    </message>
    <message>
        <source>the closing sentence naming whom to contact: the signer, else the office</source>
        <translation>the closing sentence naming whom to contact: the signer, else the office</translation>
    </message>
    <message>
        <source>the paragraph presenting the person who asked: who, what they seek, contact</source>
        <translation>the paragraph presenting the person who asked: who, what they seek, contact</translation>
    </message>
    <message>
        <source>the name of the person who asked</source>
        <translation>the name of the person who asked</translation>
    </message>
    <message>
        <source>the position of the person who asked</source>
        <translation>the position of the person who asked</translation>
    </message>
    <message>
        <source>the organisation of the person who asked</source>
        <translation>the organisation of the person who asked</translation>
    </message>
    <message>
        <source>the city of the person who asked</source>
        <translation>the city of the person who asked</translation>
    </message>
    <message>
        <source>the email of the person who asked</source>
        <translation>the email of the person who asked</translation>
    </message>
    <message>
        <source>the phone of the person who asked</source>
        <translation>the phone of the person who asked</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>the office&apos;s name</translation>
    </message>
    <message>
        <source>the office&apos;s city</source>
        <translation>the office&apos;s city</translation>
    </message>
    <message>
        <source>the office&apos;s phone</source>
        <translation>the office&apos;s phone</translation>
    </message>
    <message>
        <source>the office&apos;s email</source>
        <translation>the office&apos;s email</translation>
    </message>
    <message>
        <source>the office&apos;s website</source>
        <translation>the office&apos;s website</translation>
    </message>
    <message>
        <source>the letter&apos;s date, with the month in words</source>
        <translation>the letter&apos;s date, with the month in words</translation>
    </message>
    <message>
        <source>A lone %1: write %1%1 to print a brace.</source>
        <translation>A lone %1: write %1%1 to print a brace.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1.</source>
        <translation>Unknown placeholder %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <source>What it stands for</source>
        <translation>What it stands for</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Double-click a placeholder (or press Enter) to insert it at the cursor.</source>
        <translation>Double-click a placeholder (or press Enter) to insert it at the cursor.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Language of the template</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of the template</source>
        <translation>Name of the template</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Delete the template</translation>
    </message>
    <message>
        <source>Restore default text</source>
        <translation>Restore default text</translation>
    </message>
    <message>
        <source>Restore the default text of this language</source>
        <translation>Restore the default text of this language</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Preview the letter with sample data</source>
        <translation>Preview the letter with sample data</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <source>Discard your changes to this template?</source>
        <translation>Discard your changes to this template?</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Letters already made keep their text.</source>
        <translation>Delete the template “%1”? Letters already made keep their text.</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>Subject of the letter</source>
        <translation>Subject of the letter</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <source>The letter template is saved.</source>
        <translation>The letter template is saved.</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Email templates</translation>
    </message>
    <message>
        <source>Subject of the email</source>
        <translation>Subject of the email</translation>
    </message>
    <message>
        <source>Text of the email</source>
        <translation>Text of the email</translation>
    </message>
    <message>
        <source>The email template is saved.</source>
        <translation>The email template is saved.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Kind of template</source>
        <translation>Kind of template</translation>
    </message>
    <message>
        <source>Show the templates of</source>
        <translation>Show the templates of</translation>
    </message>
    <message>
        <source>A template with this name already exists in this language.</source>
        <translation>A template with this name already exists in this language.</translation>
    </message>
    <message>
        <source>The template %1 is for another language: %2 (the letter: %3).</source>
        <translation>The template %1 is for another language: %2 (the letter: %3).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>MSEK Desktop</source>
        <translation>MSEK Desktop</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>MSEK Desktop keeps running</source>
        <translation>MSEK Desktop keeps running</translation>
    </message>
    <message>
        <source>Your reminders keep coming here. Click the icon to open the window; Quit in its menu or File › Quit ends the program.</source>
        <translation>Your reminders keep coming here. Click the icon to open the window; Quit in its menu or File › Quit ends the program.</translation>
    </message>
    <message>
        <source>MSEK Desktop — %1</source>
        <translation>MSEK Desktop — %1</translation>
    </message>
    <message>
        <source>No follow-up due</source>
        <translation>No follow-up due</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open MSEK Desktop</source>
        <translation>Open MSEK Desktop</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message numerus="yes">
        <source>%n more in My day…</source>
        <translation>
            <numerusform>%n more in My day…</numerusform>
            <numerusform>%n more in My day…</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Snooze all for 1 hour</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>%1 (snoozed until %2)</source>
        <translation>%1 (snoozed until %2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Open the inquiry</source>
        <translation>Open the inquiry</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>Snooze for 1 hour</translation>
    </message>
    <message>
        <source>Snooze until tomorrow %1</source>
        <translation>Snooze until tomorrow %1</translation>
    </message>
</context>
</TS>
