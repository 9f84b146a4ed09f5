"""search index: FTS5 over folded names, emails, subjects

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 20:40:00
"""

from collections.abc import Sequence

from alembic import op

from msek_desktop.core import search

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The index as this revision made it (0010 dropped the prefix indexes): a file at 0002 to 0009
# is checked against these options (core.schema)
OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"


def upgrade() -> None:
    conn = op.get_bind()
    search.create_index(conn, OPTIONS)
    search.rebuild(conn)


def downgrade() -> None:
    search.drop_index(op.get_bind())
