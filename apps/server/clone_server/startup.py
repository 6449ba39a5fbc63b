"""What the server checks before it serves a request (called by clone_server.wsgi, so by
gunicorn and by runserver alike): a server that would answer 401 to everyone, or sign with
a key anyone can read, refuses to start and says why."""

import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

MIN_TOKEN_LENGTH = 16


def check_serving_settings() -> None:
    token = settings.CLONE_INGEST_TOKEN
    if len(token) < MIN_TOKEN_LENGTH:
        state = "is not set" if not token else f"has only {len(token)} characters"
        raise ImproperlyConfigured(
            f"The recording server cannot start: CLONE_INGEST_TOKEN {state}. Clients "
            f"authenticate with `Authorization: Bearer <token>`; set it to a secret of at "
            f"least {MIN_TOKEN_LENGTH} characters, e.g. `openssl rand -hex 32`."
        )
    if not settings.DEBUG and not os.environ.get("DJANGO_SECRET_KEY"):
        raise ImproperlyConfigured(
            "The recording server cannot start: DJANGO_SECRET_KEY is not set (it has no "
            "built-in fallback outside DJANGO_DEBUG=1). Set it to a long random secret, "
            "e.g. `openssl rand -hex 32`."
        )
