"""Binds the jwt scenarios."""

from pytest_bdd import scenarios

scenarios(".")
