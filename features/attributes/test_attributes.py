"""Binds the attributes scenarios."""

from pytest_bdd import scenarios

scenarios(".")
