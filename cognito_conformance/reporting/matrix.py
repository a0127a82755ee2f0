"""The conformance matrix: several runs side by side, one row per behaviour, one column per run.

A behaviour is a feature's scenario (each Outline example its own row); a run that did not run it
shows "not run". Each cell's reason shows on hover and as a numbered note below the table.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..masking import mask
from .page import Anchors, badge, esc, page
from .record import RESULTS, row_key

NOT_RUN = "not run"


def _columns(records: Sequence[Mapping]) -> list[dict]:
    labels = Counter(r["run"].get("label") or r["run"].get("implementation") for r in records)
    columns = []
    for record in records:
        run = record["run"]
        label = run.get("label") or run.get("implementation")
        columns.append({
            "label": f"{label} · {run.get('run_id')}" if labels[label] > 1 else label,
            "backend": run.get("backend"), "implementation": run.get("implementation"),
            "endpoint": run.get("endpoint"), "region": run.get("region"), "run_id": run.get("run_id"),
        })
    return columns


def build(records: Sequence[Mapping]) -> dict:
    """The matrix as data: columns (one per run), rows (one per behaviour, in feature order), totals."""
    rows: dict[str, dict] = {}
    for index, record in enumerate(records):
        for scenario in record["scenarios"]:
            key = scenario.get("key") or row_key(scenario)
            row = rows.setdefault(key, {
                "key": key, "feature": scenario["feature"]["name"], "path": scenario["feature"]["path"],
                "domain": scenario["feature"]["domain"], "scenario": scenario["name"],
                "example": scenario["example"], "line": scenario["line"], "cells": [None] * len(records)})
            divergence = scenario.get("divergence") or {}
            row["cells"][index] = {
                "result": scenario["result"],
                "reason": mask(scenario.get("reason") or scenario.get("error") or "") or None,
                "reference": divergence.get("reference") if scenario["result"] == "diverged" else None,
                "stand_in": bool(scenario.get("stand_in")),
            }
    ordered = sorted(rows.values(), key=lambda r: (r["path"], r["line"], r["key"]))
    for row in ordered:
        row["cells"] = [cell or {"result": NOT_RUN, "reason": None, "reference": None, "stand_in": False}
                        for cell in row["cells"]]
    totals = []
    for index in range(len(records)):
        counts = dict.fromkeys((*RESULTS, NOT_RUN), 0)
        for row in ordered:
            counts[row["cells"][index]["result"]] += 1
        totals.append(counts)
    return {"columns": _columns(records), "rows": ordered, "totals": totals}


def render(matrix: Mapping) -> str:
    columns, rows = matrix["columns"], matrix["rows"]
    anchors, notes = Anchors(), {}  # one numbered note per distinct reason
    head = "".join(f'<th class="cell" title="{esc(_column_title(c))}">{esc(c["label"])}</th>' for c in columns)
    body, feature = [], None
    for row in rows:
        if row["path"] != feature:
            feature = row["path"]
            body.append(f'<tr><th class="feature" colspan="{len(columns) + 1}" id="{anchors.make(feature)}">'
                        f'{esc(row["feature"])} <span class="path">{esc(feature)}</span></th></tr>')
        example = ", ".join(f"{k} = {v}" for k, v in row["example"].items())
        example = f'<div class="example">Example: {esc(example)}</div>' if example else ""
        cells = []
        for column, cell in zip(columns, row["cells"], strict=True):
            note = ""
            text = cell["reason"] or ""
            if cell["reference"] and cell["reference"] not in text:
                text = f"{text} ({cell['reference']})"
            if cell["stand_in"]:
                text = (text + " — " if text else "") + "proved against the hosted-UI stand-in"
            if text:
                n = notes.setdefault(text, len(notes) + 1)
                note = f'<sup><a href="#note-{n}">{n}</a></sup>'
            title = f' title="{esc(text)}"' if text else ""
            stand_in = " *" if cell["stand_in"] else ""
            cells.append(f'<td class="cell"{title}>{badge(cell["result"])}{esc(stand_in)}{note}</td>')
        body.append(f'<tr id="{anchors.make(row["key"])}"><td class="behaviour">{esc(row["scenario"])}{example}</td>'
                    f'{"".join(cells)}</tr>')
    totals = []
    for result in (*RESULTS, NOT_RUN):
        counts = "".join(f'<td class="num">{t[result]}</td>' for t in matrix["totals"])
        totals.append(f"<tr><th>{badge(result)}</th>{counts}</tr>")
    notes_html = "".join(f'<li id="note-{n}">{esc(text)}</li>' for text, n in notes.items())
    body_html = (
        "<header><h1>Cognito conformance matrix</h1>"
        f'<p class="muted">{len(rows)} behaviours on {len(columns)} runs. Hover a result for its reason, '
        "or follow its number to the notes. * = proved against the suite's hosted-UI stand-in.</p></header>"
        f'<table class="matrix"><thead><tr><th>behaviour</th>{head}</tr></thead>'
        f'<tbody>{"".join(body)}</tbody>'
        f'<tfoot><tr><th colspan="{len(columns) + 1}">Totals</th></tr>{"".join(totals)}</tfoot></table>'
        f'<h2 id="notes">Notes</h2><ol class="notes">{notes_html}</ol>')
    return page("Cognito conformance matrix", body_html)


def _column_title(column: Mapping) -> str:
    return (f"backend {column['backend']}, implementation {column['implementation']}, "
            f"endpoint {column['endpoint'] or '—'}, region {column['region'] or '—'}, run {column['run_id']}")


def write_html(matrix: Mapping, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(matrix), encoding="utf-8")
    return path


def write_json(matrix: Mapping, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(matrix, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
