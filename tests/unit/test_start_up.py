"""What each process pays before its first scenario: pytest rewrites the asserts of the suite's
plugins and asserting modules only (cognito_conformance.plugin.rewrite_only_the_steps)."""

import ast
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from cognito_conformance import plugin

PACKAGE = Path(plugin.__file__).resolve().parent


def _module_name(path: Path) -> str:
    """The module name of a source file of the package, or of the checkout's fixtures/ and steps/."""
    parts = list(path.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["cognito_conformance", *parts] if parts[0] in ("fixtures", "steps") else parts)


def _sources():
    root = PACKAGE.parent
    for folder in ("cognito_conformance", "fixtures", "steps"):
        for path in sorted((root / folder).rglob("*.py")):
            if ".tools" not in path.parts:
                yield path.relative_to(root)


def test_every_module_with_an_assert_is_rewritten():
    rewritten = (*plugin.SUITE_PLUGINS, *plugin.ASSERTING)
    missing = []
    for relative in _sources():
        tree = ast.parse((PACKAGE.parent / relative).read_text(encoding="utf-8"))
        name = _module_name(relative)
        if any(isinstance(node, ast.Assert) for node in ast.walk(tree)) and not any(
                name == marked or name.startswith(marked + ".") for marked in rewritten):
            missing.append(name)
    assert not missing, f"add these modules with asserts to cognito_conformance.plugin.ASSERTING: {missing}"


def _config(marked):
    return SimpleNamespace(pluginmanager=SimpleNamespace(rewrite_hook=SimpleNamespace(_must_rewrite=marked)))


def test_the_package_is_unmarked_and_its_plugins_and_asserting_modules_marked(monkeypatch):
    registered = []
    monkeypatch.setattr(pytest, "register_assert_rewrite", lambda *names: registered.extend(names))
    marked = {"cognito_conformance", "pytest_bdd"}
    plugin.rewrite_only_the_steps(_config(marked))
    assert marked == {"pytest_bdd"}
    # Every fixture and step module and every asserting one, but those already imported (pytest would
    # only warn that it cannot rewrite them: in this test process, the plugin has been loaded already).
    assert registered == [name for name in (*plugin.SUITE_PLUGINS, *plugin.ASSERTING) if name not in sys.modules]
    assert "cognito_conformance.steps" in plugin.ASSERTING


@pytest.mark.parametrize("config", [SimpleNamespace(pluginmanager=SimpleNamespace()),  # --assert=plain
                                    _config({"pytest_bdd"})])  # the package not marked: nothing to narrow
def test_nothing_changes_where_there_is_nothing_to_narrow(monkeypatch, config):
    monkeypatch.setattr(pytest, "register_assert_rewrite", lambda *names: pytest.fail("registered"))
    plugin.rewrite_only_the_steps(config)


def test_the_controller_plugins_import_no_aws_sdk_nor_http_client():
    """An xdist controller loads CONTROLLER_PLUGINS only, and makes no client: boto3, botocore, requests
    and moto are imported where a client or a call is made (about 0.2 s of CPU before it starts its
    workers)."""
    import subprocess

    probe = ("import sys, importlib; from cognito_conformance import plugin; "
             "[importlib.import_module(name) for name in plugin.CONTROLLER_PLUGINS]; "
             "print(sorted(m for m in ('boto3', 'botocore', 'requests', 'moto') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_backends_botocore_settings_are_made_on_first_use(monkeypatch):
    from botocore.config import Config

    from cognito_conformance.backends import base, moto

    assert base.CLIENT_CONFIG is base.botocore_config("CLIENT_CONFIG")
    assert isinstance(base.SERVICE_CONFIG, Config) and base.SERVICE_CONFIG.retries["max_attempts"] == 5
    assert base.SINGLE_ATTEMPT_CONFIG.retries == {"mode": "standard", "total_max_attempts": 1}
    assert base.IN_PROCESS.ignore_configured_endpoint_urls is True
    # moto's clients, in process, ignore a configured endpoint (base.IN_PROCESS merged into theirs)
    given = []
    monkeypatch.setattr(base.Backend, "make_client", lambda self, config=None: given.append(config))
    monkeypatch.setattr(base.Backend, "service_client", lambda self, service, config=None: given.append(config))
    moto.MotoBackend().make_client()
    moto.MotoBackend().service_client("lambda")
    assert [c.ignore_configured_endpoint_urls for c in given] == [True, True]
    assert given[0].retries == base.CLIENT_CONFIG.retries and given[1].retries == base.SERVICE_CONFIG.retries
    with pytest.raises(AttributeError):
        base.NO_SUCH_CONFIG


def _xdist_config(dist, args=(), addopts=()):
    return SimpleNamespace(option=SimpleNamespace(dist=dist), invocation_params=SimpleNamespace(args=tuple(args)),
                           getini=lambda name: list(addopts) if name == "addopts" else pytest.fail(name))


def test_n_without_dist_steals_work(monkeypatch):
    """``-n N`` alone: each worker a contiguous share of the catalogue (fewer set-ups per worker)."""
    monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
    config = _xdist_config("load", args=["features", "-n", "2"])
    plugin.steal_work_unless_told(config)
    assert config.option.dist == "worksteal"


@pytest.mark.parametrize("args, addopts, environment", [
    (["-n", "2", "--dist", "load"], [], ""),
    (["-n", "2", "--dist=load"], [], ""),
    (["-n", "2", "-d"], [], ""),
    (["-n", "2"], ["--dist", "load"], ""),
    (["-n", "2"], [], "--dist=load -q"),
])
def test_a_dist_the_user_gives_is_kept(monkeypatch, args, addopts, environment):
    monkeypatch.setenv("PYTEST_ADDOPTS", environment)
    config = _xdist_config("load", args=args, addopts=addopts)
    plugin.steal_work_unless_told(config)
    assert config.option.dist == "load"


def test_another_distribution_mode_is_left_alone(monkeypatch):
    monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
    config = _xdist_config("loadfile", args=["-n", "2", "--dist", "loadfile"])
    plugin.steal_work_unless_told(config)
    assert config.option.dist == "loadfile"
