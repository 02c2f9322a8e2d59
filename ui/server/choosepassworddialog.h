#pragma once

#include "domain/serveraddress.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ap {

// A member's own password, chosen on first open when the plan's owner made the login with a first
// password to be replaced (ServerFirstPassword): typed twice, set on the server by the member's
// own login, and kept for this run in the first one's place. Cancel leaves the first password as
// it is: the member is asked again next time.
class ChoosePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChoosePasswordDialog(const ServerAddress &address, QWidget *parent = nullptr);

    void accept() override;

private:
    void validate();

    ServerAddress m_address;
    QLineEdit *m_password;
    QLineEdit *m_again;
    QLabel *m_problem;
};

} // namespace ap
