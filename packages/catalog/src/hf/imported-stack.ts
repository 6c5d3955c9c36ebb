import type { LayerDescriptor, ModelFamily } from "../model.js";
import type { ConfigReader } from "./config-reader.js";

/** What one architecture importer reads from a config: the decode stack and its facts. */
export interface ImportedStack {
  family: ModelFamily;
  hiddenSize: number;
  vocabSize: number | null;
  layers: LayerDescriptor[];
  mtpLayers: number;
  notes: string[];
}

/** An importer for one family of Hugging Face architectures. */
export interface ArchitectureImporter {
  /** Values of `architectures[0]` it handles. */
  architectures: readonly string[];
  /** The Hugging Face (or vLLM) config class whose defaults apply. */
  configClass: string;
  read(reader: ConfigReader): ImportedStack;
}
