import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ConfigReader } from "./config-reader.js";
import { checkActiveExperts } from "./expert-counts.js";
import { readHeadDim } from "./head-dim.js";
import type { ArchitectureImporter } from "./imported-stack.js";
import { readLayerTypes, windowOf, type HfLayerType } from "./layer-types.js";

/**
 * Llama 4 (`Llama4TextConfig`, read from `text_config`). Layers that use RoPE run chunked
 * attention and the rest (NoPE) are global. Without `no_rope_layers` the class makes every
 * fourth layer NoPE (`no_rope_layer_interval` 4). MoE layers default to every
 * `interleave_moe_layer_step`-th layer; each MoE layer has one shared expert of the routed width.
 * `head_dim` defaults to 128, and the class replaces a null one with `hidden_size //
 * num_attention_heads` (transformers `models/llama4/configuration_llama4.py`).
 */
export const llama4Importer: ArchitectureImporter = {
  architectures: ["Llama4ForConditionalGeneration", "Llama4ForCausalLM"],
  configClass: "Llama4TextConfig",
  read(reader) {
    const hiddenSize = reader.requiredInt("hidden_size");
    const layerCount = reader.requiredInt("num_hidden_layers");
    const numQueryHeads = reader.requiredInt("num_attention_heads");
    const numKvHeads = reader.intOr("num_key_value_heads", 8, 1);
    const headDim = readHeadDim(reader, hiddenSize, numQueryHeads, { whenAbsent: 128, whenNull: "derived" });
    const chunkSize = reader.nullableIntOr("attention_chunk_size", 8192, 1);
    const types = readLayerTypes(reader, layerCount) ?? ropeLayerTypes(reader, layerCount, chunkSize);

    const moeLayers = new Set(readMoeLayers(reader, layerCount));
    const expertSize = reader.intOr("intermediate_size", 8192, 1);
    const denseSize = reader.intOr("intermediate_size_mlp", 16384, 1);
    const moe = checkActiveExperts(reader, {
      kind: "moe" as const,
      numRoutedExperts: reader.intOr("num_local_experts", 16, 1),
      numActiveExperts: reader.intOr("num_experts_per_tok", 1, 1),
      numSharedExperts: 1,
      expertIntermediateSize: expertSize,
      sharedIntermediateSize: expertSize,
    }, { active: "num_experts_per_tok", routed: "num_local_experts" });

    return {
      family: "llama4",
      hiddenSize,
      vocabSize: reader.nullableIntOr("vocab_size", 202048, 1),
      layers: buildLayers(
        layerCount,
        "llama4",
        (index) =>
          groupedQueryAttention({
            numQueryHeads,
            numKvHeads,
            headDim,
            window: windowOf(reader, index, types[index]!, null, chunkSize),
          }),
        (index) => (moeLayers.has(index) ? moe : { kind: "dense", intermediateSize: denseSize }),
      ),
      mtpLayers: 0,
      notes: [],
    };
  },
};

/**
 * Layer types from `no_rope_layers` (1 = the layer uses RoPE, so it is chunked), or the class
 * default. Llama4TextConfig replaces an empty list with the default as it does a missing one
 * (`no_rope_layers if no_rope_layers else default`), and published files such as
 * unsloth/Llama-4-Scout-17B-16E's give `[]`.
 */
function ropeLayerTypes(reader: ConfigReader, layerCount: number, chunkSize: number | null): HfLayerType[] {
  let usesRope = reader.intArray("no_rope_layers");
  if (usesRope === undefined || usesRope.length === 0) {
    const interval = reader.intOr("no_rope_layer_interval", 4, 1);
    const reason = usesRope === undefined ? "" : "no_rope_layers is empty, so ";
    usesRope = Array.from({ length: layerCount }, (_, index) => ((index + 1) % interval !== 0 ? 1 : 0));
    reader.recordDefault("no_rope_layers", `${reason}NoPE (global) on layers i with (i + 1) % ${interval} == 0, chunked elsewhere`);
  } else if (usesRope.length !== layerCount) {
    throw reader.wrongLength("no_rope_layers", usesRope, layerCount);
  }
  return usesRope.map((rope) => (rope === 1 && chunkSize !== null ? "chunked_attention" : "full_attention"));
}

function readMoeLayers(reader: ConfigReader, layerCount: number): number[] {
  const listed = reader.layerIndexArray("moe_layers", layerCount);
  if (listed !== undefined) return listed;

  const step = reader.intOr("interleave_moe_layer_step", 1, 1);
  const layers: number[] = [];
  for (let index = step - 1; index < layerCount; index += step) layers.push(index);
  reader.recordDefault("moe_layers", `layers i with (i + 1) % ${step} == 0`);
  return layers;
}
