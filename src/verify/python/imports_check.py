"""Check 3: every import of the generated packages (`app`, `tests`) names a generated
module, and every imported name is defined there. Static: parses, runs nothing."""

import ast
from collections.abc import Iterator
from typing import Any

from .support import FIRST_PARTY, problem, result


class Facts:
    """What the check needs of one file, read from its syntax tree once: its top-level
    names, the modules it star-imports, and every import statement in it (any depth)."""

    def __init__(self, tree: ast.Module, module: str, is_package: bool) -> None:
        self.found: set[str] = set()
        self.stars: list[str] = []
        collect(tree.body, self.found, self.stars, module, is_package)
        # (line, absolute module, imported names or None for `import x.y`)
        self.imports: list[tuple[int, str, list[str] | None]] = []
        for node in statements(tree.body):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    self.imports.append((node.lineno, alias.name, None))
            elif isinstance(node, ast.ImportFrom):
                source = absolute(node.module, node.level, module, is_package)
                self.imports.append((node.lineno, source, [alias.name for alias in node.names]))


# (path, source) -> Facts, for the files of the last project (a file that did not change
# is not parsed again).
_facts: dict[tuple[str, str], Facts] = {}


class Project:
    def __init__(self, root: str, files: list[str]) -> None:
        self.modules: dict[str, str] = {}
        self.packages: set[str] = set()
        self.facts: dict[str, Facts | SyntaxError] = {}
        for path in files:
            parts = path[:-3].split("/")
            if parts[0] not in FIRST_PARTY:
                continue
            for depth in range(1, len(parts)):
                self.packages.add(".".join(parts[:depth]))
            if parts[-1] == "__init__":
                parts = parts[:-1]
                self.packages.add(".".join(parts))
            self.modules[".".join(parts)] = path
        self.root = root
        self.cache: dict[tuple[str, str], Facts] = {}

    def exists(self, module: str) -> bool:
        return module in self.modules or module in self.packages

    def file_facts(self, path: str) -> Facts:
        """Raises the file's SyntaxError, if it has one."""
        if path not in self.facts:
            with open(f"{self.root}/{path}", encoding="utf-8") as handle:
                source = handle.read()
            key = (path, source)
            try:
                facts = _facts.get(key) or Facts(ast.parse(source, path), module_name(path), is_package(path))
                self.cache[key] = self.facts[path] = facts
            except SyntaxError as error:
                self.facts[path] = error
        facts = self.facts[path]
        if isinstance(facts, SyntaxError):
            raise facts
        return facts

    def names(self, module: str) -> tuple[set[str], list[str], bool]:
        """Top-level names of a module, the modules it star-imports, and whether it has
        a module `__getattr__` (then any name may exist)."""
        path = self.modules.get(module)
        if path is None:
            return set(), [], False
        facts = self.file_facts(path)
        return facts.found, facts.stars, "__getattr__" in facts.found

    def defines(self, module: str, name: str, seen: frozenset[str] = frozenset()) -> bool:
        if f"{module}.{name}" in self.modules or f"{module}.{name}" in self.packages:
            return True
        found, stars, dynamic = self.names(module)
        if name in found or dynamic:
            return True
        for star in stars:
            if star.split(".")[0] not in FIRST_PARTY or star in seen:
                return True  # a third-party star import may bring anything
            if self.defines(star, name, seen | {module}):
                return True
        return False


def targets(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [name for item in node.elts for name in targets(item)]
    if isinstance(node, ast.Starred):
        return targets(node.value)
    return []


def absolute(module: str | None, level: int, current: str, is_package: bool) -> str:
    if level == 0:
        return module or ""
    base = current.split(".") if is_package else current.split(".")[:-1]
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join(base + ([module] if module else []))


def collect(body: list[ast.stmt], found: set[str], stars: list[str], module: str, is_package: bool) -> None:
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                found.update(targets(target))
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            found.update(targets(node.target))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            source = absolute(node.module, node.level, module, is_package)
            for alias in node.names:
                if alias.name == "*":
                    stars.append(source)
                else:
                    found.add(alias.asname or alias.name)
        elif hasattr(ast, "TypeAlias") and isinstance(node, ast.TypeAlias):
            found.update(targets(node.name))
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            found.update(targets(node.target))
        if isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    found.update(targets(item.optional_vars))
        for block in ("body", "orelse", "finalbody"):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                collect(getattr(node, block, []) or [], found, stars, module, is_package)
        for handler in getattr(node, "handlers", []) or []:
            collect(handler.body, found, stars, module, is_package)
        for case in getattr(node, "cases", []) or []:
            collect(case.body, found, stars, module, is_package)


def module_name(path: str) -> str:
    return path[:-3].replace("/", ".").removesuffix(".__init__")


def is_package(path: str) -> bool:
    return path.endswith("__init__.py")


def statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement, nested ones included; expressions cannot hold an import."""
    for node in body:
        yield node
        for block in ("body", "orelse", "finalbody"):
            yield from statements(getattr(node, block, None) or [])
        for handler in getattr(node, "handlers", None) or []:
            yield from statements(handler.body)
        for case in getattr(node, "cases", None) or []:
            yield from statements(case.body)


def check_file(project: Project, path: str) -> tuple[list[dict[str, Any]], int]:
    problems: list[dict[str, Any]] = []
    checked = 0
    for line, source, names in project.file_facts(path).imports:
        if source.split(".")[0] not in FIRST_PARTY:
            continue
        if names is None:
            checked += 1
            if not project.exists(source):
                problems.append(problem(path, line, f"no generated module {source}"))
            continue
        if not project.exists(source):
            checked += 1
            problems.append(problem(path, line, f"no generated module {source}"))
            continue
        for name in names:
            checked += 1
            if name != "*" and not project.defines(source, name):
                where = project.modules.get(source, source.replace(".", "/") + "/")
                problems.append(problem(path, line, f"cannot import {name} from {source}: {where} does not define it"))
    return problems, checked


async def run(root: str, payload: dict[str, Any]) -> dict[str, Any]:
    global _facts
    files = payload["files"]
    project = Project(root, files)
    problems: list[dict[str, Any]] = []
    checked = 0
    for path in files:
        try:
            found, count = check_file(project, path)
        except SyntaxError as error:
            found, count = [problem(path, error.lineno, f"SyntaxError: {error.msg}")], 0
        problems.extend(found)
        checked += count
    _facts = project.cache
    summary = f"{checked} imports of {len(project.modules)} generated modules resolve"
    if problems:
        summary = f"{len(problems)} of {checked} imports of generated modules do not resolve"
    return result(problems, summary, modules=len(project.modules), imports=checked)
