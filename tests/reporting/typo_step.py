"""A plugin for child runs that breaks one of the suite's own steps on purpose, as a careless edit
would: "<Person> sets <attribute> to ..." writes the attribute's name with a typo (a doubled last
letter). The scenarios' registered divergences must not hide it."""

from __future__ import annotations


def pytest_bdd_before_step_call(request, feature, scenario, step, step_func, step_func_args) -> None:
    if " sets " in step.name and " to \"" in step.name and "attribute" in step_func_args:
        name = str(step_func_args["attribute"])
        step_func_args["attribute"] = name + name[-1]
