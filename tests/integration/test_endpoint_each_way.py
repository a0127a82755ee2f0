"""Issue 9, finding 8: whatever names moto's server as the endpoint, the JWT, token-signature and
discovery scenarios fetch the keys there too (they failed with the environment variable before)."""

from __future__ import annotations

import pytest

from ..run_suite import FAKE_AWS, run_suite

MODULES = ("features/jwt/test_jwt.py", "features/tokens/test_tokens.py")


@pytest.mark.parametrize("how", ["--endpoint-url", "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_ENDPOINT_URL",
                                 "profile endpoint_url"])
def test_every_call_goes_to_the_one_endpoint(moto_server, env_file, tmp_path, how):
    args, env = [], dict(FAKE_AWS)
    if how == "--endpoint-url":
        args = ["--endpoint-url", moto_server]
    elif how == "profile endpoint_url":
        config = tmp_path / "aws-config"
        config.write_text(f"[profile emulator]\nregion = us-east-1\nendpoint_url = {moto_server}\n"
                          "aws_access_key_id = testing\naws_secret_access_key = testing\n")
        env_file.write_text('region = "us-east-1"\nprofile = "emulator"\n')
        env.update(AWS_CONFIG_FILE=str(config), AWS_SHARED_CREDENTIALS_FILE=str(tmp_path / "none"))
    else:
        env[how] = moto_server
    run = run_suite(*MODULES, "--backend", "aws", "--emulator", "moto", "--env-file", str(env_file), "--no-report",
                    *args, env=env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert f"endpoint: {moto_server}" in run.stdout
    assert " failed" not in run.stdout.splitlines()[-1] and " passed" in run.stdout.splitlines()[-1]
