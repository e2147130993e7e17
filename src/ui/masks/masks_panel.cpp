#include "ui/masks/masks_panel.h"

#include "core/common/error.h"
#include "core/face/landmark_cache.h"
#include "ui/masks/augment_dialog.h"

#include <QAction>
#include <QAbstractSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace maskbench::ui {

// The constructor only assembles the parts; each build function makes its widgets and connects
// them (buildControls() is in masks_controls.cpp).
MasksPanel::MasksPanel(QWidget *parent, const QString &cachePath, const QString &placementsPath) : QWidget(parent)
{
    openStores(cachePath, placementsPath);

    QHBoxLayout *top = buildTopRow();
    QHBoxLayout *views = buildViews();
    QWidget *controlsScroll = buildControls();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(views, 1);
    layout->addWidget(controlsScroll);

    // A focused spin box claims Alt+arrows for its text field, so the panel's previous / next
    // shortcuts would not fire while the seed is being edited: they are taken back here.
    for (QWidget *w : findChildren<QWidget *>())
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w))
            w->installEventFilter(this);

    showCoverage();
    loadTemplateThumbnails();
}

MasksPanel::~MasksPanel()
{
    // Stop the preview thread before the widgets its results are delivered to go away.
    delete m_renderer;
    m_renderer = nullptr;
}

QHBoxLayout *MasksPanel::buildTopRow()
{
    // Top row: the image and the main actions.
    auto *open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open image…"), this);
    open->setToolTip(tr("Show any image file in this panel (Ctrl+Shift+I)"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_fileLabel = new QLabel(tr("Select an image in the Dataset panel, or open one."), this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setMinimumWidth(100);
    auto *batch = new QPushButton(QIcon::fromTheme(QStringLiteral("system-run")), tr("Batch augment…"), this);
    batch->setToolTip(tr("Mask a whole dataset or split with the resumable augment job (Ctrl+Shift+A)"));
    batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // Previous / next follow the Dataset panel's grid in its current filter's order. Alt+arrows:
    // plain arrows and Page keys belong to the focused template list and seed box.
    m_previous = new QToolButton(this);
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_previous->setText(tr("Previous"));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previous->setToolTip(tr("The previous image in the Dataset panel's current order (Alt+Left)"));
    m_previous->setEnabled(false);
    m_next = new QToolButton(this);
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    m_next->setText(tr("Next"));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setToolTip(tr("The next image in the Dataset panel's current order (Alt+Right)"));
    m_next->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(m_previous);
    top->addWidget(m_next);
    top->addWidget(m_fileLabel, 1);
    top->addWidget(batch);

    connect(open, &QPushButton::clicked, this, &MasksPanel::chooseImage);
    connect(m_previous, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(1); });
    // Panel actions rather than button shortcuts: they work wherever the focus is in the panel.
    for (const auto &[button, key] : {std::pair{m_previous, Qt::Key_Left}, std::pair{m_next, Qt::Key_Right}}) {
        auto *step = new QAction(this);
        step->setShortcut(QKeySequence(Qt::ALT | key));
        step->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(step, &QAction::triggered, button, [button = button] {
            if (button->isEnabled())
                button->click();
        });
        addAction(step);
    }
    connect(batch, &QPushButton::clicked, this, &MasksPanel::openAugmentDialog);
    return top;
}

QHBoxLayout *MasksPanel::buildViews()
{
    // The three views with a caption each.
    m_originalView = new ImageView(tr("No image"), this);
    m_landmarkView = new LandmarkView(this);
    m_maskedView = new MaskedView(this);
    m_pose = new QLabel(this);
    m_pose->setAlignment(Qt::AlignCenter);
    m_pose->setToolTip(tr("Head pose from the 68 landmarks (solvePnP against a generic face): yaw > 0 turns towards the "
                          "image's right, pitch > 0 looks up, roll > 0 tilts clockwise"));
    m_size = new QLabel(this);
    m_size->setAlignment(Qt::AlignCenter);
    m_info = new QLabel(this);
    m_info->setAlignment(Qt::AlignCenter);
    m_info->setWordWrap(true);
    auto *views = new QHBoxLayout;
    const auto column = [&](const QString &title, QWidget *view, QLabel *below) {
        auto *box = new QVBoxLayout;
        auto *caption = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
        caption->setAlignment(Qt::AlignCenter);
        box->addWidget(caption);
        box->addWidget(view, 1);
        // Two lines under every view, so the three pictures line up.
        below->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
        below->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        box->addWidget(below);
        views->addLayout(box, 1);
    };
    column(tr("Original"), m_originalView, m_size);
    column(tr("Landmarks"), m_landmarkView, m_pose);
    column(tr("Masked"), m_maskedView, m_info);

    connect(m_maskedView, &MaskedView::anchorMoved, this, [this](int i, QPointF p) { dragAnchor(i, p, false); });
    connect(m_maskedView, &MaskedView::anchorReleased, this, [this](int i, QPointF p) { dragAnchor(i, p, true); });

    return views;
}

bool MasksPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            event->ignore(); // not accepted: the shortcut map gets it
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MasksPanel::openStores(const QString &cachePath, const QString &placementsPath)
{
    m_cachePath = cachePath.isEmpty() ? LandmarkCache::defaultPath() : cachePath;
    const QString storePath = !placementsPath.isEmpty() ? placementsPath
                              : cachePath.isEmpty()     ? PlacementStore::defaultPath()
                                                        : PlacementStore::pathNextTo(cachePath);
    try {
        m_placements = std::make_shared<PlacementStore>(storePath);
    } catch (const Error &e) {
        // A corrupt file must not take the panel down: work without saved placements and say so.
        const QString aside = storePath + QStringLiteral(".new.json");
        const QString message = tr("%1 Placements edited now are kept in %2; the batch job reads neither until the file is fixed.")
                                    .arg(e.message(), aside);
        QMetaObject::invokeMethod(this, [this, message] { Q_EMIT logMessage(message); }, Qt::QueuedConnection);
        m_placements = std::make_shared<PlacementStore>(aside);
    }
    // The renderer's thread holds its own cache connection and the store: a new one for new files
    // (deleting the old one waits for its thread).
    delete m_renderer;
    m_renderer = new MaskPreviewRenderer(m_placements, m_cachePath, this);
    connect(m_renderer, &MaskPreviewRenderer::rendered, this, &MasksPanel::onRendered);
}

bool MasksPanel::setCachePaths(const QString &cachePath, const QString &placementsPath)
{
    if (isBusy())
        return false;
    m_dragPlacement.reset();
    openStores(cachePath, placementsPath);
    if (m_dialog)
        m_dialog->setCachePaths(m_cachePath, m_placements->path());
    // The image shown belongs to the other project: looking at it again would put its landmarks
    // into this project's cache. The new project's dataset selection brings the next one.
    m_path.clear();
    m_pendingPath.clear();
    m_hasPreview = false;
    m_preview = MaskPreview();
    for (ImageView *v : {static_cast<ImageView *>(m_originalView), static_cast<ImageView *>(m_landmarkView), static_cast<ImageView *>(m_maskedView)}) {
        v->setImage(QImage());
        v->setContentRect(QRectF());
    }
    m_landmarkView->setFace(nullptr);
    m_maskedView->setAnchors(nullptr);
    m_fileLabel->setText(tr("Select an image in the Dataset panel, or open one."));
    m_fileLabel->setToolTip(QString());
    for (QLabel *l : {m_size, m_pose, m_info})
        l->clear();
    m_resetPlacement->setEnabled(false);
    setNeighbours(false, false);
    showCoverage();
    return true;
}

void MasksPanel::setOutputFolderBase(const QString &folder)
{
    m_outputBase = folder;
    if (m_dialog && !m_dialog->isRunning())
        m_dialog->setOutputBase(folder);
}

void MasksPanel::openImage(const QString &path)
{
    m_path = path;
    m_pendingPath.clear();
    m_dragPlacement.reset();
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_fileLabel->setToolTip(path);
    m_info->setText(tr("Finding the face…"));
    requestRender();
    Q_EMIT imageOpened(path);
}

void MasksPanel::setNeighbours(bool hasPrevious, bool hasNext)
{
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
}

void MasksPanel::setCurrentImage(const QString &path)
{
    if (isVisible())
        openImage(path);
    else
        m_pendingPath = path;
}

void MasksPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_pendingPath.isEmpty())
        openImage(m_pendingPath);
}

void MasksPanel::setDatasetSource(const QString &source)
{
    m_datasetSource = source;
    if (m_dialog && !m_dialog->isRunning())
        m_dialog->setSource(source);
}

void MasksPanel::requestRender()
{
    if (m_path.isEmpty())
        return;
    MaskPreviewRequest r;
    r.path = m_path;
    r.spec = spec();
    r.overlay = overlayOptions();
    r.placement = m_dragPlacement;
    m_lastRequest = m_renderer->render(r);
    // The colour button shows the colour asked for; the template's default until a result says.
    const QColor c(m_colour);
    QPixmap swatch(16, 16);
    swatch.fill(c.isValid() ? c : QColor(Qt::transparent));
    m_colourButton->setIcon(QIcon(swatch));
    m_colourButton->setText(m_colour.isEmpty() ? tr("Template default") : m_colour);
}

void MasksPanel::onRendered(const MaskPreview &preview)
{
    if (preview.path != m_path)
        return; // an older image's result that raced a new selection
    if (preview.partial) {
        // The picture is decoded, the face not found yet: show it, keep the last full result.
        m_originalView->setImage(preview.original);
        m_originalView->setContentRect(QRectF());
        m_size->setText(tr("%1 × %2 px").arg(preview.original.width()).arg(preview.original.height()));
        for (ImageView *v : {static_cast<ImageView *>(m_landmarkView), static_cast<ImageView *>(m_maskedView)}) {
            v->setImage(QImage());
            v->setEmptyText(tr("Finding the face…"));
        }
        m_landmarkView->setFace(nullptr);
        m_maskedView->setAnchors(nullptr);
        m_landmarkView->setRings({});
        m_maskedView->setRings({});
        m_pose->clear();
        return;
    }
    m_landmarkView->setEmptyText(tr("No landmarks"));
    m_maskedView->setEmptyText(tr("No masked result"));
    const bool newImage = !m_hasPreview || m_preview.path != preview.path;
    m_preview = preview;
    m_hasPreview = true;
    m_originalView->setImage(preview.original);
    m_size->setText(preview.original.isNull() ? QString() : tr("%1 × %2 px").arg(preview.original.width()).arg(preview.original.height()));
    m_landmarkView->setImage(preview.original);
    m_maskedView->setImage(preview.masked);
    if (preview.faceCount == 0)
        for (ImageView *v : {static_cast<ImageView *>(m_originalView), static_cast<ImageView *>(m_landmarkView), static_cast<ImageView *>(m_maskedView)})
            v->setContentRect(QRectF());
    if (!preview.error.isEmpty()) {
        m_originalView->setEmptyText(preview.error);
        m_landmarkView->setFace(nullptr);
        m_maskedView->setAnchors(nullptr);
        m_pose->clear();
        m_info->setText(preview.error);
        if (newImage)
            Q_EMIT logMessage(preview.error);
    } else if (preview.faceCount == 0) {
        m_landmarkView->setFace(nullptr);
        m_maskedView->setAnchors(nullptr);
        m_pose->setText(tr("No face found"));
        m_info->setText(tr("No face found, so no mask (%1 ms)").arg(preview.detectMs, 0, 'f', 1));
        if (newImage)
            Q_EMIT logMessage(tr("%1: no face found").arg(preview.path));
    } else {
        // All three views show the same region: the picture and every landmark, even those a
        // tight crop cut off, so the jaw points and the chin handle can be seen and dragged.
        float x0 = 0, y0 = 0, x1 = float(preview.original.width()), y1 = float(preview.original.height());
        for (const cv::Point2f &pt : preview.face.landmarks) {
            x0 = std::min(x0, pt.x);
            y0 = std::min(y0, pt.y);
            x1 = std::max(x1, pt.x);
            y1 = std::max(y1, pt.y);
        }
        const QRectF region = QRectF(QPointF(x0, y0), QPointF(x1, y1)).marginsAdded(QMarginsF(4, 4, 4, 4));
        for (ImageView *v : {static_cast<ImageView *>(m_originalView), static_cast<ImageView *>(m_landmarkView), static_cast<ImageView *>(m_maskedView)})
            v->setContentRect(region);
        m_landmarkView->setFace(&preview.face);
        m_maskedView->setAnchors(preview.maskOk ? &preview.anchors : nullptr);
        const HeadPose &pose = preview.face.pose;
        m_pose->setText(pose.valid ? tr("Yaw %1°   Pitch %2°   Roll %3°")
                                         .arg(pose.yaw, 0, 'f', 1).arg(pose.pitch, 0, 'f', 1).arg(pose.roll, 0, 'f', 1)
                                   : tr("Pose not available"));
        QString info = preview.fromCache ? tr("Landmarks from the cache (%1 ms)").arg(preview.detectMs, 0, 'f', 1)
                       : preview.loadedModel ? tr("Face detected in %1 ms (the first detection also loads the landmark model)").arg(preview.detectMs, 0, 'f', 0)
                                             : tr("Face detected in %1 ms").arg(preview.detectMs, 0, 'f', 0);
        if (preview.faceCount > 1)
            info += tr("; %1 faces, the largest shown").arg(preview.faceCount);
        if (!preview.maskOk)
            info += QStringLiteral("\n") + tr("No mask: %1").arg(preview.maskProblem);
        else if (!preview.placement.isZero())
            info += QStringLiteral("\n") + (preview.placementSaved ? tr("Saved placement in use") : tr("Placement being edited"));
        m_info->setText(info);
    }
    m_resetPlacement->setEnabled(preview.placementSaved);
    if (preview.maskOk && m_colour.isEmpty())
        m_colourButton->setText(tr("%1 (default)").arg(preview.colour));
    showCoverage();
    Q_EMIT rendered();
}

void MasksPanel::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), QFileInfo(m_path).absolutePath(),
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        openImage(path);
}

void MasksPanel::dragAnchor(int index, QPointF imagePos, bool release)
{
    if (!m_hasPreview || m_preview.faceCount == 0)
        return;
    PlacementOverride p = m_dragPlacement ? *m_dragPlacement : m_preview.placement;
    const cv::Point2f landmark = m_preview.face.point(kPlacementLandmarks[size_t(index)]);
    p.offsets[size_t(index)] = cv::Point2f(float(imagePos.x()), float(imagePos.y())) - landmark;
    if (!release) {
        m_dragPlacement = p;
        requestRender();
        return;
    }
    m_dragPlacement.reset();
    const QString templateName = maskTypeName(spec().type);
    try {
        m_placements->set(m_preview.hash, templateName, p);
        Q_EMIT logMessage(tr("%1: placement of the %2 mask saved (%3 moved by %4, %5 px)")
                              .arg(QFileInfo(m_path).fileName(), templateName, anchorName(index))
                              .arg(double(p.offsets[size_t(index)].x), 0, 'f', 1)
                              .arg(double(p.offsets[size_t(index)].y), 0, 'f', 1));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Cannot save the placement"),
                             tr("%1\n\nCheck that the cache folder is writable (Settings > Cache location).").arg(e.message()));
    }
    requestRender();
}

void MasksPanel::resetPlacement()
{
    if (!m_hasPreview)
        return;
    m_dragPlacement.reset();
    try {
        if (m_placements->remove(m_preview.hash, maskTypeName(spec().type)))
            Q_EMIT logMessage(tr("%1: placement of the %2 mask reset").arg(QFileInfo(m_path).fileName(), maskTypeName(spec().type)));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Cannot reset the placement"), e.message());
    }
    requestRender();
}

AugmentDialog *MasksPanel::openAugmentDialog()
{
    if (!m_dialog) {
        m_dialog = new AugmentDialog(m_cachePath, m_placements->path(), this);
        m_dialog->setOutputBase(m_outputBase);
        m_dialog->setSource(m_datasetSource);
        connect(m_dialog, &AugmentDialog::imageActivated, this, &MasksPanel::openImage);
        connect(m_dialog, &AugmentDialog::logMessage, this, &MasksPanel::logMessage);
        connect(m_dialog, &AugmentDialog::busy, this, &MasksPanel::busy);
        connect(m_dialog, &AugmentDialog::idle, this, &MasksPanel::idle);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

bool MasksPanel::isBusy() const { return m_dialog && m_dialog->isRunning(); }

void MasksPanel::cancel()
{
    if (m_dialog)
        m_dialog->cancel();
}

} // namespace maskbench::ui
