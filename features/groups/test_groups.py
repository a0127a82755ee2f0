"""Binds the groups scenarios."""

from pytest_bdd import scenarios

scenarios(".")
