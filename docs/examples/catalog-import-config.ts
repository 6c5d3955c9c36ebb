// Import a Hugging Face config.json and see what the importer assumed
import { importHfConfig, groupLayers } from "@modelsys/catalog";
import { attentionLabel } from "@modelsys/attention";

// A Llama 4 style config without the per-layer lists: the importer takes Llama4TextConfig's defaults.
const config = {
  architectures: ["Llama4ForCausalLM"],
  hidden_size: 5120,
  num_hidden_layers: 48,
  num_attention_heads: 40,
  num_key_value_heads: 8,
  head_dim: 128,
  attention_chunk_size: 8192,
  interleave_moe_layer_step: 2,
  num_local_experts: 128,
  num_experts_per_tok: 1,
  intermediate_size: 8192,
  intermediate_size_mlp: 16384,
  vocab_size: 202048,
};

const { model, defaultedFields } = importHfConfig(config, { file: "llama4-config.json", id: "my-llama4" });
print(`${model.id}: ${model.layers.length} layers, family ${model.family}`);
table(defaultedFields.map((field) => ({ field: field.field, value: String(field.value), from: field.source })));
table(
  groupLayers(model.layers).map(({ layer, indices }) => ({
    layers: indices.length,
    attention: attentionLabel(layer.attention),
    ffn: layer.ffn.kind,
    kvCache: layer.cacheElementType,
  })),
);
