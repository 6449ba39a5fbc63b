"""GET /api/schema: the committed OpenAPI document, as committed (pnpm protocol:check keeps it
current), to anyone: it describes the API, it holds no data. Read once, on first request."""

import functools

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.http import require_safe


@functools.cache
def _document() -> bytes:
    return settings.CLONE_OPENAPI_DOCUMENT.read_bytes()


@require_safe
def openapi_document(request):
    return HttpResponse(_document(), content_type="application/vnd.oai.openapi+json")
