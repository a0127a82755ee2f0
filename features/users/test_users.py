"""Binds the users scenarios."""

from pytest_bdd import scenarios

scenarios(".")
