import { validateMrcSource, type SourceValidationReport, type ValidateSourceOptions } from "../validate-source.js";
import { FileSource } from "./file-source.js";

/**
 * Validates an MRC file on disk with the checks of `validateMrc`, reading the data block in
 * bounded chunks (see {@link validateMrcSource}), so a tomogram larger than memory or than
 * `maxDataBytes` can be validated. Throws `READ_FAILED` when the file cannot be opened.
 */
export async function validateMrcFile(path: string, options: ValidateSourceOptions = {}): Promise<SourceValidationReport> {
  return validateMrcSource(await FileSource.open(path), { fileName: path, ...options });
}
