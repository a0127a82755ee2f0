"""Links a reader would click: sources, references to docs/, feature files and step definitions.

Links into the repository are relative to the page that holds them (a report in reports/ links to
``../features/...``), so they work in a checkout and in a CI artifact that keeps the tree's layout.
The suite's own files are linked where they are: ``cognito_conformance/...`` in the package, ``docs/...``
in the checkout or, installed, in the package's copy (``cognito_conformance/docs``); feature files and
step definitions relative to the run's rootdir, as the record names them (installed: the package).
References in prose (``docs/cognito-spec.md sections 9.1 and 9.2``, ``moto-5.2.5.md 4b``, URLs)
become links; everything else is escaped.
"""

from __future__ import annotations

import html
import os
import re
from functools import lru_cache
from pathlib import Path

from .. import checkout
from .masked_texts import Masked, shown

#: The repository this package is in (a checkout or an editable install), for docs/ anchors.
REPOSITORY = Path(__file__).resolve().parents[2]
#: The package itself, wherever it is installed.
PACKAGE = Path(__file__).resolve().parents[1]
SPEC = "docs/cognito-spec.md"
MOTO_DOC = "docs/moto-5.2.5.md"

_URL = r"https://[^\s<>\"')\]]+[^\s<>\"')\].,;:]"
_SPEC_REF = r"(?:docs/)?cognito-spec\.md(?:,?\s+(?:sections?\s+|§\s*)[0-9]+(?:\.[0-9]+)*(?:(?:,\s*|\s+and\s+)[0-9]+(?:\.[0-9]+)*)*)?"
_MOTO_REF = r"(?:docs/)?moto-5\.2\.5\.md(?:\s+(?:rows?\s+)?[0-9]+[a-z]?\b)?"
_PATH = r"\b(?:features|steps|fixtures|cognito_conformance|docs|scripts|tests)/[\w./-]+\.(?:feature|py|md)(?::[0-9]+)?"
_TOKEN = re.compile(f"(?P<url>{_URL})|(?P<spec>{_SPEC_REF})|(?P<moto>{_MOTO_REF})|(?P<path>{_PATH})")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)*")


def esc(text: object) -> str:
    return html.escape(shown(text), quote=True)


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    slug = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return slug.replace(" ", "-")


def suite_file(path: str) -> Path | None:
    """Where a file of the suite itself is: ``cognito_conformance/...`` in the package; ``docs/...`` in the
    checkout, else in the package's copy. None for any other path (the rootdir's)."""
    head = path.split("/", 1)[0]
    if head == PACKAGE.name:
        return PACKAGE.parent / path
    if head == "docs":
        return (checkout.root() or PACKAGE) / path
    return None


@lru_cache(maxsize=4)
def spec_anchors(root: Path = REPOSITORY) -> dict[str, str]:
    """Section number → anchor of docs/cognito-spec.md ("4.1" → "41-aws-documented-procedure")."""
    anchors: dict[str, str] = {}
    try:
        text = ((root / SPEC) if (root / SPEC).exists() else suite_file(SPEC)).read_text(encoding="utf-8")
    except OSError:
        return anchors
    for line in text.splitlines():
        found = re.match(r"^#{2,4}\s+([0-9]+(?:\.[0-9]+)*)\.?\s+(.*)$", line)
        if found:
            anchors.setdefault(found[1], github_slug(line.lstrip("#")))
    return anchors


class Linker:
    """Builds links from a page at ``page_dir`` into the repository at ``root``.

    Without a known location (a report rendered to a string), links are relative to the repository.
    """

    def __init__(self, page_dir: Path | None = None, root: Path | None = None) -> None:
        self.base, self.page_dir = "", None
        if page_dir is not None and root is not None:
            self.page_dir = Path(page_dir).resolve()
            relative = os.path.relpath(Path(root).resolve(), self.page_dir).replace(os.sep, "/")
            self.base = "" if relative == "." else relative + "/"
        self.root = Path(root) if root is not None else REPOSITORY

    def href(self, path: str, line: int | None = None, anchor: str | None = None) -> str:
        suffix = f"#L{line}" if line else (f"#{anchor}" if anchor else "")
        own = suite_file(path) if self.page_dir is not None else None
        if own is not None and not (self.root / path).exists():
            return os.path.relpath(own, self.page_dir).replace(os.sep, "/") + suffix
        return f"{self.base}{path}{suffix}"

    def file(self, path: str, line: int | None = None, text: str | None = None) -> str:
        label = text if text is not None else (f"{path}:{line}" if line else path)
        href = self.href(path, line)
        if isinstance(path, Masked):  # made of a masked path, a line number and this page's place
            href, label = Masked(href), (Masked(label) if text is None else label)
        return f'<a href="{esc(href)}">{esc(label)}</a>'

    def external(self, url: str, text: str) -> str:
        return f'<a href="{esc(url)}" rel="noopener">{esc(text)}</a>'

    def prose(self, text: object) -> str:
        """``text`` escaped, with its URLs, docs/ references and repository paths as links."""
        text = shown(text)
        out, at = [], 0
        for found in _TOKEN.finditer(text):
            out.append(html.escape(text[at:found.start()], quote=True))
            at = found.end()
            token = found.group(0)
            if found["url"]:
                out.append(self.external(token, token))
            elif found["spec"]:
                out.append(self._spec(token))
            elif found["moto"]:
                out.append(f'<a href="{esc(self.href(MOTO_DOC, anchor="table"))}">{esc(token)}</a>')
            else:
                path, _, line = token.partition(":")
                out.append(self.file(path, int(line) if line else None, token))
        out.append(html.escape(text[at:], quote=True))
        return "".join(out)

    def _spec(self, token: str) -> str:
        anchors = spec_anchors(self.root) if (self.root / SPEC).exists() else spec_anchors()
        name_end = token.index(".md") + 3
        parts = [f'<a href="{esc(self.href(SPEC))}">{esc(token[:name_end])}</a>']
        rest, at = token[name_end:], 0
        for number in _NUMBER.finditer(rest):
            parts.append(esc(rest[at:number.start()]))
            anchor = anchors.get(number[0]) or anchors.get(number[0].split(".")[0])
            parts.append(f'<a href="{esc(self.href(SPEC, anchor=anchor))}">{esc(number[0])}</a>' if anchor
                         else esc(number[0]))
            at = number.end()
        parts.append(esc(rest[at:]))
        return "".join(parts)
