"""A scenario's sources, read from its description (docs/sources.md gives the format).

Plain Python over pytest-bdd's parsed scenario (``description``, ``tags``, ``rule``), used by the
catalogue test (every scenario names its evidence) and by the reports (scenarios by evidence class).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

DOCUMENTED = "documented"
VERIFIED_ON_AWS = "verified on AWS"
UNDOCUMENTED = "undocumented"
CONTESTED = "contested"
NONE = "no source"
UNDOCUMENTED_TAG = "undocumented"
CONTESTED_TAG = "contested"
#: Every class, in the order the reports list them.
CLASSES = (DOCUMENTED, VERIFIED_ON_AWS, CONTESTED, UNDOCUMENTED, NONE)

_SOURCE = re.compile(r'^Source:\s*(?P<title>.+?),\s*(?P<url>https://\S+)\s*$')
#: ``Verified on AWS: repo path::test``, or on a Scenario Outline ``Verified on AWS for ROW, ROW: ...``
#: naming the examples (by a cell value of each) that the test really ran.
_VERIFIED = re.compile(r'^Verified on AWS(?: for (?P<rows>[^:]+))?:\s*(?P<repo>[\w.-]+/[\w.-]+)\s+(?P<test>\S+::\S+)\s*$')
_CHOICE = re.compile(r'^Choice:\s*(?P<choice>\S.*)$')
_REASONING = re.compile(r'^Reasoning:\s*(?P<reasoning>\S.*)$')
_QUOTE = re.compile(r'^"(?P<quote>.+)"$')


@dataclass(frozen=True)
class Source:
    kind: str                     # DOCUMENTED or VERIFIED_ON_AWS
    title: str                    # "Developer Guide, \"Signing up ...\"" or the test's repository
    where: str                    # the page's URL, or the test's path::name
    quote: str                    # the sentence that states the fact, or what the test asserts
    #: A Verified line on a Scenario Outline: the examples (a cell value of each) its test ran.
    rows: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        if self.kind == DOCUMENTED:
            return self.where
        repo = self.title
        path = self.where.split("::", 1)[0]
        return f"https://github.com/{repo}/blob/HEAD/{path}"


@dataclass(frozen=True)
class Evidence:
    sources: tuple[Source, ...]
    choice: str | None
    undocumented: bool
    #: Lines of the description that look like evidence but do not parse (a Source without a quote...).
    problems: tuple[str, ...]
    #: @contested: the documentation and a public AWS-run test disagree; the scenario cites both,
    #: asserts what the test saw, and its ``Reasoning:`` line says why and what a first real run settles.
    contested: bool = False
    reasoning: str | None = None

    @property
    def evidence_class(self) -> str:
        if self.contested:
            return CONTESTED
        if self.undocumented:
            return UNDOCUMENTED
        if any(source.kind == DOCUMENTED for source in self.sources):
            return DOCUMENTED
        if self.sources:
            return VERIFIED_ON_AWS
        return NONE


def parse(description: str, tags: set[str] | frozenset[str] = frozenset()) -> Evidence:
    sources: list[Source] = []
    problems: list[str] = []
    choice = reasoning = None
    lines = [line.strip() for line in (description or "").splitlines()]
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        head = _SOURCE.match(line) or _VERIFIED.match(line)
        if head is not None:
            quote = _QUOTE.match(lines[index]) if index < len(lines) else None
            if quote is None:
                problems.append(f"{line!r} is not followed by a quoted sentence")
                continue
            index += 1
            if head.re is _SOURCE:
                sources.append(Source(DOCUMENTED, head["title"], head["url"], quote["quote"]))
            else:
                rows = tuple(r.strip() for r in (head["rows"] or "").split(",") if r.strip())
                sources.append(Source(VERIFIED_ON_AWS, head["repo"], head["test"], quote["quote"], rows))
        elif (found := _CHOICE.match(line)) is not None:
            choice = found["choice"]
        elif (found := _REASONING.match(line)) is not None:
            reasoning = found["reasoning"]
            while index < len(lines) and lines[index] and not _starts_evidence(lines[index]):
                reasoning += " " + lines[index]  # a reasoning may run over several lines
                index += 1
        elif line.startswith(("Source", "Verified on AWS")):
            problems.append(f"{line!r} does not read 'Source: <title>, <https URL>' or "
                            f"'Verified on AWS: <owner/repo> <path>::<test>'")
    undocumented = UNDOCUMENTED_TAG in tags
    contested = CONTESTED_TAG in tags
    if undocumented and choice is None:
        problems.append("an @undocumented scenario says what the suite chose in a 'Choice:' line")
    if contested:
        if not any(source.kind == DOCUMENTED for source in sources):
            problems.append("a @contested scenario cites the documentation's sentence in a 'Source:' line")
        if not any(source.kind == VERIFIED_ON_AWS for source in sources):
            problems.append("a @contested scenario cites the AWS-run test that disagrees in a 'Verified on AWS:' line")
        if reasoning is None:
            problems.append("a @contested scenario gives its reasoning in a 'Reasoning:' line")
        if undocumented:
            problems.append("a scenario is @contested or @undocumented, not both")
    return Evidence(tuple(sources), choice, undocumented, tuple(problems), contested, reasoning)


def _starts_evidence(line: str) -> bool:
    return bool(_SOURCE.match(line) or _VERIFIED.match(line) or _CHOICE.match(line)
                or line.startswith(("Source", "Verified on AWS", "Reasoning:", "Choice:")))


def of_scenario(scenario: Any) -> Evidence:
    """The evidence of a pytest-bdd scenario: its own description, else its Rule's."""
    own = parse(scenario.description, set(scenario.tags))
    rule = getattr(scenario, "rule", None)
    if own.sources or own.undocumented or own.contested or rule is None:
        return own
    inherited = parse(rule.description, set(scenario.tags) | set(rule.tags))
    return Evidence(inherited.sources, inherited.choice, inherited.undocumented,
                    own.problems + inherited.problems, inherited.contested, inherited.reasoning)
