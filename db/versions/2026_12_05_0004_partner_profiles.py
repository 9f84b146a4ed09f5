"""organisation profiles for the partner ranking, descriptions per language, partner proposals

An organisation gains what it offers and seeks, tags, audiences, working languages, how many
visitors it can host, active or not, and a description in French, Polish and English. The one
description it had moves to its own side's language (Saint-Étienne: French, Katowice: Polish,
elsewhere: English); downgrading keeps that one again (the side's, else any).

partner_proposals: an organisation proposed as an inquiry's partner, with its state.
proposals (the letters made) gain their kind: proposal, acknowledgement or introduction.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 04:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SIDE_LANGUAGE = (("saint_etienne", "fr"), ("katowice", "pl"))


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch_op:
        batch_op.add_column(sa.Column("offers", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("seeks", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("tags", sa.String(length=500), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("audiences", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("languages", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("capacity", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        for code in ("fr", "pl", "en"):
            batch_op.add_column(
                sa.Column(f"description_{code}", sa.Text(), nullable=False, server_default="")
            )
    for side, code in _SIDE_LANGUAGE:
        op.execute(
            sa.text(
                f"UPDATE organisations SET description_{code} = description WHERE side = :s"
            ).bindparams(s=side)
        )
    op.execute(
        "UPDATE organisations SET description_en = description"
        " WHERE side NOT IN ('saint_etienne', 'katowice')"
    )
    with op.batch_alter_table("organisations") as batch_op:
        batch_op.drop_column("description")

    with op.batch_alter_table("proposals") as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=20), nullable=False, server_default="proposal")
        )

    op.create_table(
        "partner_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inquiry_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("decline_reason", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("state_at", sa.DateTime(), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inquiry_id"],
            ["inquiries.id"],
            name=op.f("fk_partner_proposals_inquiry_id_inquiries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_partner_proposals_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"],
            ["staff_members.id"],
            name=op.f("fk_partner_proposals_proposed_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_proposals")),
        sa.UniqueConstraint(
            "inquiry_id", "organisation_id", name="uq_partner_proposals_inquiry_id"
        ),
    )
    with op.batch_alter_table("partner_proposals") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_proposals_inquiry_id"), ["inquiry_id"], unique=False
        )
        batch_op.create_index(
            "ix_partner_proposals_organisation_history",
            ["organisation_id", "state", "state_at", "created_at", "inquiry_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("partner_proposals") as batch_op:
        batch_op.drop_index("ix_partner_proposals_organisation_history")
        batch_op.drop_index(batch_op.f("ix_partner_proposals_inquiry_id"))
    op.drop_table("partner_proposals")
    with op.batch_alter_table("proposals") as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("organisations") as batch_op:
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))
    op.execute(
        "UPDATE organisations SET description = CASE"
        " WHEN side = 'saint_etienne' AND description_fr <> '' THEN description_fr"
        " WHEN side = 'katowice' AND description_pl <> '' THEN description_pl"
        " WHEN description_en <> '' THEN description_en"
        " WHEN description_fr <> '' THEN description_fr"
        " ELSE description_pl END"
    )
    with op.batch_alter_table("organisations") as batch_op:
        for column in (
            "description_en", "description_pl", "description_fr", "active", "capacity",
            "languages", "audiences", "tags", "seeks", "offers",
        ):  # fmt: skip
            batch_op.drop_column(column)
