#include "manualdialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ap {

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ManualDialog"));
    setWindowTitle(tr("User's Manual"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("ManualBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/manual/manual.html")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // The screenshots are 760 px wide; the screen keeps it smaller where it must (ScreenFit).
    resize(860, 700);
    m_browser->setFocus();
}

} // namespace ap
