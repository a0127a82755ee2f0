"""Binds the OAuth (hosted UI) scenarios."""

from pytest_bdd import scenarios

scenarios(".")
