"""A backup made by scripts/backup.sh restores, with every live page and revision intact.

The round trip runs against PostgreSQL only (``make test-postgres``): it makes two
databases of its own beside the test database, loads the demo content into one with
``manage.py``, backs it up, restores it into the other with scripts/restore.sh, and compares
the two. That a database pg_dump cannot back up is refused runs everywhere.
"""

import json
import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("DATABASE_URL", "")

postgres_only = pytest.mark.skipif(
    not DATABASE_URL.startswith(("postgres://", "postgresql://")),
    reason="backups are of PostgreSQL databases; run with make test-postgres",
)

SNAPSHOT = """
import hashlib, json
from pathlib import Path
from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
pages = {
    page.pk: [page.url_path, page.title, page.live_revision_id, page.latest_revision_id,
              str(page.last_published_at), page.specific_class.__name__]
    for page in Page.objects.live()
}
revisions = {
    revision.pk: hashlib.sha256(json.dumps(revision.content, sort_keys=True).encode()).hexdigest()
    for revision in Revision.objects.all()
}
files = sorted(
    item.file.name for model in (get_image_model(), get_document_model())
    for item in model.objects.all()
)
missing = [name for name in files if not (Path(settings.MEDIA_ROOT) / name).is_file()]
print(json.dumps({"pages": pages, "revisions": revisions, "files": files, "missing": missing}))
"""


def database_url(name):
    """DATABASE_URL with another database name."""
    return DATABASE_URL.rsplit("/", 1)[0] + "/" + name


def run(command, env):
    result = subprocess.run(  # noqa: S603 - the project's own commands
        command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def environment(database, media):
    return {
        **os.environ,
        "DJANGO_ENV": "dev",
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": database_url(database),
        "MEDIA_ROOT": str(media),
        "LOG_LEVEL": "WARNING",
    }


def snapshot(env):
    output = run([sys.executable, "manage.py", "shell", "-c", SNAPSHOT], env)
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def migrated_database(tmp_path_factory):
    """A freshly migrated database, the template of each test's source database.

    Migrating takes half a minute; PostgreSQL copies a database from a template in a moment.
    """
    import psycopg

    name = f"backup_migrated_{secrets.token_hex(4)}"
    admin = psycopg.connect(DATABASE_URL, autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        env = environment(name, tmp_path_factory.mktemp("migrated-media"))
        run([sys.executable, "manage.py", "migrate", "--no-input", "-v0"], env)
        yield name
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def scratch_databases(migrated_database):
    """A migrated source database and an empty one to restore into."""
    import psycopg

    suffix = secrets.token_hex(4)
    names = [f"backup_source_{suffix}", f"backup_restored_{suffix}"]
    admin = psycopg.connect(DATABASE_URL, autocommit=True)
    admin.execute(f'CREATE DATABASE "{names[0]}" TEMPLATE "{migrated_database}"')
    admin.execute(f'CREATE DATABASE "{names[1]}"')
    yield names
    for name in names:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@postgres_only
def test_backup_restores_every_live_page_and_revision(scratch_databases, tmp_path):
    source, restored = scratch_databases
    source_env = environment(source, tmp_path / "media")
    run([sys.executable, "manage.py", "load_demo", "--no-admin"], source_env)
    before = snapshot(source_env)
    assert len(before["pages"]) > 20
    assert len(before["revisions"]) > 20
    assert before["files"] and not before["missing"]

    run(["scripts/backup.sh", str(tmp_path / "backup")], source_env)
    # The dump holds every account's password hash and e-mail address: its owner's only.
    assert mode(tmp_path / "backup") == 0o700
    assert mode(tmp_path / "backup" / "database.dump") == 0o600
    assert mode(tmp_path / "backup" / "media.tar.gz") == 0o600
    restored_env = environment(restored, tmp_path / "restored-media")
    run(["scripts/restore.sh", str(tmp_path / "backup")], restored_env)
    after = snapshot(restored_env)

    assert after == before


@postgres_only
def test_restore_refuses_a_database_in_use(scratch_databases, tmp_path):
    source, _ = scratch_databases
    env = environment(source, tmp_path / "media")
    run(["scripts/backup.sh", str(tmp_path / "backup")], env)
    result = subprocess.run(  # noqa: S603
        ["scripts/restore.sh", str(tmp_path / "backup")],  # noqa: S607
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "restore into an empty one" in result.stderr


def backup(database_url, tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    return subprocess.run(  # noqa: S603
        ["scripts/backup.sh", str(tmp_path / "backup")],  # noqa: S607
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "database_url",
    ["sqlite:///srv/samverkan/db.sqlite3", "mysql://samverkan@localhost/samverkan", "samverkan"],
)
def test_backup_refuses_a_database_pg_dump_cannot_read_and_writes_nothing(database_url, tmp_path):
    (tmp_path / "media").mkdir()
    result = backup(database_url, tmp_path)
    assert result.returncode != 0
    assert "DATABASE_URL must be a PostgreSQL URL" in result.stderr
    assert "nothing was written" in result.stderr
    assert not (tmp_path / "backup").exists()


@postgres_only
def test_backup_refuses_a_malformed_postgresql_url_and_writes_nothing(tmp_path):
    result = backup(DATABASE_URL.rsplit("@", 1)[0] + "@localhost:port/samverkan", tmp_path)
    assert result.returncode != 0
    assert "cannot connect to the database" in result.stderr
    assert not (tmp_path / "backup").exists()
