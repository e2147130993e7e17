#pragma once
// Hashes of files, read in chunks (the one place: weights reports, downloads, checkpoints).

#include <QString>

namespace maskbench {

// Lower-case hex hash of a file: MD5 when hashLength is 32, SHA-256 when 64. Throws Error naming
// the file when it cannot be read, and for another length.
QString fileHash(const QString &path, int hashLength);

// fileHash(path, 64).
QString fileSha256(const QString &path);

} // namespace maskbench
