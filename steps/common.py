"""Shared Givens and Thens: who exists, and what an outcome was."""

from __future__ import annotations

from pytest_bdd import given, then

from cognito_conformance.existing_pool import suite_pool_only

from .grammar import phrase
from .preconditions import require_group


def expect_ok(outcome, doing: str) -> None:
    """A Given's call must succeed; otherwise the scenario cannot be set up."""
    __tracebackhide__ = True
    assert outcome.ok, f"could not set the scenario up: {doing}: {outcome.describe()}"


def required_attributes(user_pool, person) -> list[dict]:
    """Values for the standard attributes the pool's schema requires besides email (the schema pool
    requires name): AWS refuses AdminCreateUser without them (features/schema/attribute_schema.feature)."""
    required = getattr(getattr(user_pool, "spec", None), "required_attributes", ()) or ()
    return [{"Name": attribute, "Value": person.name} for attribute in required if attribute == "name"]


@given(phrase("{name:Person} is a confirmed user"))
def _(name, cognito_people, cognito, cognito_user_pool):
    """Made by an administrator: CONFIRMED, with a verified email address, no message sent."""
    person = cognito_people[name]
    person.pool_id = cognito_user_pool.id
    created = cognito.admin_create_user(
        UserPoolId=cognito_user_pool.id,
        Username=person.username,
        UserAttributes=[{"Name": "email", "Value": person.email}, {"Name": "email_verified", "Value": "true"},
                        *required_attributes(cognito_user_pool, person)],
        TemporaryPassword=person.password,
        MessageAction="SUPPRESS",
    )
    person.sub = next(a["Value"] for a in created["User"]["Attributes"] if a["Name"] == "sub")
    cognito.admin_set_user_password(UserPoolId=cognito_user_pool.id, Username=person.username,
                                    Password=person.password, Permanent=True)


@given(phrase('{name:Person} is in the group "{group}"'))
def _(name, group, cognito_people, cognito, cognito_user_pool, cognito_provisioner, cognito_settings):
    """In a team's pool, only the group env.py ``suite_group`` sets aside for the suite takes members."""
    aside = cognito_settings.env_file.get("suite_group")
    if group != aside:
        suite_pool_only(cognito_user_pool, f"the scenario puts its user in the group {group!r}; in your pool the suite changes "
                                   f"the membership only of the group env.py `suite_group` sets aside for it "
                                   f"({'it names ' + repr(aside) if aside else 'unset'})")
    require_group(cognito_provisioner, group)
    cognito.admin_add_user_to_group(UserPoolId=cognito_user_pool.id, Username=cognito_people[name].username, GroupName=group)


@then("it succeeds")
def _(cognito_outcome):
    assert cognito_outcome.ok, f"expected success, got {cognito_outcome.describe()}"


@then(phrase("it fails with {code:ErrorCode}"))
def _(cognito_outcome, code):
    assert cognito_outcome.error_code == code, f"expected {code}, got {cognito_outcome.describe()}"


@then(phrase("{name:Person}'s account is {status:w}"))
def _(name, status, cognito_people, cognito, cognito_user_pool):
    try:
        user = cognito.admin_get_user(UserPoolId=cognito_user_pool.id, Username=cognito_people[name].username)
    except cognito.exceptions.UserNotFoundException:
        raise AssertionError(f"{name} has no account under the username {cognito_people[name].username!r} "
                             "(AdminGetUser: UserNotFoundException)") from None
    assert user["UserStatus"] == status


@then(phrase("{name:Person} has no account"))
def _(name, cognito_people, cognito, cognito_user_pool):
    try:
        cognito.admin_get_user(UserPoolId=cognito_user_pool.id, Username=cognito_people[name].username)
    except cognito.exceptions.UserNotFoundException:
        return
    raise AssertionError(f"{name} has an account, but the request that would have made it was refused")
