#pragma once

#include "domain/serveraddress.h"

#include <QCoreApplication>
#include <QString>

// A server plan's password kept in the system's keyring (GNOME Keyring or KWallet through the
// Secret Service, by QtKeychain), when the clerk asks for it with 在本机钥匙环中记住密码: by login,
// server, port and database, never in the settings file or anywhere of the program's own (no
// plain-text fallback). Where the desktop has no keyring, nothing is kept and the password is
// asked each run. Each call waits for the keyring's answer (it may ask the clerk to unlock it).
namespace ap {

class PasswordKeyring
{
    Q_DECLARE_TR_FUNCTIONS(ap::PasswordKeyring)
public:
    // Whether this desktop has a keyring to keep passwords in (asked once a run).
    static bool available();
    // The password kept for address's login and server; empty when none is kept.
    static QString read(const ServerAddress &address);
    // Keeps password for address's login and server (replacing one kept); false and why when the
    // keyring would not take it.
    static bool keep(const ServerAddress &address, const QString &password, QString *why = nullptr);
    // The password kept for address's login and server is no longer kept.
    static void forget(const ServerAddress &address);
    // Whether a keyring job is being waited for now (its wait runs posted events).
    static bool isWaiting();
    // The name it is kept under ("yizheng@192.168.1.20:5432/bureau").
    static QString keyOf(const ServerAddress &address);
};

} // namespace ap
