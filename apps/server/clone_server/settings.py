"""Settings of the Clone recording server.

Everything that differs between a laptop, CI and production comes from the environment:

- ``DATABASE_URL``: any URL dj-database-url understands (``postgres://user:pass@host/db``,
  ``sqlite:////abs/path.sqlite3``). Default: SQLite at ``apps/server/db.sqlite3`` (gitignored).
- ``CLONE_INGEST_TOKEN``: the bearer token clients send as ``Authorization: Bearer <token>``.
  Unset or empty means no request is authorized.
- ``CLONE_EVENTS_SCHEMA``: path of events.schema.json (default: packages/schema/events.schema.json).
- ``CLONE_SCHEMA_VALIDATOR``: ``fastjsonschema`` (default) or ``jsonschema``.
- ``DJANGO_SECRET_KEY``, ``DJANGO_DEBUG`` (``1`` to enable), ``DJANGO_ALLOWED_HOSTS`` (comma-separated).
"""

import os
from pathlib import Path

import dj_database_url

SERVER_DIR = Path(__file__).resolve().parent.parent
REPO_ROOT = SERVER_DIR.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "clone-dev-only-insecure-secret-key")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get(
        "DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver"
    ).split(",")
    if host.strip()
]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "recording",
]

MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "clone_server.urls"
WSGI_APPLICATION = "clone_server.wsgi.application"

_SQLITE_DEFAULT = f"sqlite:///{SERVER_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or _SQLITE_DEFAULT, conn_max_age=600
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the writer; IMMEDIATE takes the write lock when a
    # transaction starts, so concurrent ingest requests queue instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 600

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "UTC"

# Ingest limits (documented in README): one request carries at most this many events and
# this many bytes of body; beyond either the answer is 413.
CLONE_INGEST_TOKEN = os.environ.get("CLONE_INGEST_TOKEN", "")
CLONE_INGEST_MAX_EVENTS = int(os.environ.get("CLONE_INGEST_MAX_EVENTS", "1000"))
CLONE_INGEST_MAX_BODY_BYTES = int(
    os.environ.get("CLONE_INGEST_MAX_BODY_BYTES", str(8 * 1024 * 1024))
)
DATA_UPLOAD_MAX_MEMORY_SIZE = CLONE_INGEST_MAX_BODY_BYTES
CLONE_EVENTS_SCHEMA = Path(
    os.environ.get(
        "CLONE_EVENTS_SCHEMA", REPO_ROOT / "packages" / "schema" / "events.schema.json"
    )
)
CLONE_SCHEMA_VALIDATOR = os.environ.get("CLONE_SCHEMA_VALIDATOR", "fastjsonschema")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["recording.auth.IngestTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "UNAUTHENTICATED_USER": None,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
