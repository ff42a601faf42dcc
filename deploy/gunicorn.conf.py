"""gunicorn settings for FoU-medel (`make serve`, the container, the systemd unit).

Everything follows the environment: BIND (default 127.0.0.1:8000),
WEB_CONCURRENCY (default 2 workers per CPU core), LOG_FORMAT=json.
"""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# Pages are short database-bound requests: two synchronous workers per core
# keep the cores busy while one worker waits on the database.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 20
# Recycle workers now and then so that a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
wsgi_app = "fou.wsgi:application"

if os.environ.get("LOG_FORMAT", "").strip().lower() == "json":
    access_log_format = (
        '{"time": "%(t)s", "level": "INFO", "logger": "gunicorn.access", '
        '"method": "%(m)s", "path": "%(U)s", "status": %(s)s, "ms": %(M)s, "bytes": "%(B)s"}'
    )
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "fou.operations.logs.JsonLinesFormatter"}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "json"},
            "access": {
                "class": "logging.StreamHandler",
                "formatter": "raw",
                "stream": "ext://sys.stdout",
            },
        },
        "loggers": {
            "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
            "gunicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        },
    }
    logconfig_dict["formatters"]["raw"] = {"format": "%(message)s"}

# No control socket in $HOME: several instances (and the tests' two servers)
# run side by side, and operations use signals and systemd.
control_socket_disable = True
