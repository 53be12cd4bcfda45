"""The checks Backsmith runs in Pyodide (see docs/verification.md)."""
