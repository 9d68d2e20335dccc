<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountSettingsPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="18"/>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="19"/>
        <source>How the whole account works. Every change is written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="24"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="25"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="28"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="30"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="31"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="32"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="39"/>
        <source>Weeks start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="42"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="43"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="44"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="49"/>
        <source>Content languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="51"/>
        <source>Language codes separated by commas, e.g. fr, en, de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="55"/>
        <source>Several languages per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="57"/>
        <source>Agent interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="61"/>
        <source>Routing mode: push work to agents as tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="69"/>
        <source>A task is urgent after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="70"/>
        <source> % of its SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="74"/>
        <source>Close idle interventions after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="75"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="75"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="80"/>
        <source>Merge identities of the same customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="85"/>
        <source>Agents may reply as any company identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="88"/>
        <source>Spell-check replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="91"/>
        <source>Track agent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="95"/>
        <source>Away after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="96"/>
        <source> minutes without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="116"/>
        <source>Inbox mode: agents pick work from folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="151"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/action_bar.py" line="27"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/action_bar.py" line="30"/>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/action_bar.py" line="31"/>
        <source>The actions that do not fit in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="56"/>
        <source>Agents who may use this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="62"/>
        <source>Search users by nickname or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="96"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokenDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="31"/>
        <source>Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="36"/>
        <source>New API access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="36"/>
        <source>Edit API access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="38"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="41"/>
        <source>e.g. Website chat intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="44"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="53"/>
        <source>Acts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="56"/>
        <source>The token can do what this user&apos;s role allows. Only users with no more permissions than yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokensPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="120"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="122"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="123"/>
        <source>Acts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="124"/>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="132"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="124"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="124"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="125"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="126"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="131"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="132"/>
        <source>All tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="132"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="136"/>
        <source>API access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="141"/>
        <source>Search tokens by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="143"/>
        <source>No API access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="144"/>
        <source>A token lets a program (the local intake, a script) act as one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="149"/>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="167"/>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="156"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="159"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="175"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="199"/>
        <source>Revoke API access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="200"/>
        <source>Revoke the token “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="201"/>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="202"/>
        <source>Programs using it are refused at once. The revocation is written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../engage_desktop/app.py" line="231"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="335"/>
        <source>Signing in to the demo database as its administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="370"/>
        <source>Cannot open the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="221"/>
        <source>The database was upgraded from schema %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignTaskDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="73"/>
        <source>Assign task #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="77"/>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="78"/>
        <source>Search agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="82"/>
        <source>Agents who may take this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="84"/>
        <source>%1 — %2 (%3, hard capacity %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="95"/>
        <source>Least busy first. A supervisor may assign up to the agent&apos;s hard capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="97"/>
        <source>No connected agent may take this task now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="101"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomatedExportEditor</name>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="48"/>
        <source>Automated export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="57"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="61"/>
        <source>At (hour, your time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="64"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="66"/>
        <source>Everything (complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="67"/>
        <source>Created in the past day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="68"/>
        <source>Created in the past week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="69"/>
        <source>Created in the past month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="73"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="76"/>
        <source>Excel, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="77"/>
        <source>Excel, French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="82"/>
        <source>Exports and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="97"/>
        <source>%1 (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="108"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="111"/>
        <source>{label} (the task&apos;s name), {year}, {month}, {day}, {export_name}; “.csv” or “.zip” is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="114"/>
        <source>One zip file for all the exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="116"/>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="117"/>
        <source>A folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="118"/>
        <source>An SFTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="124"/>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="129"/>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="174"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="125"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="130"/>
        <source>SFTP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="131"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="134"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="135"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="136"/>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="137"/>
        <source>A password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="138"/>
        <source>A private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="140"/>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="143"/>
        <source>Password or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="145"/>
        <source>Kept in the system keyring. Leave empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="156"/>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="230"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="158"/>
        <source>Test the SFTP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="162"/>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="223"/>
        <source>Server&apos;s host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="164"/>
        <source>Run on schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="221"/>
        <source>Not checked yet: test the connection to see the server&apos;s key and trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="231"/>
        <source>Connecting to the SFTP server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="255"/>
        <source>%1 (trusted; the connection works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="261"/>
        <source>The SFTP server now shows another host key: %1. Trust this new key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="263"/>
        <source>The SFTP server identifies itself with the host key %1. Trust this key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="267"/>
        <source>SFTP server&apos;s host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="269"/>
        <source>Trust this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="271"/>
        <source>Compare it with the fingerprint your server&apos;s administrator gives you (ssh-keygen -lf on the server&apos;s key). Once saved, a run that meets another key fails without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomatedExports</name>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="38"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="39"/>
        <source>Every Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="40"/>
        <source>1st of the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChoiceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="42"/>
        <source>holds permissions your role lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="46"/>
        <source>Choose a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="48"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="59"/>
        <source>Choose a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="61"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="41"/>
        <source>Change the role of %Ln user(s)</source>
        <translation>
            <numerusform>Change the role of %Ln user</numerusform>
            <numerusform>Change the role of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="52"/>
        <source>Add %Ln user(s) to a team</source>
        <translation>
            <numerusform>Add %Ln user to a team</numerusform>
            <numerusform>Add %Ln users to a team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="54"/>
        <source>Remove %Ln user(s) from a team</source>
        <translation>
            <numerusform>Remove %Ln user from a team</numerusform>
            <numerusform>Remove %Ln users from a team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="64"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="66"/>
        <source>One journal event per user changed. If one of them cannot be changed, nobody is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="68"/>
        <source>A leader taken out of the team stops leading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="75"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="76"/>
        <source>Add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="76"/>
        <source>Remove from team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="83"/>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="83"/>
        <source>Choose a team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDiffView</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="57"/>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="126"/>
        <source>Compare with a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="60"/>
        <source>No bundle chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="62"/>
        <source>&amp;Choose a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="64"/>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="112"/>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="76"/>
        <source>Objects that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="77"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="77"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="85"/>
        <source>Fields of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="86"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="86"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="86"/>
        <source>In the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="93"/>
        <source>Problems of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="112"/>
        <source>Bundles (*.zip manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="126"/>
        <source>Reading and comparing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="144"/>
        <source>This bundle cannot be used; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="158"/>
        <source>The bundle and this configuration are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="161"/>
        <source>In the bundle: %n added,</source>
        <translation>
            <numerusform>In the bundle: %n added,</numerusform>
            <numerusform>In the bundle: %n added,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="161"/>
        <source>%n missing from it,</source>
        <translation>
            <numerusform>%n missing from it,</numerusform>
            <numerusform>%n missing from it,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="162"/>
        <source>%n changed.</source>
        <translation>
            <numerusform>%n changed.</numerusform>
            <numerusform>%n changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="170"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="173"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="176"/>
        <source>not in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="35"/>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="118"/>
        <source>Export configuration to a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="39"/>
        <source>Zip bundle (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="40"/>
        <source>New bundle folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="119"/>
        <source>Writing the configuration to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleFileActions</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="39"/>
        <source>E&amp;xport configuration to a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="42"/>
        <source>&amp;Import a bundle into a workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="45"/>
        <source>Mer&amp;ge this workspace into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="68"/>
        <source>Workspace: %1 — Engage Desktop — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="73"/>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="74"/>
        <source>Workspace (not the main database): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="79"/>
        <source>This is the workspace %1, not the main database: changes stay in this file until you merge them (File › Merge this workspace into…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="46"/>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessHoursPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="30"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="31"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="32"/>
        <source>Open days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="34"/>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="36"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="37"/>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="44"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="37"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="37"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="38"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="43"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="44"/>
        <source>All time sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="44"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="48"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="53"/>
        <source>Search time sheets by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="55"/>
        <source>No time sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="57"/>
        <source>A time sheet says when sources are open: hours per weekday, holidays and a time zone. Routing deadlines count only open time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="64"/>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="89"/>
        <source>New time sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="71"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="74"/>
        <source>Import holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="81"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="97"/>
        <source>1 time sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="99"/>
        <source>%1 time sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="123"/>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="146"/>
        <source>Import holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="125"/>
        <source>Holidays (*.csv *.ics *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="143"/>
        <source>%Ln holiday(s) added to “%1”.</source>
        <translation>
            <numerusform>%Ln holiday added to “%1”.</numerusform>
            <numerusform>%Ln holidays added to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="156"/>
        <source>%Ln source(s) use it and will have no business hours (always open). The deletion is written to the audit journal.</source>
        <translation>
            <numerusform>%Ln source uses it and will have no business hours (always open). The deletion is written to the audit journal.</numerusform>
            <numerusform>%Ln sources use it and will have no business hours (always open). The deletion is written to the audit journal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="152"/>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="154"/>
        <source>Delete time sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="153"/>
        <source>Delete the time sheet “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/busy_bar.py" line="21"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="27"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="30"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="37"/>
        <source>Default / maximum per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="38"/>
        <source>No override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="42"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="43"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="45"/>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="47"/>
        <source>Agent capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="52"/>
        <source>Search capacities by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="53"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="54"/>
        <source>No agent capacities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="56"/>
        <source>A capacity sets, per routing channel, how many tasks the agents given it take at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="61"/>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="79"/>
        <source>New capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="68"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="71"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="92"/>
        <source>%Ln capacity(ies)</source>
        <translation>
            <numerusform>%Ln capacity</numerusform>
            <numerusform>%Ln capacities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="127"/>
        <source>It is given to %Ln user(s), who will have none.</source>
        <translation>
            <numerusform>It is given to %Ln user, who will have none.</numerusform>
            <numerusform>It is given to %Ln users, who will have none.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="120"/>
        <source>Delete agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="121"/>
        <source>Delete the agent capacity “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="122"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="124"/>
        <source>Delete capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="128"/>
        <source>The routing channels&apos; own capacities then apply to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="129"/>
        <source>Take away and delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="108"/>
        <source>Edit agent capacity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="110"/>
        <source>New agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="115"/>
        <source>e.g. Senior agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="117"/>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="190"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="119"/>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="190"/>
        <source>Limits per routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="124"/>
        <source>Tick the channels this capacity overrides; the others keep the routing channel&apos;s own capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="127"/>
        <source>There are no routing channels yet: limits can be set once channels exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="145"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="178"/>
        <source>None: each routing channel&apos;s own capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="182"/>
        <source>Agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="187"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="187"/>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="202"/>
        <source>Tasks pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="187"/>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="202"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="234"/>
        <source>Without an agent capacity, each routing channel&apos;s own soft and hard capacity applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="238"/>
        <source>Routing pushes this agent up to “Tasks pushed” tasks per channel; transfers by hand can reach “At most”. Other routing channels keep their own capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="241"/>
        <source>Capacities are defined in Users › Agent capacities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityUsersBox</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="42"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="43"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="44"/>
        <source>On save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="53"/>
        <source>Search these users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="73"/>
        <source>Give to users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="77"/>
        <source>Take away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="80"/>
        <source>Take this capacity from the selected users (again: keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="127"/>
        <source>Moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="127"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="129"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="159"/>
        <source>Give this capacity to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="160"/>
        <source>Give</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="198"/>
        <source>Given to %Ln user(s)</source>
        <translation>
            <numerusform>Given to %Ln user</numerusform>
            <numerusform>Given to %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="205"/>
        <source>on save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="189"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="175"/>
        <source>Search categories by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="181"/>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="183"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="185"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="187"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="188"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="217"/>
        <source>No categories yet. Categories tell what a message is about; agents&apos; categories act as skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="266"/>
        <source>%Ln matching category(ies)</source>
        <translation>
            <numerusform>%Ln matching category</numerusform>
            <numerusform>%Ln matching categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="268"/>
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln category</numerusform>
            <numerusform>%Ln categories</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="393"/>
        <source>Imported: %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="394"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="395"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="396"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="301"/>
        <source>Cannot move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="344"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="346"/>
        <source>Delete category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="345"/>
        <source>Delete the category “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="347"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="362"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="376"/>
        <source>Import categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="362"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="418"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="377"/>
        <source>Importing the categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="401"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="406"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="418"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="426"/>
        <source>Export categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="427"/>
        <source>Exporting the categories…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="295"/>
        <source>Filter categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="327"/>
        <source>A grouping category: tick the categories inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="336"/>
        <source>Routing gives this agent the conversations of these categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="339"/>
        <source>No category yet: create them in Routing › Categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="351"/>
        <source>%Ln skill(s)</source>
        <translation>
            <numerusform>%Ln skill</numerusform>
            <numerusform>%Ln skills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryDeleteDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="153"/>
        <source>Delete category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="168"/>
        <source>“%1” has %Ln subcategory(ies). What happens to them?</source>
        <translation>
            <numerusform>“%1” has %Ln subcategory. What happens to it?</numerusform>
            <numerusform>“%1” has %Ln subcategories. What happens to them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="173"/>
        <source>Move them up to the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="174"/>
        <source>Move them under another category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="177"/>
        <source>Delete them too (%1 categories in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="195"/>
        <source>%Ln user(s) as a skill</source>
        <translation>
            <numerusform>%Ln user as a skill</numerusform>
            <numerusform>%Ln users as a skill</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="196"/>
        <source>%Ln channel(s) as a default category</source>
        <translation>
            <numerusform>%Ln channel as a default category</numerusform>
            <numerusform>%Ln channels as a default category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="197"/>
        <source>%Ln routing channel(s) for auto-complete</source>
        <translation>
            <numerusform>%Ln routing channel for auto-complete</numerusform>
            <numerusform>%Ln routing channels for auto-complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="198"/>
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln rule</numerusform>
            <numerusform>%Ln rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="199"/>
        <source>%Ln topology(ies)</source>
        <translation>
            <numerusform>%Ln topology</numerusform>
            <numerusform>%Ln topologies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="203"/>
        <source>In use by %1. These references are removed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="210"/>
        <source>Every change is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="214"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="50"/>
        <source>Edit category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="50"/>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="58"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="71"/>
        <source>Mandatory (an agent must pick one of this branch before closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="73"/>
        <source>Multiple (several subcategories may be picked together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="74"/>
        <source>Unselectable (a grouping node only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="75"/>
        <source>Post-qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="86"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="123"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="87"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="123"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="88"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="123"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="94"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="97"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="99"/>
        <source>Channels where agents may pick it; none ticked means every channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="56"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="57"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="58"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="59"/>
        <source>Rules, topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="93"/>
        <source>mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="94"/>
        <source>multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="95"/>
        <source>unselectable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="96"/>
        <source>post-qualification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBanner</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="70"/>
        <source>This was changed at another workstation since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="72"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="73"/>
        <source>Show the saved values; what you typed here is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="75"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="76"/>
        <source>Saving will show both versions and ask which to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelLimitRow</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="33"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="35"/>
        <source>Unticked, the routing channel&apos;s own capacity applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="36"/>
        <source>Tasks an agent gets before others are served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="37"/>
        <source>Tasks an agent may hold at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="38"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="38"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelPermissionsTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="72"/>
        <source>Filter channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="83"/>
        <source>Choose identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="92"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="93"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="94"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="95"/>
        <source>Reply in
HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="96"/>
        <source>Start
discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="97"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="98"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="103"/>
        <source>See the channel&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="104"/>
        <source>Answer customers (needs an identity on the channel&apos;s community)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="105"/>
        <source>Write formatted (HTML) replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="106"/>
        <source>Write first to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="107"/>
        <source>Delete messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="108"/>
        <source>Share of this agent&apos;s replies that a supervisor approves before they leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="123"/>
        <source>Click to tick or clear the whole column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="166"/>
        <source>Reply includes Read; HTML replies and new discussions include Reply. To reply on a channel an agent also needs a company identity on its community (Identities tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="172"/>
        <source>No channel yet: create them in Channels › Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="177"/>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="179"/>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="196"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="198"/>
        <source>Share of replies that need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="284"/>
        <source>No identity on the community %1: this agent could not reply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="293"/>
        <source>Cannot reply on %1: no company identity on the community. Choose one on the Identities tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="301"/>
        <source>Reads %1, replies on %2 of %Ln channel(s)</source>
        <translation>
            <numerusform>Reads %1, replies on %2 of %Ln channel</numerusform>
            <numerusform>Reads %1, replies on %2 of %Ln channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColorCombo</name>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="30"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="31"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="32"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="33"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="34"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="35"/>
        <source>Cyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="36"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="37"/>
        <source>Indigo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="38"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="39"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="40"/>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="41"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorScheme</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="131"/>
        <source>&amp;Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="133"/>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="140"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="141"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="142"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="55"/>
        <source>Invite people, give them a role and teams, and disable accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="58"/>
        <source>Decide what each role may see and change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="59"/>
        <source>Group agents into teams and choose their leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="60"/>
        <source>Set how many conversations each agent handles at once, per routing channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="63"/>
        <source>Name the statuses agents pick (Lunch, Meeting…) and whether routing sends them work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="66"/>
        <source>Connect the accounts your customers write to: pages, mailboxes, chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="69"/>
        <source>Keep one customer database per kind of network, before connecting its channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="72"/>
        <source>See customers and company accounts, and who may reply as the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="75"/>
        <source>Label what messages are about, and who should get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="78"/>
        <source>Group channels that share routing settings: capacity, time to accept, service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="81"/>
        <source>Design the queues and steps that hand each conversation to the right agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="84"/>
        <source>Act on incoming messages automatically: categorise, prioritise, route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="87"/>
        <source>Watch the queues live: conversations waiting, agents available, and service levels at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="91"/>
        <source>Try your routing settings on sample traffic before agents feel them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="94"/>
        <source>Label customers (VIP, press…) so agents recognise them at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="97"/>
        <source>See each customer&apos;s profile across networks, and merge duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="100"/>
        <source>Add your own fields to customers and conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="103"/>
        <source>Save searches as folders agents work from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="104"/>
        <source>Export conversations and statistics, now or on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="107"/>
        <source>See who changed what, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="108"/>
        <source>Write the ready answers agents insert, in every language you serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="111"/>
        <source>Sort ready answers into groups and choose who sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="114"/>
        <source>Lay out the e-mails agents send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="115"/>
        <source>Write the signatures added to agents&apos; replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="118"/>
        <source>Name the account, set its language and time zone, and switch routing mode on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="121"/>
        <source>Set the password rules, sign-in lockout and session length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="124"/>
        <source>Set when each team is open, with holidays and time zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="127"/>
        <source>Choose who is alerted, and how, when something needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="130"/>
        <source>Switch optional features on or off for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="133"/>
        <source>Let other applications use the platform, each with its own token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="136"/>
        <source>Tell other applications when something happens: a new message, a closed conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="139"/>
        <source>Read every change with who made it and when, and check that none was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="142"/>
        <source>See which consoles use the database, and move it to a shared server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="153"/>
        <source>%1 is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="158"/>
        <source>This page is planned for a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="160"/>
        <source>It is not in this version of Engage Desktop yet; the other pages of %1 already work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="114"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="115"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="123"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="116"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="129"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="117"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="118"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="124"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="128"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="129"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="129"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="133"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="137"/>
        <source>%Ln community(ies)</source>
        <translation>
            <numerusform>%Ln community</numerusform>
            <numerusform>%Ln communities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="138"/>
        <source>Search communities by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="140"/>
        <source>No communities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="142"/>
        <source>A community holds the identities of one network; create one before its channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="153"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="172"/>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="160"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="163"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="193"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="195"/>
        <source>Delete community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="194"/>
        <source>Delete the community “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="196"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="44"/>
        <source>Edit community “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="46"/>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="51"/>
        <source>e.g. Acme on Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="55"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="90"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="60"/>
        <source>Used by: %1. Its type cannot change while channels use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="64"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="65"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="90"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionTree</name>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="53"/>
        <source>All of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="54"/>
        <source>Any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="55"/>
        <source>Not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="56"/>
        <source>Text contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="57"/>
        <source>Text matches the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="58"/>
        <source>Language is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="59"/>
        <source>Source is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="60"/>
        <source>Category is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="61"/>
        <source>Customer has the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="62"/>
        <source>Business hours are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="63"/>
        <source>Custom field equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="66"/>
        <source>Customer profile contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="85"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="88"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="89"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="90"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="105"/>
        <source>Kind of condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="111"/>
        <source>field, e.g. contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="112"/>
        <source>Field compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="116"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="119"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="120"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="124"/>
        <source>Add a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="135"/>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="140"/>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="143"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="264"/>
        <source>values, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="266"/>
        <source>text or pattern to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="275"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="357"/>
        <source>✓ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="359"/>
        <source>✗ no match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="44"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="46"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="65"/>
        <source>Changed on another workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="78"/>
        <source>Values that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="81"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="82"/>
        <source>Saved now (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="83"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="103"/>
        <source>Their saved values equal yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="109"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="113"/>
        <source>Save your values over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="116"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="120"/>
        <source>Reload the form with the saved values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="59"/>
        <source>Database and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="64"/>
        <source>Keep the built-in SQLite file for one workstation. To share one configuration between workstations, connect them all to the same PostgreSQL database. ENGAGE_DB_URL, when set, overrides this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="72"/>
        <source>On this computer (built-in SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="73"/>
        <source>On a shared PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="78"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="88"/>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="98"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="92"/>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="93"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="99"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="105"/>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="115"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="107"/>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="108"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="117"/>
        <source>The password is kept in the system keyring, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="120"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="121"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="122"/>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="123"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="124"/>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="130"/>
        <source>Certificate authority file (.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="131"/>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="132"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="133"/>
        <source>Choose the certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="137"/>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="147"/>
        <source>Database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="149"/>
        <source>Filled in from the fields above; an address typed here fills them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="152"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="159"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="161"/>
        <source>Takes effect the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="172"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="173"/>
        <source>Connect with these settings and report what fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="244"/>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="244"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="270"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="286"/>
        <source>The check stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="300"/>
        <source>Connected. Schema version: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="301"/>
        <source>empty (will be created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="332"/>
        <source>The keyring refused the password; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="187"/>
        <source>Connect a platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="191"/>
        <source>Account API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="195"/>
        <source>API access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="198"/>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="199"/>
        <source>API access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="200"/>
        <source>The token is kept in this computer&apos;s keyring, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="204"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="206"/>
        <source>Keep the token and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="229"/>
        <source>Give the account&apos;s API access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="232"/>
        <source>This is not an API access token: it is too long or holds spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="147"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="147"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="147"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="148"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="148"/>
        <source>CRAM-MD5 (password not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="150"/>
        <source>Incoming mail (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="151"/>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="156"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="162"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="168"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="173"/>
        <source>No login (relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="176"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="178"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="183"/>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="185"/>
        <source>Comma-separated folder names to read, e.g. INBOX, Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="187"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="193"/>
        <source>Sender and threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="196"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="200"/>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="203"/>
        <source>Thread replies by their References headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="209"/>
        <source>Also thread by subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="214"/>
        <source>Reopen closed threads within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="217"/>
        <source>Where the chat is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="218"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="219"/>
        <source>iOS app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="220"/>
        <source>Android app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="222"/>
        <source>%1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="226"/>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="228"/>
        <source>The platform app this channel connects through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="231"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="233"/>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="86"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="92"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="103"/>
        <source>Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="94"/>
        <source>Account handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="101"/>
        <source>Business account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="105"/>
        <source>Phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="110"/>
        <source>Sender number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="116"/>
        <source>Business id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="123"/>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="125"/>
        <source>Bot account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="126"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="130"/>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="128"/>
        <source>Official account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="132"/>
        <source>Organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="147"/>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="148"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="149"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="150"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="151"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="41"/>
        <source>Background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="46"/>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="50"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="51"/>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="53"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="91"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="118"/>
        <source>A job is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="120"/>
        <source>%Ln job(s) are running…</source>
        <translation>
            <numerusform>%Ln job is running…</numerusform>
            <numerusform>%Ln jobs are running…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="123"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="41"/>
        <source>Edit custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="43"/>
        <source>New custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="47"/>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="84"/>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="48"/>
        <source>Customer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="49"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="56"/>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="85"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="59"/>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="88"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="66"/>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="92"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="68"/>
        <source>Short text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="69"/>
        <source>Long text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="70"/>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="71"/>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="72"/>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="73"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="74"/>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="75"/>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="81"/>
        <source>Choice values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="82"/>
        <source>One value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="90"/>
        <source>snake_case, unique among this kind&apos;s fields; used by the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="93"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="131"/>
        <source>Convert stored values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="133"/>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="134"/>
        <source>Each stored value is rewritten in the new type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="152"/>
        <source>Converting values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="152"/>
        <source>Converting the stored values…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="26"/>
        <source>Short text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="27"/>
        <source>Long text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="28"/>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="29"/>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="30"/>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="31"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="32"/>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="33"/>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="36"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="37"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="38"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="39"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="40"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="42"/>
        <source>Customer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="42"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="44"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="49"/>
        <source>Search labels and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="50"/>
        <source>Fields of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="51"/>
        <source>No custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="52"/>
        <source>Custom fields add your own information to profiles and interventions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="56"/>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="90"/>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="63"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="70"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="76"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="82"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="99"/>
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln field</numerusform>
            <numerusform>%Ln fields</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="128"/>
        <source>Delete custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="129"/>
        <source>Delete the field “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="130"/>
        <source>Delete field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="131"/>
        <source>Every value stored in it is deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomNotificationDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="28"/>
        <source>Edit notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="28"/>
        <source>New notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="29"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="31"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="38"/>
        <source>And it mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="40"/>
        <source>Optional: a word the change must contain (a name, an id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="43"/>
        <source>Tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="45"/>
        <source>In the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="46"/>
        <source>By e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="49"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSignOutQuestion</name>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="25"/>
        <source>Sign out of the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="26"/>
        <source>Leave the demo, or sign in to it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="27"/>
        <source>Your changes stay in the demo database for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="28"/>
        <source>Quit the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="30"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRoleDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="387"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="389"/>
        <source>Duplicate role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="392"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="396"/>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="30"/>
        <source>Connect to the IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="31"/>
        <source>Start TLS on IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="32"/>
        <source>Log in to IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="33"/>
        <source>Find the mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="34"/>
        <source>Connect to the SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="35"/>
        <source>Start TLS on SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="36"/>
        <source>Log in to SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="182"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailTemplates</name>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="42"/>
        <source>Customer first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="43"/>
        <source>Customer last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="44"/>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="46"/>
        <source>Agent signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="50"/>
        <source>Quoted original message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="53"/>
        <source>Source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="54"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailTemplatesPage</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="211"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="212"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="214"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="216"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="219"/>
        <source>E-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="223"/>
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln template</numerusform>
            <numerusform>%Ln templates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="224"/>
        <source>Search templates by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="225"/>
        <source>No template yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="227"/>
        <source>Templates frame the e-mails agents send: greeting, signature, quoted message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="232"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="244"/>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="235"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="238"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="269"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="271"/>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="270"/>
        <source>Delete the template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="272"/>
        <source>Channels using it fall back to no template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="50"/>
        <source>#refund #money (separated by spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="57"/>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="72"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="104"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="184"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="73"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="105"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="184"/>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="75"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="106"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="184"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="81"/>
        <source>Categories · channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="109"/>
        <source>Foreign id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="107"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="108"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="118"/>
        <source>New reply-assistant entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="135"/>
        <source>Edit entry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="164"/>
        <source>“%1” is also a shortcut of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="47"/>
        <source>Import reply-assistant entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="62"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="65"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="177"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="80"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="81"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="90"/>
        <source>A CSV (UTF-8 or Latin-1, comma or semicolon) or Excel file with one line per version: label, shortcuts, group, categories, channels, foreign id, language, format and text. An export of the reply assistant has this layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="106"/>
        <source>Entry key (groups lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="107"/>
        <source>Label (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="108"/>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="109"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="110"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="111"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="112"/>
        <source>Foreign id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="113"/>
        <source>Language (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="114"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="115"/>
        <source>Text (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="116"/>
        <source>Channels of the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="132"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="134"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="135"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="136"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="137"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="150"/>
        <source>HTML cleaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="137"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="141"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="243"/>
        <source>%1, %2 (their entries are skipped unless you fix the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="244"/>
        <source>%Ln entry(ies) ready</source>
        <translation>
            <numerusform>%Ln entry ready</numerusform>
            <numerusform>%Ln entries ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="245"/>
        <source>%Ln line(s) with problems</source>
        <translation>
            <numerusform>%Ln line with problems</numerusform>
            <numerusform>%Ln lines with problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="142"/>
        <source>Search the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="146"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="148"/>
        <source>Every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="149"/>
        <source>With problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="161"/>
        <source>The selected line&apos;s problems and HTML changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="163"/>
        <source>All or nothing: import only if every line is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="177"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="187"/>
        <source>Import entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="187"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="206"/>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="212"/>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="222"/>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="224"/>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="238"/>
        <source>Checking every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="264"/>
        <source>Importing entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="264"/>
        <source>Writing the entries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="26"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="28"/>
        <source>Please check the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="30"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="32"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="34"/>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="36"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="37"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="46"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/guards.py" line="25"/>
        <source>This change would leave no enabled user able to manage users and roles. Give another user that power first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/guards.py" line="33"/>
        <source>At least one role must keep every permission (the account&apos;s safety net).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="25"/>
        <source>The password needs {requirements}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/access/passwords.py" line="29"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="32"/>
        <source>a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="34"/>
        <source>a symbol (not a letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="38"/>
        <source>This password is one of the most common ones, which are tried first; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="44"/>
        <source>This password is too easy to guess: avoid repeated characters, sequences such as “12345” or “abcde” and repeated patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="35"/>
        <source>This user no longer exists, or is not in a team you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="39"/>
        <source>Some of these users no longer exist; reload the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="43"/>
        <source>You may only change members of the teams you lead; not: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="47"/>
        <source>You may only add users to or remove them from the teams you lead; not: {teams}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="53"/>
        <source>You can only manage users of the teams you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="57"/>
        <source>You may not change users whose role holds permissions your own role lacks: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="62"/>
        <location filename="../../engage_desktop/services/users/teams.py" line="64"/>
        <source>You can only change the teams you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="10"/>
        <source>Wrong e-mail/nickname or password, or the account is disabled or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="14"/>
        <source>Your password was changed since you signed in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="17"/>
        <source>This is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="21"/>
        <source>An administrator already exists; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="25"/>
        <source>No role holds every permission; the database&apos;s default roles are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="28"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="31"/>
        <source>Nickname already used by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="34"/>
        <source>Email already used by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="39"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="287"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="188"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="40"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="288"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="189"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="41"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="289"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="190"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/communities.py" line="30"/>
        <source>This community no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/communities.py" line="35"/>
        <source>A community named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/communities.py" line="39"/>
        <source>The type of “{name}” cannot change while channels use it: {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/communities.py" line="43"/>
        <source>Deactivate the channels of “{name}” first: {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/channels/communities.py" line="47"/>
        <source>“{name}” is used by %n channel(s): {channels}. Move or remove them before deleting it.</source>
        <translation>
            <numerusform>“{name}” is used by %n channel: {channels}. Move or remove it before deleting the community.</numerusform>
            <numerusform>“{name}” is used by %n channels: {channels}. Move or remove them before deleting it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/channels/communities.py" line="57"/>
        <source>“{name}” holds %n identity(ies); a community with identities cannot be deleted (deactivate it instead).</source>
        <translation>
            <numerusform>“{name}” holds %n identity; a community with identities cannot be deleted (deactivate it instead).</numerusform>
            <numerusform>“{name}” holds %n identities; a community with identities cannot be deleted (deactivate it instead).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="59"/>
        <source>This template no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="64"/>
        <source>A template named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="68"/>
        <source>Unknown placeholder {{{{{name}}}}}: use one from the Insert menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="71"/>
        <source>Write an HTML body, a text body or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="245"/>
        <location filename="../../engage_desktop/services/agent_tools/groups.py" line="202"/>
        <location filename="../../engage_desktop/services/channels/communities.py" line="267"/>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="112"/>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="137"/>
        <location filename="../../engage_desktop/services/digital/tags.py" line="56"/>
        <location filename="../../engage_desktop/services/routing/categories.py" line="62"/>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="366"/>
        <location filename="../../engage_desktop/services/routing/rules.py" line="337"/>
        <location filename="../../engage_desktop/services/routing/topologies.py" line="357"/>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="123"/>
        <location filename="../../engage_desktop/services/users/presence.py" line="251"/>
        <location filename="../../engage_desktop/services/users/teams.py" line="293"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="246"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="43"/>
        <source>The host name “{host}” cannot be resolved (check its spelling and the DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="49"/>
        <source>Nothing answers on {host}:{port} (connection refused); check the port and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="55"/>
        <source>{host}:{port} did not answer within {seconds} s; check the port, the firewall, and that the security mode (SSL/TLS or STARTTLS) matches the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="63"/>
        <source>The server&apos;s certificate is not trusted ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="67"/>
        <source>The TLS handshake failed ({reason}); check that the security mode (SSL/TLS or STARTTLS) matches the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="74"/>
        <source>The server closed the connection ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="76"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="78"/>
        <source>Network error: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="80"/>
        <source>{kind}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="82"/>
        <source>Unexpected error: {kind}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="84"/>
        <source>Connected to {host}:{port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="86"/>
        <source>Connected to {host}:{port} over SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="90"/>
        <source>Connected to {host}:{port} without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="94"/>
        <source>The server does not offer STARTTLS; choose SSL/TLS or another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="97"/>
        <source>The connection is now encrypted (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="100"/>
        <source>No IMAP password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="103"/>
        <source>No SMTP password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="107"/>
        <source>The password has non-ASCII characters and the server offers no UTF-8 login (AUTH=PLAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="113"/>
        <source>The server refused the login of “{user}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="115"/>
        <source>Logged in as “{user}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="117"/>
        <source>Listing the mailboxes failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="121"/>
        <source>Mailbox(es) not found: {missing}. The server has: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="123"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="124"/>
        <source>Found {mailboxes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="127"/>
        <source>The server offers no login (AUTH) on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="131"/>
        <source>The server offers no login (AUTH) on this connection (many servers offer it only after STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="138"/>
        <source>The server refused the login of “{user}” ({code} {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="142"/>
        <source>The server does not support this login type ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="45"/>
        <source>This identity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="49"/>
        <source>Only a controlled identity can be used by agents; mark it controlled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="54"/>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="77"/>
        <source>Some of these users no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="57"/>
        <source>Disabled users cannot be linked: {users}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="60"/>
        <location filename="../../engage_desktop/services/digital/identity_groups.py" line="87"/>
        <source>At most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="369"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="48"/>
        <source>{label} cannot be below {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="49"/>
        <source>{label} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="50"/>
        <source>{label} cannot be above {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="52"/>
        <source>Pick one of the {count} palette colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="56"/>
        <source>Choose max, half or base priority for expired SLAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="59"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="55"/>
        <source>Unknown language code(s): {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="63"/>
        <source>The default language must be one of the channel&apos;s languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="67"/>
        <source>Say after how many days messages are archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="122"/>
        <source>SLA response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="130"/>
        <source>SLA warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="141"/>
        <source>Default task priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="149"/>
        <source>Message boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="157"/>
        <source>Transfer boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="178"/>
        <source>Archiving period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="24"/>
        <source>A channel named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="27"/>
        <source>Choose a {type} community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="31"/>
        <source>“{community}” is a community of type {community_type}; choose one of type {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="37"/>
        <source>The community “{community}” is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="41"/>
        <source>This routing channel no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="51"/>
        <source>This group no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="55"/>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="44"/>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="60"/>
        <source>Some of these categories no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="62"/>
        <source>An entry has at most {limit} shortcuts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="66"/>
        <source>A shortcut is one word of at most 120 characters: “{shortcut}” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="70"/>
        <source>The foreign id is at most 120 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="78"/>
        <source>The format is text or html, not “{format}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="82"/>
        <source>A version&apos;s text is at most {limit} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="86"/>
        <source>The text contains control characters (such as NUL) that cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="89"/>
        <source>A version needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="93"/>
        <source>Two versions in {language} ({format}) for the same channels: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="96"/>
        <source>Version {number} ({language}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="100"/>
        <source>A version no longer exists (deleted on another workstation); reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="106"/>
        <source>An attachment no longer exists; reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="48"/>
        <source>Some of these business hours no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_secrets.py" line="21"/>
        <source>{label} is not a secret of this channel type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_secrets.py" line="25"/>
        <source>The system keyring refused to store a secret. Nothing was saved; unlock the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_secrets.py" line="31"/>
        <source>{label} is too long or contains line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="30"/>
        <source>“{key}” is not a known channel type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="33"/>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="36"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="38"/>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="40"/>
        <location filename="../../engage_desktop/services/users/bulk.py" line="23"/>
        <source>{label} must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="43"/>
        <source>“{host}” is not a valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="47"/>
        <source>Name at least one mailbox to read (usually INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="51"/>
        <source>SMTP user name is required (or choose no SMTP login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="54"/>
        <source>Endpoint URL must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="58"/>
        <source>Endpoint URL cannot hold a user name or password: put the API token in its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="64"/>
        <source>The channel&apos;s settings must be a set of names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="68"/>
        <source>{label} is a secret: it is kept in the keyring, not in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="71"/>
        <source>“{key}” is not a setting of {type} channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="156"/>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="157"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="158"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="159"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="160"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="163"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="164"/>
        <source>Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="165"/>
        <source>Account handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="166"/>
        <source>Business account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="167"/>
        <source>Phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="168"/>
        <source>Sender number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="169"/>
        <source>Business id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="170"/>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="171"/>
        <source>Bot account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="172"/>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="173"/>
        <source>Official account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="174"/>
        <source>Organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="325"/>
        <source>IMAP login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="332"/>
        <source>SMTP login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="340"/>
        <source>Mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="346"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="352"/>
        <source>IMAP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="356"/>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="364"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="371"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="378"/>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="384"/>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="393"/>
        <source>IMAP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="399"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="405"/>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="414"/>
        <source>SMTP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="420"/>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="428"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="451"/>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="457"/>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/sources.py" line="83"/>
        <source>This channel no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/sources.py" line="89"/>
        <source>The community “{community}” is inactive; activate it before this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/sources.py" line="93"/>
        <source>Only e-mail channels can be tested from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/sources.py" line="98"/>
        <source>Type the password to test this server: a saved password is sent only to the server and user name it was saved for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="91"/>
        <source>Your role lacks the permission “{permission}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="93"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="96"/>
        <source>Your account no longer exists or has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="100"/>
        <source>Another change conflicts with this one (a duplicate or a missing reference). Nothing was saved; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="108"/>
        <source>{who} changed this {object} at {when} while you were editing it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="115"/>
        <source>Someone else changed this {object} while you were editing it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="121"/>
        <source>The database is busy (another workstation is writing). Nothing was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="127"/>
        <source>The database is read-only. Nothing was saved; check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="133"/>
        <source>The database {path} is read-only. Nothing was saved; check the permissions of the file and of its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="141"/>
        <source>{path} is not a database (or it is damaged or encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="145"/>
        <source>Cannot open the database file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="149"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="152"/>
        <source>Cannot reach the database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="155"/>
        <source>The database refused the change: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="13"/>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="15"/>
        <source>{label} is too long (at most {max_length} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="18"/>
        <source>{label} contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="20"/>
        <source>E-mail is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="22"/>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="26"/>
        <source>“{value}” is not a known time zone (use an IANA name such as Europe/Paris).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="89"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="33"/>
        <source>This category no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="38"/>
        <source>The parent category no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="42"/>
        <source>A top-level category named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="46"/>
        <source>“{parent}” already has a category named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="50"/>
        <source>A category name cannot contain “/” (it separates the levels of a path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="54"/>
        <source>“{name}” cannot go under “{parent}”: that category is inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="57"/>
        <source>The colour must be one of the 12 of the palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="58"/>
        <location filename="../../engage_desktop/services/routing/categories.py" line="60"/>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="56"/>
        <source>Some of these channels no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="47"/>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="52"/>
        <source>The file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="50"/>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="69"/>
        <source>The file cannot be read as CSV: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="54"/>
        <source>The first line must name the columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="58"/>
        <source>The file is empty: it needs a header line and one line per category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="62"/>
        <source>The file holds more than %n category(ies); split it.</source>
        <translation>
            <numerusform>The file holds more than %n category; split it.</numerusform>
            <numerusform>The file holds more than %n categories; split it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="67"/>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="66"/>
        <source>{values} values where the header names {columns} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="71"/>
        <source>The path “{path}” has an empty level (two “/” in a row, or one at an end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="75"/>
        <source>The colour “{value}” is not a number from 0 to 11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="79"/>
        <source>“{value}” in {column} is not yes/no (1/0, true/false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="83"/>
        <source>The path “{path}” was already given at line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="86"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="89"/>
        <location filename="../../engage_desktop/services/users/export.py" line="54"/>
        <source>Cannot write “{file}”: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="93"/>
        <source>%n line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n line has problems; nothing was imported.</numerusform>
            <numerusform>%n lines have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/category_deletion.py" line="46"/>
        <source>“{name}” has %n subcategory(ies): choose whether they move up, move elsewhere or are deleted.</source>
        <translation>
            <numerusform>“{name}” has %n subcategory: choose whether it moves up, moves elsewhere or is deleted.</numerusform>
            <numerusform>“{name}” has %n subcategories: choose whether they move up, move elsewhere or are deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_deletion.py" line="56"/>
        <source>“{name}” is in use; confirm that its references are removed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_deletion.py" line="60"/>
        <source>The subcategories cannot move into the branch being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_deletion.py" line="63"/>
        <source>Choose the category the subcategories move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/regex_guard.py" line="24"/>
        <source>The pattern is too long (at most {max_length} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/regex_guard.py" line="28"/>
        <source>The pattern is not a valid regular expression: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/regex_guard.py" line="32"/>
        <source>The pattern repeats a repetition (like “(a+)+”), which can freeze on long messages; simplify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="35"/>
        <source>This routing channel no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="41"/>
        <source>A routing channel named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="45"/>
        <source>{label} must be a whole number from 0 to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="49"/>
        <source>The hard capability must be at least the soft capability ({soft}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="53"/>
        <source>The SLA threshold is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="64"/>
        <source>Already in another routing channel: {sources}. Confirm to move them to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="70"/>
        <source>“{name}” is set in %n agent capacity(ies): {capacities}. Remove it from them before deleting it.</source>
        <translation>
            <numerusform>“{name}” is set in %n agent capacity: {capacities}. Remove it from there before deleting it.</numerusform>
            <numerusform>“{name}” is set in %n agent capacities: {capacities}. Remove it from them before deleting it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="81"/>
        <source>The soft capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="82"/>
        <source>The hard capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="83"/>
        <source>The task timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="84"/>
        <source>The auto-complete delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="85"/>
        <source>The agent SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="86"/>
        <source>The SLA threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="49"/>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="80"/>
        <location filename="../../engage_desktop/services/digital/folders.py" line="46"/>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="369"/>
        <location filename="../../engage_desktop/services/settings/api_tokens.py" line="290"/>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="282"/>
        <location filename="../../engage_desktop/services/settings/time_sheets.py" line="228"/>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="320"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="30"/>
        <source>Choose at least one value for this condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="32"/>
        <source>Type the text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="33"/>
        <source>Choose the field to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="35"/>
        <source>Business hours must be “open” or “closed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="39"/>
        <source>These conditions can never all hold: a message has one {what}, not {values} at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="44"/>
        <source>An “any of” group with no condition never matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="46"/>
        <source>A group is “all” or “any”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="47"/>
        <source>Add at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="49"/>
        <source>Action {index} needs its {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="52"/>
        <source>Action {index}: the priority goes from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="54"/>
        <source>Unknown {what}: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="57"/>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="58"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="59"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="60"/>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="61"/>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="62"/>
        <source>reply-assistant entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="65"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="66"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="67"/>
        <source>business-hours state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="68"/>
        <source>value per custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="129"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="85"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="86"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="104"/>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="130"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="91"/>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="131"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="90"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rules.py" line="55"/>
        <source>The rules engine is switched off for this account (Settings › Extensions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rules.py" line="59"/>
        <source>This rule no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rules.py" line="64"/>
        <source>A rule named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/rules.py" line="68"/>
        <source>The rule has %n problem(s); see the marked conditions and actions.</source>
        <translation>
            <numerusform>The rule has %n problem; see the marked conditions and actions.</numerusform>
            <numerusform>The rule has %n problems; see the marked conditions and actions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rules.py" line="75"/>
        <source>This rule was stored in a form this version cannot read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topologies.py" line="45"/>
        <source>This topology no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topologies.py" line="50"/>
        <source>A topology named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/topologies.py" line="54"/>
        <source>The routing configuration has %n problem(s); fix them before it routes tasks.</source>
        <translation>
            <numerusform>The routing configuration has %n problem; fix it before it routes tasks.</numerusform>
            <numerusform>The routing configuration has %n problems; fix them before it routes tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/topologies.py" line="61"/>
        <source>The routing configuration cannot be read: %n problem(s) in its layout.</source>
        <translation>
            <numerusform>The routing configuration cannot be read: %n problem in its layout.</numerusform>
            <numerusform>The routing configuration cannot be read: %n problems in its layout.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topologies.py" line="68"/>
        <source>“{name}” is the active topology: activate another one before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="21"/>
        <source>The JSON is not valid at line {line}, column {column}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="23"/>
        <source>{where} must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="24"/>
        <source>{where} must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="25"/>
        <source>{where} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="27"/>
        <source>{where} must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="29"/>
        <source>{where} must be true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="31"/>
        <source>“{key}” is not a setting of {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="33"/>
        <source>{where} needs “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="35"/>
        <source>Queue {index} needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="38"/>
        <source>Two queues are named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="40"/>
        <source>Unknown {kind}: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="43"/>
        <source>Queue “{name}” can never be reached: its “{key}” list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="47"/>
        <source>Queue “{name}” can never be reached: queue “{earlier}” above it takes all its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="52"/>
        <source>Queue “{name}” needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="56"/>
        <source>Step {step} targets nobody: choose categories, teams, agents or any agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="60"/>
        <source>Step {step} names several kinds of target; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="64"/>
        <source>Step {step} needs a timeout: without one the tasks never reach the step after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="69"/>
        <source>Step {step}: the timeout must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="73"/>
        <source>Queue “{name}” overflows to “{target}”, which is not a queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="77"/>
        <source>Queue “{name}” overflows in a circle: {cycle}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="81"/>
        <source>“{name}” is a special queue; give the queue another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="132"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="87"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="104"/>
        <source>teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="88"/>
        <source>agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="89"/>
        <source>routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/account_changes.py" line="22"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/account_changes.py" line="24"/>
        <source>This team no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/bulk.py" line="25"/>
        <source>Select at least one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/bulk.py" line="61"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacities.py" line="53"/>
        <source>This capacity no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/capacities.py" line="59"/>
        <source>The capacity “{name}” is given to %n user(s); unassign them to delete it.</source>
        <translation>
            <numerusform>The capacity “{name}” is given to %n user; unassign it to delete it.</numerusform>
            <numerusform>The capacity “{name}” is given to %n users; unassign them to delete it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="32"/>
        <source>Channels must be a list of entries, each with a channel_id, a default_capacity and a max_capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="39"/>
        <source>Each channel needs a channel_id, a default_capacity and a max_capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="42"/>
        <source>Unknown routing channel(s): {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="45"/>
        <source>The routing channel {channel} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="49"/>
        <source>The default and the maximum must be whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="52"/>
        <source>The default cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="56"/>
        <source>The default ({default}) cannot be more than the maximum ({maximum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="59"/>
        <source>The maximum cannot be more than {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="62"/>
        <source>A capacity named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="66"/>
        <source>Capacities apply across teams: a team leader can give them but not define them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="71"/>
        <source>Users are given as a list of their numeric ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="74"/>
        <source>Users are given by their numeric ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="99"/>
        <source>Channel permissions must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="103"/>
        <source>Some of these channels no longer exist; reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="106"/>
        <source>Channel permissions are on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="110"/>
        <source>The approval threshold is a share from 0% to 100% in steps of 10%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="114"/>
        <source>A channel appears twice in the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="118"/>
        <source>Some of these identities no longer exist; reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="122"/>
        <source>Only company identities marked as controlled can be used by agents: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/csv_format.py" line="56"/>
        <source>The file holds more than %n user(s); split it.</source>
        <translation>
            <numerusform>The file holds more than %n user; split it.</numerusform>
            <numerusform>The file holds more than %n users; split it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="61"/>
        <source>The line contains a NUL character; is this a CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="63"/>
        <source>The line is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="73"/>
        <source>The file is empty: it needs a header line and one line per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="77"/>
        <source>Unknown column “{column}”; the columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="80"/>
        <source>The column “{column}” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="83"/>
        <source>The column “{column}” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="49"/>
        <source>The import was cancelled; no user was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="53"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="45"/>
        <source>The e-mail address contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="55"/>
        <source>Nickname is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="56"/>
        <source>Email is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="59"/>
        <source>“{value}” is not a known time zone (e.g. Europe/Paris).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="62"/>
        <source>Write 1 or 0, true or false, yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="65"/>
        <source>“{value}” is already used by an existing user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="67"/>
        <source>“{value}” is also on line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="68"/>
        <source>The role is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="69"/>
        <source>Unknown role “{role}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="72"/>
        <source>You cannot give the role “{role}”: it holds permissions your role lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="74"/>
        <source>Unknown team “{team}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="76"/>
        <source>You do not lead the team “{team}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="79"/>
        <source>Add the user to one of the teams you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="82"/>
        <source>Unknown language “{value}” (e.g. en, fr, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/csv_import.py" line="86"/>
        <source>%n line(s) have problems and the import is all-or-nothing; nothing was imported. Line {line}: {problem}</source>
        <translation>
            <numerusform>%n line has problems and the import is all-or-nothing; nothing was imported. Line {line}: {problem}</numerusform>
            <numerusform>%n lines have problems and the import is all-or-nothing; nothing was imported. Line {line}: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="95"/>
        <source>Line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="38"/>
        <source>{what} must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="41"/>
        <source>Some of these {what} no longer exist; reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="48"/>
        <source>Choose a language from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="52"/>
        <source>Spoken languages must be a list of language codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="58"/>
        <source>The nickname “{nickname}” is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="62"/>
        <source>A user with the e-mail “{email}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="64"/>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="67"/>
        <source>Grouping categories cannot be skills: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="71"/>
        <source>This agent capacity no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="74"/>
        <source>Signatures must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="78"/>
        <source>A signature is at most {max_length} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="81"/>
        <source>The signature contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="85"/>
        <source>Choose a language from the list, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="89"/>
        <source>This signature no longer exists; reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="92"/>
        <source>Signature {number} ({name}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="96"/>
        <source>A signature names a channel that no longer exists; reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="100"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="101"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="102"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="105"/>
        <source>channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="261"/>
        <source>Signature name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="49"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="52"/>
        <source>Cannot write in “{folder}”: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="56"/>
        <source>Choose at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="60"/>
        <source>Unknown column “{field}”; the columns are: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="64"/>
        <source>Unknown export format “{format}”; the formats are: {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="29"/>
        <source>Your role cannot change users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="32"/>
        <source>You cannot delete your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="36"/>
        <source>{name} has handled work: their history must keep its author, so they can be disabled but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="44"/>
        <source>{name} has handled work and cannot be deleted; disable them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="48"/>
        <source>The role “{role}” holds permissions your own role lacks: {permissions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="50"/>
        <source>This role no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="37"/>
        <source>This presence status no longer exists (it may have been deleted elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="43"/>
        <source>A presence status named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="47"/>
        <source>Choose whether this status counts as available or away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="51"/>
        <source>“{name}” is the last status that maps to available; agents need one to take work. Add another available status before you map it to away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="59"/>
        <source>“{name}” is the last status that maps to available; agents need one to take work. Add another available status before you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="42"/>
        <source>This role no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="47"/>
        <source>A role named “{label}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/roles.py" line="51"/>
        <source>The role “{label}” is given to %n user(s); give them another role before deleting it.</source>
        <translation>
            <numerusform>The role “{label}” is given to %n user; give them another role before deleting it.</numerusform>
            <numerusform>The role “{label}” is given to %n users; give them another role before deleting it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="61"/>
        <source>Choose another role than “{label}” for its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="65"/>
        <source>You cannot grant permissions your own role lacks: {permissions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/service.py" line="69"/>
        <source>Add the user to one of the teams you lead, or you could not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/service.py" line="73"/>
        <source>{name} has already accepted their invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="46"/>
        <source>This team no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="51"/>
        <source>A team named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="54"/>
        <source>Leaders must be members of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="58"/>
        <source>You can only create teams you lead: make yourself one of its leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="61"/>
        <source>Renaming a team needs “manage_teams”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="30"/>
        <source>No server named {host} could be found: check the server name (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="34"/>
        <source>Nothing answers on {host} port {port}: the server is stopped, the port is wrong, or a firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="42"/>
        <source>{host} did not answer within {seconds} seconds (network or firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="46"/>
        <source>The secure connection (TLS) failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="50"/>
        <source>The server refused user {user}: wrong password, or this user may not connect from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="57"/>
        <source>The server has no database named {database}: ask its administrator to create it (empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="63"/>
        <source>This database was written by a newer version of Engage Desktop (schema {revision}): update this console before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="71"/>
        <source>This database holds an unfinished copy: run the move to this database again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="75"/>
        <source>The connection failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="77"/>
        <source>This is not a database address: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="34"/>
        <source>“{name}” is {size} bytes; an attachment is at most {limit} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="37"/>
        <source>“{name}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="41"/>
        <source>“{name}”: this kind of file cannot be attached (images, PDF, text, CSV, Word, Excel, zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="47"/>
        <source>“{name}” does not contain what its name says ({mime_type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="51"/>
        <source>An attachment needs a file name of at most 255 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="57"/>
        <source>A version has at most {limit} attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entries.py" line="55"/>
        <source>The reply assistant is switched off for this account (Settings › Extensions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entries.py" line="61"/>
        <source>This entry no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="44"/>
        <source>The label is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="47"/>
        <source>No group is named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="50"/>
        <source>No category “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="53"/>
        <source>No channel is named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="57"/>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="74"/>
        <source>“{code}” is not a language code we know (for example en, fr, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="61"/>
        <source>The format is text or html, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="65"/>
        <source>Choose a column for: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="67"/>
        <source>{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="70"/>
        <source>%n line(s) have problems: nothing was imported (all or nothing).</source>
        <translation>
            <numerusform>%n line has problems: nothing was imported (all or nothing).</numerusform>
            <numerusform>%n lines have problems: nothing was imported (all or nothing).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_sheet.py" line="50"/>
        <source>The file cannot be read as a spreadsheet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_sheet.py" line="54"/>
        <source>The file is empty: it needs a header line and one line per version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_sheet.py" line="58"/>
        <source>The file has more than {limit} lines; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_sheet.py" line="61"/>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/groups.py" line="27"/>
        <source>This group no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/groups.py" line="32"/>
        <source>A group named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/groups.py" line="36"/>
        <source>Some of these entries no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/signatures.py" line="31"/>
        <source>This signature no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/apply.py" line="33"/>
        <source>Nothing was applied: these secrets are missing: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/apply.py" line="37"/>
        <source>{path} records another plan; move it away to apply this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/plan.py" line="33"/>
        <source>The plan {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/plan.py" line="37"/>
        <source>{resource} {key} does not exist on the account and its API cannot create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/plan.py" line="43"/>
        <source>{resource} {key} differs on the account ({fields}) and its API cannot change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/plan.py" line="48"/>
        <source>{resource}: the parents of {key} form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/platform_client.py" line="26"/>
        <source>The platform refused {method} {path}: {status} {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/platform_client.py" line="30"/>
        <source>The platform refused {resource} {key}: {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/platform_client.py" line="34"/>
        <source>The platform at {url} did not answer after {attempts} attempts: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_field_storage.py" line="21"/>
        <source>Stopped: no value was converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_field_storage.py" line="24"/>
        <source>“{type}” is not a field type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="41"/>
        <source>This custom field no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="45"/>
        <source>The key must be snake_case: lower-case letters, digits and “_”, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="51"/>
        <source>Another field of this type already uses the key “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="55"/>
        <source>Custom fields belong to interventions or identity groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="59"/>
        <source>A field cannot move to another kind of object; create a new one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="62"/>
        <source>A choice field needs at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="66"/>
        <source>Choice values must be distinct, non-empty, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="70"/>
        <source>{count} stored values cannot become {type}; first ones: {values}. Change or clear them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="77"/>
        <source>{count} stored values will be converted to {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="79"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="53"/>
        <source>Unknown export “{export}”; the exports are: {exports}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="57"/>
        <source>Unknown period “{window}”; the periods are: complete, day, week, month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="59"/>
        <location filename="../../engage_desktop/services/digital/journal_browser.py" line="39"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="61"/>
        <source>This export can only be bounded by creation time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="64"/>
        <source>A period&apos;s bound needs its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="68"/>
        <source>“{file}” cannot be a file name: it holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_automated.py" line="48"/>
        <source>Automated exports are switched off for this account (Settings › Extensions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_automated.py" line="53"/>
        <source>This export task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_automated.py" line="57"/>
        <source>The SFTP server&apos;s host key is not the trusted one: expected {expected}, received {received}. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_automated.py" line="65"/>
        <source>The SFTP server could not be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="28"/>
        <source>Another export task is named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="31"/>
        <source>“{value}” is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="33"/>
        <source>The hour is between 0 and 23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="35"/>
        <source>Choose at least one export for this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="39"/>
        <source>“{export}” cannot be exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="43"/>
        <source>The file name may use {label}, {year}, {month}, {day}, {export_name} and no folder separator; with several exports in separate files it must contain {export_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="50"/>
        <source>Choose the folder the files go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="54"/>
        <source>Give the folder&apos;s full path: a relative one would change with where the exports run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="59"/>
        <source>The SFTP server needs a host and a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="62"/>
        <source>The port is between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="66"/>
        <source>A host key fingerprint looks like SHA256: followed by 43 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="72"/>
        <source>This value is too long or holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="76"/>
        <source>With this task&apos;s name the file names would be too long for the disk; shorten the pattern or the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="124"/>
        <source>Conversations are not stored in this database yet (they come with the routing engine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="130"/>
        <source>Agents&apos; notification settings are not stored in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="134"/>
        <source>Time spent in each presence status is not recorded in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="138"/>
        <source>The reply assistant&apos;s export is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="141"/>
        <source>The tags export is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="31"/>
        <source>This folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="33"/>
        <source>The parent folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="37"/>
        <source>“{name}” cannot go inside “{parent}”: that folder is inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="40"/>
        <source>There is no tag named “{name}” (position {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="44"/>
        <source>Some of these roles, teams or users no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_group_records.py" line="24"/>
        <source>This customer profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_groups.py" line="76"/>
        <source>Some of these tags no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_groups.py" line="80"/>
        <source>There is no custom field “{key}” for customer profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_groups.py" line="84"/>
        <source>“{value}” is not a valid value for {label} ({type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_merge.py" line="42"/>
        <source>This identity is already part of this customer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_merge.py" line="46"/>
        <source>This identity is not part of this customer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_merge.py" line="50"/>
        <source>This is the profile&apos;s only identity: there is nothing to unmerge it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/journal_browser.py" line="37"/>
        <source>“{text}” is not an event name or group (examples: user.created, user.*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/journal_browser.py" line="41"/>
        <source>The check was stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="57"/>
        <source>This quote is never closed (position {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="61"/>
        <source>“-” must be followed by what to exclude, e.g. -tag:VIP (position {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="64"/>
        <source>“{keyword}:” needs a value (position {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="67"/>
        <source>A keyword is missing before “:” (position {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="71"/>
        <source>“{keyword}” is not a search keyword (known: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="75"/>
        <source>“{keyword}” takes true or false (also 1/0, on/off, yes/no), not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="79"/>
        <source>“{keyword}” takes a date written 2026-12-31, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="82"/>
        <source>“status” is one of {known}, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="86"/>
        <source>Put a space after the closing quote (position {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="90"/>
        <source>The query contains a control character (position {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="93"/>
        <source>The query is too long (at most {max_length} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="32"/>
        <source>This tag no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="37"/>
        <source>A tag named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="40"/>
        <source>Choose at least one other tag to merge into “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="44"/>
        <source>“{name}” is a condition of these folders: {folders}. Change their query first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="50"/>
        <source>With this name the query of the folder “{folder}” would pass {max_length} characters; shorten that query first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="9"/>
        <source>No source “{source}” exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="13"/>
        <source>The source “{source}” is not active: its messages are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="17"/>
        <source>This task no longer exists or is no longer waiting; reload the monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="20"/>
        <source>This task is not held by this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="23"/>
        <source>No queue “{queue}” in the active topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="27"/>
        <source>{agent} cannot take this task (not connected, not allowed on its source, or at hard capacity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="34"/>
        <source>You may only act on tasks and agents of the teams you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="37"/>
        <source>Raise the priority by 1 to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="41"/>
        <source>The routing engine already runs on {holder}; this workstation shows the monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="46"/>
        <source>“{field}” is required and must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="50"/>
        <source>“timestamp” must be an ISO 8601 date and time with its zone: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="53"/>
        <source>Each line must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="55"/>
        <source>Malformed JSON: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="58"/>
        <source>“{field}” holds characters that cannot be stored (NUL or lone surrogates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="61"/>
        <source>“{field}” is longer than {maximum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="64"/>
        <source>The line is longer than {maximum} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="68"/>
        <source>“timestamp” must fall between {earliest} and {latest}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="73"/>
        <source>“timestamp” is more than a day ahead of this computer’s clock ({now}): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/simulation_scenarios.py" line="82"/>
        <source>There is nothing to simulate: the trace has no interaction this configuration can receive (no active source). Generate a demo configuration or read a trace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="35"/>
        <source>Routing mode needs an active topology: create one in Routing › Topologies and activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="41"/>
        <source>The active topology “{name}” has problems to fix first: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="43"/>
        <source>Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="46"/>
        <source>“{value}” is not a language code such as fr, en or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="49"/>
        <location filename="../../engage_desktop/services/settings/security.py" line="39"/>
        <source>Choose a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="147"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/api_tokens.py" line="47"/>
        <source>This API access token no longer exists (it may have been revoked elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/api_tokens.py" line="53"/>
        <source>Choose an enabled user for the token to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/api_tokens.py" line="57"/>
        <source>“{user}” holds permissions your role lacks; a token acting as them would give you those permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/business_hours.py" line="28"/>
        <source>“{text}” is not a list of hours like 0900-1230,1400-1800 (each range HHMM-HHMM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/business_hours.py" line="34"/>
        <source>The range {range} ends before it starts or overlaps the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/business_hours.py" line="38"/>
        <source>“{zone}” is not a time zone name like Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="36"/>
        <source>“{name}” is not an extension of this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="40"/>
        <source>Settings must be a JSON object of names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/holiday_import.py" line="20"/>
        <source>Line {line}: “{text}” is not a date (YYYY-MM-DD) followed by a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/holiday_import.py" line="23"/>
        <source>The file holds no holiday to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/holiday_import.py" line="27"/>
        <source>The file holds {count} holiday days; only the first {limit} are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="37"/>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="82"/>
        <source>“{name}” is not a journal event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="40"/>
        <source>Choose in the console or by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="44"/>
        <source>The condition text is too long (200 characters at most) or holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="50"/>
        <source>This notification no longer exists (it may have been deleted elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/settings/password_rules.py" line="22"/>
        <source>This password was one of your last %n; choose a new one.</source>
        <translation>
            <numerusform>This password is the one you used last (history: %n); choose a new one.</numerusform>
            <numerusform>This password was one of your last %n; choose a new one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/password_rules.py" line="27"/>
        <source>Your password has expired (older than {days} days); choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="43"/>
        <source>“{value}” is not an IP address or range such as 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="49"/>
        <source>This change affects your own access; confirm it to go on: {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="53"/>
        <source>your own password is older than {days} days: your next sign-in will ask you to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="60"/>
        <source>the console will lock after {minutes} minute(s) without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="64"/>
        <source>Wrong e-mail/nickname or current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/time_sheets.py" line="45"/>
        <source>This time sheet no longer exists (it may have been deleted elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/time_sheets.py" line="49"/>
        <source>The holiday of {date} has a name that is too long or holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="74"/>
        <source>Use an https:// address (http:// only to this computer: 127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="79"/>
        <source>Choose at least one event to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="86"/>
        <source>The verify token is too long or holds characters it cannot keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="90"/>
        <source>This webhook no longer exists (it may have been deleted elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="335"/>
        <source>The verify token holds characters it cannot keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/permissions.py" line="233"/>
        <source>Permissions must be a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/permissions.py" line="236"/>
        <source>Unknown permission(s): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="10"/>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="12"/>
        <source>not a bundle folder or zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="15"/>
        <source>missing: this is not a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="17"/>
        <source>not valid JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="20"/>
        <source>format version {version} is not supported (this tool reads {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="23"/>
        <source>file listed in the manifest is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="27"/>
        <source>checksum does not match the manifest (file altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="29"/>
        <source>expected {{&quot;records&quot;: [...]}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="30"/>
        <source>duplicate id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="33"/>
        <source>refers to {target} id {id}, which the bundle does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="36"/>
        <source>a secret may not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="40"/>
        <source>Field required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="42"/>
        <source>Extra inputs are not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="45"/>
        <source>Input should be a valid string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="48"/>
        <source>Input should be a valid integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="51"/>
        <source>Input should be a valid boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="53"/>
        <source>Input should be a valid list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="55"/>
        <source>Input should be a valid dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="59"/>
        <source>String should have at least %n character(s)</source>
        <translation>
            <numerusform>String should have at least %n character</numerusform>
            <numerusform>String should have at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="64"/>
        <source>String should match pattern &apos;{pattern}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="66"/>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="69"/>
        <source>contains a lone surrogate (not a valid string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="72"/>
        <source>Input should be less than or equal to {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="75"/>
        <source>Input should be greater than or equal to {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="77"/>
        <source>Invalid value ({type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="82"/>
        <source>“{value}” is also the {field} of {other}; it must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="86"/>
        <source>“{value}” is also the {field} of record {other} of this file; it must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="92"/>
        <source>The bundle has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>The bundle has %n problem; nothing was changed.</numerusform>
            <numerusform>The bundle has %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="99"/>
        <source>The bundle {path} cannot be used; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="103"/>
        <source>give one bundle (compared with the local configuration) or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="107"/>
        <source>--as EMAIL is required: this command reads or changes the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="111"/>
        <source>Bundle written to {path} (%n file(s)).</source>
        <translation>
            <numerusform>Bundle written to {path} (%n file).</numerusform>
            <numerusform>Bundle written to {path} (%n files).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="116"/>
        <source>Merged: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="120"/>
        <source>{path} exists already; choose a new workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="124"/>
        <source>Workspace {path}: %n object(s) imported. Open it with --db sqlite:///{path}</source>
        <translation>
            <numerusform>Workspace {path}: %n object imported. Open it with --db sqlite:///{path}</numerusform>
            <numerusform>Workspace {path}: %n objects imported. Open it with --db sqlite:///{path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="129"/>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="132"/>
        <source>{resource}: {added} added, {removed} removed, {changed} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/export_job.py" line="28"/>
        <source>{path} already holds files; choose a new folder name for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/workspace.py" line="39"/>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/workspace.py" line="43"/>
        <source>This is the workspace itself; choose the main database to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/workspace.py" line="47"/>
        <source>{path} is a workspace too; choose the main database to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/trace_import.py" line="43"/>
        <source>The file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiredPasswordDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="18"/>
        <source>Change and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="20"/>
        <source>Password expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="23"/>
        <source>Your password has expired. Choose a new one to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="26"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="29"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="38"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="43"/>
        <source>Enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="49"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="51"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="61"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="70"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="243"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="78"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="86"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="80"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="81"/>
        <source>Incremental: the past day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="82"/>
        <source>Incremental: the past week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="83"/>
        <source>Incremental: the past month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="92"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="93"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="107"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="108"/>
        <source>Bound by update time instead of creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="117"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="121"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="123"/>
        <source>Sensitive columns (names, phones, e-mails, message bodies) stay out unless ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="128"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="135"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="130"/>
        <source>BI (UTF-8, comma, ISO dates in UTC, 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="131"/>
        <source>Excel, English (09-24-2013 19:00, true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="132"/>
        <source>Excel, French (24/09/2013 19:00, vrai/faux, semicolons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="142"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="148"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="143"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="150"/>
        <source>Only the events of the journal&apos;s current filter are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="173"/>
        <source>Your role cannot take this data out of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="196"/>
        <source>%1 (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="226"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="235"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="243"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="267"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFieldsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="50"/>
        <source>Columns to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="53"/>
        <source>Names and e-mail addresses are personal data: tick them only if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="58"/>
        <source> (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportedDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="58"/>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="62"/>
        <source>%Ln record(s) written to %1</source>
        <translation>
            <numerusform>%Ln record written to %1</numerusform>
            <numerusform>%Ln records written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="68"/>
        <source>Records per resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="69"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="69"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="147"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="174"/>
        <source>Agents&apos; source permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="199"/>
        <source>Agents&apos; notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="203"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="224"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="242"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="260"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="288"/>
        <source>Identity groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="302"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="303"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="304"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="306"/>
        <source>Intervention comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="309"/>
        <source>Intervention segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="311"/>
        <source>Presence time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="314"/>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="334"/>
        <source>Reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="336"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="339"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="43"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="66"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="140"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="50"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="129"/>
        <source>Automated exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="60"/>
        <source>Your role cannot export this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="61"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="70"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="74"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="77"/>
        <source>Sensitive columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="87"/>
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n export</numerusform>
            <numerusform>%n exports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="88"/>
        <source>Search exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="92"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="116"/>
        <source>Automated exports are switched off for this account. An administrator can switch them on in Settings › Extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="131"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="134"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="142"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="143"/>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="144"/>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="149"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="150"/>
        <source>Search tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="151"/>
        <source>No automated export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="153"/>
        <source>A task exports on a schedule (every day, every Monday, the 1st of the month) to a folder or an SFTP server, while a console is open or from “engage-desktop exports run-due”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="159"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="171"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="162"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="165"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="206"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="178"/>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="181"/>
        <source>Succeeded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="182"/>
        <source>Failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="204"/>
        <source>Delete automated export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="205"/>
        <source>Delete the automated export “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="208"/>
        <source>Files already delivered stay where they are. The deletion is written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionSettingsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="32"/>
        <source>Settings of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="40"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="45"/>
        <source>Settings (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="47"/>
        <source>Names and values this feature reads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="46"/>
        <source>Reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="47"/>
        <source>A knowledge base of ready answers agents insert into replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="50"/>
        <source>Rules engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="51"/>
        <source>Rules that categorise, prioritise and route messages as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="56"/>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="57"/>
        <source>Satisfaction surveys sent to customers after a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="60"/>
        <source>Automated exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="61"/>
        <source>Exports that run on a schedule to a folder or an SFTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="64"/>
        <source>Co-browsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="65"/>
        <source>Agents see and guide the customer&apos;s web page during a chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="68"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="69"/>
        <source>Agents escalate a chat to a video call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="72"/>
        <source>AI categorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="73"/>
        <source>Categories suggested for incoming messages from their text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionsPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="69"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="72"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="90"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="73"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="91"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="73"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="91"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="78"/>
        <source>Permissions hidden while off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="84"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="91"/>
        <source>All features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="95"/>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="100"/>
        <source>Search features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="102"/>
        <source>No extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="108"/>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="116"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="154"/>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="123"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="131"/>
        <source>A feature that is off keeps its data: its pages and permissions are hidden and come back when it is turned on again. The navigation follows at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="144"/>
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln feature</numerusform>
            <numerusform>%Ln features</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="152"/>
        <source>Turn off feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="153"/>
        <source>Turn off “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="155"/>
        <source>Its pages and permissions are hidden and its actions refused; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="188"/>
        <source>Welcome — Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="189"/>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="192"/>
        <source>This database is empty. The first account you create holds every permission; you can invite the rest of the team afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="196"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="197"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="198"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="199"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="202"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="204"/>
        <source>At least 10 characters, including a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="206"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="207"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderEditor</name>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="49"/>
        <source>No folder selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="54"/>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="69"/>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="218"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="64"/>
        <source>Show the number of threads to agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="68"/>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="70"/>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="73"/>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="218"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="75"/>
        <source>keyword:value, quotes around spaces, -keyword: excludes; plain words search the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="84"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="85"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="86"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="90"/>
        <source>Shown to these %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="95"/>
        <source>Shown to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="97"/>
        <source>Nothing ticked: everyone. Otherwise the ticked roles, teams and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="99"/>
        <source>Save folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="142"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="154"/>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="187"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="201"/>
        <source>No count: %1 apply to threads, which carry no customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="206"/>
        <source>Matches %Ln customer profile(s)</source>
        <translation>
            <numerusform>Matches %Ln customer profile</numerusform>
            <numerusform>Matches %Ln customer profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderTree</name>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="39"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="71"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="80"/>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="84"/>
        <source>New subfolder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="87"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="134"/>
        <source>Every thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="187"/>
        <source>The folders inside it are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="190"/>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="192"/>
        <source>Delete folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="191"/>
        <source>Delete the folder “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/form.py" line="218"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="29"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="41"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="31"/>
        <source>Suggest these entries while the agent types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="36"/>
        <source>Entries in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="42"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="82"/>
        <source>Autocomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="45"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="82"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="47"/>
        <source>An entry belongs to one group: ticking it here takes it out of its other group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="49"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="49"/>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="65"/>
        <source>Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="71"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="83"/>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="87"/>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="112"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="115"/>
        <source>Sign out of Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="297"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="298"/>
        <source>Screen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="299"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="300"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="307"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="301"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="313"/>
        <source>Controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="303"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="310"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="312"/>
        <source>All identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="314"/>
        <source>Not controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="319"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="323"/>
        <source>%Ln identity(ies)</source>
        <translation>
            <numerusform>%Ln identity</numerusform>
            <numerusform>%Ln identities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="324"/>
        <source>Search names, e-mails, network ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="326"/>
        <source>No identities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="327"/>
        <source>Identities arrive with the messages of each community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="352"/>
        <source>All communities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitiesTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="319"/>
        <source>Show the identities of every community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="352"/>
        <source>Tick Reply on a channel (Channel permissions tab) to choose the identities this user replies as there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="361"/>
        <source>Only company identities marked as controlled (Channels › Identities) are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="398"/>
        <source>Tick an identity: this user may reply on this community&apos;s channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="406"/>
        <source>%Ln identity(ies) chosen</source>
        <translation>
            <numerusform>%Ln identity chosen</numerusform>
            <numerusform>%Ln identities chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityDetailPanel</name>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="123"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="186"/>
        <source>No identity selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="131"/>
        <source>Screen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="132"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="133"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="134"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="135"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="136"/>
        <source>Network id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="144"/>
        <source>Identity group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="150"/>
        <source>Company identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="152"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="265"/>
        <source>Controlled identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="153"/>
        <source>Agents linked to it may reply as this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="163"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="265"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="164"/>
        <source>Choose agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="192"/>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="204"/>
        <source>Not part of an identity group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="207"/>
        <source>%1 — %Ln identity(ies) in this customer profile</source>
        <translation>
            <numerusform>%1 — %Ln identity in this customer profile</numerusform>
            <numerusform>%1 — %Ln identities in this customer profile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="212"/>
        <source>Only a controlled identity can be used by agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="214"/>
        <source>No agent may use it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="217"/>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="221"/>
        <source>Click an agent to open their identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="235"/>
        <source>Release identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="236"/>
        <source>Stop agents from replying as “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="237"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="238"/>
        <source>These agents will no longer be able to reply as it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityGroupDetailPanel</name>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="54"/>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="136"/>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="60"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="61"/>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="62"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="72"/>
        <source>Identities of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="74"/>
        <source>Merge an identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="77"/>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="259"/>
        <source>Unmerge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="79"/>
        <source>The selected identity leaves with what it brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="90"/>
        <source>Tags of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="91"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="98"/>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="100"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="101"/>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="111"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="114"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="116"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="148"/>
        <source>(merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="165"/>
        <source>No custom fields for customer profiles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="257"/>
        <source>Unmerge identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="258"/>
        <source>Take “%1” out of this customer profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="260"/>
        <source>It gets a profile of its own again, with the values and tags it brought.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityGroupsPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="28"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="29"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="30"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="33"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="39"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="40"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="43"/>
        <source>Identity groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="51"/>
        <source>Search names, companies, e-mails, phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="52"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="53"/>
        <source>No customer profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="54"/>
        <source>A profile gathers one customer&apos;s identities across communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="75"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="78"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityMergeDialog</name>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="20"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="22"/>
        <source>Merge an identity into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="27"/>
        <source>The identity joins this customer profile. Where both have a value, the profile&apos;s is kept; the identity only fills what the profile lacks. Unmerge gives it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="36"/>
        <source>Search identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="37"/>
        <source>Search names, e-mails, network ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="41"/>
        <source>Identities found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorkspaceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="79"/>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="243"/>
        <source>Import a bundle into a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="84"/>
        <source>The bundle goes into a new workspace database of its own, where you can edit it with the usual pages; the main database is not changed. Merge it back later from the File menu (Merge this workspace into…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="92"/>
        <source>Bundle to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="93"/>
        <source>A bundle folder or .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="95"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="97"/>
        <source>Choose the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="102"/>
        <source>Workspace database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="104"/>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="106"/>
        <source>Choose where the workspace file goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="110"/>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="112"/>
        <source>&amp;Workspace file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="130"/>
        <source>Problems of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="133"/>
        <source>Cop&amp;y problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="135"/>
        <source>Copy the problems to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="143"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="145"/>
        <source>Import the bundle into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="149"/>
        <source>&amp;Open the workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="152"/>
        <source>Open the workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="173"/>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="173"/>
        <source>Bundles (*.zip manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="182"/>
        <source>Where the workspace database goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="184"/>
        <source>Workspace databases (*.sqlite3 *.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="217"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="219"/>
        <source>%1 exists already; choose a new file for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="244"/>
        <source>Reading the bundle and creating the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="261"/>
        <source>Workspace created in %1 with %Ln object(s) from the bundle. Open it now to edit them.</source>
        <translation>
            <numerusform>Workspace created in %1 with %Ln object from the bundle. Open it now to edit it.</numerusform>
            <numerusform>Workspace created in %1 with %Ln objects from the bundle. Open it now to edit them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="273"/>
        <source>This bundle cannot be imported; no workspace was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="281"/>
        <source>Import cancelled; no workspace was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCharts</name>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="47"/>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="66"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="51"/>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="85"/>
        <source>Events per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="55"/>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="112"/>
        <source>Events per actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="80"/>
        <source>%n event(s) in the filtered journal</source>
        <translation>
            <numerusform>%n event in the filtered journal</numerusform>
            <numerusform>%n events in the filtered journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="114"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="121"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCheckCounts</name>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/actions.py" line="411"/>
        <source>The journal is intact: %Ln event(s) verified.</source>
        <translation>
            <numerusform>The journal is intact: %Ln event verified.</numerusform>
            <numerusform>The journal is intact: %Ln events verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalDetail</name>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="66"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="69"/>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="70"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="70"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="70"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="78"/>
        <source>Select an event to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="93"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="96"/>
        <source>%1 by %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="109"/>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="73"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="74"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="119"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="76"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="171"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="178"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="76"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="175"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="80"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="85"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="88"/>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="96"/>
        <source>Event names: user.*, task.created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="97"/>
        <source>No event matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="98"/>
        <source>Every change made in the console is written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="100"/>
        <source>Event names or groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="103"/>
        <source>Export this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="109"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="284"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="296"/>
        <source>Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="120"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="136"/>
        <source>more than %Ln event(s)</source>
        <translation>
            <numerusform>more than %Ln event</numerusform>
            <numerusform>more than %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="137"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="143"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="146"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="173"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="181"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="182"/>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="185"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="186"/>
        <source>Object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="193"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="284"/>
        <source>Checking every event of the audit journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="75"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="77"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="164"/>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="195"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="592"/>
        <source>The list could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="592"/>
        <source>Check the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="594"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="609"/>
        <source>No match for “%1” with these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="610"/>
        <source>Clear the search and the filters to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="611"/>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="613"/>
        <source>No match for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="614"/>
        <source>Check the spelling, or clear the search to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="615"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="617"/>
        <source>No match for these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="618"/>
        <source>Change the filters, or clear them to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="619"/>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="626"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="628"/>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="71"/>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="78"/>
        <source>Console locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="81"/>
        <source>Locked after a while without activity. Enter the password of %1 to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="90"/>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="91"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="96"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="100"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../engage_desktop/views/shell/main_window.py" line="75"/>
        <source>Engage Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/main_window.py" line="249"/>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeTagsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="75"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="77"/>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="81"/>
        <source>Merge %1 into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="86"/>
        <source>Tag to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="93"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="95"/>
        <source>Customers carrying a merged tag carry this one; the merged tags are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeWorkspaceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="67"/>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="226"/>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="252"/>
        <source>Merge this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="72"/>
        <source>Sign in to the main database: the merge creates or updates its objects as you, with your permissions there, and journals each change. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="79"/>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="124"/>
        <source>Main database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="80"/>
        <source>A SQLite file or a database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="81"/>
        <source>C&amp;hoose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="83"/>
        <source>Choose the main database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="91"/>
        <source>E-mail or nickname in the main database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="94"/>
        <source>Password in the main database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="98"/>
        <source>&amp;Main database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="101"/>
        <source>&amp;E-mail or nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="102"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="120"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="120"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="120"/>
        <source>Main</source>
        <comment>the main database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="132"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="134"/>
        <source>Sign in and compare with the main database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="137"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="139"/>
        <source>Merge the workspace into the main database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="159"/>
        <source>Choose the main database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="159"/>
        <source>Databases (*.sqlite3 *.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="188"/>
        <source>Signing in to the main database and comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="201"/>
        <source>Merging into %1 creates %2 and updates %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="203"/>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="204"/>
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln object</numerusform>
            <numerusform>%Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="206"/>
        <source>%Ln object(s) found only there are kept.</source>
        <translation>
            <numerusform>%Ln object found only there is kept.</numerusform>
            <numerusform>%Ln objects found only there are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="227"/>
        <source>Create or update %Ln object(s) in %1?</source>
        <translation>
            <numerusform>Create or update %Ln object in %1?</numerusform>
            <numerusform>Create or update %Ln objects in %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="243"/>
        <source>Merged into %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="245"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="246"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="210"/>
        <source>Nothing to merge: %1 already holds this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="228"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="229"/>
        <source>Each change is journaled in the main database under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="237"/>
        <source>Merging into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="267"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="275"/>
        <source>Not allowed in the main database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDatabaseDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="34"/>
        <source>Move to a shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="39"/>
        <source>Copies this whole configuration — users, roles, channels, routing, the audit journal and its chain — into an empty PostgreSQL database that several workstations can then share. This database stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="49"/>
        <source>Target database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="51"/>
        <source>For example postgresql://engage@db.example.org/engage?sslmode=require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="53"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="55"/>
        <source>Overwrite the target if it already holds a configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="59"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="60"/>
        <source>Copy the configuration into the target database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="71"/>
        <source>Enter the address of the target database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="75"/>
        <source>Overwrite the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="76"/>
        <source>Everything the target database holds will be replaced by this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="77"/>
        <source>Overwrite and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="93"/>
        <source>Moving the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="94"/>
        <source>Copying every table, then checking the row counts and the journal&apos;s chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="107"/>
        <source>Configuration moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="109"/>
        <source>%1; %2.

To use the shared database, choose File › Connect to database… on each workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="111"/>
        <source>%Ln row(s) copied and verified</source>
        <translation>
            <numerusform>%Ln row copied and verified</numerusform>
            <numerusform>%Ln rows copied and verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="114"/>
        <source>the journal&apos;s %Ln event(s) still form an unbroken chain</source>
        <translation>
            <numerusform>the journal&apos;s %Ln event still forms an unbroken chain</numerusform>
            <numerusform>the journal&apos;s %Ln events still form an unbroken chain</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="127"/>
        <source>The move was stopped. The target is marked unfinished: no console will use it until a move to it completes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveTaskDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="43"/>
        <source>Move task #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="46"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="52"/>
        <source>Move to the &amp;queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="54"/>
        <source>The task starts again at the first step of that queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="57"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveUsersDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="20"/>
        <source>Move users and delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="23"/>
        <source>The role “%1” is given to %Ln user(s). Which role should they get before it is deleted?</source>
        <translation>
            <numerusform>The role “%1” is given to %Ln user. Which role should they get before it is deleted?</numerusform>
            <numerusform>The role “%1” is given to %Ln users. Which role should they get before it is deleted?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="31"/>
        <source>Role for its users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="36"/>
        <source>Choose a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="38"/>
        <source>Each move and the deletion are written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="44"/>
        <source>Move users and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="58"/>
        <source>Give them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="46"/>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="51"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="57"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="63"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="69"/>
        <source>Agent capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="75"/>
        <source>Presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="83"/>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="88"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="94"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="100"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="108"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="113"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="119"/>
        <source>Routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="125"/>
        <source>Topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="131"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="138"/>
        <source>Queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="144"/>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="152"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="157"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="163"/>
        <source>Identity groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="169"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="175"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="181"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="187"/>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="195"/>
        <source>Agent tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="200"/>
        <source>Reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="207"/>
        <source>Reply-assistant groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="214"/>
        <source>E-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="220"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="228"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="233"/>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="239"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="245"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="251"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="257"/>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="263"/>
        <source>API access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="269"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="275"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="281"/>
        <source>Workstations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="347"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationDrawer</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="162"/>
        <source>coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="186"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoPagesState</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="200"/>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="201"/>
        <source>Your role does not give access to any page of this console. Ask an administrator to add the permissions you need to your role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../engage_desktop/views/shell/notice_banner.py" line="25"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/notice_banner.py" line="30"/>
        <source>Dismiss this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/notice_banner.py" line="31"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/notice_banner.py" line="46"/>
        <source>No system keyring is available: passwords and tokens of channels are kept in %1, readable only by you. Install and unlock a keyring (GNOME Keyring, KWallet) to keep them there instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationButton</name>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="97"/>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="110"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="110"/>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="117"/>
        <source>Nothing new. Choose what to hear about in Settings › Notifications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="45"/>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="74"/>
        <source>Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="84"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="80"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="80"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="83"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="112"/>
        <source>My notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="85"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="87"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="104"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="126"/>
        <source>In the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="89"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="126"/>
        <source>By e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="94"/>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="97"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="97"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="97"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="107"/>
        <source>Also by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="110"/>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="115"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="152"/>
        <source>Custom notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="117"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="118"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="120"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="124"/>
        <source>Tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="130"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="135"/>
        <source>No custom notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="137"/>
        <source>Tell everyone when something happens: an event, a condition, a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="141"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="150"/>
        <source>New notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="146"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="148"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="158"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="161"/>
        <source>%Ln notification(s)</source>
        <translation>
            <numerusform>%Ln notification</numerusform>
            <numerusform>%Ln notifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="200"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="202"/>
        <source>Delete notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="201"/>
        <source>Delete the notification “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="78"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="79"/>
        <source>oldest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="80"/>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="81"/>
        <source>SLA at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="82"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="83"/>
        <source>agents available · busy · away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="84"/>
        <source>done in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLoadFailed</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="175"/>
        <source>%1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="178"/>
        <source>Something went wrong while opening this page; the details were written to the log. Try again, and if it keeps failing, send the log to your support team.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="183"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="32"/>
        <source>Read users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="33"/>
        <source>Create users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="34"/>
        <source>Edit users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="35"/>
        <source>Invite users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="36"/>
        <source>Sign in as another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="37"/>
        <source>Manage users of my teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="38"/>
        <source>Manage teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="39"/>
        <source>Manage roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="40"/>
        <source>See agents&apos; presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="41"/>
        <source>Read channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="42"/>
        <source>Create channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="43"/>
        <source>Edit channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="44"/>
        <source>Read communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="45"/>
        <source>Create communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="46"/>
        <source>Edit communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="47"/>
        <source>Read identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="48"/>
        <source>Edit identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="49"/>
        <source>Manage identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="50"/>
        <source>Lock identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="51"/>
        <source>Anonymize identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="52"/>
        <source>Export identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="53"/>
        <source>Manage categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="54"/>
        <source>Manage topologies and routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="55"/>
        <source>Monitor all tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="56"/>
        <source>Monitor my teams&apos; tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="57"/>
        <source>Receive tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="58"/>
        <source>Pick tasks in pull mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="59"/>
        <source>Manage rules-engine rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="60"/>
        <source>Manage tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="61"/>
        <source>Manage custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="62"/>
        <source>Manage folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="63"/>
        <source>Read exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="64"/>
        <source>Run deferred content exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="65"/>
        <source>Read the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="66"/>
        <source>Search the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="67"/>
        <source>Read statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="68"/>
        <source>Read own statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="69"/>
        <source>Manage automated exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="70"/>
        <source>Manage the reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="71"/>
        <source>Reply with the reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="72"/>
        <source>Manage e-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="73"/>
        <source>Manage chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="74"/>
        <source>Manage messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="75"/>
        <source>Manage surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="76"/>
        <source>Read surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="77"/>
        <source>Manage ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="78"/>
        <source>Manage App SDK applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="79"/>
        <source>Edit account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="80"/>
        <source>Edit business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="81"/>
        <source>Configure extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="82"/>
        <source>Turn extensions on and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="83"/>
        <source>Manage API access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="84"/>
        <source>Manage custom notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="85"/>
        <source>Manage own notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="86"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="87"/>
        <source>See previous messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="88"/>
        <source>Open threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="89"/>
        <source>Close threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="90"/>
        <source>Delete threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="91"/>
        <source>Edit any intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="92"/>
        <source>Edit own interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="93"/>
        <source>Assign interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="94"/>
        <source>Approve replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="95"/>
        <source>Publish replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="96"/>
        <source>Mute messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="97"/>
        <source>Block message authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="98"/>
        <source>Stamp replies as official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="99"/>
        <source>Use emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="100"/>
        <source>Open the help center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="101"/>
        <source>Ask an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="102"/>
        <source>Escalate to video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="103"/>
        <source>Use co-browsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="108"/>
        <source>Users &amp; teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="109"/>
        <source>Channels &amp; identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="110"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="111"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="112"/>
        <source>Agent tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="113"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="114"/>
        <source>Conversation work (agent interface)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanApplyDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="53"/>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="143"/>
        <source>Apply a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="63"/>
        <source>%n call(s) to %1, in this order:</source>
        <translation>
            <numerusform>%n call to %1:</numerusform>
            <numerusform>%n calls to %1, in this order:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="67"/>
        <source>%1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="68"/>
        <source>%Ln to create</source>
        <translation>
            <numerusform>%Ln to create</numerusform>
            <numerusform>%Ln to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="69"/>
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln to update</numerusform>
            <numerusform>%Ln to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="70"/>
        <source>%Ln to delete</source>
        <translation>
            <numerusform>%Ln to delete</numerusform>
            <numerusform>%Ln to delete</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="79"/>
        <source>Planned calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="86"/>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="145"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="88"/>
        <source>Apply the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="109"/>
        <source>The plan needs these secrets; they are sent to the account, never saved here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="117"/>
        <source>Secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="133"/>
        <source>Give the secrets the plan needs: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="144"/>
        <source>The plan deletes %n object(s) on the platform account.</source>
        <translation>
            <numerusform>The plan deletes %n object on the platform account.</numerusform>
            <numerusform>The plan deletes %n objects on the platform account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="149"/>
        <source>Applying the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="150"/>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="181"/>
        <source>Applied %n call(s);</source>
        <translation>
            <numerusform>Applied %n call;</numerusform>
            <numerusform>Applied %n calls;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="183"/>
        <source>%n were already done.</source>
        <translation>
            <numerusform>%n was already done.</numerusform>
            <numerusform>%n were already done.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="196"/>
        <source>Stopped: %1. Apply again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="203"/>
        <source>Not allowed: %1 Nothing was sent to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="209"/>
        <source>Cancelled between two calls. Apply again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSourceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="79"/>
        <source>Plan and apply to a platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="81"/>
        <source>The current &amp;configuration of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="83"/>
        <source>A &amp;bundle (folder or .zip):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="91"/>
        <source>Bundle folder or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="93"/>
        <source>&amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="95"/>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="147"/>
        <source>Choose a bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="97"/>
        <source>&amp;Zip file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="99"/>
        <source>Choose a bundle zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="108"/>
        <source>Account API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="111"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="115"/>
        <source>The plan is computed first and shown for review: nothing is sent to the account before you press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="121"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="123"/>
        <source>Compute the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="128"/>
        <source>What to apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="154"/>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="154"/>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="167"/>
        <source>Choose an existing bundle folder or .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformCommands</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="79"/>
        <source>&amp;Plan and apply to a platform account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="82"/>
        <source>P&amp;ull a platform account into a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="86"/>
        <source>Only an administrator can do this: your role lacks the permissions “Edit account settings” and “Manage roles”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="172"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="173"/>
        <source>Reading what to apply and the account %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="178"/>
        <source>this database&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="194"/>
        <source>The account refused the kept API token: give a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="203"/>
        <source>Nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="204"/>
        <source>Nothing to change: the account %1 already matches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="232"/>
        <source>Pull a platform account into a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="234"/>
        <source>Bundle folder (*);;Bundle zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="258"/>
        <source>Pulling the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="259"/>
        <source>Reading the account %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="275"/>
        <source>Account pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="276"/>
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n record written to %1.</numerusform>
            <numerusform>%n records written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="287"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="287"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDialogs</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="49"/>
        <source>Give the account&apos;s API address, e.g. https://example.com/1.0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceStatusDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="31"/>
        <source>Edit presence status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="33"/>
        <source>New presence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="38"/>
        <source>e.g. Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="42"/>
        <source>Available: routing sends tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="43"/>
        <source>Away: routing sends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="48"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="51"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="71"/>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="53"/>
        <source>At least one status must count as available, or no agent could take work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceStatusesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="109"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="110"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="111"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="117"/>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="112"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="118"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="118"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="173"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="118"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="173"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="122"/>
        <source>Presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="127"/>
        <source>Search statuses by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="129"/>
        <source>No presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="130"/>
        <source>Agents pick a status; each counts as available or away for routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="134"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="166"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="141"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="144"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="151"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="158"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/presence_page.py" line="176"/>
        <source>%Ln status(es)</source>
        <translation>
            <numerusform>%Ln status</numerusform>
            <numerusform>%Ln statuses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="202"/>
        <source>Delete presence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="203"/>
        <source>Delete the presence status “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="204"/>
        <source>Delete status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="205"/>
        <source>Agents can no longer pick it. The deletion is written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="88"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="117"/>
        <source>Ready to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="103"/>
        <source>Shown to colleagues, unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="106"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="107"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="108"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="109"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="116"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="130"/>
        <source>Type a city: Paris, New_York…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="131"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="140"/>
        <source>Spoken languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="151"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="153"/>
        <source>Optional. Without one, the user cannot sign in until you send an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="170"/>
        <source>Speaks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="170"/>
        <source>No language ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="173"/>
        <source>Routing can give this agent conversations in these languages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="173"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="198"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryEdit</name>
    <message>
        <location filename="../../engage_desktop/views/digital/query_edit.py" line="25"/>
        <source>Search query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/query_edit.py" line="30"/>
        <source>e.g. tag:VIP -tag:&quot;churn risk&quot; refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueMonitor</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="46"/>
        <source>Waiting and SLA breaches, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="48"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="52"/>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="69"/>
        <source>Agent occupancy, last hour (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="79"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="199"/>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="96"/>
        <source>Busiest agents now (load / capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="99"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="103"/>
        <source>Free capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="39"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="281"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="41"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="282"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="42"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="283"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="56"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="58"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="60"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="61"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="120"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="126"/>
        <source>Tasks waiting for an agent. Grouped by team: the waiting tasks this team&apos;s agents may take; a task several teams may take counts in each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="157"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="161"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="162"/>
        <source>No task and no agent to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="163"/>
        <source>Queues appear here as soon as interactions arrive and agents connect. Import a trace or start the intake to see them move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="176"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="179"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="185"/>
        <source>Load / capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="192"/>
        <source>Hard capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="206"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="210"/>
        <source>Search agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="211"/>
        <source>No agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="212"/>
        <source>Agents who may receive tasks appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="225"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="229"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="236"/>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="243"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="278"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="247"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="248"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="251"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="257"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="263"/>
        <source>Waiting tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="267"/>
        <source>Search tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="268"/>
        <source>No task waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="269"/>
        <source>Every task of this selection has been handed to an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="280"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueMonitorCounts</name>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="25"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="28"/>
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="31"/>
        <source>%n waiting task(s)</source>
        <translation>
            <numerusform>%n waiting task</numerusform>
            <numerusform>%n waiting tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueMonitorPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="75"/>
        <source>Queue monitoring is not part of your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="76"/>
        <source>Ask an administrator for the “monitor_tasks” or “monitor_team_tasks” permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="81"/>
        <source>Queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="89"/>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="91"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="92"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="93"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="97"/>
        <source>&amp;Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="99"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="101"/>
        <source>Refresh every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="104"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="138"/>
        <source>Waiting and SLA breaches over the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="143"/>
        <source>Raise priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="150"/>
        <source>Priority +%1: the task moves ahead in its queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="153"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="160"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="169"/>
        <source>Agent occupancy over the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="170"/>
        <source>Busiest agents now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="173"/>
        <source>Waiting tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="174"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="180"/>
        <source>Agent load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="281"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="282"/>
        <source>Routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="283"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="298"/>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="303"/>
        <source>Routing engine running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="306"/>
        <source>No workstation runs the routing engine: waiting tasks are not being assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="311"/>
        <source>You see the tasks and agents of the teams you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="314"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="43"/>
        <source>Task #%1: priority raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="63"/>
        <source>Task #%1 moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="86"/>
        <source>Task #%1 assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="123"/>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="125"/>
        <source>Could not do it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyAssistantGroupsPage</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="101"/>
        <source>The reply assistant is switched off for this account. An administrator can switch it on in Settings › Extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="112"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="114"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="116"/>
        <source>Autocomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="119"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="123"/>
        <source>Reply-assistant groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="127"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="128"/>
        <source>Search groups by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="129"/>
        <source>No group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="130"/>
        <source>Groups sort the entries agents see; drag them into the order you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="133"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="153"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="136"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="141"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="145"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="147"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="156"/>
        <source>Drag a group onto another row to move it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="195"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="197"/>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="196"/>
        <source>Delete the group “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="198"/>
        <source>Its entries stay, without a group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyAssistantPage</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="35"/>
        <source>The reply assistant is switched off for this account. An administrator can switch it on in Settings › Extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="45"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="46"/>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="47"/>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="69"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="48"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="51"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="56"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="63"/>
        <source>Reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="68"/>
        <source>Search labels, shortcuts and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="69"/>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="70"/>
        <source>No entry yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="72"/>
        <source>Entries are ready answers agents call with a shortcut: one text per language, plain or HTML, with attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="78"/>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="96"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="81"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="84"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="87"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="90"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="101"/>
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="126"/>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="128"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="127"/>
        <source>Delete the entry “%1” and its versions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="129"/>
        <source>Agents can no longer use it. The deletion is written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="141"/>
        <source>Export the reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="143"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="149"/>
        <source>Exporting the reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="150"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="160"/>
        <source>Export done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="161"/>
        <source>%1 lines written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="149"/>
        <source>Edit role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="149"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="154"/>
        <source>e.g. Night-shift supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="156"/>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="341"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="158"/>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="341"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="170"/>
        <source>Filter permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/role_editor.py" line="187"/>
        <source>%Ln permission(s) of extensions that are off are hidden; the role keeps them as they are.</source>
        <translation>
            <numerusform>%Ln permission of extensions that are off is hidden; the role keeps it as it is.</numerusform>
            <numerusform>%Ln permissions of extensions that are off are hidden; the role keeps them as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/role_editor.py" line="209"/>
        <source>Given to %Ln user(s).</source>
        <translation>
            <numerusform>Given to %Ln user.</numerusform>
            <numerusform>Given to %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/role_editor.py" line="299"/>
        <source>%1 of %Ln permission(s)</source>
        <translation>
            <numerusform>%1 of %Ln permission</numerusform>
            <numerusform>%1 of %Ln permissions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="208"/>
        <source>Given to no user yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="214"/>
        <source>Your role lacks this permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="228"/>
        <source>Tick or clear every permission of this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="199"/>
        <source>holds permissions your role lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="208"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="212"/>
        <source>What this role allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="225"/>
        <source>Roles are defined in Users › Roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="246"/>
        <source>%1 of %Ln permission(s)</source>
        <translation>
            <numerusform>%1 of %Ln permission</numerusform>
            <numerusform>%1 of %Ln permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="28"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="31"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="36"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="37"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="46"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="47"/>
        <source>Any permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="51"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="52"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="52"/>
        <source>Given to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="52"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="56"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="61"/>
        <source>Search roles by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="63"/>
        <source>No roles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="64"/>
        <source>A role decides what its users may see and do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="68"/>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="108"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="75"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="82"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="89"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="98"/>
        <source>Move users and delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="106"/>
        <source>Give the role&apos;s users another role, then delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/roles_page.py" line="118"/>
        <source>%Ln roles</source>
        <translation>
            <numerusform>%Ln role</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="176"/>
        <source>The role “%1” is given to 1 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="178"/>
        <source>The role “%1” is given to %2 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="182"/>
        <source>Give them another role before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="153"/>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="155"/>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="154"/>
        <source>Delete the role “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="156"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="190"/>
        <source>Delete the selected role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingChannelEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="39"/>
        <source>Edit routing channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="41"/>
        <source>New routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="49"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="168"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="50"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="53"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="169"/>
        <source>Soft capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="54"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="59"/>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="55"/>
        <source>Tasks an agent gets pushed at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="58"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="170"/>
        <source>Hard capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="60"/>
        <source>Upper bound, transfers included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="63"/>
        <source>Task timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="64"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="69"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="72"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="65"/>
        <source>Time to accept before the task moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="68"/>
        <source>Auto-complete after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="70"/>
        <source>0 = never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="72"/>
        <source>Agent SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="72"/>
        <source>Time an agent has to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="74"/>
        <source>SLA threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="75"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="76"/>
        <source>Share of replies within the agent SLA to aim for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="121"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="123"/>
        <source>A channel belongs to one routing channel; one shown with another&apos;s name moves here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="126"/>
        <source>Auto-complete categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="152"/>
        <source>Move channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="153"/>
        <source>These channels leave their routing channel for this one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="156"/>
        <source>Move them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingChannelsPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="22"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="24"/>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="27"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="31"/>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="36"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="37"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="40"/>
        <source>Routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="44"/>
        <source>%Ln routing channel(s)</source>
        <translation>
            <numerusform>%Ln routing channel</numerusform>
            <numerusform>%Ln routing channels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="45"/>
        <source>Search routing channels by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="46"/>
        <source>No routing channels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="47"/>
        <source>A routing channel groups channels that share capacity, timeouts and SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="51"/>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="66"/>
        <source>New routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="57"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="60"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="89"/>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="93"/>
        <source>Delete routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="90"/>
        <source>Delete the routing channel “%1”? Its channels stay, in no routing channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="94"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingFormat</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_format.py" line="14"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_format.py" line="17"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_format.py" line="20"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="63"/>
        <source>Add the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="64"/>
        <source>Remove the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="65"/>
        <source>Set the priority to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="66"/>
        <source>Tag the customer with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="67"/>
        <source>Route to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="68"/>
        <source>Route to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="69"/>
        <source>Auto-reply with the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="70"/>
        <source>Ignore (archive) the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="73"/>
        <source>Edit rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="73"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="79"/>
        <source>e.g. Urgent French orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="80"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="310"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="81"/>
        <source>The rule runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="84"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="311"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="92"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="312"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="97"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="313"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="98"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="314"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="117"/>
        <source>Actions, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="118"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="118"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="118"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="127"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="133"/>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="152"/>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="163"/>
        <source>Value of action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="175"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="180"/>
        <source>unknown %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="191"/>
        <source>tag id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="192"/>
        <source>queue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="193"/>
        <source>reply-assistant entry id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTestPane</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="29"/>
        <source>A message is received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="30"/>
        <source>An intervention is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="33"/>
        <source>An intervention is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="36"/>
        <source>A task expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="58"/>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="121"/>
        <source>Test rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="64"/>
        <source>Sample message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="66"/>
        <source>Type a customer message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="76"/>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="81"/>
        <source>e.g. fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="85"/>
        <source>tag ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="90"/>
        <source>category ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="95"/>
        <source>contract=Gold, plan=pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="99"/>
        <source>company=ACME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="102"/>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="103"/>
        <source>Closed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="107"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="108"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="109"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="110"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="111"/>
        <source>Customer tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="112"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="113"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="114"/>
        <source>Customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="115"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="118"/>
        <source>Changing the sample tests the rule again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="125"/>
        <source>Evaluate the rule as edited (not saved) on this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="130"/>
        <source>Type a message and test the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="181"/>
        <source>✓ The rule fires on this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="186"/>
        <source>✗ The rule does not fire: it runs on another event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="193"/>
        <source>✗ The rule does not fire: its conditions do not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="205"/>
        <source>Categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="211"/>
        <source>Customer tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="216"/>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="222"/>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="226"/>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="232"/>
        <source>Auto-reply with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="237"/>
        <source>The message is ignored (archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="240"/>
        <source>The rule has problems (marked in red): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="31"/>
        <source>The rules engine is switched off for this account. An administrator can switch it on in Settings › Extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="42"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="48"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="73"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="43"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="48"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="73"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="45"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="46"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="48"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="50"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="53"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="59"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="63"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="68"/>
        <source>Search rules by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="73"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="117"/>
        <source>Move down: run this rule one place later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="120"/>
        <source>On/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="126"/>
        <source>Switch the rule on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="141"/>
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln rule</numerusform>
            <numerusform>%Ln rules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="76"/>
        <source>No rule yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="78"/>
        <source>Rules run in order on each incoming message: they categorise it, set its priority, tag the customer, route it or answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="88"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="136"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="95"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="108"/>
        <source>Move up: run this rule one place earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="109"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="118"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="128"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="180"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="182"/>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="181"/>
        <source>Delete the rule “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="183"/>
        <source>The rules after it move up one place. The deletion is written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="40"/>
        <source>Stored in the keyring — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="40"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="42"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="21"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="23"/>
        <source>Rules for passwords, sessions and API access. Changes apply at the next sign-in or password change and are written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="30"/>
        <source>Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="33"/>
        <source>Minimum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="34"/>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="37"/>
        <source>Require a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="42"/>
        <source>Require a symbol (not a letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="45"/>
        <source>Passwords expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="49"/>
        <source>Expire after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="50"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="55"/>
        <source>Refuse recently used passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="59"/>
        <source>Remember the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="60"/>
        <source> passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="61"/>
        <source>Only one-way hashes of old passwords are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="66"/>
        <source>Turn off password recovery by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="68"/>
        <source>Sessions and sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="71"/>
        <source>Lock the console after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="72"/>
        <source> minutes without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="72"/>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="78"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="73"/>
        <source>The console then asks for the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="77"/>
        <source>Lock an account after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="78"/>
        <source> failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="82"/>
        <source>Locked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="83"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="85"/>
        <source>API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="88"/>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="95"/>
        <source>Allowed IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="90"/>
        <source>Any address. Or one per line: 10.0.0.0/8, 192.168.1.20, 2001:db8::/32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="97"/>
        <source>API access tokens work only from these addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="99"/>
        <source>Web clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="103"/>
        <source>Ask browsers not to remember passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="108"/>
        <source>Refuse to be shown inside other sites (iframes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="172"/>
        <source>Confirm security change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="173"/>
        <source>This change affects your own access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="174"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="181"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFormPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/settings_form_page.py" line="44"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/settings_form_page.py" line="48"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="68"/>
        <source>&amp;Connect to database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="71"/>
        <source>&amp;Move to a shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="77"/>
        <source>Compare with a &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="82"/>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="87"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="89"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="91"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="101"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="104"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="110"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="125"/>
        <source>Move to the &amp;navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="128"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="135"/>
        <source>&amp;About Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="137"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="139"/>
        <source>Open the &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="142"/>
        <source>&amp;Verify the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="175"/>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="178"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="183"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="188"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="193"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="328"/>
        <source>About Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="332"/>
        <source>Version %1
The administration console of Engage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="347"/>
        <location filename="../../engage_desktop/views/shell/actions.py" line="361"/>
        <source>Verify the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="348"/>
        <source>Checking every event of the audit journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="418"/>
        <source>This workstation&apos;s anchor was found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="420"/>
        <source>No anchor was recorded for this database on this workstation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="425"/>
        <source>The journal is broken at event #%1 (row id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="428"/>
        <source>The journal does not hold this workstation&apos;s anchor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="36"/>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="41"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="41"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="47"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="54"/>
        <source>Right-click a row of a list for its Edit and Delete commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="149"/>
        <source>Sign in — Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="150"/>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="154"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="151"/>
        <source>Use your e-mail address or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="152"/>
        <source>E-mail or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="153"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="163"/>
        <source>Enter your e-mail address or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="165"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="53"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="61"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="72"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="62"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="73"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="63"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="74"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="64"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="76"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="65"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="78"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="76"/>
        <source>None ticked: every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="79"/>
        <source>New signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="79"/>
        <source>Edit signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="119"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="133"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="134"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="135"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="155"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="135"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="138"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="139"/>
        <source>every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="143"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="146"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="150"/>
        <source>%Ln signature(s)</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="151"/>
        <source>Search by agent or signature name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="156"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="156"/>
        <source>No language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="159"/>
        <source>No signature yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="160"/>
        <source>Replies end with the agent&apos;s signature for the channel and language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="165"/>
        <source>New signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="172"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="179"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="197"/>
        <source>New signature for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="197"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="218"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="220"/>
        <source>Delete signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="219"/>
        <source>Delete the signature “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="221"/>
        <source>The agent&apos;s user record changes; the journal records it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="45"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="47"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="62"/>
        <source>e.g. Formal, Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="65"/>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="158"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="75"/>
        <source>Best regards,
The support team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="79"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="80"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="81"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="82"/>
        <source>None ticked: used on every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="83"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="85"/>
        <source>No signature yet. Add one to end this agent&apos;s replies with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="112"/>
        <source>New signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="161"/>
        <source>every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="161"/>
        <source>%Ln channel(s)</source>
        <translation>
            <numerusform>%Ln channel</numerusform>
            <numerusform>%Ln channels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="162"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationCharts</name>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="67"/>
        <source>Tasks waiting over the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="85"/>
        <source>Hour (simulated day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="87"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="110"/>
        <source>Waiting time before assignment (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="112"/>
        <source>Waiting time before assignment (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="135"/>
        <source>Team occupancy (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="54"/>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="146"/>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="62"/>
        <source>What if? Replay a day of interactions on a virtual clock. Nothing is written to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="80"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="83"/>
        <source>Save charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="96"/>
        <source>No simulation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="98"/>
        <source>Choose the interactions and the configurations on the left, then run the simulation: waiting times, SLA and occupancy of A and B appear here side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="166"/>
        <source>Simulating the day on configuration A, then on B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="167"/>
        <source>Simulating the day on configuration A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="177"/>
        <source>%n interaction(s) simulated</source>
        <translation>
            <numerusform>%n interaction simulated</numerusform>
            <numerusform>%n interactions simulated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="178"/>
        <source>A: %n agent(s)</source>
        <translation>
            <numerusform>A: %n agent</numerusform>
            <numerusform>A: %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="180"/>
        <source>B: %n agent(s)</source>
        <translation>
            <numerusform>B: %n agent</numerusform>
            <numerusform>B: %n agents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="181"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="198"/>
        <source>Simulation cancelled: the previous results are still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="203"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="203"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="221"/>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="226"/>
        <source>Save the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="226"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="237"/>
        <source>Charts saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="240"/>
        <source>The image could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationResults</name>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="104"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="104"/>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="205"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="106"/>
        <source>Waiting time, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="107"/>
        <source>SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="108"/>
        <source>Undelivered or still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="109"/>
        <source>Mean agent occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="118"/>
        <source>Tasks waiting over the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="119"/>
        <source>Waiting time percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="120"/>
        <source>Team occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="135"/>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="160"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="137"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="141"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="145"/>
        <source>Search metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="147"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="148"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="159"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="161"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="162"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="177"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="179"/>
        <source>No simulation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="180"/>
        <source>Run a simulation to see its figures here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="198"/>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="206"/>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="206"/>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="269"/>
        <source>Team occupancy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="271"/>
        <source>Agent occupancy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="277"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="278"/>
        <source>Refused (unknown source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="279"/>
        <source>Tasks created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="280"/>
        <source>Tasks assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="281"/>
        <source>Undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="282"/>
        <source>Still waiting at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="283"/>
        <source>Wait, median (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="284"/>
        <source>Wait, 90th percentile (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="285"/>
        <source>Wait, 95th percentile (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="286"/>
        <source>Wait, 99th percentile (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="287"/>
        <source>SLA met (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationSetup</name>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="91"/>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="92"/>
        <source>Generate a realistic day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="93"/>
        <source>Read a trace file (JSONL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="98"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="99"/>
        <source>Interactions in the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="103"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="170"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="104"/>
        <source>Agents of a generated configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="107"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="114"/>
        <source>Trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="116"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="117"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="126"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="132"/>
        <source>Refused lines of the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="148"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="162"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="151"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="194"/>
        <source>Configuration A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="152"/>
        <source>Current configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="153"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="167"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="255"/>
        <source>Demo (generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="155"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="176"/>
        <source>Handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="155"/>
        <source>Handling time of A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="158"/>
        <source>Compare with configuration B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="165"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="196"/>
        <source>Configuration B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="166"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="255"/>
        <source>Copy of A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="171"/>
        <source>Agents of B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="172"/>
        <source>Extra agents copy the skills, teams and sources of existing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="174"/>
        <source>As in the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="176"/>
        <source>Handling time of B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="180"/>
        <source>Run simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="191"/>
        <source>Day of interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="205"/>
        <source>Choose a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="205"/>
        <source>Interaction traces (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="216"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="230"/>
        <source>This file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="236"/>
        <source>%n interaction(s) read</source>
        <translation>
            <numerusform>%n interaction read</numerusform>
            <numerusform>%n interactions read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="238"/>
        <source>%n line(s) refused</source>
        <translation>
            <numerusform>%n line refused</numerusform>
            <numerusform>%n lines refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="241"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="245"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="257"/>
        <source>%1, %n agent(s)</source>
        <translation>
            <numerusform>%1, %n agent</numerusform>
            <numerusform>%1, %n agents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="271"/>
        <source>Choose a trace file with at least one valid interaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_editor.py" line="37"/>
        <source>Edit channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFormWidget</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="81"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="94"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="95"/>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="191"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="102"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="104"/>
        <source>Routing channels are managed in Routing › Routing channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="109"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="110"/>
        <source>Hide from statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="115"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="129"/>
        <source>Routing and SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="134"/>
        <source>Default categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="139"/>
        <source>Categories of agent-opened threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="147"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="149"/>
        <source>No business hours yet: create them in Settings › Business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="153"/>
        <source>SLA: first reply within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="157"/>
        <source>SLA warning at (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="159"/>
        <source>Share of the SLA time used when the task turns orange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="163"/>
        <source>Raise to maximum priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="164"/>
        <source>Raise halfway to maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="165"/>
        <source>Keep the base priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="170"/>
        <source>When the SLA expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="172"/>
        <source>Default task priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="175"/>
        <source>Boost per new message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="179"/>
        <source>Boost for transferred tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="183"/>
        <source>Languages and archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="189"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="195"/>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="196"/>
        <source>Detect the language of incoming messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="199"/>
        <source>Archive messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="205"/>
        <source>Archive after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="310"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="311"/>
        <source>Connecting to the IMAP and SMTP servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="326"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="326"/>
        <source>The connection does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="24"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="25"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="26"/>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="27"/>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="28"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="29"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="30"/>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="31"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="32"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="33"/>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="34"/>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="35"/>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="36"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="37"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="38"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="39"/>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="40"/>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="41"/>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="42"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="43"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="44"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="45"/>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceWizard</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="41"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="86"/>
        <source>Your role cannot create communities: ask an administrator to create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="103"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="107"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="110"/>
        <source>Create channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="113"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="188"/>
        <source>What kind of channel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="189"/>
        <source>A %1 community is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="190"/>
        <source>Set up the %1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="194"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="199"/>
        <source>There is no active %1 community yet. Every channel belongs to a community of its type, which holds the identities of its customers. Create one to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="203"/>
        <source>Create a %1 community…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="33"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="34"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="35"/>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="61"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="62"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="85"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="65"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="72"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="73"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="74"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="91"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="86"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="90"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="91"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="91"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="95"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="99"/>
        <source>%Ln channels</source>
        <translation>
            <numerusform>%Ln channel</numerusform>
            <numerusform>%Ln channels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="100"/>
        <source>Search channels by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="102"/>
        <source>No channels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="104"/>
        <source>A channel is one connected account: a mailbox, a Facebook page, a web chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="116"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="146"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="123"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="126"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="238"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="254"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="135"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="169"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="207"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="169"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="220"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="186"/>
        <source>Its conversations stop being routed to agents (routing channel “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="190"/>
        <source>Its conversations stop being routed to agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="194"/>
        <source>Incoming messages stop: nothing new is fetched from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="199"/>
        <source>Agents can no longer reply through it. Nothing is deleted; you can activate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="205"/>
        <source>Deactivate channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="206"/>
        <source>Deactivate the channel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="218"/>
        <source>Activate channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="219"/>
        <source>Activate the channel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="222"/>
        <source>Its messages will be fetched and routed to agents again, and agents may reply through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="239"/>
        <source>Connecting to the servers of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="255"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="255"/>
        <source>The connection does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="38"/>
        <source>Choose a target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="39"/>
        <source>The task&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="40"/>
        <source>These categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="41"/>
        <source>A team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="42"/>
        <source>An agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="43"/>
        <source>Any agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="46"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="64"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="126"/>
        <source>Target of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="135"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="136"/>
        <source>No timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="137"/>
        <source>Timeout of step %1 in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="148"/>
        <source>Who step %1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="162"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="168"/>
        <source>unknown %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabErrors</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/tab_errors.py" line="46"/>
        <source>This tab has fields to correct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="25"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="25"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="31"/>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="31"/>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="35"/>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="37"/>
        <source>e.g. VIP, Press, Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="39"/>
        <source>Folders whose query names this tag follow the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="41"/>
        <source>Agents see it on the customer&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="43"/>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="115"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="118"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="123"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="126"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="131"/>
        <source>Search tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="132"/>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="134"/>
        <source>Tags let agents recognise a customer at a glance: VIP, press, churn risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="139"/>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="168"/>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="146"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="153"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="160"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="175"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="204"/>
        <source>1 customer loses this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="206"/>
        <source>%1 customers lose this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="210"/>
        <source>Folders using it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="213"/>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="215"/>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="214"/>
        <source>Delete the tag “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="74"/>
        <source>Edit team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="74"/>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="79"/>
        <source>e.g. Social media care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="81"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="122"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="317"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="317"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="86"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="317"/>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="114"/>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="122"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="122"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="122"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="131"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="139"/>
        <source>Add members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="143"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="172"/>
        <source>Leaders are members who lead the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="173"/>
        <source>This user&apos;s account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="229"/>
        <source>Add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="230"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="232"/>
        <source>Already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/team_editor.py" line="279"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/team_editor.py" line="280"/>
        <source>%Ln leader(s)</source>
        <translation>
            <numerusform>%Ln leader</numerusform>
            <numerusform>%Ln leaders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="286"/>
        <source>No leader yet: tick “Leader” next to a member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="29"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="30"/>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="31"/>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="32"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="35"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="40"/>
        <source>Search teams by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="41"/>
        <source>No teams yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="42"/>
        <source>A team groups agents under one or more leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="46"/>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="68"/>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="53"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="60"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/teams_page.py" line="75"/>
        <source>%Ln teams</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="100"/>
        <source>Its member keeps their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="103"/>
        <source>Its %1 members keep their accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="106"/>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="108"/>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="107"/>
        <source>Delete the team “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="109"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="262"/>
        <source>team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="273"/>
        <source>You do not lead this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="274"/>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="278"/>
        <source>Leaders are chosen on the Teams page. Taking a leader out of a team ends their leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="283"/>
        <source>No team yet: create teams in Users › Teams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="59"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="83"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="198"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="60"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="84"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="198"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="61"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="198"/>
        <source>HTML body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="62"/>
        <source>Text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="63"/>
        <source>Channels using this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="68"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="69"/>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="85"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="88"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="89"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="92"/>
        <source>Preview with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="103"/>
        <source>HTML preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="104"/>
        <source>Text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="127"/>
        <source>New e-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="127"/>
        <source>Edit e-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="184"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeSheetDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="56"/>
        <source>Edit time sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="58"/>
        <source>New time sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="63"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="76"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="245"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="69"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="77"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="245"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="73"/>
        <source>Active (sources use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="80"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="81"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="82"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="83"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="84"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="85"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="86"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="96"/>
        <source>closed — or e.g. 0900-1230,1400-1800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="97"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="103"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="109"/>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="104"/>
        <source>One per line: 2026-12-25,Christmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="111"/>
        <source>Closed all day. Import a CSV or iCalendar file from the list&apos;s “Import holidays…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="114"/>
        <source>Used by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="127"/>
        <source>◀ Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="129"/>
        <source>Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="147"/>
        <source>Is it open at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="150"/>
        <source>Date and time to check, in the sheet&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="210"/>
        <source>Yes, open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="212"/>
        <source>No: holiday (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="217"/>
        <source>No; this sheet never opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="220"/>
        <source>No; opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenValueDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="90"/>
        <source>API access token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="94"/>
        <source>Copy the token now and give it to the program that will use it. This console keeps it in the system keyring; the database keeps only a fingerprint of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="102"/>
        <source>Token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="103"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="26"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="73"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="31"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="35"/>
        <source>This topology routes the tasks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="35"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="74"/>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="40"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="48"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="53"/>
        <source>Open it to see each problem beside its queue and step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="55"/>
        <source>Ready to be activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="58"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="61"/>
        <source>Topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="66"/>
        <source>Search topologies by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="72"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="78"/>
        <source>No topology yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="80"/>
        <source>A topology is the routing strategy: which queue a task joins and which agents it is offered to, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="89"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="121"/>
        <source>New topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="96"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="103"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="110"/>
        <source>Make it the routing strategy (the active one stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="112"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="130"/>
        <source>⚠ %Ln problem(s)</source>
        <translation>
            <numerusform>⚠ %Ln problem</numerusform>
            <numerusform>⚠ %Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="133"/>
        <source>%Ln topology(ies)</source>
        <translation>
            <numerusform>%Ln topology</numerusform>
            <numerusform>%Ln topologies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="161"/>
        <source>“%1” cannot be activated until these problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="175"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="177"/>
        <source>Delete topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="176"/>
        <source>Delete the topology “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="178"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="76"/>
        <source>Edit topology “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="76"/>
        <source>New topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="81"/>
        <source>e.g. Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="317"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="84"/>
        <source>This topology routes tasks now: it can only be saved without problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="93"/>
        <source>Routing configuration as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="109"/>
        <source>Queues and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="110"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="111"/>
        <source>The same configuration as JSON; both stay in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="113"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="119"/>
        <source>Problems of the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="160"/>
        <source>Line %1, column %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="178"/>
        <source>Fix the JSON first; the structure shows only a configuration that reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="220"/>
        <source>Default queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="227"/>
        <source>Queue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="229"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="231"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="241"/>
        <source>No problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="241"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="317"/>
        <source>Routing configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyStructureEditor</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="76"/>
        <source>Queues (first match wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="82"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="89"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="89"/>
        <source>Add a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="92"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="92"/>
        <source>Remove the selected queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="95"/>
        <source>Move the queue up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="98"/>
        <source>Move the queue down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="115"/>
        <source>e.g. vip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="119"/>
        <source>Any routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="127"/>
        <source>e.g. fr, en (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="130"/>
        <source>Category ids, comma-separated (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="131"/>
        <source>tag ids (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="144"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="145"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="148"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="149"/>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="150"/>
        <source>Pick the categories this queue takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="158"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="161"/>
        <source>Customer tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="160"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="166"/>
        <source>Steps (a task moves on when a step times out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="178"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="178"/>
        <source>Add a step at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="181"/>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="181"/>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="184"/>
        <source>Move the step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="187"/>
        <source>Move the step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="242"/>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="336"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="243"/>
        <source>Default queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="247"/>
        <source>Tasks no queue above takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="275"/>
        <source>Unknown channel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="296"/>
        <source>No category yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="380"/>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="45"/>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="127"/>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="154"/>
        <source>Import interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="53"/>
        <source>A trace has one JSON object a line (source, foreign_id, thread, author, text, language, timestamp). Each message is routed by the live engine; messages already imported are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="62"/>
        <source>Trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="63"/>
        <source>interactions.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="65"/>
        <source>&amp;Trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="67"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="69"/>
        <source>Choose the trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="80"/>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="82"/>
        <source>&amp;Refused lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="85"/>
        <source>Refused lines of the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="88"/>
        <source>&amp;Copy refused lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="90"/>
        <source>Copy the refused lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="98"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="129"/>
        <source>Interaction traces (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="155"/>
        <source>Routing the interactions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="195"/>
        <source>Nothing new: the %Ln interaction(s) of this file were all imported before; nothing was added.</source>
        <translation>
            <numerusform>Nothing new: the %Ln interaction of this file was imported before; nothing was added.</numerusform>
            <numerusform>Nothing new: the %Ln interactions of this file were all imported before; nothing was added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="218"/>
        <source>… and %Ln more refused line(s)</source>
        <translation>
            <numerusform>… and %Ln more refused line</numerusform>
            <numerusform>… and %Ln more refused lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="243"/>
        <source>Import interactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="246"/>
        <source>Import interactions from a trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="249"/>
        <source>Route the messages of a JSON-lines trace file with the live engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="200"/>
        <source>The file holds no interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="203"/>
        <source>Imported: %1 · already imported before: %2 · refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="209"/>
        <source>Cancelled; what was imported stays. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="214"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="141"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="142"/>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="143"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="144"/>
        <source>What you changed in this window has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="149"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserBadges</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="57"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="60"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="62"/>
        <source>Invitation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="65"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="69"/>
        <source>⚠ Cannot reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="81"/>
        <source>Reply on %1, but no identity on the community %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="87"/>
        <source>Open the user&apos;s Identities tab to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="65"/>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="65"/>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="76"/>
        <source>Invite a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="76"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="78"/>
        <source>User “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="80"/>
        <source>Edit user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="85"/>
        <source>They receive an e-mail to choose their password; until then the invitation is pending. Only the profile and the role are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="90"/>
        <source>Only the profile and the role are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="132"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="133"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="249"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="134"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="253"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="135"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="254"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="136"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="255"/>
        <source>Channel permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="137"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="256"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="138"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="257"/>
        <source>Agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="139"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="258"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="163"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="167"/>
        <source>Last sign-in: %1
Created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="245"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="246"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="247"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="248"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="250"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="251"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="252"/>
        <source>Spoken languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="58"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="59"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="62"/>
        <source>Capacity now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="71"/>
        <source>Search by name, nickname or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="143"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_picker.py" line="154"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="156"/>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersBulkActions</name>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="99"/>
        <source>Role changed for %Ln user(s).</source>
        <translation>
            <numerusform>Role changed for %Ln user.</numerusform>
            <numerusform>Role changed for %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="100"/>
        <source>%Ln user(s) added to the team.</source>
        <translation>
            <numerusform>%Ln user added to the team.</numerusform>
            <numerusform>%Ln users added to the team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="101"/>
        <source>%Ln user(s) taken out of the team.</source>
        <translation>
            <numerusform>%Ln user taken out of the team.</numerusform>
            <numerusform>%Ln users taken out of the team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="102"/>
        <source>%Ln user(s) enabled.</source>
        <translation>
            <numerusform>%Ln user enabled.</numerusform>
            <numerusform>%Ln users enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="103"/>
        <source>%Ln user(s) disabled.</source>
        <translation>
            <numerusform>%Ln user disabled.</numerusform>
            <numerusform>%Ln users disabled.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="133"/>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="135"/>
        <source>Disable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="134"/>
        <source>Disable %Ln user(s)?</source>
        <translation>
            <numerusform>Disable %Ln user?</numerusform>
            <numerusform>Disable %Ln users?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="136"/>
        <source>They can no longer sign in or act until enabled again. Nobody is changed if one of them cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="130"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="141"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="146"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="147"/>
        <source>Import users from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="152"/>
        <source>Only lines with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="182"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="194"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="208"/>
        <source>Columns: firstname, lastname, nickname, email and role are required; teams, locale, timezone and enabled are optional. Separate several teams with |, ; or , (the export writes |). An empty line between users is reported; a value the export wrote with a leading apostrophe (before =, +, -, @) is read without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="214"/>
        <source>All or nothing: import only if every line is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="235"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="238"/>
        <source>%Ln ready to import</source>
        <translation>
            <numerusform>%Ln ready to import</numerusform>
            <numerusform>%Ln ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="241"/>
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln with problems</numerusform>
            <numerusform>%Ln with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="243"/>
        <source>%Ln line(s):</source>
        <translation>
            <numerusform>%Ln line:</numerusform>
            <numerusform>%Ln lines:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="251"/>
        <source>Import %Ln user(s)</source>
        <translation>
            <numerusform>Import %Ln user</numerusform>
            <numerusform>Import %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="253"/>
        <source>Correct the file, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="256"/>
        <source>Every line must be valid: correct the lines with problems, or untick “All or nothing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="259"/>
        <source>The lines with problems are left out; nothing is written if you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="261"/>
        <source>Every line is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="289"/>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="289"/>
        <source>Creating the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="290"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="294"/>
        <source>The import was cancelled; no user was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="54"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="55"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="56"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="98"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="57"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="58"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="102"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_page.py" line="66"/>
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="67"/>
        <source>Search name, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="70"/>
        <source>Users appear here once they are created, invited or imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="84"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="146"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="99"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="105"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="107"/>
        <source>Invitation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="108"/>
        <source>Cannot reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="111"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="121"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="210"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="174"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="181"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="291"/>
        <source>Invitation sent again to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="308"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="315"/>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="309"/>
        <source>%1 cannot be deleted. Disable them instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="322"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="324"/>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="323"/>
        <source>Delete %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="325"/>
        <source>They never handled work, so nothing in the history names them. The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="59"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="104"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="106"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="62"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="69"/>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="122"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="213"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="123"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="124"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="222"/>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="127"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="128"/>
        <source>Add to team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="130"/>
        <source>Remove from team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="134"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="213"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="267"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="135"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="267"/>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="139"/>
        <source>Import / export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="141"/>
        <source>Import users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="143"/>
        <source>Export the listed users to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="145"/>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="167"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="187"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="210"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="220"/>
        <source>Bulk actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="259"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="259"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="261"/>
        <source>Choose identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="263"/>
        <source>Resend the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="269"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="280"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="282"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="310"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="281"/>
        <source>Disable %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="283"/>
        <source>They can no longer sign in or act until enabled again. Their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTransfer</name>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="91"/>
        <location filename="../../engage_desktop/views/users/transfer.py" line="118"/>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="91"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="118"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/transfer.py" line="136"/>
        <source>%Ln user(s) imported.</source>
        <translation>
            <numerusform>%Ln user imported.</numerusform>
            <numerusform>%Ln users imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/transfer.py" line="139"/>
        <source>%Ln line(s) left out.</source>
        <translation>
            <numerusform>%Ln line left out.</numerusform>
            <numerusform>%Ln lines left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="144"/>
        <source>CSV for spreadsheets (Excel) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="145"/>
        <source>CSV for BI tools (UTF-8, comma, 1/0) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="147"/>
        <location filename="../../engage_desktop/views/users/transfer.py" line="174"/>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="174"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="179"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/transfer.py" line="183"/>
        <source>%Ln user(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln user exported to %1.</numerusform>
            <numerusform>%Ln users exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionEditor</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="42"/>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="91"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="67"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="70"/>
        <source>Add version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="73"/>
        <source>Remove version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="83"/>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="146"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="90"/>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="147"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="92"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="93"/>
        <source>Edit HTML source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="97"/>
        <source>Body (rich text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="100"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="118"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="118"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="118"/>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="126"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="131"/>
        <source>Channels of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="136"/>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="173"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="138"/>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="141"/>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="158"/>
        <source>Preview (as agents will send it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="165"/>
        <source>Channels (none ticked: every channel of the entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="360"/>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="367"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="33"/>
        <source>Edit webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="33"/>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="34"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="39"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="41"/>
        <source>https:// — or http:// to this computer only (127.0.0.1, localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="47"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="55"/>
        <source>Events to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="60"/>
        <source>Leave empty to keep the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="60"/>
        <source>Leave empty to generate one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="64"/>
        <source>Verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="66"/>
        <source>Signs each post (header X-Engage-Signature, HMAC-SHA256); kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="68"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="71"/>
        <source>For a staging system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="106"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="107"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="108"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="109"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="115"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="109"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="109"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="114"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="115"/>
        <source>All webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="115"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="119"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="124"/>
        <source>Search webhooks by label or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="126"/>
        <source>No webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="127"/>
        <source>A webhook posts chosen journal events to another system as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="132"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="147"/>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="135"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="138"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="175"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="198"/>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="141"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="156"/>
        <source>%Ln webhook(s)</source>
        <translation>
            <numerusform>%Ln webhook</numerusform>
            <numerusform>%Ln webhooks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="176"/>
        <source>Posting a signed sample event to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="187"/>
        <source>The server accepted the test (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="190"/>
        <source>The server refused the test: HTTP %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="195"/>
        <source>No answer from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="209"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="211"/>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="210"/>
        <source>Delete the webhook “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="212"/>
        <source>Its events stop being posted. The deletion is written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPreview</name>
    <message>
        <location filename="../../engage_desktop/views/settings/week_preview.py" line="25"/>
        <source>Week preview of the business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/week_preview.py" line="45"/>
        <source>%1: closed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/week_preview.py" line="47"/>
        <source>%1: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/week_preview.py" line="82"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkstationsPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="23"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="24"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="25"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="26"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="27"/>
        <source>Console version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="30"/>
        <source>Workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="34"/>
        <source>%Ln workstation(s) connected</source>
        <translation>
            <numerusform>%Ln workstation connected</numerusform>
            <numerusform>%Ln workstations connected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="35"/>
        <source>Search by workstation or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="36"/>
        <source>No workstation connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="38"/>
        <source>Consoles appear here while they use this database; one that stops answering disappears after a minute and a half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="45"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="56"/>
        <source>%1 (this console)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="97"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="99"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="83"/>
        <source>Database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
