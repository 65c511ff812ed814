"""A backup made by scripts/backup.sh restores, with every live page and revision intact.

Runs against PostgreSQL only (``make test-postgres``): it makes two databases of its own
beside the test database, loads the demo content into one with ``manage.py``, backs it up,
restores it into the other with scripts/restore.sh, and compares the two.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(
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


@pytest.fixture
def scratch_databases():
    import psycopg

    suffix = secrets.token_hex(4)
    names = [f"backup_source_{suffix}", f"backup_restored_{suffix}"]
    admin = psycopg.connect(DATABASE_URL, autocommit=True)
    for name in names:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield names
    for name in names:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def test_backup_restores_every_live_page_and_revision(scratch_databases, tmp_path):
    source, restored = scratch_databases
    source_env = environment(source, tmp_path / "media")
    run([sys.executable, "manage.py", "migrate", "--no-input", "-v0"], source_env)
    run([sys.executable, "manage.py", "load_demo", "--no-admin"], source_env)
    before = snapshot(source_env)
    assert len(before["pages"]) > 20
    assert len(before["revisions"]) > 20
    assert before["files"] and not before["missing"]

    run(["scripts/backup.sh", str(tmp_path / "backup")], source_env)
    restored_env = environment(restored, tmp_path / "restored-media")
    run(["scripts/restore.sh", str(tmp_path / "backup")], restored_env)
    after = snapshot(restored_env)

    assert after == before


def test_restore_refuses_a_database_in_use(scratch_databases, tmp_path):
    source, _ = scratch_databases
    env = environment(source, tmp_path / "media")
    run([sys.executable, "manage.py", "migrate", "--no-input", "-v0"], env)
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
