"""Sign-in identifiers: email addresses and phone numbers as usernames, aliases, username case, and
who may create an account."""

from __future__ import annotations

import secrets

from pytest_bdd import given, then, when

from cognito_conformance import auth
from cognito_conformance.existing_pool import suite_pool_only
from cognito_conformance.jwt import decode_unverified
from cognito_conformance.outcome import attempt
from cognito_conformance.token_kinds import ACCESS

from .common import expect_ok
from .grammar import phrase

IDENTIFIER = {"email address": lambda p: p.email, "preferred username": lambda p: f"{p.username}-pref",
              "username in capitals": lambda p: p.username.upper()}


def _phone(person) -> str:
    """A run-unique number in the range reserved for fiction (+1 555 01xx is too small to be unique)."""
    if not getattr(person, "phone", None):
        person.phone = "+1555" + "".join(secrets.choice("0123456789") for _ in range(7))
    return person.phone


def _sign_up_as(cognito, app_client, person, username, attributes=()):
    person.pool_id = app_client.pool_id
    return attempt("SignUp", cognito.sign_up, ClientId=app_client.id, Username=username,
                   Password=person.password, UserAttributes=list(attributes))


def _sign_in_as(cognito, app_client, person, flow, identifier):
    outcome = auth.sign_in(cognito, app_client, flow, identifier, person.password)
    outcome.flow = flow
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


@given(phrase("{name:Person} has signed up with her email address as the username"))
def _(name, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    expect_ok(_sign_up_as(cognito, cognito_app_client, person, person.email), f"{name} signs up with her email address")
    person.username = person.email  # the admin API takes the address in place of the generated username


@when(phrase("{name:Person} signs up with her phone number as the username"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    outcome = _sign_up_as(cognito, cognito_app_client, person, _phone(person))
    if outcome.ok:
        person.username = person.phone
    return outcome


@when(phrase("{name:Person} signs up with a username that is not an {kind}"), target_fixture="cognito_outcome")
@when(phrase("{name:Person} signs up with a username that is not a {kind}"), target_fixture="cognito_outcome")
def _(name, kind, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    return _sign_up_as(cognito, cognito_app_client, person, person.username, [{"Name": "email", "Value": person.email}])


@given(phrase("an administrator has confirmed {name:Person}'s sign-up"))
def _(name, cognito_people, cognito, cognito_user_pool):
    expect_ok(attempt("AdminConfirmSignUp", cognito.admin_confirm_sign_up, UserPoolId=cognito_user_pool.id,
                      Username=cognito_people[name].username), f"AdminConfirmSignUp for {name}")


@then(phrase("the username Cognito keeps for {name:Person} is not her {kind}"))
def _(name, kind, cognito_people, cognito, cognito_user_pool):
    person = cognito_people[name]
    kept = cognito.admin_get_user(UserPoolId=cognito_user_pool.id, Username=person.username)["Username"]
    address = person.email if kind == "email address" else person.phone
    assert kept and kept != address, f"Cognito kept the {kind} itself as the username"


@when(phrase("{name:Person} signs in with {flow:Flow} using her {identifier}"), target_fixture="cognito_outcome")
def _(name, flow, identifier, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    return _sign_in_as(cognito, cognito_app_client, person, flow, IDENTIFIER[identifier](person))


@then("Cognito refuses it")
def _(cognito_outcome):
    assert not cognito_outcome.ok, f"expected a refusal, got {cognito_outcome.describe()}"


@given(phrase("an administrator has given {name:Person} a preferred username"))
def _(name, cognito_people, cognito, cognito_user_pool):
    person = cognito_people[name]
    expect_ok(attempt("AdminUpdateUserAttributes", cognito.admin_update_user_attributes, UserPoolId=cognito_user_pool.id,
                      Username=person.username,
                      UserAttributes=[{"Name": "preferred_username", "Value": IDENTIFIER["preferred username"](person)}]),
              f"AdminUpdateUserAttributes preferred_username for {name}")


def _verify_email(cognito, user_pool, person, email):
    return attempt("AdminUpdateUserAttributes", cognito.admin_update_user_attributes, UserPoolId=user_pool.id,
                   Username=person.username, UserAttributes=[{"Name": "email", "Value": email},
                                                             {"Name": "email_verified", "Value": "true"}])


@then(phrase("once {name:Person}'s email address is verified, {other:Person} can sign in with {flow:Flow} "
             "using her email address"))
def _(name, other, flow, cognito_people, cognito, cognito_user_pool, cognito_app_client):
    person = cognito_people[name]
    expect_ok(_verify_email(cognito, cognito_user_pool, person, person.email), f"verifying {name}'s email address")
    outcome = _sign_in_as(cognito, cognito_app_client, person, flow, person.email)
    assert ACCESS.of(outcome.result), f"{name} could not sign in by email: {outcome.describe()}"


@when(phrase("an administrator gives {name:Person} {owner:Person}'s email address as verified"),
      target_fixture="cognito_outcome")
def _(name, owner, cognito_people, cognito, cognito_user_pool):
    return _verify_email(cognito, cognito_user_pool, cognito_people[name], cognito_people[owner].email)


@when(phrase("an administrator creates {name:Person} with {owner:Person}'s verified email address, forcing the alias"),
      target_fixture="cognito_outcome")
def _(name, owner, cognito_people, cognito, cognito_user_pool):
    suite_pool_only(cognito_user_pool, "ForceAliasCreation moves an alias away from the user who has it, which "
                                       "the suite never risks on a pool whose users are not all its own")
    person = cognito_people[name]
    person.pool_id = cognito_user_pool.id
    return attempt("AdminCreateUser", cognito.admin_create_user, UserPoolId=cognito_user_pool.id, Username=person.username,
                   TemporaryPassword=person.password, MessageAction="SUPPRESS", ForceAliasCreation=True,
                   UserAttributes=[{"Name": "email", "Value": cognito_people[owner].email},
                                   {"Name": "email_verified", "Value": "true"}])


@then(phrase("{name:Person} can no longer sign in with {flow:Flow} using her email address"))
def _(name, flow, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    outcome = _sign_in_as(cognito, cognito_app_client, person, flow, person.email)
    assert not outcome.ok, f"{name} still signs in with the moved alias: {outcome.describe()}"


@when(phrase("someone signs up with {name:Person}'s username in capitals"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_scratch_users):
    username = cognito_people[name].username.upper()
    outcome = attempt("SignUp", cognito.sign_up, ClientId=cognito_app_client.id, Username=username,
                      Password=cognito_people[name].password)
    if outcome.ok:
        cognito_scratch_users.append((cognito_app_client.pool_id, username))
    return outcome


@when(phrase("an administrator looks {name:Person} up by her username in capitals"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return attempt("AdminGetUser", cognito.admin_get_user, UserPoolId=cognito_user_pool.id,
                   Username=cognito_people[name].username.upper())


@then(phrase("{name:Person}'s username in capitals does not sign {other:Person} in"))
def _(name, other, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    outcome = _sign_in_as(cognito, cognito_app_client, person, "USER_PASSWORD_AUTH", person.username.upper())
    token = ACCESS.of(outcome.result)
    subject = decode_unverified(token)[1].get("username") if token else None
    assert subject != person.username, f"the capitalized username signed {name} in"


@when(phrase("an administrator creates an account for {name:Person} without a temporary password"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    person = cognito_people[name]
    person.pool_id = cognito_user_pool.id
    return attempt("AdminCreateUser", cognito.admin_create_user, UserPoolId=cognito_user_pool.id, Username=person.username,
                   MessageAction="SUPPRESS", UserAttributes=[{"Name": "email", "Value": person.email}])


@then(phrase("Cognito answers with {name:Person}'s account"))
def _(name, cognito_outcome, cognito_people):
    assert cognito_outcome.ok, f"the account was not found: {cognito_outcome.describe()}"
    assert cognito_outcome.response["Username"] == cognito_people[name].username


@then(phrase("{owner:Person}'s email address now signs {name:Person} in"))
def _(owner, name, cognito_people, cognito, cognito_app_client):
    """Bob's first sign-in: tokens, or the NEW_PASSWORD_REQUIRED challenge of an invited user."""
    outcome = auth.sign_in(cognito, cognito_app_client, "USER_PASSWORD_AUTH", cognito_people[owner].email, cognito_people[name].password)
    assert outcome.ok, f"the moved alias does not sign {name} in: {outcome.describe()}"
