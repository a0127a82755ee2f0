"""docs/matrix.md and docs/divergences.md are generated, and current.

The pages must equal what ``python -m cognito_conformance.reporting docs`` makes of the registry and the
records in docs/runs/; the committed moto record must match a fresh run of the suite on moto (the
emulators' records cannot be re-measured here and are taken as committed).
"""

from __future__ import annotations

from cognito_conformance.divergences import REGISTRY
from cognito_conformance.reporting import docs, record

from ..run_suite import ROOT
from .child import only, run_with_report

REGENERATE = "regenerate: python -m cognito_conformance.reporting docs (docs/matrix.md says how to re-measure a run)"


def test_the_generated_pages_are_current():
    assert docs.stale(ROOT) == [], REGENERATE


def test_the_committed_moto_record_matches_a_fresh_run_on_moto(tmp_path):
    run = run_with_report(tmp_path, "features", "-p", "no:cacheprovider")
    assert run.returncode == 0, run.stdout[-3000:]
    fresh = record.read_json(only(tmp_path, "cognito-moto-*.json"))
    committed = record.read_json(ROOT / docs.RUNS / "moto.json")

    def results(found):
        return {s["key"]: (s["result"], s.get("result_class")) for s in found["scenarios"]}

    assert results(fresh) == results(committed), (
        "docs/runs/moto.json is not current: python -m cognito_conformance.reporting record-run "
        "reports/cognito-moto-<run id>.json moto.json, then " + REGENERATE)
    # The README's example summary is what this run printed, line for line.
    printed = run.stdout.splitlines()
    start = next(i for i, line in enumerate(printed) if "cognito conformance on moto" in line)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("<!-- generated: summary -->"):readme.index("<!-- end generated -->")]
    example = block.split("```\n")[1].splitlines()
    assert printed[start:start + len(example)] == example


def test_the_divergence_page_names_every_registry_entry():
    page = (ROOT / docs.DIVERGENCES).read_text(encoding="utf-8")
    for entry in REGISTRY:
        assert entry.scenario.replace("|", "\\|") in page and entry.reason.replace("|", "\\|") in page


def test_a_stale_page_is_found(tmp_path):
    (tmp_path / "docs" / "runs").mkdir(parents=True)
    assert set(docs.stale(tmp_path)) == {tmp_path / docs.DIVERGENCES, tmp_path / docs.MATRIX}
    docs.write(tmp_path)
    assert docs.stale(tmp_path) == []
    (tmp_path / docs.MATRIX).write_text("edited by hand\n")
    assert docs.stale(tmp_path) == [tmp_path / docs.MATRIX]


def test_the_evidence_page_names_every_verified_line_and_every_contested_scenario():
    """docs/evidence.md is generated from the features, so it cannot leave a Verified line out."""
    page = docs.evidence_markdown(ROOT)
    text = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "features").rglob("*.feature"))
    verified = [line for line in text.splitlines() if line.strip().startswith("Verified on AWS")]
    section = page.split("## Verified on AWS", 1)[1].split("## Undocumented", 1)[0]
    table = [line for line in section.splitlines() if line.startswith("| [")]
    assert verified and len(table) == len(verified)
    contested = text.count("@contested")
    assert contested and f"## Contested ({contested})" in page and page.count("- reasoning: ") == contested
