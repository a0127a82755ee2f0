"""Binds the usernames scenarios."""

from pytest_bdd import scenarios

scenarios(".")
