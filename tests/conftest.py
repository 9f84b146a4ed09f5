"""Shared test set-up: Qt without a screen, no test near the real user data folder, and
databases made from files migrated once per session."""

from __future__ import annotations

import copy
import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

# Before anything imports Qt. A developer may still choose, e.g., QT_QPA_PLATFORM=xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Variables platformdirs reads on Linux, macOS and Windows to find the user's folders.
USER_DIR_VARS = (
    "HOME",
    "USERPROFILE",
    "APPDATA",
    "LOCALAPPDATA",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
)


@pytest.hookimpl(tryfirst=True)  # before pytest's own hook reads --basetemp
def pytest_configure(config: pytest.Config) -> None:
    _short_basetemp(config)
    # The offscreen platform reports this whenever a shown window's size hints change;
    # it says nothing about our code, and Qt warnings otherwise fail tests.
    config.addinivalue_line("qt_log_ignore", r"This plugin does not support propagateSizeHints")
    # Likewise raise() and keyboard grabs of popups (combo boxes, completers).
    config.addinivalue_line("qt_log_ignore", r"This plugin does not support (raise|grabbing)")


def _short_basetemp(config: pytest.Config) -> None:
    """Under pytest-xdist (`-n 2`), the test folders are made in a new folder of the system's
    temporary folder rather than in pytest's own, which each worker lengthens by a folder of
    its own: messages show a path longer than 80 characters shortened, and tests compare the
    whole path they gave. Removed after a run that passed, kept after one that failed."""
    if hasattr(config, "workerinput") or config.option.basetemp:
        return  # an xdist worker (its folder is given), or the developer chose one
    if not config.pluginmanager.hasplugin("xdist") or not config.getoption("numprocesses"):
        return
    config.option.basetemp = tempfile.mkdtemp(prefix="msek-")
    config.stash[_MADE_BASETEMP] = Path(config.option.basetemp)


_MADE_BASETEMP = pytest.StashKey[Path]()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first: run in parallel (.ci/run), the other workers take the many short
    ones meanwhile instead of waiting at the end for one worker's long test."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    made = session.config.stash.get(_MADE_BASETEMP, None)
    if made is not None and exitstatus == 0:
        shutil.rmtree(made, ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, the XDG folders and MSEK_DB into this test's temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    for name in USER_DIR_VARS:
        monkeypatch.setenv(name, str(home / name.lower()) if name.startswith("XDG") else str(home))
    monkeypatch.setenv("MSEK_DB", str(tmp_path / "msek-test.db"))
    return home


@pytest.fixture
def db_path(isolated_user_dirs: Path) -> Path:
    """The database file MSEK_DB names for this test (not created yet)."""
    return Path(os.environ["MSEK_DB"])


@pytest.fixture(autouse=True)
def no_leftover_translators() -> Iterator[None]:
    """Translators a test left installed (app.main --lang fr) go: the next test is in English."""
    yield
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator) if app is not None else []:
        QCoreApplication.removeTranslator(translator)


# -- databases: migrated once, copied per test ------------------------------------------------

T = TypeVar("T")
Step = tuple[str, str, str, str]  # what was built: function, arguments


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _closed(path: Path) -> bool:
    """Nothing of the database lives outside its file: no connection left a -wal behind."""
    return not any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))


class DatabaseFiles:
    """Database files made once per test session and copied for each test.

    `open(path)` copies a closed, checkpointed, fully migrated file to `path` and opens it: the
    test gets a database of its own, as open_database(path, create=True) would make it, without
    running the migrations again (~0.1 s a test here). `build(db, fill, ...)` runs `fill(db,
    ...)` the first time and keeps the file it leaves; a later test whose database is in the
    same state (made by open() and the same builds, in the same order, nothing else written)
    gets a copy of that file and the same result instead. Anything else written to the file
    between builds is noticed (the file is not the one kept) and the build then really runs.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._states: dict[tuple[Step, ...], tuple[Path, Any, str]] = {}
        self._chains: dict[Path, tuple[tuple[Step, ...], str]] = {}
        self.empty = folder / "empty.db"
        from msek_desktop.core import migrations
        from msek_desktop.core.store import open_database

        open_database(self.empty, create=True).dispose()
        assert _closed(self.empty), "the template must be a single, checkpointed file"
        conn = sqlite3.connect(f"{self.empty.as_uri()}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
        assert revision == migrations.head_revision(), "the template is not fully migrated"
        self._states[()] = (self.empty, None, _digest(self.empty))

    def copy(self, path: Path) -> Path:
        """A fully migrated, empty database file at `path` (not opened)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.empty, path)
        return path

    def open(self, path: Path) -> Any:
        """A new, empty, migrated database at `path`, open (the caller disposes of it)."""
        from msek_desktop.core.store import open_database

        database = open_database(self.copy(path))
        self._chains[database.path] = ((), self._states[()][2])
        return database

    def file(
        self, path: Path, fill: Callable[..., Any] | None = None, *args: Any, **kw: Any
    ) -> Path:
        """A closed database file at `path`: empty and migrated, then fill(db, *args, **kw)."""
        database = self.open(path)
        try:
            if fill is not None:
                self.build(database, fill, *args, **kw)
        finally:
            database.dispose()
        return path

    def build(self, db: Any, fill: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """fill(db, *args, **kwargs), or the file and result it gave a test before (on the
        office server: fill, every time)."""
        if db.file_path is None:
            return fill(db, *args, **kwargs)
        chain = self._chains.pop(db.path, None)
        if chain is None or not _closed(db.path) or _digest(db.path) != chain[1]:
            return fill(db, *args, **kwargs)  # written meanwhile: build for real, keep nothing
        step: Step = (fill.__module__, fill.__qualname__, repr(args), repr(sorted(kwargs.items())))
        key = (*chain[0], step)
        if key in self._states:
            kept, result, digest = self._states[key]
            shutil.copyfile(kept, db.path)
        else:
            result = fill(db, *args, **kwargs)
            if not _closed(db.path):
                return result
            kept = self.folder / f"state-{len(self._states)}.db"
            shutil.copyfile(db.path, kept)
            digest = _digest(kept)
            self._states[key] = (kept, result, digest)
        self._chains[db.path] = (key, digest)
        return copy.deepcopy(result)


@pytest.fixture(scope="session")
def database_files(tmp_path_factory: pytest.TempPathFactory) -> DatabaseFiles:
    return DatabaseFiles(tmp_path_factory.mktemp("database-files"))


@pytest.fixture
def new_database(databases: DatabaseFiles) -> Iterator[Callable[..., Any]]:
    """new_database(path, fill=None, *args, **kwargs): a migrated database at `path`, filled
    by fill(db, *args, **kwargs) (see DatabaseFiles.build), open; disposed of after the test.
    In the CLI and window tests' PostgreSQL variant, a database on the test server instead
    (`databases`)."""
    opened: list[Any] = []

    def make(path: Path, fill: Callable[..., Any] | None = None, *args: Any, **kw: Any) -> Any:
        opened.append(databases.open(path))
        if fill is not None:
            databases.build(opened[-1], fill, *args, **kw)
        return opened[-1]

    yield make
    for database in opened:
        database.dispose()


# -- the office server: a throwaway PostgreSQL, its databases copied from a migrated one -------

POSTGRES_ENV = "MSEK_TEST_POSTGRES"  # postgresql://... of a throwaway server (.ci/run starts one)
POSTGRES_REQUIRED_ENV = "MSEK_TEST_POSTGRES_REQUIRED"  # set by .ci/run: no server is a failure


class ServerDatabases:
    """Databases on the test server, made once per worker (names carry the worker and the
    process, so parallel workers and runs never share one): a migrated one, emptied for each
    test back to what the migrations left in it (TRUNCATE, then their rows again: much
    cheaper than a database per test), and new ones on demand (CREATE DATABASE)."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import MetaData
        from sqlalchemy.engine import make_url

        from msek_desktop.core import server
        from msek_desktop.core.store import open_database

        self.url = make_url(url)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.prefix = f"msek_test_{worker}_{os.getpid()}"
        self.admin = server.make_engine(server.ServerAddress(url)).execution_options(
            isolation_level="AUTOCOMMIT"
        )
        self.count = 0
        self.made: set[str] = set()
        self.reused = self.create()
        self.reused_address = self.address(self.reused)
        self.in_use = False
        migrated = open_database(self.reused_address, create=True)
        try:
            self._seeded = self.rows(migrated)
            with migrated.engine.connect() as conn:
                listed = ", ".join(f'"{n}"' for n in self._tables(conn))
                self._truncate = f"TRUNCATE {listed} RESTART IDENTITY CASCADE"
                self._meta = MetaData()
                self._meta.reflect(conn)
        finally:
            migrated.dispose()
        # what tests filled the worker's database with (ServerFiles.build): rows by table
        self.states: dict[tuple[Step, ...], tuple[dict[str, list[dict[str, Any]]], Any]] = {}

    def address(self, name: str) -> Any:
        from msek_desktop.core.server import ServerAddress

        return ServerAddress(self.url.set(database=name).render_as_string(hide_password=False))

    def create(self) -> str:
        """A new, empty database's name."""
        self.count += 1
        name = f"{self.prefix}_{self.count}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
        self.made.add(name)
        return name

    @staticmethod
    def _tables(conn: Any) -> list[str]:
        return [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]

    def rows(self, database: Any) -> dict[str, list[dict[str, Any]]]:
        """Every row the migrations left, by table."""
        with database.engine.connect() as conn:
            found = {}
            for name in self._tables(conn):
                rows = [dict(r._mapping) for r in conn.exec_driver_sql(f'SELECT * FROM "{name}"')]
                if rows:
                    found[name] = rows
            return found

    def fresh(self) -> Any:
        """The worker's migrated database, as the migrations left it, open."""
        from msek_desktop.core import db, server

        # migrated once (__init__): opened as open_database would, without asking again
        database = db.Database(self.reused_address, server.make_engine(self.reused_address))
        self.put_back(database, self._seeded)
        return database

    def put_back(self, database: Any, rows: dict[str, list[dict[str, Any]]]) -> None:
        """The worker's database holding exactly `rows` (by table), its id sequences after
        them: TRUNCATE and INSERT, much cheaper than filling it again."""
        from msek_desktop.core import db

        with database.engine.begin() as conn:
            conn.exec_driver_sql(self._truncate)
            for table in self._meta.sorted_tables:  # parents first
                if rows.get(table.name):
                    conn.execute(table.insert(), rows[table.name])
            db.catch_up_ids(conn, [n for n in rows if "id" in self._meta.tables[n].c])

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.made.discard(name)

    def close(self) -> None:
        for name in sorted(self.made):
            self.drop(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def server_databases() -> Iterator[ServerDatabases]:
    """The test server's databases; the PostgreSQL variants are skipped, with the reason in
    the summary, when MSEK_TEST_POSTGRES is not set, except under .ci/run (a failure)."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        why = f"PostgreSQL: {POSTGRES_ENV} is not set (a throwaway server's URL; .ci/run sets it)"
        if os.environ.get(POSTGRES_REQUIRED_ENV):
            pytest.fail(why)
        pytest.skip(why)
    databases = ServerDatabases(url)
    yield databases
    databases.close()


@pytest.fixture
def new_server_database(server_databases: ServerDatabases) -> Iterator[Callable[..., Any]]:
    """new_server_database(): a migrated database on the test server holding only what the
    migrations put in it, open, disposed of after the test (the first of a test is the
    worker's, emptied; any other a new one, dropped after the test). empty=True: a new
    database without any schema, not opened (its address)."""
    from msek_desktop.core.store import open_database

    opened: list[Any] = []
    made: list[str] = []

    def make(*, empty: bool = False) -> Any:
        if not empty and not server_databases.in_use:
            server_databases.in_use = True
            opened.append(server_databases.fresh())
            return opened[-1]
        made.append(server_databases.create())
        address = server_databases.address(made[-1])
        if empty:
            return address
        opened.append(open_database(address, create=True))
        return opened[-1]

    yield make
    for database in opened:
        database.dispose()
    for name in made:
        server_databases.drop(name)
    server_databases.in_use = False


# -- the CLI and window tests on both databases ---------------------------------------------

BOTH_DATABASES_AREAS = ("cli", "ui")  # folders of tests/; core has its own `db` (tests/core)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A CLI or window test that touches a database (its fixtures reach `database_kind`:
    `new_database`, `databases`) runs on an SQLite file and on the office server, unless it
    is marked database_file (about the file itself: SQLite only)."""
    if "database_kind" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("database_file") is not None:
        return
    tests = Path(__file__).parent
    area = metafunc.definition.path.relative_to(tests).parts[0]
    if area in BOTH_DATABASES_AREAS:
        metafunc.parametrize("database_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    """ "sqlite", or "postgresql" in the office server's variant of a CLI or window test."""
    return str(getattr(request, "param", "sqlite"))


class ServerFiles:
    """What DatabaseFiles does, on the test server, for one test: `open(path)` gives the
    worker's database emptied (new_server_database; `path` is not used) and points MSEK_DB at
    it, `file(path, fill)` gives its ServerAddress, closed (str() is the URL `--db` takes),
    and `build(db, fill)` fills it, or puts back the rows the same builds left before
    (ServerDatabases.states: TRUNCATE and INSERT). A test writing to its database between
    open() and its builds must not build after: those rows would go."""

    def __init__(
        self,
        servers: ServerDatabases,
        make: Callable[..., Any],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        self.servers = servers
        self.make = make
        self.monkeypatch = monkeypatch
        self._chains: dict[int, tuple[Step, ...]] = {}
        self._pointed = False

    def open(self, path: Path | None = None) -> Any:
        database = self.make()
        if database.location == self.servers.reused_address:
            self._chains[id(database)] = ()
        if not self._pointed:  # the test's first database is the one msek finds by itself
            self._pointed = True
            self.monkeypatch.setenv("MSEK_DB", database.location.url)
        return database

    def file(self, path: Path, fill: Callable[..., Any] | None = None, *a: Any, **kw: Any) -> Any:
        database = self.open(path)
        try:
            if fill is not None:
                self.build(database, fill, *a, **kw)
        finally:
            database.dispose()
        return database.location

    def build(self, db: Any, fill: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        chain = self._chains.pop(id(db), None)
        if chain is None:
            return fill(db, *args, **kwargs)
        step: Step = (fill.__module__, fill.__qualname__, repr(args), repr(sorted(kwargs.items())))
        key = (*chain, step)
        if key in self.servers.states:
            rows, result = self.servers.states[key]
            self.servers.put_back(db, rows)
        else:
            result = fill(db, *args, **kwargs)
            self.servers.states[key] = (self.servers.rows(db), result)
        self._chains[id(db)] = key
        return copy.deepcopy(result)


@pytest.fixture
def databases(
    request: pytest.FixtureRequest, database_kind: str, database_files: DatabaseFiles
) -> DatabaseFiles:
    """The test's databases: SQLite files (database_files), or on the office server in the
    PostgreSQL variant of a CLI or window test (ServerFiles, with the same calls)."""
    if database_kind != "postgresql":
        return database_files
    servers: ServerDatabases = request.getfixturevalue("server_databases")
    make = request.getfixturevalue("new_server_database")
    server_files = ServerFiles(servers, make, request.getfixturevalue("monkeypatch"))
    return server_files  # type: ignore[return-value]  # the same calls as DatabaseFiles
