"""The fixed texts of the file "everything we hold about a person" (reports.person_pdf) in
French, Polish and English, and the names of the codes it shows. Codes the activity
report already names (stages, sides, kinds of inquiry and exchange, lost reasons, exchange
statuses) are read from its texts (reports.texts)."""

from __future__ import annotations

from typing import Any

from msek_desktop.reports.texts import texts as report_texts

_EN: dict[str, Any] = {
    "title": "Everything we hold about {name}",
    "person_no": "Person no. {id}",
    "made_on": "Made on {date}",
    "in_bin": "This record is in the bin (deleted on {date}); it is kept until it is purged.",
    "intro": (
        "This document lists every record of the office that names this person: their details"
        " and consents, their inquiries and what followed them, the history of both, the"
        " letters written, and who exported or printed this data before. The ZIP file that"
        " holds it holds the same data for machines (person.json, and one CSV file per table),"
        " the letters as they were made (letters/) and the documents attached to the inquiries"
        " (documents/). Times are in UTC."
    ),
    "page": "Page {page}/{pages}",
    "none": "None.",
    "colon": ": ",
    "yes": "yes",
    "no": "no",
    "sections": {
        "person": "Details", "consents": "Consents", "inquiries": "Inquiries",
        "follow_ups": "Follow-ups", "timeline": "History", "partner_proposals":
        "Partners proposed", "letters": "Letters", "documents": "Documents",
        "exchanges": "Exchanges", "merges": "Merges", "audit": "Audit list",
    },
    "fields": {
        "honorific": "Title", "first_name": "First name", "last_name": "Last name",
        "organisation": "Organisation", "position": "Position", "email": "Email",
        "phone": "Phone", "language": "Language", "side": "Side", "city": "City",
        "notes": "Notes", "legal_basis": "Legal basis", "no_letters": "No letters",
        "no_email": "No email", "no_phone": "No phone calls", "created_at": "Recorded on",
        "updated_at": "Last changed on", "received_on": "Received on", "channel": "Channel",
        "kind": "Kind", "stage": "Stage", "closed_on": "Closed on",
        "lost_reason": "Reason", "lost_note": "Note on the outcome", "message": "Message",
        "desired_counterpart": "Counterpart wished for", "letter_language": "Letters in",
        "assignee": "Handled by", "anonymised_at": "Anonymised on",
    },
    "heads": {
        "purpose": "Purpose", "given": "Given", "withdrawn": "Withdrawn",
        "expires": "Expires", "source": "Note", "inquiry": "Inquiry", "due": "Due",
        "action": "Action", "description": "Description", "done": "Done",
        "outcome": "Outcome", "when": "When", "what": "What", "by": "By",
        "organisation": "Organisation", "state": "State", "note": "Note", "number": "No.",
        "kind": "Kind", "language": "Language", "made": "Made", "sent": "Sent",
        "file": "File in the ZIP", "name": "Name", "size": "Size", "added": "Added",
        "title": "Title", "status": "Status", "dates": "Dates",
        "organisations": "Organisations", "undone": "Undone",
    },
    "merged_in": "Record #{other} merged into this one (a duplicate)",
    "merged_away": "This record merged into #{other} (a duplicate)",
    "erased": "erased on {date}: the letter was removed, its SHA-256 kept",
    "on_person": "the person",
    "legal_basis": {
        "own_request": "Their own request", "consent": "Consent",
        "legitimate_interest": "Legitimate interest", "contract": "Contract",
    },
    "consent_purposes": {
        "contact_exchanges": "Being contacted about exchanges", "newsletter": "Newsletter",
        "photos": "Photos",
    },
    "consent_how": {"form": "form", "email": "email", "letter": "letter", "phone": "phone"},
    "channels": {
        "email": "Email", "phone": "Phone", "visit": "Visit", "letter": "Letter",
        "event": "Event", "website": "Website", "referral": "Referral",
    },
    "actions": {
        "call": "Call", "email": "Email", "meeting": "Meeting", "letter": "Letter",
        "other": "Other",
    },
    "partner_states": {
        "proposed": "Proposed", "contacted": "Contacted", "interested": "Interested",
        "accepted": "Accepted", "declined": "Declined",
    },
    "letter_kinds": {
        "proposal": "Proposal", "acknowledgement": "Acknowledgement",
        "introduction": "Introduction to a partner",
    },
    "decline_reasons": {
        "no_capacity": "No room or time", "not_relevant": "Not what they do",
        "timing": "Not now", "no_funding": "No funding", "other": "Other reason",
    },
    "audit_actions": {
        "export_person": "Their data exported", "print_person": "Their data printed",
        "erase_person": "Erased", "merge_people": "Merged with a duplicate",
        "undo_merge": "Merge undone", "retention": "Anonymised after the retention period",
    },
    "honorifics": {"ms": "Ms", "mr": "Mr", "none": "–"},
    "languages": {"fr": "French", "pl": "Polish", "en": "English"},
    "timeline": {
        "created": "Created", "changed": "Changed", "stage": "Stage", "assigned": "Assigned",
        "note": "Note", "followup_added": "Follow-up planned", "followup_done":
        "Follow-up done", "followup_rescheduled": "Follow-up moved", "letter": "Letter made",
        "letter_sent": "Letter sent", "import": "Imported", "deleted": "Moved to the bin",
        "restored": "Restored", "partner": "Partner", "call": "Call", "email": "Email",
        "meeting": "Meeting", "document": "Document", "exchange": "Exchange",
        "consent": "Consent", "merged": "Merged", "anonymised": "Anonymised",
    },
}  # fmt: skip

_FR: dict[str, Any] = {
    "title": "Tout ce que nous conservons sur {name}",
    "person_no": "Personne n° {id}",
    "made_on": "Établi le {date}",
    "in_bin": (
        "Cette fiche est dans la corbeille (supprimée le {date}) ; elle est conservée jusqu’à"
        " sa purge."
    ),
    "intro": (
        "Ce document recense toutes les données du bureau qui nomment cette personne : sa"
        " fiche et ses consentements, ses demandes et leurs suites, l’historique des deux, les"
        " courriers rédigés, et qui a déjà exporté ou imprimé ces données. Le fichier ZIP qui"
        " le contient réunit les mêmes données pour les machines (person.json, et un fichier"
        " CSV par table), les courriers tels qu’ils ont été établis (letters/) et les"
        " documents joints aux demandes (documents/). Les heures sont en UTC."
    ),
    "page": "Page {page}/{pages}",
    "none": "Néant.",
    "colon": "\u00a0: ",
    "yes": "oui",
    "no": "non",
    "sections": {
        "person": "Fiche", "consents": "Consentements", "inquiries": "Demandes",
        "follow_ups": "Relances", "timeline": "Historique",
        "partner_proposals": "Partenaires proposés", "letters": "Courriers",
        "documents": "Documents", "exchanges": "Échanges", "merges": "Fusions",
        "audit": "Journal d’audit",
    },
    "fields": {
        "honorific": "Civilité", "first_name": "Prénom", "last_name": "Nom",
        "organisation": "Organisme", "position": "Fonction", "email": "E-mail",
        "phone": "Téléphone", "language": "Langue", "side": "Territoire", "city": "Ville",
        "notes": "Notes", "legal_basis": "Base légale", "no_letters": "Pas de courrier",
        "no_email": "Pas d’e-mail", "no_phone": "Pas d’appel", "created_at": "Saisie le",
        "updated_at": "Modifiée le", "received_on": "Reçue le", "channel": "Canal",
        "kind": "Type", "stage": "Étape", "closed_on": "Close le", "lost_reason": "Motif",
        "lost_note": "Note sur l’issue", "message": "Message",
        "desired_counterpart": "Partenaire souhaité", "letter_language": "Courriers en",
        "assignee": "Suivie par", "anonymised_at": "Anonymisée le",
    },
    "heads": {
        "purpose": "Objet", "given": "Donné", "withdrawn": "Retiré", "expires": "Expire",
        "source": "Note", "inquiry": "Demande", "due": "Échéance", "action": "Action",
        "description": "Description", "done": "Faite", "outcome": "Résultat",
        "when": "Date", "what": "Quoi", "by": "Par", "organisation": "Organisme",
        "state": "État", "note": "Note", "number": "N°", "kind": "Type",
        "language": "Langue", "made": "Établi", "sent": "Envoyé",
        "file": "Fichier dans le ZIP", "name": "Nom", "size": "Taille", "added": "Ajouté",
        "title": "Titre", "status": "Statut", "dates": "Dates",
        "organisations": "Organismes", "undone": "Annulée",
    },
    "merged_in": "Fiche n° {other} fusionnée dans celle-ci (un doublon)",
    "merged_away": "Cette fiche fusionnée dans la fiche n° {other} (un doublon)",
    "erased": "effacé le {date}\u00a0: le courrier a été supprimé, son SHA-256 conservé",
    "on_person": "la personne",
    "legal_basis": {
        "own_request": "Sa propre demande", "consent": "Consentement",
        "legitimate_interest": "Intérêt légitime", "contract": "Contrat",
    },
    "consent_purposes": {
        "contact_exchanges": "Être contacté au sujet des échanges",
        "newsletter": "Lettre d’information", "photos": "Photos",
    },
    "consent_how": {
        "form": "formulaire", "email": "e-mail", "letter": "courrier", "phone": "téléphone",
    },
    "channels": {
        "email": "E-mail", "phone": "Téléphone", "visit": "Visite", "letter": "Courrier",
        "event": "Événement", "website": "Site web", "referral": "Recommandation",
    },
    "actions": {
        "call": "Appel", "email": "E-mail", "meeting": "Rendez-vous", "letter": "Courrier",
        "other": "Autre",
    },
    "partner_states": {
        "proposed": "Proposé", "contacted": "Contacté", "interested": "Intéressé",
        "accepted": "Accepté", "declined": "Refusé",
    },
    "letter_kinds": {
        "proposal": "Proposition", "acknowledgement": "Accusé de réception",
        "introduction": "Présentation à un partenaire",
    },
    "decline_reasons": {
        "no_capacity": "Pas de place ni de temps", "not_relevant": "Hors de son domaine",
        "timing": "Pas maintenant", "no_funding": "Pas de financement",
        "other": "Autre motif",
    },
    "audit_actions": {
        "export_person": "Données exportées", "print_person": "Données imprimées",
        "erase_person": "Effacement", "merge_people": "Fusion avec un doublon",
        "undo_merge": "Fusion annulée",
        "retention": "Anonymisation à la fin de la durée de conservation",
    },
    "honorifics": {"ms": "Madame", "mr": "Monsieur", "none": "–"},
    "languages": {"fr": "français", "pl": "polonais", "en": "anglais"},
    "timeline": {
        "created": "Création", "changed": "Modification", "stage": "Étape",
        "assigned": "Attribution", "note": "Note", "followup_added": "Relance prévue",
        "followup_done": "Relance faite", "followup_rescheduled": "Relance déplacée",
        "letter": "Courrier établi", "letter_sent": "Courrier envoyé", "import": "Import",
        "deleted": "Mise à la corbeille", "restored": "Restauration",
        "partner": "Partenaire", "call": "Appel", "email": "E-mail",
        "meeting": "Rendez-vous", "document": "Document", "exchange": "Échange",
        "consent": "Consentement", "merged": "Fusion", "anonymised": "Anonymisation",
    },
}  # fmt: skip

_PL: dict[str, Any] = {
    "title": "Wszystkie dane, które przechowujemy: {name}",
    "person_no": "Osoba nr {id}",
    "made_on": "Sporządzono {date}",
    "in_bin": "Ten wpis jest w koszu (usunięty {date}); jest przechowywany do czasu opróżnienia.",
    "intro": (
        "Ten dokument wymienia wszystkie wpisy biura, w których występuje ta osoba: jej dane"
        " i zgody, jej zapytania i ich dalszy ciąg, historię jednych i drugich, napisane pisma"
        " oraz to, kto wcześniej eksportował lub drukował te dane. Plik ZIP, który go zawiera,"
        " zawiera też te same dane w formie do odczytu maszynowego (person.json i po jednym"
        " pliku CSV na tabelę), pisma w postaci, w jakiej je sporządzono (letters/), oraz"
        " dokumenty dołączone do zapytań (documents/). Godziny podano w UTC."
    ),
    "page": "Strona {page}/{pages}",
    "none": "Brak.",
    "colon": ": ",
    "yes": "tak",
    "no": "nie",
    "sections": {
        "person": "Dane osoby", "consents": "Zgody", "inquiries": "Zapytania",
        "follow_ups": "Przypomnienia", "timeline": "Historia",
        "partner_proposals": "Proponowani partnerzy", "letters": "Pisma",
        "documents": "Dokumenty", "exchanges": "Wymiany", "merges": "Scalenia",
        "audit": "Dziennik audytu",
    },
    "fields": {
        "honorific": "Zwrot grzecznościowy", "first_name": "Imię", "last_name": "Nazwisko",
        "organisation": "Organizacja", "position": "Stanowisko", "email": "E-mail",
        "phone": "Telefon", "language": "Język", "side": "Strona", "city": "Miasto",
        "notes": "Notatki", "legal_basis": "Podstawa prawna", "no_letters": "Bez listów",
        "no_email": "Bez e-maili", "no_phone": "Bez telefonów",
        "created_at": "Wprowadzono", "updated_at": "Ostatnia zmiana",
        "received_on": "Data wpływu", "channel": "Kanał", "kind": "Rodzaj", "stage": "Etap",
        "closed_on": "Zamknięto", "lost_reason": "Powód", "lost_note": "Uwagi o wyniku",
        "message": "Wiadomość", "desired_counterpart": "Poszukiwany partner",
        "letter_language": "Język pism", "assignee": "Prowadzi",
        "anonymised_at": "Zanonimizowano",
    },
    "heads": {
        "purpose": "Cel", "given": "Udzielona", "withdrawn": "Wycofana",
        "expires": "Wygasa", "source": "Uwagi", "inquiry": "Zapytanie", "due": "Termin",
        "action": "Działanie", "description": "Opis", "done": "Wykonano",
        "outcome": "Wynik", "when": "Kiedy", "what": "Co", "by": "Kto",
        "organisation": "Organizacja", "state": "Stan", "note": "Uwagi", "number": "Nr",
        "kind": "Rodzaj", "language": "Język", "made": "Sporządzono", "sent": "Wysłano",
        "file": "Plik w archiwum ZIP", "name": "Nazwa", "size": "Rozmiar",
        "added": "Dodano", "title": "Tytuł", "status": "Status", "dates": "Termin",
        "organisations": "Organizacje", "undone": "Cofnięto",
    },
    "merged_in": "Wpis nr {other} scalony z tym wpisem (duplikat)",
    "merged_away": "Ten wpis scalony z wpisem nr {other} (duplikat)",
    "erased": "usunięto {date}: pismo zostało usunięte, zachowano jego SHA-256",
    "on_person": "osoba",
    "legal_basis": {
        "own_request": "Jej własna prośba", "consent": "Zgoda",
        "legitimate_interest": "Prawnie uzasadniony interes", "contract": "Umowa",
    },
    "consent_purposes": {
        "contact_exchanges": "Kontakt w sprawie wymian", "newsletter": "Newsletter",
        "photos": "Zdjęcia",
    },
    "consent_how": {
        "form": "formularz", "email": "e-mail", "letter": "list", "phone": "telefon",
    },
    "channels": {
        "email": "E-mail", "phone": "Telefon", "visit": "Wizyta", "letter": "List",
        "event": "Wydarzenie", "website": "Strona internetowa", "referral": "Polecenie",
    },
    "actions": {
        "call": "Telefon", "email": "E-mail", "meeting": "Spotkanie", "letter": "List",
        "other": "Inne",
    },
    "partner_states": {
        "proposed": "Zaproponowany", "contacted": "Skontaktowano się",
        "interested": "Zainteresowany", "accepted": "Przyjął", "declined": "Odmówił",
    },
    "letter_kinds": {
        "proposal": "Propozycja", "acknowledgement": "Potwierdzenie otrzymania",
        "introduction": "Przedstawienie partnerowi",
    },
    "decline_reasons": {
        "no_capacity": "Brak miejsc lub czasu", "not_relevant": "Poza zakresem działania",
        "timing": "Nie teraz", "no_funding": "Brak finansowania", "other": "Inny powód",
    },
    "audit_actions": {
        "export_person": "Eksport danych", "print_person": "Wydruk danych",
        "erase_person": "Usunięcie", "merge_people": "Scalenie z duplikatem",
        "undo_merge": "Cofnięcie scalenia",
        "retention": "Anonimizacja po okresie przechowywania",
    },
    "honorifics": {"ms": "Pani", "mr": "Pan", "none": "–"},
    "languages": {"fr": "francuski", "pl": "polski", "en": "angielski"},
    "timeline": {
        "created": "Utworzenie", "changed": "Zmiana", "stage": "Etap",
        "assigned": "Przydzielenie", "note": "Notatka",
        "followup_added": "Zaplanowano przypomnienie",
        "followup_done": "Przypomnienie wykonane",
        "followup_rescheduled": "Przypomnienie przesunięte", "letter": "Sporządzono pismo",
        "letter_sent": "Wysłano pismo", "import": "Import", "deleted": "Przeniesiono do kosza",
        "restored": "Przywrócono", "partner": "Partner", "call": "Telefon",
        "email": "E-mail", "meeting": "Spotkanie", "document": "Dokument",
        "exchange": "Wymiana", "consent": "Zgoda", "merged": "Scalenie",
        "anonymised": "Anonimizacja",
    },
}  # fmt: skip

_TEXTS = {"en": _EN, "fr": _FR, "pl": _PL}
# the groups the activity report's texts already name
_REPORT_GROUPS = ("stages", "sides", "inquiry_kinds", "lost_reasons", "exchange_statuses",
                  "exchange_kinds")  # fmt: skip
LANGUAGES = tuple(_TEXTS)


class PersonTexts:
    """The file's words in one language: t("title", name=...), t.name("channels", "email")."""

    def __init__(self, language: str) -> None:
        if language not in _TEXTS:
            raise ValueError(f"no texts in {language!r}")
        self.language = language
        self._own = _TEXTS[language]

    def __call__(self, key: str, **values: Any) -> str:
        found: Any = self._own
        for part in key.split("."):
            found = found[part]
        return str(found).format(**values) if values else str(found)

    def name(self, group: str, code: str | None) -> str:
        """What a code is called; the code itself for one unknown (added later)."""
        if code is None or code == "":
            return ""
        if group in _REPORT_GROUPS:
            return report_texts(self.language).name(group, code)
        return str(self._own.get(group, {}).get(code, code))

    def label(self, field: str) -> str:
        """A changed field's name: the file's own label for it, else the heads', else as
        stored."""
        if field in self._own["fields"]:
            return str(self._own["fields"][field])
        field = {"due_on": "due", "done_at": "done"}.get(field, field)
        return str(self._own["heads"].get(field, field))

    def yes_no(self, value: object) -> str:
        return self("yes") if value else self("no")


def person_texts(language: str) -> PersonTexts:
    """The texts in `language` (fr, pl, en); English for a language not written here."""
    return PersonTexts(language if language in _TEXTS else "en")
