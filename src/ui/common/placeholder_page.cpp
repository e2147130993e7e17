#include "ui/common/placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace maskbench::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace maskbench::ui
