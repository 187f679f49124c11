#!/usr/bin/env node
// Validates every data file under data/ (lexicons, actor dictionary): well-formed JSON,
// the fields each kind needs, unique ids, well-formed dates. Prints problems with the
// file and entry, exits 1 if any. Each data folder may add a validator in
// scripts/validators/<name>.mjs exporting `validate(json, file) -> string[]`.
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative, basename, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(root, "data");
const problems = [];
let files = 0;

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

for (const file of walk(dataDir).filter((f) => f.endsWith(".json")).sort()) {
  files++;
  const rel = relative(root, file);
  let json;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    problems.push(`${rel}: not valid JSON: ${e.message}`);
    continue;
  }
  const top = relative(dataDir, file).split(/[\\/]/)[0].replace(/\.json$/, "");
  const validator = join(root, "scripts/validators", `${top}.mjs`);
  if (existsSync(validator)) {
    const mod = await import(pathToFileURL(validator).href);
    for (const p of mod.validate(json, rel)) problems.push(`${rel}: ${p}`);
  }
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`validate-data: ${problems.length} problem(s) in ${files} file(s)`);
  process.exit(1);
}
console.log(`validate-data: ${files} data file(s) OK`);
void basename;
