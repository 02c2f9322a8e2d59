// A database prepared once for AnnualPlan by its owner (ServerDatabase, `annualplan server init`):
// any login it names publishes plans there, none replaces, changes or removes another's, and what
// is refused is said in the program's words. Runs against the private cluster scripts/test.sh starts.
#include "document/serverplans.h"

#include "../support/serverlogins.h"
#include "../support/testutil.h"

#include <QTemporaryDir>
#include <QUuid>

using namespace ap;

namespace {

QString tag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// The database's own address for login (no plan), and a plan's in it.
ServerAddress databaseOf(const testutil::Bureau &b, const QString &login)
{
    ServerAddress a = testutil::parsedAddress(testutil::addressAs(login, QStringLiteral("x"), b.database));
    a.plan.clear();
    return a;
}

ServerAddress planOf(const testutil::Bureau &b, const QString &login, const QString &plan)
{
    return testutil::parsedAddress(testutil::addressAs(login, plan, b.database));
}

} // namespace

TEST_CASE("A database prepared once by its owner lets a second editor publish, and neither touches the other's plan")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString t = tag();
    const testutil::Bureau bureau(t);
    // A second editor of the bureau, as its IT makes a clerk's login (no superuser).
    const QString second = QStringLiteral("second_") + t, secondPassword = QStringLiteral("pw2-") + t;
    const QString stranger = QStringLiteral("stranger_") + t, strangerPassword = QStringLiteral("pw3-") + t;
    testutil::psql(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(second, secondPassword));
    testutil::psql(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(stranger, strangerPassword));
    QTemporaryDir dir;
    const QString file = testutil::samplePlanFile(dir);
    QString error;

    // Only the database's owner prepares it.
    {
        testutil::AsLogin as(secondPassword);
        CHECK_FALSE(ServerPlans::initDatabase(databaseOf(bureau, second), {second}, &error));
        CHECK(error.contains(QStringLiteral("Only the owner")));
    }
    {
        testutil::AsLogin as(bureau.password);
        const bool prepared = ServerPlans::initDatabase(databaseOf(bureau, bureau.clerk), {second}, &error);
        INFO(error.toStdString());
        REQUIRE(prepared);
        // Again, to add no one: nothing breaks.
        REQUIRE(ServerPlans::initDatabase(databaseOf(bureau, bureau.clerk), {}, &error));
        CHECK_FALSE(ServerPlans::initDatabase(databaseOf(bureau, bureau.clerk), {QStringLiteral("nobody_") + t}, &error));
        CHECK(error.contains(QStringLiteral("no login")));
        REQUIRE(ServerPlans::publish(file, planOf(bureau, bureau.clerk, QStringLiteral("一号计划")), false, &error));
    }
    // The second editor publishes a plan of its own, and is its owner.
    {
        testutil::AsLogin as(secondPassword);
        const bool published = ServerPlans::publish(file, planOf(bureau, second, QStringLiteral("二号计划")), false, &error);
        INFO(error.toStdString());
        CHECK(published);
        QList<ListedPlan> plans;
        REQUIRE(ServerPlans::list(databaseOf(bureau, second), &plans, &error));
        REQUIRE(plans.size() == 1);
        CHECK(plans.first().name == QStringLiteral("二号计划"));
        CHECK(plans.first().role == QStringLiteral("owner"));
        // It may not replace the first's plan, and is told whose it is.
        CHECK_FALSE(ServerPlans::publish(file, planOf(bureau, second, QStringLiteral("一号计划")), true, &error));
        CHECK(error.contains(bureau.clerk));
    }
    // Nor by hand: the list's rows are each publisher's own.
    const QString gone = testutil::psqlAs(second, secondPassword, bureau.database, QString(),
                                          QStringLiteral("DELETE FROM annualplan.plans WHERE name = '一号计划' RETURNING name"))
                             .out.trimmed();
    CHECK(gone.isEmpty());
    const QString moved = testutil::psqlAs(second, secondPassword, bureau.database, QString(),
                                           QStringLiteral("UPDATE annualplan.plans SET schema_version = 1 WHERE name = '一号计划' RETURNING name"))
                              .out.trimmed();
    CHECK(moved.isEmpty());
    const testutil::Psql spoofed = testutil::psqlAs(second, secondPassword, bureau.database, QString(),
                                                    QStringLiteral("INSERT INTO annualplan.plans (name, schema_name, schema_version, published_by) "
                                                                   "VALUES ('假计划', 'nowhere', 9, '%1')")
                                                        .arg(bureau.clerk));
    CHECK(spoofed.exitCode != 0);
    // Nor a row of its own for a schema it does not own, or of a name the program does not make
    // (the name is later put into statements).
    for (const QString &schema : {QStringLiteral("plan_000000000000000000000000"), QStringLiteral("x\"; DROP SCHEMA public; --")})
        CHECK(testutil::psqlAs(second, secondPassword, bureau.database, QString(),
                               QStringLiteral("INSERT INTO annualplan.plans (name, schema_name, schema_version) VALUES ('%1', '%2', 9)")
                                   .arg(QUuid::createUuid().toString(), QString(schema).replace(QLatin1Char('\''), QStringLiteral("''"))))
                  .exitCode
              != 0);
    // Nor moves its own row onto another's plan, or says someone else listed it.
    CHECK(testutil::psqlAs(second, secondPassword, bureau.database, QString(),
                           QStringLiteral("UPDATE annualplan.plans SET published_by = '%1' WHERE name = '二号计划'").arg(bureau.clerk))
              .exitCode
          != 0);
    CHECK(testutil::psql(QStringLiteral("SELECT string_agg(name || ':' || published_by, ',' ORDER BY name) FROM annualplan.plans"),
                         bureau.database)
          == QStringLiteral("一号计划:%1,二号计划:%2").arg(bureau.clerk, second));
    // A login the owner did not name publishes nothing, and is told who prepares the database.
    {
        testutil::AsLogin as(strangerPassword);
        CHECK_FALSE(ServerPlans::publish(file, planOf(bureau, stranger, QStringLiteral("三号计划")), false, &error));
        CHECK(error.contains(QStringLiteral("server init")));
    }
}
