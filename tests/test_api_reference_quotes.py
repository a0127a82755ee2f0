"""Every sentence a feature quotes from the API Reference is found, word for word, in the API Reference's
text as the pinned botocore carries it: the API Reference pages are generated from the same service model
(botocore's ``cognito-idp`` documentation strings), so a quote that is not there quotes an older wording.

The few quotes that are not found are listed below with what the current model says instead: the list is
the record of the quotes still to be settled (docs/quote-checks.md), and the test fails both on a new quote
that is not found and on a listed one that now is, so the list stays true.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import botocore.session
import pytest
from pytest_bdd.parser import FeatureParser

from cognito_conformance import evidence

from .step_catalogue import ROOT, feature_files

#: Lines the API Reference pages generate from the model's shapes rather than its documentation strings.
GENERATED = re.compile(r"^(Type|Valid Range|Valid Values|Length Constraints|Pattern|Required|Array Members)\b"
                       r"|^This data type is (a|the) (request|response)")
#: Sentences the features quote from the API Reference that the pinned model does not carry, by feature file
#: and the sentence's opening words, with what the model says now (checked against botocore 1.44.18). Empty:
#: the five once listed were replaced by current sentences (docs/quote-checks.md).
NOT_IN_MODEL: dict[tuple[str, str], str] = {}


def _plain(text: str | None) -> str:
    """Documentation HTML as the page renders it: inline tags dropped, block tags as spaces, one space."""
    text = re.sub(r"</?(code|b|i|a|em|strong)\b[^>]*>", "", text or "")
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    for fancy, plain in (("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(fancy, plain)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r" ([.,;:)])", r"\1", text).replace(",", "").strip()


@lru_cache(maxsize=1)
def model_text() -> str:
    model = botocore.session.get_session().get_service_model("cognito-idp")
    texts = [model.operation_model(name).documentation for name in model.operation_names]
    for name in model.shape_names:
        shape = model.shape_for(name)
        texts.append(shape.documentation)
        if shape.type_name == "structure":
            texts += [member.documentation for member in shape.members.values()]
    return " || ".join(_plain(text) for text in texts)


def missing_sentences(quote: str, text: str) -> list[str]:
    """The sentences of a quote ('...' elides) that the model's text does not carry, a member's label
    ('AccessTokenValidity: ') and the lines the pages generate left out."""
    missing = []
    for part in re.split(r"\.\.\.|\u2026", quote):
        part = re.sub(r"^\s*[\w:-]+: ", "", part).strip(" .")
        if not part or " " not in part:  # a member's name standing alone ("AttributeMapping ...")
            continue
        for sentence in re.split(r"(?<=\.)\s+(?=(?:Type|Valid|Length|Pattern|Required|Array)\b)", part):
            sentence = sentence.strip(" .")
            if sentence and not GENERATED.match(sentence) and _plain(sentence) not in text:
                missing.append(sentence)
    return missing


def api_reference_quotes():
    for path in feature_files():
        relative = str(path.relative_to(ROOT))
        for scenario in FeatureParser(str(ROOT), relative).parse().scenarios.values():
            for source in evidence.of_scenario(scenario).sources:
                if source.kind == evidence.DOCUMENTED and "/APIReference/" in source.where:
                    yield relative, scenario.line_number, source.quote


def test_every_api_reference_quote_is_in_the_pinned_model():
    if not botocore.__version__.startswith("1.44."):
        pytest.skip(f"the list of quotes not in the model was checked against botocore 1.44; this is {botocore.__version__}")
    text = model_text()
    found_missing, where = set(), {}
    for relative, line, quote in api_reference_quotes():
        for sentence in missing_sentences(quote, text):
            key = next(((f, start) for f, start in NOT_IN_MODEL if f == relative and sentence.startswith(start)),
                       (relative, sentence[:60]))
            found_missing.add(key)
            where[key] = f"{relative}:{line}: {sentence!r}"
    new = sorted(found_missing - set(NOT_IN_MODEL))
    settled = sorted(set(NOT_IN_MODEL) - found_missing)
    assert not new, ("API Reference quotes the pinned model does not carry (an older wording, or not the page's "
                     "words): quote the current sentence, or list it in NOT_IN_MODEL with what the model says now:\n"
                     + "\n".join(where[key] for key in new))
    assert not settled, f"listed in NOT_IN_MODEL but now found or no longer quoted: {settled}"


def test_the_check_finds_an_older_wording():
    """A quote of StartWebAuthnRegistration's older opening is not in the model; its current one is."""
    text = model_text()
    older = ("Requests credential creation options from your user pool for registration of a passkey authenticator. "
             "Returns information about the user pool, the user profile, and authentication requirements.")
    current = older.replace("for registration of a passkey authenticator", "for the currently signed-in user")
    assert missing_sentences(older, text)
    assert not missing_sentences(current, text)
    assert not missing_sentences("AccessTokenValidity: ... If you don't specify otherwise in the configuration of your "
                                 "app client, your access tokens are valid for one hour.", text)
