"""Binds the schema scenarios."""

from pytest_bdd import scenarios

scenarios(".")
