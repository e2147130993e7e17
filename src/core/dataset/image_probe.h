#pragma once
// Reads an image's header, not its pixels: format, width, height, and a cheap completeness check
// (JPEG end-of-image marker, PNG IEND chunk, BMP and WebP declared sizes). This is what lets a
// 20,000-image folder scan in seconds. A file that passes may still fail to decode; one that
// fails is certainly unusable, and ImageInfo::error says why in words a person understands.

#include "core/dataset/dataset.h"

#include <QByteArray>

namespace maskbench {

ImageInfo probeImage(const QString &path);
// The same on bytes already in memory (tests, archives). totalSize is the file's full size.
ImageInfo probeImageBytes(const QByteArray &head, const QByteArray &tail, qint64 totalSize);

} // namespace maskbench
