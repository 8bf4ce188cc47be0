"""The only package that touches the user's files. Every path it opens is resolved and must stay
inside the repository's root; every write is atomic.

- `files`: the primitives, and the only code that writes (atomic writes, swaps that notice an editor's
  save, bounded reads that refuse devices and symlinks);
- `documents`: claim files as text (YAML under a nesting bound, located errors, the written layout);
- `repository`: the root, its folders, sources and claim files read inside it, the lock;
- `cache` and `loading`: the parsed claim files kept between runs, and loading a whole repository;
- `sources` (`init`, `add`) and `acknowledgements` (`conflicts --acknowledge`).

The names below are the store's interface to the commands.
"""

from __future__ import annotations

from factcheck.store.acknowledgements import (
    ACK_FILE,
    Acknowledgement,
    read_acknowledgements,
    write_acknowledgement,
)
from factcheck.store.cache import (
    PACK_NAME,
    ClaimCache,
    read_result_cache,
    repository_digest,
    write_result_cache,
)
from factcheck.store.documents import format_claim_file
from factcheck.store.files import (
    MAX_FILE_BYTES,
    Displaced,
    settle,
    swap_in,
    write_atomic,
    write_output,
)
from factcheck.store.loading import load_claim_files, locate_claims
from factcheck.store.repository import (
    CLAIMS_DIR,
    CONFIG_FILE,
    SOURCES_DIR,
    Repository,
    find_root,
)
from factcheck.store.sources import (
    ensure_claims_folder,
    existing_sources,
    find_root_for_sources,
    format_sidecar,
    make_repository,
    read_first_line,
    read_input_file,
    source_folder_entries,
    write_new_source,
)

__all__ = [
    "ACK_FILE", "CLAIMS_DIR", "CONFIG_FILE", "MAX_FILE_BYTES", "PACK_NAME", "SOURCES_DIR",
    "Acknowledgement", "ClaimCache", "Displaced", "Repository", "ensure_claims_folder", "existing_sources",
    "find_root", "find_root_for_sources", "format_claim_file", "format_sidecar", "load_claim_files",
    "locate_claims", "make_repository", "read_acknowledgements", "read_first_line", "read_input_file",
    "read_result_cache", "repository_digest", "settle", "source_folder_entries", "swap_in", "write_acknowledgement",
    "write_atomic", "write_new_source", "write_output", "write_result_cache",
]
