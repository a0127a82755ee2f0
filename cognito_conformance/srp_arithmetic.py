"""pycognito's SRP arithmetic, with GMP's modular exponentiation where gmpy2 is installed.

pycognito (used by cognito_conformance.auth and .devices) computes USER_SRP_AUTH's and a device's
SRP values with Python's built-in three-argument ``pow`` in the 3072-bit group: about 20 ms each,
three per sign-in, the largest cost of a sign-in on moto. gmpy2 (the maintained binding of GMP)
computes the same numbers about 8 times faster. ``use_gmp`` has pycognito's module find ``pow`` as
``modular_pow`` below, which hands three-argument calls to ``gmpy2.powmod`` (back as an int); the
protocol code stays pycognito's. Without gmpy2 nothing changes. Importing this module does it
(cognito_conformance.auth and .devices import it).
"""

from __future__ import annotations

import builtins

from pycognito import aws_srp

try:
    import gmpy2
except ImportError:  # pragma: no cover - gmpy2 is a dependency; a --no-deps install may lack it
    gmpy2 = None


def modular_pow(base: int, exponent: int, modulus: int | None = None) -> int:
    """``pow(base, exponent, modulus)``, by GMP when there is a modulus and a non-negative exponent."""
    if modulus is None or gmpy2 is None or exponent < 0:
        return builtins.pow(base, exponent, modulus)
    return int(gmpy2.powmod(base, exponent, modulus))


def use_gmp() -> bool:
    """Have ``pycognito.aws_srp`` compute its powers with ``modular_pow``; True when GMP is used."""
    if gmpy2 is None:
        return False
    aws_srp.pow = modular_pow  # a module global, found before the built-in; pycognito's code is unchanged
    return True


use_gmp()
