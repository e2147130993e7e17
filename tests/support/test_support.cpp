#include "test_support.h"

#include "core/common/error.h"
#include "core/io/csv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace maskbench::test {

QString sharedDataDir()
{
    const QByteArray env = qgetenv("MASKBENCH_DATA");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral("../shared/data") : QString::fromLocal8Bit(env));
}

QString sharedDataProblem()
{
    const QString dir = sharedDataDir();
    if (!QFileInfo::exists(dir + QStringLiteral("/utkface-dev/labels.csv")))
        return QStringLiteral("shared data not found at %1 (set MASKBENCH_DATA to the folder holding utkface-dev/ and adience-folds/)").arg(dir);
    return QString();
}

bool writeImage(const QString &path, int width, int height, int seed)
{
    cv::Mat img(height, width, CV_8UC3);
    cv::RNG rng(uint64_t(seed) * 7919u + 17u);
    rng.fill(img, cv::RNG::UNIFORM, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::circle(img, {width / 2, height / 2}, std::min(width, height) / 3, cv::Scalar(seed % 255, 80, 200), -1);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return cv::imwrite(QFile::encodeName(path).toStdString(), img);
}

bool writeStripes(const QString &path, bool vertical, int seed)
{
    cv::Mat img(32, 32, CV_8UC3);
    const int period = 4 + seed % 5, phase = (seed * 7) % period;
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 32; ++x) {
            const int t = (vertical ? x : y) + phase;
            const int v = (t % period) < period / 2 ? 210 : 40;
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar((v + seed * 13) % 256), uchar(v), uchar(v)); // BGR
        }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return cv::imwrite(QFile::encodeName(path).toStdString(), img);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeTruncated(const QString &source, const QString &target, qint64 keep)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    return writeText(target, in.read(keep));
}

bool writeText(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(content) == content.size();
}

CliResult runCli(const QStringList &args, int timeoutMs)
{
    return runCli(args, {}, timeoutMs);
}

CliResult runCli(const QStringList &args, const QMap<QString, QString> &environment, int timeoutMs)
{
    CliResult r;
    QProcess p;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.begin(); it != environment.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
    }
    const QString exe = QString::fromLocal8Bit(qgetenv("MASKBENCH_CLI"));
    p.start(exe.isEmpty() ? QStringLiteral("maskbench-cli") : exe, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("maskbench-cli did not finish in %1 ms").arg(timeoutMs);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

std::vector<UtkFace> balancedUtkFaces(int perGender, int step, int trainEach, int valEach)
{
    std::vector<UtkFace> faces;
    const QString root = QDir(sharedDataDir()).filePath(QStringLiteral("utkface-dev"));
    const QString labelsFile = QDir(root).filePath(QStringLiteral("labels.csv"));
    if (!QFileInfo::exists(labelsFile))
        return faces;
    const CsvTable labels = readCsv(labelsFile);
    const int pathCol = labels.column(QStringLiteral("path")), genderCol = labels.column(QStringLiteral("gender")),
              ageCol = labels.column(QStringLiteral("age"));
    if (pathCol < 0 || genderCol < 0 || ageCol < 0)
        return faces;
    int n[2] = {0, 0};
    for (size_t i = 0; i < labels.rows.size() && n[0] + n[1] < 2 * perGender; i += size_t(step)) {
        const auto &f = labels.rows[i].fields;
        const int g = f[genderCol] == QLatin1String("male") ? 1 : 0;
        if (n[g] >= perGender)
            continue;
        const int k = n[g]++;
        faces.push_back({QDir(root).filePath(f[pathCol]), f[genderCol], f[ageCol],
                         k < trainEach ? QStringLiteral("train") : k < trainEach + valEach ? QStringLiteral("val") : QStringLiteral("test"), k});
    }
    return faces;
}

QString errorMessage(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    }
    return QString();
}

bool writeReportPredictions(const QString &folder, const QString &predictionsPath)
{
    const QDir root(folder);
    if (!root.mkpath(QStringLiteral("images")))
        return false;
    for (int i = 0; i < 30; ++i)
        if (!writeImage(root.filePath(QStringLiteral("images/face_%1.jpg").arg(i)), 80, 96, i))
            return false;
    if (!writeTruncated(root.filePath(QStringLiteral("images/face_0.jpg")), root.filePath(QStringLiteral("images/broken.jpg")), 200))
        return false;

    QRandomGenerator rng(17);
    const QStringList masks = {QStringLiteral("none"), QStringLiteral("surgical"), QStringLiteral("cloth")};
    QByteArray csv = "path,label,predicted,prob_female,prob_male,mask,age\n";
    for (int i = 0; i < 90; ++i) {
        const bool male = i % 2 == 1;
        // Scores overlap between the classes, so there are errors of every confidence.
        const double z = (male ? 1.2 : -1.2) + 2.0 * (rng.generateDouble() * 2 - 1) + (i % 5 == 0 ? (male ? -3.0 : 3.0) : 0.0);
        const double pMale = 1.0 / (1.0 + std::exp(-z));
        QString image = QStringLiteral("images/face_%1.jpg").arg(i % 30);
        if (i == 15)
            image = QStringLiteral("images/missing_%1.jpg").arg(i);
        else if (i == 20)
            image = QStringLiteral("images/broken.jpg");
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(root.filePath(image), male ? QStringLiteral("male") : QStringLiteral("female"),
                        pMale >= 0.5 ? QStringLiteral("male") : QStringLiteral("female"))
                   .arg(1.0 - pMale, 0, 'g', 17)
                   .arg(pMale, 0, 'g', 17)
                   .arg(masks[i % 3])
                   .arg(5 + (i * 7) % 70)
                   .toUtf8();
    }
    return writeText(predictionsPath, csv);
}

} // namespace maskbench::test
