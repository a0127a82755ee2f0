"""Binds the Lambda-trigger scenarios (issue 22)."""

from pytest_bdd import scenarios

scenarios(".")
