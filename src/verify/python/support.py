"""What every check shares: the project on sys.path, problems that name a file and a line."""

import ast
import importlib
import os
import sys
import traceback
from typing import Any

FIRST_PARTY = ("app", "tests")
_active_root: str | None = None


def activate(root: str) -> None:
    """Makes the project at `root` importable, forgetting any project imported before."""
    global _active_root
    if "sqlalchemy.orm" in sys.modules:
        # configure_mappers() covers every live registry: the previous project's models
        # (broken ones included) must not take part in this project's.
        sys.modules["sqlalchemy.orm"].clear_mappers()
    for name in list(sys.modules):
        if name.split(".")[0] in FIRST_PARTY:
            del sys.modules[name]
    if _active_root is not None and _active_root in sys.path:
        sys.path.remove(_active_root)
    sys.path.insert(0, root)
    _active_root = root
    os.chdir(root)
    # The app reads its settings from the environment; in-memory SQLite needs no server.
    os.environ["DATABASE_URL"] = "sqlite+aiosqlite:///:memory:"
    os.environ.setdefault("ENVIRONMENT", "development")
    importlib.invalidate_caches()


def problem(file: str | None, line: int | None, message: str) -> dict[str, Any]:
    return {"file": file, "line": line, "message": message}


def relative(root: str, path: str) -> str | None:
    """`path` relative to the project, or None when it lies outside it."""
    path = os.path.abspath(path)
    prefix = os.path.abspath(root) + os.sep
    return path[len(prefix) :] if path.startswith(prefix) else None


def describe(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}".rstrip(": ")


def from_exception(root: str, error: BaseException, context: str = "") -> dict[str, Any]:
    """A problem at the innermost frame of the traceback inside the project."""
    file = line = None
    if isinstance(error, SyntaxError) and error.filename:
        file, line = relative(root, error.filename), error.lineno
    if file is None:
        for frame in traceback.extract_tb(error.__traceback__):
            rel = relative(root, frame.filename)
            if rel is not None:
                file, line = rel, frame.lineno
    prefix = f"{context}: " if context else ""
    return problem(file, line, prefix + describe(error))


def module_file(root: str, module: str) -> str:
    base = os.path.join(*module.split("."))
    if os.path.exists(os.path.join(root, base + ".py")):
        return base + ".py"
    return os.path.join(base, "__init__.py")


def read(root: str, file: str) -> str:
    with open(os.path.join(root, file), encoding="utf-8") as handle:
        return handle.read()


def class_line(root: str, file: str, class_name: str, attribute: str | None = None) -> int | None:
    """Line of `class_name` in `file`, or of its `attribute` declaration when found."""
    try:
        tree = ast.parse(read(root, file))
    except (OSError, SyntaxError):
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            if attribute is not None:
                for statement in node.body:
                    target = getattr(statement, "target", None)
                    targets = getattr(statement, "targets", [target])
                    for item in targets:
                        if isinstance(item, ast.Name) and item.id in (attribute, attribute + "_"):
                            return statement.lineno
            return node.lineno
    return None


def result(problems: list[dict[str, Any]], summary: str, **details: Any) -> dict[str, Any]:
    return {
        "status": "failed" if problems else "passed",
        "details": {"summary": summary, "problems": problems, **details},
    }
