"""Wiring only. The suite's fixtures (fixtures/) and steps (steps/) are one pytest plugin,
cognito_conformance.plugin, which the installed package also registers as an entry point.

A run in this checkout tests this checkout's code. ``python -m pytest`` imports the package from
here whatever is installed; plain ``pytest`` after a non-editable ``pip install .`` would import the
installed copy instead (its entry point loads before this file), so that run stops and says so."""

from pathlib import Path

import pytest

import cognito_conformance

pytest_plugins = ["cognito_conformance.plugin"]

CHECKOUT_PACKAGE = Path(__file__).resolve().parent / "cognito_conformance"


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    imported = Path(cognito_conformance.__file__).resolve().parent
    if imported != CHECKOUT_PACKAGE:
        raise pytest.UsageError(
            f"pytest here would run the cognito_conformance installed at {imported}, not this checkout's "
            f"code: install the checkout editable (pip install -e . in {CHECKOUT_PACKAGE.parent})")
