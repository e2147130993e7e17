#include "ui/project/new_project_dialog.h"

#include "core/common/error.h"
#include "core/dataset/dataset.h"
#include "core/project/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace maskbench::ui {

namespace {

QWidget *withButton(QWidget *parent, QLineEdit *edit, QPushButton *button, QPushButton *second = nullptr)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    if (second)
        layout->addWidget(second);
    return row;
}

} // namespace

NewProjectDialog::NewProjectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New project"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Masked gender study"));
    m_name->setToolTip(tr("A name for the project, shown in the title bar and the recent list"));
    m_folder = new QLineEdit(this);
    m_folder->setToolTip(tr("An empty or new folder: project.json, runs/, augmented/ and cache/ go here"));
    const QString home = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir(home.isEmpty() ? QDir::homePath() : home).filePath(QStringLiteral("maskbench-project")));
    auto *chooseFolder = new QPushButton(tr("Choose…"), this);
    chooseFolder->setToolTip(tr("Choose the project folder"));
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("optional: a dataset folder or CSV manifest"));
    m_source->setToolTip(tr("The dataset the project studies; it stays where it is"));
    auto *chooseSourceFolder = new QPushButton(tr("Folder…"), this);
    chooseSourceFolder->setToolTip(tr("Choose a dataset folder"));
    auto *chooseSourceFile = new QPushButton(tr("CSV…"), this);
    chooseSourceFile->setToolTip(tr("Choose a CSV manifest"));
    m_format = new QComboBox(this);
    for (const QString &f : {QStringLiteral("auto"), QStringLiteral("folder"), QStringLiteral("csv"), QStringLiteral("adience"),
                             QStringLiteral("utkface")})
        m_format->addItem(f, f);
    m_format->setToolTip(tr("Source layout; auto guesses from the files"));
    m_labelColumn = new QComboBox(this);
    m_labelColumn->setToolTip(tr("The CSV column that holds the class (the CSV's columns, path, group and split left out)"));
    m_labelColumn->setPlaceholderText(tr("choose the column that holds the class"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Project &folder:"), withButton(this, m_folder, chooseFolder));
    form->addRow(tr("&Dataset:"), withButton(this, m_source, chooseSourceFolder, chooseSourceFile));
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Label column:"), m_labelColumn);
    m_labelColumnLabel = qobject_cast<QLabel *>(form->labelForField(m_labelColumn));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Project folder"), folder());
        if (!d.isEmpty())
            m_folder->setText(d);
    });
    connect(chooseSourceFolder, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Dataset folder"), datasetSource());
        if (!d.isEmpty())
            m_source->setText(d);
    });
    connect(chooseSourceFile, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CSV manifest"), datasetSource(), tr("CSV files (*.csv);;All files (*)"));
        if (!f.isEmpty())
            m_source->setText(f);
    });
    for (QLineEdit *e : {m_name, m_folder, m_source})
        connect(e, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_source, &QLineEdit::textChanged, this, &NewProjectDialog::fillLabelColumns);
    connect(m_format, &QComboBox::currentIndexChanged, this, &NewProjectDialog::fillLabelColumns);
    connect(m_labelColumn, &QComboBox::currentIndexChanged, this, &NewProjectDialog::validate);
    fillLabelColumns();
}

QString NewProjectDialog::name() const { return m_name->text().trimmed(); }
QString NewProjectDialog::folder() const { return m_folder->text().trimmed(); }
QString NewProjectDialog::datasetSource() const { return m_source->text().trimmed(); }
QString NewProjectDialog::datasetFormat() const { return m_format->currentData().toString(); }

QString NewProjectDialog::labelColumn() const { return isCsvSource() ? m_labelColumn->currentText() : QString(); }

bool NewProjectDialog::isCsvSource() const
{
    const QString format = datasetFormat();
    if (format == QLatin1String("csv"))
        return true;
    if (format != QLatin1String("auto"))
        return false;
    const QFileInfo f(datasetSource());
    return f.isFile() && QStringList{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")}.contains(f.suffix().toLower());
}

void NewProjectDialog::fillLabelColumns()
{
    const bool csv = isCsvSource();
    m_labelColumn->setVisible(csv);
    if (m_labelColumnLabel)
        m_labelColumnLabel->setVisible(csv);
    const QString source = csv ? datasetSource() : QString();
    if (source != m_columnsOf) {
        m_columnsOf = source;
        m_columnsError.clear();
        const QSignalBlocker block(m_labelColumn);
        m_labelColumn->clear();
        if (!source.isEmpty() && QFileInfo(source).isFile()) {
            try {
                const QStringList columns = csvLabelColumns(source);
                m_labelColumn->addItems(columns);
                // The reader's own default needs no choice; any other column does.
                m_labelColumn->setCurrentIndex(columns.contains(QStringLiteral("label")) ? 0 : -1);
            } catch (const Error &e) {
                m_columnsError = e.message();
            }
        }
    }
    validate();
}

void NewProjectDialog::validate()
{
    QString problem;
    if (folder().isEmpty())
        problem = tr("Choose a folder for the project.");
    else if (QFileInfo::exists(QDir(folder()).filePath(Project::fileName())))
        problem = tr("%1 already holds a project: use File > Open project.").arg(folder());
    else if (!datasetSource().isEmpty() && !QFileInfo::exists(datasetSource()))
        problem = tr("The dataset %1 does not exist.").arg(datasetSource());
    else if (isCsvSource() && !m_columnsError.isEmpty())
        problem = m_columnsError;
    else if (isCsvSource() && m_labelColumn->count() == 0)
        problem = tr("The CSV has no column besides the image path that could hold the class.");
    else if (isCsvSource() && m_labelColumn->currentIndex() < 0)
        problem = tr("Choose the label column: the CSV has no column named “label”.");
    m_status->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace maskbench::ui
