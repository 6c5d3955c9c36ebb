// Writes docs/prfaas-case-study.md from the built package: the case study's model and simulator
// rates, computed by caseStudyReport(). Run after building @modelsys/prfaas.
import { writeFileSync } from "node:fs";

import { caseStudyReport, renderCaseStudyReport } from "../dist/index.js";

const page = new URL("../../../docs/prfaas-case-study.md", import.meta.url);
writeFileSync(page, renderCaseStudyReport(caseStudyReport()));
process.stdout.write(`Wrote ${page.pathname}\n`);
