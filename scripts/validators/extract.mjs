// Validates data/extract/*.json (see scripts/validate-data.mjs).
//   outlets.json: { note, outlets: [{ domains: [host...], name, aliases? }] }, hosts unique, lower case, no "www."
//   lexicon files ({ note, <list>: [string...] }): non-empty strings, no duplicates.

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

export function validate(json, relPath) {
  const problems = [];
  if (!json || typeof json !== "object" || Array.isArray(json)) return ["top level must be an object"];
  if (typeof json.note !== "string" && typeof json.source !== "string") problems.push('needs a "note" or "source" saying what the file is');
  if (/outlets\.json$/.test(relPath)) {
    if (!Array.isArray(json.outlets)) return [...problems, '"outlets" must be an array'];
    const hosts = new Set();
    json.outlets.forEach((o, i) => {
      const at = `outlets[${i}]`;
      if (!o || typeof o !== "object") return problems.push(`${at}: not an object`);
      if (typeof o.name !== "string" || !o.name.trim()) problems.push(`${at}: "name" must be a non-empty string`);
      if (!Array.isArray(o.domains) || o.domains.length === 0) problems.push(`${at} (${o.name}): "domains" must be a non-empty array`);
      for (const d of o.domains ?? []) {
        if (typeof d !== "string" || !HOST.test(d)) problems.push(`${at} (${o.name}): "${d}" is not a lower-case host name`);
        else if (d.startsWith("www.")) problems.push(`${at} (${o.name}): "${d}": write hosts without "www."`);
        if (hosts.has(d)) problems.push(`${at} (${o.name}): host "${d}" listed twice`);
        hosts.add(d);
      }
      if (o.aliases !== undefined && (!Array.isArray(o.aliases) || o.aliases.some((a) => typeof a !== "string" || !a.trim()))) {
        problems.push(`${at} (${o.name}): "aliases" must be an array of non-empty strings`);
      }
    });
    return problems;
  }
  for (const [key, val] of Object.entries(json)) {
    if (key === "note" || key === "source") continue;
    if (!Array.isArray(val)) continue;
    const seen = new Set();
    val.forEach((w, i) => {
      if (typeof w !== "string" || !w.trim()) problems.push(`${key}[${i}]: must be a non-empty string`);
      else if (seen.has(w.toLowerCase())) problems.push(`${key}[${i}]: "${w}" listed twice`);
      else seen.add(w.toLowerCase());
      if (/Patterns$/.test(key) && typeof w === "string") {
        try {
          new RegExp(w, "iu");
        } catch (e) {
          problems.push(`${key}[${i}]: not a valid regular expression: ${e.message}`);
        }
      }
    });
  }
  return problems;
}
