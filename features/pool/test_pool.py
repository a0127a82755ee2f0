"""Binds the pool scenarios."""

from pytest_bdd import scenarios

scenarios(".")
