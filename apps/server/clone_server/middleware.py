"""Headers every answer carries, and one log line per rejected request."""

import json
import logging

from django.utils.cache import patch_cache_control

REJECTIONS = logging.getLogger("clone.rejections")


class ApiResponseMiddleware:
    """Every answer of this server is API data about one client's recordings: no cache
    may keep it (`Cache-Control: no-store`). Every 4xx answer is logged as one line with
    the reason, the status, the number of events and the client's address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        patch_cache_control(response, no_store=True)
        if 400 <= response.status_code < 500:
            log_rejection(request, response)
        return response


def log_rejection(request, response) -> None:
    reason = getattr(response, "rejection_reason", None)
    if reason is None:
        reason = _detail(response)
    count = getattr(response, "event_count", None)
    REJECTIONS.warning(
        "rejected %s %s: status=%d events=%s client=%s reason=%s",
        request.method,
        json.dumps(request.path)[1:-1][:200],
        response.status_code,
        "-" if count is None else count,
        request.META.get("REMOTE_ADDR", "-"),
        json.dumps(str(reason), ensure_ascii=False)[:500],  # one line, quoted
    )


def _detail(response) -> str:
    data = getattr(response, "data", None)
    if isinstance(data, dict) and "detail" in data:
        return str(data["detail"])
    return response.reason_phrase
