"""an inquiry's first answer read from a partial index: the answering entries only (call,
email, letter, followup_done), by inquiry and time, in place of 0007's (inquiry, kind, time)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 11:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ANSWERING = "kind IN ('call', 'email', 'letter', 'followup_done')"


def upgrade() -> None:
    with op.batch_alter_table("timeline_entries") as batch_op:
        batch_op.drop_index("ix_timeline_entries_answers")
        batch_op.create_index(
            "ix_timeline_entries_first_answer",
            ["inquiry_id", "at"],
            unique=False,
            sqlite_where=sa.text(ANSWERING),
            postgresql_where=sa.text(ANSWERING),
        )


def downgrade() -> None:
    with op.batch_alter_table("timeline_entries") as batch_op:
        batch_op.drop_index("ix_timeline_entries_first_answer")
        batch_op.create_index(
            "ix_timeline_entries_answers", ["inquiry_id", "kind", "at"], unique=False
        )
