"""Check 2: every generated `.py` compiles, with the grammar of the project's Python version."""

import ast
import os
from typing import Any

from .support import problem, result

# (path, target, source) -> the file's problem or None, for the files of the last project:
# a file that did not change since the previous verification is not compiled again.
_outcomes: dict[tuple[str, tuple[int, ...], str], dict[str, Any] | None] = {}


def compile_file(path: str, source: str, target: tuple[int, ...]) -> dict[str, Any] | None:
    try:
        compile(source, path, "exec", dont_inherit=True)
        # Pyodide runs 3.13; this refuses syntax newer than the project's Python.
        ast.parse(source, path, feature_version=target)
    except SyntaxError as error:
        return problem(path, error.lineno, f"SyntaxError: {error.msg}")
    return None


async def run(root: str, payload: dict[str, Any]) -> dict[str, Any]:
    global _outcomes
    target = tuple(payload["target"])
    problems = []
    outcomes = {}
    for path in payload["files"]:
        with open(os.path.join(root, path), encoding="utf-8") as handle:
            source = handle.read()
        key = (path, target, source)
        outcome = _outcomes[key] if key in _outcomes else compile_file(path, source, target)
        outcomes[key] = outcome
        if outcome is not None:
            problems.append(outcome)
    _outcomes = outcomes
    summary = f"{len(payload['files'])} files compiled for Python {'.'.join(map(str, target))}"
    if problems:
        summary = f"{len(problems)} of {len(payload['files'])} files do not compile"
    return result(problems, summary, files=len(payload["files"]))
