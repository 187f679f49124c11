/**
 * robots.txt (RFC 9309): the group for our product token, else the `*` group; the longest
 * matching Allow/Disallow path wins, Allow on a tie; `*` and `$` in paths; Crawl-delay.
 */
export interface RobotsRules {
  rules: Array<{ allow: boolean; pattern: string; re: RegExp }>;
  /** Seconds, when the group asks for one. */
  crawlDelay: number | null;
  /** Set when robots.txt could not be fetched (5xx, network): everything is off limits for now. */
  unreachable?: boolean;
}

export const ALLOW_ALL: RobotsRules = { rules: [], crawlDelay: null };
export const DISALLOW_ALL: RobotsRules = { rules: [{ allow: false, pattern: "/", re: /^\// }], crawlDelay: null, unreachable: true };

function patternRe(p: string): RegExp {
  const end = p.endsWith("$");
  const body = (end ? p.slice(0, -1) : p)
    .split("*")
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp("^" + body + (end ? "$" : ""));
}

/** Normalises %-escapes so "/a%2fb" and "/a%2Fb" compare equal, and non-ASCII is escaped. */
function normPath(p: string): string {
  let out: string;
  try {
    out = encodeURI(decodeURI(p));
  } catch {
    out = p;
  }
  return out.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

/** The rules that apply to `agent` (its product token, e.g. "thoisu"). */
export function parseRobots(text: string, agent: string): RobotsRules {
  const token = agent.toLowerCase();
  interface Group {
    agents: string[];
    lines: Array<[string, string]>;
  }
  const groups: Group[] = [];
  let cur: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === "user-agent") {
      if (!cur || !lastWasAgent) groups.push((cur = { agents: [], lines: [] }));
      cur.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!cur) continue;
    if (key === "allow" || key === "disallow" || key === "crawl-delay") cur.lines.push([key, value]);
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && (a === token || token.startsWith(a) || a.split("/")[0] === token)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes("*"));
  const out: RobotsRules = { rules: [], crawlDelay: null };
  for (const g of chosen) {
    for (const [k, v] of g.lines) {
      if (k === "crawl-delay") {
        const n = Number(v);
        if (Number.isFinite(n) && n >= 0) out.crawlDelay = Math.max(out.crawlDelay ?? 0, n);
        continue;
      }
      if (!v) continue; // "Disallow:" with nothing allows everything
      const pattern = normPath(v.startsWith("/") || v.startsWith("*") ? v : "/" + v);
      out.rules.push({ allow: k === "allow", pattern, re: patternRe(pattern) });
    }
  }
  return out;
}

/** Whether a URL's path (with its query) may be fetched under these rules. */
export function isAllowed(rules: RobotsRules, url: string): boolean {
  const u = new URL(url);
  const path = normPath(u.pathname + u.search);
  if (path === "/robots.txt") return true;
  let best: { allow: boolean; len: number } | null = null;
  for (const r of rules.rules) {
    if (!r.re.test(path)) continue;
    const len = r.pattern.length;
    if (!best || len > best.len || (len === best.len && r.allow && !best.allow)) best = { allow: r.allow, len };
  }
  return best ? best.allow : true;
}
