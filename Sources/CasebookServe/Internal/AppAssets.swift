/// The review app's stylesheet and script, served from /static/ (same origin: the Content-Security-Policy
/// allows nothing else). The script only adds comfort (shortcuts, live preview): every page works without it.
enum AppAssets {
    static let css = """
        :root { --bg: #fff; --fg: #1b1f24; --muted: #59636e; --line: #d1d9e0; --accent: #0b57d0; --card: #f6f8fa;
          --add: #dafbe1; --del: #ffebe9; --warn: #fff8c5; --ok: #dafbe1; --bad: #ffebe9; color-scheme: light dark; }
        @media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
          --accent: #4493f8; --card: #151b23; --add: #12361e; --del: #3c1618; --warn: #3b2e00; --ok: #12361e; --bad: #3c1618; } }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg); }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
        header.top { display: flex; gap: 1rem; align-items: center; padding: .6rem 1.5rem; border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; text-decoration: none; color: var(--fg); } .who { color: var(--muted); margin-left: auto; }
        main { padding: 1rem 1.5rem 3rem; max-width: 1400px; margin: 0 auto; }
        h1 { font-size: 1.5rem; margin: .3rem 0 .6rem; } h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        .crumbs, .meta, .muted, .hint { color: var(--muted); } .crumbs { margin: 0; }
        .banner { margin: 0; padding: .6rem 1.5rem; } .banner.ok { background: var(--ok); } .banner.error { background: var(--bad); }
        .tabs { display: flex; flex-wrap: wrap; gap: .3rem; border-bottom: 1px solid var(--line); margin-bottom: .8rem; }
        .tabs a { padding: .4rem .7rem; text-decoration: none; border-radius: 6px 6px 0 0; color: var(--fg); }
        .tabs a[aria-current] { background: var(--card); border: 1px solid var(--line); border-bottom-color: var(--card); font-weight: 600; }
        .count { color: var(--muted); font-size: .85em; }
        .filters { display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; margin-bottom: .8rem; }
        input, select, textarea, button, .button { font: inherit; }
        input, select, textarea { border: 1px solid var(--line); border-radius: 6px; padding: .35rem .5rem; background: var(--bg); color: var(--fg); }
        .narrow { width: 5rem; }
        button, .button { display: inline-block; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 6px;
          padding: .35rem .9rem; cursor: pointer; text-decoration: none; }
        button.secondary, .button.secondary { background: transparent; color: var(--accent); }
        button.danger { background: #cf222e; border-color: #cf222e; } button.link { background: none; border: 0; color: var(--accent); padding: 0; }
        table.queue { width: 100%; border-collapse: collapse; } .queue th, .queue td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); }
        .queue tr.selected { background: var(--card); outline: 2px solid var(--accent); } .num { text-align: right; }
        .state { font-size: .8rem; padding: .1rem .45rem; border-radius: 999px; background: var(--card); border: 1px solid var(--line); white-space: nowrap; }
        .state-approved, .state-published { background: var(--ok); } .state-rejected, .state-archived { background: var(--bad); }
        .state-in-review { background: var(--warn); }
        .flag { font-size: .75rem; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; }
        .actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .6rem 0 1rem; }
        form.action { display: inline-flex; gap: .4rem; align-items: center; margin: 0; } form.inline { display: inline; }
        .note, .note input { width: 11rem; }
        .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
        @media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
        .preview iframe { width: 100%; height: 75vh; border: 1px solid var(--line); border-radius: 8px; background: #fff; }
        .side ul, .side ol { padding-left: 1.2rem; } .side li { margin: .15rem 0; }
        .suggestion { border: 1px solid var(--line); border-radius: 8px; padding: .4rem 1rem 1rem; background: var(--card); }
        .warning { background: var(--warn); padding: .4rem .6rem; border-radius: 6px; }
        .diff { border: 1px solid var(--line); border-radius: 8px; overflow: auto; margin: .5rem 0; }
        .diff-title { padding: .4rem .6rem; margin: 0; border-bottom: 1px solid var(--line); }
        .hunk { width: 100%; border-collapse: collapse; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; border-bottom: 1px solid var(--line); }
        .hunk td { padding: 0 .5rem; vertical-align: top; white-space: pre-wrap; } .hunk td.n { color: var(--muted); width: 3rem; text-align: right; user-select: none; }
        tr.removed { background: var(--del); } tr.added { background: var(--add); } tr.changed { background: var(--warn); }
        del { background: var(--del); text-decoration: line-through; } ins { background: var(--add); text-decoration: none; font-weight: 600; }
        .editor label, .label { display: block; font-weight: 600; margin: .6rem 0 .2rem; } .editor #title { width: 100%; }
        .editor-panes { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; } @media (max-width: 900px) { .editor-panes { grid-template-columns: 1fr; } }
        textarea { width: 100%; font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; }
        .live-preview, .rendered { border: 1px solid var(--line); border-radius: 8px; padding: .5rem 1rem; min-height: 10rem; overflow: auto; }
        .live-preview { max-height: 38rem; }
        .comment { border: 1px solid var(--line); border-radius: 8px; padding: .2rem 1rem .8rem; margin: .8rem 0; }
        .comment.role-agent { background: var(--card); } .comment-text { white-space: pre-wrap; }
        .help { position: fixed; right: 1rem; top: 3.5rem; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: .2rem 1rem; box-shadow: 0 4px 24px #0003; z-index: 2; }
        .help dt { font-family: ui-monospace, monospace; float: left; width: 7rem; } .help dd { margin-left: 7.5rem; }
        .help-toggle { background: transparent; color: var(--accent); }
        """

    static let js = """
        "use strict";
        (function () {
          const typing = (e) => /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable;
          const help = document.getElementById("help");
          const helpButton = document.querySelector("[data-help]");
          function toggleHelp() { if (!help) return; help.hidden = !help.hidden; if (helpButton) helpButton.setAttribute("aria-expanded", String(!help.hidden)); }
          if (helpButton) helpButton.addEventListener("click", toggleHelp);
          const rows = Array.from(document.querySelectorAll("[data-row]"));
          let selected = -1;
          function select(i) {
            if (!rows.length) return;
            selected = Math.max(0, Math.min(rows.length - 1, i));
            rows.forEach((r, j) => r.classList.toggle("selected", j === selected));
            rows[selected].scrollIntoView({ block: "nearest" });
          }
          let pendingG = false;
          document.addEventListener("keydown", (e) => {
            if (e.ctrlKey && e.key === "Enter") {
              const review = document.querySelector("[data-review]"); const save = document.querySelector("[data-save]");
              const target = review || save; if (target) { e.preventDefault(); target.click(); } return;
            }
            if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
            if (e.key === "?") { toggleHelp(); return; }
            if (pendingG) { pendingG = false; if (e.key === "q") { location.href = "/"; } return; }
            if (e.key === "g") { pendingG = true; return; }
            if (rows.length && (e.key === "j" || e.key === "k")) { select(selected + (e.key === "j" ? 1 : -1)); return; }
            if (rows.length && (e.key === "o" || e.key === "Enter") && selected >= 0) { location.href = rows[selected].dataset.href; return; }
            const target = document.querySelector('[data-key="' + e.key + '"]');
            if (target) { e.preventDefault(); target.click(); }
          });
          const editor = document.querySelector("[data-editor]");
          if (editor) {
            const body = editor.querySelector("[data-body]");
            const out = editor.querySelector("[data-live-preview]");
            const csrf = editor.querySelector("[data-csrf]").value;
            let timer = null;
            function refresh() {
              fetch("/api/preview", { method: "POST", headers: { "Content-Type": "text/markdown; charset=utf-8", "X-CSRF-Token": csrf }, body: body.value })
                .then((r) => r.ok ? r.text() : Promise.reject(r.status))
                .then((html) => { const doc = new DOMParser().parseFromString(html, "text/html"); out.replaceChildren(...doc.body.childNodes); })
                .catch(() => {});
            }
            body.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(refresh, 250); });
            refresh();
          }
        })();
        """
}
