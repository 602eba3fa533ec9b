"""Test helpers: a live `kg serve` app (uvicorn in a thread, or the real CLI in a subprocess) on a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn


@contextmanager
def live_app(app):
    """Serve an ASGI app on 127.0.0.1 (a free port) in a background thread; yields its base URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="live-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 30, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{process.args} exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing answered at {url} within {seconds} s")


class Served:
    """A running `kg serve`: its URL, its process and what it has written to stderr so far."""

    def __init__(self, base: str, process: subprocess.Popen) -> None:
        self.base, self.process, self.lines = base, process, []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:  # drained all along, so the access log never fills the pipe
        for line in self.process.stderr:
            self.lines.append(line)

    def stop(self) -> int:
        """Ctrl+C, as in a terminal; returns the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(5)
        return self.process.returncode

    @property
    def stderr(self) -> str:
        return "".join(self.lines)


@contextmanager
def kg_serve(graph: Path, *args: str, port: int | None = None):
    """The real `kg serve GRAPH --port P ...` in a subprocess (P free, unless given); yields a `Served`."""
    port = port or free_port()
    cmd = [sys.executable, "-m", "graph", "serve", str(graph), "--port", str(port), *args]
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, PYTHONUNBUFFERED="1"))
    served = Served(f"http://127.0.0.1:{port}", process)
    try:
        wait_for(served.base + "/sparql?query=ASK%7B%7D", process=process)
        yield served
    finally:
        served.stop()


def oxigraph_cli() -> str:
    """The `oxigraph` CLI of the PyPI package the test extra installs (beside this Python, else on PATH)."""
    import shutil

    found = Path(sys.executable).with_name("oxigraph")
    path = str(found) if found.exists() else shutil.which("oxigraph")
    assert path, "the oxigraph CLI is missing: pip install -e '.[test]' installs it"
    return path


@contextmanager
def oxigraph_serve(*args: str, read_only: bool = False):
    """The real Oxigraph server (`oxigraph serve ARGS`, or `serve-read-only`) on a free port; yields its base URL."""
    port = free_port()
    command = [oxigraph_cli(), "serve-read-only" if read_only else "serve", "--bind", f"127.0.0.1:{port}", *args]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query?query=ASK%7B%7D", process=process)
        yield base
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
