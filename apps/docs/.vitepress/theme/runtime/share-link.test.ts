import { describe, expect, it } from "vitest";

import { decodeCode, encodeCode, escapeUndecodableHash, INVALID_CODE_MESSAGE, readShareHash, shareHash } from "./share-link.js";

const IDS = ["afd-stage-timeline", "roofline-decode-cost"];

describe("share links", () => {
  it("round-trips code with its time limit", () => {
    const code = 'print("σ ≤ 1 → ok");';
    expect(readShareHash(`#${shareHash(code, 30)}`, IDS)).toEqual({ code, timeLimitSeconds: 30, problems: [] });
  });

  it("reads links without a time limit", () => {
    expect(readShareHash(`#code=${encodeCode("print(1);")}`, IDS)).toEqual({ code: "print(1);", problems: [] });
  });

  it("rejects code that is not UTF-8", () => {
    const invalid = Buffer.from([0xff, 0xfe, 0x41]).toString("base64url");
    expect(() => decodeCode(invalid)).toThrow(TypeError);
    expect(readShareHash(`#code=${invalid}`, IDS)).toEqual({ problems: [INVALID_CODE_MESSAGE] });
  });

  it("rejects code that is not base64url", () => {
    expect(readShareHash("#code=%%%", IDS)).toEqual({ problems: [INVALID_CODE_MESSAGE] });
    expect(readShareHash("#code=%25%25%25", IDS)).toEqual({ problems: [INVALID_CODE_MESSAGE] });
  });

  it("reads an example id", () => {
    expect(readShareHash("#example=roofline-decode-cost", IDS)).toEqual({ exampleId: "roofline-decode-cost", problems: [] });
    expect(readShareHash("#example=missing", IDS).problems).toEqual([
      'The address names the example "missing", which does not exist: loaded the first example instead.',
    ]);
  });

  it("ignores an invalid time limit", () => {
    const shared = readShareHash(`#code=${encodeCode("print(1);")}&timeLimit=1e9`, IDS);
    expect(shared.code).toBe("print(1);");
    expect(shared.timeLimitSeconds).toBeUndefined();
    expect(shared.problems).toEqual([
      'The #timeLimit= part of this address is not valid, so the default applies. Invalid time limit "1e9": enter a number of seconds from 1 to 120.',
    ]);
  });
});

describe("escapeUndecodableHash", () => {
  it("keeps hashes that decode", () => {
    expect(escapeUndecodableHash("#code=cHJpbnQoMSk")).toBe("#code=cHJpbnQoMSk");
    expect(escapeUndecodableHash("#a%20b")).toBe("#a%20b");
    expect(escapeUndecodableHash("")).toBe("");
  });

  it("escapes every percent of a hash that does not", () => {
    expect(escapeUndecodableHash("#code=%%%")).toBe("#code=%25%25%25");
    expect(escapeUndecodableHash("#code=%E2%82")).toBe("#code=%25E2%2582");
    expect(() => decodeURIComponent(escapeUndecodableHash("#code=%E2%82%20"))).not.toThrow();
  });
});
