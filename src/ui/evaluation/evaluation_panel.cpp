#include "ui/evaluation/evaluation_panel.h"

#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/dataset/statistics.h"
#include "core/eval/run_evaluation.h"
#include "ui/evaluation/evaluation_plots.h"
#include "ui/evaluation/gallery_model.h"
#include "core/report/report.h"
#include "workers/gradcam_job.h"
#include "workers/thumbnail_loader.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QDesktopServices>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace maskbench::ui {

// What the report worker hands back: the result, or why there is none.
struct ReportExportOutcome
{
    ReportResult result;
    QString error;
};

namespace {

constexpr int kSliderSteps = 1000;

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

EvaluationPanel::EvaluationPanel(QWidget *parent) : QWidget(parent), m_job(new EvaluationJob(this))
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

    m_exportReport = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export HTML report…"), this);
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportReport->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportReport->setToolTip(tr("Write report.html (one self-contained file: metrics, charts, slices, the most confident errors) "
                                  "into a folder you choose (Ctrl+Shift+E)"));
    m_exportReport->setEnabled(false);
    addAction(m_exportReport);
    m_exportButton = new QPushButton(m_exportReport->icon(), m_exportReport->text(), this);
    m_exportButton->setToolTip(m_exportReport->toolTip());
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, m_exportReport, &QAction::trigger);
    connect(m_exportReport, &QAction::changed, m_exportButton, [this] { m_exportButton->setEnabled(m_exportReport->isEnabled()); });
    connect(m_exportReport, &QAction::triggered, this, &EvaluationPanel::chooseReportFolder);
    // Offered once a report is written.
    m_openReport = new QPushButton(QIcon::fromTheme(QStringLiteral("text-html")), tr("Open report"), this);
    m_openReport->setToolTip(tr("Open the report just written in the web browser"));
    m_openReport->setVisible(false);
    connect(m_openReport, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastReport)); });
    m_showReportFolder = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Show folder"), this);
    m_showReportFolder->setToolTip(tr("Open the folder that holds the report"));
    m_showReportFolder->setVisible(false);
    connect(m_showReportFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastReport).absolutePath())); });
    // One report at a time, on a pool of its own (STYLE rule 5): it never waits behind thumbnails.
    m_reportPool = new QThreadPool(this);
    m_reportPool->setMaxThreadCount(1);
    m_reportWatcher = new QFutureWatcher<ReportExportOutcome>(this);
    connect(m_reportWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        Q_EMIT busy(m_reportWatcher->progressText().isEmpty() ? tr("Writing the report into %1").arg(m_reportFolder) : m_reportWatcher->progressText(),
                    value, 100, -1);
    });
    connect(m_reportWatcher, &QFutureWatcherBase::finished, this, &EvaluationPanel::onReportFinished);

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

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

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

    // Right, tab 1: the gallery of one cell (or all errors) and the details of the selected image.
    m_galleryModel = new GalleryModel(this);
    m_gallery = new QListView(this);
    m_gallery->setModel(m_galleryModel);
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setLayoutMode(QListView::Batched);
    m_gallery->setBatchSize(400);
    m_gallery->setIconSize(QSize(112, 112));
    m_gallery->setGridSize(QSize(132, 160));
    m_gallery->setWordWrap(true);
    m_gallery->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_gallery->setSelectionMode(QAbstractItemView::SingleSelection);
    m_galleryTitle = new QLabel(this);
    m_galleryTitle->setWordWrap(true);
    m_allErrors = new QPushButton(tr("All errors"), this);
    m_allErrors->setToolTip(tr("Show every misclassified image instead of one cell"));
    m_allErrors->setEnabled(false);
    auto *galleryBar = new QHBoxLayout;
    galleryBar->addWidget(m_galleryTitle, 1);
    galleryBar->addWidget(m_allErrors);
    m_gradCam = new QCheckBox(tr("Grad-CAM"), this);
    m_gradCam->setToolTip(tr("Overlay the selected image with the Grad-CAM heat map of its predicted class "
                             "(last convolutional stage of the run's checkpoint)"));
    galleryBar->addWidget(m_gradCam);
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(180, 180);
    // The pixmap is fitted to the label, never the label to the pixmap: a large image must not
    // widen the pane (or the window).
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->installEventFilter(this);
    // Under the preview while Grad-CAM is shown: the opacity and the colour scale.
    m_camOpacity = new QSlider(Qt::Horizontal, this);
    m_camOpacity->setRange(0, 100);
    m_camOpacity->setValue(45);
    m_camOpacity->setToolTip(tr("Opacity of the Grad-CAM heat map over the image"));
    {
        // JET from 0 (blue) to 1 (red), as the overlay colours it.
        QImage ramp(256, 1, QImage::Format_RGB888);
        for (int x = 0; x < 256; ++x) {
            const double v = x / 255.0;
            const auto channel = [v](double centre) { return int(255 * std::clamp(1.5 - std::abs(4 * v - centre), 0.0, 1.0)); };
            ramp.setPixelColor(x, 0, QColor(channel(3), channel(2), channel(1)));
        }
        m_camLegend = new QLabel(this);
        m_camLegend->setPixmap(QPixmap::fromImage(ramp.scaled(160, 12)));
        m_camLegend->setToolTip(tr("Grad-CAM colour scale: 0 (blue, no influence) to 1 (red, the strongest influence on the class)"));
    }
    m_camBar = new QWidget(this);
    auto *camLayout = new QGridLayout(m_camBar);
    camLayout->setContentsMargins(0, 0, 0, 0);
    camLayout->addWidget(new QLabel(tr("0"), m_camBar), 0, 0);
    camLayout->addWidget(m_camLegend, 0, 1, Qt::AlignCenter);
    camLayout->addWidget(new QLabel(tr("1"), m_camBar), 0, 2);
    auto *opacityLabel = new QLabel(tr("&Opacity:"), m_camBar);
    opacityLabel->setBuddy(m_camOpacity);
    camLayout->addWidget(opacityLabel, 1, 0);
    camLayout->addWidget(m_camOpacity, 1, 1, 1, 2);
    m_camBar->setVisible(false);
    m_detailsText = new QLabel(tr("Select an image to see its details."), this);
    m_detailsText->setWordWrap(true);
    m_detailsText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A long file name must not widen the pane: it wraps or is cut, the pane keeps its width.
    m_detailsText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detailsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(4, 0, 0, 0);
    detailsLayout->addWidget(m_preview, 2);
    detailsLayout->addWidget(m_camBar);
    detailsLayout->addWidget(m_detailsText, 1);
    auto *gallerySplit = new QSplitter(Qt::Horizontal, this);
    gallerySplit->addWidget(m_gallery);
    gallerySplit->addWidget(detailsPane);
    gallerySplit->setStretchFactor(0, 3);
    gallerySplit->setStretchFactor(1, 1);
    gallerySplit->setSizes({560, 220});
    auto *galleryPage = new QWidget(this);
    auto *galleryLayout = new QVBoxLayout(galleryPage);
    galleryLayout->addLayout(galleryBar);
    galleryLayout->addWidget(gallerySplit, 1);

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

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(galleryPage, tr("Images"));
    m_tabs->addTab(curves, tr("Curves"));
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

    m_previewLoader = new ThumbnailLoader(256, this);
    connect(m_previewLoader, &ThumbnailLoader::thumbnailReady, this, [this](const QString &path, const QImage &img) {
        if (m_view && m_detailRow >= 0 && m_view->table->rows[size_t(m_detailRow)].path == path && !m_gradCam->isChecked())
            m_preview->setPixmap(QPixmap::fromImage(img));
    });
    connect(m_previewLoader, &ThumbnailLoader::thumbnailFailed, this, [this](const QString &path, const QString &error) {
        if (m_view && m_detailRow >= 0 && m_view->table->rows[size_t(m_detailRow)].path == path)
            m_preview->setText(tr("Cannot show the image: %1").arg(error));
    });
    connect(m_galleryModel->loader(), &ThumbnailLoader::thumbnailFailed, this, [this](const QString &path, const QString &error) {
        Q_EMIT logMessage(tr("%1: cannot decode: %2").arg(path, error));
    });

    connect(m_open, &QPushButton::clicked, this, &EvaluationPanel::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        if (!m_path->text().trimmed().isEmpty())
            openFile(m_path->text().trimmed());
    });
    connect(m_slider, &QSlider::valueChanged, this, &EvaluationPanel::onSliderMoved);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &EvaluationPanel::onSpinChanged);
    connect(m_presets, &QComboBox::activated, this, &EvaluationPanel::onPresetChosen);
    connect(m_thresholdTimer, &QTimer::timeout, this, &EvaluationPanel::requestView);
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
    connect(m_allErrors, &QPushButton::clicked, this, &EvaluationPanel::showAllErrors);
    m_gradCamJob = new GradCamJob(this);
    connect(m_gradCam, &QCheckBox::toggled, this, [this](bool on) {
        m_camBar->setVisible(on);
        showDetails(m_detailRow);
    });
    connect(m_gradCamJob, &GradCamJob::ready, this,
            [this](const QString &path, const QImage &image, const QImage &heat, const QString &layer, int target) {
                if (!m_view || m_detailRow < 0 || !m_gradCam->isChecked() || m_view->table->rows[size_t(m_detailRow)].path != path)
                    return;
                m_camPath = path;
                m_camImage = image;
                m_camHeat = heat;
                m_camTip = tr("Grad-CAM of class %1 at layer %2").arg(m_view->table->classes.value(target), layer);
                showGradCam();
            });
    connect(m_camOpacity, &QSlider::valueChanged, this, &EvaluationPanel::showGradCam);
    connect(m_gradCamJob, &GradCamJob::failed, this, [this](const QString &path, const QString &message) {
        Q_EMIT logMessage(tr("Grad-CAM of %1: %2").arg(path, message));
        if (m_view && m_detailRow >= 0 && m_gradCam->isChecked() && m_view->table->rows[size_t(m_detailRow)].path == path)
            m_preview->setText(tr("No Grad-CAM: %1").arg(message));
    });
    connect(m_gallery->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showDetails(current.isValid() ? m_galleryModel->tableRow(current.row()) : -1);
    });
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
    connect(m_job, &EvaluationJob::opened, this, &EvaluationPanel::onOpened);
    connect(m_job, &EvaluationJob::viewReady, this, [this](const EvaluationView &view) {
        if (view.serial == m_wantedSerial)
            setView(view);
    });
    connect(m_job, &EvaluationJob::failed, this, &EvaluationPanel::onFailed);
    connect(m_job, &EvaluationJob::cancelled, this, [this] {
        m_restoring = false;
        if (std::exchange(m_opening, false)) {
            m_open->setEnabled(true);
            Q_EMIT idle(tr("Evaluation cancelled"));
        }
    });

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

bool EvaluationPanel::isBusy() const { return m_job->isRunning() || isExportingReport(); }

bool EvaluationPanel::isExportingReport() const { return m_reportWatcher->isRunning(); }

void EvaluationPanel::cancel()
{
    m_job->cancel();
    m_reportWatcher->cancel();
}

QAbstractButton *EvaluationPanel::normaliseToggle() const { return m_normalised; }

void EvaluationPanel::chooseFile()
{
    const QString start = m_path->text().isEmpty() ? Settings::lastDatasetSource.get() : m_path->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open predictions"), start,
                                                      tr("Predictions (*.csv);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

void EvaluationPanel::chooseReportFolder()
{
    if (!m_evaluation)
        return;
    const QString start = QFileInfo(m_evaluation->table.source).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the HTML report into"), start);
    if (!folder.isEmpty())
        exportReport(folder);
}

bool EvaluationPanel::exportReport(const QString &folder, bool quiet)
{
    if (!m_evaluation || isExportingReport())
        return false;
    ReportOptions options;
    options.predictions = m_evaluation->table.source;
    // What the panel shows: a binary model's threshold when the user set one.
    if (m_threshold && m_evaluation->table.classCount() == 2)
        options.threshold = QString::number(*m_threshold, 'g', 17);
    m_reportFolder = folder;
    m_reportQuiet = quiet;
    m_exportReport->setEnabled(false);
    m_openReport->setVisible(false);
    m_showReportFolder->setVisible(false);
    Q_EMIT busy(tr("Writing the report into %1").arg(folder), 0, 100, -1);
    // Core's stages mapped onto one rising 0..100 scale (a future's progress never goes back).
    m_reportWatcher->setFuture(QtConcurrent::run(m_reportPool, [folder, options](QPromise<ReportExportOutcome> &promise) mutable {
        promise.setProgressRange(0, 100);
        // Stages in report.h's order: evaluating, charts, thumbnails (counted), writing.
        options.progress = [&promise, stage = -1, last = QString()](const Progress &p) mutable {
            if (p.stage != last) {
                last = p.stage;
                ++stage;
            }
            const int value = p.total > 0 ? 20 + int(75 * p.done / p.total) : (stage == 0 ? 5 : stage == 1 ? 20 : 97);
            promise.setProgressValueAndText(value, p.stage);
            return !promise.isCanceled();
        };
        ReportExportOutcome outcome;
        // Every exception ends here (STYLE rule 7): one escaping a pool thread ends the program.
        try {
            outcome.result = writeReport(folder, options);
        } catch (const Cancelled &) {
            return; // no result: the watcher sees a cancelled future
        } catch (const Error &e) {
            outcome.error = e.message();
        } catch (const std::exception &e) {
            outcome.error = EvaluationPanel::tr("%1: %2").arg(folder, QString::fromLocal8Bit(e.what()));
        } catch (...) {
            outcome.error = EvaluationPanel::tr("%1: the report failed for an unknown reason").arg(folder);
        }
        promise.addResult(outcome);
    }));
    return true;
}

void EvaluationPanel::onReportFinished()
{
    m_exportReport->setEnabled(m_evaluation != nullptr);
    const QFuture<ReportExportOutcome> future = m_reportWatcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT idle(tr("Report cancelled"));
        return;
    }
    const ReportExportOutcome outcome = future.result();
    if (!outcome.error.isEmpty()) {
        Q_EMIT idle(tr("Report failed"));
        Q_EMIT logMessage(tr("Error: %1").arg(outcome.error));
        Q_EMIT failed(outcome.error);
        if (!m_reportQuiet) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot export the report"),
                                        tr("%1\n\nChoose a folder you can write to.").arg(outcome.error), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setObjectName(QStringLiteral("reportError"));
            box->open();
        }
        return;
    }
    const ReportResult &result = outcome.result;
    for (const QString &note : result.notes)
        Q_EMIT logMessage(tr("Report: %1").arg(note));
    Q_EMIT logMessage(tr("Report written: %1 (%2 charts)").arg(result.html).arg(result.charts.size()));
    m_lastReport = result.html;
    m_openReport->setVisible(true);
    m_showReportFolder->setVisible(true);
    Q_EMIT idle(tr("Report written to %1").arg(QDir::toNativeSeparators(result.html)));
    Q_EMIT reportWritten(result.html);
}

QString EvaluationPanel::predictionsIn(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.isDir())
        return path;
    const QDir dir(path);
    if (dir.exists(QStringLiteral("predictions.csv")))
        return dir.filePath(QStringLiteral("predictions.csv")); // an evaluation folder
    const QList<EvaluationEntry> evaluations = listRunEvaluations(path); // a run folder: its newest evaluation
    if (!evaluations.isEmpty())
        return QDir(evaluations.front().folder).filePath(QStringLiteral("predictions.csv"));
    if (dir.exists(QStringLiteral("test_predictions.csv")))
        return dir.filePath(QStringLiteral("test_predictions.csv"));
    return dir.filePath(QStringLiteral("predictions.csv")); // fails with the file's name
}

void EvaluationPanel::openFile(const QString &input)
{
    m_pendingRestore.clear(); // a file asked for wins over the remembered one
    m_restoring = false;
    const QString path = predictionsIn(input);
    m_path->setText(path);
    m_opening = true;
    m_openingPath = path;
    m_open->setEnabled(false);
    m_thresholdTimer->stop();
    Q_EMIT busy(tr("Evaluating %1").arg(QFileInfo(path).fileName()), 0, 0, -1);
    m_job->open(path, m_sliceAttribute->currentData().toString());
}

QString EvaluationPanel::currentFile() const { return m_evaluation ? m_evaluation->table.source : QString(); }

void EvaluationPanel::clear()
{
    m_job->cancel(); // drops a waiting task; the running one ends in cancelled(), ignored below
    m_opening = false;
    m_restoring = false;
    m_open->setEnabled(true);
    ++m_wantedSerial; // a view still on its way is not wanted
    m_thresholdTimer->stop();
    m_evaluation.reset();
    m_view.reset();
    m_cell.reset();
    m_sliceGroup.clear();
    m_threshold.reset();
    m_storedCoverage.reset();
    m_openingPath.clear();
    m_path->clear();
    showMessage(QString());
    {
        const QSignalBlocker b1(m_slider), b2(m_spin), b3(m_presets), b4(m_sliceAttribute);
        m_slider->setValue(kSliderSteps / 2);
        m_spin->setValue(0.5);
        m_presets->clear();
        m_sliceAttribute->clear();
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_slider, m_spin, m_presets, m_counts, m_normalised, m_sliceAttribute})
        w->setEnabled(false);
    m_exportReport->setEnabled(false);
    m_matrixTitle->setText(tr("Confusion matrix"));
    drawMatrix();
    m_summary->setText(tr("Open a predictions.csv to see its confusion matrix, metrics, curves and errors."));
    m_classTable->setRowCount(0);
    m_sliceTable->clear();
    m_sliceTable->setRowCount(0);
    m_sliceTable->setColumnCount(0);
    m_sliceNote->clear();
    m_galleryModel->setEntries(nullptr, {});
    m_galleryTitle->setText(tr("The misclassified images appear here, most confident first."));
    m_allErrors->setEnabled(false);
    showDetails(-1);
    m_camImage = QImage();
    m_camHeat = QImage();
    m_camPath.clear();
    drawCurves();
    m_roc->replot();
    m_pr->replot();
    drawReliability();
}

void EvaluationPanel::restoreLast(const QString &projectFolder)
{
    m_projectKey = projectFolder;
    m_pendingRestore.clear();
    clear();
    const QString last = lastEvaluation(projectFolder);
    if (last.isEmpty())
        return;
    if (!QFileInfo::exists(last)) {
        rememberLastEvaluation(projectFolder, QString());
        const QString text = tr("The evaluation shown last, %1, no longer exists.").arg(QDir::toNativeSeparators(last));
        showMessage(QStringLiteral("<span style='color:#7f8c8d'>%1</span>").arg(text.toHtmlEscaped()));
        Q_EMIT logMessage(text);
        return;
    }
    m_pendingRestore = last;
    if (isVisible())
        showEvent(nullptr);
}

void EvaluationPanel::showEvent(QShowEvent *event)
{
    if (event)
        QWidget::showEvent(event);
    if (m_pendingRestore.isEmpty())
        return;
    // After the events already queued: a file the command line or the Training panel opens
    // together with showing the panel wins over the remembered one.
    QTimer::singleShot(0, this, [this, path = m_pendingRestore] {
        if (m_pendingRestore != path || !isVisible())
            return;
        openFile(path);
        m_restoring = true;
    });
}

void EvaluationPanel::showMessage(const QString &html)
{
    m_message->setText(html);
    m_message->setVisible(!html.isEmpty());
}

void EvaluationPanel::onFailed(const QString &message)
{
    if (std::exchange(m_opening, false)) {
        m_open->setEnabled(true);
        // Core's messages name the file and the line; say which file the user chose regardless.
        const QString text = message.contains(m_openingPath) ? message : tr("%1: %2").arg(m_openingPath, message);
        showMessage(QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(text.toHtmlEscaped()));
        Q_EMIT idle(tr("Evaluation failed"));
        Q_EMIT logMessage(tr("Error: %1").arg(text));
        Q_EMIT failed(text);
        if (std::exchange(m_restoring, false)) {
            // Nobody asked for this file just now: no dialog, and it is not tried again.
            if (m_projectKey)
                rememberLastEvaluation(*m_projectKey, QString());
            return;
        }
        // Window-modal and not blocking: the event loop (and the workers' signals) keep running.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the predictions"),
                                    tr("%1\n\nChoose a predictions.csv written by evaluation: path, label, predicted and one "
                                       "prob_<class> column per class.").arg(text),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("evaluationError"));
        box->open();
        return;
    }
    // A view failed (it should not: the panel only asks for what the table has). Keep the last one.
    Q_EMIT logMessage(tr("Error: %1").arg(message));
    showMessage(QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(message.toHtmlEscaped()));
}

void EvaluationPanel::onOpened(std::shared_ptr<const Evaluation> evaluation, const EvaluationView &view)
{
    m_opening = false;
    m_restoring = false;
    m_open->setEnabled(true);
    m_evaluation = std::move(evaluation);
    m_storedCoverage = readStoredCoverage(m_openingPath);
    if (m_projectKey)
        rememberLastEvaluation(*m_projectKey, m_openingPath);
    m_threshold.reset();
    m_cell.reset();
    m_wantedSerial = view.serial;
    const PredictionTable &table = m_evaluation->table;

    QStringList notes;
    for (const QString &w : m_evaluation->warnings) {
        notes << w.toHtmlEscaped();
        Q_EMIT logMessage(tr("Warning: %1").arg(w));
    }
    showMessage(notes.isEmpty() ? QString() : QStringLiteral("<span style='color:#b9770e'>%1</span>").arg(notes.join(QStringLiteral("<br>"))));

    {
        const QSignalBlocker block(m_sliceAttribute);
        m_sliceAttribute->clear();
        // Core's group attributes first, then the table's other columns after a separator.
        const QStringList groups = defaultSliceAttributes(table);
        for (const QString &a : groups)
            m_sliceAttribute->addItem(a, a);
        if (!groups.isEmpty() && groups.size() < table.attributeNames.size())
            m_sliceAttribute->insertSeparator(m_sliceAttribute->count());
        for (const QString &a : table.attributeNames)
            if (!groups.contains(a))
                m_sliceAttribute->addItem(a, a);
        m_sliceAttribute->setCurrentIndex(m_sliceAttribute->findData(view.slice.attribute));
        m_sliceAttribute->setEnabled(!table.attributeNames.isEmpty());
    }
    const bool binary = table.classCount() == 2;
    {
        const QSignalBlocker b1(m_slider), b2(m_spin);
        m_slider->setValue(kSliderSteps / 2);
        m_spin->setValue(0.5);
    }
    m_slider->setEnabled(binary);
    m_spin->setEnabled(binary);
    m_presets->setEnabled(binary);
    m_counts->setEnabled(true);
    m_normalised->setEnabled(true);
    m_exportReport->setEnabled(!isExportingReport());
    fillPresets();
    drawCurves();
    drawReliability();
    setView(view);
    Q_EMIT idle(tr("Evaluated %1 predictions from %2").arg(formatCount(qint64(table.rows.size())), table.source));
    Q_EMIT loaded();
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

void EvaluationPanel::fillGallery()
{
    const PredictionTable &table = *m_view->table;
    std::vector<GalleryEntry> entries;
    const int k = m_view->report.matrix.size();
    if (m_cell && (m_cell->first >= k || m_cell->second >= k))
        m_cell.reset();
    if (m_cell && m_cell->first != m_cell->second) {
        // An error cell: core's list is already most confident first.
        for (const Misclassified &e : m_view->errors)
            if (e.actual == m_cell->first && e.predicted == m_cell->second)
                entries.push_back({e.row, e.confidence});
    } else if (m_cell) {
        // A diagonal cell: the correct predictions of one class, least sure last.
        for (int i = 0; i < int(table.rows.size()); ++i) {
            const Prediction &p = table.rows[size_t(i)];
            if (p.label == m_cell->first && p.predicted == m_cell->first)
                entries.push_back({i, p.confidence()});
        }
        std::stable_sort(entries.begin(), entries.end(), [](const GalleryEntry &a, const GalleryEntry &b) { return a.confidence > b.confidence; });
    } else {
        for (const Misclassified &e : m_view->errors)
            entries.push_back({e.row, e.confidence});
    }
    // A slice row chosen in the Slices tab limits the gallery to that group's rows.
    const SliceRow *group = nullptr;
    for (const SliceRow &r : m_view->slice.rows)
        if (!m_sliceGroup.isEmpty() && r.value == m_sliceGroup)
            group = &r;
    if (!group)
        m_sliceGroup.clear();
    if (group) {
        const std::vector<int> &rows = group->rows; // ascending
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&](const GalleryEntry &e) { return !std::binary_search(rows.begin(), rows.end(), e.row); }),
                      entries.end());
    }
    const qint64 n = qint64(entries.size());
    if (m_cell) {
        const QString actual = table.classes.value(m_cell->first), predicted = table.classes.value(m_cell->second);
        m_galleryTitle->setText(m_cell->first == m_cell->second
                                    ? tr("<b>%1</b> predicted correctly: %2 images, most confident first").arg(actual.toHtmlEscaped(), formatCount(n))
                                    : tr("Actual <b>%1</b>, predicted <b>%2</b>: %3 images, most confident first")
                                          .arg(actual.toHtmlEscaped(), predicted.toHtmlEscaped(), formatCount(n)));
    } else {
        m_galleryTitle->setText(tr("All <b>%1</b> misclassified images, most confident first. Click a matrix cell to see only its images.")
                                    .arg(formatCount(n)));
    }
    if (group)
        m_galleryTitle->setText(m_galleryTitle->text() + QLatin1Char(' ') +
                                tr("Only %1 = <b>%2</b> (Slices tab).").arg(m_view->slice.attribute.toHtmlEscaped(), m_sliceGroup.toHtmlEscaped()));
    m_allErrors->setEnabled(m_cell.has_value() || group);
    m_galleryModel->setEntries(m_view->table, std::move(entries));
    if (m_galleryModel->rowCount() > 0)
        m_gallery->setCurrentIndex(m_galleryModel->index(0));
    else
        showDetails(-1);
}

void EvaluationPanel::selectCell(int actual, int predicted)
{
    if (!m_view)
        return;
    m_cell = std::make_pair(actual, predicted);
    drawMatrix();
    fillGallery();
    m_tabs->setCurrentIndex(0);
}

void EvaluationPanel::selectSliceGroup(const QString &group)
{
    if (!m_view)
        return;
    m_sliceGroup = group;
    fillGallery();
    for (int r = 0; r < m_sliceTable->rowCount(); ++r)
        if (m_sliceTable->item(r, 0) && m_sliceTable->item(r, 0)->text() == group) {
            const QSignalBlocker block(m_sliceTable);
            m_sliceTable->selectRow(r);
        }
}

void EvaluationPanel::showAllErrors()
{
    m_cell.reset();
    m_sliceGroup.clear();
    m_sliceTable->clearSelection();
    if (!m_view)
        return;
    drawMatrix();
    fillGallery();
}

void EvaluationPanel::showDetails(int tableRow)
{
    m_detailRow = tableRow;
    m_preview->clear();
    if (!m_view || tableRow < 0) {
        m_detailsText->setText(tr("Select an image to see its details."));
        return;
    }
    const PredictionTable &table = *m_view->table;
    const Prediction &p = table.rows[size_t(tableRow)];
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='3'>");
    html += row(tr("File"), QFileInfo(p.path).fileName());
    html += row(tr("Folder"), QDir::toNativeSeparators(QFileInfo(p.path).path()));
    html += row(tr("Actual"), table.classes.value(p.label));
    html += row(tr("Predicted"), table.classes.value(p.predicted));
    html += row(tr("Confidence"), QString::number(p.confidence(), 'f', 4));
    for (int c = 0; c < table.classCount(); ++c)
        html += row(tr("p(%1)").arg(table.classes[c]), QString::number(p.probs[size_t(c)], 'f', 4));
    for (int a = 0; a < table.attributeNames.size(); ++a)
        html += row(table.attributeNames[a], p.attributes.value(a));
    if (p.line > 0)
        html += row(tr("Line"), QString::number(p.line));
    html += QStringLiteral("</table>");
    m_detailsText->setText(html);
    m_preview->setToolTip(QString());
    if (m_gradCam->isChecked()) {
        requestGradCam();
        return;
    }
    const QImage img = m_previewLoader->thumbnail(p.path);
    if (!img.isNull())
        m_preview->setPixmap(QPixmap::fromImage(img));
}

QImage EvaluationPanel::gradCamComposite() const
{
    if (m_camImage.isNull() || m_camHeat.size() != m_camImage.size())
        return QImage();
    QImage out = m_camImage.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.setOpacity(m_camOpacity->value() / 100.0);
    p.drawImage(0, 0, m_camHeat);
    return out;
}

void EvaluationPanel::showGradCam()
{
    const bool shown = m_gradCam->isChecked() && m_view && m_detailRow >= 0 && !m_camImage.isNull()
                       && m_view->table->rows[size_t(m_detailRow)].path == m_camPath;
    m_camBar->setVisible(m_gradCam->isChecked());
    if (!shown)
        return;
    // Fitted to the label at the image's own aspect ratio (the image, not the model's input).
    const QSize box = m_preview->contentsRect().size().boundedTo(QSize(512, 512)).expandedTo(QSize(16, 16));
    m_preview->setPixmap(QPixmap::fromImage(gradCamComposite().scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_preview->setToolTip(m_camTip);
}

bool EvaluationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview && event->type() == QEvent::Resize && m_gradCam->isChecked())
        QTimer::singleShot(0, this, &EvaluationPanel::showGradCam); // after the layout settles
    return QWidget::eventFilter(watched, event);
}

void EvaluationPanel::requestGradCam()
{
    if (!m_view || m_detailRow < 0)
        return;
    // `maskbench-cli evaluate` writes evaluation.json beside predictions.csv: it names the run.
    const QString predictions = m_path->text().trimmed();
    QFile f(QFileInfo(predictions).dir().filePath(QStringLiteral("evaluation.json")));
    const QJsonObject ev = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    const QString run = ev.value(QStringLiteral("run")).toString();
    if (run.isEmpty()) {
        m_preview->setText(tr("Grad-CAM needs the run: open a predictions.csv written by maskbench-cli evaluate "
                              "(its evaluation.json names the run)"));
        m_preview->setWordWrap(true);
        return;
    }
    m_camImage = QImage();
    m_camHeat = QImage();
    m_camPath.clear();
    m_preview->setText(tr("Computing Grad-CAM..."));
    GradCamRequest r;
    r.runDir = run;
    r.checkpoint = ev.value(QStringLiteral("checkpoint")).toString(QStringLiteral("best"));
    r.imagePath = m_view->table->rows[size_t(m_detailRow)].path;
    m_gradCamJob->request(r);
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
