// The page's script: no framework, no build step, nothing from elsewhere. Every text that comes
// from a fiche or the server is set with textContent, never as HTML.
"use strict";

const TEXTS = {
  nl: {
    skip: "Naar de inhoud", brand: "BNC-fiche", menu: "Menu",
    "nav.check": "Fiche controleren", "nav.rules": "Regels",
    title: "Een fiche controleren",
    intro: "Kies een fiche als tekst (.txt), JSON (.json) of Word-document (.docx), of plak de tekst. De server bewaart niets: de fiche staat alleen in het geheugen zolang de controle duurt.",
    file: "Bestand (.txt, .json of .docx)", drop: "U kunt een bestand ook hierheen slepen.",
    paste: "Of plak de tekst van de fiche", profile: "Profiel",
    "profile.concept": "concept (een ontwerp)", "profile.definitief": "definitief (klaar om te versturen)",
    check: "Controleren", findings: "Bevindingen", source: "Tekst van de fiche",
    "source.hint": "Kies een bevinding om de regel te zien waar die over gaat.",
    preview: "Voorbeeld", "preview.title": "Voorbeeld van de fiche", downloads: "Downloaden",
    "dl.text": "Canonieke tekst", "dl.markdown": "Markdown", "dl.html": "HTML", "dl.json": "JSON",
    "dl.docx": "Word (.docx)",
    ERROR: "Fouten", WARNING: "Waarschuwingen", INFO: "Informatie",
    line: "regel", paragraph: "alinea", footnote: "voetnoot",
    "source.docx": "Een Word-document: elke bevinding noemt de alinea (en de voetnoot) waar die over gaat.", noIssues: "Geen bevindingen.", checking: "Bezig met controleren…",
    valid: "Geldig: geen fouten.", invalid: "Ongeldig: de fiche heeft fouten.",
    counts: (e, w, i) => `${e} ${e === 1 ? "fout" : "fouten"}, ${w} ${w === 1 ? "waarschuwing" : "waarschuwingen"}, ${i} informatief.`,
    nothing: "Kies eerst een bestand of plak een tekst.",
    failed: "De server gaf geen antwoord.",
    done: "Gecontroleerd.", downloaded: "Gedownload: ",
    "rules.title": "Regels", "rules.caption": "De regelcatalogus",
    "rules.intro": "Elke regel die de controle toepast, met de ernst waarmee hij meldt en het profiel vanaf waar hij geldt.",
    "rules.id": "Regel", "rules.severity": "Ernst", "rules.profile": "Profiel", "rules.description": "Beschrijving",
    switchTo: "English", switchLang: "en",
  },
  en: {
    skip: "Skip to content", brand: "BNC-fiche", menu: "Menu",
    "nav.check": "Check a fiche", "nav.rules": "Rules",
    title: "Check a fiche",
    intro: "Choose a fiche as text (.txt), JSON (.json) or Word document (.docx), or paste its text. The server keeps nothing: the fiche is held in memory only while it is checked.",
    file: "File (.txt, .json or .docx)", drop: "You can also drop a file here.",
    paste: "Or paste the text of the fiche", profile: "Profile",
    "profile.concept": "concept (a draft)", "profile.definitief": "definitief (ready to send)",
    check: "Check", findings: "Findings", source: "Text of the fiche",
    "source.hint": "Choose a finding to see the line it is about.",
    preview: "Preview", "preview.title": "Preview of the fiche", downloads: "Download",
    "dl.text": "Canonical text", "dl.markdown": "Markdown", "dl.html": "HTML", "dl.json": "JSON",
    "dl.docx": "Word (.docx)",
    ERROR: "Errors", WARNING: "Warnings", INFO: "Information",
    line: "line", paragraph: "paragraph", footnote: "footnote",
    "source.docx": "A Word document: each finding names the paragraph (and the footnote) it is about.", noIssues: "No findings.", checking: "Checking…",
    valid: "Valid: no errors.", invalid: "Not valid: the fiche has errors.",
    counts: (e, w, i) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} informational.`,
    nothing: "Choose a file or paste a text first.",
    failed: "The server did not answer.",
    done: "Checked.", downloaded: "Downloaded: ",
    "rules.title": "Rules", "rules.caption": "The rule catalogue",
    "rules.intro": "Every rule the check applies, with the severity it reports at and the profile from which it applies.",
    "rules.id": "Rule", "rules.severity": "Severity", "rules.profile": "Profile", "rules.description": "Description",
    switchTo: "Nederlands", switchLang: "nl",
  },
};

let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "nl";
let current = null; // { body, type, from, name, text } of the fiche last checked
let rules = null;

const $ = (id) => document.getElementById(id);
const t = (key) => TEXTS[lang][key];

function applyLanguage() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  document.querySelectorAll("[data-i18n-label]").forEach((el) => {
    el.setAttribute("aria-label", t(el.dataset.i18nLabel));
  });
  document.querySelectorAll("[data-i18n-title]").forEach((el) => {
    el.setAttribute("title", t(el.dataset.i18nTitle));
  });
  const sw = $("lang-switch");
  sw.textContent = t("switchTo");
  sw.lang = t("switchLang");
  document.title = (document.body.dataset.page === "rules" ? t("rules.title") : t("title")) + " – BNC-fiche";
  document.querySelectorAll(".top nav a").forEach((a) => {
    const url = new URL(a.href);
    if (lang === "en") url.searchParams.set("lang", "en"); else url.searchParams.delete("lang");
    a.href = url.pathname + url.search;
  });
}

function switchLanguage() {
  lang = lang === "nl" ? "en" : "nl";
  const url = new URL(location.href);
  if (lang === "en") url.searchParams.set("lang", "en"); else url.searchParams.delete("lang");
  history.replaceState(null, "", url.pathname + url.search);
  applyLanguage();
  if (document.body.dataset.page === "rules") showRules();
  else if (current) check();
}

function say(text) { $("status").textContent = text; }
function fail(text) { $("error").textContent = text; }

async function problemText(response) {
  try {
    const p = await response.json();
    const where = p.line ? ` (${t("line")} ${p.line}, ${p.column})` : "";
    return `${p.title}: ${p.detail}${where}`;
  } catch (e) {
    return `HTTP ${response.status}`;
  }
}

function formatOf(name, text) {
  const n = name ? name.toLowerCase() : null;
  if (n && n.endsWith(".json")) return "json";
  // a .doc or .docm is sent as Word too: the server says why it cannot read it
  if (n && /\.doc[xm]?$/.test(n)) return "docx";
  if (n) return "text";
  return text.trimStart().startsWith("{") ? "json" : "text";
}

const TYPES = {
  json: "application/json",
  text: "text/plain;charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

async function chosenFiche() {
  const file = $("file").files[0];
  if (file) {
    const from = formatOf(file.name, "");
    // a Word document is not text: its findings name paragraphs instead of lines
    const text = from === "docx" ? null : await file.text();
    return { body: file, from, name: file.name, text };
  }
  const text = $("paste").value;
  if (text.trim() === "") return null;
  return { body: text, from: formatOf(null, text), name: null, text };
}

function apiUrl(path, params) {
  const q = new URLSearchParams(params);
  q.set("lang", lang);
  if (current.name) q.set("name", current.name);
  q.set("from", current.from);
  return `${path}?${q}`;
}

function post(url) {
  return fetch(url, { method: "POST", headers: { "Content-Type": TYPES[current.from] }, body: current.body });
}

async function check() {
  fail("");
  say(t("checking"));
  const profile = document.querySelector("input[name=profile]:checked").value;
  let response;
  try {
    response = await post(apiUrl("/api/v1/validate", { profile }));
  } catch (e) {
    say(""); fail(t("failed")); return;
  }
  if (!response.ok) {
    say(""); fail(await problemText(response)); $("results").hidden = true; return;
  }
  const report = await response.json();
  showSource(current.text);
  showFindings(report.files[0]);
  $("results").hidden = false;
  say(t("done") + " " + $("summary").textContent);
  showPreview();
}

function showSource(text) {
  const ol = $("source");
  ol.replaceChildren();
  if (text === null) {
    const li = document.createElement("li");
    li.className = "note";
    li.dataset.i18n = "source.docx";
    li.textContent = t("source.docx");
    ol.append(li);
    return;
  }
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  lines.forEach((line, i) => {
    const li = document.createElement("li");
    li.id = `line-${i + 1}`;
    li.tabIndex = -1;
    li.textContent = line === "" ? "\u200b" : line;
    ol.append(li);
  });
}

function showFindings(file) {
  const box = $("findings");
  box.replaceChildren();
  const count = (s) => file.issues.filter((i) => i.severity === s).length;
  $("summary").textContent = `${file.valid ? t("valid") : t("invalid")} ${t("counts")(count("ERROR"), count("WARNING"), count("INFO"))}`;
  if (file.issues.length === 0) {
    const p = document.createElement("p");
    p.textContent = t("noIssues");
    box.append(p);
    return;
  }
  for (const severity of ["ERROR", "WARNING", "INFO"]) {
    const issues = file.issues.filter((i) => i.severity === severity);
    if (issues.length === 0) continue;
    const group = document.createElement("section");
    group.className = `group ${severity}`;
    const h = document.createElement("h3");
    h.textContent = `${t(severity)} (${issues.length})`;
    const ul = document.createElement("ul");
    ul.className = "findings";
    for (const issue of issues) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "finding";
      b.dataset.rule = issue.rule;
      if (issue.line) b.dataset.line = issue.line;
      const rule = document.createElement("span");
      rule.className = "rule";
      rule.textContent = issue.rule;
      const path = document.createElement("span");
      path.className = "path";
      path.textContent = issue.path === "" ? "/" : issue.path;
      const where = issue.paragraph
        ? ` (${t("paragraph")} ${issue.paragraph}${issue.footnote ? `, ${t("footnote")} ${issue.footnote}` : ""})`
        : issue.line ? ` (${t("line")} ${issue.line})` : "";
      b.append(rule, " ", path, ": ", issue.message + where);
      b.addEventListener("click", () => showLine(issue.paragraph ? null : issue.line));
      li.append(b);
      ul.append(li);
    }
    group.append(h, ul);
    box.append(group);
  }
}

function showLine(line) {
  document.querySelectorAll("#source li.hl").forEach((li) => {
    li.classList.remove("hl");
    li.removeAttribute("aria-current");
  });
  if (!line) return;
  const li = $(`line-${line}`);
  if (!li) return;
  li.classList.add("hl");
  li.setAttribute("aria-current", "true");
  li.scrollIntoView({ block: "center" });
  li.focus({ preventScroll: true });
}

async function showPreview() {
  const response = await post(apiUrl("/api/v1/render", { to: "html" }));
  $("preview").srcdoc = response.ok ? await response.text() : "";
}

const EXTENSIONS = { text: "txt", markdown: "md", html: "html", json: "json", docx: "docx" };

async function download(to) {
  fail("");
  const response = await post(apiUrl("/api/v1/render", { to }));
  if (!response.ok) { fail(await problemText(response)); return; }
  const blob = await response.blob();
  const base = (current.name || "fiche").replace(/\.[^.]*$/, "");
  const name = `${base}.${EXTENSIONS[to]}`;
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  say(t("downloaded") + name);
}

async function showRules() {
  if (!rules) {
    const response = await fetch("/api/v1/rules");
    if (!response.ok) { fail(await problemText(response)); return; }
    rules = (await response.json()).rules;
  }
  const body = document.querySelector("#rules tbody");
  body.replaceChildren();
  for (const r of rules) {
    const tr = document.createElement("tr");
    for (const text of [r.id, r.severity, r.profile.toLowerCase(), lang === "en" ? r.en : r.nl]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
}

function setUpCheckPage() {
  $("check-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const fiche = await chosenFiche();
    if (!fiche) { fail(t("nothing")); return; }
    current = fiche;
    await check();
  });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files.length > 0) {
      $("file").files = e.dataTransfer.files;
      $("check-form").requestSubmit();
    }
  });
  document.querySelectorAll("[data-to]").forEach((b) => {
    b.addEventListener("click", () => download(b.dataset.to));
  });
}

document.addEventListener("DOMContentLoaded", () => {
  applyLanguage();
  $("lang-switch").addEventListener("click", switchLanguage);
  if (document.body.dataset.page === "rules") showRules();
  else setUpCheckPage();
});
