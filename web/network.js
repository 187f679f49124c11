/**
 * The actor network: who consulted or confronted whom, drawn with cytoscape (loaded on first
 * use). An arrow when one side acted on the other; a plain line when they acted together (talks
 * with no host, a joint statement). Labels are kept apart: short names, a force layout with room
 * between nodes, labels of small nodes shown when zoomed in.
 */
import { esc, fmt } from "./util.js";

const MAX_NODES = 40;
let cy = null;

/** A short label: states by their name, people by their surname part, long names cut. */
function shortLabel(n) {
  const name = n.name ?? n.id;
  if (n.type === "person") {
    const parts = name.split(" ");
    return parts.length > 1 ? parts[parts.length - 1] : name;
  }
  return name.length > 22 ? `${name.slice(0, 20)}…` : name;
}

export async function renderNetwork(graphEl, listEl, net) {
  const keep = new Set(net.nodes.slice(0, MAX_NODES).map((n) => n.id));
  const nodes = net.nodes.filter((n) => keep.has(n.id));
  const edges = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const name = new Map(net.nodes.map((n) => [n.id, n.name]));

  listEl.innerHTML = edges.length
    ? edges
        .slice(0, 25)
        .map((e) => {
          const types = Object.entries(e.types)
            .map(([t, n]) => `${t}${n > 1 ? ` ×${n}` : ""}`)
            .join(", ");
          const link = e.directed ? "→" : "&amp;";
          return `<li><span class="swatch ${e.kind === "cooperation" ? "coop" : "conf"}"></span>${esc(name.get(e.source))} ${link} ${esc(name.get(e.target))}: ${esc(types)}</li>`;
        })
        .join("")
    : "<li>No links between actors among these story events.</li>";

  const { default: cytoscape } = await import("/vendor/cytoscape.mjs");
  if (cy) cy.destroy();
  const max = Math.max(1, ...nodes.map((n) => n.events));
  cy = cytoscape({
    container: graphEl,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, label: shortLabel(n), full: n.name, size: 16 + 34 * Math.sqrt(n.events / max), big: n.events / max >= 0.25 ? 1 : 0 } })),
      ...edges.map((e, i) => ({
        data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, directed: e.directed ? 1 : 0, w: Math.min(8, 1 + Math.log2(e.count + 1) * 1.5), count: e.count },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          "background-color": "#3b4a6b",
          label: "data(label)",
          width: "data(size)",
          height: "data(size)",
          "font-size": 12,
          "min-zoomed-font-size": 9,
          color: "#1b1f27",
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-wrap": "ellipsis",
          "text-max-width": "110px",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.85,
          "text-background-padding": 2,
          "text-background-shape": "roundrectangle",
        },
      },
      { selector: "node[big = 1]", style: { "font-size": 13, "font-weight": 600, "z-index": 10 } },
      { selector: "edge", style: { width: "data(w)", "curve-style": "bezier", opacity: 0.75, "target-arrow-shape": "none" } },
      { selector: "edge[directed = 1]", style: { "target-arrow-shape": "triangle", "arrow-scale": 1.1 } },
      { selector: 'edge[kind = "cooperation"]', style: { "line-color": "#1f7a4d", "target-arrow-color": "#1f7a4d" } },
      { selector: 'edge[kind = "conflict"]', style: { "line-color": "#b3261e", "target-arrow-color": "#b3261e" } },
    ],
    layout: {
      name: "cose",
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 40000,
      idealEdgeLength: () => 110,
      nodeOverlap: 40,
      componentSpacing: 120,
      gravity: 0.25,
      numIter: 1500,
      padding: 30,
    },
    wheelSensitivity: 0.3,
  });
  graphEl.setAttribute(
    "aria-label",
    `Actor network graph${net.by === "state" ? " by state" : ""}: ${fmt(nodes.length)} nodes, ${fmt(edges.length)} links; the strongest links are listed below`,
  );
}
