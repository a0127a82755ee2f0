"""Shared by the project's own tests: moto's standalone server on a free loopback port."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def moto_server():
    """moto as a server for one test module, checking TOTP codes as the moto backend makes it do."""
    from moto.server import ThreadedMotoServer

    switch = pytest.MonkeyPatch()  # moto checks TOTP codes only when asked (docs/moto-5.2.5.md 11b)
    switch.setenv("MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP", "true")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()
    switch.undo()


@pytest.fixture
def env_file(tmp_path):
    """An env.py naming only the region, so a child run provisions its own pools (modules may override)."""
    path = tmp_path / "env.py"
    path.write_text('region = "us-east-1"\n')
    return path
