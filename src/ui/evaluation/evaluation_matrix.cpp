// The left side (confusion matrix, headline numbers, per-class report), the Curves tab (ROC, PR,
// reliability) and the Slices tab (metrics by attribute; a row filters the gallery).

#include "ui/evaluation/evaluation_panel.h"
#include "ui/evaluation/evaluation_panel_p.h"

#include "core/dataset/statistics.h"
#include "ui/evaluation/evaluation_plots.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace maskbench::ui {

using evaluation_detail::numberItem;

QWidget *EvaluationPanel::buildMatrixSide()
{
    // Left: the matrix, the headline numbers, the per-class report.
    m_matrix = new QCustomPlot(this);
    m_matrixTitle = setupMatrixPlot(m_matrix, tr("Confusion matrix"));
    m_matrix->setToolTip(tr("Click a cell to see its images"));
    m_counts = new QPushButton(tr("Counts"), this);
    m_normalised = new QPushButton(tr("Row %"), this);
    m_normalised->setToolTip(tr("Colour by share of each actual class (recall on the diagonal)"));
    auto *toggle = new QButtonGroup(this);
    for (QPushButton *b : {m_counts, m_normalised}) {
        b->setCheckable(true);
        b->setAutoDefault(false);
        toggle->addButton(b);
    }
    m_counts->setChecked(true);
    auto *matrixBar = new QHBoxLayout;
    matrixBar->addWidget(new QLabel(tr("Colour by:"), this));
    matrixBar->addWidget(m_counts);
    matrixBar->addWidget(m_normalised);
    matrixBar->addStretch(1);

    m_summary = new QLabel(tr("Open a predictions.csv to see its confusion matrix, metrics, curves and errors."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_classTable = new QTableWidget(0, 6, this);
    m_classTable->setHorizontalHeaderLabels({tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support"), tr("Predicted")});
    m_classTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classTable->verticalHeader()->setVisible(false);
    // Numbers and their headers always fit; the class name takes what is left.
    m_classTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_classTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_classTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_classTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_matrix, 1);
    leftLayout->addLayout(matrixBar);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_classTable);

    connect(toggle, &QButtonGroup::buttonClicked, this, [this] { drawMatrix(); });
    connect(m_matrix, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (!m_view)
            return;
        const int k = m_view->report.matrix.size();
        const double x = m_matrix->xAxis->pixelToCoord(event->position().x());
        const double y = m_matrix->yAxis->pixelToCoord(event->position().y());
        const int p = int(std::lround(x)), a = int(std::lround(y));
        if (p >= 0 && p < k && a >= 0 && a < k && std::abs(x - p) <= 0.5 && std::abs(y - a) <= 0.5)
            selectCell(a, p);
    });
    return left;
}

QWidget *EvaluationPanel::buildCurvesPage()
{
    // Tab 2: curves.
    m_roc = new QCustomPlot(this);
    m_pr = new QCustomPlot(this);
    setupRankingPlots(m_roc, m_pr);
    m_reliability = new QCustomPlot(this);
    setupReliabilityPlot(m_reliability);
    auto *curvesTop = new QSplitter(Qt::Horizontal, this);
    curvesTop->addWidget(m_roc);
    curvesTop->addWidget(m_pr);
    auto *curves = new QSplitter(Qt::Vertical, this);
    curves->addWidget(curvesTop);
    curves->addWidget(m_reliability);
    return curves;
}

QWidget *EvaluationPanel::buildSlicePage()
{
    // Tab 3: metrics by slice.
    m_sliceAttribute = new QComboBox(this);
    m_sliceAttribute->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sliceAttribute->setMinimumContentsLength(16);
    m_sliceAttribute->setToolTip(tr("Group the predictions by this attribute (numbers such as age and yaw go into bands)"));
    m_sliceTable = new QTableWidget(this);
    m_sliceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sliceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sliceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sliceTable->setToolTip(tr("Click a group to see only its images in the gallery"));
    m_sliceTable->verticalHeader()->setVisible(false);
    m_sliceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sliceTable->horizontalHeader()->setStretchLastSection(false);
    m_sliceTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_sliceNote = new QLabel(this);
    m_sliceNote->setWordWrap(true);
    auto *sliceBar = new QHBoxLayout;
    sliceBar->addWidget(new QLabel(tr("Group by:"), this));
    sliceBar->addWidget(m_sliceAttribute);
    sliceBar->addStretch(1);
    auto *slicePage = new QWidget(this);
    auto *sliceLayout = new QVBoxLayout(slicePage);
    sliceLayout->addLayout(sliceBar);
    sliceLayout->addWidget(m_sliceTable, 1);
    sliceLayout->addWidget(m_sliceNote);

    connect(m_sliceAttribute, &QComboBox::currentIndexChanged, this, [this] {
        if (m_view)
            requestView();
    });
    // A slice row limits the gallery (and the matrix cell chosen there) to that group.
    connect(m_sliceTable, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_sliceTable->item(row, 0)) {
            selectSliceGroup(item->text());
            m_tabs->setCurrentIndex(0);
        }
    });
    return slicePage;
}

QAbstractButton *EvaluationPanel::normaliseToggle() const { return m_normalised; }

QPoint EvaluationPanel::cellCentre(int actual, int predicted) const
{
    return QPoint(int(std::lround(m_matrix->xAxis->coordToPixel(predicted))), int(std::lround(m_matrix->yAxis->coordToPixel(actual))));
}

QString EvaluationPanel::cellText(int actual, int predicted) const
{
    const QString name = QStringLiteral("cell_%1_%2").arg(actual).arg(predicted);
    for (int i = 0; i < m_matrix->itemCount(); ++i) {
        if (auto *t = qobject_cast<QCPItemText *>(m_matrix->item(i)); t && t->objectName() == name)
            return t->text();
    }
    return QString();
}

void EvaluationPanel::drawMatrix()
{
    if (!m_view) {
        m_matrix->clearItems();
        m_matrix->clearPlottables();
        m_matrix->replot();
        return;
    }
    const ConfusionMatrix &cm = m_view->report.matrix;
    drawConfusionMatrix(m_matrix, cm, m_normalised->isChecked(), m_cell);
    m_matrixTitle->setText(m_view->threshold ? tr("Confusion matrix at threshold %1").arg(*m_view->threshold, 0, 'f', 3)
                                             : tr("Confusion matrix (%1 predictions)").arg(formatCount(cm.total())));
    m_matrix->replot();
}

void EvaluationPanel::fillSummary()
{
    const ClassificationReport &r = m_view->report;
    QStringList parts;
    parts << tr("<b>Accuracy</b> %1").arg(fixed3(r.accuracy)) << tr("<b>balanced</b> %1").arg(fixed3(r.balancedAccuracy))
          << tr("<b>min recall</b> %1").arg(fixed3(r.minRecall)) << tr("<b>macro F1</b> %1").arg(fixed3(r.macro.f1))
          << tr("<b>weighted F1</b> %1").arg(fixed3(r.weighted.f1));
    QStringList ranking;
    if (m_evaluation) {
        ranking << tr("ROC AUC %1").arg(fixed3(m_evaluation->ranking.rocAuc()))
                << tr("AP %1").arg(fixed3(m_evaluation->ranking.averagePrecision()))
                << tr("ECE %1").arg(fixed3(m_evaluation->calibration.expectedError))
                << tr("%1 images").arg(formatCount(r.matrix.total()));
    }
    // Images the model gave no answer for (no face found, unreadable) count against it: show the
    // accuracy a user gets next to the accuracy on the answered ones. Only for the whole table
    // (at any threshold), whose rows are the answered ones.
    if (m_storedCoverage && m_storedCoverage->given > 0 && r.matrix.total() == m_storedCoverage->answered) {
        const AnswerCoverage &c = *m_storedCoverage;
        const double correct = r.accuracy * double(c.answered);
        parts << tr("<b>coverage</b> %1% (%2 of %3)").arg(100.0 * c.coverage(), 0, 'f', 1).arg(formatCount(c.answered), formatCount(c.given))
              << tr("<b>accuracy counting unanswered as errors</b> %1").arg(fixed3(correct / double(c.given)));
    }
    QStringList lines{parts.mid(0, 3).join(QStringLiteral(" · ")), parts.mid(3, 2).join(QStringLiteral(" · ")),
                      ranking.join(QStringLiteral(" · ")), parts.mid(5).join(QStringLiteral(" · "))};
    lines.removeAll(QString());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void EvaluationPanel::fillClassTable()
{
    const ClassificationReport &r = m_view->report;
    const int k = int(r.perClass.size());
    m_classTable->setRowCount(k + 2);
    auto fill = [this](int row, const QString &name, const ClassScores &s, bool average) {
        auto *nameItem = new QTableWidgetItem(name);
        if (average) {
            QFont f = nameItem->font();
            f.setItalic(true);
            nameItem->setFont(f);
        }
        m_classTable->setItem(row, 0, nameItem);
        m_classTable->setItem(row, 1, numberItem(fixed3(s.precision)));
        m_classTable->setItem(row, 2, numberItem(fixed3(s.recall)));
        m_classTable->setItem(row, 3, numberItem(fixed3(s.f1)));
        m_classTable->setItem(row, 4, numberItem(formatCount(s.support)));
        m_classTable->setItem(row, 5, numberItem(average ? QString() : formatCount(s.predicted)));
    };
    for (int c = 0; c < k; ++c)
        fill(c, r.classes()[c], r.perClass[size_t(c)], false);
    fill(k, tr("macro avg"), r.macro, true);
    fill(k + 1, tr("weighted avg"), r.weighted, true);
    // As tall as its rows (up to a dozen classes), so the matrix above gets the rest.
    const int shown = std::min(k + 2, 14);
    m_classTable->setFixedHeight(m_classTable->horizontalHeader()->height() + shown * m_classTable->verticalHeader()->defaultSectionSize()
                                 + 2 * m_classTable->frameWidth() + 2);
}

void EvaluationPanel::fillSliceTable()
{
    const SliceTable &s = m_view->slice;
    m_sliceTable->clear();
    m_sliceTable->setRowCount(0);
    if (s.attribute.isEmpty()) {
        m_sliceTable->setColumnCount(0);
        m_sliceNote->setText(tr("This predictions file has no attribute columns to group by."));
        return;
    }
    QStringList header = {s.attribute, tr("Count"), tr("Accuracy"), tr("Balanced acc.")};
    for (const QString &c : s.classes)
        header << tr("Recall %1").arg(c);
    header << tr("Min recall");
    m_sliceTable->setColumnCount(int(header.size()));
    m_sliceTable->setHorizontalHeaderLabels(header);
    m_sliceTable->setRowCount(int(s.rows.size()));
    for (int i = 0; i < int(s.rows.size()); ++i) {
        const SliceRow &row = s.rows[size_t(i)];
        int col = 0;
        m_sliceTable->setItem(i, col++, new QTableWidgetItem(row.value));
        m_sliceTable->setItem(i, col++, numberItem(formatCount(row.count)));
        m_sliceTable->setItem(i, col++, numberItem(fixed3(row.report.accuracy)));
        m_sliceTable->setItem(i, col++, numberItem(fixed3(row.report.balancedAccuracy)));
        for (const ClassScores &c : row.report.perClass)
            m_sliceTable->setItem(i, col++, numberItem(c.support > 0 ? fixed3(c.recall) : QStringLiteral("–")));
        m_sliceTable->setItem(i, col++, numberItem(fixed3(row.report.minRecall)));
    }
    QString note = s.binning.isEmpty() ? tr("Grouped by the values of %1.").arg(s.attribute)
                                       : tr("Grouped by %1 (%2).").arg(s.attribute, s.binning);
    if (s.rows.size() > 1)
        note += QLatin1Char(' ') + tr("Largest accuracy gap between groups of at least 10 images: %1.").arg(fixed3(s.accuracyGap(10)));
    m_sliceNote->setText(note);
}

void EvaluationPanel::drawCurves()
{
    if (!m_evaluation) {
        for (QCustomPlot *plot : {m_roc, m_pr})
            plot->clearPlottables();
        return;
    }
    const RankingMetrics &rm = m_evaluation->ranking;
    drawRankingCurves(m_roc, m_pr, rm, m_evaluation->table.classes);
    if (rm.binary) {
        // The operating point of the current threshold, moved by markThreshold().
        for (QCustomPlot *plot : {m_roc, m_pr}) {
            auto *point = plot->addGraph();
            point->setLineStyle(QCPGraph::lsNone);
            point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(0xc0, 0x39, 0x2b), QColor(0xc0, 0x39, 0x2b), 9));
            point->setName(tr("operating point"));
        }
    }
    m_roc->replot();
    m_pr->replot();
}

void EvaluationPanel::markThreshold()
{
    if (!m_evaluation || !m_evaluation->ranking.binary || !m_view)
        return;
    const ClassificationReport &r = m_view->report;
    if (r.perClass.size() != 2)
        return;
    QCPGraph *rocPoint = m_roc->graph(m_roc->graphCount() - 1);
    QCPGraph *prPoint = m_pr->graph(m_pr->graphCount() - 1);
    rocPoint->setData({1.0 - r.perClass[0].recall}, {r.perClass[1].recall});
    prPoint->setData({r.perClass[1].recall}, {r.perClass[1].precision});
    const QString at = m_view->threshold ? tr("threshold %1").arg(*m_view->threshold, 0, 'f', 3) : tr("file's predictions");
    rocPoint->setName(at);
    prPoint->setName(at);
    m_roc->replot(QCustomPlot::rpQueuedReplot);
    m_pr->replot(QCustomPlot::rpQueuedReplot);
}

void EvaluationPanel::drawReliability()
{
    m_reliability->clearPlottables();
    if (m_evaluation)
        ui::drawReliability(m_reliability, m_evaluation->calibration);
    m_reliability->replot();
}

} // namespace maskbench::ui
