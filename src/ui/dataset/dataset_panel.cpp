#include "ui/dataset/dataset_panel.h"

#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/dataset/statistics.h"
#include "ui/dataset/split_dialog.h"
#include "ui/dataset/thumbnail_model.h"
#include "workers/dataset_job.h"
#include "workers/thumbnail_loader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <utility>

namespace maskbench::ui {
namespace {
constexpr int kMaxProblemRows = 2000; // the counts go to the log; the CLI's `dataset info` lists them all
}

DatasetPanel::DatasetPanel(QWidget *parent) : QWidget(parent), m_job(new DatasetJob(this))
{
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("A folder per class, a CSV manifest, an Adience or UTKFace folder"));
    m_source->setToolTip(tr("Dataset source; press Enter to load"));
    auto *openFolder = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Folder…"), this);
    openFolder->setToolTip(tr("Open a dataset folder (Ctrl+D)"));
    auto *openCsv = new QPushButton(QIcon::fromTheme(QStringLiteral("text-csv")), tr("CSV…"), this);
    openCsv->setToolTip(tr("Open a CSV manifest (Ctrl+Shift+O)"));
    m_format = new QComboBox(this);
    for (const QString &f : {QStringLiteral("auto"), QStringLiteral("folder"), QStringLiteral("csv"), QStringLiteral("adience"),
                             QStringLiteral("utkface")})
        m_format->addItem(f, f);
    m_format->setToolTip(tr("Source layout; auto guesses from the files"));
    m_labelColumn = new QComboBox(this);
    m_labelColumn->setEditable(true);
    m_labelColumn->setInsertPolicy(QComboBox::NoInsert);
    m_labelColumn->lineEdit()->setPlaceholderText(tr("label column, e.g. gender"));
    m_labelColumn->setToolTip(tr("CSV column (or Adience/UTKFace field) that holds the class; a CSV's columns are listed"));
    m_labelColumn->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_labelColumn->setMinimumContentsLength(10);
    m_load = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Load"), this);
    m_load->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R)); // F5 starts training (main window)
    m_load->setToolTip(tr("Load the source (again) (Ctrl+R)"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_source, 3);
    top->addWidget(openFolder);
    top->addWidget(openCsv);
    top->addWidget(new QLabel(tr("Format:"), this));
    top->addWidget(m_format);
    top->addWidget(m_labelColumn, 1);
    top->addWidget(m_load);

    m_summary = new QLabel(tr("Open a dataset to see its classes, splits and problems."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_classTable = new QTableWidget(this);
    m_classTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classTable->verticalHeader()->setVisible(false);
    m_classTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_chart = new QCustomPlot(this);
    m_chart->setMinimumHeight(180);
    m_chart->legend->setVisible(true);
    m_chart->plotLayout()->insertRow(0);
    m_chart->plotLayout()->addElement(0, 0, new QCPTextElement(m_chart, tr("Class balance per split"), QFont(font().family(), 10, QFont::Bold)));
    // The legend goes in its own row under the plot, one entry per split side by side, so it
    // never covers a bar however the shares come out.
    m_chart->axisRect()->insetLayout()->take(m_chart->legend);
    m_chart->plotLayout()->addElement(2, 0, m_chart->legend);
    m_chart->plotLayout()->setRowStretchFactor(2, 0.001);
    m_chart->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_chart->legend->setBorderPen(Qt::NoPen);

    m_problemTable = new QTableWidget(0, 4, this);
    m_problemTable->setHorizontalHeaderLabels({tr("Problem"), tr("File"), tr("Line"), tr("Message")});
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemTable->verticalHeader()->setVisible(false);
    m_problemTable->horizontalHeader()->setStretchLastSection(true);
    m_problemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemTable->setWordWrap(false);
    m_problemTable->setTextElideMode(Qt::ElideMiddle);
    m_problemTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_problemTable->horizontalHeader()->resizeSection(1, 560);

    // Browser: filters over a thumbnail grid (model/view; thumbnails decoded on a worker pool).
    m_model = new ThumbnailModel(this);
    m_grid = new QListView(this);
    m_grid->setModel(m_model);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(400);
    m_grid->setIconSize(QSize(112, 112));
    m_grid->setGridSize(QSize(128, 146));
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_classFilter = new QComboBox(this);
    m_classFilter->setToolTip(tr("Show one class"));
    m_splitFilter = new QComboBox(this);
    m_splitFilter->setToolTip(tr("Show one split"));
    m_attributeFilter = new QComboBox(this);
    m_attributeFilter->setToolTip(tr("Filter by an attribute of the items (age, race, fold, ...)"));
    m_attributeValue = new QLineEdit(this);
    m_attributeValue->setPlaceholderText(tr("value contains…"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search file names…"));
    m_search->setClearButtonEnabled(true);
    m_shown = new QLabel(this);
    for (QComboBox *c : {m_classFilter, m_splitFilter, m_attributeFilter})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_classFilter);
    filters->addWidget(m_splitFilter);
    filters->addWidget(m_attributeFilter);
    filters->addWidget(m_attributeValue);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_shown);
    auto *browser = new QWidget(this);
    auto *browserLayout = new QVBoxLayout(browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addLayout(filters);
    browserLayout->addWidget(m_grid, 1);

    // Overview: the class x split table over the class-balance chart.
    auto *overview = new QSplitter(Qt::Vertical, this);
    overview->addWidget(m_classTable);
    overview->addWidget(m_chart);
    overview->setSizes({200, 260});

    // Details of the selected image.
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(240);
    m_detailsText = new QLabel(tr("Select an image to see its details."), this);
    m_detailsText->setWordWrap(true);
    m_detailsText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_preview);
    detailsLayout->addWidget(m_detailsText, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(m_problemTable, tr("Problems"));

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(browser);
    main->addWidget(m_tabs);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    main->setSizes({700, 480});

    m_splitButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-cut")), tr("Split…"), this);
    m_splitButton->setToolTip(tr("Make a stratified, identity-disjoint train/val/test split and save it as a manifest"));
    m_splitButton->setEnabled(false);
    top->addWidget(m_splitButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(main, 1);

    connect(m_splitButton, &QPushButton::clicked, this, &DatasetPanel::openSplitDialog);
    for (QComboBox *c : {m_classFilter, m_splitFilter, m_attributeFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &DatasetPanel::applyFilter);
    connect(m_attributeValue, &QLineEdit::textChanged, this, &DatasetPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &DatasetPanel::applyFilter);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showDetails(current.isValid() ? m_model->itemIndex(current.row()) : -1);
        if (m_dataset && m_detailItem >= 0 && !m_restoringSelection)
            Q_EMIT imageSelected(m_dataset->items[size_t(m_detailItem)].path);
    });
    connect(m_model->loader(), &ThumbnailLoader::thumbnailFailed, this, [this](const QString &path, const QString &error) {
        Q_EMIT logMessage(tr("%1: cannot decode: %2").arg(path, error));
    });
    m_previewLoader = new ThumbnailLoader(320, this);
    connect(m_previewLoader, &ThumbnailLoader::thumbnailReady, this, [this](const QString &path, const QImage &img) {
        if (m_dataset && m_detailItem >= 0 && m_dataset->items[size_t(m_detailItem)].path == path)
            m_preview->setPixmap(QPixmap::fromImage(img));
    });

    connect(openFolder, &QPushButton::clicked, this, &DatasetPanel::chooseFolder);
    connect(openCsv, &QPushButton::clicked, this, &DatasetPanel::chooseCsv);
    connect(m_load, &QPushButton::clicked, this, &DatasetPanel::reload);
    connect(m_source, &QLineEdit::returnPressed, this, &DatasetPanel::reload);
    connect(m_source, &QLineEdit::editingFinished, this, &DatasetPanel::fillLabelColumns);
    connect(m_job, &DatasetJob::progress, this, [this](const Progress &p) {
        Q_EMIT busy(p.stage, p.done, p.total, p.etaSeconds);
    });
    connect(m_job, &DatasetJob::loaded, this, &DatasetPanel::onLoaded);
    connect(m_job, &DatasetJob::failed, this, [this](const QString &message) {
        m_load->setEnabled(true);
        m_splitButton->setEnabled(m_dataset != nullptr);
        const bool splitting = std::exchange(m_splitting, false);
        Q_EMIT idle(splitting ? tr("Splitting failed") : tr("Loading failed"));
        Q_EMIT logMessage(tr("Error: %1").arg(message));
        Q_EMIT failed(message);
        if (splitting)
            QMessageBox::warning(this, tr("Cannot split the dataset"),
                                 tr("%1\n\nCheck the shares and the manifest path, then split again.").arg(message));
        else
            QMessageBox::warning(this, tr("Cannot open the dataset"),
                                 tr("%1\n\nCheck the path, the format and the label column, then load again.").arg(message));
    });
    connect(m_job, &DatasetJob::cancelled, this, [this] {
        m_splitting = false;
        m_load->setEnabled(true);
        m_splitButton->setEnabled(m_dataset != nullptr);
        Q_EMIT idle(tr("Loading cancelled"));
    });

    m_source->setText(Settings::lastDatasetSource.get());
}

DatasetPanel::~DatasetPanel() = default;

bool DatasetPanel::isBusy() const { return m_job->isRunning(); }

void DatasetPanel::cancel() { m_job->cancel(); }

void DatasetPanel::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a dataset folder"), m_source->text());
    if (!dir.isEmpty())
        openSource(dir);
}

void DatasetPanel::chooseCsv()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a CSV manifest"), m_source->text(),
                                                      tr("CSV manifests (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        openSource(file);
}

void DatasetPanel::openSource(const QString &source)
{
    m_source->setText(source);
    fillLabelColumns();
    reload();
}

void DatasetPanel::setSourceOptions(const QString &format, const QString &labelColumn)
{
    const int i = m_format->findData(format.trimmed().toLower());
    m_format->setCurrentIndex(i >= 0 ? i : 0);
    m_labelColumn->setEditText(labelColumn);
}

void DatasetPanel::fillLabelColumns()
{
    const QString source = m_source->text().trimmed();
    const QFileInfo info(source);
    if (source == m_labelColumnsOf || !info.isFile())
        return;
    m_labelColumnsOf = source;
    QStringList columns;
    try {
        columns = csvLabelColumns(source);
    } catch (const Error &) {
        return; // not a CSV we can read: loading says why
    }
    // Keep what was typed or set by a project; otherwise leave the choice to the person unless the
    // CSV has the "label" column the reader takes anyway.
    const QString kept = m_labelColumn->currentText();
    const QSignalBlocker block(m_labelColumn);
    m_labelColumn->clear();
    m_labelColumn->addItems(columns);
    if (!kept.isEmpty())
        m_labelColumn->setEditText(kept);
    else
        m_labelColumn->setCurrentIndex(columns.contains(QStringLiteral("label")) ? 0 : -1);
}

void DatasetPanel::setProjectSplitManifest(const QString &projectSplit) { m_projectSplit = projectSplit; }

QString DatasetPanel::suggestedSplitManifest() const
{
    const auto unused = [](const QString &path) {
        // Never propose overwriting an earlier split: split-2.csv, split-3.csv, ...
        const QFileInfo f(path);
        QString candidate = path;
        for (int n = 2; QFileInfo::exists(candidate); ++n)
            candidate = f.absoluteDir().filePath(QStringLiteral("%1-%2.%3").arg(f.completeBaseName()).arg(n).arg(f.suffix()));
        return candidate;
    };
    if (!m_projectSplit.isEmpty())
        return unused(m_projectSplit);
    QString folder;
    if (m_dataset) {
        const QFileInfo src(m_dataset->source);
        folder = src.isDir() ? src.absoluteFilePath() : src.absolutePath();
    }
    if (folder.isEmpty() || !QFileInfo(folder).isWritable()) {
        const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        folder = docs.isEmpty() ? QDir::homePath() : docs;
    }
    return unused(QDir(folder).filePath(QStringLiteral("split.csv")));
}

void DatasetPanel::reload()
{
    const QString source = m_source->text().trimmed();
    if (source.isEmpty() || m_job->isRunning())
        return;
    LoadOptions options;
    options.format = parseFormat(m_format->currentData().toString());
    options.labelColumn = m_labelColumn->currentText().trimmed();
    options.labelColumnChoice = tr("the label column box next to Format");
    m_load->setEnabled(false);
    Q_EMIT busy(tr("Opening %1").arg(QFileInfo(source).fileName()), 0, 0, -1);
    m_job->start(source, options);
}

void DatasetPanel::openSplitDialog()
{
    if (!m_dataset || m_job->isRunning())
        return;
    SplitDialog dialog(suggestedSplitManifest(), this);
    if (dialog.exec() == QDialog::Accepted)
        split(dialog.options(), dialog.manifestPath());
}

void DatasetPanel::split(const SplitOptions &options, const QString &manifestPath)
{
    if (!m_dataset || m_job->isRunning())
        return;
    m_load->setEnabled(false);
    m_splitButton->setEnabled(false);
    m_splitting = true;
    Q_EMIT busy(tr("Splitting"), 0, 0, -1);
    Q_EMIT logMessage(tr("Splitting %1 into %2 (seed %3)").arg(m_dataset->source, manifestPath).arg(options.seed));
    if (options.limit > 0)
        Q_EMIT logMessage(tr("Using a seeded subset of %1 images, stratified by class").arg(options.limit));
    m_job->startSplit(m_dataset, options, manifestPath);
}

QString DatasetPanel::currentImage() const
{
    const QModelIndex current = m_grid->currentIndex();
    const int item = current.isValid() ? m_model->itemIndex(current.row()) : -1;
    return m_dataset && item >= 0 ? m_dataset->items[size_t(item)].path : QString();
}

QString DatasetPanel::neighbourImage(int delta) const
{
    const QModelIndex current = m_grid->currentIndex();
    if (!m_dataset || !current.isValid())
        return QString();
    const int item = m_model->itemIndex(current.row() + delta);
    return item >= 0 ? m_dataset->items[size_t(item)].path : QString();
}

bool DatasetPanel::selectNeighbour(int delta)
{
    const QModelIndex current = m_grid->currentIndex();
    if (!m_dataset || !current.isValid())
        return false;
    const QModelIndex next = m_model->index(current.row() + delta);
    if (!next.isValid())
        return false;
    m_grid->setCurrentIndex(next);
    m_grid->scrollTo(next);
    return true;
}

void DatasetPanel::fillFilters()
{
    const QSignalBlocker b1(m_classFilter), b2(m_splitFilter), b3(m_attributeFilter);
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"), QString());
    for (const QString &c : m_dataset->classes())
        m_classFilter->addItem(c, c);
    m_splitFilter->clear();
    m_splitFilter->addItem(tr("All splits"), QString());
    for (const QString &s : classSplitTable(*m_dataset).splits)
        m_splitFilter->addItem(s.isEmpty() ? tr("no split") : s, s.isEmpty() ? QStringLiteral("-") : s);
    m_attributeFilter->clear();
    m_attributeFilter->addItem(tr("Any attribute"), QString());
    for (const QString &a : m_dataset->attributeNames)
        m_attributeFilter->addItem(a, a);
}

void DatasetPanel::applyFilter()
{
    ItemFilter f;
    f.label = m_classFilter->currentData().toString();
    f.split = m_splitFilter->currentData().toString();
    f.attribute = m_attributeFilter->currentData().toString();
    f.attributeValue = m_attributeValue->text().trimmed();
    f.text = m_search->text().trimmed();
    // The selected image stays selected when the new filter still shows it (the reset forgets it).
    const int selected = m_grid->currentIndex().isValid() ? m_model->itemIndex(m_grid->currentIndex().row()) : -1;
    m_model->setFilter(f);
    const int row = selected >= 0 ? m_model->rowOfItem(selected) : -1;
    if (row >= 0) {
        const QScopedValueRollback<bool> restoring(m_restoringSelection, true);
        m_grid->setCurrentIndex(m_model->index(row));
        m_grid->scrollTo(m_model->index(row));
    }
    Q_EMIT filterChanged();
    const qint64 total = m_dataset ? qint64(m_dataset->items.size()) : 0;
    m_shown->setText(tr("%1 of %2").arg(formatCount(m_model->rowCount()), formatCount(total)));
}

void DatasetPanel::showDetails(int itemIndex)
{
    m_detailItem = itemIndex;
    if (!m_dataset || itemIndex < 0) {
        m_preview->clear();
        m_detailsText->setText(tr("Select an image to see its details."));
        return;
    }
    const DatasetItem &item = m_dataset->items[size_t(itemIndex)];
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("File"), item.path);
    html += row(tr("Label"), item.label);
    if (!item.group.isEmpty())
        html += row(tr("Group"), item.group);
    if (!item.split.isEmpty())
        html += row(tr("Split"), item.split);
    if (!item.exists)
        html += row(tr("Image"), tr("missing"));
    else if (item.image.probed)
        html += row(tr("Image"), item.image.ok ? tr("%1 × %2 %3, %4 bytes").arg(item.image.width).arg(item.image.height)
                                                     .arg(item.image.format, formatCount(item.image.bytes))
                                               : item.image.error);
    for (auto it = item.attributes.constBegin(); it != item.attributes.constEnd(); ++it)
        html += row(it.key(), it.value());
    for (const DatasetProblem &p : m_dataset->problems) {
        if (p.file == item.path)
            html += row(problemKindName(p.kind), p.message);
    }
    html += QStringLiteral("</table>");
    m_detailsText->setText(html);
    m_preview->clear();
    if (item.exists) {
        const QImage img = m_previewLoader->thumbnail(item.path);
        if (!img.isNull())
            m_preview->setPixmap(QPixmap::fromImage(img));
    }
    m_tabs->setCurrentIndex(1);
}

void DatasetPanel::onLoaded(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const LeakageReport> audit)
{
    m_dataset = std::move(dataset);
    m_audit = std::move(audit);
    m_splitting = false;
    rememberRecentDataset(m_dataset->source);
    m_load->setEnabled(true);
    m_splitButton->setEnabled(!m_dataset->items.empty());
    m_source->setText(m_dataset->source);
    m_model->setDataset(m_dataset);
    fillFilters();
    applyFilter();
    showDetails(-1);
    m_tabs->setCurrentIndex(0);
    showDataset();
    Q_EMIT idle(tr("Loaded %1 images from %2").arg(formatCount(qint64(m_dataset->items.size())), m_dataset->source));
    Q_EMIT loaded();
}

void DatasetPanel::showDataset()
{
    const Dataset &ds = *m_dataset;
    const ClassSplitTable table = classSplitTable(ds);
    const ImageSizeSummary sizes = imageSizeSummary(ds);

    QStringList lines;
    lines << tr("<b>%1</b> (%2, label: %3): %4 images in %5 classes, %6 groups, %7 missing, %8 unreadable, %9 problems.")
                 .arg(ds.source.toHtmlEscaped(), formatName(ds.format), ds.labelName.toHtmlEscaped(),
                      formatCount(qint64(ds.items.size())))
                 .arg(table.classes.size())
                 .arg(formatCount(ds.groups().size()), formatCount(ds.missingCount()),
                      formatCount(sizes.probed - sizes.readable), formatCount(qint64(ds.problems.size())));
    QStringList facts;
    for (const auto &[name, value] : ds.facts)
        facts << QStringLiteral("%1: %2").arg(name, value);
    if (!facts.isEmpty())
        lines << tr("Source: %1.").arg(facts.join(QStringLiteral(", ")));
    if (sizes.readable > 0)
        lines << tr("Image sizes: width %1–%2 (median %3), height %4–%5 (median %6).")
                     .arg(sizes.minWidth).arg(sizes.maxWidth).arg(sizes.medianWidth)
                     .arg(sizes.minHeight).arg(sizes.maxHeight).arg(sizes.medianHeight);
    if (m_audit)
        lines << (m_audit->clean()
                      ? tr("Leakage audit: clean (%1 groups, %2 files hashed).")
                            .arg(formatCount(m_audit->groupsChecked), formatCount(m_audit->filesHashed))
                      : tr("<span style='color:#c0392b'>Leakage audit: %1 groups and %2 identical files appear in more than one split.</span>")
                            .arg(m_audit->groups.size()).arg(m_audit->duplicates.size()));
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    // Class x split table, the study's Figure 3.2 layout.
    m_classTable->clear();
    QStringList header = {tr("Class")};
    for (const QString &s : table.splits)
        header << (s.isEmpty() ? tr("unsplit") : s);
    const bool allColumn = table.splits.size() > 1;
    if (allColumn)
        header << tr("all");
    m_classTable->setColumnCount(int(header.size()));
    m_classTable->setHorizontalHeaderLabels(header);
    m_classTable->setRowCount(int(table.classes.size()) + 1);
    auto cell = [](qint64 n, qint64 total) {
        auto *item = new QTableWidgetItem(QStringLiteral("%1 (%2%)").arg(formatCount(n)).arg(total > 0 ? 100.0 * n / total : 0.0, 0, 'f', 1));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < table.classes.size(); ++r) {
        m_classTable->setItem(r, 0, new QTableWidgetItem(table.classes[r]));
        for (int c = 0; c < table.splits.size(); ++c)
            m_classTable->setItem(r, c + 1, cell(table.count(table.splits[c], table.classes[r]), table.splitTotal(table.splits[c])));
        if (allColumn)
            m_classTable->setItem(r, int(table.splits.size()) + 1, cell(table.classTotal(table.classes[r]), table.total()));
    }
    const int totalRow = int(table.classes.size());
    m_classTable->setItem(totalRow, 0, new QTableWidgetItem(tr("total")));
    for (int c = 0; c < table.splits.size(); ++c)
        m_classTable->setItem(totalRow, c + 1, cell(table.splitTotal(table.splits[c]), table.total()));
    if (allColumn)
        m_classTable->setItem(totalRow, int(table.splits.size()) + 1, cell(table.total(), table.total()));

    m_problemTable->setRowCount(0);
    const int rows = int(std::min<size_t>(ds.problems.size(), kMaxProblemRows));
    m_problemTable->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const DatasetProblem &p = ds.problems[size_t(r)];
        m_problemTable->setItem(r, 0, new QTableWidgetItem(problemKindName(p.kind)));
        m_problemTable->setItem(r, 1, new QTableWidgetItem(p.file));
        m_problemTable->setItem(r, 2, new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString()));
        m_problemTable->setItem(r, 3, new QTableWidgetItem(p.message));
    }
    m_problemTable->resizeColumnToContents(0);
    m_problemTable->resizeColumnToContents(2);
    if (ds.problems.size() > size_t(kMaxProblemRows))
        Q_EMIT logMessage(tr("%1 problems; the table shows the first %2 (maskbench-cli's dataset info lists them all in a CSV file).")
                              .arg(formatCount(qint64(ds.problems.size()))).arg(kMaxProblemRows));
    for (const auto &[kind, count] : problemCounts(ds).toStdMap())
        Q_EMIT logMessage(tr("%1: %2").arg(problemKindName(kind), formatCount(count)));
    plotBalance();
}

void DatasetPanel::plotBalance()
{
    m_chart->clearPlottables();
    const ClassSplitTable table = classSplitTable(*m_dataset);
    QVector<double> ticks;
    QVector<QString> labels;
    for (int i = 0; i < table.classes.size(); ++i) {
        ticks << i + 1;
        labels << table.classes[i];
    }
    static const QColor kColours[] = {QColor(0x2e, 0x86, 0xc1), QColor(0xe6, 0x7e, 0x22), QColor(0x27, 0xae, 0x60),
                                      QColor(0x8e, 0x44, 0xad)};
    auto *group = new QCPBarsGroup(m_chart);
    double maxShare = 0;
    for (int s = 0; s < table.splits.size(); ++s) {
        auto *bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bars->setName(table.splits[s].isEmpty() ? tr("all") : table.splits[s]);
        bars->setBrush(kColours[s % 4]);
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.8 / std::max<qsizetype>(1, table.splits.size()));
        bars->setBarsGroup(group);
        QVector<double> values;
        const qint64 total = table.splitTotal(table.splits[s]);
        for (const QString &c : table.classes) {
            const double share = total > 0 ? 100.0 * table.count(table.splits[s], c) / total : 0.0;
            values << share;
            maxShare = std::max(maxShare, share);
        }
        bars->setData(ticks, values);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(ticks, labels);
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0.4, table.classes.size() + 0.6);
    m_chart->yAxis->setLabel(tr("share of split (%)"));
    m_chart->yAxis->setRange(0, std::max(10.0, std::min(100.0, maxShare * 1.15)));
    m_chart->replot();
}

} // namespace maskbench::ui
