"""Entry point of the checks run in Pyodide: the TypeScript runner calls `begin` with a
project, `run` for each check, and `end` when the project's checks are done.

Each check is imported when it runs: checks 2 and 3 need Python alone, the others
import Pydantic, SQLAlchemy or FastAPI, which may not be installed.
"""

import importlib
import json
from typing import Any

from .support import activate, from_exception, release, result, tune_libraries

CHECKS = {
    "compile": "compile_check",
    "imports": "imports_check",
    "schemas": "schemas_check",
    "models": "models_check",
    "app": "app_check",
}
NEEDS_PACKAGES = ("schemas", "models", "app")


def begin(root: str) -> None:
    """Makes the project written at `root` the one the checks import."""
    activate(root)


def end() -> None:
    """Forgets the project (modules, mappers, caches) and collects its garbage."""
    release()


async def run(name: str, root: str, payload: str) -> str:
    """Runs one check on the project written at `root`; returns its result as JSON, or
    `{"interrupted": true}` when the runner's time limit interrupted it (asyncio would
    otherwise raise the KeyboardInterrupt out of its event loop, past the runner)."""
    try:
        try:
            if name in NEEDS_PACKAGES:
                tune_libraries()
            check = importlib.import_module(f"{__package__}.{CHECKS[name]}")
            outcome: dict[str, Any] = await check.run(root, json.loads(payload))
        except Exception as error:  # a check that breaks reports it, it does not crash the run
            outcome = result([from_exception(root, error, f"the {name} check stopped")], "the check could not finish")
        return json.dumps(outcome, default=str)
    except KeyboardInterrupt:
        return json.dumps({"interrupted": True})
