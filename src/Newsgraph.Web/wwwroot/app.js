// Newsgraph's browser UI: plain JavaScript over the JSON API, no libraries. Every piece of stored text reaches the page
// as a DOM text node (never as markup), so article text cannot inject HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const PALETTE = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42a5a5", "#f032e6", "#9a6324", "#808000", "#000075"];
const NO_SPEAKER = "#9aa3ad";

const RULES = {
  adjacentCue: "a cue next to the quote (“…,” she said)",
  introducingSentence: "the sentence introducing the quote names the speaker (X said: “…”)",
  paragraphSpeaker: "the speaker of the paragraph’s previous quote",
  nearestMention: "the nearest person mentioned before the quote",
  none: "no rule found a speaker",
};

/** Creates an element; strings among the children become text nodes. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
  }
  node.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return node;
}

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

async function api(path, parameters = {}) {
  const query = new URLSearchParams(Object.entries(parameters).filter(([, value]) => value !== null && value !== undefined && value !== ""));
  const response = await fetch(`/api/${path}${query.size ? "?" + query : ""}`, { headers: { Accept: "application/json" } });
  if (response.status === 404) return null;
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const details = problem.errors ? Object.values(problem.errors).flat().join(" ") : "";
    throw new Error(`${problem.title || response.statusText} ${details}`.trim());
  }
  return response.json();
}

const main = () => document.getElementById("main");

function show(...nodes) {
  main().replaceChildren(...nodes);
}

/** A stable colour per person (by record id), so a speaker has the same colour on every page. */
function personColour(personId) {
  return personId === null || personId === undefined ? NO_SPEAKER : PALETTE[Number(personId) % PALETTE.length];
}

/** The colour of a quote's speaker: the person's, else one picked by the speaker's name (an organisation, a group). */
function speakerColour(personId, name) {
  if (personId !== null && personId !== undefined) return personColour(personId);
  if (!name) return NO_SPEAKER;
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)) % 1000003;
  return PALETTE[hash % PALETTE.length];
}

function personLink(id, name) {
  return id === null || id === undefined ? el("span", {}, name ?? "unknown speaker") : el("a", { href: `#/person/${id}` }, name);
}

function articleLink(hit) {
  const label = hit.articleTitle || hit.articleSourceId;
  return el("a", { class: "article-link", href: `#/article/${hit.articleId}?quote=${hit.id}` }, label);
}

function quoteHit(hit) {
  const swatch = el("span", { class: "swatch" });
  swatch.style.setProperty("--speaker", personColour(hit.speakerId));
  return el("li", { class: "quote-hit", "data-quote-id": hit.id },
    el("blockquote", {}, hit.text),
    el("div", { class: "meta" },
      swatch, personLink(hit.speakerId, hit.speakerName), " · ", hit.published ?? "undated", " · ", articleLink(hit),
      hit.cueText ? ` · cue “${hit.cueText}”` : ""));
}

// ---- charts and graphs -------------------------------------------------------------------------------------------

/** Horizontal bars: who is quoted most. */
function speakerChart(counts) {
  if (counts.length === 0) return el("p", { class: "muted" }, "Nobody is quoted here.");
  const row = 24, labelWidth = 170, width = 420, barSpace = width - labelWidth - 40;
  const most = Math.max(...counts.map(c => c.quotes));
  const chart = svg("svg", { class: "chart speakers", viewBox: `0 0 ${width} ${counts.length * row + 4}`, role: "img", "aria-label": "Who is quoted most" });
  counts.forEach((count, index) => {
    const y = index * row + 2;
    const barWidth = Math.max(2, Math.round(barSpace * count.quotes / most));
    const link = svg("a", { href: `#/person/${count.personId}` },
      svg("title", {}, document.createTextNode(`${count.name}: ${count.quotes} quotes`)),
      svg("text", { x: labelWidth - 6, y: y + 15, "text-anchor": "end" }, document.createTextNode(shorten(count.name, 24))),
      svg("rect", { class: "bar", x: labelWidth, y: y + 3, width: barWidth, height: row - 8, rx: 2 }),
      svg("text", { x: labelWidth + barWidth + 5, y: y + 15 }, document.createTextNode(String(count.quotes))));
    chart.append(link);
  });
  return chart;
}

/** Vertical bars from quotes per day (oldest first): per month, or per day when they span under two months. */
function timeChart(days) {
  if (days.length === 0) return el("p", { class: "muted" }, "No dated quotes.");
  const byDay = monthsBetween(days[0].day, days[days.length - 1].day) < 2;
  const key = date => (byDay ? date : date.slice(0, 7));
  const buckets = new Map();
  for (const { day, quotes } of days) buckets.set(key(day), (buckets.get(key(day)) ?? 0) + quotes);
  const keys = [...buckets.keys()].sort();
  const width = 560, height = 160, bottom = 28, gap = 4;
  const slot = Math.min(60, (width - 20) / keys.length);
  const most = Math.max(...buckets.values());
  const chart = svg("svg", { class: "chart time", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Quotes over time" });
  chart.append(svg("line", { class: "axis", x1: 10, x2: width - 10, y1: height - bottom, y2: height - bottom }));
  keys.forEach((label, index) => {
    const count = buckets.get(label);
    const barHeight = Math.max(2, Math.round((height - bottom - 20) * count / most));
    const x = 10 + index * slot;
    chart.append(svg("g", {},
      svg("title", {}, document.createTextNode(`${label}: ${count} quotes`)),
      svg("rect", { class: "bar", x: x + gap / 2, y: height - bottom - barHeight, width: slot - gap, height: barHeight, rx: 2 }),
      svg("text", { x: x + slot / 2, y: height - bottom - barHeight - 4, "text-anchor": "middle" }, document.createTextNode(String(count))),
      svg("text", { x: x + slot / 2, y: height - 10, "text-anchor": "middle" }, document.createTextNode(axisLabel(label, index, byDay)))));
  });
  return chart;
}

/** Days as MM-DD; months as MM, with the year on the first bar and on each January. */
function axisLabel(label, index, byDay) {
  if (byDay) return label.slice(5);
  return index === 0 || label.endsWith("-01") ? label : label.slice(5);
}

function monthsBetween(first, last) {
  return (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
}

/**
 * A people graph: nodes placed on a circle, then moved by a few hundred steps of a spring layout (edges pull, nodes
 * push apart, a weak pull to the centre). Deterministic: the same links give the same picture. Links are co-mentions; events between two people
 * (who did what to whom) are drawn as arrows over them.
 */
function peopleGraph(links, centreId = null, width = 900, height = 560, events = []) {
  const eventLinks = events.filter(e => e.sourcePersonId !== null && e.targetPersonId !== null && e.sourcePersonId !== e.targetPersonId)
    .map(e => ({ firstId: e.sourcePersonId, firstName: e.sourceName, secondId: e.targetPersonId, secondName: e.targetName, sentences: 1, event: e }));
  const nodes = new Map();
  for (const link of [...links, ...eventLinks]) {
    for (const [id, name] of [[link.firstId, link.firstName], [link.secondId, link.secondName]]) {
      if (!nodes.has(id)) nodes.set(id, { id, name, degree: 0 });
      nodes.get(id).degree += link.sentences;
    }
  }
  if (nodes.size === 0) return el("p", { class: "muted" }, "No two people are mentioned together yet.");
  const list = [...nodes.values()];
  list.forEach((node, index) => {
    const angle = 2 * Math.PI * index / list.length;
    node.x = width / 2 + (width / 3) * Math.cos(angle);
    node.y = height / 2 + (height / 3) * Math.sin(angle);
  });
  const ideal = Math.min(160, Math.sqrt(width * height / list.length) * 0.7);
  for (let step = 0; step < 300; step++) {
    const cooling = 1 - step / 300;
    // A weak pull to the centre keeps separate groups in view instead of drifting to the edges.
    for (const node of list) { node.dx = (width / 2 - node.x) * 0.05; node.dy = (height / 2 - node.y) * 0.05; }
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i], b = list[j];
        const dx = a.x - b.x || 0.01, dy = a.y - b.y || 0.01, distance = Math.hypot(dx, dy);
        const push = ideal * ideal / distance / distance;
        a.dx += dx * push; a.dy += dy * push; b.dx -= dx * push; b.dy -= dy * push;
      }
    }
    for (const link of [...links, ...eventLinks]) {
      const a = nodes.get(link.firstId), b = nodes.get(link.secondId);
      const dx = a.x - b.x, dy = a.y - b.y, distance = Math.hypot(dx, dy) || 0.01;
      const pull = distance / ideal;
      a.dx -= dx * pull; a.dy -= dy * pull; b.dx += dx * pull; b.dy += dy * pull;
    }
    for (const node of list) {
      const moved = Math.hypot(node.dx, node.dy) || 1, limit = 20 * cooling + 1;
      node.x = clamp(node.x + node.dx / moved * Math.min(moved, limit), 70, width - 70);
      node.y = clamp(node.y + node.dy / moved * Math.min(moved, limit), 30, height - 30);
    }
  }
  const most = Math.max(1, ...links.map(l => l.sentences));
  const graph = svg("svg", { class: "graph", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "People mentioned together" },
    svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
      svg("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrow" }))));
  for (const link of links) {
    const a = nodes.get(link.firstId), b = nodes.get(link.secondId);
    graph.append(svg("line", { class: "edge", x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": 1 + 5 * link.sentences / most },
      svg("title", {}, document.createTextNode(`${link.firstName} and ${link.secondName}: mentioned together in ${link.sentences} sentences of ${link.articles} articles`))));
  }
  for (const { event } of eventLinks) {
    const a = nodes.get(event.sourcePersonId), b = nodes.get(event.targetPersonId);
    graph.append(svg("line", { class: "event", x1: a.x, y1: a.y, x2: b.x, y2: b.y, "marker-end": "url(#arrow)" },
      svg("title", {}, document.createTextNode(`${event.sourceName} → ${event.label} (${event.code}) → ${event.targetName}${event.date ? ", " + event.date : ""}`))));
  }
  const heaviest = Math.max(...list.map(n => n.degree));
  for (const node of list) {
    const radius = 5 + 9 * Math.sqrt(node.degree / heaviest);
    graph.append(svg("a", { href: `#/person/${node.id}`, class: node.id === centreId ? "node centre" : "node" },
      svg("title", {}, document.createTextNode(node.name)),
      svg("circle", { cx: node.x, cy: node.y, r: radius }),
      svg("text", { x: node.x, y: node.y - radius - 4, "text-anchor": "middle" }, document.createTextNode(shorten(node.name, 22)))));
  }
  return graph;
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

function shorten(text, length) {
  return text.length <= length ? text : text.slice(0, length - 1) + "…";
}

// ---- pages --------------------------------------------------------------------------------------------------------

async function searchPage(parameters) {
  const fields = [["text", "Words in the quote", "search"], ["speaker", "Speaker", "search"], ["from", "From", "date"], ["to", "To", "date"]];
  const form = el("form", { class: "search", role: "search" },
    fields.map(([name, label, type]) => el("label", {}, label, el("input", { name, type, id: `q-${name}`, value: parameters.get(name) ?? "" }))),
    el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", event => {
    event.preventDefault();
    const query = new URLSearchParams([...new FormData(form)].filter(([, value]) => String(value).trim() !== ""));
    location.hash = `#/search?${query}`;
  });
  const query = Object.fromEntries(["text", "speaker", "from", "to"].map(name => [name, parameters.get(name)]));
  const results = el("section", { id: "results" }, el("p", { class: "muted" }, "Searching…"));
  const chart = el("section", { id: "top-speakers" });
  show(el("h1", {}, "Who said what"), form, el("div", { class: "columns" }, results, chart));
  const [hits, speakers, days] = await Promise.all(
    [api("quotes", { ...query, limit: 200 }), api("quotes/speakers", { ...query, limit: 12 }), api("quotes/days", query)]);
  results.replaceChildren(
    el("h2", {}, hits.length === 200 ? "The first 200 quotes found" : `${hits.length} quotes found`),
    hits.length ? el("ol", { class: "hits" }, hits.map(quoteHit)) : el("p", { class: "muted" }, "No quote matches."));
  chart.replaceChildren(el("h2", {}, "Quoted most"), speakerChart(speakers), el("h2", {}, "Over time"), timeChart(days));
}

/**
 * Renders text[start, end) into parent, wrapping the ranges of the first layer in their elements and the text inside
 * and between them with the next layers. Ranges of one layer are sorted; a range overlapping an earlier one keeps only
 * what is left of it, so the page always shows the text exactly once and in order.
 */
function renderRange(parent, text, start, end, layers) {
  if (layers.length === 0) {
    if (end > start) parent.append(document.createTextNode(text.slice(start, end)));
    return;
  }
  const [layer, ...inner] = layers;
  let at = start;
  for (const range of layer) {
    const from = Math.max(range.start, at), to = Math.min(range.end, end);
    if (to <= from) continue;
    renderRange(parent, text, at, from, inner);
    const node = range.make();
    renderRange(node, text, from, to, inner);
    parent.append(node);
    at = to;
  }
  renderRange(parent, text, at, end, inner);
}

function quoteTooltip(quote, text) {
  const lines = [`${quote.kind} quote, said by ${quote.speakerName ?? "nobody we could find"}`];
  if (quote.source) lines.push(`source: “${text.slice(quote.source.start, quote.source.end)}”`);
  if (quote.cue) lines.push(`cue: “${text.slice(quote.cue.start, quote.cue.end)}”`);
  lines.push(`how we know: ${RULES[quote.rule] ?? quote.rule} (${quote.rule})`);
  return lines.join("\n");
}

async function articlePage(id, parameters) {
  const view = await api(`articles/${encodeURIComponent(id)}`);
  if (!view) return show(el("h1", {}, "No such article"));
  const { article, text } = view;
  const entityById = new Map(view.entities.map(entity => [entity.id, entity]));
  const colourOf = quote => speakerColour(quote.speakerPersonId, quote.speakerName);

  const quoteParts = view.quotes.flatMap(quote => quote.parts.map(part => ({
    start: part.start, end: part.end,
    make: () => {
      const mark = el("mark", { class: "quote", "data-quote-id": quote.id, "data-speaker": quote.speakerName ?? "", title: quoteTooltip(quote, text) });
      mark.style.setProperty("--speaker", colourOf(quote));
      return mark;
    },
  })));
  const sources = new Set(view.quotes.filter(q => q.source).map(q => `${q.source.start}:${q.source.end}`));
  const mentions = view.entities.flatMap(entity => entity.mentions.map(mention => ({
    start: mention.span.start, end: mention.span.end,
    make: () => {
      const type = entity.type.toLowerCase();
      const classes = `mention ${type}${sources.has(`${mention.span.start}:${mention.span.end}`) ? " source" : ""}`;
      const title = `${entity.name} (${entity.type}, ${mention.kind})`;
      return entity.personId !== null
        ? el("a", { class: classes, href: `#/person/${entity.personId}`, title })
        : el("span", { class: classes, title });
    },
  })));
  const cues = view.quotes.filter(q => q.cue).map(quote => ({
    start: quote.cue.start, end: quote.cue.end,
    make: () => el("span", { class: "cue", title: `cue of a quote by ${quote.speakerName ?? "nobody we could find"}` }),
  }));
  const timexes = view.timexes.map(timex => ({
    start: timex.span.start, end: timex.span.end,
    make: () => el("span", { class: "timex", title: `${timex.type}: ${timex.value}` }),
  }));
  const byStart = (a, b) => a.start - b.start || b.end - a.end;
  const body = el("div", { class: "article-text" });
  renderRange(body, text, 0, text.length, [quoteParts.sort(byStart), [...mentions, ...cues, ...timexes].sort(byStart)]);

  const speakers = new Map();
  for (const quote of view.quotes) {
    const key = quote.speakerName ?? "";
    if (!speakers.has(key)) speakers.set(key, { quote, count: 0 });
    speakers.get(key).count++;
  }
  const legend = el("div", { class: "legend" }, [...speakers.values()].map(({ quote, count }) => {
    const sample = el("mark", { class: "quote sample" }, `${count}`);
    sample.style.setProperty("--speaker", colourOf(quote));
    return el("span", { class: "key" }, sample, personLink(quote.speakerPersonId, quote.speakerName ?? "no speaker found"));
  }));
  const source = article.url && /^https?:\/\//i.test(article.url) ? el("a", { href: article.url, rel: "noreferrer" }, "source") : null;
  show(
    el("h1", {}, article.title || article.sourceId),
    el("p", { class: "muted" }, article.published ?? "undated", view.byline ? ` · ${view.byline}` : "", ` · ${article.words} words · ${article.quotes} quotes `, source),
    el("h2", {}, "Speakers"), legend,
    el("p", { class: "muted" }, "Quotes are highlighted in their speaker’s colour (hover for who said it and how we know); " +
      "people, organisations and places are underlined; cues are wavy; dates dashed."),
    body);
  const wanted = parameters.get("quote");
  const target = wanted && body.querySelector(`mark.quote[data-quote-id="${CSS.escape(wanted)}"]`);
  if (target) { target.classList.add("flash"); target.scrollIntoView({ block: "center" }); }
}

async function personPage(id) {
  const [profile, days] = await Promise.all([api(`people/${encodeURIComponent(id)}`), api("quotes/days", { speakerId: id })]);
  if (!profile) return show(el("h1", {}, "No such person"));
  const { person, events } = profile;
  const aliases = person.aliases.filter(alias => alias !== person.name);
  const links = profile.associates.map(a => ({ firstId: person.id, firstName: person.name, secondId: a.personId, secondName: a.name, sentences: a.sentences, articles: a.articles }));
  show(
    el("h1", {}, person.name),
    el("p", { class: "muted" },
      `${person.quotes} quotes in ${person.articles} articles`,
      person.firstSeen ? ` · seen ${person.firstSeen} to ${person.lastSeen}` : "",
      aliases.length ? ` · also called ${aliases.join(", ")}` : ""),
    el("div", { class: "columns" },
      el("section", {},
        el("h2", {}, "Quotes over time"), timeChart(days),
        el("h2", {}, profile.quotes.length < person.quotes ? `The first ${profile.quotes.length} of ${person.quotes} quotes` : "Quotes"),
        profile.quotes.length ? el("ol", { class: "hits" }, profile.quotes.map(quoteHit)) : el("p", { class: "muted" }, "No quotes.")),
      el("section", {},
        el("h2", {}, "Titles"),
        profile.titles.length
          ? el("table", { class: "titles" },
            el("thead", {}, el("tr", {}, el("th", {}, "Title"), el("th", {}, "From"), el("th", {}, "To"), el("th", { class: "number" }, "Articles"))),
            el("tbody", {}, profile.titles.map(t => el("tr", {}, el("td", {}, t.title), el("td", { class: "date" }, t.first ?? "?"), el("td", { class: "date" }, t.last ?? "?"), el("td", { class: "number" }, String(t.articles))))))
          : el("p", { class: "muted" }, "No titles."),
        el("h2", {}, "Appears with"),
        profile.associates.length
          ? el("table", { class: "associates" },
            el("thead", {}, el("tr", {}, el("th", {}, "Person"), el("th", { class: "number" }, "Sentences"), el("th", { class: "number" }, "Articles"))),
            el("tbody", {}, profile.associates.map(a => el("tr", {}, el("td", {}, personLink(a.personId, a.name)), el("td", { class: "number" }, String(a.sentences)), el("td", { class: "number" }, String(a.articles))))))
          : el("p", { class: "muted" }, "Nobody else is mentioned with them."),
        profile.associates.length || events.length ? peopleGraph(links, person.id, 420, 320, events) : null,
        el("h2", {}, "Events"),
        events.length
          ? el("table", { class: "events" },
            el("thead", {}, el("tr", {}, ["Date", "Who", "Did", "To whom"].map(h => el("th", {}, h)))),
            el("tbody", {}, events.map(e => el("tr", {},
              el("td", { class: "date" }, el("a", { href: `#/article/${e.articleId}` }, e.date ?? "undated")),
              el("td", {}, eventActor(e.sourcePersonId, e.sourceName, e.sourceActor)),
              el("td", {}, `${e.label} (${e.code})`),
              el("td", {}, eventActor(e.targetPersonId, e.targetName, e.targetActor))))))
          : el("p", { class: "muted" }, "No events."))));
}

/** An event's actor: a person's page when it is a stored person, else its CAMEO actor code ("ISRGOV"). */
function eventActor(personId, name, code) {
  return personId === null || personId === undefined ? el("span", { class: "actor-code" }, code ?? "?") : personLink(personId, name);
}

async function peoplePage(parameters) {
  const form = el("form", { class: "search" },
    el("label", {}, "Name", el("input", { name: "name", type: "search", id: "p-name", value: parameters.get("name") ?? "" })),
    el("label", {}, "Title", el("input", { name: "title", type: "search", id: "p-title", value: parameters.get("title") ?? "" })),
    el("button", { type: "submit" }, "Find"));
  form.addEventListener("submit", event => {
    event.preventDefault();
    location.hash = `#/people?${new URLSearchParams([...new FormData(form)].filter(([, value]) => String(value).trim() !== ""))}`;
  });
  const table = el("section", {}, el("p", { class: "muted" }, "Loading…"));
  show(el("h1", {}, "People"), form, table);
  const people = await api("people", { name: parameters.get("name"), title: parameters.get("title"), limit: 200 });
  table.replaceChildren(people.length
    ? el("table", {},
      el("thead", {}, el("tr", {}, ["Name", "Titles", "Quotes", "Articles", "Seen"].map(h => el("th", {}, h)))),
      el("tbody", {}, people.map(p => el("tr", {},
        el("td", {}, personLink(p.id, p.name)), el("td", {}, p.titles.join("; ")), el("td", { class: "number" }, String(p.quotes)),
        el("td", { class: "number" }, String(p.articles)), el("td", {}, p.firstSeen ? `${p.firstSeen} to ${p.lastSeen}` : "")))))
    : el("p", { class: "muted" }, "Nobody found."));
}

async function graphPage() {
  show(el("h1", {}, "People and events"), el("p", { class: "muted" }, "Loading…"));
  const [links, events] = await Promise.all([api("people/links", { limit: 120 }), api("events", { limit: 200 })]);
  show(el("h1", {}, "People and events"),
    el("p", { class: "muted" }, "A grey line joins two people mentioned in the same sentence (thicker: more sentences); a red arrow is an " +
      `event, who did what to whom (${events.length} stored). Hover for details; click a person for their page.`),
    peopleGraph(links, null, 900, 560, events));
}

async function articlesPage() {
  const articles = await api("articles", { limit: 500 });
  show(el("h1", {}, "Articles"), articles.length
    ? el("table", {},
      el("thead", {}, el("tr", {}, ["Published", "Article", "Words", "Quotes"].map(h => el("th", {}, h)))),
      el("tbody", {}, articles.map(a => el("tr", {},
        el("td", {}, a.published ?? ""), el("td", {}, el("a", { href: `#/article/${a.id}` }, a.title || a.sourceId)),
        el("td", { class: "number" }, String(a.words)), el("td", { class: "number" }, String(a.quotes))))))
    : el("p", { class: "muted" }, "No articles stored yet: add some with 'newsgraph ingest'."));
}

async function route() {
  const [path, query] = location.hash.replace(/^#/, "").split("?", 2);
  const parameters = new URLSearchParams(query ?? "");
  const parts = (path || "/").split("/").filter(Boolean);
  try {
    if (parts[0] === "article" && parts[1]) await articlePage(parts[1], parameters);
    else if (parts[0] === "person" && parts[1]) await personPage(parts[1]);
    else if (parts[0] === "people") await peoplePage(parameters);
    else if (parts[0] === "graph") await graphPage();
    else if (parts[0] === "articles") await articlesPage();
    else await searchPage(parameters);
  } catch (error) {
    show(el("h1", {}, "Something went wrong"), el("p", { class: "error" }, String(error.message ?? error)));
  }
  document.body.dataset.page = parts[0] ?? "search";
}

async function showStats() {
  const stats = await api("stats").catch(() => null);
  if (stats) document.getElementById("stats").textContent = `${stats.articles} articles · ${stats.persons} people · ${stats.quotes} quotes`;
}

window.addEventListener("hashchange", route);
route();
showStats();
