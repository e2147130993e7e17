// Face finding on masked faces, approach by approach, on UTKFace photos the masked-face models
// never saw. The truth of every image is what dlib's stock HOG detector and 68-point model find
// on the unmasked original; each original is then masked in memory by every template type, by the
// flat-polygon renderer (the one training also uses) and by a band renderer training never uses,
// and each approach must find the face on the masked image alone.
//
//   bench_masked_faces [--data DIR] [--images N] [--skip N] [--seed S] [--models DIR] [--threads K]
//                      [--approaches hog,masked,crop,ssd]
//
// --skip: images at the head of the seeded order that trained the models (`faces train-masked
// --images N --seed S` used the first N of this order), so the bench takes the ones after them.
// Prints per approach and mask: faces found (of masked images whose original HOG finds), mean
// landmark error (points 1-17 and 18-48 inside the image, divided by the inter-ocular distance),
// the same for heads turned more than 30 degrees, and the time per image. Not a pass/fail test.

#include "core/common/parallel.h"
#include "core/dataset/dataset.h"
#include "core/face/face_detector.h"
#include "core/face/image_input.h"
#include "core/face/masked_face_models.h"
#include "core/mask/masker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>

using namespace maskbench;

namespace {

struct Cell
{
    qint64 given = 0, found = 0, turnedGiven = 0, turnedFound = 0;
    double error = 0, turnedError = 0;
    qint64 errorCount = 0, turnedErrorCount = 0;
    double seconds = 0;
};

bool sameFace(const Face &truth, const Face &f)
{
    const cv::Rect2f a = truth.box, b = f.box;
    const float inter = (a & b).area();
    return inter > 0 && inter / (a.area() + b.area() - inter) >= 0.3f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString data = qEnvironmentVariableIsSet("MASKBENCH_DATA") ? qEnvironmentVariable("MASKBENCH_DATA")
                                                               : QStringLiteral(MASKBENCH_DATA_DEFAULT);
    int count = 300, skip = 2000, threads = 1;
    quint64 seed = 1;
    QString models;
    QStringList wanted{QStringLiteral("hog"), QStringLiteral("masked"), QStringLiteral("crop"), QStringLiteral("ssd")};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--data")) data = args[i + 1];
        if (args[i] == QLatin1String("--images")) count = args[i + 1].toInt();
        if (args[i] == QLatin1String("--skip")) skip = args[i + 1].toInt();
        if (args[i] == QLatin1String("--seed")) seed = args[i + 1].toULongLong();
        if (args[i] == QLatin1String("--models")) models = args[i + 1];
        if (args[i] == QLatin1String("--threads")) threads = args[i + 1].toInt();
        if (args[i] == QLatin1String("--approaches")) wanted = args[i + 1].split(QLatin1Char(','));
    }
    LoadOptions lo;
    lo.probeImages = false;
    QStringList paths;
    try {
        const Dataset ds = loadDataset(data + QStringLiteral("/utkface-dev/images"), lo);
        for (const DatasetItem &it : ds.items)
            paths.append(it.path);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_masked_faces: %s (set MASKBENCH_DATA or --data)\n", e.what());
        return 1;
    }
    // The training run read the UTKFace folder the same way; its first `skip` images are left out.
    std::vector<QString> order = seededImageOrder(paths, seed);
    if (int(order.size()) <= skip) {
        std::fprintf(stderr, "bench_masked_faces: only %zu images, all used for training\n", order.size());
        return 1;
    }
    order.erase(order.begin(), order.begin() + skip);
    if (int(order.size()) > count)
        order.resize(size_t(count));

    std::vector<std::pair<QString, FaceDetectorOptions>> approaches;
    FaceDetectorOptions hog;
    approaches.emplace_back(QStringLiteral("hog (stock dlib)"), hog);
    FaceDetectorOptions masked = hog;
    masked.method = FaceMethod::Masked;
    masked.maskedModels = models;
    approaches.emplace_back(QStringLiteral("masked (trained)"), masked);
    FaceDetectorOptions crop = masked;
    crop.method = FaceMethod::Crop;
    approaches.emplace_back(QStringLiteral("crop (aligned input)"), crop);
    FaceDetectorOptions ssd;
    ssd.method = FaceMethod::Ssd;
    approaches.emplace_back(QStringLiteral("ssd (face-api port)"), ssd);
    approaches.erase(std::remove_if(approaches.begin(), approaches.end(),
                                    [&](const auto &a) { return !wanted.contains(faceMethodName(a.second.method)); }),
                     approaches.end());
    try {
        for (auto &a : approaches)
            FaceDetector check(a.second);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_masked_faces: %s\n", e.what());
        return 1;
    }
    QStringList variants{QStringLiteral("none")};
    for (const QString &t : maskTypeNames())
        variants.append(t);
    variants << QStringLiteral("flat") << QStringLiteral("band (unseen)");

    // cells[approach][variant]
    std::vector<std::vector<Cell>> cells(approaches.size(), std::vector<Cell>(size_t(variants.size())));
    // False alarms: each original cut into an 8 x 8 grid of tiles and shuffled (face texture, no face).
    std::vector<qint64> falseAlarms(approaches.size(), 0);
    qint64 scrambled = 0;
    std::mutex mutex;
    std::map<std::thread::id, std::vector<std::unique_ptr<FaceDetector>>> perThread;
    qint64 noTruth = 0;
    QElapsedTimer wall;
    wall.start();
    const auto measureOne = [&](qint64 idx) {
            std::vector<std::unique_ptr<FaceDetector>> *dets;
            {
                std::lock_guard<std::mutex> lock(mutex);
                dets = &perThread[std::this_thread::get_id()];
                if (dets->empty()) {
                    for (auto &a : approaches)
                        dets->push_back(std::make_unique<FaceDetector>(a.second));
                    dets->push_back(std::make_unique<FaceDetector>(hog));
                }
            }
            const ImageInput in = readImageInput(order[size_t(idx)]);
            if (in.status != ImageInputStatus::Ok)
                return;
            const std::vector<Face> truthFaces = dets->back()->detect(in.image);
            if (truthFaces.empty()) {
                std::lock_guard<std::mutex> lock(mutex);
                ++noTruth;
                return;
            }
            const Face &truth = truthFaces.front();
            {
                cv::Mat shuffled(in.image.size(), in.image.type());
                const int tw = in.image.cols / 8, th = in.image.rows / 8;
                std::vector<int> order8(64);
                for (int k = 0; k < 64; ++k)
                    order8[size_t(k)] = k;
                quint64 st = itemSeed(seed, order[size_t(idx)]);
                for (int k = 63; k > 0; --k) {
                    st = st * 6364136223846793005ULL + 1442695040888963407ULL;
                    std::swap(order8[size_t(k)], order8[size_t((st >> 33) % quint64(k + 1))]);
                }
                shuffled.setTo(cv::Scalar::all(0));
                for (int k = 0; k < 64; ++k) {
                    const int from = order8[size_t(k)];
                    in.image(cv::Rect((from % 8) * tw, (from / 8) * th, tw, th))
                        .copyTo(shuffled(cv::Rect((k % 8) * tw, (k / 8) * th, tw, th)));
                }
                for (size_t a = 0; a < approaches.size(); ++a) {
                    if (approaches[a].second.method == FaceMethod::Crop)
                        continue; // crop always answers: the user said the input is a face
                    const bool alarm = !(*dets)[a]->detect(shuffled).empty();
                    std::lock_guard<std::mutex> lock(mutex);
                    falseAlarms[a] += alarm ? 1 : 0;
                }
                std::lock_guard<std::mutex> lock(mutex);
                ++scrambled;
            }
            const bool turned = std::abs(truth.pose.yaw) > 30;
            const quint64 s = itemSeed(seed ^ 0x5bd1e995u, order[size_t(idx)]);
            for (int v = 0; v < variants.size(); ++v) {
                cv::Mat image;
                if (v == 0) {
                    image = in.image;
                } else if (variants[v] == QLatin1String("flat")) {
                    image = drawFlatMask(in.image, truth, s + quint64(v));
                } else if (variants[v].startsWith(QLatin1String("band"))) {
                    image = drawBandMask(in.image, truth, s + quint64(v));
                } else {
                    MaskSpec spec = chooseMask({parseMaskType(variants[v])}, s + quint64(v), true);
                    const MaskResult m = applyMask(in.image, truth, spec);
                    if (!m.ok)
                        continue;
                    image = m.image;
                }
                for (size_t a = 0; a < approaches.size(); ++a) {
                    QElapsedTimer t;
                    t.start();
                    const std::vector<Face> found = (*dets)[a]->detect(image);
                    const double secs = t.nsecsElapsed() / 1e9;
                    const bool ok = !found.empty() && sameFace(truth, found.front());
                    const double err = ok ? landmarkError(truth, found.front(), image.size()) : -1;
                    std::lock_guard<std::mutex> lock(mutex);
                    Cell &c = cells[a][size_t(v)];
                    ++c.given;
                    c.seconds += secs;
                    c.found += ok ? 1 : 0;
                    if (err >= 0) {
                        c.error += err;
                        ++c.errorCount;
                    }
                    if (turned) {
                        ++c.turnedGiven;
                        c.turnedFound += ok ? 1 : 0;
                        if (err >= 0) {
                            c.turnedError += err;
                            ++c.turnedErrorCount;
                        }
                    }
                }
            }
    };
    qint64 failures = 0;
    parallelFor(
        qint64(order.size()),
        [&](qint64 idx) {
            try {
                measureOne(idx);
            } catch (const std::exception &e) { // parallelFor's workers must not throw
                std::lock_guard<std::mutex> lock(mutex);
                if (failures++ == 0)
                    std::fprintf(stderr, "bench_masked_faces: %s: %s\n", qPrintable(order[size_t(idx)]), e.what());
            }
        },
        QStringLiteral("bench"), {}, threads);
    if (failures > 0)
        std::fprintf(stderr, "bench_masked_faces: %lld image(s) failed\n", static_cast<long long>(failures));

    std::printf("bench_masked_faces: %zu held-out UTKFace images (after the first %d of seed %llu), %lld without a face "
                "on the original (left out), %d thread(s), %.1f s\n\n",
                order.size(), skip, static_cast<unsigned long long>(seed), static_cast<long long>(noTruth), threads,
                wall.elapsed() / 1000.0);
    std::printf("| approach | mask | found | landmark error | yaw > 30: found | yaw > 30: error | ms / image |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    for (size_t a = 0; a < approaches.size(); ++a) {
        Cell maskedAll;
        for (int v = 0; v < variants.size(); ++v) {
            const Cell &c = cells[a][size_t(v)];
            if (v > 0) {
                maskedAll.given += c.given;
                maskedAll.found += c.found;
                maskedAll.turnedGiven += c.turnedGiven;
                maskedAll.turnedFound += c.turnedFound;
                maskedAll.error += c.error;
                maskedAll.errorCount += c.errorCount;
                maskedAll.turnedError += c.turnedError;
                maskedAll.turnedErrorCount += c.turnedErrorCount;
                maskedAll.seconds += c.seconds;
            }
        }
        auto row = [&](const QString &name, const Cell &c) {
            std::printf("| %s | %s | %.1f%% (%lld/%lld) | %.3f | %.1f%% (%lld/%lld) | %.3f | %.1f |\n",
                        qPrintable(approaches[a].first), qPrintable(name), c.given ? 100.0 * c.found / c.given : 0.0,
                        static_cast<long long>(c.found), static_cast<long long>(c.given),
                        c.errorCount ? c.error / c.errorCount : -1.0, c.turnedGiven ? 100.0 * c.turnedFound / c.turnedGiven : 0.0,
                        static_cast<long long>(c.turnedFound), static_cast<long long>(c.turnedGiven),
                        c.turnedErrorCount ? c.turnedError / c.turnedErrorCount : -1.0, c.given ? 1000.0 * c.seconds / c.given : 0.0);
        };
        for (int v = 0; v < variants.size(); ++v)
            row(variants[v], cells[a][size_t(v)]);
        row(QStringLiteral("**all masked**"), maskedAll);
    }
    std::printf("\nFalse alarms on %lld shuffled-tile images (no face):", static_cast<long long>(scrambled));
    for (size_t a = 0; a < approaches.size(); ++a)
        if (approaches[a].second.method != FaceMethod::Crop)
            std::printf(" %s %lld;", qPrintable(approaches[a].first), static_cast<long long>(falseAlarms[a]));
    std::printf("\n");
    return 0;
}
