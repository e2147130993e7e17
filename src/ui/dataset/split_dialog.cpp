#include "ui/dataset/split_dialog.h"

#include "core/dataset/subset.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace maskbench::ui {

SplitDialog::SplitDialog(const QString &suggestedManifest, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Split the dataset"));
    auto spin = [this](double v) {
        auto *s = new QDoubleSpinBox(this);
        s->setRange(0.0, 1.0);
        s->setSingleStep(0.05);
        s->setDecimals(3);
        s->setValue(v);
        connect(s, &QDoubleSpinBox::valueChanged, this, &SplitDialog::validate);
        return s;
    };
    const SplitOptions d;
    m_train = spin(d.train);
    m_val = spin(d.val);
    m_test = spin(d.test);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(d.seed));
    m_seed->setToolTip(tr("The same seed gives the same split on every machine"));
    m_limit = new QCheckBox(tr("&Use"), this);
    m_limit->setObjectName(QStringLiteral("useNImages"));
    m_limitCount = new QSpinBox(this);
    m_limitCount->setObjectName(QStringLiteral("useNImagesCount"));
    m_limitCount->setRange(1, kMaxUseImages);
    m_limitCount->setValue(1000);
    m_limitCount->setSuffix(tr(" images"));
    m_limitCount->setEnabled(false);
    const QString limitTip = tr("Split a random subset of N usable images instead of all, stratified by class; the seed "
                                "above picks it, so the same seed gives the same subset");
    m_limit->setToolTip(limitTip);
    m_limitCount->setToolTip(limitTip);
    connect(m_limit, &QCheckBox::toggled, m_limitCount, &QWidget::setEnabled);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_limitCount);
    limitRow->addWidget(new QLabel(tr("(seeded, stratified by class)"), this));
    limitRow->addStretch(1);
    m_keepMissing = new QCheckBox(tr("Keep images that are missing or unreadable (label-only planning)"), this);
    m_dedup = new QCheckBox(tr("Keep byte-identical files together (reads every file once)"), this);
    m_dedup->setChecked(true);
    m_out = new QLineEdit(suggestedManifest, this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the split manifest"), m_out->text(), tr("CSV manifests (*.csv)"));
        if (!f.isEmpty())
            m_out->setText(f);
    });
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browse);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Train share:"), m_train);
    form->addRow(tr("Validation share:"), m_val);
    form->addRow(tr("Test share:"), m_test);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Subset:"), limitRow);
    form->addRow(QString(), m_keepMissing);
    form->addRow(QString(), m_dedup);
    form->addRow(tr("Manifest:"), outRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Split"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_out, &QLineEdit::textChanged, this, &SplitDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Stratified by class; one identity, user or file never lands in two splits."), this));
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    validate();
}

void SplitDialog::validate()
{
    const double sum = m_train->value() + m_val->value() + m_test->value();
    QString problem;
    if (std::abs(sum - 1.0) > 1e-6)
        problem = tr("The shares add up to %1; they must add up to 1.").arg(sum, 0, 'f', 3);
    else if (m_train->value() <= 0)
        problem = tr("The training share must be above 0.");
    else if (m_out->text().trimmed().isEmpty())
        problem = tr("Choose where to write the manifest.");
    m_status->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

SplitOptions SplitDialog::options() const
{
    SplitOptions o;
    o.train = m_train->value();
    o.val = m_val->value();
    o.test = m_test->value();
    o.seed = quint64(m_seed->value());
    o.keepMissing = m_keepMissing->isChecked();
    o.keepMissingChoice = tr("the Split dialog's “Keep images that are missing or unreadable”");
    o.groupDuplicates = m_dedup->isChecked();
    o.limit = m_limit->isChecked() ? m_limitCount->value() : 0;
    return o;
}

QString SplitDialog::manifestPath() const { return m_out->text().trimmed(); }

} // namespace maskbench::ui
