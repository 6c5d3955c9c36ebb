import { describe, expect, it } from "vitest";

import { decodeSerialEmExtendedHeader, encodeMrc, readMrc, serialEmFloat } from "./index.js";

/** Writes the 16-bit words of each section one after another, in the given byte order. */
function sections(words: number[][], littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(words.flat().length * 2);
  const view = new DataView(bytes.buffer);
  words.flat().forEach((word, index) => view.setInt16(index * 2, word, littleEndian));
  return bytes;
}

describe("SerialEM extended header", () => {
  it("two-word float", () => {
    // 2560 × 2⁻¹⁰ = 2.5: s1 = 10 and s2 = -(10 × 256), so |s2| mod 256 = 0 and the exponent is -10.
    expect(serialEmFloat(10, -2560)).toBe(2.5);
    expect(serialEmFloat(-10, -2560)).toBe(-2.5);
    expect(serialEmFloat(3, 7)).toBe(3 * 256 + 7);
    expect(serialEmFloat(1, 512 + 4)).toBe(260 * 4);
  });

  it.each([true, false])("decodes tilt, stage, magnification and dose (little-endian %s)", (littleEndian) => {
    // Flags 1 + 4 + 8 + 32: tilt (2 bytes), stage (4), magnification (2), dose (4), so NINT = 12.
    const words = [
      [-6000, 250, -500, 330, 10, -2560],
      [-5700, 251, -501, 330, 20, -2560],
    ];
    const decoded = decodeSerialEmExtendedHeader(sections(words, littleEndian), { nint: 12, nreal: 1 + 4 + 8 + 32, nz: 2 }, littleEndian);

    expect(decoded?.bytesPerSection).toBe(12);
    expect(decoded?.sections).toEqual([
      { tiltAngle: -60, stagePosition: [10, -20], magnification: 33000, exposureDose: 2.5 },
      { tiltAngle: -57, stagePosition: [10.04, -20.04], magnification: 33000, exposureDose: 5 },
    ]);
  });

  it("skips reserved items and reads montage and intensity", () => {
    // Flags 2 + 16 + 64: piece coordinates (6 bytes), intensity (2), a reserved 2-byte item.
    const decoded = decodeSerialEmExtendedHeader(sections([[100, 200, 3, 5000, 77]], true), { nint: 10, nreal: 2 + 16 + 64, nz: 1 }, true);

    expect(decoded?.sections).toEqual([{ montagePiece: [100, 200, 3], intensity: 0.2 }]);
  });

  it("Agard layout gives null", () => {
    // NINT 2 integers and NREAL 4 reals per section: the flags 4 imply 4 bytes, not 2.
    expect(decodeSerialEmExtendedHeader(new Uint8Array(96), { nint: 2, nreal: 4, nz: 4 }, true)).toBeNull();
    expect(decodeSerialEmExtendedHeader(new Uint8Array(96), { nint: 0, nreal: 0, nz: 4 }, true)).toBeNull();
    expect(decodeSerialEmExtendedHeader(new Uint8Array(96), { nint: 2, nreal: 4096, nz: 4 }, true)).toBeNull();
  });

  it("decodes only the whole sections present", () => {
    const decoded = decodeSerialEmExtendedHeader(sections([[100], [200], [300]], true).subarray(0, 5), { nint: 2, nreal: 1, nz: 3 }, true);

    expect(decoded?.sections).toEqual([{ tiltAngle: 1 }, { tiltAngle: 2 }]);
  });

  it("tilt angles of a written tilt series", () => {
    const tilts = [-3, 0, 3];
    const header = { ...readMrc(encodeMrc({ data: new Float32Array(3 * 2 * 2), shape: [3, 2, 2], kind: "imageStack" }).bytes).header, nint: 2, nreal: 1 };
    const extendedHeader = sections(tilts.map((tilt) => [tilt * 100]), false);
    const file = readMrc(encodeMrc({ data: new Float32Array(3 * 2 * 2), shape: [3, 2, 2], header, extendedHeader, exttyp: "SERI", littleEndian: false }).bytes);

    const decoded = decodeSerialEmExtendedHeader(file.extendedHeader!, file.header, file.littleEndian);

    expect(file.header.exttyp).toBe("SERI");
    expect(decoded?.sections.map((section) => section.tiltAngle)).toEqual(tilts);
  });
});
