#include "ui/training/training_panel.h"
#include "ui/training/training_panel_p.h"

#include "core/common/device.h"
#include "core/common/error.h"
#include "core/io/csv.h"
#include "ui/training/run_evaluations.h"
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

#include <algorithm>
#include <cmath>
#include <limits>

namespace maskbench::ui {

using namespace training_detail;

namespace {

// A split manifest (CSV with a split column) with at least one test row. Read once when a run
// finishes (tens of milliseconds for the largest manifests here).
bool hasTestSplit(const QString &data)
{
    if (!data.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) || !QFileInfo::exists(data))
        return false;
    const CsvTable t = readCsv(data, ',');
    const int split = t.column(QStringLiteral("split"));
    if (split < 0)
        return false;
    for (const CsvRow &row : t.rows)
        if (row.fields[split].trimmed() == QLatin1String("test"))
            return true;
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------------

TrainingPanel::TrainingPanel(QWidget *parent) : QWidget(parent)
{
    m_job = new TrainJob(this);
    connect(m_job, &TrainJob::event, this, &TrainingPanel::onEvent);
    connect(m_job, &TrainJob::succeeded, this, &TrainingPanel::onSucceeded);
    connect(m_job, &TrainJob::failed, this, &TrainingPanel::onFailed);
    connect(m_job, &TrainJob::finished, this, &TrainingPanel::updateButtons);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kReplotDelayMs);
    connect(&m_replotTimer, &QTimer::timeout, this, &TrainingPanel::replot);
    m_tailTimer.setInterval(kTailIntervalMs);
    connect(&m_tailTimer, &QTimer::timeout, this, &TrainingPanel::readRunFiles);

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    QWidget *form = createForm();
    formScroll->setWidget(form);
    // The form scrolls: it opens as wide as its rows need (the splitter's sizes below), and on a
    // small screen (1024x700) it may be narrower, with a horizontal scroll bar, so the window fits.
    const int formWidth = form->minimumSizeHint().width() + formScroll->verticalScrollBar()->sizeHint().width() + 4;
    formScroll->setMinimumWidth(std::min(320, formWidth));

    auto *bottomTabs = new QTabWidget(this);
    // The run list and the run's evaluations scroll as one page when the window is small.
    auto *runsScroll = new QScrollArea(this);
    runsScroll->setWidgetResizable(true);
    runsScroll->setFrameShape(QFrame::NoFrame);
    runsScroll->setWidget(createRunsTab());
    bottomTabs->addTab(runsScroll, tr("Runs"));
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(10000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    bottomTabs->addTab(m_log, tr("Run log"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(createCharts());
    right->addWidget(bottomTabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(formScroll, 1);
    leftLayout->addWidget(m_controls);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({std::clamp(formWidth, 330, 440), 900}); // on a small screen the charts keep their share

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    applyPreset(LeviQuick);
    m_preset->setCurrentIndex(LeviQuick);
    m_data->setText(Settings::lastTrainData.get());
    setRunsFolder(Settings::runsFolder.get().isEmpty() ? QDir::current().filePath(QStringLiteral("runs")) : Settings::runsFolder.get());
    updateButtons();
    replot();
}

TrainingPanel::~TrainingPanel()
{
    // m_job (a child) stops the run and joins its thread in its destructor; nothing here may
    // outlive it, so it goes first.
    delete m_job;
    m_job = nullptr;
}


// --- running ----------------------------------------------------------------------------------

bool TrainingPanel::isBusy() const { return m_job && m_job->isRunning(); }

bool TrainingPanel::isPaused() const { return m_job && m_job->isPaused(); }

void TrainingPanel::showError(const QString &message)
{
    m_lastError = message;
    appendRunLog(tr("error: %1").arg(message));
    Q_EMIT failed(message);
    // Non-blocking (open, not exec) so a live run and the event loop keep going behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Training"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("trainingError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TrainingPanel::start()
{
    if (isBusy())
        return;
    TrainConfig c;
    try {
        c = configFromForm();
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    detach();
    Settings::lastTrainData.set(c.data);
    m_lastError.clear();
    m_curves.clear();
    m_curves.runDir = QDir(c.outDir).absolutePath();
    m_curves.totalEpochs = c.totalEpochs();
    m_log->clear();
    m_runTitle->setText(tr("Training %1").arg(QDir::toNativeSeparators(m_curves.runDir)));
    resetProgress(c.totalEpochs());
    appendRunLog(tr("starting %1 on %2 into %3").arg(c.model.name, c.data, m_curves.runDir));
    if (c.limitTrain > 0 || c.limitVal > 0)
        appendRunLog(tr("using seeded subsets (seed %1): %2 training and %3 validation images")
                         .arg(c.seed)
                         .arg(c.limitTrain > 0 ? QString::number(c.limitTrain) : tr("all"),
                              c.limitVal > 0 ? QString::number(c.limitVal) : tr("all")));
    m_job->start(c);
    Q_EMIT busy(tr("Training: starting"), 0, 0, -1);
    updateButtons();
    scheduleReplot();
}

void TrainingPanel::resumeRun(const QString &runDir)
{
    if (isBusy() || runDir.isEmpty())
        return;
    if (!openRun(runDir))
        return;
    const int total = m_curves.totalEpochs;
    if (total > 0 && m_curves.epochs() >= total) {
        showError(tr("%1 has finished all %2 epochs; there is nothing to resume").arg(runDir).arg(total));
        return;
    }
    m_lastError.clear();
    m_runTitle->setText(tr("Resuming %1").arg(QDir::toNativeSeparators(m_curves.runDir)));
    appendRunLog(tr("resuming %1").arg(runDir));
    m_job->resume(runDir);
    Q_EMIT busy(tr("Training: resuming"), 0, 0, -1);
    updateButtons();
}

void TrainingPanel::pause()
{
    if (!isBusy())
        return;
    m_job->pause();
    appendRunLog(tr("pausing after the current batch"));
    showPaused();
    updateButtons();
    refreshRuns();
}

void TrainingPanel::unpause()
{
    if (!isBusy())
        return;
    m_job->unpause();
    appendRunLog(tr("resumed"));
    if (m_lastBatch.epoch > 0)
        m_rate->setText(tr("%1 images/s\nETA %2 · stage %3").arg(m_lastBatch.imagesPerSecond, 0, 'f', 1).arg(duration(m_lastBatch.etaSeconds), m_lastBatch.stage));
    updateButtons();
    refreshRuns();
}

void TrainingPanel::stop()
{
    if (!isBusy())
        return;
    m_job->stop();
    appendRunLog(tr("stopping after the current batch"));
    Q_EMIT busy(tr("Training: stopping"), 0, 0, -1);
    updateButtons();
}

// Paused: the ETA stops where it was (the time paused is not counted, by the trainer either).
void TrainingPanel::showPaused()
{
    const TrainEvent &e = m_lastBatch;
    m_rate->setText(e.epoch > 0 ? tr("Paused at batch %1/%2 of epoch %3\nETA %4 after resuming · stage %5")
                                      .arg(e.batch).arg(e.batches).arg(e.epoch).arg(duration(e.etaSeconds), e.stage)
                                : tr("Paused"));
    Q_EMIT busy(e.epoch > 0 ? tr("Training paused: epoch %1/%2").arg(e.epoch).arg(e.totalEpochs) : tr("Training paused"),
                e.epoch > 0 ? qint64(e.epoch - 1) * e.batches + e.batch : 0, qint64(e.totalEpochs) * e.batches, -1);
}

void TrainingPanel::resetProgress(int totalEpochs)
{
    m_lastBatch = TrainEvent();
    m_epochBar->setRange(0, std::max(1, totalEpochs));
    m_epochBar->setValue(0);
    m_batchBar->setRange(0, 1);
    m_batchBar->setValue(0);
    m_rate->clear();
}

void TrainingPanel::onEvent(const TrainEvent &e)
{
    switch (e.kind) {
    case TrainEvent::Batch: {
        m_lastBatch = e;
        m_curves.totalEpochs = e.totalEpochs;
        // The epoch's running means as they are (no extra smoothing), so the points drawn live are
        // points of the curve a reopened run draws from events.jsonl, whichever events the
        // throttle let through.
        m_curves.addBatch(e.epoch, e.batch, e.batches, e.loss, e.accuracy, 1.0);
        m_epochBar->setRange(0, std::max(1, e.totalEpochs));
        m_epochBar->setValue(e.epoch - 1);
        m_batchBar->setRange(0, std::max(1, e.batches));
        m_batchBar->setValue(e.batch);
        if (isPaused()) {
            showPaused(); // the batch that was running when Pause was pressed
        } else {
            m_rate->setText(tr("%1 images/s\nETA %2 · stage %3").arg(e.imagesPerSecond, 0, 'f', 1).arg(duration(e.etaSeconds), e.stage));
            Q_EMIT busy(tr("Training epoch %1/%2").arg(e.epoch).arg(e.totalEpochs), qint64(e.epoch - 1) * e.batches + e.batch,
                        qint64(e.totalEpochs) * e.batches, e.etaSeconds);
        }
        scheduleReplot();
        return;
    }
    case TrainEvent::Epoch:
        m_curves.totalEpochs = e.totalEpochs;
        m_curves.addEpoch(e.epoch, e.loss, e.accuracy, e.valLoss, e.valAccuracy);
        m_epochBar->setValue(e.epoch);
        m_batchBar->setValue(m_batchBar->maximum());
        m_rate->setText(tr("%1 images/s\nETA %2 · stage %3").arg(e.imagesPerSecond, 0, 'f', 1).arg(duration(e.etaSeconds), e.stage));
        appendRunLog(tr("epoch %1/%2 [%3]  loss %4  acc %5  val_loss %6  val_acc %7  %8 s%9")
                         .arg(e.epoch).arg(e.totalEpochs).arg(e.stage)
                         .arg(e.loss, 0, 'f', 4).arg(e.accuracy, 0, 'f', 4).arg(e.valLoss, 0, 'f', 4).arg(e.valAccuracy, 0, 'f', 4)
                         .arg(e.seconds, 0, 'f', 1)
                         .arg(m_curves.bestEpoch == e.epoch ? tr("  (best so far)") : QString()));
        if (e.epoch == 1)
            refreshRuns(); // the run folder exists now
        scheduleReplot();
        return;
    case TrainEvent::StageStart:
        appendRunLog(tr("stage %1 from epoch %2: %3 trainable, %4 frozen parameters")
                         .arg(e.stage).arg(e.epoch).arg(e.trainable).arg(e.frozen));
        return;
    case TrainEvent::Log:
        appendRunLog(e.message);
        if (e.level != TrainEvent::Info) // warnings and notices also reach the Log dock
            Q_EMIT logMessage(e.message);
        return;
    }
}

void TrainingPanel::onSucceeded(const TrainResult &r)
{
    // No sentinel values: stopped before the first epoch ended, there is no accuracy yet, and
    // Resume run restarts the run from epoch 1 (it has no checkpoint).
    const QString message = r.stopped && r.bestEpoch <= 0
        ? tr("Training stopped before its first epoch ended; Resume run starts it again from epoch 1")
        : r.stopped
        ? tr("Training stopped after %1 epoch(s); best val. accuracy %2 (epoch %3). Resume run continues it")
              .arg(r.epochsDone).arg(r.bestValAccuracy, 0, 'f', 4).arg(r.bestEpoch)
        : tr("Training finished: %1 epoch(s), best val. accuracy %2 (epoch %3), %4 s")
              .arg(r.epochsDone).arg(r.bestValAccuracy, 0, 'f', 4).arg(r.bestEpoch).arg(r.seconds, 0, 'f', 1);
    appendRunLog(message);
    m_runTitle->setText(tr("%1 — %2").arg(QDir::toNativeSeparators(r.runDir), r.stopped ? tr("stopped") : tr("finished")));
    refreshRuns();
    updateButtons();
    Q_EMIT idle(message);
    Q_EMIT runFinished(r.runDir, r.stopped);
    // A finished run with a test split: its evaluation (the same job as Evaluate...) follows.
    if (!r.stopped && m_evaluateAtEnd->isChecked() && r.bestEpoch > 0) {
        const QJsonObject config = readJson(QDir(r.runDir).filePath(QStringLiteral("config.json")));
        RunEvaluationRequest request;
        request.runDirs = {r.runDir};
        request.inference.runDir = r.runDir;
        request.inference.data = config.value(QStringLiteral("data")).toString();
        request.inference.split = QStringLiteral("test");
        request.inference.checkpoint = QStringLiteral("best");
        request.outChoice = tr("split or checkpoint");
        try {
            if (hasTestSplit(request.inference.data)) {
                m_evaluations->setRun(r.runDir);
                m_evaluations->start(request);
            } else {
                appendRunLog(tr("no test split in %1: nothing to evaluate").arg(request.inference.data));
            }
        } catch (const Error &e) {
            appendRunLog(tr("warning: %1").arg(e.message()));
        }
    }
}

void TrainingPanel::onFailed(const QString &message)
{
    m_runTitle->setText(tr("%1 — failed").arg(QDir::toNativeSeparators(m_curves.runDir)));
    refreshRuns();
    updateButtons();
    Q_EMIT idle(tr("Training failed"));
    showError(message);
}

void TrainingPanel::updateButtons()
{
    const bool running = isBusy();
    const bool paused = isPaused();
    m_start->setEnabled(!running);
    m_pause->setEnabled(running && !paused);
    m_resume->setEnabled(running && paused);
    m_stop->setEnabled(running);
    m_formGroup->setEnabled(!running);
    m_preset->setEnabled(!running);
    const bool selected = !selectedRun().isEmpty();
    m_openRun->setEnabled(selected && !running);
    m_resumeRun->setEnabled(selected && !running);
    m_overlayRun->setEnabled(selected);
    m_attachRun->setEnabled((selected || isAttached()) && !running);
    if (running && paused)
        Q_EMIT busy(tr("Training paused"), m_epochBar->value(), m_epochBar->maximum(), -1);
}

void TrainingPanel::appendRunLog(const QString &line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), line));
}

} // namespace maskbench::ui
