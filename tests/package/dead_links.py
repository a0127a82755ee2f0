"""The links of a report page that do not resolve: a relative link whose file does not exist at the linked
path, or an in-page link (``#id``) to no element. External (http, https, mailto) links are not followed
(no network here); a fragment of a link to a file (a line, a heading) is not checked.

``python -m tests.package.dead_links REPORT.html`` prints each dead link with its count."""

from __future__ import annotations

import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("href") is not None:
            self.hrefs.append(attributes["href"])


def links(page: Path) -> tuple[list[str], set[str]]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.hrefs, parser.ids


def dead_links(page: Path) -> tuple[int, Counter]:
    """How many links the page has, and its dead ones (each with how often it occurs)."""
    hrefs, ids = links(page)
    dead: Counter = Counter()
    for href in hrefs:
        parts = urlsplit(href)
        if parts.scheme in ("http", "https", "mailto"):
            continue
        if not parts.scheme and not parts.netloc and not parts.path:
            if unquote(parts.fragment) not in ids:
                dead[href] += 1
            continue
        if parts.scheme or parts.netloc or not (page.parent / unquote(parts.path)).resolve().exists():
            dead[href.split("#")[0] or href] += 1
    return len(hrefs), dead


def main(argv: list[str]) -> int:
    total_dead = 0
    for name in argv:
        total, dead = dead_links(Path(name))
        total_dead += sum(dead.values())
        print(f"{name}: {sum(dead.values())} of {total} links dead")
        for href, count in dead.most_common():
            print(f"  x{count} {href}")
    return 1 if total_dead else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
