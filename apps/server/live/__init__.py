"""The recording server run for real, for the tests that need a live server (test_live.py)
and for the ingest bench (scripts/bench/server.py): a fresh database (server.py), the
production command on a loopback port (server.py), well-formed events (events.py), hostile
bodies (fuzz.py) and many clients at once (load.py). Everything here talks to 127.0.0.1 only
and stops by itself."""
