"""The vocabulary step phrases share: people, flows, error codes, attribute names, kinds of token."""

from __future__ import annotations

import parse
from pytest_bdd import parsers

from cognito_conformance.auth import FLOWS


def _word(pattern: str):
    """A parse type that matches ``pattern`` and keeps the text as it is."""

    @parse.with_pattern(pattern)
    def convert(text: str) -> str:
        return text

    return convert


TYPES = {
    "Person": _word(r"[A-Z][a-z]+"),
    "Flow": _word("|".join(FLOWS)),
    "ErrorCode": _word(r"[A-Z][A-Za-z]+(Exception|Error)|NotImplemented|HTTP500"),
    "Attribute": _word(r"((dev:)?custom:)?[a-z_]+"),
    "TokenKind": _word(r"ID|access"),
    "Token": _word(r"ID|access|refresh"),
}


def phrase(text: str):
    """A parse-style step phrase that knows the TYPES above, e.g. {name:Person} or {code:ErrorCode}."""
    return parsers.parse(text, extra_types=TYPES)
