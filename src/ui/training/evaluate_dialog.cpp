#include "ui/training/evaluate_dialog.h"
#include "ui/training/training_panel_p.h"

#include "core/common/error.h"
#include "core/eval/inference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace maskbench::ui {
EvaluateDialog::EvaluateDialog(const QString &runDir, QWidget *parent) : QDialog(parent), m_runDir(runDir)
{
    setWindowTitle(tr("Evaluate %1").arg(QFileInfo(runDir).fileName()));
    const QJsonObject config = training_detail::readJson(QDir(runDir).filePath(QStringLiteral("config.json")));
    const bool binary = config.value(QStringLiteral("classes")).toArray().size() == 2;

    m_data = new QLineEdit(config.value(QStringLiteral("data")).toString(), this);
    m_data->setToolTip(tr("The split manifest or dataset whose images are predicted (default: the one the run trained on)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Data to evaluate on"), m_data->text(), tr("CSV manifests (*.csv);;All files (*)"));
        if (!f.isEmpty())
            m_data->setText(f);
    });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_data, 1);
    dataRow->addWidget(browse);

    m_split = new QComboBox(this);
    m_split->addItem(tr("test"), QStringLiteral("test"));
    m_split->addItem(tr("validation"), QStringLiteral("val"));
    m_split->addItem(tr("train"), QStringLiteral("train"));
    m_split->addItem(tr("all rows"), QStringLiteral("all"));

    m_checkpoint = new QComboBox(this);
    auto exists = [&runDir](const QString &name) {
        try {
            checkpointPath(runDir, name); // core's rule for where a run keeps it
            return true;
        } catch (const Error &) {
            return false;
        }
    };
    if (exists(QStringLiteral("best")))
        m_checkpoint->addItem(tr("best (highest validation accuracy)"), QStringLiteral("best"));
    if (exists(QStringLiteral("last")))
        m_checkpoint->addItem(tr("last (latest epoch)"), QStringLiteral("last"));

    m_threshold = new QComboBox(this);
    m_threshold->addItem(tr("Saved with the run, else the most probable class"), QString());
    m_threshold->addItem(tr("0.5"), QStringLiteral("0.5"));
    m_threshold->addItem(tr("Best accuracy on this split"), QStringLiteral("best-acc"));
    m_threshold->addItem(tr("Youden's J on this split"), QStringLiteral("youden"));
    m_threshold->addItem(tr("Highest smallest recall on this split"), QStringLiteral("max-min-recall"));
    m_threshold->setEnabled(binary);
    m_threshold->setToolTip(binary ? tr("A threshold chosen here is saved with the run; prediction on new faces uses it. "
                                        "Choose it on the validation split: chosen on test, its scores there are optimistic.")
                                   : tr("Only for models with two classes"));

    m_flip = new QCheckBox(tr("Test-time flip (mean of each image and its mirror)"), this);
    m_out = new QLabel(this);
    m_out->setWordWrap(true);
    m_out->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Data:"), dataRow);
    form->addRow(tr("Split:"), m_split);
    form->addRow(tr("Checkpoint:"), m_checkpoint);
    form->addRow(tr("Threshold:"), m_threshold);
    form->addRow(QString(), m_flip);
    form->addRow(tr("Writes to:"), m_out);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Evaluate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    for (QComboBox *c : {m_split, m_checkpoint, m_threshold})
        connect(c, &QComboBox::currentIndexChanged, this, &EvaluateDialog::validate);
    connect(m_data, &QLineEdit::textChanged, this, &EvaluateDialog::validate);
    validate();
}

RunEvaluationRequest EvaluateDialog::request() const
{
    RunEvaluationRequest r;
    r.runDirs = {m_runDir};
    r.inference.runDir = m_runDir;
    r.inference.data = m_data->text().trimmed();
    r.inference.split = m_split->currentData().toString();
    r.inference.checkpoint = m_checkpoint->currentData().toString();
    r.inference.flip = m_flip->isChecked();
    r.threshold = m_threshold->isEnabled() ? m_threshold->currentData().toString() : QString();
    r.outChoice = tr("split or checkpoint");
    return r;
}

void EvaluateDialog::validate()
{
    const RunEvaluationRequest r = request();
    QString problem;
    if (m_checkpoint->count() == 0)
        problem = tr("This run has no checkpoint yet (best.pt or last.pt): train or resume it first.");
    else if (r.inference.data.isEmpty())
        problem = tr("Choose the data to evaluate on.");
    else if (!QFileInfo::exists(r.inference.data))
        problem = tr("%1 does not exist.").arg(r.inference.data);
    m_out->setText(QDir::toNativeSeparators(defaultEvaluationFolder(m_runDir, r.inference.split, r.inference.checkpoint.isEmpty() ? QStringLiteral("best") : r.inference.checkpoint)));
    if (problem.isEmpty() && QFileInfo::exists(QDir(m_out->text()).filePath(QStringLiteral("evaluation.json"))))
        m_status->setText(tr("An evaluation of this split and checkpoint exists; it will be replaced."));
    else
        m_status->setText(problem);
    m_status->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color:#c0392b"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace maskbench::ui
