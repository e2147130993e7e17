#include "ui/training/training_panel.h"
#include "ui/training/training_panel_p.h"
#include "core/train/run_metrics.h"

#include "ui/training/run_evaluations.h"

#include "core/common/device.h"
#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/mask/mask_template.h"
#include "core/model/model_config.h"
#include "workers/train_worker.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace maskbench::ui {

using namespace training_detail;

// ---------------------------------------------------------------------------------------------

void RunCurves::clear()
{
    const QString dir = runDir;
    *this = RunCurves();
    runDir = dir;
}

void RunCurves::addBatch(int epoch, int batch, int batches, double l, double a, double alpha)
{
    // Exponential smoothing, carried across epochs: the first batches of an epoch alone would
    // otherwise draw spikes.
    if (emaValid) {
        emaLoss += alpha * (l - emaLoss);
        emaAccuracy += alpha * (a - emaAccuracy);
    } else {
        emaLoss = l;
        emaAccuracy = a;
        emaValid = true;
    }
    l = emaLoss;
    a = emaAccuracy;
    const double x = epoch - 1 + double(batch) / std::max(1, batches);
    // A resumed run repeats epochs after its checkpoint: drop what it replaces.
    while (!batchX.isEmpty() && batchX.last() >= x) {
        batchX.removeLast();
        batchLoss.removeLast();
        batchAccuracy.removeLast();
    }
    batchX.append(x);
    batchLoss.append(l);
    batchAccuracy.append(a);
}

void RunCurves::addEpoch(int epoch, double l, double a, double vl, double va)
{
    while (!epochX.isEmpty() && epochX.last() >= epoch) {
        epochX.removeLast();
        loss.removeLast();
        accuracy.removeLast();
        valLoss.removeLast();
        valAccuracy.removeLast();
    }
    epochX.append(epoch);
    loss.append(l);
    accuracy.append(a);
    valLoss.append(vl);
    valAccuracy.append(va);
    bestEpoch = 0;
    bestValAccuracy = -1;
    for (int i = 0; i < epochX.size(); ++i)
        if (valAccuracy[i] > bestValAccuracy) {
            bestValAccuracy = valAccuracy[i];
            bestEpoch = int(epochX[i]);
        }
}

bool readMetrics(const QString &runDir, RunCurves &curves, QString *error)
{
    // Core's reader (train/run_metrics.h): columns by name, a resumed run's repeated epochs replaced.
    RunMetrics m;
    try {
        m = readRunMetrics(runDir);
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    curves.clear();
    curves.runDir = runDir;
    curves.totalEpochs = totalEpochsOf(readJson(QDir(runDir).filePath(QStringLiteral("config.json"))));
    for (const EpochMetrics &e : m.rows)
        curves.addEpoch(e.epoch, e.loss, e.accuracy, e.valLoss, e.valAccuracy);
    return true;
}

void TrainingPanel::setupPlot(QCustomPlot *plot, const QString &title, const QString &yLabel)
{
    plot->setMinimumHeight(180);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(font().family(), 10, QFont::Bold)));
    plot->xAxis->setLabel(tr("epoch"));
    plot->yAxis->setLabel(yLabel);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(ticker);
    const QColor trainColor(31, 119, 180), valColor(255, 127, 14);
    struct G { QString name; QPen pen; bool scatter; };
    QPen batchPen(QColor(31, 119, 180, 110), 1.2);
    QPen overlayTrain(trainColor.darker(130), 1.5, Qt::DashLine), overlayVal(valColor.darker(130), 1.5, Qt::DashLine);
    const QList<G> graphs = {
        {tr("train, per batch (smoothed)"), batchPen, false},
        {tr("train"), QPen(trainColor, 2), true},
        {tr("validation"), QPen(valColor, 2), true},
        {tr("overlay train"), overlayTrain, true},
        {tr("overlay validation"), overlayVal, true},
    };
    for (const G &g : graphs) {
        QCPGraph *graph = plot->addGraph();
        graph->setName(g.name);
        graph->setPen(g.pen);
        if (g.scatter)
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, g.pen.color(), Qt::white, 6));
    }
    plot->legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.8);
    plot->legend->setIconSize(20, 10);
    plot->legend->setRowSpacing(-2);
    plot->legend->setFont(legendFont);
    plot->legend->setBrush(QColor(255, 255, 255, 200));
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
}

QWidget *TrainingPanel::createCharts()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    m_runTitle = new QLabel(tr("No run yet: fill the form and press Start, or open a run below"), box);
    m_runTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runTitle->setWordWrap(true); // a long run path or translation wraps instead of widening the window
    QFont titleFont = m_runTitle->font();
    titleFont.setBold(true);
    m_runTitle->setFont(titleFont);
    layout->addWidget(m_runTitle);

    auto *progress = new QGridLayout;
    m_epochBar = new QProgressBar(box);
    m_epochBar->setFormat(tr("epoch %v of %m"));
    m_epochBar->setToolTip(tr("Epochs finished"));
    m_batchBar = new QProgressBar(box);
    m_batchBar->setFormat(tr("batch %v of %m"));
    m_batchBar->setToolTip(tr("Batches of the current epoch"));
    m_rate = new QLabel(box);
    m_rate->setMinimumWidth(260);
    progress->addWidget(new QLabel(tr("Epochs:"), box), 0, 0);
    progress->addWidget(m_epochBar, 0, 1);
    progress->addWidget(new QLabel(tr("Batches:"), box), 1, 0);
    progress->addWidget(m_batchBar, 1, 1);
    progress->addWidget(m_rate, 0, 2, 2, 1);
    progress->setColumnStretch(1, 1);
    layout->addLayout(progress);

    auto *charts = new QSplitter(Qt::Horizontal, box);
    m_accPlot = new QCustomPlot(charts);
    m_lossPlot = new QCustomPlot(charts);
    setupPlot(m_accPlot, tr("Accuracy"), tr("accuracy"));
    setupPlot(m_lossPlot, tr("Loss"), tr("loss"));
    m_accPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    // Loss falls from the top left: its bottom left stays free; accuracy rises: bottom right.
    m_lossPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    int i = 0;
    for (QCustomPlot *plot : {m_accPlot, m_lossPlot}) {
        auto *line = new QCPItemStraightLine(plot);
        line->setPen(QPen(QColor(44, 160, 44), 1.5, Qt::DotLine));
        line->point1->setType(QCPItemPosition::ptPlotCoords);
        line->point2->setType(QCPItemPosition::ptPlotCoords);
        line->setVisible(false);
        auto *text = new QCPItemText(plot);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setColor(QColor(44, 140, 44));
        text->setPadding(QMargins(4, 2, 4, 2));
        text->setVisible(false);
        m_bestLine[i] = line;
        m_bestText[i] = text;
        ++i;
    }
    charts->addWidget(m_accPlot);
    charts->addWidget(m_lossPlot);
    layout->addWidget(charts, 1);
    return box;
}

// --- charts -----------------------------------------------------------------------------------

void TrainingPanel::scheduleReplot()
{
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

void TrainingPanel::replot()
{
    const RunCurves &c = m_curves;
    const RunCurves &o = m_overlay;
    const QString overlayName = QFileInfo(o.runDir).fileName();
    int maxEpoch = std::max({c.totalEpochs, c.epochs(), o.epochs(), 1});
    if (!c.batchX.isEmpty())
        maxEpoch = std::max(maxEpoch, int(std::ceil(c.batchX.last())));
    double lossMax = 0;
    auto grow = [&lossMax](const QVector<double> &v) {
        for (double x : v)
            if (std::isfinite(x))
                lossMax = std::max(lossMax, x);
    };
    double accMin = 1.0;
    double lossMin = std::numeric_limits<double>::infinity();
    for (const QVector<double> *v : {&c.batchLoss, &c.loss, &c.valLoss, &o.loss, &o.valLoss})
        for (double x : *v)
            if (std::isfinite(x))
                lossMin = std::min(lossMin, x);
    if (!std::isfinite(lossMin))
        lossMin = 0;
    for (const QVector<double> *v : {&c.batchAccuracy, &c.accuracy, &c.valAccuracy, &o.accuracy, &o.valAccuracy})
        for (double x : *v)
            if (std::isfinite(x))
                accMin = std::min(accMin, x);
    grow(c.batchLoss);
    grow(c.loss);
    grow(c.valLoss);
    grow(o.loss);
    grow(o.valLoss);

    int i = 0;
    for (QCustomPlot *plot : {m_accPlot, m_lossPlot}) {
        const bool acc = plot == m_accPlot;
        plot->graph(TrainBatch)->setData(c.batchX, acc ? c.batchAccuracy : c.batchLoss, true);
        plot->graph(TrainEpoch)->setData(c.epochX, acc ? c.accuracy : c.loss, true);
        plot->graph(ValEpoch)->setData(c.epochX, acc ? c.valAccuracy : c.valLoss, true);
        plot->graph(OverlayTrain)->setData(o.epochX, acc ? o.accuracy : o.loss, true);
        plot->graph(OverlayVal)->setData(o.epochX, acc ? o.valAccuracy : o.valLoss, true);
        const bool overlay = o.epochs() > 0;
        plot->graph(OverlayTrain)->setVisible(overlay);
        plot->graph(OverlayVal)->setVisible(overlay);
        plot->graph(OverlayTrain)->setName(tr("train, %1").arg(overlayName));
        plot->graph(OverlayVal)->setName(tr("validation, %1").arg(overlayName));
        if (overlay) {
            plot->graph(OverlayTrain)->addToLegend();
            plot->graph(OverlayVal)->addToLegend();
        } else {
            plot->graph(OverlayTrain)->removeFromLegend();
            plot->graph(OverlayVal)->removeFromLegend();
        }

        // The x range always spans the whole schedule, so the best epoch's marker stays in view.
        plot->xAxis->setRange(0, maxEpoch + 0.25);
        if (acc)
            plot->yAxis->setRange(std::max(0.0, std::floor((accMin - 0.05) * 10) / 10), 1.04);
        else
            plot->yAxis->setRange(std::max(0.0, lossMin - 0.15 * (lossMax - lossMin)), lossMax > 0 ? lossMax * 1.04 : 1.0);

        const bool best = c.bestEpoch > 0;
        m_bestLine[i]->setVisible(best);
        m_bestText[i]->setVisible(best && acc);
        if (best) {
            m_bestLine[i]->point1->setCoords(c.bestEpoch, 0);
            m_bestLine[i]->point2->setCoords(c.bestEpoch, 1);
            m_bestText[i]->position->setCoords(c.bestEpoch, 0.02);
            m_bestText[i]->setText(tr("best: epoch %1\nval. acc. %2").arg(c.bestEpoch).arg(c.bestValAccuracy, 0, 'f', 3));
            // Keep the label inside the plot when the best epoch is the last one.
            m_bestText[i]->setPositionAlignment(c.bestEpoch > maxEpoch * 0.6 ? (Qt::AlignRight | Qt::AlignTop)
                                                                              : (Qt::AlignLeft | Qt::AlignTop));
        }
        plot->replot(QCustomPlot::rpQueuedReplot);
        ++i;
    }
}

} // namespace maskbench::ui
