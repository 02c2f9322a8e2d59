#pragma once

#include "document/planlocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ap {

// File ▸ Open Server Plan: the plan's address (postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME),
// offered again from the server plans opened before, and the password when libpq has none of its
// own (PGPASSWORD, ~/.pgpass). The password is kept for this run only, never in settings.
class ServerPlanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerPlanDialog(const QStringList &recentAddresses, QWidget *parent = nullptr);
    // The server plan whose address was typed, once the dialog is accepted (it accepts only a
    // well-formed address).
    const PlanLocation &location() const { return m_accepted; }
    QString password() const;

    void accept() override;

private:
    QComboBox *m_address;
    QLineEdit *m_password;
    QLabel *m_problem;
    PlanLocation m_accepted;
};

} // namespace ap
