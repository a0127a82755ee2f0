"""The suite's three subpackages found beside the package when it is imported from a checkout.

Installed from a wheel, ``cognito_conformance.fixtures``, ``.steps`` and ``.features`` are directories
inside the package. In a checkout they are the top-level ``fixtures/``, ``steps/`` and ``features/``
(pyproject.toml's ``package-dir``), beside ``cognito_conformance/``. Python finds them there only
through an editable install's finder, and not always then: it has no path for ``features``, which has
no ``__init__.py``. So when this package is imported from a checkout, ``install`` puts a finder first
on ``sys.meta_path`` that maps exactly those three names to the checkout's directories. A checkout
then runs its own code whether it is installed editable, not editable (``python -m pytest`` in the
checkout imports the checkout's package, not the installed one), or not at all.
"""

from __future__ import annotations

import importlib.util
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
#: The subpackages mapped from the checkout, by pyproject.toml's [tool.setuptools.package-dir].
SUBPACKAGES = ("fixtures", "steps", "features")


def root() -> Path | None:
    """The checkout this package was imported from, or None (a wheel's install)."""
    candidate = PACKAGE.parent
    if (PACKAGE / "fixtures").is_dir() or not (candidate / "pyproject.toml").is_file():
        return None
    if not all((candidate / name).is_dir() for name in SUBPACKAGES):
        return None
    return candidate


class CheckoutFinder:
    """``cognito_conformance.<fixtures|steps|features>`` from the checkout's top-level directories."""

    def __init__(self, checkout: Path) -> None:
        self.locations = {f"{PACKAGE.name}.{name}": checkout / name for name in SUBPACKAGES}

    def find_spec(self, fullname: str, path=None, target=None) -> ModuleSpec | None:
        location = self.locations.get(fullname)
        if location is None:
            return None
        init = location / "__init__.py"
        if init.is_file():
            return importlib.util.spec_from_file_location(fullname, init,
                                                          submodule_search_locations=[str(location)])
        spec = ModuleSpec(fullname, None, is_package=True)  # a namespace package: features/
        spec.submodule_search_locations = [str(location)]
        return spec


def install() -> None:
    checkout = root()
    if checkout is not None and not any(isinstance(finder, CheckoutFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, CheckoutFinder(checkout))
