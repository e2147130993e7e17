#pragma once
// Evaluation panel: open a predictions.csv, evaluate it on a worker (EvaluationJob) and show the
// confusion matrix as a heat map (rows actual, columns predicted, scikit-learn's layout) with
// counts and row percentages, the per-class report, ROC and PR curves, a reliability diagram,
// metrics by slice, and a gallery of the images of any matrix cell (all errors by default), most
// confident first, with a details pane. Binary models get a threshold slider with presets from
// core (0.5, best accuracy, Youden's J, max-min-recall); moving it re-derives the predictions and
// updates the matrix, the tables and the gallery. The panel computes nothing itself: every number
// comes from core (src/core/eval) through the job or evaluationView().
//
// Sources: evaluation_panel.cpp (wiring, the threshold), evaluation_loading.cpp (opening,
// restoring, clearing), evaluation_export.cpp (the HTML report), evaluation_matrix.cpp (matrix,
// tables, curves, slices), evaluation_gallery.cpp (gallery, details, Grad-CAM).

#include "workers/evaluation_job.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QAbstractButton;
class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSlider;
class QTabWidget;
class QTableWidget;
class QTimer;
class QCustomPlot;
class QCPTextElement;
class QThreadPool;
template <typename T>
class QFutureWatcher;

namespace maskbench {
class ThumbnailLoader;
class GradCamJob;
}

namespace maskbench::ui {

class GalleryModel;
struct ReportExportOutcome;

class EvaluationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationPanel(QWidget *parent = nullptr);
    ~EvaluationPanel() override;

    // Starts reading and evaluating a predictions.csv on the worker. A folder is resolved by
    // predictionsIn(): an evaluation folder's predictions.csv, a run folder's newest evaluation
    // (else its test_predictions.csv).
    void openFile(const QString &path);
    static QString predictionsIn(const QString &path);
    // The predictions file shown; empty when the panel is empty.
    QString currentFile() const;
    void cancel();
    bool isBusy() const;
    // Empties the panel (no predictions, matrix, tables, curves or gallery); an open in progress
    // is cancelled.
    void clear();

    // Issue 12: the panel remembers the file it showed last per project (lastEvaluation() in
    // core/common/settings.h, keyed by the project's folder; empty: no project open).
    // restoreLast() switches to that project: the panel empties, and the remembered file opens
    // when the panel is next shown (now, if it is visible), unless another file is opened first.
    // A remembered file that no longer exists (or no longer reads) is forgotten and said so in
    // the panel's message line and the log, never in a dialog. From the first call on, every file
    // that loads is remembered under the project; before it nothing is (a panel on its own, in a
    // test, leaves the settings alone).
    void restoreLast(const QString &projectFolder);
    bool isRestorePending() const { return !m_pendingRestore.isEmpty(); }

    std::shared_ptr<const Evaluation> evaluation() const { return m_evaluation; }
    // The threshold-dependent part as shown now; null before the first file has loaded.
    const EvaluationView *view() const { return m_view ? &*m_view : nullptr; }
    std::optional<std::pair<int, int>> selectedCell() const { return m_cell; }
    // The slice group the gallery is limited to (a row of the Slices tab), empty for none.
    QString selectedSliceGroup() const { return m_sliceGroup; }
    void selectSliceGroup(const QString &group);
    void selectCell(int actual, int predicted);
    void showAllErrors();
    // Applies a threshold (binary tables) or, with nullopt, the file's own predictions.
    void setThreshold(std::optional<double> threshold);
    // Tables with more rows than this are re-evaluated on the worker when the threshold or the
    // slice changes; smaller ones on the UI thread (5,000 rows: under 60 ms of event-loop stall,
    // 50,000 through the worker: under 50 ms; tst_evaluation_panel measures both).
    void setSynchronousLimit(int rows) { m_synchronousLimit = rows; }

    // For tests and the screenshot script.
    QCustomPlot *matrixPlot() const { return m_matrix; }
    QPoint cellCentre(int actual, int predicted) const; // pixel position in matrixPlot()
    QString cellText(int actual, int predicted) const;
    QAbstractButton *normaliseToggle() const;
    QSlider *thresholdSlider() const { return m_slider; }
    QDoubleSpinBox *thresholdSpin() const { return m_spin; }
    QComboBox *thresholdPresets() const { return m_presets; }
    QTableWidget *classTable() const { return m_classTable; }
    QLabel *summary() const { return m_summary; }
    QListView *gallery() const { return m_gallery; }
    GalleryModel *galleryModel() const { return m_galleryModel; }
    QLabel *galleryTitle() const { return m_galleryTitle; }
    QLabel *details() const { return m_detailsText; }
    QComboBox *sliceAttribute() const { return m_sliceAttribute; }
    QTableWidget *sliceTable() const { return m_sliceTable; }
    QCustomPlot *rocPlot() const { return m_roc; }
    QCustomPlot *prPlot() const { return m_pr; }
    QCustomPlot *reliabilityPlot() const { return m_reliability; }
    QLabel *message() const { return m_message; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *exportReportAction() const { return m_exportReport; }
    QPushButton *exportReportButton() const { return m_exportButton; }

    // Starts writing folder/report.html for the predictions shown (at the current threshold, if
    // one is set) with core's writeReport() (report/report.h, what the CLI writes) on a worker
    // thread; busy() reports its progress and cancel() stops it. Returns false when no predictions
    // are loaded or a report is already being written. When done: reportWritten() and the "Open
    // report" / "Show folder" buttons; on failure: failed() and a message box (`quiet` skips the
    // box: tests, scripts).
    bool exportReport(const QString &folder, bool quiet = false);
    bool isExportingReport() const;
    QString lastReport() const { return m_lastReport; }
    QPushButton *openReportButton() const { return m_openReport; }
    QPushButton *showReportFolderButton() const { return m_showReportFolder; }
    // Grad-CAM overlay on the selected image's preview (needs the evaluation.json that
    // `maskbench-cli evaluate` writes beside predictions.csv, naming the run).
    // The overlay keeps the image's aspect ratio, has a JET legend (0..1) and an opacity slider
    // (0..100 %).
    QCheckBox *gradCamToggle() const { return m_gradCam; }
    QSlider *gradCamOpacity() const { return m_camOpacity; }
    QLabel *gradCamLegend() const { return m_camLegend; }
    // The picture with the heat map blended at the slider's opacity, full size (null until one
    // arrived).
    QImage gradCamComposite() const;
    QLabel *preview() const { return m_preview; }

public Q_SLOTS:
    void chooseFile();
    // Asks for a folder, then exportReport().
    void chooseReportFolder();

Q_SIGNALS:
    void busy(const QString &stage, qint64 done, qint64 total, double etaSeconds);
    void idle(const QString &message);
    void logMessage(const QString &line);
    void loaded();
    void failed(const QString &message);
    void reportWritten(const QString &htmlPath);
    void viewUpdated(); // the matrix, tables and gallery show a new threshold or slice

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The constructor's parts, each in the file of what it builds; each makes its widgets and
    // connects them.
    QHBoxLayout *buildTopBar();      // the file, the report buttons, the threshold
    void buildReportActions();
    QWidget *buildMatrixSide();      // the matrix, the headline numbers, the per-class report
    QWidget *buildGalleryPage();     // tab 1
    QWidget *buildCurvesPage();      // tab 2
    QWidget *buildSlicePage();       // tab 3
    void connectJob();
    void openPendingRestore(); // soon, unless another file is opened first

    void onOpened(std::shared_ptr<const Evaluation> evaluation, const EvaluationView &view);
    void onFailed(const QString &message);
    void onReportFinished();
    void setView(EvaluationView view);
    void requestView();
    void onSliderMoved(int value);
    void onSpinChanged(double value);
    void onPresetChosen(int index);
    void fillPresets();
    void drawMatrix();
    void fillClassTable();
    void fillSummary();
    void fillSliceTable();
    void fillGallery();
    void drawCurves();
    void drawReliability();
    void markThreshold();
    void showDetails(int tableRow);
    void showMessage(const QString &html);

    EvaluationJob *m_job = nullptr;
    std::shared_ptr<const Evaluation> m_evaluation;
    std::optional<EvaluationView> m_view;
    std::optional<std::pair<int, int>> m_cell;
    QString m_sliceGroup; // value of m_view->slice's row the gallery shows, empty: every row
    std::optional<double> m_threshold;
    quint64 m_wantedSerial = 0;
    bool m_opening = false;
    int m_synchronousLimit = 5000;
    QString m_openingPath;
    std::optional<QString> m_projectKey; // set by restoreLast(): loads are remembered under it
    QString m_pendingRestore;            // opens when the panel is shown
    bool m_restoring = false;            // the open in progress is a restore: quiet on failure
    std::optional<AnswerCoverage> m_storedCoverage; // from the evaluation.json beside the opened file

    QLineEdit *m_path = nullptr;
    QPushButton *m_open = nullptr;
    QAction *m_exportReport = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_openReport = nullptr;
    QPushButton *m_showReportFolder = nullptr;
    QThreadPool *m_reportPool = nullptr;
    QFutureWatcher<ReportExportOutcome> *m_reportWatcher = nullptr;
    QString m_reportFolder;
    bool m_reportQuiet = false;
    QString m_lastReport;
    QLabel *m_message = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spin = nullptr;
    QComboBox *m_presets = nullptr;
    QTimer *m_thresholdTimer = nullptr;
    QCustomPlot *m_matrix = nullptr;
    QCPTextElement *m_matrixTitle = nullptr;
    QPushButton *m_counts = nullptr;
    QPushButton *m_normalised = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_classTable = nullptr;
    QTabWidget *m_tabs = nullptr;
    GalleryModel *m_galleryModel = nullptr;
    QListView *m_gallery = nullptr;
    QLabel *m_galleryTitle = nullptr;
    QPushButton *m_allErrors = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_detailsText = nullptr;
    ThumbnailLoader *m_previewLoader = nullptr;
    int m_detailRow = -1;
    QCustomPlot *m_roc = nullptr;
    QCustomPlot *m_pr = nullptr;
    QCustomPlot *m_reliability = nullptr;
    QComboBox *m_sliceAttribute = nullptr;
    QTableWidget *m_sliceTable = nullptr;
    QLabel *m_sliceNote = nullptr;
    // Grad-CAM (issue 5): a toggle over the preview, computed by a worker.
    void requestGradCam();
    void showGradCam();
    QCheckBox *m_gradCam = nullptr;
    QWidget *m_camBar = nullptr;
    QSlider *m_camOpacity = nullptr;
    QLabel *m_camLegend = nullptr;
    QImage m_camImage;
    QImage m_camHeat;
    QString m_camPath;
    QString m_camTip;
    GradCamJob *m_gradCamJob = nullptr;
};

} // namespace maskbench::ui
