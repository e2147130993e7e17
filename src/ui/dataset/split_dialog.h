#pragma once
// Asks for split ratios, seed, what to do with missing images and where to write the manifest.

#include "core/dataset/splitter.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

namespace maskbench::ui {

class SplitDialog : public QDialog
{
    Q_OBJECT
public:
    SplitDialog(const QString &suggestedManifest, QWidget *parent = nullptr);

    SplitOptions options() const;
    QString manifestPath() const;

private:
    void validate();

    QDoubleSpinBox *m_train, *m_val, *m_test;
    QSpinBox *m_seed;
    QCheckBox *m_keepMissing, *m_dedup;
    QLineEdit *m_out;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace maskbench::ui
