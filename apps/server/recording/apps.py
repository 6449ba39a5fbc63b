from django.apps import AppConfig


class RecordingConfig(AppConfig):
    name = "recording"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import openapi  # noqa: F401 (registers the OpenAPI extensions)
