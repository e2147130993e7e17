// dataset/image_probe + face/image_input: the header probe (JPEG, PNG, BMP, WebP, truncation) and
// decoding behind the pixel limit. The limit is lowered to 1 megapixel here so that the fuzzer
// tests the refusal path rather than spending its time decoding (or allocating) huge images; an
// image the probe passed must decode to at most its declared size, and never past the limit.
// MASKBENCH_FUZZ_WRITE_SEED=DIR writes small images of every format and kind (the seed corpus,
// with OpenCV's encoders) and exits.
#include "core/dataset/image_probe.h"
#include "core/face/image_input.h"
#include "fuzz_common.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cstdlib>

using namespace maskbench;

namespace {

void writeSeeds(const QString &dir)
{
    QDir().mkpath(dir);
    cv::Mat bgr(24, 32, CV_8UC3);
    cv::randu(bgr, 0, 255);
    cv::Mat gray(20, 16, CV_8UC1, cv::Scalar(90));
    cv::Mat rgba(12, 12, CV_8UC4, cv::Scalar(10, 200, 30, 128));
    cv::Mat deep(8, 8, CV_16UC3, cv::Scalar(1000, 20000, 60000));
    const auto out = [&](const char *name) { return QDir(dir).filePath(QLatin1String(name)).toStdString(); };
    cv::imwrite(out("colour.jpg"), bgr, {cv::IMWRITE_JPEG_QUALITY, 50});
    cv::imwrite(out("progressive.jpg"), bgr, {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
    cv::imwrite(out("gray.jpg"), gray);
    cv::imwrite(out("colour.png"), bgr);
    cv::imwrite(out("rgba.png"), rgba);
    cv::imwrite(out("deep.png"), deep);
    cv::imwrite(out("colour.bmp"), bgr);
    cv::imwrite(out("gray.bmp"), gray);
    cv::imwrite(out("lossy.webp"), bgr, {cv::IMWRITE_WEBP_QUALITY, 40});
    cv::imwrite(out("lossless.webp"), rgba, {cv::IMWRITE_WEBP_QUALITY, 101});
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const char *seed = std::getenv("MASKBENCH_FUZZ_WRITE_SEED")) {
        writeSeeds(QString::fromLocal8Bit(seed));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    constexpr qint64 kMaxPixels = 1'000'000;
    const QByteArray in = fuzz::bytes(data, size);
    probeImageBytes(in.left(64 * 1024), in.right(4096), in.size());
    const ImageInput image = decodeImageBytes(in, kMaxPixels, true);
    if (image.status == ImageInputStatus::Ok && !image.image.empty()) {
        if (qint64(image.image.cols) * image.image.rows > kMaxPixels)
            abort(); // decoded past the pixel limit
        if (image.image.type() != CV_8UC3)
            abort(); // the contract: 8-bit BGR
    }
    if (image.status == ImageInputStatus::Ok && qint64(image.width) * image.height > kMaxPixels)
        abort();
    return 0;
}
