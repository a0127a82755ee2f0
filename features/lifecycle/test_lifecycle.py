"""Binds the lifecycle scenarios."""

from pytest_bdd import scenarios

scenarios(".")
