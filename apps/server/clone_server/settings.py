"""Settings of the Clone recording server.

Everything that differs between a laptop, CI and production comes from the environment:

- ``DATABASE_URL``: any URL dj-database-url understands (``postgres://user:pass@host/db``,
  ``sqlite:////abs/path.sqlite3``). Default: SQLite at ``apps/server/db.sqlite3`` (gitignored).
- ``CLONE_INGEST_TOKEN``: the bearer token clients send as ``Authorization: Bearer <token>``.
  The server refuses to start without one of at least 16 characters (clone_server.startup).
- ``CLONE_EVENTS_SCHEMA``: path of events.schema.json (default: packages/schema/events.schema.json).
- ``CLONE_SCHEMA_VALIDATOR``: ``fastjsonschema`` (default) or ``jsonschema``.
- ``CLONE_SERVER_TIMING``: ``1`` adds the ``Server-Timing`` header (off: it tells any client
  how the server spends its time).
- the limits below (``CLONE_INGEST_*``, ``CLONE_READ_*``), each documented in the README.
- ``DJANGO_SECRET_KEY`` (required unless ``DJANGO_DEBUG=1``), ``DJANGO_DEBUG`` (``1`` to
  enable), ``DJANGO_ALLOWED_HOSTS`` (comma-separated).
"""

import os
from pathlib import Path

import dj_database_url

SERVER_DIR = Path(__file__).resolve().parent.parent
REPO_ROOT = SERVER_DIR.parent.parent

DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
# No silent fallback: without DJANGO_SECRET_KEY the key is empty, which Django refuses where a
# key is needed and clone_server.startup refuses at start, except with DEBUG on.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or (
    "clone-debug-only-insecure-secret-key" if DEBUG else ""
)
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
    "drf_spectacular",
    "recording",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "clone_server.middleware.ApiResponseMiddleware",
    "django.middleware.common.CommonMiddleware",
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"

ROOT_URLCONF = "clone_server.urls"
WSGI_APPLICATION = "clone_server.wsgi.application"

_SQLITE_DEFAULT = f"sqlite:///{SERVER_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or _SQLITE_DEFAULT,
        conn_max_age=600,
        conn_health_checks=True,
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


def _int_env(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


CLONE_INGEST_TOKEN = os.environ.get("CLONE_INGEST_TOKEN", "")
CLONE_SERVER_TIMING = os.environ.get("CLONE_SERVER_TIMING", "") == "1"

# Limits (documented in apps/server/README.md). One request carries at most this many
# events, bytes of body and JSON values (beyond any: 413), and arrives within this many
# seconds (408). A body over the byte limit is read and dropped up to DRAIN_BYTES first, so
# the client that sends it whole sees the 413.
CLONE_INGEST_MAX_EVENTS = _int_env("CLONE_INGEST_MAX_EVENTS", 1000)
CLONE_INGEST_MAX_BODY_BYTES = _int_env("CLONE_INGEST_MAX_BODY_BYTES", 8 * 1024 * 1024)
CLONE_INGEST_MAX_JSON_VALUES = _int_env(
    "CLONE_INGEST_MAX_JSON_VALUES", 64 * CLONE_INGEST_MAX_EVENTS
)
CLONE_INGEST_BODY_TIMEOUT = float(os.environ.get("CLONE_INGEST_BODY_TIMEOUT") or 30)
CLONE_INGEST_DRAIN_BYTES = _int_env(
    "CLONE_INGEST_DRAIN_BYTES", 2 * CLONE_INGEST_MAX_BODY_BYTES
)
# An error list shows this many errors (and counts them all).
CLONE_MAX_REPORTED_ERRORS = _int_env("CLONE_MAX_REPORTED_ERRORS", 100)
# A page of a session holds at most PAGE_SIZE events (a client may ask for up to
# MAX_PAGE_SIZE) and stops at MAX_PAGE_BYTES of events, though never below one event.
CLONE_READ_PAGE_SIZE = _int_env("CLONE_READ_PAGE_SIZE", 100)
CLONE_READ_MAX_PAGE_SIZE = _int_env("CLONE_READ_MAX_PAGE_SIZE", 1000)
CLONE_READ_MAX_PAGE_BYTES = _int_env("CLONE_READ_MAX_PAGE_BYTES", 4 * 1024 * 1024)
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
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "clone_server.errors.api_exception_handler",
}

# The OpenAPI document: generated by `manage.py openapi` (pnpm protocol:gen), committed, and
# served as committed at /api/schema.
CLONE_OPENAPI_DOCUMENT = SERVER_DIR / "openapi.json"
SPECTACULAR_SETTINGS = {
    "TITLE": "Clone recording API",
    "DESCRIPTION": (
        "Ingests recording events (CloneEvent, generated from packages/schema/src/events.ts) "
        "and serves them back per session. Every answer is JSON."
    ),
    "VERSION": "1.0.0",
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": False,
    "SCHEMA_PATH_PREFIX": "/api/",
    "AUTHENTICATION_WHITELIST": ["recording.auth.IngestTokenAuthentication"],
    "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
    "EXTENSIONS_ROOT": {
        "x-clone-generated": (
            "apps/server: manage.py openapi, run by `pnpm protocol:gen`; never edited by hand"
        )
    },
}

# Each rejected request is one WARNING line from `clone.rejections` (clone_server.middleware);
# django.request's own 4xx lines would repeat them without the reason.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"level": "ERROR"}},
}
