import { BUILTIN_ACCELERATORS, ridgePoint } from "@modelsys/catalog";

import type { CliIo } from "../io.js";
import { formatNumber, formatTable } from "../table.js";

/** Runs `planner hardware`: the built-in accelerators with their figures. */
export function runHardware(options: { json: boolean }, io: CliIo): void {
  if (options.json) {
    io.stdout(`${JSON.stringify(BUILTIN_ACCELERATORS, null, 2)}\n`);
    return;
  }

  const header = ["id", "name", "USD/h", "BF16 TFLOP/s", "FP8 TFLOP/s", "HBM TB/s", "HBM GB", "NICs/server", "ridge FLOP/B"];
  const rows = BUILTIN_ACCELERATORS.map((accelerator) => [
    accelerator.id,
    accelerator.name,
    accelerator.priceUsdPerHour === null ? "no price" : accelerator.priceUsdPerHour.toFixed(2),
    formatNumber(accelerator.peakFlopsPerSecond.bf16 / 1e12, 1),
    accelerator.peakFlopsPerSecond.fp8 === null ? "none" : formatNumber(accelerator.peakFlopsPerSecond.fp8 / 1e12, 1),
    formatNumber(accelerator.hbmBandwidthBytesPerSecond / 1e12, 2),
    formatNumber(accelerator.hbmCapacityBytes / 1e9),
    `${accelerator.nicsPerServer} × ${accelerator.nicBandwidthGbps} Gbps`,
    formatNumber(ridgePoint(accelerator)),
  ]);
  const align = ["left", "left", "right", "right", "right", "right", "right", "right", "right"] as const;
  const footer = [
    "Peaks are dense (no 2:4 sparsity). The ridge point uses the FP8 peak where the card has FP8.",
    "Cards with no price take one from --price <id>=<USD per card-hour> in planner cost, planner prefill and planner afd.",
    ...figureNotes(),
  ];
  io.stdout(`${formatTable(header, rows, align)}\n\n${footer.join("\n")}\n`);
}

/**
 * Lists each card's notes on unconfirmed figures and assumptions, so the table does not present
 * them as confirmed. Notes about a missing price are left out, because the price column shows it.
 */
function figureNotes(): string[] {
  const lines: string[] = [];
  for (const accelerator of BUILTIN_ACCELERATORS) {
    const notes = accelerator.notes.filter((note) => !note.startsWith("No public rental price"));
    for (const note of notes) lines.push(`  ${accelerator.id}: ${note}`);
  }
  return lines.length === 0 ? [] : ["", "Notes:", ...lines];
}
