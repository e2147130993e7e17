#pragma once
// Training panel: a form for everything `maskbench-cli train` takes (with presets for the study's
// four configurations and a quick Levi-Hassner run), Start / Pause / Resume / Stop over a
// TrainJob (its own thread; STYLE rule 4), live accuracy and loss charts (per batch, the running
// mean of the epoch so far; per epoch, train and validation; the best epoch marked), epoch and
// batch progress with rate and ETA, a run log, and a run list: open a past run from its files,
// resume a stopped one, overlay a second run's curves, or attach to a run another process (the
// CLI) is writing and follow its metrics.csv / events.jsonl as they grow.
// Replots are coalesced by a single-shot timer (rule 6); the panel never sees torch (rule 11).

#include "core/train/run_record.h"
#include "core/train/trainer.h"

#include <QString>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QGroupBox;
class QCPItemStraightLine;
class QCPItemText;

namespace maskbench {
class TrainJob;
}

namespace maskbench::ui {

class RunEvaluationsBox;

// The curves of one run, x in epochs: a batch point of epoch e sits at e-1 + batch/batches.
struct RunCurves
{
    QString runDir;
    int totalEpochs = 0;
    QVector<double> batchX, batchLoss, batchAccuracy;
    QVector<double> epochX, loss, accuracy, valLoss, valAccuracy;
    double emaLoss = 0, emaAccuracy = 0;
    bool emaValid = false;
    int bestEpoch = 0;       // by validation accuracy, first of equals (the checkpoint's rule)
    double bestValAccuracy = -1;

    void clear();
    // Appends a batch point, exponentially smoothed with weight alpha for the new value (1: as is).
    void addBatch(int epoch, int batch, int batches, double loss, double accuracy, double alpha = 0.3);
    void addEpoch(int epoch, double loss, double accuracy, double valLoss, double valAccuracy);
    int epochs() const { return int(epochX.size()); }
};

// Reads a run folder's metrics.csv into curves (epoch points only); false + error when unreadable.
bool readMetrics(const QString &runDir, RunCurves &curves, QString *error = nullptr);

class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    // Graph indices, the same in both charts.
    enum Graph { TrainBatch = 0, TrainEpoch, ValEpoch, OverlayTrain, OverlayVal };
    enum Preset { Custom = 0, LeviQuick, InceptionFrozen, InceptionFineTuned, ResNetFrozen, ResNetFineTuned, BestMaskedFace };

    explicit TrainingPanel(QWidget *parent = nullptr);
    ~TrainingPanel() override;

    // The form as a TrainConfig; throws Error (with a message for a person) when a field is bad.
    TrainConfig configFromForm() const;
    void setConfig(const TrainConfig &config);
    void applyPreset(int preset);

    bool isBusy() const;
    bool isPaused() const;
    QString currentRunDir() const { return m_curves.runDir; }
    QString lastError() const { return m_lastError; }
    const RunCurves &curves() const { return m_curves; }
    const RunCurves &overlay() const { return m_overlay; }

    // Run list.
    QString runsFolder() const;
    void setRunsFolder(const QString &folder);
    QStringList runs() const; // run folders listed, in list order
    // Shows a finished or stopped run (its config in the form, its curves); false when unreadable.
    bool openRun(const QString &runDir);
    // Follows the run when another process is still writing it (attachRun), else opens it.
    bool showRun(const QString &runDir);
    bool overlayRun(const QString &runDir);
    void clearOverlay();
    // Follows a run another process writes: re-reads its files as they grow.
    bool attachRun(const QString &runDir);
    void detach();
    bool isAttached() const { return !m_attachDir.isEmpty(); }

    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *dataEdit() const { return m_data; }
    QLineEdit *runFolderEdit() const { return m_outDir; }
    QLineEdit *weightsEdit() const { return m_weights; }
    QSpinBox *batchBox() const { return m_batch; }
    QPushButton *startButton() const { return m_start; }
    QCheckBox *evaluateAtEndBox() const { return m_evaluateAtEnd; }
    // "Use N images": train and validate on seeded subsets (TrainConfig::limitTrain, limitVal;
    // the run's seed draws them); 0 in a box is every image of that split.
    QCheckBox *limitBox() const { return m_limit; }
    QSpinBox *limitTrainBox() const { return m_limitTrain; }
    QSpinBox *limitValBox() const { return m_limitVal; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *epochProgress() const { return m_epochBar; }
    QProgressBar *batchProgress() const { return m_batchBar; }
    QLabel *rateLabel() const { return m_rate; }
    QCustomPlot *accuracyPlot() const { return m_accPlot; }
    QCustomPlot *lossPlot() const { return m_lossPlot; }
    QTreeWidget *runList() const { return m_runList; }
    QPlainTextEdit *runLog() const { return m_log; }
    RunEvaluationsBox *runEvaluations() const { return m_evaluations; }

public Q_SLOTS:
    void start();
    void pause();
    void unpause();
    void stop();
    // Continues a stopped run from its last checkpoint.
    void resumeRun(const QString &runDir);
    void refreshRuns();

Q_SIGNALS:
    void busy(const QString &stage, qint64 done, qint64 total, double etaSeconds);
    void idle(const QString &message);
    void logMessage(const QString &line);
    void runFinished(const QString &runDir, bool stopped);
    void failed(const QString &message);

private:
    QWidget *createForm();
    QWidget *createCharts();
    QWidget *createRunsTab();
    void setupPlot(QCustomPlot *plot, const QString &title, const QString &yLabel);
    void onEvent(const TrainEvent &e);
    void onSucceeded(const TrainResult &r);
    void onFailed(const QString &message);
    void showError(const QString &message);
    void updateButtons();
    void scheduleReplot();
    void replot();
    void appendRunLog(const QString &line);
    void resetProgress(int totalEpochs);
    void showPaused();
    void syncEpochsFromStages();
    void syncStagesFromEpochs(int epochs);
    QString selectedRun() const;
    // Reads what was appended to the attached (or opened) run's files since the last call.
    void readRunFiles();
    void resetTail(const QString &runDir);

    TrainJob *m_job = nullptr;
    RunCurves m_curves;
    TrainEvent m_lastBatch;       // the latest batch event of the run going (progress, rate, ETA)
    RunCurves m_overlay;
    QString m_lastError;
    QTimer m_replotTimer;

    // Tail state for open/attach: byte offsets into the run's files.
    QString m_attachDir;
    QTimer m_tailTimer;
    RunFollower m_follower;       // core's reader of metrics.csv and events.jsonl as they grow
    int m_attachBatchSize = 0;

    QComboBox *m_preset = nullptr;
    QLineEdit *m_data = nullptr;
    QLineEdit *m_labelColumn = nullptr;
    QComboBox *m_model = nullptr;
    QSpinBox *m_inputSize = nullptr;
    QComboBox *m_head = nullptr;
    QSpinBox *m_hidden = nullptr;
    QLineEdit *m_stages = nullptr;
    QSpinBox *m_epochs = nullptr;
    QComboBox *m_optimizer = nullptr;
    QLineEdit *m_lr = nullptr;
    QDoubleSpinBox *m_backboneLrScale = nullptr; // TrainConfig::backboneLrScale; minimum = auto
    QSpinBox *m_batch = nullptr;
    QDoubleSpinBox *m_shift = nullptr;
    QCheckBox *m_flip = nullptr;
    QDoubleSpinBox *m_maskProb = nullptr;  // on-the-fly masking probability
    QList<QCheckBox *> m_maskTypes;        // one per mask type; none checked = all
    QComboBox *m_device = nullptr;
    QComboBox *m_mixedPrecision = nullptr; // off, fp16, bf16 (CUDA only)
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_limit = nullptr;
    QSpinBox *m_limitTrain = nullptr;
    QSpinBox *m_limitVal = nullptr;
    QSpinBox *m_threads = nullptr;
    QLineEdit *m_outDir = nullptr;
    QCheckBox *m_evaluateAtEnd = nullptr; // evaluate the test split (RunEvaluationsBox) when a run finishes
    QLineEdit *m_weights = nullptr; // pretrained weights file (empty: the model's own initialisation)
    QGroupBox *m_formGroup = nullptr;
    bool m_fillingForm = false; // setConfig() is filling the form: not a person's edit

    QWidget *m_controls = nullptr; // Start, Stop, Pause, Resume: pinned under the form's scroll area
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_epochBar = nullptr;
    QProgressBar *m_batchBar = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_runTitle = nullptr;
    QCustomPlot *m_accPlot = nullptr;
    QCustomPlot *m_lossPlot = nullptr;
    QCPItemStraightLine *m_bestLine[2] = {nullptr, nullptr};
    QCPItemText *m_bestText[2] = {nullptr, nullptr};

    QLineEdit *m_runsFolder = nullptr;
    QTreeWidget *m_runList = nullptr;
    RunEvaluationsBox *m_evaluations = nullptr;
    QPushButton *m_openRun = nullptr;
    QPushButton *m_resumeRun = nullptr;
    QPushButton *m_overlayRun = nullptr;
    QPushButton *m_attachRun = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace maskbench::ui
