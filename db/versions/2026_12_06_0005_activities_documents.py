"""documents attached to inquiries and organisations; email templates beside letter templates

documents: a file's bytes kept in the database (so backups hold them), its name, size, media
type, SHA-256, who added it and when, and a bin mark (deleted_at, deleted_by_id).

letter_templates gain their purpose: "letter" (every existing row) or "email"; a name is
unique within a purpose and language. Activities (calls, notes, emails, meetings) are timeline
entries and need no table.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 09:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("letter_templates") as batch_op:
        batch_op.add_column(
            sa.Column("purpose", sa.String(length=10), nullable=False, server_default="letter")
        )
        batch_op.drop_constraint("uq_letter_templates_language", type_="unique")
        batch_op.create_unique_constraint(
            "uq_letter_templates_purpose", ["purpose", "language", "name"]
        )

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inquiry_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["inquiry_id"],
            ["inquiries.id"],
            name=op.f("fk_documents_inquiry_id_inquiries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_documents_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["staff_members.id"],
            name=op.f("fk_documents_added_by_id_staff_members"),
        ),
        sa.ForeignKeyConstraint(
            ["deleted_by_id"],
            ["staff_members.id"],
            name=op.f("fk_documents_deleted_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents") as batch_op:
        for column in ("inquiry_id", "organisation_id", "deleted_at"):
            batch_op.create_index(batch_op.f(f"ix_documents_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch_op:
        for column in ("deleted_at", "organisation_id", "inquiry_id"):
            batch_op.drop_index(batch_op.f(f"ix_documents_{column}"))
    op.drop_table("documents")
    # email templates have no place in a database of the previous release
    op.execute("DELETE FROM letter_templates WHERE purpose <> 'letter'")
    with op.batch_alter_table("letter_templates") as batch_op:
        batch_op.drop_constraint("uq_letter_templates_purpose", type_="unique")
        batch_op.create_unique_constraint("uq_letter_templates_language", ["language", "name"])
        batch_op.drop_column("purpose")
