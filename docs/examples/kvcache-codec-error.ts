// KV codec error against bits: KIVI-style integer groups and FP8 on keys with outlier channels
import { CODECS, decodeFp8, encodeFp8, type PlaneDescriptor } from "@modelsys/kvcache";

// Keys of one layer: 128 tokens × 2 heads × 64 channels, with every 16th channel 8× larger, the
// outlier pattern that makes KIVI group keys per channel.
const tokens = 128;
const heads = 2;
const channels = 64;
const keys = new Float32Array(tokens * heads * channels);
let seed = 1;
const uniform = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return (seed + 1) / 2147483649;
};
for (let index = 0; index < keys.length; index += 1) {
  const normal = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  keys[index] = normal * ((index % channels) % 16 === 0 ? 8 : 1);
}

// Generic in the encoding, so a plane built for the int codec has the type CODECS.int takes.
const plane = <Encoding extends PlaneDescriptor["encoding"]>(encoding: Encoding): PlaneDescriptor & { encoding: Encoding } => ({
  role: "key",
  kind: "token",
  elementType: "fp32",
  dims: [1, tokens, heads, channels],
  axisRoles: ["layer", "token", "head", "channel"],
  position: 0,
  channelOffset: 0,
  encoding,
});

function errors(decoded: ArrayLike<number>) {
  let largest = 0;
  let squares = 0;
  for (let index = 0; index < keys.length; index += 1) {
    const difference = Math.abs(decoded[index]! - keys[index]!);
    largest = Math.max(largest, difference);
    squares += difference * difference;
  }
  return { maxAbsError: largest, rmsError: Math.sqrt(squares / keys.length) };
}

const rows: Record<string, unknown>[] = [];
for (const bits of [8, 4, 2] as const) {
  // Keys: per-channel groups of 32 tokens (groupAxis 1 is the token axis of the plane).
  const keyPlane = plane({ codec: "int", bits, groupSize: 32, groupAxis: 1, residualTokens: 0 });
  const payload = CODECS.int.encode(keyPlane, keys);
  rows.push({ codec: `kivi-int${bits}`, bitsPerElement: (payload.length * 8) / keys.length, ...errors(CODECS.int.decode(keyPlane, payload)) });
}
for (const format of ["e4m3fn", "e5m2"] as const) {
  rows.push({ codec: `fp8-${format}`, bitsPerElement: 8, ...errors(decodeFp8(encodeFp8(keys, format), format)) });
}

table(rows);
chart({
  type: "bar",
  title: "Reconstruction error of the keys",
  labels: rows.map((row) => String(row.codec)),
  series: [
    { name: "RMS error", values: rows.map((row) => Number(row.rmsError)) },
    { name: "max |error|", values: rows.map((row) => Number(row.maxAbsError)) },
  ],
});
print("Fewer bits per element trade accuracy for transfer size; every codec states its bound through errorBounds().");
