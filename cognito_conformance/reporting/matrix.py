"""The conformance matrix: several runs side by side, one row per behaviour, one column per run.

A behaviour is a feature's scenario (each Outline example its own row); a run that did not run it
shows "not run". A passed cell names what decided it (holds, holds on the stand-in, not proven
here). The run details and the totals come first; a filter shows only the rows where the runs
differ; every reason is a numbered note with its links.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from .. import result_classes
from ..masking import mask
from .links import Linker
from .page import Anchors, badge, class_badge, esc, page
from .record import RESULTS, order, row_key, upgrade

NOT_RUN = "not run"
#: The totals' rows: a passed result split by what decided it, then the other results.
TOTAL_ROWS = (*result_classes.CLASSES, *RESULTS[1:], NOT_RUN)


def _columns(records: Sequence[Mapping]) -> list[dict]:
    labels = Counter(r["run"].get("label") or r["run"].get("implementation") for r in records)
    columns = []
    for record in records:
        run = record["run"]
        label = run.get("label") or run.get("implementation")
        suite = run.get("suite") or {}
        columns.append({
            "label": f"{label} · {run.get('run_id')}" if labels[label] > 1 else label,
            "backend": run.get("backend"), "implementation": run.get("implementation"),
            "implementation_version": run.get("implementation_version"),
            "endpoint": run.get("endpoint"), "region": run.get("region"), "run_id": run.get("run_id"),
            "started": run.get("started"), "duration": run.get("duration"), "command": run.get("command"),
            "suite_commit": suite.get("commit"),
        })
    return columns


def _cell(scenario: Mapping) -> dict:
    divergence = scenario.get("divergence") or {}
    diverged = scenario["result"] == "diverged"
    return {
        "result": scenario["result"],
        "class": scenario.get("result_class"),
        "reason": mask(scenario.get("class_reason") or scenario.get("reason") or scenario.get("error") or "") or None,
        "reference": divergence.get("reference") if diverged else None,
        "upstream": divergence.get("upstream") if diverged else None,
        "stand_in": bool(scenario.get("stand_in")),
    }


def build(records: Sequence[Mapping]) -> dict:
    """The matrix as data: columns (one per run), rows (one per behaviour, in feature order), totals."""
    records = [upgrade(dict(record)) for record in records]
    rows: dict[str, dict] = {}
    for index, record in enumerate(records):
        for scenario in record["scenarios"]:
            key = scenario.get("key") or row_key(scenario)
            row = rows.setdefault(key, {
                "key": key, "feature": scenario["feature"]["name"], "path": scenario["feature"]["path"],
                "domain": scenario["feature"]["domain"], "scenario": scenario["name"],
                "example": scenario["example"], "line": scenario["line"], "order": order(scenario),
                "cells": [None] * len(records)})
            row["cells"][index] = _cell(scenario)
    ordered = sorted(rows.values(), key=lambda r: r.pop("order"))
    for row in ordered:
        row["cells"] = [cell or {"result": NOT_RUN, "class": None, "reason": None, "reference": None,
                                 "upstream": None, "stand_in": False} for cell in row["cells"]]
        row["differs"] = len({(c["result"], c["class"]) for c in row["cells"]}) > 1
    totals = []
    for index in range(len(records)):
        counts = dict.fromkeys((*RESULTS, NOT_RUN, *result_classes.CLASSES), 0)
        for row in ordered:
            cell = row["cells"][index]
            counts[cell["result"]] += 1
            if cell["result"] == "passed":
                counts[cell["class"] or result_classes.HOLDS] += 1
        totals.append(counts)
    return {"columns": _columns(records), "rows": ordered, "totals": totals}


def cell_label(cell: Mapping) -> str:
    """A cell's badge: a passed result says what decided it."""
    if cell["result"] == "passed":
        return class_badge(cell.get("class") or result_classes.HOLDS)
    return badge(cell["result"])


def render(matrix: Mapping, linker: Linker | None = None) -> str:
    linker = linker or Linker()
    columns, rows = matrix["columns"], matrix["rows"]
    anchors, notes = Anchors(), {}  # one numbered note per distinct text
    head = "".join(f'<th class="cell">{esc(c["label"])}</th>' for c in columns)
    bodies, feature, body = [], None, []
    for row in rows:
        if row["path"] != feature:
            if body:
                bodies.append(f'<tbody data-group="feature">{"".join(body)}</tbody>')
            feature, body = row["path"], []
            body.append(f'<tr><th class="feature" colspan="{len(columns) + 1}" id="{anchors.make(feature)}">'
                        f'{esc(row["feature"])} <span class="path">{linker.file(feature)}</span></th></tr>')
        example = ", ".join(f"{k} = {v}" for k, v in row["example"].items())
        example = f'<div class="example">Example: {esc(example)}</div>' if example else ""
        cells = []
        for cell in row["cells"]:
            note, text = "", _note(cell)
            if text:
                n = notes.setdefault(text, (len(notes) + 1, cell))[0]
                note = f'<sup><a href="#note-{n}">{n}</a></sup>'
            title = f' title="{esc(text)}"' if text else ""
            cells.append(f'<td class="cell"{title}>{cell_label(cell)}{note}</td>')
        body.append(f'<tr id="{anchors.make(row["key"])}" data-status="row" data-domain="{esc(row["domain"])}" '
                    f'data-differs="{1 if row.get("differs") else 0}" data-name="{esc(row["scenario"])}">'
                    f'<td class="behaviour">{esc(row["scenario"])}{example}</td>{"".join(cells)}</tr>')
    if body:
        bodies.append(f'<tbody data-group="feature">{"".join(body)}</tbody>')
    notes_html = "".join(f'<li id="note-{n}">{_note_html(text, cell, linker)}</li>' for text, (n, cell) in notes.items())
    differing = sum(1 for row in rows if row.get("differs"))
    body_html = (
        "<header><h1>Cognito conformance matrix</h1>"
        f'<p class="muted">{len(rows)} behaviours on {len(columns)} runs; the runs differ on {differing}. '
        "A passed result says what decided it: “holds” (the implementation under test), “holds on the "
        "stand-in” (the suite's hosted-UI stand-in), “not proven here” (nothing on that backend could make it "
        "fail). Hover a result for its reason, or follow its number to the notes.</p></header>"
        f"<h2 id=\"runs\">Runs</h2>{_runs(columns)}<h2 id=\"totals\">Totals</h2>{_totals(matrix)}"
        f'<h2 id="behaviours">Behaviours</h2>{_toolbar(rows)}'
        f'<table class="matrix"><thead><tr><th>behaviour</th>{head}</tr></thead>{"".join(bodies)}</table>'
        f'<h2 id="notes">Notes</h2><ol class="notes">{notes_html}</ol>')
    return page("Cognito conformance matrix", body_html)


def _note(cell: Mapping) -> str:
    text = cell["reason"] or ""
    if cell["reference"] and cell["reference"] not in text:
        text = f"{text} ({cell['reference']})"
    return text


def _note_html(text: str, cell: Mapping, linker: Linker) -> str:
    html = linker.prose(text)
    if cell.get("upstream"):
        html += " · " + linker.external(cell["upstream"], "upstream issue")
    return html


def _runs(columns: Sequence[Mapping]) -> str:
    fields = (("implementation", "implementation_version"), ("backend", "backend"), ("endpoint", "endpoint"),
              ("region", "region"), ("run id", "run_id"), ("started", "started"), ("duration (s)", "duration"),
              ("suite commit", "suite_commit"), ("command", "command"))
    head = "".join(f"<th>{esc(c['label'])}</th>" for c in columns)
    rows = "".join(f"<tr><th>{esc(name)}</th>" + "".join(
        f"<td>{esc(c.get(key) if c.get(key) not in (None, '') else '—')}</td>" for c in columns) + "</tr>"
        for name, key in fields)
    return f'<table class="runs"><thead><tr><th></th>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _totals(matrix: Mapping) -> str:
    head = "".join(f'<th class="num">{esc(c["label"])}</th>' for c in matrix["columns"])
    rows = []
    for name in TOTAL_ROWS:
        label = class_badge(name) if name in result_classes.CLASSES else badge(name)
        rows.append(f"<tr><th>{label}</th>" + "".join(f'<td class="num">{t.get(name, 0)}</td>' for t in matrix["totals"])
                    + "</tr>")
    total = "".join(f'<th class="num">{sum(t.get(r, 0) for r in (*RESULTS, NOT_RUN))}</th>' for t in matrix["totals"])
    return (f'<table class="totals"><thead><tr><th></th>{head}</tr></thead><tbody>{"".join(rows)}</tbody>'
            f"<tfoot><tr><th>behaviours</th>{total}</tr></tfoot></table>")


def _toolbar(rows: Sequence[Mapping]) -> str:
    domains = sorted({row["domain"] for row in rows})
    options = "".join(f'<option value="{esc(d)}">{esc(d)}</option>' for d in domains)
    return ('<form id="filters" class="toolbar" onsubmit="return false">'
            '<label><input type="checkbox" name="differ"> only the rows where the runs differ</label>'
            f'<label>domain <select name="domain"><option value="">all</option>{options}</select></label>'
            '<input type="search" name="q" placeholder="search behaviours" aria-label="search">'
            '<span class="count"></span><p class="no-match" hidden>No behaviour matches these filters. '
            '<button type="button" data-clear>clear the filters</button></p></form>')


def write_html(matrix: Mapping, path: Path, root: Path | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    linker = Linker(path.parent, root if root is not None else Linker().root)
    path.write_text(render(matrix, linker), encoding="utf-8")
    return path


def write_json(matrix: Mapping, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(matrix, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
