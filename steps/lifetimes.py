"""Token lifetimes: what an app client states, what its tokens say, and the allowed ranges."""

from __future__ import annotations

import secrets

from pytest_bdd import given, then, when

from cognito_conformance.existing_pool import require
from cognito_conformance.jwt import decode_unverified
from cognito_conformance.outcome import attempt
from cognito_conformance.pools import Lifetime, validity_request
from cognito_conformance.token_kinds import ID, JWTS, REFRESH

from .common import expect_ok
from .grammar import phrase
from .tokens import claims_of



def create_client(cognito, user_pool, scratch_clients, lifetimes: dict[str, Lifetime]):
    outcome = attempt("CreateUserPoolClient", cognito.create_user_pool_client, UserPoolId=user_pool.id,
                      ClientName=f"{user_pool.name}-scratch-{secrets.token_hex(3)}",
                      **validity_request(lifetimes))
    if outcome.ok:
        scratch_clients.append(outcome.response["UserPoolClient"]["ClientId"])
    return outcome


@given(phrase("the app client issues ID tokens for {id_lifetime} and access tokens for {access_lifetime}"),
       target_fixture="cognito_app_client")
def _(id_lifetime, access_lifetime, cognito_user_pool):
    wanted = {"id": Lifetime.parse(id_lifetime), "access": Lifetime.parse(access_lifetime)}
    for client in cognito_user_pool.clients.values():
        lifetimes = dict(client.spec.lifetimes)
        if all(lifetimes.get(token) == lifetime for token, lifetime in wanted.items()):
            return client
    require(False, cognito_user_pool, f"no app client of this pool issues ID tokens for {id_lifetime} and access tokens "
                              f"for {access_lifetime} (the suite's: add one to cognito_conformance/configurations.py)")


@then(phrase("{name:Person}'s {kind:TokenKind} token lives {seconds:d} seconds"))
def _(name, kind, seconds, cognito_people):
    claims = claims_of(cognito_people[name], kind)
    assert claims["exp"] - claims["iat"] == seconds, f"exp - iat is {claims['exp'] - claims['iat']}"


@then(phrase("Cognito says the access token expires in {seconds:d} seconds"))
def _(seconds, cognito_outcome):
    assert cognito_outcome.result.get("ExpiresIn") == seconds


@when(phrase("an administrator creates an app client whose {token:Token} tokens live {lifetime}"),
      target_fixture="cognito_outcome")
def _(token, lifetime, cognito, cognito_user_pool, cognito_scratch_clients):
    return create_client(cognito, cognito_user_pool, cognito_scratch_clients, {token.use: Lifetime.parse(lifetime)})


@when("an administrator creates an app client", target_fixture="cognito_outcome")
def _(cognito, cognito_user_pool, cognito_scratch_clients):
    return create_client(cognito, cognito_user_pool, cognito_scratch_clients, {})


@given("an administrator has created an app client")
def _(cognito, cognito_user_pool, cognito_scratch_clients):
    expect_ok(create_client(cognito, cognito_user_pool, cognito_scratch_clients, {}), "CreateUserPoolClient")


@when(phrase("an administrator changes that app client so its {token:Token} tokens live {lifetime}"),
      target_fixture="cognito_outcome")
def _(token, lifetime, cognito, cognito_user_pool, cognito_scratch_clients):
    return attempt("UpdateUserPoolClient", cognito.update_user_pool_client, UserPoolId=cognito_user_pool.id,
                   ClientId=cognito_scratch_clients[-1], **validity_request({token.use: Lifetime.parse(lifetime)}))


@then("the app client is refused")
def _(cognito_outcome):
    # The error code for an out-of-range lifetime is not documented (docs/cognito-spec.md 3.5).
    assert not cognito_outcome.ok, "the app client was created"


@then("the app client is created")
def _(cognito_outcome):
    assert cognito_outcome.ok, f"the app client was refused: {cognito_outcome.describe()}"


@then("the change is refused")
def _(cognito_outcome):
    assert not cognito_outcome.ok, "the app client was changed"


@then(phrase("the app client's refresh tokens live {days:d} days"))
def _(days, cognito, cognito_user_pool, cognito_scratch_clients):
    client = cognito.describe_user_pool_client(UserPoolId=cognito_user_pool.id,
                                               ClientId=cognito_scratch_clients[-1])["UserPoolClient"]
    unit = client.get("TokenValidityUnits", {}).get(REFRESH.result_key, REFRESH.default_lifetime[1])
    value = client.get("RefreshTokenValidity")
    assert value is not None, "DescribeUserPoolClient states no RefreshTokenValidity"
    assert Lifetime(value, unit).seconds == days * 86400, f"refresh tokens live {value} {unit}"


@given(phrase("a few seconds have passed since {name:Person} signed in"), target_fixture="sign_in_time")
def _(name, cognito_people, cognito_clock):
    signed_in = claims_of(cognito_people[name], ID)["auth_time"]
    cognito_clock.advance(2)
    return signed_in


@then(phrase("the new tokens keep the time {name:Person} signed in as auth_time"))
def _(cognito_outcome, sign_in_time):
    for kind in JWTS:
        auth_time = decode_unverified(kind.of(cognito_outcome.result))[1]["auth_time"]
        assert auth_time == sign_in_time, f"the new {kind} token's auth_time is {auth_time}, not {sign_in_time}"


@then(phrase("the new tokens were issued after {name:Person} signed in"))
def _(cognito_outcome, sign_in_time):
    assert decode_unverified(ID.of(cognito_outcome.result))[1]["iat"] > sign_in_time


@when("the access token's lifetime has passed")
def _(cognito_app_client, cognito_clock):
    cognito_clock.advance(dict(cognito_app_client.spec.lifetimes)["access"].seconds + 1)
