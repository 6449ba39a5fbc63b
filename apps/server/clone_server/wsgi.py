"""WSGI entry point, e.g. `gunicorn clone_server.wsgi` from apps/server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clone_server.settings")

application = get_wsgi_application()
