// A member's first password, given by the plan's owner to be replaced (server format 11): the
// member is asked, chooses its own through its own login, and is asked no more; the first
// password stops working; no member clears or reads another's flag. Against the private cluster
// (ANNUALPLAN_TEST_PG).
#include "document/serverplans.h"

#include "../support/serverlogins.h"
#include "../support/testutil.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

using namespace ap;

namespace {

struct Member
{
    QString login, password, address;
};

// A login the owner made for the plan at address with a first password (to be chosen again when
// chooses), remembered for the run.
Member granted(const QString &address, const QString &stem, bool chooses)
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    Member m{stem + tag, QStringLiteral("first-") + tag, QString()};
    QString error;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), m.login, QStringLiteral("viewer"), QString(), m.password,
                               &error, chooses));
    const QString name = QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8());
    m.address = testutil::addressAs(m.login, name);
    ServerPlans::rememberPassword(testutil::parsedAddress(m.address), m.password);
    return m;
}

bool logsIn(const Member &m, const QString &password)
{
    return testutil::psqlAs(m.login, password, testutil::testDatabase().section(u'/', -1), QString(), QStringLiteral("SELECT 1"))
               .exitCode
        == 0;
}

} // namespace

TEST_CASE("A member given a first password chooses its own once, and the first one no longer opens anything")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = testutil::publishedSample(QStringLiteral("首次密码-"));
    const Member first = granted(address, QStringLiteral("first_"), true);
    const Member plain = granted(address, QStringLiteral("plain_"), false);
    bool asked = false;
    QString error;
    CHECK(ServerPlans::passwordToChoose(testutil::parsedAddress(first.address), &asked, &error));
    CHECK(asked);
    CHECK_FALSE(ServerPlans::passwordToChoose(testutil::parsedAddress(plain.address), &asked, &error));
    CHECK(asked);

    // Another member cannot clear it for them: the function clears only the caller's own.
    CHECK(testutil::psqlAs(plain.login, plain.password, testutil::testDatabase().section(u'/', -1),
                           testutil::psql(QStringLiteral("SELECT schema_name FROM annualplan.plans WHERE name = '%1'")
                                              .arg(QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8()))),
                           QStringLiteral("SELECT password_chosen()"))
              .exitCode
          == 0);
    CHECK(ServerPlans::passwordToChoose(testutil::parsedAddress(first.address), &asked, &error));

    // Nor read who is still on a first password (the owner handed those out).
    const QString database = testutil::testDatabase().section(u'/', -1);
    const QString schema = testutil::psql(QStringLiteral("SELECT schema_name FROM annualplan.plans WHERE name = '%1'")
                                              .arg(QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8())));
    CHECK(testutil::psqlAs(plain.login, plain.password, database, schema, QStringLiteral("SELECT login FROM member_first_password"))
              .exitCode
          != 0);

    // Not the first password again, nor a short one: said, nothing changed.
    CHECK_FALSE(ServerPlans::choosePassword(testutil::parsedAddress(first.address), first.password, &error));
    CHECK(error.contains(QStringLiteral("first one")));
    CHECK_FALSE(ServerPlans::choosePassword(testutil::parsedAddress(first.address), QStringLiteral("short"), &error));
    CHECK(error.contains(QStringLiteral("at least")));
    CHECK(logsIn(first, first.password));

    // Published over (replaced), the plan keeps who is still to choose.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("copy.aplan"));
    REQUIRE(ServerPlans::copy(testutil::parsedAddress(address), file, &error));
    REQUIRE(ServerPlans::publish(file, testutil::parsedAddress(address), true, &error));
    CHECK(ServerPlans::passwordToChoose(testutil::parsedAddress(first.address), &asked, &error));

    // Chosen: the new password opens the plan, the first one nothing; asked no more.
    INFO(error.toStdString());
    REQUIRE(ServerPlans::choosePassword(testutil::parsedAddress(first.address), QStringLiteral("我自己的新密码-1"), &error));
    CHECK_FALSE(ServerPlans::passwordToChoose(testutil::parsedAddress(first.address), &asked, &error));
    CHECK(asked);
    CHECK(logsIn(first, QStringLiteral("我自己的新密码-1")));
    CHECK_FALSE(logsIn(first, first.password));
    // The owner's members list still has the member, with its role.
    QList<PlanMember> members;
    REQUIRE(ServerPlans::members(testutil::parsedAddress(address), &members, &error));
    CHECK(std::any_of(members.cbegin(), members.cend(), [&](const PlanMember &m) { return m.login == first.login; }));
}

TEST_CASE("A member's first password flag is the owner's to set: granted again without a password it stays as it was")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = testutil::publishedSample(QStringLiteral("首次密码二-"));
    const Member m = granted(address, QStringLiteral("again_"), true);
    QString error;
    // A new role, no new password: still to choose.
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), m.login, QStringLiteral("editor"), QString(), std::nullopt,
                               &error, false));
    bool asked = false;
    {
        const testutil::WithoutPassword typed;
        CHECK(ServerPlans::passwordToChoose(testutil::parsedAddress(m.address), &asked, &error));
    }
    // A new password without the choice: not to choose any more.
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), m.login, QStringLiteral("editor"), QString(),
                               QStringLiteral("second-pw"), &error, false));
    ServerPlans::rememberPassword(testutil::parsedAddress(m.address), QStringLiteral("second-pw"));
    const testutil::WithoutPassword typed;
    CHECK_FALSE(ServerPlans::passwordToChoose(testutil::parsedAddress(m.address), &asked, &error));
    CHECK(asked);
}
