"""A minimal W3C WebDriver client for headless Chromium (Debian's chromium and chromium-driver), with no
dependency beyond the standard library: enough to drive Casebook's review app and help-center site in
tests and to take screenshots."""

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def available():
    """True when chromium and chromedriver are installed."""
    return bool(shutil.which("chromedriver") and (shutil.which("chromium") or shutil.which("chromium-browser")))


class WebDriverError(Exception):
    pass


class Browser:
    """One headless Chromium session. Use as a context manager."""

    def __init__(self, width=1366, height=900):
        self.port = free_port()
        self.profile = tempfile.mkdtemp(prefix="casebook-chromium-")
        self.driver = subprocess.Popen(
            ["chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                self._call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "--lang=en-US",
                "--allow-file-access-from-files"]
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome",
                                                 "goog:chromeOptions": {"binary": binary, "args": args}}}}
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.quit()

    def quit(self):
        try:
            self._call("DELETE", f"/session/{self.session}")
        except Exception:
            pass
        self.driver.terminate()
        try:
            self.driver.wait(5)
        except subprocess.TimeoutExpired:
            self.driver.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                payload = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            payload = json.loads(error.read() or b"{}")
            raise WebDriverError(payload.get("value", {}).get("message", str(error)))
        return payload.get("value", payload)

    def _session(self, method, path, body=None):
        return self._call(method, f"/session/{self.session}{path}", body)

    # Navigation and the page
    def open(self, url):
        self._session("POST", "/url", {"url": url})

    def url(self):
        return self._session("GET", "/url")

    def title(self):
        return self._session("GET", "/title")

    def source(self):
        return self._session("GET", "/source")

    def script(self, code, *args):
        return self._session("POST", "/execute/sync", {"script": code, "args": list(args)})

    def resize(self, width, height):
        self._session("POST", "/window/rect", {"width": width, "height": height})

    def screenshot(self, path, full_page=True):
        """Saves a PNG; with full_page, the window is stretched to the page's height first."""
        if full_page:
            height = self.script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
            width = self.script("return window.outerWidth")
            self.resize(width, min(int(height) + 120, 6000))
        png = base64.b64decode(self._session("GET", "/screenshot"))
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "wb") as file:
            file.write(png)

    # Elements
    def find(self, css, timeout=5.0):
        deadline = time.time() + timeout
        while True:
            try:
                element = self._session("POST", "/element", {"using": "css selector", "value": css})
                return Element(self, list(element.values())[0])
            except WebDriverError:
                if time.time() > deadline:
                    raise WebDriverError(f"no element matches {css!r} on {self.url()}")
                time.sleep(0.1)

    def find_all(self, css):
        found = self._session("POST", "/elements", {"using": "css selector", "value": css})
        return [Element(self, list(element.values())[0]) for element in found]

    def wait_for(self, condition, timeout=5.0, what="a condition"):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if condition():
                return True
            time.sleep(0.1)
        raise WebDriverError(f"timed out waiting for {what} on {self.url()}")

    def keys(self, text):
        """Types `text` into whatever has the focus (WebDriver actions)."""
        actions = [{"type": "keyDown", "value": c} for c in text] + [{"type": "keyUp", "value": c} for c in text]
        ordered = []
        for c in text:
            ordered += [{"type": "keyDown", "value": c}, {"type": "keyUp", "value": c}]
        self._session("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": ordered}]})
        self._session("DELETE", "/actions")


class Element:
    def __init__(self, browser, identifier):
        self.browser = browser
        self.id = identifier

    def _call(self, method, path, body=None):
        return self.browser._session(method, f"/element/{self.id}{path}", body)

    def click(self):
        self._call("POST", "/click", {})

    def clear(self):
        self._call("POST", "/clear", {})

    def type(self, text):
        self._call("POST", "/value", {"text": text})

    def text(self):
        return self._call("GET", "/text")

    def attribute(self, name):
        return self._call("GET", f"/attribute/{name}")

    def value(self):
        return self._call("GET", "/property/value")
