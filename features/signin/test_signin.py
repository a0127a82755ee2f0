"""Binds the signin scenarios."""

from pytest_bdd import scenarios

scenarios(".")
