"""reporting.masked_texts: many texts masked in one call give what ``mask`` gives each text alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cognito_conformance import masking
from cognito_conformance.people import PASSWORD_PREFIX
from cognito_conformance.reporting.masked_texts import Masked, mask_many, mask_strings

REMEMBERED = "remembered-secret-4f1c9a"
masking.remember(REMEMBERED)

#: Pieces that make the masking's patterns match, half-match or cross a text's end.
PIECES = ["Password: \"", "'Session': '", "\"Code\": \"", "code=", "?code=", "AccessToken=", "Code='", "Token: ",
          "abc123XYZ99", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", f"{PASSWORD_PREFIX}abcdefgh12", REMEMBERED,
          "NotAuthorizedException", "code", "\n", "\x00", "'", '"', " ", ",", "}", "&", "=", ":", "word", "-"]
TEXTS = st.lists(st.lists(st.sampled_from(PIECES), max_size=8).map("".join), max_size=8)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_batch_is_masked_as_each_text_alone(texts):
    assert mask_many(texts) == [masking.mask(text) for text in texts]


def test_a_quoted_value_left_open_is_masked_alone_not_across_texts():
    texts = ['Password: "open', 'next text"', "code=123456"]
    assert mask_many(texts) == [masking.mask(text) for text in texts]


def test_every_string_of_a_structure_is_masked_and_the_rest_kept():
    value = {"a": [f"x {REMEMBERED}", 3, None], "b": {"c": "Password='hunter22'"}, "d": 1.5}
    assert mask_strings(value) == {"a": [f"x {masking.MASK}", 3, None],
                                   "b": {"c": masking.mask("Password='hunter22'")}, "d": 1.5}


def test_one_batch_costs_one_call(monkeypatch):
    calls = []
    original = masking.mask
    monkeypatch.setattr("cognito_conformance.reporting.masked_texts.mask",
                        lambda text: calls.append(text) or original(text))
    mask_many(["one", "two", "three"])
    assert len(calls) == 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["repeated", f"a {REMEMBERED}", 'Password: "open', "code=1234", ""]), max_size=12),
       st.booleans())
def test_a_structure_repeating_texts_is_masked_as_each_text_alone(texts, mark):
    value = {"list": texts, "nested": [{"text": text, "n": index} for index, text in enumerate(texts)]}
    masked = mask_strings(value, mark=mark)
    assert masked == {"list": [masking.mask(text) for text in texts],
                      "nested": [{"text": masking.mask(text), "n": index} for index, text in enumerate(texts)]}
    assert all(isinstance(text, Masked) == mark for text in masked["list"])


def test_each_distinct_text_of_a_structure_is_masked_once(monkeypatch):
    seen = []
    original = masking.mask
    monkeypatch.setattr("cognito_conformance.reporting.masked_texts.mask",
                        lambda text: seen.append(text) or original(text))
    description = f"a feature's description with {REMEMBERED}"
    masked = mask_strings([{"feature": description, "name": f"scenario {n}"} for n in range(3)])
    assert [s["feature"] for s in masked] == [f"a feature's description with {masking.MASK}"] * 3
    assert len(seen) == 1 and seen[0].count(description) == 1
