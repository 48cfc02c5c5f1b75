#!/usr/bin/env python3
"""Writes core/src/main/resources/org/marsad/api/openapi.json, the hand-maintained OpenAPI 3 description of the
workspace API (run from the checkout root after changing a route or a parameter; WorkspaceApiTest checks that
every route is listed)."""
import json

def q(name, desc, schema=None, example=None):
    p = {"name": name, "in": "query", "required": False, "description": desc, "schema": schema or {"type": "string"}}
    if example is not None: p["example"] = example
    return p

TYPES = ["armed_clash", "attack", "explosion", "shelling", "airstrike", "violence_against_civilians", "protest", "riot",
         "arrest", "security_operation", "agreement_or_meeting"]
FILTERS = [
    q("from", "first event date, inclusive (ISO date)", {"type": "string", "format": "date"}, "2021-12-01"),
    q("to", "last event date, inclusive (ISO date)", {"type": "string", "format": "date"}, "2021-12-31"),
    q("type", "event type(s), comma separated: " + ", ".join(TYPES), example="attack,shelling"),
    q("admin1", "governorate COD-AB pcode (also matches disputed places listed under it)", {"type": "string", "pattern": "^IQG\\d\\d$"}, "IQG11"),
    q("admin2", "district COD-AB pcode", {"type": "string", "pattern": "^IQG\\d\\dQ\\d\\d$"}, "IQG11Q04"),
    q("actor", "canonical actor name or part of it, actor1 or actor2, case-insensitive", example="Islamic State"),
    q("outlet", "outlet of any reporting article, case-insensitive", example="Elaph"),
    q("story", "story id"),
    q("q", "free text (Arabic stemmed full text over evidence and place names)", example="مخمور"),
    q("reviewed", "include (default: all but rejected) | exclude (never reviewed only) | only (reviewed only)", {"type": "string", "enum": ["include", "exclude", "only"]}),
    q("include_rejected", "also return events a reviewer rejected", {"type": "boolean"}),
]
PAGING = [
    q("page", "page number from 1", {"type": "integer", "minimum": 1, "default": 1}),
    q("size", "events per page", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}),
    q("sort", "-date (default) | date | -fatalities | fatalities | id", {"type": "string", "enum": ["-date", "date", "-fatalities", "fatalities", "id"]}),
]
# alerts: from/to choose the weeks reported (the baseline before them is still read); rejected events never count
ALERT_FILTERS = [
    q("from", "report weeks ending on or after this date (ISO date); earlier weeks still form the baseline", {"type": "string", "format": "date"}, "2021-12-01"),
    q("to", "report weeks starting on or before this date (ISO date)", {"type": "string", "format": "date"}, "2021-12-31"),
] + FILTERS[2:-1]
DETECTOR = [
    q("baseline_weeks", "weeks before each week that form the district's own baseline (default 12)", {"type": "integer", "minimum": 2, "maximum": 520}, 12),
    q("min_events", "fewest events (or fatalities) in a week for a SURGE (default 3)", {"type": "integer", "minimum": 1, "maximum": 10000}, 3),
    q("min_new_events", "fewest events in a week for NEW_ACTIVITY where the baseline held none (default 2)", {"type": "integer", "minimum": 1, "maximum": 10000}, 2),
    q("alpha", "largest upper-tail probability under the baseline that still alerts (default 0.01)", {"type": "number", "exclusiveMinimum": True, "minimum": 0, "exclusiveMaximum": True, "maximum": 1}, 0.01),
]
ALERT = {"type": "object", "properties": {
    "id": {"type": "string", "example": "IQG11Q04-2021-11-29-surge"},
    "kind": {"type": "string", "enum": ["surge", "new_activity"]},
    "admin1_pcode": {"type": "string"}, "admin2_pcode": {"type": "string"},
    "district": {"type": "string", "description": "COD-AB English name of the district"}, "district_ar": {"type": "string"},
    "governorate": {"type": "string"}, "governorate_ar": {"type": "string"},
    "week_start": {"type": "string", "format": "date", "description": "Monday of the ISO week"}, "week_end": {"type": "string", "format": "date"},
    "events": {"type": "integer"}, "fatalities": {"type": "integer"},
    "expected": {"type": "number", "description": "events a week the district's baseline expects"},
    "expected_fatalities": {"type": "number"},
    "p_value": {"type": "number", "description": "negative-binomial upper tail P(X >= observed) under the baseline"},
    "score": {"type": "number", "description": "-log10(p_value)"},
    "event_ids": {"type": "array", "items": {"type": "string"}},
    "evidence": {"type": "array", "description": "the evidence events, in the shape of /api/events rows", "items": {"type": "object"}}}}
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
ERR = {"description": "bad parameter: {\"error\": message, \"parameter\": name}", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
NF = {"description": "not found", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
def ok(desc, ctype="application/json"): return {"description": desc, "content": {ctype: {}}}

paths = {
    "/api/health": {"get": {"summary": "store counts and status", "responses": {"200": ok("status")}}},
    "/api/articles": {"post": {"summary": "ingest one article object or an array of them, run the pipeline",
        "requestBody": {"required": True, "content": {"application/json": {"example": {"id": "a1", "outlet": "Wire", "date": "2021-12-03", "title": "…", "content": "…"}}}},
        "responses": {"200": ok("ingest accounting"), "400": ERR, "422": ok("every record rejected")}}},
    "/api/events": {"get": {"summary": "canonical events, filtered, paged, sorted", "parameters": FILTERS + PAGING,
        "responses": {"200": ok("{total, page, size, events: [...]}"), "400": ERR}}},
    "/api/events/{id}": {"get": {"summary": "one event: fields, per-source versions, conflicts, evidence spans, articles with text, review status and audit",
        "parameters": [ID], "responses": {"200": ok("event"), "404": NF}}},
    "/api/events/{id}/review": {"post": {"summary": "review an event (bearer token printed by serve/demo); appends to the audit log",
        "security": [{"bearer": []}], "parameters": [ID],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Review"},
            "examples": {"confirm": {"value": {"action": "confirm", "reviewer": "analyst1"}},
                         "edit": {"value": {"action": "edit", "reviewer": "analyst1", "fields": {"killed": 6, "date": "2021-12-02"}, "note": "second source"}},
                         "reject": {"value": {"action": "reject", "reviewer": "analyst1", "note": "condolence, not an event"}},
                         "merge": {"value": {"action": "merge", "reviewer": "analyst1", "into": "ev-123"}},
                         "split": {"value": {"action": "split", "reviewer": "analyst1", "documents": ["doc-b"]}}}}}},
        "responses": {"200": ok("the event after review"), "400": ERR, "401": ok("missing or wrong token"), "404": NF}}},
    "/api/articles/{id}": {"get": {"summary": "an article's text and its mentions (offsets into the text) and events", "parameters": [ID],
        "responses": {"200": ok("article"), "404": NF}}},
    "/api/stories": {"get": {"summary": "stories with their title, summary and counts", "responses": {"200": ok("{stories: [...]}")}}},
    "/api/stories/{id}": {"get": {"summary": "a story: summary, its articles (with text) and events", "parameters": [ID],
        "responses": {"200": ok("story"), "404": NF}}},
    "/api/search": {"get": {"summary": "full-text search over articles and events with highlighted snippets (plain-text parts)",
        "parameters": [q("q", "query; \"quoted phrase\", -exclude, | or", example="هجوم مخمور"), q("kind", "article | event", {"type": "string", "enum": ["article", "event"]})] + FILTERS[:8] + PAGING[:2],
        "responses": {"200": ok("{total, hits: [{kind, id, title, date, snippet: [{text, hit}]}]}"), "400": ERR}}},
    "/api/stats": {"get": {"summary": "counts of the filtered events by day and type, by type, by governorate and district", "parameters": FILTERS,
        "responses": {"200": ok("stats"), "400": ERR}}},
    "/api/alerts": {"get": {"summary": "security-gap surge alerts: per COD-AB district and ISO week, weeks whose violent events or fatalities surge above the district's own baseline (SURGE), or attacks where the baseline recorded none (NEW_ACTIVITY); newest week first; rejected events never count",
        "parameters": ALERT_FILTERS + DETECTOR,
        "responses": {"200": {"description": "{\"alerts\": [Alert], \"total\": n, \"config\": detector settings used}", "content": {"application/json": {"schema": {"type": "object", "properties": {
            "alerts": {"type": "array", "items": {"$ref": "#/components/schemas/Alert"}}, "total": {"type": "integer"}, "config": {"type": "object"}}}}}}, "400": ERR}}},
    "/api/alerts.atom": {"get": {"summary": "the same alerts as an Atom 1.0 feed to subscribe to; entry links open the alert on the dashboard (base URL taken from the request)",
        "parameters": ALERT_FILTERS + DETECTOR, "responses": {"200": ok("Atom feed", "application/atom+xml"), "400": ERR}}},
    "/api/export.csv": {"get": {"summary": "ACLED-compatible CSV (31 ACLED columns, then Marsad columns)", "parameters": FILTERS + PAGING[2:],
        "responses": {"200": ok("CSV", "text/csv"), "400": ERR}}},
    "/api/export.geojson": {"get": {"summary": "GeoJSON FeatureCollection of events with a point (others counted in omitted_without_coordinates)", "parameters": FILTERS + PAGING[2:],
        "responses": {"200": ok("GeoJSON", "application/geo+json"), "400": ERR}}},
    "/api/export.json": {"get": {"summary": "events in the gold-file shape with review status", "parameters": FILTERS + PAGING[2:] + [
        q("audit", "include | exclude (default): add each event's audit trail", {"type": "string", "enum": ["include", "exclude"]})],
        "responses": {"200": ok("{events: [...]}"), "400": ERR}}},
    "/api/openapi.json": {"get": {"summary": "this document", "responses": {"200": ok("OpenAPI 3")}}},
}
doc = {"openapi": "3.0.3",
       "info": {"title": "Marsad workspace API", "version": "0.1.0",
                "description": "Read-only access to Marsad's conflict events, articles, stories, search, statistics, surge alerts and exports; review with a bearer token. Served on 127.0.0.1."},
       "servers": [{"url": "/"}], "paths": paths,
       "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
                      "schemas": {"Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}, "parameter": {"type": "string"}}},
                                  "Review": {"type": "object", "required": ["action", "reviewer"], "properties": {
                                      "action": {"type": "string", "enum": ["confirm", "edit", "reject", "merge", "split"]},
                                      "reviewer": {"type": "string"}, "note": {"type": "string"},
                                      "fields": {"type": "object", "description": "edit: type, date, date_precision, killed, killed_low, killed_high, wounded, civilians_killed, actor1, actor2, location_name, admin1_pcode, admin2_pcode"},
                                      "into": {"type": "string", "description": "merge: the event this one is merged into"},
                                      "documents": {"type": "array", "items": {"type": "string"}, "description": "split: documents that report a separate event"}}},
                                  "Alert": ALERT}}}
with open("core/src/main/resources/org/marsad/api/openapi.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
print("wrote openapi.json")
