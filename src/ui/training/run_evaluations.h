#pragma once
// The evaluations of one run, under the Training panel's run list: every evaluation folder the
// run holds (split, checkpoint, accuracy next to coverage, when), "Evaluate…" (EvaluateDialog),
// and a running evaluation's progress with ETA and Cancel. The evaluation runs on an
// EvaluateRunJob (a worker thread; STYLE rule 5): the UI thread only shows progress. When it
// finishes, the list selects it and openEvaluation() asks the window to show it in the Evaluation
// panel; "Open in Evaluation", "Open report" and "Show folder" act on the selected one.
// "Predict photos…" opens a PredictDialog on the run.

#include "core/eval/run_evaluation.h"

#include <QGroupBox>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace maskbench {
class EvaluateRunJob;
struct Progress;
}

namespace maskbench::ui {

class PredictDialog;

class RunEvaluationsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit RunEvaluationsBox(QWidget *parent = nullptr);
    ~RunEvaluationsBox() override;

    void setRun(const QString &runDir);
    QString run() const { return m_runDir; }
    QStringList evaluations() const; // folders listed, in list order
    QString selectedEvaluation() const;
    bool isBusy() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *evaluateButton() const { return m_evaluate; }
    QPushButton *predictButton() const { return m_predict; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // Asks with an EvaluateDialog, then starts.
    void evaluateWithDialog();
    // Opens a non-modal "Predict photos" dialog on the run (new photos, not a split).
    PredictDialog *predictPhotos();
    // Starts without asking (tests, "evaluate when training ends").
    void start(const maskbench::RunEvaluationRequest &request);
    void cancel();
    void refresh();

Q_SIGNALS:
    void openEvaluation(const QString &folder);
    void busy(const QString &stage, qint64 done, qint64 total, double etaSeconds);
    void idle(const QString &message);
    void logMessage(const QString &line);
    void evaluationFinished(const QString &folder);
    void evaluationFailed(const QString &message);

private:
    void onProgress(const Progress &p);
    void onFinished(std::shared_ptr<const RunEvaluation> evaluation);
    void onFailed(const QString &message);
    void updateButtons();

    QString m_runDir;
    EvaluateRunJob *m_job = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_evaluate = nullptr, *m_predict = nullptr, *m_open = nullptr, *m_report = nullptr, *m_folder = nullptr, *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace maskbench::ui
