#pragma once
// Dataset panel: open a source (folder per class, CSV manifest, Adience, UTKFace), load it on a
// worker (DatasetJob), and show counts per class and split, a class-balance chart, image sizes,
// the leakage audit of a given split and every problem found.

#include "dataset/audit.h"
#include "dataset/dataset.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QCustomPlot;

namespace maskbench {
class DatasetJob;
struct Progress;
}

namespace maskbench::ui {

class DatasetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetPanel(QWidget *parent = nullptr);
    ~DatasetPanel() override;

    // Starts loading source with the panel's current format and label column.
    void openSource(const QString &source);
    void cancel();
    bool isBusy() const;
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }

    QTableWidget *classTable() const { return m_classTable; }
    QTableWidget *problemTable() const { return m_problemTable; }

public Q_SLOTS:
    void chooseFolder();
    void chooseCsv();
    void reload();

Q_SIGNALS:
    void busy(const QString &stage, qint64 done, qint64 total, double etaSeconds);
    void idle(const QString &message);
    void logMessage(const QString &line);
    void loaded();
    void failed(const QString &message);

private:
    void onLoaded(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const LeakageReport> audit);
    void showDataset();
    void plotBalance();

    DatasetJob *m_job = nullptr;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const LeakageReport> m_audit;
    QLineEdit *m_source = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_labelColumn = nullptr;
    QPushButton *m_load = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_classTable = nullptr;
    QCustomPlot *m_chart = nullptr;
    QTableWidget *m_problemTable = nullptr;
};

} // namespace maskbench::ui
