"""Binds the signup scenarios."""

from pytest_bdd import scenarios

scenarios(".")
