// Opening a predictions file (or a folder holding one), what a finished or failed open shows,
// emptying the panel, and reopening the evaluation shown last (issue 12).

#include "ui/evaluation/evaluation_panel.h"
#include "ui/evaluation/evaluation_panel_p.h"

#include "core/common/settings.h"
#include "core/dataset/statistics.h"
#include "core/eval/run_evaluation.h"
#include "ui/evaluation/gallery_model.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QTimer>

#include <qcustomplot.h>

namespace maskbench::ui {

using evaluation_detail::kSliderSteps;

void EvaluationPanel::connectJob()
{
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
}

void EvaluationPanel::chooseFile()
{
    const QString start = m_path->text().isEmpty() ? Settings::lastDatasetSource.get() : m_path->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open predictions"), start,
                                                      tr("Predictions (*.csv);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
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
        openPendingRestore();
}

void EvaluationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    openPendingRestore();
}

void EvaluationPanel::openPendingRestore()
{
    if (m_pendingRestore.isEmpty())
        return;
    // After the events already queued: a file the command line or the Training panel opens
    // together with showing the panel wins over the remembered one.
    QTimer::singleShot(0, this, [this, path = m_pendingRestore] {
        if (m_pendingRestore != path || !isVisible())
            return;
        openFile(path);     // clears the pending restore and m_restoring, as for a file asked for
        m_restoring = true; // nobody asked for this one: quiet if it fails
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

} // namespace maskbench::ui
