from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# the helpers are imported as `support` (tests/support/)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from support import SAMPLE, all_fixture_texts, by_folder  # noqa: E402
from support.browser import DevTools, chromium_path  # noqa: E402

# Test modules whose tests share something slow to start, by group: under `make test`
# (pytest-xdist, --dist loadgroup) each group runs whole in one worker, so the browser starts
# once (conftest's `chromium`), the Dask cluster once (test_dask) and LangChain and LlamaIndex
# are imported once (test_integrations), not once per worker. (By module, not by xdist_group
# marks: pytest 9.2 ignores the node ids xdist 3.8 rewrites for them, pytest-xdist#1386.)
SHARED_SETUP = {"tests/test_html.py": "browser", "tests/test_mindmaps.py": "browser",
                "tests/test_dask.py": "dask", "tests/test_integrations.py": "rag",
                "tests/test_linear_time.py": "linear"}


# The tests of one group of fixture folders (`test_…[genres5x]`, support.by_folder) run in one
# worker too: each worker then parses only the fixtures of its groups, not the whole corpus.
FOLDER_GROUPS = frozenset(param.id for param in by_folder(all_fixture_texts() + [SAMPLE]))


@pytest.hookimpl(tryfirst=True)  # before xdist's own scheduler for --dist loadgroup
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling  # type: ignore[import-untyped]

    class SharedSetupScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            params = nodeid.partition("[")[2].rstrip("]").split("-")
            folders = next((p for p in params if p in FOLDER_GROUPS), None)
            if folders is not None:
                return f"fixtures:{folders}"
            group = SHARED_SETUP.get(nodeid.split("::", 1)[0])
            return group if group is not None else super()._split_scope(nodeid)

        def mark_test_complete(self, node: Any, item_index: int, duration: float = 0) -> None:
            # a finished unit is dropped from the node's work: xdist counts the pending tests
            # over all units it ever gave the node, after every test (1900 units: seconds)
            nodeid = self.registered_collections[node][item_index]
            scope = self._split_scope(nodeid)
            unit = self.assigned_work[node][scope]
            unit[nodeid] = True
            if all(unit.values()):
                del self.assigned_work[node][scope]
            self._reschedule(node)

    return SharedSetupScheduling(config, log)


@pytest.fixture(scope="session")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevTools]:
    """One headless chromium for the session (see support/browser.py)."""
    exe = chromium_path()
    if exe is None:
        # CI installs the browser (.ci/run) and says so: there a missing browser is a failure,
        # not a skip that would let the page go untested
        if os.environ.get("SPEECHPARSE_BROWSER") == "required":
            pytest.fail("CI installed chromium, but no chromium browser was found")
        pytest.skip("no chromium browser installed, so the page was not tested in a browser "
                    "(Debian: apt-get install chromium; CI's .ci/run installs it)")
    client = DevTools(exe, tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield client
    finally:
        client.close()


@pytest.fixture(scope="session")
def cjk_font() -> None:
    """A test that looks at Chinese text drawn in the browser needs a CJK font on the machine:
    without one, chromium draws empty boxes. CI installs one with the browser (.ci/run)."""
    try:
        families = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True,
                                  text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        families = ""
    if families:
        return
    if os.environ.get("SPEECHPARSE_BROWSER") == "required":
        pytest.fail("CI installed a CJK font, but fontconfig finds none (fc-list :lang=zh)")
    pytest.skip("no CJK font installed, so the browser cannot draw the Chinese text "
                "(Debian: apt-get install fonts-wqy-microhei; CI's .ci/run installs it)")


@pytest.fixture()
def browser(chromium: DevTools) -> Iterator[DevTools]:
    """The session's browser, for one test: the test opens its page, which is closed after it."""
    try:
        yield chromium
    finally:
        chromium.close_page()




@pytest.fixture()
def shared_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    """For a command run in this process over the fixtures, seeds or devset: each file's
    Document is support.documents' shared one (see parse_file_sharing)."""
    from support import FIXTURES, SHARED
    from support.documents import parse_file_sharing

    from speechparse import api

    monkeypatch.setattr(api, "parse_file", parse_file_sharing(api.parse_file, (FIXTURES, SHARED)))


def pytest_runtest_setup(item: pytest.Item) -> None:
    from support.documents import keep_frozen

    keep_frozen()


@pytest.fixture(scope="session", autouse=True)
def shared_documents_stay_unchanged() -> Iterator[None]:
    """support.documents shares one parsed Document per file among tests: one that changed it
    would make the tests after it depend on the order they run in."""
    yield
    from support.documents import changed

    assert not changed(), f"a test changed the shared parse of {changed()}"
