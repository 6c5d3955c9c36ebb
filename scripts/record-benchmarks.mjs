// Renders docs/benchmarks.md from the vitest bench JSON reports that `pnpm bench` leaves in
// packages/*/bench/results.json and apps/*/bench/results.json, with the machine and the date.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, platform, release, totalmem } from "node:os";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const reports = ["packages", "apps"].flatMap((folder) =>
  readdirSync(join(root, folder))
    .map((name) => join(root, folder, name, "bench", "results.json"))
    .filter((path) => existsSync(path)),
);

// A group title that ends by stating the work of one call in parentheses, as "<number> GFLOP",
// "<number> MiB … per call" or "<number> MB … per call" (for example "(0.268 GFLOP, 64 MiB of K
// and V per call)"), gets GFLOP/s, GiB/s or GB/s columns computed from each benchmark's mean time.
function workPerCall(title) {
  // Only the title's closing parenthesis counts, so sizes elsewhere in the title are not work.
  const work = /\(([^()]*)\)\s*$/.exec(title)?.[1] ?? "";
  const gflop = /([\d.]+) GFLOP\b/.exec(work);
  const mib = /([\d.]+) MiB\b[^)]*\bper call\b/.exec(work);
  const mb = /([\d.]+) MB\b[^)]*\bper call\b/.exec(work);
  return {
    gflop: gflop === null ? undefined : Number(gflop[1]),
    mib: mib === null ? undefined : Number(mib[1]),
    mb: mb === null ? undefined : Number(mb[1]),
  };
}

// The commit the benchmarks ran on, marked when the working tree had changes. Files the benchmark
// run itself writes (bench folders and this page) do not count as changes.
function commitDescription() {
  try {
    const hash = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const status = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: root, encoding: "utf8" });
    const changes = status
      .split("\n")
      .map((line) => line.slice(3))
      .filter((path) => path !== "" && path !== "docs/benchmarks.md" && !/(^|\/)bench\//.test(path));
    return changes.length === 0 ? hash : `${hash}, with uncommitted changes`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

// Operations per second: whole numbers from 100 up, three significant digits below, so a
// benchmark of several seconds per call does not show as 0 or 1.
function formatRate(hz) {
  return hz >= 100 ? Math.round(hz).toLocaleString("en-US") : hz.toPrecision(3);
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
const lines = [
  "# Benchmarks",
  "",
  "Recorded by `npx -y pnpm@10.34.9 bench`, which runs every package's vitest benchmarks and then",
  "`node scripts/record-benchmarks.mjs` to write this page. Ratios compare each benchmark with the",
  "`baseline:` entry of its group, measured in the same run, so they hold better than the absolute",
  "rates on a noisy machine. A group without a `baseline:` entry shows — there. ± is tinybench 2.9.0's",
  "relative margin of error of the mean at 95 % confidence; it needs two or more samples, so a row",
  "of one sample shows 0.00, which says nothing about its spread.",
  "",
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  `- Commit: ${commitDescription()}`,
  `- Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()} ${arch()}`,
  `- Node.js: ${process.version}`,
  `- Load average (1, 5, 15 min) when this page was written: ${loadavg().map((value) => value.toFixed(1)).join(", ")}; other work on the machine slows absolute rates, not ratios measured in one run.`,
  "",
];

for (const path of reports) {
  const report = JSON.parse(readFileSync(path, "utf8"));
  lines.push(`## ${relative(root, path).split("/bench/")[0]}`, "");
  // Mean time of each benchmark by "group title > benchmark name", for the reference table below.
  const jsMeans = new Map();

  for (const file of report.files) {
    for (const group of file.groups) {
      const title = group.fullName.split(" > ").slice(1).join(" > ");
      const baseline = group.benchmarks.find((entry) => entry.name.startsWith("baseline:"));
      const work = workPerCall(title);
      const workHeaders = `${work.gflop === undefined ? "" : " GFLOP/s |"}${work.mib === undefined ? "" : " GiB/s |"}${work.mb === undefined ? "" : " GB/s |"}`;
      const workAlignment = `${work.gflop === undefined ? "" : "---:|"}${work.mib === undefined ? "" : "---:|"}${work.mb === undefined ? "" : "---:|"}`;
      lines.push(`### ${title}`, "", `| benchmark | ops/s | mean (ms) | p99 (ms) | ± (%) | samples |${workHeaders} time vs baseline |`, `|---|---:|---:|---:|---:|---:|${workAlignment}---:|`);
      for (const entry of group.benchmarks) {
        jsMeans.set(`${title} > ${entry.name}`, entry.mean);
        const ratio = baseline === undefined ? "—" : `${(entry.mean / baseline.mean).toPrecision(3)}×`;
        const seconds = entry.mean / 1000;
        const rates = `${work.gflop === undefined ? "" : ` ${(work.gflop / seconds).toFixed(2)} |`}${work.mib === undefined ? "" : ` ${(work.mib / 1024 / seconds).toFixed(2)} |`}${
          work.mb === undefined ? "" : ` ${(work.mb / 1000 / seconds).toFixed(3)} |`
        }`;
        lines.push(
          `| ${entry.name} | ${formatRate(entry.hz)} | ${entry.mean.toFixed(4)} | ${entry.p99.toFixed(4)} | ${entry.rme.toFixed(2)} | ${entry.sampleCount} |${rates} ${ratio} |`,
        );
      }
      lines.push("");
    }
  }

  // Timings of a reference implementation outside JavaScript, from bench/reference-timings.json
  // (written by the package's own script), each beside the JS benchmark it names in compareWith
  // (one benchmark, or a list of them).
  const referencePath = join(path, "..", "reference-timings.json");
  const referenceMeans = new Map();
  if (existsSync(referencePath)) {
    const reference = JSON.parse(readFileSync(referencePath, "utf8"));
    lines.push(
      `### Reference: ${reference.tool}`,
      "",
      `Measured by \`${reference.command}\` on ${reference.recorded}, on the same files and machine.`,
      "",
      "| reference case | mean (ms) | min (ms) | samples | JS benchmark | JS mean (ms) | JS time vs reference |",
      "|---|---:|---:|---:|---|---:|---:|",
    );
    for (const row of reference.rows) {
      referenceMeans.set(row.case, row.meanMs);
      for (const compareWith of [row.compareWith].flat()) {
        const jsMean = jsMeans.get(compareWith);
        const jsText = jsMean === undefined ? "—" : jsMean.toFixed(4);
        const ratio = jsMean === undefined ? "—" : `${(jsMean / row.meanMs).toFixed(2)}×`;
        lines.push(`| ${row.case} | ${row.meanMs.toFixed(4)} | ${row.minMs.toFixed(4)} | ${row.samples} | ${compareWith} | ${jsText} | ${ratio} |`);
      }
    }
    lines.push("");
  }

  // Time per item across sizes, from bench/scaling.json (written by the package's bench file):
  // { unit, tables: [{ title, note, columns, rows: [{ name, cells: [{ benchmark | reference, items }] }] }] }.
  // Each cell is the mean time of a benchmark ("group title > name") or of a reference case,
  // divided by the items one call handles. The last column is the last cell over the first.
  const scalingPath = join(path, "..", "scaling.json");
  if (existsSync(scalingPath)) {
    const scaling = JSON.parse(readFileSync(scalingPath, "utf8"));
    for (const table of scaling.tables) {
      const columns = table.columns.map((column) => `${column} (ns per ${scaling.unit})`);
      lines.push(`### ${table.title}`, "", table.note, "", `| case | ${columns.join(" | ")} | ${table.columns.at(-1)} / ${table.columns[0]} |`, `|---|${"---:|".repeat(columns.length + 1)}`);
      for (const row of table.rows) {
        const perItem = row.cells.map((cell) => {
          const mean = cell.benchmark === undefined ? referenceMeans.get(cell.reference) : jsMeans.get(cell.benchmark);
          return mean === undefined ? undefined : (mean * 1e6) / cell.items;
        });
        const first = perItem[0];
        const last = perItem.at(-1);
        const ratio = first === undefined || last === undefined ? "—" : `${(last / first).toFixed(2)}`;
        lines.push(`| ${row.name} | ${perItem.map((value) => (value === undefined ? "—" : value.toPrecision(3))).join(" | ")} | ${ratio} |`);
      }
      lines.push("");
    }
  }
}

// Bench files may also leave bench/summary.json ({ title, rows: [{ name, value }] }) for figures
// that are not operations per second, such as simulated requests per second and peak memory.
for (const path of reports) {
  const summaryPath = join(path, "..", "summary.json");
  if (!existsSync(summaryPath)) continue;
  const summary = JSON.parse(readFileSync(summaryPath, "utf8"));
  lines.push(`## ${relative(root, summaryPath).split("/bench/")[0]}: ${summary.title}`, "", "| measure | value |", "|---|---:|");
  for (const row of summary.rows) lines.push(`| ${row.name} | ${row.value} |`);
  lines.push("");
}

// Write beside the page, then rename, so an interrupted run never leaves half a page.
const page = join(root, "docs", "benchmarks.md");
writeFileSync(`${page}.tmp`, `${lines.join("\n").trimEnd()}\n`);
renameSync(`${page}.tmp`, page);
process.stdout.write(`Wrote ${relative(root, page)} from ${reports.length} report(s).\n`);
