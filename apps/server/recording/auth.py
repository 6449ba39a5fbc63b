"""Bearer-token authentication for the recording API: `Authorization: Bearer <token>`,
compared in constant time with settings.CLONE_INGEST_TOKEN (from the environment)."""

import hmac

from django.conf import settings
from rest_framework import authentication, exceptions


class IngestClient:
    """Whoever holds the ingest token. Not a Django user: the API has no accounts."""

    is_authenticated = True
    is_anonymous = False

    def __str__(self) -> str:
        return "ingest-client"


class IngestTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header:
            return None  # -> 401 via IsAuthenticated and authenticate_header
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise exceptions.AuthenticationFailed(
                "expected `Authorization: Bearer <token>`"
            )
        expected = settings.CLONE_INGEST_TOKEN
        if not expected or not hmac.compare_digest(
            token.strip().encode(), expected.encode()
        ):
            raise exceptions.AuthenticationFailed("invalid token")
        return (IngestClient(), None)

    def authenticate_header(self, request) -> str:
        return 'Bearer realm="clone-recording"'
