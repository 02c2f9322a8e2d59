#pragma once

#include "document/serverplans.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ap {

// Plan ▸ Members and Rights: the server plan's members (login, role, department), for its owner
// to add, change and remove. Each change is the server's at once (ServerPlans::grant / revoke);
// the list is read back from the server after it.
class MembersDialog : public QDialog
{
    Q_OBJECT
public:
    MembersDialog(const ServerAddress &address, const PlanData &plan, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The role as the window says it: 报送人 …
    static QString roleText(const QString &key);

private:
    void refresh();
    // The form for a member, new (empty login) or changed; applies it when accepted.
    void editMember(const PlanMember &member);
    void removeMember();
    // The selected member's invitation: its text on the clipboard and saved as a .apinvite file.
    void inviteMember();
public:
    // The invitation to this plan for member (its login, role and department).
    QString invitationText(const PlanMember &member) const;
private:

    ServerAddress m_address;
    const PlanData &m_plan;
    QList<PlanMember> m_members;
    QTableWidget *m_table;
    QLabel *m_problem;
    QLabel *m_told;   // what was done (an invitation saved)
    QPushButton *m_change;
    QPushButton *m_remove;
    QPushButton *m_invite;
};

} // namespace ap
