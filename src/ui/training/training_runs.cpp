#include "ui/training/training_panel.h"
#include "ui/training/training_panel_p.h"
#include "core/train/run_record.h"

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

QWidget *TrainingPanel::createRunsTab()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);

    m_runsFolder = new QLineEdit(box);
    m_runsFolder->setToolTip(tr("Folder whose subfolders are runs (each with config.json and metrics.csv)"));
    connect(m_runsFolder, &QLineEdit::editingFinished, this, [this] { setRunsFolder(m_runsFolder->text()); });
    auto *browse = new QPushButton(tr("Choose…"), box);
    browse->setToolTip(tr("Choose the folder that holds the runs"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Runs folder"), runsFolder());
        if (!d.isEmpty())
            setRunsFolder(d);
    });
    auto *refresh = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), box);
    refresh->setToolTip(tr("List the runs again"));
    connect(refresh, &QPushButton::clicked, this, &TrainingPanel::refreshRuns);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Runs folder:"), box));
    top->addWidget(m_runsFolder, 1);
    top->addWidget(browse);
    top->addWidget(refresh);
    layout->addLayout(top);

    m_runList = new QTreeWidget(box);
    m_runList->setRootIsDecorated(false);
    m_runList->setHeaderLabels({tr("Run"), tr("Model"), tr("Epochs"), tr("Best val. accuracy"), tr("State"), tr("Modified")});
    m_runList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_runList->setSortingEnabled(false);
    connect(m_runList, &QTreeWidget::itemDoubleClicked, this, [this] { openRun(selectedRun()); });
    connect(m_runList, &QTreeWidget::itemSelectionChanged, this, &TrainingPanel::updateButtons);
    layout->addWidget(m_runList, 2);

    m_openRun = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open"), box);
    m_openRun->setToolTip(tr("Show the selected run's configuration and curves (double-click)"));
    connect(m_openRun, &QPushButton::clicked, this, [this] { openRun(selectedRun()); });
    m_resumeRun = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Resume run"), box);
    m_resumeRun->setToolTip(tr("Continue the selected stopped run from its last checkpoint"));
    connect(m_resumeRun, &QPushButton::clicked, this, [this] { resumeRun(selectedRun()); });
    m_overlayRun = new QPushButton(tr("Overlay"), box);
    m_overlayRun->setToolTip(tr("Draw the selected run's epoch curves, dashed, over the current ones"));
    connect(m_overlayRun, &QPushButton::clicked, this, [this] { overlayRun(selectedRun()); });
    auto *clear = new QPushButton(tr("Clear overlay"), box);
    connect(clear, &QPushButton::clicked, this, &TrainingPanel::clearOverlay);
    m_attachRun = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Follow live"), box);
    m_attachRun->setCheckable(true);
    m_attachRun->setToolTip(tr("Follow the selected run while another process (maskbench-cli train) writes it"));
    connect(m_attachRun, &QPushButton::clicked, this, [this](bool on) {
        if (on && !attachRun(selectedRun()))
            m_attachRun->setChecked(false);
        else if (!on)
            detach();
    });
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {m_openRun, m_resumeRun, m_overlayRun, clear, m_attachRun})
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);

    // The selected run's evaluations (or the run shown, when none is selected).
    m_evaluations = new RunEvaluationsBox(box);
    connect(m_runList, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!selectedRun().isEmpty())
            m_evaluations->setRun(selectedRun());
    });
    connect(m_evaluations, &RunEvaluationsBox::busy, this, &TrainingPanel::busy);
    connect(m_evaluations, &RunEvaluationsBox::idle, this, &TrainingPanel::idle);
    connect(m_evaluations, &RunEvaluationsBox::logMessage, this, &TrainingPanel::logMessage);
    layout->addWidget(m_evaluations, 1);
    return box;
}

// --- run list ---------------------------------------------------------------------------------

QString TrainingPanel::runsFolder() const { return m_runsFolder->text(); }

void TrainingPanel::setRunsFolder(const QString &folder)
{
    const QString abs = QDir(folder).absolutePath();
    m_runsFolder->setText(abs);
    Settings::runsFolder.set(abs);
    refreshRuns();
}

QStringList TrainingPanel::runs() const
{
    QStringList out;
    for (int i = 0; i < m_runList->topLevelItemCount(); ++i)
        out.append(m_runList->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return out;
}

QString TrainingPanel::selectedRun() const
{
    const QList<QTreeWidgetItem *> items = m_runList->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

void TrainingPanel::refreshRuns()
{
    const QString selected = selectedRun();
    m_runList->clear();
    QDir dir(runsFolder());
    const QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
    for (const QFileInfo &fi : entries) {
        const QString path = fi.absoluteFilePath();
        const QJsonObject config = readJson(QDir(path).filePath(QStringLiteral("config.json")));
        if (config.isEmpty())
            continue;
        RunCurves curves;
        readMetrics(path, curves);
        const int total = totalEpochsOf(config);
        const QFileInfo metrics(QDir(path).filePath(QStringLiteral("metrics.csv")));
        // The run's own status record (core's run_record.h), not a guess from its log text.
        const RunStatus status = readRunStatus(path);
        QString state;
        if (isBusy() && QDir(path) == QDir(m_curves.runDir))
            state = isPaused() ? tr("paused") : tr("running");
        else if (status.state == RunState::Finished || (total > 0 && curves.epochs() >= total))
            state = tr("finished");
        else if (status.stale)
            state = tr("crashed (no heartbeat since %1)").arg(status.updated.toLocalTime().toString(QStringLiteral("HH:mm")));
        else if (isAttached() && QDir(path) == QDir(m_attachDir))
            state = tr("following");
        else if (status.state == RunState::Stopped)
            state = tr("stopped");
        else if (status.state == RunState::Failed)
            state = tr("failed");
        else if (status.state == RunState::Paused)
            state = tr("paused by another process");
        else if (status.state == RunState::Running)
            state = tr("being written");
        else
            state = tr("interrupted"); // killed before its status record: Resume run continues from the last checkpoint
        auto *item = new QTreeWidgetItem(m_runList);
        item->setText(0, fi.fileName());
        item->setData(0, Qt::UserRole, path);
        item->setToolTip(0, QDir::toNativeSeparators(path));
        item->setText(1, config.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString());
        item->setText(2, tr("%1 / %2").arg(curves.epochs()).arg(total));
        item->setText(3, curves.bestEpoch > 0 ? tr("%1 (epoch %2)").arg(curves.bestValAccuracy, 0, 'f', 4).arg(curves.bestEpoch) : QStringLiteral("–"));
        item->setText(4, state);
        if (!status.message.isEmpty())
            item->setToolTip(4, status.message);
        item->setData(4, Qt::UserRole, runStateName(status.state));
        item->setText(5, metrics.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (path == selected)
            item->setSelected(true);
    }
    for (int c = 1; c < m_runList->columnCount(); ++c)
        m_runList->resizeColumnToContents(c);
    updateButtons();
}

bool TrainingPanel::showRun(const QString &runDir)
{
    const RunStatus status = readRunStatus(runDir);
    const bool live = (status.state == RunState::Running || status.state == RunState::Paused) && !status.stale;
    if (live && !isBusy())
        return attachRun(runDir);
    return openRun(runDir);
}

bool TrainingPanel::openRun(const QString &runDir)
{
    if (m_evaluations && !runDir.isEmpty())
        m_evaluations->setRun(runDir);
    if (runDir.isEmpty())
        return false;
    if (isBusy()) {
        showError(tr("A run is going: stop it before opening another (Overlay draws another run beside it)"));
        return false;
    }
    detach();
    RunCurves curves;
    QString error;
    if (!readMetrics(runDir, curves, &error)) {
        showError(error);
        return false;
    }
    const QJsonObject config = readJson(QDir(runDir).filePath(QStringLiteral("config.json")));
    if (!config.isEmpty()) {
        try {
            TrainConfig c = TrainConfig::fromJson(config);
            c.outDir.clear(); // a new start from this form makes a new run
            setConfig(c);
            m_preset->setCurrentIndex(Custom);
        } catch (const Error &e) {
            appendRunLog(tr("warning: %1").arg(e.message()));
        }
    }
    m_curves = curves;
    m_curves.runDir = QDir(runDir).absolutePath();
    resetTail(m_curves.runDir);
    resetProgress(m_curves.totalEpochs);
    readRunFiles(); // batch curves from events.jsonl, where the run wrote one; sets the progress bars
    m_log->clear();
    QFile log(QDir(runDir).filePath(QStringLiteral("train.log")));
    if (log.open(QIODevice::ReadOnly))
        m_log->setPlainText(QString::fromUtf8(log.readAll()));
    m_runTitle->setText(tr("%1 — %2 of %3 epochs").arg(QDir::toNativeSeparators(m_curves.runDir)).arg(m_curves.epochs()).arg(m_curves.totalEpochs));
    Q_EMIT idle(m_curves.bestEpoch > 0
                    ? tr("Opened run %1: %2 of %3 epochs, best val. accuracy %4 (epoch %5)")
                          .arg(QDir::toNativeSeparators(m_curves.runDir)).arg(m_curves.epochs()).arg(m_curves.totalEpochs)
                          .arg(m_curves.bestValAccuracy, 0, 'f', 4).arg(m_curves.bestEpoch)
                    : tr("Opened run %1: no finished epoch yet").arg(QDir::toNativeSeparators(m_curves.runDir)));
    scheduleReplot();
    return true;
}

bool TrainingPanel::overlayRun(const QString &runDir)
{
    RunCurves curves;
    QString error;
    if (!readMetrics(runDir, curves, &error)) {
        showError(error);
        return false;
    }
    m_overlay = curves;
    scheduleReplot();
    return true;
}

void TrainingPanel::clearOverlay()
{
    m_overlay = RunCurves();
    scheduleReplot();
}

bool TrainingPanel::attachRun(const QString &runDir)
{
    if (runDir.isEmpty() || isBusy())
        return false;
    if (!QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("config.json")))) {
        showError(tr("%1 holds no run yet (no config.json)").arg(runDir));
        return false;
    }
    detach();
    m_curves = RunCurves();
    m_curves.runDir = QDir(runDir).absolutePath();
    m_curves.totalEpochs = totalEpochsOf(readJson(QDir(runDir).filePath(QStringLiteral("config.json"))));
    m_attachDir = m_curves.runDir;
    const QJsonObject config = readJson(QDir(runDir).filePath(QStringLiteral("config.json")));
    m_attachBatchSize = 0;
    try {
        TrainConfig c = TrainConfig::fromJson(config);
        m_attachBatchSize = c.batchSize;
        c.outDir.clear();
        setConfig(c);
        m_preset->setCurrentIndex(Custom);
    } catch (const Error &e) {
        appendRunLog(tr("warning: %1").arg(e.message()));
    }
    resetTail(m_attachDir);
    resetProgress(m_curves.totalEpochs);
    m_log->clear();
    m_runTitle->setText(tr("Following %1 (written by another process)").arg(QDir::toNativeSeparators(m_attachDir)));
    Q_EMIT idle(tr("Following run %1 as another process writes it").arg(QDir::toNativeSeparators(m_attachDir)));
    readRunFiles();
    m_tailTimer.start();
    m_attachRun->setChecked(true);
    updateButtons();
    return true;
}

void TrainingPanel::detach()
{
    m_tailTimer.stop();
    m_attachDir.clear();
    if (m_attachRun)
        m_attachRun->setChecked(false);
}

void TrainingPanel::resetTail(const QString &runDir)
{
    m_follower = RunFollower(runDir);
}

void TrainingPanel::readRunFiles()
{
    const QString dir = m_curves.runDir;
    if (dir.isEmpty())
        return;
    if (QDir(m_follower.runDir()) != QDir(dir))
        resetTail(dir);
    const RunFollower::Update u = m_follower.poll();
    if (u.restarted) {
        // A resume cut the files back: the update holds everything from the start.
        const int total = m_curves.totalEpochs;
        m_curves.clear();
        m_curves.totalEpochs = total;
    }
    for (const EpochMetrics &e : u.epochs)
        m_curves.addEpoch(e.epoch, e.loss, e.accuracy, e.valLoss, e.valAccuracy);
    BatchRecord last;
    for (const BatchRecord &b : u.batches) {
        // The epoch's running means, as the live events carry them and drawn as live (unsmoothed):
        // the curve of a reopened run is the one drawn while it trained. Runs from before the
        // means were recorded draw each batch's own values, smoothed.
        if (b.lossMean >= 0)
            m_curves.addBatch(b.epoch, b.batch, b.batches, b.lossMean, b.accuracyMean, 1.0);
        else
            m_curves.addBatch(b.epoch, b.batch, b.batches, b.loss, b.accuracy, 0.1);
        last = b;
    }
    const bool anyBatch = !u.batches.empty();
    if (!isBusy()) {
        m_epochBar->setRange(0, std::max(1, m_curves.totalEpochs));
        m_epochBar->setValue(m_curves.epochs());
        if (anyBatch) {
            m_batchBar->setRange(0, std::max(1, last.batches));
            m_batchBar->setValue(last.batch);
            const RunStatus status = isAttached() ? readRunStatus(dir) : RunStatus();
            const bool paused = status.state == RunState::Paused;
            // Training time only (validation not counted): what the batches still to come take.
            const qint64 left = qint64(std::max(0, m_curves.totalEpochs - last.epoch)) * last.batches + (last.batches - last.batch);
            const double eta = isAttached() && last.imagesPerSecond > 0 && m_attachBatchSize > 0
                ? double(left) * m_attachBatchSize / last.imagesPerSecond : -1;
            m_rate->setText(paused ? tr("paused by the writing process\nstage %1").arg(last.stage)
                            : isAttached() ? tr("%1 images/s\nETA %2 · stage %3").arg(last.imagesPerSecond, 0, 'f', 1).arg(duration(eta), last.stage)
                                           : tr("%1 images/s\nstage %2").arg(last.imagesPerSecond, 0, 'f', 1).arg(last.stage));
        }
        if (isAttached() && !u.empty()) {
            QFile log(QDir(dir).filePath(QStringLiteral("train.log")));
            if (log.open(QIODevice::ReadOnly))
                m_log->setPlainText(QString::fromUtf8(log.readAll()));
        }
    }
    if (!u.empty() || u.restarted)
        scheduleReplot();
}

} // namespace maskbench::ui
