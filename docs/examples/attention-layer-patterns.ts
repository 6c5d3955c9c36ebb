// Hybrid layer patterns of the built-in models
import { attentionLabel } from "@modelsys/attention";
import { getModel } from "@modelsys/catalog";

const models = ["step-3.5-flash", "llama-4-maverick", "minimax-m1", "kimi-linear"];
const colours: Record<string, string> = { full: "#3451b2", local: "#7ec699", linear: "#f0a020" };

const rows: string[] = [];
const counts: Record<string, unknown>[] = [];
let y = 0;
for (const id of models) {
  const model = getModel(id);
  const kinds = model.layers.map((layer) =>
    layer.attention.kind === "linear" ? "linear" : layer.attention.window === undefined ? "full" : "local",
  );
  rows.push(`<text x="0" y="${y + 9}" font-size="9">${id}</text>`);
  kinds.forEach((kind, index) => {
    rows.push(`<rect x="${110 + index * 7}" y="${y}" width="6" height="12" fill="${colours[kind]}"/>`);
  });
  y += 18;

  const labels = new Map<string, number>();
  for (const layer of model.layers) labels.set(attentionLabel(layer.attention), (labels.get(attentionLabel(layer.attention)) ?? 0) + 1);
  counts.push({ model: id, layers: model.layers.length, pattern: [...labels].map(([label, count]) => `${count}× ${label}`).join(" + ") });
}
svg(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 700 ${y}">${rows.join("")}</svg>`);
print("blue: full attention, green: sliding window or chunked, orange: linear attention");
table(counts);
