"""The deployment package of the trigger functions: an in-memory zip of ``handlers/``.

The zip holds the handler modules under the top-level package ``PACKAGE``, so the function's handler is
``cc_trigger_handlers.dispatch.handler`` (which hands each event to its trigger's module) and the modules'
relative imports work in the Lambda runtime as they do here. One zip, one function, every trigger.
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


#: CreateFunction's ``Handler``: the dispatcher, which routes each event by its triggerSource.
HANDLER = f"{PACKAGE}.dispatch.handler"


def handler_name(trigger: str) -> str:
    """The handler of one trigger's module (what the dispatcher calls for it)."""
    return f"{PACKAGE}.{MODULES[trigger]}.handler"


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(HANDLERS.glob("*.py")):
            info = zipfile.ZipInfo(f"{PACKAGE}/{path.name}", date_time=STAMP)
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
