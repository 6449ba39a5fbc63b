from django.urls import include, path

from clone_server.openapi_view import openapi_document

urlpatterns = [
    path("api/recording/", include("recording.urls")),
    path("api/schema", openapi_document, name="openapi-document"),
]

handler400 = "clone_server.errors.bad_request"
handler403 = "clone_server.errors.forbidden"
handler404 = "clone_server.errors.not_found"
handler500 = "clone_server.errors.server_error"
