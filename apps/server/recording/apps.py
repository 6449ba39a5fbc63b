from django.apps import AppConfig


class RecordingConfig(AppConfig):
    name = "recording"
    default_auto_field = "django.db.models.BigAutoField"
