"""The pytest plugin: every fixture and step of the suite, for this checkout and for a team's repository.

Installed, it loads by itself (entry point ``pytest11``) in every pytest run of the virtualenv, so a
team that ``pip install``s the suite can write its own feature files with the suite's steps. It stays
quiet until asked: in every run it registers only its options, ini settings and markers
(``fixtures/command_line.py``, ``fixtures/markers.py``). The rest (``SUITE_PLUGINS``: settings,
header lines, reports, log masking, the stand-in, the fixtures and steps) is registered in
``pytest_configure``, before collection, and only when the run uses the suite
(cognito_conformance.activation says when). A run that does not sees no fixture of the plugin.
The source of ``cognito_conformance.fixtures`` and ``cognito_conformance.steps`` is the checkout's
top-level ``fixtures/`` and ``steps/``.
"""

from __future__ import annotations

import os
import sys

import pytest

from cognito_conformance import activation

pytest_plugins = [
    "cognito_conformance.fixtures.command_line",
    "cognito_conformance.fixtures.markers",
]

#: Why this run uses the suite (one line); absent from the stash when it does not.
ACTIVE = pytest.StashKey[str]()
#: The controller's decision, handed to each xdist worker.
WORKER_FLAG = "cognito_active"

SUITE_PLUGINS = [
    "cognito_conformance.fixtures.options",
    "cognito_conformance.fixtures.sweep",
    "cognito_conformance.fixtures.masking",
    "cognito_conformance.fixtures.backend",
    "cognito_conformance.fixtures.triggers",
    "cognito_conformance.fixtures.moto_keys",
    "cognito_conformance.fixtures.pools",
    "cognito_conformance.fixtures.people",
    "cognito_conformance.fixtures.read_only",
    "cognito_conformance.fixtures.clock",
    "cognito_conformance.fixtures.scenario_policy",
    "cognito_conformance.fixtures.hosted_ui",
    "cognito_conformance.fixtures.reporting",
    "cognito_conformance.fixtures.scratch",
    "cognito_conformance.steps.common",
    "cognito_conformance.steps.user_pools",
    "cognito_conformance.steps.app_clients",
    "cognito_conformance.steps.signup",
    "cognito_conformance.steps.signin",
    "cognito_conformance.steps.attributes",
    "cognito_conformance.steps.attribute_verification",
    "cognito_conformance.steps.passwords",
    "cognito_conformance.steps.refresh",
    "cognito_conformance.steps.signout",
    "cognito_conformance.steps.tokens",
    "cognito_conformance.steps.lifetimes",
    "cognito_conformance.steps.jwt_verification",
    "cognito_conformance.steps.mfa",
    "cognito_conformance.steps.admin_lifecycle",
    "cognito_conformance.steps.profile",
    "cognito_conformance.steps.oauth",
    "cognito_conformance.steps.oauth_tokens",
    "cognito_conformance.steps.federation",
    "cognito_conformance.steps.linked_identities",
    "cognito_conformance.steps.settings_pools",
    "cognito_conformance.steps.usernames",
    "cognito_conformance.steps.schema",
    "cognito_conformance.steps.groups",
    "cognito_conformance.steps.finding_users",
    "cognito_conformance.steps.pool_life",
    "cognito_conformance.steps.creation",
    "cognito_conformance.steps.settings_profile",
    # issue 13: sessions, revocation, rotation, devices, choice-based sign-in
    "cognito_conformance.steps.session_pools",
    "cognito_conformance.steps.revocation",
    "cognito_conformance.steps.rotation",
    "cognito_conformance.steps.auth_sessions",
    "cognito_conformance.steps.temporary_passwords",
    "cognito_conformance.steps.devices",
    "cognito_conformance.steps.choice_sign_in",
    "cognito_conformance.steps.one_time_passwords",
    "cognito_conformance.steps.passkeys",
    "cognito_conformance.steps.session_profile",
    # issue 22: Lambda triggers
    "cognito_conformance.steps.triggers",
    "cognito_conformance.steps.trigger_requests",
    "cognito_conformance.steps.pre_sign_up",
    "cognito_conformance.steps.user_migration",
    "cognito_conformance.steps.custom_message",
    "cognito_conformance.steps.trigger_profile",
    "cognito_conformance.steps.pre_token_generation",
    "cognito_conformance.steps.pre_token_hosted",
    "cognito_conformance.steps.custom_auth",
    "cognito_conformance.steps.custom_senders",
]


#: All an xdist controller needs: it neither collects nor runs a scenario (its workers do), but resolves
#: the settings, prints the header, sweeps, writes the reports and the summary. Skipping the fixture
#: and step modules there lets the workers start sooner.
CONTROLLER_PLUGINS = (
    "cognito_conformance.fixtures.options",
    "cognito_conformance.fixtures.sweep",
    "cognito_conformance.fixtures.masking",
    "cognito_conformance.fixtures.scenario_policy",
    "cognito_conformance.fixtures.hosted_ui",
    "cognito_conformance.fixtures.reporting",
)


def uses_the_suite(config: pytest.Config) -> str | None:
    """Why this run uses the suite, or None: decided from the arguments, testpaths, options, ini
    settings and environment, before anything is collected."""
    from cognito_conformance.fixtures.command_line import ENVIRONMENT_PREFIX, INI_DEFAULTS, OPTION_DEFAULTS

    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None and WORKER_FLAG in workerinput:
        return workerinput[WORKER_FLAG]
    paths = activation.collected_paths(config.args, config.invocation_params.dir)
    return activation.reason_from_paths(paths, activation.catalogue_directories(),
                                        config.getini("norecursedirs")) or \
        activation.reason_from_settings(vars(config.option), OPTION_DEFAULTS,
                                        {name: config.getini(name) for name in INI_DEFAULTS}, INI_DEFAULTS,
                                        os.environ, ENVIRONMENT_PREFIX)


def is_active(config: pytest.Config) -> bool:
    return ACTIVE in config.stash


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Before every other plugin's configure (JUnit's path, pytest-bdd's cucumber file): each module
    of the suite registered here has its own pytest_configure called at once, in this order."""
    reason = uses_the_suite(config)
    if reason is None:
        return
    config.stash[ACTIVE] = reason
    rewrite_only_the_steps(config)
    from cognito_conformance import step_index  # pytest-bdd's step lookup through an index

    step_index.install()
    if config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(_HandOver(reason), "cognito-activation")
    controller = _is_xdist_controller(config)
    if controller:
        steal_work_unless_told(config)
    for name in SUITE_PLUGINS:
        if not controller or name in CONTROLLER_PLUGINS:
            config.pluginmanager.import_plugin(name)


def pytest_unconfigure(config: pytest.Config) -> None:
    if is_active(config):
        from cognito_conformance import step_index

        step_index.uninstall()


#: The suite's modules with ``assert`` statements for pytest to explain: the steps' Thens and the
#: stand-in browser's two checks. No other module of the package has one.
ASSERTING = ("cognito_conformance.steps", "cognito_conformance.hosted_ui.browser")


def rewrite_only_the_steps(config: pytest.Config) -> None:
    """Have pytest rewrite the asserts of the suite's plugins and ``ASSERTING`` only, not of the
    whole package.

    pytest marks every module of a plugin's distribution for assertion rewriting: it parses each into
    an AST, walks every node for asserts and compiles the tree, in every process (each xdist worker
    too). When no rewritten bytecode can be cached (``PYTHONDONTWRITEBYTECODE``, a read-only
    checkout) that is about 1 s of CPU per process for this package's 140 modules, of which only
    the steps have asserts. pytest has no public way to unmark a package, so this narrows the hook's
    set of marked names (a private attribute; left alone if pytest changes it) and marks, through the
    public ``pytest.register_assert_rewrite``, what pytest would mark as plugins anyway (the
    fixture and step modules, marked before any of them is imported, so none is imported plain
    first) and ``ASSERTING``. With ``--assert=plain`` there is nothing to narrow."""
    hook = getattr(config.pluginmanager, "rewrite_hook", None)
    marked = getattr(hook, "_must_rewrite", None)
    if not isinstance(marked, set) or "cognito_conformance" not in marked:
        return
    marked.discard("cognito_conformance")
    pytest.register_assert_rewrite(*(name for name in (*SUITE_PLUGINS, *ASSERTING) if name not in sys.modules))


def steal_work_unless_told(config: pytest.Config) -> None:
    """``-n N`` without ``--dist``: pytest-xdist's ``worksteal`` rather than its default ``load``.

    ``load`` deals the tests out in small alternating batches, so every worker runs scenarios of
    every feature directory and sets up what they need: moto, the trigger functions, the hosted-UI
    stand-in, the pools of each configuration. ``worksteal`` gives each worker a contiguous share of
    the collection (the catalogue is collected directory by directory) and moves tests only when a
    worker runs dry. Measured on moto, 2 cores, 6 rounds in turns: 14.8 CPU-s in all against 17.9,
    8.2 s against 10.0 s wall (serial: 12.2 s). A ``--dist`` the user gives (on the command line, in
    PYTEST_ADDOPTS or in the ini file's addopts) is kept."""
    if config.option.dist == "load" and not _dist_given(config):
        config.option.dist = "worksteal"


def _dist_given(config: pytest.Config) -> bool:
    words = [*config.invocation_params.args, *os.environ.get("PYTEST_ADDOPTS", "").split(), *config.getini("addopts")]
    return any(word in ("--dist", "-d", "--distload") or word.startswith("--dist=") for word in map(str, words))


def _is_xdist_controller(config: pytest.Config) -> bool:
    """pytest-xdist's controller (``-n N``, N > 0): xdist's pytest_cmdline_main has set ``dist`` by now."""
    if not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput"):
        return False
    return getattr(config.option, "dist", "no") != "no" and bool(getattr(config.option, "numprocesses", 0))


class _HandOver:
    """Tells each xdist worker that the run uses the suite, as the controller decided."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def pytest_configure_node(self, node) -> None:
        node.workerinput[WORKER_FLAG] = self.reason


def pytest_report_header(config: pytest.Config) -> list[str]:
    if not is_active(config):
        return []
    return [f"cognito conformance: on, because {config.stash[ACTIVE]}"]
