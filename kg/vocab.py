"""The project's RDF vocabulary as code: a misspelt term fails on import.

The terms mirror ``ontologies/kg.ttl``; ``tests/test_ontology.py`` checks that
every term here is declared there with a label and a comment.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: Base of the data the pipeline writes (actors, articles, statements, graphs).
DATA = Namespace("https://w3id.org/kg-ir/id/")
#: The CAMEO concept scheme (``ontologies/cameo.ttl``).
CAMEO = Namespace("https://w3id.org/kg-ir/cameo/")


class KG(DefinedNamespace):
    """Terms of ``ontologies/kg.ttl``."""

    _NS = Namespace("https://w3id.org/kg-ir/ns#")
    _fail = True

    Actor: URIRef
    Country: URIRef
    Organization: URIRef
    Person: URIRef
    Group: URIRef
    Territory: URIRef
    Article: URIRef
    Statement: URIRef
    subject: URIRef
    object: URIRef
    relation: URIRef
    eventClass: URIRef
    cameoCode: URIRef
    cameoRoot: URIRef
    negated: URIRef
    hypothetical: URIRef
    attributedTo: URIRef
    sentence: URIRef
    startChar: URIRef
    endChar: URIRef
    article: URIRef
    date: URIRef
    quadClass: URIRef
    goldstein: URIRef
    title: URIRef
    url: URIRef
    sourceFile: URIRef
    publisher: URIRef
    articleId: URIRef
    contentHash: URIRef
    statementCount: URIRef
    isoCode: URIRef
    code: URIRef
    affiliation: URIRef
    role: URIRef
    cameoClass: URIRef
    interactsWith: URIRef
    makesStatementAbout: URIRef
    appealsTo: URIRef
    expressesIntentToCooperateWith: URIRef
    consultsWith: URIRef
    cooperatesDiplomaticallyWith: URIRef
    cooperatesMateriallyWith: URIRef
    providesAidTo: URIRef
    yieldsTo: URIRef
    investigates: URIRef
    demandsFrom: URIRef
    disapprovesOf: URIRef
    rejects: URIRef
    threatens: URIRef
    protestsAgainst: URIRef
    exhibitsForcePostureToward: URIRef
    reducesRelationsWith: URIRef
    coerces: URIRef
    assaults: URIRef
    fights: URIRef
    usesMassViolenceAgainst: URIRef
    # counts kept at ingest (kg.summary)
    Dyad: URIRef
    ConflictPair: URIRef
    statementTotal: URIRef
    actorA: URIRef
    actorB: URIRef
    aToB: URIRef
    bToA: URIRef
    verbalCooperationEvents: URIRef
    materialCooperationEvents: URIRef
    verbalConflictEvents: URIRef
    materialConflictEvents: URIRef
    goldsteinSum: URIRef
    firstDate: URIRef
    lastDate: URIRef
    fromActor: URIRef
    toActor: URIRef
    verbalConflictStatements: URIRef
    materialConflictStatements: URIRef
    conflictRelation: URIRef
    summaryVersion: URIRef
    dyadStatement: URIRef
    PublicationDay: URIRef
    dayDate: URIRef
    dayArticle: URIRef
    articleTotal: URIRef


#: Direct actor-to-actor property for each CAMEO root class.
ROOT_PROPERTIES: dict[str, URIRef] = {
    "01": KG.makesStatementAbout,
    "02": KG.appealsTo,
    "03": KG.expressesIntentToCooperateWith,
    "04": KG.consultsWith,
    "05": KG.cooperatesDiplomaticallyWith,
    "06": KG.cooperatesMateriallyWith,
    "07": KG.providesAidTo,
    "08": KG.yieldsTo,
    "09": KG.investigates,
    "10": KG.demandsFrom,
    "11": KG.disapprovesOf,
    "12": KG.rejects,
    "13": KG.threatens,
    "14": KG.protestsAgainst,
    "15": KG.exhibitsForcePostureToward,
    "16": KG.reducesRelationsWith,
    "17": KG.coerces,
    "18": KG.assaults,
    "19": KG.fights,
    "20": KG.usesMassViolenceAgainst,
}
