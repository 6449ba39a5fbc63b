from django.urls import path

from . import views

urlpatterns = [
    path("events", views.IngestEventsView.as_view(), name="recording-events"),
    path(
        "sessions/<str:session_id>/events",
        views.SessionEventsView.as_view(),
        name="recording-session-events",
    ),
]
