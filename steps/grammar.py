"""The vocabulary step phrases share: people, flows, error codes, attribute names, kinds of token."""

from __future__ import annotations

import parse
from pytest_bdd import parsers

from cognito_conformance import token_kinds
from cognito_conformance.auth import FLOWS
from cognito_conformance.triggers import PHRASES as TRIGGER_PHRASES, TRIGGERS
from cognito_conformance.triggers.behaviours import ANSWERS as TRIGGER_ANSWERS, COMMON as TRIGGER_BEHAVIOURS


def _word(pattern: str):
    """A parse type that matches ``pattern`` and keeps the text as it is."""

    @parse.with_pattern(pattern)
    def convert(text: str) -> str:
        return text

    return convert


def _token_kind(kinds):
    """A parse type for the tokens named ``kinds`` (by their phrase), giving the TokenKind."""

    @parse.with_pattern("|".join(kind.phrase for kind in kinds))
    def convert(text: str) -> token_kinds.TokenKind:
        return token_kinds.BY_PHRASE[text]

    return convert


TYPES = {
    "Person": _word(r"[A-Z][a-z]+"),
    "Flow": _word("|".join(FLOWS)),
    "ErrorCode": _word(r"[A-Z][A-Za-z]+(Exception|Error)|NotImplemented|HTTP500"),
    "Attribute": _word(r"((dev:)?custom:)?[a-z_]+"),
    "TokenKind": _token_kind(token_kinds.JWTS),
    "Token": _token_kind(token_kinds.KINDS),
    # Lambda triggers (issue 22): a trigger as LambdaConfig names it, a trigger source, what every trigger can do.
    "Trigger": _word("|".join(sorted(TRIGGERS, key=len, reverse=True))),
    "TriggerSource": _word(r"[A-Za-z]+_[A-Za-z]+"),
    "CommonBehaviour": _word("|".join(TRIGGER_BEHAVIOURS)),
    "TriggerKind": _word("|".join(sorted(TRIGGER_PHRASES, key=len, reverse=True))),
    "TriggerAnswer": _word("|".join(sorted({answer for _, answer in TRIGGER_ANSWERS}, key=len, reverse=True))),
}


def phrase(text: str):
    """A parse-style step phrase that knows the TYPES above, e.g. {name:Person} or {code:ErrorCode}."""
    return parsers.parse(text, extra_types=TYPES)
