// Benchmarks of reading generated float32 volumes. For 256³ and 512³ volumes: full read,
// statistics, and one slice along each axis, from a file handle and, for x and y, from bytes in
// memory. Then the same 256 × 256 x-slice from volumes whose rows are 256 to 4096 voxels long.
// Slices from a file are measured with the file in the page cache, as mrcfile's memory map is.
// The baseline of the 256³ and 512³ groups is a plain read of the whole file (fs.readFileSync).
// The volumes are written to os.tmpdir() on first use.
//
// When Debian's python3-mrcfile is installed, bench/mrcfile_timings.py times mrcfile + NumPy on
// the cubes in the same run and writes bench/reference-timings.json. This file also writes
// bench/scaling.json, which names the benchmarks and slice sizes (no timings) that
// scripts/record-benchmarks.mjs divides into time per slice voxel.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { bench, describe } from "vitest";

import { BytesSource, computeStatistics, openMrc } from "../src/index.js";
import { MrcSectionWriter, openMrcFile, readMrcFile } from "../src/node/index.js";

/** Edge lengths of the cubes. */
const SIZES = [256, 512];
/** Row lengths (nx) of the volumes of 256 sections of 256 rows that the fixed-size x-slice comparison reads. */
const ROW_LENGTHS = [256, 1024, 2048, 4096];
const PYTHON = "/usr/bin/python3";

function volumePath([nz, ny, nx]: [number, number, number]): string {
  return nz === ny && ny === nx ? join(tmpdir(), `modelsys-cryoet-bench-${nx}.mrc`) : join(tmpdir(), `modelsys-cryoet-bench-${nz}x${ny}x${nx}.mrc`);
}

/** Writes a float32 volume of pseudo-random values (a fixed LCG), section by section. */
async function ensureVolume(shape: [number, number, number]): Promise<string> {
  const [nz, ny, nx] = shape;
  const path = volumePath(shape);
  const expectedBytes = 1024 + nz * ny * nx * 4;
  if (existsSync(path) && statSync(path).size === expectedBytes) return path;
  const writer = await MrcSectionWriter.create(path, { shape, mode: 2, overwrite: true, stampLabel: false });
  let state = 12345;
  const section = new Float32Array(ny * nx);
  for (let z = 0; z < nz; z++) {
    for (let index = 0; index < section.length; index++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      section[index] = state / 2 ** 32 - 0.5;
    }
    await writer.writeSection(section);
  }
  await writer.close();
  return path;
}

const paths: string[] = [];
for (const size of SIZES) paths.push(await ensureVolume([size, size, size]));
const rowPaths: string[] = [];
for (const nx of ROW_LENGTHS) rowPaths.push(await ensureVolume([256, 256, nx]));

if (existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import mrcfile"]).status === 0) {
  const script = fileURLToPath(new URL("./mrcfile_timings.py", import.meta.url));
  const out = fileURLToPath(new URL("./reference-timings.json", import.meta.url));
  const result = spawnSync(PYTHON, [script, out, ...paths], { encoding: "utf8", stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${script} failed with status ${result.status}`);
} else {
  process.stderr.write("mrcfile timings not re-measured: /usr/bin/python3 with python3-mrcfile is missing, so the page shows the committed bench/reference-timings.json.\n");
}

writeScalingSpec();

// This machine is shared, so whole-volume operations take at least 8 samples, and slices at least
// 5 (slices take many more within the time budget).
const wholeVolume = { time: 5000, iterations: 8, warmupIterations: 1 };
const slice = { time: 1500, iterations: 5, warmupIterations: 1 };

/** Reads a whole file with four positioned reads at once into one buffer: the raw form of what readMrcFile does. */
async function parallelRawRead(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const size = (await handle.stat()).size;
    const bytes = new Uint8Array(size);
    const partBytes = Math.ceil(size / 4 / 65536) * 65536;
    const parts = [0, 1, 2, 3].map(async (part) => {
      const end = Math.min(size, (part + 1) * partBytes);
      for (let filled = part * partBytes; filled < end; ) {
        const { bytesRead } = await handle.read(bytes, filled, end - filled, filled);
        if (bytesRead === 0) throw new Error(`${path} ended at byte ${filled}`);
        filled += bytesRead;
      }
    });
    await Promise.all(parts);
    return bytes;
  } finally {
    await handle.close();
  }
}

for (const [index, size] of SIZES.entries()) {
  const path = paths[index]!;
  const rawRead = () => readFileSync(path);
  const inMemory = (await readMrcFile(path)).data!;
  const reader = await openMrcFile(path);
  const memoryReader = await openMrc(new BytesSource(readFileSync(path)));
  const middle = size / 2;

  describe(`full read ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFileSync)", rawRead, wholeVolume);
    bench("raw read, four positioned reads at once (FileHandle.read)", async () => {
      await parallelRawRead(path);
    }, wholeVolume);
    bench("readMrcFile", async () => {
      await readMrcFile(path);
    }, wholeVolume);
  });

  describe(`statistics ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFileSync)", rawRead, wholeVolume);
    bench("computeStatistics (data in memory)", () => {
      computeStatistics(inMemory);
    }, wholeVolume);
    bench("MrcReader.statistics (streaming from the file)", async () => {
      await reader.statistics();
    }, wholeVolume);
  });

  describe(`z-slice ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFileSync)", rawRead, slice);
    bench("MrcReader.readSlice z", async () => {
      await reader.readSlice("z", middle);
    }, slice);
  });

  describe(`y-slice ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFileSync)", rawRead, slice);
    bench("MrcReader.readSlice y", async () => {
      await reader.readSlice("y", middle);
    }, slice);
    bench("MrcReader.readSlice y (bytes in memory)", async () => {
      await memoryReader.readSlice("y", middle);
    }, slice);
  });

  describe(`x-slice ${size}³ float32`, () => {
    bench("baseline: raw read (fs.readFileSync)", rawRead, slice);
    bench("MrcReader.readSlice x", async () => {
      await reader.readSlice("x", middle);
    }, slice);
    bench("MrcReader.readSlice x (bytes in memory)", async () => {
      await memoryReader.readSlice("x", middle);
    }, slice);
  });
}

// The same 256 × 256 x-slice from volumes of 256 sections of 256 rows, with rows of ROW_LENGTHS
// voxels: only the distance between the slice's voxels grows, so the time vs baseline column is
// how the slice's time depends on the volume around it.
const rowReaders = await Promise.all(rowPaths.map((path) => openMrcFile(path)));
const rowMemoryReaders = await Promise.all(rowPaths.map((path) => openMrc(new BytesSource(readFileSync(path)))));

describe(rowGroupTitle("from a file"), () => {
  for (const [index, nx] of ROW_LENGTHS.entries()) {
    bench(rowBenchName(index, nx), async () => {
      await rowReaders[index]!.readSlice("x", nx / 2);
    }, slice);
  }
});

describe(rowGroupTitle("bytes in memory"), () => {
  for (const [index, nx] of ROW_LENGTHS.entries()) {
    bench(rowBenchName(index, nx), async () => {
      await rowMemoryReaders[index]!.readSlice("x", nx / 2);
    }, slice);
  }
});

function rowGroupTitle(source: string): string {
  return `x-slice 256 × 256 ${source}, rows of ${ROW_LENGTHS.join(", ")} voxels`;
}

function rowBenchName(index: number, nx: number): string {
  return `${index === 0 ? "baseline: " : ""}MrcReader.readSlice x, 256 × 256 × ${nx}`;
}

/**
 * Writes bench/scaling.json: for each table, the benchmarks (or reference cases) of each row and
 * the slice voxels of each, which scripts/record-benchmarks.mjs turns into time per voxel.
 */
function writeScalingSpec(): void {
  const cubeRow = (name: string, benchmark: (size: number) => string) => ({ name, cells: SIZES.map((size) => ({ benchmark: benchmark(size), items: size * size })) });
  const referenceRow = (name: string, reference: (size: number) => string) => ({ name, cells: SIZES.map((size) => ({ reference: reference(size), items: size * size })) });
  const rowLengthRow = (source: string) => ({
    name: `x-slice ${source}`,
    cells: ROW_LENGTHS.map((nx, index) => ({ benchmark: `${rowGroupTitle(source)} > ${rowBenchName(index, nx)}`, items: 256 * 256 })),
  });
  const spec = {
    unit: "voxel",
    tables: [
      {
        title: `Time per slice voxel, ${SIZES.map((size) => `${size}³`).join(" against ")}`,
        note:
          "Each slice of an n³ volume has n² voxels. A ratio of 1.0 means the time per voxel does not depend on the volume; 2.0 means it grows with the edge length, as when the whole volume is read. " +
          "An x slice reads one voxel per row. From bytes in memory every voxel is a cache miss. Every 4 (256³) or 2 (512³) voxels also cross into a new page, which can cost a page-table walk. The memory system therefore sets the ratio, and NumPy on a memory map shows it too. " +
          "From a file, rows shorter than a page (4 KiB) are copied whole, because each page holds a voxel of the slice and Node has no memory map. The time per voxel then grows with the row length, until one read system call per voxel costs less (see the table by row length).",
        columns: SIZES.map((size) => `${size}³`),
        rows: [
          cubeRow("z-slice from a file", (size) => `z-slice ${size}³ float32 > MrcReader.readSlice z`),
          cubeRow("y-slice from a file", (size) => `y-slice ${size}³ float32 > MrcReader.readSlice y`),
          cubeRow("y-slice, bytes in memory", (size) => `y-slice ${size}³ float32 > MrcReader.readSlice y (bytes in memory)`),
          cubeRow("x-slice from a file", (size) => `x-slice ${size}³ float32 > MrcReader.readSlice x`),
          cubeRow("x-slice, bytes in memory", (size) => `x-slice ${size}³ float32 > MrcReader.readSlice x (bytes in memory)`),
          referenceRow("z-slice, NumPy on mrcfile.mmap", (size) => `z-slice ${size}³: np.array(mmap.data[k])`),
          referenceRow("y-slice, NumPy on mrcfile.mmap", (size) => `y-slice ${size}³: np.array(mmap.data[:, k, :])`),
          referenceRow("x-slice, NumPy on mrcfile.mmap", (size) => `x-slice ${size}³: np.array(mmap.data[:, :, k])`),
        ],
      },
      {
        title: `Time per voxel of a 256 × 256 x-slice, by row length`,
        note:
          "Volumes of 256 sections of 256 rows; only the row length nx, and with it the distance between the slice's voxels, changes. " +
          "From a file, rows up to maxGapBytes (4096 bytes, 1024 float32 voxels) are copied in blocks, and longer rows are read one voxel per system call, whose cost does not depend on the row length. " +
          "In memory, the voxels are read in place, and the cost of reaching each one grows with the distance between them, mostly until every voxel lies on a page of its own (rows of 4 KiB).",
        columns: ROW_LENGTHS.map((nx) => `nx = ${nx}`),
        rows: [rowLengthRow("from a file"), rowLengthRow("bytes in memory")],
      },
    ],
  };
  const out = fileURLToPath(new URL("./scaling.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify(spec, null, 2)}\n`);
}
