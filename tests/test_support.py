"""The suite's own helpers (tests/support/), where a mistake would hide failures elsewhere."""

from __future__ import annotations

import pytest
from support import FIXTURES, SAMPLE, all_fixture_texts, by_folder, each, folder_group
from support.documents import changed, parsed


def test_a_changed_shared_document_is_noticed() -> None:
    doc = parsed(SAMPLE)
    assert parsed(SAMPLE) is doc and SAMPLE not in changed()
    title = doc.title
    doc.title = "改过的标题"
    try:
        assert SAMPLE in changed()
    finally:
        doc.title = title
    assert SAMPLE not in changed()
    section = doc.outline[0]
    last = section.children.pop()
    try:
        assert SAMPLE in changed()  # a change deep in the tree too
    finally:
        section.children.append(last)
    assert SAMPLE not in changed()


def test_one_test_per_folder_group_holds_every_file_once() -> None:
    paths = all_fixture_texts() + [SAMPLE]
    params = by_folder(paths)
    grouped = [p for param in params for p in param.values[0]]
    assert sorted(grouped) == sorted(paths)
    ids = [param.id for param in params]
    assert len(ids) == len(set(ids)) and "core" in ids and "data" in ids
    assert all(folder_group(p.parent.relative_to(FIXTURES).as_posix()) == param.id
               for param in params if param.id != "data" for p in param.values[0])
    assert len(params) < len({p.parent for p in paths}) / 2  # what the groups are for


def test_numbered_folders_are_grouped_by_tens() -> None:
    assert [folder_group(f) for f in ("genres", "genres2", "genres9", "genres10", "genres57", "genres61")] == [
        "genres0x", "genres0x", "genres0x", "genres1x", "genres5x", "genres6x"]
    assert [folder_group(f) for f in ("attach", "attach2", "core", "web", "lint")] == [
        "attach0x", "attach0x", "core", "web", "lint"]


def test_each_names_every_file_that_fails() -> None:
    paths = all_fixture_texts()[:5]

    failing = {paths[1], paths[3]}

    def odd_ones_fail(path):
        if path in failing:
            raise AssertionError("odd")

    with pytest.raises(AssertionError) as failed:
        each(paths, odd_ones_fail)
    message = str(failed.value)
    assert message.startswith("2 of 5 files:")
    assert paths[1].name in message and paths[3].name in message and paths[2].name not in message
    each(paths, lambda path: None)  # all pass
    with pytest.raises(AssertionError, match="no files"):
        each([], lambda path: None)


def test_a_command_shares_the_parse_only_of_a_corpus_file_read_plainly(tmp_path) -> None:
    from support.documents import parse_file_sharing

    calls = []

    def real(path, **options):
        calls.append((str(path), options))
        return "parsed anew"

    sharing = parse_file_sharing(real, (FIXTURES,))
    fixture = all_fixture_texts()[0]
    assert sharing(fixture) is parsed(fixture) and calls == []
    assert sharing(fixture, keep_noise=True) == "parsed anew"
    assert sharing(tmp_path / "own.txt") == "parsed anew" and sharing("-") == "parsed anew"
    assert calls == [(str(fixture), {"keep_noise": True}), (str(tmp_path / "own.txt"), {}), ("-", {})]
