"""Binds the mfa scenarios."""

from pytest_bdd import scenarios

scenarios(".")
