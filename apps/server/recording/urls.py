from django.urls import path

from . import views

urlpatterns = [
    path("events", views.IngestEventsView.as_view(), name="recording-events"),
    # `path`: a session id may hold "/" (sent percent-encoded as %2F, which the server
    # decodes before routing); the route ends at the last "/events".
    path(
        "sessions/<path:session_id>/events",
        views.SessionEventsView.as_view(),
        name="recording-session-events",
    ),
]
