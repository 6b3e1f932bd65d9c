"""Drives `casebook serve` in headless Chromium as an editor would: open the queue, open an article with the
keyboard, edit it, watch the live preview, review the diff, save, approve; then checks the store. Also checks
that ticket text holding script payloads renders inert. With --screenshots DIR, saves the queue, the article
view and the editor at desktop width.

    python3 Tests/Browser/review_app.py --casebook .build/debug/casebook --workdir /tmp/x [--screenshots docs/images]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from webdriver import Browser, available  # noqa: E402

REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HOSTILE = "<script>window.pwned=1</script>"
HEADER = ("ticket_id,subject,status,tags,requester_name,requester_email,created_at,updated_at,comment_id,"
          "author_role,author_name,public,body,comment_created_at")


def hostile_export(path):
    """Three tickets about one problem whose subject and messages carry script payloads."""
    rows = [HEADER]
    for n in range(1, 4):
        when = f"2026-02-0{n}T10:00:00Z"
        subject = f'Export button {HOSTILE} does nothing'
        customer = f'The export button does nothing <img src=x onerror="window.pwned=2"> please help ({n})'
        agent = ("Open Settings > Export, choose CSV and click Export again. "
                 '<a href="javascript:window.pwned=3">this</a> link is not needed.')
        for k, (role, text) in enumerate([("customer", customer), ("agent", agent)]):
            fields = [f"H-{n}", subject, "solved", "export", f"Hostile User {n}", f"hostile{n}@example.com", when,
                      when, f"{n}{k}", role, "Agent Smith" if role == "agent" else f"Hostile User {n}", "true", text,
                      when]
            rows.append(",".join('"' + f.replace('"', '""') + '"' for f in fields))
    with open(path, "w") as file:
        file.write("\r\n".join(rows) + "\r\n")


def run(casebook, *args, cwd):
    result = subprocess.run([casebook, *args], cwd=cwd, capture_output=True, text=True)
    if result.returncode not in (0, 65):
        raise SystemExit(f"casebook {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--casebook", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--screenshots")
    options = parser.parse_args()
    if not available():
        print(json.dumps({"ok": False, "skipped": "chromium and chromedriver are not installed"}))
        return 77
    casebook = os.path.abspath(options.casebook)
    work = options.workdir
    os.makedirs(work, exist_ok=True)
    samples = os.path.join(REPOSITORY, "Samples")
    hostile_export(os.path.join(work, "hostile.csv"))
    config = os.path.join(samples, "casebook.yml")
    run(casebook, "init", "--config", os.path.join(work, "casebook.yml"), cwd=work)
    run(casebook, "run", "--config", config, "--out", "site", os.path.join(samples, "zendesk-export.json"),
        os.path.join(samples, "tickets.csv"), "hostile.csv", cwd=work)

    server = subprocess.Popen([casebook, "serve", "--port", "0", "--editor", "browser-test", "--config", config],
                              cwd=work, stdout=subprocess.PIPE, stderr=None, text=True)
    try:
        line = server.stdout.readline()
        match = re.search(r"(http://\S+)", line)
        check(match, f"serve printed no address: {line!r}")
        address = match.group(1)
        with Browser(1366, 900) as browser:
            browser.open(address)
            check("Review queue" in browser.title() or browser.find("h1").text() == "Review queue", "no queue page")
            rows = browser.find_all("tr[data-row]")
            check(len(rows) >= 25, f"the queue lists {len(rows)} articles")
            if options.screenshots:
                browser.screenshot(os.path.join(options.screenshots, "review-queue.png"))
                browser.resize(1366, 900)
            # Keyboard: j selects the first row, o opens it.
            browser.find("body").click()
            browser.keys("jo")
            browser.wait_for(lambda: "/articles/" in browser.url(), what="the article to open")
            article_url = browser.url()
            article_id = int(re.search(r"/articles/(\d+)", article_url).group(1))
            browser.find("iframe[sandbox]")
            if options.screenshots:
                browser.screenshot(os.path.join(options.screenshots, "review-article.png"))
                browser.resize(1366, 900)
            browser.keys("e")
            browser.wait_for(lambda: browser.url().endswith("/edit"), what="the editor")
            body = browser.find("textarea#body")
            added = "Browser test: restart the app after changing the setting."
            body.click()
            browser.script("const t = document.querySelector('#body'); t.selectionStart = t.selectionEnd = t.value.length;")
            browser.keys("\n\n" + added)
            browser.wait_for(lambda: added in browser.find("[data-live-preview]").text(), timeout=10,
                             what="the live preview to show the new sentence")
            if options.screenshots:
                browser.screenshot(os.path.join(options.screenshots, "review-editor.png"))
                browser.resize(1366, 900)
            browser.find("[data-review]").click()
            browser.wait_for(lambda: "Review your changes" in browser.source(), what="the diff page")
            inserted = " ".join(element.text() for element in browser.find_all(".diff ins"))
            check("Browser test" in inserted, f"the diff does not show the new sentence as added: {inserted!r}")
            browser.find("[data-save]").click()
            browser.wait_for(lambda: "Saved revision" in browser.source(), what="the save")
            browser.find('form[action$="/approve"] button').click()
            browser.wait_for(lambda: "Approved: it goes live" in browser.source(), what="the approval")

            shown = json.loads(run(casebook, "review", "show", str(article_id), "--json", cwd=work).stdout)["data"]
            check(shown["article"]["state"] == "approved", f"the store says {shown['article']['state']}")
            check(added in shown["current"]["body"], "the store's current text lacks the edit")
            check(shown["live"]["number"] == shown["current"]["number"], "the edited revision is not the live one")
            actions = [(event["action"], event["actor"]) for event in shown["history"]]
            check(("edited", "browser-test") in actions and ("approved", "browser-test") in actions,
                  f"the audit log lacks the browser's edit and approval: {actions}")

            # Ticket text with script payloads renders inert everywhere.
            listed = json.loads(run(casebook, "review", "list", "--json", cwd=work).stdout)["data"]
            hostile = [a for a in listed if "Export" in a["title"] or "export" in a["slug"]]
            check(hostile, f"no article was drafted from the hostile tickets: {[a['title'] for a in listed]}")
            pages = [address, f"{address}articles/{hostile[0]['id']}"]
            detail = json.loads(run(casebook, "review", "show", str(hostile[0]["id"]), "--json", cwd=work).stdout)["data"]
            pages += [f"{address}articles/{hostile[0]['id']}/tickets/{s['id']}" for s in detail["sources"]]
            for page in pages:
                browser.open(page)
                browser.find("h1")
                check(browser.script("return window.pwned === undefined"), f"a script ran on {page}")
                for link in browser.find_all("a[href^='javascript']"):
                    raise AssertionError(f"a javascript: link on {page}")
        print(json.dumps({"ok": True, "article": article_id, "pages_checked": len(pages)}))
        return 0
    finally:
        server.terminate()
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
