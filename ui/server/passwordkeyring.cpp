#include "passwordkeyring.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

#include <optional>

namespace ap {

namespace {

const QString &service()
{
    static const QString name = QStringLiteral("AnnualPlan");
    return name;
}

// Whether a job is waiting for the keyring now: the wait runs posted events (a plan handed over by
// another instance, a queued step), which may ask the keyring again; that asking gets no answer
// rather than a wait inside a wait.
bool &waiting()
{
    static bool busy = false;
    return busy;
}

// Runs job and waits for its answer (the finished signal), not for a time; false when another
// job is being waited for. The clerk's input and the window's timers wait meanwhile (the keyring
// may ask the clerk to unlock it, in a window of its own).
bool run(QKeychain::Job *job)
{
    if (waiting())
        return false;
    waiting() = true;
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents | QEventLoop::X11ExcludeTimers);
    waiting() = false;
    return true;
}

} // namespace

bool PasswordKeyring::isWaiting()
{
    return waiting();
}

QString PasswordKeyring::keyOf(const ServerAddress &address)
{
    return address.user + QLatin1Char('@') + address.host.toLower() + QLatin1Char(':') + QString::number(address.port)
        + QLatin1Char('/') + address.database;
}

bool PasswordKeyring::available()
{
    // Asked once a run, when first needed (never at start-up): an answer the probe could not get
    // (another job being waited for) is asked again next time.
    static std::optional<bool> answer;
    if (!answer) {
        QKeychain::ReadPasswordJob probe(service());
        probe.setKey(QStringLiteral("annualplan-probe"));
        if (!run(&probe))
            return false;
        answer = probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
    }
    return *answer;
}

QString PasswordKeyring::read(const ServerAddress &address)
{
    if (address.user.isEmpty() || !available())
        return QString();
    QKeychain::ReadPasswordJob job(service());
    job.setKey(keyOf(address));
    return run(&job) && job.error() == QKeychain::NoError ? job.textData() : QString();
}

bool PasswordKeyring::keep(const ServerAddress &address, const QString &password, QString *why)
{
    if (address.user.isEmpty() || password.isEmpty() || !available()) {
        if (why)
            *why = tr("This computer has no keyring to keep the password in.");
        return false;
    }
    QKeychain::WritePasswordJob job(service());
    job.setKey(keyOf(address));
    job.setTextData(password);
    if (!run(&job) || job.error() != QKeychain::NoError) {
        if (why)
            *why = tr("The keyring did not keep the password: %1").arg(job.errorString());
        return false;
    }
    return true;
}

void PasswordKeyring::forget(const ServerAddress &address)
{
    if (address.user.isEmpty() || !available())
        return;
    QKeychain::DeletePasswordJob job(service());
    job.setKey(keyOf(address));
    run(&job);
}

} // namespace ap
