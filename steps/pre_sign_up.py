"""Pre sign-up trigger scenarios: what SignUp and AdminCreateUser answer after the function (issue 22)."""

from __future__ import annotations

from pytest_bdd import then

from .grammar import phrase


@then(phrase("Cognito answers that {name:Person}'s account is confirmed"))
def _(name, cognito_outcome):
    assert cognito_outcome.ok, f"the sign-up failed: {cognito_outcome.describe()}"
    assert cognito_outcome.response["UserConfirmed"] is True, \
        f"SignUp answered UserConfirmed {cognito_outcome.response['UserConfirmed']!r}"
