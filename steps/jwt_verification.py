"""Verifying tokens with the suite's verifier, in the seven documented steps."""

from __future__ import annotations

from dataclasses import dataclass

from pytest_bdd import given, then, when

from cognito_conformance import tampering
from cognito_conformance.existing_pool import PreconditionUnmet
from cognito_conformance.jwt import STEPS, CognitoJwtVerifier, JwtError
from cognito_conformance.token_kinds import ID

from .grammar import phrase
from .tokens import claims_of, pool_keys

#: How the feature files name each step.
STEP_NAMES = {"structure": 1, "key id": 2, "signature": 3, "expiry": 4, "client": 5, "issuer": 6, "token use": 7}


def another_client(user_pool, app_client):
    """Any other app client of the pool: the application that was not the token's audience."""
    other = next((c for c in user_pool.clients.values() if c.id != app_client.id), None)
    if other is None:
        raise PreconditionUnmet("env.py names only one app client of this pool; the scenario needs another")
    return other


@dataclass
class Verification:
    claims: dict | None = None
    error: JwtError | None = None


def expected_issuer(backend, pool_id: str) -> str | None:
    """The ``iss`` the verifier demands: ``None`` derives Cognito's from the pool id; an emulator
    that names itself as the issuer (cognito-local: ``http://host:port/<pool id>``) is verified
    against the issuer it is known to use at the endpoint the suite talks to, never the token's."""
    issuer_of = backend.traits.token_issuer
    return issuer_of(backend.endpoint_url, pool_id) if issuer_of and backend.endpoint_url else None


def verify(token, *, backend, user_pool, client_id, token_use, pool_id=None, keys=None, now=None):
    """Verify as an application would; the keys are fetched by the verifier unless given."""
    if keys is None and backend.endpoint_url:  # an emulator serves its keys at its own address
        keys = pool_keys(backend, user_pool)
    pool_id = pool_id or user_pool.id
    try:
        verifier = CognitoJwtVerifier(user_pool_id=pool_id, client_id=client_id, token_use=token_use,
                                      jwks=keys, issuer=expected_issuer(backend, pool_id))
    except ValueError as not_cognito:  # a pool id with no derivable issuer, on an unknown emulator
        raise AssertionError(f"the pool cannot be verified as Cognito's: {not_cognito}") from None
    try:
        return Verification(claims=verifier.verify(token, now=now))
    except JwtError as error:
        return Verification(error=error)


TAMPERING = {
    "only two of its three segments": tampering.two_segments,
    "a kid the user pool does not have": tampering.unknown_kid,
    "a changed payload": tampering.changed_payload,
    "a signature made with another key": tampering.signed_by_another_key,
    "alg none and no signature": tampering.alg_none,
}


@given(phrase("{name:Person}'s ID token with {change}"), target_fixture="token_under_test")
def _(name, change, cognito_people, cognito_backend, cognito_user_pool):
    token = ID.of(cognito_people[name].tokens)
    if change == "alg HS256, keyed with the user pool's public key":
        return tampering.hs256_with_public_key(token, pool_keys(cognito_backend, cognito_user_pool))
    return TAMPERING[change](token)


@when("that token is verified", target_fixture="verification")
def _(token_under_test, cognito_backend, cognito_user_pool, cognito_app_client):
    return verify(token_under_test, backend=cognito_backend, user_pool=cognito_user_pool, client_id=cognito_app_client.id, token_use=ID.use)


@when(phrase("{name:Person}'s {kind:TokenKind} token is verified"), target_fixture="verification")
def _(name, kind, cognito_people, cognito_backend, cognito_user_pool, cognito_app_client):
    return verify(kind.of(cognito_people[name].tokens), backend=cognito_backend, user_pool=cognito_user_pool,
                  client_id=cognito_app_client.id, token_use=kind.use)


@when(phrase("{name:Person}'s ID token is verified one second after it expires"), target_fixture="verification")
def _(name, cognito_people, cognito_backend, cognito_user_pool, cognito_app_client):
    person = cognito_people[name]
    return verify(ID.of(person.tokens), backend=cognito_backend, user_pool=cognito_user_pool, client_id=cognito_app_client.id,
                  token_use=ID.use, now=claims_of(person, ID)["exp"] + 1)


@when(phrase("{name:Person}'s {kind:TokenKind} token is verified by another app client of the pool"),
      target_fixture="verification")
def _(name, kind, cognito_people, cognito_backend, cognito_user_pool, cognito_app_client):
    return verify(kind.of(cognito_people[name].tokens), backend=cognito_backend, user_pool=cognito_user_pool,
                  client_id=another_client(cognito_user_pool, cognito_app_client).id, token_use=kind.use)


@when(phrase("{name:Person}'s ID token is verified for another user pool that trusts the same keys"),
      target_fixture="verification")
def _(name, cognito_people, cognito_backend, cognito_user_pool, cognito_app_client):
    return verify(ID.of(cognito_people[name].tokens), backend=cognito_backend, user_pool=cognito_user_pool, client_id=cognito_app_client.id,
                  token_use=ID.use, pool_id=f"{cognito_backend.region}_AnotherPool1",
                  keys=pool_keys(cognito_backend, cognito_user_pool))


@when(phrase("{name:Person}'s {kind:TokenKind} token is verified as an {expected:TokenKind} token"),
      target_fixture="verification")
def _(name, kind, expected, cognito_people, cognito_backend, cognito_user_pool, cognito_app_client):
    return verify(kind.of(cognito_people[name].tokens), backend=cognito_backend, user_pool=cognito_user_pool,
                  client_id=cognito_app_client.id, token_use=expected.use)


@then("it passes all seven steps")
def _(verification):
    assert verification.error is None, str(verification.error)


@then(phrase("it is refused at step {step:d}, the {step_name}"))
def _(step, step_name, verification):
    assert STEP_NAMES[step_name] == step, f"step {step} is the {STEPS[step - 1]}, not the {step_name}"
    assert verification.error is not None, "the token was accepted"
    assert verification.error.step == step, f"refused at the wrong step: {verification.error}"


@then(phrase("the verified claims name {name:Person}"))
def _(name, verification, cognito_people):
    assert verification.claims["sub"] == cognito_people[name].sub


@then(phrase("{name:Person}'s ID token still passes all seven steps"))
def _(name, cognito_people, cognito_backend, cognito_user_pool, cognito_app_client):
    result = verify(ID.of(cognito_people[name].tokens), backend=cognito_backend, user_pool=cognito_user_pool,
                    client_id=cognito_app_client.id, token_use=ID.use)
    assert result.error is None, str(result.error)
