"""Check 6: the application. `create_app()` on SQLite settings builds, its OpenAPI
document has every endpoint the spec implies (methods and parameters), and `/health`
answers through httpx's ASGI transport (no server, no threads)."""

import importlib
import re
from typing import Any

from .support import from_exception, problem, result


def normalized(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def parameters(operation: dict[str, Any], place: str) -> set[str]:
    return {item["name"] for item in operation.get("parameters", []) if item.get("in") == place}


def check_endpoints(
    openapi: dict[str, Any], expected: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    paths = {normalized(path): item for path, item in openapi.get("paths", {}).items()}
    problems: list[dict[str, Any]] = []
    table = []
    for endpoint in expected:
        item = paths.get(normalized(endpoint["path"]), {})
        found = sorted(method.upper() for method in item if method.upper() in {"GET", "POST", "PUT", "PATCH", "DELETE"})
        table.append({"path": endpoint["path"], "methods": endpoint["methods"], "found": found})
        where = (endpoint.get("file"), None)
        for method in endpoint["methods"]:
            operation = item.get(method.lower())
            if operation is None:
                problems.append(problem(*where, f"{method} {endpoint['path']} is missing from the application"))
                continue
            path_params = parameters(operation, "path")
            if len(path_params) != endpoint["path"].count("{"):
                problems.append(
                    problem(*where, f"{method} {endpoint['path']} takes path parameters {sorted(path_params)}")
                )
            lacking = sorted(set(endpoint.get("query", {}).get(method, [])) - parameters(operation, "query"))
            if lacking:
                problems.append(
                    problem(*where, f"{method} {endpoint['path']} lacks query parameters {', '.join(lacking)}")
                )
    return problems, table


async def call_health(application: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    import httpx

    transport = httpx.ASGITransport(app=application)
    async with httpx.AsyncClient(transport=transport, base_url="http://verify") as client:
        response = await client.get("/health")
    answer = {"status": response.status_code, "body": response.text, "requestId": response.headers.get("x-request-id")}
    problems = []
    if response.status_code != 200 or response.headers.get("content-type", "").split(";")[0] != "application/json":
        problems.append(
            problem(
                "app/api/v1/endpoints/health.py",
                None,
                f"GET /health answered {response.status_code}: {response.text[:200]}",
            )
        )
    elif response.json() != {"status": "ok"}:
        problems.append(
            problem(
                "app/api/v1/endpoints/health.py",
                None,
                f'GET /health answered {response.text[:200]}, expected {{"status": "ok"}}',
            )
        )
    if not answer["requestId"]:
        problems.append(problem("app/core/middleware.py", None, "GET /health has no X-Request-ID header"))
    return problems, answer


async def run(root: str, payload: dict[str, Any]) -> dict[str, Any]:
    try:
        main = importlib.import_module("app.main")
        application = main.create_app()
    except Exception as error:
        return result([from_exception(root, error, "building the app with create_app()")], "the app could not be built")
    try:
        openapi = application.openapi()
    except Exception as error:
        return result([from_exception(root, error, "producing the OpenAPI document")], "no OpenAPI document")
    problems, endpoints = check_endpoints(openapi, payload["endpoints"])
    try:
        health_problems, health = await call_health(application)
    except Exception as error:
        health_problems, health = [from_exception(root, error, "calling GET /health")], {}
    problems += health_problems
    summary = (
        f"{len(openapi.get('paths', {}))} paths in OpenAPI, {len(endpoints)} expected ones checked, "
        f"/health answered {health.get('status', 'nothing')}"
    )
    return result(problems, summary, endpoints=endpoints, health=health, openapi=openapi)
