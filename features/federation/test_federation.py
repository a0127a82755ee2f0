"""Binds the federation scenarios."""

from pytest_bdd import scenarios

scenarios(".")
