"""Wiring only: the suite's plugins. Fixtures live in fixtures/, step definitions in steps/."""

pytest_plugins = [
    "fixtures.options",
    "fixtures.masking",
    "fixtures.backend",
    "fixtures.pools",
    "fixtures.people",
    "fixtures.clock",
    "fixtures.scenario_policy",
    "steps.common",
    "steps.app_clients",
    "steps.signup",
    "steps.signin",
    "steps.attributes",
    "steps.passwords",
    "steps.refresh",
    "steps.signout",
    "steps.tokens",
    "steps.lifetimes",
    "steps.jwt_verification",
]
