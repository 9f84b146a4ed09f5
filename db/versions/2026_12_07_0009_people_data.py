"""people's data under the GDPR: legal basis and contact preferences on people, consents
with how they were given and withdrawn, the audit list, erasures, merges, tombstoned letters
and anonymised inquiries

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(
            sa.Column(
                "legal_basis", sa.String(length=20), nullable=False, server_default="own_request"
            )
        )
        for name in ("no_letters", "no_email", "no_phone"):
            batch_op.add_column(
                sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
            )
    with op.batch_alter_table("consent_records") as batch_op:
        batch_op.add_column(
            sa.Column("given_how", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("withdrawn_how", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("staff_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_consent_records_staff_id_staff_members"),
            "staff_members",
            ["staff_id"],
            ["id"],
        )
    with op.batch_alter_table("inquiries") as batch_op:
        batch_op.add_column(sa.Column("anonymised_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("proposals") as batch_op:
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("erased_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_proposals_erased_by_id_staff_members"),
            "staff_members",
            ["erased_by_id"],
            ["id"],
        )

    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_members.id"], name=op.f("fk_audit_entries_staff_id_staff_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    op.create_index("ix_audit_entries_at", "audit_entries", ["at"], unique=False)
    op.create_index(
        op.f("ix_audit_entries_contact_id"), "audit_entries", ["contact_id"], unique=False
    )

    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_members.id"], name=op.f("fk_erasures_staff_id_staff_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )
    op.create_index(op.f("ix_erasures_at"), "erasures", ["at"], unique=False)

    op.create_table(
        "merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_members.id"], name=op.f("fk_merges_staff_id_staff_members")
        ),
        sa.ForeignKeyConstraint(
            ["undone_by_id"],
            ["staff_members.id"],
            name=op.f("fk_merges_undone_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merges")),
    )
    op.create_index(op.f("ix_merges_at"), "merges", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_merges_at"), table_name="merges")
    op.drop_table("merges")
    op.drop_index(op.f("ix_erasures_at"), table_name="erasures")
    op.drop_table("erasures")
    op.drop_index(op.f("ix_audit_entries_contact_id"), table_name="audit_entries")
    op.drop_index("ix_audit_entries_at", table_name="audit_entries")
    op.drop_table("audit_entries")
    with op.batch_alter_table("proposals") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_proposals_erased_by_id_staff_members"), type_="foreignkey"
        )
        batch_op.drop_column("erased_by_id")
        batch_op.drop_column("erased_at")
    with op.batch_alter_table("inquiries") as batch_op:
        batch_op.drop_column("anonymised_at")
    with op.batch_alter_table("consent_records") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_consent_records_staff_id_staff_members"), type_="foreignkey"
        )
        batch_op.drop_column("staff_id")
        batch_op.drop_column("withdrawn_how")
        batch_op.drop_column("given_how")
    with op.batch_alter_table("contacts") as batch_op:
        for name in ("no_phone", "no_email", "no_letters", "legal_basis"):
            batch_op.drop_column(name)
