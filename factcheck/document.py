"""A parsed claim file that can still say where each value was written.

Line numbers come from `yaml.compose` node marks (as pre-commit's migrate_config does), but composing is
several times slower than loading, so it only happens when a message needs a location: a valid
repository is never composed.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    import yaml

Key = str | int
_PATH_TOKEN = re.compile(r"\.([^.\[\]`]+)|\[(\d+)\]")


def yaml_loader() -> type:
    """libyaml's safe loader when PyYAML was built with it, else the pure-Python one (pre-commit's idiom),
    made to report a value its resolver cannot build as a located YAML error (`_checked_loader`).
    PyYAML is imported here, not at module level: `import yaml` is a sixth of start-up, and canonical
    claim files never need it (see canonical.py)."""
    import yaml

    return _checked_loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.cache
def _checked_loader(base: type) -> type:
    """`base` whose constructors' own failures become `ConstructorError`s at the value's line.

    The safe loader builds dates, floats and ints from what the resolver recognises or a tag asks for,
    and those constructors raise plain exceptions on a one-token typo: `period: 2023-13-01` (ValueError:
    month must be in 1..12), `!!float abc`, `!!int abc`, `!!timestamp 'nope'` (AttributeError). PyYAML
    only wraps its own parse errors, so each of these was an internal error."""
    import yaml

    class Loader(base):  # type: ignore[misc, valid-type]
        def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep)
            except yaml.YAMLError:
                raise
            except (ValueError, TypeError, AttributeError, ArithmeticError) as err:
                kind = str(node.tag).rsplit(":", 1)[-1]
                shown = node.value if isinstance(node.value, str) else kind
                reason = f" ({err})" if not isinstance(err, AttributeError) else ""
                raise yaml.constructor.ConstructorError(
                    None, None, f"{shown!r} is not a valid {kind}{reason}",
                    node.start_mark) from None

    Loader.__name__ = f"Checked{base.__name__}"
    return Loader


def yaml_dumper() -> type:
    import yaml

    return getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # type: ignore[no-any-return]


def parse_json_path(text: str) -> tuple[Key, ...]:
    """`$.claims[3].span[0]` (msgspec's error paths) -> ("claims", 3, "span", 0)."""
    keys: list[Key] = []
    for name, index in _PATH_TOKEN.findall(text):
        keys.append(int(index) if index else name)
    return tuple(keys)


class ClaimDocument(msgspec.Struct):
    """The text of a claim file, its loaded data and a lazily built node tree for locations."""

    path: str
    text: str
    data: Any
    validated: Any = None  # the typed ClaimFile when it came from the cache: already schema-valid
    _root: yaml.Node | None = None

    @classmethod
    def cached(cls, path: str, raw: bytes, validated: Any) -> ClaimDocument:
        """A document served from the cache: its text is decoded only if a message needs a line."""
        return _CachedDocument(path=path, text="", data=None, validated=validated, raw=raw)

    def _tree(self) -> yaml.Node | None:
        import yaml

        if self._root is None:
            try:
                self._root = yaml.compose(self.text, Loader=yaml_loader())
            except yaml.YAMLError:  # the text loaded once already; be safe anyway
                return None
        return self._root

    def locate(self, keys: tuple[Key, ...], *, key_of_last: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at `keys`, or of the deepest part of it that exists.

        With `key_of_last`, point at the key itself (an unknown field) rather than its value.
        """
        node = self._tree()
        if node is None:
            return (1, 1)
        mark = node.start_mark
        for depth, key in enumerate(keys):
            child, key_node = _child(node, key)
            if child is None:
                break
            last = depth == len(keys) - 1
            node = child
            mark = key_node.start_mark if (last and key_of_last and key_node is not None) else child.start_mark
        return (mark.line + 1, mark.column + 1)


class _CachedDocument(ClaimDocument):
    raw: bytes = b""

    def _tree(self) -> yaml.Node | None:
        if not self.text:
            self.text = self.raw.decode("utf-8").removeprefix("\ufeff")
        return super()._tree()


def _child(node: yaml.Node, key: Key) -> tuple[yaml.Node | None, yaml.Node | None]:
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node, key_node
    elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        return node.value[key], None
    return None, None


def has_shared_containers(data: Any, limit: int = 5_000_000) -> bool:
    """True when a list or mapping appears twice (a YAML alias): claim files never need one, and
    expanding aliases is how a 1 KB file becomes a billion objects ("billion laughs")."""
    seen: set[int] = set()
    stack = [data]
    visited = 0
    while stack:
        item = stack.pop()
        if isinstance(item, (dict, list)):
            if id(item) in seen:
                return True
            seen.add(id(item))
            visited += 1
            if visited > limit:
                return True
            stack.extend(item.values() if isinstance(item, dict) else item)
    return False
