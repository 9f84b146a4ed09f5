"""indexes for the office's figures: a period's inquiries by stage, side, kind and lost
reason, the live ones by stage, an inquiry's first answer, each read from an index alone

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 11:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inquiries") as batch_op:
        batch_op.create_index(
            "ix_inquiries_figures",
            ["deleted_at", "received_on", "stage", "side", "kind", "lost_reason"],
            unique=False,
        )
        batch_op.create_index("ix_inquiries_live_stage", ["deleted_at", "stage"], unique=False)
    with op.batch_alter_table("timeline_entries") as batch_op:
        batch_op.create_index(
            "ix_timeline_entries_answers", ["inquiry_id", "kind", "at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("timeline_entries") as batch_op:
        batch_op.drop_index("ix_timeline_entries_answers")
    with op.batch_alter_table("inquiries") as batch_op:
        batch_op.drop_index("ix_inquiries_live_stage")
        batch_op.drop_index("ix_inquiries_figures")
