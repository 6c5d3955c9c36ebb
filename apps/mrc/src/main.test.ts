import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { encodeMrc, gzip, readMrc, validateMrc } from "@modelsys/cryoet";
import { updateMrcHeader, writeMrcFile } from "@modelsys/cryoet/node";
import { decode } from "fast-png";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runMrc } from "./test-support.js";

const fixture = (name: string) => fileURLToPath(new URL(`../../../packages/cryoet/fixtures/${name}`, import.meta.url));
const EMD = fixture("EMD-3197.map");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mrc-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("mrc header", () => {
  it.each(["EMD-3197.map", "emd_3197.map.gz", "EMD-3197.map.bz2"])("%s --json prints the EMD-3197 values", async (name) => {
    const result = await runMrc(["header", fixture(name), "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.compression).toBe(name.endsWith(".gz") ? "gzip" : name.endsWith(".bz2") ? "bzip2" : "none");
    expect(json.machineStamp).toBe("44 41 00 00");
    expect(json.shape).toEqual([20, 20, 20]);
    expect(json.voxelSizeAngstrom.map((size: number) => Number(size.toFixed(6)))).toEqual([11.4, 11.4, 11.4]);
    expect(json.header).toMatchObject({ nx: 20, ny: 20, nz: 20, mode: 2, nxstart: -2, nystart: 0, nzstart: 0, mx: 20, cella: [228, 228, 228], cellb: [90, 90, 90], mapc: 1, mapr: 2, maps: 3, ispg: 1, nsymbt: 0, exttyp: "", nversion: 0, origin: [0, 0, 0], map: "MAP ", nlabl: 1 });
    expect(json.header.dmin).toBeCloseTo(-4.1337457, 6);
    expect(json.header.dmax).toBeCloseTo(5.5767369, 6);
    expect(json.header.dmean).toBeCloseTo(0.78361201, 6);
    expect(json.header.rms).toBeCloseTo(2.3999529, 6);
    expect(json.labels).toEqual(["::::EMDATABANK.org::::EMD-3197::::"]);
    expect(json.warnings).toEqual([]);
  });

  it.each(["EMD-3197.map", "emd_3197.map.gz", "EMD-3197.map.bz2"])("%s ignores --max-data-bytes", async (name) => {
    // The data block of EMD-3197 is 32,000 bytes; a header read allocates none of it.
    const result = await runMrc(["header", fixture(name), "--max-data-bytes", "1000", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).shape).toEqual([20, 20, 20]);
  });

  it("--max-data-bytes limits a compressed extended header", async () => {
    // A 2 × 2 image after a 4096-byte extended header of zeros, gzip-compressed.
    const path = join(dir, "extended-header.mrc.gz");
    writeFileSync(path, gzip(encodeMrc({ data: new Float32Array(4), shape: [2, 2], extendedHeader: new Uint8Array(4096), exttyp: "MRCO" }).bytes));

    const limited = await runMrc(["header", path, "--max-data-bytes", "1000"]);
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain("NSYMBT declares a 4096-byte extended header, more than maxDataBytes (1000)");

    const allowed = await runMrc(["header", path, "--max-data-bytes", "4096", "--json"]);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(JSON.parse(allowed.stdout).header.nsymbt).toBe(4096);
  });

  it("text output", async () => {
    const result = await runMrc(["header", EMD]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("NX 20  NY 20  NZ 20   mode 2   volume");
    expect(result.stdout).toContain("voxel size   11.4 × 11.4 × 11.4 Å");
    expect(result.stdout).not.toContain("  bytes  ");
  });

  it("lists labels that NLABL leaves out", async () => {
    const path = join(dir, "nlabl-zero.mrc");
    const bytes = new Uint8Array(readFileSync(EMD));
    new DataView(bytes.buffer).setInt32(220, 0, true);
    writeFileSync(path, bytes);

    const text = await runMrc(["header", path]);
    const json = JSON.parse((await runMrc(["header", path, "--json"])).stdout);

    expect(text.stdout).toContain("  labels (0)\n    0: ::::EMDATABANK.org::::EMD-3197::::   (not counted by NLABL)\n");
    expect(json.labels).toEqual([]);
    expect(json.uncountedLabels).toEqual([{ index: 0, label: "::::EMDATABANK.org::::EMD-3197::::" }]);
  });

  it("JSON writes NaN and infinite statistics as strings", async () => {
    const path = join(dir, "non-finite-header.mrc");
    const bytes = new Uint8Array(readFileSync(EMD));
    const view = new DataView(bytes.buffer);
    view.setFloat32(76, Number.NaN, true);
    view.setFloat32(216, Number.POSITIVE_INFINITY, true);
    writeFileSync(path, bytes);

    const header = JSON.parse((await runMrc(["header", path, "--json"])).stdout);
    const stats = JSON.parse((await runMrc(["stats", path, "--json"])).stdout);
    const text = await runMrc(["header", path]);

    expect(header.header.dmin).toBe("NaN");
    expect(header.header.rms).toBe("Infinity");
    expect(stats.header).toMatchObject({ dmin: "NaN", rms: "Infinity" });
    expect(text.stdout).toContain("DMIN NaN");
    expect(text.stdout).toContain("RMS Infinity");
  });

  it("escapes control characters in labels", async () => {
    const path = join(dir, "control-labels.mrc");
    const bytes = new Uint8Array(readFileSync(EMD));
    bytes.set(new TextEncoder().encode("red \u001b[31mtext\nsecond line"), 224);
    writeFileSync(path, bytes);

    const text = await runMrc(["header", path]);
    const json = JSON.parse((await runMrc(["header", path, "--json"])).stdout);

    expect(text.stdout).toContain("    0: red \\u001b[31mtext\\u000asecond line");
    expect(text.stdout).not.toContain("\u001b");
    expect(json.labels[0].startsWith("red \u001b[31mtext\nsecond line")).toBe(true);
  });

  it("text output names the mode-0 sign and its rule", async () => {
    const unsigned = await runMrc(["header", fixture("parity/mode0-unsigned.mrc")]);
    const flagged = await runMrc(["header", fixture("parity/mode0-imod-signed.mrc")]);
    const forced = await runMrc(["header", fixture("parity/mode0-unsigned.mrc"), "--mode0-sign", "signed"]);

    expect(unsigned.stdout).toContain("  bytes        unsigned, from the header's DMIN and DMAX (no IMOD flag)\n");
    expect(flagged.stdout).toContain("  bytes        signed, from IMOD's signed-bytes flag\n");
    expect(forced.stdout).toContain("  bytes        signed, as --mode0-sign sets\n");
  });

  it("a PNG given as MRC exits 1", async () => {
    const result = await runMrc(["header", fixture("parity/not-mrc.png")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("this is not an MRC file");
    expect(result.stderr).toContain("It starts like a PNG image, not an MRC map.");
  });

  it("permissive reads a damaged file with warnings", async () => {
    const strict = await runMrc(["header", fixture("parity/mode-unknown.mrc")]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("Unknown MODE 7");
    const permissive = await runMrc(["header", fixture("parity/mode-unknown.mrc"), "--permissive", "--json"]);
    expect(permissive.code).toBe(0);
    expect(JSON.parse(permissive.stdout).warnings[0].message).toContain("Unknown MODE 7");
  });

  it("missing file and unknown flag exit 2", async () => {
    const missing = await runMrc(["header", join(dir, "nope.mrc")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("File not found");
    const flag = await runMrc(["header", EMD, "--nope"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("--nope");
    expect((await runMrc([])).code).toBe(2);
  });

  it("no command prints the help to stderr", async () => {
    const result = await runMrc([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Usage: mrc /);
  });

  it.each([
    ["slice", "--low", "0x10", "a percentile from 0 to 100"],
    ["slice", "--high", "0b1", "a percentile from 0 to 100"],
    ["validate", "--stats-rel-tol", "0x10", "a non-negative number"],
    ["validate", "--stats-abs-tol", "0o7", "a non-negative number"],
  ])("%s %s %s is not a decimal number", async (command, flag, value, expected) => {
    const extra = command === "slice" ? ["--index", "0", "--png", join(dir, "never.png")] : [];
    const result = await runMrc([command, EMD, ...extra, flag, value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`mrc: Invalid ${flag} "${value}": expected ${expected}.\n`);
    expect(existsSync(join(dir, "never.png"))).toBe(false);
  });

  it.each(["-1", "0", "1.5", "0x10"])("--max-data-bytes %s asks for a positive number", async (value) => {
    const result = await runMrc(["header", EMD, "--max-data-bytes", value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`mrc: Invalid --max-data-bytes "${value}": expected a positive whole number.\n`);
  });
});

describe("mrc validate", () => {
  it("valid file exits 0", async () => {
    const result = await runMrc(["validate", fixture("parity/mode2-le.mrc")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("is a valid MRC2014 file");
  });

  it("invalid file exits 1 and lists checks", async () => {
    const result = await runMrc(["validate", EMD, "--json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.valid).toBe(false);
    expect(json.problems.map((problem: { check: number }) => problem.check)).toEqual([13]);
    const text = await runMrc(["validate", fixture("parity/stats-wrong.mrc")]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("check 9 (warning): DMAX is 1000");
  });

  it.each([
    ["validate", []],
    ["stats", []],
    ["slice", ["--index", "0", "--png", "limit.png"]],
    ["convert", ["--mode", "12", "-o", "limit.mrc"]],
    ["zarr", ["limit.zarr"]],
  ] as const)("%s ignores --max-data-bytes for uncompressed input", async (command, rest) => {
    // EMD-3197 has 32,000 bytes of data, far over the 100-byte limit.
    const outputs = rest.map((argument) => (argument.startsWith("limit.") ? join(dir, `${command}-${argument}`) : argument));
    const result = await runMrc([command, EMD, ...outputs, "--max-data-bytes", "100"]);

    expect(result.stdout + result.stderr).not.toContain("maxDataBytes");
    expect(result.code).toBe(command === "validate" ? 1 : 0);
  });

  it("validate marks data over --max-data-bytes unchecked", async () => {
    const gz = fixture("emd_3197.map.gz");
    const text = await runMrc(["validate", gz, "--max-data-bytes", "1000"]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toContain("check 0");
    expect(text.stdout).toContain("  not checked: Data needs 32000 bytes, more than maxDataBytes (1000).");
    // EMD-3197's own failure (NVERSION 0) is still reported as such.
    expect(text.stdout).toMatch(/is not a valid MRC2014 file:\n {2}check 13 \(warning\)/);
    const json = JSON.parse((await runMrc(["validate", gz, "--max-data-bytes", "1000", "--json"])).stdout);
    expect([json.valid, json.complete]).toEqual([false, false]);
    expect(JSON.parse((await runMrc(["validate", gz, "--json"])).stdout).complete).toBe(true);

    const clean = join(dir, "clean.mrc.gz");
    await writeMrcFile(clean, { data: new Float32Array(1000), shape: [10, 10, 10] });
    const limited = await runMrc(["validate", clean, "--max-data-bytes", "100"]);
    expect(limited.stdout).toMatch(/clean\.mrc\.gz could not be validated completely:\n {2}not checked: Data needs 4000 bytes/);
  });

  it("tolerance options", async () => {
    expect((await runMrc(["validate", EMD, "--stats-rel-tol", "-1"])).code).toBe(2);
  });
});

describe("mrc stats", () => {
  it("streams float64 statistics", async () => {
    const result = await runMrc(["stats", fixture("EMD-3197.map.bz2"), "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.voxels).toBe(8000);
    expect(json.min).toBeCloseTo(-4.1337457, 6);
    expect(json.max).toBeCloseTo(5.5767369, 6);
    expect(json.mean).toBeCloseTo(0.78361201, 6);
    expect(json.rms).toBeCloseTo(2.3999529, 6);
  });

  it("--mode0-sign overrides the detected sign", async () => {
    // The header statistics (DMIN 1, DMAX 254) mark these mode-0 bytes as unsigned.
    const unsigned = fixture("parity/mode0-unsigned.mrc");
    const detected = JSON.parse((await runMrc(["stats", unsigned, "--json"])).stdout);
    const signed = JSON.parse((await runMrc(["stats", unsigned, "--json", "--mode0-sign", "signed"])).stdout);
    const header = JSON.parse((await runMrc(["header", unsigned, "--json", "--mode0-sign", "signed"])).stdout);

    expect([detected.min, detected.max]).toEqual([1, 254]);
    expect([signed.min, signed.max]).toEqual([-128, 117]);
    expect(header.mode0Sign).toEqual({ signed: true, rule: "option" });
    expect((await runMrc(["validate", unsigned])).code).toBe(0);
    expect((await runMrc(["validate", unsigned, "--mode0-sign", "signed"])).code).toBe(1);
  });

  it("--mode0-sign rejects other values", async () => {
    const result = await runMrc(["stats", EMD, "--mode0-sign", "maybe"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Allowed choices are auto, signed, unsigned.");
  });

  it("counts an RGB voxel once and says what RGB and complex statistics describe", async () => {
    const rgb = join(dir, "rgb.mrc");
    await writeMrcFile(rgb, { data: Uint8Array.from({ length: 2 * 3 * 4 * 3 }, (_, index) => index), shape: [2, 3, 4, 3], mode: 16 });
    const rgbJson = JSON.parse((await runMrc(["stats", rgb, "--json"])).stdout);
    expect(rgbJson.voxels).toBe(24);
    expect(rgbJson.max).toBe(71);
    expect(rgbJson.note).toContain("red, green and blue values");
    const text = await runMrc(["stats", rgb]);
    expect(text.stdout).toMatch(/^\S+rgb\.mrc: 24 voxels\n/);

    const complexJson = JSON.parse((await runMrc(["stats", fixture("parity/mode4-le.mrc"), "--json"])).stdout);
    expect(complexJson.note).toContain("real parts");
    expect((await runMrc(["stats", fixture("parity/mode4-le.mrc")])).stdout).toContain("  note    complex data:");
    expect(JSON.parse((await runMrc(["stats", EMD, "--json"])).stdout).note).toBeUndefined();
  });

  it("short data exits 1", async () => {
    const result = await runMrc(["stats", fixture("parity/data-short.mrc")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("truncated");
    // A permissive read gets as far as the data, and the error still names the file.
    const permissive = await runMrc(["stats", fixture("parity/data-short.mrc"), "--permissive"]);
    expect(permissive.code).toBe(1);
    expect(permissive.stderr).toMatch(/^mrc: warning \(check 7\): \S+data-short\.mrc: File is \d+ bytes, but the header describes \d+ bytes/);
    expect(permissive.stderr).toMatch(/\nmrc: \S+data-short\.mrc: Cannot read data: the file is \d+ bytes but the data block ends at byte \d+\.\n$/);
  });
});

describe("mrc slice", () => {
  it("writes a z slice and an x slice", async () => {
    for (const axis of ["z", "x"]) {
      const png = join(dir, `slice-${axis}.png`);
      const result = await runMrc(["slice", EMD, "--axis", axis, "--index", "6", "--png", png]);
      expect(result.code).toBe(0);
      const image = decode(readFileSync(png));
      expect([image.width, image.height, image.channels]).toEqual([20, 20, 1]);
      expect(Math.max(...(image.data as Uint8Array))).toBe(255);
    }
  });

  it("warns about NaN pixels", async () => {
    // Section 0 contains one NaN at (x 1, y 0), and the other sections are finite.
    const path = join(dir, "one-nan.mrc");
    const data = Float32Array.from({ length: 3 * 4 * 5 }, (_, index) => index);
    data[1] = Number.NaN;
    writeFileSync(path, encodeMrc({ data, shape: [3, 4, 5] }).bytes);

    const slice = await runMrc(["slice", path, "--index", "0", "--png", join(dir, "one-nan-slice.png")]);
    const projection = await runMrc(["slice", path, "--axis", "y", "--projection", "max", "--png", join(dir, "one-nan-max.png"), "--json"]);
    const finite = await runMrc(["slice", path, "--index", "1", "--png", join(dir, "finite-slice.png"), "--json"]);

    expect(slice.code, slice.stderr).toBe(0);
    expect(slice.stdout).toContain("\nwarning: 1 of 20 pixels are NaN, because the data contain NaN there, and are drawn black.");
    // Along y, the line at x 1 of section 0 contains the NaN, so one pixel of the 5 × 3 image is NaN.
    expect(JSON.parse(projection.stdout).warnings).toEqual([
      "1 of 15 pixels are NaN, because their lines through the volume contain NaN voxels, and are drawn black. Replace the NaN values first to see the data there.",
    ]);
    expect(decode(readFileSync(join(dir, "one-nan-max.png"))).data[1]).toBe(0);
    expect(JSON.parse(finite.stdout).warnings).toEqual([]);
  });

  it("projection", async () => {
    const png = join(dir, "projection.png");
    const result = await runMrc(["slice", EMD, "--axis", "y", "--projection", "max", "--png", png, "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ axis: "y", projection: "max", width: 20, height: 20 });
  });

  it.each([
    [["--axis", "w", "--index", "1"], "--axis"],
    [["--index", "20"], "Invalid --index 20"],
    [["--index", "-1"], "Invalid --index"],
    [["--index", "1", "--low", "99", "--high", "1"], "low must be below high"],
    [["--axis", "z"], "Missing --index"],
  ])("usage error %j exits 2", async (flags, message) => {
    const result = await runMrc(["slice", EMD, ...flags, "--png", join(dir, "bad.png")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(dir, "bad.png"))).toBe(false);
  });
});

describe("mrc convert", () => {
  it("float32 to float16 and int16", async () => {
    const half = join(dir, "half.mrc");
    const result = await runMrc(["convert", EMD, "--mode", "12", "--output", half]);
    expect(result.code).toBe(0);
    const converted = readMrc(readFileSync(half));
    expect(converted.mode).toBe(12);
    expect(converted.header.labels[0]).toBe("::::EMDATABANK.org::::EMD-3197::::");
    expect(converted.voxelSize.map((size) => Number(size.toFixed(5)))).toEqual([11.4, 11.4, 11.4]);
    expect(validateMrc(readFileSync(half)).valid).toBe(true);
    const again = await runMrc(["convert", EMD, "--mode", "12", "--output", half]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists: pass --force to replace it.");
    expect(again.stderr).not.toContain("overwrite: true");
    const ints = await runMrc(["convert", EMD, "--mode", "1", "-o", join(dir, "int.mrc")]);
    expect(ints.code).toBe(0);
    expect(Array.from(readMrc(readFileSync(join(dir, "int.mrc"))).data!.slice(0, 1))).toEqual([-2]);
  });

  it("unsigned mode-0 bytes stay unsigned in mode 0", async () => {
    const input = fixture("parity/mode0-unsigned.mrc");
    const output = join(dir, "unsigned-bytes.mrc.gz");

    const result = await runMrc(["convert", input, "--mode", "0", "-o", output, "--json"]);

    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).warnings).toEqual([]);
    const converted = readMrc(readFileSync(output));
    expect(converted.mode0).toEqual({ signed: false, rule: "imodFlag" });
    expect(Array.from(converted.data!)).toEqual(Array.from(readMrc(readFileSync(input)).data!));
    expect(validateMrc(readFileSync(output)).valid).toBe(true);
  });

  it("signed bytes read from unsigned ones convert as signed", async () => {
    const input = fixture("parity/mode0-unsigned.mrc");
    const output = join(dir, "signed-bytes.mrc");

    const result = await runMrc(["convert", input, "--mode", "0", "-o", output, "--mode0-sign", "signed"]);

    expect(result.code, result.stderr).toBe(0);
    expect(readMrc(readFileSync(output)).mode0).toEqual({ signed: true, rule: "imodFlag" });
  });

  it("warns when an integer mode rounds away fractional values", async () => {
    const ints = await runMrc(["convert", EMD, "--mode", "1", "-o", join(dir, "int-warned.mrc"), "--json"]);
    expect(ints.code).toBe(0);
    expect(JSON.parse(ints.stdout).warnings).toEqual([
      "8000 of 8000 values were not whole numbers and were rounded to the nearest integer (ties to even), because mode 1 stores integers. Scale the data first to keep their precision, or convert to mode 2 or 12.",
    ]);
    // Whole numbers convert without a warning, and so does a float target.
    const whole = await runMrc(["convert", fixture("parity/mode1-le.mrc"), "--mode", "6", "-o", join(dir, "uint16.mrc"), "--clip"]);
    expect(whole.stdout).not.toContain("warning:");
    expect((await runMrc(["convert", EMD, "--mode", "12", "-o", join(dir, "half-quiet.mrc")])).stdout).not.toContain("warning:");
  });

  it.each([
    [6, [-0.4, -0.3, 0.2, 0.1, -0.5, 0.3, 0.4, -0.1], 8],
    [101, [0, 1, 2.5, 3.5, -0.5, 15.4, 15.6, 7], 4],
    [0, [127.4, -128.4, 200.5, -0.2, 1, 2, 3, 4], 3],
  ] as const)("counts rounded values near the mode %i limits", async (mode, values, rounded) => {
    const input = join(dir, `near-limits-${mode}.mrc`);
    writeFileSync(input, encodeMrc({ data: Float32Array.from(values), shape: [2, 2, 2] }).bytes);

    const result = await runMrc(["convert", input, "--mode", String(mode), "-o", join(dir, `near-limits-${mode}-out.mrc`), "--clip", "--json"]);

    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).warnings[0]).toMatch(new RegExp(`^${rounded} of 8 values were not whole numbers`));
  });

  it("out-of-range values exit 1 and name --clip", async () => {
    const result = await runMrc(["convert", fixture("parity/mode1-le.mrc"), "--mode", "0", "-o", join(dir, "int8.mrc")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^mrc: Cannot convert \S+mode1-le\.mrc to mode 0: the data contain -?\d+, but mode 0 stores integers from -128 to 127\. Pass --clip to clip the values to that range, or choose a --mode that holds them\.\n$/);
    expect(result.stderr).not.toContain("overflow");
    expect(existsSync(join(dir, "int8.mrc"))).toBe(false);
    const nan = await runMrc(["convert", fixture("parity/nonfinite.mrc"), "--mode", "1", "-o", join(dir, "nan.mrc"), "--clip"]);
    expect(nan.code).toBe(1);
    expect(nan.stderr).toContain("the data contain NaN, which mode 1 cannot store");
    expect((await runMrc(["convert", fixture("parity/mode1-le.mrc"), "--mode", "0", "-o", join(dir, "int8.mrc"), "--clip"])).code).toBe(0);
    expect((await runMrc(["convert", EMD, "--mode", "5", "-o", join(dir, "x.mrc")])).code).toBe(2);
    expect((await runMrc(["convert", EMD, "--mode", "2"])).code).toBe(2);
  });
});

describe("metadata and directories", () => {
  it("convert keeps an undefined voxel size", async () => {
    const output = join(dir, "cell-zero-int16.mrc");
    const result = await runMrc(["convert", fixture("parity/cell-zero.mrc"), "--mode", "1", "-o", output]);
    expect(result.code, result.stderr).toBe(0);
    const converted = readMrc(readFileSync(output), { permissive: true });
    expect(converted.header.cella).toEqual([0, 0, 0]);
    expect(converted.voxelSizeDefined).toEqual([false, false, false]);
  });

  it("convert and zarr name a missing directory and create none", async () => {
    const missing = join(dir, "missing-parent");
    for (const argv of [["convert", EMD, "--mode", "2", "-o", join(missing, "x.mrc")], ["zarr", EMD, join(missing, "x.zarr")]]) {
      const result = await runMrc(argv);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`the directory ${missing} does not exist`);
      expect(existsSync(missing)).toBe(false);
    }
  });

  it("--max-data-bytes limits compressed input, not streamed conversions", async () => {
    const limited = await runMrc(["convert", fixture("emd_3197.map.gz"), "--mode", "2", "-o", join(dir, "limited.mrc"), "--max-data-bytes", "1000"]);
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain("Data needs 32000 bytes, more than maxDataBytes (1000). Raise maxDataBytes (the mrc CLI's --max-data-bytes)");
    const streamed = await runMrc(["convert", EMD, "--mode", "2", "-o", join(dir, "streamed.mrc"), "--max-data-bytes", "1000"]);
    expect(streamed.stderr).toBe("");
    expect(streamed.code).toBe(0);
    expect(readMrc(readFileSync(join(dir, "streamed.mrc"))).data).toEqual(readMrc(readFileSync(EMD)).data);
    const compressed = await runMrc(["stats", fixture("emd_3197.map.gz"), "--max-data-bytes", "1000"]);
    expect(compressed.code).toBe(1);
    expect(compressed.stderr).toContain("more than maxDataBytes (1000)");
    expect((await runMrc(["stats", EMD, "--max-data-bytes", "1000", "--json"])).code).toBe(0);
    expect((await runMrc(["header", EMD, "--max-data-bytes", "lots"])).code).toBe(2);
  });
});

describe("mrc zarr", () => {
  it("exports an OME-Zarr directory", async () => {
    const out = join(dir, "emd.zarr");
    const result = await runMrc(["zarr", EMD, out, "--chunk", "8", "--json"]);
    expect(result.code).toBe(0);
    const group = JSON.parse(readFileSync(join(out, "zarr.json"), "utf8"));
    expect(group.attributes.ome.version).toBe("0.5");
    const array = JSON.parse(readFileSync(join(out, "0", "zarr.json"), "utf8"));
    expect(array.shape).toEqual([20, 20, 20]);
    expect(array.chunk_grid.configuration.chunk_shape).toEqual([8, 8, 8]);
    expect((await runMrc(["zarr", EMD, out])).code).toBe(1);
    expect((await runMrc(["zarr", EMD, out, "--force"])).code).toBe(0);
    expect((await runMrc(["zarr", EMD, out, "--chunk", "0"])).code).toBe(2);
  });

  it("reports the chunk shape it wrote", async () => {
    const out = join(dir, "emd-chunk-shape.zarr");
    const json = await runMrc(["zarr", EMD, out, "--chunk", "16", "--json"]);
    const text = await runMrc(["zarr", EMD, out, "--chunk", "16", "--force"]);

    // EMD-3197 is 20 voxels on each axis, so a chunk edge of 16 stays 16.
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).chunk).toBe(16);
    expect(JSON.parse(json.stdout).chunkShape).toEqual([16, 16, 16]);
    expect(text.stdout).toContain("shape [20, 20, 20], chunk shape [16, 16, 16]).");
  });

  it("cuts the chunk shape to the volume", async () => {
    const out = join(dir, "emd-chunk-cut.zarr");
    const result = await runMrc(["zarr", EMD, out, "--chunk", "128", "--json"]);
    const written = JSON.parse(readFileSync(join(out, "0", "zarr.json"), "utf8")).chunk_grid.configuration.chunk_shape;

    expect(result.code, result.stderr).toBe(0);
    expect(written).toEqual([20, 20, 20]);
    expect(JSON.parse(result.stdout).chunkShape).toEqual(written);
  });

  it("names --force for a file in the way", async () => {
    const out = join(dir, "in-the-way.zarr");
    writeFileSync(out, "a regular file");

    const result = await runMrc(["zarr", EMD, out, "--force"]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("exists and is not a directory: --force replaces only an empty directory or a Zarr store");
    expect(result.stderr).not.toContain("overwrite");
    expect(readFileSync(out, "utf8")).toBe("a regular file");
  });

  const translationOf = (out: string) => JSON.parse(readFileSync(join(out, "zarr.json"), "utf8")).attributes.ome.multiscales[0].datasets[0].coordinateTransformations[1].translation as number[];

  it("places zero-ORIGIN maps by start indices", async () => {
    // EMD-3197: ORIGIN 0, NXSTART -2 along X (MAPC 1), voxel size 11.4 Å.
    const out = join(dir, "emd-placed.zarr");
    const result = await runMrc(["zarr", EMD, out, "--json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).originAngstrom).toEqual([-22.8, 0, 0]);
    const [z, y, x] = translationOf(out);
    expect([z, y]).toEqual([0, 0]);
    expect(x).toBeCloseTo(-2.28, 9);
  });

  it("places a map with a non-zero ORIGIN by ORIGIN", async () => {
    const input = join(dir, "emd-origin.map");
    copyFileSync(EMD, input);
    await updateMrcHeader(input, (header) => {
      header.origin = [10, 20, 30];
    });
    const out = join(dir, "emd-origin.zarr");
    expect((await runMrc(["zarr", input, out])).code).toBe(0);
    expect(translationOf(out)).toEqual([3, 2, 1]);
  });

  it("a volume without voxels exits 1 and writes nothing", async () => {
    const out = join(dir, "empty.zarr");
    const result = await runMrc(["zarr", fixture("parity/nz-zero.mrc"), out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nz-zero\.mrc has no voxels \(shape \[0, \d+, \d+\]\), so there is nothing to export\.\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it("complex data exits 2", async () => {
    const result = await runMrc(["zarr", fixture("parity/mode4-le.mrc"), join(dir, "complex.zarr")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Cannot export mode 4");
  });
});

describe("--permissive on files without readable data", () => {
  const cases: [string, string][] = [
    ["parity/not-mrc.png", "MODE 1380206665 is unknown"],
    ["parity/not-mrc.txt.gz", "is unknown"],
    ["parity/mode-unknown.mrc", "MODE 7 is unknown"],
    ["parity/nx-negative.mrc", "NX -5, NY 4, NZ 3 include a negative dimension"],
    ["parity/nsymbt-negative.mrc", "NSYMBT -80 is negative"],
  ];

  it.each(cases)("stats of %s exits 1", async (name, message) => {
    for (const permissive of [[], ["--permissive"]]) {
      const result = await runMrc(["stats", fixture(name), ...permissive]);
      expect(result.code, result.stderr).toBe(1);
      if (permissive.length > 0) expect(result.stderr).toContain(message);
    }
  });

  it.each(cases)("slice of %s exits 1", async (name, message) => {
    for (const axis of ["x", "z"]) {
      const png = join(dir, `unreadable-${axis}.png`);
      const result = await runMrc(["slice", fixture(name), "--axis", axis, "--index", "0", "--png", png, "--permissive"]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toContain("slices (0 to");
      expect(existsSync(png)).toBe(false);
    }
  });

  it("text file exits 1", async () => {
    const text = join(dir, "notes.txt");
    writeFileSync(text, "plain text, not an MRC map\n".repeat(100));
    for (const command of [["stats"], ["slice", "--projection", "max", "--png", join(dir, "notes.png")]]) {
      const result = await runMrc([command[0]!, text, ...command.slice(1), "--permissive"]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain("Cannot read data");
    }
  });
});

describe("output paths", () => {
  const copyOfEmd = (name: string) => {
    const path = join(dir, name);
    copyFileSync(EMD, path);
    return path;
  };

  it.each([
    ["slice", (input: string) => ["slice", input, "--index", "0", "--png", input, "--force"]],
    ["convert", (input: string) => ["convert", input, "--mode", "2", "-o", input, "--force"]],
    ["zarr", (input: string) => ["zarr", input, input, "--force"]],
  ])("%s onto its input exits 2", async (command, argv) => {
    const input = copyOfEmd(`same-${command}.mrc`);
    const result = await runMrc(argv(input));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`The output path ${input} is the input file ${input}`);
    expect(readFileSync(input)).toEqual(readFileSync(EMD));
  });

  it("symbolic and hard links to the input exit 2", async () => {
    const input = copyOfEmd("linked.mrc");
    symlinkSync(input, join(dir, "symlink.mrc"));
    linkSync(input, join(dir, "hardlink.mrc"));
    for (const output of [join(dir, "symlink.mrc"), join(dir, "hardlink.mrc")]) {
      const slice = await runMrc(["slice", input, "--index", "0", "--png", output, "--force"]);
      expect(slice.code).toBe(2);
      expect(slice.stderr).toContain("is the input file");
      const zarr = await runMrc(["zarr", input, output, "--force"]);
      expect(zarr.code).toBe(2);
    }
    expect(readFileSync(input)).toEqual(readFileSync(EMD));
  });

  it("relative output naming the input exits 2", async () => {
    const input = copyOfEmd("relative.mrc");
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const result = await runMrc(["convert", input, "--mode", "12", "-o", "./relative.mrc", "--force"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("is the input file");
    } finally {
      process.chdir(cwd);
    }
    expect(readFileSync(input)).toEqual(readFileSync(EMD));
  });

  it("zarr into a directory containing the input exits 2", async () => {
    const folder = join(dir, "holder");
    mkdirSync(folder);
    const input = join(folder, "inside.mrc");
    copyFileSync(EMD, input);
    const result = await runMrc(["zarr", input, folder, "--force"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`The output directory ${folder} contains the input file`);
    expect(readFileSync(input)).toEqual(readFileSync(EMD));
  });

  it("zarr --force keeps a directory that is no Zarr store", async () => {
    const output = join(dir, "papers");
    mkdirSync(output);
    writeFileSync(join(output, "draft.txt"), "keep me");

    const result = await runMrc(["zarr", EMD, output, "--force"]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--force replaces only an empty directory or a Zarr store");
    expect(readFileSync(join(output, "draft.txt"), "utf8")).toBe("keep me");
  });

  it("zarr --force keeps a regular file", async () => {
    const output = join(dir, "not-a-directory.zarr");
    writeFileSync(output, "keep me");
    const result = await runMrc(["zarr", EMD, output, "--force"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is not a directory");
    expect(readFileSync(output, "utf8")).toBe("keep me");
  });

  it("convert and slice reject directory outputs", async () => {
    const folder = join(dir, "output-folder.mrc");
    mkdirSync(folder);
    for (const force of [[], ["--force"]]) {
      const convert = await runMrc(["convert", EMD, "--mode", "2", "--output", folder, ...force]);
      expect(convert.code).toBe(1);
      expect(convert.stderr).toBe(`mrc: Cannot write ${folder}: it is a directory, which is left unchanged. Give a file path instead, such as a new name inside it.\n`);
      const slice = await runMrc(["slice", EMD, "--index", "0", "--png", folder, ...force]);
      expect(slice.code).toBe(1);
      expect(slice.stderr).toBe(`mrc: Cannot write ${folder}: it is a directory, which is left unchanged. Give a file path instead, such as a new name inside it.\n`);
    }
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("convert and slice keep a FIFO output", async () => {
    // The rename that replaces a file would turn a FIFO or a device such as /dev/null into a regular file.
    const fifo = join(dir, "output-fifo");
    execFileSync("mkfifo", [fifo]);
    const message = `mrc: Cannot write ${fifo}: it is a device, FIFO or socket, not a regular file, and it is left unchanged. Give the path of a regular file.\n`;
    for (const force of [[], ["--force"]]) {
      const convert = await runMrc(["convert", EMD, "--mode", "2", "--output", fifo, ...force]);
      expect(convert.code).toBe(1);
      expect(convert.stderr).toBe(message);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      const slice = await runMrc(["slice", EMD, "--index", "0", "--png", fifo, ...force]);
      expect(slice.code).toBe(1);
      expect(slice.stderr).toBe(message);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    }
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it.each([
    ["slice", ["slice", EMD, "--index", "0", "--png", ""], '--png ""', "slice.png"],
    ["convert", ["convert", EMD, "--mode", "2", "--output", " "], '--output " "', "converted.mrc"],
    ["zarr", ["zarr", EMD, ""], '<out.zarr> ""', "map.zarr"],
  ])("%s rejects an empty output path", async (_command, argv, named, example) => {
    const cwd = process.cwd();
    const folder = mkdtempSync(join(dir, "empty-output-"));
    process.chdir(folder);
    try {
      const result = await runMrc([...argv, "--force"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`mrc: Invalid ${named}: expected the path of the output to write, such as ${example}.\n`);
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });

  it("slice keeps an existing PNG without --force", async () => {
    const png = join(dir, "existing.png");
    writeFileSync(png, "old");
    const rejected = await runMrc(["slice", EMD, "--index", "0", "--png", png]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain(`${png} already exists: pass --force to replace it.`);
    expect(readFileSync(png, "utf8")).toBe("old");
    const forced = await runMrc(["slice", EMD, "--index", "0", "--png", png, "--force"]);
    expect(forced.code).toBe(0);
    expect(decode(readFileSync(png)).width).toBe(20);
    expect(statSync(png).isFile()).toBe(true);
  });
});

describe("help", () => {
  it("lists the option table", async () => {
    const result = await runMrc(["slice", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--axis <axis>");
    expect(result.stdout).toContain("--force");
    expect(result.stdout).toContain("--permissive");
    expect(result.stdout).toContain("Exit codes: 0 valid file or success, 1 invalid file or failed job, 2 invalid usage.");
    writeFileSync(join(dir, "unused"), "");
  });
});

describe("mrc slice of an empty volume", () => {
  it.each([
    ["--index", "0"],
    ["--projection", "mean"],
  ])("%s %s exits 1 naming the dimensions", async (option, value) => {
    const png = join(dir, `empty-${value}.png`);
    const result = await runMrc(["slice", fixture("parity/nz-zero.mrc"), "--axis", "x", option, value, "--png", png]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/has no voxels \(NX \d+, NY \d+, NZ 0\)/);
  });
});
