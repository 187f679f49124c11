import type { Timex } from "../envelope/types.js";
import { appositionOf, clauseAt, groupAt, reports, verbOf, type SentCtx, type Trig } from "./sentence.js";
import { isStatement } from "./status.js";

const DATE_VALUE = /^(?:\d{4}|XXXX)/;
const YEAR = /^\d{4}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A TIMEX3 value cut to its day ("2025-05-16T13:30" → "2025-05-16"): events are dated to the day. */
export function dayOf(value: string): string {
  const t = value.indexOf("T");
  return t > 0 && DAY.test(value.slice(0, t)) ? value.slice(0, t) : value;
}

/**
 * The sentence's timexes that can date an act: calendar values, not in a group that makes them a
 * bound ("kể từ tháng 3/2022", "trước ngày 10/1", "sau kỳ nghỉ Tết": data/events/frames.json
 * dateRoles), nor a year named as a target ("tầm nhìn đến năm 2045").
 */
export function datingTimexes(ctx: SentCtx, all: readonly Timex[]): Timex[] {
  return all.filter((t) => {
    if (t.start < ctx.s.start || t.end > ctx.s.end || !DATE_VALUE.test(t.value) || (t.type !== "DATE" && t.type !== "TIME")) return false;
    // (a deadline, "không đề cập tới thời hạn 15/3", dates no act)
    if (ctx.lex.deadlineNouns.endsIn(ctx.ix, Math.max(ctx.s.start, t.start - 24), t.start)) return false;
    const c = clauseAt(ctx, t.start);
    if (c < 0) return true;
    const cl = ctx.clauses[c]!;
    const g = cl.groups[groupAt(ctx, c, t.start)];
    const role = g?.kind === "prep" ? g.role : null;
    // (a bound is right after its preposition, or after a word of time: "sau kỳ nghỉ Tết", "trước ngày 10/1", "trước thời
    // hạn ngày 10/1"; not "sau cuộc gọi ngày 20/10", "phát biểu trước báo giới ngày 14/9")
    const first = !!g && timeLead(ctx.lower.slice(g.start, t.start), ctx.lex.dateBoundLead);
    if (role && first && ctx.lex.dateBoundRoles.has(role)) return false;
    if (YEAR.test(t.value) && role && ctx.lex.movementRoles.has(role)) return false;
    return true;
  });
}

/** Whether `text` is nothing but words of time (data/events/frames.json dateRoles.lead), one or several in a row. */
function timeLead(text: string, lead: ReadonlySet<string>): boolean {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  for (let i = 0; i < words.length; ) {
    let n = 3;
    while (n > 0 && !(i + n <= words.length && lead.has(words.slice(i, i + n).join(" ")))) n--;
    if (!n) return false;
    i += n;
  }
  return true;
}

/**
 * Each timex dates the act of its clause it follows most closely (a fronted one, the first act
 * after it); a timex of a clause of saying ("Tass ngày 28/12 đưa tin …") dates the statements it
 * reports, not the acts they report. An act named as the means or setting of another in the same
 * clause ("thống nhất qua điện đàm hôm 16-10") shares its date.
 */
export function assignDates(ctx: SentCtx, live: readonly Trig[]): Map<Trig, string> {
  const out = new Map<Trig, string>();
  const heads = live.filter((t) => !t.dropped && !t.consumedBy).sort((a, b) => a.start - b.start);
  if (!heads.length) return out;
  // the acts dated by a time opening the reported clause they stand in (the day they were told)
  const toldOn = new Set<Trig>();
  for (const tx of ctx.timexes) {
    const c = clauseAt(ctx, tx.start);
    let owner: Trig | undefined;
    // in a clause of saying, its date is the report's: not that of an act it tells about ("tiết lộ thông tin về khả năng …")
    const told = (t: Trig) => t.clause === c && (reports(ctx, c) || verbOf(ctx.clauses[c]!)?.role === "report") && aboutAct(ctx, t);
    const inClause = heads.filter((t) => t.clause === c && !told(t));
    // a time inside a bound that names what the act is before or after ("kêu gọi gia hạn ngừng bắn sau trận động đất hồi
    // cuối tháng 3"): it dates that, an act named in the bound ("sau cuộc gọi ngày 20-10"), or none
    const cl0 = ctx.clauses[c];
    const g0 = cl0?.groups[groupAt(ctx, c, tx.start)];
    const bound = g0 && g0.kind === "prep" && g0.role !== null && ctx.lex.dateBoundRoles.has(g0.role) ? g0 : null;
    const rel = cl0 && cl0.kind === "relative" && cl0.parent !== null && !inClause.length ? cl0 : null;
    if (bound) {
      const inBound = heads.filter((t) => t.start >= bound.start && t.end <= bound.end && t.end <= tx.start);
      owner = inBound[inBound.length - 1];
      if (!owner) continue;
    } else if (rel) {
      // a time in a relative clause with no act of its own ("các mức thuế mà Mỹ công bố hồi tháng 4") dates the act it
      // describes when that is the act named right before it ("cuộc gặp mà hai bên tổ chức hôm 5/2"), else none
      const pc = ctx.clauses[rel.parent!]!;
      owner = [...heads].reverse().find((t) => t.clause === rel.parent && t.nominal && t.end <= rel.start && !pc.groups.some((g) => g.kind === "verb" && g.start >= t.end && g.start < rel.start));
      if (!owner) continue;
    } else if (inClause.length) {
      owner = [...inClause].reverse().find((t) => t.end <= tx.start) ?? inClause[0];
    } else if (c >= 0 && reports(ctx, c)) {
      // the date of a report: the statements it reports, and the acts its speaker announces of its own ("Mỹ công bố trừng phạt …")
      owner = heads.find((t) => ctx.clauses[t.clause]!.parent === c && (isStatement(t) || ctx.clauses[t.clause]!.inherits));
      if (!owner) continue;
    } else {
      // a clause of time that bounds the act it depends on ("kể từ khi nhậm chức hồi tháng 6") dates none
      const m = c >= 0 ? ctx.clauses[c]!.marker : null;
      if (m && ctx.lex.dateBoundClauses.has(m.cue.normalize("NFC").toLowerCase())) continue;
      // a clause without an act: the act of the clause it depends on, or that depends on it, else the nearest before
      // (not an act its clause of saying tells about: "Ngày 2/5, Nga tiết lộ thông tin về khả năng diễn ra cuộc gặp …")
      const others = heads.filter((t) => !told(t));
      owner =
        others.find((t) => c >= 0 && (ctx.clauses[c]!.parent === t.clause || ctx.clauses[t.clause]!.parent === c)) ??
        [...others].reverse().find((t) => t.end <= tx.start) ??
        others[0];
    }
    if (!owner) continue;
    const value = dayOf(tx.value);
    // (a later date inside the one an act already has refines it: "hội nghị năm nay sẽ diễn ra trong hai ngày 24 và
    // 25/6/2025" is the 24th; "năm nay" only says which meeting)
    // (a time opening a reported clause, "cho biết hôm nay Iran sẽ gặp Mỹ vào tuần tới", is the day it was told: a date
    // after the act in that clause outranks it, unless it only names what contains the first)
    const cl = ctx.clauses[c];
    const opening = !!cl && cl.kind === "reported" && ctx.text.slice(cl.start, tx.start).trim() === "";
    const after = tx.start >= owner.end && c === owner.clause;
    for (const t of owner.consumes ? [owner, owner.consumes] : [owner]) {
      const had = out.get(t);
      if (had === undefined || refines(value, had) || (after && toldOn.has(t) && !had.startsWith(value))) {
        out.set(t, value);
        if (opening && tx.end <= t.start) toldOn.add(t);
        else toldOn.delete(t);
      }
    }
  }
  // "Chiều 1/11, A và B tiến hành hội đàm và chứng kiến lễ ký kết …": a date fronted before a clause's verb dates
  // the acts of the clauses that share its subject too
  for (const tx of ctx.timexes) {
    const c = clauseAt(ctx, tx.start);
    const cl = ctx.clauses[c];
    const v = cl ? verbOf(cl) : null;
    if (!cl || !v || tx.start >= v.start) continue;
    for (const t of heads) if (!out.has(t) && sharesSubject(ctx, t.clause, c)) out.set(t, dayOf(tx.value));
  }
  // "A và B hội đàm tại Ankara hôm 7/3, nhất trí …": a time after an act dates the act of the clause coordinated
  // right after it on the same subject, when that clause names no time, no bound ("sau 5 ngày …") and no other time
  // ("sẽ", "dự kiến" …: data/events/frames.json dateRoles.sameTime) and is joined by a comma or "và" only (not "sau đó")
  for (const tx of ctx.timexes) {
    const c = clauseAt(ctx, tx.start);
    const cl = ctx.clauses[c];
    const v = cl ? verbOf(cl) : null;
    const value = dayOf(tx.value);
    if (!cl || !v || tx.start < v.start || !heads.some((t) => t.clause === c && out.get(t) === value)) continue;
    for (const t of heads) {
      const kc = ctx.clauses[t.clause];
      if (out.has(t) || t.start < tx.end || !kc || kc.kind !== "coordinate" || !kc.inherits || kc.parent !== c) continue;
      if (kc.marker && !ctx.lex.sameTimeJoiners.has(kc.marker.cue.toLowerCase())) continue;
      if (ctx.timexes.some((x) => x.start >= kc.start && x.end <= kc.end)) continue;
      // (nor one that places itself in time by a bound: ", sau 5 ngày giao tranh …")
      if (kc.groups.some((g) => g.kind === "prep" && g.role !== null && ctx.lex.dateBoundRoles.has(g.role) && ctx.allTimexes.some((x) => x.start >= g.start && x.end <= g.end))) continue;
      if (verbOf(kc)?.markers.some((m) => ctx.lex.otherTimeMarkers.has(m.label))) continue;
      out.set(t, value);
    }
  }
  // "Israel không kích Dải Gaza và bắt giữ hàng chục người hôm 10/5": a time closing the act of a clause coordinated on
  // the same subject dates the acts of the clauses before it it is coordinated with, under the same conditions each way
  for (const tx of ctx.timexes) {
    const c = clauseAt(ctx, tx.start);
    const cl = ctx.clauses[c];
    const v = cl ? verbOf(cl) : null;
    const value = dayOf(tx.value);
    if (!cl || !v || tx.start < v.start || !sameTime(ctx, c) || !heads.some((t) => t.clause === c && out.get(t) === value)) continue;
    const p = cl.parent!;
    for (const t of heads) {
      if (out.has(t) || t.end > cl.start) continue;
      const k = t.clause;
      if (k !== p && !(ctx.clauses[k]?.parent === p && k < c && sameTime(ctx, k))) continue;
      const kc = ctx.clauses[k]!;
      if (ctx.allTimexes.some((x) => x.start >= kc.start && x.end <= kc.end)) continue;
      if (verbOf(kc)?.markers.some((m) => ctx.lex.otherTimeMarkers.has(m.label))) continue;
      out.set(t, value);
    }
  }
  // "Khi gặp Tổng thống Zelensky hôm 14/2, ông Vance kêu gọi …": the date of the act of a clause of time saying the act
  // it depends on coincides with it (data/events/frames.json dateRoles.coincide) dates that act, when its own clause
  // names no time and no other time of its own
  for (let k = ctx.c0; k < ctx.c1; k++) {
    const kc = ctx.clauses[k]!;
    if (!coincides(ctx, k)) continue;
    const date = heads.map((t) => (t.clause === k ? out.get(t) : undefined)).find((d) => d !== undefined);
    const pc = ctx.clauses[kc.parent!];
    if (!date || !pc || ctx.allTimexes.some((x) => x.start >= pc.start && x.end <= pc.end)) continue;
    if (verbOf(pc)?.markers.some((m) => ctx.lex.otherTimeMarkers.has(m.label))) continue;
    for (const t of heads) if (t.clause === kc.parent && !out.has(t)) out.set(t, date);
  }
  // a statement without a date of its own: the date its speaker spoke ("Phát biểu trước báo giới ngày 14/9, …")
  for (const t of heads) {
    if (out.has(t) || !isStatement(t)) continue;
    const d = speechDate(ctx, t.clause) ?? quotedDate(ctx, t.clause);
    if (d) out.set(t, d);
  }
  // "một ngày sau khi <act of the 10th>": an exact offset from a dated act dates the act it is said of
  for (let k = ctx.c0; k < ctx.c1; k++) {
    const cl = ctx.clauses[k]!;
    if (cl.kind !== "temporal" || cl.parent === null || !cl.marker) continue;
    const sign = ctx.lex.offsetConnectives.get(cl.marker.cue);
    if (sign === undefined) continue;
    const words = ctx.lower.slice(Math.max(ctx.s.start, cl.marker.start - 24), cl.marker.start).trim().split(/\s+/u);
    const n = ctx.lex.offsetNumbers.get(words[words.length - 2] ?? "") ?? Number(words[words.length - 2]);
    const unit = ctx.lex.offsetUnits.get(words[words.length - 1] ?? "");
    if (!unit || !Number.isFinite(n) || n <= 0) continue;
    const anchor = heads.map((t) => (t.clause === k ? out.get(t) : undefined)).find((d) => d !== undefined && DAY.test(d));
    if (anchor) {
      const value = shiftDay(anchor, sign * n * unit);
      for (const t of heads) if (t.clause === cl.parent && !out.has(t)) out.set(t, value);
      continue;
    }
    // the other way round: "Israel hôm 10/5 không kích Yemen, một ngày sau khi Houthi phóng tên lửa" — the act of the
    // clause said of is dated, the act the offset counts from is a day before it
    const main = heads.map((t) => (t.clause === cl.parent ? out.get(t) : undefined)).find((d) => d !== undefined && DAY.test(d));
    if (!main) continue;
    const value = shiftDay(main, -sign * n * unit);
    for (const t of heads) if (t.clause === k && !out.has(t)) out.set(t, value);
  }
  // "Bishkek và Dushanbe khi đó cáo buộc lẫn nhau …": an act with no time of its own whose verb says it happened at the
  // time told before takes the last calendar time its paragraph named (frames.json dateRoles.then)
  if (ctx.priorDate && !ctx.allTimexes.length)
    for (const t of heads) {
      const v = ctx.clauses[t.clause] ? verbOf(ctx.clauses[t.clause]!) : null;
      if (!out.has(t) && v?.markers.some((m) => ctx.lex.thenMarkers.has(m.label))) out.set(t, ctx.priorDate);
    }
  // "thống nhất qua điện đàm hôm 16-10": the act whose means or setting (a meeting it is at) is a dated act shares its date
  for (const u of heads) {
    const date = out.get(u);
    if (date === undefined) continue;
    const cl = ctx.clauses[u.clause];
    const g = cl?.groups[u.group];
    if (!cl || !g || g.kind !== "prep" || (g.role !== "via" && g.role !== "in" && !(g.role === "at" && u.nominal && u.def.type === "CONSULT"))) continue;
    // (before or after the act: "Trong cuộc điện đàm hôm 10/5, A và B nhất trí …", "Tại hội nghị trực tuyến hôm 28-12, …")
    for (const t of heads) if (t !== u && t.clause === u.clause && !out.has(t) && cl.groups[t.group]?.kind === "verb") out.set(t, date);
  }
  return out;
}

/**
 * Whether clause `k` is coordinated on the subject of the clause before it and shares its time: joined by a comma or
 * "và" (data/events/frames.json dateRoles.sameTime joiners), its verb carrying no marker of another time.
 */
function sameTime(ctx: SentCtx, k: number): boolean {
  const kc = ctx.clauses[k];
  if (!kc || kc.kind !== "coordinate" || !kc.inherits || kc.parent === null) return false;
  if (kc.marker && !ctx.lex.sameTimeJoiners.has(kc.marker.cue.toLowerCase())) return false;
  return !verbOf(kc)?.markers.some((m) => ctx.lex.otherTimeMarkers.has(m.label));
}

/** Whether clause `k` is a clause of time whose act coincides with the one it depends on ("khi gặp …": frames.json dateRoles.coincide). */
function coincides(ctx: SentCtx, k: number): boolean {
  const kc = ctx.clauses[k];
  return !!kc && kc.kind === "temporal" && kc.parent !== null && !!kc.marker && ctx.lex.coincideClauses.has(kc.marker.cue.normalize("NFC").toLowerCase());
}

/** The day `days` after (before, when negative) the day `day` ("2025-05-10"). */
function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether TIMEX3 value `v` is a finer date inside `had` ("2025-06-24" in "2025" or "2025-06"; not a week in a year's season). */
function refines(v: string, had: string): boolean {
  return v.length > had.length && v.startsWith(had) && v.charAt(had.length) === "-" && /^\d/u.test(v.slice(had.length + 1));
}

/** An act named in a topic group ("về khả năng diễn ra cuộc gặp"), or in the object of a verb of saying (not said itself). */
function aboutAct(ctx: SentCtx, t: Trig): boolean {
  const cl = ctx.clauses[t.clause]!;
  const g = cl.groups[t.group];
  return !!g && g.kind === "prep" && g.role === "about";
}

/** Whether clause `k` shares the subject of clause `c`: a coordinated verb of it, or a clause on its object. */
function sharesSubject(ctx: SentCtx, k: number, c: number): boolean {
  for (let x = k, depth = 0; depth < 4; depth++) {
    const cl = ctx.clauses[x];
    if (!cl || cl.parent === null || !((cl.kind === "coordinate" && cl.inherits) || cl.kind === "complement")) return false;
    if (cl.parent === c) return true;
    x = cl.parent;
  }
  return false;
}

/**
 * The date a statement was made: a time of the clause of saying it is reported in, or of the clause
 * telling where the speaker spoke ("Phát biểu trước báo giới ngày 14/9, Tổng thống Trump …", even when read
 * as going on from a clause before it), searched up from clause `c`.
 */
export function speechDate(ctx: SentCtx, c: number): string | null {
  for (let k = c, depth = 0; k >= 0 && depth < 5; depth++) {
    const cl = ctx.clauses[k];
    if (!cl) return null;
    const v = verbOf(cl);
    const speaking = v?.role === "report" || reports(ctx, k);
    for (const tx of ctx.timexes) {
      if (tx.start < cl.start || tx.end > cl.end) continue;
      if (speaking || (v && tx.start < v.start)) return dayOf(tx.value);
    }
    for (let a = ctx.c0; a < ctx.c1; a++) {
      const adj = ctx.clauses[a]!;
      if (adj.parent !== k || (adj.kind !== "adjunct" && !coincides(ctx, a))) continue;
      const tx = ctx.timexes.find((x) => x.start >= adj.start && x.end <= adj.end);
      if (tx) return dayOf(tx.value);
    }
    // (a clause of speaking with no subject of its own right before it, read as going on from an earlier one: "Sputnik
    // đưa tin, phát biểu tại cuộc họp báo ngày 27/12, người phát ngôn … nhấn mạnh: …")
    const before = k > ctx.c0 ? ctx.clauses[k - 1] : undefined;
    if (speaking && before && before.parent !== k && verbOf(before)?.role === "report" && !before.groups.some((g) => g.kind === "subject") && cl.groups.some((g) => g.kind === "subject") && /^[\s,]*$/u.test(ctx.text.slice(before.end, cl.start))) {
      const tx = ctx.timexes.find((x) => x.start >= before.start && x.end <= before.end);
      if (tx) return dayOf(tx.value);
    }
    // (a time fronted before the copula of a list this speaker's name goes on: "Hôm 28/1, ba nước là A, B và C tuyên bố …")
    const app = speaking && cl.parent === null ? appositionOf(ctx, k) : null;
    const av = app ? verbOf(app) : null;
    const atx = app && av ? ctx.timexes.find((x) => x.start >= app.start && x.end <= av.start) : undefined;
    if (atx) return dayOf(atx.value);
    if (cl.parent === null) return null;
    k = cl.parent;
  }
  return null;
}

/**
 * The date of a statement in a quotation told before its clause of saying ("“Chúng tôi sẽ không nhượng bộ”, ông
 * Zelensky nói tại cuộc họp báo hôm 14/5"): the date that clause gives its speaking.
 */
function quotedDate(ctx: SentCtx, c: number): string | null {
  let r = c;
  for (let depth = 0; depth < 5 && ctx.clauses[r]?.parent != null; depth++) r = ctx.clauses[r]!.parent!;
  const root = ctx.clauses[r];
  if (!root || root.parent !== null) return null;
  let k = r + 1;
  while (k < ctx.c1 && ctx.clauses[k]!.parent !== null) k++;
  const next = ctx.clauses[k];
  if (!next || k >= ctx.c1 || verbOf(next)?.role !== "report") return null;
  // (nothing but the closing quotation mark and a comma between them, the quotation ending the clauses before)
  const end = Math.max(...ctx.clauses.slice(r, k).map((x) => x.end));
  if (!/^[\s"”“'’,]*$/u.test(ctx.text.slice(end, next.start)) || !/["”’]\s*,?\s*$/u.test(ctx.text.slice(root.start, next.start))) return null;
  return speechDate(ctx, k);
}

/**
 * The date of a proposed happening: a time after it in its own clause or the proposal's ("Putin ngày 10/5 đề xuất
 * đàm phán với Ukraine tại Istanbul vào ngày 15/5" is the 15th, the 10th being the day it was proposed), else the
 * date the proposal's sentence gives it.
 */
export function proposedDate(ctx: SentCtx, t: Trig, u: Trig, dates: ReadonlyMap<Trig, string>): string | null {
  const own = ctx.timexes.find((x) => x.start >= u.end && (clauseAt(ctx, x.start) === u.clause || clauseAt(ctx, x.start) === t.clause));
  return own ? dayOf(own.value) : (dates.get(t) ?? dates.get(u) ?? null);
}
