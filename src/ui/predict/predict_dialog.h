#pragma once
// "Predict photos": a trained run on new photos, by clicking. The person picks image files or
// folders (or drops them), how to frame them (crop, optional mask, test-time flip, checkpoint)
// and starts; a PredictJob (worker thread, core's Predictor: the pipeline `maskbench-cli predict`
// uses) fills the table as it goes, with progress, ETA and Cancel. Every photo gets a row:
// answered ones with the class, its probability and how the face was framed; the others with why
// (no face, mask did not fit, unreadable). The summary puts coverage (answered / given) next to
// the counts. "Export CSV…" writes the CLI's --csv columns. Selecting a row shows the photo with
// the face box. Non-modal: the workbench stays usable while it runs.

#include "workers/predict_job.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace maskbench::ui {

class PredictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PredictDialog(const QString &runDir, QWidget *parent = nullptr);
    ~PredictDialog() override;

    void addInputs(const QStringList &paths);
    PredictOptions options() const;
    // Writes the rows shown as predict's CSV. Throws Error naming the file when it cannot.
    void exportCsv(const QString &path) const;
    QString summaryText() const;
    PredictTally tally() const { return m_tally; }
    bool isRunning() const;

    QListWidget *inputList() const { return m_inputs; }
    QTableWidget *table() const { return m_table; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QComboBox *cropBox() const { return m_crop; }
    QComboBox *maskBox() const { return m_mask; }
    QLabel *preview() const { return m_preview; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void predictionFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildOptions();
    QWidget *buildInputs();
    QWidget *buildResults();
    void addRows(const QVector<PredictRow> &rows);
    void showSelected();
    void onFinished(const PredictJobResult &result);
    void onFailed(const QString &message);
    void setRunning(bool running);
    void showStatus(const QString &text);
    void chooseExport();

    QString m_runDir;
    PredictJob *m_job = nullptr;
    QComboBox *m_checkpoint = nullptr, *m_crop = nullptr, *m_mask = nullptr;
    QCheckBox *m_flip = nullptr;
    QListWidget *m_inputs = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_preview = nullptr, *m_status = nullptr, *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_start = nullptr, *m_cancel = nullptr, *m_export = nullptr;
    QVector<PredictRow> m_rows;
    QStringList m_classes;
    PredictTally m_tally;
    QHash<QString, qint64> m_answeredPerClass; // kept as rows arrive (the summary is redrawn at every batch)
};

} // namespace maskbench::ui
