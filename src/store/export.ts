/**
 * Flat exports of story events for the event-data ecosystem: one row per story event (a
 * happening once, with every source), who acted on whom kept as actor and recipient (codes,
 * Wikipedia ids and names, in the direction most sources give), type, mode, date and its
 * precision, place and its country, status, and the sources' URLs, outlets and dates.
 * - `flatRow` / FLAT_HEAD: our own columns (`export --format csv`).
 * - `gdeltRow` / GDELT_HEAD: the 61 columns of a GDELT 2.0 event record, in order, then ours.
 * - `polecatRow` / POLECAT_HEAD: the columns of a POLECAT (PLOVER-coded) event record, then ours.
 */
import type { StoryEvent } from "./store.js";
import type { SourcedEvent } from "../story/merge.js";

export interface ActorInfo {
  name: string;
  type: string;
  code: string | null;
}

export type Names = ReadonlyMap<string, ActorInfo>;

/** PLOVER type (and mode) → CAMEO event code, root code and quad class (1 verbal / 2 material cooperation, 3 verbal / 4 material conflict). */
const CAMEO: Record<string, { root: string; code?: Record<string, string>; quad: number }> = {
  REQUEST: { root: "02", quad: 1 },
  AGREE: { root: "03", quad: 1 },
  CONSULT: { root: "04", code: { phone: "041", visit: "042", "third-party": "044" }, quad: 1 },
  SUPPORT: { root: "05", quad: 1 },
  COOPERATE: { root: "06", quad: 2 },
  AID: { root: "07", code: { economic: "071", military: "072", humanitarian: "073", asylum: "075" }, quad: 2 },
  CONCEDE: { root: "08", quad: 2 },
  RETREAT: { root: "08", code: { release: "0841", ceasefire: "0871", withdraw: "0874" }, quad: 2 },
  ACCUSE: { root: "11", quad: 3 },
  REJECT: { root: "12", quad: 3 },
  THREATEN: { root: "13", quad: 3 },
  PROTEST: { root: "14", quad: 3 },
  MOBILIZE: { root: "15", quad: 4 },
  SANCTION: { root: "16", quad: 4 },
  COERCE: { root: "17", code: { arrest: "173" }, quad: 4 },
  ASSAULT: { root: "19", quad: 4 },
};

export function cameoOf(type: string, mode: string | null): { code: string; base: string; root: string; quad: number | null } {
  const c = CAMEO[type];
  if (!c) return { code: "", base: "", root: "", quad: null };
  const code = (mode && c.code?.[mode]) || `${c.root}0`;
  return { code, base: code.slice(0, 3), root: c.root, quad: c.quad };
}

/**
 * The line's actor and recipient ids, in its direction: each source read as it reports it, or
 * turned round when it gives the other direction (a source with no recipient adds its actors).
 */
export function sides(e: StoryEvent): { actor: string[]; recipient: string[]; thirdParty: string[] } {
  const actor = new Set<string>();
  const recipient = new Set<string>();
  const third = new Set<string>();
  const mine = (e.actorCodes ?? []).join(",");
  for (const s of independent(e)) {
    const turned = mine !== "" && (s.recipientCodes ?? []).join(",") === mine && (s.actorCodes ?? []).join(",") !== mine;
    for (const id of turned ? s.recipient : s.actor) actor.add(id);
    for (const id of turned ? s.actor : s.recipient) recipient.add(id);
    for (const id of s.third_party) third.add(id);
  }
  return { actor: [...actor], recipient: [...recipient], thirdParty: [...third] };
}

const independent = (e: StoryEvent): SourcedEvent[] => e.sources.filter((s) => !s.syndicated);

function codesOf(ids: string[], names: Names): string[] {
  return [...new Set(ids.map((id) => names.get(id)?.code).filter((c): c is string => !!c))];
}

const nameOf = (id: string, names: Names) => names.get(id)?.name ?? id.replace(/_/g, " ");

/** The place's country: the place's own code (a state, or the state a city is in). */
function placeCountry(e: StoryEvent, names: Names): string | null {
  if (!e.location) return null;
  return names.get(e.location)?.code ?? e.sources.find((s) => s.location === e.location)?.locationCode ?? null;
}

/** Every source (syndicated copies too, marked), for the URL, outlet and date columns. */
function sourceLists(e: StoryEvent): { urls: string[]; outlets: string[]; published: string[]; reported: string[] } {
  return {
    urls: e.sources.map((s) => s.url ?? ""),
    outlets: e.sources.map((s) => (s.outlet ?? "") + (s.syndicated ? " (syndicated)" : "")),
    published: e.sources.map((s) => s.published ?? ""),
    reported: e.sources.map((s) => s.reported ?? ""),
  };
}

export const FLAT_HEAD = [
  "event_id",
  "story_id",
  "date",
  "date_precision",
  "date_contested",
  "sort_date",
  "type",
  "mode",
  "quad_class",
  "actor_codes",
  "actor_ids",
  "actor_names",
  "recipient_codes",
  "recipient_ids",
  "recipient_names",
  "third_party_ids",
  "location_id",
  "location_name",
  "location_country",
  "status",
  "source_count",
  "source_urls",
  "source_outlets",
  "source_published",
  "source_reported",
  "first_sentence",
];

/** One story event as a flat row (lists joined by ";"). */
export function flatRow(e: StoryEvent, names: Names): unknown[] {
  const sd = sides(e);
  const src = sourceLists(e);
  return [
    e.id,
    e.story,
    e.date,
    e.precision,
    e.dateContested,
    e.sort,
    e.type,
    e.mode,
    cameoOf(e.type, e.mode).quad,
    e.actorCodes.length ? e.actorCodes : codesOf(sd.actor, names),
    sd.actor,
    sd.actor.map((id) => nameOf(id, names)),
    e.recipientCodes.length ? e.recipientCodes : codesOf(sd.recipient, names),
    sd.recipient,
    sd.recipient.map((id) => nameOf(id, names)),
    sd.thirdParty,
    e.location,
    e.location ? nameOf(e.location, names) : null,
    placeCountry(e, names),
    e.status,
    e.sourceCount,
    src.urls,
    src.outlets,
    src.published,
    src.reported,
    e.sources[0]?.sentence ?? null,
  ];
}

/** The columns of a GDELT 2.0 event record, in order, then thoisu's own. */
export const GDELT_HEAD = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  ...["Actor1", "Actor2"].flatMap((a) => ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"].map((c) => a + c)),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...["Actor1Geo_", "Actor2Geo_", "ActionGeo_"].flatMap((a) => ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map((c) => a + c)),
  "DATEADDED",
  "SOURCEURL",
  "ThoisuEventID",
  "ThoisuStoryID",
  "ThoisuType",
  "ThoisuMode",
  "ThoisuDate",
  "ThoisuDatePrecision",
  "ThoisuStatus",
  "ThoisuActorIDs",
  "ThoisuRecipientIDs",
  "ThoisuSourceURLs",
  "ThoisuSourceOutlets",
  "ThoisuSourcePublished",
  "ThoisuSourceReported",
];

const digits = (d: string | null | undefined) => (d ? d.replace(/-/g, "").slice(0, 8) : "");

/**
 * One story event as a GDELT 2.0 event record. GDELT has one actor per side: Actor1/Actor2 are
 * the first actor and recipient (codes, names; the CAMEO country code is the ISO 3166 alpha-3
 * code of their state). The date is the event's first day (its precision in ThoisuDatePrecision;
 * an undated event has its report date); the place's country code is ISO alpha-3, not GDELT's
 * FIPS. Fields thoisu does not know (tone, Goldstein scale, coordinates) are left empty.
 */
export function gdeltRow(e: StoryEvent, names: Names): unknown[] {
  const sd = sides(e);
  const day = (e.sort ?? "").slice(0, 10);
  const full = /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : /^\d{4}-\d{2}$/.test(day) ? `${day}-01` : /^\d{4}$/.test(day) ? `${day}-01-01` : "";
  const y = full.slice(0, 4);
  const frac = full ? (Number(y) + (Date.parse(full) - Date.UTC(Number(y), 0, 1)) / (365 * 86400000)).toFixed(4) : "";
  const actorCols = (ids: string[], codes: string[]) => {
    const id = ids[0];
    const info = id ? names.get(id) : undefined;
    const code = info?.code ?? codes[0] ?? "";
    return [code, id ? nameOf(id, names).toUpperCase() : "", info?.type === "gpe" || info?.type === "place" ? (info.code ?? "") : code, "", "", "", "", info?.type === "gpe" ? "" : info?.type === "org" ? "IGO" : "", "", ""];
  };
  const c = cameoOf(e.type, e.mode);
  const place = e.location;
  const geoType = place ? (names.get(place)?.type === "gpe" ? 1 : 4) : "";
  const geo = [geoType, place ? nameOf(place, names) : "", placeCountry(e, names) ?? "", "", "", "", "", place ?? ""];
  const noGeo = ["", "", "", "", "", "", "", ""];
  const src = sourceLists(e);
  const first = e.sources[0];
  const added = digits(first?.published ?? first?.reported) + "000000";
  return [
    parseInt(e.id.slice(0, 12), 16),
    digits(full),
    digits(full).slice(0, 6),
    y,
    frac,
    ...actorCols(sd.actor, e.actorCodes),
    ...actorCols(sd.recipient, e.recipientCodes),
    1,
    c.code,
    c.base,
    c.root,
    c.quad ?? "",
    "",
    e.sourceCount,
    new Set(independent(e).map((s) => s.outlet)).size,
    e.sourceCount,
    "",
    ...noGeo,
    ...noGeo,
    ...geo,
    added.length === 14 ? added : "",
    first?.url ?? "",
    e.id,
    e.story ?? "",
    e.type,
    e.mode ?? "",
    e.date ?? "",
    e.precision,
    e.status,
    sd.actor,
    sd.recipient,
    src.urls,
    src.outlets,
    src.published,
    src.reported,
  ];
}

/** The columns of a POLECAT event record (PLOVER-coded), then thoisu's own. */
export const POLECAT_HEAD = [
  "Event ID",
  "Event Date",
  "Event Type",
  "Event Mode",
  "Event Intensity",
  "Quad Code",
  "Contexts",
  "Actor Name",
  "Actor Country",
  "Actor COW",
  "Primary Actor Sector",
  "Actor Sectors",
  "Actor Title",
  "Actor Name Raw",
  "Wikipedia Actor ID",
  "Recipient Name",
  "Recipient Country",
  "Recipient COW",
  "Primary Recipient Sector",
  "Recipient Sectors",
  "Recipient Title",
  "Recipient Name Raw",
  "Wikipedia Recipient ID",
  "Placename",
  "City",
  "District",
  "Province",
  "Country",
  "Latitude",
  "Longitude",
  "GeoNames ID",
  "Raw Placename",
  "Feature Type",
  "Source",
  "Publication Date",
  "Story People",
  "Story Organizations",
  "Story Locations",
  "Language",
  "Version",
  "Date Precision",
  "Event Status",
  "Story ID",
  "Third Party",
  "Source URLs",
  "Source Outlets",
  "Source Report Dates",
];

const QUAD_NAME = ["", "VERBAL COOPERATION", "MATERIAL COOPERATION", "VERBAL CONFLICT", "MATERIAL CONFLICT"];

/** One story event as a POLECAT record: actors and recipients by name, country (ISO alpha-3) and Wikipedia id; lists joined by ";". */
export function polecatRow(e: StoryEvent, names: Names, version: string): unknown[] {
  const sd = sides(e);
  const src = sourceLists(e);
  const first = e.sources[0];
  const people = new Set<string>();
  const orgs = new Set<string>();
  const places = new Set<string>();
  for (const s of e.sources)
    for (const id of [...s.actor, ...s.recipient, ...s.third_party, ...(s.location ? [s.location] : [])]) {
      const t = names.get(id)?.type;
      (t === "person" ? people : t === "org" || t === "media" ? orgs : places).add(nameOf(id, names));
    }
  const place = e.location;
  const pt = place ? names.get(place)?.type : undefined;
  const quad = cameoOf(e.type, e.mode).quad;
  return [
    e.id,
    e.date ?? e.sort ?? "",
    e.type,
    e.mode ?? "",
    "",
    quad ? QUAD_NAME[quad] : "",
    "",
    sd.actor.map((id) => nameOf(id, names)),
    codesOf(sd.actor, names),
    "",
    "",
    "",
    "",
    "",
    sd.actor,
    sd.recipient.map((id) => nameOf(id, names)),
    codesOf(sd.recipient, names),
    "",
    "",
    "",
    "",
    "",
    sd.recipient,
    place ? nameOf(place, names) : "",
    place && pt === "place" ? nameOf(place, names) : "",
    "",
    "",
    placeCountry(e, names) ?? "",
    "",
    "",
    "",
    place ?? "",
    place ? (pt === "gpe" ? "country" : "place") : "",
    first?.outlet ?? "",
    first?.published ?? first?.reported ?? "",
    [...people],
    [...orgs],
    [...places],
    "vi",
    `thoisu ${version}`,
    e.precision,
    e.status,
    e.story ?? "",
    sd.thirdParty,
    src.urls,
    src.outlets,
    src.reported,
  ];
}

function cell(v: unknown, sep: string): string {
  const s = v == null ? "" : Array.isArray(v) ? v.join(";") : String(v);
  if (sep === "\t") return s.replace(/[\t\r\n]+/g, " ");
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as delimited text: CSV (RFC 4180, CRLF) or tab-separated (GDELT, POLECAT). */
export function delimited(head: string[] | null, rows: unknown[][], sep: "," | "\t"): string {
  const eol = sep === "," ? "\r\n" : "\n";
  return [...(head ? [head] : []), ...rows].map((r) => r.map((v) => cell(v, sep)).join(sep)).join(eol) + eol;
}

/** A story event as a PLOVER-style JSON record (POLECAT-like field names), every source listed. */
export function ploverRecord(e: StoryEvent, names: Names): Record<string, unknown> {
  const sd = sides(e);
  const who = (ids: string[]) => ids.map((id) => ({ id, name: nameOf(id, names), code: names.get(id)?.code ?? null }));
  return {
    event_id: e.id,
    story_id: e.story,
    event_type: e.type,
    event_mode: e.mode,
    event_date: e.date,
    date_precision: e.precision,
    date_contested: e.dateContested,
    dates: e.dates,
    actor: who(sd.actor),
    recipient: who(sd.recipient),
    third_party: who(sd.thirdParty),
    actor_codes: e.actorCodes,
    recipient_codes: e.recipientCodes,
    participants: e.participants,
    location: e.location ? { id: e.location, name: nameOf(e.location, names), country: placeCountry(e, names) } : null,
    status: e.status,
    claims: e.claims,
    source_count: e.sourceCount,
    sources: e.sources.map((s) => ({
      article_id: s.articleId,
      event_id: s.eventId,
      outlet: s.outlet,
      url: s.url,
      title: s.title,
      published: s.published,
      reported: s.reported,
      date: s.date,
      status: s.status,
      attribution: s.attribution,
      syndicated: s.syndicated ?? false,
      sentence: s.sentence,
    })),
  };
}
