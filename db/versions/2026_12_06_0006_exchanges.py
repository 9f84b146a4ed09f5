"""exchanges: what happened after an inquiry was agreed; the yearly highlights

exchanges with their organisations (each on its own side), fields, programme items and
funding sources; documents may belong to an exchange; year_highlights: what staff write about
a year for its activity report, per language.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 10:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _versioned() -> list[sa.Column[int]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _exchange_link(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["exchange_id"],
        ["exchanges.id"],
        name=op.f(f"fk_{table}_exchange_id_exchanges"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "exchanges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inquiry_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cancel_reason", sa.String(length=20), nullable=True),
        sa.Column("cancel_note", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("planned_saint_etienne", sa.Integer(), nullable=True),
        sa.Column("planned_katowice", sa.Integer(), nullable=True),
        sa.Column("actual_saint_etienne", sa.Integer(), nullable=True),
        sa.Column("actual_katowice", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("moves_stage", sa.Boolean(), nullable=False),
        *_versioned(),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["inquiry_id"],
            ["inquiries.id"],
            name=op.f("fk_exchanges_inquiry_id_inquiries"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchanges")),
    )
    with op.batch_alter_table("exchanges") as batch_op:
        for column in ("inquiry_id", "status", "starts_on", "ends_on", "deleted_at"):
            batch_op.create_index(batch_op.f(f"ix_exchanges_{column}"), [column], unique=False)

    op.create_table(
        "exchange_organisations",
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        _exchange_link("exchange_organisations"),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_exchange_organisations_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint(
            "exchange_id", "organisation_id", name=op.f("pk_exchange_organisations")
        ),
    )
    op.create_table(
        "exchange_fields",
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.Integer(), nullable=False),
        _exchange_link("exchange_fields"),
        sa.ForeignKeyConstraint(
            ["field_id"],
            ["fields.id"],
            name=op.f("fk_exchange_fields_field_id_fields"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("exchange_id", "field_id", name=op.f("pk_exchange_fields")),
    )
    op.create_table(
        "exchange_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        _exchange_link("exchange_items"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_items")),
    )
    op.create_table(
        "exchange_funding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        _exchange_link("exchange_funding"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_funding")),
    )
    for table in ("exchange_items", "exchange_funding"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.create_index(
                batch_op.f(f"ix_{table}_exchange_id"), ["exchange_id"], unique=False
            )
    op.create_table(
        "year_highlights",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_versioned(),
        sa.PrimaryKeyConstraint("year", "language", name=op.f("pk_year_highlights")),
    )
    with op.batch_alter_table("documents") as batch_op:
        batch_op.add_column(sa.Column("exchange_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_documents_exchange_id_exchanges"),
            "exchanges",
            ["exchange_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(batch_op.f("ix_documents_exchange_id"), ["exchange_id"])


def downgrade() -> None:
    op.execute("DELETE FROM documents WHERE exchange_id IS NOT NULL")
    with op.batch_alter_table("documents") as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_exchange_id"))
        batch_op.drop_constraint(batch_op.f("fk_documents_exchange_id_exchanges"), "foreignkey")
        batch_op.drop_column("exchange_id")
    op.drop_table("year_highlights")
    for table in ("exchange_funding", "exchange_items"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_exchange_id"))
        op.drop_table(table)
    op.drop_table("exchange_fields")
    op.drop_table("exchange_organisations")
    with op.batch_alter_table("exchanges") as batch_op:
        for column in ("deleted_at", "ends_on", "starts_on", "status", "inquiry_id"):
            batch_op.drop_index(batch_op.f(f"ix_exchanges_{column}"))
    op.drop_table("exchanges")
