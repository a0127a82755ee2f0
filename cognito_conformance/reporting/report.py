"""The HTML report of one run: what needs attention first, then the features as living documentation.

One self-contained file (inline CSS and a small inline script, no external asset, no build step): a
table of contents; the failed and no-longer-diverging scenarios with their rerun commands; then,
folded to a one-line gist each, the run's details, what decided each passed result (result classes),
what the backend does not enforce grouped by risk, and the scenarios' evidence (the trend since the
previous run stays as trend.py words it); the summary by domain; a toolbar that filters by status,
domain, class and tag expression and searches (the filters kept in the page's address); every result
in a sortable table; then every feature, folded to its name and tallies unless something in it needs
attention. A failed scenario shows its whole failure message, every Cognito and HTTP call it made
(the failing step's call marked), and pytest's output and captured logs, folded.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from .. import evidence as evidence_
from .. import result_classes
from . import risks, summary
from .links import Linker
from .masked_texts import Masked, mask_strings
from .metadata import PYTEST, rerun_command
from .page import Anchors, badge, class_badge, esc, page
from .record import RESULTS, order, row_key
from .trend import KINDS, WHOLE_CATALOGUE
from .trend import scope as trend_scope

ATTENTION = ("failed", "xpassed-strict")


def needs_attention(scenario: Mapping) -> bool:
    """A failure, or a registered divergence that no longer diverges (failed, or on a version the
    registry has not measured, passed and reported)."""
    return scenario["result"] in ATTENTION or bool(scenario.get("no_longer_diverges"))
STEP_LABELS = {"passed": "passed", "failed": "failed", "diverged": "diverged", "not run": "not run",
               "skipped": "skipped", "running": "interrupted"}
STEP_LABELS = {status: Masked(label) for status, label in STEP_LABELS.items()}  # the suite's own words


def render(record: Mapping, linker: Linker | None = None) -> str:
    linker = linker or Linker()
    # Every text of the record masked in one batch: the page then shows them without masking each again.
    record = mask_strings(record, mark=True)
    run, scenarios = record["run"], record["scenarios"]
    anchors = Anchors()
    ids = {scenario["key"]: anchors.make(scenario["feature"]["domain"], scenario["name"],
                                         *scenario["example"].values()) for scenario in scenarios}
    domains: dict[str, dict[str, list[Mapping]]] = defaultdict(lambda: defaultdict(list))
    for scenario in scenarios:
        domains[scenario["feature"]["domain"]][scenario["feature"]["path"]].append(scenario)
    domain_ids = {domain: anchors.make("domain", domain) for domain in sorted(domains)}
    title = f"Cognito conformance on {run.get('label') or run.get('implementation')}"
    trend_html = _trend(record.get("trend"), ids)
    panels = [_attention(scenarios, ids, run, linker), _metadata(run, scenarios), trend_html,
              _classes(scenarios, ids), _not_enforced(scenarios, ids, linker), _evidence(scenarios, ids)]
    parts = [f"<header><h1>{esc(title)}</h1>", _verdict(record), "</header>",
             _contents(scenarios, domains, domain_ids, bool(trend_html)), *panels,
             '<h2 id="summary">Summary by domain</h2>', _summary(domains, domain_ids, record["counts"]),
             _toolbar(scenarios), _results(scenarios, ids)]
    for domain in sorted(domains):
        parts.append(f'<section data-group="domain"><h2 id="{domain_ids[domain]}">{esc(domain or "other")}</h2>')
        for path in sorted(domains[domain]):
            parts.append(_feature(domains[domain][path], ids, run, linker))
        parts.append("</section>")
    return page(f"{title} ({run.get('run_id', '')})", "\n".join(parts))


def write(record: Mapping, path: Path, root: Path | None = None) -> Path:
    """Write the report; links into the repository at ``root`` are relative to ``path``'s folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    linker = Linker(path.parent, root) if root is not None else Linker(path.parent, Linker().root)
    path.write_text(render(record, linker), encoding="utf-8")
    return path


# -- the header ------------------------------------------------------------------------------------


def _verdict(record: Mapping) -> str:
    counts = record["counts"]
    classes = record.get("classes") or {}
    held = ", ".join(f"{classes.get(c, 0)} {c}" for c in result_classes.CLASSES)
    total = sum(counts.values())
    failed = summary.failed_of(counts)
    now_documented = sum(1 for s in record.get("scenarios", ()) if s.get("no_longer_diverges") and s["result"] != "failed")
    run = record.get("run", {})
    words = summary.verdict(failed, now_documented, str(run.get("label") or run.get("implementation") or ""))
    state = "failed" if failed else "passed"
    return (f'<p class="verdict-word {state}"><b>Verdict: {esc(words.replace(" (below)", ""))}</b></p>'
            f'<p class="verdict"><b>{total} scenarios:</b> {counts.get("passed", 0)} passed ({esc(held)}), '
            f'{counts.get("diverged", 0)} expected divergences, {counts.get("skipped", 0)} skipped, '
            f'{failed} failed.</p>')


def hosted_ui_line(scenarios: Sequence[Mapping]) -> str:
    """Which hosted UI the run's OAuth and federation scenarios used, from what they did."""
    hosted = [s for s in scenarios if s.get("hosted_ui")]
    if not hosted:
        return "none: no @oauth or @federation scenario in this run"
    ran = [s for s in hosted if s["result"] != "skipped"]
    if not ran:
        return f"none used: all {len(hosted)} @oauth and @federation scenarios skipped"
    if any(s.get("stand_in") for s in ran):
        return (f"the suite's stand-in on 127.0.0.1 (cognito_conformance/hosted_ui) for {len(ran)} scenarios; "
                "their results hold on the stand-in, not on the implementation")
    from ..implementations import RECORDS

    serving = {r.name for r in RECORDS if r.serves_hosted_ui}
    if all(s.get("hosted_ui") in serving for s in ran):
        return (f"the implementation's own hosted UI at its endpoint ({len(ran)} scenarios ran); their results "
                "are the implementation's")
    return f"the implementation's hosted-UI domain, created for this run ({len(ran)} scenarios ran)"


def _metadata(run: Mapping, scenarios: Sequence[Mapping]) -> str:
    versions = ", ".join(f"{name} {version}" for name, version in sorted((run.get("versions") or {}).items()))
    suite = run.get("suite") or {}
    suite_text = " ".join(x for x in (suite.get("version") and f"cognito-conformance {suite['version']}",
                                      suite.get("commit") and f"commit {suite['commit']}") if x)
    duration = run.get("duration")
    rows = [("Backend", run.get("backend")),
            ("Implementation", run.get("implementation_version") or run.get("implementation")),
            ("Region", run.get("region")), ("Endpoint", run.get("endpoint")), ("Hosted UI", hosted_ui_line(scenarios)),
            ("Run id", run.get("run_id")), ("Started", run.get("started")), ("Finished", run.get("finished")),
            ("Duration", f"{duration} s" if duration is not None else None),
            ("Command", run.get("command")), ("Suite", suite_text), ("Versions", versions)]
    if run.get("workers"):
        rows.append(("Workers", run.get("workers")))
    if run.get("pool_ids"):
        rows.append(("User pools", ", ".join(run["pool_ids"])))
    cells = "".join(f"<dt>{esc(name)}</dt><dd>{esc(value if value not in (None, '') else '—')}</dd>"
                    for name, value in rows)
    gist = " · ".join(esc(value) for value in (run.get("implementation_version") or run.get("implementation"),
                                                run.get("region"), run.get("started"),
                                                f"{duration} s" if duration is not None else None) if value)
    return panel("run", "Run details", gist, f'<dl class="meta">{cells}</dl>')


def panel(anchor: str, title: str, gist: str, body: str, opened: bool = False) -> str:
    """A section of the page folded to its heading and a one-line gist (``title`` and ``gist`` are HTML)."""
    return (f'<section class="panel" id="{anchor}"><details class="fold"{" open" if opened else ""}>'
            f'<summary><h2>{title}</h2> <span class="gist">{gist}</span></summary>{body}</details></section>')


def _contents(scenarios: Sequence[Mapping], domains: Mapping, domain_ids: Mapping, trend: bool) -> str:
    """The table of contents: the sections in page order, then each domain's features."""
    attention = sum(1 for s in scenarios if needs_attention(s))
    diverged = sum(1 for s in scenarios if s["result"] == "diverged")
    entries = [("attention", f"Needs attention ({attention})"), ("run", "Run details")]
    if trend:
        entries.append(("trend", "Since the previous run"))
    entries += [("classes", "What decided the passed scenarios"),
                ("not-enforced", f"What this backend does not enforce ({diverged})"),
                ("evidence", "Evidence"), ("summary", "Summary by domain"), ("results", "All results, sortable")]
    sections = "".join(f'<li><a href="#{anchor}">{esc(Masked(label))}</a></li>' for anchor, label in entries)
    features = " · ".join(
        f'<a href="#{domain_ids[domain]}">{esc(domain or "other")}</a> '
        f'<span class="muted">({sum(len(found) for found in domains[domain].values())})</span>'
        for domain in sorted(domains))
    return (f'<nav class="toc" id="contents" aria-label="contents"><b>Contents</b><ol>{sections}'
            f'<li>Features by domain: {features}</li></ol></nav>')


def _name(scenario: Mapping) -> str:
    example = ", ".join(f"{k} = {v}" for k, v in scenario["example"].items())
    return esc(scenario["name"]) + (f' <span class="example">[{esc(example)}]</span>' if example else "")


def _rerun(scenario: Mapping, run: Mapping, code_id: str) -> str:
    command = rerun_command(scenario["id"], run.get("rerun_options") or [], run.get("rerun_program") or PYTEST)
    return (f'<code class="rerun" id="{code_id}">{esc(command)}</code> '
            f'<button type="button" class="copy" data-copy="{code_id}">copy</button>')


def _where(scenario: Mapping, run: Mapping, ids: Mapping, linker: Linker) -> str:
    feature = scenario["feature"]["path"]
    return (f'<div class="where">node id <code>{esc(scenario["id"])}</code> · '
            f'{linker.file(feature, scenario.get("line") or None)}<br>rerun: '
            f'{_rerun(scenario, run, "rerun-" + ids[scenario["key"]])}</div>')


def _attention(scenarios: Sequence[Mapping], ids: Mapping, run: Mapping, linker: Linker) -> str:
    found = [s for s in scenarios if needs_attention(s)]
    if not found:
        return ('<section class="panel attention calm" id="attention"><h2>Needs attention</h2>'
                "<p>Nothing: no scenario failed, and every registered divergence still diverges.</p></section>")
    items = []
    for scenario in sorted(found, key=lambda s: bool(s.get("no_longer_diverges"))):
        anchor = ids[scenario["key"]]
        if scenario.get("no_longer_diverges"):
            verdict = "Failed" if scenario["result"] == "failed" else "Passed (a version the registry has not measured)"
            what = f"{verdict}: the registered divergence no longer diverges. {esc(scenario.get('reason'))}"
        elif scenario["result"] == "failed":
            step = scenario.get("failed_step")
            where = (f'at “{esc(step["keyword"])} {esc(step["text"])}”' if step
                     else f"in {esc(scenario.get('phase') or 'the test')}")
            what = f"Failed {where}: {esc(_first_line(scenario.get('error')))}"
        else:
            what = ("The registered divergence no longer diverges: the behaviour holds now; remove the registry "
                    f"entry ({esc(scenario.get('reason'))}).")
        feature = scenario["feature"]["path"]
        items.append(
            f'<li>{badge(scenario["result"])} <a href="#{anchor}">{_name(scenario)}</a>'
            f'<div>{what}</div><div class="where">node id <code>{esc(scenario["id"])}</code> · '
            f'{linker.file(feature, scenario.get("line") or None)}<br>rerun: '
            f'{_rerun(scenario, run, "attention-" + anchor)}</div></li>')
    return (f'<section class="panel attention" id="attention"><h2>Needs attention ({len(found)})</h2>'
            f'<ul class="attention">{"".join(items)}</ul></section>')


def _first_line(text: object) -> str:
    lines = [line for line in str(text or "").splitlines() if line.strip()]
    return lines[0] if lines else ""


def _trend(trend: Mapping | None, ids: Mapping) -> str:
    """Since the previous run of the same backend and selection (or the run it was compared with, saying so),
    what was run in one of the two only, and the selection's history; "nothing to compare yet" on a first run."""
    if not trend:
        return ""
    previous = trend.get("previous")
    history = _history(trend.get("history") or [])
    if not previous:
        return ('<section class="panel" id="trend"><h2>Since the previous run</h2>'
                f'<p>Nothing to compare yet: {esc(trend.get("why") or "no earlier record")}. '
                f'The next run of this selection ({esc(trend.get("selection") or WHOLE_CATALOGUE)}) is compared '
                f"with this one.</p>{history}</section>")
    blocks = []
    for kind, label in KINDS.items():
        items = trend.get(kind) or []
        if not items:
            continue
        lis = "".join(f'<li><a href="#{ids.get(i["key"], "")}">{esc(i["key"])}</a> '
                      f'<span class="muted">({esc(i["before"])} → {esc(i["after"])})</span></li>' for i in items)
        blocks.append(f"<h4>{esc(label)}: {len(items)}</h4><ul>{lis}</ul>")
    compared = trend.get("compared")
    nothing = ("No change: the same scenarios fail, diverge and hold as then"
               + (f" (all {compared} run in both)" if compared is not None else "") + ".")
    body = "".join(blocks) or f"<p>{esc(nothing)}</p>"
    source = f" ({esc(previous.get('path'))})" if previous.get("path") else ""
    covered = trend_scope(trend) if "same_selection" in trend else ""
    scope = f'<p class="trend-scope">{esc(covered[:1].upper() + covered[1:])}.</p>' if covered else ""
    apart = "".join(_not_run(trend.get(kind) or [], label, ids) for kind, label in (
        ("not_run_then", "run now, not run then (not compared)"), ("not_run_now", "run then, not run now")))
    return (f'<section class="panel" id="trend"><h2>Since the previous run</h2><p class="muted">Compared with run '
            f'{esc(previous.get("run_id"))} of {esc(previous.get("started"))}{source}.</p>{scope}{body}{apart}'
            f"{history}</section>")


def _not_run(keys: Sequence[str], label: str, ids: Mapping) -> str:
    if not keys:
        return ""
    items = "".join(f'<li><a href="#{ids[key]}">{esc(key)}</a></li>' if key in ids else f"<li>{esc(key)}</li>"
                    for key in keys)
    return f"<details><summary>{esc(label)}: {len(keys)}</summary><ul>{items}</ul></details>"


def _history(entries: Sequence[Mapping]) -> str:
    """The last runs of this backend, implementation and selection, oldest first: one row each."""
    if not entries:
        return ""
    head = "".join(f'<th class="num">{badge(result)}</th>' for result in RESULTS)
    rows = []
    for number, entry in enumerate(entries, start=1):
        counts = entry.get("counts") or {}
        cells = "".join(f'<td class="num">{counts.get(result, 0)}</td>' for result in RESULTS)
        this = " (this run)" if number == len(entries) else ""
        rows.append(f'<tr><td><code>{esc(entry.get("run_id"))}</code>{esc(this)}</td><td>{esc(entry.get("started"))}'
                    f"</td>{cells}</tr>")
    return (f'<h4>History of this selection (the last {len(entries)} runs)</h4>'
            f'<table class="summary history"><thead><tr><th>run</th><th>started</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _classes(scenarios: Sequence[Mapping], ids: Mapping) -> str:
    passed = [s for s in scenarios if s["result"] == "passed"]
    rows, lists = [], []
    for result_class in result_classes.CLASSES:
        found = [s for s in passed if (s.get("result_class") or result_classes.HOLDS) == result_class]
        rows.append(f"<tr><td>{class_badge(result_class)}</td><td class=num>{len(found)}</td></tr>")
        if result_class == result_classes.HOLDS or not found:
            continue
        by_reason: dict[str, list[Mapping]] = defaultdict(list)
        for scenario in found:
            by_reason[scenario.get("class_reason") or "no reason given"].append(scenario)
        items = "".join(
            f"<li>{esc(reason)}: " + ", ".join(f'<a href="#{ids[s["key"]]}">{_name(s)}</a>' for s in group) + "</li>"
            for reason, group in by_reason.items())
        opened = " open" if result_class == result_classes.NOT_PROVEN else ""
        lists.append(f"<details{opened}><summary><b>{esc(result_class)} ({len(found)})</b>: which, and why</summary>"
                     f"<ul>{items}</ul></details>")
    gist = esc(", ".join(f"{sum(1 for s in passed if (s.get('result_class') or result_classes.HOLDS) == c)} {c}"
                         for c in result_classes.CLASSES))
    return panel("classes", "What decided the passed scenarios", gist,
                 '<p class="muted">“holds” means the implementation under test decided the result; “holds on the '
            "stand-in” means the suite's own hosted-UI stand-in decided it; “not proven here” means nothing "
            "on this backend could have made it fail (a placeholder where the implementation checks "
            'nothing).</p><table class="summary"><tbody>' + "".join(rows) + "</tbody></table>"
                 + "".join(lists))


def divergence_reference(divergence: Mapping | None, linker: Linker) -> str:
    divergence = divergence or {}
    parts = []
    if divergence.get("reference"):
        parts.append(f"Reference: {linker.prose(divergence['reference'])}")
    if divergence.get("upstream"):
        parts.append(linker.external(divergence["upstream"], "upstream issue"))
    return " · ".join(parts)


def _not_enforced(scenarios: Sequence[Mapping], ids: Mapping, linker: Linker) -> str:
    groups = risks.group(scenarios)
    if not groups:
        return ('<section class="panel" id="not-enforced"><h2>What this backend does not enforce</h2>'
                "<p>No registered divergence showed in this run.</p></section>")
    blocks = []
    for risk, found in groups.items():
        same: dict[tuple, list[Mapping]] = {}
        for scenario in found:  # an Outline's examples that diverge for one reason: one line
            divergence = scenario.get("divergence") or {}
            reason = divergence.get("reason") or scenario.get("reason")
            same.setdefault((scenario["name"], reason), []).append(scenario)
        items = []
        for (name, reason), group in same.items():
            reference = divergence_reference(group[0].get("divergence"), linker)
            if len(group) == 1:
                link = f'<a href="#{ids[group[0]["key"]]}">{_name(group[0])}</a>'
            else:
                examples = ", ".join(f'<a href="#{ids[s["key"]]}">{esc(" / ".join(map(str, s["example"].values())))}</a>'
                                     for s in group)
                link = f"{esc(name)} <span class=example>({len(group)} examples: {examples})</span>"
            items.append(f"<li>{link}: {esc(reason)}"
                         + (f' <span class="muted">{reference}</span>' if reference else "") + "</li>")
        blocks.append(f'<h4>{esc(risk)} ({len(found)})</h4><p class="muted">{esc(risks.RISKS[risk])}</p>'
                      f'<ul>{"".join(items)}</ul>')
    count = sum(len(found) for found in groups.values())
    gist = esc(f"{count} expected divergences: " + ", ".join(f"{risk} ({len(found)})" for risk, found in groups.items()))
    return panel("not-enforced", "What this backend does not enforce", gist,
                 '<p class="muted">The behaviours that diverge here, grouped by what a security reviewer loses.</p>'
                 + "".join(blocks))


def _evidence(scenarios: Sequence[Mapping], ids: Mapping) -> str:
    classes = evidence_.CLASSES
    counts = {c: [s for s in scenarios if (s.get("evidence") or {}).get("class", evidence_.NONE) == c] for c in classes}
    rows = "".join(f"<tr><td>{esc(c)}</td><td class=num>{len(counts[c])}</td></tr>" for c in classes)
    undocumented = "".join(
        f'<li><a href="#{ids[s["key"]]}">{_name(s)}</a>: Choice: {esc((s.get("evidence") or {}).get("choice") or "—")}</li>'
        for s in counts[evidence_.UNDOCUMENTED])
    apart = (f"<h4>@undocumented scenarios ({len(counts[evidence_.UNDOCUMENTED])})</h4>"
             f"<p class=muted>The documentation is silent; the suite pins a choice.</p><ul>{undocumented}</ul>"
             if undocumented else "")
    contested = "".join(
        f'<li><a href="#{ids[s["key"]]}">{_name(s)}</a>: {esc((s.get("evidence") or {}).get("reasoning") or "—")}</li>'
        for s in counts[evidence_.CONTESTED])
    apart += (f"<h4>@contested scenarios ({len(counts[evidence_.CONTESTED])})</h4>"
              "<p class=muted>The documentation and a public test run against AWS disagree; the scenario asserts "
              "what the test saw. A run against a real pool settles each: look at these first.</p>"
              f"<ul>{contested}</ul>" if contested else "")
    none = (f'<p class="e-none">{len(counts[evidence_.NONE])} scenarios name no source in their description '
            "(docs/sources.md gives the format).</p>" if counts[evidence_.NONE] else "")
    gist = esc(", ".join(f"{len(counts[c])} {c}" for c in classes if counts[c]))
    return panel("evidence", "Evidence", gist,
                 '<p class="muted">What each scenario rests on: a documentation page, a public test run against '
                 "real AWS, both where they disagree (contested), or an undocumented choice.</p>"
                 f'<table class="summary"><tbody>{rows}</tbody></table>{none}{apart}')


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


def _toolbar(scenarios: Sequence[Mapping]) -> str:
    present = {s["result"] for s in scenarios}
    boxes = "".join(f'<label><input type="checkbox" name="status" value="{esc(r)}" checked> {badge(r)}</label>'
                    for r in RESULTS if r in present)
    domains = sorted({s["feature"]["domain"] for s in scenarios})
    tags = sorted({t for s in scenarios for t in _all_tags(s)})
    options = lambda values: "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)  # noqa: E731
    return (f'<form id="filters" class="toolbar" onsubmit="return false">{boxes}'
            f'<label>domain <select name="domain"><option value="">all</option>{options(domains)}</select></label>'
            '<label title="a tag, or an expression: @a and not @b, @a or (@b and @c)">tags '
            '<input type="text" name="tags" list="tag-names" placeholder="@oauth and not @undocumented" '
            'autocomplete="off" spellcheck="false"></label>'
            f'<datalist id="tag-names">{"".join(f"<option value={chr(34)}@{esc(t)}{chr(34)}></option>" for t in tags)}'
            '</datalist>'
            f'<label>class <select name="class"><option value="">all</option>'
            f'{options(result_classes.CLASSES)}</select></label>'
            '<input type="search" name="q" placeholder="search scenarios, steps, reasons" aria-label="search">'
            '<button type="button" data-open="1">expand all</button><button type="button" data-open="0">'
            'collapse all</button><span class="count"></span><span class="tag-error" role="alert"></span>'
            '<p class="no-match" hidden>No scenario matches these filters. <button type="button" data-clear>'
            'clear the filters</button></p></form>')


def _all_tags(scenario: Mapping) -> list[str]:
    """A scenario's tags with those it inherits from its Rule and Feature, as Cucumber counts them."""
    rule = scenario.get("rule") or {}
    return [*scenario["tags"], *(rule.get("tags") or []), *scenario["feature"]["tags"]]


#: The order the results table sorts results in: what needs a look first.
RESULT_RANK = {"failed": 0, "xpassed-strict": 0, "diverged": 1, "skipped": 2, "passed": 3, "not run": 4}


def _results(scenarios: Sequence[Mapping], ids: Mapping) -> str:
    """Every scenario in one sortable table (result, class, domain, feature, scenario, time), folded; the
    toolbar's filters apply to it too."""
    rows = []
    for number, scenario in enumerate(sorted(scenarios, key=order)):
        anchor, result = ids[scenario["key"]], scenario["result"]
        result_class = scenario.get("result_class") or ""
        duration = float(scenario.get("duration") or 0)
        rank = RESULT_RANK.get(result, 5) if not scenario.get("no_longer_diverges") else 0
        feature = Masked(scenario["feature"]["path"].rsplit("/", 1)[-1])  # a part of a masked text
        rows.append(
            f'<tr data-row-for="{anchor}" data-order="{number}">'
            f'<td data-value="{rank}">{badge(result)}</td>'
            f'<td data-value="{esc(result_class)}">{class_badge(result_class)}</td>'
            f'<td data-value="{esc(scenario["feature"]["domain"])}">{esc(scenario["feature"]["domain"])}</td>'
            f'<td data-value="{esc(feature)}" class="path">{esc(feature)}</td>'
            f'<td data-value="{esc(scenario["name"])}"><a href="#{anchor}">{_name(scenario)}</a></td>'
            f'<td data-value="{duration:.4f}" class="num">{duration:.2f} s</td></tr>')
    columns = (("result", "result"), ("class", "class"), ("domain", "domain"), ("feature", "feature"),
               ("scenario", "scenario"), ("duration", "time"))
    head = "".join(f'<th data-sort="{key}"{" class=num" if key == "duration" else ""}><button type="button">'
                   f"{label}</button></th>" for key, label in columns)
    table = (f'<table class="results sortable"><thead><tr>{head}</tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>')
    return panel("results", "All results", f"{len(scenarios)} scenarios in one table; sort by a column's "
                 "heading, filter with the toolbar", table)


# -- features and scenarios ------------------------------------------------------------------------


def _tags(tags) -> str:
    return f'<div class="tags">{"".join(f"<span class=tag>@{esc(t)}</span>" for t in tags)}</div>' if tags else ""


def _feature(scenarios: list[Mapping], ids: Mapping, run: Mapping, linker: Linker) -> str:
    feature = scenarios[0]["feature"]
    results = [s["result"] for s in scenarios]
    counts = " ".join(f'<span class="tally">{results.count(r)} {badge(Masked(r))}</span>'
                      for r in RESULTS if r in results)
    opened = " open" if any(needs_attention(s) for s in scenarios) else ""
    anchor = Masked(ids[scenarios[0]["key"]] + "-feature")  # made of anchors: nothing to mask
    parts = [f'<article class="feature" data-group="feature" id="{anchor}"><details class="feature"{opened}>'
             f'<summary><h3>Feature: {esc(feature["name"])}</h3> {counts}</summary>',
             f'<div class="path">{linker.file(feature["path"])}</div>', _tags(feature["tags"])]
    if feature["description"]:
        parts.append(_about(feature["description"], linker))
    rule_name = None
    for group in _outlines(scenarios):
        rule = group[0].get("rule")
        if rule and rule["name"] != rule_name:
            rule_name = rule["name"]
            parts.append(f'<h4>Rule: {esc(rule_name)}</h4>')
            if rule.get("description"):
                parts.append(f'<div class="description">{linker.prose(rule["description"])}</div>')
        if len(group) > 1 or group[0]["example"]:
            parts.append(_outline(group, ids, run, linker))
        else:
            parts.append(_scenario(group[0], ids, run, linker))
    parts.append("</details></article>")
    return "\n".join(parts)


def _about(description: str, linker: Linker) -> str:
    """A feature's description folded to its first sentence (the rest, with its sources, one click away)."""
    text = str(description)
    flat = " ".join(text.split())
    end = flat.find(". ") + 1 or len(flat)
    if end >= len(flat) or end > 240:
        return f'<div class="description">{linker.prose(description)}</div>'
    # Parts of a text the record masked: shown as they are.
    first = Masked(flat[:end])
    rest = text
    for word in flat[:end].split():  # the rest of the original text, its line breaks kept
        rest = rest[rest.index(word) + len(word):]
    return (f'<details class="about"><summary>{linker.prose(first)} <span class="muted">more…</span></summary>'
            f'<div class="description">{linker.prose(Masked(rest.lstrip()))}</div></details>')


def _outlines(scenarios: list[Mapping]) -> list[list[Mapping]]:
    """Scenarios in file order, an Outline's examples together (they share the Outline's line)."""
    groups: dict[tuple, list[Mapping]] = {}
    for scenario in sorted(scenarios, key=order):
        key = (scenario["name"], scenario.get("line")) if scenario["example"] else (scenario["key"],)
        groups.setdefault(key, []).append(scenario)
    return list(groups.values())


def _outline(examples: list[Mapping], ids: Mapping, run: Mapping, linker: Linker) -> str:
    first = examples[0]
    columns = list(first["example"])
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    rows = []
    for example in examples:
        anchor = ids[example["key"]]
        cells = "".join(f"<td>{esc(example['example'].get(c))}</td>" for c in columns)
        rows.append(f'<tr data-row-for="{anchor}">{cells}<td><a href="#{anchor}">{badge(example["result"])}</a> '
                    f'{class_badge(example.get("result_class"), example.get("class_reason"))}</td>'
                    f'<td class="num">{float(example.get("duration") or 0):.2f} s</td></tr>')
    table = (f'<table class="examples"><thead><tr>{head}<th>result</th><th>time</th></tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>')
    cards = "".join(_scenario(example, ids, run, linker, in_outline=True) for example in examples)
    opened = " open" if any(needs_attention(example) for example in examples) else ""
    return (f'<div class="outline" data-group="outline"><h5>{esc(first["keyword"])}: {esc(first["name"])} '
            f'<span class="muted">({len(examples)} examples)</span></h5>{table}'
            f'<details class="examples"{opened}><summary>each example\'s steps</summary>{cards}</details></div>')


def _scenario(scenario: Mapping, ids: Mapping, run: Mapping, linker: Linker, in_outline: bool = False) -> str:
    anchor = ids[scenario["key"]]
    result = scenario["result"]
    tags = Masked(" ".join(_all_tags(scenario)))  # joined from the record's masked texts
    opened = " open" if needs_attention(scenario) else ""
    attrs = (f'class="scenario r-{esc(result)}" id="{anchor}" data-status="{esc(result)}" '
             f'data-domain="{esc(scenario["feature"]["domain"])}" data-tags="{esc(tags)}" '
             f'data-class="{esc(scenario.get("result_class") or "")}" data-name="{esc(scenario["name"])}"')
    duration = f'<span class="muted">{float(scenario.get("duration") or 0):.2f} s</span>'
    summary = (f'<summary><a class="anchor" href="#{anchor}" title="{esc(Masked(row_key(scenario)))}">#</a>'
               f'<span>{_title(scenario, in_outline)}</span>{badge(result)}'
               f'{class_badge(scenario.get("result_class"), scenario.get("class_reason"))}{duration}</summary>')
    parts = [f"<details {attrs}{opened}>", summary]
    if needs_attention(scenario):
        parts.append(_where(scenario, run, ids, linker))
    else:
        parts.append(f'<div class="where">{linker.file(scenario["feature"]["path"], scenario.get("line") or None)}'
                     f' · node id <code>{esc(scenario["id"])}</code></div>')
    described = [_tags(scenario["tags"]), _sources(scenario.get("evidence") or {}, linker)]
    ran = [_steps(scenario, linker), _outcome(scenario, linker)]
    # A failure reads from what ran to its cause; its sources follow.
    parts += [*ran, *described] if result == "failed" else [*described, *ran]
    parts.append("</details>")
    return "".join(parts)


def _title(scenario: Mapping, in_outline: bool) -> str:
    if in_outline:  # the Outline's name is its heading; each example is named by its values
        example = ", ".join(f"{k} = {v}" for k, v in scenario["example"].items())
        return f'Example: <span class="example-values">{esc(example)}</span>'
    return f'{esc(scenario["keyword"])}: {_name(scenario)}'


def _sources(found: Mapping, linker: Linker) -> str:
    kind = found.get("class") or evidence_.NONE
    if kind == evidence_.NONE:
        return '<div class="evidence e-none">Evidence: no source named in the scenario\'s description.</div>'
    items = []
    for source in found.get("sources") or []:
        label = source["title"] if source["kind"] == evidence_.DOCUMENTED else f'{source["title"]} {source["where"]}'
        items.append(f'<li>{esc(source["kind"])}: {linker.external(source["url"], label)} '
                     f'<q>{esc(source["quote"])}</q></li>')
    choice = (f'<li class="e-undocumented">undocumented; Choice: {esc(found.get("choice"))}</li>'
              if kind == evidence_.UNDOCUMENTED else "")
    if kind == evidence_.CONTESTED:
        choice += (f'<li class="e-contested">contested: the documentation and an AWS-run test disagree; '
                   f'Reasoning: {esc(found.get("reasoning"))}</li>')
    return f'<div class="evidence">Evidence ({esc(kind)}):<ul>{"".join(items)}{choice}</ul></div>'


def _steps(scenario: Mapping, linker: Linker) -> str:
    items = []
    for step in scenario["steps"]:
        status = step.get("status") or "passed"
        css = "s-" + status.replace(" ", "-")
        duration = step.get("duration")
        timing = f'<span class="dur">{duration * 1000:.0f} ms</span>' if isinstance(duration, (int, float)) else ""
        definition = step.get("definition") or {}
        where = ""
        if definition.get("path"):
            where = (f'<span class="def">{linker.file(definition["path"], definition.get("line"))}</span>'
                     if "/" in definition["path"] else f'<span class="def">{esc(definition["path"])}</span>')
        item = (f'<li class="{css}"><span class="st">{esc(STEP_LABELS.get(status, status))}</span>'
                f'<span class="kw">{esc(step["keyword"])}</span> {esc(step["text"])}{timing}{where}')
        if step.get("table"):
            rows = "".join("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>"
                           for row in step["table"])
            item += f"<table>{rows}</table>"
        if step.get("docstring"):
            item += f"<pre>{esc(step['docstring'])}</pre>"
        items.append(item + "</li>")
    return f'<ol class="steps">{"".join(items)}</ol>'


def _call(call: Mapping | None) -> str:
    """The call a diverging (or, in an older record, a failing) step made: one line, its data folded."""
    if not call:
        return ""
    kind = "HTTP call" if call.get("kind") == "http" else "Cognito call"
    return (f'<div class="call">{kind}: <b>{esc(call.get("operation"))}</b>'
            f'<pre>{esc(_request_line(call))}</pre>answered {_answer(call)}{_exchange(call)}</div>')


def _request_line(call: Mapping) -> str:
    """``Operation(Field=value, ...)``, or ``METHOD url`` for an HTTP call, each value cut short."""
    return Masked(f"{_verb(call)}{_arguments(call)}")


def _verb(call: Mapping) -> str:
    operation = str(call.get("operation") or "")
    return operation.split(" ", 1)[0] if call.get("kind") == "http" else operation


def _arguments(call: Mapping) -> str:
    """The request in one line. Made of the record's texts, masked when the page began, and field names:
    shown as it is (masking it again would read ``Password=***,`` as a secret ending at the comma)."""
    request = call.get("request") or {}
    if call.get("kind") == "http":
        return Masked(f' {request.get("url") or ""}')
    return Masked("(" + ", ".join(f"{k}={_short(v)}" for k, v in request.items()) + ")")


def _answer(call: Mapping) -> str:
    status = f"HTTP {int(call['status'])}" if isinstance(call.get("status"), int) else "no HTTP status"
    if call.get("error_code"):
        return f'{status}: {esc(call["error_code"])}{": " + esc(call["message"]) if call.get("message") else ""}'
    if "response" not in call:  # a record that kept only the response's field names
        return f'{status}: succeeded with {esc(", ".join(call.get("response_keys") or []) or "an empty response")}'
    return f"{status}"


def _exchange(call: Mapping, opened: bool = False) -> str:
    """What was sent and what came back, masked, as JSON (folded unless ``opened``)."""
    # Made of the record's masked texts and field names (a request's secret fields masked by name when
    # the call was kept): shown as it is.
    blocks = [f'<div class="io"><b>request</b><pre>{esc(Masked(_json(call.get("request") or {})))}</pre></div>']
    if "response" in call:
        blocks.append(f'<div class="io"><b>response</b><pre>{esc(Masked(_json(call["response"])))}</pre></div>')
    return (f'<details class="exchange"{" open" if opened else ""}><summary>request and response</summary>'
            f'{"".join(blocks)}</details>')


def _json(value: object, indent: str = "") -> str:
    """JSON, a structure on one line when it fits in 100 characters, else one member a line."""
    flat = json.dumps(value, ensure_ascii=False, default=str)
    if len(flat) + len(indent) <= 100 or not isinstance(value, (dict, list)) or not value:
        return flat
    inner = indent + "  "
    if isinstance(value, dict):
        members = [f"{inner}{json.dumps(str(k), ensure_ascii=False)}: {_json(v, inner).lstrip()}" for k, v in value.items()]
        return "{\n" + ",\n".join(members) + f"\n{indent}}}"
    return "[\n" + ",\n".join(f"{inner}{_json(v, inner).lstrip()}" for v in value) + f"\n{indent}]"


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, (dict, list)) else str(value)
    return text if len(text) <= 160 else text[:157] + "..."


def _calls(scenario: Mapping, failure: Mapping) -> str:
    """Every Cognito and HTTP call the scenario made, in order, each with the step that made it; the
    failing step's call marked and open, the others one line each with their data folded."""
    calls = failure.get("calls") or []
    if not calls:
        return ""
    steps = scenario.get("steps") or []
    made = int(failure.get("made") or len(calls))
    first = made - len(calls) + 1
    dropped = f"; the first {first - 1} are not kept" if first > 1 else ""
    items = []
    for number, call in enumerate(calls, start=first):
        index = call.get("step")
        step = steps[index] if isinstance(index, int) and 0 <= index < len(steps) else None
        by = (f'{esc(step["keyword"])} {esc(step["text"])}' if step else "before the first step")
        failing = bool(call.get("failing"))
        mark = '<span class="failing-mark">the failing step’s call</span> ' if failing else ""
        items.append(
            f'<li class="call{" failing" if failing else ""}"><details{" open" if failing else ""}>'
            f'<summary><span class="n">{number}</span> {mark}<b>{esc(_verb(call))}</b><code>'
            f'{esc(_arguments(call))}</code> → {_answer(call)} <span class="by">at “{by}”</span></summary>'
            f'{_exchange(call, opened=True)}</details></li>')
    return (f'<div class="calls"><h6>The scenario’s Cognito and HTTP calls, in order ({made}{dropped})</h6>'
            f'<ol class="calls">{"".join(items)}</ol></div>')


def _captured(failure: Mapping) -> str:
    """pytest's failure output and what the scenario printed and logged, each folded."""
    # pytest's output ends with the assertion: its box opens scrolled to the end ("tail"), the others at the top.
    blocks = [(Masked("pytest’s failure output"), failure.get("output"), "tail")]
    blocks += [(section.get("title"), section.get("text"), "head") for section in failure.get("captured") or []]
    return "".join(
        f'<details class="captured"><summary>{esc(title)} <span class="muted">({len(str(text).splitlines())} '
        f'lines)</span></summary><div class="{end}"><pre>{esc(text)}</pre></div></details>'
        for title, text, end in blocks if text)


def _outcome(scenario: Mapping, linker: Linker) -> str:
    result, step = scenario["result"], scenario.get("failed_step")
    if result == "xpassed-strict" or scenario.get("no_longer_diverges"):
        failure = scenario.get("failure") or {}
        return (f'<div class="outcome">A registered divergence no longer diverges: the behaviour now holds. '
                f'{esc(scenario.get("reason"))}{_calls(scenario, failure)}{_captured(failure)}</div>')
    if result == "passed":
        result_class = scenario.get("result_class") or result_classes.HOLDS
        if result_class == result_classes.HOLDS:
            return '<div class="outcome">The behaviour holds on this backend.</div>'
        return (f'<div class="outcome">The behaviour {esc(result_class)}: '
                f'{esc(scenario.get("class_reason"))}.</div>')
    if result == "diverged":
        divergence = scenario.get("divergence") or {}
        text = esc(divergence.get("reason") or scenario.get("reason"))
        reference = divergence_reference(divergence, linker)
        seen = ""
        if step:
            seen = (f'<div class="muted observed">Observed at “{esc(step["keyword"])} {esc(step["text"])}”: '
                    f'{esc(step.get("error"))}</div>{_call(step.get("call"))}')
        return (f'<div class="outcome">Expected divergence: {text}.'
                f'{" <span class=muted>" + reference + "</span>" if reference else ""}{seen}</div>')
    if result == "skipped":
        return f'<div class="outcome">Skipped: {esc(scenario.get("reason"))}</div>'
    where = (f'at “{esc(step["keyword"])} {esc(step["text"])}”' if step
             else f'in {esc(scenario.get("phase") or "the test")}')
    failure = scenario.get("failure") or {}
    calls = _calls(scenario, failure) or _call((step or {}).get("call"))
    return (f'<div class="outcome">Failed {where}:<pre class="message">'
            f'{esc(failure.get("message") or scenario.get("error"))}</pre>{calls}{_captured(failure)}</div>')
