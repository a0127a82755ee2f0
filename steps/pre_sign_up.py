"""Pre sign-up trigger scenarios: what SignUp and AdminCreateUser answer after the function (issue 22)."""

from __future__ import annotations

from pytest_bdd import then

from .grammar import phrase


@then(phrase("Cognito answers that {name:Person}'s account is confirmed"))
def _(name, cognito_outcome):
    assert cognito_outcome.ok, f"the sign-up failed: {cognito_outcome.describe()}"
    assert cognito_outcome.response["UserConfirmed"] is True, \
        f"SignUp answered UserConfirmed {cognito_outcome.response['UserConfirmed']!r}"


def attributes_of(cognito, pool, person) -> dict:
    user = cognito.admin_get_user(UserPoolId=pool.id, Username=person.username)
    return {a["Name"]: a["Value"] for a in user.get("UserAttributes", [])}


@then(phrase("{name:Person}'s {attribute:Attribute} is verified"))
def _(name, attribute, cognito, cognito_user_pool, cognito_people):
    verified = f"{attribute}_verified"
    got = attributes_of(cognito, cognito_user_pool, cognito_people[name]).get(verified)
    assert got == "true", f"{name}'s {verified} is {got!r}"


@then(phrase("the validation data is not among {name:Person}'s attributes"))
def _(name, cognito, cognito_user_pool, cognito_people):
    from .trigger_requests import VALIDATION_DATA

    names = set(attributes_of(cognito, cognito_user_pool, cognito_people[name]))
    stored = [key for key in VALIDATION_DATA if key in names or f"custom:{key}" in names]
    assert not stored, f"{name}'s account stores the validation data as attributes {stored}"
