#include "ui/welcome_page.h"

#include "ui/common/icons.h"
#include "core/common/settings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace maskbench::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/maskbench/maskbench.svg")).pixmap(96, 96));
    auto *title = new QLabel(tr("<h1>Welcome to MaskBench</h1>"), this);
    auto *workflow = new QLabel(
        tr("<ol>"
           "<li><b>Dataset</b>: open a folder per class, a CSV manifest, Adience or UTKFace; check the classes and "
           "problems; make a split where no identity crosses sides.</li>"
           "<li><b>Masks</b>: find 68 landmarks with dlib and draw surgical, cloth, N95, KN95 or patterned masks, "
           "half by half, so turned heads still fit.</li>"
           "<li><b>Training and evaluation</b>: fine-tune ResNet50V2 or InceptionV3 with live plots, then read the "
           "confusion matrix and the misclassified images per class.</li></ol>"),
        this);
    workflow->setWordWrap(true);
    auto *newProject = new QPushButton(themeIcon(QStringLiteral("document-new")), tr("New project…"), this);
    newProject->setToolTip(tr("A project folder keeps the dataset, split, landmark cache, masked images and runs together (Ctrl+N)"));
    auto *openProject = new QPushButton(themeIcon(QStringLiteral("document-open")), tr("Open project…"), this);
    openProject->setToolTip(tr("Open a folder that holds a project.json (Ctrl+O)"));
    auto *openFolder = new QPushButton(themeIcon(QStringLiteral("folder-open")), tr("Open a dataset folder…"), this);
    openFolder->setToolTip(tr("Open a folder per class, Adience or UTKFace without a project (Ctrl+D)"));
    auto *openCsv = new QPushButton(themeIcon(QStringLiteral("text-csv")), tr("Open a CSV manifest…"), this);
    openCsv->setToolTip(tr("Open a CSV manifest or a split without a project (Ctrl+Shift+O)"));
    m_recentProjects = new QListWidget(this);
    m_recentProjects->setToolTip(tr("Double-click to open"));
    m_recentProjects->setMaximumHeight(140);
    m_recent = new QListWidget(this);
    m_recent->setToolTip(tr("Double-click to open"));
    m_recent->setMaximumHeight(180);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newProject);
    buttons->addWidget(openProject);
    buttons->addSpacing(16);
    buttons->addWidget(openFolder);
    buttons->addWidget(openCsv);
    buttons->addStretch(1);
    auto *head = new QHBoxLayout;
    head->addWidget(logo);
    head->addWidget(title, 1);

    auto *column = new QVBoxLayout;
    column->addLayout(head);
    column->addWidget(workflow);
    column->addLayout(buttons);
    column->addWidget(new QLabel(tr("<b>Recent projects</b>"), this));
    column->addWidget(m_recentProjects);
    column->addWidget(new QLabel(tr("<b>Recent datasets</b>"), this));
    column->addWidget(m_recent);
    column->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(newProject, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(openProject, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_recentProjects, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecentProjectRequested(item->data(Qt::UserRole).toString());
    });
    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(openCsv, &QPushButton::clicked, this, &WelcomePage::openCsvRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    });
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recentProjects->clear();
    const QStringList projects = Settings::recentProjects.get();
    for (const QString &folder : projects) {
        // The name from project.json, read directly: Project::open would make missing folders.
        QString name;
        QFile file(folder + QStringLiteral("/project.json"));
        if (file.open(QIODevice::ReadOnly))
            name = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("name")).toString();
        auto *item = new QListWidgetItem(themeIcon(QStringLiteral("document-open")),
                                         name.isEmpty() ? folder : tr("%1 — %2").arg(name, folder), m_recentProjects);
        item->setData(Qt::UserRole, folder);
        if (!QFileInfo::exists(folder + QStringLiteral("/project.json"))) {
            item->setText(tr("%1 (not found)").arg(folder));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    if (projects.isEmpty()) {
        auto *item = new QListWidgetItem(tr("None yet: File > New project makes one."), m_recentProjects);
        item->setFlags(Qt::NoItemFlags);
    }
    m_recent->clear();
    const QStringList recent = Settings::recentDatasets.get();
    for (const QString &source : recent) {
        auto *item = new QListWidgetItem(source, m_recent);
        item->setData(Qt::UserRole, source);
        if (!QFileInfo::exists(source)) {
            item->setText(tr("%1 (not found)").arg(source));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    if (recent.isEmpty()) {
        auto *item = new QListWidgetItem(tr("None yet: open a dataset to begin."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace maskbench::ui
