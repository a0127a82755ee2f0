"""A user's own attributes: GetUser and UpdateUserAttributes with the access token."""

from __future__ import annotations

from pytest_bdd import then, when

from cognito_conformance.outcome import attempt

from .grammar import phrase
from .preconditions import require_attribute


def attributes_of(user: dict) -> dict[str, str]:
    return {a["Name"]: a["Value"] for a in user.get("UserAttributes", user.get("Attributes", []))}


def stored_attributes(cognito, user_pool, person) -> dict[str, str]:
    """What the pool holds, read with the admin API (not limited by any app client)."""
    return attributes_of(cognito.admin_get_user(UserPoolId=user_pool.id, Username=person.username))


@when(phrase("{name:Person} reads the account's attributes"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return attempt("GetUser", cognito.get_user, AccessToken=cognito_people[name].access_token)


@when(phrase('{name:Person} sets {attribute:Attribute} to "{value}"'), target_fixture="cognito_outcome")
def _(name, attribute, value, cognito_people, cognito, cognito_provisioner):
    require_attribute(cognito_provisioner, attribute)
    return attempt("UpdateUserAttributes", cognito.update_user_attributes,
                   AccessToken=cognito_people[name].access_token,
                   UserAttributes=[{"Name": attribute, "Value": value}])


@then(phrase("the answer names {name:Person}'s username"))
def _(name, cognito_outcome, cognito_people):
    assert cognito_outcome.response["Username"] == cognito_people[name].username


@then(phrase("the attributes include {names}"))
def _(names, cognito_outcome):
    expected = names.replace(" and ", ", ").split(", ")
    missing = [n for n in expected if n not in attributes_of(cognito_outcome.response)]
    assert not missing, f"GetUser's attributes lack {missing}"


@then(phrase('{name:Person}\'s {attribute:Attribute} is "{value}"'))
def _(name, attribute, value, cognito_people, cognito, cognito_user_pool):
    assert stored_attributes(cognito, cognito_user_pool, cognito_people[name]).get(attribute) == value


@then(phrase("{name:Person}'s {attribute:Attribute} is not set"))
def _(name, attribute, cognito_people, cognito, cognito_user_pool):
    stored = stored_attributes(cognito, cognito_user_pool, cognito_people[name])
    assert attribute not in stored, f"{attribute} was written although the app client may not write it"
