// The Masks panel's controls: the template picker with its thumbnails, colour and seed, the
// overlay options, and the coverage check with the failing points.

#include "ui/masks/masks_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QColorDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace maskbench::ui {
namespace {

QString mark(bool ok) { return ok ? QStringLiteral("<span style='color:#1b7f2a'>&#10004;</span>") : QStringLiteral("<span style='color:#c62828'>&#10008;</span>"); }

} // namespace

QWidget *MasksPanel::buildControls()
{
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
    return controlsScroll;
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

} // namespace maskbench::ui
