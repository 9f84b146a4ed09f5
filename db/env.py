"""Alembic environment. The connection comes from msek_desktop.core.migrations.upgrade;
run by hand (`alembic -c ...`) it falls back to the URL given on the command line."""

from alembic import context
from sqlalchemy import create_engine

from msek_desktop.core.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    # The search index (FTS5 and its shadow tables) is owned by core.search, not the models.
    return not (type_ == "table" and name.startswith("search_"))


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as conn:
        run(conn)
