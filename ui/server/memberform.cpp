#include "memberform.h"

#include "shell/errorbox.h"
#include "server/membersdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ap {

MemberForm::MemberForm(const ServerAddress &address, const PlanData &plan, const PlanMember &member, QWidget *parent)
    : QDialog(parent), m_address(address)
{
    setObjectName(QStringLiteral("MemberForm"));
    const bool fresh = member.login.isEmpty();
    setWindowTitle(fresh ? tr("Add a Member") : tr("Change a Member's Rights"));
    m_login = new QLineEdit(member.login, this);
    m_login->setObjectName(QStringLiteral("MemberLogin"));
    m_login->setPlaceholderText(tr("the login on the server, e.g. jcws_li"));
    m_login->setReadOnly(!fresh);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("MemberRole"));
    for (const char *key : {"reporter", "viewer", "editor"})
        m_role->addItem(MembersDialog::roleText(QLatin1String(key)), QLatin1String(key));
    m_role->setCurrentIndex(std::max(0, m_role->findData(member.role)));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("MemberDepartment"));
    m_department->addItem(tr("(none)"), QString());
    for (const Department &d : plan.departments)
        m_department->addItem(d.name, d.name);
    m_department->setCurrentIndex(std::max(0, m_department->findData(member.department)));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("MemberPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(fresh ? tr("to create the login; empty if the server has it already")
                                         : tr("empty to keep the login's password"));
    m_chooses = new QCheckBox(tr("The member &chooses its own password on first open"), this);
    m_chooses->setObjectName(QStringLiteral("MemberChoosesPassword"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("MemberProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_chooses);
    auto *note = new QLabel(tr("A reporter adds progress reports on the tasks its department leads or supports; a viewer "
                               "only reads; an editor changes the plan too. The server itself holds each to it."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_login, &QLineEdit::textChanged, this, &MemberForm::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &MemberForm::validate);
    connect(m_department, &QComboBox::currentIndexChanged, this, &MemberForm::validate);
    connect(m_password, &QLineEdit::textChanged, this, &MemberForm::validate);
    resize(480, sizeHint().height());
    validate();
}

void MemberForm::validate()
{
    // A reporter reports for a department: the server's policy needs one.
    const bool reporter = m_role->currentData().toString() == QLatin1String("reporter");
    const bool ok = !m_login->text().trimmed().isEmpty() && (!reporter || !m_department->currentData().toString().isEmpty());
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_chooses->setEnabled(!m_password->text().isEmpty());
}

void MemberForm::accept()
{
    QString error;
    const QString password = m_password->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ServerPlans::grant(m_address, m_login->text().trimmed(), m_role->currentData().toString(),
                                       m_department->currentData().toString(),
                                       password.isEmpty() ? std::nullopt : std::optional<QString>(password), &error,
                                       m_chooses->isChecked());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        ErrorBox::showIn(m_problem, error);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace ap
