#pragma once
// File > New project: a name, the project folder, the dataset source and its format. The caller
// creates the project (core's Project::create) from the values once the dialog is accepted.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace maskbench::ui {

class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString name() const;
    QString folder() const;
    QString datasetSource() const;
    QString datasetFormat() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *sourceEdit() const { return m_source; }
    QComboBox *formatBox() const { return m_format; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_folder;
    QLineEdit *m_source;
    QComboBox *m_format;
    QLabel *m_status;
    QPushButton *m_ok;
};

} // namespace maskbench::ui
