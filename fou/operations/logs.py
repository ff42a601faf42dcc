"""JSON lines for the city's log service (LOG_FORMAT=json): one object per
record with time, level, logger and message, security log included."""

import datetime
import json
import logging


class JsonLinesFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["path"] = request.path
            entry["method"] = request.method
        if getattr(record, "status_code", None):
            entry["status"] = record.status_code
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def use_json_lines(logging_config: dict) -> None:
    """Give every handler of the settings' LOGGING the JSON formatter and send
    the loggers that matter (Django's, the security log, the queue's) to it."""
    logging_config.setdefault("formatters", {})["json"] = {
        "()": "fou.operations.logs.JsonLinesFormatter"
    }
    handlers = logging_config.setdefault("handlers", {})
    handlers.setdefault("console", {"class": "logging.StreamHandler"})
    for handler in handlers.values():
        handler["formatter"] = "json"
    loggers = logging_config.setdefault("loggers", {})
    for name, level in (
        ("django", "INFO"),
        ("fou", "INFO"),
        ("fou.security", "INFO"),
        ("django_tasks", "INFO"),
        ("django_tasks_db", "INFO"),
    ):
        loggers.setdefault(name, {"level": level})
        loggers[name].setdefault("handlers", ["console"])
        loggers[name]["propagate"] = False
