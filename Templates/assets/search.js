/* Casebook help center search: no server, no dependency, works from file:// and any static host.
   The index (written by `casebook publish` under assets/search/<language>/) is a set of small scripts
   loaded on demand with <script> tags: meta.js (how many buckets), t-<bucket>-<letter>.js (words starting
   with that letter → "doc:weight" postings) and d-<bucket>.js (title, link, category, text of each article).
   Words are folded as publish folds them (lowercase, no accents, œ æ ß spelled out, split at anything that is
   not a letter or digit); matching is exact, stemmed (English, French, light German and Spanish), by prefix
   and, for words of 5 letters or more, with one typo (two from 8 letters). Titles weigh more than bodies. */
(function () {
  "use strict";

  var loaded = {};
  var meta = {};
  var terms = {};
  var docs = {};

  window.CasebookSearch = {
    meta: function (lang, value) { meta[lang] = value; },
    /* For the benchmark (Benchmarks/publish/query.js): the search itself and the loaded documents. */
    __search: function (form, query) { return search(form, query); },
    __docs: docs,
    terms: function (lang, bucket, letter, value) { terms[lang + "/" + bucket + "/" + letter] = value; },
    docs: function (lang, bucket, value) { docs[lang + "/" + bucket] = value; }
  };

  function load(src) {
    if (!loaded[src]) {
      loaded[src] = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = function () { resolve(true); };
        script.onerror = function () { resolve(false); };
        document.head.appendChild(script);
      });
    }
    return loaded[src];
  }

  function fold(text) {
    return text.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss")
      .normalize("NFD").replace(/\p{Mn}/gu, "");
  }

  function tokens(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (word) {
      return word.length >= 2 && word.length <= 40;
    });
  }

  function strip(word, suffixes, keep) {
    for (var i = 0; i < suffixes.length; i++) {
      var suffix = suffixes[i];
      if (word.length - suffix.length >= keep && word.slice(-suffix.length) === suffix) {
        return word.slice(0, -suffix.length);
      }
    }
    return word;
  }

  var stemmers = {
    en: function (word) {
      if (word.length < 4) return word;
      if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + "i";
      var stem = strip(word, ["ational", "ization", "fulness", "ousness", "iveness", "ations", "ation", "ments",
        "ment", "ness", "ings", "ing", "edly", "ers", "ed", "er", "ly", "es", "s"], 3);
      if (/([bdfgmnprt])\1$/.test(stem)) stem = stem.slice(0, -1);
      if (stem.length > 3 && /e$/.test(stem)) stem = stem.slice(0, -1);
      if (stem.length > 3 && /y$/.test(stem)) stem = stem.slice(0, -1) + "i";
      return stem;
    },
    fr: function (word) {
      if (word.length < 4) return word;
      if (/aux$/.test(word)) return word.slice(0, -3) + "al";
      var stem = strip(word, ["issements", "issement", "atrices", "atrice", "ateurs", "ateur", "ations", "ation",
        "ements", "ement", "ments", "ment", "ites", "ite", "euses", "euse", "eux", "ives", "ive", "ees", "ee",
        "ees", "es", "er", "ez", "e", "s", "x"], 3);
      if (/(.)\1$/.test(stem)) stem = stem.slice(0, -1);
      return stem;
    },
    de: function (word) {
      return strip(word, ["ungen", "ung", "heiten", "heit", "keiten", "keit", "ern", "em", "en", "er", "es", "e",
        "n", "s"], 3);
    },
    es: function (word) {
      return strip(word, ["aciones", "acion", "amientos", "amiento", "mente", "idades", "idad", "ando", "iendo",
        "ados", "idos", "ado", "ido", "ar", "er", "ir", "es", "os", "as", "s", "a", "o", "e"], 3);
    }
  };

  function stemmer(lang) {
    return stemmers[lang.split("-")[0]] || function (word) { return word; };
  }

  /* Edit distance of a and b when it is at most max (else max + 1), with transpositions. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var previous2 = null, previous = [], current;
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (previous2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current.push(value);
        if (value < best) best = value;
      }
      if (best > max) return max + 1;
      previous2 = previous;
      previous = current;
    }
    return previous[b.length];
  }

  function letter(word) {
    var first = word.charAt(0);
    return /[a-z0-9]/.test(first) ? first : "_";
  }

  /* How well the query word q matches the index word t: 1 exact, 0.9 same stem, 0.7 prefix, 0.45 typo. */
  function quality(q, qStem, t, stem) {
    if (t === q) return 1;
    if (stem(t) === qStem) return 0.9;
    if (t.length > q.length && t.lastIndexOf(q, 0) === 0) return 0.7;
    if (q.length >= 5) {
      var allowed = q.length >= 8 ? 2 : 1;
      if (distance(q, t, allowed) <= allowed) return 0.45;
      if (t.length > q.length && distance(q, t.slice(0, q.length), allowed) <= allowed) return 0.35;
    }
    return 0;
  }

  function search(form, query) {
    var lang = form.getAttribute("data-lang");
    var base = form.getAttribute("data-index");
    var words = tokens(query);
    if (!words.length) return Promise.resolve(null);
    return load(base + "meta.js").then(function () {
      var info = meta[lang] || { buckets: 0 };
      var wanted = [];
      words.forEach(function (word) {
        for (var b = 0; b < info.buckets; b++) wanted.push(base + "t-" + b + "-" + letter(word) + ".js");
      });
      return Promise.all(wanted.map(load)).then(function () { return rank(lang, info.buckets, words); });
    }).then(function (ranked) {
      var buckets = {};
      ranked.slice(0, 10).forEach(function (hit) { buckets[hit.bucket] = true; });
      return Promise.all(Object.keys(buckets).map(function (b) {
        return load(base + "d-" + b + ".js");
      })).then(function () { return { ranked: ranked.slice(0, 10), words: words, lang: lang }; });
    });
  }

  function rank(lang, bucketCount, words) {
    var stem = stemmer(lang);
    var scores = {};
    var matchedAll = null;
    words.forEach(function (word) {
      var qStem = stem(word);
      var best = {};
      for (var b = 0; b < bucketCount; b++) {
        var table = terms[lang + "/" + b + "/" + letter(word)] || {};
        for (var term in table) {
          var match = quality(word, qStem, term, stem);
          if (!match) continue;
          var postings = table[term].split(",");
          var rarity = Math.log(1 + 1000 / postings.length);
          postings.forEach(function (posting) {
            var parts = posting.split(":");
            var key = b + ":" + parseInt(parts[0], 36);
            var score = match * Number(parts[1]) * rarity;
            if (!(key in best) || best[key] < score) best[key] = score;
          });
        }
      }
      var next = {};
      for (var key in best) {
        if (matchedAll === null || matchedAll[key]) {
          next[key] = true;
          scores[key] = (scores[key] || 0) + best[key];
        }
      }
      matchedAll = next;
    });
    return Object.keys(matchedAll || {}).map(function (key) {
      var parts = key.split(":");
      return { bucket: parts[0], index: Number(parts[1]), score: scores[key] };
    }).sort(function (a, b) { return b.score - a.score || a.bucket - b.bucket || a.index - b.index; });
  }

  /* text with every word that starts like a query word (or shares its stem) in <mark>, as DOM nodes. */
  function highlighted(text, words, stem, parent) {
    var parts = text.split(/([\p{L}\p{N}]+)/u);
    var stems = words.map(stem);
    parts.forEach(function (part) {
      var folded = fold(part);
      var hit = folded.length >= 2 && words.some(function (word, i) {
        return folded.lastIndexOf(word, 0) === 0 || (folded.length > 3 && stem(folded) === stems[i]) ||
          (word.length >= 5 && distance(word, folded, word.length >= 8 ? 2 : 1) <= (word.length >= 8 ? 2 : 1));
      });
      if (hit) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  function snippet(text, words) {
    var folded = fold(text);
    var at = -1;
    words.forEach(function (word) {
      var found = folded.search(new RegExp("(^|[^\\p{L}\\p{N}])" + word.slice(0, Math.max(3, word.length - 2)), "u"));
      if (found >= 0 && (at < 0 || found < at)) at = found;
    });
    var start = Math.max(0, at - 60);
    if (start > 0) start = text.indexOf(" ", start) + 1;
    var piece = text.slice(start, start + 180);
    return (start > 0 ? "… " : "") + piece + (start + 180 < text.length ? " …" : "");
  }

  function show(form, result) {
    var panel = form.querySelector(".search-results");
    var root = form.getAttribute("data-root") || "";
    panel.textContent = "";
    if (!result) {
      panel.hidden = true;
      return;
    }
    var stem = stemmer(result.lang);
    if (!result.ranked.length) {
      var empty = document.createElement("p");
      empty.className = "search-empty";
      empty.textContent = form.getAttribute("data-no-results");
      panel.appendChild(empty);
    } else {
      var list = document.createElement("ol");
      result.ranked.forEach(function (hit) {
        var doc = (docs[result.lang + "/" + hit.bucket] || [])[hit.index];
        if (!doc) return;
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + doc[1];
        var title = document.createElement("span");
        title.className = "search-result-title";
        highlighted(doc[0], result.words, stem, title);
        var category = document.createElement("span");
        category.className = "search-result-meta";
        category.textContent = doc[2];
        var text = document.createElement("span");
        text.className = "search-result-snippet";
        highlighted(snippet(doc[3], result.words), result.words, stem, text);
        link.appendChild(title);
        link.appendChild(category);
        link.appendChild(text);
        item.appendChild(link);
        list.appendChild(item);
      });
      panel.appendChild(list);
    }
    panel.hidden = false;
  }

  function attach(form) {
    var input = form.querySelector(".search-input");
    var latest = 0;
    var run = function () {
      var ticket = ++latest;
      search(form, input.value).then(function (result) {
        if (ticket === latest) show(form, result);
      });
    };
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        form.querySelector(".search-results").hidden = true;
      }
    });
    form.addEventListener("submit", function (event) {
      if (!form.closest(".search-page-form")) return;
      event.preventDefault();
      run();
    });
    if (form.closest(".search-page-form")) {
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) {
        input.value = query;
        run();
      }
    }
  }

  document.querySelectorAll("form.search-form").forEach(attach);
})();
