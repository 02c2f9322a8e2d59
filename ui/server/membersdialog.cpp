#include "membersdialog.h"

#include "shell/errorbox.h"
#include "server/memberform.h"

#include "document/planlocation.h"
#include "domain/invitation.h"
#include "fs/atomicfile.h"
#include "shell/outputprompt.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QStandardPaths>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ap {

QString MembersDialog::roleText(const QString &key)
{
    if (key == QLatin1String("reporter"))
        return tr("Reporter (adds its department's progress)");
    if (key == QLatin1String("viewer"))
        return tr("Viewer (reads only)");
    if (key == QLatin1String("editor"))
        return tr("Editor (changes the plan)");
    return key;
}

MembersDialog::MembersDialog(const ServerAddress &address, const PlanData &plan, QWidget *parent)
    : QDialog(parent), m_address(address), m_plan(plan)
{
    setObjectName(QStringLiteral("MembersDialog"));
    setWindowTitle(tr("Members and Rights — %1").arg(PlanLocation::server(address).displayName()));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("MembersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Role"), tr("Department")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00"));
    m_problem->hide();
    m_told = new QLabel(this);
    m_told->setObjectName(QStringLiteral("MembersTold"));
    m_told->setWordWrap(true);
    m_told->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("MemberAddButton"));
    m_change = new QPushButton(tr("&Change…"), this);
    m_change->setObjectName(QStringLiteral("MemberChangeButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("MemberRemoveButton"));
    m_invite = new QPushButton(tr("&Invitation…"), this);
    m_invite->setObjectName(QStringLiteral("MemberInviteButton"));
    m_invite->setToolTip(tr("A file that opens this plan for the member by double-click, and the same text to paste "
                            "into a message; it holds no password."));
    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_change);
    side->addWidget(m_remove);
    side->addWidget(m_invite);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);
    auto *note = new QLabel(tr("The plan's owner (you) may do everything. Logins are the server's: removing a member "
                               "takes back its rights on this plan and keeps the login."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_told);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this]() { editMember(PlanMember()); });
    connect(m_change, &QPushButton::clicked, this, [this]() {
        const int r = m_table->currentRow();
        if (r >= 0 && r < m_members.size())
            editMember(m_members.at(r));
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int r, int) {
        if (r >= 0 && r < m_members.size())
            editMember(m_members.at(r));
    });
    connect(m_remove, &QPushButton::clicked, this, &MembersDialog::removeMember);
    connect(m_invite, &QPushButton::clicked, this, &MembersDialog::inviteMember);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        m_change->setEnabled(m_table->currentRow() >= 0);
        m_remove->setEnabled(m_table->currentRow() >= 0);
        m_invite->setEnabled(m_table->currentRow() >= 0);
    });
    resize(640, 380);
    refresh();
}

void MembersDialog::refresh()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ServerPlans::members(m_address, &m_members, &error);
    QApplication::restoreOverrideCursor();
    m_problem->setVisible(!ok);
    ErrorBox::showIn(m_problem, error);
    m_table->setRowCount(0);
    for (const PlanMember &m : std::as_const(m_members)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(m.login));
        m_table->setItem(r, 1, new QTableWidgetItem(roleText(m.role)));
        m_table->setItem(r, 2, new QTableWidgetItem(m.department));
    }
    m_change->setEnabled(false);
    m_remove->setEnabled(false);
    m_invite->setEnabled(false);
}

void MembersDialog::editMember(const PlanMember &member)
{
    MemberForm form(m_address, m_plan, member, this);
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void MembersDialog::removeMember()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_members.size())
        return;
    const QString login = m_members.at(r).login;
    if (QMessageBox::question(this, tr("Remove a Member"),
                              tr("Take back every right “%1” has on this plan? The login stays on the server.").arg(login),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    if (!ServerPlans::revoke(m_address, login, &error)) {
        ErrorBox::showIn(m_problem, error);
        m_problem->show();
        return;
    }
    refresh();
}

QString MembersDialog::invitationText(const PlanMember &member) const
{
    ServerAddress forMember = m_address;
    forMember.user = member.login;
    return Invitation::text(forMember, m_plan.info.title, ServerPlans::roleName(member.role), member.department);
}

void MembersDialog::inviteMember()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_members.size())
        return;
    const PlanMember member = m_members.at(r);
    const QString text = invitationText(member);
    // The text is on the clipboard at once, for a message; the file is the member's to double-click.
    QApplication::clipboard()->setText(text);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + QLatin1Char('/') + PlanLocation::fileNameSafe(m_address.plan + QLatin1Char('-') + member.login)
        + QLatin1Char('.') + QLatin1String(Invitation::kSuffix);
    const QString path = OutputPrompt::askPath(this, tr("Save the Invitation"), suggested, QLatin1String(Invitation::kSuffix),
                                               tr("Invitations to a shared plan (*.apinvite)"), QString());
    if (path.isEmpty()) {
        m_told->setText(tr("The invitation's text is on the clipboard: paste it into a message to %1.").arg(member.login));
        return;
    }
    QString error;
    if (!fs::writeFile(path, text.toUtf8(), fs::OutputTarget::Kind::Document, &error)) {
        ErrorBox::showIn(m_problem, error);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_told->setText(tr("The invitation for %1 is saved as “%2”, and its text is on the clipboard. It holds no password: "
                       "tell the member the password another way.")
                        .arg(member.login, QDir::toNativeSeparators(path)));
}

} // namespace ap
