#pragma once

#include "document/serverplans.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ap {

// One member of a server plan, new or changed: the login, its role, the department it reports
// for, and a password when the login is new (or gets a new one), a first one the member replaces
// with its own on first open when the owner says so. OK grants it on the server at once;
// what the server refuses is said in the form, which stays open.
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
    QCheckBox *m_chooses;   // the password is a first one: the member chooses its own on first open
    QLabel *m_problem;
};

} // namespace ap
