#pragma once
// Helpers every test may use: the shared data folder, generated image fixtures, running the CLI.

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace maskbench::test {

// ../shared/data (MASKBENCH_DATA). A test that needs it and cannot find it must fail, not skip:
// call requireSharedData() inside the test function (it QFAILs through the returned string).
QString sharedDataDir();
// Empty when the folder is there; otherwise the reason, for QFAIL/QVERIFY2.
QString sharedDataProblem();

// A balanced pick of real UTKFace faces from ../shared/data/utkface-dev/labels.csv (rows sorted
// by age): every `step`-th row, at most perGender of each gender; each gender's first trainEach
// go to train, the next valEach to val, the rest to test. Empty when the data is missing.
struct UtkFace
{
    QString path;   // absolute
    QString gender; // female, male
    QString age;
    QString split;  // train, val, test
    int index = 0;  // 0-based within its gender
};
std::vector<UtkFace> balancedUtkFaces(int perGender, int step, int trainEach, int valEach);

// Writes a real image (OpenCV encoder) of w x h pixels with a pattern from seed; the suffix
// chooses the format (.jpg, .png, .bmp, .webp). Returns false if it could not be written.
bool writeImage(const QString &path, int width = 32, int height = 24, int seed = 0);
// A 32 x 32 image of horizontal or vertical stripes whose period and phase follow the seed: two
// classes a tiny model separates in a few epochs (the UI tests' training fixtures).
bool writeStripes(const QString &path, bool vertical, int seed);
// Writes the first `keep` bytes of `source` to `target` (a truncated file).
bool writeTruncated(const QString &source, const QString &target, qint64 keep);
// The report tests' fixture: in folder/images 30 real JPEGs (face_0..29.jpg) and broken.jpg (a
// truncated copy), and at predictionsPath 90 predictions of a binary female/male model over them
// (three rows each, seeded overlapping scores so there are errors of every confidence; row 15 a
// missing file, row 20 the broken one) with mask and age attributes for the slices.
bool writeReportPredictions(const QString &folder, const QString &predictionsPath);
bool writeText(const QString &path, const QByteArray &content);
// The JSON object in a file; empty when the file is missing or holds no object.
QJsonObject readJson(const QString &path);

// The message of the maskbench::Error fn throws; empty when it throws none.
QString errorMessage(const std::function<void()> &fn);

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs maskbench-cli (MASKBENCH_CLI) with the arguments; waits up to timeoutMs.
CliResult runCli(const QStringList &args, int timeoutMs = 300000);
// The same with these environment variables set (e.g. its own XDG_CACHE_HOME) on top of the test's.
CliResult runCli(const QStringList &args, const QMap<QString, QString> &environment, int timeoutMs = 300000);

} // namespace maskbench::test
