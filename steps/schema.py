"""The attribute schema: required and constrained attributes, immutable and developer-only ones,
attributes added to the pool, and deleting a user's attributes."""

from __future__ import annotations

from pytest_bdd import given, when

from cognito_conformance.outcome import attempt

from .common import expect_ok, required_attributes
from .grammar import phrase


def admin_set(cognito, user_pool, person, attribute, value):
    return attempt("AdminUpdateUserAttributes", cognito.admin_update_user_attributes, UserPoolId=user_pool.id,
                   Username=person.username, UserAttributes=[{"Name": attribute, "Value": value}])


@when(phrase("{name:Person} signs up without her name"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    person.pool_id = cognito_app_client.pool_id
    return attempt("SignUp", cognito.sign_up, ClientId=cognito_app_client.id, Username=person.username,
                   Password=person.password, UserAttributes=[{"Name": "email", "Value": person.email}])


@when(phrase("an administrator creates an account for {name:Person} without her name"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    person = cognito_people[name]
    person.pool_id = cognito_user_pool.id
    return attempt("AdminCreateUser", cognito.admin_create_user, UserPoolId=cognito_user_pool.id,
                   Username=person.username, TemporaryPassword=person.password, MessageAction="SUPPRESS",
                   UserAttributes=[{"Name": "email", "Value": person.email}])


@when(phrase('an administrator sets {name:Person}\'s {attribute:Attribute} to "{value}"'), target_fixture="cognito_outcome")
def _(name, attribute, value, cognito_people, cognito, cognito_user_pool):
    return admin_set(cognito, cognito_user_pool, cognito_people[name], attribute, value)


@given(phrase('an administrator has set {name:Person}\'s {attribute:Attribute} to "{value}"'))
def _(name, attribute, value, cognito_people, cognito, cognito_user_pool):
    expect_ok(admin_set(cognito, cognito_user_pool, cognito_people[name], attribute, value), f"setting {name}'s {attribute}")


@given(phrase('an administrator has created an account for {name:Person} with {attribute:Attribute} "{value}"'))
def _(name, attribute, value, cognito_people, cognito, cognito_user_pool):
    person = cognito_people[name]
    person.pool_id = cognito_user_pool.id
    expect_ok(attempt("AdminCreateUser", cognito.admin_create_user, UserPoolId=cognito_user_pool.id,
                      Username=person.username, TemporaryPassword=person.password, MessageAction="SUPPRESS",
                      UserAttributes=[{"Name": "email", "Value": person.email}, {"Name": attribute, "Value": value},
                                      *required_attributes(cognito_user_pool, person)]),
              f"AdminCreateUser for {name} with {attribute}")


@when(phrase("{name:Person} removes her {attribute:Attribute}"), target_fixture="cognito_outcome")
def _(name, attribute, cognito_people, cognito):
    return attempt("DeleteUserAttributes", cognito.delete_user_attributes, AccessToken=cognito_people[name].access_token,
                   UserAttributeNames=[attribute])


@when(phrase("an administrator removes {name:Person}'s {attribute:Attribute}"), target_fixture="cognito_outcome")
def _(name, attribute, cognito_people, cognito, cognito_user_pool):
    return attempt("AdminDeleteUserAttributes", cognito.admin_delete_user_attributes, UserPoolId=cognito_user_pool.id,
                   Username=cognito_people[name].username, UserAttributeNames=[attribute])


def add_custom(cognito, user_pool, attribute, data_type):
    return attempt("AddCustomAttributes", cognito.add_custom_attributes, UserPoolId=user_pool.id,
                   CustomAttributes=[{"Name": attribute, "AttributeDataType": data_type, "Mutable": True}])


@given(phrase("an administrator has added the custom attribute {attribute:w} to the pool"))
def _(attribute, cognito, cognito_user_pool):
    expect_ok(add_custom(cognito, cognito_user_pool, attribute, "String"), f"AddCustomAttributes {attribute}")


@when(phrase("an administrator adds the custom attribute {attribute:w} to the pool again as a number"),
      target_fixture="cognito_outcome")
def _(attribute, cognito, cognito_user_pool):
    return add_custom(cognito, cognito_user_pool, attribute, "Number")
