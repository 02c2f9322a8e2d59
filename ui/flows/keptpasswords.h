#pragma once

#include "domain/serveraddress.h"

#include <QSet>
#include <QString>

#include <optional>

// How a run uses the passwords the desktop's keyring keeps for server plans (PasswordKeyring):
// one is read only for the exact login and server a plan is opened on, and not for an address that
// would send it unencrypted; one the server refused is not read again this run (the clerk is asked
// instead, and libpq's own places are tried); what Open Shared Plan's box said is done once the
// plan it names has opened — before a first password is replaced, which then replaces the kept
// one — or, for an unticked box, at once.
namespace ap {

class KeptPasswords
{
public:
    // Before address's plan is opened: the keyring's password made this run's when the run knows
    // none; whether it was.
    bool supply(const ServerAddress &address);
    // The password supplied for address was refused: not read again this run.
    void refused(const ServerAddress &address);
    // What the dialog said of the password typed for address (empty: none typed).
    void expect(const ServerAddress &address, const QString &password, bool keep);
    // address's plan has opened: the expectation for it done, and dropped.
    void opened(const ServerAddress &address);
    // The expectation dropped (the plan did not open, or another took its place).
    void drop() { m_expected.reset(); }

private:
    struct Expected
    {
        ServerAddress address;
        QString password;
    };
    std::optional<Expected> m_expected;
    QSet<QString> m_stale;   // keyring keys refused this run
};

} // namespace ap
