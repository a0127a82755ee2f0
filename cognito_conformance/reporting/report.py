"""The HTML report of one run: the features as living documentation, with each scenario's result.

Self-contained (inline CSS, no script, no external asset); every text is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

from .page import Anchors, badge, esc, page
from .record import RESULTS, row_key


def render(record: Mapping) -> str:
    run = record["run"]
    anchors = Anchors()
    domains: dict[str, dict[str, list[Mapping]]] = defaultdict(lambda: defaultdict(list))
    for scenario in record["scenarios"]:
        domains[scenario["feature"]["domain"]][scenario["feature"]["path"]].append(scenario)
    domain_ids = {domain: anchors.make("domain", domain) for domain in sorted(domains)}
    title = f"Cognito conformance on {run.get('label') or run.get('implementation')}"
    parts = [f"<header><h1>{esc(title)}</h1>", _metadata(run), "</header>",
             "<h2 id=\"summary\">Summary by domain</h2>", _summary(domains, domain_ids, record["counts"])]
    for domain in sorted(domains):
        parts.append(f'<section><h2 id="{domain_ids[domain]}">{esc(domain or "other")}</h2>')
        for path in sorted(domains[domain]):
            parts.append(_feature(domains[domain][path], anchors))
        parts.append("</section>")
    return page(f"{title} ({run.get('run_id', '')})", "\n".join(parts))


def write(record: Mapping, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(record), encoding="utf-8")
    return path


def _metadata(run: Mapping) -> str:
    versions = ", ".join(f"{name} {version}" for name, version in sorted((run.get("versions") or {}).items()))
    rows = [("Backend", run.get("backend")), ("Implementation", run.get("implementation")),
            ("Region", run.get("region")), ("Endpoint", run.get("endpoint")), ("Run id", run.get("run_id")),
            ("Started", run.get("started")), ("Finished", run.get("finished")), ("Versions", versions)]
    if run.get("pool_ids"):
        rows.append(("User pools", ", ".join(run["pool_ids"])))
    cells = "".join(f"<dt>{esc(name)}</dt><dd>{esc(value if value not in (None, '') else '—')}</dd>"
                    for name, value in rows)
    return f'<dl class="meta">{cells}</dl>'


def _summary(domains: Mapping, domain_ids: Mapping, totals: Mapping) -> str:
    head = "".join(f'<th class="num">{badge(result)}</th>' for result in RESULTS)
    rows = []
    for domain in sorted(domains):
        counts = dict.fromkeys(RESULTS, 0)
        for scenarios in domains[domain].values():
            for scenario in scenarios:
                counts[scenario["result"]] += 1
        cells = "".join(f'<td class="num">{counts[r] or ""}</td>' for r in RESULTS)
        rows.append(f'<tr><td><a href="#{domain_ids[domain]}">{esc(domain or "other")}</a></td>{cells}'
                    f'<td class="num">{sum(counts.values())}</td></tr>')
    total = "".join(f'<th class="num">{totals.get(r, 0)}</th>' for r in RESULTS)
    return (f'<table class="summary"><thead><tr><th>domain</th>{head}<th class="num">total</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody><tfoot><tr><th>all</th>{total}'
            f'<th class="num">{sum(totals.values())}</th></tr></tfoot></table>')


def _tags(tags) -> str:
    return f'<div class="tags">{"".join(f"<span class=tag>@{esc(t)}</span>" for t in tags)}</div>' if tags else ""


def _feature(scenarios: list[Mapping], anchors: Anchors) -> str:
    feature = scenarios[0]["feature"]
    anchor = anchors.make(feature["path"])
    parts = [f'<article class="feature"><h3 id="{anchor}"><a href="#{anchor}">Feature: {esc(feature["name"])}</a></h3>',
             f'<div class="path">{esc(feature["path"])}</div>', _tags(feature["tags"])]
    if feature["description"]:
        parts.append(f'<div class="description">{esc(feature["description"])}</div>')
    rule_name = None
    for scenario in scenarios:
        rule = scenario.get("rule")
        if rule and rule["name"] != rule_name:
            rule_name = rule["name"]
            parts.append(f'<h4>Rule: {esc(rule_name)}</h4>')
            if rule.get("description"):
                parts.append(f'<div class="description">{esc(rule["description"])}</div>')
        parts.append(_scenario(scenario, anchors))
    parts.append("</article>")
    return "\n".join(parts)


def _scenario(scenario: Mapping, anchors: Anchors) -> str:
    anchor = anchors.make(scenario["feature"]["domain"], scenario["name"], *scenario["example"].values())
    example = ", ".join(f"{k} = {v}" for k, v in scenario["example"].items())
    stand_in = ('<span class="stand-in" title="The OAuth steps ran against the suite\'s hosted-UI stand-in, '
                'not against this backend">proved against the stand-in</span>') if scenario.get("stand_in") else ""
    head = (f'<h5 id="{anchor}"><a class="anchor" href="#{anchor}" title="{esc(row_key(scenario))}">#</a>'
            f'<span>{esc(scenario["keyword"])}: {esc(scenario["name"])}</span>{badge(scenario["result"])}'
            f'{stand_in}</h5>')
    parts = [f'<div class="scenario r-{esc(scenario["result"])}">', head]
    if example:
        parts.append(f'<div class="example">Example: {esc(example)}</div>')
    parts.append(_tags(scenario["tags"]))
    parts.append(_steps(scenario))
    parts.append(_outcome(scenario))
    parts.append("</div>")
    return "".join(parts)


def _steps(scenario: Mapping) -> str:
    failing = (scenario.get("failed_step") or {}).get("text")
    items = []
    for step in scenario["steps"]:
        css = ' class="failing"' if failing is not None and step["text"] == failing else ""
        item = f'<li{css}><span class="kw">{esc(step["keyword"])}</span> {esc(step["text"])}'
        if step.get("table"):
            rows = "".join("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>"
                           for row in step["table"])
            item += f"<table>{rows}</table>"
        if step.get("docstring") is not None:
            item += f"<pre>{esc(step['docstring'])}</pre>"
        items.append(item + "</li>")
    return f'<ol class="steps">{"".join(items)}</ol>' if items else ""


def _outcome(scenario: Mapping) -> str:
    result, step = scenario["result"], scenario.get("failed_step")
    duration = f'<span class="muted"> ({scenario.get("duration", 0):.2f} s)</span>'
    if result == "passed":
        where = "against the hosted-UI stand-in" if scenario.get("stand_in") else "on this backend"
        return f'<div class="outcome">The behaviour holds {where}.{duration}</div>'
    if result == "diverged":
        divergence = scenario.get("divergence") or {}
        text = esc(divergence.get("reason") or scenario.get("reason"))
        reference = divergence.get("reference")
        upstream = divergence.get("upstream")
        ref = f' <span class="muted">Reference: {esc(reference)}</span>' if reference else ""
        if upstream:
            ref += f' <a href="{esc(upstream)}">upstream issue</a>'
        seen = (f'<div class="muted observed">Observed at “{esc(step["keyword"])} {esc(step["text"])}”: '
                f'{esc(step.get("error"))}</div>') if step else ""
        return f'<div class="outcome">Expected divergence: {text}.{ref}{duration}{seen}</div>'
    if result == "skipped":
        return f'<div class="outcome">Skipped: {esc(scenario.get("reason"))}</div>'
    if result == "xpassed-strict":
        return (f'<div class="outcome">A registered divergence no longer diverges: the behaviour now holds. '
                f'Remove its registry entry ({esc(scenario.get("reason"))}).{duration}</div>')
    where = (f'at “{esc(step["keyword"])} {esc(step["text"])}”' if step
             else f'in {esc(scenario.get("phase") or "the test")}')
    return f'<div class="outcome">Failed {where}:{duration}<pre>{esc(scenario.get("error"))}</pre></div>'
