// The Images tab: the gallery of one matrix cell (or all errors, or one slice group), the details
// of the selected image, and its Grad-CAM overlay with opacity and legend.

#include "ui/evaluation/evaluation_panel.h"
#include "ui/evaluation/evaluation_panel_p.h"

#include "core/dataset/statistics.h"
#include "ui/evaluation/gallery_model.h"
#include "workers/gradcam_job.h"
#include "workers/thumbnail_loader.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace maskbench::ui {

QWidget *EvaluationPanel::buildGalleryPage()
{
    // Right, tab 1: the gallery of one cell (or all errors) and the details of the selected image.
    m_galleryModel = new GalleryModel(this);
    m_gallery = new QListView(this);
    m_gallery->setModel(m_galleryModel);
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setLayoutMode(QListView::Batched);
    m_gallery->setBatchSize(400);
    m_gallery->setIconSize(QSize(112, 112));
    m_gallery->setGridSize(QSize(132, 160));
    m_gallery->setWordWrap(true);
    m_gallery->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_gallery->setSelectionMode(QAbstractItemView::SingleSelection);
    m_galleryTitle = new QLabel(this);
    m_galleryTitle->setWordWrap(true);
    m_allErrors = new QPushButton(tr("All errors"), this);
    m_allErrors->setToolTip(tr("Show every misclassified image instead of one cell"));
    m_allErrors->setEnabled(false);
    auto *galleryBar = new QHBoxLayout;
    galleryBar->addWidget(m_galleryTitle, 1);
    galleryBar->addWidget(m_allErrors);
    m_gradCam = new QCheckBox(tr("Grad-CAM"), this);
    m_gradCam->setToolTip(tr("Overlay the selected image with the Grad-CAM heat map of its predicted class "
                             "(last convolutional stage of the run's checkpoint)"));
    galleryBar->addWidget(m_gradCam);
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(180, 180);
    // The pixmap is fitted to the label, never the label to the pixmap: a large image must not
    // widen the pane (or the window).
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->installEventFilter(this);
    // Under the preview while Grad-CAM is shown: the opacity and the colour scale.
    m_camOpacity = new QSlider(Qt::Horizontal, this);
    m_camOpacity->setRange(0, 100);
    m_camOpacity->setValue(45);
    m_camOpacity->setToolTip(tr("Opacity of the Grad-CAM heat map over the image"));
    {
        // JET from 0 (blue) to 1 (red), as the overlay colours it.
        QImage ramp(256, 1, QImage::Format_RGB888);
        for (int x = 0; x < 256; ++x) {
            const double v = x / 255.0;
            const auto channel = [v](double centre) { return int(255 * std::clamp(1.5 - std::abs(4 * v - centre), 0.0, 1.0)); };
            ramp.setPixelColor(x, 0, QColor(channel(3), channel(2), channel(1)));
        }
        m_camLegend = new QLabel(this);
        m_camLegend->setPixmap(QPixmap::fromImage(ramp.scaled(160, 12)));
        m_camLegend->setToolTip(tr("Grad-CAM colour scale: 0 (blue, no influence) to 1 (red, the strongest influence on the class)"));
    }
    m_camBar = new QWidget(this);
    auto *camLayout = new QGridLayout(m_camBar);
    camLayout->setContentsMargins(0, 0, 0, 0);
    camLayout->addWidget(new QLabel(tr("0"), m_camBar), 0, 0);
    camLayout->addWidget(m_camLegend, 0, 1, Qt::AlignCenter);
    camLayout->addWidget(new QLabel(tr("1"), m_camBar), 0, 2);
    auto *opacityLabel = new QLabel(tr("&Opacity:"), m_camBar);
    opacityLabel->setBuddy(m_camOpacity);
    camLayout->addWidget(opacityLabel, 1, 0);
    camLayout->addWidget(m_camOpacity, 1, 1, 1, 2);
    m_camBar->setVisible(false);
    m_detailsText = new QLabel(tr("Select an image to see its details."), this);
    m_detailsText->setWordWrap(true);
    m_detailsText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A long file name must not widen the pane: it wraps or is cut, the pane keeps its width.
    m_detailsText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detailsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(4, 0, 0, 0);
    detailsLayout->addWidget(m_preview, 2);
    detailsLayout->addWidget(m_camBar);
    detailsLayout->addWidget(m_detailsText, 1);
    auto *gallerySplit = new QSplitter(Qt::Horizontal, this);
    gallerySplit->addWidget(m_gallery);
    gallerySplit->addWidget(detailsPane);
    gallerySplit->setStretchFactor(0, 3);
    gallerySplit->setStretchFactor(1, 1);
    gallerySplit->setSizes({560, 220});
    auto *galleryPage = new QWidget(this);
    auto *galleryLayout = new QVBoxLayout(galleryPage);
    galleryLayout->addLayout(galleryBar);
    galleryLayout->addWidget(gallerySplit, 1);

    m_previewLoader = new ThumbnailLoader(256, this);
    connect(m_previewLoader, &ThumbnailLoader::thumbnailReady, this, [this](const QString &path, const QImage &img) {
        if (m_view && m_detailRow >= 0 && m_view->table->rows[size_t(m_detailRow)].path == path && !m_gradCam->isChecked())
            m_preview->setPixmap(QPixmap::fromImage(img));
    });
    connect(m_previewLoader, &ThumbnailLoader::thumbnailFailed, this, [this](const QString &path, const QString &error) {
        if (m_view && m_detailRow >= 0 && m_view->table->rows[size_t(m_detailRow)].path == path)
            m_preview->setText(tr("Cannot show the image: %1").arg(error));
    });
    connect(m_galleryModel->loader(), &ThumbnailLoader::thumbnailFailed, this, [this](const QString &path, const QString &error) {
        Q_EMIT logMessage(tr("%1: cannot decode: %2").arg(path, error));
    });

    connect(m_allErrors, &QPushButton::clicked, this, &EvaluationPanel::showAllErrors);
    m_gradCamJob = new GradCamJob(this);
    connect(m_gradCam, &QCheckBox::toggled, this, [this](bool on) {
        m_camBar->setVisible(on);
        showDetails(m_detailRow);
    });
    connect(m_gradCamJob, &GradCamJob::ready, this,
            [this](const QString &path, const QImage &image, const QImage &heat, const QString &layer, int target) {
                if (!m_view || m_detailRow < 0 || !m_gradCam->isChecked() || m_view->table->rows[size_t(m_detailRow)].path != path)
                    return;
                m_camPath = path;
                m_camImage = image;
                m_camHeat = heat;
                m_camTip = tr("Grad-CAM of class %1 at layer %2").arg(m_view->table->classes.value(target), layer);
                showGradCam();
            });
    connect(m_camOpacity, &QSlider::valueChanged, this, &EvaluationPanel::showGradCam);
    connect(m_gradCamJob, &GradCamJob::failed, this, [this](const QString &path, const QString &message) {
        Q_EMIT logMessage(tr("Grad-CAM of %1: %2").arg(path, message));
        if (m_view && m_detailRow >= 0 && m_gradCam->isChecked() && m_view->table->rows[size_t(m_detailRow)].path == path)
            m_preview->setText(tr("No Grad-CAM: %1").arg(message));
    });
    connect(m_gallery->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showDetails(current.isValid() ? m_galleryModel->tableRow(current.row()) : -1);
    });
    return galleryPage;
}

void EvaluationPanel::fillGallery()
{
    const PredictionTable &table = *m_view->table;
    std::vector<GalleryEntry> entries;
    const int k = m_view->report.matrix.size();
    if (m_cell && (m_cell->first >= k || m_cell->second >= k))
        m_cell.reset();
    if (m_cell && m_cell->first != m_cell->second) {
        // An error cell: core's list is already most confident first.
        for (const Misclassified &e : m_view->errors)
            if (e.actual == m_cell->first && e.predicted == m_cell->second)
                entries.push_back({e.row, e.confidence});
    } else if (m_cell) {
        // A diagonal cell: the correct predictions of one class, least sure last.
        for (int i = 0; i < int(table.rows.size()); ++i) {
            const Prediction &p = table.rows[size_t(i)];
            if (p.label == m_cell->first && p.predicted == m_cell->first)
                entries.push_back({i, p.confidence()});
        }
        std::stable_sort(entries.begin(), entries.end(), [](const GalleryEntry &a, const GalleryEntry &b) { return a.confidence > b.confidence; });
    } else {
        for (const Misclassified &e : m_view->errors)
            entries.push_back({e.row, e.confidence});
    }
    // A slice row chosen in the Slices tab limits the gallery to that group's rows.
    const SliceRow *group = nullptr;
    for (const SliceRow &r : m_view->slice.rows)
        if (!m_sliceGroup.isEmpty() && r.value == m_sliceGroup)
            group = &r;
    if (!group)
        m_sliceGroup.clear();
    if (group) {
        const std::vector<int> &rows = group->rows; // ascending
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&](const GalleryEntry &e) { return !std::binary_search(rows.begin(), rows.end(), e.row); }),
                      entries.end());
    }
    const qint64 n = qint64(entries.size());
    if (m_cell) {
        const QString actual = table.classes.value(m_cell->first), predicted = table.classes.value(m_cell->second);
        m_galleryTitle->setText(m_cell->first == m_cell->second
                                    ? tr("<b>%1</b> predicted correctly: %2 images, most confident first").arg(actual.toHtmlEscaped(), formatCount(n))
                                    : tr("Actual <b>%1</b>, predicted <b>%2</b>: %3 images, most confident first")
                                          .arg(actual.toHtmlEscaped(), predicted.toHtmlEscaped(), formatCount(n)));
    } else {
        m_galleryTitle->setText(tr("All <b>%1</b> misclassified images, most confident first. Click a matrix cell to see only its images.")
                                    .arg(formatCount(n)));
    }
    if (group)
        m_galleryTitle->setText(m_galleryTitle->text() + QLatin1Char(' ') +
                                tr("Only %1 = <b>%2</b> (Slices tab).").arg(m_view->slice.attribute.toHtmlEscaped(), m_sliceGroup.toHtmlEscaped()));
    m_allErrors->setEnabled(m_cell.has_value() || group);
    m_galleryModel->setEntries(m_view->table, std::move(entries));
    if (m_galleryModel->rowCount() > 0)
        m_gallery->setCurrentIndex(m_galleryModel->index(0));
    else
        showDetails(-1);
}

void EvaluationPanel::selectCell(int actual, int predicted)
{
    if (!m_view)
        return;
    m_cell = std::make_pair(actual, predicted);
    drawMatrix();
    fillGallery();
    m_tabs->setCurrentIndex(0);
}

void EvaluationPanel::selectSliceGroup(const QString &group)
{
    if (!m_view)
        return;
    m_sliceGroup = group;
    fillGallery();
    for (int r = 0; r < m_sliceTable->rowCount(); ++r)
        if (m_sliceTable->item(r, 0) && m_sliceTable->item(r, 0)->text() == group) {
            const QSignalBlocker block(m_sliceTable);
            m_sliceTable->selectRow(r);
        }
}

void EvaluationPanel::showAllErrors()
{
    m_cell.reset();
    m_sliceGroup.clear();
    m_sliceTable->clearSelection();
    if (!m_view)
        return;
    drawMatrix();
    fillGallery();
}

void EvaluationPanel::showDetails(int tableRow)
{
    m_detailRow = tableRow;
    m_preview->clear();
    if (!m_view || tableRow < 0) {
        m_detailsText->setText(tr("Select an image to see its details."));
        return;
    }
    const PredictionTable &table = *m_view->table;
    const Prediction &p = table.rows[size_t(tableRow)];
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='3'>");
    html += row(tr("File"), QFileInfo(p.path).fileName());
    html += row(tr("Folder"), QDir::toNativeSeparators(QFileInfo(p.path).path()));
    html += row(tr("Actual"), table.classes.value(p.label));
    html += row(tr("Predicted"), table.classes.value(p.predicted));
    html += row(tr("Confidence"), QString::number(p.confidence(), 'f', 4));
    for (int c = 0; c < table.classCount(); ++c)
        html += row(tr("p(%1)").arg(table.classes[c]), QString::number(p.probs[size_t(c)], 'f', 4));
    for (int a = 0; a < table.attributeNames.size(); ++a)
        html += row(table.attributeNames[a], p.attributes.value(a));
    if (p.line > 0)
        html += row(tr("Line"), QString::number(p.line));
    html += QStringLiteral("</table>");
    m_detailsText->setText(html);
    m_preview->setToolTip(QString());
    if (m_gradCam->isChecked()) {
        requestGradCam();
        return;
    }
    const QImage img = m_previewLoader->thumbnail(p.path);
    if (!img.isNull())
        m_preview->setPixmap(QPixmap::fromImage(img));
}

QImage EvaluationPanel::gradCamComposite() const
{
    if (m_camImage.isNull() || m_camHeat.size() != m_camImage.size())
        return QImage();
    QImage out = m_camImage.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.setOpacity(m_camOpacity->value() / 100.0);
    p.drawImage(0, 0, m_camHeat);
    return out;
}

void EvaluationPanel::showGradCam()
{
    const bool shown = m_gradCam->isChecked() && m_view && m_detailRow >= 0 && !m_camImage.isNull()
                       && m_view->table->rows[size_t(m_detailRow)].path == m_camPath;
    m_camBar->setVisible(m_gradCam->isChecked());
    if (!shown)
        return;
    // Fitted to the label at the image's own aspect ratio (the image, not the model's input).
    const QSize box = m_preview->contentsRect().size().boundedTo(QSize(512, 512)).expandedTo(QSize(16, 16));
    m_preview->setPixmap(QPixmap::fromImage(gradCamComposite().scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_preview->setToolTip(m_camTip);
}

bool EvaluationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview && event->type() == QEvent::Resize && m_gradCam->isChecked())
        QTimer::singleShot(0, this, &EvaluationPanel::showGradCam); // after the layout settles
    return QWidget::eventFilter(watched, event);
}

void EvaluationPanel::requestGradCam()
{
    if (!m_view || m_detailRow < 0)
        return;
    // `maskbench-cli evaluate` writes evaluation.json beside predictions.csv: it names the run.
    const QString predictions = m_path->text().trimmed();
    QFile f(QFileInfo(predictions).dir().filePath(QStringLiteral("evaluation.json")));
    const QJsonObject ev = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    const QString run = ev.value(QStringLiteral("run")).toString();
    if (run.isEmpty()) {
        m_preview->setText(tr("Grad-CAM needs the run: open a predictions.csv written by maskbench-cli evaluate "
                              "(its evaluation.json names the run)"));
        m_preview->setWordWrap(true);
        return;
    }
    m_camImage = QImage();
    m_camHeat = QImage();
    m_camPath.clear();
    m_preview->setText(tr("Computing Grad-CAM..."));
    GradCamRequest r;
    r.runDir = run;
    r.checkpoint = ev.value(QStringLiteral("checkpoint")).toString(QStringLiteral("best"));
    r.imagePath = m_view->table->rows[size_t(m_detailRow)].path;
    m_gradCamJob->request(r);
}

} // namespace maskbench::ui
