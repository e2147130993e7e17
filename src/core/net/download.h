#pragma once
// A blocking, cancellable, resumable HTTP(S) file download (Qt Network in the calling thread, with
// its own event loop: usable from a worker thread and from the CLI; a QCoreApplication must exist).
//
// Contract:
// - The bytes go to destination + ".part". An existing .part is resumed with `Range: bytes=N-`
//   (206: appended; 200: the server ignored the range, the part starts over; 416: the part is
//   checked as complete, and discarded and fetched again when it is not).
// - When the transfer ends the file's hash is checked against expectedHash. A match renames the
//   part to destination (atomically, replacing it); a mismatch renames it to destination + ".bad"
//   and throws: a wrong file is never used and never resumed.
// - A destination that already exists with the expected hash is returned with fromCache = true,
//   without touching the network (offline use once cached). Without expectedHash nothing is
//   checked and an existing destination is taken as it is.
// - Every failure throws maskbench::Error with a message for a person (host, HTTP status, file,
//   hashes, bytes kept for resume); the callback returning false throws Cancelled. In both cases a
//   partial download stays in the .part file for the next attempt.

#include "core/common/file_hash.h" // fileHash, which the contract uses
#include "core/common/progress.h"

#include <QString>
#include <QUrl>

namespace maskbench {

struct DownloadRequest
{
    QUrl url;              // http, https (or file, without resume)
    QString destination;   // final path; its folder is created
    QString expectedHash;  // lower- or upper-case hex: 32 digits = MD5 (what Keras publishes), 64 = SHA-256
    QString proxy;         // empty = the system's proxy, "none" = direct, "http://host:port" or "socks5://host:port"
    int stallTimeoutMs = 30000; // no byte for this long (connecting included) fails the attempt; 0 = wait forever
};

struct DownloadResult
{
    QString path;           // == destination
    qint64 bytes = 0;       // size of the verified file
    qint64 resumedFrom = 0; // bytes taken over from an earlier attempt's .part
    bool fromCache = false; // destination was already there and verified; no request made
};

// Progress: stage "Downloading NAME", done/total in bytes (total 0 when the server does not say),
// etaSeconds from the rate of this attempt.
DownloadResult downloadFile(const DownloadRequest &request, const ProgressCallback &progress = {});

} // namespace maskbench
