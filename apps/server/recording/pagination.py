"""Keyset (cursor) pagination over a session's events, stable while ingest runs.

Events are served in (occurred_at, row id) order and a page's `next` cursor names the last
event it served: the next page starts strictly after that key. An event stored meanwhile lands
either before the cursor (it is not served to this reader) or after it (served once, later);
nothing shifts, so following `next` from the first page yields every event that was there
exactly once. Page-number pagination cannot: an event ingested with an earlier `occurred_at`
pushes every later one a place down, onto the next page a second time.

A page stops at `page_size` events or at `max_bytes` of event bodies, whichever comes first
(at least one event), so the response size and the worker's memory are bounded whatever the
events hold.
"""

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q

from .models import Event


class BadPageRequest(Exception):
    """A cursor or page_size the server did not make or cannot honour (400)."""


@dataclass(frozen=True)
class Cursor:
    occurred_at: datetime
    row_id: int

    def encode(self) -> str:
        key = json.dumps([self.occurred_at.isoformat(), self.row_id])
        return base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> "Cursor":
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            occurred_at, row_id = json.loads(raw)
            instant = datetime.fromisoformat(occurred_at)
        except (binascii.Error, ValueError, TypeError):
            raise BadPageRequest("cursor is not one this server made") from None
        if type(row_id) is not int or instant.tzinfo is None:
            raise BadPageRequest("cursor is not one this server made")
        return cls(instant, row_id)


@dataclass
class Page:
    bodies: list[str]
    next: Cursor | None


def page_size_of(text: str | None, default: int, maximum: int) -> int:
    if text is None:
        return default
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= maximum:
        raise BadPageRequest(f"page_size must be an integer from 1 to {maximum}")
    return int(text)


def session_page(
    session_id: str, after: Cursor | None, page_size: int, max_bytes: int
) -> Page:
    """One page of the session's events (canonical JSON texts) after `after`."""
    events = Event.objects.filter(session_id=session_id)
    if after is not None:
        events = events.filter(occurred_at__gte=after.occurred_at).exclude(
            Q(occurred_at=after.occurred_at) & Q(id__lte=after.row_id)
        )
    # Keys and sizes first: the bodies of the events that fit are read afterwards.
    keys = list(
        events.order_by("occurred_at", "id").values_list(
            "id", "occurred_at", "body_bytes"
        )[: page_size + 1]
    )
    taken, used = [], 0
    for row_id, occurred_at, size in keys[:page_size]:
        if taken and used + size > max_bytes:
            break
        taken.append((row_id, occurred_at))
        used += size
    bodies_by_id = dict(
        Event.objects.filter(id__in=[row_id for row_id, _ in taken]).values_list(
            "id", "body"
        )
    )
    more = len(keys) > len(taken)
    last = taken[-1] if taken else None
    return Page(
        bodies=[bodies_by_id[row_id] for row_id, _ in taken],
        next=Cursor(last[1], last[0]) if more and last else None,
    )
