// Catch2 runner for tests that need a QCoreApplication (event loop, QProcess, translators).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // What the program keeps in the user's data folder (reports waiting to be sent) goes to a
    // private folder too, removed at the end.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
