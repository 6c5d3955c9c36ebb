// Renders docs/benchmarks.md from the vitest bench JSON reports that `pnpm bench` leaves in
// packages/*/bench/results.json and apps/*/bench/results.json, with the machine and the date.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, release, totalmem } from "node:os";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const reports = ["packages", "apps"].flatMap((folder) =>
  readdirSync(join(root, folder))
    .map((name) => join(root, folder, name, "bench", "results.json"))
    .filter((path) => existsSync(path)),
);

const cpu = cpus()[0]?.model ?? "unknown CPU";
const lines = [
  "# Benchmarks",
  "",
  "Recorded by `npx -y pnpm@10.34.9 bench`, which runs every package's vitest benchmarks and then",
  "`node scripts/record-benchmarks.mjs` to write this page. Ratios compare each benchmark with the",
  "`baseline:` entry of its group, measured in the same run, so they hold better than the absolute",
  "rates on a noisy machine.",
  "",
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  `- Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()} ${arch()}`,
  `- Node.js: ${process.version}`,
  "",
];

for (const path of reports) {
  const report = JSON.parse(readFileSync(path, "utf8"));
  lines.push(`## ${relative(root, path).split("/bench/")[0]}`, "");

  for (const file of report.files) {
    for (const group of file.groups) {
      const title = group.fullName.split(" > ").slice(1).join(" > ");
      const baseline = group.benchmarks.find((entry) => entry.name.startsWith("baseline:"));
      lines.push(`### ${title}`, "", "| benchmark | ops/s | mean (ms) | p99 (ms) | ± (%) | samples | time vs baseline |", "|---|---:|---:|---:|---:|---:|---:|");
      for (const entry of group.benchmarks) {
        const ratio = baseline === undefined ? "—" : `${(entry.mean / baseline.mean).toFixed(2)}×`;
        lines.push(
          `| ${entry.name} | ${Math.round(entry.hz).toLocaleString("en-US")} | ${entry.mean.toFixed(4)} | ${entry.p99.toFixed(4)} | ${entry.rme.toFixed(2)} | ${entry.sampleCount} | ${ratio} |`,
        );
      }
      lines.push("");
    }
  }
}

// Write beside the page, then rename, so an interrupted run never leaves half a page.
const page = join(root, "docs", "benchmarks.md");
writeFileSync(`${page}.tmp`, `${lines.join("\n").trimEnd()}\n`);
renameSync(`${page}.tmp`, page);
process.stdout.write(`Wrote ${relative(root, page)} from ${reports.length} report(s).\n`);
