"""Pre token generation trigger scenarios: the pools (legacy V1 ARN, PreTokenGenerationConfig V1_0/V2_0/V3_0),
what the function received, and what Cognito made of its answer in the tokens (issue 22).

What the suite's function answers for a person is keyed on the behaviour words the Givens put in the
username (cognito_conformance/triggers/handlers/pre_token_generation.py has the table); the token Thens
name the values that handler writes.
"""

from __future__ import annotations

from pytest_bdd import given, then

from cognito_conformance.configurations import pre_token_pool
from cognito_conformance.jwt import decode_unverified
from cognito_conformance.token_kinds import ACCESS, ID, JWTS
from cognito_conformance.triggers import PRE_TOKEN_GENERATION, PRE_TOKEN_VERSIONS
from cognito_conformance.triggers.handlers import pre_token_generation as handler

from .grammar import phrase
from .user_pools import provision


def claims(person, kind) -> dict:
    token = kind.of(person.tokens)
    assert token, f"{person.name} holds no {kind} token"
    return decode_unverified(token)[1]


def event_of(cognito_trigger_events, name: str) -> dict:
    """The PreTokenGeneration event the scenario's invocation step found for this person."""
    found = cognito_trigger_events.get((PRE_TOKEN_GENERATION, name))
    assert found is not None, "a Then about the pre token generation event came before the step that proves it ran"
    return found


@given("a user pool with a group and a PreTokenGeneration trigger", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    """The legacy LambdaConfig.PreTokenGeneration ARN: a V1_0 event."""
    return provision(cognito_provisioner, pre_token_pool(None))


@given(phrase("a user pool with a group and a PreTokenGeneration trigger of version {version}"),
       target_fixture="cognito_user_pool")
def _(version, cognito_provisioner):
    if version not in PRE_TOKEN_VERSIONS:
        raise ValueError(f"PreTokenGenerationConfig.LambdaVersion {version!r} is not one of {PRE_TOKEN_VERSIONS}")
    return provision(cognito_provisioner, pre_token_pool(version))


# --- the tokens -------------------------------------------------------------------------------------

@then(phrase("{name:Person}'s {kind:TokenKind} token carries the claim the function added"))
def _(name, kind, cognito_people):
    got = claims(cognito_people[name], kind).get(handler.CLAIM)
    assert got == handler.CLAIM_VALUE, f"{name}'s {kind} token's {handler.CLAIM} is {got!r}, " \
                                       f"the function added {handler.CLAIM_VALUE!r}"


@then(phrase("{name:Person}'s {kind:TokenKind} token does not carry the claim the function added"))
def _(name, kind, cognito_people):
    found = claims(cognito_people[name], kind)
    assert handler.CLAIM not in found, f"{name}'s {kind} token carries {handler.CLAIM} {found[handler.CLAIM]!r}"


@then(phrase("{name:Person}'s access token carries the access token claim the function added"))
def _(name, cognito_people):
    got = claims(cognito_people[name], ACCESS).get(handler.ACCESS_CLAIM)
    assert got == handler.CLAIM_VALUE, f"{name}'s access token's {handler.ACCESS_CLAIM} is {got!r}"


@then(phrase("{name:Person}'s ID token does not carry the access token claim the function added"))
def _(name, cognito_people):
    found = claims(cognito_people[name], ID)
    assert handler.ACCESS_CLAIM not in found, f"{name}'s ID token carries {handler.ACCESS_CLAIM}"


@then(phrase("{name:Person}'s ID token carries the email address the function set"))
def _(name, cognito_people):
    got = claims(cognito_people[name], ID).get("email")
    assert got == handler.OVERRIDDEN_EMAIL, f"{name}'s ID token's email is {got!r}, the function set " \
                                            f"{handler.OVERRIDDEN_EMAIL!r}"


@then(phrase("none of {name:Person}'s tokens carries the value the function gave to a claim Cognito reserves"))
def _(name, cognito_people):
    person = cognito_people[name]
    taken = {f"{kind} token's {claim}": value for kind in JWTS for claim, value in claims(person, kind).items()
             if claim in handler.RESERVED and value == handler.RESERVED_VALUE}
    assert not taken, f"the function's value {handler.RESERVED_VALUE!r} reached: {sorted(taken)}"


@then(phrase("{name:Person}'s ID token and access token name only the groups the function gave"))
def _(name, cognito_people):
    person = cognito_people[name]
    got = {str(kind): claims(person, kind).get("cognito:groups") for kind in JWTS}
    wrong = {kind: groups for kind, groups in got.items() if groups != [handler.GROUP]}
    assert not wrong, f"cognito:groups should be [{handler.GROUP!r}] in both tokens: {got}"


@then(phrase("{name:Person}'s ID token and access token name the groups {name2:Person} is in"))
def _(name, name2, cognito_people, cognito, cognito_user_pool):
    person = cognito_people[name]
    listed = cognito.admin_list_groups_for_user(UserPoolId=cognito_user_pool.id, Username=cognito_people[name2].username)
    expected = sorted(group["GroupName"] for group in listed["Groups"])
    assert expected, f"{name2} is in no group: the scenario proves nothing"
    got = {str(kind): sorted(claims(person, kind).get("cognito:groups") or []) for kind in JWTS}
    wrong = {kind: groups for kind, groups in got.items() if groups != expected}
    assert not wrong, f"cognito:groups should be {expected} in both tokens: {got}"


@then(phrase("neither {name:Person}'s ID token nor the access token carries cognito:groups"))
def _(name, cognito_people):
    person = cognito_people[name]
    kept = {str(kind): claims(person, kind)["cognito:groups"] for kind in JWTS if "cognito:groups" in claims(person, kind)}
    assert not kept, f"the empty groupOverrideDetails should suppress the groups; still there: {kept}"


@then(phrase('{name:Person}\'s access token grants the scope the function added and not the one it suppressed'))
def _(name, cognito_people):
    scopes = str(claims(cognito_people[name], ACCESS).get("scope", "")).split()
    assert handler.ADDED_SCOPE in scopes, f"the access token's scopes {scopes} lack {handler.ADDED_SCOPE!r}"
    assert handler.SUPPRESSED_SCOPE not in scopes, f"the access token still grants {handler.SUPPRESSED_SCOPE!r}"


@then(phrase("{name:Person}'s ID token and access token carry the function's number, boolean, list and object"))
def _(name, cognito_people):
    person = cognito_people[name]
    problems = []
    for kind in JWTS:
        found = claims(person, kind)
        for claim, value in handler.COMPLEX.items():
            if found.get(claim) != value or type(found.get(claim)) is not type(value):
                problems.append(f"{kind} token's {claim} is {found.get(claim)!r}, the function gave {value!r}")
    assert not problems, "; ".join(problems)


# --- the event --------------------------------------------------------------------------------------

@then(phrase('the pre token generation event for {name:Person} is version "{version}"'))
def _(name, version, cognito_trigger_events):
    got = event_of(cognito_trigger_events, name).get("version")
    assert got == version, f"the event's version is {got!r}"


@then(phrase("the pre token generation event for {name:Person} lists the groups {name2:Person} is in"))
def _(name, name2, cognito_trigger_events, cognito, cognito_user_pool, cognito_people):
    listed = cognito.admin_list_groups_for_user(UserPoolId=cognito_user_pool.id, Username=cognito_people[name2].username)
    expected = sorted(group["GroupName"] for group in listed["Groups"])
    assert expected, f"{name2} is in no group: the scenario proves nothing"
    configuration = (event_of(cognito_trigger_events, name).get("request") or {}).get("groupConfiguration") or {}
    got = sorted(configuration.get("groupsToOverride") or [])
    assert got == expected, f"request.groupConfiguration.groupsToOverride is {got}, {name2} is in {expected}"


@then(phrase("the pre token generation event for {name:Person} lists the scopes of the access token"))
def _(name, cognito_trigger_events, cognito_people):
    scopes = (event_of(cognito_trigger_events, name).get("request") or {}).get("scopes")
    assert isinstance(scopes, list) and scopes, f"the V2 event's request.scopes is {scopes!r}"
    granted = str(claims(cognito_people[name], ACCESS).get("scope", "")).split()
    missing = [scope for scope in granted if scope not in scopes]
    assert not missing, f"the access token grants {missing}, which request.scopes {scopes} does not list"
