#include "ui/training/run_evaluations.h"

#include "workers/evaluate_run_job.h"
#include "ui/predict/predict_dialog.h"
#include "ui/training/evaluate_dialog.h"
#include "ui/training/training_panel_p.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace maskbench::ui {
RunEvaluationsBox::RunEvaluationsBox(QWidget *parent) : QGroupBox(tr("Evaluations"), parent)
{
    m_job = new EvaluateRunJob(this);
    connect(m_job, &EvaluateRunJob::progress, this, &RunEvaluationsBox::onProgress);
    connect(m_job, &EvaluateRunJob::finished, this, &RunEvaluationsBox::onFinished);
    connect(m_job, &EvaluateRunJob::failed, this, &RunEvaluationsBox::onFailed);
    connect(m_job, &EvaluateRunJob::cancelled, this, [this] {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_status->setText(tr("Evaluation cancelled; nothing was written."));
        Q_EMIT idle(tr("Evaluation cancelled"));
        updateButtons();
    });

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Split"), tr("Checkpoint"), tr("Accuracy"), tr("Coverage"), tr("Images"), tr("Created"), tr("Report")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(fontMetrics().height() * 5);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RunEvaluationsBox::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedEvaluation().isEmpty())
            Q_EMIT openEvaluation(selectedEvaluation());
    });

    m_evaluate = new QPushButton(QIcon::fromTheme(QStringLiteral("system-run")), tr("Evaluate…"), this);
    m_evaluate->setToolTip(tr("Predict a split with one of the run's checkpoints: confusion matrix, per-class report, "
                              "slices and errors, written into the run folder"));
    connect(m_evaluate, &QPushButton::clicked, this, &RunEvaluationsBox::evaluateWithDialog);
    m_predict = new QPushButton(QIcon::fromTheme(QStringLiteral("camera-photo")), tr("Predict photos…"), this);
    m_predict->setToolTip(tr("Use the run on new photos: each framed as the training images were, optionally masked; "
                             "class and probability per photo, coverage in the summary"));
    connect(m_predict, &QPushButton::clicked, this, &RunEvaluationsBox::predictPhotos);
    m_open = new QPushButton(tr("Open in Evaluation"), this);
    m_open->setToolTip(tr("Show the selected evaluation in the Evaluation panel (double-click)"));
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openEvaluation(selectedEvaluation()); });
    m_report = new QPushButton(tr("Open report"), this);
    m_report->setToolTip(tr("Open the selected evaluation's report.html in the web browser"));
    connect(m_report, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(selectedEvaluation()).filePath(QStringLiteral("report.html"))));
    });
    m_folder = new QPushButton(tr("Show folder"), this);
    connect(m_folder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(selectedEvaluation())); });
    m_cancel = new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Cancel"), this);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &RunEvaluationsBox::cancel);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_evaluate, m_predict, m_open, m_report, m_folder})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    updateButtons();
}

RunEvaluationsBox::~RunEvaluationsBox() = default;

void RunEvaluationsBox::setRun(const QString &runDir)
{
    if (runDir == m_runDir)
        return;
    m_runDir = runDir;
    if (!isBusy())
        m_status->clear();
    refresh();
}

bool RunEvaluationsBox::isBusy() const { return m_job->isRunning(); }

QStringList RunEvaluationsBox::evaluations() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out.append(m_list->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return out;
}

QString RunEvaluationsBox::selectedEvaluation() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

void RunEvaluationsBox::refresh()
{
    const QString selected = selectedEvaluation();
    m_list->clear();
    setTitle(m_runDir.isEmpty() ? tr("Evaluations") : tr("Evaluations of %1").arg(QFileInfo(m_runDir).fileName()));
    if (!m_runDir.isEmpty()) {
        for (const EvaluationEntry &e : listRunEvaluations(m_runDir)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setData(0, Qt::UserRole, e.folder);
            item->setToolTip(0, QDir::toNativeSeparators(e.folder));
            item->setText(0, e.split);
            item->setText(1, e.epoch > 0 ? tr("%1 (epoch %2)").arg(e.checkpoint).arg(e.epoch) : e.checkpoint);
            item->setText(2, e.accuracy >= 0 ? QString::number(e.accuracy, 'f', 4) : QStringLiteral("–"));
            item->setText(3, e.coverage >= 0 ? QStringLiteral("%1%").arg(100.0 * e.coverage, 0, 'f', 1) : QStringLiteral("–"));
            item->setText(4, QString::number(e.images));
            item->setText(5, QDateTime::fromString(e.created, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            item->setText(6, e.hasReport ? tr("yes") : tr("no"));
            if (e.folder == selected)
                item->setSelected(true);
        }
    }
    updateButtons();
}

void RunEvaluationsBox::evaluateWithDialog()
{
    if (m_runDir.isEmpty() || isBusy())
        return;
    EvaluateDialog dialog(m_runDir, this);
    if (dialog.exec() == QDialog::Accepted)
        start(dialog.request());
}

void RunEvaluationsBox::start(const RunEvaluationRequest &request)
{
    if (isBusy())
        return;
    m_status->setText(tr("Evaluating %1 on the %2 split…").arg(QFileInfo(request.runDirs.value(0)).fileName(), request.inference.split));
    m_status->setStyleSheet(QString());
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    Q_EMIT logMessage(tr("Evaluating %1: %2 split of %3, checkpoint %4")
                          .arg(QFileInfo(request.runDirs.value(0)).fileName(), request.inference.split, request.inference.data,
                               request.inference.checkpoint));
    m_job->start(request);
    updateButtons();
}

void RunEvaluationsBox::cancel() { m_job->cancel(); }

void RunEvaluationsBox::onProgress(const Progress &p)
{
    if (p.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * p.done / p.total));
        m_progress->setFormat(tr("%1 of %2 images · ETA %3").arg(p.done).arg(p.total).arg(training_detail::duration(p.etaSeconds)));
    }
    Q_EMIT busy(p.stage, p.done, p.total, p.etaSeconds);
}

void RunEvaluationsBox::onFinished(std::shared_ptr<const RunEvaluation> evaluation)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const AnswerCoverage &c = evaluation->coverage;
    const QString text = tr("Accuracy %1 on the answered images; answered %2 of %3 (coverage %4%)")
                             .arg(c.accuracyAnswered(), 0, 'f', 4)
                             .arg(c.answered)
                             .arg(c.given)
                             .arg(100.0 * c.coverage(), 0, 'f', 1);
    m_status->setText(text);
    Q_EMIT logMessage(tr("Evaluation written in %1: %2").arg(evaluation->outDir, text));
    for (const QString &w : evaluation->ensemble.combined.warnings)
        Q_EMIT logMessage(tr("Warning: %1").arg(w));
    Q_EMIT idle(tr("Evaluation finished"));
    refresh();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (QFileInfo(m_list->topLevelItem(i)->data(0, Qt::UserRole).toString()) == QFileInfo(evaluation->outDir))
            m_list->setCurrentItem(m_list->topLevelItem(i));
    updateButtons();
    Q_EMIT evaluationFinished(evaluation->outDir);
    Q_EMIT openEvaluation(evaluation->outDir);
}

void RunEvaluationsBox::onFailed(const QString &message)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color:#c0392b"));
    Q_EMIT logMessage(tr("Error: %1").arg(message));
    Q_EMIT idle(tr("Evaluation failed"));
    updateButtons();
    Q_EMIT evaluationFailed(message);
}

void RunEvaluationsBox::updateButtons()
{
    const bool busy = isBusy();
    const QString sel = selectedEvaluation();
    m_evaluate->setEnabled(!busy && !m_runDir.isEmpty());
    m_predict->setEnabled(!m_runDir.isEmpty());
    m_open->setEnabled(!sel.isEmpty());
    m_folder->setEnabled(!sel.isEmpty());
    m_report->setEnabled(!sel.isEmpty() && QFileInfo::exists(QDir(sel).filePath(QStringLiteral("report.html"))));
}

PredictDialog *RunEvaluationsBox::predictPhotos()
{
    if (m_runDir.isEmpty())
        return nullptr;
    auto *dialog = new PredictDialog(m_runDir, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace maskbench::ui
