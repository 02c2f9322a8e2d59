#pragma once

// Process start to "window shown with the plan loaded" for the real annualplan binary: the binary
// prints "shown" and quits when ANNUALPLAN_EXIT_WHEN_SHOWN is set. Shared by the benchmarks.
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace ap::bench {

// Milliseconds from start to "shown", or -1 when the binary never said so within timeoutMs.
inline double timeToShown(const QString &binary, const QString &planPath, const QString &configDir, int timeoutMs)
{
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANNUALPLAN_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    proc.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    proc.start(binary, {planPath});
    QByteArray out;
    while (!out.contains("shown") && proc.waitForReadyRead(timeoutMs))
        out += proc.readAllStandardOutput();
    const double ms = timer.nsecsElapsed() / 1e6;
    proc.waitForFinished(timeoutMs);
    return out.contains("shown") ? ms : -1;
}

} // namespace ap::bench
