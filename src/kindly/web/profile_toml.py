"""Write an edited profile back into the user's own TOML file, keeping their comments and layout.

Only what changed is written: a value the page did not change keeps its line, its comment and its
formatting; a goal, provider, rule or resource added on the page is appended to its list, and one removed
from the end of a list is dropped. A file that cannot be read as TOML is replaced by a plain dump.
"""

from __future__ import annotations

from typing import Any

import tomli_w
import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Table

from kindly.errors import ConfigError
from kindly.profile import Profile, parse_profile

HEADER = "# kindly profile, saved from the web page (the previous version is in profile.toml.bak).\n\n"
LISTS = ("goals", "providers", "never", "resources", "answers")


def plain_toml(profile: Profile) -> str:
    return HEADER + tomli_w.dumps(profile.model_dump(mode="json"))


def updated_toml(old_text: str, profile: Profile) -> str:
    """`old_text` with the values of `profile` written into it where they differ from what it says."""
    try:
        document = tomlkit.parse(old_text)
        old = parse_profile(old_text).model_dump(mode="json")
    except (TOMLKitError, ConfigError):
        return plain_toml(profile)
    new = profile.model_dump(mode="json")
    user = document.get("user")
    if not isinstance(user, Table):
        return plain_toml(profile)
    _update_table(user, old["user"], new["user"])
    for name in LISTS:
        _update_list(document, name, old[name], new[name])
    text = tomlkit.dumps(document)
    try:
        if parse_profile(text) == profile:
            return text
    except ConfigError:
        pass
    return plain_toml(profile)  # a layout this module does not edit correctly: every value, no comments


def _update_table(table: Table, old: dict[str, Any], new: dict[str, Any]) -> None:
    for key, value in new.items():
        if old.get(key) == value:
            continue
        present = list(table.keys())
        if key in present or not present:
            table[key] = value
        else:
            # A key the file did not have goes after the table's last key, not after the comments that
            # follow it (those usually introduce the next section).
            table.value._insert_after(present[-1], key, tomlkit.item(value))


def _update_list(document: Any, name: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
    rows = document.get(name)
    if rows is not None and not (isinstance(rows, AoT) and len(rows) == len(old)):
        document[name] = _array_of_tables(new)  # a form kindly does not edit in place (e.g. an inline array)
        return
    if rows is None:
        if new:
            document.add(tomlkit.nl())
            document[name] = _array_of_tables(new)
        return
    for index, (before, after) in enumerate(zip(old, new, strict=False)):
        _update_table(rows[index], before, after)
    if len(new) > len(old) and len(rows):
        # Comments after the last row introduce what follows the list: they move below the new rows.
        trailing = _pop_trailing_trivia(rows[len(rows) - 1])
        rows[len(rows) - 1].add(tomlkit.nl())
        added = new[len(old) :]
        for number, extra in enumerate(added, start=1):
            rows.append(_table(extra, blank_line=number < len(added) or not trailing))
        for key, item in trailing:
            rows[len(rows) - 1].value.body.append((key, item))
    if len(new) < len(old):
        # Comments after the last row introduce the next section: they stay when rows are removed.
        trailing = _pop_trailing_trivia(rows[len(rows) - 1])
        while len(rows) > len(new):
            del rows[len(rows) - 1]
        if new:
            rows[len(rows) - 1].value.body.extend(trailing)
        else:
            previous = _table_before(document, name)
            del document[name]
            if previous is not None:
                previous.value.body.extend(trailing)


def _table_before(document: Any, name: str) -> Table | None:
    """The table the document shows just before the list `name` (the last row of a list before it)."""
    keys = list(document.keys())
    if keys.index(name) == 0:
        return None
    previous = document[keys[keys.index(name) - 1]]
    if isinstance(previous, AoT) and len(previous):
        last = previous[len(previous) - 1]
        return last if isinstance(last, Table) else None
    return previous if isinstance(previous, Table) else None


def _pop_trailing_trivia(table: Table) -> list[tuple[Any, Any]]:
    """Remove and return the comments and blank lines that end a table (no key of their own)."""
    body = table.value.body
    cut = len(body)
    while cut and body[cut - 1][0] is None:
        cut -= 1
    trailing = body[cut:]
    del body[cut:]
    return trailing


def _array_of_tables(rows: list[dict[str, Any]]) -> AoT:
    array = tomlkit.aot()
    for row in rows:
        array.append(_table(row))
    return array


def _table(values: dict[str, Any], blank_line: bool = False) -> Table:
    table = tomlkit.table()
    for key, value in values.items():
        table[key] = value
    if blank_line:
        table.add(tomlkit.nl())
    return table
