"""What every check shares: the project on sys.path, problems that name a file and a line."""

import ast
import functools
import gc
import importlib
import os
import sys
import traceback
from typing import Any

FIRST_PARTY = ("app", "tests")
# Libraries whose lru_caches hold objects of the project (FastAPI caches endpoint callables
# and model fields); cleared with the project. Pydantic's and typing's hold library types.
PROJECT_CACHING_LIBRARIES = ("fastapi", "starlette")
_active_root: str | None = None


def activate(root: str) -> None:
    """Makes the project at `root` importable, forgetting any project imported before.
    Called once per project: its checks share one import of it, as one process would."""
    global _active_root
    release()
    sys.path.insert(0, root)
    _active_root = root
    os.chdir(root)
    # The app reads its settings from the environment; in-memory SQLite needs no server.
    os.environ["DATABASE_URL"] = "sqlite+aiosqlite:///:memory:"
    os.environ.setdefault("ENVIRONMENT", "development")
    importlib.invalidate_caches()
    # Nothing a project builds is garbage before its checks end: collecting while it is
    # imported only walks the same objects over and over (release() collects once).
    gc.disable()


def release() -> None:
    """Forgets the active project: its modules, its SQLAlchemy mappers, and the library
    caches that would keep its objects alive (and every later collection slower)."""
    global _active_root
    if "sqlalchemy.orm" in sys.modules:
        # configure_mappers() covers every live registry: the previous project's models
        # (broken ones included) must not take part in the next project's.
        sys.modules["sqlalchemy.orm"].clear_mappers()
    for name in list(sys.modules):
        if name.split(".")[0] in FIRST_PARTY:
            del sys.modules[name]
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in PROJECT_CACHING_LIBRARIES:
            for value in list(vars(module).values()):
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()
    if _active_root is not None and _active_root in sys.path:
        sys.path.remove(_active_root)
    _active_root = None
    gc.enable()
    gc.collect()
    # What survives is the interpreter and the libraries: later collections need not walk
    # it again (the next project's garbage is collected without traversing them).
    gc.freeze()


class _LazyAdapter:
    """FastAPI's `ModelField._type_adapter`, built on first use instead of in `__post_init__`."""

    def __init__(self, build: Any) -> None:
        self.build = build

    def __get__(self, field: Any, owner: type) -> Any:
        if field is None:
            return self
        self.build(field)  # assigns field._type_adapter (this descriptor does not intercept it)
        return field.__dict__["_type_adapter"]


def _memoized(function: Any) -> Any:
    """`function` with its results kept per arguments (when they are hashable)."""
    cached = functools.lru_cache(maxsize=4096)(function)

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            hash((args, tuple(kwargs.items())))
        except TypeError:
            return function(*args, **kwargs)
        return cached(*args, **kwargs)

    return call


def tune_libraries() -> None:
    """Library costs that say nothing about the generated code, measured in Pyodide
    (docs/verification.md, "Timings"); the results are the same:
    - Pydantic 2.10 re-validates every core schema it builds against its own schema of
      schemas (2.11 dropped that pass; pydantic-core checks the schema when it compiles it);
    - Pydantic looks up email-validator's installed version for every `EmailStr`, and
      validates the same sample address again in every body of the schemas check
      (`validate_email` is a pure function of its arguments: memoized, failures excepted);
    - FastAPI builds a Pydantic TypeAdapter for every field it wraps, eagerly: for each
      route parameter when the route is declared and again when the router is included,
      and for every field of every model each time `openapi()` lists models (three times),
      where only the annotation is read. Built on first use, every adapter the OpenAPI
      document and the requests need is still built from the same annotation."""
    os.environ["PYDANTIC_SKIP_VALIDATING_CORE_SCHEMAS"] = "1"
    import pydantic.networks
    from fastapi._compat import v2

    if not isinstance(pydantic.networks.version, functools._lru_cache_wrapper):
        pydantic.networks.version = functools.lru_cache(maxsize=None)(pydantic.networks.version)
    validator = sys.modules.get("email_validator")
    if validator is not None and not hasattr(validator.validate_email, "__wrapped__"):
        validator.validate_email = _memoized(validator.validate_email)
    if not isinstance(v2.ModelField.__dict__.get("_type_adapter"), _LazyAdapter):
        v2.ModelField._type_adapter = _LazyAdapter(v2.ModelField.__post_init__)
        v2.ModelField.__post_init__ = lambda field: None


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
