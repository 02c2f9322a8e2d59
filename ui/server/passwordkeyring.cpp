#include "passwordkeyring.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace ap {

namespace {

const QString &service()
{
    static const QString name = QStringLiteral("AnnualPlan");
    return name;
}

// Runs job and waits for its answer (the finished signal), not for a time.
void run(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

QString PasswordKeyring::keyOf(const ServerAddress &address)
{
    return address.user + QLatin1Char('@') + address.host.toLower() + QLatin1Char(':') + QString::number(address.port)
        + QLatin1Char('/') + address.database;
}

bool PasswordKeyring::available()
{
    static const bool answer = [] {
        QKeychain::ReadPasswordJob probe(service());
        probe.setKey(QStringLiteral("annualplan-probe"));
        run(&probe);
        return probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
    }();
    return answer;
}

QString PasswordKeyring::read(const ServerAddress &address)
{
    if (!available() || address.user.isEmpty())
        return QString();
    QKeychain::ReadPasswordJob job(service());
    job.setKey(keyOf(address));
    run(&job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

bool PasswordKeyring::keep(const ServerAddress &address, const QString &password, QString *why)
{
    if (!available() || address.user.isEmpty() || password.isEmpty()) {
        if (why)
            *why = tr("This computer has no keyring to keep the password in.");
        return false;
    }
    QKeychain::WritePasswordJob job(service());
    job.setKey(keyOf(address));
    job.setTextData(password);
    run(&job);
    if (job.error() != QKeychain::NoError) {
        if (why)
            *why = tr("The keyring did not keep the password: %1").arg(job.errorString());
        return false;
    }
    return true;
}

void PasswordKeyring::forget(const ServerAddress &address)
{
    if (!available() || address.user.isEmpty())
        return;
    QKeychain::DeletePasswordJob job(service());
    job.setKey(keyOf(address));
    run(&job);
}

} // namespace ap
