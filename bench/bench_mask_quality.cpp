// Mask quality on ../shared/data/utkface-dev: the face detection rate, and the coverage pass rate
// per mask type (every found face gets every type), on a sample spread over the folder. Optionally
// writes a contact sheet of 24 masked outputs (faces that pass) across mask types, a third of
// them the most turned heads of the sample.
//
//   bench_mask_quality [--data DIR] [--images N] [--threads K] [--sheet out.png] [--seed S]
// Not a pass/fail test: it prints the numbers the issue asks for (>= 97% found, >= 95% pass).

#include "core/common/parallel.h"
#include "core/face/face_detector.h"
#include "core/face/image_input.h"
#include "core/mask/masker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <cstdio>
#include <mutex>

using namespace maskbench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString data = qEnvironmentVariableIsSet("MASKBENCH_DATA") ? qEnvironmentVariable("MASKBENCH_DATA")
                                                               : QStringLiteral(MASKBENCH_DATA_DEFAULT);
    int count = 800, threads = 2;
    quint64 seed = 7;
    QString sheet;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--data")) data = args[i + 1];
        if (args[i] == QLatin1String("--images")) count = args[i + 1].toInt();
        if (args[i] == QLatin1String("--threads")) threads = args[i + 1].toInt();
        if (args[i] == QLatin1String("--sheet")) sheet = args[i + 1];
        if (args[i] == QLatin1String("--seed")) seed = args[i + 1].toULongLong();
    }
    const QDir dir(data + QStringLiteral("/utkface-dev/images"));
    const QStringList names = dir.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        std::fprintf(stderr, "bench_mask_quality: no images in %s (set MASKBENCH_DATA or --data)\n", qPrintable(dir.path()));
        return 1;
    }
    count = std::min<int>(count, int(names.size()));
    const std::vector<MaskType> types = parseMaskTypes(QString());

    struct Item
    {
        bool found = false;
        Face face;
        std::vector<Coverage> coverage;
        std::vector<QString> problems;
    };
    std::vector<Item> items(static_cast<size_t>(count));
    std::mutex mutex;
    std::vector<std::unique_ptr<FaceDetector>> detectors;
    std::atomic<qint64> detectMs{0};
    QElapsedTimer wall;
    wall.start();
    parallelFor(count, [&](qint64 i) {
        thread_local FaceDetector *det = nullptr;
        if (!det) {
            std::lock_guard<std::mutex> lock(mutex);
            detectors.push_back(std::make_unique<FaceDetector>());
            det = detectors.back().get();
        }
        // Spread the sample over the sorted folder (ages, ethnicities).
        const QString name = names[int((qint64(i) * names.size()) / count)];
        const ImageInput in = readImageInput(dir.filePath(name));
        Item &it = items[size_t(i)];
        if (in.status != ImageInputStatus::Ok)
            return;
        const std::vector<Face> faces = det->detect(in.image);
        if (faces.empty())
            return;
        it.found = true;
        it.face = faces.front();
        for (MaskType t : types) {
            const MaskSpec spec = chooseMask({t}, itemSeed(seed, name));
            const MaskResult r = applyMask(in.image, it.face, spec);
            it.coverage.push_back(r.coverage);
            it.problems.push_back(r.ok ? QString() : r.problem);
        }
    }, QStringLiteral("faces"), {}, threads);
    const double seconds = wall.elapsed() / 1000.0;

    int found = 0;
    std::vector<int> pass(types.size(), 0), eyeFail(types.size(), 0), noseFail(types.size(), 0), mouthFail(types.size(), 0), bad(types.size(), 0);
    for (const Item &it : items) {
        if (!it.found)
            continue;
        ++found;
        for (size_t t = 0; t < types.size(); ++t) {
            const Coverage &c = it.coverage[t];
            pass[t] += c.pass() && it.problems[t].isEmpty();
            bad[t] += !it.problems[t].isEmpty();
            eyeFail[t] += c.eyes > 0;
            noseFail[t] += c.nose < Coverage::kNoseTotal;
            mouthFail[t] += c.mouth < Coverage::kMouthTotal;
        }
    }
    std::printf("images: %d of %lld in %s, %d threads, %.1f s (%.1f ms per image incl. 5 overlays)\n", count,
                static_cast<long long>(names.size()), qPrintable(dir.path()), threads, seconds, 1000.0 * seconds / count);
    std::printf("faces found: %d / %d = %.2f%%  (issue: >= 97%%)\n", found, count, 100.0 * found / count);
    for (size_t t = 0; t < types.size(); ++t)
        std::printf("  %-10s coverage pass %5d / %d = %6.2f%%  (fails: eye covered %d, nose %d, mouth %d, unusable %d)\n",
                    qPrintable(maskTypeName(types[t])), pass[t], found, 100.0 * pass[t] / std::max(1, found), eyeFail[t],
                    noseFail[t], mouthFail[t], bad[t]);

    if (!sheet.isEmpty()) {
        // 24 tiles: 8 of the most turned heads, 16 others picked by the seed; types cycle.
        // Only faces augment would write (every mask type passes the coverage check).
        std::vector<int> foundIdx;
        for (int i = 0; i < count; ++i) {
            const Item &it = items[size_t(i)];
            bool allPass = it.found;
            for (size_t t = 0; allPass && t < it.coverage.size(); ++t)
                allPass = it.coverage[t].pass() && it.problems[t].isEmpty();
            if (allPass)
                foundIdx.push_back(i);
        }
        std::vector<int> byYaw = foundIdx;
        std::sort(byYaw.begin(), byYaw.end(), [&](int a, int b) {
            return std::abs(items[size_t(a)].face.pose.yaw) > std::abs(items[size_t(b)].face.pose.yaw);
        });
        std::vector<int> chosen(byYaw.begin(), byYaw.begin() + std::min<size_t>(8, byYaw.size()));
        for (int k = 0; chosen.size() < 24 && k < 1000; ++k) {
            const int pick = foundIdx[size_t(itemUniform(itemSeed(seed, QString::number(k)), 0) * foundIdx.size())];
            if (std::find(chosen.begin(), chosen.end(), pick) == chosen.end())
                chosen.push_back(pick);
        }
        const int tile = 200, cols = 6, label = 18;
        cv::Mat out(int((chosen.size() + cols - 1) / cols) * (tile + label), cols * tile, CV_8UC3, cv::Scalar(255, 255, 255));
        for (size_t k = 0; k < chosen.size(); ++k) {
            const int i = chosen[k];
            const QString name = names[int((qint64(i) * names.size()) / count)];
            const ImageInput in = readImageInput(dir.filePath(name));
            const MaskType type = types[k % types.size()];
            const MaskSpec spec = chooseMask({type}, itemSeed(seed, name));
            const MaskResult r = applyMask(in.image, items[size_t(i)].face, spec);
            cv::Mat t;
            cv::resize(r.image, t, cv::Size(tile, tile), 0, 0, cv::INTER_AREA);
            const cv::Rect cell(int(k % cols) * tile, int(k / cols) * (tile + label), tile, tile);
            t.copyTo(out(cell));
            const QString text = QStringLiteral("%1 yaw %2 %3").arg(maskTypeName(type)).arg(qRound(items[size_t(i)].face.pose.yaw))
                                     .arg(r.coverage.pass() ? QStringLiteral("ok") : QStringLiteral("FAIL"));
            cv::putText(out, text.toStdString(), cv::Point(cell.x + 4, cell.y + tile + 13), cv::FONT_HERSHEY_SIMPLEX, 0.42,
                        cv::Scalar(40, 40, 40), 1, cv::LINE_AA);
        }
        cv::imwrite(QFile::encodeName(sheet).toStdString(), out);
        std::printf("contact sheet: %s\n", qPrintable(sheet));
    }
    return 0;
}
