// Properties of Llama-style imports over generated configs: the descriptor follows every field
// the file gives, whatever the sizes, and a damaged size field is rejected by name.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isCatalogError } from "../errors.js";
import { importHfConfig, importHfConfigText } from "./import-config.js";

interface LlamaConfig {
  model_type: "llama";
  architectures: ["LlamaForCausalLM"];
  hidden_size: number;
  num_attention_heads: number;
  num_key_value_heads: number;
  num_hidden_layers: number;
  intermediate_size: number;
  vocab_size: number;
  head_dim?: number;
}

// Query heads are a multiple of KV heads, and the head width is explicit or hidden / heads.
const llamaConfig: fc.Arbitrary<LlamaConfig> = fc
  .record({
    kvHeads: fc.integer({ min: 1, max: 16 }),
    groupSize: fc.integer({ min: 1, max: 8 }),
    headDim: fc.constantFrom(64, 80, 96, 128, 256),
    explicitHeadDim: fc.boolean(),
    hiddenPerHead: fc.constantFrom(64, 128),
    layers: fc.integer({ min: 1, max: 160 }),
    intermediateSize: fc.integer({ min: 1, max: 65_536 }),
    vocabSize: fc.integer({ min: 1, max: 300_000 }),
  })
  .map(({ kvHeads, groupSize, headDim, explicitHeadDim, hiddenPerHead, layers, intermediateSize, vocabSize }) => {
    const heads = kvHeads * groupSize;
    const config: LlamaConfig = {
      model_type: "llama",
      architectures: ["LlamaForCausalLM"],
      hidden_size: heads * (explicitHeadDim ? hiddenPerHead : headDim),
      num_attention_heads: heads,
      num_key_value_heads: kvHeads,
      num_hidden_layers: layers,
      intermediate_size: intermediateSize,
      vocab_size: vocabSize,
    };
    if (explicitHeadDim) config.head_dim = headDim;
    return config;
  });

describe("Llama import (property)", () => {
  it("keeps every size the config gives", () => {
    fc.assert(
      fc.property(llamaConfig, (config) => {
        const { model } = importHfConfig(config);
        const headDim = config.head_dim ?? config.hidden_size / config.num_attention_heads;

        expect(model.hiddenSize).toBe(config.hidden_size);
        expect(model.vocabSize).toBe(config.vocab_size);
        expect(model.layers).toHaveLength(config.num_hidden_layers);
        // Every layer is the same for these configs, so the distinct layers are compared once.
        const distinctAttention = new Set(model.layers.map((layer) => JSON.stringify(layer.attention)));
        const distinctFfn = new Set(model.layers.map((layer) => JSON.stringify(layer.ffn)));
        expect(distinctAttention.size).toBe(1);
        expect(distinctFfn.size).toBe(1);
        expect(model.layers[0]!.attention).toMatchObject({ kind: "gqa", numQueryHeads: config.num_attention_heads, numKvHeads: config.num_key_value_heads, headDim });
        expect(model.layers[0]!.ffn).toEqual({ kind: "dense", intermediateSize: config.intermediate_size });
      }),
      { numRuns: 100 },
    );
  });

  it("imports text the same in any key order and layout", () => {
    fc.assert(
      fc.property(llamaConfig, fc.integer({ min: 0, max: 8 }), (config, indent) => {
        const reversed = Object.fromEntries(Object.entries(config).reverse());

        expect(importHfConfigText(JSON.stringify(reversed, null, indent)).model).toEqual(importHfConfig(config).model);
      }),
      { numRuns: 100 },
    );
  });

  it("rejects a bad layer count by name", () => {
    const badCount = fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 0.1, max: 100, noInteger: true }), fc.constant("32"), fc.constant(null));
    fc.assert(
      fc.property(llamaConfig, badCount, (config, layers) => {
        let error: unknown;
        try {
          importHfConfig({ ...config, num_hidden_layers: layers });
        } catch (caught) {
          error = caught;
        }

        expect(isCatalogError(error)).toBe(true);
        expect((error as Error).message).toContain("num_hidden_layers");
      }),
      { numRuns: 100 },
    );
  });
});
