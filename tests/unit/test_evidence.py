"""cognito_conformance.evidence: reading a scenario's sources from its description (docs/sources.md)."""

from __future__ import annotations

from types import SimpleNamespace

from pytest_bdd.parser import FeatureParser

from cognito_conformance import evidence

PAGE = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html"
SOURCE = f'Source: API Reference, SignUp, {PAGE}\n  "Registers a user."'
VERIFIED = ('Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_sign_up\n'
            '  "asserts UserConfirmed is false"')


def test_a_description_without_evidence_has_no_source_and_no_problem():
    for description in ("", None, "Just prose about the scenario."):
        found = evidence.parse(description)
        assert (found.evidence_class, found.sources, found.problems) == (evidence.NONE, (), ())


def test_a_source_with_its_sentence_is_documented():
    found = evidence.parse(SOURCE)
    assert found.evidence_class == evidence.DOCUMENTED
    assert found.sources == (evidence.Source(evidence.DOCUMENTED, "API Reference, SignUp", PAGE, "Registers a user."),)
    assert found.sources[0].url == PAGE and found.problems == ()


def test_the_title_may_hold_commas_and_quotes():
    found = evidence.parse(f'Source: Developer Guide, "Tokens, and more", {PAGE}\n"It says so."')
    assert found.sources[0].title == 'Developer Guide, "Tokens, and more"'


def test_a_verified_test_links_to_its_file_on_github():
    found = evidence.parse(VERIFIED)
    assert found.evidence_class == evidence.VERIFIED_ON_AWS
    (source,) = found.sources
    assert (source.title, source.where) == ("getmoto/moto", "tests/test_cognitoidp/test_cognitoidp.py::test_sign_up")
    assert source.url == "https://github.com/getmoto/moto/blob/HEAD/tests/test_cognitoidp/test_cognitoidp.py"


def test_a_page_and_a_verified_test_together_count_as_documented():
    found = evidence.parse(f"{VERIFIED}\n{SOURCE}")
    assert found.evidence_class == evidence.DOCUMENTED and len(found.sources) == 2


def test_a_source_without_its_sentence_is_a_problem_and_no_source():
    for description in (f"Source: API Reference, SignUp, {PAGE}",  # last line
                        f"Source: API Reference, SignUp, {PAGE}\nRegisters a user.",  # not quoted
                        f'Source: API Reference, SignUp, {PAGE}\n"Registers a user.'):  # quote not closed
        found = evidence.parse(description)
        assert found.sources == () and found.evidence_class == evidence.NONE
        assert len(found.problems) == 1 and "quoted sentence" in found.problems[0]


def test_a_source_line_that_does_not_parse_is_a_problem():
    for line in ("Source: API Reference, SignUp",  # no URL
                 "Source: API Reference, SignUp, http://docs.aws.amazon.com/x.html",  # not https
                 "Source API Reference, SignUp, " + PAGE,  # no colon
                 "Verified on AWS: getmoto/moto test_sign_up",  # no path::name
                 "Verified on AWS: moto tests/x.py::test_y"):  # no owner
        found = evidence.parse(line + '\n"a sentence"')
        assert found.sources == () and len(found.problems) == 1, line


def test_indentation_is_ignored():
    found = evidence.parse(f"    Source: API Reference, SignUp, {PAGE}\n        \"Registers a user.\"   ")
    assert found.evidence_class == evidence.DOCUMENTED


def test_undocumented_needs_a_choice():
    found = evidence.parse("", {"undocumented"})
    assert found.evidence_class == evidence.UNDOCUMENTED and found.choice is None
    assert any("Choice:" in problem for problem in found.problems)
    found = evidence.parse("Choice: the suite pins 3600 seconds because a team needs one number.", {"undocumented"})
    assert found.choice == "the suite pins 3600 seconds because a team needs one number." and found.problems == ()


def test_a_choice_without_the_tag_is_not_evidence():
    found = evidence.parse("Choice: something")
    assert found.evidence_class == evidence.NONE and found.choice == "something"


def test_undocumented_wins_over_sources_it_also_names():
    assert evidence.parse(f"{SOURCE}\nChoice: beyond the page", {"undocumented"}).evidence_class == evidence.UNDOCUMENTED


def _scenario(description, tags=(), rule=None):
    return SimpleNamespace(description=description, tags=set(tags), rule=rule)


def test_a_scenario_without_its_own_sources_takes_its_rules():
    rule = SimpleNamespace(description=SOURCE, tags=set())
    assert evidence.of_scenario(_scenario("", rule=rule)).evidence_class == evidence.DOCUMENTED
    own = evidence.of_scenario(_scenario(VERIFIED, rule=rule))
    assert own.evidence_class == evidence.VERIFIED_ON_AWS  # its own sources, not the rule's


def test_an_undocumented_rule_makes_its_scenarios_undocumented():
    rule = SimpleNamespace(description="Choice: one answer for all.", tags={"undocumented"})
    found = evidence.of_scenario(_scenario("", rule=rule))
    assert found.evidence_class == evidence.UNDOCUMENTED and found.choice == "one answer for all."


def test_a_scenario_keeps_its_own_problems_when_it_takes_its_rules_sources():
    rule = SimpleNamespace(description=SOURCE, tags=set())
    found = evidence.of_scenario(_scenario("Source: broken", rule=rule))
    assert found.evidence_class == evidence.DOCUMENTED and len(found.problems) == 1


def test_read_from_a_feature_parsed_by_pytest_bdd(tmp_path):
    (tmp_path / "x.feature").write_text(f"""\
Feature: Sources in a real feature
  Checks: the overview line does not count.
  Source: API Reference, SignUp, {PAGE}
    "A feature's sources are not a scenario's."

  Scenario: Own source
    Source: API Reference, SignUp, {PAGE}
      "Registers a user."
    Then it succeeds

  Scenario: The feature's description does not count
    Then it succeeds

  Rule: A rule's sources

    Source: API Reference, SignUp, {PAGE}
      "Registers a user."

    Example: Inherits the rule's
      Then it succeeds

  @undocumented
  Scenario: Chosen
    Choice: the suite pins this.
    Then it succeeds
""")
    scenarios = FeatureParser(str(tmp_path), "x.feature").parse().scenarios
    classes = {name: evidence.of_scenario(s).evidence_class for name, s in scenarios.items()}
    assert classes == {"Own source": evidence.DOCUMENTED, "The feature's description does not count": evidence.NONE,
                       "Inherits the rule's": evidence.DOCUMENTED, "Chosen": evidence.UNDOCUMENTED}


CONTESTED = """Source: Developer Guide, "TOTP", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html
  "users receive a SoftwareTokenMFANotFoundException"
Verified on AWS: localstack/localstack-docs src/data/coverage/cognito-idp.json::test_software_token_mfa
  "AssociateSoftwareToken returned 200"
Reasoning: the page says one thing,
  the test saw another; a first real run settles it."""


def test_contested_cites_both_and_reasons():
    found = evidence.parse(CONTESTED, {"contested"})
    assert found.evidence_class == evidence.CONTESTED and found.problems == ()
    assert found.reasoning == "the page says one thing, the test saw another; a first real run settles it."
    assert {s.kind for s in found.sources} == {evidence.DOCUMENTED, evidence.VERIFIED_ON_AWS}


def test_contested_without_either_source_or_its_reasoning_is_a_problem():
    doc_only = "\n".join(CONTESTED.splitlines()[:2] + CONTESTED.splitlines()[4:])
    assert any("Verified on AWS" in p for p in evidence.parse(doc_only, {"contested"}).problems)
    test_only = "\n".join(CONTESTED.splitlines()[2:])
    assert any("'Source:'" in p for p in evidence.parse(test_only, {"contested"}).problems)
    unreasoned = "\n".join(CONTESTED.splitlines()[:4])
    assert any("Reasoning:" in p for p in evidence.parse(unreasoned, {"contested"}).problems)
    assert any("not both" in p for p in evidence.parse(CONTESTED + "\nChoice: x", {"contested", "undocumented"}).problems)


def test_without_the_tag_the_same_description_is_documented():
    assert evidence.parse(CONTESTED).evidence_class == evidence.DOCUMENTED
