import { describe, expect, it } from "vitest";

import { BytesSource, decodeFeiExtendedHeader, encodeMrc, openMrc, ProblemLog, readMrc } from "./index.js";
import { fixtureBytes } from "./testing/fixtures.js";

describe("FEI extended headers", () => {
  it("FEI1 blocks per section", () => {
    const file = readMrc(fixtureBytes("parity/fei1.mrc"));
    expect(file.header.exttyp).toBe("FEI1");
    expect(file.extendedHeader!.length).toBe(3 * 768);
    const fei = file.fei!;
    expect([fei.type, fei.blockBytes, fei.blocks.length]).toEqual(["FEI1", 768, 3]);
    expect(fei.blocks.map((block) => block["alphaTilt"])).toEqual([-60, 0, 60]);
    expect(fei.blocks[0]).toMatchObject({ metadataSize: 768, metadataVersion: 0, bitmask1: 0x1234, microscopeType: "TITAN52336320", ht: 300000, pixelSizeX: 1.35e-10, defocus: -3e-6, magnification: 105000 });
    expect(fei.blocks[0]).not.toHaveProperty("scanRotation");
  });

  it("padded FEI2 indexed by block size", () => {
    const file = readMrc(fixtureBytes("parity/fei2-padded.mrc"));
    // 3 blocks of 888 bytes padded to a multiple of 512.
    expect(file.header.nsymbt).toBe(3072);
    // mrcfile wrote CELLA = 0, so the only warnings are the undefined voxel sizes.
    expect(file.warnings.map((warning) => warning.code)).toEqual(["UNDEFINED_VOXEL_SIZE", "UNDEFINED_VOXEL_SIZE", "UNDEFINED_VOXEL_SIZE"]);
    expect(file.fei!.blocks.map((block) => [block["metadataSize"], block["scanRotation"], block["tiltPerImage"]])).toEqual([
      [888, 12.5, 3],
      [888, 12.5, 3],
      [888, 12.5, 3],
    ]);
  });

  it("bad block size gives null with a warning", () => {
    const log = new ProblemLog(false);
    const bytes = new Uint8Array(800);
    new DataView(bytes.buffer).setInt32(0, 800, true);
    expect(decodeFeiExtendedHeader(bytes, "FEI1", true, 1, log)).toBeNull();
    expect(log.warnings[0]).toMatchObject({ check: 8, code: "INVALID_FEI_BLOCKS", value: 800 });
    expect(decodeFeiExtendedHeader(new Uint8Array(4), "FEI2", true, 1, log)).toBeNull();
  });

  it("too few blocks decodes the whole ones", () => {
    const ext = fixtureBytes("parity/fei1.mrc").slice(1024, 1024 + 768 * 2);
    const { bytes } = encodeMrc({ data: new Float32Array(3 * 4), shape: [3, 2, 2], extendedHeader: ext, exttyp: "FEI1", stampLabel: false });
    const file = readMrc(bytes);
    expect(file.fei!.blocks.length).toBe(2);
    expect(file.warnings.map((warning) => [warning.check, warning.code])).toEqual([[8, "INVALID_FEI_BLOCKS"]]);
  });
});

describe("FEI extended headers opened lazily", () => {
  const tooFewBlocks = encodeMrc({ data: new Float32Array(3 * 4), shape: [3, 2, 2], extendedHeader: fixtureBytes("parity/fei1.mrc").slice(1024, 1024 + 768 * 2), exttyp: "FEI1", stampLabel: false }).bytes;
  const badBlockSize = encodeMrc({ data: new Float32Array(4), shape: [1, 2, 2], extendedHeader: new Uint8Array(800).fill(1), exttyp: "FEI2", stampLabel: false }).bytes;
  const empty = encodeMrc({ data: new Float32Array(4), shape: [1, 2, 2], exttyp: "FEI1", stampLabel: false }).bytes;
  const files: Record<string, Uint8Array> = {
    "FEI1 fixture": fixtureBytes("parity/fei1.mrc"),
    "padded FEI2 fixture": fixtureBytes("parity/fei2-padded.mrc"),
    "too few blocks": tooFewBlocks,
    "bad block size": badBlockSize,
    "NSYMBT 0": empty,
  };

  it.each(Object.keys(files))("%s matches a whole read", async (name) => {
    const bytes = files[name]!;
    const whole = readMrc(bytes, { permissive: true });

    const reader = await openMrc(new BytesSource(bytes), { permissive: true });

    expect(reader.warnings).toEqual(whole.warnings);
    expect(await reader.readFeiExtendedHeader()).toEqual(whole.fei);
    expect(await reader.readExtendedHeader()).toEqual(whole.extendedHeader);
  });
});
