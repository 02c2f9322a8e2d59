#include "membersdialog.h"

#include "shell/errorbox.h"
#include "server/memberform.h"

#include "document/planlocation.h"

#include <QApplication>
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

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("MemberAddButton"));
    m_change = new QPushButton(tr("&Change…"), this);
    m_change->setObjectName(QStringLiteral("MemberChangeButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("MemberRemoveButton"));
    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_change);
    side->addWidget(m_remove);
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
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        m_change->setEnabled(m_table->currentRow() >= 0);
        m_remove->setEnabled(m_table->currentRow() >= 0);
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

} // namespace ap
