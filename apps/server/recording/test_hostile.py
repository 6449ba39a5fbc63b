"""Hostile input, one finding of issue 10 at a time, in process (Django's test client; the
same suite runs on SQLite and on PostgreSQL, see scripts/test-all.sh). Every test here
failed on the server before the fix it is named after. test_live.py covers what needs a
real server: the production command, the fuzz run and the concurrency run."""

import json
import logging
import os
import subprocess
import sys
import threading
import time

import pytest
from django.db import connection, transaction
from rest_framework.test import APIClient

from conftest import SERVER_DIR, TOKEN
from recording.models import Event
from recording.store import store_events
from recording.tests import event, post, session_url

URL = "/api/recording/events"
MAX_WIRE_INTEGER = 2**53 - 1  # I-JSON's interoperable integers (RFC 7493 section 2.2)


def agent_prompt(n: int = 1, prompt: str = "hi", **overrides) -> dict:
    base = event(n, **overrides)
    del base["app"], base["window_title"]
    return {**base, "type": "agent.prompt", "agent": "claude", "prompt": prompt}


def raw_post(client, data: bytes | str, content_type="application/json", **extra):
    return client.generic("POST", URL, data, content_type=content_type, **extra)


# ---------------------------------------------------------------------------------------
# 1. Deep nesting


@pytest.mark.django_db
@pytest.mark.parametrize("depth", [65, 999, 1000, 5000, 50_000])
def test_1_deep_nesting_is_400_not_a_crash(client, depth):
    for body in ("[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth):
        response = raw_post(client, body)
        assert response.status_code == 400, response.content[:300]
        assert "nested deeper than 64 levels" in response.json()["detail"]
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_1_deep_nesting_inside_an_event_names_its_pointer(client):
    deep = agent_prompt(1)
    deep["prompt"] = json.loads("[" * 70 + "]" * 70)
    response = post(client, {"events": [agent_prompt(0), deep]})
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["index"] == 1
    assert error["pointer"] == "/prompt" + "/0" * 61
    assert error["message"] == "nested deeper than 64 levels"


# ---------------------------------------------------------------------------------------
# 2. Lone surrogates


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ('"hi \\ud800 there"', "/prompt"),  # escaped high surrogate
        ('"\\udfff"', "/prompt"),  # escaped low surrogate
        ('"\\udc00\\ud800"', "/prompt"),  # a pair in the wrong order
        ('"\\uD83D x"', "/prompt"),  # uppercase hex, in a body with no `\\ud`
        ('"\\u00e9 \\uDBFF"', "/prompt"),  # after another escape
    ],
)
def test_2_an_escaped_lone_surrogate_is_400_at_its_pointer(client, text, pointer):
    body = json.dumps({"events": [agent_prompt(1), agent_prompt(2, prompt="@@")]})
    response = raw_post(client, body.replace('"@@"', text))
    assert response.status_code == 400, response.content
    assert response.json()["errors"] == [
        {
            "index": 1,
            "pointer": pointer,
            "message": "holds a lone surrogate or bytes that are not UTF-8 (not Unicode text)",
        }
    ]
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_2_raw_surrogate_bytes_are_400_at_their_pointer(client):
    body = json.dumps(agent_prompt(1, prompt="@@")).encode()
    response = raw_post(client, body.replace(b"@@", b"\xed\xa0\x80"))
    assert response.status_code == 400, response.content
    [error] = response.json()["errors"]
    assert (error["index"], error["pointer"]) == (0, "/prompt")


@pytest.mark.django_db
def test_2_a_lone_surrogate_in_a_key_is_400(client):
    body = json.dumps(agent_prompt(1)).replace('"agent":', '"\\ud83d":')
    response = raw_post(client, body)
    assert response.status_code == 400
    assert response.json()["errors"][0]["pointer"] == "/\\ud83d"


@pytest.mark.django_db
def test_2_a_surrogate_pair_is_an_ordinary_character(client):
    body = json.dumps(agent_prompt(1, prompt="@@")).replace("@@", "\\ud83d\\ude00")
    assert raw_post(client, body).status_code == 201
    assert Event.objects.get().as_event()["prompt"] == "\U0001f600"


# ---------------------------------------------------------------------------------------
# 3. NUL is stored losslessly; a NUL in a URL is a 4xx


@pytest.mark.django_db
def test_3_nul_in_any_string_reads_back_equal(client):
    sent = agent_prompt(1, prompt="a\x00b\x00", source="integration")
    sent["source_detail"] = "gh\x00app"
    assert post(client, sent).status_code == 201, connection.vendor
    listed = client.get(session_url(sent["session_id"])).json()
    assert listed["results"] == [sent]


@pytest.mark.django_db
@pytest.mark.parametrize("session_id", ["ses%00", "ses%00x", "%01", "a%0Ab"])
def test_3_a_control_character_in_a_session_url_is_400_or_404(client, session_id):
    response = client.get(f"/api/recording/sessions/{session_id}/events")
    assert response.status_code in (400, 404)
    assert response["Content-Type"] == "application/json"


# ---------------------------------------------------------------------------------------
# 4. Ids have a length limit every index takes


@pytest.mark.django_db
@pytest.mark.parametrize("length", [2700, 10_000])
def test_4_a_long_id_is_400_not_a_database_error(client, length):
    for field in ("id", "session_id"):
        response = post(client, event(1, **{field: "x" * length}))
        assert response.status_code == 400
        assert response.json()["errors"][0]["pointer"] == f"/{field}"
    response = client.get(session_url("x" * length))
    assert response.status_code == 400
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_4_the_longest_ids_are_stored_and_read_back(client):
    longest = "\U0001f600" * 256  # 256 code points, 1024 bytes of UTF-8
    sent = event(1, id=longest, session_id=longest)
    assert post(client, sent).status_code == 201
    assert client.get(session_url(longest)).json()["results"] == [sent]


# ---------------------------------------------------------------------------------------
# 5. A race between two requests storing the same ids is never a 500


@pytest.mark.django_db(transaction=True)
def test_5_ids_committed_by_another_request_mid_ingest_are_duplicates(ingest_token):
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite has one writer at a time: another request cannot commit inside ours"
        )
    batch = [event(n) for n in range(1, 4)]
    racers = iter([batch[0], batch[1]])

    def race_before_insert(execute, sql, params, many, context):
        # Before each INSERT of ours, another request stores one of our events and commits.
        if sql.lstrip().upper().startswith("INSERT") and "recording_event" in sql:
            racer = next(racers, None)
            if racer is not None:
                other = APIClient()
                other.credentials(HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
                thread = threading.Thread(target=post, args=(other, racer))
                thread.start()
                thread.join()
        return execute(sql, params, many, context)

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    with connection.execute_wrapper(race_before_insert):
        response = post(client, {"events": batch})
    assert response.status_code == 201, response.content
    body = response.json()
    assert sorted(body["stored"] + body["duplicates"]) == ["evt-1", "evt-2", "evt-3"]
    assert "evt-3" in body["stored"] and "evt-1" in body["duplicates"]
    assert Event.objects.count() == 3


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("same_meaning", [True, False], ids=["repeat", "conflict"])
def test_5_an_id_committed_while_our_insert_waits_for_it_is_judged_by_its_digest(
    ingest_token, same_meaning
):
    """Another request holds evt-2 uncommitted when ours begins; our insert waits for it,
    then skips it. The row was committed after our statement's snapshot, so the statement
    itself cannot read its digest: the store must still tell a repeat from a conflict."""
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite has one writer at a time: another request cannot commit inside ours"
        )
    batch = [event(n) for n in range(1, 4)]
    theirs = batch[1] if same_meaning else {**batch[1], "window_title": "another"}
    holding, release, answers = threading.Event(), threading.Event(), []

    def other_request():
        try:
            with transaction.atomic():
                store_events([theirs])
                holding.set()
                release.wait(30)
        finally:
            connection.close()

    def our_request():
        try:
            client = APIClient()
            client.credentials(HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
            answers.append(post(client, {"events": batch}))
        finally:
            connection.close()

    other = threading.Thread(target=other_request)
    other.start()
    assert holding.wait(30)
    ours = threading.Thread(target=our_request)
    ours.start()
    try:
        waiting = 0
        for _ in range(300):  # until our insert waits for their row's transaction
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                    "'Lock' AND datname = current_database()"
                )
                [waiting] = cursor.fetchone()
            if waiting:
                break
            time.sleep(0.05)
        assert waiting == 1
    finally:
        release.set()
        other.join(30)
        ours.join(30)
    [response] = answers
    if same_meaning:
        assert response.status_code == 201, response.content
        assert response.json() == {
            "stored": ["evt-1", "evt-3"],
            "duplicates": ["evt-2"],
        }
        assert Event.objects.count() == 3
    else:
        assert response.status_code == 409, response.content
        assert response.json()["conflicts"] == [{"index": 1, "id": "evt-2"}]
        assert list(Event.objects.values_list("event_id", flat=True)) == ["evt-2"]


# ---------------------------------------------------------------------------------------
# 6. Any session id reads back at its own URL


SESSION_IDS = [
    "a/b",
    "a//b/",
    "/leading",
    "100%",
    "%2F",
    "with space",
    "what?x=1",
    "frag#ment",
    "x/events",
    "sessions/y/events",
    "é中文\U0001f600",
    "..",
    "+plus+",
]


@pytest.mark.django_db
@pytest.mark.parametrize("session_id", SESSION_IDS)
def test_6_a_session_id_with_url_delimiters_reads_back(client, session_id):
    sent = event(1, session_id=session_id)
    assert post(client, sent).status_code == 201
    page = client.get(session_url(session_id))
    assert page.status_code == 200, page.content
    assert page.json()["results"] == [sent]


# ---------------------------------------------------------------------------------------
# 8. Outputs are bounded


@pytest.mark.django_db
def test_8_an_error_list_is_capped_and_counts_every_issue(client):
    bad = event(1)
    bad.update({f"unknown-{n}": n for n in range(5000)})
    response = post(client, {"events": [bad] * 3})
    assert response.status_code == 400
    body = response.json()
    assert len(body["errors"]) == 100
    assert body["error_count"] == 3 * 5000
    assert len(response.content) < 20_000


@pytest.mark.django_db
def test_8_an_error_repeats_at_most_300_characters_of_a_key(client):
    response = post(client, event(1, **{"k" * 100_000: 1}))
    assert response.status_code == 400
    assert len(response.content) < 2_000


@pytest.mark.django_db
def test_8_a_page_stops_at_its_byte_budget(client, settings):
    settings.CLONE_READ_MAX_PAGE_BYTES = 250_000
    big = [agent_prompt(n, prompt="p" * 100_000) for n in range(5)]
    for item in big:
        assert post(client, item).status_code == 201
    seen, url, pages = [], session_url("ses-1"), 0
    while url:
        response = client.get(url)
        assert len(response.content) < 250_000 + 1_000
        page = response.json()
        seen += [item["id"] for item in page["results"]]
        url, pages = page["next"], pages + 1
    assert seen == [item["id"] for item in big]
    assert pages == 3


@pytest.mark.django_db
def test_8_a_single_event_over_the_budget_still_gets_its_page(client, settings):
    settings.CLONE_READ_MAX_PAGE_BYTES = 1_000
    sent = agent_prompt(1, prompt="p" * 5_000)
    assert post(client, sent).status_code == 201
    assert client.get(session_url("ses-1")).json() == {"results": [sent], "next": None}


@pytest.mark.django_db
def test_8_more_json_values_than_the_limit_is_413_before_parsing(client, settings):
    settings.CLONE_INGEST_MAX_JSON_VALUES = 10_000
    response = raw_post(client, "[" + ",".join(["[]"] * 20_000) + "]")
    assert response.status_code == 413
    assert "JSON values" in response.json()["detail"]
    # commas inside strings are not values
    text = agent_prompt(1, prompt="," * 50_000)
    assert post(client, text).status_code == 201


# ---------------------------------------------------------------------------------------
# 9. Pages stay stable while ingest runs


@pytest.mark.django_db
def test_9_following_next_while_ingest_runs_yields_every_event_once(client):
    first = [event(n, occurred_at=f"2026-01-31T10:00:{n:02d}Z") for n in range(10)]
    assert post(client, {"events": first}).status_code == 201
    page = client.get(session_url("ses-1") + "?page_size=4").json()
    seen = [item["id"] for item in page["results"]]
    early = 100
    while page["next"]:
        # Events land before and after the reader's position between its requests.
        before = event(early, occurred_at="2026-01-31T09:00:00Z")
        after = event(early + 1, occurred_at="2026-01-31T11:00:00Z")
        assert post(client, {"events": [before, after]}).status_code == 201
        early += 2
        page = client.get(page["next"]).json()
        seen += [item["id"] for item in page["results"]]
    original = [item["id"] for item in first]
    assert len(seen) == len(set(seen)), "an event was served twice"
    assert [i for i in seen if i in original] == original


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "cursor=nonsense",
        "cursor=",
        "cursor=W10",
        "page_size=0",
        "page_size=1001",
        "page_size=x",
        "page_size=%C2%B2",
    ],
)
def test_9_a_bad_cursor_or_page_size_is_400(client, query):
    response = client.get(session_url("ses-1") + "?" + query)
    assert response.status_code == 400, response.content
    assert response.json()["detail"]


# ---------------------------------------------------------------------------------------
# 11. The parser takes UTF-8 application/json only, and I-JSON only


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content_type", "extra"),
    [
        ("text/plain", {}),
        ("application/x-www-form-urlencoded", {}),
        ("", {}),
        ("application/json; charset=utf-16", {}),
        ("application/json; charset=latin-1", {}),
        ("application/json", {"HTTP_CONTENT_ENCODING": "gzip"}),
        ("application/json", {"HTTP_CONTENT_ENCODING": "br"}),
    ],
)
def test_11_anything_but_uncompressed_utf8_json_is_415(client, content_type, extra):
    body = json.dumps(event(1))
    response = raw_post(client, body, content_type=content_type, **extra)
    assert response.status_code == 415, response.content
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_11_json_with_a_utf8_charset_is_accepted(client):
    body = json.dumps(event(1))
    response = raw_post(client, body, content_type="application/json; charset=UTF-8")
    assert response.status_code == 201


@pytest.mark.django_db
@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
)
def test_11_utf16_and_utf32_bodies_are_415(client, encoding):
    response = raw_post(client, json.dumps(event(1)).encode(encoding))
    assert response.status_code == 415, response.content
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_11_a_duplicate_key_is_400_at_its_pointer(client):
    body = json.dumps({"events": [event(1), event(2)]})
    body = body.replace('"app": "Terminal"', '"app": "Terminal", "app": "Other"', 2)
    response = raw_post(client, body)
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {
            "index": i,
            "pointer": "/app",
            "message": "duplicate key (I-JSON allows each key once)",
        }
        for i in (0, 1)
    ]
    top = raw_post(client, '{"events": [], "events": []}')
    assert top.json()["errors"] == [
        {"pointer": "/events", "message": "duplicate key (I-JSON allows each key once)"}
    ]
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_11_a_utf8_bom_is_400(client):
    response = raw_post(client, b"\xef\xbb\xbf" + json.dumps(event(1)).encode())
    assert response.status_code == 400


# ---------------------------------------------------------------------------------------
# 12. The digest compares JSON meaning; numbers stay in I-JSON's range


def capture(n: int = 1, width="2560", **overrides) -> str:
    base = event(n, **overrides)
    del base["app"], base["window_title"]
    body = {**base, "type": "capture.frame", "uri": "file:///f.png"}
    body |= {"content_hash": None, "width": "@W", "height": 1440}
    return json.dumps(body).replace('"@W"', width)


@pytest.mark.django_db
@pytest.mark.parametrize("spelling", ["2560.0", "2.56e3", "2560.000", "25600e-1"])
def test_12_the_same_number_spelled_otherwise_is_the_same_event(client, spelling):
    assert raw_post(client, capture(width="2560")).status_code == 201
    again = raw_post(client, capture(width=spelling))
    assert again.status_code == 200, again.content
    assert again.json() == {"stored": [], "duplicates": ["evt-1"]}


@pytest.mark.django_db
def test_12_keys_in_another_order_are_the_same_event(client):
    sent = event(1)
    assert post(client, sent).status_code == 201
    reordered = dict(reversed(list(sent.items())))
    assert post(client, reordered).json() == {"stored": [], "duplicates": ["evt-1"]}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "literal",
    [
        "1" + "0" * 400,
        "-" + "1" + "0" * 400,
        str(MAX_WIRE_INTEGER + 1),
        str(-MAX_WIRE_INTEGER - 1),
        "9" * 5000,
        "1e400",
        "-1e400",
    ],
)
def test_12_numbers_no_client_can_read_are_400_at_their_pointer(client, literal):
    response = raw_post(client, capture(width=literal))
    assert response.status_code == 400, response.content
    [error] = response.json()["errors"]
    assert (error["index"], error["pointer"]) == (0, "/width")
    assert "I-JSON" in error["message"]
    assert Event.objects.count() == 0


@pytest.mark.django_db
def test_12_the_largest_wire_integer_is_stored_exactly(client):
    assert raw_post(client, capture(width=str(MAX_WIRE_INTEGER))).status_code == 201
    [stored] = client.get(session_url("ses-1")).json()["results"]
    assert stored["width"] == MAX_WIRE_INTEGER


# ---------------------------------------------------------------------------------------
# 14. Production settings


def start_wsgi(env_changes: dict) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CLONE_INGEST_TOKEN", "DJANGO_SECRET_KEY", "DJANGO_DEBUG")
    }
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "-c", "import clone_server.wsgi"],
        cwd=SERVER_DIR,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "reason"),
    [
        ({"DJANGO_SECRET_KEY": "s" * 40}, "CLONE_INGEST_TOKEN is not set"),
        (
            {"DJANGO_SECRET_KEY": "s" * 40, "CLONE_INGEST_TOKEN": "short"},
            "CLONE_INGEST_TOKEN has only 5 characters",
        ),
        ({"CLONE_INGEST_TOKEN": "t" * 16}, "DJANGO_SECRET_KEY is not set"),
    ],
)
def test_14_the_server_refuses_to_start_and_says_why(env, reason):
    result = start_wsgi(env)
    assert result.returncode != 0
    assert reason in result.stderr


def test_14_the_server_starts_with_a_token_and_a_secret_key():
    result = start_wsgi({"CLONE_INGEST_TOKEN": "t" * 16, "DJANGO_SECRET_KEY": "s" * 40})
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_14_api_answers_are_not_sniffed_cached_or_timed(client):
    for response in (
        post(client, event(1)),
        post(client, "{"),
        client.get(session_url("ses-1")),
        client.get("/api/recording/nowhere"),
    ):
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "no-store" in response["Cache-Control"]
        assert "Server-Timing" not in response
        assert response["Content-Type"] == "application/json"


@pytest.mark.django_db
def test_14_404_and_500_are_json(client, monkeypatch):
    missing = client.get("/nowhere")
    assert missing.status_code == 404
    assert missing.json()["detail"].startswith("no such resource")

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("recording.views.store_events", explode)
    client.raise_request_exception = False
    crashed = post(client, event(1))
    assert crashed.status_code == 500
    assert crashed.json() == {"detail": "internal server error"}


@pytest.mark.django_db
def test_14_a_rejection_is_one_log_line_with_reason_status_count_and_client(
    client, caplog
):
    caplog.set_level(logging.WARNING, logger="clone.rejections")
    post(client, {"events": [event(1), event(2, source="integration")]})
    post(client, "{", REMOTE_ADDR="198.51.100.7")
    APIClient().get(session_url("ses-1"))
    lines = [r.getMessage() for r in caplog.records if r.name == "clone.rejections"]
    assert len(lines) == 3
    assert all("\n" not in line for line in lines)
    assert "status=400 events=2 client=127.0.0.1" in lines[0]
    assert "1 of 2 events are invalid" in lines[0]
    assert "status=400 events=- client=198.51.100.7" in lines[1]
    assert "malformed JSON" in lines[1]
    assert "status=401" in lines[2] and "credentials were not provided" in lines[2]
