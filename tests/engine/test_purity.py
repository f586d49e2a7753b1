"""The engine is a library: it imports nothing from the application, Discord or the network."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from tests import ROOT

FORBIDDEN = ("bot", "cogs", "discord", "aiohttp", "yarl", "aiosqlite", "requests", "urllib.request", "socket")
ENGINE_MODULES = sorted((ROOT / "newsbrief").rglob("*.py"))


def imported_modules(source: str) -> list[str]:
    """Every module an engine file imports, at the top or inside a function."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append(node.module)
    return found


def forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def test_the_check_sees_an_import_hidden_in_a_function() -> None:
    source = "def f():\n    from bot.errors import X\n    import discord\n"
    assert [m for m in imported_modules(source) if forbidden(m)] == ["bot.errors", "discord"]


@pytest.mark.parametrize("path", ENGINE_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_engine_module_imports_the_application_or_the_network(path) -> None:
    bad = [m for m in imported_modules(path.read_text(encoding="utf-8")) if forbidden(m)]
    assert bad == [], f"{path.relative_to(ROOT)} imports {bad}"


def test_briefing_an_article_loads_no_application_module() -> None:
    code = (
        "import sys\n"
        "from newsbrief import brief\n"
        "brief(open(sys.argv[1], encoding='utf-8').read())\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'bot', 'cogs', 'discord', 'aiohttp'}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "tests" / "articles" / "summit.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert run.stdout.strip() == "[]"
