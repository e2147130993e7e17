// "Export HTML report": core's writeReport() (what the CLI writes) on a worker thread, then
// "Open report" / "Show folder".

#include "ui/evaluation/evaluation_panel.h"
#include "ui/evaluation/evaluation_panel_p.h"

#include "core/common/error.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPromise>
#include <QPushButton>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace maskbench::ui {

void EvaluationPanel::buildReportActions()
{
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
}

bool EvaluationPanel::isExportingReport() const { return m_reportWatcher->isRunning(); }

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

} // namespace maskbench::ui
