import {
  CODEC_PRESETS,
  DEFAULT_FRAME_LIMITS,
  applyCodecPreset,
  frameSize,
  modelPlanes,
  parseCodecPreset,
  type CodecPreset,
  type FrameSize,
  type ModelPlane,
  type PlaneDescriptor,
} from "@modelsys/kvcache";
import type { Command } from "commander";

import type { CliIo } from "../io.js";
import { commandLineWords, parseContexts, parsePositiveNumber, parseSingleModel, rejectRepeatedFlags } from "../parse-options.js";
import { resolveModel } from "../resolve-model.js";
import { formatFigure, formatNumber, formatTable } from "../table.js";
import { JobFailedError, UsageError } from "../usage-error.js";

/** Link speed when `--link-gbps` is not given: a 100 Gbps Ethernet link between datacentres. */
export const DEFAULT_LINK_GBPS = 100;

/**
 * When a request needs several frames, every frame but the last covers a multiple of this many
 * tokens: LMCache's default chunk of 256 tokens, which is also a whole number of KIVI groups of
 * 32, as an integer plane without a residual needs.
 */
export const FRAME_TOKEN_STEP = 256;

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
    .description(
      "KV-cache bytes of one request per plane kind under a codec, the frames it travels in under the frame reader's default limits, and the time to send them over a link.",
    )
    .requiredOption("--model <id or config.json>", "built-in model id or path to a Hugging Face config.json (required)")
    .requiredOption("--context <tokens>", "context length in tokens, a positive whole number such as 32768 or 32K (required)")
    .option("--codec <name>", `codec: ${CODEC_PRESETS.join(", ")}`, "bf16")
    .option("--link-gbps <Gbps>", `link speed in gigabits per second (10^9 bit/s), a positive decimal number`, String(DEFAULT_LINK_GBPS))
    .option("--json", "print machine-readable JSON with units in the field names")
    .action((flags: Record<string, unknown>, command: Command) => {
      rejectRepeatedFlags(commandLineWords(command), ["--model", "--context", "--codec", "--link-gbps", "--json"]);
      runKv(
        {
          model: parseSingleModel("kv", flags["model"] as string, io.fileExists),
          contextTokens: parseKvContext(flags["context"] as string),
          codec: parseCodecPreset(flags["codec"] as string),
          linkGbps: parsePositiveNumber("--link-gbps", flags["linkGbps"] as string),
          json: flags["json"] === true,
        },
        io,
      );
    });
}

/**
 * Parses `--context` for `planner kv`: one positive whole number of tokens, with `K` (× 1024) or
 * `M` (× 1048576). Zero, signs, fractions and lists get one message, which states the rule.
 */
export function parseKvContext(value: string): number {
  const invalid = () => new UsageError(`Invalid --context "${value}": expected one positive whole number of tokens, such as 32768 or 32K.`);
  if (!/^\d+[kKmM]?$/.test(value.trim())) throw invalid();
  const tokens = parseContexts([value])[0]!;
  if (tokens < 1) throw invalid();
  return tokens;
}

/** One frame of a request: which of the request's planes it contains, and its exact size. */
interface FrameMeasure {
  /** Index of each of the frame's planes among the request's planes. */
  planeIndices: number[];
  size: FrameSize;
}

/** The frames a request travels in, each accepted by the frame reader's default limits. */
export interface FramePlan {
  frameCount: number;
  /**
   * Tokens of each frame before the last (one of them may hold fewer), or the whole context in
   * one frame. The last frame contains the remaining tokens.
   */
  tokensPerFrame: number;
  /** Size of the largest frame, a full one, in bytes. */
  largestFrameBytes: number;
  /** Headers, plane tables and chunk indexes of all frames, in bytes. */
  overheadBytes: number;
  /** All frames, in bytes. */
  requestBytes: number;
  /** Payload bytes of each of the request's planes, summed over the frames. */
  planePayloadBytes: number[];
}

/**
 * Gives a plane the codec and a token count. Token planes take `tokens`; window and state planes
 * keep their own length. `tail` frames end the context, so KIVI keeps its recent tokens
 * unquantised there, and other frames quantise every token.
 */
function framePlane(plane: ModelPlane, tokens: number, codec: CodecPreset, tail: boolean): PlaneDescriptor {
  const dims = [...plane.dims];
  if (plane.kind === "token") dims[plane.axisRoles.indexOf("token")] = tokens;
  return applyCodecPreset({ ...plane, dims }, codec, tail ? {} : { residualLength: 0 });
}

/** Sizes one frame of `tokens` tokens. Only the tail frame carries window and state planes. */
function measureFrame(planes: readonly ModelPlane[], tokens: number, codec: CodecPreset, tail: boolean): FrameMeasure {
  const planeIndices = planes.flatMap((plane, index) => (tail || plane.kind === "token" ? [index] : []));
  const size = frameSize(planeIndices.map((index) => framePlane(planes[index]!, tokens, codec, tail)));
  return { planeIndices, size };
}

/**
 * Returns true when the reader's default limits accept a frame of this size: its bytes, each
 * chunk (one layer of one plane), the sum of the decoded chunks, the plane and chunk counts.
 * A deflated chunk decodes to its size before deflate and is stored in at most its stored-block
 * size, so both are checked.
 */
function withinReaderLimits({ size }: FrameMeasure): boolean {
  const limits = DEFAULT_FRAME_LIMITS;
  const decodedBytes = size.planes.reduce((sum, plane) => sum + plane.chunkBytes * plane.layers, 0);
  const chunkCount = size.planes.reduce((sum, plane) => sum + plane.layers, 0);
  return (
    size.frameBytes <= limits.maxFrameBytes &&
    size.planes.every((plane) => Math.max(plane.chunkBytes, plane.storedChunkBytes) <= limits.maxChunkBytes) &&
    decodedBytes <= limits.maxDecodedBytes &&
    size.planes.length <= limits.maxPlanes &&
    chunkCount <= limits.maxChunks
  );
}

/**
 * Returns the largest `n` in `[0, high]` for which `fits(n)` holds, for a `fits` that holds up to
 * some point and not after it, or 0 when none does.
 */
function largestFitting(high: number, fits: (n: number) => boolean): number {
  let low = 0;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Splits a request into the fewest frames that the frame reader's default limits accept: one
 * frame when the whole request fits, else frames of whole {@link FRAME_TOKEN_STEP} steps of
 * tokens and a last frame with the remaining tokens and the window and state planes. Frames
 * before the last carry token planes only and quantise every token, so they can take more tokens
 * than the last one. Each takes as many steps as fit, and the last keeps the remaining tokens.
 * Throws {@link JobFailedError} when even one step of tokens does not fit, when the window and
 * state planes do not fit a frame with one step, or when a model without token planes does not
 * fit one frame.
 */
export function planFrames(planes: readonly ModelPlane[], contextTokens: number, codec: CodecPreset): FramePlan {
  const whole = measureFrame(planes, contextTokens, codec, true);
  if (withinReaderLimits(whole)) return planOf([whole], [1], contextTokens, planes.length);
  // Only token planes can be split by tokens, so without them there are no frames before the last.
  if (!planes.some((plane) => plane.kind === "token")) {
    throw new JobFailedError(
      `The window and state planes do not fit one frame within the frame reader's default limits (${formatBytes(DEFAULT_FRAME_LIMITS.maxFrameBytes)} per frame, ${formatBytes(DEFAULT_FRAME_LIMITS.maxChunkBytes)} per chunk), and the model has no token planes to split across frames. A receiver has to raise its limits.`,
    );
  }

  const tooLarge = () =>
    new JobFailedError(
      `The KV cache does not fit frames within the frame reader's default limits (${formatBytes(DEFAULT_FRAME_LIMITS.maxFrameBytes)} per frame, ${formatBytes(DEFAULT_FRAME_LIMITS.maxChunkBytes)} per chunk), even at ${FRAME_TOKEN_STEP} tokens per frame. A receiver has to raise its limits.`,
    );
  // Steps the frames before the last may take in all: the last frame keeps at least one token.
  const maxSteps = Math.floor((contextTokens - 1) / FRAME_TOKEN_STEP);
  const stepsPerFrame = largestFitting(maxSteps, (steps) => withinReaderLimits(measureFrame(planes, steps * FRAME_TOKEN_STEP, codec, false)));
  // True when the last frame fits after the earlier frames take `steps` steps in all.
  const tailFits = (steps: number) => withinReaderLimits(measureFrame(planes, contextTokens - steps * FRAME_TOKEN_STEP, codec, true));
  if (stepsPerFrame === 0 || !tailFits(maxSteps)) throw tooLarge();
  let low = 0;
  let high = maxSteps;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (tailFits(middle)) high = middle;
    else low = middle + 1;
  }
  const earlierFrames = Math.ceil(low / stepsPerFrame);
  // The earlier frames take as many steps as they hold, which leaves the last frame smallest.
  const steps = Math.min(earlierFrames * stepsPerFrame, maxSteps);
  const fullFrames = Math.floor(steps / stepsPerFrame);
  const partialSteps = steps - fullFrames * stepsPerFrame;
  const frames: FrameMeasure[] = [];
  const counts: number[] = [];
  if (fullFrames > 0) {
    frames.push(measureFrame(planes, stepsPerFrame * FRAME_TOKEN_STEP, codec, false));
    counts.push(fullFrames);
  }
  if (partialSteps > 0) {
    frames.push(measureFrame(planes, partialSteps * FRAME_TOKEN_STEP, codec, false));
    counts.push(1);
  }
  frames.push(measureFrame(planes, contextTokens - steps * FRAME_TOKEN_STEP, codec, true));
  counts.push(1);
  return planOf(frames, counts, stepsPerFrame * FRAME_TOKEN_STEP, planes.length);
}

/** Adds up `counts[k]` frames of each of `frames`. */
function planOf(frames: readonly FrameMeasure[], counts: readonly number[], tokensPerFrame: number, planeCount: number): FramePlan {
  const planePayloadBytes = new Array<number>(planeCount).fill(0);
  frames.forEach((frame, k) => {
    frame.planeIndices.forEach((planeIndex, position) => (planePayloadBytes[planeIndex]! += frame.size.planes[position]!.payloadBytes * counts[k]!));
  });
  const total = (bytes: (frame: FrameMeasure) => number) => frames.reduce((sum, frame, k) => sum + bytes(frame) * counts[k]!, 0);
  return {
    frameCount: counts.reduce((sum, count) => sum + count, 0),
    tokensPerFrame,
    largestFrameBytes: Math.max(...frames.map((frame) => frame.size.frameBytes)),
    overheadBytes: total((frame) => frame.size.overheadBytes),
    requestBytes: total((frame) => frame.size.frameBytes),
    planePayloadBytes,
  };
}

/** Formats a power-of-two byte count such as 4 GiB. */
function formatBytes(bytes: number): string {
  return bytes >= 2 ** 30 ? `${formatNumber(bytes / 2 ** 30, 0)} GiB` : `${formatNumber(bytes / 2 ** 20, 0)} MiB`;
}

/** Runs `planner kv` and writes the table or JSON. */
export function runKv(options: KvCommandOptions, io: CliIo): void {
  const resolved = resolveModel(options.model, io);
  const planes = modelPlanes(resolved.model, { contextTokens: options.contextTokens });
  const plan = planFrames(planes, options.contextTokens, options.codec);
  const seconds = (bytes: number) => (bytes * 8) / (options.linkGbps * 1e9);
  const rows = planes.map((plane, index) => {
    const described = applyCodecPreset(plane, options.codec);
    return {
      role: plane.role,
      kind: plane.kind,
      layers: plane.modelLayers.length,
      dims: plane.dims,
      elementType: described.elementType,
      codec: describeEncoding(described),
      bytes: plan.planePayloadBytes[index]!,
    };
  });
  const byKind = (["token", "window", "state"] as const).map((kind) => ({
    kind,
    bytes: rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.bytes, 0),
  }));
  const limits = { maxFrameBytes: DEFAULT_FRAME_LIMITS.maxFrameBytes, maxChunkBytes: DEFAULT_FRAME_LIMITS.maxChunkBytes };

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
          frameCount: plan.frameCount,
          tokensPerFrame: plan.tokensPerFrame,
          largestFrameBytes: plan.largestFrameBytes,
          readerLimits: limits,
          frameOverheadBytes: plan.overheadBytes,
          requestBytes: plan.requestBytes,
          transferSeconds: seconds(plan.requestBytes),
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
  const limitText = `the frame reader's default limits are ${formatBytes(limits.maxFrameBytes)} per frame and ${formatBytes(limits.maxChunkBytes)} per chunk`;
  const frames =
    plan.frameCount === 1
      ? [`frames: 1 (${limitText})`, `frame header and index: ${formatNumber(plan.overheadBytes)} bytes`]
      : [
          `frames: ${formatNumber(plan.frameCount)} of at most ${formatNumber(plan.tokensPerFrame)} tokens each, because ${limitText}`,
          `frame headers and indexes: ${formatNumber(plan.overheadBytes)} bytes in all`,
        ];
  const lines = [
    `KV cache of one ${formatNumber(options.contextTokens)}-token request to ${resolved.model.id}, codec ${options.codec}`,
    formatTable(header, body, ["left", "left", "right", "left", "left", "right"]),
    "",
    ...byKind.filter((entry) => entry.bytes > 0).map((entry) => `${entry.kind} planes: ${formatNumber(entry.bytes / 1e6, 2)} MB`),
    ...frames,
    `request: ${formatNumber(plan.requestBytes / 1e6, 2)} MB (${formatNumber(plan.requestBytes)} bytes), ${formatFigure(seconds(plan.requestBytes) * 1e3, 2)} ms over ${formatFigure(options.linkGbps, 1)} Gbps`,
    footnote(options.codec, byKind),
    ...resolved.importNotes.map((note) => `${resolved.model.id}: ${note.replace(/\.$/, "")}.`),
  ];
  io.stdout(`${lines.join("\n")}\n`);
}

/**
 * Builds the closing note: the MB unit, the deflate bound under `fp16-deflate` only, and the fp32
 * state planes only when the model has them.
 */
function footnote(codec: string, byKind: readonly { kind: string; bytes: number }[]): string {
  const notes = ["MB is 10^6 bytes."];
  if (codec === "fp16-deflate") notes.push("fp16-deflate is counted at the most deflate can store, an upper bound.");
  if (byKind.some((entry) => entry.kind === "state" && entry.bytes > 0)) notes.push("State planes stay raw fp32 under every codec.");
  return notes.join(" ");
}

function describeEncoding(plane: PlaneDescriptor): string {
  const { encoding } = plane;
  switch (encoding.codec) {
    case "raw":
      return encoding.stages?.length ? `${plane.elementType} + ${encoding.stages.join(" + ")}` : plane.elementType;
    case "fp8":
      return `${encoding.format}, ${encoding.scaleGranularity} scale`;
    case "int":
      return `int${encoding.bits} G=${encoding.groupSize}, ${encoding.residualTokens} residual token${encoding.residualTokens === 1 ? "" : "s"}`;
  }
}
