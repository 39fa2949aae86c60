#!/usr/bin/env python3
"""Scores the audio <-> transcript join of an audit against a demo's ground truth.

    auskunft audit --json DEMO.zip > report.json
    bench/join-accuracy.py report.json DEMO.truth.json

Counts, over the truth's records that have both a recording and a transcript location, how
many the report joined to exactly that recording; prints the offset the report inferred."""
import json
import sys

report = json.load(open(sys.argv[1]))
truth = json.load(open(sys.argv[2]))
by_locator = {}
for r in report["records"]:
    by_locator[(r["source"]["path"], r["source"]["locator"])] = r
both = [t for t in truth["records"] if t["audio"] and t["transcript_location"]]
right = wrong = missing = 0
for t in both:
    loc = t["transcript_location"]
    r = by_locator.get((loc["member"]["path"], loc["locator"]))
    if r is None:
        missing += 1
    elif r["audio"] and r["audio"]["path"] == t["audio"]["path"]:
        right += 1
    else:
        wrong += 1
notes = [n["message"] for n in report["notes"] if n["code"].startswith("time_offset")]
print(f"lines with a recording in the truth: {len(both)}")
print(f"joined right: {right} ({100 * right / max(len(both), 1):.1f} %), wrong or unjoined: {wrong}, line not found: {missing}")
print(f"truth offset: {truth.get('transcript_offset_minutes')} min; report: {notes[0] if notes else 'no offset note'}")
