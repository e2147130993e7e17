#include "ui/predict/predict_dialog.h"

#include "core/common/error.h"
#include "core/eval/inference.h"
#include "core/io/csv.h"
#include "core/mask/mask_template.h"
#include "ui/common/format.h"
#include "ui/common/icons.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maskbench::ui {
namespace {

enum Column { ColPicture, ColFile, ColAnswer, ColProbability, ColHow, ColCount };
constexpr int kThumb = 56;

QString statusText(PredictStatus s)
{
    switch (s) {
    case PredictStatus::Answered: return PredictDialog::tr("answered");
    case PredictStatus::NoFace: return PredictDialog::tr("no face");
    case PredictStatus::NoMask: return PredictDialog::tr("mask did not fit");
    case PredictStatus::Unreadable: return PredictDialog::tr("unreadable");
    }
    return {};
}

} // namespace

PredictDialog::PredictDialog(const QString &runDir, QWidget *parent) : QDialog(parent), m_runDir(runDir)
{
    setWindowTitle(tr("Predict photos with %1").arg(QFileInfo(runDir).fileName()));
    setAcceptDrops(true);
    m_job = new PredictJob(this);
    connect(m_job, &PredictJob::rowsReady, this, &PredictDialog::addRows);
    connect(m_job, &PredictJob::finished, this, &PredictDialog::onFinished);
    connect(m_job, &PredictJob::failed, this, &PredictDialog::onFailed);
    connect(m_job, &PredictJob::progress, this, [this](const Progress &p) {
        m_progress->setRange(0, p.total > 0 ? int(p.total) : 0);
        m_progress->setValue(int(p.done));
        m_progress->setFormat(p.total > 0 ? tr("%1 of %2 photos · ETA %3").arg(p.done).arg(p.total).arg(formatDuration(p.etaSeconds))
                                          : p.stage);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(buildOptions());
    top->addWidget(buildInputs(), 1);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_start = new QPushButton(themeIcon(QStringLiteral("media-playback-start")), tr("Predict"), this);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &PredictDialog::start);
    m_cancel = new QPushButton(themeIcon(QStringLiteral("process-stop")), tr("Cancel"), this);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &PredictDialog::cancel);
    m_export = new QPushButton(themeIcon(QStringLiteral("document-save")), tr("Export CSV…"), this);
    m_export->setToolTip(tr("The rows as a CSV file: path, status, predicted class, one probability per class, framing, note"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &PredictDialog::chooseExport);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *run = new QHBoxLayout;
    run->addWidget(m_start);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    run->addWidget(m_export);
    run->addWidget(close);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(run);
    layout->addWidget(m_status);
    layout->addWidget(buildResults(), 1);
    resize(900, 620);
}

PredictDialog::~PredictDialog() = default;

void PredictDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QWidget *PredictDialog::buildOptions()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_checkpoint = new QComboBox(box);
    for (const auto &[name, text] : {std::pair{QStringLiteral("best"), tr("best (highest validation accuracy)")},
                                     std::pair{QStringLiteral("last"), tr("last (latest epoch)")}}) {
        try {
            checkpointPath(m_runDir, name); // core's rule for where a run keeps it
            m_checkpoint->addItem(text, name);
        } catch (const Error &) {
        }
    }
    m_crop = new QComboBox(box);
    m_crop->addItem(tr("as the training images were framed"), QStringLiteral("auto"));
    m_crop->addItem(tr("crop to the face"), QStringLiteral("face"));
    m_crop->addItem(tr("whole photo"), QStringLiteral("none"));
    m_crop->setToolTip(tr("Runs trained on aligned face chips always find the face and cut the chip as in training"));
    m_mask = new QComboBox(box);
    m_mask->addItem(tr("none (the photos as they are)"), QStringLiteral("none"));
    for (const QString &name : maskTypeNames())
        m_mask->addItem(name, name);
    m_mask->setToolTip(tr("Draw this mask on each face first, to see how the model does on masked faces"));
    m_flip = new QCheckBox(tr("Also the mirror image (mean of both)"), box);
    form->addRow(tr("Checkpoint:"), m_checkpoint);
    form->addRow(tr("Framing:"), m_crop);
    form->addRow(tr("Mask:"), m_mask);
    form->addRow(QString(), m_flip);
    return box;
}

QWidget *PredictDialog::buildInputs()
{
    auto *box = new QWidget(this);
    m_inputs = new QListWidget(box);
    m_inputs->setToolTip(tr("Photos and folders to predict (folders are searched recursively); drop them here"));
    m_inputs->setMinimumHeight(fontMetrics().height() * 4);
    m_inputs->setMaximumHeight(fontMetrics().height() * 7);
    auto *addFiles = new QPushButton(tr("Add photos…"), box);
    connect(addFiles, &QPushButton::clicked, this, [this] {
        addInputs(QFileDialog::getOpenFileNames(this, tr("Photos to predict"), QString(),
                                                tr("Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)")));
    });
    auto *addFolder = new QPushButton(tr("Add folder…"), box);
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of photos"));
        if (!dir.isEmpty())
            addInputs({dir});
    });
    auto *clear = new QPushButton(tr("Clear"), box);
    connect(clear, &QPushButton::clicked, m_inputs, &QListWidget::clear);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_inputs, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *PredictDialog::buildResults()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    m_summary = new QLabel(left);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColCount, left);
    m_table->setHorizontalHeaderLabels({QString(), tr("Photo"), tr("Answer"), tr("Probability"), tr("Framing / why not")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(kThumb, kThumb));
    m_table->verticalHeader()->setDefaultSectionSize(kThumb + 4);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ColHow, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ColAnswer, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColProbability, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ColPicture, kThumb + 8);
    m_table->setColumnWidth(ColFile, 180);
    m_table->setWordWrap(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PredictDialog::showSelected);
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_summary);
    l->addWidget(m_table, 1);
    m_preview = new QLabel(split);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumWidth(220);
    m_preview->setWordWrap(true);
    m_preview->setText(tr("Select a row to see the photo and its face box"));
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

void PredictDialog::addInputs(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (p.isEmpty() || !m_inputs->findItems(p, Qt::MatchExactly).isEmpty())
            continue;
        m_inputs->addItem(QDir::toNativeSeparators(p));
    }
}

PredictOptions PredictDialog::options() const
{
    PredictOptions o;
    o.runs = {m_runDir};
    o.checkpoint = m_checkpoint->currentData().toString();
    o.crop = m_crop->currentData().toString();
    o.mask = m_mask->currentData().toString();
    o.flip = m_flip->isChecked();
    return o;
}

bool PredictDialog::isRunning() const { return m_job->isRunning(); }

void PredictDialog::start()
{
    if (m_job->isRunning())
        return;
    QStringList inputs;
    for (int i = 0; i < m_inputs->count(); ++i)
        inputs.append(QDir::fromNativeSeparators(m_inputs->item(i)->text()));
    if (m_checkpoint->count() == 0) {
        showStatus(tr("This run has no checkpoint yet (best.pt or last.pt): train or resume it first."));
        return;
    }
    if (inputs.isEmpty()) {
        showStatus(tr("Add photos or a folder first."));
        return;
    }
    m_rows.clear();
    m_classes.clear();
    m_tally = {};
    m_answeredPerClass.clear();
    m_table->setRowCount(0);
    m_summary->clear();
    showStatus(tr("Loading the model…"));
    setRunning(true);
    m_job->start(options(), inputs);
}

void PredictDialog::cancel() { m_job->cancel(); }

void PredictDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    m_export->setEnabled(!running && !m_rows.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_checkpoint, m_crop, m_mask, m_flip})
        w->setEnabled(!running);
}

void PredictDialog::addRows(const QVector<PredictRow> &rows)
{
    if (m_classes.isEmpty()) {
        m_classes = m_job->classes();
        showStatus({}); // "Loading the model…" is over
    }
    for (const PredictRow &r : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *picture = new QTableWidgetItem;
        if (!r.picture.isNull())
            picture->setIcon(QIcon(QPixmap::fromImage(r.picture.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
        m_table->setItem(row, ColPicture, picture);
        auto *file = new QTableWidgetItem(QFileInfo(r.path).fileName());
        file->setToolTip(QDir::toNativeSeparators(r.path));
        m_table->setItem(row, ColFile, file);
        const bool ok = r.status == PredictStatus::Answered;
        auto *answer = new QTableWidgetItem(ok ? r.label : statusText(r.status));
        if (!ok)
            answer->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(row, ColAnswer, answer);
        m_table->setItem(row, ColProbability, new QTableWidgetItem(ok ? QString::number(r.probability, 'f', 3) : QString()));
        auto *how = new QTableWidgetItem(ok ? r.how : r.note);
        how->setToolTip(how->text());
        m_table->setItem(row, ColHow, how);
        m_rows.append(r);
        m_tally.add(r.status);
        if (r.status == PredictStatus::Answered)
            ++m_answeredPerClass[r.label];
    }
    m_summary->setText(summaryText());
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
}

QString PredictDialog::summaryText() const
{
    const PredictTally &t = m_tally;
    QStringList perClass;
    for (const QString &c : m_classes)
        perClass.append(QStringLiteral("%1 %2").arg(c).arg(m_answeredPerClass.value(c)));
    return tr("%1 photo(s): %2 answered (coverage %3%)%4, %5 without a usable face, %6 unreadable")
        .arg(t.given())
        .arg(t.answered)
        .arg(100.0 * t.coverage(), 0, 'f', 1)
        .arg(perClass.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(perClass.join(QStringLiteral(", "))))
        .arg(t.noFace + t.noMask)
        .arg(t.unreadable);
}

void PredictDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const PredictRow &r = m_rows[row];
    if (r.picture.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(QStringLiteral("%1\n%2").arg(QFileInfo(r.path).fileName(), r.note));
        return;
    }
    const QSize room = m_preview->size().boundedTo(QSize(480, 480)).expandedTo(QSize(160, 160));
    m_preview->setPixmap(QPixmap::fromImage(r.picture.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_preview->setToolTip(r.status == PredictStatus::Answered ? QStringLiteral("%1 %2").arg(r.label).arg(r.probability, 0, 'f', 3) : r.note);
}

void PredictDialog::onFinished(const PredictJobResult &result)
{
    setRunning(false);
    QStringList lines;
    if (result.cancelled)
        lines.append(tr("Cancelled after %1 photo(s); the rows so far stay.").arg(m_rows.size()));
    for (const QString &p : result.problems)
        lines.append(p);
    showStatus(lines.join(QLatin1Char('\n')));
    m_export->setEnabled(!m_rows.isEmpty());
    Q_EMIT predictionFinished();
}

void PredictDialog::onFailed(const QString &message)
{
    setRunning(false);
    showStatus(tr("Could not predict: %1").arg(message));
    Q_EMIT predictionFinished();
}

void PredictDialog::exportCsv(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        throw Error(tr("%1: cannot write: %2").arg(path, f.errorString()));
    QByteArray out = csvLine(predictCsvHeader(m_classes)).toUtf8();
    for (const PredictRow &r : m_rows) {
        const int predicted = int(m_classes.indexOf(r.label));
        out += csvLine(predictCsvFields(m_classes, r.path, r.status, predicted, r.probs, r.how, r.note)).toUtf8();
    }
    f.write(out);
    if (!f.commit())
        throw Error(tr("%1: writing failed: %2").arg(path, f.errorString()));
}

void PredictDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export predictions"), QDir(m_runDir).filePath(QStringLiteral("predict.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        exportCsv(path);
        showStatus(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export predictions"), e.message());
    }
}

void PredictDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PredictDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &u : event->mimeData()->urls())
        if (u.isLocalFile())
            paths.append(u.toLocalFile());
    addInputs(paths);
}

void PredictDialog::closeEvent(QCloseEvent *event)
{
    if (m_job->isRunning())
        m_job->cancel(); // the job's destructor waits for the current image
    QDialog::closeEvent(event);
}

} // namespace maskbench::ui
