#pragma once
// File > New project: a name, the project folder, the dataset source and its format, and for a CSV
// the label column, chosen from the CSV's header. The caller creates the project (core's
// Project::create) from the values once the dialog is accepted.

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
    QString labelColumn() const; // empty: not a CSV, or the CSV's own "label" column

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *sourceEdit() const { return m_source; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *labelColumnBox() const { return m_labelColumn; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();
    void fillLabelColumns();
    bool isCsvSource() const;

    QLineEdit *m_name;
    QLineEdit *m_folder;
    QLineEdit *m_source;
    QComboBox *m_format;
    QComboBox *m_labelColumn;
    QLabel *m_labelColumnLabel;
    QString m_columnsOf; // the CSV whose header fills m_labelColumn
    QString m_columnsError;
    QLabel *m_status;
    QPushButton *m_ok;
};

} // namespace maskbench::ui
