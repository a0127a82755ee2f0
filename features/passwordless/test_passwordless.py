"""Binds the passwordless scenarios."""

from pytest_bdd import scenarios

scenarios(".")
