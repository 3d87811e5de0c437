"""The construction engine: a language's ``constructions/*.jsonl`` compiled into ``DependencyMatcher`` patterns.

Each construction is a dependency pattern whose first node is the ``trigger``; its
``subject`` and ``object`` say which matched node each end is read from and how
(see :func:`conflictkg.graph.lang.parse_argument`)::

    {"id": "pit:against", "predicate": "opposes",
     "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "pit"}},
                 {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "one", "RIGHT_ATTRS": {"DEP": "dobj"}}, ...],
     "subject": "np:one", "object": "slot:trigger:prep:against", "examples": [...], "near_misses": [...]}

The matched tokens become actors through the resolver (``np_refs``), so every
construction reads names, generic heads ("Veltrian troops") and anaphors alike, and
each candidate records the construction's id as its rule.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from conflictkg.errors import LanguageDataError
from conflictkg.ontology import PREDICATES
from conflictkg.graph.columns import DocColumns, children_of
from conflictkg.graph.lang import Construction, LanguageData, parse_argument
from conflictkg.graph.lexicon import BROKER_NOUNS, CONTRIBUTED_FORCE_NOUNS, DISTRIBUTIVE, JOINING_COORDINATORS, PEOPLE_STATE_DEMONYMS
from conflictkg.graph.lexicon import APPRAISING_VERBS, CONDITION_MARKERS, DECLINING_VERBS, FORCE_NOUNS, INTENT_VERBS, MODAL_AUX, NEGATING_PREFIXES, MEMBER_PLURALS
from conflictkg.graph.lexicon import BLOC_LIST_HEADS, HANDOVER_VERBS
from conflictkg.graph.resolve import ACTOR, PARTIES_ACTOR, PLACE, Ref, Resolver
from conflictkg.graph.segment import doc_sents
from conflictkg.graph.rules import Candidate, _countered_event, _governor, _hyphen_prefix, _hyphened_before, _with_conjuncts, described_refs, _preps, _slot, clause_subjects, np_refs, owned_by_another, counted_titles, struck_sites

__all__ = ["ConstructionMatcher"]

# A node's token attributes that the sentence filter reads (see ``_node_test``).
_TEST_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "LEMMA": LEMMA, "POS": POS, "TAG": TAG, "DEP": DEP,
               "ENT_TYPE": ENT_TYPE}

_Test = tuple[tuple[int, frozenset[int], bool], ...]  # (attribute id, values, whether the value must be in them)
# (">", a dependent's test, its immediate head's test) or (".", a token's test, the next token's test)
_Edge = tuple[str, _Test, _Test]


class _Tables:
    """The tests, their conditions and the edges of every pattern, numbered: what a doc's index computes is
    kept in lists read by number. (A dict keyed by a test hashes the whole nested tuple at every look-up,
    some 0.7 microseconds, and the sentence filter looks up a hundred thousand per hundred articles.)"""

    def __init__(self) -> None:
        self.test_ids: dict[_Test, int] = {}
        self.edge_ids: dict[_Edge, int] = {}
        self.condition_ids: dict[tuple[int, frozenset[int]], int] = {}
        # test number -> its conditions as (condition number, attribute id, values, whether the value must be in them)
        self.tests: list[tuple[tuple[int, int, frozenset[int], bool], ...]] = []
        self.edges: list[tuple[str, int, int]] = []  # edge number -> (relation, first test's number, second's)

    def test(self, test: _Test) -> int:
        number = self.test_ids.get(test)
        if number is None:
            number = self.test_ids[test] = len(self.tests)
            self.tests.append(tuple((self.condition_ids.setdefault((attr_id, values), len(self.condition_ids)),
                                     attr_id, values, inside) for attr_id, values, inside in test))
        return number

    def edge(self, edge: _Edge) -> int:
        number = self.edge_ids.get(edge)
        if number is None:
            relation, first, second = edge
            number = self.edge_ids[edge] = len(self.edges)
            self.edges.append((relation, self.test(first), self.test(second)))
        return number


def _node_test(attrs: dict, strings) -> _Test:
    """What a token must be to match a node, as far as plain values go: a string, an ``IN`` or a ``NOT_IN``
    list. Other conditions are left to the DependencyMatcher, so the test never refuses a token the node
    could match."""
    out = []
    for attr, value in attrs.items():
        attr_id = _TEST_ATTRS.get(attr.upper())
        if attr_id is None:
            continue
        if isinstance(value, str):
            out.append((attr_id, frozenset([strings.add(value)]), True))
        elif isinstance(value, dict) and len(value) == 1 and ("IN" in value or "NOT_IN" in value):
            op, values = next(iter(value.items()))
            if all(isinstance(v, str) for v in values):
                out.append((attr_id, frozenset(strings.add(v) for v in values), op == "IN"))
    return tuple(sorted(out, key=lambda t: not t[2]))  # "IN" conditions first: they give the positions


class _DocIndex:
    """The sentences of a doc in which some token passes a node test, computed once per test.

    Sets of tokens and of sentences are bit masks (bit i: token or sentence i): a test's conditions are
    unions and intersections of the masks of its values, a few integer operations each."""

    def __init__(self, doc: Doc, values: dict[int, frozenset[int]], tables: _Tables,
                 columns: DocColumns | None = None) -> None:
        """``values``: the values of each attribute that some test names (no other is ever asked for);
        ``tables``: the tests and edges, by number (the methods below take their numbers); ``columns``: the
        doc's attribute columns, where a reader has taken them already."""
        columns = columns or DocColumns(doc)
        self.size = len(doc)
        attr_ids = list(values)
        self.heads = columns.heads
        self.masks: dict[int, dict[int, int]] = {}  # attribute -> value -> the tokens holding it
        for attr_id, column in zip(attr_ids, map(columns.column, attr_ids)):
            named = values[attr_id]
            where: dict[int, int] = defaultdict(int)
            for i, value in enumerate(column):
                if value in named:
                    where[value] |= 1 << i
            self.masks[attr_id] = where
        self.sents = doc_sents(doc)
        self.sent_of = [0] * len(doc)
        self.sent_masks = []  # sentence -> its tokens
        self.starts = 0  # the sentences' first tokens
        for n, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [n] * (sent.end - sent.start)
            self.sent_masks.append((1 << sent.end) - (1 << sent.start))
            self.starts |= 1 << sent.start
        self.tables = tables
        # by test, condition or edge number: what was found (None: not looked for yet)
        self._found: list[int | None] = [None] * len(tables.tests)
        self._tokens: list[int | None] = [None] * len(tables.tests)
        self._held: list[int | None] = [None] * len(tables.condition_ids)
        self._linked: list[int | None] = [None] * len(tables.edges)
        self.children: list[int] | None = None  # token -> its dependents (a mask), made when first needed
        # Sentences whose copy (``_sentence_doc``) may hold links or entities the doc does not: a head outside
        # the sentence is rewired there, an entity cut by its edges is dropped. Edge tests pass them all.
        self.unsure = 0
        for i, head in enumerate(self.heads):
            if self.sent_of[head] != self.sent_of[i]:
                self.unsure |= 1 << self.sent_of[i]
        self.ents = [(ent.start, ent.end) for ent in doc.ents]  # (as token spans: Doc.ents makes its Spans anew)
        for start, end in self.ents:
            if self.sent_of[start] != self.sent_of[end - 1]:
                self.unsure |= 1 << self.sent_of[start] | 1 << self.sent_of[end - 1]

    def tokens(self, test: int) -> int:
        """The tokens (a mask) that pass test number ``test``."""
        tokens = self._tokens[test]
        if tokens is None:
            tokens = (1 << self.size) - 1
            for condition, attr_id, values, inside in self.tables.tests[test]:
                holding = self._holding(condition, attr_id, values)
                tokens = tokens & holding if inside else tokens & ~holding
                if not tokens:
                    break
            self._tokens[test] = tokens
        return tokens

    def _holding(self, condition: int, attr_id: int, values: frozenset[int]) -> int:
        """The tokens (a mask) whose attribute has one of ``values`` (condition number ``condition``): once per
        doc for each word list, which many tests share (the lexicon's classes)."""
        holding = self._held[condition]
        if holding is None:
            where = self.masks[attr_id]
            holding = 0
            # the doc's values the list names, found in C by walking the shorter of the two
            for value in (values.intersection(where) if len(values) > len(where) else where.keys() & values):
                holding |= where[value]
            self._held[condition] = holding
        return holding

    def sentences(self, test: int) -> int:
        """The sentences (a mask) with a token that passes test number ``test``."""
        found = self._found[test]
        if found is None:
            found = self._found[test] = self._sentences_of(self.tokens(test))
        return found

    def linked(self, edge: int) -> int:
        """The sentences (a mask) where two tokens pass the edge's two tests and stand as it says: the
        second the first's immediate head (not itself), or the first just before the second; plus every
        unsure sentence."""
        found = self._linked[edge]
        if found is None:
            found = self._linked[edge] = self._sentences_of(self._linked_tokens(edge)) | self.unsure
        return found

    def _linked_tokens(self, edge: int) -> int:
        """The tokens that pass the edge's second test (of a '.' edge) or its first (of a '>' edge) and have
        the other token."""
        relation, first, second = self.tables.edges[edge]
        if relation == ".":
            return self.tokens(second) & (self.tokens(first) << 1) & ~self.starts
        dependents, heads = self.tokens(first), self.tokens(second)
        tokens = 0
        if dependents and heads:
            if dependents.bit_count() <= heads.bit_count():
                rest = dependents
                while rest:
                    low = rest & -rest
                    i = low.bit_length() - 1
                    if self.heads[i] != i and heads >> self.heads[i] & 1:
                        tokens |= low
                    rest ^= low
            else:
                children = self._children()
                rest = heads
                while rest:
                    low = rest & -rest
                    tokens |= children[low.bit_length() - 1]
                    rest ^= low
                tokens &= dependents
        return tokens

    def _children(self) -> list[int]:
        if self.children is None:
            self.children = [0] * self.size
            for i, head in enumerate(self.heads):
                if head != i:
                    self.children[head] |= 1 << i
        return self.children

    def _sentences_of(self, tokens: int) -> int:
        found = 0
        while tokens:  # the sentence of the first token left, then the rest past that sentence
            n = self.sent_of[(tokens & -tokens).bit_length() - 1]
            found |= 1 << n
            tokens &= ~self.sent_masks[n]
        return found


# A node's REL_OP that the sentence filter reads -> (the relation, whether its left node comes first in it)
_EDGE_OPS = {">": (">", False), "<": (">", True), ".": (".", True), ";": (".", False)}


def _edge(node: dict, tests: dict[str, _Test]) -> _Edge:
    """A node linked by an immediate head ('>', '<') or neighbour ('.', ';') relation, as an edge: a '>'
    edge's first test is the dependent's, a '.' edge's the preceding token's."""
    relation, left_first = _EDGE_OPS[node["REL_OP"]]
    left, right = tests[node["LEFT_ID"]], tests[node["RIGHT_ID"]]
    return (relation, left, right) if left_first else (relation, right, left)


def _sentence_doc(sent: Span, array_head: tuple, array, ents: list[tuple[int, int]]) -> Doc:
    """``sent.as_doc(array_head=..., array=...)`` as far as a DependencyMatcher reads it: the tokens, their
    attributes, heads within the sentence and its whole entities. Not the vector as_doc averages from every
    token's (the model has none), the tensor, the hooks or the categories; and the doc's entities (``ents``,
    as token spans) are listed once per doc rather than once per sentence."""
    rows = array[sent.start:sent.end]
    strings = sent.doc.vocab.strings  # words and spaces from the rows, not from a Token made for each
    piece = Doc(sent.doc.vocab, words=[strings[orth] for orth in rows[:, array_head.index(ORTH)].tolist()],
                spaces=[bool(space) for space in rows[:, array_head.index(SPACY)].tolist()])
    sent._fix_dep_copy(array_head, rows)
    if len(rows) > 0 and ENT_IOB in array_head:  # an entity begun before the sentence: its first token begins it
        column = array_head.index(ENT_IOB)
        if rows[0][column] == 1:
            rows[0][column] = 3
    piece.from_array(array_head, rows)
    # An entity cut by the sentence's edges is not one: its tokens' annotation is left missing (as as_doc).
    whole = {(start, end) for start, end in ents if start >= sent.start and end <= sent.end}
    piece_ents = piece.ents
    if piece_ents:
        if (piece_ents[0].start + sent.start, piece_ents[0].end + sent.start) not in whole:
            piece.set_ents([], missing=[piece_ents[0]], default="unmodified")
        if (piece_ents[-1].start + sent.start, piece_ents[-1].end + sent.start) not in whole:
            piece.set_ents([], missing=[piece_ents[-1]], default="unmodified")
    return piece


class ConstructionMatcher:
    """Finds every construction of a language in a parsed ``Doc`` and reads its candidates.

    >>> from conflictkg.graph.lang import load_language
    >>> import spacy
    >>> matcher = ConstructionMatcher(spacy.blank("en").vocab, load_language("en"))
    >>> len(matcher) > 0
    True
    """

    def __init__(self, vocab: Vocab, data: LanguageData) -> None:
        self.data = data
        self.constructions: tuple[Construction, ...] = data.constructions
        # A DependencyMatcher costs time for every node pattern it holds, on every token. So each pattern has
        # a DependencyMatcher of its own, which reads only the sentences where every one of its nodes (the
        # trigger first) has a token whose plain attributes it accepts: found from an index of the doc's
        # attribute values, once per doc.
        self.matchers: dict[str, DependencyMatcher] = {}
        self._keys: dict[str, tuple[int, list[str]]] = {}  # matcher key -> (construction, node names)
        self._tests: dict[str, list[_Test]] = {}  # matcher key -> its nodes' tests, the trigger's first
        self._edges: dict[str, list[_Edge]] = {}  # matcher key -> its immediate links (see ``_edge``)
        # construction -> the words that, modifying its trigger (from its left) or attached to it, rule it out
        self._modifiers = _word_sets(data, [c.unless_modified for c in data.constructions])
        self._attached = _word_sets(data, [c.unless_attached for c in data.constructions])
        self._through = _word_sets(data, [c.unless_through for c in data.constructions])
        self._followed = _word_sets(data, [c.unless_followed for c in data.constructions])
        self._governed = _word_sets(data, [c.unless_governed for c in data.constructions])
        self._subject_heads = _word_sets(data, [c.unless_subject_heads for c in data.constructions])
        for k, c in enumerate(data.constructions):
            for n, alternative in enumerate(c.pattern):
                pattern = data.expand(alternative)
                key = f"{c.id}#{k}.{n}"
                self.matchers[key] = DependencyMatcher(vocab, validate=True)
                try:
                    self.matchers[key].add(key, [pattern])
                except (ValueError, KeyError) as exc:
                    raise LanguageDataError(f"{data.path}/constructions: {c.id}: bad pattern: {exc}") from None
                self._keys[key] = (k, [node["RIGHT_ID"] for node in pattern])
                tests = {node["RIGHT_ID"]: _node_test(node["RIGHT_ATTRS"], vocab.strings) for node in pattern}
                self._tests[key] = list(dict.fromkeys(tests.values()))
                self._edges[key] = list(dict.fromkeys(_edge(node, tests) for node in pattern[1:]
                                                      if node["REL_OP"] in _EDGE_OPS))
        # matcher key -> its tests and its edges, as tuples: what the sentence filter walks for every key
        # (the tests and edges by number: see ``_Tables``)
        self._tables = _Tables()
        self._plans = {key: (tuple(map(self._tables.test, self._tests[key])), tuple(map(self._tables.edge, self._edges[key])))
                       for key in self._tests}
        self._values: dict[int, frozenset[int]] = {}  # attribute -> the values the tests name
        for tests in self._tests.values():
            for test in tests:
                for attr_id, values, _ in test:
                    self._values[attr_id] = self._values.get(attr_id, frozenset()) | values
        self._values = dict(sorted(self._values.items()))
        # attribute -> value -> the keys whose trigger test opens with an "IN" condition naming the value: a key
        # none of whose values a doc holds cannot match there, and is not looked at (the rest, in key order)
        self._by_trigger: dict[int, dict[int, list[str]]] = {}
        self._unindexed: list[str] = []
        self._order = {key: n for n, key in enumerate(self._tests)}
        for key, tests in self._tests.items():
            if not tests[0] or not tests[0][0][2]:
                self._unindexed.append(key)
                continue
            attr_id, values, _ = tests[0][0]
            for value in values:
                self._by_trigger.setdefault(attr_id, {}).setdefault(value, []).append(key)

    def matches(self, doc: Doc, columns: DocColumns | None = None) -> list[tuple[str, list[int]]]:
        """Every (pattern key, token indices in pattern order) of the constructions in ``doc`` (``columns``: its
        attribute columns, where a reader has taken them already)."""
        index = _DocIndex(doc, self._values, self._tables, columns)
        wanted: dict[int, list[str]] = defaultdict(list)  # sentence -> keys that may match there, in order
        keys = set(self._unindexed)
        for attr_id, by_value in self._by_trigger.items():
            for value in index.masks[attr_id].keys() & by_value.keys():  # (the values some token holds)
                keys.update(by_value[value])
        sentences, linked = index._found, index._linked  # (the masks found so far: looked up before any call)
        for key in sorted(keys, key=self._order.__getitem__):
            tests, edges = self._plans[key]
            found = -1  # (every sentence)
            for test in tests:
                mask = sentences[test]
                found &= index.sentences(test) if mask is None else mask
                if not found:
                    break
            else:
                for edge in edges:
                    mask = linked[edge]
                    found &= index.linked(edge) if mask is None else mask
                    if not found:
                        break
            while found:
                n = (found & -found).bit_length() - 1
                wanted[n].append(key)
                found &= found - 1
        out = []
        if not wanted:
            return out
        # Span.as_doc would take the whole doc's attributes anew for every sentence: take them once.
        # (as_doc rewrites the rows of its own sentence only, and each sentence is copied once.)
        array_head = Doc._get_array_attrs()
        array = doc.to_array(array_head)
        ents = index.ents
        for n in sorted(wanted):
            sent = index.sents[n]
            piece = _sentence_doc(sent, array_head, array, ents)
            for key in wanted[n]:
                out.extend((key, [sent.start + i for i in ids]) for _, ids in self.matchers[key](piece))
        return out

    def __len__(self) -> int:
        return len(self.constructions)

    def __call__(self, doc: Doc, res: Resolver, matches: list[tuple[int, list[int]]] | None = None) -> list[Candidate]:
        """The candidates the constructions read in ``doc`` (from ``matches``, :meth:`matches`'s, if already made)."""
        found: dict[int, list[tuple[int, Candidate]]] = defaultdict(list)
        seen: set[tuple] = set()
        for key, token_ids in self.matches(doc) if matches is None else matches:
            k, names = self._keys[key]
            nodes = {name: doc[i] for name, i in zip(names, token_ids)}
            for cand in self._candidates(k, nodes, res):
                key = (k, cand.trigger.i, cand.predicate, tuple(cand.subjects), tuple(cand.objects))
                if key not in seen:
                    seen.add(key)
                    found[cand.trigger.i].append((self.constructions[k].priority, cand))
        out: list[Candidate] = []
        for readings in found.values():
            top = max(p for p, _ in readings)
            out.extend(cand for p, cand in readings if p == top)
        return out

    def charged_acts(self, matches: list[tuple[int, list[int]]], trigger: Token, doers: list[Ref],
                     res: Resolver) -> list[Candidate]:
        """The readings of the constructions whose trigger is ``trigger`` among ``matches`` (the document's, as
        :meth:`matches` made them), with ``doers`` as the subject the clause does not give it: "accused Y of
        *allowing* Z to operate from its soil" -- Y's act, which only a construction reads; the accusation's reader
        asks what it charges (see discourse._charges)."""
        doc = trigger.doc
        out: list[Candidate] = []
        for key, token_ids in matches:
            if trigger.i not in token_ids:
                continue
            k, names = self._keys[key]
            c = self.constructions[k]
            nodes = {name: doc[i] for name, i in zip(names, token_ids)}
            if nodes["trigger"].i != trigger.i or c.pairwise or c.mutual or c.negated:
                continue
            out.extend(self._candidates(k, nodes, res, doers=doers))
        return out

    def _candidates(self, k: int, nodes: dict[str, Token], res: Resolver, doers: list[Ref] | None = None):
        """The candidates construction ``k`` reads from one match's ``nodes`` (``doers``: the subject to take where
        the clause gives none, see :meth:`charged_acts`)."""
        c = self.constructions[k]
        modifiers, attached = self._modifiers.get(k, frozenset()), self._attached.get(k, frozenset())
        through, followed = self._through.get(k, frozenset()), self._followed.get(k, frozenset())
        trigger = nodes["trigger"]
        predicate = c.predicate
        object_role = c.object_role
        if predicate.startswith("@"):
            table = self.data.maps[predicate[1:]]
            predicate = table.get(trigger.lemma_.lower()) or table.get(trigger.lower_)
            if predicate is None:
                return
            # the record cannot say which role an end of a predicate it looks up plays: the vocabulary does
            # ("retook Kabul": the city taken, not the state its name stands for elsewhere)
            if PREDICATES[predicate].range == "Place":
                object_role = "place"
        if any(_argument(spec, nodes, res, ACTOR) for spec in c.unless):
            return
        if any(w.dep_ == "neg" for node in c.unless_negated if node in nodes for w in nodes[node].children):
            return
        if any(owned_by_another(nodes[node]) for node in c.unless_owned if node in nodes):
            return
        if any(counted_titles(nodes[node]) for node in c.unless_counted if node in nodes):
            return
        if any(even_handed(nodes[node]) for node in c.unless_even_handed if node in nodes):
            return
        if any(w.dep_ == "prep" and w.lower_ in words.split("|")
               for node, _, words in (spec.partition(":") for spec in c.unless_prep) if node.rstrip("*+") in nodes
               for w in _prep_hosts(nodes[node.rstrip("*+")], node.endswith("*"), node.endswith("+"))):
            return
        if modifiers and any(w.i < trigger.i and w.lower_ in modifiers for w in children_of(trigger)):
            return
        if modifiers and _hyphen_prefix(trigger) in modifiers:
            return  # "the vice-president of X", the prefix split off at its hyphen and hung elsewhere by the parser
        if modifiers and _hyphened_before(min((trigger, *(w for w in children_of(trigger) if w.i < trigger.i and w.dep_ in (
                "compound", "amod"))), key=lambda w: w.i)) in modifiers:
            return  # "Would-be President N of X": a hyphened modifier the tokenizer split, left of the trigger
        # (a merged multi-word token, "more than $60 billion", counts by its last word; an infinitive's "to" is its
        # marker, no phrase of the verb: "refused to give the Houthis drones")
        if attached and any(w.lower_ in attached or w.lower_.rsplit(" ", 1)[-1] in attached
                            for w in _attached_words(trigger)):
            return
        if c.intransitive and any(w.dep_ == "dobj" for w in children_of(trigger)):
            return
        if through and _through(trigger, through):
            return
        if followed and trigger.i + 1 < len(trigger.doc) and trigger.doc[trigger.i + 1].lower_ in followed:
            return
        if (governed := self._governed.get(k)) and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in governed:
            return  # "agreed to stop fighting": the fight the governing verb ends held; no denial of it
        if (heads := self._subject_heads.get(k)) and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in heads and _stands_for_modifier(s) for s in children_of(trigger)):
            return
        negated = c.negated
        if _hyphen_prefix(trigger) in NEGATING_PREFIXES:  # "Ukraine, a non-member of NATO,": the noun's relation denied
            if c.negated:
                return
            negated = True
        if _set_against(nodes):  # "carried out by A, not by B": B did not
            if c.negated:
                return
            negated = True
        subjects = _first(c.subject, nodes, res, c.subject_role, c.subject_types, c.subject_as) if doers is None else \
            [r for r in doers if not c.subject_types or r.actor.type in c.subject_types]
        # "both sides agreed": the two sides of the article's conflict, with each other -- or the pair "both sides"
        # resolved to ("A stopped arming B, and both sides now blame each other"), each with the other
        # (a word of sides only: "both governments" is a set read by kind, which may be another pair than the sides)
        paired = c.pairwise == "sides" and len(subjects) == 2 and all(r.kind == "anaphor" for r in subjects) \
            and subjects[0].actor.id != subjects[1].actor.id and any(
                t.lower_ in DISTRIBUTIVE for t in (nodes.get("subj"), *children_of(trigger))
                if t is not None and t.dep_ in ("nsubj", "nsubjpass"))
        if paired:
            subjects, objects = subjects[:1], subjects[1:]
        elif c.pairwise == "sides":
            subjects = objects = subjects if len(subjects) == 1 and subjects[0].kind == "distributive" else []
        else:
            if c.pairwise == "pair" and len(subjects) != 2:
                subjects = []  # "A, B and C traded accusations": who accused whom, the text does not say
            if c.pairwise and _listed_members(trigger):
                subjects = []  # "Members of the bloc, A and B, refused to sign": one side, listed, not two parties
            if c.pairwise and _subjects_in_roles(trigger):
                subjects = []  # "the format -- A and B as the sides, C as mediator -- has not met": roles, no pairs
            if c.pairwise:
                subjects, objects = subjects[:1], subjects[1:]
                if c.apart_states:
                    objects = [o for o in objects if not _forces_of_one_state(subjects[0], o, res)]
            else:
                objects = _first(c.object, nodes, res, object_role, c.object_types, c.object_as)
                if not objects and predicate == "member_of" and "IGO" in c.object_types:
                    objects = _bodies_of_member_states(c.object, nodes, res, c.object_as, subjects, trigger)
                if not objects and predicate == "attacks" and object_role == "place":
                    objects = _sites(c.object, nodes, res)
                if PREDICATES[predicate].range == "Place" and any(_owned_force(spec, nodes, res) for spec in c.object):
                    # "drove B from their positions": positions stand for their holder, who is no place
                    objects = [o for o in objects if o.actor.type == "LOCATION"]
            objects = [o for o in objects if o not in subjects]
        if objects and any(spec.startswith("near_state:") for spec in c.object):
            # a state read from the passage, not the clause: a person the gazetteer places in another state
            # ("Putin came to power in 1999" in a story about Mali) is not its leader
            ids = {o.actor.id for o in objects}
            subjects = [r for r in subjects if r.actor.type != "PERSON" or (home := res.state_of(r.actor)) is None
                        or res.state_actor(home).id in ids]
        if c.other_than:  # "after A took X, the rebels withdrew": whoever the rebels are, they are not A
            others = {r.actor.id for spec in c.other_than for r in _argument(spec, nodes, res, ACTOR)}
            subjects = [s for s in subjects if s.actor.id not in others]
        if "subject" in c.first:
            subjects = subjects[:1]
        if "object" in c.first:
            objects = objects[:1]
        _joined_demonyms_apart(c, nodes, res, subjects, objects)
        if subjects and objects:
            yield Candidate(subjects, predicate, objects, trigger, c.id, c.confidence,
                            designation=_designation(c.designation, nodes), negated=negated,
                            former=c.former, clausal=c.clausal, negatable=c.negatable)
            if c.mutual or paired:
                yield Candidate(objects, predicate, subjects, trigger, c.id, c.confidence,
                                negated=negated, former=c.former, clausal=c.clausal, negatable=c.negatable)


def _forces_of_one_state(a: Ref, b: Ref, res: Resolver) -> bool:
    """Whether two actors are bodies of one state's government by the gazetteer ("Rosgvardia and the
    Russian Armed Forces launched a joint operation": one state's forces working together, no alliance) (prec58)."""
    states = [(e.state or e.metonym_of) if r.actor.type == "GOVERNMENT" and (e := res.entry(r.actor)) is not None
              else None for r in (a, b)]
    return states[0] is not None and states[0] == states[1]


def _attached_words(trigger: Token) -> list[Token]:
    """The words an ``unless_attached`` list is checked against: the trigger's own dependents but its auxiliaries,
    and the preposition a particle of the verb governs in its stead (w47a: "pulled out of Y", "pulled back from Y":
    the parser may make "out" a preposition or "back" an adverb with no object of its own, and hang the "of" or
    "from" phrase on it; the leaving still names its own place). Only a phrase whose object is a name: "after the
    army pulled out of its last stronghold" may describe the very town the other side took), or a bare plural of
    other places ("pulled back from outlying posts": not the one town taken; "their positions" or "the
    outskirts of X" may lie in it)."""
    kids = [w for w in children_of(trigger) if w.dep_ != "aux"]
    return kids + [g for w in kids if w.dep_ in ("prep", "prt", "advmod")
                   and not any(c.dep_ == "pobj" for c in children_of(w))
                   for g in children_of(w) if g.dep_ == "prep"
                   and any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or _other_places(o)) for o in children_of(g))]


def _other_places(noun: Token) -> bool:
    """Whether a noun is a bare plural of places, owned by no one and of nowhere named ("the nearby hamlets",
    "the border posts"): places other than a single town another side took."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))


def _prep_hosts(node: Token, wide: bool, objects: bool = False) -> list[Token]:
    """The words whose prepositions an ``unless_prep`` spec looks at: the node's children, and with ``wide`` (a
    node written "NODE*") its children's children too ("brings together ten states, among them A and B": the
    parser hangs the "among" phrase on the verb, or on a name it hangs on the verb); with ``objects`` (a node
    written "NODE+") the words right after its direct objects instead ("held talks with X": the talks' "with", tie59)."""
    kids = list(node.children)
    if objects:
        return [g for k in kids if k.dep_ == "dobj" for g in k.children if g.i == k.i + 1]
    if not wide:
        return kids
    doc, edge = node.doc, node.right_edge.i
    # w46a: "which brings together nine states, among them A and B, met": the parser may hang the phrase on a
    # name outside the node's own words; a preposition set off by a comma right after the node's phrase counts
    after = [doc[edge + 2]] if edge + 2 < len(doc) and doc[edge + 1].text == "," else []
    return kids + [g for k in kids for g in k.children] + after


def _set_against(nodes: dict[str, Token]) -> bool:
    """Whether a matched preposition is denied by the "not" just before it ("by A, not by B"; not "not only by"):
    stricter than ``rules._denied_prep``, which only sets such an object aside, as a denial is stated here."""
    return any(t.dep_ in ("prep", "agent") and any(n.dep_ == "neg" and n.i == t.i - 1 for n in children_of(t))
               for name, t in nodes.items() if name != "trigger")


def _stands_for_modifier(noun: Token) -> bool:
    """Whether a plural noun stands for the bodies that modify it: "fighters *from* A and B", "members *of* A",
    "A and B militants" (a name before it)."""
    return any((c.dep_ == "prep" and c.lower_ in ("of", "from")) or
               (c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and (c.pos_ == "PROPN" or c.ent_type_))
               for c in children_of(noun))


def _through(trigger: Token, words: frozenset[str]) -> bool:
    """Whether a preposition on the trigger or on its direct object has one of ``words`` as its object."""
    holders = [trigger, *(c for c in children_of(trigger) if c.dep_ == "dobj")]
    return any(g.dep_ == "pobj" and (g.lower_ in words or g.lemma_.lower() in words)
               for h in holders for p in children_of(h) if p.dep_ == "prep" for g in children_of(p))


def _word_sets(data: LanguageData, lists: list[tuple[str, ...]]) -> dict[int, frozenset[str]]:
    """Construction index -> its words ("@class" expanded, lower-cased), for the constructions that list any."""
    return {k: frozenset(w.lower() for w in data.expand([list(words)])[0]) for k, words in enumerate(lists) if words}


def _first(specs: tuple[str, ...], nodes: dict[str, Token], res: Resolver, role: str,
           types: tuple[str, ...], stands_for: str = "self") -> list[Ref]:
    """The actors of the first argument that yields any (of the allowed types)."""
    for spec in specs:
        refs = _stand_for(_argument(spec, nodes, res, PLACE if role == "place" else ACTOR), stands_for, res)
        if types:
            refs = [r for r in refs if r.actor.type in types]
        if refs:
            return refs
    return []


def _bodies_of_member_states(specs: tuple[str, ...], nodes: dict[str, Token], res: Resolver, stands_for: str,
                             members: list[Ref], trigger: Token) -> list[Ref]:
    """w54a: a body the gazetteer does not know, typed a mere organisation, taken where a membership construction asks
    for an intergovernmental one, when the members the clause names are all states (a body made of states is one):
    "the Coral Basin Council counts Fiji and Tonga among its members" -> the council, for Fiji and Tonga. Not where
    a state is told only by the forces it sends ("Chadian soldiers serving with the X Force"): any body may have
    foreign soldiers in it."""
    if not members or any(m.actor.type != "STATE" for m in members) or trigger.lemma_.lower() in CONTRIBUTED_FORCE_NOUNS:
        return []
    return [r for r in _first(specs, nodes, res, ACTOR, ("ORGANIZATION",), stands_for)
            if res.entry(r.actor) is None]


def _sites(specs: tuple[str, ...], nodes: dict[str, Token], res: Resolver) -> list[Ref]:
    """"The bombing of a market in X was carried out by A": an unnamed site at a place slot stands for where it lies."""
    for spec in specs:
        kind, node, slot = parse_argument(spec)
        tok = nodes.get(node)
        if kind == "slot" and tok is not None and slot.startswith("prep:"):
            things = _preps(tok, slot[5:])  # (the parse may hang the site's "in" on the event: "the bombing
            found = struck_sites(things + [tok] if things else [], res)  # of a market in X")
            if found:
                return found
    return []


def even_handed(token: Token) -> bool:
    """Whether a plural noun names every side at once: "both sides", "the warring parties", "both countries".
    An appeal addressed so is made evenly and charges no side with what it asks them to stop.

    >>> # "The EU urged both sides to stop shelling villages": no condemnation of either side
    """
    return token.tag_ == "NNS" and (token.lower_ in DISTRIBUTIVE or any(
        c.lower_ == "both" and c.dep_ in ("det", "predet", "nummod", "amod") for c in children_of(token)))


def _stand_for(refs: list[Ref], how: str, res: Resolver) -> list[Ref]:
    """A person read as the government of the state he serves, each actor as the body he leads, or a place
    as the state it lies in."""
    if how in ("government", "state"):
        refs = [Ref(res.government(st), r.kind) if r.actor.type == "PERSON" and (st := res.state_of(r.actor)) else r
                for r in refs if how == "government" or r.actor.type != "PERSON" or res.state_of(r.actor)]
    elif how == "led":
        refs = [Ref(body, r.kind) for r in refs if (body := res.led_by(r.actor)) is not None]
    elif how == "led_known":  # what the text shows him leading, else what the gazetteer knows him to head
        refs = [Ref(body, r.kind) for r in refs if (body := _known_led(r.actor, res)) is not None]
    elif how == "body_or_led":  # "a faction of X", "X's deputy": a body itself, a person the body he leads
        refs = [r if r.actor.type in ("ARMED_GROUP", "ORGANIZATION") else Ref(body, r.kind)
                for r in refs if r.actor.type in ("ARMED_GROUP", "ORGANIZATION")
                or (body := _known_led(r.actor, res)) is not None]
    elif how == "person_led":  # "General N declared X liberated": his force's act; a person leading nothing known, none
        refs = [r if r.actor.type != "PERSON" else Ref(body, r.kind)
                for r in refs if r.actor.type != "PERSON" or (body := res.led_by(r.actor)) is not None]
    elif how == "containing_state":
        refs = [r if r.actor.type == "STATE" else Ref(res.state_actor(state), r.kind)
                for r in refs if r.actor.type == "STATE" or (state := res.state_containing(r.actor)) is not None]
    return list(dict.fromkeys(refs))


def _known_led(actor, res: Resolver):
    """The body or state a person leads: as the text has shown it, else the body the gazetteer says he heads, else
    the state it says he governs; None for anyone else."""
    if actor.type != "PERSON":
        return None
    body = res.led_by(actor)
    if body is not None:
        return body
    body = res.body_of(actor)
    if body is None:
        known = res.entry(actor)
        body = res.gazetteer.lookup(known.state) if known is not None and known.state else None
    return res.state_actor(body) if body is not None else None  # (registers any entry, not only a state's)


def _owned_force(spec: str, nodes: dict[str, Token], res: Resolver) -> bool:
    """Whether an ``np:`` end is an unnamed force noun ("their positions", "Turkish units"): it stands for an
    actor, never for the place an act of place reaches."""
    node = nodes.get(spec[3:]) if spec.startswith("np:") else None
    return node is not None and node.lower_ in FORCE_NOUNS and res.named(node) is None


def _argument(spec: str, nodes: dict[str, Token], res: Resolver, role: str) -> list[Ref]:
    kind, node, slot = parse_argument(spec)
    if kind == "parties":  # replaced by the article's negotiating pair when relations are read
        return [Ref(PARTIES_ACTOR, "parties")]
    tok = nodes.get(node)
    if tok is None:  # a node of another alternative
        return []
    if kind == "np":
        return np_refs(tok, res, role)
    if kind == "name":
        return res.refs(tok, role) if res.named(tok) is not None else []
    if kind == "names":  # the name and the names coordinated with it ("bought drones from A and B")
        if res.named(tok) is None:
            return []
        return [r for t in _with_conjuncts(tok) if res.named(t) is not None for r in res.refs(t, role)]
    if kind == "demonym":  # "a Turkish-brokered deal": the state the word is the demonym of
        state = res.gazetteer.by_demonym(tok.text)
        if state is None and role == PLACE and tok.lower_ in PEOPLE_STATE_DEMONYMS:
            # "the Tajik town of X": a people's adjective names the state a place lies in, never an actor
            state = res.gazetteer.lookup(PEOPLE_STATE_DEMONYMS[tok.lower_])
        if state is None or state.type != "STATE" or any(c.dep_ == "neg" for c in children_of(tok)):
            return []  # ("under Russian but not American mediation": the state the "not" sets apart took no part)
        joined = _coordinated_demonym_states(tok, res) if role != PLACE else []  # (a place lies in one state)
        return [Ref(res.state_actor(s), "name") for s in [state, *joined]]
    if kind in ("near_state", "near_igo"):  # a body the clause leaves unnamed, named just before (see Resolver)
        near = res.near_state(tok) if kind == "near_state" else res.near_named(tok, ("IGO",))
        return [Ref(near, "anaphor")] if near is not None else []
    if kind == "slot":
        return _slot(tok, slot, res, role)
    recipients: list[Ref] = []  # side58: a handover's recipient, a side of the deal it is made under
    if kind == "clause":  # the nearest clause above with a subject
        verb = next((verb for verb in tok.ancestors if verb.pos_ in ("VERB", "AUX") and clause_subjects(verb)), None)
        trigger = nodes.get("trigger")
        # (the trigger's own clause denies the relation itself: "is not critical of X", read as negated)
        own = trigger is not None and verb in (trigger, trigger.head)
        subjects = clause_subjects(verb) if verb is not None and (own or not _declined(verb, tok)) else []
        recipients = _handover_recipients(verb, tok, res) if subjects else []
    elif kind == "gov" and (described := described_refs(tok, res, role)) is not None:
        return described  # "A regards B as a *splinter* of C": B, not A
    elif kind == "gov" and _described_object(tok):
        return []  # "A regards the backbone of C, B, as ...": the backbone is what A judges, never A
    else:
        verb = tok if kind == "subj" else _governor(tok)
        if kind == "gov" and verb is not None and _countered_event(tok, verb):
            verb = None  # "A repelled a raid on posts near X": the raid is the enemy's, A did not make it
        subjects = clause_subjects(verb) if verb is not None else []
    out: list[Ref] = []
    for t in subjects:
        out.extend(r for r in np_refs(t, res, role) if r not in out)
    return out + [r for r in recipients if r not in out]


def _handover_recipients(verb: Token | None, deal: Token, res: Resolver) -> list[Ref]:
    """side58: the sides after "to" of a verb of handing over (``HANDOVER_VERBS``), where ``deal`` is what the
    handover is made "under" ("A handed the town back to B under a truce brokered by C": B, beside the clause's
    subject, is a side of the truce). Only a state, government or armed group ("handed the wounded to the Red
    Cross under the truce": a relief body is no side); empty for any other verb or attachment.

    >>> _handover_recipients(returned, truce, res)  # "X returned the town to Y under a truce"   # doctest: +SKIP
    [Ref(Y)]
    """
    if verb is None or verb.lemma_.lower() not in HANDOVER_VERBS or deal.dep_ != "pobj":
        return []
    under = deal.head
    if under.lower_ != "under" or under.head.i != verb.i:
        return []
    # "handed X to B", "handed X back to B" (the parser hangs "to" from "back")
    heads = [verb, *(c for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ == "back")]
    objects = [o for h in heads for p in children_of(h) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
               for o in children_of(p) if o.dep_ == "pobj"]
    return [r for o in objects for r in np_refs(o, res, ACTOR) if r.actor.type in _HANDOVER_SIDE_TYPES]


# the actors a handover's recipient may be to count as a side of the deal it is made under
_HANDOVER_SIDE_TYPES = ("STATE", "GOVERNMENT", "ARMED_GROUP")


def _coordinated_demonym_states(tok: Token, res: Resolver) -> list:
    """w57f: the states of the demonyms coordinated with ``tok`` by "and", each reading as ``tok`` alone would
    ("under Russian and American mediation": the United States beside Russia). None where any word of the pair
    is not a state's demonym ("Arabic and French broadcasts", "Kurdish and Turkish forces": a language or a
    people, the pair may not name states at all) or the pair is set apart ("Russian but not American")."""
    conjuncts = tok.conjuncts
    if not conjuncts or any(c.dep_ == "cc" and c.lower_ not in JOINING_COORDINATORS
                            for t in (tok, *conjuncts) for c in children_of(t)):
        return []
    states = [res.gazetteer.by_demonym(c.text) for c in conjuncts]
    if any(s is None or s.type != "STATE" for s in states) or set(conjuncts) - set(_with_conjuncts(tok)):
        return []
    return states


def _joined_demonyms_apart(c: Construction, nodes: dict[str, Token], res: Resolver, subjects: list[Ref],
                           objects: list[Ref]) -> None:
    """w57f: where the other end was read as one of a coordinated pair's own states ("The junta took delivery of
    Chinese and Serbian drones", the junta taken for China's government), the pair is no party beside it: the states
    joined to the first are dropped from their end (in place), and the first, read as it is alone, is left to the
    filter of an actor related to itself."""
    for specs, mine, other in ((c.subject, subjects, objects), (c.object, objects, subjects)):
        for spec in specs:
            kind, node, _ = parse_argument(spec)
            tok = nodes.get(node)
            first = res.gazetteer.by_demonym(tok.text) if kind == "demonym" and tok is not None else None
            joined = _coordinated_demonym_states(tok, res) if first is not None else []
            if not joined:
                continue
            pair = {a.id for s in (first, *joined) for a in (s.actor(), res.gazetteer.government_of(s).actor())}
            if any(r.actor.id in pair for r in other):
                dropped = {s.actor().id for s in joined}
                mine[:] = [r for r in mine if r.actor.id not in dropped]


def _described_object(tok: Token) -> bool:
    """Whether ``tok`` is the object of a verb that says what it is "as" a noun ("Ankara regards the core of the
    force as ...", "Washington sees the bulk of the militia as ..."): its subject judges, it takes no part."""
    return tok.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
        p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for p in children_of(c)) for c in tok.head.children)


def _subjects_in_roles(trigger: Token) -> bool:
    """Whether the trigger's coordinated subjects are given roles ("A and B as the two sides, C and D as mediators,
    E as observers"): a format's members described, not parties who met each other two by two."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _governor(trigger)
    if verb is None:
        return False
    listed = [t for s in clause_subjects(verb) for t in (s, *s.conjuncts)]
    return any(p.lower_ == "as" and any(o.dep_ == "pobj" and (o.lemma_.lower() in BROKER_NOUNS or o.lemma_.lower() == "observer")
                                        for o in children_of(p))
               for t in listed for p in children_of(t) if p.dep_ == "prep")


def _listed_members(trigger: Token) -> bool:
    """Whether the trigger's subject is a plural of members whose names are listed after it ("Members of the
    bloc, A and B, ...", the parser's conjuncts of "members"): the names are the one side it speaks of."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _governor(trigger)
    return verb is not None and any(
        (s.lower_ in MEMBER_PLURALS and any(c.dep_ in ("conj", "appos") for c in children_of(s)))
        or _set_off_member_list(s) for s in clause_subjects(verb))


# the marks that open a list set off after a body's name, each with the marks that may close it
LIST_OPENERS = {"-": ("-",), "–": ("–", "-"), "—": ("—",), "--": ("--",), "(": (")",), ":": ()}  # (a colon's list runs to the verb)
LISTED_TYPES = ("STATE", "GOVERNMENT", "IGO", "ARMED_GROUP", "ORG")


def _set_off_member_list(subj: Token) -> bool:
    """Whether a clause subject's phrase is a body, or a noun of a set of parties, followed by two or more names set
    off between dashes, in brackets or after a colon ("the Quartet - A, B and C - met", "the three guarantors (A, B
    and C) agreed", "the Amber Group: A, B and C, met"): the names are the body's members, one side, no parties to
    each other (w57e). The parser hangs such a list in many ways (the body as subject with the names in apposition,
    or the first name as subject with the body as its modifier), so the phrase is read on its surface."""
    doc = subj.doc
    lo, hi = subj.left_edge.i, subj.right_edge.i
    for m in range(max(lo - 1, 1), hi + 1):  # (the body may hang on the verb, the list before it its subject)
        mark = doc[m]
        if mark.text in LIST_OPENERS:
            body, closers = doc[m - 1], LIST_OPENERS[mark.text]
        elif m == lo or not (mark.text.endswith((" -", " –", " —")) and mark.text[-1] in LIST_OPENERS):
            continue
        else:  # "The Contact Group -": a name merged with the dash after it
            body, closers = mark, LIST_OPENERS[mark.text[-1]]
        if not _names_a_bloc(body):
            continue
        names = 0
        for tok in doc[m + 1:]:
            if tok.text in closers or (not closers and tok.pos_ in ("VERB", "AUX")):
                if names >= 2:
                    return True
                break
            if tok.ent_type_ in LISTED_TYPES:
                names += tok.ent_iob_ == "B" or tok.i == m + 1 or doc[tok.i - 1].ent_type_ != tok.ent_type_
            elif not (tok.is_punct and tok.text == ",") and tok.dep_ not in ("cc", "det") and tok.lower_ != "and":
                break
    return False


def _names_a_bloc(tok: Token) -> bool:
    """Whether ``tok``, right before a set-off list, names a set of parties: a name that is no state, place or person
    ("the Quartet", "the Tokyo Co-Chairs"), or a noun of BLOC_LIST_HEADS ("the guarantors", "the three guarantor
    states"), the sides of talks excepted ("the two sides - A and B - met" are parties to each other)."""
    if tok.ent_type_ in ("STATE", "GOVERNMENT", "LOCATION", "GPE", "DATE", "CARDINAL"):
        return False
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():
        return True
    return tok.lower_ in BLOC_LIST_HEADS or any(
        c.dep_ in ("compound", "amod") and c.lower_ in BLOC_LIST_HEADS for c in children_of(tok))


def _declined(verb: Token, noun: Token | None = None) -> bool:
    """Whether a clause says its subjects did not do it ("refused to attend the talks hosted by X", "did not
    accept the truce brokered by Y", "rejected the deal") or judge it as onlookers ("praised the truce
    mediated by Z"): they are no party to what it names. Nor where the clause is yet to come ("would accept talks
    hosted by X", "will attend the talks mediated by Y", "wants to join the truce brokered by Z"): a modal or a
    verb of intent leaves their part open, as it does where it governs the ``noun`` itself ("hoped for talks
    mediated by X", "proposed a truce brokered by Y", "wants a deal facilitated by Z": a deal not yet made)."""
    if noun is not None and verb.lemma_ in INTENT_VERBS and (
            (noun.head.i == verb.i and noun.dep_ == "dobj")
            or (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "for"
                and noun.head.head.i == verb.i)):  # (not "In a call with N, X urged ...": a setting, no aim)
        return True
    for v in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if v is not None and (any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_ in MODAL_AUX) for c in children_of(v))
                              or v.lemma_ in DECLINING_VERBS or v.lemma_ in APPRAISING_VERBS
                              or (v is not verb and v.lemma_ in INTENT_VERBS) or _arranged(v)):
            return True
    return _awaited_clause(verb)


def _awaited_clause(verb: Token) -> bool:
    """Whether the clause is a condition ("if X accepts talks hosted by C") or a time yet to come under a modal or
    past governor ("the hostages would be held until X agrees to talks mediated by C": ``relations._awaited``): its
    subjects' part is open (prec47)."""
    from conflictkg.graph.relations import _awaited  # (relations reads the constructions: imported when asked)
    return any(c.dep_ == "mark" and (c.lower_ in CONDITION_MARKERS or _awaited(verb, c)) for c in children_of(verb))


def _arranged(verb: Token) -> bool:
    """Whether ``verb`` is the copula of "is to" / "was to" with its infinitive ("Under the truce brokered by C, X was
    to pull back"): an arrangement for its subject, as a modal is, not a part it is said to have taken (prec47; the
    relation context blocks the same "is to hold talks" for the relation's own trigger)."""
    return verb.lemma_ == "be" and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                                       for c in children_of(verb))


def _designation(spec: str | None, nodes: dict[str, Token]) -> str | None:
    """The words of the phrase at ``spec`` ("terrorist organisations"), without determiners or possessors."""
    if spec is None:
        return None
    kind, node, slot = parse_argument(spec)
    tok = nodes.get(node)
    if tok is None:
        return None
    toks = [tok] if kind == "np" else _preps(tok, slot[5:]) if slot.startswith("prep:") else \
        [c for c in children_of(tok) if c.dep_ == slot]
    words = [w.text for w in toks[0].subtree if w.dep_ not in ("det", "poss", "punct")] if toks else []
    return " ".join(words) or None

