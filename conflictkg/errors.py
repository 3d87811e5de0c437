"""The exceptions conflictkg raises.

Library code raises these; the CLI turns each into one line on stderr and a
non-zero exit code, so a user never sees a traceback for bad input.
"""

from __future__ import annotations


class ConflictKGError(Exception):
    """Base class for every error conflictkg raises on purpose."""


class InputError(ConflictKGError):
    """An input file or text cannot be used (missing, a directory, undecodable, empty)."""


class DocumentError(InputError):
    """One document of a corpus cannot be used: the build reports and skips it (``--strict``: stops).

    ``source`` names the file (or ``<stdin>``), ``location`` the line or entry inside it
    (``None`` for a whole file), ``reason`` what is wrong.

    >>> str(DocumentError("news.jsonl", "not valid JSON (Expecting value)", "line 3"))
    'news.jsonl, line 3: not valid JSON (Expecting value)'
    """

    def __init__(self, source: str, reason: str, location: str | None = None) -> None:
        self.source, self.reason, self.location = source, reason, location
        where = f"{source}, {location}" if location else source
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):  # picklable, for worker processes
        return (type(self), (self.source, self.reason, self.location))


class ModelNotFoundError(ConflictKGError):
    """No English spaCy pipeline is installed under the names conflictkg looks for."""


class VocabularyError(ConflictKGError):
    """A predicate or entity type is not in the conflictkg ontology."""


class GazetteerError(ConflictKGError):
    """A gazetteer file is malformed."""


class FormatError(ConflictKGError):
    """No exporter or parser is registered for a format name or file extension."""


class RDFParseError(ConflictKGError):
    """An RDF file could not be parsed, or was refused as unsafe."""


class QueryError(ConflictKGError):
    """A SPARQL query is malformed, refused, unknown, or ran past its time limit."""


class ValidationError(ConflictKGError):
    """A graph does not conform to the conflictkg SHACL shapes."""


class ServerError(ConflictKGError):
    """A SPARQL server could not be started, or a remote store refused a request."""


class LanguageDataError(ConflictKGError):
    """A language's lexicon or construction file is malformed (the message names file and line)."""


class MissingDependencyError(ConflictKGError):
    """An optional extra (pandas, pyarrow...) is needed for what was asked and is not installed."""


class OutputError(ConflictKGError):
    """Outputs cannot be written: the folder is locked by another build, not writable, or the disk is full."""


class ShapeError(ConflictKGError):
    """A SHACL shape uses a feature the SPARQL-compiled engine does not support, or is malformed."""
