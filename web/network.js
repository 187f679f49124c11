/** The actor network: who consulted or confronted whom, drawn with cytoscape (loaded on first use). */
import { esc, fmt } from "./util.js";

const MAX_NODES = 60;
let cy = null;

export async function renderNetwork(graphEl, listEl, net) {
  const keep = new Set(net.nodes.slice(0, MAX_NODES).map((n) => n.id));
  const nodes = net.nodes.filter((n) => keep.has(n.id));
  const edges = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const name = new Map(net.nodes.map((n) => [n.id, n.name]));

  listEl.innerHTML = edges.length
    ? edges
        .slice(0, 25)
        .map((e) => {
          const types = Object.entries(e.types).map(([t, n]) => `${t}${n > 1 ? ` ×${n}` : ""}`).join(", ");
          return `<li><span class="swatch ${e.kind === "cooperation" ? "coop" : "conf"}"></span>${esc(name.get(e.source))} → ${esc(name.get(e.target))}: ${esc(types)}</li>`;
        })
        .join("")
    : "<li>No links between actors among these story events.</li>";

  const { default: cytoscape } = await import("/vendor/cytoscape.mjs");
  if (cy) cy.destroy();
  const max = Math.max(1, ...nodes.map((n) => n.events));
  cy = cytoscape({
    container: graphEl,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, label: n.name, size: 18 + 30 * Math.sqrt(n.events / max) } })),
      ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, w: Math.min(8, 1 + Math.log2(e.count + 1) * 1.5), count: e.count } })),
    ],
    style: [
      {
        selector: "node",
        style: {
          "background-color": "#3b4a6b",
          label: "data(label)",
          width: "data(size)",
          height: "data(size)",
          "font-size": 11,
          color: "#1b1f27",
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": 1,
        },
      },
      { selector: "edge", style: { width: "data(w)", "curve-style": "bezier", "target-arrow-shape": "triangle", opacity: 0.8 } },
      { selector: 'edge[kind = "cooperation"]', style: { "line-color": "#1f7a4d", "target-arrow-color": "#1f7a4d" } },
      { selector: 'edge[kind = "conflict"]', style: { "line-color": "#b3261e", "target-arrow-color": "#b3261e" } },
    ],
    layout: { name: nodes.length > 40 ? "circle" : "cose", animate: false, randomize: false, nodeRepulsion: () => 8000, padding: 20 },
    wheelSensitivity: 0.3,
  });
  graphEl.setAttribute("aria-label", `Actor network graph: ${fmt(nodes.length)} actors, ${fmt(edges.length)} links; the strongest links are listed below`);
}
