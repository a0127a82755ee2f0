"""Binds the refresh scenarios."""

from pytest_bdd import scenarios

scenarios(".")
