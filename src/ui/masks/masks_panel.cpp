#include "ui/masks/masks_panel.h"

#include "core/common/error.h"
#include "core/face/landmark_cache.h"
#include "ui/masks/augment_dialog.h"

#include <QAction>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QColorDialog>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace maskbench::ui {
namespace {

constexpr double kHandleRadius = 7.0;

QString anchorName(int index)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("MasksPanel", "nose bridge (29)"), QT_TRANSLATE_NOOP("MasksPanel", "chin (9)"),
                                        QT_TRANSLATE_NOOP("MasksPanel", "left jaw, upper (2)"), QT_TRANSLATE_NOOP("MasksPanel", "left jaw, lower (6)"),
                                        QT_TRANSLATE_NOOP("MasksPanel", "right jaw, upper (16)"), QT_TRANSLATE_NOOP("MasksPanel", "right jaw, lower (12)")};
    return QCoreApplication::translate("MasksPanel", names[index]);
}

QString mark(bool ok) { return ok ? QStringLiteral("<span style='color:#1b7f2a'>&#10004;</span>") : QStringLiteral("<span style='color:#c62828'>&#10008;</span>"); }

} // namespace

// --- LandmarkView -----------------------------------------------------------------------------

LandmarkView::LandmarkView(QWidget *parent) : ImageView(tr("Landmarks appear here"), parent) {}

void LandmarkView::setFace(const Face *face)
{
    m_hasFace = face != nullptr;
    if (face)
        m_face = *face;
    update();
}

void LandmarkView::setShowIndices(bool on)
{
    m_showIndices = on;
    update();
}

void LandmarkView::setShowBox(bool on)
{
    m_showBox = on;
    update();
}

void LandmarkView::paintOverlay(QPainter &p)
{
    if (!m_hasFace)
        return;
    if (m_showBox) {
        const QPointF tl = imageToWidget(QPointF(m_face.box.x, m_face.box.y));
        const QPointF br = imageToWidget(QPointF(m_face.box.x + m_face.box.width, m_face.box.y + m_face.box.height));
        p.setPen(QPen(QColor(230, 60, 60), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(tl, br));
    }
    // Groups in their own colours: jaw, brows, nose, eyes, mouth (the coverage check's groups).
    const auto colourOf = [](int oneBased) {
        if (oneBased <= 17) return QColor(255, 214, 0);
        if (oneBased <= 27) return QColor(255, 140, 0);
        if (oneBased <= 36) return QColor(0, 200, 255);
        if (oneBased <= 48) return QColor(255, 64, 200);
        return QColor(60, 255, 90);
    };
    const double r = std::clamp(scale() * 1.6, 2.2, 4.0);
    QFont f = font();
    f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.75));
    p.setFont(f);
    for (int i = 0; i < kLandmarkCount; ++i) {
        const QPointF w = imageToWidget(QPointF(m_face.landmarks[size_t(i)].x, m_face.landmarks[size_t(i)].y));
        p.setPen(QPen(Qt::black, 1));
        p.setBrush(colourOf(i + 1));
        p.drawEllipse(w, r, r);
        if (m_showIndices) {
            // White on a dark halo: readable on pale skin and on dark hair alike.
            const QPointF at = w + QPointF(r + 1, -r - 1);
            const QString number = QString::number(i + 1);
            p.setPen(QColor(0, 0, 0, 200));
            for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
                p.drawText(at + d, number);
            p.setPen(Qt::white);
            p.drawText(at, number);
        }
    }
}

// --- MaskedView -------------------------------------------------------------------------------

MaskedView::MaskedView(QWidget *parent) : ImageView(tr("The masked result appears here"), parent)
{
    setMouseTracking(true);
    setToolTip(tr("Drag the round handles (nose bridge, chin, jaw) to nudge the mask on this image; "
                  "the placement is saved for this image and template"));
}

void MaskedView::setAnchors(const std::array<cv::Point2f, 6> *anchors)
{
    m_hasAnchors = anchors != nullptr;
    if (anchors && m_drag < 0)
        m_anchors = *anchors;
    update();
}

QPointF MaskedView::anchorInWidget(int index) const
{
    return imageToWidget(QPointF(m_anchors[size_t(index)].x, m_anchors[size_t(index)].y));
}

int MaskedView::handleAt(QPointF pos) const
{
    if (!m_hasAnchors)
        return -1;
    int best = -1;
    double bestDistance = kHandleRadius + 4;
    for (int i = 0; i < 6; ++i) {
        const double d = QLineF(pos, anchorInWidget(i)).length();
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void MaskedView::paintOverlay(QPainter &p)
{
    if (!m_hasAnchors)
        return;
    // The seam (29 -> 9) and each half's outer edge, so a person sees what a handle moves.
    const auto w = [this](int i) { return anchorInWidget(i); };
    p.setPen(QPen(QColor(255, 255, 255, 170), 1, Qt::DashLine));
    p.drawLine(w(0), w(1));
    p.drawLine(w(2), w(3));
    p.drawLine(w(4), w(5));
    for (int i = 0; i < 6; ++i) {
        const bool active = i == m_drag || i == m_hover;
        p.setPen(QPen(Qt::black, 1.5));
        p.setBrush(active ? QColor(255, 200, 0) : QColor(255, 255, 255, 210));
        p.drawEllipse(w(i), kHandleRadius, kHandleRadius);
    }
}

void MaskedView::mousePressEvent(QMouseEvent *event)
{
    m_drag = event->button() == Qt::LeftButton ? handleAt(event->position()) : -1;
    if (m_drag >= 0) {
        setCursor(Qt::ClosedHandCursor);
        update();
    }
}

void MaskedView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag < 0) {
        const int hover = handleAt(event->position());
        if (hover != m_hover) {
            m_hover = hover;
            setCursor(hover >= 0 ? Qt::OpenHandCursor : Qt::ArrowCursor);
            if (hover >= 0)
                setToolTip(tr("Drag to move the mask's %1").arg(anchorName(hover)));
            update();
        }
        return;
    }
    const QPointF img = widgetToImage(event->position());
    m_anchors[size_t(m_drag)] = cv::Point2f(float(img.x()), float(img.y()));
    update();
    Q_EMIT anchorMoved(m_drag, img);
}

void MaskedView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag < 0)
        return;
    const int index = m_drag;
    const QPointF img = widgetToImage(event->position());
    m_anchors[size_t(index)] = cv::Point2f(float(img.x()), float(img.y()));
    m_drag = -1;
    setCursor(Qt::OpenHandCursor);
    update();
    Q_EMIT anchorReleased(index, img);
}

// --- MasksPanel -------------------------------------------------------------------------------

MasksPanel::MasksPanel(QWidget *parent, const QString &cachePath, const QString &placementsPath) : QWidget(parent)
{
    openStores(cachePath, placementsPath);

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

    // Controls: template, colour and seed, options, coverage.
    m_templates = new QListWidget(this);
    m_templates->setViewMode(QListView::IconMode);
    m_templates->setFlow(QListView::LeftToRight);
    m_templates->setWrapping(false);
    m_templates->setMovement(QListView::Static);
    m_templates->setIconSize(QSize(54, 40));
    m_templates->setGridSize(QSize(66, 66));
    m_templates->setFixedHeight(78);
    m_templates->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_templates->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_templates->setToolTip(tr("Mask template (masks/*.json); Alt+1..5 picks one"));
    const std::vector<MaskType> types = parseMaskTypes(QString());
    for (size_t i = 0; i < types.size(); ++i) {
        auto *item = new QListWidgetItem(maskTypeName(types[i]), m_templates);
        item->setData(Qt::UserRole, int(types[i]));
        item->setTextAlignment(Qt::AlignHCenter);
        item->setToolTip(tr("%1 mask (Alt+%2)").arg(maskTypeName(types[i])).arg(i + 1));
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + int(i))));
        connect(shortcut, &QAction::triggered, this, [this, i] { m_templates->setCurrentRow(int(i)); });
        addAction(shortcut);
    }
    m_templates->setCurrentRow(0);
    // Wide enough for every template: the picker should not need scrolling.
    m_templates->setMinimumWidth(m_templates->gridSize().width() * m_templates->count() + 2 * m_templates->frameWidth() + 4);
    auto *templateBox = new QGroupBox(tr("Template"), this);
    auto *templateLayout = new QVBoxLayout(templateBox);
    templateLayout->addWidget(m_templates);

    m_colourButton = new QToolButton(this);
    m_colourButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colourButton->setToolTip(tr("Choose the mask's colour (Ctrl+Shift+C)"));
    m_colourButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_defaultColour = new QToolButton(this);
    m_defaultColour->setText(tr("Default"));
    m_defaultColour->setToolTip(tr("Use the template's own colour"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Pattern seed: the patterned mask's pattern and every mask's fabric grain"));
    auto *randomiseButton = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playlist-shuffle")), tr("Randomise"), this);
    randomiseButton->setToolTip(tr("A new pattern seed and a colour from the template's palette (Ctrl+Shift+D)"));
    randomiseButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    auto *lookBox = new QGroupBox(tr("Look"), this);
    auto *look = new QFormLayout(lookBox);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colourButton, 1);
    colourRow->addWidget(m_defaultColour);
    look->addRow(tr("Colour:"), colourRow);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(randomiseButton);
    look->addRow(tr("Seed:"), seedRow);

    m_soften = new QCheckBox(tr("S&often edges"), this);
    m_soften->setChecked(true);
    m_soften->setToolTip(tr("Feather the mask's boundary so it blends into the face"));
    m_matchBrightness = new QCheckBox(tr("&Match brightness"), this);
    m_matchBrightness->setChecked(true);
    m_matchBrightness->setToolTip(tr("Scale the mask's colour by the face's brightness, so a white mask does not glow in shadow"));
    m_indices = new QCheckBox(tr("Point &numbers"), this);
    m_indices->setToolTip(tr("Show the 1-based iBUG number of every landmark (Ctrl+Shift+N)"));
    m_indices->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_box = new QCheckBox(tr("Face &box"), this);
    m_box->setChecked(true);
    m_box->setToolTip(tr("Show the face detector's rectangle"));
    m_resetPlacement = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Reset placement"), this);
    m_resetPlacement->setToolTip(tr("Remove this image's saved placement for this template (Ctrl+Shift+R)"));
    m_resetPlacement->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resetPlacement->setEnabled(false);
    look->addRow(tr("Placement:"), m_resetPlacement);
    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *options = new QVBoxLayout(optionsBox);
    options->setSpacing(2);
    for (QCheckBox *c : {m_soften, m_matchBrightness, m_indices, m_box})
        options->addWidget(c);
    options->addStretch(1);

    m_verdict = new QLabel(this);
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setMinimumWidth(120);
    m_coverage = new QLabel(this);
    m_coverage->setTextFormat(Qt::RichText);
    auto *coverageBox = new QGroupBox(tr("Coverage check"), this);
    coverageBox->setToolTip(tr("Nose points 31–36 and mouth points 49–68 must lie under the mask, eye points 37–48 must not"));
    auto *coverageLayout = new QVBoxLayout(coverageBox);
    coverageLayout->addWidget(m_verdict);
    coverageLayout->addWidget(m_coverage);
    coverageLayout->addStretch(1);

    // The controls scroll sideways when the window is narrower than they are (a 1024 px laptop in
    // German), instead of setting the window's minimum width.
    auto *controlsWidget = new QWidget(this);
    auto *controls = new QHBoxLayout(controlsWidget);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(templateBox, 0);
    controls->addWidget(lookBox, 1);
    controls->addWidget(optionsBox, 1);
    controls->addWidget(coverageBox, 1);
    auto *controlsScroll = new QScrollArea(this);
    controlsScroll->setWidget(controlsWidget);
    controlsScroll->setWidgetResizable(true);
    controlsScroll->setFrameShape(QFrame::NoFrame);
    controlsScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    controlsScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    controlsScroll->setFixedHeight(controlsWidget->sizeHint().height() + controlsScroll->horizontalScrollBar()->sizeHint().height());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(views, 1);
    layout->addWidget(controlsScroll);

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
    connect(m_templates, &QListWidget::currentRowChanged, this, [this] { requestRender(); });
    connect(m_colourButton, &QToolButton::clicked, this, &MasksPanel::chooseColour);
    connect(m_defaultColour, &QToolButton::clicked, this, [this] { setColour(QString()); });
    connect(m_seed, &QSpinBox::valueChanged, this, [this] { requestRender(); });
    connect(randomiseButton, &QPushButton::clicked, this, &MasksPanel::randomise);
    connect(m_soften, &QCheckBox::toggled, this, [this] { requestRender(); });
    connect(m_matchBrightness, &QCheckBox::toggled, this, [this] { requestRender(); });
    connect(m_indices, &QCheckBox::toggled, m_landmarkView, &LandmarkView::setShowIndices);
    connect(m_box, &QCheckBox::toggled, m_landmarkView, &LandmarkView::setShowBox);
    connect(m_resetPlacement, &QPushButton::clicked, this, &MasksPanel::resetPlacement);
    connect(m_maskedView, &MaskedView::anchorMoved, this, [this](int i, QPointF p) { dragAnchor(i, p, false); });
    connect(m_maskedView, &MaskedView::anchorReleased, this, [this](int i, QPointF p) { dragAnchor(i, p, true); });

    // A focused spin box claims Alt+arrows for its text field, so the panel's previous / next
    // shortcuts would not fire while the seed is being edited: they are taken back here.
    for (QWidget *w : findChildren<QWidget *>())
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w))
            w->installEventFilter(this);

    showCoverage();
    loadTemplateThumbnails();
}

bool MasksPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right))
            event->ignore(); // not accepted: the shortcut map gets it
            return true;
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

MasksPanel::~MasksPanel()
{
    // Stop the preview thread before the widgets its results are delivered to go away.
    delete m_renderer;
    m_renderer = nullptr;
}

void MasksPanel::loadTemplateThumbnails()
{
    // Rendering a template takes a few tens of milliseconds: off the UI thread.
    auto *watcher = new QFutureWatcher<QList<QImage>>(this);
    connect(watcher, &QFutureWatcher<QList<QImage>>::finished, this, [this, watcher] {
        const QList<QImage> images = watcher->result();
        for (int i = 0; i < images.size() && i < m_templates->count(); ++i) {
            if (images[i].isNull())
                continue;
            QPixmap pm = QPixmap::fromImage(images[i].scaled(m_templates->iconSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            m_templates->item(i)->setIcon(QIcon(pm));
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([] {
        QList<QImage> images;
        for (MaskType t : parseMaskTypes(QString())) {
            try {
                images.append(maskTemplateImage(t));
            } catch (...) {
                images.append(QImage());
            }
        }
        return images;
    }));
}

MaskSpec MasksPanel::spec() const
{
    MaskSpec s;
    const QListWidgetItem *item = m_templates->currentItem();
    s.type = item ? MaskType(item->data(Qt::UserRole).toInt()) : MaskType::Surgical;
    s.colour = m_colour;
    s.seed = quint64(m_seed->value());
    return s;
}

OverlayOptions MasksPanel::overlayOptions() const
{
    OverlayOptions o;
    if (!m_soften->isChecked())
        o.feather = 0.0; // the overlay keeps a half-pixel minimum: edges stay anti-aliased
    o.matchBrightness = m_matchBrightness->isChecked();
    return o;
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

void MasksPanel::showCoverage()
{
    if (!m_hasPreview || !m_preview.maskOk) {
        m_verdict->setText(tr("—"));
        m_verdict->setStyleSheet(QString());
        m_coverage->setText(tr("No mask placed yet."));
        m_landmarkView->setRings({});
        m_maskedView->setRings({});
        return;
    }
    const Coverage &c = m_preview.coverage;
    const bool pass = c.pass();
    m_verdict->setText(pass ? tr("PASS") : tr("FAIL"));
    m_verdict->setStyleSheet(pass ? QStringLiteral("QLabel { background: #2e7d32; color: white; font-weight: bold; padding: 4px; border-radius: 3px; }")
                                  : QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; padding: 4px; border-radius: 3px; }"));
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    // Each row ends with the points that fail it (core's lists), in red.
    const auto row = [&](const QString &name, const QString &value, bool ok, const std::vector<int> &failing) {
        const QString points = failing.empty() ? QString()
                                               : QStringLiteral("<span style='color:#c62828'>%1</span>")
                                                     .arg(Coverage::formatPoints(failing, QStringLiteral("–")));
        html += QStringLiteral("<tr><td>%1</td><td width='10'></td><td align='right'>%2</td><td width='4'></td><td>%3</td>"
                               "<td width='6'></td><td>%4</td></tr>")
                    .arg(name.toHtmlEscaped(), value, mark(ok), points);
    };
    row(tr("Nose 31–36 covered"), QStringLiteral("%1/%2").arg(c.nose).arg(Coverage::kNoseTotal), c.nose == Coverage::kNoseTotal, c.uncoveredNose);
    row(tr("Mouth 49–68 covered"), QStringLiteral("%1/%2").arg(c.mouth).arg(Coverage::kMouthTotal), c.mouth == Coverage::kMouthTotal, c.uncoveredMouth);
    row(tr("Eyes 37–48 covered"), QStringLiteral("%1/%2").arg(c.eyes).arg(Coverage::kEyeTotal), c.eyes == 0, c.coveredEyes);
    html += QStringLiteral("</table>");

    // Issue 12: the failing points ringed in red in the Landmarks and Masked views, and a legend
    // that says how many and where.
    const std::vector<int> misses = c.misses();
    QList<QPointF> rings;
    for (int point : misses)
        rings.append(QPointF(m_preview.face.point(point).x, m_preview.face.point(point).y));
    m_landmarkView->setRings(rings);
    m_maskedView->setRings(rings);
    if (!misses.empty()) {
        QStringList regions;
        if (!c.uncoveredNose.empty())
            regions << tr("nose");
        if (!c.uncoveredMouth.empty())
            regions << tr("mouth");
        QStringList parts;
        const int uncovered = int(c.uncoveredNose.size() + c.uncoveredMouth.size());
        if (uncovered > 0)
            parts << tr("%1 uncovered (%2)").arg(uncovered).arg(regions.join(QStringLiteral(", ")));
        if (!c.coveredEyes.empty())
            parts << tr("%1 eye point(s) covered").arg(c.coveredEyes.size());
        html += QStringLiteral("<span style='color:#c62828'>&#9711;</span> %1")
                    .arg(tr("%1: ringed in red").arg(parts.join(QStringLiteral("; "))).toHtmlEscaped());
    }
    m_coverage->setText(html);
}

void MasksPanel::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), QFileInfo(m_path).absolutePath(),
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        openImage(path);
}

void MasksPanel::randomise()
{
    QRandomGenerator *rng = QRandomGenerator::global();
    const MaskSpec s = spec();
    if (s.type != MaskType::Patterned) {
        const QStringList palette = maskPalette(s.type);
        m_colour = palette.at(int(rng->bounded(quint32(palette.size()))));
    }
    m_seed->setValue(int(rng->bounded(quint32(std::numeric_limits<int>::max())))); // renders
    requestRender();
}

void MasksPanel::chooseColour()
{
    const QColor start(m_colour.isEmpty() && m_hasPreview ? m_preview.colour : m_colour);
    const QColor c = QColorDialog::getColor(start.isValid() ? start : QColor(Qt::white), this, tr("Mask colour"));
    if (!c.isValid())
        return;
    setColour(c.name(QColor::HexRgb));
}

void MasksPanel::setColour(const QString &colour)
{
    m_colour = QColor(colour).isValid() ? QColor(colour).name(QColor::HexRgb) : QString();
    requestRender();
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
