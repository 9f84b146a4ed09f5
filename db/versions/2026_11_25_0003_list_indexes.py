"""indexes for the inquiries list: live-newest-first order, next open follow-up

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 20:55:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inquiries") as batch_op:
        batch_op.create_index(
            "ix_inquiries_live_received", ["deleted_at", "received_on"], unique=False
        )
    with op.batch_alter_table("follow_ups") as batch_op:
        batch_op.create_index(
            "ix_follow_ups_inquiry_open", ["inquiry_id", "done_at", "due_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_ups") as batch_op:
        batch_op.drop_index("ix_follow_ups_inquiry_open")
    with op.batch_alter_table("inquiries") as batch_op:
        batch_op.drop_index("ix_inquiries_live_received")
