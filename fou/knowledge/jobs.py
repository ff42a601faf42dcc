"""The knowledge bank's file imports as background jobs (see fou.jobs.handlers)."""

from fou.jobs.handlers import handles
from fou.knowledge.imports import KIND, import_file_job

handles(KIND)(import_file_job)
