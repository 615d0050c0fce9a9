"""kg: a knowledge-graph builder for international relations.

>>> import kg
>>> statements = kg.extract("China accused NATO of pushing Russia to the brink.")   # doctest: +SKIP
>>> graph = kg.open("output/store")                                                 # doctest: +SKIP
>>> graph.add(["examples/"])                                                        # doctest: +SKIP
>>> graph.query("who-accused", target="NATO")                                       # doctest: +SKIP
"""

from __future__ import annotations

from .api import KnowledgeGraph, analyze, extract, open
from .errors import KGError
from .types import Actor, ActorType, Article, EventClass, Statement

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorType",
    "Article",
    "EventClass",
    "KGError",
    "KnowledgeGraph",
    "Statement",
    "__version__",
    "analyze",
    "extract",
    "open",
]
