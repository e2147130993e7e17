#include "ui/masks/augment_dialog.h"

#include "core/common/settings.h"
#include "core/dataset/subset.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace maskbench::ui {
namespace {

AugmentDialog::QaGroup groupOf(const QString &reason)
{
    if (reason == QLatin1String("no_face"))
        return AugmentDialog::NoFace;
    if (reason == QLatin1String("low_coverage"))
        return AugmentDialog::LowCoverage;
    return AugmentDialog::Failed; // unreadable, too_large, missing, bad_landmarks
}

} // namespace

AugmentDialog::AugmentDialog(const QString &cachePath, const QString &placementsPath, QWidget *parent)
    : QDialog(parent), m_cachePath(cachePath), m_placementsPath(placementsPath)
{
    setWindowTitle(tr("Batch augmentation"));
    m_job = new AugmentJob(this);

    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("dataset folder or split manifest (.csv)"));
    m_source->setToolTip(tr("What to mask: the dataset open in the Dataset panel, a folder, or a split manifest"));
    auto *sourceFolder = new QPushButton(tr("Folder…"), this);
    sourceFolder->setToolTip(tr("Choose a dataset folder"));
    auto *sourceCsv = new QPushButton(tr("Manifest…"), this);
    sourceCsv->setToolTip(tr("Choose a split manifest or CSV source"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(sourceFolder);
    sourceRow->addWidget(sourceCsv);

    m_output = new QLineEdit(this);
    m_output->setPlaceholderText(tr("empty folder, or one to resume"));
    m_output->setToolTip(tr("Masked images mirror the source's layout here, with manifest.csv and skipped.csv; "
                            "running again with the same settings resumes"));
    auto *outputBrowse = new QPushButton(tr("Browse…"), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(outputBrowse);

    auto *typeRow = new QHBoxLayout;
    for (const QString &name : maskTypeNames()) {
        auto *box = new QCheckBox(name, this);
        box->setChecked(true);
        box->setToolTip(tr("Use the %1 template").arg(name));
        m_types.append(box);
        typeRow->addWidget(box);
        m_form.append(box);
    }
    typeRow->addStretch(1);

    m_keep = new QDoubleSpinBox(this);
    m_keep->setRange(0.0, 1.0);
    m_keep->setSingleStep(0.05);
    m_keep->setDecimals(2);
    m_keep->setToolTip(tr("Share of images copied unmasked (chosen per image from the seed)"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Every image's mask, colour and pattern follow from this seed and its path"));
    m_limit = new QCheckBox(tr("&Use"), this);
    m_limit->setObjectName(QStringLiteral("useNImages"));
    m_limitCount = new QSpinBox(this);
    m_limitCount->setObjectName(QStringLiteral("useNImagesCount"));
    m_limitCount->setRange(1, kMaxUseImages);
    m_limitCount->setValue(1000);
    m_limitCount->setSuffix(tr(" images"));
    m_limitCount->setEnabled(false);
    const QString limitTip = tr("Augment a random subset of N images instead of all, stratified by class; the seed picks it "
                                "(the same seed gives the same subset), and each image gets the mask a whole run gives it");
    m_limit->setToolTip(limitTip);
    m_limitCount->setToolTip(limitTip);
    connect(m_limit, &QCheckBox::toggled, m_limitCount, &QWidget::setEnabled);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_limitCount);
    limitRow->addWidget(new QLabel(tr("(seeded, stratified by class)"), this));
    limitRow->addStretch(1);
    m_threads = new QSpinBox(this);
    m_threads->setRange(0, std::max(1, QThread::idealThreadCount()) * 2);
    m_threads->setSpecialValueText(tr("Settings (%1)").arg(effectiveThreads()));
    m_threads->setToolTip(tr("Worker threads; 0 uses the Settings value"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), sourceRow);
    form->addRow(tr("&Output folder:"), outputRow);
    form->addRow(tr("Mask types:"), typeRow);
    form->addRow(tr("&Keep original ratio:"), m_keep);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("Subset:"), limitRow);
    form->addRow(tr("&Threads:"), m_threads);
    // Rows given a layout get a plain label: give each its buddy so the mnemonic works.
    const QList<std::pair<QObject *, QWidget *>> buddies{{sourceRow, m_source}, {outputRow, m_output}, {m_keep, m_keep},
                                                         {m_seed, m_seed}, {m_threads, m_threads}};
    for (const auto &[field, buddy] : buddies) {
        QWidget *label = field->isWidgetType() ? form->labelForField(static_cast<QWidget *>(field))
                                               : form->labelForField(static_cast<QLayout *>(field));
        if (auto *l = qobject_cast<QLabel *>(label))
            l->setBuddy(buddy);
    }
    m_form << m_source << sourceFolder << sourceCsv << m_output << outputBrowse << m_keep << m_seed << m_limit << m_threads;

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(tr("Not started."), this);
    m_status->setWordWrap(true);

    m_qa = new QTreeWidget(this);
    m_qa->setColumnCount(2);
    m_qa->setHeaderLabels({tr("Image"), tr("Why")});
    m_qa->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_qa->header()->setStretchLastSection(true);
    m_qa->setToolTip(tr("Images that need a look; click one to show it in the Masks panel"));
    m_qa->setMinimumHeight(160);
    for (const QString &title : {tr("No face"), tr("Low coverage"), tr("Failed")}) {
        auto *group = new QTreeWidgetItem(m_qa, {title});
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
    }

    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start"), this);
    m_start->setDefault(true);
    m_start->setToolTip(tr("Run the augment job (Ctrl+Return)"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel = new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel run"), this);
    m_cancel->setToolTip(tr("Stop after the images in progress; what is written stays, and Start resumes"));
    m_cancel->setEnabled(false);
    m_close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Needs a look:"), this));
    layout->addWidget(m_qa, 1);
    layout->addLayout(buttons);
    resize(720, 560);

    connect(sourceFolder, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Dataset folder"), m_source->text());
        if (!d.isEmpty())
            m_source->setText(d);
    });
    connect(sourceCsv, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Split manifest"), m_source->text(), tr("CSV files (*.csv *.tsv);;All files (*)"));
        if (!f.isEmpty())
            m_source->setText(f);
    });
    connect(outputBrowse, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_output->text());
        if (!d.isEmpty())
            m_output->setText(d);
    });
    connect(m_start, &QPushButton::clicked, this, &AugmentDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &AugmentDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::hide);
    connect(m_qa, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(0, Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT imageActivated(path);
    });
    connect(m_job, &AugmentJob::progress, this, &AugmentDialog::onProgress);
    connect(m_job, &AugmentJob::finished, this, &AugmentDialog::onFinished);
    connect(m_job, &AugmentJob::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(tr("Failed: %1").arg(message));
        Q_EMIT logMessage(tr("Batch augmentation failed: %1").arg(message));
        Q_EMIT idle(tr("Batch augmentation failed"));
        Q_EMIT finished(false);
        // A user-started action failed: say why and what to do (STYLE rule 8).
        if (isVisible())
            QMessageBox::warning(this, tr("Batch augmentation failed"), message);
    });
    connect(m_job, &AugmentJob::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Cancelled after %1 s. Images written so far are complete; Start with the same settings resumes.")
                              .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1));
        Q_EMIT idle(tr("Batch augmentation cancelled"));
        Q_EMIT finished(false);
    });
}

AugmentDialog::~AugmentDialog() = default;

void AugmentDialog::setSource(const QString &source)
{
    m_source->setText(source);
    proposeOutput();
}

void AugmentDialog::setOutputBase(const QString &folder)
{
    m_outputBase = folder;
    proposeOutput();
}

void AugmentDialog::proposeOutput()
{
    const QString source = m_source->text().trimmed();
    const QString current = m_output->text().trimmed();
    if (source.isEmpty() || (!current.isEmpty() && current != m_proposedOutput))
        return;
    const QFileInfo info(source);
    const QString base = m_outputBase.isEmpty() ? info.absolutePath() : m_outputBase;
    m_proposedOutput = QDir(base).filePath(info.completeBaseName() + QStringLiteral("-masked"));
    m_output->setText(m_proposedOutput);
}

void AugmentDialog::setCachePaths(const QString &cachePath, const QString &placementsPath)
{
    m_cachePath = cachePath;
    m_placementsPath = placementsPath;
}

void AugmentDialog::setOutputFolder(const QString &folder) { m_output->setText(folder); }

AugmentOptions AugmentDialog::options() const
{
    AugmentOptions o;
    o.source = m_source->text().trimmed();
    o.outDir = m_output->text().trimmed();
    for (QCheckBox *box : m_types)
        if (box->isChecked())
            o.types.push_back(parseMaskType(box->text().remove(QLatin1Char('&'))));
    o.keepOriginalRatio = m_keep->value();
    o.seed = quint64(m_seed->value());
    o.limit = m_limit->isChecked() ? m_limitCount->value() : 0;
    o.threads = m_threads->value();
    o.cachePath = m_cachePath;
    o.placementsPath = m_placementsPath;
    return o;
}

bool AugmentDialog::isRunning() const { return m_job->isRunning(); }

int AugmentDialog::qaCount(QaGroup group) const { return m_qa->topLevelItem(int(group))->childCount(); }

void AugmentDialog::start()
{
    if (isRunning())
        return;
    const AugmentOptions o = options();
    QString problem;
    if (o.source.isEmpty() || !QFileInfo::exists(o.source))
        problem = tr("Choose a dataset folder or manifest that exists.");
    else if (o.outDir.isEmpty())
        problem = tr("Choose an output folder.");
    else if (o.types.empty())
        problem = tr("Tick at least one mask type.");
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    for (int g = 0; g < m_qa->topLevelItemCount(); ++g)
        qDeleteAll(m_qa->topLevelItem(g)->takeChildren());
    m_summary.reset();
    m_progress->setValue(0);
    m_status->setText(tr("Starting…"));
    m_clock.start();
    setRunning(true);
    Q_EMIT logMessage(tr("Batch augmentation: %1 -> %2 (seed %3)").arg(o.source, o.outDir).arg(o.seed));
    if (o.limit > 0)
        Q_EMIT logMessage(tr("Using a seeded subset of %1 images, stratified by class").arg(o.limit));
    Q_EMIT started();
    m_job->start(o);
}

void AugmentDialog::cancel()
{
    if (!isRunning())
        return;
    m_status->setText(tr("Cancelling…"));
    m_job->cancel();
}

void AugmentDialog::reject()
{
    // Esc or the window's close button hides the dialog; a running job keeps going, with its
    // progress in the main window's status bar.
    hide();
}

void AugmentDialog::setRunning(bool running)
{
    for (QWidget *w : m_form)
        w->setEnabled(!running);
    m_limitCount->setEnabled(!running && m_limit->isChecked());
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void AugmentDialog::onProgress(const Progress &p)
{
    const double seconds = m_clock.elapsed() / 1000.0;
    if (p.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(p.done) / double(p.total)));
    } else {
        m_progress->setRange(0, 0);
    }
    QString text = p.stage;
    if (p.total > 0)
        text += tr(": %1 of %2").arg(p.done).arg(p.total);
    if (p.done > 0 && seconds > 0)
        text += tr(", %1 images/s").arg(double(p.done) / seconds, 0, 'f', 1);
    if (p.etaSeconds >= 0)
        text += tr(", about %1 s left").arg(qRound(p.etaSeconds));
    m_status->setText(text);
    Q_EMIT busy(tr("Batch augmentation: %1").arg(p.stage), p.done, p.total, p.etaSeconds);
}

void AugmentDialog::onFinished(std::shared_ptr<const AugmentSummary> summary)
{
    setRunning(false);
    m_summary = summary;
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    fillQa(*summary);
    const QString text = tr("Done in %1 s: %2 images, %3 masked, %4 kept original, %5 skipped (%6 already there). Manifest: %7")
                             .arg(summary->seconds, 0, 'f', 1)
                             .arg(summary->items)
                             .arg(summary->masked)
                             .arg(summary->original)
                             .arg(summary->skippedTotal())
                             .arg(summary->resumed)
                             .arg(summary->manifestPath);
    m_status->setText(text);
    Q_EMIT idle(tr("Batch augmentation finished: %1 masked, %2 skipped").arg(summary->masked).arg(summary->skippedTotal()));
    Q_EMIT finished(true);
}

void AugmentDialog::fillQa(const AugmentSummary &summary)
{
    for (const AugmentSkip &s : summary.skips) {
        const QaGroup g = groupOf(s.reason);
        auto *item = new QTreeWidgetItem(m_qa->topLevelItem(int(g)), {QFileInfo(s.source).fileName(), s.message});
        item->setData(0, Qt::UserRole, s.source);
        item->setToolTip(0, s.source);
        // Per-item problems belong in the log, not in a dialog each (STYLE rule 8).
        Q_EMIT logMessage(tr("%1: %2 (%3)").arg(s.source, s.message, s.reason));
    }
    const QStringList titles{tr("No face"), tr("Low coverage"), tr("Failed")};
    for (int g = 0; g < m_qa->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_qa->topLevelItem(g);
        group->setText(0, tr("%1 (%2)").arg(titles[g]).arg(group->childCount()));
        group->setExpanded(group->childCount() > 0);
    }
}

} // namespace maskbench::ui
