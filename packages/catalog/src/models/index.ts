import type { ModelDescriptor } from "../model.js";
import { deepFreeze } from "../deep-freeze.js";
import { defineModel } from "../schema.js";
import { deepseekV3 } from "./deepseek-v3.js";
import { ernie45_300bA47b } from "./ernie-4.5-300b-a47b.js";
import { kimiK2 } from "./kimi-k2.js";
import { kimiLinear } from "./kimi-linear.js";
import { llama4Maverick } from "./llama-4-maverick.js";
import { minimaxM1 } from "./minimax-m1.js";
import { panguProMoe } from "./pangu-pro-moe.js";
import { qwen3_235bA22b } from "./qwen3-235b-a22b.js";
import { qwen3_32b } from "./qwen3-32b.js";
import { step35Flash } from "./step-3.5-flash.js";
import { step3 } from "./step-3.js";

/** Built-in models, validated once at load and frozen, since every caller shares them. The first nine are the Step-3 report's cost-table models. */
export const BUILTIN_MODELS: readonly ModelDescriptor[] = deepFreeze([
  step3,
  deepseekV3,
  kimiK2,
  qwen3_235bA22b,
  qwen3_32b,
  ernie45_300bA47b,
  panguProMoe,
  llama4Maverick,
  minimaxM1,
  step35Flash,
  kimiLinear,
].map((model) => defineModel(model)));
