#include "welcome_page.h"

#include "common/settings.h"

#include <QFileInfo>
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
    auto *openFolder = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open a dataset folder…"), this);
    auto *openCsv = new QPushButton(QIcon::fromTheme(QStringLiteral("text-csv")), tr("Open a CSV manifest…"), this);
    m_recent = new QListWidget(this);
    m_recent->setToolTip(tr("Double-click to open"));
    m_recent->setMaximumHeight(180);

    auto *buttons = new QHBoxLayout;
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
    column->addWidget(new QLabel(tr("<b>Recent datasets</b>"), this));
    column->addWidget(m_recent);
    column->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(openCsv, &QPushButton::clicked, this, &WelcomePage::openCsvRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    });
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
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
