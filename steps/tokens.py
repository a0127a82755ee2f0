"""What the ID and access tokens say: claims, headers, keys and lifetimes, read from the JWTs."""

from __future__ import annotations

import json
import re

import requests
from pytest_bdd import given, then

from cognito_conformance.jwt import decode_unverified
from cognito_conformance.token_kinds import JWTS, TokenKind

from .grammar import phrase
from .preconditions import require_attribute

_PERSON_FACT = re.compile(r"(?P<name>[A-Z][a-z]+)'s (?P<fact>sub|username|email address)")


def claims_of(person, kind: TokenKind) -> dict:
    return decode_unverified(kind.of(person.tokens))[1]


def header_of(person, kind: TokenKind) -> dict:
    return decode_unverified(kind.of(person.tokens))[0]


def pool_keys(backend, user_pool) -> dict:
    """The user pool's JWKS, from where the backend serves it."""
    response = requests.get(backend.jwks_url(user_pool.id), timeout=10)
    response.raise_for_status()
    return response.json()


def check_claim(claims: dict, claim: str, expected: str, *, people, app_client, user_pool, backend) -> str | None:
    """None when ``claims[claim]`` is what the table's ``expected`` text says; else the mismatch."""
    if claim not in claims:
        return f"{claim} is missing"
    actual = claims[claim]
    if expected == "a time":
        ok = isinstance(actual, int) and not isinstance(actual, bool) and actual > 1_000_000_000
    elif expected == "a text":
        ok = isinstance(actual, str) and actual != ""
    elif expected.startswith(('"', "[")) or expected in ("true", "false"):
        ok = actual == json.loads(expected) and type(actual) is type(json.loads(expected))
    elif expected == "the app client's id":
        ok = actual == app_client.id
    elif expected == "the user pool's issuer":
        ok = actual == backend.issuer(user_pool.id)
    elif match := _PERSON_FACT.fullmatch(expected):
        person = people[match["name"]]
        ok = actual == {"sub": person.sub, "username": person.username, "email address": person.email}[match["fact"]]
    else:
        raise ValueError(f"the claim table does not know the value {expected!r}")
    return None if ok else f"{claim} is {type(actual).__name__} {actual!r}, expected {expected}"


@then(phrase("{name:Person}'s tokens name her by her sub, and her access token carries no email address"))
def _(name, cognito_people):
    person = cognito_people[name]
    id_claims, access = (claims_of(person, kind) for kind in JWTS)
    named = {"ID token's sub": id_claims.get("sub"), "ID token's cognito:username": id_claims.get("cognito:username"),
             "access token's sub": access.get("sub"), "access token's username": access.get("username")}
    assert id_claims.get("sub") and len(set(named.values())) == 1, f"the tokens name Alice differently: {named}"
    assert "email" not in access, f"the access token carries email {access['email']!r}"


@then(phrase("{name:Person}'s {kind:TokenKind} token says"))
def _(name, kind, datatable, cognito_people, cognito_app_client, cognito_user_pool, cognito_backend):
    claims = claims_of(cognito_people[name], kind)
    context = {"people": cognito_people, "app_client": cognito_app_client, "user_pool": cognito_user_pool, "backend": cognito_backend}
    problems = [check_claim(claims, claim, expected, **context) for claim, expected in datatable[1:]]
    problems = [p for p in problems if p]
    assert not problems, f"{name}'s {kind} token: " + "; ".join(problems)


@then(phrase("{name:Person}'s {kind:TokenKind} token has no {claim} claim"))
def _(name, kind, claim, cognito_people):
    assert claim not in claims_of(cognito_people[name], kind), f"{name}'s {kind} token has a {claim} claim"


@then(phrase("{name:Person}'s ID token and access token name RS256 and a key in the user pool's JWKS"))
def _(name, cognito_people, cognito_backend, cognito_user_pool):
    kids = {key["kid"] for key in pool_keys(cognito_backend, cognito_user_pool)["keys"]}
    for kind in JWTS:
        header = header_of(cognito_people[name], kind)
        assert header.get("alg") == "RS256", f"the {kind} token's alg is {header.get('alg')!r}"
        assert header.get("kid") in kids, f"the {kind} token's kid {header.get('kid')!r} is not in {sorted(kids)}"


@then(phrase("{name:Person}'s ID token and access token name different keys"))
def _(name, cognito_people):
    id_kid, access_kid = (header_of(cognito_people[name], kind).get("kid") for kind in JWTS)
    assert id_kid != access_kid, f"both tokens name the key {id_kid!r}"


@given(phrase('{name:Person}\'s {attribute:Attribute} is "{value}"'))
def _(name, attribute, value, cognito_people, cognito, cognito_user_pool, cognito_provisioner):
    require_attribute(cognito_provisioner, attribute)
    cognito.admin_update_user_attributes(UserPoolId=cognito_user_pool.id, Username=cognito_people[name].username,
                                         UserAttributes=[{"Name": attribute, "Value": value}])
