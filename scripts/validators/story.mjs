// Validates data/story/*.json: a note, a source and a non-empty list of lower-case words,
// each written once.
export function validate(json) {
  const p = [];
  if (typeof json.note !== "string" || !json.note.trim()) p.push("no 'note'");
  if (typeof json.source !== "string" || !json.source.trim()) p.push("no 'source'");
  if (!Array.isArray(json.words) || json.words.length === 0) return [...p, "no 'words' list"];
  const seen = new Set();
  json.words.forEach((w, i) => {
    if (typeof w !== "string" || !w.trim() || w.trim() !== w) p.push(`words[${i}]: not a trimmed string`);
    else if (w !== w.normalize("NFC").toLowerCase()) p.push(`words[${i}] (${w}): not lower case NFC`);
    else if (seen.has(w)) p.push(`words[${i}] (${w}): listed twice`);
    seen.add(w);
  });
  return p;
}
