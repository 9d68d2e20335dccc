<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
    <name>App</name>
    <message>
        <location filename="../../engage_desktop/app.py" line="229"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="323"/>
        <source>Signing in to the demo database as its administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="358"/>
        <source>Cannot open the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="219"/>
        <source>The database was upgraded from schema %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChoiceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="44"/>
        <source>Change the role of %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="45"/>
        <source>holds permissions your role lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="49"/>
        <source>Choose a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="51"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="54"/>
        <source>Add %1 users to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="54"/>
        <source>Remove %1 users from a team</source>
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
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="64"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="77"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="78"/>
        <source>Add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="78"/>
        <source>Remove from team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="85"/>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="85"/>
        <source>Choose a team.</source>
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
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="31"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="38"/>
        <source>Default / maximum per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="39"/>
        <source>No override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="43"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="44"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="46"/>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="48"/>
        <source>Agent capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="53"/>
        <source>Search capacities by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="54"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="55"/>
        <source>No agent capacities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="57"/>
        <source>A capacity sets, per routing channel, how many tasks the agents given it take at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="62"/>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="80"/>
        <source>New capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="69"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="72"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="94"/>
        <source>1 capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="94"/>
        <source>%1 capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="123"/>
        <source>Delete agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="124"/>
        <source>Delete the agent capacity “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="125"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="127"/>
        <source>Delete capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="131"/>
        <source>It is given to 1 user, who will have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="133"/>
        <source>It is given to %1 users, who will have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="137"/>
        <source>The routing channels&apos; own capacities then apply to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="138"/>
        <source>Take away and delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="105"/>
        <source>Edit agent capacity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="107"/>
        <source>New agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="112"/>
        <source>e.g. Senior agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="114"/>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="187"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="116"/>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="187"/>
        <source>Limits per routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="121"/>
        <source>Tick the channels this capacity overrides; the others keep the routing channel&apos;s own capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="124"/>
        <source>There are no routing channels yet: limits can be set once channels exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="142"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="182"/>
        <source>None: each routing channel&apos;s own capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="186"/>
        <source>Agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="191"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="191"/>
        <source>Tasks pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="191"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="233"/>
        <source>Without an agent capacity, each routing channel&apos;s own soft and hard capacity applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="237"/>
        <source>Routing pushes this agent up to “Tasks pushed” tasks per channel; transfers by hand can reach “At most”. Other routing channels keep their own capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="240"/>
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
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="199"/>
        <source>Given to 1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="201"/>
        <source>Given to %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="209"/>
        <source>on save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="176"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="180"/>
        <source>Search categories by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="186"/>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="188"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="190"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="192"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="193"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="228"/>
        <source>No categories yet. Categories tell what a message is about; agents&apos; categories act as skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="278"/>
        <source>%1 categories match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="280"/>
        <source>%1 categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="313"/>
        <source>Cannot move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="356"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="358"/>
        <source>Delete category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="357"/>
        <source>Delete the category “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="359"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="374"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="388"/>
        <source>Import categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="374"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="430"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="389"/>
        <source>Importing the categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="405"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="413"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="418"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="430"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="438"/>
        <source>Export categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="439"/>
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
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="351"/>
        <source>1 skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="351"/>
        <source>%1 skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryDeleteDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="148"/>
        <source>Delete category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="162"/>
        <source>“%1” has %2 subcategories. What happens to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="168"/>
        <source>Move them up to the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="169"/>
        <source>Move them under another category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="172"/>
        <source>Delete them too (%1 categories in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="190"/>
        <source>%1 user(s) as a skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="191"/>
        <source>%1 channel(s) as a default category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="192"/>
        <source>%1 routing channel(s) for auto-complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="193"/>
        <source>%1 rule(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="194"/>
        <source>%1 topology(ies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="198"/>
        <source>In use by %1. These references are removed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="205"/>
        <source>Every change is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="209"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="45"/>
        <source>Edit category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="45"/>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="53"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="66"/>
        <source>Mandatory (an agent must pick one of this branch before closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="68"/>
        <source>Multiple (several subcategories may be picked together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="69"/>
        <source>Unselectable (a grouping node only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="70"/>
        <source>Post-qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="81"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="118"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="118"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="83"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="118"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="89"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="92"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="94"/>
        <source>Channels where agents may pick it; none ticked means every channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="57"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="58"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="59"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="60"/>
        <source>Rules, topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="94"/>
        <source>mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="95"/>
        <source>multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="96"/>
        <source>unselectable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="97"/>
        <source>post-qualification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelLimitRow</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="32"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="34"/>
        <source>Unticked, the routing channel&apos;s own capacity applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="35"/>
        <source>Tasks an agent gets before others are served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="36"/>
        <source>Tasks an agent may hold at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="37"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="37"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelPermissionsTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="71"/>
        <source>Filter channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="82"/>
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
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="159"/>
        <source>Reply includes Read; HTML replies and new discussions include Reply. To reply on a channel an agent also needs a company identity on its community (Identities tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="165"/>
        <source>No channel yet: create them in Channels › Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="170"/>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="172"/>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="189"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="191"/>
        <source>Share of replies that need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="274"/>
        <source>No identity on the community %1: this agent could not reply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="283"/>
        <source>Cannot reply on %1: no company identity on the community. Choose one on the Identities tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="291"/>
        <source>Reads %1, replies on %2 of %3 channels</source>
        <translation type="unfinished"></translation>
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
    <name>ComingPage</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="57"/>
        <source>%1 — coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="58"/>
        <source>This page is planned and will arrive with the %1 section work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="117"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="118"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="126"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="119"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="132"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="120"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="121"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="127"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="131"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="132"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="132"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="136"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="140"/>
        <source>1 community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="140"/>
        <source>%1 communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="141"/>
        <source>Search communities by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="143"/>
        <source>No communities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="145"/>
        <source>A community holds the identities of one network; create one before its channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="156"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="175"/>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="163"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="166"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="202"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="204"/>
        <source>Delete community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="203"/>
        <source>Delete the community “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="205"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="46"/>
        <source>Edit community “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="48"/>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="53"/>
        <source>e.g. Acme on Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="57"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="92"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="62"/>
        <source>Used by: %1. Its type cannot change while channels use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="66"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="67"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="92"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="31"/>
        <source>Database and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="36"/>
        <source>Leave the address empty to use the built-in SQLite file. To share one configuration between workstations, enter a PostgreSQL address such as postgresql://user:password@host/engage. ENGAGE_DB_URL, when set, overrides this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="46"/>
        <source>Database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="48"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="55"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="57"/>
        <source>Takes effect the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="67"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="89"/>
        <source>Connected. Schema version: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="90"/>
        <source>empty (will be created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="103"/>
        <source>The keyring refused the password; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="143"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="143"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="143"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="144"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="144"/>
        <source>CRAM-MD5 (password not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="146"/>
        <source>Incoming mail (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="147"/>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="152"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="158"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="164"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="169"/>
        <source>No login (relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="172"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="174"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="179"/>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="181"/>
        <source>Comma-separated folder names to read, e.g. INBOX, Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="183"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="189"/>
        <source>Sender and threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="192"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="196"/>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="199"/>
        <source>Thread replies by their References headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="203"/>
        <source>Also thread by subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="206"/>
        <source>Reopen closed threads within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="209"/>
        <source>Where the chat is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="210"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="211"/>
        <source>iOS app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="212"/>
        <source>Android app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="214"/>
        <source>%1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="218"/>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="220"/>
        <source>The platform app this channel connects through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="223"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="225"/>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="74"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="80"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="91"/>
        <source>Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="82"/>
        <source>Account handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="89"/>
        <source>Business account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="93"/>
        <source>Phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="98"/>
        <source>Sender number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="104"/>
        <source>Business id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="111"/>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="113"/>
        <source>Bot account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="114"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="118"/>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="116"/>
        <source>Official account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="120"/>
        <source>Organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="135"/>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="136"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="137"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="138"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="139"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRoleDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="394"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="396"/>
        <source>Duplicate role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="399"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="403"/>
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
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="189"/>
        <source>%1 failed</source>
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
        <source>Nickname already used by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="31"/>
        <source>Email already used by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="36"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="286"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="188"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="37"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="287"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="189"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="38"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="288"/>
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
        <location filename="../../engage_desktop/services/channels/communities.py" line="267"/>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="112"/>
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
        <location filename="../../engage_desktop/services/users/editing.py" line="54"/>
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
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="177"/>
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
        <location filename="../../engage_desktop/services/channels/source_references.py" line="44"/>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="60"/>
        <source>Some of these categories no longer exist.</source>
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
        <location filename="../../engage_desktop/services/channels/source_types.py" line="28"/>
        <source>“{key}” is not a known channel type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="31"/>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="34"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="36"/>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="38"/>
        <location filename="../../engage_desktop/services/users/bulk.py" line="23"/>
        <source>{label} must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="41"/>
        <source>“{host}” is not a valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="45"/>
        <source>Name at least one mailbox to read (usually INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="49"/>
        <source>SMTP user name is required (or choose no SMTP login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="52"/>
        <source>Endpoint URL must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="56"/>
        <source>{label} is a secret: it is kept in the keyring, not in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="59"/>
        <source>“{key}” is not a setting of {type} channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="144"/>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="145"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="146"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="147"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="148"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="151"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="152"/>
        <source>Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="153"/>
        <source>Account handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="154"/>
        <source>Business account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="155"/>
        <source>Phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="156"/>
        <source>Sender number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="157"/>
        <source>Business id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="158"/>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="159"/>
        <source>Bot account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="160"/>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="161"/>
        <source>Official account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="162"/>
        <source>Organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="313"/>
        <source>IMAP login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="320"/>
        <source>SMTP login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="328"/>
        <source>Mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="334"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="340"/>
        <source>IMAP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="344"/>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="352"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="359"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="366"/>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="372"/>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="381"/>
        <source>IMAP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="387"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="393"/>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="402"/>
        <source>SMTP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="408"/>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="416"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="439"/>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="445"/>
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
        <location filename="../../engage_desktop/services/core/validation.py" line="12"/>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="14"/>
        <source>{label} is too long (at most {max_length} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="17"/>
        <source>{label} contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="19"/>
        <source>E-mail is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="21"/>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="25"/>
        <source>“{value}” is not a known time zone (use an IANA name such as Europe/Paris).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="82"/>
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
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="369"/>
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
        <location filename="../../engage_desktop/services/users/editing.py" line="103"/>
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
        <location filename="../../engage_desktop/services/users/editing.py" line="103"/>
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
        <location filename="../../engage_desktop/services/users/csv_import.py" line="48"/>
        <source>The import was cancelled; no user was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="52"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="44"/>
        <source>The e-mail address contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="54"/>
        <source>Nickname is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="55"/>
        <source>Email is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="58"/>
        <source>“{value}” is not a known time zone (e.g. Europe/Paris).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="61"/>
        <source>Write 1 or 0, true or false, yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="64"/>
        <source>“{value}” is already used by an existing user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="66"/>
        <source>“{value}” is also on line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="67"/>
        <source>The role is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="68"/>
        <source>Unknown role “{role}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="71"/>
        <source>You cannot give the role “{role}”: it holds permissions your role lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="73"/>
        <source>Unknown team “{team}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="75"/>
        <source>You do not lead the team “{team}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="78"/>
        <source>Add the user to one of the teams you lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="81"/>
        <source>Unknown language “{value}” (e.g. en, fr, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/csv_import.py" line="85"/>
        <source>%n line(s) have problems and the import is all-or-nothing; nothing was imported. Line {line}: {problem}</source>
        <translation>
            <numerusform>%n line has problems and the import is all-or-nothing; nothing was imported. Line {line}: {problem}</numerusform>
            <numerusform>%n lines have problems and the import is all-or-nothing; nothing was imported. Line {line}: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="94"/>
        <source>Line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="37"/>
        <source>{what} must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="40"/>
        <source>Some of these {what} no longer exist; reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="47"/>
        <source>Choose a language from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="51"/>
        <source>Spoken languages must be a list of language codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="57"/>
        <source>The nickname “{nickname}” is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="61"/>
        <source>A user with the e-mail “{email}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="63"/>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="66"/>
        <source>Grouping categories cannot be skills: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="70"/>
        <source>This agent capacity no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="73"/>
        <source>Signatures must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="77"/>
        <source>A signature is at most {max_length} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="80"/>
        <source>The signature contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="84"/>
        <source>Choose a language from the list, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="88"/>
        <source>This signature no longer exists; reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="91"/>
        <source>Signature {number} ({name}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="95"/>
        <source>A signature names a channel that no longer exists; reload the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="99"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="100"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="101"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="104"/>
        <source>channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="262"/>
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
        <location filename="../../engage_desktop/services/users/roles.py" line="34"/>
        <source>This role no longer exists (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="39"/>
        <source>A role named “{label}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/roles.py" line="43"/>
        <source>The role “{label}” is given to %n user(s); give them another role before deleting it.</source>
        <translation>
            <numerusform>The role “{label}” is given to %n user; give them another role before deleting it.</numerusform>
            <numerusform>The role “{label}” is given to %n users; give them another role before deleting it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="53"/>
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
</context>
<context>
    <name>ExportFieldsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="51"/>
        <source>Columns to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="54"/>
        <source>Names and e-mail addresses are personal data: tick them only if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="59"/>
        <source> (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="175"/>
        <source>Welcome — Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="176"/>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="179"/>
        <source>This database is empty. The first account you create holds every permission; you can invite the rest of the team afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="183"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="184"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="185"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="186"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="189"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="191"/>
        <source>At least 10 characters, including a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="193"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="194"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="202"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/form.py" line="203"/>
        <source>Save</source>
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
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="323"/>
        <source>1 identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="323"/>
        <source>%1 identities</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="310"/>
        <source>Show the identities of every community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="343"/>
        <source>Tick Reply on a channel (Channel permissions tab) to choose the identities this user replies as there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="352"/>
        <source>Only company identities marked as controlled (Channels › Identities) are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="389"/>
        <source>Tick an identity: this user may reply on this community&apos;s channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="398"/>
        <source>1 identity chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="398"/>
        <source>%1 identities chosen</source>
        <translation type="unfinished"></translation>
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
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="207"/>
        <source>%1 — %2 identities in this customer profile</source>
        <translation type="unfinished"></translation>
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
    <name>ListPanel</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="74"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="76"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="147"/>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="185"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="568"/>
        <source>The list could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="568"/>
        <source>Check the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="570"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="585"/>
        <source>No match for “%1” with these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="586"/>
        <source>Clear the search and the filters to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="587"/>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="589"/>
        <source>No match for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="590"/>
        <source>Check the spelling, or clear the search to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="591"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="593"/>
        <source>No match for these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="594"/>
        <source>Change the filters, or clear them to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="595"/>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="602"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="604"/>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../engage_desktop/views/shell/main_window.py" line="65"/>
        <source>Engage Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/main_window.py" line="223"/>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="45"/>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="50"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="56"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="62"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="68"/>
        <source>Agent capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="74"/>
        <source>Presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="82"/>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="87"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="93"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="99"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="107"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="112"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="118"/>
        <source>Routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="124"/>
        <source>Topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="130"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="136"/>
        <source>Queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="143"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="147"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="151"/>
        <source>Identity groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="156"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="159"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="160"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="161"/>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="166"/>
        <source>Agent tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="171"/>
        <source>Reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="176"/>
        <source>Reply-assistant groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="181"/>
        <source>E-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="186"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="193"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="197"/>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="199"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="202"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="207"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="211"/>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="215"/>
        <source>API access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="218"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="312"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationDrawer</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="159"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoPagesState</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="97"/>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="98"/>
        <source>Your role does not give access to any page of this console. Ask an administrator to add the permissions you need to your role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLoadFailed</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="72"/>
        <source>%1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="75"/>
        <source>Something went wrong while opening this page; the details were written to the log. Try again, and if it keeps failing, send the log to your support team.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="80"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="31"/>
        <source>Read users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="32"/>
        <source>Create users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="33"/>
        <source>Edit users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="34"/>
        <source>Invite users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="35"/>
        <source>Sign in as another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="36"/>
        <source>Manage users of my teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="37"/>
        <source>Manage teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="38"/>
        <source>Manage roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="39"/>
        <source>See agents&apos; presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="40"/>
        <source>Read channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="41"/>
        <source>Create channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="42"/>
        <source>Edit channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="43"/>
        <source>Read communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="44"/>
        <source>Create communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="45"/>
        <source>Edit communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="46"/>
        <source>Read identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="47"/>
        <source>Edit identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="48"/>
        <source>Manage identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="49"/>
        <source>Lock identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="50"/>
        <source>Anonymize identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="51"/>
        <source>Export identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="52"/>
        <source>Manage categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="53"/>
        <source>Manage topologies and routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="54"/>
        <source>Monitor all tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="55"/>
        <source>Monitor my teams&apos; tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="56"/>
        <source>Receive tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="57"/>
        <source>Pick tasks in pull mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="58"/>
        <source>Manage rules-engine rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="59"/>
        <source>Manage tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="60"/>
        <source>Manage custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="61"/>
        <source>Manage folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="62"/>
        <source>Read exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="63"/>
        <source>Run deferred content exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="64"/>
        <source>Read the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="65"/>
        <source>Search the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="66"/>
        <source>Read statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="67"/>
        <source>Read own statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="68"/>
        <source>Manage automated exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="69"/>
        <source>Manage the reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="70"/>
        <source>Reply with the reply assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="71"/>
        <source>Manage e-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="72"/>
        <source>Manage chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="73"/>
        <source>Manage messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="74"/>
        <source>Manage surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="75"/>
        <source>Read surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="76"/>
        <source>Manage ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="77"/>
        <source>Manage App SDK applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="78"/>
        <source>Edit account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="79"/>
        <source>Edit business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="80"/>
        <source>Configure extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="81"/>
        <source>Turn extensions on and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="82"/>
        <source>Manage API access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="83"/>
        <source>Manage custom notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="84"/>
        <source>Manage own notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="85"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="86"/>
        <source>See previous messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="87"/>
        <source>Open threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="88"/>
        <source>Close threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="89"/>
        <source>Delete threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="90"/>
        <source>Edit any intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="91"/>
        <source>Edit own interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="92"/>
        <source>Assign interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="93"/>
        <source>Approve replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="94"/>
        <source>Publish replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="95"/>
        <source>Mute messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="96"/>
        <source>Block message authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="97"/>
        <source>Stamp replies as official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="98"/>
        <source>Use emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="99"/>
        <source>Open the help center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="100"/>
        <source>Ask an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="101"/>
        <source>Escalate to video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="102"/>
        <source>Use co-browsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="107"/>
        <source>Users &amp; teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="108"/>
        <source>Channels &amp; identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="109"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="110"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="111"/>
        <source>Agent tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="112"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="113"/>
        <source>Conversation work (agent interface)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceStatusDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="32"/>
        <source>Edit presence status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="34"/>
        <source>New presence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="39"/>
        <source>e.g. Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="43"/>
        <source>Available: routing sends tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="44"/>
        <source>Away: routing sends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="49"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="52"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="72"/>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="54"/>
        <source>At least one status must count as available, or no agent could take work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceStatusesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="110"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="111"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="112"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="118"/>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="113"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="119"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="119"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="174"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="119"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="174"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="123"/>
        <source>Presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="128"/>
        <source>Search statuses by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="130"/>
        <source>No presence statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="131"/>
        <source>Agents pick a status; each counts as available or away for routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="135"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="167"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="142"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="145"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="152"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="159"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="177"/>
        <source>1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="177"/>
        <source>%1 statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="203"/>
        <source>Delete presence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="204"/>
        <source>Delete the presence status “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="205"/>
        <source>Delete status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="206"/>
        <source>Agents can no longer pick it. The deletion is written to the audit journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="87"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="116"/>
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
        <location filename="../../engage_desktop/views/users/role_editor.py" line="146"/>
        <source>Edit role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="146"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="151"/>
        <source>e.g. Night-shift supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="153"/>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="352"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="155"/>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="352"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="167"/>
        <source>Filter permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="184"/>
        <source>%1 permissions of extensions that are off are hidden; the role keeps them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="203"/>
        <source>Given to no user yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="205"/>
        <source>Given to 1 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="206"/>
        <source>Given to %1 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="211"/>
        <source>Your role lacks this permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="225"/>
        <source>Tick or clear every permission of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="296"/>
        <source>%1 of %2 permissions</source>
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
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="246"/>
        <source>%1 of %2 permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="27"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="30"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="35"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="36"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="45"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="46"/>
        <source>Any permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="50"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="51"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="51"/>
        <source>Given to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="51"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="55"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="60"/>
        <source>Search roles by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="62"/>
        <source>No roles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="63"/>
        <source>A role decides what its users may see and do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="67"/>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="96"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="74"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="81"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="88"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/roles_page.py" line="106"/>
        <source>%Ln roles</source>
        <translation>
            <numerusform>%Ln role</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="138"/>
        <source>The role “%1” is given to 1 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="140"/>
        <source>The role “%1” is given to %2 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="144"/>
        <source>Give them another role before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="148"/>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="150"/>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="149"/>
        <source>Delete the role “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="151"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="160"/>
        <source>Given to users: give them another role first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="162"/>
        <source>Delete the selected role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingChannelEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="37"/>
        <source>Edit routing channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="39"/>
        <source>New routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="47"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="166"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="48"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="51"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="167"/>
        <source>Soft capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="52"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="57"/>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="53"/>
        <source>Tasks an agent gets pushed at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="56"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="168"/>
        <source>Hard capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="58"/>
        <source>Upper bound, transfers included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="61"/>
        <source>Task timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="62"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="67"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="70"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="63"/>
        <source>Time to accept before the task moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="66"/>
        <source>Auto-complete after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="68"/>
        <source>0 = never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="70"/>
        <source>Agent SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="70"/>
        <source>Time an agent has to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="72"/>
        <source>SLA threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="73"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="74"/>
        <source>Share of replies within the agent SLA to aim for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="119"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="121"/>
        <source>A channel belongs to one routing channel; one shown with another&apos;s name moves here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="124"/>
        <source>Auto-complete categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="150"/>
        <source>Move channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="151"/>
        <source>These channels leave their routing channel for this one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="154"/>
        <source>Move them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingChannelsPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="25"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="27"/>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="30"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="34"/>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="39"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="40"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="43"/>
        <source>Routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="47"/>
        <source>1 routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="47"/>
        <source>%1 routing channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="48"/>
        <source>Search routing channels by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="49"/>
        <source>No routing channels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="50"/>
        <source>A routing channel groups channels that share capacity, timeouts and SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="54"/>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="69"/>
        <source>New routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="60"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="63"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="98"/>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="102"/>
        <source>Delete routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="99"/>
        <source>Delete the routing channel “%1”? Its channels stay, in no routing channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="103"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="59"/>
        <source>Add the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="60"/>
        <source>Remove the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="61"/>
        <source>Set the priority to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="62"/>
        <source>Tag the customer with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="63"/>
        <source>Route to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="64"/>
        <source>Route to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="65"/>
        <source>Auto-reply with the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="66"/>
        <source>Ignore (archive) the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="69"/>
        <source>Edit rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="69"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="75"/>
        <source>e.g. Urgent French orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="76"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="306"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="77"/>
        <source>The rule runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="80"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="307"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="88"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="308"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="93"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="309"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="94"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="310"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="113"/>
        <source>Actions, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="114"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="114"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="114"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="123"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="129"/>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="148"/>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="159"/>
        <source>Value of action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="171"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="176"/>
        <source>unknown %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="187"/>
        <source>tag id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="188"/>
        <source>queue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="189"/>
        <source>reply-assistant entry id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="32"/>
        <source>The rules engine is switched off for this account. An administrator can switch it on in Settings › Extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="43"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="49"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="74"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="44"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="49"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="74"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="46"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="49"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="51"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="54"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="60"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="64"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="69"/>
        <source>Search rules by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="74"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="118"/>
        <source>Move down: run this rule one place later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="121"/>
        <source>On/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="127"/>
        <source>Switch the rule on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="77"/>
        <source>No rule yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="79"/>
        <source>Rules run in order on each incoming message: they categorise it, set its priority, tag the customer, route it or answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="89"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="137"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="96"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="109"/>
        <source>Move up: run this rule one place earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="110"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="119"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="129"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="142"/>
        <source>1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="142"/>
        <source>%1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="181"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="183"/>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="182"/>
        <source>Delete the rule “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="184"/>
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
    <name>ShellActions</name>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="65"/>
        <source>&amp;Connect to database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="67"/>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="69"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="72"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="74"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="76"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="86"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="89"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="110"/>
        <source>Move to the &amp;navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="113"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="120"/>
        <source>&amp;About Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="122"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="124"/>
        <source>Open the &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="127"/>
        <source>&amp;Verify the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="158"/>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="160"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="162"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="167"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="172"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="285"/>
        <source>About Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="289"/>
        <source>Version %1
The administration console of Engage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="304"/>
        <location filename="../../engage_desktop/views/shell/actions.py" line="318"/>
        <source>Verify the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="305"/>
        <source>Checking every event of the audit journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="369"/>
        <source>This workstation&apos;s anchor was found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="371"/>
        <source>No anchor was recorded for this database on this workstation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="374"/>
        <source>The journal is intact: %1 events verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="378"/>
        <source>The journal is broken at event #%1 (row id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="381"/>
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
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="151"/>
        <source>Sign in — Engage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="152"/>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="156"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="153"/>
        <source>Use your e-mail address or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="154"/>
        <source>E-mail or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="155"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="164"/>
        <source>Enter your e-mail address or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="43"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="45"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="60"/>
        <source>e.g. Formal, Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="63"/>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="156"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="73"/>
        <source>Best regards,
The support team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="78"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="79"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="80"/>
        <source>None ticked: used on every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="81"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="83"/>
        <source>No signature yet. Add one to end this agent&apos;s replies with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="110"/>
        <source>New signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="160"/>
        <source>every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="162"/>
        <source>1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="164"/>
        <source>%1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="166"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_editor.py" line="36"/>
        <source>Edit channel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFormWidget</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="80"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="93"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="94"/>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="190"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="101"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="103"/>
        <source>Routing channels are managed in Routing › Routing channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="108"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="109"/>
        <source>Hide from statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="114"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="128"/>
        <source>Routing and SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="133"/>
        <source>Default categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="138"/>
        <source>Categories of agent-opened threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="146"/>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="148"/>
        <source>No business hours yet: create them in Settings › Business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="152"/>
        <source>SLA: first reply within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="156"/>
        <source>SLA warning at (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="158"/>
        <source>Share of the SLA time used when the task turns orange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="162"/>
        <source>Raise to maximum priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="163"/>
        <source>Raise halfway to maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="164"/>
        <source>Keep the base priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="169"/>
        <source>When the SLA expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="171"/>
        <source>Default task priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="174"/>
        <source>Boost per new message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="178"/>
        <source>Boost for transferred tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="182"/>
        <source>Languages and archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="188"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="194"/>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="195"/>
        <source>Detect the language of incoming messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="198"/>
        <source>Archive messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="204"/>
        <source>Archive after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="315"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="316"/>
        <source>Connecting to the IMAP and SMTP servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="331"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="331"/>
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
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="39"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="83"/>
        <source>Your role cannot create communities: ask an administrator to create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="100"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="104"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="108"/>
        <source>Create channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="187"/>
        <source>What kind of channel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="188"/>
        <source>A %1 community is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="189"/>
        <source>Set up the %1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="193"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="198"/>
        <source>There is no active %1 community yet. Every channel belongs to a community of its type, which holds the identities of its customers. Create one to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="202"/>
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
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="63"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="86"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="66"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="73"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="74"/>
        <source>Routing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="75"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="92"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="87"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="91"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="92"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="92"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="96"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="100"/>
        <source>%Ln channels</source>
        <translation>
            <numerusform>%Ln channel</numerusform>
            <numerusform>%Ln channels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="101"/>
        <source>Search channels by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="103"/>
        <source>No channels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="105"/>
        <source>A channel is one connected account: a mailbox, a Facebook page, a web chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="117"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="147"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="124"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="127"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="245"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="261"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="136"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="176"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="214"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="176"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="227"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="193"/>
        <source>Its conversations stop being routed to agents (routing channel “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="197"/>
        <source>Its conversations stop being routed to agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="201"/>
        <source>Incoming messages stop: nothing new is fetched from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="206"/>
        <source>Agents can no longer reply through it. Nothing is deleted; you can activate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="212"/>
        <source>Deactivate channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="213"/>
        <source>Deactivate the channel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="225"/>
        <source>Activate channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="226"/>
        <source>Activate the channel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="229"/>
        <source>Its messages will be fetched and routed to agents again, and agents may reply through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="246"/>
        <source>Connecting to the servers of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="262"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="262"/>
        <source>The connection does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="37"/>
        <source>Choose a target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="38"/>
        <source>The task&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="39"/>
        <source>These categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="40"/>
        <source>A team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="41"/>
        <source>An agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="42"/>
        <source>Any agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="45"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="117"/>
        <source>Target of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="126"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="127"/>
        <source>No timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="128"/>
        <source>Timeout of step %1 in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="139"/>
        <source>Who step %1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="153"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="159"/>
        <source>unknown %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="70"/>
        <source>Edit team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="70"/>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="75"/>
        <source>e.g. Social media care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="77"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="118"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="316"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="78"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="316"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="316"/>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="110"/>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="118"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="118"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="118"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="130"/>
        <source>Add members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="134"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="163"/>
        <source>Leaders are members who lead the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="164"/>
        <source>This user&apos;s account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="220"/>
        <source>Add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="221"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="223"/>
        <source>Already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="271"/>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="273"/>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="276"/>
        <source>1 leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="278"/>
        <source>%1 leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="285"/>
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
    <name>TopologiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="27"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="74"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="32"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="36"/>
        <source>This topology routes the tasks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="36"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="75"/>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="41"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="49"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="54"/>
        <source>Open it to see each problem beside its queue and step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="56"/>
        <source>Ready to be activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="59"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="62"/>
        <source>Topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="67"/>
        <source>Search topologies by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="73"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="79"/>
        <source>No topology yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="81"/>
        <source>A topology is the routing strategy: which queue a task joins and which agents it is offered to, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="90"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="122"/>
        <source>New topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="97"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="104"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="111"/>
        <source>Make it the routing strategy (the active one stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="113"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="132"/>
        <source>⚠ 1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="134"/>
        <source>⚠ %1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="139"/>
        <source>1 topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="139"/>
        <source>%1 topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="168"/>
        <source>“%1” cannot be activated until these problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="182"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="184"/>
        <source>Delete topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="183"/>
        <source>Delete the topology “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="185"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="72"/>
        <source>Edit topology “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="72"/>
        <source>New topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="77"/>
        <source>e.g. Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="78"/>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="313"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="80"/>
        <source>This topology routes tasks now: it can only be saved without problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="89"/>
        <source>Routing configuration as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="105"/>
        <source>Queues and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="106"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="107"/>
        <source>The same configuration as JSON; both stay in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="109"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="115"/>
        <source>Problems of the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="156"/>
        <source>Line %1, column %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="174"/>
        <source>Fix the JSON first; the structure shows only a configuration that reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="216"/>
        <source>Default queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="223"/>
        <source>Queue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="225"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="227"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="237"/>
        <source>No problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="237"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="313"/>
        <source>Routing configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyStructureEditor</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="75"/>
        <source>Queues (first match wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="79"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="86"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="86"/>
        <source>Add a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="89"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="89"/>
        <source>Remove the selected queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="92"/>
        <source>Move the queue up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="95"/>
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
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="162"/>
        <source>Customer tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="166"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="171"/>
        <source>Steps (a task moves on when a step times out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="183"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="183"/>
        <source>Add a step at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="186"/>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="186"/>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="189"/>
        <source>Move the step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="192"/>
        <source>Move the step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="247"/>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="341"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="248"/>
        <source>Default queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="252"/>
        <source>Tasks no queue above takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="280"/>
        <source>Unknown channel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="301"/>
        <source>No category yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="385"/>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserBadges</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="33"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="36"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="38"/>
        <source>Invitation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="41"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="45"/>
        <source>⚠ Cannot reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="57"/>
        <source>Reply on %1, but no identity on the community %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="63"/>
        <source>Open the user&apos;s Identities tab to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="64"/>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="64"/>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="75"/>
        <source>Invite a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="75"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="77"/>
        <source>User “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="79"/>
        <source>Edit user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="84"/>
        <source>They receive an e-mail to choose their password; until then the invitation is pending. Only the profile and the role are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="89"/>
        <source>Only the profile and the role are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="133"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="134"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="250"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="135"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="254"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="136"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="255"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="137"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="256"/>
        <source>Channel permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="138"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="257"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="139"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="258"/>
        <source>Agent capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="140"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="259"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="164"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="168"/>
        <source>Last sign-in: %1
Created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="246"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="247"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="248"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="249"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="251"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="252"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="253"/>
        <source>Spoken languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="57"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="58"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="61"/>
        <source>Capacity now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="70"/>
        <source>Search by name, nickname or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="142"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="154"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="154"/>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="157"/>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersBulkActions</name>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="102"/>
        <source>Role changed for 1 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="103"/>
        <source>Role changed for %1 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="106"/>
        <source>1 user added to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="107"/>
        <source>%1 users added to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="110"/>
        <source>1 user taken out of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="111"/>
        <source>%1 users taken out of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="113"/>
        <source>1 user enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="113"/>
        <source>%1 users enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="114"/>
        <source>1 user disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="114"/>
        <source>%1 users disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="145"/>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="147"/>
        <source>Disable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="146"/>
        <source>Disable 1 user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="146"/>
        <source>Disable %1 users?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="148"/>
        <source>They can no longer sign in or act until enabled again. Nobody is changed if one of them cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="129"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="140"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="145"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="146"/>
        <source>Import users from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="151"/>
        <source>Only lines with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="170"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="182"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="196"/>
        <source>Columns: firstname, lastname, nickname, email and role are required; teams, locale, timezone and enabled are optional. Separate several teams with |, ; or , (the export writes |). An empty line between users is reported; a value the export wrote with a leading apostrophe (before =, +, -, @) is read without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="202"/>
        <source>All or nothing: import only if every line is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="223"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="226"/>
        <source>%1 ready to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="229"/>
        <source>%1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="231"/>
        <source>%1 lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="240"/>
        <source>Import 1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="242"/>
        <source>Import %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="246"/>
        <source>Correct the file, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="249"/>
        <source>Every line must be valid: correct the lines with problems, or untick “All or nothing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="252"/>
        <source>The lines with problems are left out; nothing is written if you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="254"/>
        <source>Every line is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="282"/>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="282"/>
        <source>Creating the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="283"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="287"/>
        <source>The import was cancelled; no user was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="58"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="59"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="60"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="108"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="61"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="62"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="112"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_page.py" line="70"/>
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="71"/>
        <source>Search name, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="74"/>
        <source>Users appear here once they are created, invited or imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="94"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="163"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="109"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="115"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="117"/>
        <source>Invitation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="118"/>
        <source>Cannot reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="121"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="137"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="227"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="191"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="198"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="308"/>
        <source>Invitation sent again to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="325"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="332"/>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="326"/>
        <source>%1 cannot be deleted. Disable them instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="339"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="341"/>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="340"/>
        <source>Delete %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="342"/>
        <source>They never handled work, so nothing in the history names them. The deletion is written to the audit journal and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="63"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="114"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="116"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="66"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="128"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="73"/>
        <source>No users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="138"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="230"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="139"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="140"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="239"/>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="143"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="144"/>
        <source>Add to team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="146"/>
        <source>Remove from team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="150"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="230"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="284"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="151"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="284"/>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="156"/>
        <source>Import / export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="158"/>
        <source>Import users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="160"/>
        <source>Export the listed users to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="162"/>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="184"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="204"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="227"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="237"/>
        <source>Bulk actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="276"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="276"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="278"/>
        <source>Choose identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="280"/>
        <source>Resend the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="286"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="297"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="299"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="327"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="298"/>
        <source>Disable %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="300"/>
        <source>They can no longer sign in or act until enabled again. Their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTransfer</name>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="92"/>
        <location filename="../../engage_desktop/views/users/transfer.py" line="119"/>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="92"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="119"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="137"/>
        <source>1 user imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="137"/>
        <source>%1 users imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="140"/>
        <source>1 line left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="140"/>
        <source>%1 lines left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="145"/>
        <source>CSV for spreadsheets (Excel) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="146"/>
        <source>CSV for BI tools (UTF-8, comma, 1/0) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="148"/>
        <location filename="../../engage_desktop/views/users/transfer.py" line="175"/>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="175"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="180"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="186"/>
        <source>1 user exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="187"/>
        <source>%1 users exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="99"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="101"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="85"/>
        <source>Database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
