"""kg: a knowledge-graph builder for international relations.

>>> import kg
>>> statements = kg.extract("China accused NATO of pushing Russia to the brink.")   # doctest: +SKIP
>>> graph = kg.open("output/store")                                                 # doctest: +SKIP
>>> graph.add(["examples/"])                                                        # doctest: +SKIP
>>> graph.query("who-accused", target="NATO")                                       # doctest: +SKIP

The same library answers ``kg`` on the command line and ``kg serve`` over HTTP
(:mod:`kg.operations`): dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and a
range keeps only dated statements; an actor is a name, alias, code or IRI.
"""

from __future__ import annotations

import sys
from types import ModuleType

from .api import KnowledgeGraph, analyze, extract, open
from .errors import DateError, KGError, UnknownActorError
from .types import Actor, ActorType, Article, EventClass, Statement


class _Package(ModuleType):
    """The package ``kg``, whose ``kg.extract`` stays the function when the module ``kg.extract`` loads.

    Importing a submodule sets it as an attribute of its package, which would
    replace the public function by the module of the same name as soon as
    anything (``graph.add``, ``kg build``) loads the extractor.
    ``from kg.extract import …`` and ``sys.modules["kg.extract"]`` still reach the module.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "extract" and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorType",
    "Article",
    "DateError",
    "EventClass",
    "KGError",
    "KnowledgeGraph",
    "Statement",
    "UnknownActorError",
    "__version__",
    "analyze",
    "extract",
    "open",
]
