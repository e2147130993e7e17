#pragma once
// The batch augmentation dialog: source (the current dataset or a split manifest), output folder,
// mask types, keep-original ratio, seed, "Use N images" (a seeded subset), threads; runs the resumable augment job on AugmentJob
// with a progress bar, rate, ETA and Cancel, then lists what needs a look (no face, low coverage,
// failed), each entry clickable to show that image in the Masks panel. Per-item problems go to
// the log (logMessage), never a dialog per image.

#include "workers/augment_job.h"

#include <QDialog>
#include <QElapsedTimer>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace maskbench::ui {

class AugmentDialog : public QDialog
{
    Q_OBJECT
public:
    enum QaGroup { NoFace = 0, LowCoverage = 1, Failed = 2 };

    AugmentDialog(const QString &cachePath, const QString &placementsPath, QWidget *parent = nullptr);
    ~AugmentDialog() override;

    // The output folder is proposed from the source (SOURCE-masked) inside the output base (a
    // project's augmented/ folder) or, without one, next to the source; a folder a person typed is
    // kept.
    void setSource(const QString &source);
    void setOutputBase(const QString &folder);
    void setOutputFolder(const QString &folder);
    // The landmark cache and placement store the next run uses (a project opened or closed).
    void setCachePaths(const QString &cachePath, const QString &placementsPath);
    QString cachePath() const { return m_cachePath; }
    QString placementsPath() const { return m_placementsPath; }
    AugmentOptions options() const;
    bool isRunning() const;
    // The last finished run's summary (null before one finished).
    std::shared_ptr<const AugmentSummary> summary() const { return m_summary; }

    QLineEdit *sourceField() const { return m_source; }
    QLineEdit *outputField() const { return m_output; }
    QSpinBox *seedBox() const { return m_seed; }
    // "Use N images": a seeded subset of N images (the seed above), stratified by class.
    QCheckBox *limitBox() const { return m_limit; }
    QSpinBox *limitSpin() const { return m_limitCount; }
    QSpinBox *threadsBox() const { return m_threads; }
    QDoubleSpinBox *keepOriginalBox() const { return m_keep; }
    QList<QCheckBox *> typeBoxes() const { return m_types; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QTreeWidget *qaList() const { return m_qa; }
    int qaCount(QaGroup group) const;

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void imageActivated(const QString &path);
    void started();
    void finished(bool ok);
    void logMessage(const QString &line);
    void busy(const QString &stage, qint64 done, qint64 total, double etaSeconds);
    void idle(const QString &message);

protected:
    void reject() override;

private:
    void onProgress(const Progress &p);
    void onFinished(std::shared_ptr<const AugmentSummary> summary);
    void setRunning(bool running);
    void fillQa(const AugmentSummary &summary);
    void proposeOutput();

    QString m_cachePath;
    QString m_placementsPath;
    QString m_outputBase;
    QString m_proposedOutput; // the last output folder proposed (replaced while unchanged)
    AugmentJob *m_job = nullptr;
    std::shared_ptr<const AugmentSummary> m_summary;
    QElapsedTimer m_clock;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_output = nullptr;
    QList<QCheckBox *> m_types;
    QDoubleSpinBox *m_keep = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_limit = nullptr;
    QSpinBox *m_limitCount = nullptr;
    QSpinBox *m_threads = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_qa = nullptr;
    QList<QWidget *> m_form;
};

} // namespace maskbench::ui
