"""Check 2: every generated `.py` compiles, with the grammar of the project's Python version."""

import ast
import os
from typing import Any

from .support import problem, result


async def run(root: str, payload: dict[str, Any]) -> dict[str, Any]:
    target = tuple(payload["target"])
    problems = []
    for path in payload["files"]:
        with open(os.path.join(root, path), encoding="utf-8") as handle:
            source = handle.read()
        try:
            compile(source, path, "exec", dont_inherit=True)
            # Pyodide runs 3.13; this refuses syntax newer than the project's Python.
            ast.parse(source, path, feature_version=target)
        except SyntaxError as error:
            problems.append(problem(path, error.lineno, f"SyntaxError: {error.msg}"))
    summary = f"{len(payload['files'])} files compiled for Python {'.'.join(map(str, target))}"
    if problems:
        summary = f"{len(problems)} of {len(payload['files'])} files do not compile"
    return result(problems, summary, files=len(payload["files"]))
