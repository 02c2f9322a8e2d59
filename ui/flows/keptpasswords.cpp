#include "keptpasswords.h"

#include "document/serverplans.h"
#include "server/passwordkeyring.h"

namespace ap {

bool KeptPasswords::supply(const ServerAddress &address)
{
    if (address.user.isEmpty() || address.sendsInClear() || ServerPlans::knowsPassword(address)
        || m_stale.contains(PasswordKeyring::keyOf(address)))
        return false;
    const QString kept = PasswordKeyring::read(address);
    if (kept.isEmpty())
        return false;
    ServerPlans::rememberPassword(address, kept);
    return true;
}

void KeptPasswords::refused(const ServerAddress &address)
{
    m_stale.insert(PasswordKeyring::keyOf(address));
    ServerPlans::forgetPassword(address);
}

void KeptPasswords::expect(const ServerAddress &address, const QString &password, bool keep)
{
    m_expected.reset();
    if (!PasswordKeyring::available())
        return;
    if (!keep) {
        PasswordKeyring::forget(address);   // the clerk's word, whether the plan opens or not
        return;
    }
    if (!password.isEmpty())
        m_expected = Expected{address, password};
}

void KeptPasswords::opened(const ServerAddress &address)
{
    if (!m_expected || PasswordKeyring::keyOf(m_expected->address) != PasswordKeyring::keyOf(address))
        return;
    if (PasswordKeyring::keep(address, m_expected->password))
        m_stale.remove(PasswordKeyring::keyOf(address));
    m_expected.reset();
}

} // namespace ap
