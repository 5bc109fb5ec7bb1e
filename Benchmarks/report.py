#!/usr/bin/env python3
"""Renders Benchmarks/results/latest.json (written by bench.py) as the results
part of Benchmarks/README.md (between the BEGIN/END RESULTS markers) and as the
chart Benchmarks/results/chart.svg. Standard library only.

    python3 Benchmarks/report.py [Benchmarks/results/latest.json]
"""
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BEGIN, END = "<!-- BEGIN RESULTS (written by Benchmarks/report.py) -->", "<!-- END RESULTS -->"


def f(v, spec=",.0f", none="–"):
    if v is None:
        return none
    try:
        return format(v, spec)
    except (TypeError, ValueError):
        return str(v)


def x(v, none="–"):
    """A ratio as 12.3× (or 0.45×)."""
    if v is None:
        return none
    return f"{v:,.0f}×" if v >= 100 else (f"{v:.1f}×" if v >= 1 else f"{v:.2f}×")


def not_measured(name, sec):
    return f"**Not measured** ({name}): {sec.get('reason', 'no result')}\n"


def get(d, *path):
    for p in path:
        if not isinstance(d, dict) or p not in d:
            return None
        d = d[p]
    return d


# ---------------------------------------------------------------- the summary table

def summary(r):
    s = r["sections"]
    rows = []  # comparison, metric, textpipe, peer, peer value, ratio

    html = s.get("html", {})
    if html.get("status") == "measured":
        by = {row["tool"]: row for row in html["rows"]}
        tp = by.get("textpipe", {})
        for peer, label in (("trafilatura", "trafilatura"), ("readability", "readability-lxml")):
            p = by.get(peer)
            if not p:
                continue
            rows.append(("HTML cleanup (181 pages)", "F1", f(tp.get("f1"), ".3f"), label, f(p.get("f1"), ".3f"),
                         f"{tp['f1'] - p['f1']:+.3f}"))
            rows.append(("", "pages/s", f(tp.get("pages_per_s"), ",.1f"), label, f(p.get("pages_per_s"), ",.1f"),
                         x(tp["pages_per_s"] / p["pages_per_s"])))
            rows.append(("", "peak RSS MB", f(tp.get("peak_rss_mb")), label, f(p.get("peak_rss_mb")),
                         x(tp["peak_rss_mb"] / p["peak_rss_mb"])))
    else:
        rows.append(("HTML cleanup", "not measured", "", "", "", html.get("reason", "")[:80]))

    seg = s.get("segment", {})
    if seg.get("status") == "measured":
        by = {row["tool"]: row for row in seg["rows"]}
        tp = by["textpipe"]
        for peer in ("pySBD", "spaCy sentencizer", "syntok"):
            p = by.get(peer)
            if not p:
                continue
            rows.append((f"Sentences ({seg['cases']} hard cases)" if peer == "pySBD" else "", "pass rate",
                         f(tp["rate"], ".1%"), peer, f(p["rate"], ".1%"), f"{(tp['rate'] - p['rate']) * 100:+.1f} pts"))
            rows.append(("", "MB/s", f(tp["mb_per_s"], ",.1f"), peer, f(p["mb_per_s"], ",.2f"), x(tp["mb_per_s"] / p["mb_per_s"])))
            tok = by.get("textpipe sentences+tokens")
            if tok and peer == "pySBD":
                rows.append(("", "words/s, sentences+tokens", f(tok["words_per_s"]), peer, f(p["words_per_s"]),
                             x(tok["words_per_s"] / p["words_per_s"])))
    else:
        rows.append(("Sentences", "not measured", "", "", "", seg.get("reason", "")[:80]))

    eq = s.get("entq", {})
    if eq.get("status") == "measured":
        for label, title in (("seed", "seed gold"), ("heldout-test", "held-out TEST set")):
            a = eq["accuracy"].get(label)
            if not a:
                continue
            t, p = a["tools"]["textpipe"], a["tools"]["spaCy sm + textacy"]
            rows.append((f"Entities, {title} ({a['documents']} docs, {a['words']:,} words)", "entity F1", f(t["entity_f1"], ".3f"),
                         "spaCy sm", f(p["entity_f1"], ".3f"), f"{t['entity_f1'] - p['entity_f1']:+.3f}"))
            rows.append((f"Quotes, {title}", "quote F1", f(t["quote_f1"], ".3f"), "spaCy sm + textacy",
                         f(p["quote_f1"], ".3f"), f"{t['quote_f1'] - p['quote_f1']:+.3f}"))
            rows.append(("", "speaker accuracy", f(t["speaker_accuracy"], ".3f"), "spaCy sm + textacy",
                         f(p["speaker_accuracy"], ".3f"), f"{(t['speaker_accuracy'] or 0) - (p['speaker_accuracy'] or 0):+.3f}"))
        sp = {row["tool"]: row for row in eq["speed"]}
        rows.append(("Entities, article texts", "words/s", f(sp["textpipe segment+entities"]["words_per_s"]), "spaCy sm",
                     f(sp["spaCy sm (whole pipeline)"]["words_per_s"]), x(eq["ratios_words_per_s"]["segment+entities / spaCy sm"])))
        rows.append(("Quotes (all stages), article texts", "words/s", f(sp["textpipe news.yaml (all stages)"]["words_per_s"]),
                     "spaCy sm + textacy", f(sp["spaCy sm + textacy direct_quotations"]["words_per_s"]),
                     x(eq["ratios_words_per_s"]["news.yaml / spaCy sm + textacy"])))
    else:
        rows.append(("Entities and quotes", "not measured", "", "", "", eq.get("reason", "")[:80]))

    se = s.get("sentiment", {})
    if se.get("status") == "measured":
        h = get(se, "accuracy", "heldout") or {}
        v, t, tn = h.get("vaderSentiment", {}), h.get("textpipe", {}), h.get("textpipe+news", {})
        rows.append((f"Sentiment, NYT snippets (held-out half, n={v.get('n')})", "Pearson r", f"{f(t.get('r'), '.3f')} (news: {f(tn.get('r'), '.3f')})",
                     "vaderSentiment", f(v.get("r"), ".3f"), f"{(tn.get('r') or 0) - (v.get('r') or 0):+.3f}"))
        rows.append(("", "3-class F1", f"{f(t.get('f1'), '.3f')} (news: {f(tn.get('f1'), '.3f')})", "vaderSentiment",
                     f(v.get("f1"), ".3f"), f"{(tn.get('f1') or 0) - (v.get('f1') or 0):+.3f}"))
        sp = se["speed"]
        vr, tr = sp.get("vaderSentiment_sentences_per_second"), sp.get("textpipe_plain_jobs1_sentences_per_second")
        rows.append(("", "sentences/s, news off, --jobs 1", f(tr), "vaderSentiment", f(vr), x(tr / vr) if tr and vr else "–"))
        tn1 = sp.get("textpipe_news_jobs1_sentences_per_second")
        if tn1:
            rows.append(("", "sentences/s, news on (default), --jobs 1", f(tn1), "vaderSentiment", f(vr), x(tn1 / vr) if vr else "–"))
    else:
        rows.append(("Sentiment", "**not measured yet**", "", "vaderSentiment", "", se.get("reason", "")[:100]))

    fu = s.get("full", {})
    if fu.get("status") == "measured":
        by = {row["tool"]: row for row in fu["rows"]}
        for j in (1, 2):
            t, p = by[f"textpipe news.yaml --jobs {j}"], by[f"spaCy sm + textacy + VADER, n_process {j}"]
            first = f"Full pipeline HTML→stance ({fu['pages']} pages, {fu['words']:,} words)" if j == 1 else ""
            peer = f"spaCy+textacy+VADER n_process {j}"
            rows.append((first, f"docs/s, --jobs {j}", f(t["documents_per_s"], ",.1f"), peer, f(p["documents_per_s"], ",.2f"),
                         x(t["documents_per_s"] / p["documents_per_s"])))
            rows.append(("", f"words/s, --jobs {j}", f(t["words_per_s"]), peer, f(p["words_per_s"]), x(t["words_per_s"] / p["words_per_s"])))
            rows.append(("", f"peak RSS MB, --jobs {j}", f(t["peak_rss_mb"]), peer, f(p["peak_rss_mb"]), x(t["peak_rss_mb"] / p["peak_rss_mb"])))
    else:
        rows.append(("Full pipeline", "not measured", "", "", "", fu.get("reason", "")[:80]))

    sc = s.get("scale", {})
    if sc.get("status") == "measured":
        a, b = sc["rows"][0], sc["rows"][-1]
        rows.append((f"Scale, --jobs 2 ({a['documents']:,} → {b['documents']:,} docs)", "docs/s",
                     f"{f(a['documents_per_s'])} → {f(b['documents_per_s'])}", "", "", f"{x(sc['throughput_ratio'])} (flat = 1×)"))
        rows.append(("", "peak RSS MB", f"{f(a['peak_rss_mb'])} → {f(b['peak_rss_mb'])}", "", "", f"{x(sc['rss_ratio'])} (flat = 1×)"))
    else:
        rows.append(("Scale", "not measured", "", "", "", sc.get("reason", "")[:80]))

    pr = s.get("profile", {})
    if pr.get("status") == "measured":
        ra = pr["ratios"]
        rows.append((f"Profile (callgrind, {pr['pages']} pages)", "instructions per page: news.yaml ÷ (libxml2 parse + read/write JSONL)",
                     x(ra["news.yaml / (libxml2 parse + passthrough read/write), per page"]), "", "", "target ≤ 3×"))
        rows.append(("", "same, whole run incl. start-up", x(ra["news.yaml / (libxml2 parse + passthrough read/write), whole run on the sample"]),
                     "", "", "target ≤ 3×"))
        if fu.get("status") == "measured":
            rows.append(("", "wall time: news.yaml ÷ html-cleanup alone (all pages, --jobs 1)",
                         x(fu["ratios"]["news.yaml / html-cleanup alone (wall, --jobs 1)"]), "", "", ""))
    else:
        rows.append(("Profile", "not measured", "", "", "", pr.get("reason", "")[:80]))

    out = ["| comparison | metric | textpipe | peer | peer value | textpipe vs peer |", "|---|---|---:|---|---:|---:|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out)


# ---------------------------------------------------------------- details per section

def details(r):
    s, out = r["sections"], []

    def cmd(c):
        out.append(f"\n```sh\n{c}\n```\n")

    out.append("### HTML cleanup\n")
    html = s.get("html", {})
    if html.get("status") == "measured":
        cmd(html["command"])
        out.append("| tool | F1 | precision | recall | exact | pages/s | MB/s | peak RSS MB |\n|---|---:|---:|---:|---:|---:|---:|---:|")
        for row in html["rows"]:
            out.append(f"| {row['tool']} | {f(row.get('f1'), '.3f')} | {f(row.get('precision'), '.3f')} | {f(row.get('recall'), '.3f')} | "
                       f"{f(row.get('accuracy'), '.3f')} | {f(row.get('pages_per_s'), ',.1f')} | {f(row.get('mb_per_s'), ',.2f')} | "
                       f"{f(row.get('peak_rss_mb'))} |")
        out.append(f"\n{html['notes']} Median of {html['rounds']} interleaved rounds.\n")
    else:
        out.append(not_measured("HTML cleanup", html))

    out.append("### Sentences\n")
    seg = s.get("segment", {})
    if seg.get("status") == "measured":
        cmd(seg["command"])
        if seg.get("tokens_command"):
            cmd(seg["tokens_command"])
        out.append(f"Speed corpus: {seg['corpus']['documents']:,} article texts, {seg['corpus']['mb']:.1f} MB, "
                   f"{seg['corpus']['words']:,} words; peers on {seg['peer_sample']['articles']} of them "
                   f"({seg['peer_sample']['mb']:.2f} MB, {seg['peer_sample']['words']:,} words).\n")
        out.append("| tool | passed | pass rate | MB/s | words/s | textpipe MB/s ÷ this |\n|---|---:|---:|---:|---:|---:|")
        tp = seg["rows"][0]["mb_per_s"]
        for row in seg["rows"]:
            out.append(f"| {row['tool']} | {f(row['passed'], 'd')}{'/' + str(row['cases']) if row['cases'] else ''} | "
                       f"{f(row['rate'], '.1%')} | {f(row['mb_per_s'], ',.2f')} | {f(row['words_per_s'])} | "
                       f"{x(tp / row['mb_per_s']) if row['mb_per_s'] and not row['tool'].startswith('textpipe') else '–'} |")
        out.append(f"\n{seg['notes']} Median of {seg['rounds']} interleaved rounds.\n")
    else:
        out.append(not_measured("sentences", seg))

    out.append("### Entities and quotes\n")
    eq = s.get("entq", {})
    if eq.get("status") == "measured":
        cmd(eq["commands"]["accuracy"])
        out.append("| set | tool | entity P | entity R | entity F1 | quote P | quote R | quote F1 | exact quote F1 | speaker accuracy | textacy refused |")
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for label, a in eq["accuracy"].items():
            for tool, t in a["tools"].items():
                out.append(f"| {label} ({a['documents']} docs) | {tool} | {f(t['entity_p'], '.3f')} | {f(t['entity_r'], '.3f')} | "
                           f"{f(t['entity_f1'], '.3f')} | {f(t['quote_p'], '.3f')} | {f(t['quote_r'], '.3f')} | {f(t['quote_f1'], '.3f')} | "
                           f"{f(t['quote_exact_f1'], '.3f')} | {f(t['speaker_accuracy'], '.3f')} | "
                           f"{a['textacy_refused'] if tool != 'textpipe' else '–'} |")
        cmd("\n".join(v for k, v in eq["commands"].items() if k != "accuracy"))
        out.append("| tool | words | median s | words/s |\n|---|---:|---:|---:|")
        for row in eq["speed"]:
            out.append(f"| {row['tool']} | {row['words']:,} | {f(row['seconds'], '.2f')} | {f(row['words_per_s'])} |")
        out.append("\n" + ", ".join(f"{k}: {x(v)}" for k, v in eq["ratios_words_per_s"].items()) + ".\n")
        out.append(f"{eq['notes']} Median of {eq['rounds']} interleaved rounds.\n")
    else:
        out.append(not_measured("entities and quotes", eq))

    out.append("### Sentiment\n")
    se = s.get("sentiment", {})
    if se.get("status") == "measured":
        cmd(se["command"])
        ag = se.get("agreement") or {}
        out.append(f"Agreement with vaderSentiment (news extensions off): {ag.get('within_0.001')}/{se.get('snippets')} "
                   f"snippets within 0.001.\n")
        out.append("| half | tool | n | Pearson r | 3-class F1 |\n|---|---|---:|---:|---:|")
        for half, entry in (se.get("accuracy") or {}).items():
            for tool, m in entry.items():
                out.append(f"| {half} | {tool} | {m.get('n')} | {f(m.get('r'), '.3f')} | {f(m.get('f1'), '.3f')} |")
        out.append("\n| speed | sentences/s |\n|---|---:|")
        for k, v in se["speed"].items():
            if k.endswith("sentences_per_second"):
                out.append(f"| {k.replace('_sentences_per_second', '')} | {f(v)} |")
        out.append(f"\n{se['notes']}\n")
    else:
        out.append(not_measured("sentiment", se))

    out.append("### Full pipeline, HTML to stance\n")
    fu = s.get("full", {})
    if fu.get("status") == "measured":
        cmd("\n".join(fu["commands"].values()))
        out.append(f"{fu['pages']} pages ({fu['mb']:.1f} MB of HTML), {fu['words']:,} words of article text as textpipe "
                   f"extracts it (trafilatura's text: {f(get(fu, 'peer', 'words'))} words). Quotes found: textpipe "
                   f"{fu['textpipe_quotes']:,} (all kinds), textacy {f(get(fu, 'peer', 'quotes'))}; textacy refused "
                   f"{f(get(fu, 'peer', 'textacy_refused'))} of {fu['pages']} documents.\n")
        out.append("| run | median s | docs/s | words/s | MB/s | peak RSS MB | rounds (s) |\n|---|---:|---:|---:|---:|---:|---|")
        for row in fu["rows"]:
            out.append(f"| {row['tool']} | {f(row['seconds'], '.2f')} | {f(row['documents_per_s'], ',.1f')} | "
                       f"{f(row['words_per_s'])} | {f(row['mb_per_s'], ',.2f')} | {f(row['peak_rss_mb'])} | "
                       f"{', '.join(str(v) for v in row['all_seconds'])} |")
        ra = fu["ratios"]
        out.append(f"\ntextpipe ÷ peer words/s: --jobs 1 {x(ra['jobs 1']['words_per_s'])}, --jobs 2 "
                   f"{x(ra['jobs 2']['words_per_s'])}; peak RSS textpipe ÷ peer: {x(ra['jobs 1']['peak_rss'])}, "
                   f"{x(ra['jobs 2']['peak_rss'])}.\n")
        out.append(f"{fu['notes']}\n")
    else:
        out.append(not_measured("full pipeline", fu))

    out.append("### Scale\n")
    sc = s.get("scale", {})
    if sc.get("status") == "measured":
        cmd(sc["command"])
        out.append("| documents | input MB | output MB | runs | median s | docs/s | words/s | peak RSS MB |\n|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in sc["rows"]:
            out.append(f"| {row['documents']:,} | {row['input_mb']:,.0f} | {row['output_mb']:,.0f} | {row['runs']} | "
                       f"{f(row['seconds'], ',.1f')} | {f(row['documents_per_s'])} | {f(row['words_per_s'])} | {f(row['peak_rss_mb'])} |")
        out.append(f"\nLargest ÷ smallest: throughput {x(sc['throughput_ratio'])}, peak RSS {x(sc['rss_ratio'])}. {sc['notes']}\n")
    else:
        out.append(not_measured("scale", sc))

    out.append("### Worst case: one paragraph of quotes\n")
    wo = s.get("worst", {})
    if wo.get("status") == "measured":
        cmd(wo["command"])
        out.append("| text | MB | quotes | runs | median s | peak RSS MB |\n|---|---:|---:|---:|---:|---:|")
        for row in wo["rows"]:
            out.append(f"| {row['text']} | {row['mb']:.2f} | {row['quotes']:,} | {row['runs']} | {f(row['seconds'], ',.2f')} | "
                       f"{f(row['peak_rss_mb'])} |")
        doubling = ", ".join(f"{k} {x(v)}" for k, v in wo["size_doubling_ratio"].items())
        out.append(f"\nTime for twice the text ÷ time for the text: {doubling}. {wo['notes']}\n")
    else:
        out.append(not_measured("worst case", wo))

    out.append("### Profile (point 3 of issue 10)\n")
    pr = s.get("profile", {})
    if pr.get("status") == "measured":
        cmd(pr["command"])
        out.append("| run | instructions, sample | instructions, one page | per page | start-up |\n|---|---:|---:|---:|---:|")
        for k in pr["per_page"]:
            out.append(f"| {k} | {pr['instructions'][k + ' / sample']:,} | {pr['instructions'][k + ' / one']:,} | "
                       f"{pr['per_page'][k]:,.0f} | {pr['startup'][k]:,.0f} |")
        out.append(f"\nInside libxml2 per page: {pr['libxml2_self_per_page']:,.0f}; parse + read/write baseline per page: "
                   f"{pr['parse_and_write_per_page']:,.0f}.\n")
        out.append("| ratio | value |\n|---|---:|")
        for k, v in pr["ratios"].items():
            out.append(f"| {k} | {x(v)} |")
        out.append("\nTop functions of the full pipeline per page (self instructions, start-up subtracted):\n")
        out.append("| function [object] | instructions per page | share |\n|---|---:|---:|")
        for t in pr["top_per_page"]:
            out.append(f"| `{t['function'][:140]}` | {t['ir_per_page']:,} | {t['share']:.1%} |")
        out.append("\nStart-up (one-page run), inclusive:\n")
        out.append("| function [object] | instructions | share of the one-page run |\n|---|---:|---:|")
        for t in pr["startup_top_inclusive"]:
            out.append(f"| `{t['function'][:140]}` | {t['ir_inclusive']:,} | {t['share']:.1%} |")
        out.append(f"\n{pr['notes']}\n")
    else:
        out.append(not_measured("profile", pr))
    return "\n".join(out)


# ---------------------------------------------------------------- the chart

def chart(r, path):
    s = r["sections"]
    speed, quality = [], []  # (label, value) / (group, tool, value, is_textpipe)
    html = s.get("html", {})
    if html.get("status") == "measured":
        by = {row["tool"]: row for row in html["rows"]}
        for p, n in (("trafilatura", "trafilatura"), ("readability", "readability-lxml")):
            if p in by and "textpipe" in by:
                speed.append((f"HTML cleanup pages/s vs {n}", by["textpipe"]["pages_per_s"] / by[p]["pages_per_s"]))
        for t in ("textpipe", "trafilatura", "readability"):
            if t in by:
                quality.append(("HTML cleanup F1", t, by[t]["f1"], t == "textpipe"))
    seg = s.get("segment", {})
    if seg.get("status") == "measured":
        for row in seg["rows"]:
            if not row["tool"].startswith("textpipe"):
                speed.append((f"sentences MB/s vs {row['tool']}", seg["ratios_mb_per_s"][row["tool"]]))
        for row in seg["rows"]:
            if row["rate"] is not None:
                quality.append(("sentence hard cases, pass rate", row["tool"], row["rate"], row["tool"] == "textpipe"))
    eq = s.get("entq", {})
    if eq.get("status") == "measured":
        speed.append(("entities words/s vs spaCy sm", eq["ratios_words_per_s"]["segment+entities / spaCy sm"]))
        speed.append(("all stages on text, words/s vs spaCy sm + textacy", eq["ratios_words_per_s"]["news.yaml / spaCy sm + textacy"]))
        for label in ("seed", "heldout-test"):
            a = eq["accuracy"].get(label)
            if a:
                for tool, t in a["tools"].items():
                    quality.append((f"entity F1, {label}", "spaCy sm" if tool != "textpipe" else tool, t["entity_f1"], tool == "textpipe"))
                for tool, t in a["tools"].items():
                    quality.append((f"quote F1, {label}", tool, t["quote_f1"], tool == "textpipe"))
    se = s.get("sentiment", {})
    if se.get("status") == "measured":
        sp = se["speed"]
        if sp.get("vaderSentiment_sentences_per_second") and sp.get("textpipe_plain_jobs1_sentences_per_second"):
            speed.append(("sentiment sentences/s vs vaderSentiment",
                          sp["textpipe_plain_jobs1_sentences_per_second"] / sp["vaderSentiment_sentences_per_second"]))
        h = get(se, "accuracy", "heldout") or {}
        for tool in ("textpipe+news", "vaderSentiment"):
            if tool in h:
                quality.append(("sentiment 3-class F1, held-out half", tool, h[tool]["f1"], tool.startswith("textpipe")))
    fu = s.get("full", {})
    if fu.get("status") == "measured":
        for j in (1, 2):
            speed.append((f"full pipeline HTML→stance words/s, --jobs {j} vs n_process {j}", fu["ratios"][f"jobs {j}"]["words_per_s"]))

    width, left, bar_w, row_h = 980, 430, 500, 18
    lines = []
    y = 30
    lines.append(f'<text x="10" y="{y}" font-size="15" font-weight="bold">Throughput: textpipe ÷ peer (log scale; same run, medians)</text>')
    y += 14
    top = max([v for _, v in speed] + [10])
    decades = math.ceil(math.log10(top))

    def sx(v):
        return left + bar_w * max(0.0, math.log10(max(v, 1e-9))) / decades
    axis_top = y
    for i, (label, v) in enumerate(speed):
        yy = y + i * row_h
        lines.append(f'<text x="{left - 8}" y="{yy + 13}" font-size="12" text-anchor="end">{esc(label)}</text>')
        lines.append(f'<rect x="{left}" y="{yy + 3}" width="{max(1, sx(v) - left):.1f}" height="{row_h - 6}" fill="#2b6cb0"/>')
        lines.append(f'<text x="{sx(v) + 5:.1f}" y="{yy + 13}" font-size="12">{x(v)}</text>')
    y += len(speed) * row_h
    for d in range(decades + 1):
        xx = left + bar_w * d / decades
        lines.append(f'<line x1="{xx}" y1="{axis_top}" x2="{xx}" y2="{y}" stroke="#ccc"/>')
        lines.append(f'<text x="{xx}" y="{y + 14}" font-size="11" text-anchor="middle">{10 ** d:,}×</text>')
    y += 40
    lines.append(f'<text x="10" y="{y}" font-size="15" font-weight="bold">Quality: F1 / pass rate (textpipe in blue)</text>')
    y += 14
    axis_top = y
    last = None
    for i, (group, tool, v, mine) in enumerate(quality):
        yy = y + i * row_h
        label = (group + " — " if group != last else "") + tool
        last = group
        lines.append(f'<text x="{left - 8}" y="{yy + 13}" font-size="12" text-anchor="end">{esc(label)}</text>')
        w = bar_w * (v or 0)
        lines.append(f'<rect x="{left}" y="{yy + 3}" width="{max(1, w):.1f}" height="{row_h - 6}" fill="{"#2b6cb0" if mine else "#a0aec0"}"/>')
        lines.append(f'<text x="{left + w + 5:.1f}" y="{yy + 13}" font-size="12">{f(v, ".3f")}</text>')
    y += len(quality) * row_h
    for t in range(0, 11, 2):
        xx = left + bar_w * t / 10
        lines.append(f'<line x1="{xx}" y1="{axis_top}" x2="{xx}" y2="{y}" stroke="#ccc"/>')
        lines.append(f'<text x="{xx}" y="{y + 14}" font-size="11" text-anchor="middle">{t / 10:.1f}</text>')
    y += 30
    m = r.get("machine", {})
    lines.append(f'<text x="10" y="{y}" font-size="11" fill="#555">{esc(r.get("command", ""))}, {r.get("started", "")}, '
                 f'{m.get("cores")} cores, {esc(m.get("cpu", ""))}, load {", ".join(f"{v:.1f}" for v in m.get("load_average_start", []))}</text>')
    y += 10
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y}" viewBox="0 0 {width} {y}" '
           f'font-family="Helvetica, Arial, sans-serif">\n<rect width="100%" height="100%" fill="white"/>\n'
           + "\n".join(lines) + "\n</svg>\n")
    path.write_text(svg)


def esc(t):
    return str(t).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "results" / "latest.json"
    r = json.loads(src.read_text())
    chart_path = HERE / "results" / "chart.svg"
    chart(r, chart_path)
    m, v = r["machine"], r["versions"]
    head = [f"Run: `{r['command']}`, started {r['started']}, {r['bench_seconds']:.0f} s for the comparisons"
            + (f", {r['make_bench_seconds']:.0f} s for the whole `make bench` (venv, build, comparisons)" if r.get("make_bench_seconds") else "")
            + ".",
            f"Machine: {m['cores']} cores, {m['cpu']}, {m.get('memory', '')}, {m.get('os', '')}; load average "
            f"{', '.join(f'{a:.1f}' for a in m.get('load_average_start', []))} at the start, "
            f"{', '.join(f'{a:.1f}' for a in m.get('load_average_end', []))} at the end.",
            "Versions: " + ", ".join(f"{k} {val}" for k, val in v.items() if val) + ".",
            "", "![throughput and F1 per tool](results/chart.svg)", "", summary(r), "", details(r)]
    block = BEGIN + "\n" + "\n".join(head) + "\n" + END
    readme = HERE / "README.md"
    text = readme.read_text() if readme.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text += "\n" + block + "\n"
    readme.write_text(text)
    print(f"wrote {readme.relative_to(HERE.parent)} and {chart_path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
