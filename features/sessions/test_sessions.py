"""Binds the sessions scenarios."""

from pytest_bdd import scenarios

scenarios(".")
