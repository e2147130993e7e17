#include "ui/common/face_models_dialog.h"

#include "core/common/settings.h"
#include "workers/face_models_job.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace maskbench::ui {

FaceModelsDialog::FaceModelsDialog(QWidget *parent) : QDialog(parent), m_job(new FaceModelsJob(this))
{
    setWindowTitle(tr("Build masked-face models"));
    auto *intro = new QLabel(tr("dlib's stock face detector finds few faces under a mask. MaskBench trains its own detector "
                                "and 68-point landmark model on masked copies of unmasked face photos (their landmarks are "
                                "known from the original), then finds faces on masked photos alone. About 10 minutes for "
                                "2,000 faces on two cores."),
                             this);
    intro->setWordWrap(true);
    m_source = new QLineEdit(Settings::lastDatasetSource.get(), this);
    m_source->setPlaceholderText(tr("A folder of unmasked face photos (for example UTKFace) or a CSV manifest"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Face photos"), m_source->text());
        if (!dir.isEmpty())
            m_source->setText(dir);
    });
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(browse);
    m_images = new QSpinBox(this);
    m_images->setRange(100, 100000);
    m_images->setSingleStep(500);
    m_images->setValue(2000);
    m_images->setFocusPolicy(Qt::StrongFocus); // the wheel never edits it unfocused
    m_out = new QLineEdit(Settings::maskedFaceModels.get(), this);
    m_out->setPlaceholderText(defaultMaskedFaceModelsDir());
    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    m_stage = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Face photos:"), sourceRow);
    form->addRow(tr("Faces to use:"), m_images);
    form->addRow(tr("Models folder:"), m_out);
    form->addRow(tr("Now:"), m_current);

    m_build = new QPushButton(tr("Build"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_build, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &FaceModelsDialog::reject);
    connect(m_build, &QPushButton::clicked, this, &FaceModelsDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_stage->setText(tr("Cancelling: the running stage ends first (dlib's trainers cannot be interrupted)…"));
    });
    connect(m_job, &FaceModelsJob::progress, this, &FaceModelsDialog::onProgress);
    connect(m_job, &FaceModelsJob::finished, this, &FaceModelsDialog::onFinished);
    connect(m_job, &FaceModelsJob::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(message.toHtmlEscaped()));
    });
    connect(m_job, &FaceModelsJob::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Cancelled; nothing was written, the models in use stay as they were."));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    showCurrent();
    resize(620, sizeHint().height());
}

FaceModelsDialog::~FaceModelsDialog() = default;

bool FaceModelsDialog::isRunning() const { return m_job->isRunning(); }

void FaceModelsDialog::showCurrent()
{
    try {
        const MaskedFaceModels m = readMaskedFaceModels(m_out->text().trimmed());
        m_current->setText(tr("built %1 from %2 faces (%3 masked), in %4")
                               .arg(m.info.value(QStringLiteral("created")).toString(),
                                    QString::number(m.info.value(QStringLiteral("faces")).toInt()),
                                    QString::number(m.info.value(QStringLiteral("masked")).toInt()), m.folder));
    } catch (const std::exception &) {
        m_current->setText(tr("not built: evaluation and prediction use dlib's stock detector, which misses most masked faces"));
    }
}

void FaceModelsDialog::setRunning(bool running)
{
    m_build->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_source->setEnabled(!running);
    m_images->setEnabled(!running);
    m_out->setEnabled(!running);
    m_bar->setVisible(running);
    if (!running)
        m_stage->clear();
}

void FaceModelsDialog::start()
{
    const QString source = m_source->text().trimmed();
    if (source.isEmpty()) {
        m_status->setText(tr("Choose a folder of face photos first."));
        return;
    }
    MaskedFaceTrainingOptions o;
    o.source = source;
    o.outDir = m_out->text().trimmed();
    o.images = m_images->value();
    m_status->clear();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    setRunning(true);
    m_bar->setRange(0, 0);
    m_stage->setText(tr("Starting…"));
    m_job->start(o);
}

void FaceModelsDialog::onProgress(const Progress &p)
{
    QString text = p.stage;
    if (p.total > 1) {
        m_bar->setRange(0, int(p.total));
        m_bar->setValue(int(p.done));
        text += QStringLiteral(" (%1 / %2)").arg(p.done).arg(p.total);
    } else {
        m_bar->setRange(0, 0); // a dlib trainer: no progress to show, only that it runs
    }
    if (p.etaSeconds >= 0)
        text += tr(", about %1 s left in this stage").arg(qRound(p.etaSeconds));
    m_stage->setText(text);
}

void FaceModelsDialog::onFinished(std::shared_ptr<const MaskedFaceTrainingResult> r)
{
    setRunning(false);
    if (!m_out->text().trimmed().isEmpty())
        Settings::maskedFaceModels.set(m_out->text().trimmed());
    m_status->setText(tr("Built from %1 faces (%2 masked, %3 left unmasked; %4 images without a face, %5 unreadable) in %6 s.")
                          .arg(r->faces)
                          .arg(r->masked)
                          .arg(r->unmasked)
                          .arg(r->noFace)
                          .arg(r->unreadable)
                          .arg((QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000));
    showCurrent();
    Q_EMIT built(r->models.folder);
}

void FaceModelsDialog::reject()
{
    if (m_job->isRunning()) {
        m_status->setText(tr("Still building: cancel first, or wait for it to end."));
        return;
    }
    QDialog::reject();
}

} // namespace maskbench::ui
