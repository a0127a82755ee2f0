"""Shared by the package tests: a wheel built from this checkout, installed in a fresh virtualenv
outside it (once per test module)."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from ..run_suite import ROOT
from .environment import clean_env


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtualenv holding the wheel built from this checkout; returns its bin/ directory."""
    wheels = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True, text=True, timeout=600)
    [wheel] = wheels.glob("cognito_conformance-*.whl")
    environment = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(environment)
    bin_dir = environment / "bin"
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                   check=True, capture_output=True, text=True, timeout=900, env=clean_env())
    return bin_dir


@pytest.fixture(scope="module")
def editable(installed, tmp_path_factory) -> Path:
    """A virtualenv holding this checkout installed editable (``pip install -e``, no dependencies), the
    dependencies linked from ``installed``'s virtualenv rather than installed again; returns its bin/."""
    environment = tmp_path_factory.mktemp("editable")
    venv.EnvBuilder(with_pip=False).create(environment)
    [shared] = (installed.parent / "lib").glob("python*/site-packages")
    [own] = (environment / "lib").glob("python*/site-packages")
    for entry in shared.iterdir():
        if not entry.name.startswith(("cognito_conformance", "__editable__")) and not (own / entry.name).exists():
            (own / entry.name).symlink_to(entry)
    bin_dir = environment / "bin"
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--no-deps", "-e", str(ROOT)],
                   check=True, capture_output=True, text=True, timeout=600, env=clean_env())
    return bin_dir
