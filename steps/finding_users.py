"""Finding users with ListUsers: filters, the attributes returned, and pages."""

from __future__ import annotations

from pytest_bdd import then, when

from cognito_conformance.outcome import Outcome, attempt

from .grammar import phrase


def list_users(cognito, user_pool, filter_: str, limit: int | None = None, **extra) -> Outcome:
    """Every page of ListUsers for ``filter_``; the outcome's response holds all users and the pages."""
    users, pages, token = [], [], None
    while True:
        params = {"UserPoolId": user_pool.id, "Filter": filter_, **extra}
        if limit:
            params["Limit"] = limit
        if token:
            params["PaginationToken"] = token
        page = attempt("ListUsers", cognito.list_users, **params)
        if not page.ok:
            return page
        pages.append(page.response["Users"])
        users += page.response["Users"]
        token = page.response.get("PaginationToken")
        if not token:
            return Outcome("ListUsers", response={"Users": users, "Pages": pages})


def _names(outcome, people) -> set[str]:
    by_username = {person.username: person.name for person in people}
    return {by_username.get(user["Username"], user["Username"]) for user in outcome.response["Users"]}


@when(phrase("an administrator lists the users whose email is {name:Person}'s email address"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return list_users(cognito, cognito_user_pool, f'email = "{cognito_people[name].email}"')


@when(phrase("an administrator lists the users whose email is {name:Person}'s email address, asking only for email"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return list_users(cognito, cognito_user_pool, f'email = "{cognito_people[name].email}"', AttributesToGet=["email"])


@when("an administrator lists the users whose username starts with the run's prefix", target_fixture="cognito_outcome")
def _(cognito_run_prefix, cognito, cognito_user_pool):
    return list_users(cognito, cognito_user_pool, f'username ^= "{cognito_run_prefix}-"')


@when("an administrator lists the users whose username starts with the run's prefix, one per page",
      target_fixture="cognito_outcome")
def _(cognito_run_prefix, cognito, cognito_user_pool):
    return list_users(cognito, cognito_user_pool, f'username ^= "{cognito_run_prefix}-"', limit=1)


@when(phrase("an administrator lists the users whose username starts with the run's prefix, {limit:d} per page"),
      target_fixture="cognito_outcome")
def _(limit, cognito_run_prefix, cognito, cognito_user_pool):
    return list_users(cognito, cognito_user_pool, f'username ^= "{cognito_run_prefix}-"', limit=limit)


@when(phrase('an administrator lists the users whose status is "{status}"'), target_fixture="cognito_outcome")
def _(status, cognito, cognito_user_pool):
    return list_users(cognito, cognito_user_pool, f'status = "{status}"')


@when(phrase("an administrator lists the users whose username is {name:Person}'s and whose email is "
             "{other:Person}'s email address"), target_fixture="cognito_outcome")
def _(name, other, cognito_people, cognito, cognito_user_pool):
    return attempt("ListUsers", cognito.list_users, UserPoolId=cognito_user_pool.id,
                   Filter=f'username = "{cognito_people[name].username}" and email = "{cognito_people[other].email}"')


@then(phrase("the list is exactly {names}"))
def _(names, cognito_outcome, cognito_people):
    assert cognito_outcome.ok, f"ListUsers: {cognito_outcome.describe()}"
    wanted = {n.strip() for n in names.replace(" and ", ", ").split(",")}
    assert _names(cognito_outcome, cognito_people) == wanted, f"ListUsers found {sorted(_names(cognito_outcome, cognito_people))}"


@then(phrase("the list includes {name:Person} but not {other:Person}"))
def _(name, other, cognito_outcome, cognito_people):
    assert cognito_outcome.ok, f"ListUsers: {cognito_outcome.describe()}"
    found = _names(cognito_outcome, cognito_people)
    assert name in found and other not in found, f"ListUsers found {sorted(found)}"


@then("every user listed has Enabled false")
def _(cognito_outcome):
    assert all(user.get("Enabled") is False for user in cognito_outcome.response["Users"])


@then("every user listed carries only the email attribute")
def _(cognito_outcome):
    assert cognito_outcome.ok and cognito_outcome.response["Users"], f"ListUsers: {cognito_outcome.describe()}"
    for user in cognito_outcome.response["Users"]:
        assert [a["Name"] for a in user.get("Attributes", [])] == ["email"], user.get("Attributes")


@then("every page holds at most one user")
def _(cognito_outcome):
    assert cognito_outcome.ok and all(len(page) <= 1 for page in cognito_outcome.response["Pages"])
