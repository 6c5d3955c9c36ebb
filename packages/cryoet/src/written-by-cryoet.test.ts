// Files this package writes must read back identically in mrcfile. The files in
// fixtures/written-by-cryoet are our writer's output; fixtures/generate.py recorded what mrcfile
// 1.4.3 reads from them. This test checks that the writer still produces those exact bytes and
// that mrcfile's reading of them equals the data and header we wrote.
// To regenerate: CRYOET_WRITE_FIXTURES=1 npx vitest run src/written-by-cryoet.test.ts, then
// /usr/bin/python3 fixtures/generate.py.
import { mkdirSync, writeFileSync } from "node:fs";

import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { encodeMrc, getLabels, type MrcWriteInput } from "./index.js";
import { fixtureBytes, fixturePath, fromJson, mrcfileRecords } from "./testing/fixtures.js";

const SHAPE = [3, 4, 5];
const COUNT = 60;
const ramp = (scale: number, offset: number) => Array.from({ length: COUNT }, (_, index) => ((index * 37) % COUNT) * scale + offset);

/** The inputs of every written fixture: data made by formulas, so they need no random generator. */
const CASES: Record<string, MrcWriteInput> = {
  "mode0.mrc": { data: Int8Array.from(ramp(4, -120)), shape: SHAPE },
  "mode1.mrc": { data: Int16Array.from(ramp(997, -30000)), shape: SHAPE },
  "mode2.mrc": { data: Float32Array.from(ramp(0.37, -5.5)), shape: SHAPE, voxelSize: [1.5, 2, 2.5], origin: [10, -4, 2.5], nstart: [-2, 0, 3] },
  "mode2-be.mrc": { data: Float32Array.from(ramp(0.37, -5.5)), shape: SHAPE, littleEndian: false, labels: ["big-endian float32"] },
  "mode4.mrc": { data: Float32Array.from([...ramp(0.5, -3), ...ramp(-0.25, 2)]), shape: [...SHAPE, 2], mode: 4 },
  "mode6.mrc": { data: Uint16Array.from(ramp(1000, 7)), shape: SHAPE },
  "mode12.mrc": { data: Float32Array.from(ramp(0.125, -3)), shape: SHAPE, mode: 12 },
  "mode12-be.mrc": { data: Float32Array.from(ramp(0.125, -3)), shape: SHAPE, mode: 12, littleEndian: false },
  "image-stack.mrc": { data: Float32Array.from(ramp(1, 0)), shape: SHAPE, kind: "imageStack" },
  "image.mrc": { data: Float32Array.from(ramp(1, 0).slice(0, 20)), shape: [4, 5] },
  "volume-stack.mrc": { data: Float32Array.from([...ramp(1, 0), ...ramp(2, 1)]), shape: [2, 3, 4, 5] },
  "ccp4-extended.mrc": { data: Float32Array.from(ramp(1, 0)), shape: SHAPE, extendedHeader: new TextEncoder().encode("symmetry operator X,Y,Z".padEnd(80)), exttyp: "CCP4" },
};

const WRITE = process.env["CRYOET_WRITE_FIXTURES"] === "1";
const records = mrcfileRecords();

describe("files written by @modelsys/cryoet", () => {
  it.skipIf(!WRITE)("writes the fixtures", () => {
    mkdirSync(fixturePath("written-by-cryoet"), { recursive: true });
    for (const [name, input] of Object.entries(CASES)) {
      const bytes = encodeMrc({ ...input, stampLabel: false }).bytes;
      writeFileSync(fixturePath(`written-by-cryoet/${name}`), bytes);
      if (name === "mode2.mrc") writeFileSync(fixturePath("written-by-cryoet/mode2.mrc.gz"), gzipSync(bytes, { mtime: 0 }));
    }
  });

  it.each(Object.keys(CASES))("%s bytes are reproducible", (name) => {
    const bytes = encodeMrc({ ...CASES[name]!, stampLabel: false }).bytes;
    expect(bytes).toEqual(fixtureBytes(`written-by-cryoet/${name}`));
  });

  it.each([...Object.keys(CASES), "mode2.mrc.gz"])("%s reads back in mrcfile", (name) => {
    const input = CASES[name.replace(/\.gz$/, "")]!;
    const record = records[`written-by-cryoet/${name}`]!;
    const { header } = encodeMrc({ ...input, stampLabel: false });
    expect(record.strict.ok, record.strict.error).toBe(true);
    expect(record.strict.warnings).toEqual([]);
    expect(record.validate.valid, record.validate.messages.join("\n")).toBe(true);
    expect(record.permissive.data!.map(fromJson)).toEqual(Array.from(input.data));
    const spatial = input.mode === 4 ? input.shape.slice(0, -1) : input.shape;
    expect(record.permissive.shape).toEqual(spatial);
    const kinds: Record<number, string> = { 2: "image", 3: input.kind === "imageStack" ? "imageStack" : "volume", 4: "volumeStack" };
    expect(record.permissive.kind).toBe(kinds[spatial.length]);
    expect(record.permissive.header!["machst"]).toEqual(input.littleEndian === false ? [0x11, 0x11, 0, 0] : [0x44, 0x44, 0, 0]);
    expect(record.permissive.header!["nversion"]).toBe(20141);
    expect(record.permissive.header!["rms"]).toBe(fromJson(header.rms as number));
    expect(record.permissive.labels!.map((label) => label.trimEnd())).toEqual(getLabels(header));
    expect(record.permissive.extendedHeaderBytes).toBe(input.extendedHeader?.length ?? 0);
  });
});
