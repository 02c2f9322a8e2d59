// A server plan's password in the desktop's keyring (PasswordKeyring, QtKeychain): kept only when
// the clerk ticks 在本机钥匙环中记住密码, by its own login and server, never in the settings; the next
// run opens the plan without asking; a password the server no longer takes is asked again and the
// new one kept in its place. The test command runs this test in a D-Bus session of its own with a
// GNOME Keyring of its own (tests/support/with-keyring.sh); the window cases need the private
// PostgreSQL cluster too (ANNUALPLAN_TEST_PG).
#include "document/serverplans.h"
#include "server/passwordkeyring.h"
#include "server/serverplandialog.h"
#include "shell/mainwindow.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/serverlogins.h"
#include "../support/testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace ap;

namespace {

bool keyringExpected()
{
    return qEnvironmentVariableIsEmpty("ANNUALPLAN_NO_KEYRING");
}

ServerAddress server(const QString &login, const QString &host = QStringLiteral("db.bureau.example"))
{
    ServerAddress a;
    a.user = login;
    a.host = host;
    a.port = 5432;
    a.database = QStringLiteral("bureau");
    return a;
}

} // namespace

TEST_CASE("A password kept in the keyring is read back for its own login and server only, never written to the settings, and gone once forgotten")
{
    if (!keyringExpected()) {
        WARN("no GNOME Keyring or dbus-run-session here (scripts/install-deps.sh installs them): only its absence is checked");
        CHECK_FALSE(PasswordKeyring::available());
        ServerPlanDialog dialog({});
        CHECK_FALSE(dialog.findChild<QCheckBox *>(QStringLiteral("RememberPasswordBox"))->isVisibleTo(&dialog));
        return;
    }
    REQUIRE(PasswordKeyring::available());
    const QString password = QStringLiteral("科室-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    REQUIRE(PasswordKeyring::keep(server(QStringLiteral("yizheng")), password));
    CHECK(PasswordKeyring::read(server(QStringLiteral("yizheng"))) == password);
    // The host's case is the same host.
    CHECK(PasswordKeyring::read(server(QStringLiteral("yizheng"), QStringLiteral("DB.Bureau.Example"))) == password);
    CHECK(PasswordKeyring::read(server(QStringLiteral("jiceng"))).isEmpty());
    CHECK(PasswordKeyring::read(server(QStringLiteral("yizheng"), QStringLiteral("other.example"))).isEmpty());
    ServerAddress otherDatabase = server(QStringLiteral("yizheng"));
    otherDatabase.database = QStringLiteral("city");
    CHECK(PasswordKeyring::read(otherDatabase).isEmpty());
    // Kept again: replaced, not a second.
    REQUIRE(PasswordKeyring::keep(server(QStringLiteral("yizheng")), password + QStringLiteral("2")));
    CHECK(PasswordKeyring::read(server(QStringLiteral("yizheng"))) == password + QStringLiteral("2"));
    // Nothing of the program's own holds it (its settings, or QtKeychain's plain-text store,
    // which is off): no file under the settings' and data folders has it.
    QSettings().sync();
    const QByteArray tail = password.right(10).toLatin1();
    for (const QStandardPaths::StandardLocation where : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppLocalDataLocation}) {
        QDirIterator files(QStandardPaths::writableLocation(where), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (file.contains(QStringLiteral("/keyrings/")))
                continue;   // the keyring's own (encrypted) store, where the test's keyring lives
            INFO(file.toStdString());
            CHECK_FALSE(testutil::readAll(file).contains(tail));
        }
    }
    PasswordKeyring::forget(server(QStringLiteral("yizheng")));
    CHECK(PasswordKeyring::read(server(QStringLiteral("yizheng"))).isEmpty());
}

TEST_CASE("A clerk ticks 在本机钥匙环中记住密码 once and the next run opens the plan without asking; a password changed on the server is asked again and replaces the kept one")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    if (!keyringExpected()) {
        WARN("no GNOME Keyring here: skipped");
        return;
    }
    QSettings().clear();
    const QString address = testutil::publishedSample(QStringLiteral("钥匙环-"));
    const QString name = QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8());
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("kr_") + tag, password = QStringLiteral("pw-") + tag;
    QString error;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("viewer"), QString(), password, &error));
    const QString asMember = testutil::addressAs(login, name);
    const ServerAddress member = testutil::parsedAddress(asMember);
    const QString administrator = qEnvironmentVariable("PGPASSWORD");
    const testutil::WithoutPassword typed;   // (a clerk's machine: no libpq password)
    ServerPlans::forgetPassword(member);

    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    // 1. Asked, as without a keyring; the password typed, Tab to the box, Space, Enter.
    {
        testutil::Answers answers;
        answers.then<ServerPlanDialog>([&](ServerPlanDialog *d) {
            auto *keep = d->findChild<QCheckBox *>(QStringLiteral("RememberPasswordBox"));
            REQUIRE(keep->isVisible());
            CHECK_FALSE(keep->isChecked());   // not kept unless asked
            testutil::typeIntoFocus(password);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            REQUIRE(QApplication::focusWidget() == keep);
            QTest::keyClick(keep, Qt::Key_Space);
            QTest::keyClick(keep, Qt::Key_Return);
        });
        REQUIRE(w.openPlan(testutil::planAt(asMember)));
        REQUIRE(answers.allAnswered());
    }
    CHECK(PasswordKeyring::read(member) == password);

    // 2. The next run (this run's password forgotten, the plan closed): opened with no question.
    auto closePlan = [&] {
        auto *close = w.findChild<QAction *>(QStringLiteral("CloseAction"));
        REQUIRE(close);
        close->trigger();
        ServerPlans::forgetPassword(member);
        REQUIRE_FALSE(w.document());
    };
    closePlan();
    {
        testutil::Answers none;   // any dialog would be left unanswered, and fail
        REQUIRE(w.openPlan(testutil::planAt(asMember)));
        CHECK(none.allAnswered());
    }
    REQUIRE(w.document());
    CHECK(w.document()->location().address().user == login);

    // 3. The password changed on the server: asked again, the kept one not offered, the box
    //    ticked, the new one typed and kept in its place.
    closePlan();
    const QString changed = password + QStringLiteral("-new");
    {
        const testutil::AsLogin asAdministrator(administrator);
        testutil::psql(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(login, changed));
    }
    QString offered;
    bool ticked = false;
    {
        testutil::Answers answers;
        answers.then<ServerPlanDialog>([&](ServerPlanDialog *d) {
            offered = d->findChild<QLineEdit *>(QStringLiteral("ServerPasswordEdit"))->text();
            ticked = d->findChild<QCheckBox *>(QStringLiteral("RememberPasswordBox"))->isChecked();
            testutil::typeIntoFocus(changed);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        REQUIRE(w.openPlan(testutil::planAt(asMember)));
        REQUIRE(answers.allAnswered());
    }
    CHECK(offered.isEmpty());
    CHECK(ticked);
    CHECK(PasswordKeyring::read(member) == changed);

    // 4. Untick the box when asked once more: the keyring keeps it no longer.
    closePlan();
    PasswordKeyring::keep(member, QStringLiteral("out-of-date"));
    {
        testutil::Answers answers;
        answers.then<ServerPlanDialog>([&](ServerPlanDialog *d) {
            testutil::typeIntoFocus(changed);
            auto *keep = d->findChild<QCheckBox *>(QStringLiteral("RememberPasswordBox"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            REQUIRE(QApplication::focusWidget() == keep);
            QTest::keyClick(keep, Qt::Key_Space);
            CHECK_FALSE(keep->isChecked());
            QTest::keyClick(keep, Qt::Key_Return);
        });
        REQUIRE(w.openPlan(testutil::planAt(asMember)));
        REQUIRE(answers.allAnswered());
    }
    CHECK(PasswordKeyring::read(member).isEmpty());
}

TEST_CASE("A member who chooses its own password on first open, with the box ticked, has the chosen one kept, not the first")
{
    if (testutil::testDatabase().isEmpty() || !keyringExpected()) {
        WARN("no PostgreSQL cluster or no GNOME Keyring here: skipped");
        return;
    }
    QSettings().clear();
    const QString address = testutil::publishedSample(QStringLiteral("钥匙环首次-"));
    const QString name = QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8());
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("krf_") + tag, first = QStringLiteral("first-") + tag,
                  chosen = QStringLiteral("chosen-") + tag;
    QString error;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("viewer"), QString(), first, &error, true));
    const QString asMember = testutil::addressAs(login, name);
    const ServerAddress member = testutil::parsedAddress(asMember);
    const testutil::WithoutPassword typed;
    ServerPlans::forgetPassword(member);
    PasswordKeyring::forget(member);

    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    testutil::Answers answers;
    answers.then<ServerPlanDialog>([&](ServerPlanDialog *d) {
        testutil::typeIntoFocus(first);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        REQUIRE(d->keepsPassword());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    answers.then<QDialog>([&](QDialog *d) {
        REQUIRE(d->objectName() == QStringLiteral("ChoosePasswordDialog"));
        d->findChild<QLineEdit *>(QStringLiteral("ChosenPassword"))->setFocus();
        testutil::typeIntoFocus(chosen);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        testutil::typeIntoFocus(chosen);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    REQUIRE(w.openPlan(testutil::planAt(asMember)));
    REQUIRE(answers.allAnswered());
    CHECK(PasswordKeyring::read(member) == chosen);
}

