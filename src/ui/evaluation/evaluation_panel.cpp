#include "ui/evaluation/evaluation_panel.h"
#include "ui/evaluation/evaluation_panel_p.h"

#include "core/common/error.h"
#include "ui/evaluation/evaluation_plots.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace maskbench::ui {

using evaluation_detail::kSliderSteps;

// The constructor only assembles the parts; each part's build function (in the part's file) makes
// its widgets and connects them.
EvaluationPanel::EvaluationPanel(QWidget *parent) : QWidget(parent), m_job(new EvaluationJob(this))
{
    QHBoxLayout *top = buildTopBar();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    QWidget *left = buildMatrixSide();
    QWidget *galleryPage = buildGalleryPage();
    QWidget *curvesPage = buildCurvesPage();
    QWidget *slicePage = buildSlicePage();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(galleryPage, tr("Images"));
    m_tabs->addTab(curvesPage, tr("Curves"));
    m_tabs->addTab(slicePage, tr("Slices"));

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(m_tabs);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({410, 750});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(main, 1);

    connectJob();

    m_slider->setEnabled(false);
    m_spin->setEnabled(false);
    m_presets->setEnabled(false);
    m_counts->setEnabled(false);
    m_normalised->setEnabled(false);
    m_galleryTitle->setText(tr("The misclassified images appear here, most confident first."));
}

EvaluationPanel::~EvaluationPanel()
{
    // The report task holds no pointer into the panel; stop it early, the pool's destructor waits.
    m_reportWatcher->disconnect(this);
    m_reportWatcher->cancel();
}

QHBoxLayout *EvaluationPanel::buildTopBar()
{
    // Top: the file and the threshold.
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("A predictions.csv written by evaluation (path, label, predicted, prob_<class>..., attributes)"));
    m_path->setToolTip(tr("Predictions file; press Enter to load"));
    m_open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open predictions…"), this);
    m_open->setToolTip(tr("Open a predictions.csv (Ctrl+E)"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setValue(kSliderSteps / 2);
    m_slider->setPageStep(kSliderSteps / 20);
    m_slider->setMinimumWidth(120);
    m_slider->setToolTip(tr("Binary models: predict the positive class when its probability is at least this"));
    m_spin = new QDoubleSpinBox(this);
    m_spin->setRange(0.0, 1.0);
    m_spin->setDecimals(3);
    m_spin->setSingleStep(0.01);
    m_spin->setValue(0.5);
    m_presets = new QComboBox(this);
    // A fixed width from the start: filling the presets must never widen the panel (or the window).
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setMinimumContentsLength(12);
    m_presets->setToolTip(tr("Threshold presets computed on this data"));
    m_thresholdTimer = new QTimer(this);
    m_thresholdTimer->setSingleShot(true);
    m_thresholdTimer->setInterval(60); // coalesces a dragged slider into a few recomputations

    buildReportActions();

    auto *top = new QHBoxLayout;
    top->addWidget(m_path, 3);
    top->addWidget(m_open);
    top->addWidget(m_exportButton);
    top->addWidget(m_openReport);
    top->addWidget(m_showReportFolder);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Threshold:"), this));
    top->addWidget(m_slider, 2);
    top->addWidget(m_spin);
    top->addWidget(m_presets);

    connect(m_open, &QPushButton::clicked, this, &EvaluationPanel::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        if (!m_path->text().trimmed().isEmpty())
            openFile(m_path->text().trimmed());
    });
    connect(m_slider, &QSlider::valueChanged, this, &EvaluationPanel::onSliderMoved);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &EvaluationPanel::onSpinChanged);
    connect(m_presets, &QComboBox::activated, this, &EvaluationPanel::onPresetChosen);
    connect(m_thresholdTimer, &QTimer::timeout, this, &EvaluationPanel::requestView);
    return top;
}

bool EvaluationPanel::isBusy() const { return m_job->isRunning() || isExportingReport(); }

void EvaluationPanel::cancel()
{
    m_job->cancel();
    m_reportWatcher->cancel();
}

void EvaluationPanel::fillPresets()
{
    const QSignalBlocker block(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("File's predictions"));
    m_presets->setItemData(0, tr("The predicted column as written in the file"), Qt::ToolTipRole);
    m_presets->addItem(tr("Custom"));
    if (m_evaluation) {
        for (const ThresholdChoice &c : m_evaluation->thresholds) {
            QString name;
            switch (c.rule) {
            case ThresholdRule::Fixed: name = tr("Default"); break;
            case ThresholdRule::BestAccuracy: name = tr("Best accuracy"); break;
            case ThresholdRule::Youden: name = tr("Youden's J"); break;
            case ThresholdRule::MaxMinRecall: name = tr("Max-min recall"); break;
            }
            m_presets->addItem(tr("%1 (%2)").arg(name, QString::number(c.threshold, 'f', 3)), c.threshold);
            m_presets->setItemData(m_presets->count() - 1,
                                   tr("accuracy %1, recall %2 %3, recall %4 %5")
                                       .arg(fixed3(c.accuracy), m_evaluation->table.classes.value(0), fixed3(c.recall[0]),
                                            m_evaluation->table.classes.value(1), fixed3(c.recall[1])),
                                   Qt::ToolTipRole);
        }
    }
    m_presets->setCurrentIndex(0);
}

void EvaluationPanel::onPresetChosen(int index)
{
    if (index == 0) {
        setThreshold(std::nullopt);
    } else if (index >= 2) {
        setThreshold(m_presets->itemData(index).toDouble());
        const QSignalBlocker block(m_presets);
        m_presets->setCurrentIndex(index);
    }
}

void EvaluationPanel::setThreshold(std::optional<double> threshold)
{
    {
        const QSignalBlocker b1(m_slider), b2(m_spin), b3(m_presets);
        if (threshold) {
            m_slider->setValue(int(std::lround(*threshold * kSliderSteps)));
            m_spin->setValue(*threshold);
            if (m_presets->currentIndex() == 0)
                m_presets->setCurrentIndex(1);
        } else {
            m_presets->setCurrentIndex(0);
        }
    }
    m_threshold = threshold;
    m_thresholdTimer->stop();
    requestView();
}

void EvaluationPanel::onSliderMoved(int value)
{
    const double t = double(value) / kSliderSteps;
    {
        const QSignalBlocker b1(m_spin), b2(m_presets);
        m_spin->setValue(t);
        m_presets->setCurrentIndex(1);
    }
    m_threshold = t;
    m_thresholdTimer->start();
}

void EvaluationPanel::onSpinChanged(double value)
{
    {
        const QSignalBlocker b1(m_slider), b2(m_presets);
        m_slider->setValue(int(std::lround(value * kSliderSteps)));
        m_presets->setCurrentIndex(1);
    }
    m_threshold = value;
    m_thresholdTimer->start();
}

void EvaluationPanel::requestView()
{
    if (!m_evaluation || m_opening)
        return;
    const QString slice = m_sliceAttribute->currentData().toString();
    const std::optional<double> threshold = m_evaluation->table.classCount() == 2 ? m_threshold : std::nullopt;
    // Small tables are re-derived here (milliseconds: one pass for the matrix, a sort of the
    // errors, one grouping); large ones on the worker, newest request winning.
    if (int(m_evaluation->table.rows.size()) <= m_synchronousLimit) {
        try {
            EvaluationView v = evaluationView(m_evaluation->table, threshold, slice);
            v.serial = ++m_wantedSerial;
            setView(std::move(v));
        } catch (const Error &e) {
            onFailed(e.message());
        }
        return;
    }
    // The table lives as long as the evaluation; the job shares it.
    std::shared_ptr<const PredictionTable> base(m_evaluation, &m_evaluation->table);
    m_wantedSerial = m_job->requestView(base, threshold, slice);
}

void EvaluationPanel::setView(EvaluationView view)
{
    m_view = std::move(view);
    drawMatrix();
    fillSummary();
    fillClassTable();
    fillSliceTable();
    fillGallery();
    markThreshold();
    Q_EMIT viewUpdated();
}

} // namespace maskbench::ui
