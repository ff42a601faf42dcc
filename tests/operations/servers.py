"""Start FoU-medel servers on loopback ports for the two-server test and the
load benchmark: gunicorn as `make serve` starts it, or the development server."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url: str, media_root: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"LOG_FORMAT"}}
    env.update(
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        DJANGO_DEBUG="0",
        SECRET_KEY="loopback-test-key-" + "k" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        SECURE_HSTS_SECONDS="0",
        **extra,
    )
    return env


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)}: {done.stderr.strip()[-2000:]}")
    return done


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            said = process.stdout.read()[-2000:] if process.stdout else "see its log"
            raise RuntimeError(f"server ended: {said}")
        try:
            with urllib.request.urlopen(url + "halsa/", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@contextmanager
def server(
    env: dict,
    *,
    kind: str = "gunicorn",
    workers: int = 1,
    port: int | None = None,
    log: Path | None = None,
):
    """Yields the base URL (http://127.0.0.1:PORT/) of a running server. With
    `log`, its output goes to that file (a server logging many errors would
    otherwise fill an unread pipe and stop)."""
    port = port or free_port()
    if kind == "gunicorn":
        env = {**env, "BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers)}
        command = [sys.executable, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py"]
        command += ["--access-logfile", "/dev/null"]
    else:  # the development server, as `make run` starts it (DEBUG on: it serves static)
        env = {**env, "DJANGO_DEBUG": "1"}
        command = [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
    output = open(log, "w") if log else subprocess.PIPE  # noqa: SIM115 – closed below
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, text=True
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log:
            output.close()


def create_database(url: str) -> None:
    base, name = url.rsplit("/", 1)
    subprocess.run(["psql", base + "/postgres", "-q", "-c", f"CREATE DATABASE {name}"], check=True)


def drop_database(url: str) -> None:
    base, name = url.rsplit("/", 1)
    subprocess.run(
        ["psql", base + "/postgres", "-q", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
        capture_output=True,
    )


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process on port {port} ended")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port} after {seconds} s")
