#pragma once

#include "document/serverplans.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ap {

// One member of a server plan, new or changed: the login, its role, the department it reports
// for, and a password when the login is new (or gets a new one). OK grants it on the server at
// once; what the server refuses is said in the form, which stays open.
class MemberForm : public QDialog
{
    Q_OBJECT
public:
    MemberForm(const ServerAddress &address, const PlanData &plan, const PlanMember &member, QWidget *parent = nullptr);

    void accept() override;

private:
    void validate();

    ServerAddress m_address;
    QLineEdit *m_login;
    QComboBox *m_role;
    QComboBox *m_department;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace ap
