"""The Label Studio round trip, against Label Studio itself: the extractor's rows go in as
predictions, are accepted as an annotation, come out in Label Studio's export, and convert
to gold CSVs equal to the rows that went in."""

import csv
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from extract.annotate import GOLD_COLUMNS, AnnotationError, gold_rows
from extract.cli import main
from extract.evaluate import read_table

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
LABEL_STUDIO = Path(os.environ.get("EXTRACT_LABEL_STUDIO", ROOT / ".venv-label-studio" / "bin" / "label-studio"))
TOKEN = "0123456789abcdef0123456789abcdef01234567"  # the test server's own user: nothing outside this test knows it


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The corpus's rows and Label Studio's files for them, as `extract label-studio export` writes them."""
    folder = tmp_path_factory.mktemp("label-studio")
    assert main([str(CORPUS), "-o", str(folder), "--quiet"]) == 0
    status = main(
        [
            "label-studio",
            "export",
            "--corpus",
            str(CORPUS),
            "--predicted",
            str(folder / "quantities.csv"),
            "-o",
            str(folder),
        ]
    )
    assert status == 0
    return folder


def as_accepted(tasks):
    """Each task as exported after its prediction was accepted as the annotation."""
    return [
        {"data": task["data"], "annotations": [{"id": 1, "result": task["predictions"][0]["result"]}]} for task in tasks
    ]


def expected_gold(folder):
    return [{column: row[column] for column in GOLD_COLUMNS} for row in read_table(folder / "quantities.csv")]


def test_accepted_predictions_convert_back_to_the_rows(exported):
    tasks = json.loads((exported / "tasks.json").read_text(encoding="utf-8"))
    assert len(tasks) == len(list(CORPUS.glob("*.txt")))
    indicators = {label["value"] for label in _labels(exported / "config.xml")}
    assert gold_rows(as_accepted(tasks), indicators) == expected_gold(exported)


def _labels(config: Path):
    import xml.etree.ElementTree as ElementTree

    return [label.attrib for label in ElementTree.parse(config).iter("Label")]


@pytest.mark.parametrize(
    "field, label, message",
    [("indicator", "rd_spendng", "indicator 'rd_spendng' is not in the guide"), ("measure", "grow", "measure 'grow'")],
)
def test_a_label_outside_the_guide_is_a_named_error(exported, field, label, message):
    tasks = as_accepted(json.loads((exported / "tasks.json").read_text(encoding="utf-8"))[:1])
    item = next(item for item in tasks[0]["annotations"][0]["result"] if item["from_name"] == field)
    item["value"]["labels" if field == "indicator" else "choices"] = [label]
    indicators = {label["value"] for label in _labels(exported / "config.xml")}
    with pytest.raises(AnnotationError, match=f"task {tasks[0]['data']['doc_id']}, span \\d+-\\d+: {message}"):
        gold_rows(tasks, indicators)


def test_importing_a_bad_export_is_one_line(exported, tmp_path, capsys):
    export = tmp_path / "export.json"
    tasks = as_accepted(json.loads((exported / "tasks.json").read_text(encoding="utf-8"))[:1])
    next(i for i in tasks[0]["annotations"][0]["result"] if i["from_name"] == "kind")["value"]["choices"] = ["amount"]
    export.write_text(json.dumps(tasks), encoding="utf-8")
    assert main(["label-studio", "import", str(export), "-o", str(tmp_path / "gold")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kind 'amount' is not in the guide" in err


@pytest.fixture(scope="module")
def label_studio(tmp_path_factory):
    """A Label Studio server on this machine's loopback, with a user whose API token the test holds."""
    assert LABEL_STUDIO.exists(), (
        f"no Label Studio at {LABEL_STUDIO}: scripts/setup-tests.sh installs it in .venv-label-studio"
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = tmp_path_factory.mktemp("label-studio-data")
    environment = {
        **os.environ,
        "LABEL_STUDIO_BASE_DATA_DIR": str(data),
        "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
        "LABEL_STUDIO_USERNAME": "tester@example.com",
        "LABEL_STUDIO_PASSWORD": "tester-password",
        "LABEL_STUDIO_USER_TOKEN": TOKEN,
    }
    command = [
        str(LABEL_STUDIO),
        "start",
        "--no-browser",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--data-dir",
        str(data),
    ]
    server = subprocess.Popen(
        command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(180):
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=2) as answer:
                    if b"UP" in answer.read():
                        break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail("Label Studio did not start in 3 minutes")
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def api(base, method, path, body=None):
    request = urllib.request.Request(
        base + path,
        data=None if body is None else json.dumps(body).encode("utf-8"),
        headers={"Authorization": f"Token {TOKEN}", "Content-Type": "application/json"},
        method=method,
    )
    with urllib.request.urlopen(request, timeout=300) as answer:
        return json.loads(answer.read() or b"null")


def test_a_round_trip_through_label_studio_gives_back_the_rows(label_studio, exported, tmp_path):
    config = (exported / "config.xml").read_text(encoding="utf-8")
    project = api(label_studio, "POST", "/api/projects", {"title": "extract round trip", "label_config": config})
    tasks = json.loads((exported / "tasks.json").read_text(encoding="utf-8"))
    imported = api(label_studio, "POST", f"/api/projects/{project['id']}/import", tasks)
    assert (imported["task_count"], imported["prediction_count"]) == (len(tasks), len(tasks))
    for task in api(label_studio, "GET", f"/api/tasks?project={project['id']}&page_size=1000")["tasks"]:
        [prediction] = api(label_studio, "GET", f"/api/predictions?task={task['id']}")
        accepted = {"result": prediction["result"], "parent_prediction": prediction["id"]}
        api(label_studio, "POST", f"/api/tasks/{task['id']}/annotations", accepted)
    export = api(label_studio, "GET", f"/api/projects/{project['id']}/export?exportType=JSON")
    (tmp_path / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    assert main(["label-studio", "import", str(tmp_path / "export.json"), "-o", str(tmp_path / "gold")]) == 0
    written = []
    for path in sorted((tmp_path / "gold").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            written += list(csv.DictReader(handle))
    assert written == expected_gold(exported)
