import { describe, expect, it } from "vitest";
import { processes } from "../processes/registry.js";
import { makeFlowLayout, type NodeLayout } from "./flow-layout.js";

const overlap = (a: NodeLayout, b: NodeLayout) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(processes.map((p) => [p.name, p.definition] as const))(
  "makeFlowLayout of %s",
  (_name, definition) => {
    const layout = makeFlowLayout(definition);

    it("places every step once, inside the drawing, no box over another", () => {
      expect(layout.nodes.map((n) => n.id).sort()).toEqual(
        definition.steps.map((s) => s.id).sort(),
      );
      for (const node of layout.nodes) {
        expect(node.x).toBeGreaterThanOrEqual(0);
        expect(node.y).toBeGreaterThanOrEqual(0);
        expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
        expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
      }
      for (const [i, a] of layout.nodes.entries())
        for (const b of layout.nodes.slice(i + 1))
          expect(overlap(a, b), `${a.id}/${b.id}`).toBe(false);
    });

    it("keeps the main path in the kernel's order, top to bottom", () => {
      const column = layout.nodes.filter((n) => n.step.kind !== "loop");
      const ys = column.map((n) => n.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
    });

    it("keeps every arrow inside the drawing", () => {
      for (const edge of layout.edges) {
        for (const [, x, y] of edge.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
          expect(Number(x)).toBeGreaterThanOrEqual(0);
          expect(Number(x)).toBeLessThanOrEqual(layout.width);
          expect(Number(y)).toBeGreaterThanOrEqual(-40);
          expect(Number(y)).toBeLessThanOrEqual(layout.height + 40);
        }
      }
    });

    it("is the same every time (no measuring, no jump)", () => {
      expect(makeFlowLayout(definition)).toEqual(layout);
    });
  },
);
