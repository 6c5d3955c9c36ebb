// Sliding-window and chunked masks: which keys each query sees
import { groupedQueryAttention, isKeyVisible, visibleKeys, windowFromFlashAttention, type AttentionMask } from "@modelsys/attention";

const sequenceLength = 12;
const window = 4;

// Three ways to read "window 4", as the library's masks: keys j visible from query i (0-based).
const conventions: Record<string, AttentionMask> = {
  "W keys incl. query (HF, vLLM)": { kind: "sliding", window },
  "W + 1 keys (FlashAttention (W, 0))": { kind: "sliding", window: windowFromFlashAttention(window) },
  "chunked (Llama 4)": { kind: "chunked", chunkSize: window },
};

const cell = 10;
const panels = Object.entries(conventions).map(([name, mask], panel) => {
  const x0 = panel * (sequenceLength * cell + 30);
  const squares: string[] = [];
  for (let i = 0; i < sequenceLength; i += 1) {
    for (let j = 0; j < sequenceLength; j += 1) {
      const fill = isKeyVisible(mask, i, j) ? "#3451b2" : "#e2e2e3";
      squares.push(`<rect x="${x0 + j * cell}" y="${20 + i * cell}" width="${cell - 1}" height="${cell - 1}" fill="${fill}"/>`);
    }
  }
  return `<text x="${x0}" y="12" font-size="9">${name}</text>${squares.join("")}`;
});
const width = 3 * (sequenceLength * cell + 30);
svg(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${sequenceLength * cell + 25}">${panels.join("")}</svg>`);

// The decode cost counts min(S, W) keys for the HF convention: the cache never grows past W.
const sliding = groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 2, headDim: 64, window: { kind: "sliding", sizeTokens: window } });
print("keys seen at S = 2, 4, 100:", [2, 4, 100].map((s) => visibleKeys(sliding, s)).join(", "));
