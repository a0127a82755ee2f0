"""Imported from a checkout, the package's fixtures, steps and features are the checkout's top-level
directories, however (or whether) the checkout is installed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import cognito_conformance.fixtures
import cognito_conformance.steps
from cognito_conformance import activation, checkout

ROOT = Path(__file__).resolve().parents[2]


def test_the_three_subpackages_are_the_checkouts_directories():
    assert checkout.root() == ROOT
    assert Path(cognito_conformance.fixtures.__file__) == ROOT / "fixtures" / "__init__.py"
    assert Path(cognito_conformance.steps.__file__) == ROOT / "steps" / "__init__.py"
    features = importlib.util.find_spec("cognito_conformance.features")
    assert features is not None and [Path(p) for p in features.submodule_search_locations] == [ROOT / "features"]
    assert activation.catalogue_directories() == [ROOT / "features"]


def test_the_finder_maps_only_the_three_names(tmp_path):
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "fixtures" / "__init__.py").write_text("")
    (tmp_path / "features").mkdir()
    finder = checkout.CheckoutFinder(tmp_path)
    fixtures = finder.find_spec("cognito_conformance.fixtures")
    assert fixtures.origin == str(tmp_path / "fixtures" / "__init__.py")
    assert fixtures.submodule_search_locations == [str(tmp_path / "fixtures")]
    features = finder.find_spec("cognito_conformance.features")  # no __init__.py: a namespace package
    assert features.origin is None and features.submodule_search_locations == [str(tmp_path / "features")]
    for other in ("cognito_conformance.tests", "fixtures", "cognito_conformance.fixtures.options", "features"):
        assert finder.find_spec(other) is None, other
