"""A Prefect server on 127.0.0.1 for as long as a `with` block lasts.

Schedules never fire on Prefect's ephemeral server, so `ipcoop serve` without a
PREFECT_API_URL starts one of these (and stops it on exit); the tests use it too.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path


class ServerDidNotStart(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(api_url + "/health", timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


@contextmanager
def local_server(home: Path | None = None, port: int | None = None,
                 timeout: float = 90.0, log: Path | None = None):
    """Start `prefect server start` on 127.0.0.1 and yield its API URL."""
    port = port or free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_UI_ENABLED="false")
    env.pop("PREFECT_API_URL", None)
    if home is not None:
        env["PREFECT_HOME"] = str(home)
    prefect = Path(sys.executable).with_name("prefect")
    out = open(log, "wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=out,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + timeout
        while not healthy(api_url):
            if proc.poll() is not None:
                raise ServerDidNotStart(f"prefect server exited with {proc.returncode}")
            if time.monotonic() > deadline:
                raise ServerDidNotStart(f"prefect server not healthy after {timeout:.0f} s")
            time.sleep(0.5)
        yield api_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        if log:
            out.close()


def warm_ephemeral_server():
    """When no Prefect API is configured, start Prefect's ephemeral server now, in a
    background thread, so that its start-up (several seconds, mostly its own process
    booting) overlaps with loading the flow; returns a function that waits for it.
    Prefect would start the same server (a per-process singleton) on first use: this only
    starts it earlier, and any failure here leaves that to Prefect."""
    import threading

    from prefect.settings import get_current_settings

    if get_current_settings().api.url:
        return lambda: None

    def start():
        try:
            from prefect.server.api.server import SubprocessASGIServer

            SubprocessASGIServer().start()
        except Exception:  # noqa: BLE001 - Prefect starts it itself, with its own errors
            pass

    thread = threading.Thread(target=start, name="prefect-server-warmup", daemon=True)
    thread.start()
    return thread.join
