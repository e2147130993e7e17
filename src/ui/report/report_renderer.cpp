#include "report/report_renderer.h"

#include "common/error.h"
#include "common/placeholder_pixmap.h"
#include "dataset/statistics.h"
#include "eval/comparison.h"
#include "eval/evaluation.h"
#include "evaluation/evaluation_plots.h"
#include "io/csv.h"
#include "thumbnail_loader.h"
#include "training/training_panel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <cmath>

namespace maskbench::ui {
namespace {

class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString tr(const char *text) { return Report::tr(text); }

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString num4(double v) { return std::isfinite(v) ? QString::number(v, 'f', 4) : QStringLiteral("–"); }

// A number the page shows with 4 decimals and carries in full (17 digits) for tools and tests.
QString metricSpan(const QString &id, double v)
{
    return QStringLiteral("<span class=\"value\" id=\"%1\" data-value=\"%2\">%3</span>")
        .arg(id, std::isfinite(v) ? QString::number(v, 'g', 17) : QStringLiteral("nan"), num4(v));
}

QString dataUri(const QByteArray &bytes, const char *mime)
{
    return QStringLiteral("data:%1;base64,%2").arg(QLatin1String(mime), QString::fromLatin1(bytes.toBase64()));
}

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// evaluation.json's values as text: strings as they are, numbers short, anything else compact JSON.
QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 6);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << jsonText(x);
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString();
}

QJsonObject readJsonFile(const QString &path, QString *problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = tr("%1: cannot read: %2").arg(path, f.errorString());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject()) {
        *problem = error.error != QJsonParseError::NoError ? tr("%1: not valid JSON (%2 at byte %3)").arg(path, error.errorString()).arg(error.offset)
                                                          : tr("%1: not a JSON object").arg(path);
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

class PlotWriter
{
public:
    PlotWriter(const QString &folder, ReportResult &result) : m_folder(folder), m_result(result) {}

    // Saves the plot as folder/name.png (width x height pixels) and returns its data: URI.
    QString save(QCustomPlot &plot, const QString &name, int width, int height)
    {
        const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
        if (!plot.savePng(path, width, height, 1.0))
            throw Error(tr("%1: cannot write the plot (check the folder's permissions and free space)").arg(path));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(tr("%1: cannot read back the plot: %2").arg(path, f.errorString()));
        m_result.plots << path;
        return dataUri(f.readAll(), "image/png");
    }

private:
    QString m_folder;
    ReportResult &m_result;
};

// An off-screen plot with the report's look: white, no interactions.
std::unique_ptr<QCustomPlot> newPlot()
{
    auto plot = std::make_unique<QCustomPlot>();
    plot->setAttribute(Qt::WA_DontShowOnScreen);
    plot->setBackground(Qt::white);
    return plot;
}

QString figure(const QString &uri, const QString &caption, int width)
{
    return QStringLiteral("<figure><img src=\"%1\" alt=\"%2\" width=\"%3\"><figcaption>%2</figcaption></figure>\n")
        .arg(uri, esc(caption)).arg(width);
}

QString tableHtml(const QStringList &header, const QList<QStringList> &rows, const QList<QString> &rowClasses = {})
{
    QString h = QStringLiteral("<table><thead><tr>");
    for (const QString &c : header)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr></thead><tbody>\n");
    for (int r = 0; r < rows.size(); ++r) {
        const QString cls = rowClasses.value(r);
        h += cls.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(cls);
        for (int c = 0; c < rows[r].size(); ++c)
            h += c == 0 ? QStringLiteral("<td class=\"name\">%1</td>").arg(esc(rows[r][c])) : QStringLiteral("<td>%1</td>").arg(esc(rows[r][c]));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

QString thresholdName(ThresholdRule rule)
{
    switch (rule) {
    case ThresholdRule::Fixed: return tr("default");
    case ThresholdRule::BestAccuracy: return tr("best accuracy");
    case ThresholdRule::Youden: return tr("Youden's J");
    case ThresholdRule::MaxMinRecall: return tr("max-min-recall (the study's criterion)");
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

const char *kCss = R"css(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1b2631; margin: 24px auto; max-width: 1180px; padding: 0 16px; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; border-bottom: 2px solid #d6e4f0; padding-bottom: 3px; margin-top: 1.8em; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; }
.sub { color: #5d6d7e; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92em; }
th, td { border: 1px solid #d5d8dc; padding: 3px 9px; text-align: right; font-variant-numeric: tabular-nums; }
th { background: #eaf2f8; } td.name { text-align: left; } tr.study td { background: #fef5e7; font-weight: bold; } tr.avg td { font-style: italic; }
table.kv td { text-align: left; } table.kv td:first-child { font-weight: bold; background: #f4f6f7; white-space: nowrap; }
.headline { display: flex; flex-wrap: wrap; gap: 10px; margin: 1em 0; }
.headline div { border: 1px solid #d6e4f0; border-radius: 6px; padding: 6px 12px; background: #f8fbfd; }
.headline .label { display: block; font-size: 0.8em; color: #5d6d7e; } .headline .value { font-size: 1.3em; font-weight: bold; }
.row { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
figure { margin: 0.4em 0; } figure img { max-width: 100%; height: auto; border: 1px solid #e5e8e8; } figcaption { font-size: 0.85em; color: #5d6d7e; }
.notes { background: #fef9e7; border-left: 4px solid #f1c40f; padding: 6px 12px; } .notes li { margin: 2px 0; }
.errors { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
.error { border: 1px solid #e5e8e8; border-radius: 4px; padding: 6px; font-size: 0.8em; text-align: center; }
.error img { display: block; margin: 0 auto 4px; } .error .path { font-family: monospace; word-break: break-all; color: #5d6d7e; display: block; }
.error .bad { color: #c0392b; } .error b { color: #1b2631; }
footer { margin-top: 2em; font-size: 0.8em; color: #808b96; }
)css";

} // namespace

ReportResult renderReport(const QString &dirIn, const ReportOptions &options)
{
    ReportResult result;
    const QString dir = QDir(dirIn).absolutePath();
    const QString predictionsPath = options.predictions.isEmpty() ? QDir(dir).filePath(QStringLiteral("predictions.csv"))
                                                                  : QFileInfo(options.predictions).absoluteFilePath();
    if (!QFileInfo(predictionsPath).isFile())
        throw Error(tr("%1: no such file; the report needs the predictions.csv that `maskbench-cli evaluate` writes").arg(predictionsPath));
    if (!QDir().mkpath(QDir(dir).filePath(QStringLiteral("plots"))))
        throw Error(tr("%1: cannot create the plots folder").arg(QDir(dir).filePath(QStringLiteral("plots"))));

    QStringList &notes = result.notes;
    const PredictionTable table = readPredictions(predictionsPath);
    const QString predictionsDir = QFileInfo(predictionsPath).absolutePath();

    // evaluation.json: what was evaluated (run, checkpoint, split, threshold...).
    QJsonObject info;
    const QString infoPath = options.evaluationJson.isEmpty() ? QDir(predictionsDir).filePath(QStringLiteral("evaluation.json"))
                                                              : options.evaluationJson;
    if (QFileInfo::exists(infoPath)) {
        QString problem;
        info = readJsonFile(infoPath, &problem);
        if (!problem.isEmpty())
            notes << problem;
    }

    EvaluationOptions evalOptions;
    evalOptions.threshold = options.threshold;
    // The threshold the evaluation chose and saved: the metrics are those of that threshold.
    if (evalOptions.threshold.isEmpty() && table.classCount() == 2) {
        const QJsonValue t = info.value(QStringLiteral("threshold"));
        if (t.isDouble())
            evalOptions.threshold = QString::number(t.toDouble(), 'g', 17);
        else if (t.isObject() && t.toObject().value(QStringLiteral("threshold")).isDouble())
            evalOptions.threshold = QString::number(t.toObject().value(QStringLiteral("threshold")).toDouble(), 'g', 17);
        else if (t.isObject() && t.toObject().value(QStringLiteral("value")).isDouble())
            evalOptions.threshold = QString::number(t.toObject().value(QStringLiteral("value")).toDouble(), 'g', 17);
        else if (t.isString() && !t.toString().isEmpty()) {
            // A rule name ("max-min-recall") or a number as text; anything else is only noted.
            try {
                double fixed = 0.5;
                parseThresholdRule(t.toString(), &fixed);
                evalOptions.threshold = t.toString();
            } catch (const Error &e) {
                notes << tr("%1: threshold: %2; the predicted column is used as written").arg(infoPath, e.message());
            }
        }
    }
    evalOptions.sliceBy = sliceableAttributes(table);
    const Evaluation ev = evaluatePredictions(table, evalOptions);
    const ClassificationReport &r = ev.report;
    const QStringList &classes = ev.table.classes;
    result.accuracy = r.accuracy;
    for (const QString &w : ev.warnings)
        notes << w;

    // metrics.json from the same evaluation should agree; say so when it does not.
    const QString metricsPath = QDir(predictionsDir).filePath(QStringLiteral("metrics.json"));
    if (QFileInfo::exists(metricsPath)) {
        QString problem;
        const QJsonObject m = readJsonFile(metricsPath, &problem);
        if (!problem.isEmpty())
            notes << problem;
        else if (m.value(QStringLiteral("accuracy")).isDouble() && std::abs(m.value(QStringLiteral("accuracy")).toDouble() - r.accuracy) > 1e-9)
            notes << tr("%1 gives accuracy %2, this report %3 (computed from %4): was metrics.json written at another threshold?")
                         .arg(metricsPath, num4(m.value(QStringLiteral("accuracy")).toDouble()), num4(r.accuracy), predictionsPath);
    }

    // The run folder, for the training curves.
    QString runDir = options.runDir;
    const QString runNamed = info.value(QStringLiteral("run")).toString();
    if (runDir.isEmpty() && !runNamed.isEmpty()) {
        runDir = resolveExisting(runNamed, {dir, predictionsDir, QDir::currentPath()}, true);
        if (runDir.isEmpty())
            notes << tr("run folder %1 (named in %2) not found: no training curves").arg(runNamed, infoPath);
    } else if (runDir.isEmpty()) {
        // An evaluation folder inside its run folder (runs/NAME/eval-test) needs no evaluation.json.
        const QString parent = QFileInfo(predictionsDir).absolutePath();
        if (QFileInfo(QDir(parent).filePath(QStringLiteral("metrics.csv"))).isFile())
            runDir = parent;
        else
            notes << tr("no evaluation.json naming the run folder: no training curves");
    }
    RunCurves curves;
    bool haveCurves = false;
    if (!runDir.isEmpty()) {
        QString error;
        if (!QFileInfo(runDir).isDir())
            notes << tr("run folder %1: not a folder: no training curves").arg(runDir);
        else if (!readMetrics(runDir, curves, &error))
            notes << tr("run folder %1: %2: no training curves").arg(runDir, error);
        else if (curves.epochs() == 0)
            notes << tr("%1: no finished epoch yet: no training curves").arg(QDir(runDir).filePath(QStringLiteral("metrics.csv")));
        else
            haveCurves = true;
    }

    // --- plots ---------------------------------------------------------------------------------
    PlotWriter writer(QDir(dir).filePath(QStringLiteral("plots")), result);
    const int w = options.plotSize.width(), h = options.plotSize.height();
    QString matrixUri, rocUri, prUri, reliabilityUri, accUri, lossUri;
    {
        auto plot = newPlot();
        QCPTextElement *title = setupMatrixPlot(plot.get(), QString());
        title->setText(ev.threshold ? tr("Confusion matrix at threshold %1 (%2 predictions)").arg(ev.threshold->threshold, 0, 'f', 3).arg(formatCount(r.matrix.total()))
                                    : tr("Confusion matrix (%1 predictions)").arg(formatCount(r.matrix.total())));
        drawConfusionMatrix(plot.get(), r.matrix, true);
        auto *subtitle = new QCPTextElement(plot.get(), tr("cells: row % (share of the actual class), count; colour: row %"),
                                            QFont(plot->font().family(), 8));
        subtitle->setTextColor(QColor(0x5d, 0x6d, 0x7e));
        plot->plotLayout()->insertRow(1);
        plot->plotLayout()->addElement(1, 0, subtitle);
        matrixUri = writer.save(*plot, QStringLiteral("confusion_matrix"), h, h);
    }
    {
        auto roc = newPlot(), pr = newPlot();
        setupRankingPlots(roc.get(), pr.get());
        drawRankingCurves(roc.get(), pr.get(), ev.ranking, classes);
        if (ev.ranking.binary && r.perClass.size() == 2) {
            for (QCustomPlot *plot : {roc.get(), pr.get()}) {
                auto *point = plot->addGraph();
                point->setLineStyle(QCPGraph::lsNone);
                point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(0xc0, 0x39, 0x2b), QColor(0xc0, 0x39, 0x2b), 9));
                point->setName(ev.threshold ? tr("threshold %1").arg(ev.threshold->threshold, 0, 'f', 3) : tr("predictions as written"));
                if (plot == roc.get())
                    point->setData({1.0 - r.perClass[0].recall}, {r.perClass[1].recall});
                else
                    point->setData({r.perClass[1].recall}, {r.perClass[1].precision});
            }
        }
        rocUri = writer.save(*roc, QStringLiteral("roc"), h, h);
        prUri = writer.save(*pr, QStringLiteral("pr"), h, h);
    }
    {
        auto plot = newPlot();
        setupReliabilityPlot(plot.get());
        drawReliability(plot.get(), ev.calibration);
        reliabilityUri = writer.save(*plot, QStringLiteral("reliability"), w, h);
    }
    if (haveCurves) {
        for (bool accuracy : {true, false}) {
            auto plot = newPlot();
            addPlotTitle(plot.get(), accuracy ? tr("Training: accuracy per epoch") : tr("Training: loss per epoch"));
            drawTrainingCurves(plot.get(), curves, accuracy);
            (accuracy ? accUri : lossUri) = writer.save(*plot, accuracy ? QStringLiteral("training_accuracy") : QStringLiteral("training_loss"), w, h);
        }
    }
    QStringList sliceUris;
    for (const SliceTable &s : ev.slices) {
        if (s.rows.size() > 16 || s.rows.empty()) {
            sliceUris << QString();
            continue;
        }
        auto plot = newPlot();
        addPlotTitle(plot.get(), tr("Accuracy and recall by %1").arg(s.attribute));
        drawSliceBars(plot.get(), s);
        QString safe = s.attribute;
        safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
        const int width = std::max(w, int(s.rows.size()) * (40 + 22 * int(classes.size())) + 120);
        sliceUris << writer.save(*plot, QStringLiteral("slice_%1").arg(safe), width, h);
    }

    // --- misclassified thumbnails --------------------------------------------------------------
    const QString dataFile = info.value(QStringLiteral("data")).toString();
    QStringList imageBases = {predictionsDir, dir};
    if (!dataFile.isEmpty()) {
        const QString data = resolveExisting(dataFile, {dir, predictionsDir, QDir::currentPath()}, false);
        if (!data.isEmpty())
            imageBases << QFileInfo(data).absolutePath();
        else if (const QString d = resolveExisting(dataFile, {dir, predictionsDir, QDir::currentPath()}, true); !d.isEmpty())
            imageBases << d;
    }
    imageBases << QDir::currentPath();
    const int shownErrors = std::min<int>(options.topErrors, int(ev.errors.size()));
    const int edge = options.thumbnailEdge;
    int unreadable = 0;
    QString errorsHtml;
    for (int i = 0; i < shownErrors; ++i) {
        const Misclassified &e = ev.errors[size_t(i)];
        QString problem;
        QImage thumb;
        const QString file = resolveExisting(e.path, imageBases, false);
        if (file.isEmpty())
            problem = tr("file not found");
        else
            thumb = ThumbnailLoader::decodeThumbnail(file, edge, &problem);
        QString uri;
        if (thumb.isNull()) {
            ++unreadable;
            if (problem.isEmpty())
                problem = tr("unreadable");
            uri = dataUri(encode(placeholderPixmap(edge, QColor(0xea, 0xed, 0xed), tr("no image")).toImage(), "PNG"), "image/png");
        } else {
            uri = dataUri(encode(thumb.convertToFormat(QImage::Format_RGB888), "JPEG", 85), "image/jpeg");
        }
        errorsHtml += QStringLiteral("<div class=\"error\" data-rank=\"%1\"><img src=\"%2\" alt=\"%3\" width=\"%4\" height=\"%5\">"
                                     "%1. actual <b>%6</b>, predicted <b>%7</b><br>p(%7) = %8"
                                     "<span class=\"path\">%9</span>%10</div>\n")
                          .arg(i + 1)
                          .arg(uri, esc(QFileInfo(e.path).fileName()))
                          .arg(thumb.isNull() ? edge : thumb.width())
                          .arg(thumb.isNull() ? edge : thumb.height())
                          .arg(esc(classes[e.actual]), esc(classes[e.predicted]), num4(e.confidence), esc(e.path),
                               thumb.isNull() ? QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(problem)) : QString());
    }
    if (unreadable > 0)
        notes << tr("%1 of %2 misclassified images could not be shown (missing or unreadable files): a placeholder stands in for each, with the reason")
                     .arg(unreadable).arg(shownErrors);

    // --- comparison ----------------------------------------------------------------------------
    const QString runName = !runNamed.isEmpty() ? QFileInfo(QDir::cleanPath(runNamed)).fileName()
                                                : (!runDir.isEmpty() ? QFileInfo(runDir).fileName() : QFileInfo(dir).fileName());
    std::vector<ComparisonRun> runs = {{runName, r}};
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
            notes << tr("comparison: %1").arg(e.message());
        }
    }
    QString comparisonHtml;
    try {
        // Core's table (the study's Figure 4.4 layout), through its CSV so the rows are core's.
        QTemporaryDir tmp;
        const QString csvPath = QDir(tmp.path()).filePath(QStringLiteral("comparison.csv"));
        writeComparisonCsv(runs, csvPath);
        const CsvTable csv = readCsv(csvPath);
        QList<QStringList> rows;
        for (const CsvRow &row : csv.rows) {
            QStringList cells = {row.fields.value(0)};
            for (int c = 1; c < row.fields.size(); ++c) {
                bool ok = false;
                const double v = row.fields[c].toDouble(&ok);
                cells << (ok && row.fields[0] != QCoreApplication::translate("Comparison", "items") && v <= 1.0 ? QStringLiteral("%1%").arg(100.0 * v, 0, 'f', 2) : row.fields[c]);
            }
            rows << cells;
        }
        comparisonHtml = tableHtml(csv.header, rows);
    } catch (const Error &e) {
        notes << tr("comparison: %1").arg(e.message());
    }

    // --- the page ------------------------------------------------------------------------------
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>%1</title>\n<style>%2</style></head><body>\n")
                .arg(esc(tr("Evaluation report: %1").arg(runName)), QString::fromUtf8(kCss));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"sub\">%2</p>\n")
                .arg(esc(tr("Evaluation report: %1").arg(runName)),
                     esc(tr("%1 predictions, classes %2 (class 0 = negative)").arg(formatCount(r.matrix.total()), classes.join(QStringLiteral(", ")))));

    // Run summary.
    QList<QStringList> summary;
    auto addInfo = [&](const QString &label, const QString &key) {
        const QString v = jsonText(info.value(key));
        if (!v.isEmpty())
            summary << QStringList{label, v};
    };
    addInfo(tr("Run"), QStringLiteral("run"));
    addInfo(tr("Model"), QStringLiteral("model"));
    addInfo(tr("Checkpoint"), QStringLiteral("checkpoint"));
    addInfo(tr("Split"), QStringLiteral("split"));
    addInfo(tr("Data"), QStringLiteral("data"));
    addInfo(tr("Threshold (evaluation)"), QStringLiteral("threshold"));
    addInfo(tr("Evaluated"), QStringLiteral("created"));
    summary << QStringList{tr("Predictions"), predictionsPath};
    // Coverage next to accuracy: images the model gave no answer for count against it.
    if (const std::optional<AnswerCoverage> c = readStoredCoverage(predictionsPath); c && c->answered == r.matrix.total()) {
        const double correct = r.accuracy * double(c->answered);
        summary << QStringList{tr("Coverage"), tr("%1 of %2 images answered (%3%)").arg(formatCount(c->answered), formatCount(c->given))
                                                   .arg(100.0 * c->coverage(), 0, 'f', 1)}
                << QStringList{tr("Accuracy counting unanswered as errors"),
                               tr("%1 (on the answered ones: %2)").arg(num4(c->given > 0 ? correct / double(c->given) : 0.0), num4(r.accuracy))};
    }
    if (const QString method = info.value(QStringLiteral("face_method")).toString(); !method.isEmpty())
        summary << QStringList{tr("Faces"), info.value(QStringLiteral("borrowed_landmarks")).toBool()
                                                ? tr("found with the %1 method on each image; training aligned masked copies with their "
                                                     "unmasked original's landmarks").arg(method)
                                                : tr("found with the %1 method on each image").arg(method)};
    summary << QStringList{tr("Classes"), classes.join(QStringLiteral(", "))};
    summary << QStringList{tr("Metrics at"), ev.threshold ? tr("threshold %1 on p(%2)").arg(num4(ev.threshold->threshold), classes.value(1))
                                                          : tr("the predicted column as written")};
    if (haveCurves)
        summary << QStringList{tr("Training"), tr("%1 epochs; best epoch %2, validation accuracy %3").arg(curves.epochs()).arg(curves.bestEpoch).arg(num4(curves.bestValAccuracy))};
    summary << QStringList{tr("Report written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Run")));
    {
        QString kv = QStringLiteral("<table class=\"kv\"><tbody>\n");
        for (const QStringList &row : summary)
            kv += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(row[0]), esc(row[1]));
        html += kv + QStringLiteral("</tbody></table>\n");
    }
    if (!notes.isEmpty()) {
        html += QStringLiteral("<div class=\"notes\"><b>%1</b><ul>\n").arg(esc(tr("Notes")));
        for (const QString &n : notes)
            html += QStringLiteral("<li>%1</li>\n").arg(esc(n));
        html += QStringLiteral("</ul></div>\n");
    }

    // Headline numbers.
    auto tile = [](const QString &label, const QString &value) {
        return QStringLiteral("<div><span class=\"label\">%1</span>%2</div>").arg(esc(label), value);
    };
    html += QStringLiteral("<div class=\"headline\">") + tile(tr("accuracy"), metricSpan(QStringLiteral("accuracy"), r.accuracy))
            + tile(tr("balanced accuracy"), metricSpan(QStringLiteral("balanced-accuracy"), r.balancedAccuracy))
            + tile(tr("min recall"), metricSpan(QStringLiteral("min-recall"), r.minRecall))
            + tile(tr("macro F1"), metricSpan(QStringLiteral("macro-f1"), r.macro.f1))
            + tile(tr("ROC AUC"), metricSpan(QStringLiteral("roc-auc"), ev.ranking.rocAuc()))
            + tile(tr("average precision"), metricSpan(QStringLiteral("average-precision"), ev.ranking.averagePrecision()))
            + tile(tr("ECE"), metricSpan(QStringLiteral("ece"), ev.calibration.expectedError))
            + tile(tr("misclassified"), QStringLiteral("<span class=\"value\">%1</span>").arg(formatCount(qint64(ev.errors.size()))))
            + QStringLiteral("</div>\n");

    // Matrix and per-class table.
    html += QStringLiteral("<h2>%1</h2>\n<div class=\"row\">").arg(esc(tr("Confusion matrix and per-class metrics")));
    html += figure(matrixUri, tr("Confusion matrix: rows actual, columns predicted (scikit-learn's layout)"), 460);
    {
        QList<QStringList> rows;
        QList<QString> cls;
        for (int c = 0; c < classes.size(); ++c) {
            const ClassScores &s = r.perClass[size_t(c)];
            rows << QStringList{classes[c], num4(s.precision), num4(s.recall), num4(s.f1), formatCount(s.support), formatCount(s.predicted)};
            cls << QString();
        }
        rows << QStringList{tr("macro avg"), num4(r.macro.precision), num4(r.macro.recall), num4(r.macro.f1), formatCount(r.macro.support), QString()};
        rows << QStringList{tr("weighted avg"), num4(r.weighted.precision), num4(r.weighted.recall), num4(r.weighted.f1), formatCount(r.weighted.support), QString()};
        cls << QStringLiteral("avg") << QStringLiteral("avg");
        html += QStringLiteral("<div>") + tableHtml({tr("class"), tr("precision"), tr("recall"), tr("F1"), tr("support"), tr("predicted")}, rows, cls);
        if (!ev.thresholds.empty()) {
            QList<QStringList> trows;
            QList<QString> tcls;
            for (const ThresholdChoice &t : ev.thresholds) {
                trows << QStringList{thresholdName(t.rule), num4(t.threshold), num4(t.accuracy), num4(t.recall[0]), num4(t.recall[1]),
                                     num4(t.precision[0]), num4(t.precision[1]), num4(t.minRecall), num4(t.youdenJ)};
                tcls << (t.rule == ThresholdRule::MaxMinRecall ? QStringLiteral("study") : QString());
            }
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Thresholds on p(%1)").arg(classes.value(1))));
            html += tableHtml({tr("rule"), tr("threshold"), tr("accuracy"), tr("recall %1").arg(classes.value(0)), tr("recall %1").arg(classes.value(1)),
                               tr("precision %1").arg(classes.value(0)), tr("precision %1").arg(classes.value(1)), tr("min recall"), tr("Youden's J")},
                              trows, tcls);
        }
        html += QStringLiteral("</div>");
    }
    html += QStringLiteral("</div>\n");

    // Curves.
    html += QStringLiteral("<h2>%1</h2>\n<div class=\"row\">").arg(esc(tr("ROC, precision–recall and calibration")));
    html += figure(rocUri, tr("ROC curve, AUC %1").arg(num4(ev.ranking.rocAuc())), 420);
    html += figure(prUri, tr("Precision–recall curve, average precision %1").arg(num4(ev.ranking.averagePrecision())), 420);
    html += figure(reliabilityUri, tr("Reliability diagram (top-label confidence), ECE %1").arg(num4(ev.calibration.expectedError)), 480);
    html += QStringLiteral("</div>\n");

    // Training.
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Training curves")));
    if (haveCurves) {
        html += QStringLiteral("<div class=\"row\">") + figure(accUri, tr("Accuracy per epoch, train and validation"), 520)
                + figure(lossUri, tr("Loss per epoch, train and validation"), 520) + QStringLiteral("</div>\n");
    } else {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No training curves: see the notes above.")));
    }

    // Slices.
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Metrics by slice")));
    if (ev.slices.empty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The predictions carry no attributes to group by.")));
    for (size_t i = 0; i < ev.slices.size(); ++i) {
        const SliceTable &s = ev.slices[i];
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(s.binning.isEmpty() ? tr("By %1").arg(s.attribute) : tr("By %1 (%2)").arg(s.attribute, s.binning)));
        QStringList header = {s.attribute, tr("count"), tr("accuracy"), tr("balanced acc.")};
        for (const QString &c : s.classes)
            header << tr("recall %1").arg(c);
        header << tr("min recall");
        QList<QStringList> rows;
        for (const SliceRow &row : s.rows) {
            QStringList cells = {row.value, formatCount(row.count), num4(row.report.accuracy), num4(row.report.balancedAccuracy)};
            for (const ClassScores &c : row.report.perClass)
                cells << (c.support > 0 ? num4(c.recall) : QStringLiteral("–"));
            cells << num4(row.report.minRecall);
            rows << cells;
        }
        html += QStringLiteral("<div class=\"row\"><div>") + tableHtml(header, rows);
        if (s.rows.size() > 1)
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("Largest accuracy gap between groups of at least 10 images: %1.").arg(num4(s.accuracyGap(10)))));
        html += QStringLiteral("</div>");
        if (!sliceUris.value(int(i)).isEmpty())
            html += figure(sliceUris[int(i)], tr("Accuracy and recall per class by %1").arg(s.attribute), 560);
        html += QStringLiteral("</div>\n");
    }

    // Comparison.
    if (!comparisonHtml.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Comparison table")));
        html += comparisonHtml;
    }

    // Errors.
    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                .arg(esc(tr("Most confident misclassifications")),
                     esc(tr("The %1 of %2 misclassified images the model was surest about, most confident first.").arg(shownErrors).arg(formatCount(qint64(ev.errors.size())))));
    html += QStringLiteral("<div class=\"errors\">\n") + errorsHtml + QStringLiteral("</div>\n");
    html += QStringLiteral("<footer>%1</footer>\n</body></html>\n")
                .arg(esc(tr("Written by MaskBench. Metrics as scikit-learn 1.2 defines them; every picture is embedded in this file.")));

    const QString htmlPath = QDir(dir).filePath(QStringLiteral("report.html"));
    QSaveFile out(htmlPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(html.toUtf8()) < 0 || !out.commit())
        throw Error(tr("%1: cannot write the report: %2").arg(htmlPath, out.errorString()));
    result.html = htmlPath;
    return result;
}

} // namespace maskbench::ui
