"""Check 5: the SQLAlchemy models on in-memory SQLite (foreign keys on). Tables are
created, valid rows inserted, and every rule the spec implies is tried: unique columns
refuse duplicates, foreign keys refuse missing rows and nulls where required, deletes
cascade, set null or are restricted as the spec says, junction rows are unique. The
CREATE TABLE statements for PostgreSQL, MySQL and SQLite are part of the details."""

import importlib
import re
from typing import Any

from sqlalchemy import create_engine, delete, event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, configure_mappers

from .model_support import Locator, Rows, compile_ddl, mapped_classes, primary_key, referenced_tables
from .support import from_exception, problem, result


class Probe:
    """Runs statements in a savepoint that is always rolled back."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def attempt(self, action: Any) -> str | None:
        """None when `action` succeeded, else the database's message."""
        connection = self.session.connection()
        savepoint = connection.begin_nested()
        try:
            action(connection)
            return None
        except IntegrityError as error:
            return str(error.orig)
        finally:
            savepoint.rollback()


def check_unique(
    probe: Probe, rows: Rows, locate: Locator, rule: dict[str, Any], notes: list[str]
) -> list[dict[str, Any]]:
    table, column = rule["table"], rule["column"]
    if rows.spare(table, 0) is None or column not in rows.table(table).c or not rows.inserted.get(table):
        notes.append(f"{table}.{column} unique: not exercised (no spare sample row)")
        return []
    duplicate = {column: rows.inserted[table][0][column]}
    refused = probe.attempt(
        lambda c: c.execute(rows.table(table).insert().values(**{**rows.spare(table, 0, c), **duplicate}))
    )
    if refused is None:
        return [
            problem(*locate(table, column), f"{table}.{column} accepts a duplicate value; the spec makes it unique")
        ]
    if f"{table}.{column}" not in refused:
        notes.append(f"{table}.{column} unique: not exercised ({refused})")
    return []


def check_foreign_key(
    probe: Probe, rows: Rows, locate: Locator, rule: dict[str, Any], notes: list[str]
) -> list[dict[str, Any]]:
    table, column, parent = rule["table"], rule["column"], rule["references"]
    where = locate(table, column)
    target = rows.table(table)
    problems = reference_problems(rows.metadata, locate, rule)
    if problems:
        return problems
    if rows.spare(table, 0) is None:
        notes.append(f"{table}.{column}: not exercised (no spare sample row)")
        return []

    def insert_with(value: Any) -> Any:
        return lambda c: c.execute(target.insert().values(**{**rows.spare(table, 0, c), column: value}))

    if probe.attempt(insert_with(rows.missing_id(parent))) is None:
        problems.append(problem(*where, f"{table}.{column} accepts an id that no {parent} row has"))
    refused = probe.attempt(insert_with(None))
    if rule["required"] and refused is None:
        problems.append(problem(*where, f"{table}.{column} accepts null; the relation is required"))
    if not rule["required"] and refused is not None and f"{table}.{column}" in refused:
        problems.append(problem(*where, f"{table}.{column} refuses null; the relation is optional ({refused})"))
    problems += check_on_delete(probe, rows, rule, where, notes)
    return problems


def reference_problems(metadata: Any, locate: Locator, rule: dict[str, Any]) -> list[dict[str, Any]]:
    """The foreign key is there and points at the table the spec says (no database needed)."""
    table, column, parent = rule["table"], rule["column"], rule["references"]
    if table not in metadata.tables:
        return [problem(None, None, f"no table {table} in the models")]
    if column not in metadata.tables[table].c:
        return [problem(*locate(table), f"{table} has no column {column} (a foreign key to {parent} in the spec)")]
    referenced = referenced_tables(metadata.tables[table].c[column])
    if parent in referenced:
        return []
    found = ", ".join(sorted(referenced)) or "nothing"
    return [problem(*locate(table, column), f"{table}.{column} references {found}; the spec says {parent}")]


def check_on_delete(
    probe: Probe, rows: Rows, rule: dict[str, Any], where: tuple, notes: list[str]
) -> list[dict[str, Any]]:
    table, column, parent, on_delete = rule["table"], rule["column"], rule["references"], rule["onDelete"]
    child_offset = 1 if parent == table else 0
    if rows.spare(parent, 0) is None or rows.spare(table, child_offset) is None:
        notes.append(f"{table}.{column} on delete: not exercised (no spare sample rows)")
        return []
    parent_table, child_table = rows.table(parent), rows.table(table)
    outcome: dict[str, Any] = {}

    def act(connection: Any) -> None:
        parent_row = rows.spare(parent, 0, connection)
        parent_id = connection.execute(parent_table.insert().values(**parent_row)).inserted_primary_key[0]
        child_row = {**rows.spare(table, child_offset, connection, given=column), column: parent_id}
        child_id = connection.execute(child_table.insert().values(**child_row)).inserted_primary_key[0]
        connection.execute(delete(parent_table).where(primary_key(parent_table) == parent_id))
        remaining = connection.execute(select(child_table.c[column]).where(primary_key(child_table) == child_id)).all()
        outcome["child"] = "deleted" if not remaining else ("kept, set to null" if remaining[0][0] is None else "kept")

    refused = probe.attempt(act)
    if refused is not None and "FOREIGN KEY" not in refused:
        notes.append(f"{table}.{column} on delete: not exercised ({refused})")
        return []
    got = "refused" if refused is not None else outcome["child"]
    expected = {"cascade": "deleted", "set-null": "kept, set to null", "restrict": "refused"}[on_delete]
    if got == expected:
        return []
    return [problem(*where, f"deleting a {parent} row: its {table} row was {got}; the spec says on delete {on_delete}")]


def check_junction(probe: Probe, rows: Rows, locate: Locator, rule: dict[str, Any]) -> list[dict[str, Any]]:
    name = rule["table"]
    if name not in rows.metadata.tables:
        return [
            problem(None, None, f"no junction table {name} (many-to-many between {' and '.join(rule['references'])})")
        ]
    table = rows.metadata.tables[name]
    problems = []
    link: dict[str, Any] = {}
    for column, parent in zip(rule["columns"], rule["references"], strict=True):
        referenced = {key.column.table.name for key in table.c[column].foreign_keys} if column in table.c else set()
        if parent not in referenced:
            return [problem(*locate(name), f"{name}.{column} should reference {parent}")]
        if not rows.inserted.get(parent):
            return []
        link[column] = rows.inserted[parent][0]["id"]
    first = rule["columns"][0]

    def twice(connection: Any) -> None:
        connection.execute(table.insert().values(**link))
        connection.execute(table.insert().values(**link))

    if probe.attempt(twice) is None:
        problems.append(problem(*locate(name), f"{name} accepts the same pair twice"))
    missing = {**link, first: rows.missing_id(rule["references"][0])}
    if probe.attempt(lambda c: c.execute(table.insert().values(**missing))) is None:
        problems.append(problem(*locate(name), f"{name}.{first} accepts an id that no {rule['references'][0]} row has"))
    return problems


def create_schema(root: str, payload: dict[str, Any], problems: list[dict[str, Any]]) -> Any:
    for module in payload["modules"]:
        try:
            importlib.import_module(module)
        except Exception as error:
            problems.append(from_exception(root, error, f"importing {module}"))
    if problems:
        return None
    classes = mapped_classes(payload["modules"])
    if not classes:
        problems.append(problem(None, None, "no SQLAlchemy models found in app.models"))
        return None
    try:
        configure_mappers()
    except Exception as error:
        # A wrong foreign key usually surfaces here first: say which one, then what broke.
        metadata = next(iter(classes.values())).metadata
        for rule in payload["foreignKeys"]:
            problems += reference_problems(metadata, Locator(root, classes), rule)
        problems.append(located(Locator(root, classes), error, "configuring the models"))
        return None
    return classes


def located(locate: Locator, error: Exception, context: str) -> dict[str, Any]:
    """A problem at the model line SQLAlchemy's message names (`orders.customer_id`,
    `relationship Order.customer`), else the first model file."""
    text = str(error)
    column = re.search(r"column '(\w+)\.(\w+)'", text)
    relation = re.search(r"relationship '?(\w+)\.(\w+)", text)
    tables = {cls.__name__: table for table, cls in locate.classes.items()}
    where: tuple[str | None, int | None] = (None, None)
    if column:
        where = locate(*column.groups())
    elif relation and relation.group(1) in tables:
        where = locate(tables[relation.group(1)], relation.group(2))
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    return problem(*where, f"{context}: {type(error).__name__}: {first_line}")


def sqlite_engine() -> Any:
    """In-memory SQLite enforcing foreign keys, with working savepoints (pysqlite's own
    transaction handling is off, as SQLAlchemy's SQLite documentation recommends)."""
    engine = create_engine("sqlite://")

    def connect(connection: Any, _record: Any) -> None:
        connection.isolation_level = None
        connection.execute("PRAGMA foreign_keys=ON")

    event.listen(engine, "connect", connect)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    return engine


def run_sync(root: str, payload: dict[str, Any]) -> dict[str, Any]:
    problems: list[dict[str, Any]] = []
    classes = create_schema(root, payload, problems)
    if classes is None:
        return result(problems, "the models could not be loaded")
    metadata = next(iter(classes.values())).metadata
    locate = Locator(root, classes)
    ddl, ddl_error = compile_ddl(metadata)
    engine = sqlite_engine()
    try:
        metadata.create_all(engine)
    except Exception as error:
        problems.append(located(locate, error, "creating the tables"))
        return result(problems, "the tables could not be created", ddl=ddl)
    notes: list[str] = []
    with Session(engine) as session:
        rows = Rows(session, metadata, classes, payload["tables"])
        problems += rows.insert_all(locate)
        if not problems:
            probe = Probe(session)
            notes += [f"{table}: not exercised ({reason})" for table, reason in rows.skipped.items()]
            for rule in payload["unique"]:
                if rows.usable(rule["table"]):
                    problems += check_unique(probe, rows, locate, rule, notes)
            for rule in payload["foreignKeys"]:
                if rows.usable(rule["table"], rule["references"]):
                    problems += check_foreign_key(probe, rows, locate, rule, notes)
            for rule in payload["junctions"]:
                if rows.usable(*rule["references"]):
                    problems += check_junction(probe, rows, locate, rule)
    if ddl_error:
        problems.append(problem(None, None, f"compiling CREATE TABLE: {ddl_error}"))
    tables = len(metadata.tables)
    rules = len(payload["unique"]) + len(payload["foreignKeys"]) + len(payload["junctions"])
    summary = f"{tables} tables created, {rows.count} rows inserted, {rules} constraints tried"
    return result(problems, summary, tables=sorted(metadata.tables), notes=notes, ddl=ddl)


async def run(root: str, payload: dict[str, Any]) -> dict[str, Any]:
    return run_sync(root, payload)
