"""Check 4: every entity's schemas under Pydantic. A valid Create sample is accepted and
round-trips through the Response schema; each constraint rejects its invalid sample with
the expected error type."""

import datetime as dt
import decimal
import enum
import importlib
import types
import typing
import uuid
from typing import Any

from pydantic import BaseModel, ValidationError

from .support import class_line, from_exception, problem, result


def decode(value: Any) -> Any:
    """JSON cannot carry integers beyond 2**53 exactly: they come as {"$int": "digits"}."""
    if isinstance(value, dict) and set(value) == {"$int"}:
        return int(value["$int"])
    return value


def placeholder(annotation: Any) -> Any:
    """A value of the annotated type, for Response fields the server sets (id, audit fields)."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return None if type(None) in args else placeholder(args[0])
    if typing.get_origin(annotation) is typing.Annotated:
        return placeholder(args[0])
    origin = typing.get_origin(annotation) or annotation
    simple = {
        int: 1,
        float: 1.0,
        bool: False,
        str: "x",
        decimal.Decimal: decimal.Decimal("1"),
        dt.datetime: dt.datetime.now(dt.UTC),
        dt.date: dt.date.today(),
        uuid.UUID: uuid.uuid4(),
        list: [],
        dict: {},
    }
    if isinstance(origin, type) and issubclass(origin, enum.Enum):
        return next(iter(origin))
    return simple.get(origin)


def errors_at(error: ValidationError, key: str) -> list[dict[str, Any]]:
    return [item for item in error.errors() if item["loc"] and item["loc"][0] == key]


def short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:30]}… ({len(text)} chars)"


def round_trip(created: BaseModel, response: type[BaseModel]) -> list[str]:
    """Validates the created object as the API returns a row, and compares the keys."""
    attributes = {name: getattr(created, name) for name in type(created).model_fields}
    for name, info in response.model_fields.items():
        attributes.setdefault(name, placeholder(info.annotation))
    returned = response.model_validate(types.SimpleNamespace(**attributes)).model_dump(mode="json", by_alias=True)
    sent = created.model_dump(mode="json", by_alias=True)
    differences = [f"{key} is missing from the response" for key in sent if key not in returned]
    differences += [
        f"{key} went in as {short(sent[key])} and came back as {short(returned[key])}"
        for key in sent
        if key in returned and returned[key] != sent[key]
    ]
    return differences


def check_entity(root: str, entity: dict[str, Any], problems: list[dict[str, Any]]) -> dict[str, Any]:
    file = entity["file"]
    report: dict[str, Any] = {"entity": entity["entity"], "file": file}
    try:
        module = importlib.import_module(entity["module"])
    except Exception as error:
        problems.append(from_exception(root, error, f"importing {entity['module']}"))
        return {**report, "valid": "not checked: the module does not import"}
    classes = {}
    for role in ("create", "response"):
        cls = getattr(module, entity[role], None)
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
            problems.append(problem(file, None, f"{entity[role]} is not a Pydantic model in {entity['module']}"))
            return {**report, "valid": f"not checked: no {entity[role]}"}
        classes[role] = cls
    create, response = classes["create"], classes["response"]

    def line(key: str | None) -> int | None:
        return class_line(root, file, entity["create"], key)

    if entity.get("skip"):
        return {**report, "valid": f"not checked: {entity['skip']}"}
    valid = {key: decode(value) for key, value in entity["valid"].items()}
    try:
        created = create.model_validate(valid)
    except ValidationError as error:
        for item in error.errors():
            key = str(item["loc"][0]) if item["loc"] else None
            sample = short(valid.get(key))
            message = f"{entity['create']} rejected the valid sample {sample} for {key}: {item['type']} ({item['msg']})"
            problems.append(problem(file, line(key), message))
        return {**report, "valid": "rejected"}
    report["valid"] = "accepted"
    differences = round_trip(created, response)
    for difference in differences:
        problems.append(
            problem(file, class_line(root, file, entity["response"]), f"{entity['response']}: {difference}")
        )
    report["roundTrip"] = "ok" if not differences else "differs"
    unexpected = []
    for case in entity["cases"]:
        key = case["field"]
        body = dict(valid)
        if case.get("omit"):
            body.pop(key, None)
            shown = "left out"
        else:
            body[key] = decode(case["value"])
            shown = short(body[key])
        label = f"{key} {case['rule']} ({shown})"
        try:
            create.model_validate(body)
            if not case["expected"]:
                continue
            outcome = f"{label}: accepted, expected {' or '.join(case['expected'])}"
        except ValidationError as error:
            found = sorted({item["type"] for item in errors_at(error, key)})
            if set(found) & set(case["expected"]):
                continue
            got = (
                ", ".join(found)
                or f"only other fields ({', '.join(sorted({str(e['loc'][0]) for e in error.errors()}))})"
            )
            wanted = " or ".join(case["expected"]) or "accepted (the spec's bounds are inclusive)"
            outcome = f"{label}: rejected as {got}, expected {wanted}"
        unexpected.append(outcome)
        problems.append(problem(file, line(key), f"{entity['create']}.{outcome}"))
    report["casesAsExpected"] = len(entity["cases"]) - len(unexpected)
    report["cases"] = len(entity["cases"])
    report["unexpected"] = unexpected
    return report


async def run(root: str, payload: dict[str, Any]) -> dict[str, Any]:
    problems: list[dict[str, Any]] = []
    entities = [check_entity(root, entity, problems) for entity in payload["entities"]]
    cases = sum(entity.get("cases", 0) for entity in entities)
    as_expected = sum(entity.get("casesAsExpected", 0) for entity in entities)
    accepted = sum(1 for entity in entities if entity["valid"] == "accepted")
    summary = (
        f"{accepted} of {len(entities)} valid samples accepted and round-tripped, "
        f"{as_expected} of {cases} rule cases answered as expected"
    )
    return result(problems, summary, entities=entities)
