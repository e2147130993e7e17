// The report's page: run summary, headline numbers, tables and the charts, in reading order.

#include "core/report/report_p.h"

#include "core/dataset/statistics.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace maskbench::report {
namespace {

// A number the page shows with 4 decimals and carries in full (17 digits) for tools and tests.
QString metricSpan(const QString &id, double v)
{
    return QStringLiteral("<span class=\"value\" id=\"%1\" data-value=\"%2\">%3</span>")
        .arg(id, std::isfinite(v) ? QString::number(v, 'g', 17) : QStringLiteral("nan"), num4(v));
}

// evaluation.json's values as text: strings as they are, numbers short, lists joined.
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

QString figure(const Chart &chart)
{
    return QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n").arg(chart.svg, esc(chart.caption));
}

const Chart *findChart(const PageInputs &in, const QString &id)
{
    for (const Chart &c : in.charts)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString thresholdName(ThresholdRule rule)
{
    switch (rule) {
    case ThresholdRule::Fixed: return Report::tr("default");
    case ThresholdRule::BestAccuracy: return Report::tr("best accuracy");
    case ThresholdRule::Youden: return Report::tr("Youden's J");
    case ThresholdRule::MaxMinRecall: return Report::tr("max-min-recall (the study's criterion)");
    }
    return QString();
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
figure { margin: 0.4em 0; } figure svg { max-width: 100%; height: auto; border: 1px solid #e5e8e8; display: block; } figcaption { font-size: 0.85em; color: #5d6d7e; }
.notes { background: #fef9e7; border-left: 4px solid #f1c40f; padding: 6px 12px; } .notes li { margin: 2px 0; }
.errors { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
.error { border: 1px solid #e5e8e8; border-radius: 4px; padding: 6px; font-size: 0.8em; text-align: center; }
.error img { display: block; margin: 0 auto 4px; } .error .path { font-family: monospace; word-break: break-all; color: #5d6d7e; display: block; }
.error .bad { color: #c0392b; } .error b { color: #1b2631; }
footer { margin-top: 2em; font-size: 0.8em; color: #808b96; }
)css";

} // namespace

QString tableHtml(const QStringList &header, const QList<QStringList> &rows, const QList<QString> &rowClasses)
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

QString describeModel(const QJsonValue &model)
{
    if (!model.isObject())
        return jsonText(model);
    const QJsonObject o = model.toObject();
    QStringList parts;
    if (const QString name = o.value(QStringLiteral("name")).toString(); !name.isEmpty())
        parts << name;
    if (const int size = o.value(QStringLiteral("input_size")).toInt(); size > 0)
        parts << Report::tr("%1×%1 px input").arg(size);
    if (const QString head = o.value(QStringLiteral("head")).toString(); !head.isEmpty())
        parts << Report::tr("%1 head").arg(head);
    if (const int hidden = o.value(QStringLiteral("hidden_units")).toInt(); hidden > 0)
        parts << Report::tr("%1 hidden units").arg(hidden);
    if (o.value(QStringLiteral("dropout")).isDouble())
        parts << Report::tr("dropout %1").arg(o.value(QStringLiteral("dropout")).toDouble());
    if (const int classes = o.value(QStringLiteral("classes")).toInt(); classes > 0)
        parts << Report::tr("%1 classes").arg(classes);
    if (o.value(QStringLiteral("pretrained")).isBool())
        parts << (o.value(QStringLiteral("pretrained")).toBool() ? Report::tr("pretrained weights") : Report::tr("random initial weights"));
    return parts.isEmpty() ? jsonText(model) : parts.join(QStringLiteral(", "));
}

QString describeThreshold(const QJsonValue &t)
{
    if (!t.isObject())
        return jsonText(t);
    const QJsonObject o = t.toObject();
    const QJsonValue value = o.contains(QStringLiteral("value")) ? o.value(QStringLiteral("value")) : o.value(QStringLiteral("threshold"));
    const QString rule = o.value(QStringLiteral("rule")).toString();
    const QString source = o.value(QStringLiteral("source")).toString();
    QString text = value.isDouble() ? num4(value.toDouble()) : jsonText(value);
    if (!rule.isEmpty())
        text = text.isEmpty() ? rule : Report::tr("%1 (%2)").arg(text, rule);
    if (!source.isEmpty())
        text += QStringLiteral("; ") + source;
    return text;
}

QString renderPage(const PageInputs &in)
{
    const Evaluation &ev = in.evaluation;
    const ClassificationReport &r = ev.report;
    const QStringList &classes = ev.table.classes;
    const QJsonObject &info = in.info;

    QString html;
    const QString heading = Report::tr("Evaluation report: %1").arg(in.runName);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n<title>%2</title>\n<style>%3</style></head><body>\n")
                .arg(Report::tr("en", "the page's language code"), esc(heading), QString::fromUtf8(kCss));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"sub\">%2</p>\n")
                .arg(esc(heading), esc(Report::tr("%1 predictions, classes %2 (class 0 = negative)").arg(formatCount(r.matrix.total()), classes.join(QStringLiteral(", ")))));

    // Run summary.
    QList<QStringList> summary;
    auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            summary << QStringList{label, value};
    };
    add(Report::tr("Run"), jsonText(info.value(QStringLiteral("run"))));
    add(Report::tr("Model"), describeModel(info.value(QStringLiteral("model"))));
    if (const QJsonArray members = info.value(QStringLiteral("members")).toArray(); members.size() > 1) {
        QStringList list;
        for (const QJsonValue &m : members)
            list << Report::tr("%1 (%2)").arg(m.toObject().value(QStringLiteral("run")).toString(), describeModel(m.toObject().value(QStringLiteral("model"))));
        add(Report::tr("Ensemble of"), list.join(QStringLiteral("; ")));
    }
    add(Report::tr("Checkpoint"), jsonText(info.value(QStringLiteral("checkpoint"))));
    add(Report::tr("Split"), jsonText(info.value(QStringLiteral("split"))));
    add(Report::tr("Data"), jsonText(info.value(QStringLiteral("data"))));
    add(Report::tr("Threshold (evaluation)"), describeThreshold(info.value(QStringLiteral("threshold"))));
    add(Report::tr("Evaluated"), jsonText(info.value(QStringLiteral("created"))));
    add(Report::tr("Predictions"), in.predictionsPath);
    // Coverage next to accuracy: images the model gave no answer for count against it.
    if (const std::optional<AnswerCoverage> c = readStoredCoverage(in.predictionsPath); c && c->answered == r.matrix.total()) {
        const double correct = r.accuracy * double(c->answered);
        add(Report::tr("Coverage"), Report::tr("%1 of %2 images answered (%3%)").arg(formatCount(c->answered), formatCount(c->given)).arg(100.0 * c->coverage(), 0, 'f', 1));
        add(Report::tr("Accuracy counting unanswered as errors"),
            Report::tr("%1 (on the answered ones: %2)").arg(num4(c->given > 0 ? correct / double(c->given) : 0.0), num4(r.accuracy)));
    }
    if (const QString method = info.value(QStringLiteral("face_method")).toString(); !method.isEmpty())
        add(Report::tr("Faces"), info.value(QStringLiteral("borrowed_landmarks")).toBool()
                                     ? Report::tr("found with the %1 method on each image; training aligned masked copies with their "
                                                  "unmasked original's landmarks").arg(method)
                                     : Report::tr("found with the %1 method on each image").arg(method));
    add(Report::tr("Classes"), classes.join(QStringLiteral(", ")));
    add(Report::tr("Metrics at"), ev.threshold ? Report::tr("threshold %1 on p(%2)").arg(num4(ev.threshold->threshold), classes.value(1))
                                               : Report::tr("the predicted column as written"));
    if (in.haveCurves)
        add(Report::tr("Training"), Report::tr("%1 epochs; best epoch %2, validation accuracy %3").arg(in.curves.epochs()).arg(in.curves.bestEpoch).arg(num4(in.curves.bestValAccuracy)));
    add(Report::tr("Report written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    html += QStringLiteral("<h2>%1</h2>\n<table class=\"kv\"><tbody>\n").arg(esc(Report::tr("Run")));
    for (const QStringList &row : summary)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(row[0]), esc(row[1]));
    html += QStringLiteral("</tbody></table>\n");
    if (!in.notes.isEmpty()) {
        html += QStringLiteral("<div class=\"notes\"><b>%1</b><ul>\n").arg(esc(Report::tr("Notes")));
        for (const QString &n : in.notes)
            html += QStringLiteral("<li>%1</li>\n").arg(esc(n));
        html += QStringLiteral("</ul></div>\n");
    }

    // Headline numbers.
    auto tile = [](const QString &label, const QString &value) { return QStringLiteral("<div><span class=\"label\">%1</span>%2</div>").arg(esc(label), value); };
    html += QStringLiteral("<div class=\"headline\">") + tile(Report::tr("accuracy"), metricSpan(QStringLiteral("accuracy"), r.accuracy))
            + tile(Report::tr("balanced accuracy"), metricSpan(QStringLiteral("balanced-accuracy"), r.balancedAccuracy))
            + tile(Report::tr("min recall"), metricSpan(QStringLiteral("min-recall"), r.minRecall))
            + tile(Report::tr("macro F1"), metricSpan(QStringLiteral("macro-f1"), r.macro.f1))
            + tile(Report::tr("ROC AUC"), metricSpan(QStringLiteral("roc-auc"), ev.ranking.rocAuc()))
            + tile(Report::tr("average precision"), metricSpan(QStringLiteral("average-precision"), ev.ranking.averagePrecision()))
            + tile(Report::tr("ECE"), metricSpan(QStringLiteral("ece"), ev.calibration.expectedError))
            + tile(Report::tr("misclassified"), QStringLiteral("<span class=\"value\" id=\"misclassified\">%1</span>").arg(formatCount(qint64(ev.errors.size()))))
            + QStringLiteral("</div>\n");

    // Matrix and per-class table.
    html += QStringLiteral("<h2>%1</h2>\n<div class=\"row\">").arg(esc(Report::tr("Confusion matrix and per-class metrics")));
    if (const Chart *c = findChart(in, QStringLiteral("confusion-matrix")))
        html += figure(*c);
    {
        QList<QStringList> rows;
        QList<QString> cls;
        for (int c = 0; c < classes.size(); ++c) {
            const ClassScores &s = r.perClass[size_t(c)];
            rows << QStringList{classes[c], num4(s.precision), num4(s.recall), num4(s.f1), formatCount(s.support), formatCount(s.predicted)};
            cls << QString();
        }
        rows << QStringList{Report::tr("macro avg"), num4(r.macro.precision), num4(r.macro.recall), num4(r.macro.f1), formatCount(r.macro.support), QString()};
        rows << QStringList{Report::tr("weighted avg"), num4(r.weighted.precision), num4(r.weighted.recall), num4(r.weighted.f1), formatCount(r.weighted.support), QString()};
        cls << QStringLiteral("avg") << QStringLiteral("avg");
        html += QStringLiteral("<div>")
                + tableHtml({Report::tr("class"), Report::tr("precision"), Report::tr("recall"), Report::tr("F1"), Report::tr("support"), Report::tr("predicted")}, rows, cls);
        if (!ev.thresholds.empty()) {
            QList<QStringList> trows;
            QList<QString> tcls;
            for (const ThresholdChoice &t : ev.thresholds) {
                trows << QStringList{thresholdName(t.rule), num4(t.threshold), num4(t.accuracy), num4(t.recall[0]), num4(t.recall[1]),
                                     num4(t.precision[0]), num4(t.precision[1]), num4(t.minRecall), num4(t.youdenJ)};
                tcls << (t.rule == ThresholdRule::MaxMinRecall ? QStringLiteral("study") : QString());
            }
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(Report::tr("Thresholds on p(%1)").arg(classes.value(1))));
            html += tableHtml({Report::tr("rule"), Report::tr("threshold"), Report::tr("accuracy"), Report::tr("recall %1").arg(classes.value(0)),
                               Report::tr("recall %1").arg(classes.value(1)), Report::tr("precision %1").arg(classes.value(0)),
                               Report::tr("precision %1").arg(classes.value(1)), Report::tr("min recall"), Report::tr("Youden's J")},
                              trows, tcls);
        }
        html += QStringLiteral("</div>");
    }
    html += QStringLiteral("</div>\n");

    // Curves.
    html += QStringLiteral("<h2>%1</h2>\n<div class=\"row\">").arg(esc(Report::tr("ROC, precision–recall and calibration")));
    for (const char *id : {"roc", "pr", "reliability"})
        if (const Chart *c = findChart(in, QLatin1String(id)))
            html += figure(*c);
    html += QStringLiteral("</div>\n");

    // Training.
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(Report::tr("Training curves")));
    const Chart *acc = findChart(in, QStringLiteral("training-accuracy")), *loss = findChart(in, QStringLiteral("training-loss"));
    if (acc && loss)
        html += QStringLiteral("<div class=\"row\">") + figure(*acc) + figure(*loss) + QStringLiteral("</div>\n");
    else
        html += QStringLiteral("<p>%1</p>\n").arg(esc(Report::tr("No training curves: see the notes above.")));

    // Slices.
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(Report::tr("Metrics by slice")));
    if (ev.slices.empty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(Report::tr("The predictions carry no attributes to group by.")));
    for (const SliceTable &s : ev.slices) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(s.binning.isEmpty() ? Report::tr("By %1").arg(s.attribute) : Report::tr("By %1 (%2)").arg(s.attribute, s.binning)));
        QStringList header = {s.attribute, Report::tr("count"), Report::tr("accuracy"), Report::tr("balanced acc.")};
        for (const QString &c : s.classes)
            header << Report::tr("recall %1").arg(c);
        header << Report::tr("min recall");
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
            html += QStringLiteral("<p>%1</p>").arg(esc(Report::tr("Largest accuracy gap between groups of at least 10 images: %1.").arg(num4(s.accuracyGap(10)))));
        html += QStringLiteral("</div>");
        if (const Chart *c = findChart(in, sliceChartId(s.attribute)))
            html += figure(*c);
        html += QStringLiteral("</div>\n");
    }

    if (!in.comparisonHtml.isEmpty())
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(Report::tr("Comparison table"))) + in.comparisonHtml;

    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                .arg(esc(Report::tr("Most confident misclassifications")),
                     esc(Report::tr("The %1 of %2 misclassified images the model was surest about, most confident first.").arg(in.shownErrors).arg(formatCount(qint64(ev.errors.size())))));
    html += QStringLiteral("<div class=\"errors\">\n") + in.errorsHtml + QStringLiteral("</div>\n");
    html += QStringLiteral("<footer>%1</footer>\n</body></html>\n")
                .arg(esc(Report::tr("Written by MaskBench. Metrics as scikit-learn 1.2 defines them; every chart and picture is embedded in this file.")));
    return html;
}

} // namespace maskbench::report
