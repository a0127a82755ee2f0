"""Binds the passwords scenarios."""

from pytest_bdd import scenarios

scenarios(".")
