#include "invitation.h"

#include <QRegularExpression>

namespace ap::Invitation {

QString text(const ServerAddress &address, const QString &planTitle, const QString &roleName, const QString &department)
{
    // Fixed Chinese words: the invitation is read by the member, whatever the owner's UI language.
    QStringList lines;
    lines << QStringLiteral("年度计划 · 共享计划邀请") << QString()
          << QStringLiteral("计划：%1").arg(planTitle.isEmpty() ? address.plan : planTitle)
          << QStringLiteral("服务器：%1%2").arg(address.host, address.port != 5432 ? QStringLiteral("（端口 %1）").arg(address.port) : QString())
          << QStringLiteral("数据库：%1").arg(address.database) << QStringLiteral("登录名：%1").arg(address.user);
    if (!roleName.isEmpty())
        lines << QStringLiteral("角色：%1%2").arg(roleName, department.isEmpty() ? QString() : QStringLiteral("（%1）").arg(department));
    // Files named by the owner's address (its certificate and key, its CA) are the owner's computer's:
    // the member's address keeps the way it connects (sslmode, connect_timeout), not them.
    ServerAddress forMember = address;
    forMember.options.removeIf([](const QString &o) { return o.startsWith(QLatin1String("ssl")) && !o.startsWith(QLatin1String("sslmode=")); });
    lines << QString()
          << QStringLiteral("打开方法：在装有“年度计划”的电脑上双击本邀请文件；或在“年度计划”中选择 文件 ▸ 打开服务器上的共享计划…，"
                            "把下面的计划地址粘贴到“计划地址”一栏。密码不在本邀请中，请向计划所有者另行索取。")
          << QString() << QStringLiteral("计划地址：") << forMember.toString();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

std::optional<ServerAddress> read(const QString &text, QString *error)
{
    static const QRegularExpression addressPattern(QStringLiteral("postgres(?:ql)?://\\S+"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = addressPattern.match(text);
    if (!m.hasMatch()) {
        if (error)
            *error = ServerAddress::tr("This is not an invitation to a shared plan: it holds no plan address.");
        return std::nullopt;
    }
    return ServerAddress::parse(m.captured(0), error);
}

} // namespace ap::Invitation
