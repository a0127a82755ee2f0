"""A team's own repository: the installed plugin (entry point) gives its feature files the suite's
steps, options and fixtures, with nothing of this checkout on the path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


from ..run_suite import FAKE_AWS, ROOT
from .team_pool import create_team_pool, env_file_for, server_client


def test_a_team_checks_its_pool_profile_in_its_own_repository(moto_server, tmp_path):
    team = create_team_pool(server_client(moto_server))
    repository = tmp_path / "team-repo"
    (repository / "features").mkdir(parents=True)
    shutil.copy(ROOT / "examples/pool_profile/our_pool.feature", repository / "features")
    (repository / "test_our_pool.py").write_text('from pytest_bdd import scenarios\n\nscenarios("features")\n')
    env_file_for(repository / "env.py", team)
    (repository / "pytest.ini").write_text("[pytest]\naddopts = --strict-markers -p no:cacheprovider\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COGNITO_", "AWS_", "PYTEST_XDIST", "PYTHONPATH"))}
    env.update(FAKE_AWS)
    run = subprocess.run([sys.executable, "-m", "pytest", "--backend", "aws", "--endpoint-url", moto_server,
                          "--emulator", "moto", "--no-report"], cwd=repository, env=env, capture_output=True,
                         text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "9 passed" in run.stdout
    assert f"your pool {team['user_pool_id']}" in run.stdout
