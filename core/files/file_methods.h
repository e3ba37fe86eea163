#pragma once

namespace azc::server { class MethodTable; }

namespace azc::files {
class FileService;
// files.beginUpload, files.uploadChunk, files.finishUpload, files.download.
void declareFileMethods(server::MethodTable &table, FileService &files);
} // namespace azc::files
