import { describe, expect, it } from "vitest";

import {
  attentionLabel,
  checkAttentionKind,
  groupedQueryAttention,
  linearAttention,
  multiHeadLatentAttention,
  multiMatrixFactorizationAttention,
  type AttentionWindow,
} from "./attention-kind.js";
import { AttentionError, isAttentionError } from "./errors.js";

/** Runs `call` and returns the AttentionError it throws. Fails the test if the call returns. */
function catchAttentionError(call: () => unknown): AttentionError {
  try {
    call();
  } catch (error) {
    expect(isAttentionError(error)).toBe(true);
    return error as AttentionError;
  }
  expect.fail("expected an AttentionError, but the call returned");
}

const deepseekMla = {
  numQueryHeads: 128,
  kvLoraRank: 512,
  qkRopeHeadDim: 64,
  qkNopeHeadDim: 128,
  vHeadDim: 128,
  qLoraRank: 1536,
};

describe("attentionLabel", () => {
  it("names grouped attention by its KV heads", () => {
    expect(attentionLabel(groupedQueryAttention({ numQueryHeads: 32, numKvHeads: 32, headDim: 128 }))).toBe("MHA");
    expect(attentionLabel(groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 8, headDim: 128 }))).toBe("GQA");
    expect(attentionLabel(groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 1, headDim: 128 }))).toBe("MQA");
  });

  it("names MFA, MFA-KR and MLA", () => {
    expect(attentionLabel(multiMatrixFactorizationAttention({ numQueryHeads: 64, headDim: 256, queryRank: 2048 }))).toBe("MFA");
    expect(
      attentionLabel(multiMatrixFactorizationAttention({ numQueryHeads: 64, headDim: 256, queryRank: 2048, keyReuse: true })),
    ).toBe("MFA-KR");
    expect(attentionLabel(multiHeadLatentAttention(deepseekMla))).toBe("MLA");
  });

  it("names linear variants", () => {
    expect(attentionLabel(linearAttention({ variant: "lightning", numHeads: 64, keyHeadDim: 128, valueHeadDim: 128 }))).toBe(
      "Lightning",
    );
    expect(attentionLabel(linearAttention({ variant: "kda", numHeads: 32, keyHeadDim: 128, valueHeadDim: 128 }))).toBe("KDA");
    expect(attentionLabel(linearAttention({ variant: "gdn", numHeads: 32, numKeyHeads: 16, keyHeadDim: 128, valueHeadDim: 128 }))).toBe("GDN");
  });

  it("appends sliding and chunked windows", () => {
    const sliding = groupedQueryAttention({
      numQueryHeads: 96,
      numKvHeads: 8,
      headDim: 128,
      window: { kind: "sliding", sizeTokens: 512 },
    });
    const chunked = groupedQueryAttention({
      numQueryHeads: 40,
      numKvHeads: 8,
      headDim: 128,
      window: { kind: "chunked", sizeTokens: 8192 },
    });
    const slidingMla = multiHeadLatentAttention({ ...deepseekMla, window: { kind: "sliding", sizeTokens: 4096 } });

    expect(attentionLabel(sliding)).toBe("GQA SWA 512");
    expect(attentionLabel(chunked)).toBe("GQA chunked 8192");
    expect(attentionLabel(slidingMla)).toBe("MLA SWA 4096");
  });
});

describe("descriptor constructors", () => {
  it("MFA defaults keyReuse to false", () => {
    const mfa = multiMatrixFactorizationAttention({ numQueryHeads: 64, headDim: 256, queryRank: 2048 });

    expect(mfa.kind).toBe("mfa");
    expect(mfa.keyReuse).toBe(false);
  });

  it("keep every given field", () => {
    const gqa = groupedQueryAttention({
      numQueryHeads: 64,
      numKvHeads: 8,
      headDim: 128,
      valueHeadDim: 64,
      headwiseGate: true,
      window: { kind: "sliding", sizeTokens: 512 },
    });

    expect(gqa).toEqual({
      kind: "gqa",
      numQueryHeads: 64,
      numKvHeads: 8,
      headDim: 128,
      valueHeadDim: 64,
      headwiseGate: true,
      window: { kind: "sliding", sizeTokens: 512 },
    });
    expect(multiHeadLatentAttention({ ...deepseekMla, qLoraRank: null }).qLoraRank).toBeNull();
  });
});

describe("invalid descriptors", () => {
  it("names null as the MLA query-latent fix", () => {
    const { qLoraRank: _omitted, ...withoutQueryRank } = deepseekMla;
    let caught: unknown;
    try {
      multiHeadLatentAttention(withoutQueryRank as typeof deepseekMla);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AttentionError);
    expect((caught as AttentionError).code).toBe("INVALID_DESCRIPTOR");
    expect((caught as AttentionError).field).toBe("qLoraRank");
    expect((caught as AttentionError).message).toContain("or null for a model without a query low-rank path");
  });

  it("rejects zero and fractional head counts", () => {
    const cases: { call: () => unknown; field: string; value: unknown }[] = [
      { call: () => groupedQueryAttention({ numQueryHeads: 0, numKvHeads: 1, headDim: 128 }), field: "numQueryHeads", value: 0 },
      { call: () => groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 0, headDim: 128 }), field: "numKvHeads", value: 0 },
      { call: () => groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 8, headDim: 12.5 }), field: "headDim", value: 12.5 },
      {
        call: () => groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 8, headDim: 128, valueHeadDim: -1 }),
        field: "valueHeadDim",
        value: -1,
      },
      {
        call: () => multiMatrixFactorizationAttention({ numQueryHeads: 64, headDim: 256, queryRank: 0 }),
        field: "queryRank",
        value: 0,
      },
      { call: () => multiHeadLatentAttention({ ...deepseekMla, kvLoraRank: 0 }), field: "kvLoraRank", value: 0 },
      { call: () => multiHeadLatentAttention({ ...deepseekMla, qLoraRank: 0 }), field: "qLoraRank", value: 0 },
      {
        call: () => linearAttention({ variant: "kda", numHeads: 0, keyHeadDim: 128, valueHeadDim: 128 }),
        field: "numHeads",
        value: 0,
      },
      {
        call: () => linearAttention({ variant: "kda", numHeads: 32, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 0 }),
        field: "convKernelSize",
        value: 0,
      },
    ];

    for (const { call, field, value } of cases) {
      const error = catchAttentionError(call);
      expect(error.code, field).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe(field);
      expect(error.value).toBe(value);
      expect(error.message).toContain(String(value));
    }
  });

  it("rejects a spec that is not an object", () => {
    const factories: [string, (spec: never) => unknown][] = [
      ["gqa", groupedQueryAttention],
      ["mfa", multiMatrixFactorizationAttention],
      ["mla", multiHeadLatentAttention],
      ["linear", linearAttention],
    ];
    for (const [kind, factory] of factories) {
      for (const spec of [null, undefined, 8, [8, 8, 128]]) {
        const error = catchAttentionError(() => factory(spec as never));
        expect(error.code, `${kind} ${String(spec)}`).toBe("INVALID_DESCRIPTOR");
        expect(error.field).toBe("spec");
        expect(error.message).toContain(`${kind} descriptor`);
      }
    }
  });

  it("rejects NaN and infinite dimensions", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = catchAttentionError(() => groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 8, headDim: value }));

      expect(error.code).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe("headDim");
    }
  });

  it("rejects KV heads that do not divide query heads", () => {
    for (const numKvHeads of [3, 16]) {
      const error = catchAttentionError(() => groupedQueryAttention({ numQueryHeads: 8, numKvHeads, headDim: 128 }));

      expect(error.code).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe("numKvHeads");
      expect(error.value).toBe(numKvHeads);
      expect(error.message).toContain("numQueryHeads 8");
    }
  });

  it("rejects a bad window size or kind", () => {
    const badSizes = [0, -512, 0.5, Number.NaN];
    for (const sizeTokens of badSizes) {
      const window: AttentionWindow = { kind: "sliding", sizeTokens };
      const error = catchAttentionError(() => groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 8, headDim: 64, window }));

      expect(error.code).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe("window.sizeTokens");
    }

    const unknownKind = { kind: "tumbling", sizeTokens: 512 } as unknown as AttentionWindow;
    const error = catchAttentionError(() =>
      multiMatrixFactorizationAttention({ numQueryHeads: 64, headDim: 256, queryRank: 2048, window: unknownKind }),
    );
    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("window.kind");
    expect(error.message).toContain('"tumbling"');
  });

  it("rejects GDN key heads that do not divide", () => {
    const error = catchAttentionError(() => linearAttention({ variant: "gdn", numHeads: 32, numKeyHeads: 12, keyHeadDim: 128, valueHeadDim: 128 }));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("numKeyHeads");
    expect(error.message).toContain("12");
    expect(error.message).toContain("numHeads 32");
  });

  it("rejects key heads outside GDN", () => {
    const error = catchAttentionError(() => linearAttention({ variant: "kda", numHeads: 32, numKeyHeads: 16, keyHeadDim: 128, valueHeadDim: 128 }));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("numKeyHeads");
    expect(error.message).toContain('"kda"');
  });

  it("rejects zero GDN key heads", () => {
    const error = catchAttentionError(() => linearAttention({ variant: "gdn", numHeads: 32, numKeyHeads: 0, keyHeadDim: 128, valueHeadDim: 128 }));

    expect(error.field).toBe("numKeyHeads");
    expect(error.value).toBe(0);
  });

  it("rejects both output gates at once", () => {
    const error = catchAttentionError(() =>
      groupedQueryAttention({ numQueryHeads: 16, numKvHeads: 2, headDim: 256, headwiseGate: true, elementwiseGate: true }),
    );

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("elementwiseGate");
  });

  it("rejects a non-boolean element-wise gate", () => {
    const elementwiseGate = "yes" as unknown as boolean;
    const error = catchAttentionError(() => groupedQueryAttention({ numQueryHeads: 16, numKvHeads: 2, headDim: 256, elementwiseGate }));

    expect(error.field).toBe("elementwiseGate");
    expect(error.message).toContain("yes");
  });

  it("rejects an unknown linear variant", () => {
    const variant = "mamba" as unknown as "kda";
    const error = catchAttentionError(() => linearAttention({ variant, numHeads: 32, keyHeadDim: 128, valueHeadDim: 128 }));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("variant");
    expect(error.message).toContain('"mamba"');
  });
});

describe("descriptor messages on values from JSON", () => {
  it("quote a string head count", () => {
    const numQueryHeads = "64" as unknown as number;
    const error = catchAttentionError(() => groupedQueryAttention({ numQueryHeads, numKvHeads: 8, headDim: 128 }));

    expect(error.field).toBe("numQueryHeads");
    expect(error.message).toBe('Invalid numQueryHeads "64": expected a positive integer.');
  });

  it("quote a string window size and gate flag", () => {
    const sizeTokens = "4096" as unknown as number;
    const windowError = catchAttentionError(() => groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 8, headDim: 64, window: { kind: "sliding", sizeTokens } }));
    const gateError = catchAttentionError(() => groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 8, headDim: 64, headwiseGate: "true" as unknown as boolean }));

    expect(windowError.message).toContain('window.sizeTokens "4096"');
    expect(gateError.message).toContain('headwiseGate "true"');
  });

  it("name the safe-integer bound for huge sizes", () => {
    const error = catchAttentionError(() => groupedQueryAttention({ numQueryHeads: 2 ** 60, numKvHeads: 8, headDim: 128 }));

    expect(error.message).toContain("at most Number.MAX_SAFE_INTEGER");
  });

  it("keep small integers free of the bound note", () => {
    const error = catchAttentionError(() => groupedQueryAttention({ numQueryHeads: 0, numKvHeads: 8, headDim: 128 }));

    expect(error.message).toBe("Invalid numQueryHeads 0: expected a positive integer.");
  });
});

describe("short convolution kernel size", () => {
  it("rejected on lightning layers", () => {
    const error = catchAttentionError(() => linearAttention({ variant: "lightning", numHeads: 64, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 4 }));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("convKernelSize");
    expect(error.message).toContain("leave convKernelSize out");
  });

  it("rejected on plain lightning descriptors", () => {
    const descriptor = { kind: "linear", variant: "lightning", numHeads: 64, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 4 };

    expect(() => checkAttentionKind(descriptor)).toThrow(expect.objectContaining({ field: "convKernelSize" }));
  });

  it("accepted on KDA and GDN layers", () => {
    for (const variant of ["kda", "gdn"] as const) {
      expect(linearAttention({ variant, numHeads: 32, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 4 }).convKernelSize).toBe(4);
    }
  });
});

describe("misspelt descriptor fields", () => {
  const gqa = { numQueryHeads: 16, numKvHeads: 2, headDim: 256 };

  it("rejects an unknown factory field", () => {
    const call = () => groupedQueryAttention({ ...gqa, outputGate: "elementwise" } as Parameters<typeof groupedQueryAttention>[0]);
    expect(call).toThrow(
      expect.objectContaining({
        code: "INVALID_DESCRIPTOR",
        field: "outputGate",
        value: "elementwise",
        message: 'Unknown field "outputGate" of a gqa descriptor: use numQueryHeads, numKvHeads, headDim, valueHeadDim, window, headwiseGate, elementwiseGate.',
      }),
    );
  });

  it("rejects unknown fields of plain descriptors and windows", () => {
    expect(() => checkAttentionKind({ kind: "linear", variant: "gdn", numHeads: 32, keyHeadDim: 128, valueHeadDim: 128, numKeyHead: 16 })).toThrow(
      expect.objectContaining({ field: "numKeyHead" }),
    );
    expect(() => groupedQueryAttention({ ...gqa, window: { kind: "sliding", sizeTokens: 4096, size: 4096 } as never })).toThrow(
      expect.objectContaining({ field: "window.size", message: expect.stringContaining("use sizeTokens") }),
    );
  });

  it("accepts every documented field", () => {
    expect(groupedQueryAttention({ ...gqa, valueHeadDim: 128, window: { kind: "sliding", sizeTokens: 4096 }, elementwiseGate: true }).elementwiseGate).toBe(true);
  });
});

describe("AttentionError", () => {
  it("keeps code, field, value and cause", () => {
    const cause = new RangeError("inner");
    const error = new AttentionError("UNKNOWN_OPTION", "Invalid option.", { field: "mlaFlops", value: "x", cause });

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AttentionError");
    expect(error.code).toBe("UNKNOWN_OPTION");
    expect(error.field).toBe("mlaFlops");
    expect(error.value).toBe("x");
    expect(error.cause).toBe(cause);
  });

  it("has no cause unless given one", () => {
    expect("cause" in new AttentionError("INVALID_DESCRIPTOR", "Invalid.")).toBe(false);
  });

  it("isAttentionError accepts copies from another bundle", () => {
    const copy = Object.assign(new Error("Invalid."), { name: "AttentionError", code: "INVALID_DESCRIPTOR" });

    expect(isAttentionError(copy)).toBe(true);
    expect(isAttentionError(new Error("Invalid."))).toBe(false);
    expect(isAttentionError({ name: "AttentionError", code: "INVALID_DESCRIPTOR" })).toBe(false);
    expect(isAttentionError(undefined)).toBe(false);
  });
});
