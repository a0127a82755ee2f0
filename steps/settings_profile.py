"""Pool profiles for the pool's own settings: sign-in identifiers, case, sign-up, recovery, deletion
protection, the schema and groups, how it sends email. Read-only: each step only describes the pool (DescribeUserPool,
ListGroups)."""

from __future__ import annotations

from pytest_bdd import parsers, then

from .grammar import phrase
from .profile import _items, _pool

IDENTIFIERS = {"email address": "email", "phone number": "phone_number", "preferred username": "preferred_username"}


@then(phrase("users sign in with their {identifiers} as the username"))
def _(identifiers, cognito, cognito_user_pool):
    wanted = sorted(IDENTIFIERS[i] for i in _items(identifiers.replace(" or ", ", ")))
    actual = sorted(_pool(cognito, cognito_user_pool).get("UsernameAttributes") or [])
    assert actual == wanted, f"UsernameAttributes are {actual}"


@then(phrase("users may also sign in with their {aliases}"))
def _(aliases, cognito, cognito_user_pool):
    wanted = sorted(IDENTIFIERS[i] for i in _items(aliases))
    actual = sorted(_pool(cognito, cognito_user_pool).get("AliasAttributes") or [])
    assert actual == wanted, f"AliasAttributes are {actual}"


@then(parsers.re(r"usernames are case (?P<kind>sensitive|insensitive)"))
def _(kind, cognito, cognito_user_pool):
    setting = (_pool(cognito, cognito_user_pool).get("UsernameConfiguration") or {}).get("CaseSensitive", True)
    assert setting == (kind == "sensitive"), f"UsernameConfiguration.CaseSensitive is {setting}"


@then(parsers.re(r"(?P<who>only administrators create users|users may sign themselves up)"))
def _(who, cognito, cognito_user_pool):
    only = bool((_pool(cognito, cognito_user_pool).get("AdminCreateUserConfig") or {}).get("AllowAdminCreateUserOnly"))
    assert only == who.startswith("only"), f"AllowAdminCreateUserOnly is {only}"


@then(phrase("accounts are recovered by {mechanisms}"))
def _(mechanisms, cognito, cognito_user_pool):
    setting = (_pool(cognito, cognito_user_pool).get("AccountRecoverySetting") or {}).get("RecoveryMechanisms") or []
    actual = [m["Name"] for m in sorted(setting, key=lambda m: m["Priority"])]
    assert actual == _items(mechanisms.replace(" then ", ", ")), f"RecoveryMechanisms are {setting}"


@then(parsers.re(r"the pool is (?P<state>protected|not protected) against deletion"))
def _(state, cognito, cognito_user_pool):
    setting = _pool(cognito, cognito_user_pool).get("DeletionProtection", "INACTIVE")
    assert (setting == "ACTIVE") == (state == "protected"), f"DeletionProtection is {setting}"


@then(parsers.re(r"custom attribute (?P<name>custom:[\w-]+) is (?P<kind>mutable|immutable)"))
def _(name, kind, cognito, cognito_user_pool):
    schema = {a["Name"]: a for a in _pool(cognito, cognito_user_pool).get("SchemaAttributes", [])}
    assert name in schema, f"the schema has no {name}"
    assert schema[name].get("Mutable", True) == (kind == "mutable"), f"{name} Mutable is {schema[name].get('Mutable')}"


@then(phrase("the pool has the groups {names}"))
def _(names, cognito, cognito_user_pool):
    pages = cognito.get_paginator("list_groups").paginate(UserPoolId=cognito_user_pool.id)
    actual = sorted(g["GroupName"] for page in pages for g in page["Groups"])
    assert actual == sorted(_items(names)), f"the pool's groups are {actual}"


@then(phrase("the pool sends email with {account:w}"))
def _(account, cognito, cognito_user_pool):
    configuration = _pool(cognito, cognito_user_pool).get("EmailConfiguration") or {}
    actual = configuration.get("EmailSendingAccount")
    assert actual == account, f"EmailConfiguration is {configuration}"


@then(phrase("the pool's verification emails use {option:w}"))
def _(option, cognito, cognito_user_pool):
    template = _pool(cognito, cognito_user_pool).get("VerificationMessageTemplate") or {}
    actual = template.get("DefaultEmailOption")
    assert actual == option, f"VerificationMessageTemplate.DefaultEmailOption is {actual!r}"
