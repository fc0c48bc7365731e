/* Casebook search: plain ES2017, no dependencies, no third-party request.
 *
 * Every page: a small search form is added to Material's header; it submits to search/?q=.
 * Search page (docs/search.md, the #cb-search form): Vietnamese-first search over two
 * indexes that the casebook plugin builds with the site:
 *   - search/first/: the first index (plugins/casebook/first_index.py), a few fields per
 *     page (title, unit, place, practices, lessons, documents cited). Terms are folded
 *     syllables and syllable pairs without positions, so "dang vien" is one small lookup
 *     for every spelling and a phrase is "all its pairs on the page". What a first search
 *     downloads stays small whatever the number of cases, and no WebAssembly is needed.
 *   - pagefind/: Pagefind's bundles of the full text of every page, searched when the reader
 *     asks for it ("Tìm trong toàn văn", ?toan-van=1 in the URL) or when the first index
 *     finds nothing. The notes below on Pagefind apply to that mode.
 *   - A large site has several bundles (pagefind/, pagefind-2/ …, listed in
 *     pagefind/bundles.json; plugins/casebook/live_index.py), merged into one instance with
 *     Pagefind's mergeIndex; facets add up over the bundles.
 *   - Pagefind folds tone marks but not d/đ: syllables typed with "d" are also tried with "đ"
 *     (at most 8 combinations) and the result lists are merged by page.
 *   - A query typed with marks is also searched with exact marks (a second Pagefind instance
 *     with exactDiacritics); those pages rank first. Not for document numbers: their page
 *     ranks first anyway, and a second instance downloads the WebAssembly again.
 *   - A multi-syllable query is also searched as a quoted phrase: phrase hits rank above
 *     scattered syllables. Pagefind's phrase search misses pages where a word also occurs
 *     with other marks ("chi" next to "chỉ"), so the text of the top results is checked too.
 *   - Regulation numbers ("22-QĐ/TW", "qd 22", "quy dinh 22") are rewritten to "22 qđ tw";
 *     the regulation page with that number ranks first.
 *   - Facet counts are computed over the merged results (OR within a group, AND across).
 *   - The excerpt is the body sentence with the most query words (phrase first), never the
 *     title or the fact fields the card already shows; matched words are marked. A page of
 *     the first index whose body text has no query word shows its first sentence.
 *   - The state lives in the URL (?q=…&practice=…), so a search can be shared.
 *
 * What the first search downloads is kept small: one Pagefind instance (the exact-marks one
 * starts with the first query typed with marks), the filter data only once the filter panel
 * is opened or the URL selects a filter, and the text of the top results only.
 */
(function () {
  "use strict";

  var POOL = 20; // top results whose text is loaded to check phrases and regulation numbers
  var PAGE = 10; // results shown per "Xem thêm"
  var FULL = "pagefind/"; // Pagefind's first full-text bundle; bundles.json lists them all
  var FIRST = "search/first/"; // the first index (plugins/casebook/first_index.py)
  var base = siteBase();
  var form = document.getElementById("cb-search");
  if (form) searchPage(form);
  else headerForm();

  /** The site root, from Material's config ("base" is relative to the current page). */
  function siteBase() {
    var rel = ".";
    try {
      rel = JSON.parse(document.getElementById("__config").textContent).base || ".";
    } catch (e) {
      /* not a Material page: assume the page is at the root */
    }
    return new URL(rel.replace(/\/*$/, "/"), location.href);
  }

  /** document.createElement with attributes and text (never HTML). */
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    if (text != null) node.textContent = text;
    return node;
  }

  // ---------------------------------------------------------------- header form (every page)

  function headerForm() {
    var inner = document.querySelector(".md-header__inner");
    if (!inner) return;
    var action = new URL("search/", base).href;
    var f = el("form", { class: "cb-hsearch", role: "search", method: "get", action: action });
    f.setAttribute("aria-label", "Tìm kiếm");
    f.appendChild(el("label", { class: "cb-sr", for: "cb-hq" }, "Tìm mô hình, cách làm, văn bản"));
    f.appendChild(el("input", {
      id: "cb-hq", class: "cb-hsearch__input", type: "search", name: "q",
      placeholder: "Tìm kiếm", autocomplete: "off", enterkeyhint: "search",
    }));
    var button = el("button", { class: "cb-hsearch__button", type: "submit", title: "Tìm" });
    button.appendChild(el("span", { class: "cb-sr" }, "Tìm"));
    button.appendChild(magnifier());
    f.appendChild(button);
    inner.insertBefore(f, inner.querySelector(".md-header__source")); // null: at the end
  }

  function magnifier() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5");
    svg.appendChild(path);
    return svg;
  }

  // ---------------------------------------------------------------- query analysis (pure)

  /** Strip tone marks and other diacritics, and đ → d: the comparison form. */
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  }

  /** Lowercase words (letters and digits), punctuation dropped, joined by single spaces. */
  function words(s) {
    return (s.normalize("NFC").toLowerCase().match(/[0-9a-z\u00c0-\u024f\u1e00-\u1eff]+/g) || []).join(" ");
  }

  var TYPE_NAMES = {
    "quy dinh": "qd", "quyet dinh": "qd", "nghi quyet": "nq", "chi thi": "ct", "ket luan": "kl",
    "huong dan": "hd", "ke hoach": "kh", "cong van": "cv", "thong bao": "tb",
  };
  var ABBR = "qdi|qd|nq|ct|kl|hd|kh|cv|tb";
  var ISSUERS = "tw|tu|cb|ubkttw|btctw|ubkt"; // issuers recognised after a space ("22 qd tw")
  var TAIL = "(?:\\s*[-/]\\s*(?:(?:" + ABBR + ")\\s*[-/]\\s*)?([a-z]{2,8})|\\s+(" + ISSUERS + "))?(?![0-9a-z])";
  // "22-QĐ/TW", "22/QĐ-TW", "22 QD TW", "08-QĐi/TW", "14/KH-CAH" (matched on the folded query)
  var NUM_FIRST = new RegExp("(^|[^0-9a-z])(\\d{1,4})\\s*[-/ ]\\s*(" + ABBR + ")" + TAIL);
  // "qd 22", "QĐ 22", "quy dinh 22", "quy định số 22"
  var TYPE_FIRST = new RegExp("(^|[^0-9a-z])(" + ABBR + "|" + Object.keys(TYPE_NAMES).join("|") +
    ")\\s*(?:so\\s*)?(\\d{1,4})" + TAIL);

  /** A regulation number in the query: {num, type, issuer, start, end, text} or null. */
  function regulation(q) {
    // Fold character by character so that positions in the folded text match the query.
    var f = q.split("").map(function (c) {
      var x = fold(c);
      return x.length === 1 ? x : c;
    }).join("");
    var m = NUM_FIRST.exec(f), num, type;
    if (m) {
      num = m[2];
      type = m[3];
    } else if ((m = TYPE_FIRST.exec(f))) {
      num = m[3];
      type = TYPE_NAMES[m[2]] || m[2];
    } else {
      return null;
    }
    var issuer = m[4] || m[5] || null;
    var end = m.index + m[0].length;
    var marked = type === "qd" ? "qđ" : type === "qdi" ? "qđi" : type;
    // The issuer ends the match: keep it as typed ("ĐUCA" stays "đuca").
    var typed = issuer ? " " + q.slice(end - issuer.length, end) : "";
    return {
      num: num, type: type, issuer: issuer, start: m.index + m[1].length, end: end,
      text: num + " " + marked + typed,
    };
  }

  /** Does a regulation page's symbol ("22-QĐ/TW") carry the number the query asked for? */
  function symbolMatches(symbol, reg) {
    var m = /^(\d+)\s*[-/]\s*([a-z]+)(?:\s*[-/]\s*([a-z]+))?/.exec(fold(symbol || "").toLowerCase());
    if (!m || Number(m[1]) !== Number(reg.num)) return false;
    if (m[2] !== reg.type && !(reg.type === "qd" && m[2] === "qdi")) return false;
    return !reg.issuer || m[3] === reg.issuer;
  }

  /** Every d/đ spelling of the syllables that start with "d", as typed first (at most 8). */
  function dVariants(list) {
    var ds = [];
    list.forEach(function (w, i) {
      if (w.charAt(0) === "d" && ds.length < 10) ds.push(i);
    });
    var bits = function (m) {
      return m.toString(2).replace(/0/g, "").length;
    };
    var masks = [];
    for (var m = 0; m < 1 << ds.length; m++) masks.push(m);
    masks.sort(function (a, b) {
      return bits(a) - bits(b) || a - b;
    });
    masks = masks.slice(0, 8);
    var all = (1 << ds.length) - 1;
    if (masks.indexOf(all) < 0) masks[7] = all; // always try "every d is đ"
    return masks.map(function (mask) {
      return list.map(function (w, i) {
        var k = ds.indexOf(i);
        return k >= 0 && mask & (1 << k) ? "đ" + w.slice(1) : w;
      }).join(" ");
    });
  }

  /** Normalise the query (NFC, lowercase, one space) and work out what to search for. */
  function analyse(raw) {
    var q = raw.normalize("NFC").toLowerCase().replace(/["“”]/g, " ").replace(/\s+/g, " ").trim();
    var reg = regulation(q);
    if (reg) q = (q.slice(0, reg.start) + " " + reg.text + " " + q.slice(reg.end)).replace(/\s+/g, " ").trim();
    var list = q ? q.split(" ") : [];
    return { q: q, words: list, reg: reg, marked: fold(q) !== q, variants: dVariants(list) };
  }

  // ---------------------------------------------------------------- ranking

  // Which Pagefind result object to keep for a page (its excerpt highlights what it matched).
  var PREFER = { plain: 1, exact: 2, phrase: 3, exactPhrase: 4 };

  /** Sort key, best first: regulation number, exact phrase, exact words, folded phrase, score. */
  function compare(a, b) {
    var ka = key(a), kb = key(b);
    for (var i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i] - ka[i];
    return 0;
  }
  function key(h) {
    if (h.rank) return h.rank;
    var f = h.flags;
    return [h.reg ? 1 : 0, f.exactPhrase ? 1 : 0, f.exact ? 1 : 0, f.phrase ? 1 : 0,
      f.exact ? h.exactScore : h.score];
  }

  /** Run every Pagefind search the query needs; merge by page; sort. */
  async function candidates(engine, a) {
    var runs = [];
    var useExact = a.marked && !a.reg;
    var exact = useExact ? await exactEngine(engine) : null;
    var run = function (instance, term, kind) {
      return instance.search(term).then(function (r) {
        return { kind: kind, results: r.results };
      });
    };
    var multi = a.words.length > 1;
    a.variants.forEach(function (v) {
      runs.push(run(engine.fold, v, "plain"));
      if (multi) runs.push(run(engine.fold, '"' + v + '"', "phrase"));
    });
    if (useExact) {
      runs.push(run(exact, a.q, "exact"));
      if (multi) runs.push(run(exact, '"' + a.q + '"', "exactPhrase"));
    }
    var done = await Promise.all(runs);
    // A spelling that few pages use ("dang vien": "dạng") is less likely the one meant.
    var most = done.reduce(function (m, r) {
      return r.kind === "plain" ? Math.max(m, r.results.length) : m;
    }, 1);
    var byId = new Map();
    done.forEach(function (r) {
      // Scores of different searches are not comparable: scale each search to its best page.
      var top = r.results.reduce(function (m, x) {
        return Math.max(m, x.score);
      }, 0);
      var weight = r.kind === "plain" ? Math.sqrt(r.results.length / most) : 1;
      r.results.forEach(function (res) {
        var h = byId.get(res.id);
        if (!h) {
          h = { id: res.id, result: res, kind: r.kind, flags: {}, score: 0, exactScore: 0, reg: false };
          byId.set(res.id, h);
        }
        h.flags[r.kind] = true;
        var s = top > 0 ? (weight * res.score) / top : 0;
        if (r.kind === "plain") h.score = Math.max(h.score, s);
        if (r.kind === "exact") h.exactScore = Math.max(h.exactScore, s);
        if (PREFER[r.kind] > PREFER[h.kind] && res.words && res.words.length) {
          h.result = res;
          h.kind = r.kind;
        }
      });
    });
    return Array.from(byId.values()).sort(compare);
  }

  /** Load a result's fragment (url, excerpt, meta, content) once; it ends up in h.data.
   * Pages listed by filters alone have no Pagefind result: their fragment is read directly. */
  function loadData(engine, h) {
    h.pending = h.pending || engine.data(h).then(function (d) {
      return (h.data = d);
    });
    return h.pending;
  }

  /** Check the text of the POOL results from `from` on (those not shown yet) for the phrase
   * and the regulation number; re-sort them. */
  async function rerank(engine, hits, a, from) {
    var pool = hits.slice(from, from + POOL);
    await Promise.all(pool.map(function (h) {
      return loadData(engine, h);
    }));
    var phrase = a.words.join(" ");
    pool.forEach(function (h) {
      var d = h.data, meta = d.meta || {};
      if (a.reg && meta.kind === "van-ban" && symbolMatches(meta.symbol, a.reg)) h.reg = true;
      if (a.words.length < 2) return;
      var text = " " + words((meta.title || "") + " " + d.content) + " ";
      if (a.marked && text.indexOf(" " + phrase + " ") >= 0) h.flags.exactPhrase = h.flags.exact = true;
      if (fold(text).indexOf(" " + fold(phrase) + " ") >= 0) h.flags.phrase = true;
    });
    return hits.slice(0, from).concat(pool.sort(compare), hits.slice(from + POOL));
  }

  // ---------------------------------------------------------------- Pagefind

  /** The full text: a Pagefind instance with Pagefind's default folding (tone marks, not đ)
   * over every bundle (a site written before bundles were split has no bundles.json). */
  async function pagefindEngine(dir) {
    var listed = await fetch(new URL(dir + "bundles.json", base)).then(function (r) {
      return r.ok ? r.json() : { bundles: [dir] };
    }, function () {
      return { bundles: [dir] };
    });
    var pagefind = await import(new URL(dir + "pagefind.js", base).href);
    var parts = listed.bundles;
    var fold = await bundlesInstance(pagefind, parts, {});
    var engine = { pagefind: pagefind, fold: fold, parts: parts, partOf: new Map(), exact: null,
      dir: dir, full: true, rerank: true };
    engine.search = function (a) {
      return candidates(engine, a);
    };
    engine.data = function (h) {
      return h.result ? h.result.data() : fragment(engine.partOf.get(h.id), h.id);
    };
    engine.facets = function () {
      return loadFacets(engine);
    };
    return engine;
  }

  // ---------------------------------------------------------------- the first index

  /** FNV-1a over code points, as plugins/casebook/first_index.py computes it. */
  function shardOf(term, shards) {
    var h = 0x811c9dc5;
    for (var ch of term) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
    return h % shards;
  }

  /** Page gaps × 4 + weight → {page number: weight}. */
  function postings(list) {
    var out = new Map(), page = 0;
    (list || []).forEach(function (v) {
      page += Math.floor(v / 4);
      out.set(page, v % 4);
    });
    return out;
  }

  async function firstEngine() {
    var files = {};
    var get = function (name) {
      files[name] = files[name] || fetch(new URL(FIRST + name, base)).then(function (r) {
        if (!r.ok) throw new Error(name + ": " + r.status);
        return r.json();
      });
      return files[name];
    };
    var head = await get("index.json");
    var engine = { dir: FIRST, full: false, rerank: false, verify: true };
    engine.search = function (a) {
      return firstSearch(a, head, function (term) {
        return get("t" + shardOf(term, head.shards) + ".json").then(function (shard) {
          return postings(shard[term]);
        });
      });
    };
    engine.data = async function (h) {
      var r = (await get("r" + Math.floor(h.id / head.records) + ".json"))[h.id % head.records];
      var meta = Object.assign({ title: r.t }, r.m);
      // The text excerpts quote: body text kept for them only ("q"), then the indexed body
      // text ("x"); phrases are checked on what the index holds.
      var text = (r.q || []).concat(r.x).join(" ");
      return { url: new URL(r.u, base).pathname, meta: meta, text: text, blocks: [r.t].concat(r.x, r.f) };
    };
    engine.facets = async function () {
      var data = await get("facets.json"), values = {}, member = {};
      Object.keys(data).forEach(function (g) {
        values[g] = {};
        member[g] = {};
        Object.keys(data[g]).forEach(function (v) {
          var set = new Set(), n = 0;
          data[g][v].forEach(function (gap) {
            set.add((n += gap));
          });
          values[g][v] = set.size;
          member[g][v] = set;
        });
      });
      engine.values = values;
      engine.member = member;
      engine.all = [];
      for (var i = 0; i < head.pages; i++) engine.all.push({ id: i, flags: {}, order: i });
    };
    return engine;
  }

  /** A phrase of three syllables or more is flagged when every pair of it is on the page;
   * before a page is shown with that flag, its text is checked for the whole phrase, and a
   * page without it moves down. Repeats until the pages about to be shown are checked. */
  async function verifyPhrases(engine, hits, a, from) {
    if (a.words.length < 3) return hits; // two syllables: the pair is the phrase
    var phrase = " " + a.words.join(" ") + " ";
    for (;;) {
      var todo = hits.slice(from, from + PAGE).filter(function (h) {
        return (h.flags.phrase || h.flags.exactPhrase) && !h.verified;
      });
      if (!todo.length) return hits;
      await Promise.all(todo.map(function (h) {
        return loadData(engine, h);
      }));
      todo.forEach(function (h) {
        h.verified = true;
        var texts = h.data.blocks.map(function (b) {
          return " " + words(b) + " ";
        });
        var has = function (t) {
          return texts.some(function (x) {
            return t(x).indexOf(t(phrase)) >= 0;
          });
        };
        var same = function (x) {
          return x;
        };
        h.flags.exactPhrase = h.flags.exactPhrase && has(same);
        h.flags.phrase = h.flags.phrase && has(fold);
        h.rank[1] = Number(h.flags.exactPhrase);
        h.rank[3] = Number(h.flags.phrase);
      });
      hits = hits.slice(0, from).concat(hits.slice(from).sort(compare));
    }
  }

  /** Rank the pages of the first index for a query: document number, then the phrase with
   * the reader's marks, the page whose title is the query, the phrase folded, every word
   * with the reader's marks, every word,
   * more words, then the weight of where the words occur (title, fact field, body text)
   * times their rarity. A phrase is "every pair of adjacent syllables on the page". */
  async function firstSearch(a, head, lookup) {
    var folded = a.words.map(fold);
    var pairs = function (ws, prefix) {
      return ws.slice(1).map(function (w, i) {
        return prefix + ws[i] + " " + w;
      });
    };
    var exact = a.marked && !a.reg;
    var wanted = {
      words: folded, pairs: pairs(folded, ""),
      exactWords: exact ? a.words.map(function (w) {
        return "=" + w;
      }) : [],
      exactPairs: exact ? pairs(a.words, "=") : [],
      reg: a.reg ? ["#" + Number(a.reg.num) + a.reg.type + (a.reg.issuer || "")] : [],
      title: ["^" + folded.join(" ")],
    };
    var lists = {};
    await Promise.all(Object.keys(wanted).map(async function (k) {
      lists[k] = await Promise.all(wanted[k].map(lookup));
    }));
    var pages = new Map();
    lists.words.forEach(function (list) {
      var idf = Math.log(1 + head.pages / (1 + list.size));
      list.forEach(function (weight, page) {
        var p = pages.get(page) || { words: 0, score: 0 };
        p.words++;
        p.score += weight * idf;
        pages.set(page, p);
      });
    });
    var count = function (k, page) {
      return lists[k].filter(function (list) {
        return list.has(page);
      }).length;
    };
    var multi = folded.length > 1;
    return Array.from(pages.keys()).map(function (page) {
      var p = pages.get(page), np = count("pairs", page);
      var all = p.words === folded.length;
      var ew = count("exactWords", page), ep = count("exactPairs", page);
      var flags = {
        reg: count("reg", page) > 0,
        title: count("title", page) > 0,
        exactPhrase: exact && multi && ep === wanted.exactPairs.length,
        phrase: multi && np === wanted.pairs.length,
        exact: exact && ew === wanted.exactWords.length,
        all: all,
      };
      var rank = [flags.reg, flags.exactPhrase, flags.title, flags.phrase, flags.exact, all, p.words,
        np + ep + ew, p.score]
        .map(Number);
      return { id: page, flags: flags, reg: flags.reg, rank: rank };
    }).sort(compare);
  }

  /** One Pagefind instance searching every bundle: the first, with the others merged in
   * (Pagefind's mergeIndex: one WebAssembly download, results merged by score). */
  async function bundlesInstance(pagefind, dirs, options) {
    var instance = pagefind.createInstance({ basePath: new URL(dirs[0], base).pathname });
    if (Object.keys(options).length) await instance.options(options);
    await instance.init();
    await Promise.all(dirs.slice(1).map(function (d) {
      return instance.mergeIndex(new URL(d, base).pathname, options);
    }));
    return instance;
  }

  /** A second instance that keeps marks, started by the first query typed with marks. */
  function exactEngine(engine) {
    engine.exact = engine.exact || bundlesInstance(engine.pagefind, engine.parts, { exactDiacritics: true });
    return engine.exact;
  }

  // Pagefind's files: gzip (or not), then the signature, then CBOR (index files) or JSON.
  var SIGNATURE = "pagefind_dcd";

  async function bundleFile(dir, path) {
    var response = await fetch(new URL(dir + path, base));
    if (!response.ok) throw new Error(path + ": " + response.status);
    var bytes = new Uint8Array(await response.arrayBuffer());
    var decoder = new TextDecoder();
    if (decoder.decode(bytes.slice(0, 12)) !== SIGNATURE) {
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    }
    if (decoder.decode(bytes.slice(0, 12)) !== SIGNATURE) throw new Error(path + ": not Pagefind");
    return bytes.subarray(12);
  }

  /** A page's fragment as Pagefind's result.data() gives it (without excerpt). */
  async function fragment(dir, id) {
    var d = JSON.parse(new TextDecoder().decode(await bundleFile(dir, "fragment/" + id + ".pf_fragment")));
    d.url = new URL(d.url.replace(/^\//, ""), base).pathname;
    return d;
  }

  /** Minimal CBOR reader (RFC 8949 major types 0-5 and simple values): Pagefind's meta and
   * filter files. */
  function cbor(bytes) {
    var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    var text = new TextDecoder(), i = 0;
    function length(info) {
      if (info < 24) return info;
      if (info === 24) return view.getUint8(i++);
      if (info === 25) return (i += 2), view.getUint16(i - 2);
      if (info === 26) return (i += 4), view.getUint32(i - 4);
      if (info === 27) return (i += 8), Number(view.getBigUint64(i - 8));
      if (info === 31) return -1; // indefinite
      throw new Error("CBOR: " + info);
    }
    function item() {
      var head = view.getUint8(i++), type = head >> 5, n = length(head & 31), out, k;
      if (type === 0) return n;
      if (type === 1) return -1 - n;
      if (type === 2 || type === 3) {
        if (n < 0) throw new Error("CBOR: chunked string");
        out = bytes.subarray(i, i + n);
        i += n;
        return type === 3 ? text.decode(out) : out;
      }
      if (type === 4) {
        out = [];
        if (n < 0) while (view.getUint8(i) !== 0xff) out.push(item());
        else for (k = 0; k < n; k++) out.push(item());
        if (n < 0) i++;
        return out;
      }
      if (type === 5) {
        out = {};
        for (k = 0; n < 0 ? view.getUint8(i) !== 0xff : k < n; k++) out[item()] = item();
        if (n < 0) i++;
        return out;
      }
      if (type === 6) return item(); // tag: its content
      return n === 20 ? false : n === 21 ? true : null;
    }
    return item();
  }

  /** Filter values, and which pages carry each, read from Pagefind's own filter files. Facet
   * counts are computed from this over the merged results of a query, which no single
   * Pagefind search (and so no count Pagefind returns) describes. A filter-only Pagefind
   * search would give the same but loads the whole word index first. */
  async function loadFacets(engine) {
    var values = {}, member = {}, all = [];
    await Promise.all(engine.parts.map(async function (dir, p) {
      var ids = await bundleFacets(dir, values, member);
      ids.forEach(function (id, i) {
        engine.partOf.set(id, dir);
        all.push({ id: id, flags: {}, order: [p, i] });
      });
    }));
    var kinds = ["Mô hình", "Cách làm", "Văn bản"].map(function (v) {
      return (member.loai || {})[v] || new Set();
    });
    var rank = function (id) {
      for (var i = 0; i < kinds.length; i++) if (kinds[i].has(id)) return i;
      return kinds.length;
    };
    // Browsing without a query: cases first, then practices, then regulations.
    engine.all = all.sort(function (a, b) {
      return rank(a.id) - rank(b.id) || a.order[0] - b.order[0] || a.order[1] - b.order[1];
    });
    engine.values = values;
    engine.member = member;
  }

  /** One bundle's filter values, added to `values` (page counts) and `member` (page ids);
   * returns the bundle's page ids. */
  async function bundleFacets(dir, values, member) {
    var entry = JSON.parse(new TextDecoder().decode(await (await fetch(new URL(dir + "pagefind-entry.json", base))).arrayBuffer()));
    var langs = entry.languages, lang = document.documentElement.lang;
    var index = langs[lang] || langs[Object.keys(langs)[0]];
    // [version, fragment hashes, word chunks, filters [[name, hash]], sorts, meta fields]
    var meta = cbor(await bundleFile(dir, "pagefind." + index.hash + ".pf_meta"));
    var ids = meta[1].map(function (page) {
      return page[0];
    });
    await Promise.all(meta[3].map(async function (f) {
      var data = cbor(await bundleFile(dir, "filter/" + f[1] + ".pf_filter")); // [name, [[value, pages]]]
      var g = data[0];
      values[g] = values[g] || {};
      member[g] = member[g] || {};
      data[1].forEach(function (pair) {
        var set = (member[g][pair[0]] = member[g][pair[0]] || new Set());
        values[g][pair[0]] = (values[g][pair[0]] || 0) + pair[1].length;
        pair[1].forEach(function (n) {
          set.add(ids[n]);
        });
      });
    }));
    return ids;
  }

  // ---------------------------------------------------------------- search page

  async function searchPage(form) {
    var input = document.getElementById("cb-q");
    var region = document.getElementById("cb-results");
    var status = document.getElementById("cb-status");
    var list = document.getElementById("cb-hits");
    var more = document.getElementById("cb-more");
    var filters = document.getElementById("cb-filters");
    var clear = document.getElementById("cb-clear");
    var chosen = document.getElementById("cb-filters-count");
    var groups = {}; // group -> {fieldset, list, options: {value: {label, box, count}}}
    Array.prototype.forEach.call(document.querySelectorAll("[data-cb-group]"), function (fs) {
      groups[fs.getAttribute("data-cb-group")] = {
        fieldset: fs, list: fs.querySelector(".cb-facet__list"), options: {},
      };
    });
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    // The filter data is loaded when the panel opens: it starts open only for a URL that
    // selects filters.
    var wanted = Object.keys(groups).some(function (g) {
      return params.has(g);
    });
    filters.open = wanted;

    var broken = function () {
      status.textContent = "Không tải được bộ tìm kiếm. Hãy tải lại trang; nếu vẫn lỗi, hãy tra cứu theo danh mục.";
      region.setAttribute("aria-busy", "false");
    };
    var fullText = document.getElementById("cb-full");
    var engines = {}; // bundle -> promise of its engine, started once needed
    var useEngine = function (full) {
      var dir = full ? FULL : FIRST;
      engines[dir] = engines[dir] || (full ? pagefindEngine(FULL) : firstEngine());
      return engines[dir];
    };
    var engine;
    try {
      engine = await useEngine(params.get("toan-van") === "1");
    } catch (e) {
      broken();
      return;
    }
    // autoFull: the query that fell back to the full text ("" when none did).
    var facetsWanted = false, built = false, autoFull = "";
    // Filter data of the active bundle (page ids differ between bundles), loaded once needed.
    var needFacets = function () {
      var e = engine;
      facetsWanted = true;
      e.facetsLoaded = e.facetsLoaded || e.facets().then(function () {
        if (!built) buildFacets(e.values, params);
        built = true;
        filters.setAttribute("data-cb-facets", "ready");
        if (e !== engine) return;
        // Browsing had nothing to list without the filter data; a query's results stay.
        if (current && !current.excerpts) update();
        else if (current) showCounts(current.all, selection());
      });
      return e.facetsLoaded;
    };
    fullText.addEventListener("click", function () {
      useEngine(!engine.full).then(function (e) {
        engine = e;
        autoFull = "";
        update();
      }, broken);
    });
    filters.addEventListener("toggle", function () {
      if (filters.open) needFacets().catch(broken);
    });

    var runId = 0, cache = { q: null, hits: null }, current = null, timer = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        update(true);
      }, 250);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      update();
    });
    filters.addEventListener("change", function (event) {
      if (event.target.type === "checkbox") update();
    });
    clear.addEventListener("click", function () {
      eachOption(function (o) {
        o.box.checked = false;
      });
      update();
      input.focus(); // the button hides itself: do not leave the focus on nothing
    });
    more.addEventListener("click", function () {
      var first = current.shown;
      showMore().then(function () {
        var link = list.children[first] && list.children[first].querySelector("a");
        if (link) link.focus(); // keyboard users continue at the first new result
      });
    });
    update();

    function eachOption(fn) {
      Object.keys(groups).forEach(function (g) {
        Object.keys(groups[g].options).forEach(function (v) {
          fn(groups[g].options[v], g, v);
        });
      });
    }

    function selection() {
      var sel = {};
      eachOption(function (o, g, v) {
        if (o.box.checked) (sel[g] = sel[g] || []).push(v);
      });
      return sel;
    }

    /** Does page `id` pass the selected filters of every group except `except`? */
    function passes(id, sel, except) {
      return Object.keys(sel).every(function (g) {
        return g === except || sel[g].some(function (v) {
          return engine.member[g][v].has(id);
        });
      });
    }

    function buildFacets(values, params) {
      Object.keys(groups).forEach(function (g) {
        var gr = groups[g];
        var vals = Object.keys(values[g] || {}).sort(order(g));
        gr.fieldset.hidden = !vals.length;
        if (vals.length > 8) gr.list.classList.add("cb-facet__list--long");
        vals.forEach(function (v) {
          var box = el("input", { type: "checkbox", name: g, value: v });
          box.checked = params.getAll(g).indexOf(v) >= 0;
          var label = el("label", { class: "cb-opt" });
          var count = el("span", { class: "cb-opt__count" });
          label.appendChild(box);
          label.appendChild(el("span", { class: "cb-opt__name" }, v));
          label.appendChild(count);
          gr.list.appendChild(label);
          gr.options[v] = { label: label, box: box, count: count };
        });
      });
    }

    function order(g) {
      if (g === "loai") {
        var fixed = ["Mô hình", "Cách làm", "Văn bản"];
        return function (a, b) {
          return fixed.indexOf(a) - fixed.indexOf(b);
        };
      }
      var last = function (v) {
        return /^(Không rõ|Chưa)/.test(v) ? 1 : 0;
      };
      return function (a, b) {
        if (last(a) !== last(b)) return last(a) - last(b);
        return g === "year" ? Number(b) - Number(a) : a.localeCompare(b, "vi");
      };
    }

    /** Counts per value over the query's results, given the other groups' selections. */
    function showCounts(hits, sel) {
      if (!engine.member) return; // the panel has not been opened yet
      var n = 0;
      Object.keys(groups).forEach(function (g) {
        var pool = hits.filter(function (h) {
          return passes(h.id, sel, g);
        });
        var visible = 0;
        Object.keys(groups[g].options).forEach(function (v) {
          var o = groups[g].options[v], set = engine.member[g][v];
          var count = pool.filter(function (h) {
            return set.has(h.id);
          }).length;
          o.count.textContent = count;
          o.count.setAttribute("data-count", count);
          o.count.setAttribute("aria-label", count + " kết quả");
          // Hide values that would give nothing, but never the checked or focused box.
          o.label.hidden = !count && !o.box.checked && document.activeElement !== o.box;
          if (!o.label.hidden) visible++;
          if (o.box.checked) n++;
        });
        groups[g].fieldset.hidden = !visible;
      });
      chosen.textContent = n ? "(" + n + " đang chọn)" : "";
      clear.hidden = !n;
    }

    function writeUrl(raw, sel) {
      var p = new URLSearchParams();
      if (raw) p.set("q", raw);
      if (engine.full) p.set("toan-van", "1");
      Object.keys(groups).forEach(function (g) {
        (sel[g] || []).forEach(function (v) {
          p.append(g, v);
        });
      });
      var s = p.toString();
      history.replaceState(history.state, "", location.pathname + (s ? "?" + s : "") + location.hash);
    }

    /** Search and show. `typing`: run by the input box as the reader types; a word may be
     * half typed, so an empty first index does not fall back to the full text (a large
     * download on a slow link) until the query is submitted. */
    async function update(typing) {
      var id = ++runId;
      var raw = input.value.trim();
      var a = analyse(raw);
      region.setAttribute("aria-busy", "true");
      if (autoFull && autoFull !== a.q) {
        // The last query fell back to the full text; a new one starts from the first index
        // (a filter change on the same query keeps the full text and its cached hits).
        autoFull = "";
        engine = await useEngine(false);
      }
      var key = engine.dir + " " + a.q;
      var found = !a.q ? null : cache.q === key ? cache.hits : engine.search(a);
      var hits;
      try {
        if (filters.open || facetsWanted) await needFacets();
        hits = a.q ? await found : engine.all || [];
        if (a.q && !hits.length && !engine.full && !typing && id === runId) {
          // Nothing in the first index: look in the full text before saying so.
          engine = await useEngine(true);
          autoFull = a.q;
          key = engine.dir + " " + a.q;
          if (facetsWanted) await needFacets();
          hits = await engine.search(a);
        }
      } catch (e) {
        if (id === runId) broken();
        return;
      }
      if (id !== runId) return;
      if (a.q) cache = { q: key, hits: hits };
      var sel = selection();
      writeUrl(raw, sel);
      showCounts(hits, sel);
      var shown = hits.filter(function (h) {
        return passes(h.id, sel, null);
      });
      list.textContent = "";
      more.hidden = true;
      fullText.hidden = !a.q;
      fullText.textContent = engine.full ? "Chỉ tìm trong tên, đơn vị, cách làm, bài học" : "Tìm trong toàn văn các bài";
      // Single words need no phrase check: their order is Pagefind's (and exact marks first).
      var check = a.words.length > 1 || a.reg ? a : null;
      current = { all: hits, hits: shown, shown: 0, excerpts: !!a.q, check: check, a: a };
      if (!a.q && !Object.keys(sel).length) {
        finish(id, raw, "Nhập từ khóa hoặc chọn bộ lọc để xem kết quả.");
        return;
      }
      await showMore();
      if (id !== runId) return;
      var text = shown.length + " kết quả";
      if (raw) text += " cho “" + raw + "”" + (engine.full ? " trong toàn văn" : "");
      if (!shown.length) {
        text = "Không có kết quả" + (raw ? " cho “" + raw + "”" : "") +
          ". Hãy thử ít từ hơn, gõ không dấu, hoặc bỏ bớt bộ lọc.";
      }
      finish(id, raw, text);
    }

    function finish(id, raw, text) {
      if (id !== runId) return;
      status.textContent = text;
      region.setAttribute("data-cb-query", raw);
      region.setAttribute("aria-busy", "false");
    }

    async function showMore() {
      var id = runId, cur = current, e = engine;
      // Each page of results is checked before it is shown: a phrase hit moves up.
      if (cur.check && e.rerank) cur.hits = await rerank(e, cur.hits, cur.check, cur.shown);
      if (cur.check && e.verify) cur.hits = await verifyPhrases(e, cur.hits, cur.check, cur.shown);
      if (id !== runId) return;
      var slice = cur.hits.slice(cur.shown, cur.shown + PAGE);
      await Promise.all(slice.map(function (h) {
        return loadData(e, h);
      }));
      if (id !== runId) return;
      slice.forEach(function (h) {
        list.appendChild(card(h.data, cur.excerpts ? cur.a : null, e.full));
      });
      cur.shown += slice.length;
      more.hidden = cur.shown >= cur.hits.length;
    }
  }

  // ---------------------------------------------------------------- result cards

  var KINDS = { "mo-hinh": "Mô hình", "cach-lam": "Cách làm", "van-ban": "Văn bản" };
  var STATUS = {
    "Còn hiệu lực": "in-force", "Đã được thay thế": "replaced", "Đã được sửa đổi": "amended",
    "Hết hiệu lực": "expired",
  };

  /** Headings carry Material's permalink sign; Pagefind indexes it with the title. */
  function clean(s) {
    return String(s || "").replace(/¶/g, "").trim();
  }

  function card(d, a, full) {
    var meta = d.meta || {}, kind = meta.kind || "";
    var li = el("li", { class: "cb-hit cb-hit--" + (kind || "trang") });
    li.appendChild(el("p", { class: "cb-hit__kind" }, KINDS[kind] || "Trang"));
    var h = el("h3", { class: "cb-hit__title" });
    h.appendChild(el("a", { href: d.url }, clean(meta.title) || d.url));
    li.appendChild(h);
    if (kind === "mo-hinh") {
      var place = meta.province && meta.province !== "Không rõ" ? meta.province : "";
      var facts = [meta.unit, place, meta.year].filter(Boolean).join(" · ");
      if (facts) li.appendChild(el("p", { class: "cb-hit__meta" }, facts));
      if (meta.practices) {
        li.appendChild(el("p", { class: "cb-hit__meta" }, "Cách làm: " + meta.practices.split("; ").join(", ")));
      }
    } else if (kind === "van-ban") {
      if (meta.summary) li.appendChild(el("p", { class: "cb-hit__summary" }, meta.summary));
      if (meta.status) {
        var p = el("p", { class: "cb-hit__meta" }, "Hiệu lực: ");
        p.appendChild(el("span", { class: "cb-status cb-status--" + (STATUS[meta.status] || "unknown") }, meta.status));
        li.appendChild(p);
      }
    }
    // No sentence with a query word (the page matched on its title or a fact field): the
    // first index's body text still gives the card its lead sentence, unmarked.
    var sentence = a && (bestSentence(body(d, full), a) || (!full && lead(body(d, full))));
    if (sentence) {
      var ex = el("p", { class: "cb-hit__excerpt" });
      ex.appendChild(marked(sentence, a));
      li.appendChild(ex);
    }
    return li;
  }

  // ---------------------------------------------------------------- excerpts

  var WORD = /[0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff]+/g;

  /** The text an excerpt may quote: the body, not the title or the fact fields. */
  function body(d, full) {
    if (!full) return d.text || "";
    var text = clean(d.content);
    var title = clean((d.meta || {}).title);
    return title && text.indexOf(title) === 0 ? text.slice(title.length) : text;
  }

  /** The sentence with the most query words (the whole phrase first, exact marks next),
   * cut to about 30 words around its first match; null when no sentence matches. */
  function bestSentence(text, a) {
    var wanted = a.words.map(fold), phrase = " " + fold(a.words.join(" ")) + " ";
    var best = null, bestScore = 0;
    sentences(text).forEach(function (s) {
      var ws = s.toLowerCase().match(WORD) || [], fw = ws.map(fold);
      var hits = wanted.filter(function (w) {
        return fw.indexOf(w) >= 0;
      }).length;
      if (!hits) return;
      var score = hits * 4 + (a.words.length > 1 && (" " + fw.join(" ") + " ").indexOf(phrase) >= 0 ? 100 : 0) +
        a.words.filter(function (w) {
          return ws.indexOf(w) >= 0;
        }).length;
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    });
    return best && trim(best, wanted);
  }

  /** A text's sentences (split after . ! ? ; :). */
  function sentences(text) {
    return text.split(/(?<=[.!?;:])\s+/);
  }

  /** The first sentence of a body text, cut to 30 words; null when there is none. */
  function lead(text) {
    var first = sentences(text).filter(function (s) {
      return s.match(WORD);
    })[0];
    return first ? trim(first, []) : null;
  }

  /** A long sentence cut to 30 words around its best match: the whole query as a phrase,
   * else the stretch holding the most query words. */
  function trim(s, wanted) {
    var ws = s.split(/\s+/), SPAN = 30;
    if (ws.length <= SPAN + 6) return s;
    var norm = ws.map(function (w) {
      return fold((w.toLowerCase().match(WORD) || [""])[0]);
    });
    var at = -1, best = 0, first = 0;
    for (var i = 0; i < ws.length && at < 0; i++) {
      if (wanted.length > 1 && wanted.every(function (w, k) {
        return norm[i + k] === w;
      })) at = i;
    }
    for (i = 0; at < 0 && i < ws.length; i++) {
      if (wanted.indexOf(norm[i]) < 0) continue;
      var seen = new Set(norm.slice(i, i + SPAN).filter(function (w) {
        return wanted.indexOf(w) >= 0;
      }));
      if (seen.size > best) {
        best = seen.size;
        first = i;
      }
    }
    if (at < 0) at = first;
    var from = Math.max(0, Math.min(at - 8, ws.length - SPAN));
    return (from ? "… " : "") + ws.slice(from, from + SPAN).join(" ") + (from + SPAN < ws.length ? " …" : "");
  }

  /** Text with every word of the query (compared folded) in <mark>. */
  function marked(s, a) {
    var wanted = a.words.map(fold), out = document.createDocumentFragment(), last = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(s))) {
      if (wanted.indexOf(fold(m[0].toLowerCase())) < 0) continue;
      out.appendChild(document.createTextNode(s.slice(last, m.index)));
      out.appendChild(el("mark", null, m[0]));
      last = m.index + m[0].length;
    }
    out.appendChild(document.createTextNode(s.slice(last)));
    return out;
  }
})();
