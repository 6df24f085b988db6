// Copies the browser builds and data the kooperacja pages need from node_modules into
// src/kooperacja/web/static/vendor/, each with its licence. Run: npm install && npm run build
// The output is committed, so running the app and its tests needs neither npm nor a network.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, "node_modules");
const out = join(here, "..", "src", "kooperacja", "web", "static", "vendor");

const packages = [
  { name: "cytoscape", files: ["dist/cytoscape.min.js"] },
  { name: "d3-array", files: ["dist/d3-array.min.js"] },
  { name: "d3-geo", files: ["dist/d3-geo.min.js"] },
  { name: "topojson-client", files: ["dist/topojson-client.min.js"] },
  { name: "world-atlas", files: ["countries-50m.json"] },
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const manifest = [];
for (const pkg of packages) {
  const meta = JSON.parse(readFileSync(join(nm, pkg.name, "package.json"), "utf8"));
  const dest = join(out, pkg.name);
  mkdirSync(dest, { recursive: true });
  for (const f of pkg.files) {
    copyFileSync(join(nm, pkg.name, f), join(dest, f.split("/").pop()));
  }
  copyFileSync(join(nm, pkg.name, "LICENSE"), join(dest, "LICENSE"));
  manifest.push({ name: pkg.name, version: meta.version, license: meta.license, files: pkg.files.map((f) => f.split("/").pop()) });
}
writeFileSync(join(out, "MANIFEST.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(manifest.map((m) => `${m.name}@${m.version} (${m.license})`).join("\n"));
