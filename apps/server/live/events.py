"""Well-formed events, the same for a given number and run: a load test can send an id
twice and get a repeat, never a conflict."""

ROTATING_SOURCES = ("desktop", "cli", "mobile", "agent")


def make_event(n: int, run: str, sessions: int = 0) -> dict:
    """Event number `n` of `run`: one of the six types in turn. Sessions hold 5,000
    consecutive events, or with `sessions` > 0, events spread over that many sessions."""
    session = n % sessions if sessions else n // 5000
    base = {
        "id": f"{run}-{n}",
        "session_id": f"{run}-session-{session}",
        "occurred_at": f"2026-01-31T09:{(n // 60) % 60:02d}:{n % 60:02d}.{n % 1000:03d}Z",
        "source": ROTATING_SOURCES[n % 4],
    }
    kind = n % 6
    if kind == 0:
        return {**base, "type": "session.started"}
    if kind == 1:
        return {
            **base,
            "type": "app.focused",
            "app": "Terminal",
            "window_title": "zsh — 80×24",
        }
    if kind == 2:
        return {
            **base,
            "type": "capture.frame",
            "uri": f"file:///frames/{n}.png",
            "content_hash": "sha256:" + "ab" * 32,
            "width": 2560,
            "height": 1440,
        }
    if kind == 3:
        return {
            **base,
            "type": "agent.prompt",
            "agent": "claude",
            "prompt": "Summarize the diff",
        }
    if kind == 4:
        return {
            **base,
            "source": "integration",
            "source_detail": "github",
            "type": "agent.response",
            "agent": "claude",
            "response": "The diff renames two files.",
            "in_response_to": None,
        }
    return {**base, "type": "session.stopped"}
