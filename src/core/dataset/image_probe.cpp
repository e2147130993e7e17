#include "core/dataset/image_probe.h"

#include <QCoreApplication>
#include <QFile>

#include <limits>

namespace maskbench {
namespace {

// This file's messages: looked up under "ImageProbe" and extracted there by lupdate.
struct ImageProbeTr
{
    Q_DECLARE_TR_FUNCTIONS(ImageProbe)
};

quint32 be16(const uchar *p) { return (quint32(p[0]) << 8) | p[1]; }
quint32 be32(const uchar *p) { return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3]; }
quint32 le16(const uchar *p) { return quint32(p[0]) | (quint32(p[1]) << 8); }
quint32 le24(const uchar *p) { return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16); }
quint32 le32(const uchar *p) { return le24(p) | (quint32(p[3]) << 24); }

// JPEG: walk the marker segments of the head until a start-of-frame marker. The head holds the
// first 64 KiB; SOF comes after APPn segments (EXIF thumbnails fit in 64 KiB by the EXIF rules).
void probeJpeg(const QByteArray &head, const QByteArray &tail, qint64 total, ImageInfo &info)
{
    info.format = QStringLiteral("jpeg");
    const auto *d = reinterpret_cast<const uchar *>(head.constData());
    const qint64 n = head.size();
    qint64 pos = 2;
    bool found = false;
    while (pos + 4 <= n) {
        if (d[pos] != 0xFF) {
            info.error = ImageProbeTr::tr("corrupt JPEG: expected a marker at byte %1").arg(pos);
            return;
        }
        quint8 marker = d[pos + 1];
        if (marker == 0xFF) { ++pos; continue; } // fill byte
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) { pos += 2; continue; }
        const quint32 len = be16(d + pos + 2);
        if (len < 2) {
            info.error = ImageProbeTr::tr("corrupt JPEG: segment length %1 at byte %2").arg(len).arg(pos);
            return;
        }
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (pos + 9 > n) break;
            info.height = int(be16(d + pos + 5));
            info.width = int(be16(d + pos + 7));
            found = true;
            break;
        }
        if (marker == 0xDA || marker == 0xD9) break; // scan data or end before any frame header
        pos += 2 + len;
    }
    if (!found) {
        info.error = pos + 4 > total ? ImageProbeTr::tr("truncated JPEG: the file ends before the frame header")
                                     : ImageProbeTr::tr("corrupt JPEG: no frame header (SOF) found");
        return;
    }
    if (info.width <= 0 || info.height <= 0) {
        info.error = ImageProbeTr::tr("corrupt JPEG: frame header declares %1x%2 pixels").arg(info.width).arg(info.height);
        return;
    }
    // A complete JPEG ends with FF D9; cameras sometimes pad after it, so look in the tail.
    if (tail.lastIndexOf(QByteArrayLiteral("\xFF\xD9")) < 0) {
        info.error = ImageProbeTr::tr("truncated JPEG: no end-of-image marker");
        return;
    }
    info.ok = true;
}

void probePng(const QByteArray &head, const QByteArray &tail, ImageInfo &info)
{
    info.format = QStringLiteral("png");
    const auto *d = reinterpret_cast<const uchar *>(head.constData());
    if (head.size() < 24 || head.mid(12, 4) != QByteArrayLiteral("IHDR")) {
        info.error = ImageProbeTr::tr("corrupt PNG: no IHDR header");
        return;
    }
    info.width = int(be32(d + 16));
    info.height = int(be32(d + 20));
    if (info.width <= 0 || info.height <= 0) {
        info.error = ImageProbeTr::tr("corrupt PNG: header declares %1x%2 pixels").arg(info.width).arg(info.height);
        return;
    }
    if (!tail.endsWith(QByteArrayLiteral("IEND\xAE\x42\x60\x82"))) {
        info.error = ImageProbeTr::tr("truncated PNG: no IEND chunk at the end");
        return;
    }
    info.ok = true;
}

void probeBmp(const QByteArray &head, qint64 total, ImageInfo &info)
{
    info.format = QStringLiteral("bmp");
    const auto *d = reinterpret_cast<const uchar *>(head.constData());
    if (head.size() < 26) {
        info.error = ImageProbeTr::tr("truncated BMP: header incomplete");
        return;
    }
    const qint64 declared = le32(d + 2);
    info.width = int(qint32(le32(d + 18)));
    // A negative height means top-down rows; INT_MIN has no positive counterpart (it stays
    // negative here and is refused below).
    const qint32 rawHeight = qint32(le32(d + 22));
    info.height = rawHeight == std::numeric_limits<qint32>::min() ? -1 : qAbs(int(rawHeight));
    if (info.width <= 0 || info.height <= 0) {
        info.error = ImageProbeTr::tr("corrupt BMP: header declares %1x%2 pixels").arg(info.width).arg(info.height);
        return;
    }
    if (declared > total) {
        info.error = ImageProbeTr::tr("truncated BMP: %1 of %2 bytes present").arg(total).arg(declared);
        return;
    }
    info.ok = true;
}

void probeWebp(const QByteArray &head, qint64 total, ImageInfo &info)
{
    info.format = QStringLiteral("webp");
    const auto *d = reinterpret_cast<const uchar *>(head.constData());
    if (head.size() < 30) {
        info.error = ImageProbeTr::tr("truncated WebP: header incomplete");
        return;
    }
    const qint64 declared = qint64(le32(d + 4)) + 8;
    const QByteArray chunk = head.mid(12, 4);
    if (chunk == QByteArrayLiteral("VP8 ")) {
        info.width = int(le16(d + 26) & 0x3FFF);
        info.height = int(le16(d + 28) & 0x3FFF);
    } else if (chunk == QByteArrayLiteral("VP8L")) {
        const quint32 bits = le32(d + 21);
        info.width = int((bits & 0x3FFF) + 1);
        info.height = int(((bits >> 14) & 0x3FFF) + 1);
    } else if (chunk == QByteArrayLiteral("VP8X")) {
        info.width = int(le24(d + 24) + 1);
        info.height = int(le24(d + 27) + 1);
    } else {
        info.error = ImageProbeTr::tr("corrupt WebP: unknown chunk '%1'").arg(QString::fromLatin1(chunk.toHex()));
        return;
    }
    if (info.width <= 0 || info.height <= 0) {
        info.error = ImageProbeTr::tr("corrupt WebP: header declares %1x%2 pixels").arg(info.width).arg(info.height);
        return;
    }
    if (declared > total) {
        info.error = ImageProbeTr::tr("truncated WebP: %1 of %2 bytes present").arg(total).arg(declared);
        return;
    }
    info.ok = true;
}

} // namespace

ImageInfo probeImageBytes(const QByteArray &head, const QByteArray &tail, qint64 totalSize)
{
    ImageInfo info;
    info.probed = true;
    info.bytes = totalSize;
    if (totalSize == 0) {
        info.error = ImageProbeTr::tr("empty file");
        return info;
    }
    if (head.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")))
        probeJpeg(head, tail, totalSize, info);
    else if (head.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1A\n")))
        probePng(head, tail, info);
    else if (head.startsWith(QByteArrayLiteral("BM")))
        probeBmp(head, totalSize, info);
    else if (head.startsWith(QByteArrayLiteral("RIFF")) && head.mid(8, 4) == QByteArrayLiteral("WEBP"))
        probeWebp(head, totalSize, info);
    else
        info.error = ImageProbeTr::tr("not a JPEG, PNG, BMP or WebP image (starts with bytes %1)")
                         .arg(QString::fromLatin1(head.left(8).toHex(' ')));
    return info;
}

ImageInfo probeImage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ImageInfo info;
        info.probed = true;
        info.error = ImageProbeTr::tr("cannot open: %1").arg(f.errorString());
        return info;
    }
    const qint64 size = f.size();
    constexpr qint64 kHead = 64 * 1024;
    constexpr qint64 kTail = 4096;
    const QByteArray head = f.read(kHead);
    QByteArray tail;
    if (size <= kHead) {
        tail = head.right(kTail);
    } else {
        f.seek(size - kTail);
        tail = f.read(kTail);
    }
    return probeImageBytes(head, tail, size);
}

} // namespace maskbench
