#include "ui/evaluation/evaluation_plots.h"

#include "core/dataset/statistics.h"

#include <QCoreApplication>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace maskbench::ui {
namespace {

class EvaluationPlots
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationPlots)
};

const QColor kClassColours[] = {QColor(0x2e, 0x86, 0xc1), QColor(0xe6, 0x7e, 0x22), QColor(0x27, 0xae, 0x60),
                                QColor(0x8e, 0x44, 0xad), QColor(0xc0, 0x39, 0x2b), QColor(0x16, 0xa0, 0x85)};

QFont smallerFont(const QCustomPlot *plot, double factor)
{
    QFont f = plot->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    return f;
}

// Ticks 0, 0.2, ..., 1 and none above: the space over 1.0 is for the legend.
QSharedPointer<QCPAxisTickerText> unitTicker()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i <= 5; ++i)
        ticker->addTick(i * 0.2, QString::number(i * 0.2, 'g', 2));
    return ticker;
}

// Clears what a draw function put there, keeping the title and the axes' set-up.
void clearDrawing(QCustomPlot *plot)
{
    plot->clearItems();
    plot->clearPlottables();
}

} // namespace

QColor classColour(int i) { return kClassColours[i % 6]; }

QString fixed3(double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("–"); }

// QCPCurve draws every point it holds, and a test set of 50,000 images has a ROC point per
// distinct score; the AUC and AP shown are core's, on the full curves.
QVector<double> thinned(const std::vector<double> &values, int maxPoints)
{
    const size_t n = values.size();
    if (n <= size_t(maxPoints))
        return QVector<double>(values.begin(), values.end());
    QVector<double> out;
    out.reserve(maxPoints);
    const double step = double(n - 1) / double(maxPoints - 1);
    for (int k = 0; k < maxPoints; ++k)
        out << values[k + 1 == maxPoints ? n - 1 : size_t(std::llround(k * step))];
    return out;
}

QCPTextElement *addPlotTitle(QCustomPlot *plot, const QString &text)
{
    plot->plotLayout()->insertRow(0);
    auto *title = new QCPTextElement(plot, text, QFont(plot->font().family(), 10, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, title);
    return title;
}

void setupCurvePlot(QCustomPlot *plot, const QString &x, const QString &y)
{
    plot->setMinimumSize(220, 200);
    plot->xAxis->setLabel(x);
    plot->yAxis->setLabel(y);
    // A little room at both ends: a curve along x = 1 or y = 0 must not hide under the axis.
    plot->xAxis->setRange(-0.01, 1.01);
    plot->yAxis->setRange(-0.01, 1.02);
    plot->legend->setVisible(true);
    plot->legend->setFont(smallerFont(plot, 0.85));
    plot->legend->setBrush(QColor(255, 255, 255, 210));
}

void setupRankingPlots(QCustomPlot *roc, QCustomPlot *pr)
{
    // ROC curves rise on the left: the bottom right stays free; PR curves fall on the right.
    if (roc) {
        setupCurvePlot(roc, EvaluationPlots::tr("False positive rate"), EvaluationPlots::tr("True positive rate"));
        addPlotTitle(roc, EvaluationPlots::tr("ROC curve"));
        roc->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    }
    if (pr) {
        setupCurvePlot(pr, EvaluationPlots::tr("Recall"), EvaluationPlots::tr("Precision"));
        addPlotTitle(pr, EvaluationPlots::tr("Precision–recall curve"));
        pr->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    }
}

void setupReliabilityPlot(QCustomPlot *plot)
{
    setupCurvePlot(plot, EvaluationPlots::tr("Confidence (probability of the predicted class)"), EvaluationPlots::tr("Accuracy"));
    addPlotTitle(plot, EvaluationPlots::tr("Reliability diagram"));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    // The legend gets a band above 1.0 of its own: bars of an under-confident model reach the top
    // left, where it stands.
    plot->yAxis->setTicker(unitTicker());
    plot->yAxis->setSubTicks(false);
    plot->yAxis->setRange(-0.01, 1.3);
}

QCPTextElement *setupMatrixPlot(QCustomPlot *plot, const QString &title)
{
    plot->setMinimumSize(260, 240);
    QCPTextElement *element = addPlotTitle(plot, title);
    plot->xAxis->setLabel(EvaluationPlots::tr("Predicted"));
    plot->yAxis->setLabel(EvaluationPlots::tr("Actual"));
    plot->yAxis->setRangeReversed(true); // class 0 on top, as scikit-learn draws it
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setVisible(false);
    return element;
}

void drawConfusionMatrix(QCustomPlot *plot, const ConfusionMatrix &cm, bool normalised, std::optional<std::pair<int, int>> highlight)
{
    clearDrawing(plot);
    const int k = cm.size();
    const auto rows = cm.rowNormalised();

    auto *map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(k, k);
    map->data()->setRange(QCPRange(0, k - 1), QCPRange(0, k - 1));
    double maxValue = 0;
    for (int a = 0; a < k; ++a) {
        for (int p = 0; p < k; ++p) {
            const double v = normalised ? rows[size_t(a)][size_t(p)] : double(cm.at(a, p));
            map->data()->setCell(p, a, v);
            maxValue = std::max(maxValue, v);
        }
    }
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0xf7, 0xfb, 0xff));
    gradient.setColorStopAt(0.5, QColor(0x6b, 0xae, 0xd6));
    gradient.setColorStopAt(1.0, QColor(0x08, 0x30, 0x6b));
    map->setGradient(gradient);
    map->setInterpolate(false);
    map->setDataRange(QCPRange(0, normalised ? 1.0 : std::max(1.0, maxValue)));

    QFont cellFont = plot->font();
    cellFont.setBold(true);
    if (k > 6)
        cellFont.setPointSizeF(cellFont.pointSizeF() * 0.8);
    for (int a = 0; a < k; ++a) {
        for (int p = 0; p < k; ++p) {
            const qint64 n = cm.at(a, p);
            const QString percent = QStringLiteral("%1%").arg(100.0 * rows[size_t(a)][size_t(p)], 0, 'f', 1);
            auto *text = new QCPItemText(plot);
            text->setObjectName(QStringLiteral("cell_%1_%2").arg(a).arg(p));
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(p, a);
            text->setPositionAlignment(Qt::AlignCenter);
            text->setTextAlignment(Qt::AlignCenter);
            text->setText(normalised ? QStringLiteral("%1\n(%2)").arg(percent, formatCount(n))
                                     : QStringLiteral("%1\n(%2)").arg(formatCount(n), percent));
            text->setFont(cellFont);
            const double v = normalised ? rows[size_t(a)][size_t(p)] : double(n);
            const double level = v / (normalised ? 1.0 : std::max(1.0, maxValue));
            text->setColor(level > 0.45 ? Qt::white : QColor(0x1b, 0x26, 0x31));
            text->setSelectable(false);
        }
    }
    if (highlight) {
        auto *frame = new QCPItemRect(plot);
        frame->topLeft->setCoords(highlight->second - 0.5, highlight->first - 0.5);
        frame->bottomRight->setCoords(highlight->second + 0.5, highlight->first + 0.5);
        frame->setPen(QPen(QColor(0xe6, 0x7e, 0x22), 3));
        frame->setBrush(Qt::NoBrush);
        frame->setSelectable(false);
    }

    QVector<double> ticks;
    QVector<QString> labels;
    for (int i = 0; i < k; ++i) {
        ticks << i;
        labels << cm.classes[i];
    }
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        ticker->addTicks(ticks, labels);
        axis->setTicker(ticker);
        axis->setSubTicks(false);
        axis->setRange(-0.5, k - 0.5);
    }
}

void drawRankingCurves(QCustomPlot *rocPlot, QCustomPlot *prPlot, const RankingMetrics &rm, const QStringList &classes)
{
    for (QCustomPlot *plot : {rocPlot, prPlot})
        if (plot)
            clearDrawing(plot);
    if (rocPlot) {
        auto chance = rocPlot->addGraph();
        chance->setData({0, 1}, {0, 1});
        chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        chance->setName(EvaluationPlots::tr("chance"));
    }
    // A binary model has one curve (class 1 against class 0); more classes get one each.
    std::vector<int> shown;
    if (rm.binary)
        shown.push_back(1);
    else
        for (int c = 0; c < int(classes.size()); ++c)
            shown.push_back(c);
    for (int c : shown) {
        const QColor colour = classColour(c);
        // QCPCurve keeps the points in curve order (a QCPGraph would sort them by x, and the
        // points of equal recall in a PR curve have no order of their own).
        if (rocPlot) {
            const RocCurve &roc = rm.roc[size_t(c)];
            auto *g = new QCPCurve(rocPlot->xAxis, rocPlot->yAxis);
            g->setData(thinned(roc.fpr), thinned(roc.tpr));
            g->setPen(QPen(colour, 2));
            g->setName(EvaluationPlots::tr("%1 (AUC %2)").arg(classes[c], fixed3(roc.auc)));
        }
        if (prPlot) {
            const PrCurve &pr = rm.pr[size_t(c)];
            auto *h = new QCPCurve(prPlot->xAxis, prPlot->yAxis);
            h->setData(thinned(pr.recall), thinned(pr.precision));
            h->setPen(QPen(colour, 2));
            h->setName(EvaluationPlots::tr("%1 (AP %2)").arg(classes[c], fixed3(pr.averagePrecision)));
        }
    }
}

void drawReliability(QCustomPlot *plot, const Calibration &cal)
{
    clearDrawing(plot);
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    QVector<double> keys, values, mx;
    for (const CalibrationBin &b : cal.bins) {
        if (b.count == 0)
            continue;
        keys << (b.lower + b.upper) / 2;
        values << b.observed;
        mx << b.meanScore;
    }
    bars->setData(keys, values);
    bars->setWidth(cal.bins.empty() ? 0.1 : 0.9 / double(cal.bins.size()));
    bars->setBrush(QColor(0x2e, 0x86, 0xc1, 170));
    bars->setPen(QPen(QColor(0x1b, 0x4f, 0x72)));
    bars->setName(EvaluationPlots::tr("accuracy per bin (ECE %1, MCE %2)").arg(fixed3(cal.expectedError), fixed3(cal.maximumError)));
    auto *mean = plot->addGraph();
    mean->setData(mx, values);
    mean->setLineStyle(QCPGraph::lsNone);
    mean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xe6, 0x7e, 0x22), 7));
    mean->setName(EvaluationPlots::tr("at mean confidence of the bin"));
    auto *ideal = plot->addGraph();
    ideal->setData({0, 1}, {0, 1});
    ideal->setPen(QPen(QColor(0x50, 0x50, 0x50), 1.5, Qt::DashLine));
    ideal->setName(EvaluationPlots::tr("perfectly calibrated"));
}

void drawSliceBars(QCustomPlot *plot, const SliceTable &slice)
{
    clearDrawing(plot);
    plot->legend->setVisible(true);
    plot->legend->setFont(smallerFont(plot, 0.85));
    // The legend lies in one row above the bars, in a band the y axis keeps free over 1.0.
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(6);
    plot->legend->setBrush(QColor(255, 255, 255, 230));
    const int groups = int(slice.rows.size());
    QVector<double> keys;
    QVector<QString> names;
    for (int g = 0; g < groups; ++g) {
        keys << g + 1;
        names << QStringLiteral("%1\nn=%2").arg(slice.rows[size_t(g)].value, formatCount(slice.rows[size_t(g)].count));
    }
    const int series = 1 + int(slice.classes.size());
    auto *group = new QCPBarsGroup(plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    const double width = 0.8 / series;
    auto addBars = [&](const QString &name, const QColor &colour, const std::function<double(const SliceRow &)> &value) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(name);
        bars->setWidth(width);
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(130)));
        bars->setBarsGroup(group);
        for (int g = 0; g < groups; ++g) {
            const double v = value(slice.rows[size_t(g)]);
            if (std::isfinite(v))
                bars->addData(g + 1, v);
        }
    };
    addBars(EvaluationPlots::tr("accuracy"), QColor(0x5d, 0x6d, 0x7e), [](const SliceRow &r) { return r.report.accuracy; });
    for (int c = 0; c < slice.classes.size(); ++c)
        addBars(EvaluationPlots::tr("recall %1").arg(slice.classes[c]), classColour(c), [c](const SliceRow &r) {
            const ClassScores &s = r.report.perClass[size_t(c)];
            return s.support > 0 ? s.recall : std::numeric_limits<double>::quiet_NaN();
        });
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(keys, names);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->setTickLength(0, 4);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.4, groups + 0.6);
    plot->xAxis->setLabel(slice.binning.isEmpty() ? slice.attribute : QStringLiteral("%1 (%2)").arg(slice.attribute, slice.binning));
    plot->yAxis->setTicker(unitTicker());
    plot->yAxis->setSubTicks(false);
    plot->yAxis->setRange(0, 1.16);
    plot->yAxis->setLabel(EvaluationPlots::tr("proportion"));
}

} // namespace maskbench::ui
