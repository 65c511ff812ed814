"""A real redis-server for a test or a bench, on a free port of the loopback address.

Nothing is written to disk (``--save ""``) and the server stops with the block, so each
use starts from an empty cache.
"""

import shutil
import socket
import subprocess
import time
from contextlib import contextmanager


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def installed():
    return shutil.which("redis-server") is not None


def stop(process):
    """Stop a server the test started, killing it if it does not stop within 30 s."""
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def throwaway_redis(directory):
    """Yields the ``redis://`` address of a server started for the block."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            shutil.which("redis-server"),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(server)
