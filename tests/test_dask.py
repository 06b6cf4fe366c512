"""The Dask helper on a real local cluster: two worker processes parse the fixtures."""

from __future__ import annotations

import operator
from pathlib import Path

import pytest
from support import all_fixture_texts
from support.documents import parsed

import speechparse
from speechparse.dask import Failure, parse_bag

skeleton = operator.methodcaller("outline_skeleton")  # importable on the workers, unlike a lambda


@pytest.fixture(scope="module")
def dask_client():
    # dask is imported here, not at collection: only the worker that runs these tests pays for it
    pytest.importorskip("dask.distributed", reason="dask[bag,distributed] is not installed "
                                                   "(pip install 'speechparse[dask]')")
    import dask
    from dask.distributed import Client, LocalCluster

    # the worker processes fork from one server that imported distributed, instead of each
    # starting a fresh interpreter that imports it again (dask's default, "spawn")
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def test_paths_on_two_workers_match_parse_file(dask_client):
    import dask.bag as db
    from dask.distributed import get_task_stream

    # a quarter of the fixtures, of every input format: the parse itself is checked on each
    # fixture elsewhere; what counts here is that the work is shared and comes back the same
    every = all_fixture_texts()
    paths = sorted({*every[::4], *(next(p for p in every if p.suffix == s) for s in {p.suffix for p in every})})
    assert {p.suffix for p in paths} == {p.suffix for p in every}
    bag = parse_bag(paths, npartitions=8)
    # the partitions asked for reach dask (which rounds them by its own rule for len(paths))
    assert bag.npartitions == db.from_sequence(paths, npartitions=8).npartitions > 1
    with get_task_stream(dask_client) as stream:
        got = bag.map(skeleton).compute()
    assert got == [parsed(p).outline_skeleton() for p in paths]
    assert len({task["worker"] for task in stream.data}) == 2  # the work was shared


def test_bag_of_texts_with_sources_as_dicts(dask_client):
    import dask.bag as db

    paths = all_fixture_texts()[:6]
    pairs = [(p.name, p.read_bytes()) for p in paths]
    docs = parse_bag(db.from_sequence(pairs, npartitions=2), as_dict=True).compute()
    assert [d["source"] for d in docs] == [p.name for p in paths]
    assert docs == [speechparse.parse(p.read_bytes(), path=p.name).to_dict() for p in paths]


def test_bad_inputs_raise_keep_or_skip(dask_client, tmp_path: Path):
    good = all_fixture_texts()[0]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [good, empty, tmp_path / "missing.txt"]
    kept = parse_bag(paths, errors="keep").compute()
    assert isinstance(kept[0], speechparse.Document)
    assert kept[1] == Failure(str(empty), f"{empty}: input is empty")
    assert isinstance(kept[2], Failure) and "no such file" in kept[2].error
    assert len(parse_bag(paths, errors="skip").compute()) == 1
    with pytest.raises(speechparse.InputError, match="input is empty"):
        parse_bag(paths).compute()
    with pytest.raises(ValueError):
        parse_bag(paths, errors="ignore")
