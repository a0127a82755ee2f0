"""The terminal summary's lines, composed in one place: the pytest plugin prints them after a run, and
the README's example summary is generated from a committed record with the same function, so that it
shows what a run really prints.

Plain Python (no pytest import).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .. import result_classes

#: What each term of the summary means, printed where it is first used.
TERMS = {
    result_classes.HOLDS: "the implementation under test decided the result",
    result_classes.STAND_IN: "the suite's hosted-UI stand-in decided it, not the implementation",
    result_classes.NOT_PROVEN: "a placeholder made it true (a made-up code the implementation does not check)",
    "expected divergences": "registered in cognito_conformance/divergences/ to differ from Cognito at a named "
                            "step, and did so there",
}
VERBOSE_HINT = ("(-v lists why each result holds on the stand-in or is not proven here, and every expected "
                "divergence; the HTML report has them too)")
#: pytest's terminal width where it cannot ask the terminal (a pipe, CI).
WIDTH = 80


def implementation(label: str, version: str | None) -> str:
    """The implementation as the summary and the messages name it: "moto 5.2.6"."""
    return f"{label} {version}" if version else label


def title(implementation_words: str) -> str:
    return f"cognito conformance on {implementation_words}"


def section_line(text: str, width: int = WIDTH) -> str:
    """A section title as pytest writes it (``TerminalWriter.sep("=", text)``)."""
    side = (width - len(text) - 2) // 2
    line = f"{'=' * side} {text} {'=' * side}"
    return line + "=" if len(line) < width else line


def failed_of(counts: Mapping[str, int]) -> int:
    """The scenarios of a record's ``counts`` that failed: failures and, in older records, strict xpasses."""
    return counts.get("failed", 0) + counts.get("xpassed-strict", 0)


def verdict(failed: int, now_documented: int, implementation_words: str) -> str:
    """The run's verdict in words, the same in the terminal and the HTML report."""
    if failed:
        return f"FAILED: {failed} scenarios do not hold as registered (below)"
    if now_documented:
        return (f"passed, with {now_documented} registered divergences that no longer diverge on "
                f"{implementation_words}, a version the registry has not measured (below)")
    return "passed: every scenario holds, or diverges where its divergence is registered"


def lines(implementation_words: str, classes: Mapping[str, int], expected: int, skipped: int, failed: int,
          now_documented: int = 0, version_note: str | None = None, verbose_hint: bool = True) -> list[str]:
    """The verdict, the counts and the terms they use. ``failed`` counts the scenarios that failed
    (registered divergences that no longer diverge on a measured version among them);
    ``now_documented`` those that held on a version the registry has not measured."""
    passed = sum(classes.values())
    out = [f"verdict: {verdict(failed, now_documented, implementation_words)}"]
    if version_note:
        out.append(version_note)
    held = ", ".join(f"{classes.get(name, 0)} {name}" for name in result_classes.CLASSES)
    out.append(f"{passed} passed ({held}), {expected} expected divergences, {skipped} skipped, {failed} failed")
    out += [f"  {term}: {meaning}" for term, meaning in TERMS.items()]
    if verbose_hint:
        out.append(VERBOSE_HINT)
    return out


def from_record(record: Mapping) -> list[str]:
    """The summary a green run with this record printed (the README's example): title line included."""
    run, counts = record["run"], record["counts"]
    version = str(run.get("implementation_version") or "").split(" ")[-1] or None
    classes = record.get("classes") or {}
    failed = failed_of(counts)
    hint = bool(classes.get(result_classes.STAND_IN) or classes.get(result_classes.NOT_PROVEN)
                or counts.get("diverged"))
    words = implementation(run.get("label") or run.get("implementation"), version)
    return [section_line(title(words)), *lines(words, classes, counts.get("diverged", 0), counts.get("skipped", 0), failed,
                                       verbose_hint=hint)]


def attention_lines(items: Sequence[tuple[str, str, str]]) -> list[str]:
    """``needs attention:`` and, for each (label, node id, rerun command), two lines."""
    if not items:
        return []
    out = ["needs attention:"]
    for label, nodeid, rerun in items:
        out += [f"  {label}: {nodeid}", f"    rerun: {rerun}"]
    return out
