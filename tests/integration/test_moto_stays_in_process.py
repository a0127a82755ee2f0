"""Issue 18, finding 8: with the moto backend (the default), an endpoint in the shell's environment sends
no call out of the process; the header says it is ignored."""

from __future__ import annotations

import pytest

from ..run_suite import run_suite
from .team_pool import server_client


@pytest.mark.parametrize("variable", ["AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_ENDPOINT_URL"])
def test_endpoint_variables_are_ignored_by_the_moto_backend(moto_server, variable):
    outside = server_client(moto_server)
    before = outside.list_user_pools(MaxResults=60)["UserPools"]
    run = run_suite("features/signup/test_signup.py", "-k", "temporary_password", "--no-report", env={variable: moto_server})
    assert run.returncode == 0, run.stdout[-3000:]
    assert outside.list_user_pools(MaxResults=60)["UserPools"] == before  # not one call reached the server
    assert "1 passed" in run.stdout
    assert f"cognito endpoint variables: {variable} ignored: the moto backend answers in this process" in run.stdout
