// Loads a published site's search index in Node (as the browser's script tags would) and times one query.
// node query.js SITE LANGUAGE "query"
const fs = require("fs");
const path = require("path");
const [site, lang, query] = process.argv.slice(2);
const scripts = {};
global.window = global;
global.document = {
  head: { appendChild: (s) => { setImmediate(() => { try { eval(fs.readFileSync(path.join(site, s.src), "utf8")); s.onload(); } catch (e) { s.onerror(); } }); } },
  createElement: () => ({}), querySelectorAll: () => [],
};
eval(fs.readFileSync(path.join(site, "assets/search.js"), "utf8"));
const started = process.hrtime.bigint();
window.CasebookSearch.__search({ getAttribute: (n) => ({ "data-lang": lang, "data-index": `assets/search/${lang}/` })[n] }, query)
  .then((result) => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const top = result.ranked[0];
    const doc = top ? (window.CasebookSearch.__docs[lang + "/" + top.bucket] || [])[top.index] : null;
    console.log(JSON.stringify({ query, ms: Math.round(ms * 10) / 10, results: result.ranked.length, first: doc && doc[0] }));
  });
