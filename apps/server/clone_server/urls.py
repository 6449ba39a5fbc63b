from django.urls import include, path

urlpatterns = [
    path("api/recording/", include("recording.urls")),
]
