import json

from django.db import models
from django.utils import timezone


class Event(models.Model):
    """One recorded CloneEvent.

    `body` is the event itself, as canonical JSON text (see recording.store.canonical_json):
    stored as text and not as a JSON column, so that any string a JSON text may hold
    (a NUL included, which PostgreSQL's jsonb and text refuse raw) is kept losslessly on every
    database, and a page of events is served without decoding them. `body_sha256` is the
    digest of that text: the same id with the same JSON meaning is a no-op, with another
    meaning a conflict. The columns beside it index, route and order: `session_id` and
    `occurred_at` (the instant in UTC) serve a session's events in order, and `body_bytes`
    lets a page stop at its byte budget before reading bodies.
    """

    event_id = models.TextField()
    session_id = models.TextField()
    occurred_at = models.DateTimeField()
    type = models.CharField(max_length=64)
    source = models.CharField(max_length=32)
    body = models.TextField()
    body_sha256 = models.CharField(max_length=64)
    body_bytes = models.PositiveIntegerField()
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # Constraints and indexes named here (not `unique=True` on the field): PostgreSQL then
        # gets no extra `text_pattern_ops` index to maintain on every insert.
        constraints = [
            models.UniqueConstraint(
                fields=["event_id"], name="recording_event_id_unique"
            )
        ]
        # A session's events in (occurred_at, id) order: the keyset of its pages.
        indexes = [
            models.Index(
                fields=["session_id", "occurred_at", "id"],
                name="recording_event_session",
            )
        ]

    def __str__(self) -> str:
        return f"{self.type} {self.event_id}"

    def as_event(self) -> dict:
        """The event as it was ingested (in canonical form)."""
        return json.loads(self.body)
