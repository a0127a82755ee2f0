"""Step definitions, one module per domain concept; ``common`` holds the shared Givens and Thens."""
