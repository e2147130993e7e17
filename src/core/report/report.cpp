// writeReport(): gathers what the page shows (report.h's contract) and writes report.html. The
// page itself is laid out in report_html.cpp, the charts drawn in report_charts.cpp.

#include "core/report/report.h"
#include "core/report/report_p.h"

#include "core/common/error.h"
#include "core/eval/comparison.h"
#include "core/face/image_input.h"
#include "core/io/csv.h"
#include "core/io/jpeg.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace maskbench {
namespace {

using report::esc;
using report::num4;

QJsonObject readJsonFile(const QString &path, QString *problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = Report::tr("%1: cannot read: %2").arg(path, f.errorString());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject()) {
        *problem = error.error != QJsonParseError::NoError
                       ? Report::tr("%1: not valid JSON (%2 at byte %3)").arg(path, error.errorString()).arg(error.offset)
                       : Report::tr("%1: not a JSON object").arg(path);
        return {};
    }
    return doc.object();
}

// A relative path from evaluation.json or predictions.csv, tried against each base folder in turn.
QString resolveExisting(const QString &path, const QStringList &bases, bool wantDir)
{
    if (path.isEmpty())
        return QString();
    auto ok = [wantDir](const QFileInfo &fi) { return wantDir ? fi.isDir() : fi.isFile(); };
    if (QFileInfo(path).isAbsolute())
        return ok(QFileInfo(path)) ? QDir::cleanPath(path) : QString();
    for (const QString &base : bases) {
        const QFileInfo fi(QDir(base).filePath(path));
        if (ok(fi))
            return QDir::cleanPath(fi.absoluteFilePath());
    }
    return QString();
}

// Attributes worth a slice table: numbers with a binning (age, yaw), or 2 to 30 distinct values.
QStringList sliceableAttributes(const PredictionTable &table)
{
    QStringList out;
    for (const QString &a : table.attributeNames) {
        if (numericBinning(table, a)) {
            out << a;
            continue;
        }
        const int i = table.attributeIndex(a);
        QSet<QString> values;
        for (const Prediction &p : table.rows) {
            values.insert(p.attributes.value(i));
            if (values.size() > 30)
                break;
        }
        // One value for every row (an empty group column) says nothing about groups.
        if (values.size() >= 2 && values.size() <= 30)
            out << a;
    }
    return out;
}

// evaluation.json's threshold in the forms report.h lists, as EvaluationOptions::threshold text.
QString savedThreshold(const QJsonValue &t, const QString &infoPath, QStringList &notes)
{
    if (t.isDouble())
        return QString::number(t.toDouble(), 'g', 17);
    if (t.isObject()) {
        for (const char *key : {"threshold", "value"})
            if (t.toObject().value(QLatin1String(key)).isDouble())
                return QString::number(t.toObject().value(QLatin1String(key)).toDouble(), 'g', 17);
        return QString();
    }
    if (t.isString() && !t.toString().isEmpty()) {
        // A rule name ("max-min-recall") or a number as text; anything else is only noted.
        try {
            double fixed = 0.5;
            parseThresholdRule(t.toString(), &fixed);
            return t.toString();
        } catch (const Error &e) {
            notes << Report::tr("%1: threshold: %2; the predicted column is used as written").arg(infoPath, e.message());
        }
    }
    return QString();
}

QString jpegDataUri(const cv::Mat &bgr)
{
    std::vector<uchar> bytes;
    if (!encodeJpegBgr(bgr, 85, bytes))
        cv::imencode(".jpg", bgr, bytes, {cv::IMWRITE_JPEG_QUALITY, 85});
    const QByteArray raw(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(raw.toBase64());
}

// A grey square saying why there is no picture.
cv::Mat placeholder(int edge)
{
    cv::Mat m(edge, edge, CV_8UC3, cv::Scalar(0xed, 0xed, 0xea));
    const std::string text = Report::tr("no image").toStdString();
    int baseline = 0;
    const double scale = edge / 240.0;
    const cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, 1, &baseline);
    cv::putText(m, text, cv::Point((edge - size.width) / 2, (edge + size.height) / 2), cv::FONT_HERSHEY_SIMPLEX, scale,
                cv::Scalar(0x7e, 0x6d, 0x5d), 1, cv::LINE_AA);
    return m;
}

// The most confident errors as thumbnails; missing or unreadable files get a placeholder and the
// reason. Returns the number of those.
int writeErrorThumbnails(report::PageInputs &in, const QStringList &imageBases, const ReportOptions &options)
{
    const Evaluation &ev = in.evaluation;
    const QStringList &classes = ev.table.classes;
    in.shownErrors = std::min<int>(options.topErrors, int(ev.errors.size()));
    const int edge = std::max(16, options.thumbnailEdge);
    int unreadable = 0;
    for (int i = 0; i < in.shownErrors; ++i) {
        reportProgress(options.progress, {Report::tr("Thumbnails of the misclassified images"), i, in.shownErrors});
        const Misclassified &e = ev.errors[size_t(i)];
        QString problem;
        cv::Mat thumb;
        const QString file = resolveExisting(e.path, imageBases, false);
        if (file.isEmpty()) {
            problem = Report::tr("file not found");
        } else {
            const ImageInput input = readImageInput(file);
            if (input.status != ImageInputStatus::Ok || input.image.empty()) {
                problem = input.error.isEmpty() ? Report::tr("unreadable") : input.error;
            } else {
                thumb = input.image;
                const double scale = std::min(1.0, double(edge) / double(std::max(thumb.cols, thumb.rows)));
                if (scale < 1.0)
                    cv::resize(input.image, thumb, cv::Size(std::max(1, int(std::lround(thumb.cols * scale))), std::max(1, int(std::lround(thumb.rows * scale)))),
                               0, 0, cv::INTER_AREA);
            }
        }
        if (thumb.empty())
            ++unreadable;
        const cv::Mat shown = thumb.empty() ? placeholder(edge) : thumb;
        in.errorsHtml += QStringLiteral("<div class=\"error\" data-rank=\"%1\"><img src=\"%2\" alt=\"%3\" width=\"%4\" height=\"%5\">"
                                        "%1. %6 <b>%7</b>, %8 <b>%9</b><br>p(%9) = %10"
                                        "<span class=\"path\">%11</span>%12</div>\n")
                             .arg(i + 1)
                             .arg(jpegDataUri(shown), esc(QFileInfo(e.path).fileName()))
                             .arg(shown.cols)
                             .arg(shown.rows)
                             .arg(esc(Report::tr("actual")), esc(classes[e.actual]), esc(Report::tr("predicted")), esc(classes[e.predicted]),
                                  num4(e.confidence), esc(e.path),
                                  thumb.empty() ? QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(problem)) : QString());
    }
    return unreadable;
}

// Core's comparison table (the study's Figure 4.4 layout), through its CSV so the rows are core's.
QString comparisonTable(const std::vector<ComparisonRun> &runs)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        throw Error(Report::tr("cannot create a temporary folder: %1").arg(tmp.errorString()));
    const QString csvPath = QDir(tmp.path()).filePath(QStringLiteral("comparison.csv"));
    writeComparisonCsv(runs, csvPath);
    const CsvTable csv = readCsv(csvPath);
    QList<QStringList> rows;
    for (const CsvRow &row : csv.rows) {
        QStringList cells = {row.fields.value(0)};
        for (int c = 1; c < row.fields.size(); ++c) {
            bool ok = false;
            const double v = row.fields[c].toDouble(&ok);
            cells << (ok && row.fields[0] != QCoreApplication::translate("Comparison", "items") && v <= 1.0 ? QStringLiteral("%1%").arg(100.0 * v, 0, 'f', 2)
                                                                                                            : row.fields[c]);
        }
        rows << cells;
    }
    return report::tableHtml(csv.header, rows);
}

} // namespace

ReportResult writeReport(const QString &dirIn, const ReportOptions &options)
{
    ReportResult result;
    report::PageInputs in;
    QStringList &notes = in.notes;
    const QString dir = QDir(dirIn).absolutePath();
    in.predictionsPath = options.predictions.isEmpty() ? QDir(dir).filePath(QStringLiteral("predictions.csv")) : QFileInfo(options.predictions).absoluteFilePath();
    if (!QFileInfo(in.predictionsPath).isFile())
        throw Error(Report::tr("%1: no such file; the report needs the predictions.csv that `maskbench-cli evaluate` writes").arg(in.predictionsPath));
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        throw Error(Report::tr("%1: not a folder; choose a folder for the report").arg(dir));
    if (!QDir().mkpath(dir))
        throw Error(Report::tr("%1: cannot create the folder").arg(dir));

    reportProgress(options.progress, {Report::tr("Evaluating the predictions")});
    const PredictionTable table = readPredictions(in.predictionsPath);
    const QString predictionsDir = QFileInfo(in.predictionsPath).absolutePath();

    // evaluation.json: what was evaluated (run, checkpoint, split, threshold...).
    const QString infoPath = options.evaluationJson.isEmpty() ? QDir(predictionsDir).filePath(QStringLiteral("evaluation.json")) : options.evaluationJson;
    if (QFileInfo::exists(infoPath)) {
        QString problem;
        in.info = readJsonFile(infoPath, &problem);
        if (!problem.isEmpty())
            notes << problem;
    }

    EvaluationOptions evalOptions;
    evalOptions.threshold = options.threshold;
    // The threshold the evaluation chose and saved: the metrics are those of that threshold.
    if (evalOptions.threshold.isEmpty() && table.classCount() == 2)
        evalOptions.threshold = savedThreshold(in.info.value(QStringLiteral("threshold")), infoPath, notes);
    evalOptions.sliceBy = sliceableAttributes(table);
    in.evaluation = evaluatePredictions(table, evalOptions);
    const Evaluation &ev = in.evaluation;
    const ClassificationReport &r = ev.report;
    result.accuracy = r.accuracy;
    notes << ev.warnings;

    // metrics.json from the same evaluation should agree; say so when it does not.
    const QString metricsPath = QDir(predictionsDir).filePath(QStringLiteral("metrics.json"));
    if (QFileInfo::exists(metricsPath)) {
        QString problem;
        const QJsonObject m = readJsonFile(metricsPath, &problem);
        if (!problem.isEmpty())
            notes << problem;
        else if (m.value(QStringLiteral("accuracy")).isDouble() && std::abs(m.value(QStringLiteral("accuracy")).toDouble() - r.accuracy) > 1e-9)
            notes << Report::tr("%1 gives accuracy %2, this report %3 (computed from %4): was metrics.json written at another threshold?")
                         .arg(metricsPath, num4(m.value(QStringLiteral("accuracy")).toDouble()), num4(r.accuracy), in.predictionsPath);
    }

    // The run folder, for the training curves.
    QString runDir = options.runDir;
    const QString runNamed = in.info.value(QStringLiteral("run")).toString();
    if (runDir.isEmpty() && !runNamed.isEmpty()) {
        runDir = resolveExisting(runNamed, {dir, predictionsDir, QDir::currentPath()}, true);
        if (runDir.isEmpty())
            notes << Report::tr("run folder %1 (named in %2) not found: no training curves").arg(runNamed, infoPath);
    } else if (runDir.isEmpty()) {
        // An evaluation folder inside its run folder (runs/NAME/eval-test) needs no evaluation.json.
        const QString parent = QFileInfo(predictionsDir).absolutePath();
        if (QFileInfo(QDir(parent).filePath(QStringLiteral("metrics.csv"))).isFile())
            runDir = parent;
        else
            notes << Report::tr("no evaluation.json naming the run folder: no training curves");
    }
    if (!runDir.isEmpty()) {
        if (!QFileInfo(runDir).isDir()) {
            notes << Report::tr("run folder %1: not a folder: no training curves").arg(runDir);
        } else {
            try {
                in.curves = readRunMetrics(runDir);
                if (in.curves.epochs() == 0)
                    notes << Report::tr("%1: no finished epoch yet: no training curves").arg(in.curves.path);
                else
                    in.haveCurves = true;
            } catch (const Error &e) {
                notes << Report::tr("run folder %1: %2: no training curves").arg(runDir, e.message());
            }
        }
    }

    // Charts.
    reportProgress(options.progress, {Report::tr("Drawing the charts")});
    const int w = options.chartSize.width(), h = options.chartSize.height();
    in.charts.push_back(report::confusionMatrixChart(ev, h));
    in.charts.push_back(report::rocChart(ev, h));
    in.charts.push_back(report::prChart(ev, h));
    in.charts.push_back(report::reliabilityChart(ev.calibration, w, h));
    if (in.haveCurves) {
        in.charts.push_back(report::trainingChart(in.curves, true, w, h));
        in.charts.push_back(report::trainingChart(in.curves, false, w, h));
    }
    for (const SliceTable &s : ev.slices)
        if (!s.rows.empty() && s.rows.size() <= 16)
            in.charts.push_back(report::sliceChart(s, w, h));

    // Misclassified thumbnails, looked for beside the predictions, the data file and here.
    const QString dataFile = in.info.value(QStringLiteral("data")).toString();
    QStringList imageBases = {predictionsDir, dir};
    if (!dataFile.isEmpty()) {
        if (const QString data = resolveExisting(dataFile, {dir, predictionsDir, QDir::currentPath()}, false); !data.isEmpty())
            imageBases << QFileInfo(data).absolutePath();
        else if (const QString d = resolveExisting(dataFile, {dir, predictionsDir, QDir::currentPath()}, true); !d.isEmpty())
            imageBases << d;
    }
    imageBases << QDir::currentPath();
    if (const int unreadable = writeErrorThumbnails(in, imageBases, options); unreadable > 0)
        notes << Report::tr("%1 of %2 misclassified images could not be shown (missing or unreadable files): a placeholder stands in for each, with the reason")
                     .arg(unreadable)
                     .arg(in.shownErrors);

    // Comparison with other evaluations.
    in.runName = !runNamed.isEmpty() ? QFileInfo(QDir::cleanPath(runNamed)).fileName()
                                     : (!runDir.isEmpty() ? QFileInfo(runDir).fileName() : QFileInfo(dir).fileName());
    std::vector<ComparisonRun> runs = {{in.runName, r}};
    for (const QString &other : options.compareWith) {
        const QString path = QFileInfo(other).isDir() ? QDir(other).filePath(QStringLiteral("predictions.csv")) : other;
        try {
            QString name = QFileInfo(QFileInfo(path).absolutePath()).fileName();
            QString ignored;
            const QJsonObject otherInfo = readJsonFile(QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("evaluation.json")), &ignored);
            if (otherInfo.value(QStringLiteral("run")).isString())
                name = QFileInfo(QDir::cleanPath(otherInfo.value(QStringLiteral("run")).toString())).fileName();
            runs.push_back({name, classificationReport(readPredictions(path))});
        } catch (const Error &e) {
            notes << Report::tr("comparison: %1").arg(e.message());
        }
    }
    try {
        in.comparisonHtml = comparisonTable(runs);
    } catch (const Error &e) {
        notes << Report::tr("comparison: %1").arg(e.message());
    }

    reportProgress(options.progress, {Report::tr("Writing the report")});
    const QString htmlPath = QDir(dir).filePath(QStringLiteral("report.html"));
    QSaveFile out(htmlPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(report::renderPage(in).toUtf8()) < 0 || !out.commit())
        throw Error(Report::tr("%1: cannot write the report: %2").arg(htmlPath, out.errorString()));
    result.html = htmlPath;
    for (const report::Chart &c : in.charts)
        result.charts << c.id;
    result.notes = notes;
    return result;
}

} // namespace maskbench
