from django.db import models
from django.utils import timezone


class Event(models.Model):
    """One recorded CloneEvent.

    The five base fields and `type` have columns; the variant's own fields (the generated
    RECORDING_PAYLOAD_FIELDS table) are in `payload`. `occurred_at` is the instant (UTC) for
    ordering and `occurred_at_text` the string exactly as sent, so the event reads back as it
    came in. `body_sha256` identifies the whole event: the same id with the same body is a
    no-op, with another body a conflict.
    """

    event_id = models.TextField(unique=True)
    session_id = models.TextField()
    occurred_at = models.DateTimeField()
    occurred_at_text = models.TextField()
    source = models.CharField(max_length=32)
    source_detail = models.TextField(null=True, blank=True)
    type = models.CharField(max_length=64)
    payload = models.JSONField(default=dict)
    body_sha256 = models.CharField(max_length=64)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # Indexes session_id, and serves a session's events in occurred_at order.
        indexes = [
            models.Index(
                fields=["session_id", "occurred_at", "id"],
                name="recording_event_session",
            )
        ]

    def __str__(self) -> str:
        return f"{self.type} {self.event_id}"

    def as_event(self) -> dict:
        """The event as it was ingested."""
        event = {
            "id": self.event_id,
            "session_id": self.session_id,
            "occurred_at": self.occurred_at_text,
            "source": self.source,
        }
        if self.source_detail is not None:
            event["source_detail"] = self.source_detail
        event["type"] = self.type
        event.update(self.payload)
        return event
