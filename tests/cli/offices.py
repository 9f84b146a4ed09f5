"""What the CLI tests' office databases have in common (built through the core services)."""

from __future__ import annotations

from msek_desktop.core import organisations, staff
from msek_desktop.core.db import Database
from msek_desktop.core.rows import OrganisationRow


def two_schools(db: Database) -> tuple[OrganisationRow, OrganisationRow]:
    """Agnieszka Nowak (anowak) on the staff; a music school in Łódź and the Conservatoire
    Massenet in Saint-Étienne, returned in that order."""
    staff.create_staff(db, {"login": "anowak", "full_name": "Agnieszka Nowak"})
    lodz = organisations.create_organisation(
        db, {"name": "Szkoła Muzyczna I st.", "city": "Łódź", "side": "katowice"}
    )
    ste = organisations.create_organisation(
        db, {"name": "Conservatoire Massenet", "city": "Saint-Étienne", "side": "saint_etienne"}
    )
    return lodz, ste
