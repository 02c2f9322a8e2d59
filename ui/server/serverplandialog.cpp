#include "serverplandialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ap {

ServerPlanDialog::ServerPlanDialog(const QStringList &recentAddresses, QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ServerPlanDialog"));
    setWindowTitle(tr("Open Server Plan"));
    m_address->setObjectName(QStringLiteral("ServerAddressEdit"));
    m_address->setEditable(true);
    m_address->addItems(recentAddresses);
    m_address->setCurrentText(recentAddresses.value(0));
    m_address->lineEdit()->setPlaceholderText(tr("postgresql://login@server/database?plan=plan name"));
    // Wide enough for an address as a clerk types it: login, server, database and plan name.
    m_address->setMinimumContentsLength(56);
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_password->setObjectName(QStringLiteral("ServerPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from PGPASSWORD or ~/.pgpass"));
    m_problem->setObjectName(QStringLiteral("ServerAddressProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Plan &address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    auto *note = new QLabel(tr("The password is used for this session only and is not saved."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString ServerPlanDialog::password() const
{
    return m_password->text();
}

void ServerPlanDialog::accept()
{
    // A wrong address is said here, where it can be corrected, not after a wait for the server.
    QString why;
    const std::optional<PlanLocation> typed = PlanLocation::parseServer(m_address->currentText().trimmed(), &why);
    if (!typed) {
        m_problem->setText(why);
        m_problem->show();
        m_address->setFocus();
        return;
    }
    // A password that would cross the network unencrypted is asked about first, in those words.
    if (typed->address().sendsInClear()) {
        QMessageBox ask(QMessageBox::Warning, windowTitle(), typed->address().clearTextWarning(),
                        QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("ClearTextWarning"));
        QPushButton *anyway = ask.addButton(tr("Connect &Anyway"), QMessageBox::AcceptRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != anyway) {
            m_address->setFocus();
            return;
        }
    }
    m_accepted = *typed;
    QDialog::accept();
}

} // namespace ap
