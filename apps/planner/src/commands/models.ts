import { attentionLabel } from "@modelsys/attention";
import { BUILTIN_MODELS, groupLayers, type ModelDescriptor } from "@modelsys/catalog";
import { modelDecodeCost } from "@modelsys/roofline";

import type { CliIo } from "../io.js";
import { formatNumber, formatTable } from "../table.js";

/** Runs `planner models`: the built-in models with their layer stacks. */
export function runModels(options: { json: boolean }, io: CliIo): void {
  if (options.json) {
    io.stdout(`${JSON.stringify(BUILTIN_MODELS, null, 2)}\n`);
    return;
  }

  const header = ["id", "name", "layers", "attention", "FFN", "KV B/token", "source"];
  const rows = BUILTIN_MODELS.map((model) => [
    model.id,
    model.name,
    String(model.layers.length),
    attentionSummary(model),
    ffnSummary(model),
    formatNumber(modelDecodeCost(model, { contextTokens: 0 }).kvBytesPerContextToken),
    model.source.length > 60 ? `${model.source.slice(0, 57)}...` : model.source,
  ]);
  const align = ["left", "left", "right", "left", "left", "right", "left"] as const;
  io.stdout(`${formatTable(header, rows, align)}\n\nKV B/token: cache bytes per context token over all layers, at the family's element types.\n`);
}

function attentionSummary(model: ModelDescriptor): string {
  const counts = new Map<string, number>();
  for (const layer of model.layers) {
    const label = attentionLabel(layer.attention);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${count}× ${label}`).join(" + ");
}

function ffnSummary(model: ModelDescriptor): string {
  // Group by FFN alone, so layers that differ only in attention or cache element type share a group.
  const first = model.layers[0]!;
  return groupLayers(model.layers.map((layer) => ({ ...layer, attention: first.attention, cacheElementType: first.cacheElementType })))
    .map(({ layer, indices }) => {
      const ffn = layer.ffn;
      if (ffn.kind === "dense") return `${indices.length}× dense ${ffn.intermediateSize}`;
      const total = ffn.numRoutedExperts === null ? "" : `/${ffn.numRoutedExperts}`;
      const shared = ffn.numSharedExperts > 0 ? ` +${ffn.numSharedExperts} shared` : "";
      return `${indices.length}× MoE ${ffn.numActiveExperts}${total}${shared}`;
    })
    .join(" + ");
}
