#include "core/face/image_input.h"

#include "core/dataset/image_probe.h"
#include "core/io/jpeg.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace maskbench {
namespace {

// This file's messages: looked up under "ImageInput" and extracted there by lupdate.
struct ImageInputTr
{
    Q_DECLARE_TR_FUNCTIONS(ImageInput)
};

ImageInput fromProbe(const ImageInfo &info, qint64 maxPixels)
{
    ImageInput in;
    in.width = info.width;
    in.height = info.height;
    if (!info.ok) {
        in.error = info.error;
        return in;
    }
    if (maxPixels > 0 && qint64(info.width) * info.height > maxPixels) {
        in.status = ImageInputStatus::TooLarge;
        in.error = ImageInputTr::tr("%1x%2 pixels is over the limit of %3 pixels; not decoded")
                       .arg(info.width).arg(info.height).arg(maxPixels);
        return in;
    }
    in.status = ImageInputStatus::Ok;
    return in;
}

void decodeInto(ImageInput &in)
{
    // IMREAD_COLOR (without IMREAD_IGNORE_ORIENTATION) converts grayscale, RGBA, 16-bit and CMYK
    // to 8-bit BGR and applies the EXIF orientation in imdecode as in imread.
    // The common case (a plain colour JPEG) directly through libjpeg-turbo: same pixels, a third
    // of the time. Everything else, and anything it is unsure of, goes to OpenCV.
    if (decodeJpegBgr(in.bytes, in.image))
        return;
    cv::Mat raw(1, int(in.bytes.size()), CV_8UC1, const_cast<char *>(in.bytes.constData()));
    try {
        in.image = cv::imdecode(raw, cv::IMREAD_COLOR);
    } catch (const cv::Exception &e) {
        in.image.release();
        in.error = ImageInputTr::tr("cannot decode: %1").arg(QString::fromStdString(e.msg));
    }
    if (in.image.empty() || in.image.type() != CV_8UC3) {
        in.status = ImageInputStatus::Unreadable;
        if (in.error.isEmpty())
            in.error = ImageInputTr::tr("cannot decode the image (corrupt or unsupported)");
        in.image.release();
    }
}

} // namespace

ImageInput decodeImageBytes(const QByteArray &bytes, qint64 maxPixels, bool decode)
{
    constexpr qsizetype kHead = 64 * 1024;
    ImageInput in = fromProbe(probeImageBytes(bytes.left(kHead), bytes.right(kHead), bytes.size()), maxPixels);
    if (in.status != ImageInputStatus::Ok)
        return in;
    in.bytes = bytes;
    in.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (decode)
        decodeInto(in);
    return in;
}

ImageInput readImageInput(const QString &path, qint64 maxPixels, bool decode)
{
    QFile f(path);
    // A file of ordinary size is read once and its header probed from memory (the probe still
    // refuses an over-limit image before any pixel is decoded). A big file is probed on disk
    // first: reading a 1-gigapixel file's bytes only to refuse it would be wasteful.
    constexpr qint64 kReadFirst = 8 * 1024 * 1024;
    if (f.open(QIODevice::ReadOnly) && f.size() <= kReadFirst) {
        const QByteArray bytes = f.readAll();
        if (f.error() == QFileDevice::NoError)
            return decodeImageBytes(bytes, maxPixels, decode);
    }
    f.close();
    ImageInput in = fromProbe(probeImage(path), maxPixels);
    if (in.status != ImageInputStatus::Ok)
        return in;
    if (!f.open(QIODevice::ReadOnly)) {
        in.status = ImageInputStatus::Unreadable;
        in.error = ImageInputTr::tr("cannot open: %1").arg(f.errorString());
        return in;
    }
    in.bytes = f.readAll();
    in.hash = QCryptographicHash::hash(in.bytes, QCryptographicHash::Sha256);
    if (decode)
        decodeInto(in);
    return in;
}

} // namespace maskbench
