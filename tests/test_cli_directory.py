"""`kindly directory` and `kindly refer`: the people you can recommend, ranked for a request."""

from __future__ import annotations

import json

from support import Kindly


def test_add_list_refer_and_remove(kindly: Kindly) -> None:
    assert (
        kindly(
            "directory",
            "add",
            "Gordon Whitfield",
            "--category",
            "financial planning",
            "--org",
            "Evergreen Path Financial",
            "--contact",
            "gordon@evergreen.example",
            "--overview",
            "Fee-only planner for consultants",
        ).exit_code
        == 0
    )
    assert (
        kindly(
            "directory", "add", "Kayla Moss", "-c", "web design", "--contact", "kayla@moss.example"
        ).exit_code
        == 0
    )
    listed = json.loads(kindly("directory", "list", "--json").stdout)
    assert [e["name"] for e in listed] == ["Gordon Whitfield", "Kayla Moss"]

    ranked = json.loads(kindly("refer", "a financial planner for a freelancer", "--json").stdout)
    assert ranked[0] == {
        "name": "Gordon Whitfield",
        "organisation": "Evergreen Path Financial",
        "category": "financial planning",
        "contact": "gordon@evergreen.example",
        "score": 0.9,
    }
    assert all(set(r) == {"name", "organisation", "category", "contact", "score"} for r in ranked)

    table = kindly("refer", "who can redo our website?")
    assert "Kayla Moss" in table.stdout

    gordon = next(e["id"] for e in listed if e["name"] == "Gordon Whitfield")
    assert kindly("directory", "remove", str(gordon)).exit_code == 0
    assert [e["name"] for e in json.loads(kindly("directory", "list", "--json").stdout)] == ["Kayla Moss"]
    missing = kindly("directory", "remove", "999")
    assert missing.exit_code == 2 and "no directory entry" in missing.output


def test_an_entry_needs_a_name_and_a_category(kindly: Kindly) -> None:
    result = kindly("directory", "add", " ", "--category", "web design")
    assert result.exit_code == 2 and "needs a name" in result.output


def test_refer_with_an_empty_directory_says_so(kindly: Kindly) -> None:
    assert "No one in your directory" in kindly("refer", "a lawyer").stdout
    assert json.loads(kindly("refer", "a lawyer", "--json").stdout) == []
