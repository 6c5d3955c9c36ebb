import { CODEC_PRESETS, applyCodecPreset, frameSize, modelPlanes, parseCodecPreset, type CodecPreset, type PlaneDescriptor } from "@modelsys/kvcache";
import type { Command } from "commander";

import type { CliIo } from "../io.js";
import { commandLineWords, parseContexts, rejectRepeatedFlags } from "../parse-options.js";
import { resolveModel } from "../resolve-model.js";
import { formatNumber, formatTable } from "../table.js";
import { UsageError } from "../usage-error.js";

/** Link speed when `--link-gbps` is not given: a 100 Gbps Ethernet link between datacentres. */
export const DEFAULT_LINK_GBPS = 100;

/** Parsed options of `planner kv`. */
export interface KvCommandOptions {
  model: string;
  contextTokens: number;
  codec: CodecPreset;
  linkGbps: number;
  json: boolean;
}

/** Registers `planner kv` on the program. */
export function registerKvCommand(program: Command, io: CliIo): void {
  program
    .command("kv")
    .description("KV-cache bytes of one request per plane kind under a codec, and the time to send them over a link.")
    .requiredOption("--model <id or config.json>", "built-in model id or path to a Hugging Face config.json")
    .requiredOption("--context <tokens>", "context length in tokens, such as 32768 or 32K")
    .option("--codec <name>", `codec: ${CODEC_PRESETS.join(", ")}`, "bf16")
    .option("--link-gbps <Gbps>", `link speed in gigabits per second (10^9 bit/s)`, String(DEFAULT_LINK_GBPS))
    .option("--json", "print machine-readable JSON with units in the field names")
    .action((flags: Record<string, unknown>, command: Command) => {
      rejectRepeatedFlags(commandLineWords(command), ["--model", "--context", "--codec", "--link-gbps", "--json"]);
      const contexts = parseContexts([flags["context"] as string]);
      if (contexts.length !== 1 || contexts[0]! < 1) {
        throw new UsageError(`Invalid --context "${String(flags["context"])}": expected one positive number of tokens, such as 32768 or 32K.`);
      }
      const linkGbps = Number(flags["linkGbps"]);
      if (!Number.isFinite(linkGbps) || linkGbps <= 0) {
        throw new UsageError(`Invalid --link-gbps "${String(flags["linkGbps"])}": expected a positive number of gigabits per second, such as 100.`);
      }
      runKv({ model: flags["model"] as string, contextTokens: contexts[0]!, codec: parseCodecPreset(flags["codec"] as string), linkGbps, json: flags["json"] === true }, io);
    });
}

/** Runs `planner kv` and writes the table or JSON. */
export function runKv(options: KvCommandOptions, io: CliIo): void {
  const resolved = resolveModel(options.model, io);
  const planes = modelPlanes(resolved.model, { contextTokens: options.contextTokens }).map((plane) => ({
    ...applyCodecPreset(plane, options.codec),
    modelLayers: plane.modelLayers,
  }));
  const size = frameSize(planes);
  const seconds = (bytes: number) => (bytes * 8) / (options.linkGbps * 1e9);
  const rows = planes.map((plane, index) => ({
    role: plane.role,
    kind: plane.kind,
    layers: plane.modelLayers.length,
    dims: plane.dims,
    elementType: plane.elementType,
    codec: describeEncoding(plane),
    bytes: size.planes[index]!.payloadBytes,
  }));
  const byKind = (["token", "window", "state"] as const).map((kind) => ({
    kind,
    bytes: rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.bytes, 0),
  }));

  if (options.json) {
    io.stdout(
      `${JSON.stringify(
        {
          model: resolved.model.id,
          contextTokens: options.contextTokens,
          codec: options.codec,
          linkGbps: options.linkGbps,
          planes: rows,
          bytesByPlaneKind: Object.fromEntries(byKind.map((entry) => [entry.kind, entry.bytes])),
          frameOverheadBytes: size.overheadBytes,
          requestBytes: size.frameBytes,
          transferSeconds: seconds(size.frameBytes),
          importNotes: resolved.importNotes,
        },
        null,
        2,
      )}\n`,
    );
    return;
  }
  const header = ["role", "kind", "layers", "dims", "stored as", "MB"];
  const body = rows.map((row) => [row.role, row.kind, String(row.layers), row.dims.join("×"), row.codec, formatNumber(row.bytes / 1e6, 2)]);
  const lines = [
    `KV cache of one ${formatNumber(options.contextTokens)}-token request to ${resolved.model.id}, codec ${options.codec}`,
    formatTable(header, body, ["left", "left", "right", "left", "left", "right"]),
    "",
    ...byKind.filter((entry) => entry.bytes > 0).map((entry) => `${entry.kind} planes: ${formatNumber(entry.bytes / 1e6, 2)} MB`),
    `frame header and index: ${formatNumber(size.overheadBytes)} bytes`,
    `request: ${formatNumber(size.frameBytes / 1e6, 2)} MB (${formatNumber(size.frameBytes)} bytes), ${formatNumber(seconds(size.frameBytes) * 1e3, 2)} ms over ${formatNumber(options.linkGbps, 1)} Gbps`,
    "MB is 10^6 bytes. fp16-deflate is counted before deflate, an upper bound. State planes stay raw fp32.",
    ...resolved.importNotes.map((note) => `${resolved.model.id}: ${note}.`),
  ];
  io.stdout(`${lines.join("\n")}\n`);
}

function describeEncoding(plane: PlaneDescriptor): string {
  const { encoding } = plane;
  switch (encoding.codec) {
    case "raw":
      return encoding.stages?.length ? `${plane.elementType} + ${encoding.stages.join(" + ")}` : plane.elementType;
    case "fp8":
      return `${encoding.format}, ${encoding.scaleGranularity} scale`;
    case "int":
      return `int${encoding.bits} G=${encoding.groupSize}, ${encoding.residualTokens} residual tokens`;
  }
}
