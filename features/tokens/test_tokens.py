"""Binds the tokens scenarios."""

from pytest_bdd import scenarios

scenarios(".")
