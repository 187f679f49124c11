/* global window */
/**
 * The actor network: who consulted or confronted whom, drawn with cytoscape (loaded on first
 * use). An arrow when one side acted on the other; a plain line when they acted together (talks
 * with no host, a joint statement). Labels are kept apart: short names, a force layout with room
 * between nodes, labels of small nodes shown when zoomed in.
 */
import { esc, fmt } from "./util.js";

const MAX_NODES = 30;
/** Label size on screen, in px, whatever the zoom the graph is fitted at. */
const LABEL_PX = 12;
let cy = null;

/** A short label: short names whole, longer names of people by their last name, long names cut. */
function shortLabel(n) {
  const name = n.name ?? n.id;
  if (n.type === "person" && name.length > 14) {
    const parts = name.split(" ");
    return parts.length > 1 ? parts[parts.length - 1] : name;
  }
  return name.length > 22 ? `${name.slice(0, 20)}…` : name;
}

/** Pushes apart nodes whose boxes (labels included) overlap; true when it moved any. */
function separate(cy) {
  const nodes = cy.nodes().toArray();
  let moved = false;
  for (let it = 0; it < 80; it++) {
    let any = false;
    const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (ox <= 0 || oy <= 0) continue;
        any = true;
        const pa = nodes[i].position();
        const pb = nodes[j].position();
        // Along the axis that needs the smaller move, half each way, a little more than needed.
        if (ox < oy) {
          const d = (ox / 2 + 2) * (pa.x <= pb.x ? 1 : -1);
          nodes[i].position({ x: pa.x - d, y: pa.y });
          nodes[j].position({ x: pb.x + d, y: pb.y });
        } else {
          const d = (oy / 2 + 2) * (pa.y <= pb.y ? 1 : -1);
          nodes[i].position({ x: pa.x, y: pa.y - d });
          nodes[j].position({ x: pb.x, y: pb.y + d });
        }
        boxes[i] = nodes[i].boundingBox({ includeLabels: true, includeOverlays: false });
        boxes[j] = nodes[j].boundingBox({ includeLabels: true, includeOverlays: false });
      }
    }
    if (!any) break;
    moved = true;
  }
  return moved;
}

export async function renderNetwork(graphEl, listEl, net) {
  const keep = new Set(net.nodes.slice(0, MAX_NODES).map((n) => n.id));
  const edges = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  // A node whose links all go to nodes left out would stand alone: left out too.
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = net.nodes.filter((n) => linked.has(n.id));
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
      ...nodes.map((n) => ({ data: { id: n.id, label: shortLabel(n), full: n.name, size: 16 + 34 * Math.sqrt(n.events / max), big: n.events / max >= 0.25 ? 1 : 0, font: LABEL_PX, labelWidth: 110 } })),
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
          "font-size": "data(font)",
          color: "#1b1f27",
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-wrap": "ellipsis",
          "text-max-width": "data(labelWidth)",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.85,
          "text-background-padding": 2,
          "text-background-shape": "roundrectangle",
        },
      },
      { selector: "node[big = 1]", style: { "font-weight": 600, "z-index": 10 } },
      { selector: "edge", style: { width: "data(w)", "curve-style": "bezier", opacity: 0.75, "target-arrow-shape": "none" } },
      { selector: "edge[directed = 1]", style: { "target-arrow-shape": "triangle", "arrow-scale": 1.1 } },
      { selector: 'edge[kind = "cooperation"]', style: { "line-color": "#1f7a4d", "target-arrow-color": "#1f7a4d" } },
      { selector: 'edge[kind = "conflict"]', style: { "line-color": "#b3261e", "target-arrow-color": "#b3261e" } },
    ],
    layout: { name: "preset" },
    wheelSensitivity: 0.3,
  });
  // Laid out twice: once to learn the zoom the graph fits at, once more with the labels at the
  // size they will have on screen at that zoom, so the layout keeps them apart.
  const layout = (extra) =>
    new Promise((resolve) => {
      const l = cy.layout({
        name: "cose",
        animate: false,
        randomize: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 60000,
        idealEdgeLength: () => 90,
        nodeOverlap: 60,
        componentSpacing: 60,
        gravity: 0.4,
        numIter: 1500,
        padding: 20,
        ...extra,
      });
      l.one("layoutstop", resolve);
      l.run();
    });
  const sizeLabels = () => {
    const z = cy.zoom();
    cy.nodes().forEach((n) => n.data({ font: LABEL_PX / z, labelWidth: 110 / z }));
  };
  await layout({});
  cy.fit(undefined, 24);
  sizeLabels();
  await layout({});
  // Then no two labels (with their nodes) may overlap: overlapping ones are pushed apart, the
  // graph fitted again, the labels sized again for that zoom, until it holds.
  for (let pass = 0; pass < 6; pass++) {
    cy.fit(undefined, 24);
    sizeLabels();
    if (!separate(cy)) break;
  }
  // For the browser tests (and the curious): the label boxes as drawn.
  if (window.__thoisu) {
    window.__thoisu.labels = () =>
      cy.nodes().map((n) => ({ id: n.id(), label: n.data("label"), px: n.data("font") * cy.zoom(), box: n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
  }
  graphEl.setAttribute(
    "aria-label",
    `Actor network graph${net.by === "state" ? " by state" : ""}: ${fmt(nodes.length)} nodes, ${fmt(edges.length)} links; the strongest links are listed below`,
  );
}
