// Benchmarks of reading generated 256³ and 512³ float32 volumes: full read, statistics, and one
// slice along each axis, from a file handle and, for x and y, from bytes in memory. Slices from
// the file are measured with the file in the page cache, as mrcfile's memory map is. Each group's baseline is a raw read of the same file (fs.readFile). The
// volumes are written to os.tmpdir() on first use. When Debian's python3-mrcfile is installed,
// bench/mrcfile_timings.py times mrcfile + NumPy on the same files in the same run and writes
// bench/reference-timings.json, which scripts/record-benchmarks.mjs shows beside these numbers.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { bench, describe } from "vitest";

import { BytesSource, computeStatistics, openMrc } from "../src/index.js";
import { MrcSectionWriter, openMrcFile, readMrcFile } from "../src/node/index.js";

const SIZES = [256, 512];
const PYTHON = "/usr/bin/python3";

function volumePath(size: number): string {
  return join(tmpdir(), `modelsys-cryoet-bench-${size}.mrc`);
}

/** Writes a size³ float32 volume of pseudo-random values (a fixed LCG), section by section. */
async function ensureVolume(size: number): Promise<string> {
  const path = volumePath(size);
  const expectedBytes = 1024 + size ** 3 * 4;
  if (existsSync(path) && statSync(path).size === expectedBytes) return path;
  const writer = await MrcSectionWriter.create(path, { shape: [size, size, size], mode: 2, overwrite: true, stampLabel: false });
  let state = 12345;
  const section = new Float32Array(size * size);
  for (let z = 0; z < size; z++) {
    for (let index = 0; index < section.length; index++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      section[index] = state / 2 ** 32 - 0.5;
    }
    await writer.writeSection(section);
  }
  await writer.close();
  return path;
}

const paths = await Promise.all(SIZES.map(ensureVolume));

if (existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import mrcfile"]).status === 0) {
  const script = fileURLToPath(new URL("./mrcfile_timings.py", import.meta.url));
  const out = fileURLToPath(new URL("./reference-timings.json", import.meta.url));
  const result = spawnSync(PYTHON, [script, out, ...paths], { encoding: "utf8", stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${script} failed with status ${result.status}`);
} else {
  process.stderr.write("mrcfile timings not re-measured: /usr/bin/python3 with python3-mrcfile is missing, so the page shows the committed bench/reference-timings.json.\n");
}

// This machine is shared, so whole-volume operations take at least 8 samples, and slices at least
// 5 (slices take many more within the time budget).
const wholeVolume = { time: 5000, iterations: 8, warmupIterations: 1 };
const slice = { time: 1500, iterations: 5, warmupIterations: 1 };

for (const [index, size] of SIZES.entries()) {
  const path = paths[index]!;
  const rawRead = () => readFileSync(path);
  const inMemory = (await readMrcFile(path, { copy: true })).data!;
  const reader = await openMrcFile(path);
  const memoryReader = await openMrc(new BytesSource(readFileSync(path)));
  const middle = size / 2;

  describe(`full read ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFile)", rawRead, wholeVolume);
    bench("readMrcFile", async () => {
      await readMrcFile(path);
    }, wholeVolume);
  });

  describe(`statistics ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFile)", rawRead, wholeVolume);
    bench("computeStatistics (data in memory)", () => {
      computeStatistics(inMemory);
    }, wholeVolume);
    bench("MrcReader.statistics (streaming from the file)", async () => {
      await reader.statistics();
    }, wholeVolume);
  });

  describe(`z-slice ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFile)", rawRead, slice);
    bench("MrcReader.readSlice z", async () => {
      await reader.readSlice("z", middle);
    }, slice);
  });

  describe(`y-slice ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFile)", rawRead, slice);
    bench("MrcReader.readSlice y", async () => {
      await reader.readSlice("y", middle);
    }, slice);
    bench("MrcReader.readSlice y (bytes in memory)", async () => {
      await memoryReader.readSlice("y", middle);
    }, slice);
  });

  describe(`x-slice ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFile)", rawRead, slice);
    bench("MrcReader.readSlice x", async () => {
      await reader.readSlice("x", middle);
    }, slice);
    bench("MrcReader.readSlice x (bytes in memory)", async () => {
      await memoryReader.readSlice("x", middle);
    }, slice);
  });
}
