import { defaultResidualTokens } from "./codecs/residual-tokens.js";
import { describeValue } from "./describe-value.js";
import { KvCacheError } from "./errors.js";
import { checkPlaneGeometry, type PlaneDescriptor, type PlaneGeometry } from "./plane.js";

/** Named codec settings for whole requests, as the planner CLI offers them. */
export const CODEC_PRESETS = Object.freeze([
  "fp16",
  "bf16",
  "fp16-deflate",
  "fp8-e4m3fn",
  "fp8-e5m2",
  "kivi-int8",
  "kivi-int4",
  "kivi-int2",
] as const);

/** One of {@link CODEC_PRESETS}. */
export type CodecPreset = (typeof CODEC_PRESETS)[number];

/** Options of {@link applyCodecPreset}. */
export interface CodecPresetOptions {
  /** KIVI group size G. Default 32 (the KIVI example script's setting). */
  groupSize?: number;
  /** KIVI residual length R: recent tokens kept unquantised. Default 128 (KIVI's LongBench runs). */
  residualLength?: number;
}

/** Checks the options of {@link applyCodecPreset}, throwing `INVALID_ARGUMENT` naming the field. */
function checkPresetOptions(options: CodecPresetOptions): void {
  if (options === null || typeof options !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid options: expected an object with any of groupSize, residualLength, got ${describeValue(options)}.`, { field: "options" });
  }
  for (const [key, value] of Object.entries(options)) {
    if (key !== "groupSize" && key !== "residualLength") {
      throw new KvCacheError("INVALID_ARGUMENT", `Unknown option "${key}" of applyCodecPreset: it takes groupSize, residualLength.`, { field: key, value });
    }
    if (value === undefined) continue;
    const minimum = key === "groupSize" ? 1 : 0;
    if (!Number.isSafeInteger(value) || value < minimum) {
      throw new KvCacheError(
        "INVALID_ARGUMENT",
        `Invalid ${key} ${describeValue(value)}: expected an integer of at least ${minimum}${key === "groupSize" ? " (KIVI's G, a multiple of 32 / bits)" : " (recent tokens kept unquantised)"}.`,
        { field: key, value },
      );
    }
  }
}

/**
 * Checks that a KIVI group of `groupSize` codes of `bits` bits fills whole 32-bit words and fits
 * the frame's 32-bit field, or throws `INVALID_ARGUMENT` naming the option and a valid size.
 */
function checkGroupSize(groupSize: number, bits: 2 | 4 | 8, preset: CodecPreset): void {
  const codesPerWord = 32 / bits;
  if (groupSize % codesPerWord === 0 && groupSize <= 0xffffffff) return;
  throw new KvCacheError(
    "INVALID_ARGUMENT",
    `Invalid groupSize ${groupSize} for ${preset}: a group must fill whole 32-bit words of ${bits}-bit codes, so groupSize must be a multiple of ${codesPerWord} up to 4,294,967,295, such as 32.`,
    { field: "groupSize", value: groupSize },
  );
}

/** Narrows a user-supplied name to a {@link CodecPreset}, or throws `INVALID_ARGUMENT` listing the names. */
export function parseCodecPreset(name: string): CodecPreset {
  if ((CODEC_PRESETS as readonly string[]).includes(name)) return name as CodecPreset;
  throw new KvCacheError("INVALID_ARGUMENT", `Invalid codec ${typeof name === "string" ? JSON.stringify(name) : String(name)}: expected one of ${CODEC_PRESETS.join(", ")}.`, { field: "codec", value: name });
}

/**
 * Gives a plane the encoding a preset names. `fp16`, `bf16`: raw in that type (the plane's
 * element type becomes it); `fp16-deflate`: raw fp16 with byte-plane split and deflate;
 * `fp8-*`: saturating FP8 with one fp32 scale per layer (vLLM's k_scale and v_scale);
 * `kivi-int*`: integer groups of G along tokens for keys and latents, along channels for values,
 * with the default residual split. State planes stay raw: linear-attention states are read and
 * rewritten every step, and no KV codec here is meant for them.
 */
export function applyCodecPreset(plane: PlaneGeometry, preset: CodecPreset, options: CodecPresetOptions = {}): PlaneDescriptor {
  checkPlaneGeometry(plane, "plane");
  parseCodecPreset(preset);
  checkPresetOptions(options);
  if (plane.kind === "state") return { ...plane, encoding: { codec: "raw" } };
  const tokenAxis = plane.axisRoles.indexOf("token");
  const channelAxis = plane.axisRoles.indexOf("channel");
  switch (preset) {
    case "fp16":
    case "bf16":
      return { ...plane, elementType: preset, encoding: { codec: "raw" } };
    case "fp16-deflate":
      return { ...plane, elementType: "fp16", encoding: { codec: "raw", stages: ["byte-split", "deflate"] } };
    case "fp8-e4m3fn":
    case "fp8-e5m2":
      return {
        ...plane,
        encoding: { codec: "fp8", format: preset === "fp8-e4m3fn" ? "e4m3fn" : "e5m2", saturate: true, scaleGranularity: "tensor", scaleType: "fp32" },
      };
    case "kivi-int8":
    case "kivi-int4":
    case "kivi-int2": {
      const bits = Number(preset.slice("kivi-int".length)) as 2 | 4 | 8;
      const groupSize = options.groupSize ?? 32;
      checkGroupSize(groupSize, bits, preset);
      const alongTokens = plane.role !== "value";
      const tokens = plane.dims[tokenAxis]!;
      return {
        ...plane,
        encoding: {
          codec: "int",
          bits,
          groupSize,
          groupAxis: alongTokens ? tokenAxis : channelAxis,
          residualTokens: defaultResidualTokens(tokens, options.residualLength ?? 128, groupSize, alongTokens),
        },
      };
    }
  }
}
