#pragma once
// Masks panel: for one image (selected in the Dataset panel or opened directly) the original, its
// 68 landmarks with the face box and head pose, and the masked result side by side; a template
// picker with thumbnails, colour, pattern seed, the coverage check, and anchor handles on the
// masked view that nudge the placement (saved per image and template; the batch augment job uses
// it). Everything is computed by a restartable MaskPreviewRenderer off the UI thread; the batch
// job runs from AugmentDialog. When the coverage check fails, the failing points are ringed in
// red in the landmark and masked views and the coverage box names them.
//
// Sources: masks_panel.cpp (wiring, rendering, placements), masks_controls.cpp (template, look,
// options, coverage), face_views.cpp (the landmark and masked views).

#include "workers/mask_preview.h"
#include "ui/masks/face_views.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace maskbench::ui {

class AugmentDialog;

class MasksPanel : public QWidget
{
    Q_OBJECT
public:
    // Empty paths: LandmarkCache::defaultPath() and the placement store next to it (the open
    // project's, else the cache folder's from Settings).
    explicit MasksPanel(QWidget *parent = nullptr, const QString &cachePath = QString(),
                        const QString &placementsPath = QString());
    ~MasksPanel() override;

    // Shows the image now (renders on the worker).
    void openImage(const QString &path);
    // The Dataset panel's selection: rendered now if the panel is visible, else when it is shown.
    void setCurrentImage(const QString &path);
    QString currentImage() const { return m_path; }
    // The dataset the batch dialog offers as its source.
    void setDatasetSource(const QString &source);
    // A project opened or closed: the landmark cache and placement store change (empty
    // placementsPath: the file next to the cache). The preview thread is replaced, so the next
    // look reads and writes the new files; the batch dialog takes them for its next run. Returns
    // false (nothing changed) while the batch job runs.
    bool setCachePaths(const QString &cachePath, const QString &placementsPath = QString());
    // Where the batch dialog proposes its output: inside this folder (a project's augmented/);
    // empty: next to the source.
    void setOutputFolderBase(const QString &folder);

    bool hasPreview() const { return m_hasPreview; }
    const MaskPreview &preview() const { return m_preview; }
    MaskSpec spec() const;
    OverlayOptions overlayOptions() const;
    PlacementStore &placements() { return *m_placements; }
    QString cachePath() const { return m_cachePath; }

    ImageView *originalView() const { return m_originalView; }
    LandmarkView *landmarkView() const { return m_landmarkView; }
    MaskedView *maskedView() const { return m_maskedView; }
    QListWidget *templateList() const { return m_templates; }
    QSpinBox *seedBox() const { return m_seed; }
    QLabel *coverageLabel() const { return m_coverage; }
    QLabel *poseLabel() const { return m_pose; }
    QPushButton *resetPlacementButton() const { return m_resetPlacement; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    // Whether there is an image before and after this one (the Dataset panel's filter order);
    // the main window keeps it up to date.
    void setNeighbours(bool hasPrevious, bool hasNext);
    AugmentDialog *augmentDialog() const { return m_dialog; }
    bool isBusy() const;
    void cancel();

public Q_SLOTS:
    void chooseImage();
    void randomise();
    void chooseColour();
    // "#rrggbb"; empty = the template's default colour.
    void setColour(const QString &colour);
    void resetPlacement();
    AugmentDialog *openAugmentDialog();

Q_SIGNALS:
    void rendered();
    void busy(const QString &stage, qint64 done, qint64 total, double etaSeconds);
    void idle(const QString &message);
    void logMessage(const QString &line);
    // Previous (-1) or next (+1) image asked for (button or Alt+Left / Alt+Right).
    void stepRequested(int delta);
    void imageOpened(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's parts; each makes its widgets and connects them.
    QHBoxLayout *buildTopRow();   // open, previous / next, the file, batch augment
    QHBoxLayout *buildViews();    // original, landmarks, masked
    QWidget *buildControls();     // template, look, options, coverage (masks_controls.cpp)
    void requestRender();
    void onRendered(const MaskPreview &preview);
    void showCoverage();
    void loadTemplateThumbnails();
    void dragAnchor(int index, QPointF imagePos, bool release);
    void openStores(const QString &cachePath, const QString &placementsPath);

    QString m_cachePath;
    std::shared_ptr<PlacementStore> m_placements;
    MaskPreviewRenderer *m_renderer = nullptr;
    QString m_path;
    QString m_pendingPath;
    quint64 m_lastRequest = 0;
    bool m_hasPreview = false;
    MaskPreview m_preview;
    std::optional<PlacementOverride> m_dragPlacement;
    QString m_colour; // empty = the template's default
    QString m_datasetSource;
    QString m_outputBase;

    ImageView *m_originalView = nullptr;
    LandmarkView *m_landmarkView = nullptr;
    MaskedView *m_maskedView = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_pose = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_verdict = nullptr;
    QListWidget *m_templates = nullptr;
    QToolButton *m_colourButton = nullptr;
    QToolButton *m_defaultColour = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_soften = nullptr;
    QCheckBox *m_matchBrightness = nullptr;
    QCheckBox *m_indices = nullptr;
    QCheckBox *m_box = nullptr;
    QPushButton *m_resetPlacement = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    AugmentDialog *m_dialog = nullptr;
};

} // namespace maskbench::ui
