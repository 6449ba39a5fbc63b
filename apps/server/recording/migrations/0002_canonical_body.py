"""Each event is kept whole, as canonical JSON text (`body`), instead of a jsonb `payload`
plus columns: jsonb and text cannot hold a NUL on PostgreSQL, and the digest now compares
JSON meaning (2560 and 2560.0 are the same event). Existing rows are rewritten in place and
their digests recomputed; the migration runs backwards too."""

import hashlib
import json

from django.db import migrations, models

BASE_KEYS = ("id", "session_id", "occurred_at", "source", "source_detail", "type")


def _json_number(text: str):
    # As recording.wire reads numbers: an integral double within ±(2^53 - 1) is an integer.
    value = float(text)
    if value.is_integer() and abs(value) <= 2**53 - 1:
        return int(value)
    return value


def _canonical(event: dict) -> str:
    # recording.store.canonical_json, frozen here as migrations must be.
    event = json.loads(json.dumps(event), parse_float=_json_number)
    return json.dumps(
        event, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def forwards(apps, schema_editor):
    Event = apps.get_model("recording", "Event")
    for row in Event.objects.order_by("id").iterator(chunk_size=500):
        event = {
            "id": row.event_id,
            "session_id": row.session_id,
            "occurred_at": row.occurred_at_text,
            "source": row.source,
        }
        if row.source_detail is not None:
            event["source_detail"] = row.source_detail
        event["type"] = row.type
        event.update(row.payload)
        text = _canonical(event)
        row.body = text
        row.body_bytes = len(text.encode("utf-8"))
        row.body_sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
        row.save(update_fields=["body", "body_bytes", "body_sha256"])


def backwards(apps, schema_editor):
    Event = apps.get_model("recording", "Event")
    for row in Event.objects.order_by("id").iterator(chunk_size=500):
        event = json.loads(row.body)
        row.occurred_at_text = event["occurred_at"]
        row.source_detail = event.get("source_detail")
        row.payload = {k: v for k, v in event.items() if k not in BASE_KEYS}
        row.save(update_fields=["occurred_at_text", "source_detail", "payload"])


class Migration(migrations.Migration):
    dependencies = [("recording", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="event",
            name="body",
            field=models.TextField(default=""),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="event",
            name="body_bytes",
            field=models.PositiveIntegerField(default=0),
            preserve_default=False,
        ),
        migrations.RunPython(forwards, backwards, elidable=False),
        migrations.RemoveField(model_name="event", name="payload"),
        migrations.RemoveField(model_name="event", name="occurred_at_text"),
        migrations.RemoveField(model_name="event", name="source_detail"),
        migrations.AlterField(
            model_name="event",
            name="event_id",
            field=models.TextField(),
        ),
        migrations.AddConstraint(
            model_name="event",
            constraint=models.UniqueConstraint(
                fields=["event_id"], name="recording_event_id_unique"
            ),
        ),
    ]
