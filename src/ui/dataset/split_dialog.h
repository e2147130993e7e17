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

    // "Use N images": a seeded subset of N usable images (the seed above), stratified by class.
    QCheckBox *limitBox() const { return m_limit; }
    QSpinBox *limitSpin() const { return m_limitCount; }

private:
    void validate();

    QDoubleSpinBox *m_train, *m_val, *m_test;
    QSpinBox *m_seed;
    QCheckBox *m_limit;
    QSpinBox *m_limitCount;
    QCheckBox *m_keepMissing, *m_dedup;
    QLineEdit *m_out;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace maskbench::ui
