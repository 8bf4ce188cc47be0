"""Typed errors. Each carries where it happened and formats its own one-line message.

`cli` maps these to exit codes in one place; the core raises them and never prints.
"""

from __future__ import annotations

import msgspec


class Location(msgspec.Struct, frozen=True):
    """A place in a user's file: path (relative to the root when possible), 1-based line and column, record id."""

    path: str
    line: int | None = None
    column: int | None = None
    record: str | None = None

    def __str__(self) -> str:
        text = self.path
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        if self.record is not None:
            text += f": record {self.record}"
        return text


class FactcheckError(Exception):
    """Base of every error the tool raises on purpose; the CLI turns it into a message and exit code 2."""

    code = "error"

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        """Picklable with its location: a worker process (loading files in parallel) raises it to the parent."""
        return (type(self), (self.message, self.location))


class UsageError(FactcheckError):
    """The command line asks for something that cannot be done (unknown metric, no repository...)."""

    code = "usage"


class NoRoot(UsageError):
    code = "no-root"


class ConfigError(UsageError):
    """A configuration or lexicon file is invalid."""

    code = "config"


class InputError(FactcheckError):
    """A user's file cannot be used as it is."""

    code = "input"


class MissingFile(InputError):
    code = "missing-file"


class NotUtf8(InputError):
    code = "not-utf8"


class BrokenYaml(InputError):
    code = "broken-yaml"


class OutsideRoot(InputError):
    code = "outside-root"


class TooLarge(InputError):
    code = "too-large"


class InvalidRecord(InputError):
    """A claim file does not pass `factcheck check`; commands that need valid claims stop on it."""

    code = "invalid-record"


class Locked(UsageError):
    """Another process holds the repository's write lock for too long."""

    code = "locked"


class ChangedOnDisk(InputError):
    """A claim file changed between reading and writing it (an editor saved it meanwhile)."""

    code = "changed-on-disk"


class WriteFailed(FactcheckError):
    code = "write-failed"


class FetchFailed(InputError):
    """A web page could not be downloaded (DNS, refused, timeout, TLS, HTTP status, type, size)."""

    code = "fetch-failed"


class DuplicateSource(InputError):
    """`factcheck add` of an article the repository already holds (same URL or same text)."""

    code = "duplicate-source"


class NoArticleText(InputError):
    """A page or file in which no article text could be found."""

    code = "no-article-text"
