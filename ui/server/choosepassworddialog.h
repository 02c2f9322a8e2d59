#pragma once

#include "domain/serveraddress.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// A member's own password, chosen on first open when the plan's owner made the login with a first
// password to be replaced (ServerFirstPassword): typed twice, set on the server by the member's
// own login, and kept for this run in the first one's place. Cancel leaves the first password as
// it is: the member is asked again next time.
namespace ap {

class ChoosePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChoosePasswordDialog(const ServerAddress &address, QWidget *parent = nullptr);

    void accept() override;

    // Asks when address's login still has a first password (an owner's or any other login asks
    // nothing); whether a password was chosen.
    static bool askIfFirst(const ServerAddress &address, QWidget *parent);

private:
    void validate();

    ServerAddress m_address;
    QLineEdit *m_password;
    QLineEdit *m_again;
    QLabel *m_problem;
};

} // namespace ap
