"""`python build.py serve`, started for real in a subprocess and spoken to over real HTTP and WebSocket."""
from __future__ import annotations

import asyncio
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

from briefing.serve import is_loopback

REPO = Path(__file__).resolve().parent.parent
WAIT = 15.0  # seconds: generous, only to fail instead of hanging; nothing here measures speed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition: Callable[[], object], what: str, timeout: float = WAIT) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Served:
    """A running `build.py serve` in a site folder."""

    def __init__(self, root: Path, *args: str):
        self.root = root
        self.port = free_port()
        self.log = root.parent / f"serve-{self.port}.log"
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "build.py"), "serve", "--port", str(self.port), *args],
            cwd=root, stdout=subprocess.DEVNULL, stderr=self.log.open("wb"),
        )
        wait_for(self._serving, "the server to build and serve", timeout=60)

    def _serving(self) -> bool:
        """It prints its address once its first build is done (it listens before, from the start)."""
        assert self.process.poll() is None, f"the server exited:\n{self.output()}"
        return "serving http://" in self.output()

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def get(self, path: str) -> tuple[int, dict[str, str], str]:
        """One raw request: http.client sends the path as given, without normalising `..` away."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=WAIT)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def page(self, path: str) -> str:
        status, _, body = self.get(path)
        return body if status == 200 else ""

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # what Ctrl-C sends
        return self.process.wait(timeout=WAIT)


@pytest.fixture
def served(site: Path) -> Iterator[Served]:
    server = Served(site)
    yield server
    server.stop()


def seed_yaml(root: Path) -> Path:
    (path,) = (root / "site_src" / "briefings").glob("*.yaml")
    return path


def save(path: Path, text: str) -> None:
    """Save as most editors do, in one rename: a poll between a truncation and a write would
    build the half-saved file, and a page reloading for that build can miss the next reload."""
    temporary = path.with_name(f".{path.name}.tmp")  # hidden: the server does not watch it
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def set_title(yaml_path: Path, title: str) -> str:
    """Rewrite the YAML's title line; returns the text as it was."""
    text = yaml_path.read_text(encoding="utf-8")
    save(yaml_path, re.sub(r"(?m)^title: .*$", f"title: {title}", text, count=1))
    return text


def test_pages_carry_the_livereload_client(served: Served) -> None:
    slug = seed_yaml(served.root).stem
    for path in ("/", f"/{slug}/", "/no-such-page"):
        status, headers, body = served.get(path)
        assert "livereload.js" in body, path
        assert headers["Cache-Control"] == "no-store"
    assert served.get("/livereload.js")[0] == 200
    assert served.get(f"/{slug}")[1]["Location"] == f"/{slug}/"  # relative links need the folder's slash
    status, headers, body = served.get("/static/style.css")
    assert status == 200 and headers["Content-Type"].startswith("text/css") and "livereload" not in body


def test_preview_markup_goes_inside_the_page_and_never_into_the_newsletter(served: Served) -> None:
    """A page's source stays one document, its </body></html> last; the newsletter is served as
    built, as a writer copies it into an email: no script, no warnings banner."""
    yaml_path = seed_yaml(served.root)
    slug = yaml_path.stem
    save(yaml_path, yaml_path.read_text().replace("tags: []", "tags: []\ncolour: red"))  # a warning on its page
    wait_for(lambda: "briefing-warnings" in served.page(f"/{slug}/"), "the warning on the page")
    for path, name in (("/", "index.html"), (f"/{slug}/", f"{slug}/index.html")):
        body, built = served.page(path), (served.root / "output" / name).read_text()
        end = built.rfind("</body>")
        assert end > 0 and body.endswith(built[end:]), path
        assert "/__briefing_reloads" in body.rpartition("</body>")[0], path  # the preview's own scripts
    assert "briefing-warnings" in served.page(f"/{slug}/").rpartition("</body>")[0]
    status, headers, body = served.get(f"/{slug}/newsletter.html")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert body == (served.root / "output" / slug / "newsletter.html").read_text()


def test_only_files_under_output_are_served(served: Served) -> None:
    (served.root / "secret.txt").write_text("TOP SECRET\n")
    (served.root / "output" / "leak.txt").symlink_to(served.root / "secret.txt")
    (served.root / "output" / "linked").symlink_to(served.root, target_is_directory=True)
    attempts = [
        "/../secret.txt",
        "/static/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/static/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/static%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        f"/{served.root / 'secret.txt'}",
        f"//{served.root / 'secret.txt'}",
        "/leak.txt",
        "/linked/secret.txt",
        "/../../../../../../etc/passwd",
    ]
    for path in attempts:
        status, _, body = served.get(path)
        assert status in (400, 403, 404), path
        assert "TOP SECRET" not in body and "root:" not in body, path
    assert served.get("/" + "a" * 300)[0] == 404  # longer than a file name may be: not found, not a crash
    assert "Traceback" not in served.output()


def test_output_deleted_by_hand_is_built_again(served: Served) -> None:
    time.sleep(1)  # let the build that follows the first one's new YAML come and go
    shutil.rmtree(served.root / "output")
    wait_for(lambda: served.get("/")[0] == 200, "output/ to be built again")


def test_listens_on_loopback_only(served: Served) -> None:
    tables = [Path("/proc/net/tcp"), Path("/proc/net/tcp6")]
    if not tables[0].exists():
        pytest.skip("needs Linux's /proc/net/tcp to list listening sockets")
    listening = []
    for table in tables:
        for row in table.read_text().splitlines()[1:] if table.exists() else []:
            local, state = row.split()[1], row.split()[3]
            address, port = local.split(":")
            if state == "0A" and int(port, 16) == served.port:  # 0A: LISTEN
                listening.append(address)
    assert listening == ["0100007F"]  # 127.0.0.1, and no IPv6 or wildcard socket


def test_only_loopback_addresses_count_as_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("::") and not is_loopback("192.168.1.5")


def test_all_interfaces_only_on_request_with_a_warning(site: Path) -> None:
    server = Served(site, "--host", "0.0.0.0")
    try:
        assert "warning: serving on 0.0.0.0" in server.output()
    finally:
        assert server.stop() == 0


def test_a_port_in_use_is_an_error_not_a_traceback_and_comes_before_building(served: Served, tmp_path: Path) -> None:
    other = tmp_path / "other-site"
    (other / "seeds").mkdir(parents=True)
    shutil.copy(next((served.root / "seeds").iterdir()), other / "seeds")
    second = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "serve", "--port", str(served.port)],
        cwd=other, capture_output=True, text=True, timeout=120,
    )
    assert second.returncode == 1
    assert f"cannot listen on 127.0.0.1:{served.port}" in second.stderr and "Traceback" not in second.stderr
    assert not (other / "output").exists()  # a big site's first build would have kept the user waiting for this


def test_ctrl_c_stops_cleanly(served: Served) -> None:
    assert served.stop() == 0
    assert served.output().startswith("built 1 briefing, 0 warnings, 0 errors in ")  # the first build, as `build` says it
    assert "stopped" in served.output()
    assert "Traceback" not in served.output()


def test_an_edit_is_served_and_a_broken_yaml_shows_its_line_while_other_pages_keep_serving(served: Served) -> None:
    seed = seed_yaml(served.root)
    other = seed.with_name("other-story.yaml")
    other.write_text(
        "schema: 1\ntitle: Another story stays up\nslug: other-story\ndate: '2021-03-20'\n"
        "summary:\n- text: Another story, to show that one broken file leaves it alone.\n",
        encoding="utf-8",
    )
    wait_for(lambda: "Another story stays up" in served.page("/other-story/"), "the new briefing's page")

    good = set_title(seed, "Edited while serving")
    wait_for(lambda: "Edited while serving" in served.page(f"/{seed.stem}/"), "the edited title")

    lines = good.splitlines()
    title_line = next(n for n, line in enumerate(lines, start=1) if line.startswith("title:"))
    seed.write_text(good.replace(lines[title_line - 1], "title: [unclosed", 1), encoding="utf-8")
    where = f"site_src/briefings/{seed.name}:{title_line + 1}:"
    page = wait_for(lambda: where in served.page(f"/{seed.stem}/") and served.page(f"/{seed.stem}/"),
                    f"{where} on the broken page")
    assert "YAML syntax error" in page and "livereload.js" in page
    assert where in served.page("/")
    assert "Another story stays up" in served.page("/other-story/")
    assert "Another story stays up" in served.page("/feed.xml")  # files other than pages keep the last build
    assert served.process.poll() is None

    seed.write_text(good, encoding="utf-8")  # the title as it was before the edit
    wait_for(lambda: "Build failed" not in served.page(f"/{seed.stem}/"), "the page to recover")
    assert "Edited while serving" not in served.page(f"/{seed.stem}/")
    assert "Build failed" not in served.page("/")
    assert "Traceback" not in served.output()


def test_bad_site_yaml_shows_on_every_page_and_the_server_stays_up(served: Served) -> None:
    slug = seed_yaml(served.root).stem
    config = served.root / "site_src" / "site.yaml"
    config.write_text("title: Preview\nper_page: many\n", encoding="utf-8")
    wait_for(lambda: "site_src/site.yaml:2:" in served.page(f"/{slug}/"), "the site.yaml error on the page")
    assert "site_src/site.yaml:2:" in served.page("/")
    config.write_text("title: Preview\nper_page: 10\n", encoding="utf-8")
    wait_for(lambda: "Build failed" not in served.page(f"/{slug}/"), "the page to recover")
    assert served.process.poll() is None


async def _reload_then_fetch(served: Served, seed: Path) -> str:
    """Edit the YAML, wait for livereload's reload message, and fetch the page the moment it arrives."""
    socket_ = await websocket_connect(f"ws://127.0.0.1:{served.port}/livereload")
    socket_.write_message(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
    assert json.loads(await socket_.read_message())["command"] == "hello"
    socket_.write_message(json.dumps({"command": "info", "url": f"http://127.0.0.1:{served.port}/"}))
    await asyncio.sleep(0.2)  # let the server register the info message before the edit
    set_title(seed, "Ready before the reload")
    message = json.loads(await asyncio.wait_for(socket_.read_message(), WAIT))
    page = served.page(f"/{seed.stem}/")
    socket_.close()
    assert message["command"] == "reload"
    return page


def test_the_reload_is_sent_only_after_the_new_page_is_written(served: Served) -> None:
    seed = seed_yaml(served.root)
    page = asyncio.run(_reload_then_fetch(served, seed))
    assert "Ready before the reload" in page


def test_base_url_with_a_path_is_served_under_it(site: Path) -> None:
    (site / "site_src").mkdir()
    (site / "site_src" / "site.yaml").write_text("base_url: https://example.org/briefs/\n", encoding="utf-8")
    server = Served(site)
    try:
        slug = seed_yaml(site).stem
        status, headers, _ = server.get("/")
        assert status in (301, 302) and headers["Location"] == "/briefs/"
        assert "livereload.js" in server.page("/briefs/")
        assert "livereload.js" in server.page(f"/briefs/{slug}/")
        # A page open when base_url changed: a page that reloads like the others, linking to it under the base.
        status, _, body = server.get(f"/{slug}/")
        assert status == 404 and "livereload.js" in body and f'href="/briefs/{slug}/"' in body
        assert f'href="/briefs/{slug}/"' in server.get(f"/oldrepo/{slug}/")[2]  # under the base path it had before
        assert 'href="/briefs/"' in server.get("/no-such-page/")[2]
        assert server.get("/briefs/%2e%2e/site_src/site.yaml")[0] == 403
        # A broken site.yaml keeps the last good base path, so the open page shows the error, not a 404.
        (site / "site_src" / "site.yaml").write_text("base_url: https://example.org/briefs/\nper_page: many\n")
        wait_for(lambda: "site_src/site.yaml:2:" in server.page(f"/briefs/{slug}/"), "the error under the base path")
    finally:
        assert server.stop() == 0


def test_a_base_path_in_another_script_is_served_under_it(site: Path) -> None:
    (site / "site_src").mkdir()
    (site / "site_src" / "site.yaml").write_text("base_url: /résumés/\n", encoding="utf-8")
    server = Served(site)
    try:
        status, headers, _ = server.get("/")
        assert status in (301, 302) and headers["Location"] == "/r%C3%A9sum%C3%A9s/"
        assert "livereload.js" in server.page(f"/r%C3%A9sum%C3%A9s/{seed_yaml(site).stem}/")
    finally:
        assert server.stop() == 0


def test_a_first_build_that_fails_shows_its_errors_on_every_page_not_a_404(site: Path) -> None:
    """No build has succeeded yet, so there is no last good page to serve: each page shows why."""
    (site / "site_src" / "articles").mkdir(parents=True)
    (site / "site_src" / "articles" / "bad.md").write_text("---\ntitle: [unclosed\n---\nText.\n")
    server = Served(site)
    try:
        assert "no build to serve yet: pages show the errors" in server.output()
        seed = seed_yaml(site).stem
        for path in ("/", f"/{seed}/"):
            status, _, body = server.get(path)
            assert status == 200 and "site_src/articles/bad.md:3:1: error" in body and "livereload.js" in body, (path, status)
        (site / "site_src" / "articles" / "bad.md").write_text("---\ntitle: Fixed\n---\nText.\n")
        wait_for(lambda: "Putin" in server.page(f"/{seed}/"), "the page once the error is fixed")
    finally:
        assert server.stop() == 0


async def _join(served: Served, cookie: str) -> dict | None:
    """Join as a page with this cookie; the first message the server sends within a second, if any."""
    request = HTTPRequest(f"ws://127.0.0.1:{served.port}/livereload", headers={"Cookie": cookie})
    socket_ = await websocket_connect(request)
    try:
        socket_.write_message(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
        assert json.loads(await socket_.read_message())["command"] == "hello"
        socket_.write_message(json.dumps({"command": "info", "url": f"http://127.0.0.1:{served.port}/"}))
        try:
            return json.loads(await asyncio.wait_for(socket_.read_message(), 1.0))
        except asyncio.TimeoutError:
            return None
    finally:
        socket_.close()


def test_a_page_that_joins_after_a_reload_it_missed_is_reloaded_as_it_joins(served: Served) -> None:
    """The page is served, then a build ends before its websocket joins: the reload went out to nobody."""
    seed = seed_yaml(served.root)
    page = f"/{seed.stem}/"
    stale = served.get(page)[1]["Set-Cookie"].split(";")[0]
    set_title(seed, "Changed while the page loaded")
    wait_for(lambda: "Changed while the page loaded" in served.page(page), "the rebuild")
    fresh = served.get(page)[1]["Set-Cookie"].split(";")[0]
    assert stale != fresh
    assert asyncio.run(_join(served, stale))["command"] == "reload"
    assert asyncio.run(_join(served, fresh)) is None  # served after the build: nothing to catch up on


def test_a_site_whose_first_build_fails_is_not_rebuilt_until_something_changes(tmp_path: Path) -> None:
    """output/ is missing because no build succeeded, not because someone deleted it."""
    from briefing.serve import Preview, snapshot

    (tmp_path / "site_src").mkdir()
    (tmp_path / "site_src" / "site.yaml").write_text("title: [unclosed\n")
    preview = Preview(tmp_path)
    preview.seen = snapshot(preview.watched(), preview.out)
    preview.rebuild()
    for _ in range(5):
        preview.poll()
    assert preview.builds == 1 and not preview.out.exists()


def test_the_yaml_a_build_writes_starts_no_build_of_its_own(site: Path) -> None:
    """A first build writes a YAML file per article: no change of the editor's, so nothing to build
    again for (on a big site that build would keep the preview busy for minutes). An edit is."""
    from briefing.serve import Preview, snapshot

    preview = Preview(site)
    preview.seen = snapshot(preview.watched(), preview.out)
    preview.rebuild()
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    for _ in range(3):
        preview.poll()
    assert preview.builds == 1
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Edited — ", 1))
    assert snapshot(preview.watched(), preview.out) != preview.seen  # the next poll builds


def test_a_save_to_a_yaml_the_build_wrote_made_while_it_runs_is_built_next(site: Path, monkeypatch) -> None:
    """The build's own writes are taken as seen only as it left them: the editor's save is a change."""
    import briefing.serve
    from briefing.serve import Preview, snapshot
    from briefing.site import build

    def build_and_a_save_meanwhile(root: Path):  # the editor saves just as the build ends
        result = build(root)
        (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
        yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Edited — ", 1))
        return result

    monkeypatch.setattr(briefing.serve, "build", build_and_a_save_meanwhile)
    preview = Preview(site)
    preview.seen = snapshot(preview.watched(), preview.out)
    preview.rebuild()
    assert snapshot(preview.watched(), preview.out) != preview.seen  # the next poll builds it


def test_a_broken_shared_template_is_printed_once_not_once_per_page(site: Path, capfd) -> None:
    from briefing.serve import Preview

    preview = Preview(site)
    preview.rebuild()
    (site / "site_src" / "briefings" / "second.yaml").write_text("title: Second\nslug: second\n")
    templates = site / "site_src" / "templates"
    templates.mkdir()
    (templates / "briefing.html").write_text('{% extends "base.html" %}{% block content %}{{ b.briefing.titel }}{% endblock %}')
    capfd.readouterr()
    preview.rebuild()
    printed = capfd.readouterr().err.splitlines()
    assert len([line for line in printed if "titel" in line]) == 1, printed


def test_fixed_is_said_when_an_error_goes_not_on_each_save_while_a_warning_stays(site: Path, capfd) -> None:
    from briefing.serve import Preview

    preview = Preview(site)
    preview.rebuild()
    yaml_path = seed_yaml(site)
    good = yaml_path.read_text()
    yaml_path.write_text(good.replace("tags: []", "tags: [x]\nextra_key: 1"))  # a warning: an unknown key
    preview.rebuild()
    yaml_path.write_text(yaml_path.read_text().replace("title: ", "title: Edited ", 1))  # another save, warning kept
    capfd.readouterr()
    preview.rebuild()
    assert "fixed" not in capfd.readouterr().err
    yaml_path.write_text("title: [unclosed\n")
    preview.rebuild()
    yaml_path.write_text(good)
    capfd.readouterr()
    preview.rebuild()
    assert "fixed: built in" in capfd.readouterr().err


def test_the_console_prints_the_problems_that_are_new_and_counts_those_gone(site: Path, capfd) -> None:
    """An editor watching the console while saving wants what their save changed: the whole list
    again on each change would bury it."""
    from briefing.serve import Preview

    preview = Preview(site)
    preview.rebuild()
    yaml_path = seed_yaml(site)
    good = yaml_path.read_text()

    def saved(*keys: str) -> list[str]:  # each unknown key is a warning
        yaml_path.write_text(good.replace("tags: []", "tags: []" + "".join(f"\n{key}: 1" for key in keys)))
        capfd.readouterr()
        preview.rebuild()
        return capfd.readouterr().err.splitlines()

    assert [line.split(": warning: ")[1][:19] for line in saved("first", "second")] == [
        "unknown key 'first'", "unknown key 'second"]
    printed = saved("first", "second", "third")
    assert len(printed) == 1 and "unknown key 'third'" in printed[0]  # the page is as it was: nothing rebuilt
    assert saved("first", "second") == ["1 problem gone since the last build, 2 printed before remain"]
    assert saved() == ["2 problems gone since the last build"]


def test_serve_gives_ctrl_c_back_to_its_caller_as_it_returns(site: Path) -> None:
    """Its Ctrl-C handler needs the event loop it closes: left installed, the caller's next Ctrl-C
    would raise "Event loop is closed" with a traceback instead of KeyboardInterrupt."""
    import threading

    from briefing.serve import serve

    port = free_port()

    def press_ctrl_c_once_serving() -> None:
        wait_for(lambda: _answers(port), "the server to serve")
        os.kill(os.getpid(), signal.SIGINT)

    before = signal.getsignal(signal.SIGINT)
    threading.Thread(target=press_ctrl_c_once_serving, daemon=True).start()
    assert serve(site, port=port) == 0
    assert signal.getsignal(signal.SIGINT) is before


def _answers(port: int) -> bool:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        connection.request("GET", "/")
        return connection.getresponse().status == 200
    except OSError:
        return False


def test_the_console_does_not_print_a_problem_again_that_only_moved_nor_count_unseen_ones_gone(site: Path, capfd) -> None:
    """A save that adds a line above a warning moves it, and a failed build does not get as far as
    checking the briefing: neither is news to an editor watching the console."""
    from briefing.serve import Preview

    preview = Preview(site)
    preview.rebuild()
    yaml_path = seed_yaml(site)
    header, body = yaml_path.read_text().split("\n", 1)

    def saved(*lines: str) -> list[str]:
        yaml_path.write_text("\n".join((header, *lines, body)))
        capfd.readouterr()
        preview.rebuild()
        return capfd.readouterr().err.splitlines()

    (warning,) = saved("people: 1")
    assert ":2:1: warning: unknown key 'people'" in warning
    (warning,) = saved("other: 2", "people: 1")
    assert ":2:1: warning: unknown key 'other'" in warning
    assert saved("x-c: 3", "other: 2", "people: 1") == []
    printed = saved("title: [unclosed")
    assert "error" in printed[0] and not any("gone" in line for line in printed), printed
    gone, fixed = saved("other: 2", "people: 1")  # the error went; the warnings it hid are as they were
    assert gone == "1 problem gone since the last build, 2 printed before remain" and fixed.startswith("fixed: built in")
    # An error is printed by every build it fails, at its place now: the same words on another line
    # may be another mistake (a second quote's, say), and the place is what the editor needs.
    first = saved("title: [unclosed")
    again = saved("", "title: [unclosed")
    assert "error: YAML syntax error" in first[0] and "error: YAML syntax error" in again[0], (first, again)
    assert first[0] != again[0], (first, again)
