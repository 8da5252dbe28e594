"""The words a module's code writes in its string constants (docstrings aside), for the tests
that check a rule holds no language words of its own: those live in the lexicon's language
modules (:mod:`cleanscrape.lexicon.lang`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from types import ModuleType

#: Regex syntax that holds letters: escapes ("\d", "\s") and the names of groups.
_SYNTAX = re.compile(r"\\[A-Za-z]|\?P<\w+>")
_LETTERS = re.compile(r"[^\W\d_]+")


def module_tree(module: ModuleType) -> ast.Module:
    """The parsed source of ``module``."""
    return ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))


def string_words(node: ast.AST) -> set[str]:
    """The words of the string constants under ``node`` (docstrings left out), regex syntax
    removed."""
    docs = {
        id(n.body[0].value)
        for n in ast.walk(node)
        if isinstance(n, ast.FunctionDef | ast.Module)
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, ast.Constant)
    }
    return {
        w
        for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
        for w in _LETTERS.findall(_SYNTAX.sub("", n.value))
    }
