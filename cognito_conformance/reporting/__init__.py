"""Living documentation of a run: the JSON run record, its HTML report and the conformance matrix.

Plain Python; the pytest glue is ``fixtures/reporting.py``. ``python -m cognito_conformance.reporting
merge RUN.json ... -o matrix.html`` puts several runs side by side.
"""

from .record import RESULTS, build_run, classify, describe_scenario, read_json, scenario_entry

__all__ = ["RESULTS", "build_run", "classify", "describe_scenario", "read_json", "scenario_entry"]
