#pragma once
// Asks how to evaluate a run: the data (the run's own manifest by default), the split, the
// checkpoint, the threshold rule (binary runs) and test-time flip. The output folder follows core's
// default (RUN/eval-SPLIT-CHECKPOINT) and is shown, not asked for.

#include "core/eval/run_evaluation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace maskbench::ui {

class EvaluateDialog : public QDialog
{
    Q_OBJECT
public:
    EvaluateDialog(const QString &runDir, QWidget *parent = nullptr);

    RunEvaluationRequest request() const;
    QLineEdit *dataEdit() const { return m_data; }
    QComboBox *splitBox() const { return m_split; }
    QComboBox *checkpointBox() const { return m_checkpoint; }
    QComboBox *thresholdBox() const { return m_threshold; }

private:
    void validate();

    QString m_runDir;
    QLineEdit *m_data;
    QComboBox *m_split, *m_checkpoint, *m_threshold;
    QCheckBox *m_flip;
    QLabel *m_out, *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace maskbench::ui
