// Score a SHREC 2021 submission against ground truth and its occupancy mask
import { evaluateShrec, parseParticleList } from "@modelsys/cryoet";

// A 32³ tomogram with three particles; the occupancy mask stores each particle's 1-based number.
const size = 32;
const occupancy = new Uint16Array(size * size * size);
const truthText = ["1S3X 8 8 8 0 0 0", "3GL1 20 12 16 10 20 30", "5MRC 12 24 24 5 5 5"].join("\n");
const truth = parseParticleList(truthText, { groundTruth: true });
for (const particle of truth) {
  for (let z = particle.z - 2; z <= particle.z + 2; z += 1) {
    for (let y = particle.y - 2; y <= particle.y + 2; y += 1) {
      for (let x = particle.x - 2; x <= particle.x + 2; x += 1) occupancy[(z * size + y) * size + x] = particle.number;
    }
  }
}

// A submission: a hit, a hit with the wrong class (found, but misclassified in the confusion
// matrix), a false positive and a duplicate hit on the first particle.
const submission = parseParticleList(
  ["1S3X 8.4 7.6 8.2", "1S3X 21 12 15", "3GL1 2 30 2", "1S3X 9 8 8"].join("\n"),
);
const result = evaluateShrec(truth, { data: occupancy, shape: [size, size, size] }, submission);

print(`TP ${result.truePositives}, FP ${result.falsePositives}, FN ${result.falseNegatives}, duplicates ${result.duplicates}`);
print(`recall ${result.recall.toFixed(3)}, precision ${result.precision.toFixed(3)}, F1 ${result.f1.toFixed(3)}`);
table(
  Object.entries(result.perClass)
    .filter(([, metrics]) => metrics.particles > 0)
    .map(([className, metrics]) => ({ class: className, particles: metrics.particles, recall: metrics.recall, precision: metrics.precision })),
);
