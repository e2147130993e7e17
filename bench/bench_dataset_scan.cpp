// Scanning a 20,000-image folder: MaskBench's header probe (loadDataset on a folder per class)
// against a reference that decodes every image with OpenCV (what a naive scanner does), on the
// same files in the same process. Prints times and the ratio; it is not a pass/fail test.
//
//   bench_dataset_scan [--data DIR] [--images N]
// The fixture is built under a temporary folder from ../shared/data/utkface-dev (copied, so the
// shared data stays read-only), with images reused when N exceeds what is there.

#include "core/common/settings.h"
#include "core/dataset/dataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <cstdio>

using namespace maskbench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString data = qEnvironmentVariableIsSet("MASKBENCH_DATA") ? qEnvironmentVariable("MASKBENCH_DATA")
                                                               : QStringLiteral(MASKBENCH_DATA_DEFAULT);
    int count = 20000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--data"))
            data = args[i + 1];
        if (args[i] == QLatin1String("--images"))
            count = args[i + 1].toInt();
    }
    const QDir images(data + QStringLiteral("/utkface-dev/images"));
    const QStringList names = images.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        std::fprintf(stderr, "bench_dataset_scan: no images in %s (set MASKBENCH_DATA or --data)\n", qPrintable(images.path()));
        return 1;
    }
    QTemporaryDir tmp;
    std::printf("building a %d-image folder per class under %s ...\n", count, qPrintable(tmp.path()));
    for (int i = 0; i < count; ++i) {
        const QString &name = names[i % names.size()];
        const QString cls = name.section(QLatin1Char('_'), 1, 1) == QLatin1String("0") ? QStringLiteral("male") : QStringLiteral("female");
        QDir().mkpath(tmp.filePath(cls));
        QFile::copy(images.filePath(name), tmp.filePath(QStringLiteral("%1/%2_%3").arg(cls).arg(i).arg(name)));
    }
    std::printf("threads: %d\n", effectiveThreads());

    QElapsedTimer t;
    t.start();
    const Dataset ds = loadDataset(tmp.path());
    const double scan = t.elapsed() / 1000.0;
    qint64 readable = 0;
    for (const DatasetItem &i : ds.items)
        readable += i.image.ok;

    t.restart();
    qint64 decoded = 0;
    for (const DatasetItem &i : ds.items) {
        const cv::Mat m = cv::imread(QFile::encodeName(i.path).toStdString(), cv::IMREAD_COLOR);
        decoded += !m.empty();
    }
    const double decode = t.elapsed() / 1000.0;

    std::printf("maskbench header scan : %6.2f s  %8.0f images/s  (%lld readable of %zu)\n", scan, ds.items.size() / scan,
                static_cast<long long>(readable), ds.items.size());
    std::printf("reference full decode : %6.2f s  %8.0f images/s  (OpenCV imread, 1 thread, %lld decoded)\n", decode,
                ds.items.size() / decode, static_cast<long long>(decoded));
    std::printf("ratio                 : header scan is %.1fx faster than decoding\n", decode / scan);
    return 0;
}
