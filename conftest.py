"""Wiring only. The suite's fixtures (fixtures/) and steps (steps/) are one pytest plugin,
cognito_conformance.plugin, which the installed package also registers as an entry point."""

pytest_plugins = ["cognito_conformance.plugin"]
