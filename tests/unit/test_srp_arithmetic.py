"""pycognito's SRP powers by GMP (cognito_conformance.srp_arithmetic): the same numbers as Python's pow."""

import builtins

from hypothesis import given, settings
from hypothesis import strategies as st
from pycognito import aws_srp
from pycognito.aws_srp import G_HEX, N_HEX, AWSSRP, hex_to_long

from cognito_conformance import srp_arithmetic

N = hex_to_long(N_HEX)
G = hex_to_long(G_HEX)


@settings(max_examples=25, deadline=None)
@given(base=st.integers(min_value=-4 * N, max_value=4 * N), exponent=st.integers(min_value=0, max_value=2 ** 1100))
def test_modular_pow_is_pythons_pow(base, exponent):
    assert srp_arithmetic.modular_pow(base, exponent, N) == pow(base, exponent, N)


def test_without_a_modulus_or_with_a_negative_exponent_it_is_pythons_pow():
    assert srp_arithmetic.modular_pow(3, 5) == 243
    assert srp_arithmetic.modular_pow(3, -1, 7) == pow(3, -1, 7) == 5


def test_pycognito_finds_it_and_computes_what_it_computes_without_it(monkeypatch):
    assert srp_arithmetic.gmpy2 is not None, "gmpy2 is a dependency (pyproject.toml): install it"
    assert aws_srp.pow is srp_arithmetic.modular_pow
    srp = AWSSRP(username="alice", password="Passw0rd!", pool_id="eu-west-1_abc", client_id="c", client=object())
    assert type(srp.large_a_value) is int and srp.large_a_value == pow(G, srp.small_a_value, N)
    server_b = pow(G, 12345, N)
    key = srp.get_password_authentication_key("alice", "Passw0rd!", server_b, "a1b2")
    monkeypatch.setattr(aws_srp, "pow", builtins.pow)
    assert key == srp.get_password_authentication_key("alice", "Passw0rd!", server_b, "a1b2")
    assert len(key) == 16
