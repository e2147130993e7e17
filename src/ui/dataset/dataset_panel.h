#pragma once
// Dataset panel: open a source (folder per class, CSV manifest, Adience, UTKFace), load it on a
// worker (DatasetJob), and show counts per class and split, a class-balance chart, image sizes,
// the leakage audit of a given split and every problem found.

#include "core/dataset/audit.h"
#include "core/dataset/dataset.h"
#include "core/dataset/splitter.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QCustomPlot;

namespace maskbench {
class DatasetJob;
class ThumbnailLoader;
struct Progress;
}

namespace maskbench::ui {

class ThumbnailModel;

class DatasetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetPanel(QWidget *parent = nullptr);
    ~DatasetPanel() override;

    // Starts loading source with the panel's current format and label column.
    void openSource(const QString &source);
    // Sets the format ("auto", "folder", "csv", "adience", "utkface") and label column the next
    // openSource uses (a project's dataset settings).
    void setSourceOptions(const QString &format, const QString &labelColumn);
    // Where the Split dialog proposes the manifest: inside the open project (its splits/ folder),
    // else next to the source when that folder is writable, else the documents folder. An empty
    // projectSplit forgets the project.
    void setProjectSplitManifest(const QString &projectSplit);
    QString suggestedSplitManifest() const;
    // The label column box: an editable list of a CSV's candidate columns (header only), free text
    // for the Adience/UTKFace fields.
    QComboBox *labelColumnBox() const { return m_labelColumn; }
    QLineEdit *sourceEdit() const { return m_source; }
    void cancel();
    bool isBusy() const;
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }

    QTableWidget *classTable() const { return m_classTable; }
    QTableWidget *problemTable() const { return m_problemTable; }
    QListView *grid() const { return m_grid; }
    ThumbnailModel *thumbnails() const { return m_model; }
    QComboBox *classFilter() const { return m_classFilter; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *details() const { return m_detailsText; }
    // The grid's current image and its neighbours in the current filter's order (what the grid
    // shows): neighbourImage is empty at either end, without a selection or without a dataset;
    // selectNeighbour moves the grid's selection (imageSelected follows) and says whether it could.
    QString currentImage() const;
    QString neighbourImage(int delta) const;
    bool selectNeighbour(int delta);
    // Splits the loaded dataset on the worker and opens the manifest it writes.
    void split(const SplitOptions &options, const QString &manifestPath);

public Q_SLOTS:
    void chooseFolder();
    void chooseCsv();
    void reload();
    void openSplitDialog();

Q_SIGNALS:
    void busy(const QString &stage, qint64 done, qint64 total, double etaSeconds);
    void idle(const QString &message);
    void logMessage(const QString &line);
    void loaded();
    void failed(const QString &message);
    // The image selected in the grid (its file path), for the Masks panel.
    void imageSelected(const QString &path);
    // The filter changed what the grid shows (and so the neighbours of the current image).
    void filterChanged();

private:
    void onLoaded(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const LeakageReport> audit);
    void showDataset();
    void plotBalance();
    void applyFilter();
    void showDetails(int itemIndex);
    void fillFilters();
    void fillLabelColumns();

    DatasetJob *m_job = nullptr;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const LeakageReport> m_audit;
    QLineEdit *m_source = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_labelColumn = nullptr;
    QString m_labelColumnsOf; // the CSV whose header fills m_labelColumn
    QString m_projectSplit;
    QPushButton *m_load = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_classTable = nullptr;
    QCustomPlot *m_chart = nullptr;
    QTableWidget *m_problemTable = nullptr;
    QPushButton *m_splitButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    ThumbnailModel *m_model = nullptr;
    QListView *m_grid = nullptr;
    QComboBox *m_classFilter = nullptr;
    QComboBox *m_splitFilter = nullptr;
    QComboBox *m_attributeFilter = nullptr;
    QLineEdit *m_attributeValue = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_shown = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_detailsText = nullptr;
    ThumbnailLoader *m_previewLoader = nullptr;
    int m_detailItem = -1;
    bool m_splitting = false; // the running job is a split, not a load
    bool m_restoringSelection = false; // a filter change re-selects the same image: no imageSelected
};

} // namespace maskbench::ui
