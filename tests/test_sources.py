"""Every scenario names its evidence (docs/sources.md): an AWS documentation page with the sentence
that states the fact, a public test that ran against real AWS, @contested with both where they disagree,
or @undocumented with the choice made.

One test per feature file, so that a run names each file whose scenarios still lack sources and,
for each, the line and the scenario.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from pytest_bdd.parser import FeatureParser

from cognito_conformance import evidence

from .step_catalogue import ROOT, feature_files

#: Hosts of AWS's own documentation: the Developer Guide and API Reference, and AWS re:Post.
DOCUMENTATION_HOSTS = {"docs.aws.amazon.com", "repost.aws"}
#: Public repositories whose tests ran against real AWS (docs/sources.md).
VERIFIED_REPOSITORIES = {"getmoto/moto", "hashicorp/terraform-provider-aws", "awslabs/aws-jwt-verify",
                         # LocalStack's published coverage data: per operation, its tests validated against AWS
                         # and the status and error code AWS returned (/work/shared/evidence/README.md)
                         "localstack/localstack-docs"}


def _problems_of(source: evidence.Source) -> list[str]:
    if source.kind == evidence.DOCUMENTED:
        url = urlsplit(source.where)
        if url.scheme != "https" or url.hostname not in DOCUMENTATION_HOSTS:
            return [f"Source {source.where} is not an https page of {' or '.join(sorted(DOCUMENTATION_HOSTS))}"]
        return []
    if source.title not in VERIFIED_REPOSITORIES:
        return [f"Verified on AWS: {source.title} is not one of {', '.join(sorted(VERIFIED_REPOSITORIES))}"]
    return []


def scenario_problems(path, root=ROOT) -> list[str]:
    """What is wrong with the evidence of each scenario of one feature file, as 'file:line "name": ...'."""
    relative = str(path.relative_to(root))
    feature = FeatureParser(str(root), relative).parse()
    problems = []
    for scenario in feature.scenarios.values():
        found = evidence.of_scenario(scenario)
        where = f'{relative}:{scenario.line_number} "{scenario.name}"'
        if found.evidence_class == evidence.NONE:
            problems.append(f"{where}: no source (a 'Source:' or 'Verified on AWS:' line with its quote, "
                            f"or @undocumented with 'Choice:')")
        problems += [f"{where}: {problem}" for problem in found.problems]  # includes @undocumented without Choice:
        problems += [f"{where}: {problem}" for source in found.sources for problem in _problems_of(source)]
        problems += [f"{where}: {problem}" for problem in _row_problems(scenario, found)]
    return problems


def _row_problems(scenario, found: evidence.Evidence) -> list[str]:
    """A Verified line on a Scenario Outline names the examples its test ran ('Verified on AWS for
    USER_SRP_AUTH: ...'), each by a cell value of its row; on a plain scenario it names none."""
    cells = {cell for examples in scenario.examples for row in examples.examples for cell in row}
    problems = []
    for source in found.sources:
        if source.kind != evidence.VERIFIED_ON_AWS:
            continue
        if cells and not source.rows:
            problems.append(f"Verified on AWS: {source.where} sits on a Scenario Outline without naming the examples "
                            f"its test ran ('Verified on AWS for <row>, <row>: ...')")
        problems += [f"Verified on AWS: {source.where} names the example {row!r}, which the outline does not have"
                     for row in source.rows if row not in cells]
    return problems


@pytest.mark.parametrize("path", feature_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_every_scenario_names_its_evidence(path):
    problems = scenario_problems(path)
    if problems:
        pytest.fail("scenarios without valid evidence (docs/sources.md):\n" + "\n".join(problems), pytrace=False)


def test_the_check_sees_every_feature_file():
    """A catalogue that reads no file cannot fail: the suite's domains and the example are all read."""
    read = {path.relative_to(ROOT).parts[:2] for path in feature_files()}
    assert {("features", "signup"), ("features", "oauth"), ("examples", "pool_profile")} <= read


BAD = """\
Feature: Sources gone wrong

  Scenario: Nothing at all
    Then it succeeds

  Scenario: A page that is not AWS's
    Source: Blog, "Cognito tips", https://example.com/cognito
      "Cognito does this."
    Then it succeeds

  Scenario: A page over plain http
    Source: Developer Guide, "Tokens", http://docs.aws.amazon.com/cognito/latest/developerguide/tokens.html
      "Tokens are tokens."
    Then it succeeds

  Scenario: A look-alike host
    Source: Developer Guide, "Tokens", https://docs.aws.amazon.com.example.com/tokens.html
      "Tokens are tokens."
    Then it succeeds

  Scenario: A test from a repository nobody ran against AWS
    Verified on AWS: someone/emulator tests/test_x.py::test_y
      "asserts the thing"
    Then it succeeds

  Scenario: A source without its sentence
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
    Then it succeeds

  @undocumented
  Scenario: A choice not named
    Then it succeeds

  @undocumented
  Scenario: A choice named
    Choice: the suite pins this because a team needs one answer.
    Then it succeeds

  Scenario: A good source
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "Registers a user."
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_sign_up
      "asserts UserConfirmed is false"
    Then it succeeds

  Scenario Outline: A test named on an outline without its rows
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_sign_up
      "asserts UserConfirmed is false"
    Verified on AWS for USER_SRP_AUTH: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_srp
      "asserts the challenge"
    Then it fails with <code>

    Examples:
      | code      |
      | NotAuthorizedException |

  @contested
  Scenario: A contest with one side only
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "Registers a user."
    Reasoning: the page says so, and nothing disagrees.
    Then it succeeds

  @contested
  Scenario: A contest with both sides and its reasoning
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "Registers a user."
    Verified on AWS: localstack/localstack-docs src/data/coverage/cognito-idp.json::test_sign_up
      "SignUp returned 200"
    Reasoning: the page and the test disagree on something; a first real run settles it.
    Then it succeeds
"""


def test_each_kind_of_missing_or_wrong_evidence_is_named_with_its_line(tmp_path):
    path = tmp_path / "bad.feature"
    path.write_text(BAD)
    problems = scenario_problems(path, root=tmp_path)
    named = sorted({problem.split(":", 2)[1].split(" ", 1)[0] for problem in problems}, key=int)
    assert named == ["3", "6", "11", "16", "21", "26", "31", "46", "58"]
    assert any('bad.feature:3 "Nothing at all": no source' in problem for problem in problems)
    assert any("someone/emulator is not one of" in problem for problem in problems)
    assert any(":31 " in problem and "Choice:" in problem for problem in problems)
    assert any(":46 " in problem and "without naming the examples" in problem for problem in problems)
    assert any(":46 " in problem and "'USER_SRP_AUTH', which the outline does not have" in problem for problem in problems)
    assert any(":58 " in problem and "Verified on AWS" in problem for problem in problems)
