"""``manage.py serve_demo``, what ``make run`` starts, on a database of its own.

A new SQLite file is migrated, the demo loaded and served; the task worker started beside
the server runs at a lower priority and does the demo's queued work; stopping the server
stops the worker. The site it starts has its own database, whatever the suite's, so the
test runs with the suite on SQLite only.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.redis_server import free_port, stop, wait_for

PROJECT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="runs once, with the suite on SQLite",
)


def children(pid):
    """The ids and command lines of the processes whose parent is ``pid``."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid:
            found[int(entry.name)] = command
    return found


def task_states(database):
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT status, COUNT(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
        )
        return dict(rows.fetchall())


def wait_for_finished_tasks(database, seconds=300):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        states = task_states(database)
        if states.get("SUCCESSFUL"):
            return states
        time.sleep(1)
    raise TimeoutError(f"the worker finished no task: {task_states(database)}")


def test_a_new_database_is_migrated_loaded_served_and_worked_on(tmp_path):
    database = tmp_path / "demo.sqlite3"
    env = {
        **os.environ,
        "DJANGO_ENV": "dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "serve_demo", f"127.0.0.1:{port}"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # The demo is loaded before the first page is served.
        status, html = wait_for(port, "/", server, seconds=600)
        assert status == 200
        assert 'lang="sv"' in html

        workers = [pid for pid, command in children(server.pid).items() if "db_worker" in command]
        assert len(workers) == 1, children(server.pid)
        (worker,) = workers
        assert os.getpriority(os.PRIO_PROCESS, worker) > os.getpriority(
            os.PRIO_PROCESS, server.pid
        ), "the worker runs below the server in priority"
        assert wait_for_finished_tasks(database)["SUCCESSFUL"] > 0

        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    finally:
        stop(server)
    assert not Path(f"/proc/{worker}").exists(), "the worker stopped with the server"
