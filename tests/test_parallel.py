"""The same per-article function, run here, in processes or on Dask, gives the same bytes."""

from pathlib import Path

import pytest

from extract.cli import main
from extract.parallel import in_order, run_over

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def extract_with(output: Path, *options: str) -> bytes:
    assert main([str(CORPUS), "-o", str(output), "--quiet", *options]) == 0
    return (output / "quantities.csv").read_bytes()


@pytest.fixture(scope="module")
def one_process(tmp_path_factory) -> bytes:
    return extract_with(tmp_path_factory.mktemp("jobs1"), "--jobs", "1")


def test_two_processes_give_the_same_output(one_process, tmp_path):
    assert extract_with(tmp_path, "--jobs", "2") == one_process


def test_a_dask_cluster_gives_the_same_output(one_process, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert extract_with(tmp_path, "--scheduler", cluster.scheduler_address) == one_process


def test_the_scheduler_can_come_from_the_environment(one_process, tmp_path, monkeypatch):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        monkeypatch.setenv("EXTRACT_SCHEDULER", cluster.scheduler_address)
        assert extract_with(tmp_path, "--jobs", "1") == one_process


class Ready:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def test_results_come_in_order_with_a_bounded_window():
    submitted = []

    def submit(item):
        submitted.append(item)
        assert len(submitted) - len(yielded) <= 3, "no more than the window in flight"
        return Ready(item * 10)

    yielded = []
    for item, result in in_order(submit, range(10), window=3):
        yielded.append((item, result))
    assert yielded == [(i, i * 10) for i in range(10)]


def square(number: int) -> int:
    return number * number


def test_a_function_runs_over_items_here_and_in_processes_in_order():
    prepared = []
    here = list(run_over(square, range(20), jobs=1, prepare=lambda: prepared.append(True)))
    assert here == [(n, n * n) for n in range(20)]
    assert prepared == [True]
    assert list(run_over(square, range(20), jobs=2)) == here
