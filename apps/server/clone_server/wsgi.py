"""WSGI entry point: `gunicorn -c python:clone_server.gunicorn_conf clone_server.wsgi` from
apps/server (the production command, see README), or runserver. Refuses to load without
the settings a served API needs (clone_server.startup)."""

import os

from django.core.wsgi import get_wsgi_application

from clone_server.startup import check_serving_settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clone_server.settings")

application = get_wsgi_application()
check_serving_settings()
