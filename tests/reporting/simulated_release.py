"""A plugin for child runs that makes the run see another version of moto than the one installed:
``CC_TEST_MOTO_VERSION=5.2.7`` simulates a release the divergence registry has not measured.

Loaded with ``-p tests.reporting.simulated_release``; it patches the version lookup when it is
imported, before the suite resolves its settings. moto itself is untouched.
"""

from __future__ import annotations

import os

from cognito_conformance.reporting import metadata

_real = metadata.package_version


def _simulated(name: str):
    if name == "moto" and os.environ.get("CC_TEST_MOTO_VERSION"):
        return os.environ["CC_TEST_MOTO_VERSION"]
    return _real(name)


metadata.package_version = _simulated
