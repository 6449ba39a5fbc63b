"""JSON bodies for the answers Django or DRF would otherwise give as HTML or bare text:
404 (no such route), 400 (e.g. a Host not allowed), 403, 500, and every DRF error."""

from django.http import JsonResponse
from rest_framework.views import exception_handler


def _json(status: int, detail: str) -> JsonResponse:
    response = JsonResponse({"detail": detail}, status=status)
    response.rejection_reason = detail
    return response


def not_found(request, exception=None):
    return _json(404, f"no such resource: {request.path}"[:300])


def bad_request(request, exception=None):
    return _json(400, "bad request")


def forbidden(request, exception=None):
    return _json(403, "forbidden")


def server_error(request):
    return _json(500, "internal server error")


def api_exception_handler(exc, context):
    """DRF's handler (JSON for every APIException), with the reason kept for the log line."""
    response = exception_handler(exc, context)
    if response is not None and isinstance(response.data, dict):
        response.rejection_reason = str(response.data.get("detail", ""))
    return response
