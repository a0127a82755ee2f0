"""Binds the signout scenarios."""

from pytest_bdd import scenarios

scenarios(".")
