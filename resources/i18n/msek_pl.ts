<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>Activity</name>
    <message>
        <source>Log call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Wysłany e-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Zanotowano rozmowę.</translation>
    </message>
    <message>
        <source>Note logged.</source>
        <translation>Zanotowano notatkę.</translation>
    </message>
    <message>
        <source>Email logged.</source>
        <translation>Zanotowano e-mail.</translation>
    </message>
    <message>
        <source>Meeting logged.</source>
        <translation>Zanotowano spotkanie.</translation>
    </message>
    <message>
        <source>What happened, in one line (Enter logs it)</source>
        <translation>Co się wydarzyło, w jednym wierszu (Enter notuje)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Add more text under the line</source>
        <translation>Dodaj dłuższy tekst pod wierszem</translation>
    </message>
    <message>
        <source>More about it, if needed (Ctrl+Enter logs it)</source>
        <translation>Więcej szczegółów w razie potrzeby (Ctrl+Enter notuje)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Zanotuj</translation>
    </message>
</context>
<context>
    <name>ActivityReport</name>
    <message>
        <source>Activity report</source>
        <translation>Sprawozdanie z działalności</translation>
    </message>
    <message>
        <source>Highlights of the year</source>
        <translation>Najważniejsze wydarzenia roku</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Highlights of the year, in this language:</source>
        <translation>&amp;Najważniejsze wydarzenia roku w tym języku:</translation>
    </message>
    <message>
        <source>Printed at the end of the report. Saved for the whole office; a blank line starts a paragraph.</source>
        <translation>Drukowane na końcu sprawozdania. Zapisywane dla całego biura; pusty wiersz zaczyna nowy akapit.</translation>
    </message>
    <message>
        <source>&amp;Save the highlights</source>
        <translation>&amp;Zapisz najważniejsze wydarzenia</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Utwórz:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>Sprawozdanie &amp;PDF</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook of the figures (.xlsx)</source>
        <translation>Skoroszyt E&amp;xcel z danymi (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Make the report…</source>
        <translation>&amp;Utwórz sprawozdanie…</translation>
    </message>
    <message>
        <source>You have changed the highlights of %1 (%2). Save them?</source>
        <translation>Zmieniono najważniejsze wydarzenia roku %1 (%2). Zapisać je?</translation>
    </message>
    <message>
        <source>Activity report %1 (%2)</source>
        <translation>Sprawozdanie z działalności %1 (%2)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the activity report as</source>
        <translation>Zapisz sprawozdanie z działalności jako</translation>
    </message>
    <message>
        <source>Making the activity report…</source>
        <translation>Tworzenie sprawozdania z działalności…</translation>
    </message>
    <message>
        <source>The activity report was written to:
%1</source>
        <translation>Sprawozdanie z działalności zapisano w:
%1</translation>
    </message>
    <message>
        <source>Open the PDF now?</source>
        <translation>Otworzyć teraz plik PDF?</translation>
    </message>
    <message>
        <source>No program to show PDF files was found; the report is in %1.</source>
        <translation>Nie znaleziono programu do wyświetlania plików PDF; sprawozdanie znajduje się w %1.</translation>
    </message>
    <message>
        <source>&amp;Activity report…</source>
        <translation>&amp;Sprawozdanie z działalności…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Creating demo data…</source>
        <translation>Tworzenie danych demonstracyjnych…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Sprawdzanie bazy danych…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Exported a person’s data</source>
        <translation>Wyeksportowano dane osoby</translation>
    </message>
    <message>
        <source>Printed a person’s data</source>
        <translation>Wydrukowano dane osoby</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Usunięto osobę</translation>
    </message>
    <message>
        <source>Merged two people</source>
        <translation>Scalono dwie osoby</translation>
    </message>
    <message>
        <source>Merged two organisations</source>
        <translation>Scalono dwie instytucje</translation>
    </message>
    <message>
        <source>Undid a merge</source>
        <translation>Cofnięto scalenie</translation>
    </message>
    <message>
        <source>Anonymised past retention</source>
        <translation>Anonimizacja po okresie przechowywania</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation>osoba nr %1</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>instytucja nr %1</translation>
    </message>
    <message>
        <source>%1, %2 (kept %3)</source>
        <translation>%1, %2 (przechowywanie: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries anonymised</source>
        <translation>
            <numerusform>%n zapytanie zanonimizowane</numerusform>
            <numerusform>%n zapytania zanonimizowane</numerusform>
            <numerusform>%n zapytań zanonimizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people erased</source>
        <translation>
            <numerusform>%n osoba usunięta</numerusform>
            <numerusform>%n osoby usunięte</numerusform>
            <numerusform>%n osób usuniętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Wszystkie działania</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nic jeszcze nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest %2)</source>
        <translation>%1 (%2 najnowszych)</translation>
    </message>
    <message>
        <source>Audit list</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Who exported, printed or erased a person’s data, merged records or anonymised what was past retention, and when.</source>
        <translation>Kto wyeksportował, wydrukował lub usunął dane osoby, scalił wpisy lub zanonimizował dane po okresie przechowywania – i kiedy.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Wpisy dziennika audytu</translation>
    </message>
    <message>
        <source>A&amp;udit list…</source>
        <translation>Dziennik &amp;audytu…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>Only an admin can restore a backup.</source>
        <translation>Tylko administrator może przywrócić kopię zapasową.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Kopia zapasowa zapisana w %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>MSEK backups (*.db)</source>
        <translation>Kopie zapasowe MSEK (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Replace the office&apos;s data, on every desk, with the backup %1?

A copy of the current data is kept on this desk first, so this can be undone.</source>
        <translation>Zastąpić dane biura, na wszystkich stanowiskach, kopią zapasową %1?

Kopia obecnych danych zostanie najpierw zachowana na tym stanowisku, więc można to cofnąć.</translation>
    </message>
    <message>
        <source>Replace all the data with the backup %1?

The current data is backed up first, so this can be undone.</source>
        <translation>Zastąpić wszystkie dane kopią zapasową %1?

Obecne dane zostaną najpierw zapisane w kopii zapasowej, więc można to cofnąć.</translation>
    </message>
    <message>
        <source>The data was restored from %1.</source>
        <translation>Dane przywrócono z %1.</translation>
    </message>
    <message>
        <source>The data it replaced is in %1.</source>
        <translation>Zastąpione dane są w %1.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Przywracanie…</translation>
    </message>
    <message>
        <source>Copying the office&apos;s data to this desk…</source>
        <translation>Kopiowanie danych biura na to stanowisko…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Stopping the copy…</source>
        <translation>Zatrzymywanie kopiowania…</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2. Put the damaged file aside (it is kept, renamed) and restore that backup?</source>
        <translation>%1

Najnowsza poprawna kopia zapasowa pochodzi z %2. Odłożyć uszkodzony plik (zostanie zachowany pod inną nazwą) i przywrócić tę kopię?</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The damaged file is kept as %2.</source>
        <translation>Przywrócono kopię zapasową z %1. Uszkodzony plik zachowano jako %2.</translation>
    </message>
</context>
<context>
    <name>BatchLetters</name>
    <message numerus="yes">
        <source>…and %n more warnings.</source>
        <translation>
            <numerusform>…i jeszcze %n ostrzeżenie.</numerusform>
            <numerusform>…i jeszcze %n ostrzeżenia.</numerusform>
            <numerusform>…i jeszcze %n ostrzeżeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…i %n inna.</numerusform>
            <numerusform>…i %n inne.</numerusform>
            <numerusform>…i %n innych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped at the person&apos;s request:</source>
        <translation>Pominięte na prośbę osoby:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Listy</translation>
    </message>
    <message>
        <source>Each inquiry&apos;s letter language</source>
        <translation>Język listu z każdego zapytania</translation>
    </message>
    <message numerus="yes">
        <source>%n letters will be made, one for each selected inquiry.</source>
        <translation>
            <numerusform>Powstanie %n list, do zaznaczonego zapytania.</numerusform>
            <numerusform>Powstaną %n listy, po jednym do każdego zaznaczonego zapytania.</numerusform>
            <numerusform>Powstanie %n listów, po jednym do każdego zaznaczonego zapytania.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>Język listów</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Zapisz w:</translation>
    </message>
    <message>
        <source>Where to save the letters</source>
        <translation>Gdzie zapisać listy</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Utwórz:</translation>
    </message>
    <message>
        <source>One PDF, each letter starting on a new page</source>
        <translation>Jeden plik PDF, każdy list od nowej strony</translation>
    </message>
    <message>
        <source>One PDF file per letter, in a folder</source>
        <translation>Osobny plik PDF dla każdego listu, w folderze</translation>
    </message>
    <message>
        <source>Keep each letter in the inquiry&apos;s history</source>
        <translation>Zachowaj każdy list w historii zapytania</translation>
    </message>
    <message>
        <source>Make the letters</source>
        <translation>Utwórz listy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Choose where to save the letters</source>
        <translation>Wybierz, gdzie zapisać listy</translation>
    </message>
    <message>
        <source>Kept letters appear in each inquiry&apos;s timeline and can be marked as sent.</source>
        <translation>Zachowane listy widać w historii każdego zapytania; można je oznaczyć jako wysłane.</translation>
    </message>
    <message>
        <source>Save the letters as</source>
        <translation>Zapisz listy jako</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Folder na listy</translation>
    </message>
    <message>
        <source>Choose where to save the letters.</source>
        <translation>Wybierz, gdzie zapisać listy.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Nie można utworzyć folderu %1: %2.</translation>
    </message>
    <message>
        <source>Making the letters…</source>
        <translation>Tworzenie listów…</translation>
    </message>
    <message numerus="yes">
        <source>%n letters are in the file %1</source>
        <translation>
            <numerusform>%n list jest w pliku %1</numerusform>
            <numerusform>%n listy są w pliku %1</numerusform>
            <numerusform>%n listów jest w pliku %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters are in the folder %1</source>
        <translation>
            <numerusform>%n list jest w folderze %1</numerusform>
            <numerusform>%n listy są w folderze %1</numerusform>
            <numerusform>%n listów jest w folderze %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Your calendar file could not be written:</source>
        <translation>Nie udało się zapisać pliku kalendarza:</translation>
    </message>
    <message>
        <source>Folder of the calendar file</source>
        <translation>Folder pliku kalendarza</translation>
    </message>
    <message>
        <source>Your open follow-ups as an .ics file, rewritten whenever they change: a calendar program subscribed to it (Outlook) shows them, each with a reminder at 9:00 on its day.</source>
        <translation>Twoje otwarte przypomnienia w pliku .ics, zapisywanym na nowo przy każdej zmianie: kalendarz, który go subskrybuje (Outlook), pokazuje je, każde z powiadomieniem o 9:00 w danym dniu.</translation>
    </message>
    <message>
        <source>Kept up to date: %1</source>
        <translation>Aktualizowany na bieżąco: %1</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalendarz:</translation>
    </message>
    <message>
        <source>Keep my follow-ups in a calendar file</source>
        <translation>Zapisuj moje przypomnienia w pliku kalendarza</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Wybierz folder</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Nie wybrano folderu</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>Na co zgoda</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Udzielona dnia</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Wygasa dnia</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Wycofana dnia</translation>
    </message>
    <message>
        <source>Withdrawn how</source>
        <translation>Jak wycofana</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nowa zgoda</translation>
    </message>
    <message>
        <source>on</source>
        <translation>dnia</translation>
    </message>
    <message>
        <source>Withdraw: %1</source>
        <translation>Wycofanie: %1</translation>
    </message>
    <message>
        <source>Consents (%1)</source>
        <translation>Zgody (%1)</translation>
    </message>
    <message>
        <source>Save the person first to record consents.</source>
        <translation>Najpierw zapisz osobę, aby wpisać jej zgody.</translation>
    </message>
    <message>
        <source>No consent recorded: add one with Add…</source>
        <translation>Brak wpisanych zgód: dodaj zgodę przyciskiem Dodaj…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Wycofaj…</translation>
    </message>
    <message>
        <source>What the person agreed to, and when and how they said so; a withdrawn consent stays listed.</source>
        <translation>Na co osoba się zgodziła, kiedy i jak to przekazała; wycofana zgoda pozostaje na liście.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Their own request</source>
        <translation>Na własną prośbę</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Prawnie uzasadniony interes</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Being contacted about exchanges</source>
        <translation>Kontakt w sprawie wymian</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Newslettery</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>Bez listów</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Bez e-maili</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Bez telefonów</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>udzielono zgody</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>wycofano zgodę</translation>
    </message>
    <message>
        <source>Cannot be before the consent was given.</source>
        <translation>Nie może być wcześniej niż udzielenie zgody.</translation>
    </message>
    <message>
        <source>This consent is already withdrawn.</source>
        <translation>Ta zgoda została już wycofana.</translation>
    </message>
    <message>
        <source>%1 asked not to receive letters.</source>
        <translation>%1 nie życzy sobie listów.</translation>
    </message>
    <message>
        <source>%1 asked not to receive emails.</source>
        <translation>%1 nie życzy sobie e-maili.</translation>
    </message>
    <message>
        <source>%1 asked not to be called.</source>
        <translation>%1 nie życzy sobie telefonów.</translation>
    </message>
    <message>
        <source>Every person chosen asked not to receive letters: nothing was made.</source>
        <translation>Wszystkie wybrane osoby nie życzą sobie listów: nic nie utworzono.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Pick the organisation from the suggestions, or leave empty.</source>
        <translation>Wybierz instytucję z podpowiedzi lub zostaw to pole puste.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Person — %1</source>
        <translation>Osoba — %1</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Zwrot grzecznościowy</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
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
        <translation>MSEK Desktop — nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you saved before is safe; the last action may not have finished. Please send the details below to whoever looks after the program.</source>
        <translation>Wystąpił nieoczekiwany problem. To, co zostało wcześniej zapisane, jest bezpieczne; ostatnia czynność mogła się nie zakończyć. Prześlij poniższe szczegóły osobie, która opiekuje się programem.</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Szczegóły błędu</translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>Szczegóły są też zapisane w pliku dziennika: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Open inquiries by stage</source>
        <translation>Otwarte zapytania według etapu</translation>
    </message>
    <message>
        <source>This year’s inquiries by side</source>
        <translation>Tegoroczne zapytania według strony</translation>
    </message>
    <message>
        <source>This year’s inquiries by kind</source>
        <translation>Tegoroczne zapytania według rodzaju</translation>
    </message>
    <message>
        <source>This year’s inquiries by field</source>
        <translation>Tegoroczne zapytania według dziedziny</translation>
    </message>
    <message>
        <source>Lost this year: why</source>
        <translation>Utracone w tym roku: dlaczego</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Zaległe przypomnienia</translation>
    </message>
    <message>
        <source>Exchanges running and coming</source>
        <translation>Wymiany trwające i nadchodzące</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Nie udało się odczytać danych: %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Odczytywanie danych…</translation>
    </message>
    <message>
        <source>The office on %1</source>
        <translation>Biuro w dniu %1</translation>
    </message>
    <message>
        <source>Last year, same days: %1</source>
        <translation>Rok temu, te same dni: %1</translation>
    </message>
    <message>
        <source>New inquiries this month</source>
        <translation>Nowe zapytania w tym miesiącu</translation>
    </message>
    <message>
        <source>New inquiries this year</source>
        <translation>Nowe zapytania w tym roku</translation>
    </message>
    <message>
        <source>Days to a first answer (median)</source>
        <translation>Dni do pierwszej odpowiedzi (mediana)</translation>
    </message>
    <message>
        <source>%1 answered, %2 not yet</source>
        <translation>%1 z odpowiedzią, %2 jeszcze czeka</translation>
    </message>
    <message>
        <source>Exchange participants this year</source>
        <translation>Uczestnicy wymian w tym roku</translation>
    </message>
    <message>
        <source>Saint-Étienne %1 · Katowice %2</source>
        <translation>Saint-Étienne %1 · Katowice %2</translation>
    </message>
    <message>
        <source>No inquiry received this year yet.</source>
        <translation>W tym roku nie wpłynęło jeszcze żadne zapytanie.</translation>
    </message>
    <message>
        <source>No inquiry received this year was lost.</source>
        <translation>Żadne zapytanie otrzymane w tym roku nie zostało utracone.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Brak zaległych przypomnień.</translation>
    </message>
    <message>
        <source>No exchange running or planned.</source>
        <translation>Brak trwających ani planowanych wymian.</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Otwieraj na:</translation>
    </message>
    <message>
        <source>Screen shown at start</source>
        <translation>Ekran wyświetlany przy uruchomieniu</translation>
    </message>
    <message>
        <source>The screen this computer shows when the program starts.</source>
        <translation>Ekran, który ten komputer pokazuje po uruchomieniu programu.</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>This computer has no credential store: the password is kept nowhere and is asked at each start.</source>
        <translation>Ten komputer nie ma magazynu poświadczeń: hasło nie jest nigdzie przechowywane i jest pytane przy każdym uruchomieniu.</translation>
    </message>
    <message>
        <source>The password is kept in %1 on this computer.</source>
        <translation>Hasło jest przechowywane w %1 na tym komputerze.</translation>
    </message>
    <message>
        <source>Connected: MSEK data found.</source>
        <translation>Połączono: znaleziono dane MSEK.</translation>
    </message>
    <message>
        <source>The server answers but the database holds no MSEK data yet.</source>
        <translation>Serwer odpowiada, ale baza danych nie zawiera jeszcze danych MSEK.</translation>
    </message>
    <message>
        <source>The server answers but the database holds another program&apos;s data: choose another database.</source>
        <translation>Serwer odpowiada, ale baza danych zawiera dane innego programu: wybierz inną bazę.</translation>
    </message>
    <message>
        <source>Where the office&apos;s data lives</source>
        <translation>Gdzie są dane biura</translation>
    </message>
    <message>
        <source>Where does this computer find the office&apos;s data?</source>
        <translation>Skąd ten komputer bierze dane biura?</translation>
    </message>
    <message>
        <source>This computer keeps the data</source>
        <translation>Ten komputer przechowuje dane</translation>
    </message>
    <message>
        <source>The data stay in a file on this computer: %1. Right for one desk, or to try the program.</source>
        <translation>Dane pozostają w pliku na tym komputerze: %1. Dobre dla jednego stanowiska albo do wypróbowania programu.</translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation>Połącz z serwerem biura</translation>
    </message>
    <message>
        <source>Every desk of the office works on the same data, kept by the office&apos;s PostgreSQL server.</source>
        <translation>Wszystkie stanowiska biura pracują na tych samych danych, przechowywanych przez serwer PostgreSQL biura.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Enter the name of the office server.</source>
        <translation>Wpisz nazwę serwera biura.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Wpisz nazwę bazy danych.</translation>
    </message>
    <message>
        <source>Enter your login on the server.</source>
        <translation>Wpisz swój login na serwerze.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Sprawdzanie połączenia…</translation>
    </message>
    <message>
        <source>The server refused the login or its password; check them and try again.</source>
        <translation>Serwer odrzucił login lub hasło; sprawdź je i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>&amp;Leave the demo data</source>
        <translation>&amp;Opuść dane demonstracyjne</translation>
    </message>
    <message>
        <source>&amp;Try with demo data…</source>
        <translation>&amp;Wypróbuj na danych demonstracyjnych…</translation>
    </message>
    <message>
        <source>Leave the demo data</source>
        <translation>Opuść dane demonstracyjne</translation>
    </message>
    <message>
        <source>Close the demo and open your office&apos;s data (made empty if there are none).</source>
        <translation>Zamknij dane demonstracyjne i otwórz dane Twojego biura (puste, jeśli jeszcze ich nie ma).</translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>Description of %1</source>
        <translation>Opis: %1</translation>
    </message>
    <message>
        <source>Write it now: it is kept with the organisation and printed in this letter and the next ones.</source>
        <translation>Napisz go teraz: zostanie zapisany przy organizacji i wydrukowany w tym liście i w następnych.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Make the letter without it</source>
        <translation>Utwórz list bez opisu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>%1 (for reference, not printed)</source>
        <translation>%1 (do wglądu, nie jest drukowany)</translation>
    </message>
    <message>
        <source>Write the description, or cancel.</source>
        <translation>Napisz opis albo anuluj.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>Usunięte przez</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Dodane przez</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written to open it.</source>
        <translation>Nie można zapisać kopii pliku %1, aby go otworzyć.</translation>
    </message>
    <message>
        <source>No program to open %1 was found. Use Save as… to keep it.</source>
        <translation>Nie znaleziono programu, który otworzy %1. Użyj „Zapisz jako…”, aby go zachować.</translation>
    </message>
    <message>
        <source>Bin (%1)</source>
        <translation>Kosz (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Dokumenty (%n)</numerusform>
            <numerusform>Dokumenty (%n)</numerusform>
            <numerusform>Dokumenty (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>Kosz jest pusty.</translation>
    </message>
    <message>
        <source>Save the record first to attach documents.</source>
        <translation>Najpierw zapisz wpis, aby dołączyć dokumenty.</translation>
    </message>
    <message>
        <source>No documents yet: drop files here, or choose them with Add…</source>
        <translation>Brak dokumentów: upuść tu pliki lub wybierz je przyciskiem Dodaj…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Attach files (at most %1 each); you can also drop them here</source>
        <translation>Dołącz pliki (najwyżej %1 każdy); można je też upuścić tutaj</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Documents removed in the last %1 days</source>
        <translation>Dokumenty usunięte w ciągu ostatnich %1 dni</translation>
    </message>
    <message>
        <source>Open shows a read-only copy: changes made to it are not saved here. Removed documents stay in the bin for %1 days.</source>
        <translation>Otwórz pokazuje kopię tylko do odczytu: wprowadzone w niej zmiany nie są tu zapisywane. Usunięte dokumenty zostają w koszu przez %1 dni.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Dołącz dokumenty</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation>Dodawanie dokumentów…</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Niektóre pliki nie zostały dołączone</translation>
    </message>
    <message>
        <source>%1 opened as a read-only copy: changes to it are not saved in MSEK.</source>
        <translation>Otwarto %1 jako kopię tylko do odczytu: zmiany w niej nie są zapisywane w MSEK.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Zapisz dokument</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message>
        <source>Moved to the bin for %2 days: %1.</source>
        <translation>Przeniesiono do kosza na %2 dni: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>Przywrócono: %1.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bajtów</translation>
    </message>
    <message>
        <source>%1 is %2; a document may be at most %3.</source>
        <translation>%1 ma %2; dokument może mieć najwyżej %3.</translation>
    </message>
    <message>
        <source>The inquiry %1 is deleted: restore it before attaching documents.</source>
        <translation>Zapytanie %1 jest usunięte: przywróć je przed dołączeniem dokumentów.</translation>
    </message>
    <message>
        <source>The exchange %1 is deleted: restore it before attaching documents.</source>
        <translation>Wymiana %1 jest usunięta: przywróć ją przed dołączeniem dokumentów.</translation>
    </message>
    <message>
        <source>The organisation %1 is deleted: restore it before attaching documents.</source>
        <translation>Instytucja %1 jest usunięta: przywróć ją przed dołączeniem dokumentów.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to attach.</source>
        <translation>Plik %1 jest pusty: nie ma czego dołączyć.</translation>
    </message>
    <message>
        <source>%1 is not a file but a pipe, a device or another special file.</source>
        <translation>%1 nie jest zwykłym plikiem, lecz potokiem, urządzeniem lub innym plikiem specjalnym.</translation>
    </message>
    <message>
        <source>%1 is damaged in the database: its bytes no longer match the checksum recorded when it was attached. Restore a backup to get it back.</source>
        <translation>Plik %1 jest uszkodzony w bazie danych: jego zawartość nie zgadza się już z sumą kontrolną zapisaną przy dołączaniu. Przywróć kopię zapasową, aby go odzyskać.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Choose a pair to compare them.</source>
        <translation>Wybierz parę, aby je porównać.</translation>
    </message>
    <message>
        <source>Kept: %1 (#%2)</source>
        <translation>Zachowany: %1 (nr %2)</translation>
    </message>
    <message>
        <source>Merged into it: %1 (#%2)</source>
        <translation>Scalany z nim: %1 (nr %2)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Oba</translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation>Oba, jeden po drugim</translation>
    </message>
    <message numerus="yes">
        <source>%n other fields are the same in both.</source>
        <translation>
            <numerusform>%n inne pole jest takie samo w obu.</numerusform>
            <numerusform>%n inne pola są takie same w obu.</numerusform>
            <numerusform>%n innych pól jest takich samych w obu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fields of exchange of both are kept.</source>
        <translation>Dziedziny wymiany obu zostają zachowane.</translation>
    </message>
    <message>
        <source>Duplicate people</source>
        <translation>Zdublowane osoby</translation>
    </message>
    <message>
        <source>Duplicate organisations</source>
        <translation>Zdublowane instytucje</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Prawdopodobne duplikaty</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Scalenia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>Duplikaty…</translation>
    </message>
    <message>
        <source>People or organisations recorded twice, to merge</source>
        <translation>Osoby lub instytucje zapisane dwa razy, do scalenia</translation>
    </message>
    <message>
        <source>Can be undone until %1</source>
        <translation>Można cofnąć do %1</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Scalono</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Scalony</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Zachowany</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnięcie</translation>
    </message>
    <message>
        <source>No merge yet.</source>
        <translation>Nie ma jeszcze scaleń.</translation>
    </message>
    <message>
        <source>Undo this merge? %1 is separated from %2 again, with everything that named it.</source>
        <translation>Cofnąć to scalenie? %1 zostanie ponownie oddzielony od %2, wraz ze wszystkim, co go dotyczyło.</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Scalenie cofnięte.</translation>
    </message>
    <message>
        <source>A merge can be undone for as many days as daily backups are kept (office settings): both records come back as they were, with everything that named them. A change made since the merge is kept.</source>
        <translation>Scalenie można cofnąć przez tyle dni, ile przechowywane są codzienne kopie zapasowe (ustawienia biura): oba wpisy wracają takie, jakie były, wraz ze wszystkim, co ich dotyczyło. Zmiana wprowadzona po scaleniu zostaje zachowana.</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Cofnij scalenie</translation>
    </message>
    <message>
        <source>Probably</source>
        <translation>Prawdopodobnie</translation>
    </message>
    <message>
        <source>Perhaps</source>
        <translation>Być może</translation>
    </message>
    <message>
        <source>The same?</source>
        <translation>Te same?</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Jeden</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>Drugi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Szukanie duplikatów…</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nie znaleziono duplikatów.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %2 into %1? Everything that names %2 moves to %1, and %2 goes to the bin. The merge can be undone for %n days.</source>
        <translation>
            <numerusform>Scalić %2 z %1? Wszystko, co dotyczy %2, przejdzie do %1, a %2 trafi do kosza. Scalenie można cofnąć przez %n dzień.</numerusform>
            <numerusform>Scalić %2 z %1? Wszystko, co dotyczy %2, przejdzie do %1, a %2 trafi do kosza. Scalenie można cofnąć przez %n dni.</numerusform>
            <numerusform>Scalić %2 z %1? Wszystko, co dotyczy %2, przejdzie do %1, a %2 trafi do kosza. Scalenie można cofnąć przez %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>Scalono %1 z %2.</translation>
    </message>
    <message>
        <source>People who are probably the same: the same email, or the same name and organisation. Choose a pair, then which value of each field to keep.</source>
        <translation>Osoby, które są prawdopodobnie tymi samymi: ten sam e-mail albo to samo imię i nazwisko oraz instytucja. Wybierz parę, a potem wartość każdego pola do zachowania.</translation>
    </message>
    <message>
        <source>Organisations that are probably the same: the same name, or a name a typo apart. Choose a pair, then which value of each field to keep.</source>
        <translation>Instytucje, które są prawdopodobnie tymi samymi: ta sama nazwa albo nazwa różniąca się literówką. Wybierz parę, a potem wartość każdego pola do zachowania.</translation>
    </message>
    <message>
        <source>&amp;Keep the other one</source>
        <translation>&amp;Zachowaj drugi</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Zwrot grzecznościowy</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>Bez listów</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Bez e-maili</translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation>Bez telefonów</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Co oferują</translation>
    </message>
    <message>
        <source>Seeks</source>
        <translation>Czego szukają</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki pracy</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Ilu gości mogą przyjąć</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Description (French)</source>
        <translation>Opis po francusku</translation>
    </message>
    <message>
        <source>Description (Polish)</source>
        <translation>Opis po polsku</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Opis po angielsku</translation>
    </message>
    <message>
        <source>Their own request</source>
        <translation>Ich własna prośba</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Prawnie uzasadniony interes</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>to samo imię i nazwisko</translation>
    </message>
    <message>
        <source>same name, the last name in its feminine or masculine form</source>
        <translation>to samo imię i nazwisko, nazwisko w formie żeńskiej lub męskiej</translation>
    </message>
    <message>
        <source>same name, another organisation</source>
        <translation>to samo imię i nazwisko, inna instytucja</translation>
    </message>
    <message>
        <source>same last name, a similar first name</source>
        <translation>to samo nazwisko, podobne imię</translation>
    </message>
    <message>
        <source>same last name, one first name missing</source>
        <translation>to samo nazwisko, brak jednego imienia</translation>
    </message>
    <message>
        <source>same first name, a similar last name</source>
        <translation>to samo imię, podobne nazwisko</translation>
    </message>
    <message>
        <source>same first name, the last name in the form of the other gender</source>
        <translation>to samo imię, nazwisko w formie drugiej płci</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>podobna nazwa</translation>
    </message>
    <message>
        <source>the same name, accents and capitals aside</source>
        <translation>ta sama nazwa, pomijając znaki diakrytyczne i wielkość liter</translation>
    </message>
    <message>
        <source>the same email, a close name</source>
        <translation>ten sam e-mail, podobna nazwa</translation>
    </message>
    <message>
        <source>a name a typo apart</source>
        <translation>nazwa różniąca się literówką</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cofnięte</translation>
    </message>
    <message>
        <source>Final: a person it named was erased</source>
        <translation>Ostateczne: osoba, której dotyczyło, została usunięta</translation>
    </message>
    <message>
        <source>Final: older than the daily backups kept</source>
        <translation>Ostateczne: starsze niż przechowywane codzienne kopie zapasowe</translation>
    </message>
    <message>
        <source>Final: one of the records was erased since</source>
        <translation>Ostateczne: jeden z wpisów został od tego czasu usunięty</translation>
    </message>
    <message>
        <source>Merged again since: undo that merge first</source>
        <translation>Ponownie scalony: najpierw cofnij tamto scalenie</translation>
    </message>
    <message>
        <source>The record kept is in the bin: restore it first</source>
        <translation>Zachowany wpis jest w koszu: najpierw go przywróć</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>merge undone: record %1 apart from %2 again</source>
        <translation>scalenie cofnięte: wpis %1 znów oddzielony od %2</translation>
    </message>
    <message>
        <source>record %1 merged into %2</source>
        <translation>wpis %1 scalony z %2</translation>
    </message>
    <message>
        <source>Person #%1 was merged into #%2 and cannot be restored on its own: undo the merge instead (Duplicates… on the People list, its Merges tab).</source>
        <translation>Osoba nr %1 została scalona z wpisem nr %2 i nie można jej przywrócić osobno: zamiast tego cofnij scalenie (Duplikaty… na liście osób, karta Scalenia).</translation>
    </message>
    <message>
        <source>Organisation #%1 was merged into #%2 and cannot be restored on its own: undo the merge instead (Duplicates… on the Organisations list, its Merges tab).</source>
        <translation>Organizacja nr %1 została scalona z wpisem nr %2 i nie można jej przywrócić osobno: zamiast tego cofnij scalenie (Duplikaty… na liście organizacji, karta Scalenia).</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>The email is written from the saved record. Save your changes?</source>
        <translation>Wiadomość powstaje na podstawie zapisanego wpisu. Zapisać zmiany?</translation>
    </message>
    <message>
        <source>Write email…</source>
        <translation>Napisz e-mail…</translation>
    </message>
    <message>
        <source>Write an email from a template and open it in your mail program</source>
        <translation>Napisz e-mail na podstawie szablonu i otwórz go w programie pocztowym</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Introduction to a partner</source>
        <translation>Przedstawienie partnerowi</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Ten wpis</translation>
    </message>
    <message>
        <source>%1 has no email address recorded. Add it on their form, or copy the text and paste it into your mail program.</source>
        <translation>%1 nie ma zapisanego adresu e-mail. Dodaj go we wpisie albo skopiuj tekst i wklej go w programie pocztowym.</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>Nie udało się zapisać wersji roboczej: %1</translation>
    </message>
    <message>
        <source>No mail program was found to open the draft.</source>
        <translation>Nie znaleziono programu pocztowego, który otworzyłby wersję roboczą.</translation>
    </message>
    <message>
        <source>It is saved as %1.</source>
        <translation>Zapisano ją jako %1.</translation>
    </message>
    <message>
        <source>Did you send it? Log it in the history once it is sent.</source>
        <translation>Czy wiadomość została wysłana? Odnotuj ją w historii po wysłaniu.</translation>
    </message>
    <message>
        <source>Log as sent</source>
        <translation>Odnotuj jako wysłany</translation>
    </message>
    <message>
        <source>Logged as sent in the history.</source>
        <translation>Odnotowano w historii jako wysłany.</translation>
    </message>
    <message>
        <source>The subject and text are copied: paste them into your mail program.</source>
        <translation>Temat i treść zostały skopiowane: wklej je w programie pocztowym.</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>Napisz e-mail</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Kopiuj tekst</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Otwórz w programie pocztowym</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Attach the introduction letter (PDF)</source>
        <translation>Dołącz list przedstawiający (PDF)</translation>
    </message>
    <message>
        <source>Attach the proposal letter (PDF)</source>
        <translation>Dołącz list z propozycją (PDF)</translation>
    </message>
</context>
<context>
    <name>Emails</name>
    <message>
        <source>%1 has no email address: add it to their record first.</source>
        <translation>%1 nie ma adresu e-mail: najpierw dodaj go do wpisu.</translation>
    </message>
    <message>
        <source>%1 has no inquiry: an email is written about one.</source>
        <translation>%1 nie ma żadnego zapytania: wiadomość e-mail zawsze dotyczy zapytania.</translation>
    </message>
    <message>
        <source>An introduction is written to a proposed partner of an inquiry.</source>
        <translation>Prezentację wysyła się do partnera zaproponowanego w ramach zapytania.</translation>
    </message>
    <message>
        <source>No partner is proposed for this inquiry yet: propose one first, or choose another email.</source>
        <translation>Dla tego zapytania nie zaproponowano jeszcze partnera: najpierw zaproponuj partnera albo wybierz inną wiadomość.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This record no longer exists.</source>
        <translation>Ten wpis już nie istnieje.</translation>
    </message>
    <message>
        <source>This is not a valid phone number (write the country code for abroad).</source>
        <translation>To nie jest prawidłowy numer telefonu (przy numerach zagranicznych podaj numer kierunkowy kraju).</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>Login %1 jest już zajęty.</translation>
    </message>
    <message>
        <source>%1 is neither in Saint-Étienne nor in Katowice: a partner is sought in one of the two cities.</source>
        <translation>%1 nie jest ani w Saint-Étienne, ani w Katowicach: partnera szukamy w jednym z tych dwóch miast.</translation>
    </message>
    <message>
        <source>%1 is not on the inquiry&apos;s other side: a partner is sought in %2.</source>
        <translation>%1 nie jest po drugiej stronie zapytania: partnera szukamy w mieście %2.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pole wymagane.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Za długie (maksymalna liczba znaków: %1).</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>To nie jest prawidłowy adres e-mail.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>To nie jest liczba całkowita.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Musi mieścić się w przedziale od %1 do %2.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Musi wynosić co najmniej %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Musi wynosić co najwyżej %1.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Data nie może być późniejsza niż dzisiejsza.</translation>
    </message>
    <message>
        <source>Write a two-letter country code such as FR or PL.</source>
        <translation>Wpisz dwuliterowy kod kraju, np. FR lub PL.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter language code such as fr, pl or en.</source>
        <translation>„%1” nie jest dwuliterowym kodem języka, np. fr, pl lub en.</translation>
    </message>
    <message>
        <source>Choose a contact or an organisation.</source>
        <translation>Wybierz osobę kontaktową lub instytucję.</translation>
    </message>
    <message>
        <source>Say why the inquiry was lost.</source>
        <translation>Podaj, dlaczego zapytanie zakończyło się bez rezultatu.</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits, dots, underscores and hyphens.</source>
        <translation>Tylko małe litery, cyfry, kropki, podkreślenia i łączniki.</translation>
    </message>
    <message>
        <source>%1 is the inquiry&apos;s own organisation.</source>
        <translation>%1 to organizacja, od której pochodzi zapytanie.</translation>
    </message>
    <message>
        <source>The inquiry %1 is closed (%2): reopen it before changing it.</source>
        <translation>Zapytanie %1 jest zamknięte (%2): wznów je, zanim je zmienisz.</translation>
    </message>
    <message>
        <source>Choose why the organisation declined.</source>
        <translation>Wybierz, dlaczego organizacja odmówiła.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>Nie ma pracownika o loginie %1.</translation>
    </message>
    <message>
        <source>The database server keeps this name for itself; choose another.</source>
        <translation>Serwer bazy danych zastrzega tę nazwę dla siebie; wybierz inną.</translation>
    </message>
    <message>
        <source>%1 is already a login on this database server; choose another.</source>
        <translation>%1 jest już loginem na tym serwerze bazy danych; wybierz inny.</translation>
    </message>
    <message>
        <source>The login cannot be changed on the office server: it is how they log in.</source>
        <translation>Loginu nie można zmienić na serwerze biura: to nim ta osoba się loguje.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Za krótkie: co najmniej %1 znaków.</translation>
    </message>
    <message>
        <source>You cannot change this for your own login; ask another admin.</source>
        <translation>Nie możesz tego zmienić dla własnego loginu; poproś innego administratora.</translation>
    </message>
    <message>
        <source>Only an admin of the office database may do this (%1 is a staff login).</source>
        <translation>Tylko administrator bazy biura może to zrobić (%1 to login pracownika).</translation>
    </message>
    <message>
        <source>The login %1 is not a staff member of this office database; ask an admin to add you.</source>
        <translation>Login %1 nie należy do żadnego pracownika tej bazy biura; poproś administratora o dodanie cię.</translation>
    </message>
    <message>
        <source>Someone else saved this record since you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Ktoś inny zapisał ten wpis, odkąd go otworzono. Wczytaj go ponownie, aby zobaczyć zmiany, a następnie wprowadź swoje jeszcze raz.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>Baza danych jest zajęta przez inny program; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved.</source>
        <translation>Baza danych jest tylko do odczytu: nie można zapisać zmian.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>Dysk jest pełny. Zwolnij trochę miejsca i spróbuj ponownie; nic z tego, co już zapisano, nie zostało utracone.</translation>
    </message>
    <message>
        <source>This record no longer exists or was deleted.</source>
        <translation>Ten wpis już nie istnieje lub został usunięty.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Plik bazy danych jest uszkodzony.</translation>
    </message>
    <message>
        <source>This is not an MSEK database file.</source>
        <translation>To nie jest plik bazy danych MSEK.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>Plik bazy danych nie istnieje.</translation>
    </message>
    <message>
        <source>The database is in a place where it can be damaged (a network share or a folder synced by OneDrive, Dropbox or Google Drive).</source>
        <translation>Baza danych znajduje się w miejscu, w którym może zostać uszkodzona (udział sieciowy lub folder synchronizowany przez OneDrive, Dropbox albo Google Drive).</translation>
    </message>
    <message>
        <source>The office server refused the login or its password.</source>
        <translation>Serwer biura odrzucił login lub jego hasło.</translation>
    </message>
    <message>
        <source>The office server cannot be reached.</source>
        <translation>Nie można połączyć się z serwerem biura.</translation>
    </message>
    <message>
        <source>This is not available with an office server yet.</source>
        <translation>Ta funkcja nie jest jeszcze dostępna z serwerem biura.</translation>
    </message>
    <message>
        <source>The database cannot be used.</source>
        <translation>Nie można użyć bazy danych.</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>Powód odwołania</translation>
    </message>
    <message>
        <source>Cancellation note</source>
        <translation>Uwagi do odwołania</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Planned from Saint-Étienne</source>
        <translation>Planowana liczba z Saint-Étienne</translation>
    </message>
    <message>
        <source>Planned from Katowice</source>
        <translation>Planowana liczba z Katowic</translation>
    </message>
    <message>
        <source>Took part from Saint-Étienne</source>
        <translation>Rzeczywista liczba z Saint-Étienne</translation>
    </message>
    <message>
        <source>Took part from Katowice</source>
        <translation>Rzeczywista liczba z Katowic</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <source>The inquiry’s stage follows this exchange</source>
        <translation>Etap zapytania zmienia się wraz z wymianą</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustalono</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Wyczyść datę</translation>
    </message>
    <message>
        <source>Add an organisation…</source>
        <translation>Dodaj instytucję…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Take the selected organisation off</source>
        <translation>Usuń zaznaczoną instytucję</translation>
    </message>
    <message>
        <source>Organisations of the exchange</source>
        <translation>Instytucje uczestniczące w wymianie</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Usuń wiersz</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co się odbywa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message numerus="yes">
        <source>Programme (%n)</source>
        <translation>
            <numerusform>Program (%n)</numerusform>
            <numerusform>Program (%n)</numerusform>
            <numerusform>Program (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funding (%n)</source>
        <translation>
            <numerusform>Finansowanie (%n)</numerusform>
            <numerusform>Finansowanie (%n)</numerusform>
            <numerusform>Finansowanie (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nowa wymiana</translation>
    </message>
    <message>
        <source>Exchange — %1</source>
        <translation>Wymiana — %1</translation>
    </message>
    <message>
        <source>Exchange “%1” saved.</source>
        <translation>Zapisano wymianę „%1”.</translation>
    </message>
    <message>
        <source>Delete the exchange “%1”? You can restore it later from “Show deleted” on the Exchanges screen.</source>
        <translation>Usunąć wymianę „%1”? Można ją później przywrócić przez „Pokaż usunięte” na ekranie Wymiany.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Instytucje</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Dziedziny</translation>
    </message>
    <message>
        <source>The status and the inquiry’s stage follow the dates: running from the first day, completed after the last. Untick to set them by hand.</source>
        <translation>Status i etap zapytania zmieniają się zgodnie z datami: w trakcie od pierwszego dnia, zakończona po ostatnim. Odznacz, aby ustawiać je ręcznie.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowani</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>How it went: what was done, what came of it, what to do again…</source>
        <translation>Jak poszło: co zrobiono, co z tego wynikło, co warto powtórzyć…</translation>
    </message>
    <message>
        <source>Inquiry %1</source>
        <translation>Zapytanie %1</translation>
    </message>
    <message>
        <source>Open the inquiry of this exchange</source>
        <translation>Otwórz zapytanie tej wymiany</translation>
    </message>
    <message>
        <source>Record another exchange…</source>
        <translation>Zapisz kolejną wymianę…</translation>
    </message>
    <message>
        <source>Exchange: %1</source>
        <translation>Wymiana: %1</translation>
    </message>
    <message>
        <source>Open the exchange recorded for this inquiry</source>
        <translation>Otwórz wymianę zapisaną dla tego zapytania</translation>
    </message>
    <message numerus="yes">
        <source>Exchanges (%n)</source>
        <translation>
            <numerusform>Wymiany (%n)</numerusform>
            <numerusform>Wymiany (%n)</numerusform>
            <numerusform>Wymiany (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchanges recorded for this inquiry</source>
        <translation>Wymiany zapisane dla tego zapytania</translation>
    </message>
    <message>
        <source>Record the exchange…</source>
        <translation>Zapisz wymianę…</translation>
    </message>
    <message>
        <source>Record what was agreed: who goes where, when, what funding</source>
        <translation>Zapisz, co uzgodniono: kto, dokąd, kiedy, z jakim finansowaniem</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Goszczenie</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Staż</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Rezydencja</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Koncert</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Wystawa</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Wspólny projekt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowana</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Odwołana</translation>
    </message>
    <message>
        <source>The funding did not come</source>
        <translation>Nie uzyskano finansowania</translation>
    </message>
    <message>
        <source>No dates suit both sides</source>
        <translation>Brak terminu dogodnego dla obu stron</translation>
    </message>
    <message>
        <source>A partner withdrew</source>
        <translation>Partner się wycofał</translation>
    </message>
    <message>
        <source>Health or safety</source>
        <translation>Zdrowie lub bezpieczeństwo</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <source>Creative Europe</source>
        <translation>Kreatywna Europa</translation>
    </message>
    <message>
        <source>City of Saint-Étienne</source>
        <translation>Miasto Saint-Étienne</translation>
    </message>
    <message>
        <source>City of Katowice</source>
        <translation>Miasto Katowice</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>Środki własne</translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <source>place</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <source>what happens</source>
        <translation>co się dzieje</translation>
    </message>
    <message>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <source>note</source>
        <translation>uwaga</translation>
    </message>
    <message>
        <source>Cannot be before the first day (%1).</source>
        <translation>Nie może być wcześniej niż pierwszy dzień (%1).</translation>
    </message>
    <message>
        <source>Item %1: its day %2 is not between %3 and %4.</source>
        <translation>Punkt %1: jego dzień %2 nie mieści się między %3 a %4.</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>Punkt %1, %2: %3</translation>
    </message>
    <message>
        <source>Funding line %1, %2: %3</source>
        <translation>Pozycja finansowania %1, %2: %3</translation>
    </message>
    <message>
        <source>Not an amount; write it as 1200, 1200.50 or 1 200,50.</source>
        <translation>To nie jest kwota; wpisz ją jako 1200, 1200.50 lub 1 200,50.</translation>
    </message>
    <message>
        <source>At most 2 decimals.</source>
        <translation>Najwyżej 2 miejsca po przecinku.</translation>
    </message>
    <message>
        <source>No organisation named “%1” is recorded; import or create it first.</source>
        <translation>Nie zapisano instytucji o nazwie „%1”; najpierw ją zaimportuj lub utwórz.</translation>
    </message>
    <message>
        <source>Several organisations are named “%1”.</source>
        <translation>Kilka instytucji nosi nazwę „%1”.</translation>
    </message>
    <message>
        <source>“%1” is recorded on another side: %2.</source>
        <translation>„%1” jest zapisana po innej stronie: %2.</translation>
    </message>
    <message>
        <source>No inquiry %1 is recorded (or it is deleted).</source>
        <translation>Nie zapisano zapytania %1 (albo zostało usunięte).</translation>
    </message>
    <message>
        <source>This exchange is already recorded.</source>
        <translation>Ta wymiana jest już zapisana.</translation>
    </message>
    <message>
        <source>This exchange is already in the file, on line %1.</source>
        <translation>Ta wymiana jest już w pliku, w wierszu %1.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 więcej</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No exchange this month.</source>
        <translation>Brak wymian w tym miesiącu.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Show this month</source>
        <translation>Pokaż bieżący miesiąc</translation>
    </message>
    <message>
        <source>Exchanges of the month, by day</source>
        <translation>Wymiany w miesiącu, dzień po dniu</translation>
    </message>
    <message>
        <source>Exchanges of the month</source>
        <translation>Wymiany w miesiącu</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>planowano %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Dowolny rodzaj</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Dowolna dziedzina</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Dowolny rok</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nowa wymiana</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Title, organisation…</source>
        <translation>Tytuł, instytucja…</translation>
    </message>
    <message>
        <source>Search exchanges</source>
        <translation>Szukaj wymian</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n wymiana</numerusform>
            <numerusform>%n wymiany</numerusform>
            <numerusform>%n wymian</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange yet: record one from an agreed inquiry (Record the exchange…), or create one.</source>
        <translation>Nie ma jeszcze wymian: zapisz wymianę z uzgodnionego zapytania („Zapisz wymianę…”) albo utwórz nową.</translation>
    </message>
    <message>
        <source>No deleted exchange: nothing to restore.</source>
        <translation>Brak usuniętych wymian: nie ma czego przywracać.</translation>
    </message>
    <message numerus="yes">
        <source>All %n exchanges selected</source>
        <translation>
            <numerusform>Zaznaczono %n wymianę (wszystkie)</numerusform>
            <numerusform>Zaznaczono wszystkie %n wymiany</numerusform>
            <numerusform>Zaznaczono wszystkie %n wymian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n exchanges?</source>
        <translation>
            <numerusform>Przywrócić %n wymianę?</numerusform>
            <numerusform>Przywrócić %n wymiany?</numerusform>
            <numerusform>Przywrócić %n wymian?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges restored.</source>
        <translation>
            <numerusform>Przywrócono %n wymianę.</numerusform>
            <numerusform>Przywrócono %n wymiany.</numerusform>
            <numerusform>Przywrócono %n wymian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>No exchange matches these filters.</source>
        <translation>Żadna wymiana nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtr statusu</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtr rodzaju</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Filtr dziedziny</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Filtr roku</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Import exchanges from a CSV file or an Excel workbook</source>
        <translation>Importuj wymiany z pliku CSV lub skoroszytu Excela</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>List or calendar</source>
        <translation>Lista lub kalendarz</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Inquiries</source>
        <translation>Zapytania</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Instytucje</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a folder.</source>
        <translation>Nie można wyeksportować do %1: to jest folder.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is not a regular file (a pipe or a device).</source>
        <translation>Nie można wyeksportować do %1: to nie jest zwykły plik (to potok lub urządzenie).</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is the database itself (or one of its files); choose another name.</source>
        <translation>Nie można wyeksportować do %1: to sama baza danych (lub jeden z jej plików); wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is in the database&apos;s backups folder; choose another folder.</source>
        <translation>Nie można wyeksportować do %1: znajduje się w folderze kopii zapasowych bazy danych; wybierz inny folder.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a database file, which an export never replaces; choose another name.</source>
        <translation>Nie można wyeksportować do %1: to plik bazy danych, a eksport nigdy go nie zastępuje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file is read-only.</source>
        <translation>Nie można wyeksportować do %1: plik jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .xlsx or .csv.</source>
        <translation>Nie można wyeksportować do %1: nazwa pliku musi kończyć się na .xlsx lub .csv.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Co wyeksportować</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Eksportuj:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Skoroszyt Excela (.xlsx)</translation>
    </message>
    <message>
        <source>CSV text file for Excel (.csv)</source>
        <translation>Plik tekstowy CSV dla Excela (.csv)</translation>
    </message>
    <message>
        <source>Every record is exported, not only the ones shown in a list. Deleted records are left out.</source>
        <translation>Eksportowane są wszystkie wpisy, nie tylko te widoczne na liście. Usunięte wpisy są pomijane.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Eks&amp;portuj…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were written to %1</source>
        <translation>
            <numerusform>Zapisano %n wiersz w %1</numerusform>
            <numerusform>Zapisano %n wiersze w %1</numerusform>
            <numerusform>Zapisano %n wierszy w %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
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
        <translation>Napisz</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Napisz do %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Otwórz %1 w przeglądarce</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Zadzwoń pod %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to MSEK Desktop</source>
        <translation>Witamy w MSEK Desktop</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>I am not in the list…</source>
        <translation>Nie ma mnie na liście…</translation>
    </message>
    <message>
        <source>Demo data: pick one of these made-up staff members to try the program as them; it is remembered for the demo only.</source>
        <translation>Dane demonstracyjne: wybierz jednego z tych zmyślonych pracowników, aby wypróbować program w jego imieniu; wybór zostanie zapamiętany tylko dla danych demonstracyjnych.</translation>
    </message>
    <message>
        <source>Who are you? Pick your name; it is remembered.</source>
        <translation>Kim jesteś? Wybierz swoje imię i nazwisko — program je zapamięta.</translation>
    </message>
    <message>
        <source>Enter yourself as a new staff member of the office.</source>
        <translation>Dodaj siebie jako nowego pracownika biura.</translation>
    </message>
    <message>
        <source>There is no staff member yet. Enter yourself as the first one: your name and titles are used to sign the letters.</source>
        <translation>Nie ma jeszcze żadnego pracownika. Dodaj siebie jako pierwszego: imię i nazwisko oraz stanowisko posłużą do podpisywania listów.</translation>
    </message>
    <message>
        <source>MSEK Desktop</source>
        <translation>MSEK Desktop</translation>
    </message>
    <message>
        <source>Your office&apos;s data are still empty. Try the program first?</source>
        <translation>Dane Twojego biura są jeszcze puste. Czy najpierw wypróbować program?</translation>
    </message>
    <message>
        <source>Demo data are made-up inquiries, people and organisations. They open in a separate demo database, never in your office&apos;s data, and the window says DEMO DATA while they are open. File › Leave the demo data brings you back; Help › Try with demo data… opens them again later.</source>
        <translation>Dane demonstracyjne to zmyślone zapytania, osoby i instytucje. Otwierają się w osobnej bazie demonstracyjnej, nigdy w danych Twojego biura, a okno pokazuje napis DANE DEMONSTRACYJNE, dopóki są otwarte. Plik › Opuść dane demonstracyjne przywraca Twoje dane; Pomoc › Wypróbuj na danych demonstracyjnych… otwiera je ponownie później.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Wypróbuj na danych demonstracyjnych</translation>
    </message>
    <message>
        <source>Start with my office&apos;s data</source>
        <translation>Zacznij od danych mojego biura</translation>
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
        <translation>Przypomnienie załatwione</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Co z tego wynikło?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <source>Plan the next follow-up</source>
        <translation>Zaplanuj następne przypomnienie</translation>
    </message>
    <message>
        <source>Next follow-up due</source>
        <translation>Termin następnego przypomnienia</translation>
    </message>
    <message>
        <source>Next follow-up action</source>
        <translation>Działanie przy następnym przypomnieniu</translation>
    </message>
    <message>
        <source>Next follow-up: to do</source>
        <translation>Następne przypomnienie: do zrobienia</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termin:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Działanie:</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>Do zrobienia:</translation>
    </message>
    <message>
        <source>Already planned: %1, %2.</source>
        <translation>Już zaplanowane: %1, %2.</translation>
    </message>
    <message>
        <source>Nothing else is planned for this inquiry.</source>
        <translation>Dla tego zapytania nic więcej nie zaplanowano.</translation>
    </message>
    <message>
        <source>Move the inquiry to another stage</source>
        <translation>Przenieś zapytanie do innego etapu</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>(pick a reason)</source>
        <translation>(wybierz powód)</translation>
    </message>
    <message>
        <source>Why it was lost</source>
        <translation>Powód braku rezultatu</translation>
    </message>
    <message>
        <source>Note on why it was lost</source>
        <translation>Uwagi o powodzie</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Obecnie:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Przenieś do:</translation>
    </message>
    <message>
        <source>Why lost:</source>
        <translation>Powód:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Uwagi:</translation>
    </message>
    <message>
        <source>Save or discard the changes to the inquiry first.</source>
        <translation>Najpierw zapisz lub odrzuć zmiany w zapytaniu.</translation>
    </message>
    <message>
        <source>Please write what came of it.</source>
        <translation>Wpisz, co z tego wynikło.</translation>
    </message>
    <message>
        <source>Please pick why it was lost.</source>
        <translation>Wybierz powód.</translation>
    </message>
    <message>
        <source>Please say why in the note.</source>
        <translation>Podaj powód w uwagach.</translation>
    </message>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Zmień termin przypomnienia</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nowy termin</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Nowy termin:</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Do zrobienia</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Mark as done…</source>
        <translation>Oznacz jako wykonane…</translation>
    </message>
    <message>
        <source>Mark the follow-up done</source>
        <translation>Oznacz przypomnienie jako załatwione</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Zmień termin…</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Dodaj do kalendarza</translation>
    </message>
    <message>
        <source>Add the follow-up to your calendar program</source>
        <translation>Dodaj przypomnienie do swojego programu kalendarza</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Nie udało się zapisać pliku kalendarza.</translation>
    </message>
    <message>
        <source>No calendar program was found to open %1.</source>
        <translation>Nie znaleziono programu kalendarza, który otworzyłby %1.</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>Wszystkie otwarte przypomnienia</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Dowolny opiekun</translation>
    </message>
    <message>
        <source>When filter</source>
        <translation>Filtr terminu</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtr opiekuna</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-ups</source>
        <translation>
            <numerusform>%n otwarte przypomnienie</numerusform>
            <numerusform>%n otwarte przypomnienia</numerusform>
            <numerusform>%n otwartych przypomnień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n follow-ups (narrow the filters)</source>
        <translation>
            <numerusform>Pierwsze %n przypomnienie (zawęź filtry)</numerusform>
            <numerusform>Pierwsze %n przypomnienia (zawęź filtry)</numerusform>
            <numerusform>Pierwszych %n przypomnień (zawęź filtry)</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up planned: plan one from an inquiry&apos;s Follow-ups tab.</source>
        <translation>Brak zaplanowanych przypomnień: zaplanuj je na karcie Przypomnienia w zapytaniu.</translation>
    </message>
    <message>
        <source>Nothing overdue for %1.</source>
        <translation>%1 nie ma zaległych przypomnień.</translation>
    </message>
    <message>
        <source>Nothing due today for %1.</source>
        <translation>%1 nie ma przypomnień na dziś.</translation>
    </message>
    <message>
        <source>Nothing upcoming for %1.</source>
        <translation>%1 nie ma nadchodzących przypomnień.</translation>
    </message>
    <message>
        <source>%1 has no open follow-up.</source>
        <translation>%1 nie ma otwartych przypomnień.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nic zaległego.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nic na dziś.</translation>
    </message>
    <message>
        <source>Nothing upcoming.</source>
        <translation>Nic w najbliższym czasie.</translation>
    </message>
    <message>
        <source>Show everyone&apos;s</source>
        <translation>Pokaż wszystkich</translation>
    </message>
    <message>
        <source>Show all open follow-ups</source>
        <translation>Pokaż wszystkie otwarte przypomnienia</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <source>Calls, notes, emails, meetings</source>
        <translation>Rozmowy, notatki, e-maile, spotkania</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Zmiany etapu</translation>
    </message>
    <message>
        <source>Letters and partners</source>
        <translation>Listy i partnerzy</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Zmiany w danych</translation>
    </message>
    <message>
        <source>Nothing recorded yet: log a call, a note, an email or a meeting above.</source>
        <translation>Nic jeszcze nie zanotowano: zanotuj powyżej rozmowę, notatkę, e-mail lub spotkanie.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Na razie nic takiego.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Wiersz %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows are not correct.</source>
        <translation>
            <numerusform>Nic nie zaimportowano: %n wiersz jest niepoprawny.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wiersze są niepoprawne.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wierszy jest niepoprawnych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Every row is written, or none.</source>
        <translation>Zapisywane są wszystkie wiersze albo żaden.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries imported</source>
        <translation>
            <numerusform>Zaimportowano %n zapytanie</numerusform>
            <numerusform>Zaimportowano %n zapytania</numerusform>
            <numerusform>Zaimportowano %n zapytań</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. The import added:</source>
        <translation>Gotowe. Import dodał:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The import did not finish. Nothing was written.</source>
        <translation>Import nie został ukończony. Nic nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n wymiana</numerusform>
            <numerusform>%n wymiany</numerusform>
            <numerusform>%n wymian</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Sprawdzenie przed importem</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Nic jeszcze nie zostało zapisane.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Wiersze, których nie można zaimportować</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Sprawdzanie pliku…</translation>
    </message>
    <message>
        <source>The check did not finish. Go back and press Next to check again.</source>
        <translation>Sprawdzanie nie zostało ukończone. Wróć i naciśnij Dalej, aby sprawdzić ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are correct.</source>
        <translation>
            <numerusform>%n wiersz jest poprawny.</numerusform>
            <numerusform>%n wiersze są poprawne.</numerusform>
            <numerusform>%n wierszy jest poprawnych.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import will add:</source>
        <translation>Import doda:</translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported.</source>
        <translation>
            <numerusform>%n wiersza nie można zaimportować.</numerusform>
            <numerusform>%n wierszy nie można zaimportować.</numerusform>
            <numerusform>%n wierszy nie można zaimportować.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is correct: fix the file, then go back to the first page and choose it again.</source>
        <translation>Nic nie zostanie zaimportowane, dopóki wszystkie wiersze nie będą poprawne: popraw plik, wróć do pierwszej strony i wybierz go ponownie.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Plik nie zawiera wierszy do zaimportowania.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges imported</source>
        <translation>
            <numerusform>Zaimportowano %n wymianę</numerusform>
            <numerusform>Zaimportowano %n wymiany</numerusform>
            <numerusform>Zaimportowano %n wymian</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Wybór pliku</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Plik zawiera:</translation>
    </message>
    <message>
        <source>&amp;Inquiries</source>
        <translation>&amp;Zapytania</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>Wy&amp;miany</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Plik do zaimportowania</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Wybierz plik do zaimportowania</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx)</source>
        <translation>Pliki CSV i skoroszyty Excela (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The file is empty: its first row should name the columns.</source>
        <translation>Plik jest pusty: pierwszy wiersz powinien zawierać nazwy kolumn.</translation>
    </message>
    <message>
        <source>The file has no rows below the header line.</source>
        <translation>Plik nie ma żadnych wierszy pod nagłówkiem.</translation>
    </message>
    <message>
        <source>Choose the column that holds the title.</source>
        <translation>Wybierz kolumnę z tytułem.</translation>
    </message>
    <message>
        <source>Choose a column that holds the organisations.</source>
        <translation>Wybierz kolumnę z instytucjami.</translation>
    </message>
    <message>
        <source>Choose the column that holds the subject.</source>
        <translation>Wybierz kolumnę z tematem.</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name or the organisation.</source>
        <translation>Wybierz kolumnę z nazwiskiem lub instytucją.</translation>
    </message>
    <message>
        <source>Import exchanges</source>
        <translation>Import wymian</translation>
    </message>
    <message>
        <source>Import inquiries</source>
        <translation>Import zapytań</translation>
    </message>
    <message>
        <source>Exchanges with their programme and funding.</source>
        <translation>Wymiany wraz z programem i finansowaniem.</translation>
    </message>
    <message>
        <source>Inquiries with their people and organisations.</source>
        <translation>Zapytania wraz z osobami i instytucjami.</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx) with one exchange per row and the names of the columns in the first row, such as an export of the exchanges. Their organisations must be recorded already. Nothing is saved before the last step, and then either every row is imported or none.</source>
        <translation>Wybierz plik CSV lub skoroszyt Excela (.xlsx) z jedną wymianą w wierszu i nazwami kolumn w pierwszym wierszu, na przykład eksport wymian. Ich instytucje muszą już być zapisane. Nic nie zostanie zapisane przed ostatnim krokiem, a wtedy zaimportowane zostaną wszystkie wiersze albo żaden.</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx) with one inquiry per row and the names of the columns in the first row. Nothing is saved before the last step, and then either every row is imported or none.</source>
        <translation>Wybierz plik CSV lub skoroszyt Excela (.xlsx) z jednym zapytaniem w każdym wierszu i nazwami kolumn w pierwszym wierszu. Nic nie jest zapisywane przed ostatnim krokiem, a wtedy importowane są wszystkie wiersze albo żaden.</translation>
    </message>
    <message>
        <source>The columns were matched by their names. Change any that is wrong, or choose “Do not import” to leave a column out. Each row needs a title and at least one organisation. The programme has one item per line: its day, place and what happens, separated by “|”.</source>
        <translation>Kolumny dopasowano po nazwach. Popraw te, które są błędne, lub wybierz „Nie importuj”, aby pominąć kolumnę. Każdy wiersz musi mieć tytuł i co najmniej jedną instytucję. Program ma jeden punkt w linii: dzień, miejsce i to, co się dzieje, oddzielone znakiem „|”.</translation>
    </message>
    <message>
        <source>The columns were matched by their names. Change any that is wrong, or choose “Do not import” to leave a column out. Each row needs a subject, and a last name or an organisation.</source>
        <translation>Kolumny zostały dopasowane po nazwach. Popraw te, które są błędne, lub wybierz „Nie importuj”, aby pominąć kolumnę. Każdy wiersz musi mieć temat oraz nazwisko lub instytucję.</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nie importuj</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Dopasowanie kolumn</translation>
    </message>
    <message>
        <source>Say what each column of the file holds.</source>
        <translation>Wskaż, co zawiera każda kolumna pliku.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importuj jako</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Przykład</translation>
    </message>
    <message>
        <source>Import the column %1 as</source>
        <translation>Importuj kolumnę %1 jako</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numer %1</translation>
    </message>
    <message>
        <source>Chosen for another column too.</source>
        <translation>Wybrane także dla innej kolumny.</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column.</source>
        <translation>%1 – wybrane dla więcej niż jednej kolumny.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>W pliku</translation>
    </message>
    <message>
        <source>Maybe recorded as</source>
        <translation>Być może zapisany jako</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>These rows look like records already there, but not enough to be sure. Link a row to the record if it is the same, or leave it: it gets a new record.</source>
        <translation>Te wiersze przypominają wpisy już zapisane, ale nie na tyle, by mieć pewność. Powiąż wiersz z wpisem, jeśli to ten sam, albo zostaw go: otrzyma nowy wpis.</translation>
    </message>
    <message>
        <source>Rows to confirm</source>
        <translation>Wiersze do potwierdzenia</translation>
    </message>
    <message>
        <source>&amp;Same: link the row to it</source>
        <translation>&amp;Ten sam: powiąż wiersz</translation>
    </message>
    <message>
        <source>Not the same: new &amp;record</source>
        <translation>Nie ten sam: nowy &amp;wpis</translation>
    </message>
    <message>
        <source>Link to this record</source>
        <translation>Powiąż z tym wpisem</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nowy wpis</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Already recorded as</source>
        <translation>Już zapisany jako</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Dopasowanie</translation>
    </message>
    <message>
        <source>Records already there</source>
        <translation>Wpisy już zapisane</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problemy (%n)</numerusform>
            <numerusform>Problemy (%n)</numerusform>
            <numerusform>Problemy (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already recorded (%n)</source>
        <translation>
            <numerusform>Już zapisane (%n)</numerusform>
            <numerusform>Już zapisane (%n)</numerusform>
            <numerusform>Już zapisane (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To confirm (%n)</source>
        <translation>
            <numerusform>Do potwierdzenia (%n)</numerusform>
            <numerusform>Do potwierdzenia (%n)</numerusform>
            <numerusform>Do potwierdzenia (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows may name a person or an organisation already recorded: see “To confirm”. Each one you do not link gets a new record (counted above).</source>
        <translation>
            <numerusform>%n wiersz może wskazywać osobę lub organizację już zapisaną: zobacz „Do potwierdzenia”. Jeśli go nie powiążesz, otrzyma nowy wpis (wliczony powyżej).</numerusform>
            <numerusform>%n wiersze mogą wskazywać osobę lub organizację już zapisaną: zobacz „Do potwierdzenia”. Każdy, którego nie powiążesz, otrzyma nowy wpis (wliczony powyżej).</numerusform>
            <numerusform>%n wierszy może wskazywać osobę lub organizację już zapisaną: zobacz „Do potwierdzenia”. Każdy, którego nie powiążesz, otrzyma nowy wpis (wliczony powyżej).</numerusform>
        </translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Rodzaj instytucji</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Fields of exchange</source>
        <translation>Dziedziny wymiany</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Data wpływu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Organisation&apos;s description in French</source>
        <translation>Opis organizacji po francusku</translation>
    </message>
    <message>
        <source>Organisation&apos;s description in Polish</source>
        <translation>Opis organizacji po polsku</translation>
    </message>
    <message>
        <source>Organisation&apos;s description in English</source>
        <translation>Opis organizacji po angielsku</translation>
    </message>
    <message>
        <source>What the organisation offers</source>
        <translation>Co organizacja oferuje</translation>
    </message>
    <message>
        <source>What the organisation seeks</source>
        <translation>Czego organizacja szuka</translation>
    </message>
    <message>
        <source>Organisation&apos;s tags</source>
        <translation>Tagi organizacji</translation>
    </message>
    <message>
        <source>Organisation&apos;s audiences</source>
        <translation>Odbiorcy organizacji</translation>
    </message>
    <message>
        <source>Organisation&apos;s working languages</source>
        <translation>Języki pracy organizacji</translation>
    </message>
    <message>
        <source>Visitors the organisation can host</source>
        <translation>Liczba gości, których organizacja może przyjąć</translation>
    </message>
    <message>
        <source>Organisation active</source>
        <translation>Organizacja aktywna</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>Bez listów</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Bez e-maili</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Bez telefonów</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Consents given on</source>
        <translation>Data wyrażenia zgód</translation>
    </message>
    <message>
        <source>Consents given by</source>
        <translation>Sposób wyrażenia zgód</translation>
    </message>
    <message>
        <source>Kind of exchange</source>
        <translation>Rodzaj wymiany</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Organisations in Saint-Étienne</source>
        <translation>Instytucje z Saint-Étienne</translation>
    </message>
    <message>
        <source>Organisations in Katowice</source>
        <translation>Instytucje z Katowic</translation>
    </message>
    <message>
        <source>Organisations elsewhere</source>
        <translation>Instytucje z innych miejsc</translation>
    </message>
    <message>
        <source>Organisations (any side)</source>
        <translation>Instytucje (dowolna strona)</translation>
    </message>
    <message>
        <source>Inquiry (its reference)</source>
        <translation>Zapytanie (jego sygnatura)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (tekst Unicode z Excela)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (środkowoeuropejskie)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (zachodnioeuropejskie)</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>średnikami</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinkami</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulatorami</translation>
    </message>
    <message>
        <source>Header line</source>
        <translation>Wiersz nagłówka</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>to samo imię i nazwisko</translation>
    </message>
    <message>
        <source>same name, the last name in its feminine or masculine form</source>
        <translation>to samo imię i nazwisko, nazwisko w formie żeńskiej lub męskiej</translation>
    </message>
    <message>
        <source>confirmed by you</source>
        <translation>potwierdzone przez ciebie</translation>
    </message>
    <message>
        <source>same name, another organisation</source>
        <translation>to samo imię i nazwisko, inna organizacja</translation>
    </message>
    <message>
        <source>same last name, a similar first name</source>
        <translation>to samo nazwisko, podobne imię</translation>
    </message>
    <message>
        <source>same last name, one first name missing</source>
        <translation>to samo nazwisko, brak jednego imienia</translation>
    </message>
    <message>
        <source>same first name, a similar last name</source>
        <translation>to samo imię, podobne nazwisko</translation>
    </message>
    <message>
        <source>same first name, the last name in the form of the other gender</source>
        <translation>to samo imię, nazwisko w formie drugiej płci</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>podobny zapis</translation>
    </message>
    <message>
        <source>several records of this name</source>
        <translation>kilka wpisów o tej nazwie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Excel workbook (first sheet).</source>
        <translation>Skoroszyt Excela (pierwszy arkusz).</translation>
    </message>
    <message>
        <source>Text file (CSV), encoding %1, columns separated by %2.</source>
        <translation>Plik tekstowy (CSV), kodowanie %1, kolumny rozdzielone %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows below the header line.</source>
        <translation>
            <numerusform>%n wiersz pod nagłówkiem.</numerusform>
            <numerusform>%n wiersze pod nagłówkiem.</numerusform>
            <numerusform>%n wierszy pod nagłówkiem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns.</source>
        <translation>
            <numerusform>%n kolumna.</numerusform>
            <numerusform>%n kolumny.</numerusform>
            <numerusform>%n kolumn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n zapytanie</numerusform>
            <numerusform>%n zapytania</numerusform>
            <numerusform>%n zapytań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n nowa osoba</numerusform>
            <numerusform>%n nowe osoby</numerusform>
            <numerusform>%n nowych osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations</source>
        <translation>
            <numerusform>%n nowa instytucja</numerusform>
            <numerusform>%n nowe instytucje</numerusform>
            <numerusform>%n nowych instytucji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n instytucja</numerusform>
            <numerusform>%n instytucje</numerusform>
            <numerusform>%n instytucji</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to records already there, which stay unchanged:</source>
        <translation>Powiązane z już zapisanymi wpisami, które pozostają bez zmian:</translation>
    </message>
    <message>
        <source>Consents are a person&apos;s, and this row names no person.</source>
        <translation>Zgody dotyczą osoby, a ten wiersz nie wymienia żadnej osoby.</translation>
    </message>
    <message>
        <source>Says when or how consents were given, but names no consent.</source>
        <translation>Podaje, kiedy lub jak wyrażono zgody, ale nie wymienia żadnej zgody.</translation>
    </message>
    <message>
        <source>Required with consents: write form, email, letter or phone.</source>
        <translation>Wymagane przy zgodach: wpisz formularz, e-mail, list lub telefon.</translation>
    </message>
    <message>
        <source>Gives %1 values for %2 consents: give one, or one per consent.</source>
        <translation>Podaje %1 wartości dla %2 zgód: podaj jedną albo po jednej na każdą zgodę.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>Not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY.</source>
        <translation>To nie jest data; wpisz ją jako RRRR-MM-DD, DD.MM.RRRR lub DD/MM/RRRR.</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>wiersz %1, bajt %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>i jeszcze %1</translation>
    </message>
    <message>
        <source>The file is UTF-8 text, but some bytes in it are not UTF-8 (%1). Correct the text there and save the file as UTF-8.</source>
        <translation>Plik jest tekstem UTF-8, ale niektóre jego bajty nie są w UTF-8 (%1). Popraw tekst w tych miejscach i zapisz plik w UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not a file but a pipe, a device or another special file; choose a CSV file or an Excel workbook.</source>
        <translation>%1 nie jest plikiem, lecz potokiem, urządzeniem lub innym plikiem specjalnym; wybierz plik CSV lub skoroszyt Excela.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook that can be read.</source>
        <translation>%1 nie jest czytelnym skoroszytem Excela.</translation>
    </message>
    <message>
        <source>The file cannot be read at line %1: a cell holds more than %2 characters.</source>
        <translation>Nie można odczytać pliku w wierszu %1: komórka zawiera więcej niż %2 znaków.</translation>
    </message>
    <message>
        <source>The file cannot be read at row %1: a cell holds more than %2 characters.</source>
        <translation>Nie można odczytać pliku w wierszu %1 arkusza: komórka zawiera więcej niż %2 znaków.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Plik %1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 to folder, a nie plik.</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; at most %3 MB).</source>
        <translation>Plik %1 jest za duży, by go zaimportować (%2 MB; najwyżej %3 MB).</translation>
    </message>
    <message>
        <source>The file name %1 is too long (%2 characters).</source>
        <translation>Nazwa pliku %1 jest za długa (znaków: %2).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Nie można odczytać pliku %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to read in the memory this computer has left.</source>
        <translation>Plik %1 jest za duży, by odczytać go w pamięci, która pozostała wolna na tym komputerze.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel, save it without a password, and import that.</source>
        <translation>Plik %1 jest chroniony hasłem. Otwórz go w Excelu, zapisz bez hasła i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>%1 is an old Excel file (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) or as CSV, and import that.</source>
        <translation>%1 to stary plik Excela (.xls). Otwórz go w Excelu, zapisz jako skoroszyt Excela (.xlsx) lub jako CSV i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>%1 is a damaged Excel workbook.</source>
        <translation>%1 to uszkodzony skoroszyt Excela.</translation>
    </message>
    <message>
        <source>%1 cannot be read safely: unpacked, it would be far larger than a workbook should be, or it is built to look smaller than it is. Save the sheet to import as CSV and import that.</source>
        <translation>Nie można bezpiecznie odczytać pliku %1: po rozpakowaniu byłby znacznie większy, niż powinien być skoroszyt, albo został zbudowany tak, by wydawał się mniejszy, niż jest. Zapisz arkusz do zaimportowania jako CSV i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>The file cannot be read at line %1: %2.</source>
        <translation>Nie można odczytać pliku w wierszu %1: %2.</translation>
    </message>
    <message>
        <source>Not a valid date: that month has only %1 days.</source>
        <translation>Nieprawidłowa data: ten miesiąc ma tylko %1 dni.</translation>
    </message>
    <message>
        <source>%1 is not known here; write one of: %2.</source>
        <translation>%1 – nieznana wartość; wpisz jedną z: %2.</translation>
    </message>
    <message>
        <source>This is about the row&apos;s organisation, and the row names none.</source>
        <translation>Ta wartość dotyczy organizacji z wiersza, a wiersz nie podaje żadnej.</translation>
    </message>
    <message>
        <source>Required when there is no organisation.</source>
        <translation>Wymagane, gdy nie ma instytucji.</translation>
    </message>
    <message>
        <source>%1 is not a country; write its two-letter code (FR, PL…).</source>
        <translation>%1 to nie kraj; wpisz jego dwuliterowy kod (FR, PL…).</translation>
    </message>
    <message>
        <source>Unknown field of exchange: %1.</source>
        <translation>Nieznana dziedzina wymiany: %1.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Plik nie ma wiersza nagłówka.</translation>
    </message>
    <message>
        <source>No column is imported as this.</source>
        <translation>Żadna kolumna nie jest tak importowana.</translation>
    </message>
    <message>
        <source>No column is imported as last name or organisation.</source>
        <translation>Żadna kolumna nie jest importowana jako nazwisko lub instytucja.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
</context>
<context>
    <name>Inquiries</name>
    <message>
        <source>Type a second letter to search</source>
        <translation>Wpisz drugą literę, aby wyszukać</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>nie zaplanowano</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Data wpływu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Następne przypomnienie</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Dziedzina</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Zapytania</translation>
    </message>
    <message>
        <source>Name, organisation, subject…</source>
        <translation>Nazwisko, instytucja, temat…</translation>
    </message>
    <message>
        <source>Search inquiries</source>
        <translation>Szukaj zapytań</translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation>Nowe zapytanie</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Listy…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Zaznacz wszystko</translation>
    </message>
    <message>
        <source>Letters for the selected inquiries</source>
        <translation>Listy do zaznaczonych zapytań</translation>
    </message>
    <message numerus="yes">
        <source>All %n inquiries selected</source>
        <translation>
            <numerusform>Zaznaczono %n zapytanie (wszystkie)</numerusform>
            <numerusform>Zaznaczono wszystkie %n zapytania</numerusform>
            <numerusform>Zaznaczono wszystkie %n zapytań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 selected</source>
        <translation>
            <numerusform>Zaznaczono %n z %1</numerusform>
            <numerusform>Zaznaczono %n z %1</numerusform>
            <numerusform>Zaznaczono %n z %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n zapytanie</numerusform>
            <numerusform>%n zapytania</numerusform>
            <numerusform>%n zapytań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n inquiries?</source>
        <translation>
            <numerusform>Przywrócić %n zapytanie?</numerusform>
            <numerusform>Przywrócić %n zapytania?</numerusform>
            <numerusform>Przywrócić %n zapytań?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries restored.</source>
        <translation>
            <numerusform>Przywrócono %n zapytanie.</numerusform>
            <numerusform>Przywrócono %n zapytania.</numerusform>
            <numerusform>Przywrócono %n zapytań.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open inquiry matches — %n closed ones do.</source>
        <translation>
            <numerusform>Żadne otwarte zapytanie nie pasuje, ale pasuje %n zamknięte.</numerusform>
            <numerusform>Żadne otwarte zapytanie nie pasuje, ale pasują %n zamknięte.</numerusform>
            <numerusform>Żadne otwarte zapytanie nie pasuje, ale pasuje %n zamkniętych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the closed ones</source>
        <translation>Pokaż zamknięte</translation>
    </message>
    <message numerus="yes">
        <source>No closed inquiry matches — %n open ones do.</source>
        <translation>
            <numerusform>Żadne zamknięte zapytanie nie pasuje, ale pasuje %n otwarte.</numerusform>
            <numerusform>Żadne zamknięte zapytanie nie pasuje, ale pasują %n otwarte.</numerusform>
            <numerusform>Żadne zamknięte zapytanie nie pasuje, ale pasuje %n otwartych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the open ones</source>
        <translation>Pokaż otwarte</translation>
    </message>
    <message>
        <source>No deleted inquiry matches “%1”.</source>
        <translation>Żadne usunięte zapytanie nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>No deleted inquiry: nothing to restore.</source>
        <translation>Brak usuniętych zapytań: nie ma czego przywracać.</translation>
    </message>
    <message>
        <source>New inquiry (Ctrl+N)</source>
        <translation>Nowe zapytanie (Ctrl+N)</translation>
    </message>
    <message>
        <source>No inquiry yet: create one.</source>
        <translation>Nie ma jeszcze żadnego zapytania: utwórz pierwsze.</translation>
    </message>
    <message>
        <source>Import a file… (Ctrl+I)</source>
        <translation>Importuj plik… (Ctrl+I)</translation>
    </message>
    <message>
        <source>No inquiry yet: create one or import a file.</source>
        <translation>Nie ma jeszcze żadnego zapytania: utwórz pierwsze lub zaimportuj plik.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nic nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>No inquiry matches these filters.</source>
        <translation>Żadne zapytanie nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Otwarte i zamknięte</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Dowolny etap</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Dowolny powód</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Dowolny opiekun</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Obie strony</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Dowolna dziedzina</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Dowolny rodzaj</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Dowolny rok</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtr etapu</translation>
    </message>
    <message>
        <source>Lost reason filter</source>
        <translation>Filtr powodu (bez rezultatu)</translation>
    </message>
    <message>
        <source>Side filter</source>
        <translation>Filtr strony</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Otwarte lub zamknięte</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtr opiekuna</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Filtr dziedziny</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtr rodzaju</translation>
    </message>
    <message>
        <source>Year received filter</source>
        <translation>Filtr roku wpływu</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nieprzypisane</translation>
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
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Tick the fields of exchange in the list</source>
        <translation>Zaznacz dziedziny wymiany na liście</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>From the contact</source>
        <translation>Wg osoby kontaktowej</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Wybierz powód…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <source>Why lost</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Whoever handles the inquiry</source>
        <translation>Osoba, która prowadzi zapytanie</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nowe przypomnienie</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Dodaj przypomnienie…</translation>
    </message>
    <message>
        <source>Mark as done…</source>
        <translation>Oznacz jako wykonane…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Zmień termin…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done, with its outcome</source>
        <translation>Oznacz wybrane przypomnienie jako załatwione i wpisz wynik</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Save the inquiry first to plan follow-ups.</source>
        <translation>Najpierw zapisz zapytanie, aby zaplanować przypomnienia.</translation>
    </message>
    <message>
        <source>Select an open follow-up.</source>
        <translation>Wybierz otwarte przypomnienie.</translation>
    </message>
    <message>
        <source>Pick one from the list, or create a new one.</source>
        <translation>Wybierz z listy lub utwórz nowy wpis.</translation>
    </message>
    <message>
        <source>Inquiry deleted. Restore it from the “Deleted” filter of Inquiries.</source>
        <translation>Zapytanie usunięte. Można je przywrócić, wybierając filtr „Usunięte” na liście zapytań.</translation>
    </message>
    <message>
        <source>A new inquiry starts at stage New.</source>
        <translation>Nowe zapytanie zaczyna się na etapie „Nowe”.</translation>
    </message>
    <message>
        <source>This inquiry is closed (%1, %2).</source>
        <translation>To zapytanie jest zamknięte (%1, %2).</translation>
    </message>
    <message>
        <source>This inquiry is closed (%1).</source>
        <translation>To zapytanie jest zamknięte (%1).</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Move it back to an open stage, to change it again</source>
        <translation>Przywróć je do otwartego etapu, aby móc je znowu zmieniać</translation>
    </message>
    <message>
        <source>Reopened: %1.</source>
        <translation>Wznowiono: %1.</translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation>Nowe zapytanie</translation>
    </message>
    <message>
        <source>Inquiry %1 — %2</source>
        <translation>Zapytanie %1 — %2</translation>
    </message>
    <message>
        <source>Delete this inquiry? You can restore it later from the “Deleted” filter of Inquiries.</source>
        <translation>Usunąć to zapytanie? Można je później przywrócić, wybierając filtr „Usunięte” na liście zapytań.</translation>
    </message>
    <message>
        <source>Inquiry %1 saved.</source>
        <translation>Zapisano zapytanie %1.</translation>
    </message>
    <message>
        <source>Saved as %1 at %2.</source>
        <translation>Zapisano jako %1 o %2.</translation>
    </message>
    <message>
        <source>Partnership letter…</source>
        <translation>Propozycja partnerstwa…</translation>
    </message>
    <message>
        <source>Make the partnership proposal letter of this inquiry</source>
        <translation>Utwórz list z propozycją partnerstwa do tego zapytania</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Przypomnienia (%n)</numerusform>
            <numerusform>Przypomnienia (%n)</numerusform>
            <numerusform>Przypomnienia (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partnerzy (%n)</numerusform>
            <numerusform>Partnerzy (%n)</numerusform>
            <numerusform>Partnerzy (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter is made from the saved inquiry. Save your changes?</source>
        <translation>List powstaje na podstawie zapisanego zapytania. Zapisać zmiany?</translation>
    </message>
    <message>
        <source>created</source>
        <translation>utworzono</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <source>stage changed</source>
        <translation>zmieniono etap</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>przypisano</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <source>follow-up planned</source>
        <translation>zaplanowano przypomnienie</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>załatwiono przypomnienie</translation>
    </message>
    <message>
        <source>follow-up rescheduled</source>
        <translation>zmieniono termin przypomnienia</translation>
    </message>
    <message>
        <source>letter generated</source>
        <translation>wygenerowano list</translation>
    </message>
    <message>
        <source>letter sent</source>
        <translation>wysłano list</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>zaimportowano</translation>
    </message>
    <message>
        <source>call</source>
        <translation>rozmowa</translation>
    </message>
    <message>
        <source>email sent</source>
        <translation>wysłano e-mail</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>spotkanie</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>przywrócono</translation>
    </message>
    <message>
        <source>anonymised: the person&apos;s data taken out</source>
        <translation>zanonimizowane: usunięto dane osoby</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Data wpływu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Język listu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Desired counterpart</source>
        <translation>Poszukiwany partner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Fields of exchange</source>
        <translation>Dziedziny wymiany</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>exchange recorded: “%1” (%2)</source>
        <translation>zapisano wymianę: „%1” (%2)</translation>
    </message>
    <message>
        <source>exchange “%1”: %2 → %3</source>
        <translation>wymiana „%1”: %2 → %3</translation>
    </message>
    <message>
        <source>exchange “%1” moved to the bin</source>
        <translation>przeniesiono wymianę „%1” do kosza</translation>
    </message>
    <message>
        <source>exchange “%1” restored from the bin</source>
        <translation>przywrócono wymianę „%1” z kosza</translation>
    </message>
    <message>
        <source>document attached</source>
        <translation>dołączono dokument</translation>
    </message>
    <message>
        <source>document removed</source>
        <translation>przeniesiono dokument do kosza</translation>
    </message>
    <message>
        <source>document restored</source>
        <translation>przywrócono dokument</translation>
    </message>
    <message>
        <source>Proposed partner %1</source>
        <translation>Zaproponowany partner: %1</translation>
    </message>
    <message>
        <source>Proposed partner %1: %2</source>
        <translation>Zaproponowany partner: %1 — %2</translation>
    </message>
    <message>
        <source>Partner %1: %2 → %3</source>
        <translation>Partner %1: %2 → %3</translation>
    </message>
    <message>
        <source>Proposed as a partner for inquiry %1</source>
        <translation>Zaproponowany jako partner do zapytania %1</translation>
    </message>
    <message>
        <source>Proposed as a partner for inquiry %1: %2</source>
        <translation>Zaproponowany jako partner do zapytania %1: %2</translation>
    </message>
    <message>
        <source>Partner for inquiry %1: %2 → %3</source>
        <translation>Partner do zapytania %1: %2 → %3</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Choose why the inquiry was lost.</source>
        <translation>Wybierz, dlaczego zapytanie zakończyło się bez rezultatu.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation>Weryfikacja</translation>
    </message>
    <message>
        <source>Finding a counterpart</source>
        <translation>Szukanie partnera</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Propozycja wysłana</translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation>W trakcie rozmów</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Uzgodnione</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>W realizacji</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Bez rezultatu</translation>
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
        <translation>Inne miejsce</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>No counterpart found</source>
        <translation>Nie znaleziono partnera</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofane</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Poza zakresem działania</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Prośba o informacje</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Project proposal</source>
        <translation>Propozycja projektu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Formularz na stronie</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Szkoła</translation>
    </message>
    <message>
        <source>Music school / conservatory</source>
        <translation>Szkoła muzyczna / konserwatorium</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Uczelnia</translation>
    </message>
    <message>
        <source>Cultural institution</source>
        <translation>Instytucja kultury</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Stowarzyszenie / fundacja</translation>
    </message>
    <message>
        <source>Municipality / public body</source>
        <translation>Samorząd / instytucja publiczna</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francuski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Pani</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Młodzież</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenci</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Dorośli</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Profesjonaliści</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Zaproponowana</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Skontaktowano</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Zainteresowana</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odmówiła</translation>
    </message>
    <message>
        <source>No room or time</source>
        <translation>Brak miejsca lub czasu</translation>
    </message>
    <message>
        <source>Not what they do</source>
        <translation>Poza zakresem działalności</translation>
    </message>
    <message>
        <source>Not now, maybe later</source>
        <translation>Nie teraz, może później</translation>
    </message>
    <message>
        <source>No funding</source>
        <translation>Brak finansowania</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Szerokość strony</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Open in the default viewer</source>
        <translation>Otwórz w domyślnym programie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Strony listu</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Powiększenie</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>The letter could not be sent to the printer.</source>
        <translation>Nie udało się wysłać listu do drukarki.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Zapisz list</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved as %1.</source>
        <translation>Nie udało się zapisać listu jako %1.</translation>
    </message>
    <message>
        <source>The letter could not be written to a temporary file.</source>
        <translation>Nie udało się zapisać listu w pliku tymczasowym.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Use Save as… to keep the letter, or Print… to print it.</source>
        <translation>Nie znaleziono programu do wyświetlania plików PDF. Użyj „Zapisz jako…”, aby zachować list, lub „Drukuj…”, aby go wydrukować.</translation>
    </message>
</context>
<context>
    <name>LetterWarnings</name>
    <message>
        <source>The first name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>The organisation name</source>
        <translation>Nazwa organizacji</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>The postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>The office name</source>
        <translation>Nazwa biura</translation>
    </message>
    <message>
        <source>The office address</source>
        <translation>Adres biura</translation>
    </message>
    <message>
        <source>The office phone</source>
        <translation>Telefon biura</translation>
    </message>
    <message>
        <source>The office email</source>
        <translation>Adres e-mail biura</translation>
    </message>
    <message>
        <source>The office website</source>
        <translation>Strona internetowa biura</translation>
    </message>
    <message>
        <source>The city printed before the date</source>
        <translation>Miejscowość drukowana przed datą</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>Imię i nazwisko osoby podpisującej</translation>
    </message>
    <message>
        <source>The signer&apos;s title</source>
        <translation>Stanowisko osoby podpisującej</translation>
    </message>
    <message>
        <source>The signer&apos;s email</source>
        <translation>Adres e-mail osoby podpisującej</translation>
    </message>
    <message>
        <source>The signer&apos;s phone</source>
        <translation>Telefon osoby podpisującej</translation>
    </message>
    <message>
        <source>The inquiry&apos;s subject</source>
        <translation>Temat zapytania</translation>
    </message>
    <message>
        <source>The desired counterpart</source>
        <translation>Poszukiwany partner</translation>
    </message>
    <message>
        <source>The inquiry&apos;s fields</source>
        <translation>Dziedziny zapytania</translation>
    </message>
    <message>
        <source>The name of a partner organisation</source>
        <translation>Nazwa organizacji partnerskiej</translation>
    </message>
    <message>
        <source>The city of the partner %1</source>
        <translation>Miejscowość partnera %1</translation>
    </message>
    <message>
        <source>The website of the partner %1</source>
        <translation>Strona internetowa partnera %1</translation>
    </message>
    <message>
        <source>The description of the partner %1</source>
        <translation>Opis partnera %1</translation>
    </message>
    <message>
        <source>The fields of the partner %1</source>
        <translation>Dziedziny partnera %1</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>The text of the letter</source>
        <translation>Treść listu</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>List</translation>
    </message>
    <message>
        <source>The letterhead logo %1 cannot be used: %2. The letter is made without it.</source>
        <translation>Nie można użyć logo nagłówka %1: %2. List zostaje utworzony bez logo.</translation>
    </message>
    <message>
        <source>%1 contains characters the letter font cannot print: %2 (%3) and %4 more; they will show as boxes.</source>
        <translation>%1 zawiera znaki, których czcionka listu nie może wydrukować: %2 (%3) i jeszcze %4; pojawią się jako puste prostokąty.</translation>
    </message>
    <message>
        <source>%1 contains characters the letter font cannot print: %2 (%3); they will show as boxes.</source>
        <translation>%1 zawiera znaki, których czcionka listu nie może wydrukować: %2 (%3); pojawią się jako puste prostokąty.</translation>
    </message>
    <message>
        <source>%1 has no description in French</source>
        <translation>%1 nie ma opisu po francusku</translation>
    </message>
    <message>
        <source>%1 has no description in Polish</source>
        <translation>%1 nie ma opisu po polsku</translation>
    </message>
    <message>
        <source>%1 has no description in English</source>
        <translation>%1 nie ma opisu po angielsku</translation>
    </message>
    <message>
        <source>Description in French</source>
        <translation>Opis po francusku</translation>
    </message>
    <message>
        <source>Description in Polish</source>
        <translation>Opis po polsku</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Opis po angielsku</translation>
    </message>
    <message>
        <source>Write it now, or the letter goes without it: a description in another language is never printed.</source>
        <translation>Napisz go teraz albo list powstanie bez niego: opis w innym języku nigdy nie jest drukowany.</translation>
    </message>
    <message>
        <source>This file cannot be used as the logo: %1.</source>
        <translation>Tego pliku nie można użyć jako logo: %1.</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>nie znaleziono pliku</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, device or pipe)</source>
        <translation>to nie jest zwykły plik (lecz folder, urządzenie lub potok)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>nie można odczytać pliku</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>plik jest większy niż %1 MB</translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image</source>
        <translation>plik nie jest obrazem PNG ani JPEG</translation>
    </message>
    <message>
        <source>the image is larger than %1 megapixels</source>
        <translation>obraz ma więcej niż %1 megapikseli</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete</source>
        <translation>obraz jest uszkodzony lub niekompletny</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>%1 changed this inquiry at %2.</source>
        <translation>%1 zmienił(a) to zapytanie o %2.</translation>
    </message>
    <message>
        <source>%1 changed this person at %2.</source>
        <translation>%1 zmienił(a) dane tej osoby o %2.</translation>
    </message>
    <message>
        <source>%1 changed this organisation at %2.</source>
        <translation>%1 zmienił(a) dane tej organizacji o %2.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>The office server cannot be reached; try again.</source>
        <translation>Serwer biura jest nieosiągalny; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Not saved yet: the office server cannot be reached. What you typed stays here and is saved when the server is back.</source>
        <translation>Jeszcze nie zapisano: serwer biura jest nieosiągalny. Wpisane dane zostają tutaj i zostaną zapisane, gdy serwer znów będzie dostępny.</translation>
    </message>
    <message>
        <source>The office server %1 cannot be reached; retrying…</source>
        <translation>Serwer biura %1 jest nieosiągalny; ponawianie…</translation>
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
        <translation>Nawigacja</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Pasek narzędzi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;New inquiry</source>
        <translation>&amp;Nowe zapytanie</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;About MSEK Desktop</source>
        <translation>&amp;O programie MSEK Desktop</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Zalogowano jako %1</translation>
    </message>
    <message>
        <source>About MSEK Desktop</source>
        <translation>O programie MSEK Desktop</translation>
    </message>
    <message>
        <source>MSEK Desktop %1
The office program of the Maison de Saint-Étienne à Katowice.</source>
        <translation>MSEK Desktop %1
Program biura Maison de Saint-Étienne à Katowice.</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>My day</source>
        <translation>Mój dzień</translation>
    </message>
    <message>
        <source>Nothing planned for the next 14 days.</source>
        <translation>Nic nie zaplanowano na najbliższe 14 dni.</translation>
    </message>
    <message>
        <source>Every open inquiry of yours has a follow-up planned.</source>
        <translation>Każde Twoje otwarte zapytanie ma zaplanowane przypomnienie.</translation>
    </message>
    <message>
        <source>No new inquiry is waiting: every new one has someone handling it.</source>
        <translation>Żadne nowe zapytanie nie czeka: każde ma opiekuna.</translation>
    </message>
    <message>
        <source>My overdue follow-ups</source>
        <translation>Moje zaległe przypomnienia</translation>
    </message>
    <message>
        <source>My follow-ups due today</source>
        <translation>Moje przypomnienia na dziś</translation>
    </message>
    <message>
        <source>My upcoming follow-ups</source>
        <translation>Moje nadchodzące przypomnienia</translation>
    </message>
    <message>
        <source>My open inquiries</source>
        <translation>Moje otwarte zapytania</translation>
    </message>
    <message>
        <source>Open inquiries of yours with no follow-up: nobody will be reminded.</source>
        <translation>Twoje otwarte zapytania bez przypomnienia: nic Ci o nich nie przypomni.</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Zaplanuj przypomnienie…</translation>
    </message>
    <message>
        <source>Open, nothing planned</source>
        <translation>Otwarte, nic nie zaplanowano</translation>
    </message>
    <message>
        <source>New inquiries nobody handles yet, the oldest first.</source>
        <translation>Nowe zapytania, którymi nikt się jeszcze nie zajmuje, od najstarszych.</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Przypisz do mnie</translation>
    </message>
    <message>
        <source>Handle the selected inquiry yourself (it is assigned to you)</source>
        <translation>Zajmij się wybranym zapytaniem (zostanie przypisane do Ciebie)</translation>
    </message>
    <message>
        <source>New, not yet assigned</source>
        <translation>Nowe, bez opiekuna</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-ups</source>
        <translation>
            <numerusform>%n zaległe przypomnienie</numerusform>
            <numerusform>%n zaległe przypomnienia</numerusform>
            <numerusform>%n zaległych przypomnień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due today</source>
        <translation>
            <numerusform>%n przypomnienie na dziś</numerusform>
            <numerusform>%n przypomnienia na dziś</numerusform>
            <numerusform>%n przypomnień na dziś</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups in the next 14 days</source>
        <translation>
            <numerusform>%n przypomnienie w ciągu 14 dni</numerusform>
            <numerusform>%n przypomnienia w ciągu 14 dni</numerusform>
            <numerusform>%n przypomnień w ciągu 14 dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, nothing planned (%1)</source>
        <translation>Otwarte, nic nie zaplanowano (%1)</translation>
    </message>
    <message>
        <source>New, not yet assigned (%1)</source>
        <translation>Nowe, bez opiekuna (%1)</translation>
    </message>
    <message numerus="yes">
        <source>My open inquiries: %n</source>
        <translation>
            <numerusform>Moje otwarte zapytania: %n</numerusform>
            <numerusform>Moje otwarte zapytania: %n</numerusform>
            <numerusform>Moje otwarte zapytania: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>See the new ones</source>
        <translation>Pokaż nowe</translation>
    </message>
    <message>
        <source>You handle no open inquiry yet: take a new one, or create one.</source>
        <translation>Nie prowadzisz jeszcze żadnego otwartego zapytania: weź nowe lub utwórz je.</translation>
    </message>
</context>
<context>
    <name>OfficeData</name>
    <message>
        <source>The office server %1 (port %2), database %3, login %4</source>
        <translation>Serwer biura %1 (port %2), baza danych %3, login %4</translation>
    </message>
    <message>
        <source>A copy of the office server&apos;s data from %1, read-only: %2</source>
        <translation>Kopia danych serwera biura z %1, tylko do odczytu: %2</translation>
    </message>
    <message>
        <source>This computer keeps the data in %1</source>
        <translation>Ten komputer przechowuje dane w %1</translation>
    </message>
    <message>
        <source>This computer has no credential store: the password is asked at each start.</source>
        <translation>Ten komputer nie ma magazynu poświadczeń: hasło jest pytane przy każdym uruchomieniu.</translation>
    </message>
    <message>
        <source>Not kept on this computer: asked when the server wants it.</source>
        <translation>Nieprzechowywane na tym komputerze: pytane, gdy serwer go wymaga.</translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation>Przechowywane w %1.</translation>
    </message>
    <message>
        <source>Where the data is:</source>
        <translation>Miejsce danych:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>At the next start:</source>
        <translation>Przy następnym uruchomieniu:</translation>
    </message>
    <message>
        <source>Change where the data is…</source>
        <translation>Zmień miejsce danych…</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Zapomnij hasło</translation>
    </message>
    <message>
        <source>The demo data (made-up records), in %1</source>
        <translation>Dane demonstracyjne (zmyślone wpisy), w pliku %1</translation>
    </message>
    <message>
        <source>The change takes effect when MSEK Desktop is started again; until then this window keeps working on the data it opened.</source>
        <translation>Zmiana zacznie działać po ponownym uruchomieniu MSEK Desktop; do tego czasu to okno pracuje na danych, które otworzyło.</translation>
    </message>
    <message>
        <source>The MSEK_DB setting of this computer names the data; it wins over the choice made here.</source>
        <translation>Ustawienie MSEK_DB tego komputera wskazuje dane; ma pierwszeństwo przed wyborem dokonanym tutaj.</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>Dane biura</translation>
    </message>
    <message>
        <source>From the next start of MSEK Desktop: %1.</source>
        <translation>Od następnego uruchomienia MSEK Desktop: %1.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa instytucja</translation>
    </message>
    <message>
        <source>Organisation — %1</source>
        <translation>Instytucja — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country (FR, PL…)</source>
        <translation>Kraj (FR, PL…)</translation>
    </message>
    <message>
        <source>Fields of exchange</source>
        <translation>Dziedziny wymiany</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nowa osoba…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nie wiadomo</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Co oferują</translation>
    </message>
    <message>
        <source>What they seek</source>
        <translation>Czego szukają</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Tagi (oddzielone przecinkami)</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Languages they work in</source>
        <translation>Języki pracy</translation>
    </message>
    <message>
        <source>Visitors they can host</source>
        <translation>Ilu gości mogą przyjąć</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Nadal działa</translation>
    </message>
    <message>
        <source>Description in French (optional)</source>
        <translation>Opis po francusku (opcjonalny)</translation>
    </message>
    <message>
        <source>Description in Polish (optional)</source>
        <translation>Opis po polsku (opcjonalny)</translation>
    </message>
    <message>
        <source>Description in English (optional)</source>
        <translation>Opis po angielsku (opcjonalny)</translation>
    </message>
    <message>
        <source>choir, piano, exchanges</source>
        <translation>chór, fortepian, wymiany</translation>
    </message>
    <message>
        <source>Two-letter language codes, separated by commas.</source>
        <translation>Dwuliterowe kody języków, oddzielone przecinkami.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>OrganisationHistory</name>
    <message>
        <source>Inquiry sent</source>
        <translation>Wysłane zapytanie</translation>
    </message>
    <message>
        <source>Proposed as a partner</source>
        <translation>Zaproponowana jako partner</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Partnership proposal</source>
        <translation>Propozycja partnerstwa</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>Letter to the partner</source>
        <translation>List do partnera</translation>
    </message>
    <message>
        <source>%1, letter %2</source>
        <translation>%1, list %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Never proposed as a partner yet.</source>
        <translation>Jeszcze nie proponowana jako partner.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n times</source>
        <translation>
            <numerusform>Zaproponowana raz</numerusform>
            <numerusform>Zaproponowana %n razy</numerusform>
            <numerusform>Zaproponowana %n razy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepted %n times</source>
        <translation>
            <numerusform>przyjęła raz</numerusform>
            <numerusform>przyjęła %n razy</numerusform>
            <numerusform>przyjęła %n razy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>declined %n times</source>
        <translation>
            <numerusform>odmówiła raz</numerusform>
            <numerusform>odmówiła %n razy</numerusform>
            <numerusform>odmówiła %n razy</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Instytucje</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa instytucja</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Search by name, city, country, email, website…</source>
        <translation>Szukaj wg nazwy, miejscowości, kraju, e-maila, strony…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Szukaj instytucji</translation>
    </message>
    <message numerus="yes">
        <source>%n or more organisations</source>
        <translation>
            <numerusform>Co najmniej %n instytucja</numerusform>
            <numerusform>Co najmniej %n instytucje</numerusform>
            <numerusform>Co najmniej %n instytucji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n instytucja</numerusform>
            <numerusform>%n instytucje</numerusform>
            <numerusform>%n instytucji</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation yet: create one.</source>
        <translation>Nie ma jeszcze żadnej instytucji: dodaj pierwszą.</translation>
    </message>
    <message>
        <source>No deleted organisation: nothing to restore.</source>
        <translation>Brak usuniętych instytucji: nie ma czego przywracać.</translation>
    </message>
    <message numerus="yes">
        <source>All %n organisations selected</source>
        <translation>
            <numerusform>Zaznaczono %n instytucję (wszystkie)</numerusform>
            <numerusform>Zaznaczono wszystkie %n instytucje</numerusform>
            <numerusform>Zaznaczono wszystkie %n instytucji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n organisations?</source>
        <translation>
            <numerusform>Przywrócić %n instytucję?</numerusform>
            <numerusform>Przywrócić %n instytucje?</numerusform>
            <numerusform>Przywrócić %n instytucji?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations restored.</source>
        <translation>
            <numerusform>Przywrócono %n instytucję.</numerusform>
            <numerusform>Przywrócono %n instytucje.</numerusform>
            <numerusform>Przywrócono %n instytucji.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerTexts</name>
    <message>
        <source>works in French</source>
        <translation>pracuje po francusku</translation>
    </message>
    <message>
        <source>works in Polish</source>
        <translation>pracuje po polsku</translation>
    </message>
    <message>
        <source>works in English</source>
        <translation>pracuje po angielsku</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>język: %1</translation>
    </message>
    <message>
        <source>last completed</source>
        <translation>ostatnia zakończona</translation>
    </message>
    <message>
        <source>one running now</source>
        <translation>jedna w trakcie</translation>
    </message>
    <message>
        <source>last agreed</source>
        <translation>ostatnia uzgodniona</translation>
    </message>
    <message>
        <source>last came to nothing</source>
        <translation>ostatnia bez rezultatu</translation>
    </message>
    <message>
        <source>same kind: %1</source>
        <translation>ten sam rodzaj: %1</translation>
    </message>
    <message>
        <source>audience: %1</source>
        <translation>odbiorcy: %1</translation>
    </message>
    <message>
        <source>mentions %1</source>
        <translation>w profilu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges since %1</source>
        <translation>
            <numerusform>%n wymiana od %1&#xa0;r.</numerusform>
            <numerusform>%n wymiany od %1&#xa0;r.</numerusform>
            <numerusform>%n wymian od %1&#xa0;r.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n wymiana</numerusform>
            <numerusform>%n wymiany</numerusform>
            <numerusform>%n wymian</numerusform>
        </translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>ostatnia: %1</translation>
    </message>
    <message numerus="yes">
        <source>not asked for %n months</source>
        <translation>
            <numerusform>bez propozycji od %n miesiąca</numerusform>
            <numerusform>bez propozycji od %n miesięcy</numerusform>
            <numerusform>bez propozycji od %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>never asked before</source>
        <translation>dotąd bez propozycji</translation>
    </message>
    <message>
        <source>declined this month</source>
        <translation>odmówiła w tym miesiącu</translation>
    </message>
    <message numerus="yes">
        <source>declined %n months ago</source>
        <translation>
            <numerusform>odmówiła %n miesiąc temu</numerusform>
            <numerusform>odmówiła %n miesiące temu</numerusform>
            <numerusform>odmówiła %n miesięcy temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals unanswered</source>
        <translation>
            <numerusform>%n propozycja bez odpowiedzi</numerusform>
            <numerusform>%n propozycje bez odpowiedzi</numerusform>
            <numerusform>%n propozycji bez odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <source>marked inactive</source>
        <translation>oznaczona jako nieaktywna</translation>
    </message>
    <message numerus="yes">
        <source>hosts up to %n visitors</source>
        <translation>
            <numerusform>przyjmuje do %n osoby</numerusform>
            <numerusform>przyjmuje do %n osób</numerusform>
            <numerusform>przyjmuje do %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>already in this inquiry: %1</source>
        <translation>już w tym zapytaniu: %1</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message numerus="yes">
        <source>Open inquiries that fit (%n)</source>
        <translation>
            <numerusform>Pasujące zapytania (%n)</numerusform>
            <numerusform>Pasujące zapytania (%n)</numerusform>
            <numerusform>Pasujące zapytania (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose this organisation</source>
        <translation>Zaproponuj tę instytucję</translation>
    </message>
    <message>
        <source>Record this organisation as a proposed partner of the inquiry</source>
        <translation>Zapisz tę instytucję jako zaproponowanego partnera zapytania</translation>
    </message>
    <message>
        <source>Open inquiries that fit</source>
        <translation>Pasujące zapytania</translation>
    </message>
    <message>
        <source>%1 proposed for inquiry %2.</source>
        <translation>%1: zaproponowano do zapytania %2.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation>Powód odmowy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>Stan: %1</translation>
    </message>
    <message>
        <source>Note on the inquiry</source>
        <translation>Notatka do zapytania</translation>
    </message>
    <message>
        <source>Suggested partners</source>
        <translation>Sugerowani partnerzy</translation>
    </message>
    <message>
        <source>Proposed partners</source>
        <translation>Zaproponowani partnerzy</translation>
    </message>
    <message>
        <source>Tick partners, then:</source>
        <translation>Zaznacz partnerów, a potem:</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Zaproponuj</translation>
    </message>
    <message>
        <source>Record the ticked organisations as proposed partners</source>
        <translation>Zapisz zaznaczone instytucje jako zaproponowanych partnerów</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>List…</translation>
    </message>
    <message>
        <source>Make the letter proposing the ticked organisations</source>
        <translation>Przygotuj list proponujący zaznaczone instytucje</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Write to the ticked organisations from your email program</source>
        <translation>Napisz do zaznaczonych instytucji z programu pocztowego</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notatka…</translation>
    </message>
    <message>
        <source>Write a note about these partners in the inquiry&apos;s history</source>
        <translation>Zapisz notatkę o tych partnerach w historii zapytania</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Zmień stan…</translation>
    </message>
    <message>
        <source>Contacted, interested, accepted or declined</source>
        <translation>Skontaktowano, zainteresowana, przyjęta lub odmówiła</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Remove a partner proposed by mistake</source>
        <translation>Usuń partnera zaproponowanego przez pomyłkę</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message numerus="yes">
        <source>%n partners proposed.</source>
        <translation>
            <numerusform>Zaproponowano %n partnera.</numerusform>
            <numerusform>Zaproponowano %n partnerów.</numerusform>
            <numerusform>Zaproponowano %n partnerów.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the ticked organisations has an email address.</source>
        <translation>Żadna z zaznaczonych instytucji nie ma adresu e-mail.</translation>
    </message>
    <message>
        <source>No email address for: %1</source>
        <translation>Brak adresu e-mail: %1</translation>
    </message>
    <message>
        <source>Partners considered: %1</source>
        <translation>Rozważani partnerzy: %1</translation>
    </message>
    <message>
        <source>Withdraw %1 from this inquiry&apos;s proposed partners?</source>
        <translation>Usunąć %1 z partnerów zaproponowanych w tym zapytaniu?</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Zgłaszający</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finding partners…</source>
        <translation>Szukanie partnerów…</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Search by name, organisation, email, phone, city…</source>
        <translation>Szukaj wg nazwiska, instytucji, e-maila, telefonu, miejscowości…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Szukaj osób</translation>
    </message>
    <message numerus="yes">
        <source>%n or more people</source>
        <translation>
            <numerusform>Co najmniej %n osoba</numerusform>
            <numerusform>Co najmniej %n osoby</numerusform>
            <numerusform>Co najmniej %n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>No person yet: create one.</source>
        <translation>Nie ma jeszcze żadnej osoby: dodaj pierwszą.</translation>
    </message>
    <message>
        <source>No deleted person: nothing to restore.</source>
        <translation>Brak usuniętych osób: nie ma czego przywracać.</translation>
    </message>
    <message numerus="yes">
        <source>All %n people selected</source>
        <translation>
            <numerusform>Zaznaczono %n osobę (wszystkie)</numerusform>
            <numerusform>Zaznaczono wszystkie %n osoby</numerusform>
            <numerusform>Zaznaczono wszystkie %n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n people?</source>
        <translation>
            <numerusform>Przywrócić %n osobę?</numerusform>
            <numerusform>Przywrócić %n osoby?</numerusform>
            <numerusform>Przywrócić %n osób?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people restored.</source>
        <translation>
            <numerusform>Przywrócono %n osobę.</numerusform>
            <numerusform>Przywrócono %n osoby.</numerusform>
            <numerusform>Przywrócono %n osób.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>Everything we hold…</source>
        <translation>Wszystkie przechowywane dane…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Usuń tę osobę…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
</context>
<context>
    <name>PersonErase</name>
    <message>
        <source>Inquiries kept, anonymised (the counts stay right): %1</source>
        <translation>Zapytania zachowane, zanonimizowane (statystyki pozostają prawidłowe): %1</translation>
    </message>
    <message>
        <source>Letters replaced by a tombstone: %1</source>
        <translation>Pisma zastąpione adnotacją o usunięciu: %1</translation>
    </message>
    <message>
        <source>Documents attached to their inquiries, deleted: %1</source>
        <translation>Dokumenty dołączone do jej zapytań, usunięte: %1</translation>
    </message>
    <message>
        <source>Follow-ups of their inquiries, their name taken out: %1</source>
        <translation>Przypomnienia do jej zapytań, z usuniętymi danymi osoby: %1</translation>
    </message>
    <message>
        <source>Consent records, deleted: %1</source>
        <translation>Wpisy zgód, usunięte: %1</translation>
    </message>
    <message>
        <source>Entries of their history, deleted: %1</source>
        <translation>Wpisy z jej historii, usunięte: %1</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Usuń tę osobę</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Usuń: %1</translation>
    </message>
    <message>
        <source>This removes %1 from the office&apos;s records for good: their record, and their name, email and phone wherever they are written. It cannot be undone.</source>
        <translation>Spowoduje to trwałe usunięcie osoby %1 z akt biura: jej wpisu oraz jej imienia i nazwiska, adresu e-mail i telefonu wszędzie, gdzie zostały zapisane. Nie można tego cofnąć.</translation>
    </message>
    <message>
        <source>To confirm, type their name exactly: %1</source>
        <translation>Aby potwierdzić, wpisz dokładnie imię i nazwisko: %1</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>No backup on this desk holds this person.</source>
        <translation>Żadna kopia zapasowa na tym stanowisku nie zawiera tej osoby.</translation>
    </message>
    <message>
        <source>Backups taken before now keep this person until about %1, when they are thinned out; restoring one of them erases the person again.</source>
        <translation>Kopie zapasowe wykonane do tej pory przechowują tę osobę mniej więcej do %1, kiedy zostaną przerzedzone; przywrócenie którejś z nich ponownie usuwa tę osobę.</translation>
    </message>
    <message>
        <source>Erasing the person and wiping the freed space…</source>
        <translation>Usuwanie osoby i czyszczenie zwolnionego miejsca…</translation>
    </message>
    <message>
        <source>Person #%1 erased; %2 inquiries kept, anonymised.</source>
        <translation>Usunięto osobę nr %1; zachowano zanonimizowane zapytania: %2.</translation>
    </message>
    <message>
        <source>The person is erased. The space their data took is not all wiped yet: on the office server this needs its owner (VACUUM FULL), or another desk was still reading. It is wiped at the owner&apos;s next VACUUM FULL.</source>
        <translation>Osoba została usunięta. Miejsce zajmowane przez jej dane nie zostało jeszcze w pełni wyczyszczone: na serwerze biura wymaga to jego właściciela (VACUUM FULL) albo inne stanowisko wciąż odczytywało dane. Zostanie wyczyszczone przy najbliższym VACUUM FULL wykonanym przez właściciela.</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Everything we hold about %1</source>
        <translation>Wszystkie dane, które przechowujemy: %1</translation>
    </message>
    <message>
        <source>One ZIP file with everything the office holds about %1: a PDF to read in their language (%2), the same data as JSON and CSV files for machines, the letters as they were made and the documents attached to their inquiries.

Keep it safe: it is personal data. Each export and each print is recorded in the audit list.</source>
        <translation>Jeden plik ZIP ze wszystkimi danymi, które biuro przechowuje o osobie %1: PDF do czytania w języku tej osoby (%2), te same dane w plikach JSON i CSV do odczytu maszynowego, pisma w postaci, w jakiej je sporządzono, oraz dokumenty dołączone do jej zapytań.

Proszę chronić ten plik: zawiera dane osobowe. Każdy eksport i każdy wydruk jest zapisywany w dzienniku audytu.</translation>
    </message>
    <message>
        <source>&amp;Save as ZIP…</source>
        <translation>&amp;Zapisz jako ZIP…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Save everything held about this person as</source>
        <translation>Zapisz wszystkie dane tej osoby jako</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Pliki ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Gathering everything held about them…</source>
        <translation>Zbieranie wszystkich danych tej osoby…</translation>
    </message>
    <message>
        <source>Open the folder that holds it now?</source>
        <translation>Otworzyć teraz folder, w którym się znajduje?</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <source>Making the file to print…</source>
        <translation>Przygotowywanie pliku do druku…</translation>
    </message>
    <message>
        <source>The file could not be sent to the printer.</source>
        <translation>Nie udało się wysłać pliku do drukarki.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>A similar person is already recorded. Use them instead?</source>
        <translation>Podobna osoba jest już w bazie. Użyć jej zamiast tworzyć nową?</translation>
    </message>
    <message>
        <source>Similar records</source>
        <translation>Podobne wpisy</translation>
    </message>
    <message>
        <source>Use the selected one</source>
        <translation>Użyj zaznaczonego wpisu</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Utwórz mimo to</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>Już w bazie?</translation>
    </message>
    <message>
        <source>A similar organisation is already recorded. Use it instead?</source>
        <translation>Podobna instytucja jest już w bazie. Użyć jej zamiast tworzyć nową?</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Osoba usunięta</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Zacznij pisać, aby wyszukać…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowa…</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa instytucja</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowa osoba kontaktowa</translation>
    </message>
</context>
<context>
    <name>PlaceStatus</name>
    <message>
        <source>DEMO DATA — not your office&apos;s records</source>
        <translation>DANE DEMONSTRACYJNE — to nie są wpisy Twojego biura</translation>
    </message>
    <message>
        <source>Office server %1 · connected</source>
        <translation>Serwer biura %1 · połączono</translation>
    </message>
    <message>
        <source>Office server %1 · cannot be reached</source>
        <translation>Serwer biura %1 · brak połączenia</translation>
    </message>
    <message>
        <source>Copy of the office server&apos;s data from %1 · read-only</source>
        <translation>Kopia danych serwera biura z %1 · tylko do odczytu</translation>
    </message>
    <message>
        <source>Made-up records to try the program, in %1. File › Leave the demo data opens your office&apos;s data.</source>
        <translation>Zmyślone wpisy do wypróbowania programu, w pliku %1. Plik › Opuść dane demonstracyjne otwiera dane Twojego biura.</translation>
    </message>
    <message>
        <source>This computer · %1</source>
        <translation>Ten komputer · %1</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Write it now…</source>
        <translation>Napisz teraz…</translation>
    </message>
    <message>
        <source>To the person who asked</source>
        <translation>Do osoby, która pyta</translation>
    </message>
    <message>
        <source>To a proposed partner (introducing the person who asked)</source>
        <translation>Do proponowanego partnera (przedstawienie osoby pytającej)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Letter to</source>
        <translation>List do</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Proposed partner organisations</source>
        <translation>Proponowane instytucje partnerskie</translation>
    </message>
    <message>
        <source>Check the one partner this letter is written to.</source>
        <translation>Zaznacz jednego partnera, do którego jest ten list.</translation>
    </message>
    <message>
        <source>No partner is checked: this letter will be an acknowledgement, telling the person who asked that the office is looking for a partner.</source>
        <translation>Nie zaznaczono partnera: ten list będzie potwierdzeniem, że biuro szuka partnera dla osoby pytającej.</translation>
    </message>
    <message>
        <source>A partnership proposal naming the checked partners.</source>
        <translation>Propozycja partnerstwa wymieniająca zaznaczonych partnerów.</translation>
    </message>
    <message>
        <source>A letter to %1 introducing the person who asked.</source>
        <translation>List do organizacji %1 przedstawiający osobę pytającą.</translation>
    </message>
    <message>
        <source>Templates are for partnership proposals; this letter has its own wording.</source>
        <translation>Szablony służą do propozycji partnerstwa; ten list ma własne sformułowania.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1: correct it or write the words themselves.</source>
        <translation>Nieznane pole %1: popraw je lub wpisz sam tekst.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Czy chodziło o %1?</translation>
    </message>
    <message>
        <source>Letter %1 — %2</source>
        <translation>List %1 — %2</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Oznacz jako wysłany</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Letters made for this inquiry</source>
        <translation>Listy utworzone dla tego zapytania</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <source>The inquiry moves to “Proposal sent” if it is not that far yet.</source>
        <translation>Zapytanie przechodzi do etapu „Propozycja wysłana”, jeśli jeszcze go nie osiągnęło.</translation>
    </message>
    <message>
        <source>Search organisations…</source>
        <translation>Szukaj instytucji…</translation>
    </message>
    <message>
        <source>Search partner organisations</source>
        <translation>Szukaj instytucji partnerskich</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Instytucje partnerskie</translation>
    </message>
    <message>
        <source>Suggested for this inquiry</source>
        <translation>Sugerowane do tego zapytania</translation>
    </message>
    <message>
        <source>Other organisations</source>
        <translation>Inne organizacje</translation>
    </message>
    <message>
        <source>Text of this letter</source>
        <translation>Treść tego listu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Make letter</source>
        <translation>Utwórz list</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>See the letter without keeping it</source>
        <translation>Zobacz list bez zapisywania</translation>
    </message>
    <message>
        <source>Make the letter as shown and keep it with the inquiry</source>
        <translation>Utwórz list w tej postaci i zachowaj go przy zapytaniu</translation>
    </message>
    <message>
        <source>Acknowledgement — %1</source>
        <translation>Potwierdzenie — %1</translation>
    </message>
    <message>
        <source>Letter to a partner — %1</source>
        <translation>List do partnera — %1</translation>
    </message>
    <message>
        <source>Partnership proposal — %1</source>
        <translation>Propozycja partnerstwa — %1</translation>
    </message>
    <message>
        <source>This choice writes the letter again. Replace the text you changed?</source>
        <translation>Ten wybór tworzy treść listu od nowa. Zastąpić zmieniony przez Ciebie tekst?</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Podgląd — %1</translation>
    </message>
    <message>
        <source>Letter %1 of inquiry %2 made.</source>
        <translation>Utworzono list %1 do zapytania %2.</translation>
    </message>
    <message>
        <source>The description is saved. Write the letter again so that it prints it? The text you changed is replaced.</source>
        <translation>Opis został zapisany. Napisać list od nowa, aby go zawierał? Zmieniony przez Ciebie tekst zostanie zastąpiony.</translation>
    </message>
    <message>
        <source>Close without making the letter? The text you changed is lost.</source>
        <translation>Zamknąć bez tworzenia listu? Zmieniony tekst zostanie utracony.</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <source>Log for %1</source>
        <translation>Zapisz w historii: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Zapisz rozmowę…</translation>
    </message>
    <message>
        <source>Log a call, a note, an email or a meeting on the selected row (%1)</source>
        <translation>Zapisz rozmowę, notatkę, e-mail lub spotkanie dla zaznaczonego wiersza (%1)</translation>
    </message>
    <message>
        <source>Log a call on the selected row</source>
        <translation>Zapisz rozmowę dla zaznaczonego wiersza</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: a copy of the office server&apos;s data from %1, kept on this computer.
You can look things up, print letters and export. Changes are made on the office server: start MSEK Desktop again once it can be reached.</source>
        <translation>Tylko do odczytu: kopia danych serwera biura z %1, przechowywana na tym komputerze.
Możesz przeglądać, drukować listy i eksportować. Zmiany wprowadza się na serwerze biura: uruchom MSEK Desktop ponownie, gdy będzie dostępny.</translation>
    </message>
    <message>
        <source>Read-only copy</source>
        <translation>Kopia tylko do odczytu</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved in %1.
You can look things up, print letters and export. To make changes, copy the file to a folder of your own or ask for write access.</source>
        <translation>Tylko do odczytu: w %1 nie można niczego zapisać.
Można przeglądać dane, drukować listy i eksportować. Aby wprowadzać zmiany, skopiuj plik do własnego folderu lub poproś o prawo zapisu.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Baza danych tylko do odczytu</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Powiązane wpisy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Data wpływu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Delete “%1”? You can restore it later from “Show deleted”.</source>
        <translation>Usunąć „%1”? Wpis można później przywrócić, zaznaczając „Pokaż usunięte”.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Zapisano o %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>This record is deleted. Restore it to change it again.</source>
        <translation>Ten wpis jest usunięty. Przywróć go, aby móc go zmieniać.</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Zapytania</translation>
    </message>
    <message>
        <source>You have changed this record. Save your changes before closing?</source>
        <translation>Ten wpis został zmieniony. Zapisać zmiany przed zamknięciem?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so your changes were not saved.

Reload it now to see their version? Your changes in this window will be lost. Choose No to keep them on screen and copy what you need first.</source>
        <translation>Ktoś inny zapisał ten wpis po tym, jak go otwarto, więc Twoje zmiany nie zostały zapisane.

Wczytać go teraz ponownie, aby zobaczyć zapisaną wersję? Zmiany w tym oknie przepadną. Wybierz „Nie”, aby zachować je na ekranie i najpierw skopiować to, czego potrzebujesz.</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Obie strony</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 selected</source>
        <translation>
            <numerusform>Zaznaczono %n z %1</numerusform>
            <numerusform>Zaznaczono %n z %1</numerusform>
            <numerusform>Zaznaczono %n z %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Side filter</source>
        <translation>Filtr strony</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Pokaż usunięte</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Zaznacz wszystko</translation>
    </message>
    <message numerus="yes">
        <source>None on this side — %n on both sides.</source>
        <translation>
            <numerusform>Brak wpisów po tej stronie — po obu stronach: %n.</numerusform>
            <numerusform>Brak wpisów po tej stronie — po obu stronach: %n.</numerusform>
            <numerusform>Brak wpisów po tej stronie — po obu stronach: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show both sides</source>
        <translation>Pokaż obie strony</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nic nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>Show the others</source>
        <translation>Pokaż pozostałe</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>No person</source>
        <translation>Brak osoby</translation>
    </message>
    <message>
        <source>Erased everywhere</source>
        <translation>Usunięta wszędzie</translation>
    </message>
    <message>
        <source>Kept (an open or recent inquiry, or a consent)</source>
        <translation>Zachowana (otwarte lub niedawne zapytanie albo zgoda)</translation>
    </message>
    <message>
        <source>%1 (last activity)</source>
        <translation>%1 (ostatnia aktywność)</translation>
    </message>
    <message>
        <source>%1 (received)</source>
        <translation>%1 (data wpływu)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięcie</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>The person’s data</source>
        <translation>Dane osoby</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n zapytanie</numerusform>
            <numerusform>%n zapytania</numerusform>
            <numerusform>%n zapytań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Data past retention</source>
        <translation>Dane po okresie przechowywania</translation>
    </message>
    <message>
        <source>The retention is 0 years in the office settings: closed inquiries and the people they name are kept until someone erases them.</source>
        <translation>Okres przechowywania w ustawieniach biura wynosi 0 lat: zamknięte zapytania i osoby, których dotyczą, są przechowywane, dopóki ktoś ich nie usunie.</translation>
    </message>
    <message numerus="yes">
        <source>Closed inquiries and the people they name are kept %n years (office settings). Those closed before %1 are past it.</source>
        <translation>
            <numerusform>Zamknięte zapytania i osoby, których dotyczą, są przechowywane przez %n rok (ustawienia biura). Te zamknięte przed %1 przekroczyły ten okres.</numerusform>
            <numerusform>Zamknięte zapytania i osoby, których dotyczą, są przechowywane przez %n lata (ustawienia biura). Te zamknięte przed %1 przekroczyły ten okres.</numerusform>
            <numerusform>Zamknięte zapytania i osoby, których dotyczą, są przechowywane przez %n lat (ustawienia biura). Te zamknięte przed %1 przekroczyły ten okres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising takes the person’s name, email and phone out of each inquiry below; a person nothing else holds is erased everywhere. The inquiries stay, so the office’s counts stay right. It cannot be undone; the backups keep the data until they are replaced.</source>
        <translation>Anonimizacja usuwa imię i nazwisko, e-mail i telefon osoby z każdego zapytania poniżej; osoba, której nic innego nie zatrzymuje, zostaje usunięta wszędzie. Zapytania pozostają, więc liczby biura się zgadzają. Tego nie można cofnąć; kopie zapasowe zachowują dane, dopóki nie zostaną zastąpione.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Inquiries past retention</source>
        <translation>Zapytania po okresie przechowywania</translation>
    </message>
    <message>
        <source>Nothing is past retention.</source>
        <translation>Nic nie przekroczyło okresu przechowywania.</translation>
    </message>
    <message>
        <source>Past retention: %1.</source>
        <translation>Po okresie przechowywania: %1.</translation>
    </message>
    <message>
        <source>&amp;Anonymise %1</source>
        <translation>&amp;Anonimizuj: %1</translation>
    </message>
    <message>
        <source>Only an admin of the office database may anonymise.</source>
        <translation>Tylko administrator bazy biura może anonimizować.</translation>
    </message>
    <message>
        <source>Anonymise %1 now? Their names, emails and phones are removed for good.</source>
        <translation>Zanonimizować teraz: %1? Imiona i nazwiska, e-maile i telefony zostaną usunięte na zawsze.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonimizacja…</translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation>Zanonimizowano: %1.</translation>
    </message>
    <message>
        <source>Anonymised. The space the data took is not all wiped yet: on the office server this needs its owner (VACUUM FULL), or another desk was still reading. It is wiped at the owner&apos;s next VACUUM FULL.</source>
        <translation>Zanonimizowano. Miejsce zajmowane przez dane nie zostało jeszcze w pełni wyczyszczone: na serwerze biura wymaga to jego właściciela (VACUUM FULL) albo inne stanowisko wciąż odczytywało dane. Zostanie wyczyszczone przy najbliższym VACUUM FULL wykonanym przez właściciela.</translation>
    </message>
    <message>
        <source>Data past re&amp;tention…</source>
        <translation>&amp;Dane po okresie przechowywania…</translation>
    </message>
    <message>
        <source>For admins of the office database.</source>
        <translation>Dla administratorów bazy biura.</translation>
    </message>
    <message>
        <source>Past retention: %1…</source>
        <translation>Po okresie przechowywania: %1…</translation>
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
        <translation>Nie można połączyć się z serwerem biura %1.</translation>
    </message>
    <message>
        <source>This computer holds a copy of the office&apos;s data from %1: you can open it read-only to look things up.</source>
        <translation>Ten komputer ma kopię danych biura z %1: możesz ją otworzyć tylko do odczytu, aby coś sprawdzić.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Open the last copy read-only</source>
        <translation>Otwórz ostatnią kopię tylko do odczytu</translation>
    </message>
    <message>
        <source>Change where the data is…</source>
        <translation>Zmień miejsce danych…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Hasło do serwera biura</translation>
    </message>
    <message>
        <source>The office server %1 refused the password of %2; enter it again.</source>
        <translation>Serwer biura %1 odrzucił hasło użytkownika %2; wpisz je ponownie.</translation>
    </message>
    <message>
        <source>The office server %1 asks for the password of %2.</source>
        <translation>Serwer biura %1 prosi o hasło użytkownika %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation>Zapamiętaj hasło na tym komputerze</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Login</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Stanowisko po francusku</translation>
    </message>
    <message>
        <source>Title in Polish</source>
        <translation>Stanowisko po polsku</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Stanowisko po angielsku</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nazwa skrócona</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>What lists and the msek command call them: small letters, digits, dots, hyphens or underscores, such as anowak.</source>
        <translation>Nazwa używana na listach i w poleceniu msek: małe litery, cyfry, kropki, łączniki lub podkreślenia, np. anowak.</translation>
    </message>
    <message>
        <source>Active (can be assigned inquiries)</source>
        <translation>Aktywny (można mu przypisywać zapytania)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nowy pracownik</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Pracownik %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>They have no login on the office server yet. Give a password and a role to create it; leave the password empty to keep them without one.</source>
        <translation>Ta osoba nie ma jeszcze loginu na serwerze biura. Podaj hasło i rolę, aby go utworzyć; zostaw hasło puste, aby pozostała bez loginu.</translation>
    </message>
    <message>
        <source>They log in to the office server with their login and this password. An admin may also manage the staff, the office settings and restores.</source>
        <translation>Ta osoba loguje się do serwera biura swoim loginem i tym hasłem. Administrator może też zarządzać pracownikami, ustawieniami biura i przywracaniem kopii.</translation>
    </message>
    <message>
        <source>Leave the password empty to keep it.</source>
        <translation>Zostaw hasło puste, aby je zachować.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Oba hasła się różnią.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nazwa biura</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Adres biura</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telefon biura</translation>
    </message>
    <message>
        <source>Office email</source>
        <translation>E-mail biura</translation>
    </message>
    <message>
        <source>Office website</source>
        <translation>Strona internetowa biura</translation>
    </message>
    <message>
        <source>Letterhead logo (PNG or JPEG)</source>
        <translation>Logo w nagłówku listów (PNG lub JPEG)</translation>
    </message>
    <message>
        <source>City printed before the date of letters</source>
        <translation>Miejscowość przed datą w listach</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>Domyślny język listów</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Liczba przechowywanych kopii dziennych</translation>
    </message>
    <message>
        <source>Years closed inquiries and their people are kept</source>
        <translation>Lata przechowywania zamkniętych zapytań i ich osób</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Save the office settings</source>
        <translation>Zapisz ustawienia biura</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>The office settings are saved.</source>
        <translation>Ustawienia biura zostały zapisane.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Dodaj pracownika</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit the staff member</source>
        <translation>Edytuj dane pracownika</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Działaj w zasobniku systemowym po zamknięciu okna</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Język interfejsu:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>Who am I:</source>
        <translation>Jestem:</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>Kim jestem</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Powiadomienia:</translation>
    </message>
    <message>
        <source>The tray icon counts your follow-ups due and tells you when one falls due; File › Quit ends the program.</source>
        <translation>Ikona w zasobniku systemowym liczy Twoje przypomnienia do wykonania i powiadamia, gdy nadejdzie termin któregoś z nich; Plik › Zakończ zamyka program.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders show in the window&apos;s status bar.</source>
        <translation>Ten pulpit nie ma zasobnika systemowego: powiadomienia pojawiają się na pasku stanu okna.</translation>
    </message>
    <message>
        <source>The window changes language at once. Each letter has its own language, chosen when it is written.</source>
        <translation>Interfejs od razu zmienia język. Każdy list ma własny język, wybierany podczas jego pisania.</translation>
    </message>
    <message>
        <source>The staff member working at this computer: My day shows their follow-ups, and changes are recorded in their name.</source>
        <translation>Pracownik korzystający z tego komputera: „Mój dzień” pokazuje jego przypomnienia, a zmiany są zapisywane na jego nazwisko.</translation>
    </message>
    <message>
        <source>Office letterhead</source>
        <translation>Papier firmowy</translation>
    </message>
    <message>
        <source>Language and user</source>
        <translation>Język i użytkownik</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Szablony listów</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>Dane biura</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>the person&apos;s first and last name (or the organisation&apos;s name)</source>
        <translation>imię i nazwisko osoby (albo nazwa instytucji)</translation>
    </message>
    <message>
        <source>the person&apos;s first name</source>
        <translation>imię osoby</translation>
    </message>
    <message>
        <source>the person&apos;s last name</source>
        <translation>nazwisko osoby</translation>
    </message>
    <message>
        <source>Madame / Monsieur, Pani / Pan, Ms / Mr (empty when unknown)</source>
        <translation>Madame / Monsieur, Pani / Pan, Ms / Mr (puste, gdy nieznane)</translation>
    </message>
    <message>
        <source>the organisation the person writes for</source>
        <translation>instytucja, w imieniu której pisze osoba</translation>
    </message>
    <message>
        <source>the recipient&apos;s city</source>
        <translation>miejscowość adresata</translation>
    </message>
    <message>
        <source>Polish form of address, nominative: Pani / Pan / Państwo</source>
        <translation>forma grzecznościowa, mianownik: Pani / Pan / Państwo</translation>
    </message>
    <message>
        <source>Polish form of address, genitive: Pani / Pana / Państwa</source>
        <translation>forma grzecznościowa, dopełniacz: Pani / Pana / Państwa</translation>
    </message>
    <message>
        <source>Polish form of address, dative: Pani / Panu / Państwu</source>
        <translation>forma grzecznościowa, celownik: Pani / Panu / Państwu</translation>
    </message>
    <message>
        <source>Polish form of address, accusative: Panią / Pana / Państwa</source>
        <translation>forma grzecznościowa, biernik: Panią / Pana / Państwa</translation>
    </message>
    <message>
        <source>Polish form of address, instrumental: Panią / Panem / Państwem</source>
        <translation>forma grzecznościowa, narzędnik: Panią / Panem / Państwem</translation>
    </message>
    <message>
        <source>Polish form of address, locative: Pani / Panu / Państwu</source>
        <translation>forma grzecznościowa, miejscownik: Pani / Panu / Państwu</translation>
    </message>
    <message>
        <source>the inquiry&apos;s reference, e.g. 2026-0012</source>
        <translation>numer zapytania, np. 2026-0012</translation>
    </message>
    <message>
        <source>the day the inquiry was received, with the month in words</source>
        <translation>dzień otrzymania zapytania, z nazwą miesiąca</translation>
    </message>
    <message>
        <source>the inquiry&apos;s subject</source>
        <translation>temat zapytania</translation>
    </message>
    <message>
        <source>the fields of exchange, e.g. music and education</source>
        <translation>dziedziny wymiany, np. muzyka i edukacja</translation>
    </message>
    <message>
        <source>the counterpart the person hoped for, as they wrote it</source>
        <translation>partner, jakiego szuka osoba, jej własnymi słowami</translation>
    </message>
    <message>
        <source>the city where a counterpart is proposed: Saint-Étienne or Katowice</source>
        <translation>miasto, w którym proponujemy partnera: Saint-Étienne lub Katowice</translation>
    </message>
    <message>
        <source>where a counterpart is sought, as a place: à Katowice, w Katowicach…</source>
        <translation>miejsce, w którym szukamy partnera: à Katowice, w Katowicach…</translation>
    </message>
    <message>
        <source>the paragraph proposing the partner organisations and what they offer</source>
        <translation>akapit z proponowanymi instytucjami partnerskimi i ich ofertą</translation>
    </message>
    <message>
        <source>the partner organisations&apos; names</source>
        <translation>nazwy instytucji partnerskich</translation>
    </message>
    <message>
        <source>the name of the staff member who signs</source>
        <translation>imię i nazwisko podpisującego pracownika</translation>
    </message>
    <message>
        <source>the signer&apos;s title in the letter&apos;s language</source>
        <translation>stanowisko podpisującego w języku listu</translation>
    </message>
    <message>
        <source>the signer&apos;s email</source>
        <translation>e-mail podpisującego</translation>
    </message>
    <message>
        <source>the signer&apos;s phone</source>
        <translation>telefon podpisującego</translation>
    </message>
    <message>
        <source>the signer&apos;s name with email and phone</source>
        <translation>imię i nazwisko podpisującego z e-mailem i telefonem</translation>
    </message>
    <message>
        <source>the closing sentence naming whom to contact: the signer, else the office</source>
        <translation>zdanie końcowe wskazujące, z kim się kontaktować: z osobą podpisującą, a jeśli jej nie ma – z biurem</translation>
    </message>
    <message>
        <source>the paragraph presenting the person who asked: who, what they seek, contact</source>
        <translation>akapit przedstawiający osobę, która przesłała zapytanie: kim jest, czego szuka, dane kontaktowe</translation>
    </message>
    <message>
        <source>the name of the person who asked</source>
        <translation>imię i nazwisko osoby, która przesłała zapytanie</translation>
    </message>
    <message>
        <source>the position of the person who asked</source>
        <translation>stanowisko osoby, która przesłała zapytanie</translation>
    </message>
    <message>
        <source>the organisation of the person who asked</source>
        <translation>instytucja osoby, która przesłała zapytanie</translation>
    </message>
    <message>
        <source>the city of the person who asked</source>
        <translation>miasto osoby, która przesłała zapytanie</translation>
    </message>
    <message>
        <source>the email of the person who asked</source>
        <translation>adres e-mail osoby, która przesłała zapytanie</translation>
    </message>
    <message>
        <source>the phone of the person who asked</source>
        <translation>telefon osoby, która przesłała zapytanie</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>nazwa biura</translation>
    </message>
    <message>
        <source>the office&apos;s city</source>
        <translation>miejscowość biura</translation>
    </message>
    <message>
        <source>the office&apos;s phone</source>
        <translation>telefon biura</translation>
    </message>
    <message>
        <source>the office&apos;s email</source>
        <translation>e-mail biura</translation>
    </message>
    <message>
        <source>the office&apos;s website</source>
        <translation>strona internetowa biura</translation>
    </message>
    <message>
        <source>the letter&apos;s date, with the month in words</source>
        <translation>data listu z nazwą miesiąca</translation>
    </message>
    <message>
        <source>A lone %1: write %1%1 to print a brace.</source>
        <translation>Pojedynczy znak %1: napisz %1%1, aby wydrukować nawias klamrowy.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1.</source>
        <translation>Nieznane pole %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Czy chodziło o %1?</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>What it stands for</source>
        <translation>Co wstawia</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Double-click a placeholder (or press Enter) to insert it at the cursor.</source>
        <translation>Kliknij dwukrotnie pole (lub naciśnij Enter), aby wstawić je w miejscu kursora.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Język szablonu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Name of the template</source>
        <translation>Nazwa szablonu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Usuń szablon</translation>
    </message>
    <message>
        <source>Restore default text</source>
        <translation>Przywróć tekst domyślny</translation>
    </message>
    <message>
        <source>Restore the default text of this language</source>
        <translation>Przywróć domyślny tekst w tym języku</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Podgląd…</translation>
    </message>
    <message>
        <source>Preview the letter with sample data</source>
        <translation>Podgląd listu z przykładowymi danymi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Zapisz szablon</translation>
    </message>
    <message>
        <source>Discard your changes to this template?</source>
        <translation>Odrzucić zmiany w tym szablonie?</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Letters already made keep their text.</source>
        <translation>Usunąć szablon „%1”? Utworzone już listy zachowają swoją treść.</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Szablon listu</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Podgląd: %1</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Szablony listów</translation>
    </message>
    <message>
        <source>Subject of the letter</source>
        <translation>Temat listu</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Treść listu</translation>
    </message>
    <message>
        <source>The letter template is saved.</source>
        <translation>Szablon listu został zapisany.</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Szablony e-maili</translation>
    </message>
    <message>
        <source>Subject of the email</source>
        <translation>Temat e-maila</translation>
    </message>
    <message>
        <source>Text of the email</source>
        <translation>Treść e-maila</translation>
    </message>
    <message>
        <source>The email template is saved.</source>
        <translation>Szablon e-maila został zapisany.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Listy</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>Kind of template</source>
        <translation>Rodzaj szablonu</translation>
    </message>
    <message>
        <source>Show the templates of</source>
        <translation>Pokaż szablony w języku</translation>
    </message>
    <message>
        <source>A template with this name already exists in this language.</source>
        <translation>Szablon o tej nazwie już istnieje w tym języku.</translation>
    </message>
    <message>
        <source>The template %1 is for another language: %2 (the letter: %3).</source>
        <translation>Szablon %1 jest przeznaczony dla innego języka: %2 (list: %3).</translation>
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
        <translation>Zaległe przypomnienie</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Przypomnienie do wykonania</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>MSEK Desktop keeps running</source>
        <translation>MSEK Desktop nadal działa</translation>
    </message>
    <message>
        <source>Your reminders keep coming here. Click the icon to open the window; Quit in its menu or File › Quit ends the program.</source>
        <translation>Przypomnienia nadal będą się tu pojawiać. Kliknij ikonę, aby otworzyć okno; Zakończ w jej menu lub Plik › Zakończ zamyka program.</translation>
    </message>
    <message>
        <source>MSEK Desktop — %1</source>
        <translation>MSEK Desktop — %1</translation>
    </message>
    <message>
        <source>No follow-up due</source>
        <translation>Brak przypomnień do wykonania</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n przypomnienie do wykonania</numerusform>
            <numerusform>%n przypomnienia do wykonania</numerusform>
            <numerusform>%n przypomnień do wykonania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n zaległe</numerusform>
            <numerusform>%n zaległe</numerusform>
            <numerusform>%n zaległych</numerusform>
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
        <translation>Otwórz MSEK Desktop</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mój dzień</translation>
    </message>
    <message numerus="yes">
        <source>%n more in My day…</source>
        <translation>
            <numerusform>Jeszcze %n w „Moim dniu”…</numerusform>
            <numerusform>Jeszcze %n w „Moim dniu”…</numerusform>
            <numerusform>Jeszcze %n w „Moim dniu”…</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Przypomnij wszystkie za 1 godzinę</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>%1 (snoozed until %2)</source>
        <translation>%1 (odłożone do %2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (zaległe)</translation>
    </message>
    <message>
        <source>Open the inquiry</source>
        <translation>Otwórz zapytanie</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>Przypomnij za 1 godzinę</translation>
    </message>
    <message>
        <source>Snooze until tomorrow %1</source>
        <translation>Przypomnij jutro o %1</translation>
    </message>
</context>
</TS>
