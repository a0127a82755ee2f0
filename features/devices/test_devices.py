"""Binds the devices scenarios."""

from pytest_bdd import scenarios

scenarios(".")
