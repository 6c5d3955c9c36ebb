// @modelsys/cryoet/node: the parts that need Node: file handles, atomic file replacement,
// streaming section writes and a directory store for OME-Zarr.
export { replaceFile, writeFileAtomic, type ReplaceOptions } from "./atomic.js";
export { FileSource } from "./file-source.js";
export { openMrcFile, readBytes, readMrcFile, replaceMrcFile, updateMrcHeader, writeMrcFile, type WriteMrcFileOptions } from "./files.js";
export { MrcSectionWriter, type MrcSectionWriterInput } from "./section-writer.js";
export { validateMrcFile } from "./validate-file.js";
export { writeOmeZarrDirectory } from "./zarr-directory.js";
