#include "choosepassworddialog.h"

#include "passwordkeyring.h"

#include "document/serverplans.h"
#include "shell/errorbox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ap {

ChoosePasswordDialog::ChoosePasswordDialog(const ServerAddress &address, QWidget *parent)
    : QDialog(parent), m_address(address)
{
    setObjectName(QStringLiteral("ChoosePasswordDialog"));
    setWindowTitle(tr("Choose Your Password"));
    auto *said = new QLabel(tr("The plan's owner gave your login a first password. Choose a password of your own now "
                               "(at least %1 characters): only you will know it.")
                                .arg(ServerPlans::kMinPasswordLength),
                            this);
    said->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("ChosenPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("ChosenPasswordAgain"));
    m_again->setEchoMode(QLineEdit::Password);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ChosenPasswordProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00"));
    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Again:"), m_again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChoosePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(said);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this, &ChoosePasswordDialog::validate);
    connect(m_again, &QLineEdit::textChanged, this, &ChoosePasswordDialog::validate);
    resize(440, sizeHint().height());
    validate();
}

void ChoosePasswordDialog::validate()
{
    const bool typed = !m_password->text().isEmpty() && !m_again->text().isEmpty();
    const bool same = m_password->text() == m_again->text();
    m_problem->setText(typed && !same ? tr("The two passwords differ.") : QString());
    m_problem->setVisible(typed && !same);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(typed && same);
}

void ChoosePasswordDialog::accept()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ServerPlans::choosePassword(m_address, m_password->text(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        ErrorBox::showIn(m_problem, error);
        m_problem->show();
        return;
    }
    // A first password the keyring kept is replaced there too: the first one opens nothing now.
    if (!PasswordKeyring::read(m_address).isEmpty())
        PasswordKeyring::keep(m_address, m_password->text());
    QDialog::accept();
}

} // namespace ap
