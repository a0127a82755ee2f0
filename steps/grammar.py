"""The vocabulary step phrases share: people, flows, error codes, attribute names."""

from __future__ import annotations

import parse
from pytest_bdd import parsers

from cognito_conformance.auth import FLOWS


@parse.with_pattern(r"[A-Z][a-z]+")
def _person(text: str) -> str:
    return text


@parse.with_pattern("|".join(FLOWS))
def _flow(text: str) -> str:
    return text


@parse.with_pattern(r"[A-Z][A-Za-z]+(Exception|Error)|NotImplemented|HTTP500")
def _error_code(text: str) -> str:
    return text


@parse.with_pattern(r"(custom:)?[a-z_]+")
def _attribute(text: str) -> str:
    return text


@parse.with_pattern(r"ID|access")
def _token_kind(text: str) -> str:
    return text


@parse.with_pattern(r"ID|access|refresh")
def _token(text: str) -> str:
    return text


TYPES = {"Person": _person, "Flow": _flow, "ErrorCode": _error_code, "Attribute": _attribute,
         "TokenKind": _token_kind, "Token": _token}


def phrase(text: str):
    """A parse-style step phrase that knows the TYPES above, e.g. {name:Person} or {code:ErrorCode}."""
    return parsers.parse(text, extra_types=TYPES)
