#pragma once

#include "document/planlocation.h"
#include "document/serverplans.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ap {

// File ▸ Open Shared Plan: the server, port, database, login and password typed into fields (the
// server's other fields filled in again from the last time, never the password), then the plans
// that login may open listed by name, year and its role in each, and one chosen (Enter lists, then
// opens). A plan's address (postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME), as an invitation or
// the recent plans give it, may be typed instead. The password is kept for this run only.
class ServerPlanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerPlanDialog(const QStringList &recentAddresses, QWidget *parent = nullptr);
    // The server plan chosen or whose address was typed, once the dialog is accepted.
    const PlanLocation &location() const { return m_accepted; }
    QString password() const;
    // Whether 在本机钥匙环中记住密码 is ticked (never where the desktop has no keyring): the
    // password the plan opens with is then kept in the keyring (PlanSession::expectPassword).
    bool keepsPassword() const;
    QTreeWidget *planList() const { return m_plans; }
    // Lists the plans of the server typed (on a thread of the pool: the dialog stays responsive
    // while a server that does not answer is waited for); told in the list or the problem line.
    void listPlans();

    // The plan an invitation names (or one whose password was not taken: why says so): its
    // address in the address field, the server's fields filled from it, and the password next
    // (Enter then opens it).
    void useAddress(const ServerAddress &address, const QString &why = QString());

    void accept() override;

private:
    // The server's address as the fields have it (no plan).
    ServerAddress typedServer() const;
    // The fields of a server used before (its host chosen).
    void fillFrom(const QString &host);
    void showPlans();
    void showProblem(const QString &message);
    // The server's fields kept for the next time (never the password).
    void remember(const ServerAddress &address) const;
    // The box ticked when the keyring keeps a password for the login and server typed.
    void offerKept();
    bool acceptAddress();

    struct Listing
    {
        bool ok = false;
        QList<ListedPlan> plans;
        QString error;
    };
    QComboBox *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QPushButton *m_list;
    QTreeWidget *m_plans;
    QLabel *m_listState;
    QComboBox *m_address;
    QLabel *m_problem;
    QList<ServerAddress> m_servers;   // used before, the last first (rememberedServers)
    QFutureWatcher<Listing> m_listing;
    ServerAddress m_listed;   // the server the list shows
    PlanLocation m_accepted;
};

} // namespace ap
