"""Where a message sends the reader: the README's section in a checkout, the command that prints it in an
installed copy.

A wheel's install has no README.md and no env.example.py beside it; it has the README as its package
metadata (the long description) and the template as package data. So a message names
``README.md#configuration`` in a checkout and ``cognito-conformance --guide configuration`` (which prints that
section) in an installed copy, and the env.py template as ``cognito-conformance --init`` (which writes it)
in both (an editable install has the command too).
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

from . import checkout

PACKAGE = Path(__file__).resolve().parent
#: The env.py template, shipped in the package.
ENV_TEMPLATE = PACKAGE / "env.example.py"
DISTRIBUTION = "cognito-conformance"
INIT = "cognito-conformance --init"


def installed() -> bool:
    """Whether this package is a wheel's install (no checkout, no README.md beside it)."""
    return checkout.root() is None


def reference(section: str) -> str:
    """Where to read the README's ``section`` (its GitHub anchor): the file in a checkout, else the command."""
    if installed():
        return f"`cognito-conformance --guide {section}`"
    return f"README.md#{section}"


def env_template_hint() -> str:
    return f"`{INIT}` writes a commented env.py template into the current directory"


def readme() -> str:
    """The README, as the package's metadata carries it."""
    if not installed():
        return (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    try:
        return importlib.metadata.metadata(DISTRIBUTION).get_payload() or ""
    except importlib.metadata.PackageNotFoundError:
        return ""


def slug(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def section(text: str, wanted: str) -> str | None:
    """The README's section whose heading's anchor is ``wanted``, with its subsections."""
    lines, found, level, fenced = text.splitlines(), [], None, False
    for line in lines:
        if line.startswith("```"):
            fenced = not fenced
        heading = None if fenced else re.match(r"^(#{1,6})\s+(.*)$", line)
        if heading and level is not None and len(heading[1]) <= level:
            break
        if heading and level is None and slug(heading[2]) == wanted:
            level = len(heading[1])
        if level is not None:
            found.append(line)
    return "\n".join(found).strip() + "\n" if found else None


def sections(text: str) -> list[str]:
    return [slug(match[1]) for match in re.finditer(r"^#{2,6}\s+(.*)$", text, re.MULTILINE)]
