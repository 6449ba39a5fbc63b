from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

urlpatterns = [
    path("api/recording/", include("recording.urls")),
    path("api/schema", SpectacularAPIView.as_view(), name="openapi-schema"),
]

handler400 = "clone_server.errors.bad_request"
handler403 = "clone_server.errors.forbidden"
handler404 = "clone_server.errors.not_found"
handler500 = "clone_server.errors.server_error"
