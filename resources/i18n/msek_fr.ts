<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Activity</name>
    <message>
        <source>Log call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Appel noté.</translation>
    </message>
    <message>
        <source>Note logged.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>Email logged.</source>
        <translation>E-mail noté.</translation>
    </message>
    <message>
        <source>Meeting logged.</source>
        <translation>Réunion notée.</translation>
    </message>
    <message>
        <source>What happened, in one line (Enter logs it)</source>
        <translation>Ce qui s’est passé, en une ligne (Entrée le note)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Add more text under the line</source>
        <translation>Ajouter un texte plus long sous la ligne</translation>
    </message>
    <message>
        <source>More about it, if needed (Ctrl+Enter logs it)</source>
        <translation>Plus de détails si besoin (Ctrl+Entrée note le tout)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>ActivityReport</name>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>Highlights of the year</source>
        <translation>Faits marquants de l’année</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Highlights of the year, in this language:</source>
        <translation>&amp;Faits marquants de l’année, dans cette langue&#xa0;:</translation>
    </message>
    <message>
        <source>Printed at the end of the report. Saved for the whole office; a blank line starts a paragraph.</source>
        <translation>Imprimés à la fin du rapport. Enregistrés pour tout le bureau&#xa0;; une ligne vide commence un nouveau paragraphe.</translation>
    </message>
    <message>
        <source>&amp;Save the highlights</source>
        <translation>&amp;Enregistrer les faits marquants</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Produire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;Rapport PDF</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook of the figures (.xlsx)</source>
        <translation>Classeur E&amp;xcel des chiffres (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Make the report…</source>
        <translation>&amp;Produire le rapport…</translation>
    </message>
    <message>
        <source>You have changed the highlights of %1 (%2). Save them?</source>
        <translation>Vous avez modifié les faits marquants de %1 (%2). Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Activity report %1 (%2)</source>
        <translation>Rapport d’activité %1 (%2)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the activity report as</source>
        <translation>Enregistrer le rapport d’activité sous</translation>
    </message>
    <message>
        <source>Making the activity report…</source>
        <translation>Production du rapport d’activité…</translation>
    </message>
    <message>
        <source>The activity report was written to:
%1</source>
        <translation>Le rapport d’activité a été enregistré dans&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Open the PDF now?</source>
        <translation>Ouvrir le PDF maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>No program to show PDF files was found; the report is in %1.</source>
        <translation>Aucun programme pour afficher les fichiers PDF n’a été trouvé&#xa0;; le rapport se trouve dans %1.</translation>
    </message>
    <message>
        <source>&amp;Activity report…</source>
        <translation>&amp;Rapport d’activité…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Creating demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Exported a person’s data</source>
        <translation>Données d’une personne exportées</translation>
    </message>
    <message>
        <source>Printed a person’s data</source>
        <translation>Données d’une personne imprimées</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <source>Merged two people</source>
        <translation>Deux personnes fusionnées</translation>
    </message>
    <message>
        <source>Merged two organisations</source>
        <translation>Deux organismes fusionnés</translation>
    </message>
    <message>
        <source>Undid a merge</source>
        <translation>Fusion annulée</translation>
    </message>
    <message>
        <source>Anonymised past retention</source>
        <translation>Anonymisation après conservation</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation>personne nº %1</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>organisme nº %1</translation>
    </message>
    <message>
        <source>%1, %2 (kept %3)</source>
        <translation>%1, %2 (conservation&#xa0;: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries anonymised</source>
        <translation>
            <numerusform>%n demande anonymisée</numerusform>
            <numerusform>%n demandes anonymisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people erased</source>
        <translation>
            <numerusform>%n personne effacée</numerusform>
            <numerusform>%n personnes effacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concernant</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n’est encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest %2)</source>
        <translation>%1 (les %2 plus récentes)</translation>
    </message>
    <message>
        <source>Audit list</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Who exported, printed or erased a person’s data, merged records or anonymised what was past retention, and when.</source>
        <translation>Qui a exporté, imprimé ou effacé les données d’une personne, fusionné des fiches ou anonymisé ce qui dépassait la durée de conservation, et quand.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>A&amp;udit list…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>Only an admin can restore a backup.</source>
        <translation>Seul un administrateur peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>MSEK backups (*.db)</source>
        <translation>Sauvegardes MSEK (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the office&apos;s data, on every desk, with the backup %1?

A copy of the current data is kept on this desk first, so this can be undone.</source>
        <translation>Remplacer les données du bureau, sur tous les postes, par la sauvegarde %1&#xa0;?

Une copie des données actuelles est d’abord conservée sur ce poste, l’opération peut donc être annulée.</translation>
    </message>
    <message>
        <source>Replace all the data with the backup %1?

The current data is backed up first, so this can be undone.</source>
        <translation>Remplacer toutes les données par la sauvegarde %1&#xa0;?

Les données actuelles sont d’abord sauvegardées, l’opération peut donc être annulée.</translation>
    </message>
    <message>
        <source>The data was restored from %1.</source>
        <translation>Les données ont été restaurées depuis %1.</translation>
    </message>
    <message>
        <source>The data it replaced is in %1.</source>
        <translation>Les données remplacées sont dans %1.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Copying the office&apos;s data to this desk…</source>
        <translation>Copie des données du bureau sur ce poste…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Stopping the copy…</source>
        <translation>Arrêt de la copie…</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2. Put the damaged file aside (it is kept, renamed) and restore that backup?</source>
        <translation>%1

La dernière sauvegarde intacte date du %2. Mettre le fichier endommagé de côté (il est conservé sous un autre nom) et restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The damaged file is kept as %2.</source>
        <translation>La sauvegarde du %1 a été restaurée. Le fichier endommagé est conservé sous le nom %2.</translation>
    </message>
</context>
<context>
    <name>BatchLetters</name>
    <message numerus="yes">
        <source>…and %n more warnings.</source>
        <translation>
            <numerusform>…et %n autre avertissement.</numerusform>
            <numerusform>…et %n autres avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped at the person&apos;s request:</source>
        <translation>Non faits, à la demande de la personne&#xa0;:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Each inquiry&apos;s letter language</source>
        <translation>La langue de courrier de chaque demande</translation>
    </message>
    <message numerus="yes">
        <source>%n letters will be made, one for each selected inquiry.</source>
        <translation>
            <numerusform>%n courrier sera créé, pour la demande sélectionnée.</numerusform>
            <numerusform>%n courriers seront créés, un par demande sélectionnée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>Langue des courriers</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Where to save the letters</source>
        <translation>Où enregistrer les courriers</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Produire&#xa0;:</translation>
    </message>
    <message>
        <source>One PDF, each letter starting on a new page</source>
        <translation>Un seul PDF, chaque courrier commençant sur une nouvelle page</translation>
    </message>
    <message>
        <source>One PDF file per letter, in a folder</source>
        <translation>Un fichier PDF par courrier, dans un dossier</translation>
    </message>
    <message>
        <source>Keep each letter in the inquiry&apos;s history</source>
        <translation>Conserver chaque courrier dans l’historique de la demande</translation>
    </message>
    <message>
        <source>Make the letters</source>
        <translation>Produire les courriers</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save the letters</source>
        <translation>Choisir où enregistrer les courriers</translation>
    </message>
    <message>
        <source>Kept letters appear in each inquiry&apos;s timeline and can be marked as sent.</source>
        <translation>Les courriers conservés figurent dans l’historique de chaque demande et peuvent être marqués comme envoyés.</translation>
    </message>
    <message>
        <source>Save the letters as</source>
        <translation>Enregistrer les courriers sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier des courriers</translation>
    </message>
    <message>
        <source>Choose where to save the letters.</source>
        <translation>Choisissez où enregistrer les courriers.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Making the letters…</source>
        <translation>Production des courriers…</translation>
    </message>
    <message numerus="yes">
        <source>%n letters are in the file %1</source>
        <translation>
            <numerusform>%n courrier est dans le fichier %1</numerusform>
            <numerusform>%n courriers sont dans le fichier %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters are in the folder %1</source>
        <translation>
            <numerusform>%n courrier est dans le dossier %1</numerusform>
            <numerusform>%n courriers sont dans le dossier %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Your calendar file could not be written:</source>
        <translation>Votre fichier d’agenda n’a pas pu être écrit&#xa0;:</translation>
    </message>
    <message>
        <source>Folder of the calendar file</source>
        <translation>Dossier du fichier d’agenda</translation>
    </message>
    <message>
        <source>Your open follow-ups as an .ics file, rewritten whenever they change: a calendar program subscribed to it (Outlook) shows them, each with a reminder at 9:00 on its day.</source>
        <translation>Vos relances en cours dans un fichier .ics, réécrit à chaque changement&#xa0;: un agenda abonné à ce fichier (Outlook) les affiche, chacune avec un rappel à 9&#xa0;h le jour dit.</translation>
    </message>
    <message>
        <source>Kept up to date: %1</source>
        <translation>Tenu à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Agenda&#xa0;:</translation>
    </message>
    <message>
        <source>Keep my follow-ups in a calendar file</source>
        <translation>Tenir mes relances dans un fichier d’agenda</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>Objet du consentement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Withdrawn how</source>
        <translation>Retiré comment</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nouveau consentement</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Withdraw: %1</source>
        <translation>Retirer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consents (%1)</source>
        <translation>Consentements (%1)</translation>
    </message>
    <message>
        <source>Save the person first to record consents.</source>
        <translation>Enregistrez d’abord la personne pour noter ses consentements.</translation>
    </message>
    <message>
        <source>No consent recorded: add one with Add…</source>
        <translation>Aucun consentement noté&#xa0;: ajoutez-en un avec Ajouter…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>What the person agreed to, and when and how they said so; a withdrawn consent stays listed.</source>
        <translation>Ce que la personne a accepté, quand et comment elle l’a dit&#xa0;; un consentement retiré reste dans la liste.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Their own request</source>
        <translation>À sa demande</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Being contacted about exchanges</source>
        <translation>Être contacté(e) au sujet des échanges</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Bulletins d’information</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>Pas de courriers</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Pas de courriels</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Pas d’appels</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consentement donné</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consentement retiré</translation>
    </message>
    <message>
        <source>Cannot be before the consent was given.</source>
        <translation>Ne peut pas être antérieur au consentement.</translation>
    </message>
    <message>
        <source>This consent is already withdrawn.</source>
        <translation>Ce consentement est déjà retiré.</translation>
    </message>
    <message>
        <source>%1 asked not to receive letters.</source>
        <translation>%1 ne souhaite pas recevoir de courriers.</translation>
    </message>
    <message>
        <source>%1 asked not to receive emails.</source>
        <translation>%1 ne souhaite pas recevoir de courriels.</translation>
    </message>
    <message>
        <source>%1 asked not to be called.</source>
        <translation>%1 ne souhaite pas d’appels téléphoniques.</translation>
    </message>
    <message>
        <source>Every person chosen asked not to receive letters: nothing was made.</source>
        <translation>Toutes les personnes choisies ont refusé les courriers&#xa0;: rien n’a été fait.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Pick the organisation from the suggestions, or leave empty.</source>
        <translation>Choisissez l’organisme parmi les suggestions, ou laissez vide.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Person — %1</source>
        <translation>Personne — %1</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
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
        <translation>MSEK Desktop — erreur inattendue</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you saved before is safe; the last action may not have finished. Please send the details below to whoever looks after the program.</source>
        <translation>Un problème inattendu est survenu. Ce que vous avez enregistré auparavant est en sécurité&#xa0;; la dernière action n’a peut-être pas abouti. Merci d’envoyer les détails ci-dessous à la personne qui s’occupe du logiciel.</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>Les détails figurent aussi dans le fichier journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Open inquiries by stage</source>
        <translation>Demandes ouvertes par étape</translation>
    </message>
    <message>
        <source>This year’s inquiries by side</source>
        <translation>Demandes de l’année par territoire</translation>
    </message>
    <message>
        <source>This year’s inquiries by kind</source>
        <translation>Demandes de l’année par type</translation>
    </message>
    <message>
        <source>This year’s inquiries by field</source>
        <translation>Demandes de l’année par domaine</translation>
    </message>
    <message>
        <source>Lost this year: why</source>
        <translation>Perdues cette année&#xa0;: pourquoi</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Relances en retard</translation>
    </message>
    <message>
        <source>Exchanges running and coming</source>
        <translation>Échanges en cours et à venir</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>The office on %1</source>
        <translation>Le bureau au %1</translation>
    </message>
    <message>
        <source>Last year, same days: %1</source>
        <translation>L’an dernier, mêmes jours&#xa0;: %1</translation>
    </message>
    <message>
        <source>New inquiries this month</source>
        <translation>Nouvelles demandes ce mois-ci</translation>
    </message>
    <message>
        <source>New inquiries this year</source>
        <translation>Nouvelles demandes cette année</translation>
    </message>
    <message>
        <source>Days to a first answer (median)</source>
        <translation>Jours avant une première réponse (médiane)</translation>
    </message>
    <message>
        <source>%1 answered, %2 not yet</source>
        <translation>%1 avec réponse, %2 en attente</translation>
    </message>
    <message>
        <source>Exchange participants this year</source>
        <translation>Participants aux échanges cette année</translation>
    </message>
    <message>
        <source>Saint-Étienne %1 · Katowice %2</source>
        <translation>Saint-Étienne %1 · Katowice %2</translation>
    </message>
    <message>
        <source>No inquiry received this year yet.</source>
        <translation>Aucune demande reçue cette année pour l’instant.</translation>
    </message>
    <message>
        <source>No inquiry received this year was lost.</source>
        <translation>Aucune demande reçue cette année n’a été perdue.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Aucune relance en retard.</translation>
    </message>
    <message>
        <source>No exchange running or planned.</source>
        <translation>Aucun échange en cours ni prévu.</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Ouvrir sur&#xa0;:</translation>
    </message>
    <message>
        <source>Screen shown at start</source>
        <translation>Écran affiché au démarrage</translation>
    </message>
    <message>
        <source>The screen this computer shows when the program starts.</source>
        <translation>L’écran que cet ordinateur affiche au démarrage du programme.</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>This computer has no credential store: the password is kept nowhere and is asked at each start.</source>
        <translation>Cet ordinateur n’a pas de gestionnaire d’identifiants&#xa0;: le mot de passe n’est conservé nulle part et il est demandé à chaque démarrage.</translation>
    </message>
    <message>
        <source>The password is kept in %1 on this computer.</source>
        <translation>Le mot de passe est conservé dans %1 sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Connected: MSEK data found.</source>
        <translation>Connecté&#xa0;: données MSEK trouvées.</translation>
    </message>
    <message>
        <source>The server answers but the database holds no MSEK data yet.</source>
        <translation>Le serveur répond, mais la base de données ne contient pas encore de données MSEK.</translation>
    </message>
    <message>
        <source>The server answers but the database holds another program&apos;s data: choose another database.</source>
        <translation>Le serveur répond, mais la base de données contient les données d’un autre programme&#xa0;: choisissez une autre base.</translation>
    </message>
    <message>
        <source>Where the office&apos;s data lives</source>
        <translation>Où sont les données du bureau</translation>
    </message>
    <message>
        <source>Where does this computer find the office&apos;s data?</source>
        <translation>Où cet ordinateur trouve-t-il les données du bureau&#xa0;?</translation>
    </message>
    <message>
        <source>This computer keeps the data</source>
        <translation>Cet ordinateur conserve les données</translation>
    </message>
    <message>
        <source>The data stay in a file on this computer: %1. Right for one desk, or to try the program.</source>
        <translation>Les données restent dans un fichier sur cet ordinateur&#xa0;: %1. Idéal pour un seul poste ou pour essayer le programme.</translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation>Se connecter au serveur du bureau</translation>
    </message>
    <message>
        <source>Every desk of the office works on the same data, kept by the office&apos;s PostgreSQL server.</source>
        <translation>Tous les postes du bureau travaillent sur les mêmes données, conservées par le serveur PostgreSQL du bureau.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enter the name of the office server.</source>
        <translation>Saisissez le nom du serveur du bureau.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Enter your login on the server.</source>
        <translation>Saisissez votre identifiant sur le serveur.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The server refused the login or its password; check them and try again.</source>
        <translation>Le serveur a refusé l’identifiant ou son mot de passe&#xa0;; vérifiez-les et réessayez.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>&amp;Leave the demo data</source>
        <translation>&amp;Sortir des données de démonstration</translation>
    </message>
    <message>
        <source>&amp;Try with demo data…</source>
        <translation>&amp;Essayer avec des données de démonstration…</translation>
    </message>
    <message>
        <source>Leave the demo data</source>
        <translation>Sortir des données de démonstration</translation>
    </message>
    <message>
        <source>Close the demo and open your office&apos;s data (made empty if there are none).</source>
        <translation>Fermer la démonstration et ouvrir les données de votre bureau (créées vides s’il n’y en a pas encore).</translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>Description of %1</source>
        <translation>Description de %1</translation>
    </message>
    <message>
        <source>Write it now: it is kept with the organisation and printed in this letter and the next ones.</source>
        <translation>Écrivez-la maintenant&#xa0;: elle est conservée avec l’organisme et imprimée dans ce courrier et les suivants.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Make the letter without it</source>
        <translation>Établir le courrier sans elle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 (for reference, not printed)</source>
        <translation>%1 (pour référence, non imprimée)</translation>
    </message>
    <message>
        <source>Write the description, or cancel.</source>
        <translation>Écrivez la description, ou annulez.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>A copy of %1 could not be written to open it.</source>
        <translation>Impossible d’écrire une copie de %1 pour l’ouvrir.</translation>
    </message>
    <message>
        <source>No program to open %1 was found. Use Save as… to keep it.</source>
        <translation>Aucun programme n’a été trouvé pour ouvrir %1. Utilisez Enregistrer sous… pour le conserver.</translation>
    </message>
    <message>
        <source>Bin (%1)</source>
        <translation>Corbeille (%1)</translation>
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
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Save the record first to attach documents.</source>
        <translation>Enregistrez d’abord la fiche pour joindre des documents.</translation>
    </message>
    <message>
        <source>No documents yet: drop files here, or choose them with Add…</source>
        <translation>Aucun document pour l’instant&#xa0;: déposez des fichiers ici ou choisissez-les avec Ajouter…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Attach files (at most %1 each); you can also drop them here</source>
        <translation>Joindre des fichiers (%1 au plus chacun)&#xa0;; vous pouvez aussi les déposer ici</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Documents removed in the last %1 days</source>
        <translation>Documents supprimés ces %1 derniers jours</translation>
    </message>
    <message>
        <source>Open shows a read-only copy: changes made to it are not saved here. Removed documents stay in the bin for %1 days.</source>
        <translation>Ouvrir affiche une copie en lecture seule&#xa0;: ses modifications ne sont pas enregistrées ici. Les documents supprimés restent %1 jours dans la corbeille.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation>Ajout des documents…</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Certains fichiers n’ont pas été joints</translation>
    </message>
    <message>
        <source>%1 opened as a read-only copy: changes to it are not saved in MSEK.</source>
        <translation>%1 est ouvert en copie en lecture seule&#xa0;: les modifications qui y sont faites ne sont pas enregistrées dans MSEK.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Moved to the bin for %2 days: %1.</source>
        <translation>Mis à la corbeille pour %2 jours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>Restauré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 is %2; a document may be at most %3.</source>
        <translation>%1 fait %2&#xa0;; un document ne peut pas dépasser %3.</translation>
    </message>
    <message>
        <source>The inquiry %1 is deleted: restore it before attaching documents.</source>
        <translation>La demande %1 est supprimée&#xa0;: restaurez-la avant de joindre des documents.</translation>
    </message>
    <message>
        <source>The exchange %1 is deleted: restore it before attaching documents.</source>
        <translation>L’échange %1 est supprimé&#xa0;: restaurez-le avant de joindre des documents.</translation>
    </message>
    <message>
        <source>The organisation %1 is deleted: restore it before attaching documents.</source>
        <translation>L’organisme %1 est supprimé&#xa0;: restaurez-le avant de joindre des documents.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to attach.</source>
        <translation>Le fichier %1 est vide&#xa0;: il n’y a rien à joindre.</translation>
    </message>
    <message>
        <source>%1 is not a file but a pipe, a device or another special file.</source>
        <translation>%1 n’est pas un fichier mais un tube, un périphérique ou un autre fichier spécial.</translation>
    </message>
    <message>
        <source>%1 is damaged in the database: its bytes no longer match the checksum recorded when it was attached. Restore a backup to get it back.</source>
        <translation>%1 est endommagé dans la base de données&#xa0;: son contenu ne correspond plus à la somme de contrôle enregistrée quand il a été joint. Restaurez une sauvegarde pour le récupérer.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Choose a pair to compare them.</source>
        <translation>Choisissez une paire pour les comparer.</translation>
    </message>
    <message>
        <source>Kept: %1 (#%2)</source>
        <translation>Conservé&#xa0;: %1 (n° %2)</translation>
    </message>
    <message>
        <source>Merged into it: %1 (#%2)</source>
        <translation>Fusionné dedans&#xa0;: %1 (n° %2)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation>Les deux, l’un après l’autre</translation>
    </message>
    <message numerus="yes">
        <source>%n other fields are the same in both.</source>
        <translation>
            <numerusform>%n autre champ est identique dans les deux.</numerusform>
            <numerusform>%n autres champs sont identiques dans les deux.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fields of exchange of both are kept.</source>
        <translation>Les domaines d’échange des deux sont conservés.</translation>
    </message>
    <message>
        <source>Duplicate people</source>
        <translation>Personnes en double</translation>
    </message>
    <message>
        <source>Duplicate organisations</source>
        <translation>Organismes en double</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Fusions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>Doublons…</translation>
    </message>
    <message>
        <source>People or organisations recorded twice, to merge</source>
        <translation>Personnes ou organismes enregistrés deux fois, à fusionner</translation>
    </message>
    <message>
        <source>Can be undone until %1</source>
        <translation>Annulable jusqu’au %1</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Fusionné le</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>No merge yet.</source>
        <translation>Aucune fusion pour l’instant.</translation>
    </message>
    <message>
        <source>Undo this merge? %1 is separated from %2 again, with everything that named it.</source>
        <translation>Annuler cette fusion&#xa0;? %1 est de nouveau séparé de %2, avec tout ce qui le nommait.</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Fusion annulée.</translation>
    </message>
    <message>
        <source>A merge can be undone for as many days as daily backups are kept (office settings): both records come back as they were, with everything that named them. A change made since the merge is kept.</source>
        <translation>Une fusion peut être annulée pendant autant de jours que les sauvegardes quotidiennes sont conservées (réglages du bureau)&#xa0;: les deux fiches reviennent telles qu’elles étaient, avec tout ce qui les nommait. Une modification faite depuis la fusion est conservée.</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Annuler la fusion</translation>
    </message>
    <message>
        <source>Probably</source>
        <translation>Probablement</translation>
    </message>
    <message>
        <source>Perhaps</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>The same?</source>
        <translation>Les mêmes&#xa0;?</translation>
    </message>
    <message>
        <source>One</source>
        <translation>L’un</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>L’autre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %2 into %1? Everything that names %2 moves to %1, and %2 goes to the bin. The merge can be undone for %n days.</source>
        <translation>
            <numerusform>Fusionner %2 dans %1&#xa0;? Tout ce qui nomme %2 passe à %1, et %2 va à la corbeille. La fusion peut être annulée pendant %n jour.</numerusform>
            <numerusform>Fusionner %2 dans %1&#xa0;? Tout ce qui nomme %2 passe à %1, et %2 va à la corbeille. La fusion peut être annulée pendant %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 fusionné dans %2.</translation>
    </message>
    <message>
        <source>People who are probably the same: the same email, or the same name and organisation. Choose a pair, then which value of each field to keep.</source>
        <translation>Personnes probablement identiques&#xa0;: même e-mail, ou même nom et même organisme. Choisissez une paire, puis la valeur à garder pour chaque champ.</translation>
    </message>
    <message>
        <source>Organisations that are probably the same: the same name, or a name a typo apart. Choose a pair, then which value of each field to keep.</source>
        <translation>Organismes probablement identiques&#xa0;: même nom, ou un nom à une faute de frappe près. Choisissez une paire, puis la valeur à garder pour chaque champ.</translation>
    </message>
    <message>
        <source>&amp;Keep the other one</source>
        <translation>&amp;Garder l’autre</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>Pas de courriers</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Pas d’e-mails</translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation>Pas d’appels</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ce qu’ils proposent</translation>
    </message>
    <message>
        <source>Seeks</source>
        <translation>Ce qu’ils cherchent</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Visiteurs qu’ils peuvent accueillir</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Description (French)</source>
        <translation>Description en français</translation>
    </message>
    <message>
        <source>Description (Polish)</source>
        <translation>Description en polonais</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description en anglais</translation>
    </message>
    <message>
        <source>Their own request</source>
        <translation>Leur propre demande</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name, the last name in its feminine or masculine form</source>
        <translation>même nom, le nom de famille au féminin ou au masculin</translation>
    </message>
    <message>
        <source>same name, another organisation</source>
        <translation>même nom, autre organisme</translation>
    </message>
    <message>
        <source>same last name, a similar first name</source>
        <translation>même nom de famille, prénom proche</translation>
    </message>
    <message>
        <source>same last name, one first name missing</source>
        <translation>même nom de famille, un prénom manquant</translation>
    </message>
    <message>
        <source>same first name, a similar last name</source>
        <translation>même prénom, nom de famille proche</translation>
    </message>
    <message>
        <source>same first name, the last name in the form of the other gender</source>
        <translation>même prénom, le nom de famille dans la forme de l’autre genre</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>un nom proche</translation>
    </message>
    <message>
        <source>the same name, accents and capitals aside</source>
        <translation>le même nom, aux accents et majuscules près</translation>
    </message>
    <message>
        <source>the same email, a close name</source>
        <translation>le même e-mail, un nom proche</translation>
    </message>
    <message>
        <source>a name a typo apart</source>
        <translation>un nom à une faute de frappe près</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Final: a person it named was erased</source>
        <translation>Définitive&#xa0;: une personne qu’elle nommait a été effacée</translation>
    </message>
    <message>
        <source>Final: older than the daily backups kept</source>
        <translation>Définitive&#xa0;: plus ancienne que les sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Final: one of the records was erased since</source>
        <translation>Définitive&#xa0;: l’une des fiches a été effacée depuis</translation>
    </message>
    <message>
        <source>Merged again since: undo that merge first</source>
        <translation>Refusionné depuis&#xa0;: annulez d’abord cette fusion</translation>
    </message>
    <message>
        <source>The record kept is in the bin: restore it first</source>
        <translation>La fiche conservée est à la corbeille&#xa0;: restaurez-la d’abord</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>merge undone: record %1 apart from %2 again</source>
        <translation>fusion annulée&#xa0;: fiche %1 de nouveau séparée de %2</translation>
    </message>
    <message>
        <source>record %1 merged into %2</source>
        <translation>fiche %1 fusionnée dans %2</translation>
    </message>
    <message>
        <source>Person #%1 was merged into #%2 and cannot be restored on its own: undo the merge instead (Duplicates… on the People list, its Merges tab).</source>
        <translation>La personne n° %1 a été fusionnée dans la fiche n° %2 et ne peut pas être restaurée seule&#xa0;: annulez plutôt la fusion (Doublons… dans la liste des personnes, onglet Fusions).</translation>
    </message>
    <message>
        <source>Organisation #%1 was merged into #%2 and cannot be restored on its own: undo the merge instead (Duplicates… on the Organisations list, its Merges tab).</source>
        <translation>L’organisme n° %1 a été fusionné dans la fiche n° %2 et ne peut pas être restauré seul&#xa0;: annulez plutôt la fusion (Doublons… dans la liste des organismes, onglet Fusions).</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>The email is written from the saved record. Save your changes?</source>
        <translation>L’e-mail est rédigé à partir de la fiche enregistrée. Enregistrer vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Write email…</source>
        <translation>Écrire un e-mail…</translation>
    </message>
    <message>
        <source>Write an email from a template and open it in your mail program</source>
        <translation>Écrire un e-mail à partir d’un modèle et l’ouvrir dans votre messagerie</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Introduction to a partner</source>
        <translation>Présentation à un partenaire</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Cette fiche</translation>
    </message>
    <message>
        <source>%1 has no email address recorded. Add it on their form, or copy the text and paste it into your mail program.</source>
        <translation>%1 n’a pas d’adresse e-mail enregistrée. Ajoutez-la sur sa fiche, ou copiez le texte et collez-le dans votre messagerie.</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>Le brouillon n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>No mail program was found to open the draft.</source>
        <translation>Aucune messagerie n’a été trouvée pour ouvrir le brouillon.</translation>
    </message>
    <message>
        <source>It is saved as %1.</source>
        <translation>Il est enregistré sous %1.</translation>
    </message>
    <message>
        <source>Did you send it? Log it in the history once it is sent.</source>
        <translation>L’avez-vous envoyé&#xa0;? Notez-le dans l’historique une fois envoyé.</translation>
    </message>
    <message>
        <source>Log as sent</source>
        <translation>Noter comme envoyé</translation>
    </message>
    <message>
        <source>Logged as sent in the history.</source>
        <translation>Noté comme envoyé dans l’historique.</translation>
    </message>
    <message>
        <source>The subject and text are copied: paste them into your mail program.</source>
        <translation>L’objet et le texte sont copiés&#xa0;: collez-les dans votre messagerie.</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>Écrire un e-mail</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Attach the introduction letter (PDF)</source>
        <translation>Joindre le courrier de présentation (PDF)</translation>
    </message>
    <message>
        <source>Attach the proposal letter (PDF)</source>
        <translation>Joindre le courrier de proposition (PDF)</translation>
    </message>
</context>
<context>
    <name>Emails</name>
    <message>
        <source>%1 has no email address: add it to their record first.</source>
        <translation>%1 n’a pas d’adresse e-mail&#xa0;: ajoutez-la d’abord à sa fiche.</translation>
    </message>
    <message>
        <source>%1 has no inquiry: an email is written about one.</source>
        <translation>%1 n’a aucune demande&#xa0;: un e-mail porte toujours sur une demande.</translation>
    </message>
    <message>
        <source>An introduction is written to a proposed partner of an inquiry.</source>
        <translation>Une présentation s’adresse à un partenaire proposé pour une demande.</translation>
    </message>
    <message>
        <source>No partner is proposed for this inquiry yet: propose one first, or choose another email.</source>
        <translation>Aucun partenaire n’est encore proposé pour cette demande&#xa0;: proposez-en un d’abord, ou choisissez un autre e-mail.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cette fiche n’existe plus.</translation>
    </message>
    <message>
        <source>This is not a valid phone number (write the country code for abroad).</source>
        <translation>Ce numéro de téléphone n’est pas valide (pour l’étranger, indiquez l’indicatif du pays).</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>L’identifiant %1 est déjà pris.</translation>
    </message>
    <message>
        <source>%1 is neither in Saint-Étienne nor in Katowice: a partner is sought in one of the two cities.</source>
        <translation>%1 n’est ni à Saint-Étienne ni à Katowice&#xa0;: le partenaire est cherché dans l’une des deux villes.</translation>
    </message>
    <message>
        <source>%1 is not on the inquiry&apos;s other side: a partner is sought in %2.</source>
        <translation>%1 n’est pas de l’autre côté de la demande&#xa0;: le partenaire est cherché à %2.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Cette adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Ce n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Doit valoir au moins %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Doit valoir au plus %1.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Write a two-letter country code such as FR or PL.</source>
        <translation>Indiquez un code pays à deux lettres, par exemple FR ou PL.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter language code such as fr, pl or en.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue à deux lettres comme fr, pl ou en.</translation>
    </message>
    <message>
        <source>Choose a contact or an organisation.</source>
        <translation>Choisissez un contact ou un organisme.</translation>
    </message>
    <message>
        <source>Say why the inquiry was lost.</source>
        <translation>Indiquez pourquoi la demande est restée sans suite.</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits, dots, underscores and hyphens.</source>
        <translation>Uniquement des lettres minuscules, des chiffres, des points, des tirets bas et des traits d’union.</translation>
    </message>
    <message>
        <source>%1 is the inquiry&apos;s own organisation.</source>
        <translation>%1 est l’organisme même de la demande.</translation>
    </message>
    <message>
        <source>The inquiry %1 is closed (%2): reopen it before changing it.</source>
        <translation>La demande %1 est close (%2)&#xa0;: rouvrez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>Choose why the organisation declined.</source>
        <translation>Choisissez pourquoi l’organisme a décliné.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>Aucun membre de l’équipe n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>The database server keeps this name for itself; choose another.</source>
        <translation>Le serveur de base de données se réserve ce nom&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 is already a login on this database server; choose another.</source>
        <translation>%1 est déjà un identifiant sur ce serveur de base de données&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The login cannot be changed on the office server: it is how they log in.</source>
        <translation>L’identifiant ne peut pas être modifié sur le serveur du bureau&#xa0;: c’est avec lui que la personne se connecte.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop court&#xa0;: au moins %1 caractères.</translation>
    </message>
    <message>
        <source>You cannot change this for your own login; ask another admin.</source>
        <translation>Vous ne pouvez pas modifier cela pour votre propre identifiant&#xa0;; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>Only an admin of the office database may do this (%1 is a staff login).</source>
        <translation>Seul un administrateur de la base du bureau peut faire cela (%1 est un identifiant du personnel).</translation>
    </message>
    <message>
        <source>The login %1 is not a staff member of this office database; ask an admin to add you.</source>
        <translation>L’identifiant %1 n’est pas celui d’un membre de l’équipe de cette base du bureau&#xa0;; demandez à un administrateur de vous ajouter.</translation>
    </message>
    <message>
        <source>Someone else saved this record since you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche depuis que vous l’avez ouverte. Rechargez-la pour voir ses modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>La base de données est occupée par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved.</source>
        <translation>La base de données est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>Le disque est plein. Libérez de la place et réessayez&#xa0;; rien de ce qui était déjà enregistré n’a été perdu.</translation>
    </message>
    <message>
        <source>This record no longer exists or was deleted.</source>
        <translation>Cette fiche n’existe plus ou a été supprimée.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Le fichier de la base de données est endommagé.</translation>
    </message>
    <message>
        <source>This is not an MSEK database file.</source>
        <translation>Ce fichier n’est pas une base de données MSEK.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>Le fichier de la base de données n’existe pas.</translation>
    </message>
    <message>
        <source>The database is in a place where it can be damaged (a network share or a folder synced by OneDrive, Dropbox or Google Drive).</source>
        <translation>La base de données se trouve dans un emplacement où elle risque d’être endommagée (un partage réseau ou un dossier synchronisé par OneDrive, Dropbox ou Google Drive).</translation>
    </message>
    <message>
        <source>The office server refused the login or its password.</source>
        <translation>Le serveur du bureau a refusé l’identifiant ou son mot de passe.</translation>
    </message>
    <message>
        <source>The office server cannot be reached.</source>
        <translation>Le serveur du bureau est injoignable.</translation>
    </message>
    <message>
        <source>This is not available with an office server yet.</source>
        <translation>Ce n’est pas encore disponible avec un serveur de bureau.</translation>
    </message>
    <message>
        <source>The database cannot be used.</source>
        <translation>La base de données ne peut pas être utilisée.</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>Motif d’annulation</translation>
    </message>
    <message>
        <source>Cancellation note</source>
        <translation>Note d’annulation</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Planned from Saint-Étienne</source>
        <translation>Prévus de Saint-Étienne</translation>
    </message>
    <message>
        <source>Planned from Katowice</source>
        <translation>Prévus de Katowice</translation>
    </message>
    <message>
        <source>Took part from Saint-Étienne</source>
        <translation>Présents de Saint-Étienne</translation>
    </message>
    <message>
        <source>Took part from Katowice</source>
        <translation>Présents de Katowice</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>The inquiry’s stage follows this exchange</source>
        <translation>L’étape de la demande suit cet échange</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>Add an organisation…</source>
        <translation>Ajouter un organisme…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selected organisation off</source>
        <translation>Retirer l’organisme sélectionné</translation>
    </message>
    <message>
        <source>Organisations of the exchange</source>
        <translation>Organismes de l’échange</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
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
            <numerusform>Financement (%n)</numerusform>
            <numerusform>Financement (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>Exchange — %1</source>
        <translation>Échange — %1</translation>
    </message>
    <message>
        <source>Exchange “%1” saved.</source>
        <translation>Échange «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Delete the exchange “%1”? You can restore it later from “Show deleted” on the Exchanges screen.</source>
        <translation>Supprimer l’échange «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez le restaurer plus tard avec «&#xa0;Afficher les fiches supprimées&#xa0;» dans l’écran Échanges.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>The status and the inquiry’s stage follow the dates: running from the first day, completed after the last. Untick to set them by hand.</source>
        <translation>Le statut et l’étape de la demande suivent les dates&#xa0;: en cours dès le premier jour, terminé après le dernier. Décochez pour les fixer vous-même.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévus</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>How it went: what was done, what came of it, what to do again…</source>
        <translation>Comment cela s’est passé&#xa0;: ce qui a été fait, ce qui en est sorti, ce qui serait à refaire…</translation>
    </message>
    <message>
        <source>Inquiry %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>Open the inquiry of this exchange</source>
        <translation>Ouvrir la demande de cet échange</translation>
    </message>
    <message>
        <source>Record another exchange…</source>
        <translation>Enregistrer un autre échange…</translation>
    </message>
    <message>
        <source>Exchange: %1</source>
        <translation>Échange&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the exchange recorded for this inquiry</source>
        <translation>Ouvrir l’échange enregistré pour cette demande</translation>
    </message>
    <message numerus="yes">
        <source>Exchanges (%n)</source>
        <translation>
            <numerusform>Échanges (%n)</numerusform>
            <numerusform>Échanges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchanges recorded for this inquiry</source>
        <translation>Les échanges enregistrés pour cette demande</translation>
    </message>
    <message>
        <source>Record the exchange…</source>
        <translation>Enregistrer l’échange…</translation>
    </message>
    <message>
        <source>Record what was agreed: who goes where, when, what funding</source>
        <translation>Enregistrer ce qui a été convenu&#xa0;: qui va où, quand, avec quel financement</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Concert</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Projet commun</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The funding did not come</source>
        <translation>Le financement n’a pas été obtenu</translation>
    </message>
    <message>
        <source>No dates suit both sides</source>
        <translation>Pas de dates qui conviennent aux deux côtés</translation>
    </message>
    <message>
        <source>A partner withdrew</source>
        <translation>Un partenaire s’est retiré</translation>
    </message>
    <message>
        <source>Health or safety</source>
        <translation>Santé ou sécurité</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <source>Creative Europe</source>
        <translation>Europe créative</translation>
    </message>
    <message>
        <source>City of Saint-Étienne</source>
        <translation>Ville de Saint-Étienne</translation>
    </message>
    <message>
        <source>City of Katowice</source>
        <translation>Ville de Katowice</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>Fonds propres</translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>what happens</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Cannot be before the first day (%1).</source>
        <translation>Ne peut pas précéder le premier jour (%1).</translation>
    </message>
    <message>
        <source>Item %1: its day %2 is not between %3 and %4.</source>
        <translation>Élément %1&#xa0;: son jour %2 n’est pas compris entre le %3 et le %4.</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>Élément %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Funding line %1, %2: %3</source>
        <translation>Ligne de financement %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not an amount; write it as 1200, 1200.50 or 1 200,50.</source>
        <translation>Ce n’est pas un montant&#xa0;; écrivez-le 1200, 1200.50 ou 1 200,50.</translation>
    </message>
    <message>
        <source>At most 2 decimals.</source>
        <translation>Au plus 2 décimales.</translation>
    </message>
    <message>
        <source>No organisation named “%1” is recorded; import or create it first.</source>
        <translation>Aucun organisme nommé «&#xa0;%1&#xa0;» n’est enregistré&#xa0;; importez-le ou créez-le d’abord.</translation>
    </message>
    <message>
        <source>Several organisations are named “%1”.</source>
        <translation>Plusieurs organismes s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is recorded on another side: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est enregistré sur un autre territoire&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No inquiry %1 is recorded (or it is deleted).</source>
        <translation>Aucune demande %1 n’est enregistrée (ou elle est supprimée).</translation>
    </message>
    <message>
        <source>This exchange is already recorded.</source>
        <translation>Cet échange est déjà enregistré.</translation>
    </message>
    <message>
        <source>This exchange is already in the file, on line %1.</source>
        <translation>Cet échange figure déjà dans le fichier, à la ligne %1.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No exchange this month.</source>
        <translation>Aucun échange ce mois-ci.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Show this month</source>
        <translation>Afficher le mois en cours</translation>
    </message>
    <message>
        <source>Exchanges of the month, by day</source>
        <translation>Échanges du mois, jour par jour</translation>
    </message>
    <message>
        <source>Exchanges of the month</source>
        <translation>Échanges du mois</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 prévus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Title, organisation…</source>
        <translation>Titre, organisme…</translation>
    </message>
    <message>
        <source>Search exchanges</source>
        <translation>Rechercher des échanges</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange yet: record one from an agreed inquiry (Record the exchange…), or create one.</source>
        <translation>Aucun échange pour l’instant&#xa0;: enregistrez-en un depuis une demande dont l’accord est conclu (Enregistrer l’échange…), ou créez-en un.</translation>
    </message>
    <message>
        <source>No deleted exchange: nothing to restore.</source>
        <translation>Aucun échange supprimé&#xa0;: rien à restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>All %n exchanges selected</source>
        <translation>
            <numerusform>%n échange sélectionné (tous)</numerusform>
            <numerusform>Tous les %n échanges sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n exchanges?</source>
        <translation>
            <numerusform>Restaurer %n échange&#xa0;?</numerusform>
            <numerusform>Restaurer %n échanges&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges restored.</source>
        <translation>
            <numerusform>%n échange restauré.</numerusform>
            <numerusform>%n échanges restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No exchange matches these filters.</source>
        <translation>Aucun échange ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Filtre par domaine</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Filtre par année</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import exchanges from a CSV file or an Excel workbook</source>
        <translation>Importer des échanges depuis un fichier CSV ou un classeur Excel</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>List or calendar</source>
        <translation>Liste ou calendrier</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a folder.</source>
        <translation>Impossible d’exporter vers %1&#xa0;: c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is not a regular file (a pipe or a device).</source>
        <translation>Impossible d’exporter vers %1&#xa0;: ce n’est pas un fichier ordinaire (un tube ou un périphérique).</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is the database itself (or one of its files); choose another name.</source>
        <translation>Impossible d’exporter vers %1&#xa0;: c’est la base de données elle-même (ou l’un de ses fichiers)&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is in the database&apos;s backups folder; choose another folder.</source>
        <translation>Impossible d’exporter vers %1&#xa0;: il se trouve dans le dossier des sauvegardes de la base&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a database file, which an export never replaces; choose another name.</source>
        <translation>Impossible d’exporter vers %1&#xa0;: c’est un fichier de base de données, qu’une exportation ne remplace jamais&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file is read-only.</source>
        <translation>Impossible d’exporter vers %1&#xa0;: le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .xlsx or .csv.</source>
        <translation>Impossible d’exporter vers %1&#xa0;: le nom du fichier doit se terminer par .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Ce qu’il faut exporter</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV text file for Excel (.csv)</source>
        <translation>Fichier texte CSV pour Excel (.csv)</translation>
    </message>
    <message>
        <source>Every record is exported, not only the ones shown in a list. Deleted records are left out.</source>
        <translation>Toutes les fiches sont exportées, pas seulement celles affichées dans une liste. Les fiches supprimées sont laissées de côté.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were written to %1</source>
        <translation>
            <numerusform>%n ligne a été écrite dans %1</numerusform>
            <numerusform>%n lignes ont été écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler le %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to MSEK Desktop</source>
        <translation>Bienvenue dans MSEK Desktop</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Membres de l’équipe</translation>
    </message>
    <message>
        <source>I am not in the list…</source>
        <translation>Je ne suis pas dans la liste…</translation>
    </message>
    <message>
        <source>Demo data: pick one of these made-up staff members to try the program as them; it is remembered for the demo only.</source>
        <translation>Données de démonstration&#xa0;: choisissez l’un de ces membres du personnel fictifs pour essayer le programme à sa place&#xa0;; ce choix n’est mémorisé que pour la démonstration.</translation>
    </message>
    <message>
        <source>Who are you? Pick your name; it is remembered.</source>
        <translation>Qui êtes-vous&#xa0;? Choisissez votre nom&#xa0;; il sera mémorisé.</translation>
    </message>
    <message>
        <source>Enter yourself as a new staff member of the office.</source>
        <translation>Enregistrez-vous comme nouveau membre de l’équipe.</translation>
    </message>
    <message>
        <source>There is no staff member yet. Enter yourself as the first one: your name and titles are used to sign the letters.</source>
        <translation>Aucun membre de l’équipe n’est encore enregistré. Enregistrez-vous en premier&#xa0;: votre nom et vos fonctions servent à signer les courriers.</translation>
    </message>
    <message>
        <source>MSEK Desktop</source>
        <translation>MSEK Desktop</translation>
    </message>
    <message>
        <source>Your office&apos;s data are still empty. Try the program first?</source>
        <translation>Les données de votre bureau sont encore vides. Essayer d’abord le programme&#xa0;?</translation>
    </message>
    <message>
        <source>Demo data are made-up inquiries, people and organisations. They open in a separate demo database, never in your office&apos;s data, and the window says DEMO DATA while they are open. File › Leave the demo data brings you back; Help › Try with demo data… opens them again later.</source>
        <translation>Les données de démonstration sont des demandes, des personnes et des organismes fictifs. Elles s’ouvrent dans une base de démonstration distincte, jamais dans les données de votre bureau, et la fenêtre affiche DONNÉES DE DÉMONSTRATION tant qu’elles sont ouvertes. Fichier › Sortir des données de démonstration vous ramène à vos données&#xa0;; Aide › Essayer avec des données de démonstration… les rouvre plus tard.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Essayer avec des données de démonstration</translation>
    </message>
    <message>
        <source>Start with my office&apos;s data</source>
        <translation>Commencer avec les données de mon bureau</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Relance effectuée</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Quel a été le résultat&#xa0;?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme effectuée</translation>
    </message>
    <message>
        <source>Plan the next follow-up</source>
        <translation>Planifier la relance suivante</translation>
    </message>
    <message>
        <source>Next follow-up due</source>
        <translation>Échéance de la relance suivante</translation>
    </message>
    <message>
        <source>Next follow-up action</source>
        <translation>Action de la relance suivante</translation>
    </message>
    <message>
        <source>Next follow-up: to do</source>
        <translation>Relance suivante&#xa0;: à faire</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>À faire&#xa0;:</translation>
    </message>
    <message>
        <source>Already planned: %1, %2.</source>
        <translation>Déjà prévue&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Nothing else is planned for this inquiry.</source>
        <translation>Rien d’autre n’est prévu pour cette demande.</translation>
    </message>
    <message>
        <source>Move the inquiry to another stage</source>
        <translation>Faire passer la demande à une autre étape</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>(pick a reason)</source>
        <translation>(choisissez un motif)</translation>
    </message>
    <message>
        <source>Why it was lost</source>
        <translation>Motif de l’abandon</translation>
    </message>
    <message>
        <source>Note on why it was lost</source>
        <translation>Précision sur le motif</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Actuellement&#xa0;:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Passer à&#xa0;:</translation>
    </message>
    <message>
        <source>Why lost:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Précision&#xa0;:</translation>
    </message>
    <message>
        <source>Save or discard the changes to the inquiry first.</source>
        <translation>Enregistrez ou annulez d’abord les modifications de la demande.</translation>
    </message>
    <message>
        <source>Please write what came of it.</source>
        <translation>Veuillez indiquer le résultat.</translation>
    </message>
    <message>
        <source>Please pick why it was lost.</source>
        <translation>Veuillez choisir le motif.</translation>
    </message>
    <message>
        <source>Please say why in the note.</source>
        <translation>Veuillez préciser le motif.</translation>
    </message>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Reporter la relance</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Nouvelle échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Mark as done…</source>
        <translation>Marquer faite…</translation>
    </message>
    <message>
        <source>Mark the follow-up done</source>
        <translation>Marquer la relance comme effectuée</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <source>Add the follow-up to your calendar program</source>
        <translation>Ajouter la relance à votre programme de calendrier</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation>Le fichier de calendrier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>No calendar program was found to open %1.</source>
        <translation>Aucun programme de calendrier n’a été trouvé pour ouvrir %1.</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>Toutes les relances en cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pour aujourd’hui</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>When filter</source>
        <translation>Filtre par échéance</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtre par responsable</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Non attribuée</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-ups</source>
        <translation>
            <numerusform>%n relance en cours</numerusform>
            <numerusform>%n relances en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n follow-ups (narrow the filters)</source>
        <translation>
            <numerusform>Seulement %n relance affichée (affinez les filtres)</numerusform>
            <numerusform>Seulement les %n premières relances (affinez les filtres)</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up planned: plan one from an inquiry&apos;s Follow-ups tab.</source>
        <translation>Aucune relance prévue&#xa0;: planifiez-en une depuis l’onglet Relances d’une demande.</translation>
    </message>
    <message>
        <source>Nothing overdue for %1.</source>
        <translation>Aucune relance en retard pour %1.</translation>
    </message>
    <message>
        <source>Nothing due today for %1.</source>
        <translation>Aucune relance pour aujourd’hui pour %1.</translation>
    </message>
    <message>
        <source>Nothing upcoming for %1.</source>
        <translation>Aucune relance à venir pour %1.</translation>
    </message>
    <message>
        <source>%1 has no open follow-up.</source>
        <translation>%1 n’a aucune relance en cours.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Aucune relance en retard.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Aucune relance pour aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing upcoming.</source>
        <translation>Aucune relance à venir.</translation>
    </message>
    <message>
        <source>Show everyone&apos;s</source>
        <translation>Afficher celles de tous</translation>
    </message>
    <message>
        <source>Show all open follow-ups</source>
        <translation>Afficher toutes les relances en cours</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Calls, notes, emails, meetings</source>
        <translation>Appels, notes, e-mails, réunions</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Changements d’étape</translation>
    </message>
    <message>
        <source>Letters and partners</source>
        <translation>Courriers et partenaires</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Nothing recorded yet: log a call, a note, an email or a meeting above.</source>
        <translation>Rien n’est encore noté&#xa0;: notez ci-dessus un appel, une note, un e-mail ou une réunion.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Rien de ce genre pour l’instant.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows are not correct.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n ligne n’est pas correcte.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n lignes ne sont pas correctes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Every row is written, or none.</source>
        <translation>Toutes les lignes sont enregistrées, ou aucune.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries imported</source>
        <translation>
            <numerusform>%n demande importée</numerusform>
            <numerusform>%n demandes importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. The import added:</source>
        <translation>Terminé. L’importation a ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import did not finish. Nothing was written.</source>
        <translation>L’importation n’est pas allée au bout. Rien n’a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d’importer</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Rien n’est encore enregistré.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Lignes impossibles à importer</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>The check did not finish. Go back and press Next to check again.</source>
        <translation>La vérification n’est pas allée au bout. Revenez en arrière et cliquez sur Suivant pour vérifier à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are correct.</source>
        <translation>
            <numerusform>%n ligne est correcte.</numerusform>
            <numerusform>%n lignes sont correctes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import will add:</source>
        <translation>L’importation ajoutera&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is correct: fix the file, then go back to the first page and choose it again.</source>
        <translation>Rien ne peut être importé tant que toutes les lignes ne sont pas correctes&#xa0;: corrigez le fichier, puis revenez à la première page et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Le fichier n’a aucune ligne à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges imported</source>
        <translation>
            <numerusform>%n échange importé</numerusform>
            <numerusform>%n échanges importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Le fichier contient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Inquiries</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>E&amp;xchanges</source>
        <translation>Éc&amp;hanges</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisissez un fichier…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx)</source>
        <translation>Fichiers CSV et classeurs Excel (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file is empty: its first row should name the columns.</source>
        <translation>Le fichier est vide&#xa0;: sa première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>The file has no rows below the header line.</source>
        <translation>Le fichier n’a aucune ligne sous la ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Choose the column that holds the title.</source>
        <translation>Choisissez la colonne qui contient le titre.</translation>
    </message>
    <message>
        <source>Choose a column that holds the organisations.</source>
        <translation>Choisissez une colonne qui contient les organismes.</translation>
    </message>
    <message>
        <source>Choose the column that holds the subject.</source>
        <translation>Choisissez la colonne qui contient l’objet.</translation>
    </message>
    <message>
        <source>Choose the column that holds the last name or the organisation.</source>
        <translation>Choisissez la colonne qui contient le nom ou l’organisme.</translation>
    </message>
    <message>
        <source>Import exchanges</source>
        <translation>Importer des échanges</translation>
    </message>
    <message>
        <source>Import inquiries</source>
        <translation>Importer des demandes</translation>
    </message>
    <message>
        <source>Exchanges with their programme and funding.</source>
        <translation>Des échanges, avec leur programme et leur financement.</translation>
    </message>
    <message>
        <source>Inquiries with their people and organisations.</source>
        <translation>Des demandes, avec leurs personnes et organismes.</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx) with one exchange per row and the names of the columns in the first row, such as an export of the exchanges. Their organisations must be recorded already. Nothing is saved before the last step, and then either every row is imported or none.</source>
        <translation>Choisissez un fichier CSV ou un classeur Excel (.xlsx) avec un échange par ligne et le nom des colonnes sur la première ligne, comme un export des échanges. Leurs organismes doivent déjà être enregistrés. Rien n’est enregistré avant la dernière étape, et alors toutes les lignes sont importées, ou aucune.</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx) with one inquiry per row and the names of the columns in the first row. Nothing is saved before the last step, and then either every row is imported or none.</source>
        <translation>Choisissez un fichier CSV ou un classeur Excel (.xlsx) avec une demande par ligne et les noms des colonnes sur la première ligne. Rien n’est enregistré avant la dernière étape, et alors toutes les lignes sont importées, ou aucune.</translation>
    </message>
    <message>
        <source>The columns were matched by their names. Change any that is wrong, or choose “Do not import” to leave a column out. Each row needs a title and at least one organisation. The programme has one item per line: its day, place and what happens, separated by “|”.</source>
        <translation>Les colonnes ont été reconnues d’après leur nom. Corrigez celles qui sont fausses, ou choisissez «&#xa0;Ne pas importer&#xa0;» pour laisser une colonne de côté. Chaque ligne doit avoir un titre et au moins un organisme. Le programme a un élément par ligne&#xa0;: son jour, son lieu et son activité, séparés par «&#xa0;|&#xa0;».</translation>
    </message>
    <message>
        <source>The columns were matched by their names. Change any that is wrong, or choose “Do not import” to leave a column out. Each row needs a subject, and a last name or an organisation.</source>
        <translation>Les colonnes ont été reconnues d’après leur nom. Corrigez celles qui sont fausses, ou choisissez «&#xa0;Ne pas importer&#xa0;» pour laisser une colonne de côté. Chaque ligne doit avoir un objet, et un nom ou un organisme.</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Say what each column of the file holds.</source>
        <translation>Indiquez ce que contient chaque colonne du fichier.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Import the column %1 as</source>
        <translation>Importer la colonne %1 comme</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>Chosen for another column too.</source>
        <translation>Choisi aussi pour une autre colonne.</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column.</source>
        <translation>%1 est choisi pour plusieurs colonnes.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Maybe recorded as</source>
        <translation>Peut-être enregistré comme</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>These rows look like records already there, but not enough to be sure. Link a row to the record if it is the same, or leave it: it gets a new record.</source>
        <translation>Ces lignes ressemblent à des fiches déjà enregistrées, mais pas assez pour en être sûr. Liez une ligne à la fiche si c’est la même, ou laissez-la&#xa0;: elle recevra une nouvelle fiche.</translation>
    </message>
    <message>
        <source>Rows to confirm</source>
        <translation>Lignes à confirmer</translation>
    </message>
    <message>
        <source>&amp;Same: link the row to it</source>
        <translation>&amp;Même fiche&#xa0;: lier la ligne</translation>
    </message>
    <message>
        <source>Not the same: new &amp;record</source>
        <translation>Pas la même&#xa0;: nouvelle &amp;fiche</translation>
    </message>
    <message>
        <source>Link to this record</source>
        <translation>Lier à cette fiche</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Already recorded as</source>
        <translation>Déjà enregistré sous le nom</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Critère de rapprochement</translation>
    </message>
    <message>
        <source>Records already there</source>
        <translation>Fiches déjà enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problème (%n)</numerusform>
            <numerusform>Problèmes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already recorded (%n)</source>
        <translation>
            <numerusform>Déjà enregistré (%n)</numerusform>
            <numerusform>Déjà enregistrés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To confirm (%n)</source>
        <translation>
            <numerusform>À confirmer (%n)</numerusform>
            <numerusform>À confirmer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows may name a person or an organisation already recorded: see “To confirm”. Each one you do not link gets a new record (counted above).</source>
        <translation>
            <numerusform>%n ligne désigne peut-être une personne ou un organisme déjà enregistré&#xa0;: voyez «&#xa0;À confirmer&#xa0;». Si vous ne la liez pas, elle reçoit une nouvelle fiche (comptée ci-dessus).</numerusform>
            <numerusform>%n lignes désignent peut-être une personne ou un organisme déjà enregistré&#xa0;: voyez «&#xa0;À confirmer&#xa0;». Chaque ligne que vous ne liez pas reçoit une nouvelle fiche (comptée ci-dessus).</numerusform>
        </translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type d’organisme</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Fields of exchange</source>
        <translation>Domaines d’échange</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Organisation&apos;s description in French</source>
        <translation>Description de l’organisme en français</translation>
    </message>
    <message>
        <source>Organisation&apos;s description in Polish</source>
        <translation>Description de l’organisme en polonais</translation>
    </message>
    <message>
        <source>Organisation&apos;s description in English</source>
        <translation>Description de l’organisme en anglais</translation>
    </message>
    <message>
        <source>What the organisation offers</source>
        <translation>Ce que l’organisme propose</translation>
    </message>
    <message>
        <source>What the organisation seeks</source>
        <translation>Ce que l’organisme recherche</translation>
    </message>
    <message>
        <source>Organisation&apos;s tags</source>
        <translation>Mots-clés de l’organisme</translation>
    </message>
    <message>
        <source>Organisation&apos;s audiences</source>
        <translation>Publics de l’organisme</translation>
    </message>
    <message>
        <source>Organisation&apos;s working languages</source>
        <translation>Langues de travail de l’organisme</translation>
    </message>
    <message>
        <source>Visitors the organisation can host</source>
        <translation>Visiteurs que l’organisme peut accueillir</translation>
    </message>
    <message>
        <source>Organisation active</source>
        <translation>Organisme actif</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>No letters</source>
        <translation>Pas de courriers</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Pas de courriels</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Pas d’appels</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Consents given on</source>
        <translation>Consentements donnés le</translation>
    </message>
    <message>
        <source>Consents given by</source>
        <translation>Consentements donnés par</translation>
    </message>
    <message>
        <source>Kind of exchange</source>
        <translation>Type d’échange</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Organisations in Saint-Étienne</source>
        <translation>Organismes de Saint-Étienne</translation>
    </message>
    <message>
        <source>Organisations in Katowice</source>
        <translation>Organismes de Katowice</translation>
    </message>
    <message>
        <source>Organisations elsewhere</source>
        <translation>Organismes d’ailleurs</translation>
    </message>
    <message>
        <source>Organisations (any side)</source>
        <translation>Organismes (tout territoire)</translation>
    </message>
    <message>
        <source>Inquiry (its reference)</source>
        <translation>Demande (sa référence)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (texte Unicode d’Excel)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Europe centrale)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>Header line</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name, the last name in its feminine or masculine form</source>
        <translation>même nom, le nom de famille au féminin ou au masculin</translation>
    </message>
    <message>
        <source>confirmed by you</source>
        <translation>confirmé par vous</translation>
    </message>
    <message>
        <source>same name, another organisation</source>
        <translation>même nom, autre organisme</translation>
    </message>
    <message>
        <source>same last name, a similar first name</source>
        <translation>même nom de famille, prénom proche</translation>
    </message>
    <message>
        <source>same last name, one first name missing</source>
        <translation>même nom de famille, un prénom manque</translation>
    </message>
    <message>
        <source>same first name, a similar last name</source>
        <translation>même prénom, nom de famille proche</translation>
    </message>
    <message>
        <source>same first name, the last name in the form of the other gender</source>
        <translation>même prénom, le nom de famille dans la forme de l’autre genre</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>nom proche</translation>
    </message>
    <message>
        <source>several records of this name</source>
        <translation>plusieurs fiches de ce nom</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Excel workbook (first sheet).</source>
        <translation>Classeur Excel (première feuille).</translation>
    </message>
    <message>
        <source>Text file (CSV), encoding %1, columns separated by %2.</source>
        <translation>Fichier texte (CSV), encodage %1, colonnes séparées par des %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows below the header line.</source>
        <translation>
            <numerusform>%n ligne sous la ligne d’en-tête.</numerusform>
            <numerusform>%n lignes sous la ligne d’en-tête.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns.</source>
        <translation>
            <numerusform>%n colonne.</numerusform>
            <numerusform>%n colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n nouvelle personne</numerusform>
            <numerusform>%n nouvelles personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations</source>
        <translation>
            <numerusform>%n nouvel organisme</numerusform>
            <numerusform>%n nouveaux organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to records already there, which stay unchanged:</source>
        <translation>Rattachées à des fiches déjà enregistrées, qui ne sont pas modifiées&#xa0;:</translation>
    </message>
    <message>
        <source>Consents are a person&apos;s, and this row names no person.</source>
        <translation>Les consentements sont ceux d’une personne, et cette ligne n’en nomme aucune.</translation>
    </message>
    <message>
        <source>Says when or how consents were given, but names no consent.</source>
        <translation>Indique quand ou comment des consentements ont été donnés, mais n’en nomme aucun.</translation>
    </message>
    <message>
        <source>Required with consents: write form, email, letter or phone.</source>
        <translation>Obligatoire avec des consentements&#xa0;: écrivez formulaire, courriel, courrier ou téléphone.</translation>
    </message>
    <message>
        <source>Gives %1 values for %2 consents: give one, or one per consent.</source>
        <translation>Donne %1 valeurs pour %2 consentements&#xa0;: donnez-en une seule, ou une par consentement.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY.</source>
        <translation>Ce n’est pas une date&#xa0;; écrivez-la AAAA-MM-JJ, JJ.MM.AAAA ou JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>ligne %1, octet %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et encore %1</translation>
    </message>
    <message>
        <source>The file is UTF-8 text, but some bytes in it are not UTF-8 (%1). Correct the text there and save the file as UTF-8.</source>
        <translation>Le fichier est un texte UTF-8, mais certains de ses octets ne sont pas de l’UTF-8 (%1). Corrigez le texte à ces endroits et enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not a file but a pipe, a device or another special file; choose a CSV file or an Excel workbook.</source>
        <translation>%1 n’est pas un fichier, mais un tube, un périphérique ou un autre fichier spécial&#xa0;; choisissez un fichier CSV ou un classeur Excel.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook that can be read.</source>
        <translation>%1 n’est pas un classeur Excel lisible.</translation>
    </message>
    <message>
        <source>The file cannot be read at line %1: a cell holds more than %2 characters.</source>
        <translation>Le fichier ne peut pas être lu à la ligne %1&#xa0;: une cellule contient plus de %2 caractères.</translation>
    </message>
    <message>
        <source>The file cannot be read at row %1: a cell holds more than %2 characters.</source>
        <translation>Le fichier ne peut pas être lu à la ligne %1 du tableur&#xa0;: une cellule contient plus de %2 caractères.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1 est trop volumineux pour être importé (%2&#xa0;Mo&#xa0;; au plus %3&#xa0;Mo).</translation>
    </message>
    <message>
        <source>The file name %1 is too long (%2 characters).</source>
        <translation>Le nom de fichier %1 est trop long (%2 caractères).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to read in the memory this computer has left.</source>
        <translation>%1 est trop volumineux pour être lu avec la mémoire qui reste libre sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel, save it without a password, and import that.</source>
        <translation>%1 est protégé par un mot de passe. Ouvrez-le dans Excel, enregistrez-le sans mot de passe, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is an old Excel file (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) or as CSV, and import that.</source>
        <translation>%1 est un ancien fichier Excel (.xls). Ouvrez-le dans Excel, enregistrez-le comme classeur Excel (.xlsx) ou en CSV, et importez ce fichier-là.</translation>
    </message>
    <message>
        <source>%1 is a damaged Excel workbook.</source>
        <translation>%1 est un classeur Excel endommagé.</translation>
    </message>
    <message>
        <source>%1 cannot be read safely: unpacked, it would be far larger than a workbook should be, or it is built to look smaller than it is. Save the sheet to import as CSV and import that.</source>
        <translation>%1 ne peut pas être lu sans risque&#xa0;: une fois décompressé, il serait bien plus grand qu’un classeur ne doit l’être, ou il est construit pour paraître plus petit qu’il n’est. Enregistrez la feuille à importer en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file cannot be read at line %1: %2.</source>
        <translation>Le fichier ne peut pas être lu à la ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not a valid date: that month has only %1 days.</source>
        <translation>Date impossible&#xa0;: ce mois n’a que %1 jours.</translation>
    </message>
    <message>
        <source>%1 is not known here; write one of: %2.</source>
        <translation>%1 n’est pas reconnu ici&#xa0;; écrivez l’une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This is about the row&apos;s organisation, and the row names none.</source>
        <translation>Cette valeur concerne l’organisme de la ligne, et la ligne n’en nomme aucun.</translation>
    </message>
    <message>
        <source>Required when there is no organisation.</source>
        <translation>Obligatoire quand il n’y a pas d’organisme.</translation>
    </message>
    <message>
        <source>%1 is not a country; write its two-letter code (FR, PL…).</source>
        <translation>%1 n’est pas un pays&#xa0;; écrivez son code à deux lettres (FR, PL…).</translation>
    </message>
    <message>
        <source>Unknown field of exchange: %1.</source>
        <translation>Domaine d’échange inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>No column is imported as this.</source>
        <translation>Aucune colonne n’est importée sous ce nom.</translation>
    </message>
    <message>
        <source>No column is imported as last name or organisation.</source>
        <translation>Aucune colonne n’est importée comme nom ou organisme.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
</context>
<context>
    <name>Inquiries</name>
    <message>
        <source>Type a second letter to search</source>
        <translation>Tapez un deuxième caractère pour chercher</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>aucune prévue</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Name, organisation, subject…</source>
        <translation>Nom, organisme, objet…</translation>
    </message>
    <message>
        <source>Search inquiries</source>
        <translation>Rechercher dans les demandes</translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Courriers…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Letters for the selected inquiries</source>
        <translation>Courriers pour les demandes sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>All %n inquiries selected</source>
        <translation>
            <numerusform>%n demande sélectionnée (toutes)</numerusform>
            <numerusform>Toutes les %n demandes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 selected</source>
        <translation>
            <numerusform>%n sur %1 sélectionnée</numerusform>
            <numerusform>%n sur %1 sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n inquiries?</source>
        <translation>
            <numerusform>Restaurer %n demande&#xa0;?</numerusform>
            <numerusform>Restaurer %n demandes&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries restored.</source>
        <translation>
            <numerusform>%n demande restaurée.</numerusform>
            <numerusform>%n demandes restaurées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open inquiry matches — %n closed ones do.</source>
        <translation>
            <numerusform>Aucune demande en cours ne correspond, mais %n demande clôturée correspond.</numerusform>
            <numerusform>Aucune demande en cours ne correspond, mais %n demandes clôturées correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the closed ones</source>
        <translation>Afficher les clôturées</translation>
    </message>
    <message numerus="yes">
        <source>No closed inquiry matches — %n open ones do.</source>
        <translation>
            <numerusform>Aucune demande clôturée ne correspond, mais %n demande en cours correspond.</numerusform>
            <numerusform>Aucune demande clôturée ne correspond, mais %n demandes en cours correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the open ones</source>
        <translation>Afficher celles en cours</translation>
    </message>
    <message>
        <source>No deleted inquiry matches “%1”.</source>
        <translation>Aucune demande supprimée ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>No deleted inquiry: nothing to restore.</source>
        <translation>Aucune demande supprimée&#xa0;: rien à restaurer.</translation>
    </message>
    <message>
        <source>New inquiry (Ctrl+N)</source>
        <translation>Nouvelle demande (Ctrl+N)</translation>
    </message>
    <message>
        <source>No inquiry yet: create one.</source>
        <translation>Aucune demande pour l’instant&#xa0;: créez-en une.</translation>
    </message>
    <message>
        <source>Import a file… (Ctrl+I)</source>
        <translation>Importer un fichier… (Ctrl+I)</translation>
    </message>
    <message>
        <source>No inquiry yet: create one or import a file.</source>
        <translation>Aucune demande pour l’instant&#xa0;: créez-en une ou importez un fichier.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No inquiry matches these filters.</source>
        <translation>Aucune demande ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>En cours et clôturées</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Les deux territoires</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtre par étape</translation>
    </message>
    <message>
        <source>Lost reason filter</source>
        <translation>Filtre par motif (sans suite)</translation>
    </message>
    <message>
        <source>Side filter</source>
        <translation>Filtre par territoire</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>En cours ou clôturées</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtre par responsable</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Filtre par domaine</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>Year received filter</source>
        <translation>Filtre par année de réception</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Non attribuée</translation>
    </message>
</context>
<context>
    <name>InquiryForm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Tick the fields of exchange in the list</source>
        <translation>Cochez les domaines d’échange dans la liste</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>From the contact</source>
        <translation>Selon le contact</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Why lost</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
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
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Whoever handles the inquiry</source>
        <translation>La personne qui s’occupe de la demande</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nouvelle relance</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Ajouter une relance…</translation>
    </message>
    <message>
        <source>Mark as done…</source>
        <translation>Marquer comme effectuée…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done, with its outcome</source>
        <translation>Marquer la relance sélectionnée comme effectuée, avec son résultat</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Save the inquiry first to plan follow-ups.</source>
        <translation>Enregistrez d’abord la demande pour planifier des relances.</translation>
    </message>
    <message>
        <source>Select an open follow-up.</source>
        <translation>Sélectionnez une relance en cours.</translation>
    </message>
    <message>
        <source>Pick one from the list, or create a new one.</source>
        <translation>Choisissez dans la liste ou créez une nouvelle fiche.</translation>
    </message>
    <message>
        <source>Inquiry deleted. Restore it from the “Deleted” filter of Inquiries.</source>
        <translation>Demande supprimée. Vous pouvez la restaurer avec le filtre «&#xa0;Supprimées&#xa0;» de l’écran Demandes.</translation>
    </message>
    <message>
        <source>A new inquiry starts at stage New.</source>
        <translation>Une nouvelle demande commence à l’étape «&#xa0;Nouvelle&#xa0;».</translation>
    </message>
    <message>
        <source>This inquiry is closed (%1, %2).</source>
        <translation>Cette demande est close (%1, %2).</translation>
    </message>
    <message>
        <source>This inquiry is closed (%1).</source>
        <translation>Cette demande est close (%1).</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Move it back to an open stage, to change it again</source>
        <translation>La remettre à une étape en cours, pour pouvoir la modifier</translation>
    </message>
    <message>
        <source>Reopened: %1.</source>
        <translation>Rouverte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Inquiry %1 — %2</source>
        <translation>Demande %1 — %2</translation>
    </message>
    <message>
        <source>Delete this inquiry? You can restore it later from the “Deleted” filter of Inquiries.</source>
        <translation>Supprimer cette demande&#xa0;? Vous pourrez la restaurer plus tard avec le filtre «&#xa0;Supprimées&#xa0;» de l’écran Demandes.</translation>
    </message>
    <message>
        <source>Inquiry %1 saved.</source>
        <translation>Demande %1 enregistrée.</translation>
    </message>
    <message>
        <source>Saved as %1 at %2.</source>
        <translation>Enregistrée sous le numéro %1 à %2.</translation>
    </message>
    <message>
        <source>Partnership letter…</source>
        <translation>Proposition de partenariat…</translation>
    </message>
    <message>
        <source>Make the partnership proposal letter of this inquiry</source>
        <translation>Établir le courrier de proposition de partenariat de cette demande</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Relances (%n)</numerusform>
            <numerusform>Relances (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners (%n)</source>
        <translation>
            <numerusform>Partenaires (%n)</numerusform>
            <numerusform>Partenaires (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The letter is made from the saved inquiry. Save your changes?</source>
        <translation>Le courrier est établi à partir de la demande enregistrée. Enregistrer vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>stage changed</source>
        <translation>étape changée</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>attribuée</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>follow-up planned</source>
        <translation>relance prévue</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>relance effectuée</translation>
    </message>
    <message>
        <source>follow-up rescheduled</source>
        <translation>relance reportée</translation>
    </message>
    <message>
        <source>letter generated</source>
        <translation>courrier généré</translation>
    </message>
    <message>
        <source>letter sent</source>
        <translation>courrier envoyé</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>email sent</source>
        <translation>e-mail envoyé</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurée</translation>
    </message>
    <message>
        <source>anonymised: the person&apos;s data taken out</source>
        <translation>anonymisée&#xa0;: les données de la personne retirées</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Desired counterpart</source>
        <translation>Partenaire recherché</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Fields of exchange</source>
        <translation>Domaines d’échange</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>exchange recorded: “%1” (%2)</source>
        <translation>échange enregistré&#xa0;: «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>exchange “%1”: %2 → %3</source>
        <translation>échange «&#xa0;%1&#xa0;»&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>exchange “%1” moved to the bin</source>
        <translation>échange «&#xa0;%1&#xa0;» mis à la corbeille</translation>
    </message>
    <message>
        <source>exchange “%1” restored from the bin</source>
        <translation>échange «&#xa0;%1&#xa0;» restauré</translation>
    </message>
    <message>
        <source>document attached</source>
        <translation>document joint</translation>
    </message>
    <message>
        <source>document removed</source>
        <translation>document mis à la corbeille</translation>
    </message>
    <message>
        <source>document restored</source>
        <translation>document restauré</translation>
    </message>
    <message>
        <source>Proposed partner %1</source>
        <translation>Partenaire proposé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proposed partner %1: %2</source>
        <translation>Partenaire proposé&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Partner %1: %2 → %3</source>
        <translation>Partenaire %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Proposed as a partner for inquiry %1</source>
        <translation>Proposé comme partenaire pour la demande %1</translation>
    </message>
    <message>
        <source>Proposed as a partner for inquiry %1: %2</source>
        <translation>Proposé comme partenaire pour la demande %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Partner for inquiry %1: %2 → %3</source>
        <translation>Partenaire pour la demande %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>Choose why the inquiry was lost.</source>
        <translation>Choisissez pourquoi la demande est restée sans suite.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation>En qualification</translation>
    </message>
    <message>
        <source>Finding a counterpart</source>
        <translation>Recherche de partenaire</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Proposition envoyée</translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation>En discussion</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accord conclu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours de réalisation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Sans suite</translation>
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
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>No counterpart found</source>
        <translation>Aucun partenaire trouvé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Demande retirée</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors de notre champ d’action</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Demande d’information</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Project proposal</source>
        <translation>Proposition de projet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Formulaire du site web</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Music school / conservatory</source>
        <translation>École de musique / conservatoire</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Cultural institution</source>
        <translation>Institution culturelle</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Municipality / public body</source>
        <translation>Collectivité / organisme public</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Madame</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Adolescents</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No room or time</source>
        <translation>Pas de place ni de temps</translation>
    </message>
    <message>
        <source>Not what they do</source>
        <translation>Hors de leur activité</translation>
    </message>
    <message>
        <source>Not now, maybe later</source>
        <translation>Pas maintenant, peut-être plus tard</translation>
    </message>
    <message>
        <source>No funding</source>
        <translation>Pas de financement</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open in the default viewer</source>
        <translation>Ouvrir dans la visionneuse par défaut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Pages du courrier</translation>
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
        <translation>Page&#xa0;%1 sur&#xa0;%2</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The letter could not be sent to the printer.</source>
        <translation>Le courrier n’a pas pu être envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Enregistrer le courrier</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved as %1.</source>
        <translation>Le courrier n’a pas pu être enregistré sous&#xa0;%1.</translation>
    </message>
    <message>
        <source>The letter could not be written to a temporary file.</source>
        <translation>Le courrier n’a pas pu être écrit dans un fichier temporaire.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Use Save as… to keep the letter, or Print… to print it.</source>
        <translation>Aucun programme pour afficher les fichiers PDF n’a été trouvé. Utilisez Enregistrer sous… pour garder le courrier, ou Imprimer… pour l’imprimer.</translation>
    </message>
</context>
<context>
    <name>LetterWarnings</name>
    <message>
        <source>The first name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>La fonction</translation>
    </message>
    <message>
        <source>The organisation name</source>
        <translation>Le nom de l’organisme</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L’adresse</translation>
    </message>
    <message>
        <source>The postal code</source>
        <translation>Le code postal</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>The office name</source>
        <translation>Le nom du bureau</translation>
    </message>
    <message>
        <source>The office address</source>
        <translation>L’adresse du bureau</translation>
    </message>
    <message>
        <source>The office phone</source>
        <translation>Le téléphone du bureau</translation>
    </message>
    <message>
        <source>The office email</source>
        <translation>L’adresse e-mail du bureau</translation>
    </message>
    <message>
        <source>The office website</source>
        <translation>Le site web du bureau</translation>
    </message>
    <message>
        <source>The city printed before the date</source>
        <translation>La ville imprimée avant la date</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>Le nom du signataire</translation>
    </message>
    <message>
        <source>The signer&apos;s title</source>
        <translation>La fonction du signataire</translation>
    </message>
    <message>
        <source>The signer&apos;s email</source>
        <translation>L’adresse e-mail du signataire</translation>
    </message>
    <message>
        <source>The signer&apos;s phone</source>
        <translation>Le téléphone du signataire</translation>
    </message>
    <message>
        <source>The inquiry&apos;s subject</source>
        <translation>L’objet de la demande</translation>
    </message>
    <message>
        <source>The desired counterpart</source>
        <translation>Le partenaire recherché</translation>
    </message>
    <message>
        <source>The inquiry&apos;s fields</source>
        <translation>Les domaines de la demande</translation>
    </message>
    <message>
        <source>The name of a partner organisation</source>
        <translation>Le nom d’un organisme partenaire</translation>
    </message>
    <message>
        <source>The city of the partner %1</source>
        <translation>La ville du partenaire %1</translation>
    </message>
    <message>
        <source>The website of the partner %1</source>
        <translation>Le site web du partenaire %1</translation>
    </message>
    <message>
        <source>The description of the partner %1</source>
        <translation>La description du partenaire %1</translation>
    </message>
    <message>
        <source>The fields of the partner %1</source>
        <translation>Les domaines du partenaire %1</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>L’objet</translation>
    </message>
    <message>
        <source>The text of the letter</source>
        <translation>Le texte du courrier</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>Le courrier</translation>
    </message>
    <message>
        <source>The letterhead logo %1 cannot be used: %2. The letter is made without it.</source>
        <translation>Le logo de l’en-tête %1 ne peut pas être utilisé&#xa0;: %2. Le courrier est établi sans logo.</translation>
    </message>
    <message>
        <source>%1 contains characters the letter font cannot print: %2 (%3) and %4 more; they will show as boxes.</source>
        <translation>%1 contient des caractères que la police du courrier ne peut pas imprimer&#xa0;: %2 (%3) et %4 de plus&#xa0;; ils apparaîtront sous forme de carrés vides.</translation>
    </message>
    <message>
        <source>%1 contains characters the letter font cannot print: %2 (%3); they will show as boxes.</source>
        <translation>%1 contient des caractères que la police du courrier ne peut pas imprimer&#xa0;: %2 (%3)&#xa0;; ils apparaîtront sous forme de carrés vides.</translation>
    </message>
    <message>
        <source>%1 has no description in French</source>
        <translation>%1 n’a pas de description en français</translation>
    </message>
    <message>
        <source>%1 has no description in Polish</source>
        <translation>%1 n’a pas de description en polonais</translation>
    </message>
    <message>
        <source>%1 has no description in English</source>
        <translation>%1 n’a pas de description en anglais</translation>
    </message>
    <message>
        <source>Description in French</source>
        <translation>Description en français</translation>
    </message>
    <message>
        <source>Description in Polish</source>
        <translation>Description en polonais</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Description en anglais</translation>
    </message>
    <message>
        <source>Write it now, or the letter goes without it: a description in another language is never printed.</source>
        <translation>Écrivez-la maintenant, ou le courrier partira sans elle&#xa0;: une description dans une autre langue n’est jamais imprimée.</translation>
    </message>
    <message>
        <source>This file cannot be used as the logo: %1.</source>
        <translation>Ce fichier ne peut pas servir de logo&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>le fichier est introuvable</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, device or pipe)</source>
        <translation>ce n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1&#xa0;Mo</translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image</source>
        <translation>le fichier n’est pas une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>the image is larger than %1 megapixels</source>
        <translation>l’image dépasse %1&#xa0;mégapixels</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete</source>
        <translation>l’image est endommagée ou incomplète</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>%1 changed this inquiry at %2.</source>
        <translation>%1 a modifié cette demande à %2.</translation>
    </message>
    <message>
        <source>%1 changed this person at %2.</source>
        <translation>%1 a modifié cette personne à %2.</translation>
    </message>
    <message>
        <source>%1 changed this organisation at %2.</source>
        <translation>%1 a modifié cet organisme à %2.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>The office server cannot be reached; try again.</source>
        <translation>Le serveur du bureau est injoignable&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Not saved yet: the office server cannot be reached. What you typed stays here and is saved when the server is back.</source>
        <translation>Pas encore enregistré&#xa0;: le serveur du bureau est injoignable. Ce que vous avez saisi reste ici et sera enregistré dès que le serveur sera de retour.</translation>
    </message>
    <message>
        <source>The office server %1 cannot be reached; retrying…</source>
        <translation>Le serveur du bureau %1 est injoignable&#xa0;; nouvelle tentative…</translation>
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
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New inquiry</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About MSEK Desktop</source>
        <translation>À &amp;propos de MSEK Desktop</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>About MSEK Desktop</source>
        <translation>À propos de MSEK Desktop</translation>
    </message>
    <message>
        <source>MSEK Desktop %1
The office program of the Maison de Saint-Étienne à Katowice.</source>
        <translation>MSEK Desktop %1
Le logiciel de bureau de la Maison de Saint-Étienne à Katowice.</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <source>Nothing planned for the next 14 days.</source>
        <translation>Rien de prévu dans les 14 prochains jours.</translation>
    </message>
    <message>
        <source>Every open inquiry of yours has a follow-up planned.</source>
        <translation>Chacune de vos demandes en cours a une relance prévue.</translation>
    </message>
    <message>
        <source>No new inquiry is waiting: every new one has someone handling it.</source>
        <translation>Aucune nouvelle demande n’attend&#xa0;: chacune a un responsable.</translation>
    </message>
    <message>
        <source>My overdue follow-ups</source>
        <translation>Mes relances en retard</translation>
    </message>
    <message>
        <source>My follow-ups due today</source>
        <translation>Mes relances du jour</translation>
    </message>
    <message>
        <source>My upcoming follow-ups</source>
        <translation>Mes relances à venir</translation>
    </message>
    <message>
        <source>My open inquiries</source>
        <translation>Mes demandes en cours</translation>
    </message>
    <message>
        <source>Open inquiries of yours with no follow-up: nobody will be reminded.</source>
        <translation>Vos demandes en cours sans relance prévue&#xa0;: rien ne vous les rappellera.</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Planifier une relance…</translation>
    </message>
    <message>
        <source>Open, nothing planned</source>
        <translation>En cours, rien de prévu</translation>
    </message>
    <message>
        <source>New inquiries nobody handles yet, the oldest first.</source>
        <translation>Nouvelles demandes dont personne ne s’occupe encore, les plus anciennes d’abord.</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Me l’attribuer</translation>
    </message>
    <message>
        <source>Handle the selected inquiry yourself (it is assigned to you)</source>
        <translation>Vous occuper vous-même de la demande choisie (elle vous est attribuée)</translation>
    </message>
    <message>
        <source>New, not yet assigned</source>
        <translation>Nouvelles, sans responsable</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-ups</source>
        <translation>
            <numerusform>%n relance en retard</numerusform>
            <numerusform>%n relances en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due today</source>
        <translation>
            <numerusform>%n relance pour aujourd’hui</numerusform>
            <numerusform>%n relances pour aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups in the next 14 days</source>
        <translation>
            <numerusform>%n relance dans les 14 prochains jours</numerusform>
            <numerusform>%n relances dans les 14 prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, nothing planned (%1)</source>
        <translation>En cours, rien de prévu (%1)</translation>
    </message>
    <message>
        <source>New, not yet assigned (%1)</source>
        <translation>Nouvelles, sans responsable (%1)</translation>
    </message>
    <message numerus="yes">
        <source>My open inquiries: %n</source>
        <translation>
            <numerusform>Mes demandes en cours&#xa0;: %n</numerusform>
            <numerusform>Mes demandes en cours&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>See the new ones</source>
        <translation>Voir les nouvelles</translation>
    </message>
    <message>
        <source>You handle no open inquiry yet: take a new one, or create one.</source>
        <translation>Vous ne vous occupez encore d’aucune demande en cours&#xa0;: prenez-en une nouvelle ou créez-en une.</translation>
    </message>
</context>
<context>
    <name>OfficeData</name>
    <message>
        <source>The office server %1 (port %2), database %3, login %4</source>
        <translation>Le serveur du bureau %1 (port %2), base de données %3, identifiant %4</translation>
    </message>
    <message>
        <source>A copy of the office server&apos;s data from %1, read-only: %2</source>
        <translation>Une copie des données du serveur du bureau du %1, en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <source>This computer keeps the data in %1</source>
        <translation>Cet ordinateur conserve les données dans %1</translation>
    </message>
    <message>
        <source>This computer has no credential store: the password is asked at each start.</source>
        <translation>Cet ordinateur n’a pas de gestionnaire d’identifiants&#xa0;: le mot de passe est demandé à chaque démarrage.</translation>
    </message>
    <message>
        <source>Not kept on this computer: asked when the server wants it.</source>
        <translation>Non conservé sur cet ordinateur&#xa0;: demandé quand le serveur l’exige.</translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation>Conservé dans %1.</translation>
    </message>
    <message>
        <source>Where the data is:</source>
        <translation>Emplacement des données&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>At the next start:</source>
        <translation>Au prochain démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>Change where the data is…</source>
        <translation>Changer l’emplacement des données…</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Oublier le mot de passe</translation>
    </message>
    <message>
        <source>The demo data (made-up records), in %1</source>
        <translation>Les données de démonstration (fiches fictives), dans %1</translation>
    </message>
    <message>
        <source>The change takes effect when MSEK Desktop is started again; until then this window keeps working on the data it opened.</source>
        <translation>Le changement prend effet au prochain démarrage de MSEK Desktop&#xa0;; d’ici là, cette fenêtre continue de travailler sur les données qu’elle a ouvertes.</translation>
    </message>
    <message>
        <source>The MSEK_DB setting of this computer names the data; it wins over the choice made here.</source>
        <translation>Le réglage MSEK_DB de cet ordinateur désigne les données&#xa0;; il l’emporte sur le choix fait ici.</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>Données du bureau</translation>
    </message>
    <message>
        <source>From the next start of MSEK Desktop: %1.</source>
        <translation>À partir du prochain démarrage de MSEK Desktop&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <source>Organisation — %1</source>
        <translation>Organisme — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country (FR, PL…)</source>
        <translation>Pays (FR, PL…)</translation>
    </message>
    <message>
        <source>Fields of exchange</source>
        <translation>Domaines d’échange</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Ce qu’ils proposent</translation>
    </message>
    <message>
        <source>What they seek</source>
        <translation>Ce qu’ils cherchent</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Mots-clés (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Languages they work in</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Visitors they can host</source>
        <translation>Visiteurs qu’ils peuvent accueillir</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Toujours actif</translation>
    </message>
    <message>
        <source>Description in French (optional)</source>
        <translation>Description en français (facultative)</translation>
    </message>
    <message>
        <source>Description in Polish (optional)</source>
        <translation>Description en polonais (facultative)</translation>
    </message>
    <message>
        <source>Description in English (optional)</source>
        <translation>Description en anglais (facultative)</translation>
    </message>
    <message>
        <source>choir, piano, exchanges</source>
        <translation>chorale, piano, échanges</translation>
    </message>
    <message>
        <source>Two-letter language codes, separated by commas.</source>
        <translation>Codes de langue à deux lettres, séparés par des virgules.</translation>
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
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <source>Proposed as a partner</source>
        <translation>Proposé comme partenaire</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Partnership proposal</source>
        <translation>Proposition de partenariat</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Letter to the partner</source>
        <translation>Courrier au partenaire</translation>
    </message>
    <message>
        <source>%1, letter %2</source>
        <translation>%1, courrier %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Never proposed as a partner yet.</source>
        <translation>Jamais encore proposé comme partenaire.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n times</source>
        <translation>
            <numerusform>Proposé %n fois</numerusform>
            <numerusform>Proposé %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepted %n times</source>
        <translation>
            <numerusform>accepté %n fois</numerusform>
            <numerusform>accepté %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>declined %n times</source>
        <translation>
            <numerusform>refusé %n fois</numerusform>
            <numerusform>refusé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Search by name, city, country, email, website…</source>
        <translation>Rechercher&#xa0;: nom, ville, pays, e-mail, site web…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Rechercher des organismes</translation>
    </message>
    <message numerus="yes">
        <source>%n or more organisations</source>
        <translation>
            <numerusform>Au moins %n organisme</numerusform>
            <numerusform>Au moins %n organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation yet: create one.</source>
        <translation>Aucun organisme pour l’instant&#xa0;: créez-en un.</translation>
    </message>
    <message>
        <source>No deleted organisation: nothing to restore.</source>
        <translation>Aucun organisme supprimé&#xa0;: rien à restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>All %n organisations selected</source>
        <translation>
            <numerusform>%n organisme sélectionné (tous)</numerusform>
            <numerusform>Tous les %n organismes sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n organisations?</source>
        <translation>
            <numerusform>Restaurer %n organisme&#xa0;?</numerusform>
            <numerusform>Restaurer %n organismes&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations restored.</source>
        <translation>
            <numerusform>%n organisme restauré.</numerusform>
            <numerusform>%n organismes restaurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerTexts</name>
    <message>
        <source>works in French</source>
        <translation>travaille en français</translation>
    </message>
    <message>
        <source>works in Polish</source>
        <translation>travaille en polonais</translation>
    </message>
    <message>
        <source>works in English</source>
        <translation>travaille en anglais</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>last completed</source>
        <translation>le dernier mené à bien</translation>
    </message>
    <message>
        <source>one running now</source>
        <translation>un en cours</translation>
    </message>
    <message>
        <source>last agreed</source>
        <translation>le dernier convenu</translation>
    </message>
    <message>
        <source>last came to nothing</source>
        <translation>le dernier resté sans suite</translation>
    </message>
    <message>
        <source>same kind: %1</source>
        <translation>même type&#xa0;: %1</translation>
    </message>
    <message>
        <source>audience: %1</source>
        <translation>public&#xa0;: %1</translation>
    </message>
    <message>
        <source>mentions %1</source>
        <translation>mentionne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges since %1</source>
        <translation>
            <numerusform>%n échange depuis %1</numerusform>
            <numerusform>%n échanges depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchanges</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>le dernier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>not asked for %n months</source>
        <translation>
            <numerusform>pas sollicité depuis %n mois</numerusform>
            <numerusform>pas sollicité depuis %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>never asked before</source>
        <translation>jamais sollicité</translation>
    </message>
    <message>
        <source>declined this month</source>
        <translation>a refusé ce mois-ci</translation>
    </message>
    <message numerus="yes">
        <source>declined %n months ago</source>
        <translation>
            <numerusform>a refusé il y a %n mois</numerusform>
            <numerusform>a refusé il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals unanswered</source>
        <translation>
            <numerusform>%n proposition sans réponse</numerusform>
            <numerusform>%n propositions sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>marked inactive</source>
        <translation>marqué inactif</translation>
    </message>
    <message numerus="yes">
        <source>hosts up to %n visitors</source>
        <translation>
            <numerusform>accueille jusqu’à %n personne</numerusform>
            <numerusform>accueille jusqu’à %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>already in this inquiry: %1</source>
        <translation>déjà dans cette demande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>Open inquiries that fit (%n)</source>
        <translation>
            <numerusform>Demandes qui lui conviennent (%n)</numerusform>
            <numerusform>Demandes qui lui conviennent (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose this organisation</source>
        <translation>Proposer cet organisme</translation>
    </message>
    <message>
        <source>Record this organisation as a proposed partner of the inquiry</source>
        <translation>Enregistrer cet organisme comme partenaire proposé pour la demande</translation>
    </message>
    <message>
        <source>Open inquiries that fit</source>
        <translation>Demandes qui lui conviennent</translation>
    </message>
    <message>
        <source>%1 proposed for inquiry %2.</source>
        <translation>%1&#xa0;: proposé pour la demande %2.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>État de %1</translation>
    </message>
    <message>
        <source>Note on the inquiry</source>
        <translation>Note sur la demande</translation>
    </message>
    <message>
        <source>Suggested partners</source>
        <translation>Partenaires suggérés</translation>
    </message>
    <message>
        <source>Proposed partners</source>
        <translation>Partenaires proposés</translation>
    </message>
    <message>
        <source>Tick partners, then:</source>
        <translation>Cochez des partenaires, puis&#xa0;:</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Record the ticked organisations as proposed partners</source>
        <translation>Enregistrer les organismes cochés comme partenaires proposés</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Courrier…</translation>
    </message>
    <message>
        <source>Make the letter proposing the ticked organisations</source>
        <translation>Faire le courrier qui propose les organismes cochés</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Write to the ticked organisations from your email program</source>
        <translation>Écrire aux organismes cochés depuis votre messagerie</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Noter…</translation>
    </message>
    <message>
        <source>Write a note about these partners in the inquiry&apos;s history</source>
        <translation>Écrire une note sur ces partenaires dans l’historique de la demande</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Changer l’état…</translation>
    </message>
    <message>
        <source>Contacted, interested, accepted or declined</source>
        <translation>Contacté, intéressé, accepté ou refusé</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove a partner proposed by mistake</source>
        <translation>Retirer un partenaire proposé par erreur</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message numerus="yes">
        <source>%n partners proposed.</source>
        <translation>
            <numerusform>%n partenaire proposé.</numerusform>
            <numerusform>%n partenaires proposés.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the ticked organisations has an email address.</source>
        <translation>Aucun des organismes cochés n’a d’adresse e-mail.</translation>
    </message>
    <message>
        <source>No email address for: %1</source>
        <translation>Pas d’adresse e-mail pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Partners considered: %1</source>
        <translation>Partenaires envisagés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Withdraw %1 from this inquiry&apos;s proposed partners?</source>
        <translation>Retirer %1 des partenaires proposés pour cette demande&#xa0;?</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Finding partners…</source>
        <translation>Recherche de partenaires…</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Search by name, organisation, email, phone, city…</source>
        <translation>Rechercher&#xa0;: nom, organisme, e-mail, téléphone, ville…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message numerus="yes">
        <source>%n or more people</source>
        <translation>
            <numerusform>Au moins %n personne</numerusform>
            <numerusform>Au moins %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>No person yet: create one.</source>
        <translation>Aucune personne pour l’instant&#xa0;: créez-en une.</translation>
    </message>
    <message>
        <source>No deleted person: nothing to restore.</source>
        <translation>Aucune personne supprimée&#xa0;: rien à restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>All %n people selected</source>
        <translation>
            <numerusform>%n personne sélectionnée (toutes)</numerusform>
            <numerusform>Toutes les %n personnes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n people?</source>
        <translation>
            <numerusform>Restaurer %n personne&#xa0;?</numerusform>
            <numerusform>Restaurer %n personnes&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people restored.</source>
        <translation>
            <numerusform>%n personne restaurée.</numerusform>
            <numerusform>%n personnes restaurées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>Everything we hold…</source>
        <translation>Tout ce que nous conservons…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
</context>
<context>
    <name>PersonErase</name>
    <message>
        <source>Inquiries kept, anonymised (the counts stay right): %1</source>
        <translation>Demandes conservées, anonymisées (les chiffres restent justes)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Letters replaced by a tombstone: %1</source>
        <translation>Courriers remplacés par une mention d’effacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Documents attached to their inquiries, deleted: %1</source>
        <translation>Documents joints à ses demandes, supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-ups of their inquiries, their name taken out: %1</source>
        <translation>Relances de ses demandes, son nom retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consent records, deleted: %1</source>
        <translation>Consentements enregistrés, supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries of their history, deleted: %1</source>
        <translation>Entrées de son historique, supprimées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>This removes %1 from the office&apos;s records for good: their record, and their name, email and phone wherever they are written. It cannot be undone.</source>
        <translation>Cela retire définitivement %1 des dossiers du bureau&#xa0;: sa fiche, ainsi que son nom, son e-mail et son téléphone partout où ils sont écrits. C’est irréversible.</translation>
    </message>
    <message>
        <source>To confirm, type their name exactly: %1</source>
        <translation>Pour confirmer, saisissez son nom exactement&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>No backup on this desk holds this person.</source>
        <translation>Aucune sauvegarde de ce poste ne contient cette personne.</translation>
    </message>
    <message>
        <source>Backups taken before now keep this person until about %1, when they are thinned out; restoring one of them erases the person again.</source>
        <translation>Les sauvegardes faites jusqu’ici conservent cette personne jusqu’au %1 environ, quand elles sont éclaircies&#xa0;; en restaurer une efface de nouveau la personne.</translation>
    </message>
    <message>
        <source>Erasing the person and wiping the freed space…</source>
        <translation>Effacement de la personne et nettoyage de l’espace libéré…</translation>
    </message>
    <message>
        <source>Person #%1 erased; %2 inquiries kept, anonymised.</source>
        <translation>Personne n°&#xa0;%1 effacée&#xa0;; %2 demandes conservées, anonymisées.</translation>
    </message>
    <message>
        <source>The person is erased. The space their data took is not all wiped yet: on the office server this needs its owner (VACUUM FULL), or another desk was still reading. It is wiped at the owner&apos;s next VACUUM FULL.</source>
        <translation>La personne est effacée. L’espace qu’occupaient ses données n’est pas encore entièrement nettoyé&#xa0;: sur le serveur du bureau, il faut pour cela son propriétaire (VACUUM FULL), ou un autre poste lisait encore. Il le sera au prochain VACUUM FULL du propriétaire.</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Everything we hold about %1</source>
        <translation>Tout ce que nous conservons sur %1</translation>
    </message>
    <message>
        <source>One ZIP file with everything the office holds about %1: a PDF to read in their language (%2), the same data as JSON and CSV files for machines, the letters as they were made and the documents attached to their inquiries.

Keep it safe: it is personal data. Each export and each print is recorded in the audit list.</source>
        <translation>Un fichier ZIP avec tout ce que le bureau conserve sur %1&#xa0;: un PDF à lire dans sa langue (%2), les mêmes données en fichiers JSON et CSV pour les machines, les courriers tels qu’ils ont été établis et les documents joints à ses demandes.

Conservez-le en lieu sûr&#xa0;: ce sont des données personnelles. Chaque export et chaque impression sont inscrits au journal d’audit.</translation>
    </message>
    <message>
        <source>&amp;Save as ZIP…</source>
        <translation>&amp;Enregistrer en ZIP…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Save everything held about this person as</source>
        <translation>Enregistrer tout ce qui est conservé sur cette personne sous</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Gathering everything held about them…</source>
        <translation>Rassemblement de toutes ses données…</translation>
    </message>
    <message>
        <source>Open the folder that holds it now?</source>
        <translation>Ouvrir maintenant le dossier qui le contient&#xa0;?</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Making the file to print…</source>
        <translation>Préparation du fichier à imprimer…</translation>
    </message>
    <message>
        <source>The file could not be sent to the printer.</source>
        <translation>Le fichier n’a pas pu être envoyé à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>A similar person is already recorded. Use them instead?</source>
        <translation>Une personne similaire est déjà enregistrée. L’utiliser plutôt&#xa0;?</translation>
    </message>
    <message>
        <source>Similar records</source>
        <translation>Fiches similaires</translation>
    </message>
    <message>
        <source>Use the selected one</source>
        <translation>Utiliser la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>Déjà enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>A similar organisation is already recorded. Use it instead?</source>
        <translation>Un organisme similaire est déjà enregistré. L’utiliser plutôt&#xa0;?</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
</context>
<context>
    <name>PlaceStatus</name>
    <message>
        <source>DEMO DATA — not your office&apos;s records</source>
        <translation>DONNÉES DE DÉMONSTRATION — pas les fiches de votre bureau</translation>
    </message>
    <message>
        <source>Office server %1 · connected</source>
        <translation>Serveur du bureau %1 · connecté</translation>
    </message>
    <message>
        <source>Office server %1 · cannot be reached</source>
        <translation>Serveur du bureau %1 · injoignable</translation>
    </message>
    <message>
        <source>Copy of the office server&apos;s data from %1 · read-only</source>
        <translation>Copie des données du serveur du bureau du %1 · lecture seule</translation>
    </message>
    <message>
        <source>Made-up records to try the program, in %1. File › Leave the demo data opens your office&apos;s data.</source>
        <translation>Des fiches fictives pour essayer le programme, dans %1. Fichier › Sortir des données de démonstration ouvre les données de votre bureau.</translation>
    </message>
    <message>
        <source>This computer · %1</source>
        <translation>Cet ordinateur · %1</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Write it now…</source>
        <translation>L’écrire maintenant…</translation>
    </message>
    <message>
        <source>To the person who asked</source>
        <translation>À la personne qui a fait la demande</translation>
    </message>
    <message>
        <source>To a proposed partner (introducing the person who asked)</source>
        <translation>À un partenaire proposé (présentation de la personne qui a fait la demande)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Letter to</source>
        <translation>Courrier adressé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Proposed partner organisations</source>
        <translation>Organismes partenaires proposés</translation>
    </message>
    <message>
        <source>Check the one partner this letter is written to.</source>
        <translation>Cochez le partenaire auquel ce courrier est adressé.</translation>
    </message>
    <message>
        <source>No partner is checked: this letter will be an acknowledgement, telling the person who asked that the office is looking for a partner.</source>
        <translation>Aucun partenaire n’est coché&#xa0;: ce courrier sera un accusé de réception, qui dit à la personne qui a fait la demande que le bureau cherche un partenaire.</translation>
    </message>
    <message>
        <source>A partnership proposal naming the checked partners.</source>
        <translation>Une proposition de partenariat qui nomme les partenaires cochés.</translation>
    </message>
    <message>
        <source>A letter to %1 introducing the person who asked.</source>
        <translation>Un courrier à %1 qui présente la personne qui a fait la demande.</translation>
    </message>
    <message>
        <source>Templates are for partnership proposals; this letter has its own wording.</source>
        <translation>Les modèles servent aux propositions de partenariat&#xa0;; ce courrier a sa propre formulation.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1: correct it or write the words themselves.</source>
        <translation>Champ de fusion inconnu&#xa0;%1&#xa0;: corrigez-le ou écrivez directement le texte.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire&#xa0;%1&#xa0;?</translation>
    </message>
    <message>
        <source>Letter %1 — %2</source>
        <translation>Courrier&#xa0;%1 —&#xa0;%2</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Letters made for this inquiry</source>
        <translation>Courriers établis pour cette demande</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>The inquiry moves to “Proposal sent” if it is not that far yet.</source>
        <translation>La demande passe à «&#xa0;Proposition envoyée&#xa0;» si elle n’en est pas encore là.</translation>
    </message>
    <message>
        <source>Search organisations…</source>
        <translation>Rechercher un organisme…</translation>
    </message>
    <message>
        <source>Search partner organisations</source>
        <translation>Rechercher des organismes partenaires</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organismes partenaires</translation>
    </message>
    <message>
        <source>Suggested for this inquiry</source>
        <translation>Suggérés pour cette demande</translation>
    </message>
    <message>
        <source>Other organisations</source>
        <translation>Autres organismes</translation>
    </message>
    <message>
        <source>Text of this letter</source>
        <translation>Texte de ce courrier</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Make letter</source>
        <translation>Établir le courrier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>See the letter without keeping it</source>
        <translation>Voir le courrier sans le conserver</translation>
    </message>
    <message>
        <source>Make the letter as shown and keep it with the inquiry</source>
        <translation>Établir le courrier tel qu’affiché et le conserver avec la demande</translation>
    </message>
    <message>
        <source>Acknowledgement — %1</source>
        <translation>Accusé de réception — %1</translation>
    </message>
    <message>
        <source>Letter to a partner — %1</source>
        <translation>Courrier à un partenaire — %1</translation>
    </message>
    <message>
        <source>Partnership proposal — %1</source>
        <translation>Proposition de partenariat — %1</translation>
    </message>
    <message>
        <source>This choice writes the letter again. Replace the text you changed?</source>
        <translation>Ce choix rédige à nouveau le courrier. Remplacer le texte que vous avez modifié&#xa0;?</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Aperçu —&#xa0;%1</translation>
    </message>
    <message>
        <source>Letter %1 of inquiry %2 made.</source>
        <translation>Courrier&#xa0;%1 de la demande&#xa0;%2 établi.</translation>
    </message>
    <message>
        <source>The description is saved. Write the letter again so that it prints it? The text you changed is replaced.</source>
        <translation>La description est enregistrée. Rédiger à nouveau le courrier pour qu’il l’imprime&#xa0;? Le texte que vous avez modifié sera remplacé.</translation>
    </message>
    <message>
        <source>Close without making the letter? The text you changed is lost.</source>
        <translation>Fermer sans établir le courrier&#xa0;? Le texte que vous avez modifié sera perdu.</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <source>Log for %1</source>
        <translation>Noter dans l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Noter un appel…</translation>
    </message>
    <message>
        <source>Log a call, a note, an email or a meeting on the selected row (%1)</source>
        <translation>Noter un appel, une note, un e-mail ou une réunion sur la ligne choisie (%1)</translation>
    </message>
    <message>
        <source>Log a call on the selected row</source>
        <translation>Noter un appel sur la ligne choisie</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: a copy of the office server&apos;s data from %1, kept on this computer.
You can look things up, print letters and export. Changes are made on the office server: start MSEK Desktop again once it can be reached.</source>
        <translation>Lecture seule&#xa0;: une copie des données du serveur du bureau du %1, conservée sur cet ordinateur.
Vous pouvez consulter, imprimer des courriers et exporter. Les modifications se font sur le serveur du bureau&#xa0;: redémarrez MSEK Desktop dès qu’il est joignable.</translation>
    </message>
    <message>
        <source>Read-only copy</source>
        <translation>Copie en lecture seule</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved in %1.
You can look things up, print letters and export. To make changes, copy the file to a folder of your own or ask for write access.</source>
        <translation>Lecture seule&#xa0;: rien ne peut être enregistré dans %1.
Vous pouvez consulter les données, imprimer des courriers et exporter. Pour faire des modifications, copiez le fichier dans un dossier à vous ou demandez l’accès en écriture.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Base de données en lecture seule</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Delete “%1”? You can restore it later from “Show deleted”.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez restaurer la fiche plus tard avec «&#xa0;Afficher les fiches supprimées&#xa0;».</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Fiche enregistrée.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>This record is deleted. Restore it to change it again.</source>
        <translation>Cette fiche est supprimée. Restaurez-la pour pouvoir la modifier.</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>You have changed this record. Save your changes before closing?</source>
        <translation>Vous avez modifié cette fiche. Enregistrer les modifications avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifiée par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so your changes were not saved.

Reload it now to see their version? Your changes in this window will be lost. Choose No to keep them on screen and copy what you need first.</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche après que vous l’avez ouverte&#xa0;: vos modifications n’ont donc pas été enregistrées.

La recharger maintenant pour voir sa version&#xa0;? Vos modifications dans cette fenêtre seront perdues. Choisissez «&#xa0;Non&#xa0;» pour les garder à l’écran et copier d’abord ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Les deux territoires</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 selected</source>
        <translation>
            <numerusform>%n sur %1 sélectionnée</numerusform>
            <numerusform>%n sur %1 sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Side filter</source>
        <translation>Filtre par territoire</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Afficher les fiches supprimées</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message numerus="yes">
        <source>None on this side — %n on both sides.</source>
        <translation>
            <numerusform>Aucune fiche de ce territoire — %n en comptant les deux.</numerusform>
            <numerusform>Aucune fiche de ce territoire — %n en comptant les deux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show both sides</source>
        <translation>Afficher les deux territoires</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Show the others</source>
        <translation>Afficher les autres</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>No person</source>
        <translation>Aucune personne</translation>
    </message>
    <message>
        <source>Erased everywhere</source>
        <translation>Effacée partout</translation>
    </message>
    <message>
        <source>Kept (an open or recent inquiry, or a consent)</source>
        <translation>Conservée (demande ouverte ou récente, ou consentement)</translation>
    </message>
    <message>
        <source>%1 (last activity)</source>
        <translation>%1 (dernière activité)</translation>
    </message>
    <message>
        <source>%1 (received)</source>
        <translation>%1 (reçue)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>The person’s data</source>
        <translation>Données de la personne</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n inquiries</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Data past retention</source>
        <translation>Données au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>The retention is 0 years in the office settings: closed inquiries and the people they name are kept until someone erases them.</source>
        <translation>La durée de conservation est de 0 an dans les paramètres du bureau&#xa0;: les demandes closes et les personnes qu’elles nomment sont conservées jusqu’à ce que quelqu’un les efface.</translation>
    </message>
    <message numerus="yes">
        <source>Closed inquiries and the people they name are kept %n years (office settings). Those closed before %1 are past it.</source>
        <translation>
            <numerusform>Les demandes closes et les personnes qu’elles nomment sont conservées %n an (paramètres du bureau). Celles closes avant le %1 ont dépassé cette durée.</numerusform>
            <numerusform>Les demandes closes et les personnes qu’elles nomment sont conservées %n ans (paramètres du bureau). Celles closes avant le %1 ont dépassé cette durée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising takes the person’s name, email and phone out of each inquiry below; a person nothing else holds is erased everywhere. The inquiries stay, so the office’s counts stay right. It cannot be undone; the backups keep the data until they are replaced.</source>
        <translation>L’anonymisation retire le nom, le courriel et le téléphone de la personne de chaque demande ci-dessous&#xa0;; une personne que rien d’autre ne retient est effacée partout. Les demandes restent, pour que les comptes du bureau restent justes. C’est irréversible&#xa0;; les sauvegardes gardent les données jusqu’à leur remplacement.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Inquiries past retention</source>
        <translation>Demandes au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>Nothing is past retention.</source>
        <translation>Rien n’a dépassé la durée de conservation.</translation>
    </message>
    <message>
        <source>Past retention: %1.</source>
        <translation>Au-delà de la conservation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Anonymise %1</source>
        <translation>&amp;Anonymiser %1</translation>
    </message>
    <message>
        <source>Only an admin of the office database may anonymise.</source>
        <translation>Seul un administrateur de la base du bureau peut anonymiser.</translation>
    </message>
    <message>
        <source>Anonymise %1 now? Their names, emails and phones are removed for good.</source>
        <translation>Anonymiser %1 maintenant&#xa0;? Leurs noms, courriels et téléphones seront retirés définitivement.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymisation…</translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation>Anonymisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Anonymised. The space the data took is not all wiped yet: on the office server this needs its owner (VACUUM FULL), or another desk was still reading. It is wiped at the owner&apos;s next VACUUM FULL.</source>
        <translation>Anonymisé. L’espace qu’occupaient les données n’est pas encore entièrement nettoyé&#xa0;: sur le serveur du bureau, il faut pour cela son propriétaire (VACUUM FULL), ou un autre poste lisait encore. Il le sera au prochain VACUUM FULL du propriétaire.</translation>
    </message>
    <message>
        <source>Data past re&amp;tention…</source>
        <translation>Données au-delà de la &amp;conservation…</translation>
    </message>
    <message>
        <source>For admins of the office database.</source>
        <translation>Pour les administrateurs de la base du bureau.</translation>
    </message>
    <message>
        <source>Past retention: %1…</source>
        <translation>Au-delà de la conservation&#xa0;: %1…</translation>
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
        <translation>Le serveur du bureau %1 est injoignable.</translation>
    </message>
    <message>
        <source>This computer holds a copy of the office&apos;s data from %1: you can open it read-only to look things up.</source>
        <translation>Cet ordinateur conserve une copie des données du bureau du %1&#xa0;: vous pouvez l’ouvrir en lecture seule pour consulter.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open the last copy read-only</source>
        <translation>Ouvrir la dernière copie en lecture seule</translation>
    </message>
    <message>
        <source>Change where the data is…</source>
        <translation>Changer l’emplacement des données…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Password for the office server</source>
        <translation>Mot de passe du serveur du bureau</translation>
    </message>
    <message>
        <source>The office server %1 refused the password of %2; enter it again.</source>
        <translation>Le serveur du bureau %1 a refusé le mot de passe de %2&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The office server %1 asks for the password of %2.</source>
        <translation>Le serveur du bureau %1 demande le mot de passe de %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation>Retenir le mot de passe sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Fonction en français</translation>
    </message>
    <message>
        <source>Title in Polish</source>
        <translation>Fonction en polonais</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Fonction en anglais</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>What lists and the msek command call them: small letters, digits, dots, hyphens or underscores, such as anowak.</source>
        <translation>Le nom que donnent les listes et la commande msek&#xa0;: lettres minuscules, chiffres, points, traits d’union ou tirets bas, par exemple anowak.</translation>
    </message>
    <message>
        <source>Active (can be assigned inquiries)</source>
        <translation>Actif (peut se voir attribuer des demandes)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre de l’équipe</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nouveau membre de l’équipe</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Membre de l’équipe %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (à nouveau)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>They have no login on the office server yet. Give a password and a role to create it; leave the password empty to keep them without one.</source>
        <translation>Cette personne n’a pas encore d’identifiant sur le serveur du bureau. Indiquez un mot de passe et un rôle pour le créer&#xa0;; laissez le mot de passe vide pour la laisser sans identifiant.</translation>
    </message>
    <message>
        <source>They log in to the office server with their login and this password. An admin may also manage the staff, the office settings and restores.</source>
        <translation>Cette personne se connecte au serveur du bureau avec son identifiant et ce mot de passe. Un administrateur peut aussi gérer l’équipe, les réglages du bureau et les restaurations.</translation>
    </message>
    <message>
        <source>Leave the password empty to keep it.</source>
        <translation>Laissez le mot de passe vide pour le conserver.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Adresse du bureau</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Téléphone du bureau</translation>
    </message>
    <message>
        <source>Office email</source>
        <translation>E-mail du bureau</translation>
    </message>
    <message>
        <source>Office website</source>
        <translation>Site web du bureau</translation>
    </message>
    <message>
        <source>Letterhead logo (PNG or JPEG)</source>
        <translation>Logo de l’en-tête (PNG ou JPEG)</translation>
    </message>
    <message>
        <source>City printed before the date of letters</source>
        <translation>Ville imprimée avant la date des courriers</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>Langue des courriers par défaut</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Years closed inquiries and their people are kept</source>
        <translation>Années de conservation des demandes closes et de leurs personnes</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save the office settings</source>
        <translation>Enregistrer les paramètres du bureau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The office settings are saved.</source>
        <translation>Les paramètres du bureau sont enregistrés.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Ajouter un membre de l’équipe</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the staff member</source>
        <translation>Modifier le membre de l’équipe</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Membres de l’équipe</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Who am I:</source>
        <translation>Je suis&#xa0;:</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>Qui suis-je</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Rappels&#xa0;:</translation>
    </message>
    <message>
        <source>The tray icon counts your follow-ups due and tells you when one falls due; File › Quit ends the program.</source>
        <translation>L’icône de la zone de notification compte vos relances à faire et vous prévient quand l’une d’elles arrive à échéance&#xa0;; Fichier › Quitter ferme le programme.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders show in the window&apos;s status bar.</source>
        <translation>Ce bureau n’a pas de zone de notification&#xa0;: les rappels s’affichent dans la barre d’état de la fenêtre.</translation>
    </message>
    <message>
        <source>The window changes language at once. Each letter has its own language, chosen when it is written.</source>
        <translation>L’interface change de langue immédiatement. Chaque courrier a sa propre langue, choisie lors de sa rédaction.</translation>
    </message>
    <message>
        <source>The staff member working at this computer: My day shows their follow-ups, and changes are recorded in their name.</source>
        <translation>Le membre de l’équipe qui travaille sur cet ordinateur&#xa0;: «&#xa0;Ma journée&#xa0;» affiche ses relances, et les modifications sont enregistrées à son nom.</translation>
    </message>
    <message>
        <source>Office letterhead</source>
        <translation>Papier à en-tête</translation>
    </message>
    <message>
        <source>Language and user</source>
        <translation>Langue et utilisateur</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de courrier</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>Données du bureau</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>the person&apos;s first and last name (or the organisation&apos;s name)</source>
        <translation>le prénom et le nom de la personne (ou le nom de l’organisme)</translation>
    </message>
    <message>
        <source>the person&apos;s first name</source>
        <translation>le prénom de la personne</translation>
    </message>
    <message>
        <source>the person&apos;s last name</source>
        <translation>le nom de la personne</translation>
    </message>
    <message>
        <source>Madame / Monsieur, Pani / Pan, Ms / Mr (empty when unknown)</source>
        <translation>Madame / Monsieur, Pani / Pan, Ms / Mr (vide s’il n’est pas connu)</translation>
    </message>
    <message>
        <source>the organisation the person writes for</source>
        <translation>l’organisme au nom duquel la personne écrit</translation>
    </message>
    <message>
        <source>the recipient&apos;s city</source>
        <translation>la ville du destinataire</translation>
    </message>
    <message>
        <source>Polish form of address, nominative: Pani / Pan / Państwo</source>
        <translation>formule de politesse polonaise, nominatif&#xa0;: Pani / Pan / Państwo</translation>
    </message>
    <message>
        <source>Polish form of address, genitive: Pani / Pana / Państwa</source>
        <translation>formule de politesse polonaise, génitif&#xa0;: Pani / Pana / Państwa</translation>
    </message>
    <message>
        <source>Polish form of address, dative: Pani / Panu / Państwu</source>
        <translation>formule de politesse polonaise, datif&#xa0;: Pani / Panu / Państwu</translation>
    </message>
    <message>
        <source>Polish form of address, accusative: Panią / Pana / Państwa</source>
        <translation>formule de politesse polonaise, accusatif&#xa0;: Panią / Pana / Państwa</translation>
    </message>
    <message>
        <source>Polish form of address, instrumental: Panią / Panem / Państwem</source>
        <translation>formule de politesse polonaise, instrumental&#xa0;: Panią / Panem / Państwem</translation>
    </message>
    <message>
        <source>Polish form of address, locative: Pani / Panu / Państwu</source>
        <translation>formule de politesse polonaise, locatif&#xa0;: Pani / Panu / Państwu</translation>
    </message>
    <message>
        <source>the inquiry&apos;s reference, e.g. 2026-0012</source>
        <translation>la référence de la demande, par exemple 2026-0012</translation>
    </message>
    <message>
        <source>the day the inquiry was received, with the month in words</source>
        <translation>le jour de réception de la demande, avec le mois en lettres</translation>
    </message>
    <message>
        <source>the inquiry&apos;s subject</source>
        <translation>l’objet de la demande</translation>
    </message>
    <message>
        <source>the fields of exchange, e.g. music and education</source>
        <translation>les domaines d’échange, par exemple musique et éducation</translation>
    </message>
    <message>
        <source>the counterpart the person hoped for, as they wrote it</source>
        <translation>le partenaire souhaité par la personne, tel qu’elle l’a décrit</translation>
    </message>
    <message>
        <source>the city where a counterpart is proposed: Saint-Étienne or Katowice</source>
        <translation>la ville où un partenaire est proposé&#xa0;: Saint-Étienne ou Katowice</translation>
    </message>
    <message>
        <source>where a counterpart is sought, as a place: à Katowice, w Katowicach…</source>
        <translation>le lieu où un partenaire est recherché&#xa0;: à Katowice, w Katowicach…</translation>
    </message>
    <message>
        <source>the paragraph proposing the partner organisations and what they offer</source>
        <translation>le paragraphe qui présente les organismes partenaires et ce qu’ils proposent</translation>
    </message>
    <message>
        <source>the partner organisations&apos; names</source>
        <translation>les noms des organismes partenaires</translation>
    </message>
    <message>
        <source>the name of the staff member who signs</source>
        <translation>le nom du membre de l’équipe qui signe</translation>
    </message>
    <message>
        <source>the signer&apos;s title in the letter&apos;s language</source>
        <translation>la fonction du signataire dans la langue du courrier</translation>
    </message>
    <message>
        <source>the signer&apos;s email</source>
        <translation>l’e-mail du signataire</translation>
    </message>
    <message>
        <source>the signer&apos;s phone</source>
        <translation>le téléphone du signataire</translation>
    </message>
    <message>
        <source>the signer&apos;s name with email and phone</source>
        <translation>le nom du signataire avec son e-mail et son téléphone</translation>
    </message>
    <message>
        <source>the closing sentence naming whom to contact: the signer, else the office</source>
        <translation>la phrase finale indiquant qui contacter&#xa0;: le signataire, sinon le bureau</translation>
    </message>
    <message>
        <source>the paragraph presenting the person who asked: who, what they seek, contact</source>
        <translation>le paragraphe présentant le demandeur&#xa0;: qui il est, ce qu’il cherche, ses coordonnées</translation>
    </message>
    <message>
        <source>the name of the person who asked</source>
        <translation>le nom du demandeur</translation>
    </message>
    <message>
        <source>the position of the person who asked</source>
        <translation>la fonction du demandeur</translation>
    </message>
    <message>
        <source>the organisation of the person who asked</source>
        <translation>l’organisme du demandeur</translation>
    </message>
    <message>
        <source>the city of the person who asked</source>
        <translation>la ville du demandeur</translation>
    </message>
    <message>
        <source>the email of the person who asked</source>
        <translation>l’adresse e-mail du demandeur</translation>
    </message>
    <message>
        <source>the phone of the person who asked</source>
        <translation>le téléphone du demandeur</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>le nom du bureau</translation>
    </message>
    <message>
        <source>the office&apos;s city</source>
        <translation>la ville du bureau</translation>
    </message>
    <message>
        <source>the office&apos;s phone</source>
        <translation>le téléphone du bureau</translation>
    </message>
    <message>
        <source>the office&apos;s email</source>
        <translation>l’e-mail du bureau</translation>
    </message>
    <message>
        <source>the office&apos;s website</source>
        <translation>le site web du bureau</translation>
    </message>
    <message>
        <source>the letter&apos;s date, with the month in words</source>
        <translation>la date du courrier, avec le mois en lettres</translation>
    </message>
    <message>
        <source>A lone %1: write %1%1 to print a brace.</source>
        <translation>Un %1 isolé&#xa0;: écrivez %1%1 pour imprimer une accolade.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1.</source>
        <translation>Champ de fusion inconnu %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Champ de fusion</translation>
    </message>
    <message>
        <source>What it stands for</source>
        <translation>Ce qu’il insère</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs de fusion</translation>
    </message>
    <message>
        <source>Double-click a placeholder (or press Enter) to insert it at the cursor.</source>
        <translation>Double-cliquez sur un champ de fusion (ou appuyez sur Entrée) pour l’insérer à l’emplacement du curseur.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name of the template</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Restore default text</source>
        <translation>Rétablir le texte d’origine</translation>
    </message>
    <message>
        <source>Restore the default text of this language</source>
        <translation>Rétablir le texte d’origine de cette langue</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Preview the letter with sample data</source>
        <translation>Aperçu du courrier avec des données d’exemple</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Discard your changes to this template?</source>
        <translation>Abandonner vos modifications de ce modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Letters already made keep their text.</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;? Les courriers déjà produits gardent leur texte.</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Modèle de courrier</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de courrier</translation>
    </message>
    <message>
        <source>Subject of the letter</source>
        <translation>Objet du courrier</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Texte du courrier</translation>
    </message>
    <message>
        <source>The letter template is saved.</source>
        <translation>Le modèle de courrier est enregistré.</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Modèles d’e-mail</translation>
    </message>
    <message>
        <source>Subject of the email</source>
        <translation>Objet de l’e-mail</translation>
    </message>
    <message>
        <source>Text of the email</source>
        <translation>Texte de l’e-mail</translation>
    </message>
    <message>
        <source>The email template is saved.</source>
        <translation>Le modèle d’e-mail est enregistré.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Kind of template</source>
        <translation>Type de modèle</translation>
    </message>
    <message>
        <source>Show the templates of</source>
        <translation>Afficher les modèles de la langue</translation>
    </message>
    <message>
        <source>A template with this name already exists in this language.</source>
        <translation>Un modèle de ce nom existe déjà dans cette langue.</translation>
    </message>
    <message>
        <source>The template %1 is for another language: %2 (the letter: %3).</source>
        <translation>Le modèle %1 est prévu pour une autre langue&#xa0;: %2 (le courrier&#xa0;: %3).</translation>
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
        <translation>Relance en retard</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Relance à faire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>MSEK Desktop keeps running</source>
        <translation>MSEK Desktop reste ouvert</translation>
    </message>
    <message>
        <source>Your reminders keep coming here. Click the icon to open the window; Quit in its menu or File › Quit ends the program.</source>
        <translation>Vos rappels continuent d’arriver ici. Cliquez sur l’icône pour ouvrir la fenêtre&#xa0;; Quitter dans son menu ou Fichier › Quitter ferme le programme.</translation>
    </message>
    <message>
        <source>MSEK Desktop — %1</source>
        <translation>MSEK Desktop — %1</translation>
    </message>
    <message>
        <source>No follow-up due</source>
        <translation>Aucune relance à faire</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n relance à faire</numerusform>
            <numerusform>%n relances à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
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
        <translation>Ouvrir MSEK Desktop</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message numerus="yes">
        <source>%n more in My day…</source>
        <translation>
            <numerusform>%n autre dans Ma journée…</numerusform>
            <numerusform>%n autres dans Ma journée…</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Tout rappeler dans 1 heure</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>%1 (snoozed until %2)</source>
        <translation>%1 (rappel&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Open the inquiry</source>
        <translation>Ouvrir la demande</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>Rappeler dans 1 heure</translation>
    </message>
    <message>
        <source>Snooze until tomorrow %1</source>
        <translation>Rappeler demain à %1</translation>
    </message>
</context>
</TS>
