<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../engage_desktop/app.py" line="72"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="76"/>
        <source>The database was upgraded from schema %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="26"/>
        <source>Errors</source>
        <comment>Not allowed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="28"/>
        <source>Errors</source>
        <comment>Please check the form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="30"/>
        <source>Errors</source>
        <comment>Not found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="32"/>
        <source>Errors</source>
        <comment>Cannot do that</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="34"/>
        <source>Errors</source>
        <comment>Database problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="36"/>
        <source>Errors</source>
        <comment>Signed out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="37"/>
        <source>Errors</source>
        <comment>Unexpected error</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="55"/>
        <source>Agents who may use this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="61"/>
        <source>Search users by nickname or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="95"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="51"/>
        <source>%1 — coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="52"/>
        <source>This page is planned and will arrive with the %1 section work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="93"/>
        <location filename="../../engage_desktop/views/communities_page.py" line="101"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="94"/>
        <location filename="../../engage_desktop/views/communities_page.py" line="107"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="95"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="96"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="102"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="106"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="107"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="107"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="111"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="115"/>
        <source>1 community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="115"/>
        <source>%1 communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="116"/>
        <source>Search communities by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="118"/>
        <source>No communities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="120"/>
        <source>A community holds the identities of one network; create one before its channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="131"/>
        <location filename="../../engage_desktop/views/communities_page.py" line="150"/>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="138"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="141"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="177"/>
        <location filename="../../engage_desktop/views/communities_page.py" line="179"/>
        <source>Delete community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="178"/>
        <source>Delete the community “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="180"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="42"/>
        <source>Edit community “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="44"/>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="49"/>
        <source>e.g. Acme on Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="53"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="58"/>
        <source>Used by: %1. Its type cannot change while channels use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="63"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="39"/>
        <source>Database and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="44"/>
        <source>Leave the address empty to use the built-in SQLite file. To share one configuration between workstations, enter a PostgreSQL address such as postgresql://user:password@host/engage. ENGAGE_DB_URL, when set, overrides this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="54"/>
        <source>Database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="56"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="63"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="65"/>
        <source>Takes effect the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="75"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="95"/>
        <source>Connected. Schema version: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="96"/>
        <source>empty (will be created)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="142"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="142"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="142"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="143"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="143"/>
        <source>CRAM-MD5 (password not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="145"/>
        <source>Incoming mail (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="146"/>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="151"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="157"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="163"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="168"/>
        <source>No login (relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="171"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="173"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="178"/>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="180"/>
        <source>Comma-separated folder names to read, e.g. INBOX, Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="182"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="188"/>
        <source>Sender and threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="191"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="195"/>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="198"/>
        <source>Thread replies by their References headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="202"/>
        <source>Also thread by subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="205"/>
        <source>Reopen closed threads within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="208"/>
        <source>Where the chat is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="209"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="210"/>
        <source>iOS app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="211"/>
        <source>Android app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="213"/>
        <source>%1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="217"/>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="219"/>
        <source>The platform app this channel connects through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="222"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="224"/>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRoleDialog</name>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="330"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="332"/>
        <source>Duplicate role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="335"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="339"/>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="46"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="138"/>
        <source>Welcome — Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="139"/>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="142"/>
        <source>This database is empty. The first account you create holds every permission; you can invite the rest of the team afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="146"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="147"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="148"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="149"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="152"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="154"/>
        <source>At least 10 characters, including a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="156"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="157"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="162"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/form.py" line="201"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="65"/>
        <source>Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="71"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="83"/>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="87"/>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="112"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="115"/>
        <source>Sign out of Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="275"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="276"/>
        <source>Screen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="277"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="278"/>
        <location filename="../../engage_desktop/views/identities_page.py" line="285"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="279"/>
        <location filename="../../engage_desktop/views/identities_page.py" line="291"/>
        <source>Controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="281"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="288"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="290"/>
        <source>All identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="292"/>
        <source>Not controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="297"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="301"/>
        <source>1 identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="301"/>
        <source>%1 identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="302"/>
        <source>Search names, e-mails, network ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="304"/>
        <source>No identities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="305"/>
        <source>Identities arrive with the messages of each community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="330"/>
        <source>All communities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDetailPanel</name>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="122"/>
        <location filename="../../engage_desktop/views/identities_page.py" line="185"/>
        <source>No identity selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="130"/>
        <source>Screen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="131"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="132"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="133"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="134"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="135"/>
        <source>Network id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="143"/>
        <source>Identity group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="149"/>
        <source>Company identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="151"/>
        <source>Controlled identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="152"/>
        <source>Agents linked to it may reply as this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="162"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="163"/>
        <source>Choose agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="191"/>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="203"/>
        <source>Not part of an identity group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="206"/>
        <source>%1 — %2 identities in this customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="211"/>
        <source>Only a controlled identity can be used by agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="213"/>
        <source>No agent may use it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="216"/>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="220"/>
        <source>Click an agent to open their identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="234"/>
        <source>Release identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="235"/>
        <source>Stop agents from replying as “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="236"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="237"/>
        <source>These agents will no longer be able to reply as it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="66"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="68"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="136"/>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="168"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="479"/>
        <source>The list could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="479"/>
        <source>Check the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="481"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="496"/>
        <source>No match for “%1” with these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="497"/>
        <source>Clear the search and the filters to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="498"/>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="500"/>
        <source>No match for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="501"/>
        <source>Check the spelling, or clear the search to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="502"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="504"/>
        <source>No match for these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="505"/>
        <source>Change the filters, or clear them to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="506"/>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="513"/>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../engage_desktop/views/main_window.py" line="66"/>
        <source>Engage Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/main_window.py" line="219"/>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="44"/>
        <location filename="../../engage_desktop/views/navigation_map.py" line="49"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="55"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="59"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="60"/>
        <source>Agent capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="63"/>
        <source>Presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="70"/>
        <location filename="../../engage_desktop/views/navigation_map.py" line="75"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="81"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="87"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="95"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="99"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="103"/>
        <source>Routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="107"/>
        <source>Topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="110"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="114"/>
        <source>Queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="121"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="125"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="129"/>
        <source>Identity groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="134"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="137"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="138"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="139"/>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="144"/>
        <source>Agent tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="149"/>
        <source>Reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="154"/>
        <source>Reply-assistant groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="159"/>
        <source>E-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="164"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="171"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="175"/>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="177"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="180"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="185"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="189"/>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="193"/>
        <source>API access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="196"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../engage_desktop/views/navigation_bar.py" line="311"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationDrawer</name>
    <message>
        <location filename="../../engage_desktop/views/navigation_bar.py" line="159"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoPagesState</name>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="91"/>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="92"/>
        <source>Your role does not give access to any page of this console. Ask an administrator to add the permissions you need to your role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLoadFailed</name>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="66"/>
        <source>%1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="69"/>
        <source>Something went wrong while opening this page; the details were written to the log. Try again, and if it keeps failing, send the log to your support team.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="74"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="27"/>
        <source>Read users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="28"/>
        <source>Create users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="29"/>
        <source>Edit users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="30"/>
        <source>Invite users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="31"/>
        <source>Sign in as another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="32"/>
        <source>Manage users of my teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="33"/>
        <source>Manage teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="34"/>
        <source>Manage roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="35"/>
        <source>See agents&apos; presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="36"/>
        <source>Read channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="37"/>
        <source>Create channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="38"/>
        <source>Edit channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="39"/>
        <source>Read communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="40"/>
        <source>Create communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="41"/>
        <source>Edit communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="42"/>
        <source>Read identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="43"/>
        <source>Edit identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="44"/>
        <source>Manage identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="45"/>
        <source>Lock identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="46"/>
        <source>Anonymize identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="47"/>
        <source>Export identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="48"/>
        <source>Manage categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="49"/>
        <source>Manage topologies and routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="50"/>
        <source>Monitor all tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="51"/>
        <source>Monitor my teams&apos; tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="52"/>
        <source>Receive tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="53"/>
        <source>Pick tasks in pull mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="54"/>
        <source>Manage rules-engine rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="55"/>
        <source>Manage tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="56"/>
        <source>Manage custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="57"/>
        <source>Manage folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="58"/>
        <source>Read exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="59"/>
        <source>Run deferred content exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="60"/>
        <source>Read the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="61"/>
        <source>Search the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="62"/>
        <source>Read statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="63"/>
        <source>Read own statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="64"/>
        <source>Manage automated exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="65"/>
        <source>Manage the reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="66"/>
        <source>Reply with the reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="67"/>
        <source>Manage e-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="68"/>
        <source>Manage chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="69"/>
        <source>Manage messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="70"/>
        <source>Manage surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="71"/>
        <source>Read surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="72"/>
        <source>Manage ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="73"/>
        <source>Manage App SDK applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="74"/>
        <source>Edit account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="75"/>
        <source>Edit business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="76"/>
        <source>Configure extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="77"/>
        <source>Turn extensions on and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="78"/>
        <source>Manage API access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="79"/>
        <source>Manage custom notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="80"/>
        <source>Manage own notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="81"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="82"/>
        <source>See previous messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="83"/>
        <source>Open threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="84"/>
        <source>Close threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="85"/>
        <source>Delete threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="86"/>
        <source>Edit any intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="87"/>
        <source>Edit own interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="88"/>
        <source>Assign interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="89"/>
        <source>Approve replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="90"/>
        <source>Publish replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="91"/>
        <source>Mute messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="92"/>
        <source>Block message authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="93"/>
        <source>Stamp replies as official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="94"/>
        <source>Use emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="95"/>
        <source>Open the help center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="96"/>
        <source>Ask an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="97"/>
        <source>Escalate to video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="98"/>
        <source>Use co-browsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="103"/>
        <source>Users &amp; teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="104"/>
        <source>Channels &amp; identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="105"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="106"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="107"/>
        <source>Agent tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="108"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="109"/>
        <source>Conversation work (agent interface)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="159"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="184"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="141"/>
        <source>Edit role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="141"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="146"/>
        <source>e.g. Night-shift supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="148"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="150"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="162"/>
        <source>Filter permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="186"/>
        <source>Your role lacks this permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="200"/>
        <source>Tick or clear every permission of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="276"/>
        <source>%1 of %2 permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="25"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="28"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="33"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="34"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="40"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="41"/>
        <source>Any permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="45"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="46"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="46"/>
        <source>Given to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="46"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="50"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="55"/>
        <source>Search roles by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="57"/>
        <source>No roles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="58"/>
        <source>A role decides what its users may see and do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="62"/>
        <location filename="../../engage_desktop/views/roles_page.py" line="91"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="69"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="76"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="83"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="99"/>
        <source>1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="99"/>
        <source>%1 roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="128"/>
        <location filename="../../engage_desktop/views/roles_page.py" line="130"/>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="129"/>
        <source>Delete the role “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="131"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="39"/>
        <source>Stored in the keyring — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="39"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="41"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="109"/>
        <source>Sign in — Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="110"/>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="114"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="111"/>
        <source>Use your e-mail address or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="112"/>
        <source>E-mail or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="113"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="119"/>
        <source>Enter your e-mail address or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/source_editor.py" line="25"/>
        <source>Edit channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFormWidget</name>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="61"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="74"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="75"/>
        <location filename="../../engage_desktop/views/source_form.py" line="171"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="82"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="84"/>
        <source>Routing channels are managed in Routing › Routing channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="89"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="90"/>
        <source>Hide from statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="95"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="109"/>
        <source>Routing and SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="114"/>
        <source>Default categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="119"/>
        <source>Categories of agent-opened threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="127"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="129"/>
        <source>No business hours yet: create them in Settings › Business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="133"/>
        <source>SLA: first reply within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="137"/>
        <source>SLA warning at (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="139"/>
        <source>Share of the SLA time used when the task turns orange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="143"/>
        <source>Raise to maximum priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="144"/>
        <source>Raise halfway to maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="145"/>
        <source>Keep the base priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="150"/>
        <source>When the SLA expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="152"/>
        <source>Default task priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="155"/>
        <source>Boost per new message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="159"/>
        <source>Boost for transferred tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="163"/>
        <source>Languages and archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="169"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="175"/>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="176"/>
        <source>Detect the language of incoming messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="179"/>
        <source>Archive messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="185"/>
        <source>Archive after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="281"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="282"/>
        <source>Connecting to the IMAP and SMTP servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="297"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="297"/>
        <source>The connection does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceWizard</name>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="39"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="83"/>
        <source>Your role cannot create communities: ask an administrator to create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="100"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="104"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="108"/>
        <source>Create channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="187"/>
        <source>What kind of channel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="188"/>
        <source>A %1 community is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="189"/>
        <source>Set up the %1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="193"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="198"/>
        <source>There is no active %1 community yet. Every channel belongs to a community of its type, which holds the identities of its customers. Create one to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="202"/>
        <source>Create a %1 community…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="63"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="84"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="66"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="71"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="72"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="73"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="90"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="85"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="89"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="90"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="90"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="94"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="98"/>
        <source>1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="98"/>
        <source>%1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="99"/>
        <source>Search channels by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="101"/>
        <source>No channels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="103"/>
        <source>A channel is one connected account: a mailbox, a Facebook page, a web chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="115"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="142"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="122"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="125"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="240"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="256"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="134"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="171"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="209"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="171"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="222"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="188"/>
        <source>Its conversations stop being routed to agents (routing channel “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="192"/>
        <source>Its conversations stop being routed to agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="196"/>
        <source>Incoming messages stop: nothing new is fetched from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="201"/>
        <source>Agents can no longer reply through it. Nothing is deleted; you can activate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="207"/>
        <source>Deactivate channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="208"/>
        <source>Deactivate the channel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="220"/>
        <source>Activate channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="221"/>
        <source>Activate the channel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="224"/>
        <source>Its messages will be fetched and routed to agents again, and agents may reply through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="241"/>
        <source>Connecting to the servers of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="257"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="257"/>
        <source>The connection does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="35"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="36"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="37"/>
        <location filename="../../engage_desktop/views/users_page.py" line="42"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="38"/>
        <location filename="../../engage_desktop/views/users_page.py" line="45"/>
        <location filename="../../engage_desktop/views/users_page.py" line="46"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="39"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="46"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="46"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="50"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="55"/>
        <source>Search by name, nickname or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="57"/>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="58"/>
        <source>Users appear here once they are created or invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="63"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="72"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="88"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="91"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="91"/>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="95"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="96"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="96"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="99"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="115"/>
        <location filename="../../engage_desktop/views/users_page.py" line="117"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="116"/>
        <source>Disable %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="118"/>
        <source>They can no longer sign in or act until enabled again. Their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="52"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="66"/>
        <source>Database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
