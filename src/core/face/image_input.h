#pragma once
// Reading an input image for the face and mask steps, safely: the header is probed first (see
// dataset/image_probe.h) so a corrupt file or one over the pixel limit is refused before any pixel
// is decoded. Decoding normalises what cameras and editors produce: grayscale and RGBA become BGR,
// 16-bit becomes 8-bit, CMYK JPEGs are converted, EXIF orientation is applied. The content hash is
// of the file's bytes (the landmark cache key), so a renamed copy still hits the cache.

#include <QByteArray>
#include <QString>
#include <opencv2/core/mat.hpp>

namespace maskbench {

enum class ImageInputStatus { Ok, Unreadable, TooLarge };

struct ImageInput
{
    ImageInputStatus status = ImageInputStatus::Unreadable;
    QString error;      // why, for a person, when status != Ok
    cv::Mat image;      // 8-bit BGR, oriented
    QByteArray hash;    // SHA-256 of the file's bytes
    QByteArray bytes;   // the file's bytes (kept so the caller need not read twice)
    int width = 0;      // from the header probe
    int height = 0;
};

constexpr qint64 kDefaultMaxPixels = 40'000'000;

// Never throws for a bad file: it becomes status + error.
ImageInput readImageInput(const QString &path, qint64 maxPixels = kDefaultMaxPixels, bool decode = true);

// Same, for bytes already in memory.
ImageInput decodeImageBytes(const QByteArray &bytes, qint64 maxPixels = kDefaultMaxPixels, bool decode = true);

} // namespace maskbench
