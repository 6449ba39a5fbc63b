"""`manage.py openapi [--check]`: writes the API's OpenAPI 3.1 document (drf-spectacular, from
the views and the generated serializers) to settings.CLONE_OPENAPI_DOCUMENT, or with
--check compares it with the committed one (exit 1 and a diff when stale). Run by
`pnpm protocol:gen` / `pnpm protocol:check` through scripts/python/openapi.sh."""

import difflib
import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def render_document() -> str:
    """The document as committed: 2-space JSON, key order as spectacular builds it."""
    from drf_spectacular.drainage import GENERATOR_STATS
    from drf_spectacular.generators import SchemaGenerator

    GENERATOR_STATS.reset()
    schema = SchemaGenerator().get_schema(request=None, public=True)
    if GENERATOR_STATS:
        GENERATOR_STATS.emit_summary()
        raise CommandError(
            "drf-spectacular could not describe everything (warnings above); fix them first"
        )
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="compare with the committed document instead of writing it",
        )

    def handle(self, *args, check: bool = False, **options):
        path = Path(settings.CLONE_OPENAPI_DOCUMENT)
        text = render_document()
        shown = path.relative_to(settings.REPO_ROOT)
        if not check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                self.stdout.write(f"openapi: wrote {shown}")
            else:
                self.stdout.write(f"openapi: {shown} unchanged")
            return
        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        if committed == text:
            self.stdout.write(f"openapi: {shown} is up to date")
            return
        diff = list(
            difflib.unified_diff(
                committed.splitlines(),
                text.splitlines(),
                str(shown),
                "generated",
                lineterm="",
            )
        )
        self.stdout.write("\n".join(diff[:80]))
        if len(diff) > 80:
            self.stdout.write(f"... ({len(diff) - 80} more diff lines)")
        self.stderr.write(
            f"openapi: {shown} is stale or missing; run `pnpm protocol:gen` to regenerate it"
        )
        sys.exit(1)
