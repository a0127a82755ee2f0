"""What the run report and the matrix share: escaping, anchors, the stylesheet and the page frame."""

from __future__ import annotations

import html
import re

from ..masking import mask
from .record import RESULTS

#: How each result reads to a person reviewing a pool.
RESULT_LABELS = {
    "passed": "passed",
    "diverged": "expected divergence",
    "skipped": "skipped",
    "failed": "failed",
    "xpassed-strict": "no longer diverges",
    "not run": "not run",
}

CSS = """
:root { --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#f6f8fa;
  --passed:#1a7f37; --passed-bg:#dafbe1; --diverged:#8a4600; --diverged-bg:#fff1c2;
  --skipped:#59636e; --skipped-bg:#eef1f4; --failed:#cf222e; --failed-bg:#ffebe9;
  --xpassed-strict:#8250df; --xpassed-strict-bg:#f3ecff; --notrun:#8c959f; --notrun-bg:#ffffff; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); margin: 0 auto; padding: 24px 32px 64px; max-width: 1200px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 21px; margin: 36px 0 8px; border-bottom: 2px solid var(--line); }
h3 { font-size: 18px; margin: 28px 0 4px; } h4 { font-size: 15px; margin: 18px 0 4px; color: var(--muted); }
a { color: #0969da; text-decoration: none; } a:hover { text-decoration: underline; }
code, .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.muted { color: var(--muted); } .path { color: var(--muted); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0 20px;
  padding: 12px 16px; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: var(--bg); } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.tags { margin: 2px 0; } .tag { display: inline-block; font-size: 12px; color: var(--muted); background: var(--bg);
  border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; margin-right: 4px; }
.description { white-space: pre-wrap; margin: 6px 0 10px; color: var(--ink); }
.scenario { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px;
  padding: 10px 14px; margin: 10px 0; }
.scenario h5 { font-size: 15px; margin: 0 0 6px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.scenario h5 .anchor { color: var(--muted); font-weight: normal; }
ol.steps { list-style: none; margin: 4px 0; padding: 0 0 0 12px; font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
  font-size: 13.5px; } ol.steps li { margin: 1px 0; }
ol.steps .kw { font-weight: 700; color: #0550ae; display: inline-block; min-width: 3.5em; }
ol.steps li.failing { background: var(--failed-bg); } .r-diverged ol.steps li.failing { background: var(--diverged-bg); } ol.steps table { margin: 4px 0 4px 3.5em; font-size: 13px; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--bg); border: 1px solid var(--line);
  border-radius: 6px; padding: 8px 10px; font-size: 13px; margin: 6px 0; }
.outcome { margin-top: 6px; } .outcome .observed { font-size: 13px; } .example { font-size: 13px; color: var(--muted); }
.badge { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 10px; padding: 0 9px;
  white-space: nowrap; }
.stand-in { font-size: 12px; color: #6639ba; border: 1px dashed #8250df; border-radius: 10px; padding: 0 8px; }
""" + "".join(
    f".r-{name} {{ color: var(--{name}); background: var(--{name}-bg); }}\n"
    f".scenario.r-{name} {{ border-left-color: var(--{name}); background: #fff; color: var(--ink); }}\n"
    for name in RESULTS
) + """
.r-not-run { color: var(--notrun); background: var(--notrun-bg); }
table.matrix td.cell { text-align: center; white-space: nowrap; }
table.matrix th.feature { background: #eaeef2; text-align: left; }
table.matrix td.behaviour { max-width: 620px; }
table.matrix sup a { font-weight: normal; }
ol.notes li { margin: 4px 0; }
"""


def esc(text: object) -> str:
    """Text made safe for HTML content and attribute values, and masked once more (a record may
    have been written by hand or by an older version)."""
    return html.escape(mask("" if text is None else str(text)), quote=True)


class Anchors:
    """Unique, readable ids for linking (#refresh-tokens-a-refresh-returns...)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, *parts: object) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", " ".join(str(p) for p in parts).lower()).strip("-")[:90] or "item"
        anchor, n = slug, 2
        while anchor in self.used:
            anchor, n = f"{slug}-{n}", n + 1
        self.used.add(anchor)
        return anchor


def badge(result: str) -> str:
    css = "not-run" if result == "not run" else result
    return f'<span class="badge r-{esc(css)}">{esc(RESULT_LABELS.get(result, result))}</span>'


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")
