"""The deployment package of the trigger functions: an in-memory zip of ``handlers/``.

The zip holds the handler modules under the top-level package ``PACKAGE``, so each function's handler is
``cc_trigger_handlers.<module>.handler`` and the modules' relative imports of ``common`` work in the
Lambda runtime as they do here. One zip serves every trigger (it is a few kilobytes).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from . import MODULES

PACKAGE = "cc_trigger_handlers"
HANDLERS = Path(__file__).resolve().parent / "handlers"
#: A fixed timestamp: the same handlers give the same bytes (and the same CodeSha256).
STAMP = (2024, 1, 1, 0, 0, 0)


def handler_name(trigger: str) -> str:
    """CreateFunction's ``Handler`` for a trigger's function."""
    return f"{PACKAGE}.{MODULES[trigger]}.handler"


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(HANDLERS.glob("*.py")):
            info = zipfile.ZipInfo(f"{PACKAGE}/{path.name}", date_time=STAMP)
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
