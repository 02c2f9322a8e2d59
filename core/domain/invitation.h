#pragma once

#include "serveraddress.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// An invitation to a shared plan (邀请): what the plan's owner gives a member so that it opens the
// plan without typing an address — as a small .apinvite file that AnnualPlan opens by double-click,
// or as the same text pasted into a message. It says, in Chinese whatever the owner's language
// (it goes to a department as a document does), which plan, on which server, for which login and
// role, and holds the plan's address; never a password, which the member types (or was told apart).
namespace ap::Invitation {

// The file name suffix, without the dot.
inline constexpr char kSuffix[] = "apinvite";
// An invitation's file is small: anything far larger is not one.
inline constexpr qint64 kMaxBytes = 64 * 1024;

// The invitation to address's plan for its login (address.user): the plan's title, the role's
// and department's names as the member should read them.
QString text(const ServerAddress &address, const QString &planTitle, const QString &roleName, const QString &department);
// The plan's address in an invitation's text (the first address in it), or nullopt and why.
std::optional<ServerAddress> read(const QString &text, QString *error);

} // namespace ap::Invitation
