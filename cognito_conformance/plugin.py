"""The pytest plugin: every fixture and step of the suite, for this checkout and for a team's repository.

Installed, it loads by itself (entry point ``pytest11``), so a team that ``pip install``s the suite
can write its own feature files with the suite's steps. The source of ``cognito_conformance.fixtures``
and ``cognito_conformance.steps`` is the checkout's top-level ``fixtures/`` and ``steps/``.
"""

pytest_plugins = [
    "cognito_conformance.fixtures.options",
    "cognito_conformance.fixtures.markers",
    "cognito_conformance.fixtures.sweep",
    "cognito_conformance.fixtures.masking",
    "cognito_conformance.fixtures.backend",
    "cognito_conformance.fixtures.pools",
    "cognito_conformance.fixtures.people",
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
    "cognito_conformance.steps.settings_profile",
]
