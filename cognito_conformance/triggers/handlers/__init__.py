"""The suite's trigger functions, one stdlib-only module per trigger (``handler(event, context)``).

These files are what runs: zipped as they are for AWS Lambda and ministack (the zip holds this package
under another top-level name, so the relative imports of ``common`` work there too), and imported by the
local Invoke API for cognito-local. Nothing here may import anything outside the standard library and
this package. Behaviour is keyed on the username's behaviour words: see ``common``.
"""
