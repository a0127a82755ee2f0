"""Binds the pool profile. In a team's repository this file and the feature are all there is."""

from pytest_bdd import scenarios

scenarios(".")
