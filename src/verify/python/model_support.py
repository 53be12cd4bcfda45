"""Helpers of the models check: finding the models, locating them in their files,
turning sample JSON into column values, inserting rows, compiling DDL."""

import datetime as dt
import decimal
import importlib
import sys
import uuid
import warnings
from typing import Any

from sqlalchemy import Column, MetaData, Table, UniqueConstraint
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlalchemy.types import TypeDecorator

from .support import class_line, describe, problem, relative


def mapped_classes(modules: list[str]) -> dict[str, type]:
    """Every mapped class of the models' registry, by table name."""
    for module in modules:
        for value in vars(importlib.import_module(module)).values():
            registry = getattr(value, "registry", None)
            if isinstance(value, type) and hasattr(value, "__table__") and registry is not None:
                return {mapper.class_.__table__.name: mapper.class_ for mapper in registry.mappers}
    return {}


def attribute_of(cls: type, column: str) -> str:
    """The attribute mapping `column`. Reads the mapper's properties without configuring
    it, so that it also works while explaining why configuration failed."""
    for key, prop in getattr(cls.__mapper__, "_props", {}).items():
        if any(getattr(item, "name", None) == column for item in getattr(prop, "columns", [])):
            return key
    return column


def referenced_tables(column: Column) -> set[str]:
    """Tables a column's foreign keys name, without resolving them (they may not exist)."""
    return {key.target_fullname.split(".")[0] for key in column.foreign_keys}


class Locator:
    """(file, line) of a table's model class, or of one column's declaration in it."""

    def __init__(self, root: str, classes: dict[str, type]) -> None:
        self.root = root
        self.classes = classes

    def __call__(self, table: str, column: str | None = None) -> tuple[str | None, int | None]:
        cls = self.classes.get(table)
        module = sys.modules.get(cls.__module__) if cls else None
        if cls is None or module is None or not getattr(module, "__file__", None):
            return None, None
        file = relative(self.root, module.__file__)
        if file is None:
            return None, None
        attribute = attribute_of(cls, column) if column else None
        return file, class_line(self.root, file, cls.__name__, attribute)


def python_type(column: Column) -> Any:
    enum_class = getattr(column.type, "enum_class", None)
    if enum_class is not None:
        return enum_class
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    try:
        return kind.python_type
    except NotImplementedError:
        return None


def to_python(column: Column, value: Any) -> Any:
    """A sample JSON value as the column's Python type."""
    kind = python_type(column)
    if value is None or kind is None:
        return value
    converters = {
        decimal.Decimal: lambda v: decimal.Decimal(str(v)),
        dt.datetime: dt.datetime.fromisoformat,
        dt.date: dt.date.fromisoformat,
        uuid.UUID: uuid.UUID,
    }
    if isinstance(kind, type) and hasattr(kind, "__members__"):
        return kind(value)
    return converters.get(kind, lambda v: v)(value)


def synthesized(column: Column, index: int) -> Any:
    """A value for a NOT NULL column the samples do not cover (server-set columns)."""
    kind = python_type(column)
    if isinstance(kind, type) and hasattr(kind, "__members__"):
        return next(iter(kind))
    length = getattr(column.type, "length", None) or 32
    values = {
        str: f"{column.name}-{index}"[-length:],
        int: index + 1,
        float: float(index),
        bool: False,
        decimal.Decimal: decimal.Decimal(index),
        dt.datetime: dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        dt.date: dt.date(2024, 1, 1),
        uuid.UUID: uuid.UUID(int=index + 1),
        dict: {},
        list: [],
    }
    return values.get(kind)


def is_unique(table: Table, column: Column) -> bool:
    single = [list(c.columns) for c in table.constraints if isinstance(c, UniqueConstraint)]
    return bool(column.unique) or [column] in single


def primary_key(table: Table) -> Column:
    return next(iter(table.primary_key.columns))


def needs_value(column: Column) -> bool:
    generated = column.primary_key or column.default is not None or column.server_default is not None
    return not column.nullable and not generated


class Rows:
    """Valid rows of every model table, inserted in dependency order (two each), plus
    spare sample rows the probes insert inside savepoints."""

    def __init__(self, session: Session, metadata: MetaData, classes: dict[str, type], samples: dict[str, Any]) -> None:
        self.session = session
        self.metadata = metadata
        self.classes = classes
        self.samples = samples
        self.inserted: dict[str, list[dict[str, Any]]] = {}
        self.skipped: dict[str, str] = {}
        self.count = 0

    def table(self, name: str) -> Table:
        return self.metadata.tables[name]

    def sample_rows(self, name: str) -> list[dict[str, Any]]:
        return self.samples.get(name, {}).get("rows") or [{} for _ in range(4)]

    def values(self, name: str, sample: dict[str, Any], index: int, spare: bool) -> dict[str, Any]:
        values: dict[str, Any] = {}
        table = self.table(name)
        for column in table.columns:
            if column.name in sample:
                values[column.name] = to_python(column, sample[column.name])
            elif column.foreign_keys:
                parent = next(iter(column.foreign_keys)).column.table.name
                parents = self.inserted.get(parent, [])
                if parent == name and not column.nullable:
                    # A row that needs a row of its own table first: it points at itself.
                    key = primary_key(table)
                    values[key.name] = values.get(key.name) or self.new_id(key, index + (100 if spare else 0))
                    values[column.name] = values[key.name]
                elif spare or index >= len(parents):
                    values[column.name] = None if column.nullable or not parents else parents[0]["id"]
                else:
                    values[column.name] = parents[index]["id"]
            elif needs_value(column):
                values[column.name] = synthesized(column, index + (10 if spare else 0))
        return values

    def spare(
        self, name: str, offset: int, connection: Any = None, depth: int = 0, given: str | None = None
    ) -> dict[str, Any] | None:
        """Sample row 2 + offset, only ever inserted inside a probe; None when there is
        none. With a connection, a required one-to-one parent gets a fresh row of its own
        (the inserted rows' parents are all taken), except for the `given` column."""
        rows = self.sample_rows(name)
        index = 2 + offset
        if index >= len(rows):
            return None
        values = self.values(name, rows[index], index, spare=True)
        table = self.table(name)
        for column in table.columns:
            if connection is None or depth > 3 or column.name == given or column.nullable or not column.foreign_keys:
                continue
            if not is_unique(table, column):
                continue
            parent = next(iter(column.foreign_keys)).column.table
            parent_row = self.spare(parent.name, offset, connection, depth + 1) if parent.name != name else None
            if parent_row is not None:
                values[column.name] = connection.execute(parent.insert().values(**parent_row)).inserted_primary_key[0]
        return values

    def usable(self, *tables: str) -> bool:
        """Rows exist for every one of `tables` (see `blocked`)."""
        return not any(table in self.skipped for table in tables)

    def parents_used_up(self, name: str, index: int) -> bool:
        """Row `index` would need a parent row no other row holds (one-to-one), and there is none."""
        table = self.table(name)
        for column in table.columns:
            for key in column.foreign_keys:
                parent = key.column.table.name
                one_to_one = parent != name and not column.nullable and is_unique(table, column)
                if one_to_one and index >= len(self.inserted.get(parent, [])):
                    return True
        return False

    @staticmethod
    def new_id(key: Column, index: int) -> Any:
        return uuid.UUID(int=index + 1) if python_type(key) is uuid.UUID else 1_000_000 + index

    def blocked(self, name: str) -> str | None:
        """Why rows of `name` cannot be made: a required foreign key to a table that has
        no rows, because required foreign keys form a cycle."""
        for column in self.table(name).columns:
            for key in column.foreign_keys:
                parent = key.column.table.name
                if not column.nullable and parent != name and not self.inserted.get(parent):
                    return f"every {name} row needs a {parent} row first, and the other way round"
        return None

    def missing_id(self, name: str) -> Any:
        key = next(iter(self.table(name).primary_key.columns))
        return uuid.UUID(int=2**128 - 1) if python_type(key) is uuid.UUID else 2**31 - 1

    def insert_all(self, locate: Any) -> list[dict[str, Any]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            order = [table.name for table in self.metadata.sorted_tables]
        for name in order:
            cls = self.classes.get(name)
            if cls is None:
                continue  # junction tables: the probes fill them
            reason = self.blocked(name)
            if reason:
                self.skipped[name] = reason
                continue
            for index, sample in enumerate(self.sample_rows(name)[:2]):
                if index > 0 and self.parents_used_up(name, index):
                    break
                values = self.values(name, sample, index, spare=False)
                row = cls(**{attribute_of(cls, column): value for column, value in values.items()})
                try:
                    self.session.add(row)
                    self.session.flush()
                except Exception as error:
                    self.session.rollback()
                    return [problem(*locate(name), f"inserting a valid {name} row failed: {describe(error)}")]
                key = next(iter(self.table(name).primary_key.columns))
                values[key.name] = getattr(row, attribute_of(cls, key.name))
                self.inserted.setdefault(name, []).append(values)
                self.count += 1
        return []


DIALECTS = (("postgresql", postgresql.dialect), ("mysql", mysql.dialect), ("sqlite", sqlite.dialect))


def compile_ddl(metadata: MetaData) -> tuple[dict[str, str], str | None]:
    """CREATE TABLE and CREATE INDEX statements per dialect."""
    ddl: dict[str, str] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tables = metadata.sorted_tables
        for name, make_dialect in DIALECTS:
            dialect = make_dialect()  # one per dialect: its type caches serve every table
            statements = []
            for table in tables:
                statements.append(str(CreateTable(table).compile(dialect=dialect)).strip() + ";")
                for index in sorted(table.indexes, key=lambda item: item.name or ""):
                    statements.append(str(CreateIndex(index).compile(dialect=dialect)).strip() + ";")
            ddl[name] = "\n\n".join(statements)
    except Exception as error:
        return ddl, describe(error)
    return ddl, None
