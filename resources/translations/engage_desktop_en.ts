<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
    <name>App</name>
    <message>
        <location filename="../../engage_desktop/app.py" line="69"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="74"/>
        <source>The database was upgraded from schema %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChoiceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="43"/>
        <source>Change the role of %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="44"/>
        <source>holds permissions your role lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="48"/>
        <source>Choose a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="50"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="53"/>
        <source>Add %1 users to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="53"/>
        <source>Remove %1 users from a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="58"/>
        <source>Choose a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="60"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="63"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="65"/>
        <source>One journal event per user changed. If one of them cannot be changed, nobody is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="67"/>
        <source>A leader taken out of the team stops leading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="76"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="77"/>
        <source>Add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="77"/>
        <source>Remove from team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="84"/>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="84"/>
        <source>Choose a team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="31"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="38"/>
        <source>Default / maximum per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="39"/>
        <source>No override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="43"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="44"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="46"/>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="48"/>
        <source>Agent capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="53"/>
        <source>Search capacities by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="54"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="55"/>
        <source>No agent capacities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="57"/>
        <source>A capacity sets, per routing channel, how many tasks the agents given it take at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="62"/>
        <location filename="../../engage_desktop/views/capacities_page.py" line="80"/>
        <source>New capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="69"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="72"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="94"/>
        <source>1 capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="94"/>
        <source>%1 capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="123"/>
        <source>Delete agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="124"/>
        <source>Delete the agent capacity “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="125"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="127"/>
        <source>Delete capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="131"/>
        <source>It is given to 1 user, who will have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="133"/>
        <source>It is given to %1 users, who will have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="137"/>
        <source>The routing channels&apos; own capacities then apply to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="138"/>
        <source>Take away and delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="103"/>
        <source>Edit agent capacity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="105"/>
        <source>New agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="110"/>
        <source>e.g. Senior agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="112"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="114"/>
        <source>Limits per routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="119"/>
        <source>Tick the channels this capacity overrides; the others keep the routing channel&apos;s own capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="122"/>
        <source>There are no routing channels yet: limits can be set once channels exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="144"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="182"/>
        <source>None: each routing channel&apos;s own capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="186"/>
        <source>Agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="191"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="191"/>
        <source>Tasks pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="191"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="233"/>
        <source>Without an agent capacity, each routing channel&apos;s own soft and hard capacity applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="237"/>
        <source>Routing pushes this agent up to “Tasks pushed” tasks per channel; transfers by hand can reach “At most”. Other routing channels keep their own capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="240"/>
        <source>Capacities are defined in Users › Agent capacities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityUsersBox</name>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="42"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="43"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="44"/>
        <source>On save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="53"/>
        <source>Search these users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="82"/>
        <source>Give to users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="86"/>
        <source>Take away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="89"/>
        <source>Take this capacity from the selected users (again: keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="136"/>
        <source>Moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="136"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="138"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="168"/>
        <source>Give this capacity to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="169"/>
        <source>Give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="208"/>
        <source>Given to 1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="210"/>
        <source>Given to %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="218"/>
        <source>on save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="293"/>
        <source>Filter categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="325"/>
        <source>A grouping category: tick the categories inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="334"/>
        <source>Routing gives this agent the conversations of these categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="337"/>
        <source>No category yet: create them in Routing › Categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="349"/>
        <source>1 skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="349"/>
        <source>%1 skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelLimitRow</name>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="31"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="33"/>
        <source>Unticked, the routing channel&apos;s own capacity applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="34"/>
        <source>Tasks an agent gets before others are served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="35"/>
        <source>Tasks an agent may hold at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="36"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="36"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelPermissionsTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="69"/>
        <source>Filter channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="84"/>
        <source>Choose identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="94"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="95"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="96"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="97"/>
        <source>Reply in
HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="98"/>
        <source>Start
discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="99"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="100"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="105"/>
        <source>See the channel&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="106"/>
        <source>Answer customers (needs an identity on the channel&apos;s community)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="107"/>
        <source>Write formatted (HTML) replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="108"/>
        <source>Write first to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="109"/>
        <source>Delete messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="110"/>
        <source>Share of this agent&apos;s replies that a supervisor approves before they leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="125"/>
        <source>Click to tick or clear the whole column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="161"/>
        <source>Reply includes Read; HTML replies and new discussions include Reply. To reply on a channel an agent also needs a company identity on its community (Identities tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="167"/>
        <source>No channel yet: create them in Channels › Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="172"/>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="174"/>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="191"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="193"/>
        <source>Share of replies that need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="276"/>
        <source>No identity on the community %1: this agent could not reply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="285"/>
        <source>Cannot reply on %1: no company identity on the community. Choose one on the Identities tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="293"/>
        <source>Reads %1, replies on %2 of %3 channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorCombo</name>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="28"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="29"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="30"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="31"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="32"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="33"/>
        <source>Cyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="34"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="35"/>
        <source>Indigo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="36"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="37"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="38"/>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="39"/>
        <source>Grey</source>
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
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="31"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="37"/>
        <location filename="../../engage_desktop/services/source_types.py" line="48"/>
        <source>Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="39"/>
        <source>Account handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="46"/>
        <source>Business account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="50"/>
        <source>Phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="55"/>
        <source>Sender number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="61"/>
        <source>Business id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="68"/>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="70"/>
        <source>Bot account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="71"/>
        <location filename="../../engage_desktop/services/source_types.py" line="75"/>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="73"/>
        <source>Official account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="77"/>
        <source>Organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="92"/>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="93"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="94"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="95"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="96"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRoleDialog</name>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="350"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="352"/>
        <source>Duplicate role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="355"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="359"/>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="29"/>
        <source>Connect to the IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="30"/>
        <source>Start TLS on IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="31"/>
        <source>Log in to IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="32"/>
        <source>Find the mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="33"/>
        <source>Connect to the SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="34"/>
        <source>Start TLS on SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="35"/>
        <source>Log in to SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="187"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="25"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="27"/>
        <source>Please check the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="29"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="31"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="33"/>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="35"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="36"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="45"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="127"/>
        <source>Welcome — Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="128"/>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="131"/>
        <source>This database is empty. The first account you create holds every permission; you can invite the rest of the team afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="135"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="136"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="137"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="138"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="141"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="143"/>
        <source>At least 10 characters, including a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="145"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="146"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="151"/>
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
    <name>IdentitiesTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="312"/>
        <source>Show the identities of every community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="345"/>
        <source>Tick Reply on a channel (Channel permissions tab) to choose the identities this user replies as there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="354"/>
        <source>Only company identities marked as controlled (Channels › Identities) are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="391"/>
        <source>Tick an identity: this user may reply on this community&apos;s channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="400"/>
        <source>1 identity chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="400"/>
        <source>%1 identities chosen</source>
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
        <location filename="../../engage_desktop/views/navigation_map.py" line="61"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="67"/>
        <source>Agent capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="73"/>
        <source>Presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="81"/>
        <location filename="../../engage_desktop/views/navigation_map.py" line="86"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="92"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="98"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="106"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="110"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="114"/>
        <source>Routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="118"/>
        <source>Topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="121"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="125"/>
        <source>Queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="132"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="136"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="140"/>
        <source>Identity groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="145"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="148"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="149"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="150"/>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="155"/>
        <source>Agent tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="160"/>
        <source>Reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="165"/>
        <source>Reply-assistant groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="170"/>
        <source>E-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="175"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="182"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="186"/>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="188"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="191"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="196"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="200"/>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="204"/>
        <source>API access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="207"/>
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
    <name>PresenceStatusDialog</name>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="29"/>
        <source>Edit presence status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="31"/>
        <source>New presence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="36"/>
        <source>e.g. Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="40"/>
        <source>Available: routing sends tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="41"/>
        <source>Away: routing sends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="47"/>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="49"/>
        <source>At least one status must count as available, or no agent could take work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceStatusesPage</name>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="76"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="78"/>
        <location filename="../../engage_desktop/views/presence_page.py" line="84"/>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="79"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="85"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="85"/>
        <location filename="../../engage_desktop/views/presence_page.py" line="140"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="85"/>
        <location filename="../../engage_desktop/views/presence_page.py" line="140"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="89"/>
        <source>Presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="94"/>
        <source>Search statuses by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="96"/>
        <source>No presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="97"/>
        <source>Agents pick a status; each counts as available or away for routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="101"/>
        <location filename="../../engage_desktop/views/presence_page.py" line="133"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="108"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="111"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="118"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="125"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="143"/>
        <source>1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="143"/>
        <source>%1 statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="169"/>
        <source>Delete presence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="170"/>
        <source>Delete the presence status “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="171"/>
        <source>Delete status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="172"/>
        <source>Agents can no longer pick it. The deletion is written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="79"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="108"/>
        <source>Ready to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="101"/>
        <source>Shown to colleagues, unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="104"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="105"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="106"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="107"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="114"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="128"/>
        <source>Type a city: Paris, New_York…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="129"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="138"/>
        <source>Spoken languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="149"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="151"/>
        <source>Optional. Without one, the user cannot sign in until you send an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="168"/>
        <source>Speaks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="168"/>
        <source>No language ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="171"/>
        <source>Routing can give this agent conversations in these languages.</source>
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
        <location filename="../../engage_desktop/views/role_editor.py" line="179"/>
        <source>%1 permissions of extensions that are off are hidden; the role keeps them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="198"/>
        <source>Given to no user yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="200"/>
        <source>Given to 1 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="201"/>
        <source>Given to %1 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="206"/>
        <source>Your role lacks this permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="220"/>
        <source>Tick or clear every permission of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="296"/>
        <source>%1 of %2 permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="198"/>
        <source>holds permissions your role lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="206"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="210"/>
        <source>What this role allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="223"/>
        <source>Roles are defined in Users › Roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="244"/>
        <source>%1 of %2 permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="27"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="30"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="35"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="36"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="45"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="46"/>
        <source>Any permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="50"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="51"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="51"/>
        <source>Given to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="51"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="55"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="60"/>
        <source>Search roles by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="62"/>
        <source>No roles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="63"/>
        <source>A role decides what its users may see and do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="67"/>
        <location filename="../../engage_desktop/views/roles_page.py" line="96"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="74"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="81"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="88"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="106"/>
        <source>1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="106"/>
        <source>%1 roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="138"/>
        <source>The role “%1” is given to 1 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="140"/>
        <source>The role “%1” is given to %2 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="144"/>
        <source>Give them another role before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="148"/>
        <location filename="../../engage_desktop/views/roles_page.py" line="150"/>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="149"/>
        <source>Delete the role “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="151"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="160"/>
        <source>Given to users: give them another role first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="162"/>
        <source>Delete the selected role</source>
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
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="106"/>
        <source>Sign in — Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="107"/>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="111"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="108"/>
        <source>Use your e-mail address or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="109"/>
        <source>E-mail or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="110"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="116"/>
        <source>Enter your e-mail address or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="43"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="45"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="60"/>
        <source>e.g. Formal, Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="63"/>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="156"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="73"/>
        <source>Best regards,
The support team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="78"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="79"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="80"/>
        <source>None ticked: used on every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="81"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="83"/>
        <source>No signature yet. Add one to end this agent&apos;s replies with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="110"/>
        <source>New signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="160"/>
        <source>every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="162"/>
        <source>1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="164"/>
        <source>%1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="166"/>
        <source>(no name)</source>
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
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="19"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="20"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="21"/>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="22"/>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="23"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="24"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="25"/>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="26"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="27"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="28"/>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="29"/>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="30"/>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="31"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="32"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="33"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="34"/>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="35"/>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="36"/>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="37"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="38"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="39"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="40"/>
        <source>Turkish</source>
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
        <location filename="../../engage_desktop/views/sources_page.py" line="33"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="34"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="35"/>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="63"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="86"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="66"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="73"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="74"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="75"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="92"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="87"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="91"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="92"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="92"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="96"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="100"/>
        <source>1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="100"/>
        <source>%1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="101"/>
        <source>Search channels by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="103"/>
        <source>No channels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="105"/>
        <source>A channel is one connected account: a mailbox, a Facebook page, a web chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="117"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="144"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="124"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="127"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="242"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="258"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="136"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="173"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="211"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="173"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="224"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="190"/>
        <source>Its conversations stop being routed to agents (routing channel “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="194"/>
        <source>Its conversations stop being routed to agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="198"/>
        <source>Incoming messages stop: nothing new is fetched from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="203"/>
        <source>Agents can no longer reply through it. Nothing is deleted; you can activate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="209"/>
        <source>Deactivate channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="210"/>
        <source>Deactivate the channel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="222"/>
        <source>Activate channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="223"/>
        <source>Activate the channel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="226"/>
        <source>Its messages will be fetched and routed to agents again, and agents may reply through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="243"/>
        <source>Connecting to the servers of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="259"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="259"/>
        <source>The connection does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="71"/>
        <source>Edit team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="71"/>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="76"/>
        <source>e.g. Social media care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="78"/>
        <location filename="../../engage_desktop/views/team_editor.py" line="100"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="79"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="83"/>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="92"/>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="100"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="100"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="100"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="120"/>
        <source>Add members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="124"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="153"/>
        <source>Leaders are members who lead the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="154"/>
        <source>This user&apos;s account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="203"/>
        <source>Add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="204"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="206"/>
        <source>Already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="254"/>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="256"/>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="259"/>
        <source>1 leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="261"/>
        <source>%1 leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="268"/>
        <source>No leader yet: tick “Leader” next to a member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="29"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="30"/>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="31"/>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="32"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="35"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="40"/>
        <source>Search teams by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="41"/>
        <source>No teams yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="42"/>
        <source>A team groups agents under one or more leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="46"/>
        <location filename="../../engage_desktop/views/teams_page.py" line="68"/>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="53"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="60"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="75"/>
        <source>1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="75"/>
        <source>%1 teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="100"/>
        <source>Its member keeps their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="103"/>
        <source>Its %1 members keep their accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="106"/>
        <location filename="../../engage_desktop/views/teams_page.py" line="108"/>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="107"/>
        <source>Delete the team “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="109"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="260"/>
        <source>team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="271"/>
        <source>You do not lead this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="272"/>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="276"/>
        <source>Leaders are chosen on the Teams page. Taking a leader out of a team ends their leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="281"/>
        <source>No team yet: create teams in Users › Teams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserBadges</name>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="33"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="36"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="38"/>
        <source>Invitation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="41"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="45"/>
        <source>⚠ Cannot reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="57"/>
        <source>Reply on %1, but no identity on the community %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="63"/>
        <source>Open the user&apos;s Identities tab to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="62"/>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="62"/>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="72"/>
        <source>Invite a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="72"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="74"/>
        <source>User “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="76"/>
        <source>Edit user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="81"/>
        <source>They receive an e-mail to choose their password; until then the invitation is pending. Only the profile and the role are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="86"/>
        <source>Only the profile and the role are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="113"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="114"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="115"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="116"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="117"/>
        <source>Channel permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="118"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="119"/>
        <source>Agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="120"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="154"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="158"/>
        <source>Last sign-in: %1
Created %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="57"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="58"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="61"/>
        <source>Capacity now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="70"/>
        <source>Search by name, nickname or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="150"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="162"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="162"/>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="165"/>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersBulkActions</name>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="101"/>
        <source>Role changed for 1 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="102"/>
        <source>Role changed for %1 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="105"/>
        <source>1 user added to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="106"/>
        <source>%1 users added to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="109"/>
        <source>1 user taken out of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="110"/>
        <source>%1 users taken out of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="112"/>
        <source>1 user enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="112"/>
        <source>%1 users enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="113"/>
        <source>1 user disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="113"/>
        <source>%1 users disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="144"/>
        <location filename="../../engage_desktop/views/users_bulk.py" line="146"/>
        <source>Disable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="145"/>
        <source>Disable 1 user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="145"/>
        <source>Disable %1 users?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="147"/>
        <source>They can no longer sign in or act until enabled again. Nobody is changed if one of them cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="121"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="131"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="136"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="137"/>
        <source>Import users from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="142"/>
        <source>Only lines with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="167"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="179"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="188"/>
        <source>All or nothing: import only if every line is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="208"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="211"/>
        <source>%1 ready to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="214"/>
        <source>%1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="216"/>
        <source>%1 lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="225"/>
        <source>Import 1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="227"/>
        <source>Import %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="231"/>
        <source>Correct the file, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="234"/>
        <source>Every line must be valid: correct the lines with problems, or untick “All or nothing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="237"/>
        <source>The lines with problems are left out; nothing is written if you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="239"/>
        <source>Every line is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="267"/>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="267"/>
        <source>Creating the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="268"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="272"/>
        <source>The import was cancelled; no user was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="61"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="62"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="63"/>
        <location filename="../../engage_desktop/views/users_page.py" line="111"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="64"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="65"/>
        <location filename="../../engage_desktop/views/users_page.py" line="115"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="74"/>
        <source>Search name, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="77"/>
        <source>Users appear here once they are created, invited or imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="97"/>
        <location filename="../../engage_desktop/views/users_page.py" line="166"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="112"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="118"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="120"/>
        <source>Invitation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="121"/>
        <source>Cannot reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="124"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="140"/>
        <location filename="../../engage_desktop/views/users_page.py" line="230"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="194"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="201"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="311"/>
        <source>Invitation sent again to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="328"/>
        <location filename="../../engage_desktop/views/users_page.py" line="335"/>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="329"/>
        <source>%1 cannot be deleted. Disable them instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="342"/>
        <location filename="../../engage_desktop/views/users_page.py" line="344"/>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="343"/>
        <source>Delete %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="345"/>
        <source>They never handled work, so nothing in the history names them. The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="66"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="117"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="119"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="69"/>
        <location filename="../../engage_desktop/views/users_page.py" line="131"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="76"/>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="141"/>
        <location filename="../../engage_desktop/views/users_page.py" line="233"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="142"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="143"/>
        <location filename="../../engage_desktop/views/users_page.py" line="242"/>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="146"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="147"/>
        <source>Add to team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="149"/>
        <source>Remove from team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="153"/>
        <location filename="../../engage_desktop/views/users_page.py" line="233"/>
        <location filename="../../engage_desktop/views/users_page.py" line="287"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="154"/>
        <location filename="../../engage_desktop/views/users_page.py" line="287"/>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="159"/>
        <source>Import / export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="161"/>
        <source>Import users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="163"/>
        <source>Export the listed users to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="165"/>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="187"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="73"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="73"/>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="207"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="230"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="240"/>
        <source>Bulk actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="279"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="279"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="281"/>
        <source>Choose identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="283"/>
        <source>Resend the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="289"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="300"/>
        <location filename="../../engage_desktop/views/users_page.py" line="302"/>
        <location filename="../../engage_desktop/views/users_page.py" line="330"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="301"/>
        <source>Disable %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="303"/>
        <source>They can no longer sign in or act until enabled again. Their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTransfer</name>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="40"/>
        <location filename="../../engage_desktop/views/users_transfer.py" line="67"/>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="40"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="67"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="85"/>
        <source>1 user imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="85"/>
        <source>%1 users imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="88"/>
        <source>1 line left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="88"/>
        <source>%1 lines left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="93"/>
        <source>CSV for spreadsheets (Excel) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="94"/>
        <source>CSV for BI tools (UTF-8, comma, 1/0) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="96"/>
        <location filename="../../engage_desktop/views/users_transfer.py" line="113"/>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="113"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="118"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="124"/>
        <source>1 user exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="125"/>
        <source>%1 users exported to %2.</source>
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
