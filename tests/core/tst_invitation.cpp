// An invitation to a shared plan (Invitation): the words a member reads, in Chinese, with the
// plan's address and never a password; read back to the same address; what is not one refused.
#include "domain/invitation.h"

#include "../support/testutil.h"

using namespace ap;

TEST_CASE("An invitation says which plan, server and login in Chinese and holds the plan's address, read back the same")
{
    QString error;
    const std::optional<ServerAddress> address =
        ServerAddress::parse(QStringLiteral("postgresql://jc_rep@db.qinghe.gov.cn:6432/bureau?plan=清河区2026年计划&sslmode=require"), &error);
    REQUIRE(address);
    const QString text = Invitation::text(*address, QStringLiteral("清河区2026年卫生健康工作计划"), QStringLiteral("报送人"),
                                          QStringLiteral("基层卫生科"));
    CHECK(text.contains(QStringLiteral("计划：清河区2026年卫生健康工作计划")));
    CHECK(text.contains(QStringLiteral("服务器：db.qinghe.gov.cn（端口 6432）")));
    CHECK(text.contains(QStringLiteral("登录名：jc_rep")));
    CHECK(text.contains(QStringLiteral("角色：报送人（基层卫生科）")));
    CHECK(text.contains(QStringLiteral("密码不在本邀请中")));
    CHECK(text.toUtf8().size() < Invitation::kMaxBytes);

    const std::optional<ServerAddress> back = Invitation::read(text, &error);
    INFO(error.toStdString());
    REQUIRE(back);
    CHECK(back->toString() == address->toString());
    CHECK(back->user == QStringLiteral("jc_rep"));
    CHECK(back->port == 6432);
    CHECK(back->options == address->options);
    // Files on the owner's computer are not the member's: left out, the way to connect kept.
    const std::optional<ServerAddress> withFiles = ServerAddress::parse(
        QStringLiteral("postgresql://jc_rep@db/bureau?plan=p&sslmode=verify-full&sslrootcert=/home/owner/ca.crt&sslcert=/home/owner/c.crt"),
        &error);
    REQUIRE(withFiles);
    const QString forMember = Invitation::text(*withFiles, QString(), QString(), QString());
    CHECK_FALSE(forMember.contains(QStringLiteral("/home/owner")));
    CHECK(Invitation::read(forMember, &error)->options == QStringList{QStringLiteral("sslmode=verify-full")});
    // Pasted into a message and copied back out with words around it, it is still the plan.
    CHECK(Invitation::read(QStringLiteral("王科长：请用下面的邀请打开。\n") + text + QStringLiteral("\n谢谢"), &error)->plan
          == address->plan);
}

TEST_CASE("A text with no plan address, or a wrong one, is no invitation, and says why")
{
    QString error;
    CHECK_FALSE(Invitation::read(QStringLiteral("年度计划 · 共享计划邀请\n计划：某计划"), &error));
    CHECK(error.contains(QStringLiteral("no plan address")));
    error.clear();
    // An address that would put a password or another option in: refused as the address field refuses it.
    CHECK_FALSE(Invitation::read(QStringLiteral("postgresql://a@h/db?plan=p&password=secret"), &error));
    CHECK_FALSE(error.isEmpty());
}
