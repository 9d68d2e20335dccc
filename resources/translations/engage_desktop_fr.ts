<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AgentPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="56"/>
        <source>Agents who may use this identity</source>
        <translation>Agents autorisés à utiliser cette identité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="62"/>
        <source>Search users by nickname or name</source>
        <translation>Rechercher des utilisateurs par pseudo ou par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="96"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../engage_desktop/app.py" line="229"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="323"/>
        <source>Signing in to the demo database as its administrator…</source>
        <translation>Connexion à la base de démonstration en tant qu’administrateur…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="358"/>
        <source>Cannot open the main window</source>
        <translation>Impossible d’ouvrir la fenêtre principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="219"/>
        <source>The database was upgraded from schema %1 to %2.</source>
        <translation>La base de données a été mise à jour du schéma %1 au schéma %2.</translation>
    </message>
</context>
<context>
    <name>BulkChoiceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="44"/>
        <source>Change the role of %1 users</source>
        <translation>Changer le rôle de %1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="45"/>
        <source>holds permissions your role lacks</source>
        <translation>comporte des autorisations dont votre rôle ne dispose pas</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="49"/>
        <source>Choose a role</source>
        <translation>Choisissez un rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="51"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="54"/>
        <source>Add %1 users to a team</source>
        <translation>Ajouter %1 utilisateurs à une équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="54"/>
        <source>Remove %1 users from a team</source>
        <translation>Retirer %1 utilisateurs d’une équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="59"/>
        <source>Choose a team</source>
        <translation>Choisissez une équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="61"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="64"/>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="66"/>
        <source>One journal event per user changed. If one of them cannot be changed, nobody is.</source>
        <translation>Un événement du journal d’audit par utilisateur modifié. Si l’un d’eux ne peut pas être modifié, aucun ne l’est.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="68"/>
        <source>A leader taken out of the team stops leading it.</source>
        <translation>Un responsable retiré de l’équipe cesse d’en être responsable.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="77"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="78"/>
        <source>Add to team</source>
        <translation>Ajouter à l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="78"/>
        <source>Remove from team</source>
        <translation>Retirer de l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="85"/>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="85"/>
        <source>Choose a team.</source>
        <translation>Choisissez une équipe.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/busy_bar.py" line="21"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>CapacitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="31"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="38"/>
        <source>Default / maximum per channel</source>
        <translation>Par défaut / maximum par canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="39"/>
        <source>No override</source>
        <translation>Aucune limite redéfinie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="43"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="44"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="46"/>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="48"/>
        <source>Agent capacities</source>
        <translation>Capacités des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="53"/>
        <source>Search capacities by name</source>
        <translation>Rechercher des capacités par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="54"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="55"/>
        <source>No agent capacities yet</source>
        <translation>Aucune capacité d’agent pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="57"/>
        <source>A capacity sets, per routing channel, how many tasks the agents given it take at once.</source>
        <translation>Une capacité fixe, pour chaque canal de routage, le nombre de tâches que les agents qui en disposent traitent simultanément.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="62"/>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="80"/>
        <source>New capacity</source>
        <translation>Nouvelle capacité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="69"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="72"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="94"/>
        <source>1 capacity</source>
        <translation>1 capacité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="94"/>
        <source>%1 capacities</source>
        <translation>%1 capacités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="123"/>
        <source>Delete agent capacity</source>
        <translation>Supprimer la capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="124"/>
        <source>Delete the agent capacity “%1”?</source>
        <translation>Supprimer la capacité d’agent «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="125"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="127"/>
        <source>Delete capacity</source>
        <translation>Supprimer la capacité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="131"/>
        <source>It is given to 1 user, who will have none.</source>
        <translation>Elle est attribuée à 1 utilisateur, qui n’en aura plus aucune.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="133"/>
        <source>It is given to %1 users, who will have none.</source>
        <translation>Elle est attribuée à %1 utilisateurs, qui n’en auront plus aucune.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="137"/>
        <source>The routing channels&apos; own capacities then apply to them.</source>
        <translation>Les capacités propres aux canaux de routage s’appliqueront alors.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="138"/>
        <source>Take away and delete</source>
        <translation>Retirer et supprimer</translation>
    </message>
</context>
<context>
    <name>CapacityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="105"/>
        <source>Edit agent capacity “%1”</source>
        <translation>Modifier la capacité d’agent «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="107"/>
        <source>New agent capacity</source>
        <translation>Nouvelle capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="112"/>
        <source>e.g. Senior agents</source>
        <translation>p. ex. Agents confirmés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="114"/>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="187"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="116"/>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="187"/>
        <source>Limits per routing channel</source>
        <translation>Limites par canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="121"/>
        <source>Tick the channels this capacity overrides; the others keep the routing channel&apos;s own capacity.</source>
        <translation>Cochez les canaux dont cette capacité redéfinit les limites&#xa0;; les autres conservent la capacité propre à leur canal de routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="124"/>
        <source>There are no routing channels yet: limits can be set once channels exist.</source>
        <translation>Il n’existe encore aucun canal de routage&#xa0;: les limites pourront être définies une fois les canaux créés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="142"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="182"/>
        <source>None: each routing channel&apos;s own capacity</source>
        <translation>Aucune&#xa0;: capacité propre à chaque canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="186"/>
        <source>Agent capacity</source>
        <translation>Capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="191"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="191"/>
        <source>Tasks pushed</source>
        <translation>Tâches distribuées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="191"/>
        <source>At most</source>
        <translation>Au maximum</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="233"/>
        <source>Without an agent capacity, each routing channel&apos;s own soft and hard capacity applies.</source>
        <translation>Sans capacité d’agent, ce sont la capacité normale et la capacité maximale propres à chaque canal de routage qui s’appliquent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="237"/>
        <source>Routing pushes this agent up to “Tasks pushed” tasks per channel; transfers by hand can reach “At most”. Other routing channels keep their own capacity.</source>
        <translation>Le routage distribue à cet agent jusqu’à «&#xa0;Tâches distribuées&#xa0;» tâches par canal&#xa0;; les transferts manuels peuvent atteindre «&#xa0;Au maximum&#xa0;». Les autres canaux de routage conservent leur propre capacité.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="240"/>
        <source>Capacities are defined in Users › Agent capacities.</source>
        <translation>Les capacités se définissent dans Utilisateurs › Capacités des agents.</translation>
    </message>
</context>
<context>
    <name>CapacityUsersBox</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="42"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="44"/>
        <source>On save</source>
        <translation>À l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="53"/>
        <source>Search these users</source>
        <translation>Rechercher parmi ces utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="73"/>
        <source>Give to users…</source>
        <translation>Attribuer à des utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="77"/>
        <source>Take away</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="80"/>
        <source>Take this capacity from the selected users (again: keep it)</source>
        <translation>Retirer cette capacité aux utilisateurs sélectionnés (cliquer de nouveau pour la conserver)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="127"/>
        <source>Moved from %1</source>
        <translation>Quitte %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="127"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="129"/>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="159"/>
        <source>Give this capacity to users</source>
        <translation>Attribuer cette capacité à des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="160"/>
        <source>Give</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="199"/>
        <source>Given to 1 user</source>
        <translation>Attribuée à 1 utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="201"/>
        <source>Given to %1 users</source>
        <translation>Attribuée à %1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="209"/>
        <source>on save: %1</source>
        <translation>à l’enregistrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="439"/>
        <source>Exporting the categories…</source>
        <translation>Export des catégories…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="389"/>
        <source>Importing the categories…</source>
        <translation>Import des catégories…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="176"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="180"/>
        <source>Search categories by name</source>
        <translation>Rechercher une catégorie par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="186"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="188"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="190"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="192"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="193"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="228"/>
        <source>No categories yet. Categories tell what a message is about; agents&apos; categories act as skills.</source>
        <translation>Aucune catégorie pour l’instant. Les catégories disent de quoi parle un message&#xa0;; celles d’un agent lui servent de compétences.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="278"/>
        <source>%1 categories match</source>
        <translation>%1 catégories correspondent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="280"/>
        <source>%1 categories</source>
        <translation>%1 catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="313"/>
        <source>Cannot move</source>
        <translation>Déplacement impossible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="356"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="358"/>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="357"/>
        <source>Delete the category “%1”?</source>
        <translation>Supprimer la catégorie «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="359"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est inscrite au journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="374"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="388"/>
        <source>Import categories</source>
        <translation>Importer des catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="374"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="430"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="413"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="418"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="405"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Import&#xa0;: %1 créées, %2 modifiées, %3 inchangées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="430"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="438"/>
        <source>Export categories</source>
        <translation>Exporter les catégories</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="295"/>
        <source>Filter categories</source>
        <translation>Filtrer les catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="327"/>
        <source>A grouping category: tick the categories inside it</source>
        <translation>Catégorie de regroupement&#xa0;: cochez les catégories qu’elle contient</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="336"/>
        <source>Routing gives this agent the conversations of these categories.</source>
        <translation>Le routage attribue à cet agent les conversations de ces catégories.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="339"/>
        <source>No category yet: create them in Routing › Categories.</source>
        <translation>Aucune catégorie pour l’instant&#xa0;: créez-en dans Routage › Catégories.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="351"/>
        <source>1 skill</source>
        <translation>1 compétence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="351"/>
        <source>%1 skills</source>
        <translation>%1 compétences</translation>
    </message>
</context>
<context>
    <name>CategoryDeleteDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="148"/>
        <source>Delete category “%1”</source>
        <translation>Supprimer la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="162"/>
        <source>“%1” has %2 subcategories. What happens to them?</source>
        <translation>«&#xa0;%1&#xa0;» a %2 sous-catégories. Que deviennent-elles&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="168"/>
        <source>Move them up to the parent</source>
        <translation>Les remonter sous le parent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="169"/>
        <source>Move them under another category:</source>
        <translation>Les déplacer sous une autre catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="172"/>
        <source>Delete them too (%1 categories in all)</source>
        <translation>Les supprimer aussi (%1 catégories en tout)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="190"/>
        <source>%1 user(s) as a skill</source>
        <translation>%1 utilisateur(s) comme compétence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="191"/>
        <source>%1 channel(s) as a default category</source>
        <translation>%1 canal(aux) comme catégorie par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="192"/>
        <source>%1 routing channel(s) for auto-complete</source>
        <translation>%1 canal(aux) de routage pour la clôture automatique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="193"/>
        <source>%1 rule(s)</source>
        <translation>%1 règle(s)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="194"/>
        <source>%1 topology(ies)</source>
        <translation>%1 topologie(s)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="198"/>
        <source>In use by %1. These references are removed with it.</source>
        <translation>Utilisée par %1. Ces références sont retirées avec elle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="205"/>
        <source>Every change is written to the audit journal and cannot be undone.</source>
        <translation>Chaque modification est inscrite au journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="209"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>CategoryEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="45"/>
        <source>Edit category “%1”</source>
        <translation>Modifier la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="45"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="53"/>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="66"/>
        <source>Mandatory (an agent must pick one of this branch before closing)</source>
        <translation>Obligatoire (l’agent doit en choisir une de cette branche avant de clore)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="68"/>
        <source>Multiple (several subcategories may be picked together)</source>
        <translation>Multiple (plusieurs sous-catégories peuvent être choisies ensemble)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="69"/>
        <source>Unselectable (a grouping node only)</source>
        <translation>Non sélectionnable (simple regroupement)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="70"/>
        <source>Post-qualification</source>
        <translation>Post-qualification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="81"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="118"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="118"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="83"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="118"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="89"/>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="92"/>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="94"/>
        <source>Channels where agents may pick it; none ticked means every channel.</source>
        <translation>Canaux où les agents peuvent la choisir&#xa0;; aucun coché signifie tous les canaux.</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="56"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="57"/>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="58"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="59"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="60"/>
        <source>Rules, topologies</source>
        <translation>Règles, topologies</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="94"/>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="95"/>
        <source>multiple</source>
        <translation>multiple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="96"/>
        <source>unselectable</source>
        <translation>non sélectionnable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="97"/>
        <source>post-qualification</source>
        <translation>post-qualification</translation>
    </message>
</context>
<context>
    <name>ChannelLimitRow</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="32"/>
        <source>Override</source>
        <translation>Redéfinir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="34"/>
        <source>Unticked, the routing channel&apos;s own capacity applies</source>
        <translation>Décoché&#xa0;: la capacité propre au canal de routage s’applique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="35"/>
        <source>Tasks an agent gets before others are served</source>
        <translation>Nombre de tâches qu’un agent reçoit avant que les autres agents ne soient servis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="36"/>
        <source>Tasks an agent may hold at most</source>
        <translation>Nombre maximal de tâches qu’un agent peut détenir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="37"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="37"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>ChannelPermissionsTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="71"/>
        <source>Filter channels</source>
        <translation>Filtrer les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="82"/>
        <source>Choose identities…</source>
        <translation>Choisir des identités…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="92"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="93"/>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="94"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="95"/>
        <source>Reply in
HTML</source>
        <translation>Réponse
HTML</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="96"/>
        <source>Start
discussions</source>
        <translation>Nouvelles
discussions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="97"/>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="98"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="103"/>
        <source>See the channel&apos;s messages</source>
        <translation>Voir les messages du canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="104"/>
        <source>Answer customers (needs an identity on the channel&apos;s community)</source>
        <translation>Répondre aux clients (nécessite une identité sur la communauté du canal)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="105"/>
        <source>Write formatted (HTML) replies</source>
        <translation>Rédiger des réponses mises en forme (HTML)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="106"/>
        <source>Write first to a customer</source>
        <translation>Écrire en premier à un client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="107"/>
        <source>Delete messages</source>
        <translation>Supprimer des messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="108"/>
        <source>Share of this agent&apos;s replies that a supervisor approves before they leave</source>
        <translation>Part des réponses de cet agent qu’un superviseur approuve avant leur envoi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="123"/>
        <source>Click to tick or clear the whole column</source>
        <translation>Cliquez pour cocher ou décocher toute la colonne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="159"/>
        <source>Reply includes Read; HTML replies and new discussions include Reply. To reply on a channel an agent also needs a company identity on its community (Identities tab).</source>
        <translation>«&#xa0;Réponse&#xa0;» inclut «&#xa0;Lecture&#xa0;»&#xa0;; les réponses HTML et les nouvelles discussions incluent «&#xa0;Réponse&#xa0;». Pour répondre sur un canal, un agent a aussi besoin d’une identité d’entreprise sur sa communauté (onglet Identités).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="165"/>
        <source>No channel yet: create them in Channels › Channels.</source>
        <translation>Aucun canal pour l’instant&#xa0;: créez-en dans Canaux › Canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="170"/>
        <source>Community: %1</source>
        <translation>Communauté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="172"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="189"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="191"/>
        <source>Share of replies that need approval</source>
        <translation>Part des réponses à approuver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="274"/>
        <source>No identity on the community %1: this agent could not reply here.</source>
        <translation>Aucune identité sur la communauté %1&#xa0;: cet agent ne pourrait pas répondre ici.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="283"/>
        <source>Cannot reply on %1: no company identity on the community. Choose one on the Identities tab.</source>
        <translation>Impossible de répondre sur %1&#xa0;: aucune identité d’entreprise sur la communauté. Choisissez-en une dans l’onglet Identités.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="291"/>
        <source>Reads %1, replies on %2 of %3 channels</source>
        <translation>Lit %1 canaux sur %3, répond sur %2</translation>
    </message>
</context>
<context>
    <name>ColorCombo</name>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="30"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="31"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="32"/>
        <source>Amber</source>
        <translation>Ambre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="33"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="34"/>
        <source>Teal</source>
        <translation>Sarcelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="35"/>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="36"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="37"/>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="38"/>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="39"/>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="40"/>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="41"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="57"/>
        <source>%1 — coming soon</source>
        <translation>%1 — bientôt disponible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="58"/>
        <source>This page is planned and will arrive with the %1 section work.</source>
        <translation>Cette page est prévue et arrivera avec les travaux de la section %1.</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="117"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="118"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="126"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="119"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="132"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="120"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="121"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="127"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="131"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="132"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="132"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="136"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="140"/>
        <source>1 community</source>
        <translation>1 communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="140"/>
        <source>%1 communities</source>
        <translation>%1 communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="141"/>
        <source>Search communities by name</source>
        <translation>Rechercher des communautés par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="143"/>
        <source>No communities yet</source>
        <translation>Aucune communauté pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="145"/>
        <source>A community holds the identities of one network; create one before its channels.</source>
        <translation>Une communauté regroupe les identités d’un réseau&#xa0;; créez-la avant ses canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="156"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="175"/>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="163"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="166"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="202"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="204"/>
        <source>Delete community</source>
        <translation>Supprimer la communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="203"/>
        <source>Delete the community “%1”?</source>
        <translation>Supprimer la communauté «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="205"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>CommunityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="46"/>
        <source>Edit community “%1”</source>
        <translation>Modifier la communauté «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="48"/>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="53"/>
        <source>e.g. Acme on Facebook</source>
        <translation>p. ex. Acme sur Facebook</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="57"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="92"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="62"/>
        <source>Used by: %1. Its type cannot change while channels use it.</source>
        <translation>Utilisée par&#xa0;: %1. Son type ne peut pas changer tant que des canaux l’utilisent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="66"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="92"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="67"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="92"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="31"/>
        <source>Database and language</source>
        <translation>Base de données et langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="36"/>
        <source>Leave the address empty to use the built-in SQLite file. To share one configuration between workstations, enter a PostgreSQL address such as postgresql://user:password@host/engage. ENGAGE_DB_URL, when set, overrides this setting.</source>
        <translation>Laissez l’adresse vide pour utiliser le fichier SQLite intégré. Pour partager une même configuration entre plusieurs postes, saisissez une adresse PostgreSQL comme postgresql://user:password@host/engage. Lorsqu’elle est définie, ENGAGE_DB_URL remplace ce réglage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="46"/>
        <source>Database address</source>
        <translation>Adresse de la base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="48"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="55"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="57"/>
        <source>Takes effect the next time the console starts.</source>
        <translation>Prend effet au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="67"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="89"/>
        <source>Connected. Schema version: %1.</source>
        <translation>Connecté. Version du schéma&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="90"/>
        <source>empty (will be created)</source>
        <translation>vide (sera créé)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="103"/>
        <source>The keyring refused the password; nothing was saved.</source>
        <translation>Le trousseau a refusé le mot de passe&#xa0;; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="143"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="143"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="143"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="144"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="144"/>
        <source>CRAM-MD5 (password not sent)</source>
        <translation>CRAM-MD5 (mot de passe non transmis)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="146"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="147"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="152"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="158"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="164"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="169"/>
        <source>No login (relay)</source>
        <translation>Sans authentification (relais)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="172"/>
        <source>Login</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="174"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="179"/>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="181"/>
        <source>Comma-separated folder names to read, e.g. INBOX, Support.</source>
        <translation>Noms des dossiers à lire, séparés par des virgules, p. ex. INBOX, Support.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="183"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="189"/>
        <source>Sender and threads</source>
        <translation>Expéditeur et conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="192"/>
        <source>Sender address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="196"/>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="199"/>
        <source>Thread replies by their References headers</source>
        <translation>Regrouper les réponses en conversations d’après leur en-tête References</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="203"/>
        <source>Also thread by subject</source>
        <translation>Regrouper aussi par objet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="206"/>
        <source>Reopen closed threads within (days)</source>
        <translation>Rouvrir les conversations fermées depuis moins de (jours)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="209"/>
        <source>Where the chat is offered</source>
        <translation>Où le chat est proposé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="210"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="211"/>
        <source>iOS app</source>
        <translation>Application iOS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="212"/>
        <source>Android app</source>
        <translation>Application Android</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="214"/>
        <source>%1 account</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="218"/>
        <source>App id</source>
        <translation>Identifiant de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="220"/>
        <source>The platform app this channel connects through.</source>
        <translation>L’application de la plateforme par laquelle ce canal se connecte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="223"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="225"/>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="135"/>
        <source>IMAP password</source>
        <translation>Mot de passe IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="136"/>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="137"/>
        <source>App secret</source>
        <translation>Secret de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="138"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="139"/>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="74"/>
        <source>Account id</source>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="80"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="91"/>
        <source>Page id</source>
        <translation>Identifiant de la page</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="82"/>
        <source>Account handle</source>
        <translation>Nom d’utilisateur du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="89"/>
        <source>Business account id</source>
        <translation>Identifiant du compte professionnel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="93"/>
        <source>Phone number id</source>
        <translation>Identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="98"/>
        <source>Sender number</source>
        <translation>Numéro d’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="104"/>
        <source>Business id</source>
        <translation>Identifiant de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="111"/>
        <source>Agent id</source>
        <translation>Identifiant de l’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="113"/>
        <source>Bot account</source>
        <translation>Compte du bot</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="114"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="118"/>
        <source>Channel id</source>
        <translation>Identifiant de la chaîne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="116"/>
        <source>Official account id</source>
        <translation>Identifiant du compte officiel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="120"/>
        <source>Organisation id</source>
        <translation>Identifiant de l’organisation</translation>
    </message>
</context>
<context>
    <name>DuplicateRoleDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="394"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="396"/>
        <source>Duplicate role “%1”</source>
        <translation>Dupliquer le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="399"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="403"/>
        <source>New label</source>
        <translation>Nouveau libellé</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="30"/>
        <source>Connect to the IMAP server</source>
        <translation>Connexion au serveur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="31"/>
        <source>Start TLS on IMAP</source>
        <translation>Démarrage de TLS sur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="32"/>
        <source>Log in to IMAP</source>
        <translation>Authentification IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="33"/>
        <source>Find the mailboxes</source>
        <translation>Recherche des boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="34"/>
        <source>Connect to the SMTP server</source>
        <translation>Connexion au serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="35"/>
        <source>Start TLS on SMTP</source>
        <translation>Démarrage de TLS sur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="36"/>
        <source>Log in to SMTP</source>
        <translation>Authentification SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="189"/>
        <source>%1 failed</source>
        <translation>%1 — échec</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="86"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="89"/>
        <location filename="../../engage_desktop/services/users/export.py" line="54"/>
        <source>Cannot write “{file}”: {reason}.</source>
        <translation>Impossible d’écrire «&#xa0;{file}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="33"/>
        <source>This category no longer exists (it may have been deleted on another workstation).</source>
        <translation>Cette catégorie n’existe plus (elle a peut-être été supprimée sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="38"/>
        <source>The parent category no longer exists.</source>
        <translation>La catégorie parente n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="42"/>
        <source>A top-level category named “{name}” already exists.</source>
        <translation>Une catégorie de premier niveau nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="46"/>
        <source>“{parent}” already has a category named “{name}”.</source>
        <translation>«&#xa0;{parent}&#xa0;» a déjà une catégorie nommée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="50"/>
        <source>A category name cannot contain “/” (it separates the levels of a path).</source>
        <translation>Un nom de catégorie ne peut pas contenir «&#xa0;/&#xa0;» (il sépare les niveaux d’un chemin).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="54"/>
        <source>“{name}” cannot go under “{parent}”: that category is inside it.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas aller sous «&#xa0;{parent}&#xa0;»&#xa0;: cette catégorie est à l’intérieur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="57"/>
        <source>The colour must be one of the 12 of the palette.</source>
        <translation>La couleur doit être l’une des 12 de la palette.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/categories.py" line="60"/>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="56"/>
        <source>Some of these channels no longer exist.</source>
        <translation>Certains de ces canaux n’existent plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/communities.py" line="30"/>
        <source>This community no longer exists (it may have been deleted on another workstation).</source>
        <translation>Cette communauté n’existe plus (elle a peut-être été supprimée sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/communities.py" line="35"/>
        <source>A community named “{name}” already exists.</source>
        <translation>Une communauté nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/communities.py" line="39"/>
        <source>The type of “{name}” cannot change while channels use it: {channels}.</source>
        <translation>Le type de «&#xa0;{name}&#xa0;» ne peut pas changer tant que des canaux l’utilisent&#xa0;: {channels}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/communities.py" line="43"/>
        <source>Deactivate the channels of “{name}” first: {channels}.</source>
        <translation>Désactivez d’abord les canaux de «&#xa0;{name}&#xa0;»&#xa0;: {channels}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/channels/communities.py" line="47"/>
        <source>“{name}” is used by %n channel(s): {channels}. Move or remove them before deleting it.</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» est utilisée par %n canal&#xa0;: {channels}. Déplacez-le ou retirez-le avant de supprimer la communauté.</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» est utilisée par %n canaux&#xa0;: {channels}. Déplacez-les ou retirez-les avant de supprimer la communauté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/channels/communities.py" line="57"/>
        <source>“{name}” holds %n identity(ies); a community with identities cannot be deleted (deactivate it instead).</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» contient %n identité&#xa0;; une communauté qui contient des identités ne peut pas être supprimée (désactivez-la plutôt).</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» contient %n identités&#xa0;; une communauté qui contient des identités ne peut pas être supprimée (désactivez-la plutôt).</numerusform>
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
        <translation>Le nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/category_deletion.py" line="46"/>
        <source>“{name}” has %n subcategory(ies): choose whether they move up, move elsewhere or are deleted.</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» a %n sous-catégorie&#xa0;: choisissez si elle remonte, va ailleurs ou est supprimée.</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» a %n sous-catégories&#xa0;: choisissez si elles remontent, vont ailleurs ou sont supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_deletion.py" line="56"/>
        <source>“{name}” is in use; confirm that its references are removed with it.</source>
        <translation>«&#xa0;{name}&#xa0;» est utilisée&#xa0;; confirmez que ses références sont retirées avec elle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_deletion.py" line="60"/>
        <source>The subcategories cannot move into the branch being deleted.</source>
        <translation>Les sous-catégories ne peuvent pas aller dans la branche supprimée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_deletion.py" line="63"/>
        <source>Choose the category the subcategories move to.</source>
        <translation>Choisissez la catégorie où vont les sous-catégories.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="47"/>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="52"/>
        <source>The file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>Le fichier n’est pas du texte UTF-8&#xa0;; enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="50"/>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="69"/>
        <source>The file cannot be read as CSV: {reason}.</source>
        <translation>Le fichier ne se lit pas comme un CSV&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="54"/>
        <source>The first line must name the columns: {columns}.</source>
        <translation>La première ligne doit nommer les colonnes&#xa0;: {columns}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="58"/>
        <source>The file is empty: it needs a header line and one line per category.</source>
        <translation>Le fichier est vide&#xa0;: il faut une ligne d’en-tête et une ligne par catégorie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="62"/>
        <source>The file holds more than %n category(ies); split it.</source>
        <translation>
            <numerusform>Le fichier contient plus de %n catégorie&#xa0;; découpez-le.</numerusform>
            <numerusform>Le fichier contient plus de %n catégories&#xa0;; découpez-le.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="67"/>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="66"/>
        <source>{values} values where the header names {columns} columns.</source>
        <translation>{values} valeurs alors que l’en-tête nomme {columns} colonnes.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="71"/>
        <source>The path “{path}” has an empty level (two “/” in a row, or one at an end).</source>
        <translation>Le chemin «&#xa0;{path}&#xa0;» a un niveau vide (deux «&#xa0;/&#xa0;» de suite, ou un à une extrémité).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="75"/>
        <source>The colour “{value}” is not a number from 0 to 11.</source>
        <translation>La couleur «&#xa0;{value}&#xa0;» n’est pas un nombre de 0 à 11.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="79"/>
        <source>“{value}” in {column} is not yes/no (1/0, true/false).</source>
        <translation>«&#xa0;{value}&#xa0;» dans {column} n’est pas oui/non (1/0, true/false).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="83"/>
        <source>The path “{path}” was already given at line {line}.</source>
        <translation>Le chemin «&#xa0;{path}&#xa0;» figure déjà à la ligne {line}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/category_csv.py" line="93"/>
        <source>%n line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne a un problème&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>%n lignes ont des problèmes&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="35"/>
        <source>This routing channel no longer exists (it may have been deleted on another workstation).</source>
        <translation>Ce canal de routage n’existe plus (il a peut-être été supprimé sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="41"/>
        <source>A routing channel named “{name}” already exists.</source>
        <translation>Un canal de routage nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="45"/>
        <source>{label} must be a whole number from 0 to {maximum}.</source>
        <translation>{label} doit être un nombre entier de 0 à {maximum}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="49"/>
        <source>The hard capability must be at least the soft capability ({soft}).</source>
        <translation>La capacité maximale doit être au moins la capacité souple ({soft}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="53"/>
        <source>The SLA threshold is a percentage from 0 to 100.</source>
        <translation>Le seuil de SLA est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="24"/>
        <source>A channel named “{name}” already exists.</source>
        <translation>Un canal nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="27"/>
        <source>Choose a {type} community.</source>
        <translation>Choisissez une communauté de type {type}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="31"/>
        <source>“{community}” is a community of type {community_type}; choose one of type {type}.</source>
        <translation>«&#xa0;{community}&#xa0;» est une communauté de type {community_type}&#xa0;; choisissez-en une de type {type}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="37"/>
        <source>The community “{community}” is inactive.</source>
        <translation>La communauté «&#xa0;{community}&#xa0;» est inactive.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="41"/>
        <source>This routing channel no longer exists.</source>
        <translation>Ce canal de routage n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="44"/>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="60"/>
        <source>Some of these categories no longer exist.</source>
        <translation>Certaines de ces catégories n’existent plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_references.py" line="48"/>
        <source>Some of these business hours no longer exist.</source>
        <translation>Certaines de ces heures d’ouverture n’existent plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="64"/>
        <source>Already in another routing channel: {sources}. Confirm to move them to this one.</source>
        <translation>Déjà dans un autre canal de routage&#xa0;: {sources}. Confirmez pour les déplacer dans celui-ci.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="70"/>
        <source>“{name}” is set in %n agent capacity(ies): {capacities}. Remove it from them before deleting it.</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» figure dans %n capacité d’agent&#xa0;: {capacities}. Retirez-le avant de le supprimer.</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» figure dans %n capacités d’agent&#xa0;: {capacities}. Retirez-le avant de le supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="81"/>
        <source>The soft capability</source>
        <translation>La capacité souple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="82"/>
        <source>The hard capability</source>
        <translation>La capacité maximale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="83"/>
        <source>The task timeout</source>
        <translation>Le délai d’acceptation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="84"/>
        <source>The auto-complete delay</source>
        <translation>Le délai de clôture automatique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="85"/>
        <source>The agent SLA</source>
        <translation>Le SLA agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="86"/>
        <source>The SLA threshold</source>
        <translation>Le seuil de SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="369"/>
        <source>Label</source>
        <translation>Le libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="46"/>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s’est produite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="26"/>
        <source>Not allowed</source>
        <translation>Action non autorisée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="28"/>
        <source>Please check the form</source>
        <translation>Vérifiez le formulaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="30"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="32"/>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="34"/>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="36"/>
        <source>Signed out</source>
        <translation>Session fermée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="37"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/guards.py" line="25"/>
        <source>This change would leave no enabled user able to manage users and roles. Give another user that power first.</source>
        <translation>Après cette modification, plus aucun utilisateur actif ne pourrait gérer les utilisateurs et les rôles. Donnez d’abord ce droit à un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/guards.py" line="33"/>
        <source>At least one role must keep every permission (the account&apos;s safety net).</source>
        <translation>Au moins un rôle doit conserver toutes les autorisations (c’est le filet de sécurité du compte).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="25"/>
        <source>The password needs {requirements}.</source>
        <translation>Le mot de passe doit comporter {requirements}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/access/passwords.py" line="29"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="32"/>
        <source>a digit</source>
        <translation>un chiffre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="34"/>
        <source>a symbol (not a letter or digit)</source>
        <translation>un symbole (ni lettre ni chiffre)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="38"/>
        <source>This password is one of the most common ones, which are tried first; choose another.</source>
        <translation>Ce mot de passe fait partie des plus courants, qui sont essayés en premier&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/passwords.py" line="44"/>
        <source>This password is too easy to guess: avoid repeated characters, sequences such as “12345” or “abcde” and repeated patterns.</source>
        <translation>Ce mot de passe est trop facile à deviner&#xa0;: évitez les caractères répétés, les suites comme «&#xa0;12345&#xa0;» ou «&#xa0;abcde&#xa0;» et les motifs répétés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="35"/>
        <source>This user no longer exists, or is not in a team you lead.</source>
        <translation>Cet utilisateur n’existe plus ou ne fait pas partie d’une équipe dont vous êtes responsable.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="39"/>
        <source>Some of these users no longer exist; reload the list and try again.</source>
        <translation>Certains de ces utilisateurs n’existent plus&#xa0;; rechargez la liste et réessayez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="43"/>
        <source>You may only change members of the teams you lead; not: {names}.</source>
        <translation>Vous ne pouvez modifier que les membres des équipes dont vous êtes responsable&#xa0;; ce n’est pas le cas de&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="47"/>
        <source>You may only add users to or remove them from the teams you lead; not: {teams}.</source>
        <translation>Vous ne pouvez ajouter ou retirer des utilisateurs que dans les équipes dont vous êtes responsable&#xa0;; ce n’est pas le cas de&#xa0;: {teams}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="53"/>
        <source>You can only manage users of the teams you lead.</source>
        <translation>Vous ne pouvez gérer que les utilisateurs des équipes dont vous êtes responsable.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="57"/>
        <source>You may not change users whose role holds permissions your own role lacks: {names}.</source>
        <translation>Vous ne pouvez pas modifier des utilisateurs dont le rôle comporte des autorisations que votre rôle n’a pas&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/scope.py" line="62"/>
        <location filename="../../engage_desktop/services/users/teams.py" line="64"/>
        <source>You can only change the teams you lead.</source>
        <translation>Vous ne pouvez modifier que les équipes dont vous êtes responsable.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="10"/>
        <source>Wrong e-mail/nickname or password, or the account is disabled or locked.</source>
        <translation>E-mail, pseudo ou mot de passe incorrect, ou compte désactivé ou verrouillé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="14"/>
        <source>Your password was changed since you signed in. Sign in again.</source>
        <translation>Votre mot de passe a été modifié depuis votre connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="17"/>
        <source>This is not your current password.</source>
        <translation>Ce n’est pas votre mot de passe actuel.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="21"/>
        <source>An administrator already exists; sign in instead.</source>
        <translation>Un administrateur existe déjà&#xa0;; connectez-vous plutôt.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="25"/>
        <source>No role holds every permission; the database&apos;s default roles are missing.</source>
        <translation>Aucun rôle ne dispose de toutes les autorisations&#xa0;; les rôles par défaut de la base de données sont absents.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="28"/>
        <source>Nickname already used by another user.</source>
        <translation>Ce pseudo est déjà utilisé par un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="31"/>
        <source>Email already used by another user.</source>
        <translation>Cette adresse e-mail est déjà utilisée par un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="36"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="286"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="188"/>
        <source>First name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="37"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="287"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="189"/>
        <source>Last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="38"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="288"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="190"/>
        <source>Nickname</source>
        <translation>Le pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="43"/>
        <source>The host name “{host}” cannot be resolved (check its spelling and the DNS).</source>
        <translation>Le nom d’hôte «&#xa0;{host}&#xa0;» ne peut pas être résolu (vérifiez son orthographe et le DNS).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="49"/>
        <source>Nothing answers on {host}:{port} (connection refused); check the port and the firewall.</source>
        <translation>Rien ne répond sur {host}:{port} (connexion refusée)&#xa0;; vérifiez le port et le pare-feu.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="55"/>
        <source>{host}:{port} did not answer within {seconds} s; check the port, the firewall, and that the security mode (SSL/TLS or STARTTLS) matches the port.</source>
        <translation>{host}:{port} n’a pas répondu en {seconds} s&#xa0;; vérifiez le port, le pare-feu et que le mode de sécurité (SSL/TLS ou STARTTLS) correspond au port.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="63"/>
        <source>The server&apos;s certificate is not trusted ({reason}).</source>
        <translation>Le certificat du serveur n’est pas reconnu comme fiable ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="67"/>
        <source>The TLS handshake failed ({reason}); check that the security mode (SSL/TLS or STARTTLS) matches the port.</source>
        <translation>La négociation TLS a échoué ({reason})&#xa0;; vérifiez que le mode de sécurité (SSL/TLS ou STARTTLS) correspond au port.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="74"/>
        <source>The server closed the connection ({reason}).</source>
        <translation>Le serveur a fermé la connexion ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="76"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="78"/>
        <source>Network error: {reason}.</source>
        <translation>Erreur réseau&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="80"/>
        <source>{kind}: {reason}</source>
        <translation>{kind}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="82"/>
        <source>Unexpected error: {kind}: {reason}</source>
        <translation>Erreur inattendue&#xa0;: {kind}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="84"/>
        <source>Connected to {host}:{port}.</source>
        <translation>Connecté à {host}:{port}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="86"/>
        <source>Connected to {host}:{port} over SSL/TLS.</source>
        <translation>Connecté à {host}:{port} en SSL/TLS.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="90"/>
        <source>Connected to {host}:{port} without encryption.</source>
        <translation>Connecté à {host}:{port} sans chiffrement.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="94"/>
        <source>The server does not offer STARTTLS; choose SSL/TLS or another port.</source>
        <translation>Le serveur ne propose pas STARTTLS&#xa0;; choisissez SSL/TLS ou un autre port.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="97"/>
        <source>The connection is now encrypted (STARTTLS).</source>
        <translation>La connexion est désormais chiffrée (STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="100"/>
        <source>No IMAP password is set.</source>
        <translation>Aucun mot de passe IMAP n’est défini.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="103"/>
        <source>No SMTP password is set.</source>
        <translation>Aucun mot de passe SMTP n’est défini.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="107"/>
        <source>The password has non-ASCII characters and the server offers no UTF-8 login (AUTH=PLAIN).</source>
        <translation>Le mot de passe contient des caractères non ASCII et le serveur ne propose pas d’authentification UTF-8 (AUTH=PLAIN).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="113"/>
        <source>The server refused the login of “{user}”: {reason}</source>
        <translation>Le serveur a refusé la connexion de «&#xa0;{user}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="115"/>
        <source>Logged in as “{user}”.</source>
        <translation>Connecté en tant que «&#xa0;{user}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="117"/>
        <source>Listing the mailboxes failed: {reason}</source>
        <translation>Impossible de lister les boîtes aux lettres&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="121"/>
        <source>Mailbox(es) not found: {missing}. The server has: {known}.</source>
        <translation>Introuvable sur le serveur&#xa0;: {missing}. Boîtes aux lettres disponibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="123"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="124"/>
        <source>Found {mailboxes}.</source>
        <translation>Boîtes aux lettres trouvées&#xa0;: {mailboxes}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="127"/>
        <source>The server offers no login (AUTH) on this connection.</source>
        <translation>Le serveur ne propose pas d’authentification (AUTH) sur cette connexion.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="131"/>
        <source>The server offers no login (AUTH) on this connection (many servers offer it only after STARTTLS).</source>
        <translation>Le serveur ne propose pas d’authentification (AUTH) sur cette connexion (beaucoup de serveurs ne la proposent qu’après STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="138"/>
        <source>The server refused the login of “{user}” ({code} {reason}).</source>
        <translation>Le serveur a refusé la connexion de «&#xa0;{user}&#xa0;» ({code} {reason}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/email_check.py" line="142"/>
        <source>The server does not support this login type ({reason}).</source>
        <translation>Le serveur ne prend pas en charge ce type d’authentification ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="45"/>
        <source>This identity no longer exists.</source>
        <translation>Cette identité n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="49"/>
        <source>Only a controlled identity can be used by agents; mark it controlled first.</source>
        <translation>Seule une identité contrôlée peut être utilisée par des agents&#xa0;; marquez-la d’abord comme contrôlée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="54"/>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="77"/>
        <source>Some of these users no longer exist.</source>
        <translation>Certains de ces utilisateurs n’existent plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="57"/>
        <source>Disabled users cannot be linked: {users}.</source>
        <translation>Les utilisateurs désactivés ne peuvent pas être associés&#xa0;: {users}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="60"/>
        <source>At most {max_length} characters.</source>
        <translation>{max_length} caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/identities.py" line="369"/>
        <source>Display name</source>
        <translation>Le nom affiché</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="48"/>
        <source>{label} cannot be below {low}.</source>
        <translation>{label} ne peut pas descendre sous {low}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="49"/>
        <source>{label} cannot be negative.</source>
        <translation>{label} ne peut pas descendre sous zéro.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="50"/>
        <source>{label} cannot be above {high}.</source>
        <translation>{label} ne peut pas dépasser {high}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="52"/>
        <source>Pick one of the {count} palette colours.</source>
        <translation>Choisissez l’une des {count} couleurs de la palette.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="56"/>
        <source>Choose max, half or base priority for expired SLAs.</source>
        <translation>Choisissez la priorité maximale, intermédiaire ou de base pour les SLA expirés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="59"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="54"/>
        <source>Unknown language code(s): {codes}.</source>
        <translation>Code(s) de langue inconnu(s)&#xa0;: {codes}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="63"/>
        <source>The default language must be one of the channel&apos;s languages.</source>
        <translation>La langue par défaut doit faire partie des langues du canal.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="67"/>
        <source>Say after how many days messages are archived.</source>
        <translation>Indiquez après combien de jours les messages sont archivés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="122"/>
        <source>SLA response time</source>
        <translation>Le délai de réponse SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="130"/>
        <source>SLA warning threshold</source>
        <translation>Le seuil d’alerte SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="141"/>
        <source>Default task priority</source>
        <translation>La priorité par défaut des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="149"/>
        <source>Message boost</source>
        <translation>Le bonus par nouveau message</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="157"/>
        <source>Transfer boost</source>
        <translation>Le bonus pour les tâches transférées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="177"/>
        <source>Archiving period</source>
        <translation>Le délai d’archivage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_secrets.py" line="21"/>
        <source>{label} is not a secret of this channel type.</source>
        <translation>{label} n’est pas un secret de ce type de canal.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_secrets.py" line="25"/>
        <source>The system keyring refused to store a secret. Nothing was saved; unlock the keyring and try again.</source>
        <translation>Le trousseau du système a refusé d’enregistrer un secret. Rien n’a été enregistré&#xa0;; déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_secrets.py" line="31"/>
        <source>{label} is too long or contains line breaks.</source>
        <translation>{label} dépasse la longueur maximale ou contient des sauts de ligne.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="28"/>
        <source>“{key}” is not a known channel type.</source>
        <translation>«&#xa0;{key}&#xa0;» n’est pas un type de canal connu.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="31"/>
        <source>{label} must be a whole number.</source>
        <translation>{label} doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="34"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} doit se situer entre {low} et {high}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="36"/>
        <source>{label} must be text.</source>
        <translation>{label} doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="38"/>
        <location filename="../../engage_desktop/services/users/bulk.py" line="23"/>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} doit prendre l’une de ces valeurs&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="41"/>
        <source>“{host}” is not a valid host name or IP address.</source>
        <translation>«&#xa0;{host}&#xa0;» n’est pas un nom d’hôte ou une adresse IP valide.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="45"/>
        <source>Name at least one mailbox to read (usually INBOX).</source>
        <translation>Indiquez au moins une boîte aux lettres à lire (généralement INBOX).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="49"/>
        <source>SMTP user name is required (or choose no SMTP login).</source>
        <translation>Le nom d’utilisateur SMTP est obligatoire (ou choisissez de ne pas vous authentifier en SMTP).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="52"/>
        <source>Endpoint URL must be an https:// address.</source>
        <translation>L’URL du point de terminaison doit être une adresse https://.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="56"/>
        <source>{label} is a secret: it is kept in the keyring, not in settings.</source>
        <translation>{label} est un secret&#xa0;: sa valeur est conservée dans le trousseau, pas dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="59"/>
        <source>“{key}” is not a setting of {type} channels.</source>
        <translation>«&#xa0;{key}&#xa0;» n’est pas un paramètre des canaux {type}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="144"/>
        <source>IMAP password</source>
        <translation>Le mot de passe IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="145"/>
        <source>SMTP password</source>
        <translation>Le mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="146"/>
        <source>App secret</source>
        <translation>Le secret de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="147"/>
        <source>Access token</source>
        <translation>Le jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="148"/>
        <source>API token</source>
        <translation>Le jeton API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="151"/>
        <source>Account id</source>
        <translation>L’identifiant du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="152"/>
        <source>Page id</source>
        <translation>L’identifiant de la page</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="153"/>
        <source>Account handle</source>
        <translation>Le nom d’utilisateur du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="154"/>
        <source>Business account id</source>
        <translation>L’identifiant du compte professionnel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="155"/>
        <source>Phone number id</source>
        <translation>L’identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="156"/>
        <source>Sender number</source>
        <translation>Le numéro d’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="157"/>
        <source>Business id</source>
        <translation>L’identifiant de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="158"/>
        <source>Agent id</source>
        <translation>L’identifiant de l’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="159"/>
        <source>Bot account</source>
        <translation>Le compte du bot</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="160"/>
        <source>Channel id</source>
        <translation>L’identifiant de la chaîne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="161"/>
        <source>Official account id</source>
        <translation>L’identifiant du compte officiel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="162"/>
        <source>Organisation id</source>
        <translation>L’identifiant de l’organisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="313"/>
        <source>IMAP login</source>
        <translation>L’authentification IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="320"/>
        <source>SMTP login</source>
        <translation>L’authentification SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="328"/>
        <source>Mailbox name</source>
        <translation>Le nom de boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="334"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="340"/>
        <source>IMAP user name</source>
        <translation>Le nom d’utilisateur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="344"/>
        <source>SMTP user name</source>
        <translation>Le nom d’utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="352"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="359"/>
        <source>Sender address</source>
        <translation>L’adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="366"/>
        <source>IMAP server</source>
        <translation>Le serveur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="372"/>
        <source>IMAP port</source>
        <translation>Le port IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="381"/>
        <source>IMAP security</source>
        <translation>La sécurité IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="387"/>
        <source>SMTP server</source>
        <translation>Le serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="393"/>
        <source>SMTP port</source>
        <translation>Le port SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="402"/>
        <source>SMTP security</source>
        <translation>La sécurité SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="408"/>
        <source>Sender name</source>
        <translation>Le nom de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="416"/>
        <source>Days</source>
        <translation>Le nombre de jours</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="439"/>
        <source>App id</source>
        <translation>L’identifiant de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="445"/>
        <source>Endpoint URL</source>
        <translation>L’URL du point de terminaison</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/sources.py" line="83"/>
        <source>This channel no longer exists (it may have been deleted on another workstation).</source>
        <translation>Ce canal n’existe plus (il a peut-être été supprimé sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/sources.py" line="89"/>
        <source>The community “{community}” is inactive; activate it before this channel.</source>
        <translation>La communauté «&#xa0;{community}&#xa0;» est inactive&#xa0;; activez-la avant ce canal.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/sources.py" line="93"/>
        <source>Only e-mail channels can be tested from here.</source>
        <translation>Seuls les canaux e-mail peuvent être testés ici.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/sources.py" line="98"/>
        <source>Type the password to test this server: a saved password is sent only to the server and user name it was saved for.</source>
        <translation>Saisissez le mot de passe pour tester ce serveur&#xa0;: un mot de passe enregistré n’est envoyé qu’au serveur et au nom d’utilisateur pour lesquels il a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="91"/>
        <source>Your role lacks the permission “{permission}”.</source>
        <translation>Votre rôle ne dispose pas de l’autorisation «&#xa0;{permission}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="93"/>
        <source>Sign in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="96"/>
        <source>Your account no longer exists or has been disabled.</source>
        <translation>Votre compte n’existe plus ou a été désactivé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="100"/>
        <source>Another change conflicts with this one (a duplicate or a missing reference). Nothing was saved; reload and try again.</source>
        <translation>Une autre modification entre en conflit avec celle-ci (doublon ou référence manquante). Rien n’a été enregistré&#xa0;; rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="108"/>
        <source>{who} changed this {object} at {when} while you were editing it. Nothing was saved.</source>
        <translation>{who} a modifié cet élément ({object}) à {when} pendant que vous le modifiiez. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="115"/>
        <source>Someone else changed this {object} while you were editing it. Nothing was saved.</source>
        <translation>Quelqu’un d’autre a modifié cet élément ({object}) pendant que vous le modifiiez. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="121"/>
        <source>The database is busy (another workstation is writing). Nothing was saved; try again.</source>
        <translation>La base de données est occupée (un autre poste y écrit). Rien n’a été enregistré&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="127"/>
        <source>The database is read-only. Nothing was saved; check the file&apos;s permissions.</source>
        <translation>La base de données est en lecture seule. Rien n’a été enregistré&#xa0;; vérifiez les droits d’accès du fichier.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="133"/>
        <source>The database {path} is read-only. Nothing was saved; check the permissions of the file and of its folder.</source>
        <translation>La base de données {path} est en lecture seule. Rien n’a été enregistré&#xa0;; vérifiez les droits d’accès du fichier et de son dossier.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="141"/>
        <source>{path} is not a database (or it is damaged or encrypted).</source>
        <translation>{path} n’est pas une base de données (ou elle est endommagée ou chiffrée).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="145"/>
        <source>Cannot open the database file {path}: {reason}</source>
        <translation>Impossible d’ouvrir le fichier de base de données {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="149"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein. Rien n’a été enregistré&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="152"/>
        <source>Cannot reach the database: {reason}</source>
        <translation>Impossible de joindre la base de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/errors.py" line="155"/>
        <source>The database refused the change: {reason}</source>
        <translation>La base de données a refusé la modification&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="12"/>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="14"/>
        <source>{label} is too long (at most {max_length} characters).</source>
        <translation>{label} dépasse la longueur maximale ({max_length} caractères).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="17"/>
        <source>{label} contains control characters.</source>
        <translation>{label} contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="19"/>
        <source>E-mail is required.</source>
        <translation>L’adresse e-mail est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="21"/>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="25"/>
        <source>“{value}” is not a known time zone (use an IANA name such as Europe/Paris).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un fuseau horaire connu (utilisez un nom IANA comme Europe/Paris).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="82"/>
        <source>E-mail</source>
        <translation>L’adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/regex_guard.py" line="24"/>
        <source>The pattern is too long (at most {max_length} characters).</source>
        <translation>Le motif est trop long ({max_length} caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/regex_guard.py" line="28"/>
        <source>The pattern is not a valid regular expression: {reason}.</source>
        <translation>Le motif n’est pas une expression régulière valide&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/regex_guard.py" line="32"/>
        <source>The pattern repeats a repetition (like “(a+)+”), which can freeze on long messages; simplify it.</source>
        <translation>Le motif répète une répétition (comme «&#xa0;(a+)+&#xa0;»), ce qui peut bloquer sur les longs messages&#xa0;; simplifiez-le.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="30"/>
        <source>Choose at least one value for this condition.</source>
        <translation>Choisissez au moins une valeur pour cette condition.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="32"/>
        <source>Type the text to look for.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="33"/>
        <source>Choose the field to compare.</source>
        <translation>Choisissez le champ à comparer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="35"/>
        <source>Business hours must be “open” or “closed”.</source>
        <translation>Les heures d’ouverture doivent valoir «&#xa0;ouvert&#xa0;» ou «&#xa0;fermé&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="39"/>
        <source>These conditions can never all hold: a message has one {what}, not {values} at once.</source>
        <translation>Ces conditions ne peuvent jamais être toutes vraies&#xa0;: un message n’a qu’{what}, pas {values} à la fois.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="44"/>
        <source>An “any of” group with no condition never matches.</source>
        <translation>Un groupe «&#xa0;l’une des conditions&#xa0;» sans condition n’est jamais vérifié.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="46"/>
        <source>A group is “all” or “any”.</source>
        <translation>Un groupe vaut «&#xa0;toutes&#xa0;» ou «&#xa0;l’une des&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="47"/>
        <source>Add at least one action.</source>
        <translation>Ajoutez au moins une action.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="49"/>
        <source>Action {index} needs its {what}.</source>
        <translation>L’action {index} nécessite {what}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="52"/>
        <source>Action {index}: the priority goes from 0 to 100.</source>
        <translation>Action {index}&#xa0;: la priorité va de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="54"/>
        <source>Unknown {what}: {ids}.</source>
        <translation>Identifiants inconnus ({what})&#xa0;: {ids}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="57"/>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="58"/>
        <source>category</source>
        <translation>une catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="59"/>
        <source>tag</source>
        <translation>un repère d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="60"/>
        <source>queue</source>
        <translation>une file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="61"/>
        <source>team</source>
        <translation>une équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="62"/>
        <source>reply-assistant entry</source>
        <translation>une entrée de l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="65"/>
        <source>source</source>
        <translation>un canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="66"/>
        <source>language</source>
        <translation>une langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="67"/>
        <source>business-hours state</source>
        <translation>un état des heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="68"/>
        <source>value per custom field</source>
        <translation>une valeur par champ personnalisé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="129"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="85"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="86"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="103"/>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="130"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="91"/>
        <source>sources</source>
        <translation>canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="131"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="90"/>
        <source>tags</source>
        <translation>repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rules.py" line="55"/>
        <source>The rules engine is switched off for this account (Settings › Extensions).</source>
        <translation>Le moteur de règles est désactivé pour ce compte (Paramètres › Extensions).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rules.py" line="59"/>
        <source>This rule no longer exists (it may have been deleted on another workstation).</source>
        <translation>Cette règle n’existe plus (elle a peut-être été supprimée sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rules.py" line="64"/>
        <source>A rule named “{name}” already exists.</source>
        <translation>Une règle nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/rules.py" line="68"/>
        <source>The rule has %n problem(s); see the marked conditions and actions.</source>
        <translation>
            <numerusform>La règle comporte %n problème&#xa0;; voyez les conditions et actions signalées.</numerusform>
            <numerusform>La règle comporte %n problèmes&#xa0;; voyez les conditions et actions signalées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rules.py" line="75"/>
        <source>This rule was stored in a form this version cannot read: {reason}</source>
        <translation>Cette règle a été enregistrée dans un format que cette version ne sait pas lire&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topologies.py" line="45"/>
        <source>This topology no longer exists (it may have been deleted on another workstation).</source>
        <translation>Cette topologie n’existe plus (elle a peut-être été supprimée sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topologies.py" line="50"/>
        <source>A topology named “{name}” already exists.</source>
        <translation>Une topologie nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/topologies.py" line="54"/>
        <source>The routing configuration has %n problem(s); fix them before it routes tasks.</source>
        <translation>
            <numerusform>La configuration de routage comporte %n problème&#xa0;; corrigez-le avant qu’elle route des tâches.</numerusform>
            <numerusform>La configuration de routage comporte %n problèmes&#xa0;; corrigez-les avant qu’elle route des tâches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/routing/topologies.py" line="61"/>
        <source>The routing configuration cannot be read: %n problem(s) in its layout.</source>
        <translation>
            <numerusform>La configuration de routage est illisible&#xa0;: %n problème dans sa structure.</numerusform>
            <numerusform>La configuration de routage est illisible&#xa0;: %n problèmes dans sa structure.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topologies.py" line="68"/>
        <source>“{name}” is the active topology: activate another one before deleting it.</source>
        <translation>«&#xa0;{name}&#xa0;» est la topologie active&#xa0;: activez-en une autre avant de la supprimer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="21"/>
        <source>The JSON is not valid at line {line}, column {column}: {reason}.</source>
        <translation>Le JSON n’est pas valide à la ligne {line}, colonne {column}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="23"/>
        <source>{where} must be an object.</source>
        <translation>{where} doit être un objet.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="24"/>
        <source>{where} must be a list.</source>
        <translation>{where} doit être une liste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="25"/>
        <source>{where} must be text.</source>
        <translation>{where} doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="27"/>
        <source>{where} must be a whole number of seconds.</source>
        <translation>{where} doit être un nombre entier de secondes.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="29"/>
        <source>{where} must be true.</source>
        <translation>{where} doit valoir true.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="31"/>
        <source>“{key}” is not a setting of {where}.</source>
        <translation>«&#xa0;{key}&#xa0;» n’est pas un paramètre de {where}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="33"/>
        <source>{where} needs “{key}”.</source>
        <translation>{where} doit contenir «&#xa0;{key}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="35"/>
        <source>Queue {index} needs a name.</source>
        <translation>La file {index} doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="38"/>
        <source>Two queues are named “{name}”.</source>
        <translation>Deux files s’appellent «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="40"/>
        <source>Unknown {kind}: {ids}.</source>
        <translation>Identifiants inconnus ({kind})&#xa0;: {ids}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="43"/>
        <source>Queue “{name}” can never be reached: its “{key}” list is empty.</source>
        <translation>La file «&#xa0;{name}&#xa0;» ne peut jamais être atteinte&#xa0;: sa liste «&#xa0;{key}&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="47"/>
        <source>Queue “{name}” can never be reached: queue “{earlier}” above it takes all its tasks.</source>
        <translation>La file «&#xa0;{name}&#xa0;» ne peut jamais être atteinte&#xa0;: la file «&#xa0;{earlier}&#xa0;», placée au-dessus, prend toutes ses tâches.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="52"/>
        <source>Queue “{name}” needs at least one step.</source>
        <translation>La file «&#xa0;{name}&#xa0;» doit avoir au moins une étape.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="56"/>
        <source>Step {step} targets nobody: choose categories, teams, agents or any agent.</source>
        <translation>L’étape {step} ne cible personne&#xa0;: choisissez des catégories, des équipes, des agents ou n’importe quel agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="60"/>
        <source>Step {step} names several kinds of target; keep one.</source>
        <translation>L’étape {step} indique plusieurs types de cible&#xa0;; n’en gardez qu’un.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="64"/>
        <source>Step {step} needs a timeout: without one the tasks never reach the step after it.</source>
        <translation>L’étape {step} doit avoir un délai&#xa0;: sans délai, les tâches n’atteignent jamais l’étape suivante.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="69"/>
        <source>Step {step}: the timeout must be above 0.</source>
        <translation>Étape {step}&#xa0;: le délai doit être supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="73"/>
        <source>Queue “{name}” overflows to “{target}”, which is not a queue.</source>
        <translation>La file «&#xa0;{name}&#xa0;» déborde vers «&#xa0;{target}&#xa0;», qui n’est pas une file.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="77"/>
        <source>Queue “{name}” overflows in a circle: {cycle}.</source>
        <translation>La file «&#xa0;{name}&#xa0;» déborde en boucle&#xa0;: {cycle}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="81"/>
        <source>“{name}” is a special queue; give the queue another name.</source>
        <translation>«&#xa0;{name}&#xa0;» est une file spéciale&#xa0;; donnez un autre nom à la file.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/rule_validation.py" line="132"/>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="87"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="103"/>
        <source>teams</source>
        <translation>équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="88"/>
        <source>agents</source>
        <translation>agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/topology_problems.py" line="89"/>
        <source>routing channel</source>
        <translation>canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/account_changes.py" line="22"/>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/account_changes.py" line="24"/>
        <source>This team no longer exists.</source>
        <translation>Cette équipe n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/bulk.py" line="25"/>
        <source>Select at least one user.</source>
        <translation>Sélectionnez au moins un utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/bulk.py" line="61"/>
        <source>Action</source>
        <translation>L’action</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacities.py" line="53"/>
        <source>This capacity no longer exists (it may have been deleted on another workstation).</source>
        <translation>Cette capacité n’existe plus (elle a peut-être été supprimée sur un autre poste).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/capacities.py" line="59"/>
        <source>The capacity “{name}” is given to %n user(s); unassign them to delete it.</source>
        <translation>
            <numerusform>La capacité «&#xa0;{name}&#xa0;» est attribuée à %n utilisateur&#xa0;; retirez-la à cet utilisateur pour pouvoir la supprimer.</numerusform>
            <numerusform>La capacité «&#xa0;{name}&#xa0;» est attribuée à %n utilisateurs&#xa0;; retirez-la à ces utilisateurs pour pouvoir la supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="32"/>
        <source>Channels must be a list of entries, each with a channel_id, a default_capacity and a max_capacity.</source>
        <translation>Les canaux doivent être une liste d’entrées ayant chacune un channel_id, une default_capacity et une max_capacity.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="39"/>
        <source>Each channel needs a channel_id, a default_capacity and a max_capacity.</source>
        <translation>Chaque canal doit avoir un channel_id, une default_capacity et une max_capacity.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="42"/>
        <source>Unknown routing channel(s): {channels}.</source>
        <translation>Canal(aux) de routage inconnu(s)&#xa0;: {channels}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="45"/>
        <source>The routing channel {channel} is listed twice.</source>
        <translation>Le canal de routage {channel} figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="49"/>
        <source>The default and the maximum must be whole numbers.</source>
        <translation>La valeur par défaut et le maximum doivent être des nombres entiers.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="52"/>
        <source>The default cannot be negative.</source>
        <translation>La valeur par défaut ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="56"/>
        <source>The default ({default}) cannot be more than the maximum ({maximum}).</source>
        <translation>La valeur par défaut ({default}) ne peut pas dépasser le maximum ({maximum}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="59"/>
        <source>The maximum cannot be more than {maximum}.</source>
        <translation>Le maximum ne peut pas dépasser {maximum}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="62"/>
        <source>A capacity named “{name}” already exists.</source>
        <translation>Une capacité nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="66"/>
        <source>Capacities apply across teams: a team leader can give them but not define them.</source>
        <translation>Les capacités s’appliquent à toutes les équipes&#xa0;: un responsable d’équipe peut les attribuer, mais pas les définir.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="71"/>
        <source>Users are given as a list of their numeric ids.</source>
        <translation>Les utilisateurs sont indiqués sous forme de liste de leurs identifiants numériques.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/capacity_rules.py" line="74"/>
        <source>Users are given by their numeric ids.</source>
        <translation>Les utilisateurs sont indiqués par leurs identifiants numériques.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="99"/>
        <source>Channel permissions must be a list.</source>
        <translation>Les autorisations par canal doivent être une liste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="103"/>
        <source>Some of these channels no longer exist; reload the editor.</source>
        <translation>Certains de ces canaux n’existent plus&#xa0;; rechargez l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="106"/>
        <source>Channel permissions are on or off.</source>
        <translation>Les autorisations par canal sont activées ou désactivées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="110"/>
        <source>The approval threshold is a share from 0% to 100% in steps of 10%.</source>
        <translation>Le seuil d’approbation est une part de 0 % à 100 % par paliers de 10 %.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="114"/>
        <source>A channel appears twice in the permissions.</source>
        <translation>Un canal figure deux fois dans les autorisations.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="118"/>
        <source>Some of these identities no longer exist; reload the editor.</source>
        <translation>Certaines de ces identités n’existent plus&#xa0;; rechargez l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/channel_permissions.py" line="122"/>
        <source>Only company identities marked as controlled can be used by agents: {names}.</source>
        <translation>Seules les identités d’entreprise marquées comme contrôlées peuvent être utilisées par des agents&#xa0;: {names}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/csv_format.py" line="56"/>
        <source>The file holds more than %n user(s); split it.</source>
        <translation>
            <numerusform>Le fichier contient plus de %n utilisateur&#xa0;; découpez-le.</numerusform>
            <numerusform>Le fichier contient plus de %n utilisateurs&#xa0;; découpez-le.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="61"/>
        <source>The line contains a NUL character; is this a CSV file?</source>
        <translation>La ligne contient un caractère NUL&#xa0;; s’agit-il bien d’un fichier CSV&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="63"/>
        <source>The line is empty.</source>
        <translation>La ligne est vide.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="73"/>
        <source>The file is empty: it needs a header line and one line per user.</source>
        <translation>Le fichier est vide&#xa0;: il faut une ligne d’en-tête et une ligne par utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="77"/>
        <source>Unknown column “{column}”; the columns are: {columns}.</source>
        <translation>Colonne «&#xa0;{column}&#xa0;» inconnue&#xa0;; les colonnes sont&#xa0;: {columns}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="80"/>
        <source>The column “{column}” is missing.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» est absente.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_format.py" line="83"/>
        <source>The column “{column}” appears twice.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="48"/>
        <source>The import was cancelled; no user was created.</source>
        <translation>L’import a été annulé&#xa0;; aucun utilisateur n’a été créé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="52"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="44"/>
        <source>The e-mail address contains control characters.</source>
        <translation>L’adresse e-mail contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="54"/>
        <source>Nickname is too long.</source>
        <translation>Le pseudo est trop long.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="55"/>
        <source>Email is too long.</source>
        <translation>L’adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="58"/>
        <source>“{value}” is not a known time zone (e.g. Europe/Paris).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un fuseau horaire connu (p. ex. Europe/Paris).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="61"/>
        <source>Write 1 or 0, true or false, yes or no.</source>
        <translation>Écrivez 1 ou 0, true ou false, yes ou no.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="64"/>
        <source>“{value}” is already used by an existing user.</source>
        <translation>«&#xa0;{value}&#xa0;» est déjà utilisé par un utilisateur existant.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="66"/>
        <source>“{value}” is also on line {line}.</source>
        <translation>«&#xa0;{value}&#xa0;» figure aussi à la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="67"/>
        <source>The role is required.</source>
        <translation>Le rôle est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="68"/>
        <source>Unknown role “{role}”.</source>
        <translation>Rôle «&#xa0;{role}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="71"/>
        <source>You cannot give the role “{role}”: it holds permissions your role lacks.</source>
        <translation>Vous ne pouvez pas attribuer le rôle «&#xa0;{role}&#xa0;»&#xa0;: il comporte des autorisations que votre rôle n’a pas.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="73"/>
        <source>Unknown team “{team}”.</source>
        <translation>Équipe «&#xa0;{team}&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="75"/>
        <source>You do not lead the team “{team}”.</source>
        <translation>Vous n’êtes pas responsable de l’équipe «&#xa0;{team}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="78"/>
        <source>Add the user to one of the teams you lead.</source>
        <translation>Ajoutez l’utilisateur à l’une des équipes dont vous êtes responsable.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="81"/>
        <source>Unknown language “{value}” (e.g. en, fr, de).</source>
        <translation>Langue «&#xa0;{value}&#xa0;» inconnue (p. ex. en, fr, de).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/csv_import.py" line="85"/>
        <source>%n line(s) have problems and the import is all-or-nothing; nothing was imported. Line {line}: {problem}</source>
        <translation>
            <numerusform>%n ligne a un problème et l’import est en tout ou rien&#xa0;; rien n’a été importé. Ligne {line}&#xa0;: {problem}</numerusform>
            <numerusform>%n lignes ont des problèmes et l’import est en tout ou rien&#xa0;; rien n’a été importé. Ligne {line}&#xa0;: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="94"/>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="37"/>
        <source>{what} must be a list.</source>
        <translation>Le champ «&#xa0;{what}&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="40"/>
        <source>Some of these {what} no longer exist; reload the editor.</source>
        <translation>Une partie de ces {what} n’existe plus&#xa0;; rechargez l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="47"/>
        <source>Choose a language from the list.</source>
        <translation>Choisissez une langue dans la liste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="51"/>
        <source>Spoken languages must be a list of language codes.</source>
        <translation>Les langues parlées doivent être une liste de codes de langue.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="57"/>
        <source>The nickname “{nickname}” is taken.</source>
        <translation>Le pseudo «&#xa0;{nickname}&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="61"/>
        <source>A user with the e-mail “{email}” already exists.</source>
        <translation>Un utilisateur avec l’adresse e-mail «&#xa0;{email}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="63"/>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="66"/>
        <source>Grouping categories cannot be skills: {names}.</source>
        <translation>Les catégories de regroupement ne peuvent pas servir de compétences&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="70"/>
        <source>This agent capacity no longer exists; choose another.</source>
        <translation>Cette capacité d’agent n’existe plus&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="73"/>
        <source>Signatures must be a list.</source>
        <translation>Les signatures doivent être une liste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="77"/>
        <source>A signature is at most {max_length} characters long.</source>
        <translation>Une signature compte {max_length} caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="80"/>
        <source>The signature contains a NUL character.</source>
        <translation>La signature contient un caractère NUL.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="84"/>
        <source>Choose a language from the list, or none.</source>
        <translation>Choisissez une langue dans la liste, ou aucune.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="88"/>
        <source>This signature no longer exists; reload the editor.</source>
        <translation>Cette signature n’existe plus&#xa0;; rechargez l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="91"/>
        <source>Signature {number} ({name}): {problem}</source>
        <translation>Signature {number} ({name})&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="95"/>
        <source>A signature names a channel that no longer exists; reload the editor.</source>
        <translation>Une signature mentionne un canal qui n’existe plus&#xa0;; rechargez l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="99"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="100"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="101"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="104"/>
        <source>channels</source>
        <translation>canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="262"/>
        <source>Signature name</source>
        <translation>Le nom de la signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="49"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="52"/>
        <source>Cannot write in “{folder}”: {reason}.</source>
        <translation>Impossible d’écrire dans «&#xa0;{folder}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="56"/>
        <source>Choose at least one column to export.</source>
        <translation>Choisissez au moins une colonne à exporter.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="60"/>
        <source>Unknown column “{field}”; the columns are: {fields}.</source>
        <translation>Colonne «&#xa0;{field}&#xa0;» inconnue&#xa0;; les colonnes sont&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/export.py" line="64"/>
        <source>Unknown export format “{format}”; the formats are: {formats}.</source>
        <translation>Format d’export «&#xa0;{format}&#xa0;» inconnu&#xa0;; les formats sont&#xa0;: {formats}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="29"/>
        <source>Your role cannot change users.</source>
        <translation>Votre rôle ne permet pas de modifier les utilisateurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="32"/>
        <source>You cannot delete your own account.</source>
        <translation>Vous ne pouvez pas supprimer votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="36"/>
        <source>{name} has handled work: their history must keep its author, so they can be disabled but not deleted.</source>
        <translation>{name} a déjà traité des tâches&#xa0;: son historique doit conserver son auteur, ce compte peut donc être désactivé mais pas supprimé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="44"/>
        <source>{name} has handled work and cannot be deleted; disable them instead.</source>
        <translation>{name} a déjà traité des tâches&#xa0;: son compte ne peut pas être supprimé&#xa0;; désactivez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="48"/>
        <source>The role “{role}” holds permissions your own role lacks: {permissions}.</source>
        <translation>Le rôle «&#xa0;{role}&#xa0;» comporte des autorisations que votre rôle n’a pas&#xa0;: {permissions}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/lifecycle.py" line="50"/>
        <source>This role no longer exists.</source>
        <translation>Ce rôle n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="37"/>
        <source>This presence status no longer exists (it may have been deleted elsewhere).</source>
        <translation>Ce statut de présence n’existe plus (il a peut-être été supprimé ailleurs).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="43"/>
        <source>A presence status named “{name}” already exists.</source>
        <translation>Un statut de présence nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="47"/>
        <source>Choose whether this status counts as available or away.</source>
        <translation>Indiquez si ce statut compte comme disponible ou absent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="51"/>
        <source>“{name}” is the last status that maps to available; agents need one to take work. Add another available status before you map it to away.</source>
        <translation>«&#xa0;{name}&#xa0;» est le dernier statut qui compte comme disponible&#xa0;; les agents en ont besoin pour recevoir du travail. Ajoutez un autre statut disponible avant de le faire compter comme absent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/presence.py" line="59"/>
        <source>“{name}” is the last status that maps to available; agents need one to take work. Add another available status before you delete it.</source>
        <translation>«&#xa0;{name}&#xa0;» est le dernier statut qui compte comme disponible&#xa0;; les agents en ont besoin pour recevoir du travail. Ajoutez un autre statut disponible avant de le supprimer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="34"/>
        <source>This role no longer exists (it may have been deleted on another workstation).</source>
        <translation>Ce rôle n’existe plus (il a peut-être été supprimé sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="39"/>
        <source>A role named “{label}” already exists.</source>
        <translation>Un rôle nommé «&#xa0;{label}&#xa0;» existe déjà.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/roles.py" line="43"/>
        <source>The role “{label}” is given to %n user(s); give them another role before deleting it.</source>
        <translation>
            <numerusform>Le rôle «&#xa0;{label}&#xa0;» est attribué à %n utilisateur&#xa0;; attribuez-lui un autre rôle avant de le supprimer.</numerusform>
            <numerusform>Le rôle «&#xa0;{label}&#xa0;» est attribué à %n utilisateurs&#xa0;; attribuez-leur un autre rôle avant de le supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="53"/>
        <source>You cannot grant permissions your own role lacks: {permissions}.</source>
        <translation>Vous ne pouvez pas accorder des autorisations que votre rôle n’a pas&#xa0;: {permissions}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/service.py" line="69"/>
        <source>Add the user to one of the teams you lead, or you could not see them.</source>
        <translation>Ajoutez l’utilisateur à l’une des équipes dont vous êtes responsable, sinon vous ne pourriez plus le voir.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/service.py" line="73"/>
        <source>{name} has already accepted their invitation.</source>
        <translation>{name} a déjà accepté son invitation.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="46"/>
        <source>This team no longer exists (it may have been deleted on another workstation).</source>
        <translation>Cette équipe n’existe plus (elle a peut-être été supprimée sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="51"/>
        <source>A team named “{name}” already exists.</source>
        <translation>Une équipe nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="54"/>
        <source>Leaders must be members of the team.</source>
        <translation>Les responsables doivent être membres de l’équipe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="58"/>
        <source>You can only create teams you lead: make yourself one of its leaders.</source>
        <translation>Vous ne pouvez créer que des équipes dont vous êtes responsable&#xa0;: désignez-vous comme l’un de ses responsables.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/teams.py" line="61"/>
        <source>Renaming a team needs “manage_teams”.</source>
        <translation>Renommer une équipe nécessite l’autorisation «&#xa0;manage_teams&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ExportFieldsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="51"/>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="54"/>
        <source>Names and e-mail addresses are personal data: tick them only if needed.</source>
        <translation>Les noms et les adresses e-mail sont des données personnelles&#xa0;: ne les cochez que si nécessaire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="59"/>
        <source> (personal data)</source>
        <translation> (données personnelles)</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="175"/>
        <source>Welcome — Engage Desktop</source>
        <translation>Bienvenue — Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="176"/>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="179"/>
        <source>This database is empty. The first account you create holds every permission; you can invite the rest of the team afterwards.</source>
        <translation>Cette base de données est vide. Le premier compte que vous créez dispose de toutes les autorisations&#xa0;; vous pourrez inviter le reste de l’équipe ensuite.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="183"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="184"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="185"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="186"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="189"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="191"/>
        <source>At least 10 characters, including a digit.</source>
        <translation>Au moins 10 caractères, dont un chiffre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="193"/>
        <source>Repeat the password</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="194"/>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="202"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/form.py" line="203"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="65"/>
        <source>Engage Desktop</source>
        <translation>Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="71"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="83"/>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="87"/>
        <source>Current page</source>
        <translation>Page actuelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="112"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/header_bar.py" line="115"/>
        <source>Sign out of Engage Desktop</source>
        <translation>Se déconnecter d’Engage Desktop</translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="297"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="298"/>
        <source>Screen name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="299"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="300"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="307"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="301"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="313"/>
        <source>Controlled</source>
        <translation>Contrôlée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="303"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="310"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="312"/>
        <source>All identities</source>
        <translation>Toutes les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="314"/>
        <source>Not controlled</source>
        <translation>Non contrôlée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="319"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="323"/>
        <source>1 identity</source>
        <translation>1 identité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="323"/>
        <source>%1 identities</source>
        <translation>%1 identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="324"/>
        <source>Search names, e-mails, network ids</source>
        <translation>Rechercher par nom, e-mail ou identifiant réseau</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="326"/>
        <source>No identities yet</source>
        <translation>Aucune identité pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="327"/>
        <source>Identities arrive with the messages of each community.</source>
        <translation>Les identités arrivent avec les messages de chaque communauté.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="352"/>
        <source>All communities</source>
        <translation>Toutes les communautés</translation>
    </message>
</context>
<context>
    <name>IdentitiesTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="310"/>
        <source>Show the identities of every community</source>
        <translation>Afficher les identités de toutes les communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="343"/>
        <source>Tick Reply on a channel (Channel permissions tab) to choose the identities this user replies as there.</source>
        <translation>Cochez «&#xa0;Réponse&#xa0;» pour un canal (onglet Autorisations par canal) afin de choisir les identités sous lesquelles cet utilisateur y répond.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="352"/>
        <source>Only company identities marked as controlled (Channels › Identities) are offered.</source>
        <translation>Seules les identités d’entreprise marquées comme contrôlées (Canaux › Identités) sont proposées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="389"/>
        <source>Tick an identity: this user may reply on this community&apos;s channels.</source>
        <translation>Cochez une identité&#xa0;: cet utilisateur pourra répondre sur les canaux de cette communauté.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="398"/>
        <source>1 identity chosen</source>
        <translation>1 identité choisie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="398"/>
        <source>%1 identities chosen</source>
        <translation>%1 identités choisies</translation>
    </message>
</context>
<context>
    <name>IdentityDetailPanel</name>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="123"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="186"/>
        <source>No identity selected</source>
        <translation>Aucune identité sélectionnée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="131"/>
        <source>Screen name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="132"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="133"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="134"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="135"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="136"/>
        <source>Network id</source>
        <translation>Identifiant réseau</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="144"/>
        <source>Identity group</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="150"/>
        <source>Company identity</source>
        <translation>Identité d’entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="152"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="265"/>
        <source>Controlled identity</source>
        <translation>Identité contrôlée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="153"/>
        <source>Agents linked to it may reply as this identity</source>
        <translation>Les agents qui y sont associés peuvent répondre sous cette identité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="163"/>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="265"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="164"/>
        <source>Choose agents…</source>
        <translation>Choisir des agents…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="192"/>
        <source>On %1</source>
        <translation>Communauté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="204"/>
        <source>Not part of an identity group yet.</source>
        <translation>Ne fait encore partie d’aucune fiche client.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="207"/>
        <source>%1 — %2 identities in this customer profile</source>
        <translation>%1 — %2 identités dans cette fiche client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="212"/>
        <source>Only a controlled identity can be used by agents.</source>
        <translation>Seule une identité contrôlée peut être utilisée par des agents.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="214"/>
        <source>No agent may use it yet.</source>
        <translation>Aucun agent ne peut encore l’utiliser.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="217"/>
        <source> (disabled)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="221"/>
        <source>Click an agent to open their identities</source>
        <translation>Cliquez sur un agent pour ouvrir ses identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="235"/>
        <source>Release identity</source>
        <translation>Libérer l’identité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="236"/>
        <source>Stop agents from replying as “%1”?</source>
        <translation>Empêcher les agents de répondre en tant que «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="237"/>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="238"/>
        <source>These agents will no longer be able to reply as it: %1.</source>
        <translation>Ces agents ne pourront plus répondre sous cette identité&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="74"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="76"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="147"/>
        <source>Nothing here yet</source>
        <translation>Rien à afficher pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="185"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="568"/>
        <source>The list could not be loaded</source>
        <translation>Impossible de charger la liste</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="568"/>
        <source>Check the connection, then try again.</source>
        <translation>Vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="570"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="585"/>
        <source>No match for “%1” with these filters</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;» avec ces filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="586"/>
        <source>Clear the search and the filters to see everything.</source>
        <translation>Effacez la recherche et les filtres pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="587"/>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="589"/>
        <source>No match for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="590"/>
        <source>Check the spelling, or clear the search to see everything.</source>
        <translation>Vérifiez l’orthographe ou effacez la recherche pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="591"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="593"/>
        <source>No match for these filters</source>
        <translation>Aucun résultat avec ces filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="594"/>
        <source>Change the filters, or clear them to see everything.</source>
        <translation>Modifiez les filtres ou effacez-les pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="595"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="602"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="604"/>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../engage_desktop/views/shell/main_window.py" line="65"/>
        <source>Engage Desktop — %1</source>
        <translation>Engage Desktop — %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/main_window.py" line="223"/>
        <source>No access</source>
        <translation>Aucun accès</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="45"/>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="50"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="56"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="62"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="68"/>
        <source>Agent capacities</source>
        <translation>Capacités des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="74"/>
        <source>Presence statuses</source>
        <translation>Statuts de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="82"/>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="87"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="93"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="99"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="107"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="112"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="118"/>
        <source>Routing channels</source>
        <translation>Canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="124"/>
        <source>Topologies</source>
        <translation>Topologies</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="130"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="136"/>
        <source>Queue monitor</source>
        <translation>Supervision des files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="143"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="147"/>
        <source>Tags</source>
        <translation>Repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="151"/>
        <source>Identity groups</source>
        <translation>Fiches clients</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="156"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="159"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="160"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="161"/>
        <source>Audit journal</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="166"/>
        <source>Agent tools</source>
        <translation>Outils agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="171"/>
        <source>Reply assistant</source>
        <translation>Assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="176"/>
        <source>Reply-assistant groups</source>
        <translation>Groupes de l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="181"/>
        <source>E-mail templates</source>
        <translation>Modèles d’e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="186"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="193"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="197"/>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="199"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="202"/>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="207"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="211"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="215"/>
        <source>API access tokens</source>
        <translation>Jetons d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="218"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="312"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NavigationDrawer</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="159"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>NoPagesState</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="97"/>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="98"/>
        <source>Your role does not give access to any page of this console. Ask an administrator to add the permissions you need to your role.</source>
        <translation>Votre rôle ne donne accès à aucune page de cette console. Demandez à un administrateur d’ajouter à votre rôle les autorisations dont vous avez besoin.</translation>
    </message>
</context>
<context>
    <name>PageLoadFailed</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="72"/>
        <source>%1 could not be opened</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="75"/>
        <source>Something went wrong while opening this page; the details were written to the log. Try again, and if it keeps failing, send the log to your support team.

%1</source>
        <translation>Une erreur s’est produite à l’ouverture de cette page&#xa0;; les détails ont été consignés dans le journal. Réessayez et, si le problème persiste, envoyez le journal à votre équipe d’assistance.

%1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="80"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="31"/>
        <source>Read users</source>
        <translation>Consulter les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="32"/>
        <source>Create users</source>
        <translation>Créer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="33"/>
        <source>Edit users</source>
        <translation>Modifier les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="34"/>
        <source>Invite users</source>
        <translation>Inviter des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="35"/>
        <source>Sign in as another user</source>
        <translation>Se connecter en tant qu’autre utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="36"/>
        <source>Manage users of my teams</source>
        <translation>Gérer les utilisateurs de mes équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="37"/>
        <source>Manage teams</source>
        <translation>Gérer les équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="38"/>
        <source>Manage roles</source>
        <translation>Gérer les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="39"/>
        <source>See agents&apos; presence</source>
        <translation>Voir la présence des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="40"/>
        <source>Read channels</source>
        <translation>Consulter les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="41"/>
        <source>Create channels</source>
        <translation>Créer des canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="42"/>
        <source>Edit channels</source>
        <translation>Modifier les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="43"/>
        <source>Read communities</source>
        <translation>Consulter les communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="44"/>
        <source>Create communities</source>
        <translation>Créer des communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="45"/>
        <source>Edit communities</source>
        <translation>Modifier les communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="46"/>
        <source>Read identities</source>
        <translation>Consulter les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="47"/>
        <source>Edit identities</source>
        <translation>Modifier les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="48"/>
        <source>Manage identities</source>
        <translation>Gérer les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="49"/>
        <source>Lock identities</source>
        <translation>Verrouiller des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="50"/>
        <source>Anonymize identities</source>
        <translation>Anonymiser des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="51"/>
        <source>Export identities</source>
        <translation>Exporter des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="52"/>
        <source>Manage categories</source>
        <translation>Gérer les catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="53"/>
        <source>Manage topologies and routing channels</source>
        <translation>Gérer les topologies et les canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="54"/>
        <source>Monitor all tasks</source>
        <translation>Superviser toutes les tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="55"/>
        <source>Monitor my teams&apos; tasks</source>
        <translation>Superviser les tâches de mes équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="56"/>
        <source>Receive tasks</source>
        <translation>Recevoir des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="57"/>
        <source>Pick tasks in pull mode</source>
        <translation>Prendre des tâches en mode pull</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="58"/>
        <source>Manage rules-engine rules</source>
        <translation>Gérer les règles du moteur de règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="59"/>
        <source>Manage tags</source>
        <translation>Gérer les repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="60"/>
        <source>Manage custom fields</source>
        <translation>Gérer les champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="61"/>
        <source>Manage folders</source>
        <translation>Gérer les dossiers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="62"/>
        <source>Read exports</source>
        <translation>Consulter les exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="63"/>
        <source>Run deferred content exports</source>
        <translation>Lancer des exports différés de contenus</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="64"/>
        <source>Read the audit journal</source>
        <translation>Consulter le journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="65"/>
        <source>Search the audit journal</source>
        <translation>Rechercher dans le journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="66"/>
        <source>Read statistics</source>
        <translation>Consulter les statistiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="67"/>
        <source>Read own statistics</source>
        <translation>Consulter ses propres statistiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="68"/>
        <source>Manage automated exports</source>
        <translation>Gérer les exports automatiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="69"/>
        <source>Manage the reply assistant</source>
        <translation>Gérer l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="70"/>
        <source>Reply with the reply assistant</source>
        <translation>Répondre avec l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="71"/>
        <source>Manage e-mail templates</source>
        <translation>Gérer les modèles d’e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="72"/>
        <source>Manage chat</source>
        <translation>Gérer le chat</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="73"/>
        <source>Manage messaging</source>
        <translation>Gérer la messagerie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="74"/>
        <source>Manage surveys</source>
        <translation>Gérer les enquêtes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="75"/>
        <source>Read surveys</source>
        <translation>Consulter les enquêtes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="76"/>
        <source>Manage ICE</source>
        <translation>Gérer ICE</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="77"/>
        <source>Manage App SDK applications</source>
        <translation>Gérer les applications App SDK</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="78"/>
        <source>Edit account settings</source>
        <translation>Modifier les paramètres du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="79"/>
        <source>Edit business hours</source>
        <translation>Modifier les heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="80"/>
        <source>Configure extensions</source>
        <translation>Configurer les extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="81"/>
        <source>Turn extensions on and off</source>
        <translation>Activer et désactiver les extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="82"/>
        <source>Manage API access tokens</source>
        <translation>Gérer les jetons d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="83"/>
        <source>Manage custom notifications</source>
        <translation>Gérer les notifications personnalisées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="84"/>
        <source>Manage own notifications</source>
        <translation>Gérer ses propres notifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="85"/>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="86"/>
        <source>See previous messages</source>
        <translation>Voir les messages précédents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="87"/>
        <source>Open threads</source>
        <translation>Ouvrir des conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="88"/>
        <source>Close threads</source>
        <translation>Fermer des conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="89"/>
        <source>Delete threads</source>
        <translation>Supprimer des conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="90"/>
        <source>Edit any intervention</source>
        <translation>Modifier toutes les interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="91"/>
        <source>Edit own interventions</source>
        <translation>Modifier ses propres interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="92"/>
        <source>Assign interventions</source>
        <translation>Attribuer des interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="93"/>
        <source>Approve replies</source>
        <translation>Approuver des réponses</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="94"/>
        <source>Publish replies</source>
        <translation>Publier des réponses</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="95"/>
        <source>Mute messages</source>
        <translation>Ignorer des messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="96"/>
        <source>Block message authors</source>
        <translation>Bloquer des auteurs de messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="97"/>
        <source>Stamp replies as official</source>
        <translation>Marquer des réponses comme officielles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="98"/>
        <source>Use emoji</source>
        <translation>Utiliser les emoji</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="99"/>
        <source>Open the help center</source>
        <translation>Ouvrir le centre d’aide</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="100"/>
        <source>Ask an expert</source>
        <translation>Demander à un expert</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="101"/>
        <source>Escalate to video</source>
        <translation>Passer en vidéo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="102"/>
        <source>Use co-browsing</source>
        <translation>Utiliser la co-navigation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="107"/>
        <source>Users &amp; teams</source>
        <translation>Utilisateurs et équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="108"/>
        <source>Channels &amp; identities</source>
        <translation>Canaux et identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="109"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="110"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="111"/>
        <source>Agent tools</source>
        <translation>Outils agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="112"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="113"/>
        <source>Conversation work (agent interface)</source>
        <translation>Traitement des conversations (interface agent)</translation>
    </message>
</context>
<context>
    <name>PresenceStatusDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="32"/>
        <source>Edit presence status “%1”</source>
        <translation>Modifier le statut de présence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="34"/>
        <source>New presence status</source>
        <translation>Nouveau statut de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="39"/>
        <source>e.g. Lunch</source>
        <translation>p. ex. Déjeuner</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="43"/>
        <source>Available: routing sends tasks</source>
        <translation>Disponible&#xa0;: le routage envoie des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="44"/>
        <source>Away: routing sends nothing</source>
        <translation>Absent&#xa0;: le routage n’envoie rien</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="49"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="72"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="52"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="72"/>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="54"/>
        <source>At least one status must count as available, or no agent could take work.</source>
        <translation>Au moins un statut doit compter comme disponible, sinon aucun agent ne pourrait recevoir de travail.</translation>
    </message>
</context>
<context>
    <name>PresenceStatusesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="110"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="111"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="112"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="118"/>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="113"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="119"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="119"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="174"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="119"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="174"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="123"/>
        <source>Presence statuses</source>
        <translation>Statuts de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="128"/>
        <source>Search statuses by name</source>
        <translation>Rechercher des statuts par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="130"/>
        <source>No presence statuses</source>
        <translation>Aucun statut de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="131"/>
        <source>Agents pick a status; each counts as available or away for routing.</source>
        <translation>Les agents choisissent un statut&#xa0;; pour le routage, chacun compte comme disponible ou absent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="135"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="167"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="142"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="145"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="152"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="159"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="177"/>
        <source>1 status</source>
        <translation>1 statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="177"/>
        <source>%1 statuses</source>
        <translation>%1 statuts</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="203"/>
        <source>Delete presence status</source>
        <translation>Supprimer le statut de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="204"/>
        <source>Delete the presence status “%1”?</source>
        <translation>Supprimer le statut de présence «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="205"/>
        <source>Delete status</source>
        <translation>Supprimer le statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="206"/>
        <source>Agents can no longer pick it. The deletion is written to the audit journal.</source>
        <translation>Les agents ne pourront plus le choisir. La suppression est consignée dans le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="87"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="116"/>
        <source>Ready to import</source>
        <translation>Prête à importer</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="103"/>
        <source>Shown to colleagues, unique</source>
        <translation>Visible par les collègues, unique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="106"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="107"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="108"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="109"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="116"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="130"/>
        <source>Type a city: Paris, New_York…</source>
        <translation>Saisissez une ville&#xa0;: Paris, New_York…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="131"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="140"/>
        <source>Spoken languages</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="151"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="153"/>
        <source>Optional. Without one, the user cannot sign in until you send an invitation.</source>
        <translation>Facultatif. Sans mot de passe, l’utilisateur ne peut pas se connecter tant que vous ne lui avez pas envoyé d’invitation.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="170"/>
        <source>Speaks %1.</source>
        <translation>Langues parlées&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="170"/>
        <source>No language ticked.</source>
        <translation>Aucune langue cochée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="173"/>
        <source>Routing can give this agent conversations in these languages.</source>
        <translation>Le routage peut attribuer à cet agent des conversations dans ces langues.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="159"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="184"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>RoleEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="146"/>
        <source>Edit role “%1”</source>
        <translation>Modifier le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="146"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="151"/>
        <source>e.g. Night-shift supervisor</source>
        <translation>p. ex. Superviseur de nuit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="153"/>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="352"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="155"/>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="352"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="167"/>
        <source>Filter permissions</source>
        <translation>Filtrer les autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="184"/>
        <source>%1 permissions of extensions that are off are hidden; the role keeps them as they are.</source>
        <translation>%1 autorisations d’extensions désactivées sont masquées&#xa0;; le rôle les conserve telles quelles.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="203"/>
        <source>Given to no user yet.</source>
        <translation>Attribué à aucun utilisateur pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="205"/>
        <source>Given to 1 user.</source>
        <translation>Attribué à 1 utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="206"/>
        <source>Given to %1 users.</source>
        <translation>Attribué à %1 utilisateurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="211"/>
        <source>Your role lacks this permission</source>
        <translation>Votre rôle ne dispose pas de cette autorisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="225"/>
        <source>Tick or clear every permission of this group</source>
        <translation>Cocher ou décocher toutes les autorisations de ce groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="296"/>
        <source>%1 of %2 permissions</source>
        <translation>%1 autorisations sur %2</translation>
    </message>
</context>
<context>
    <name>RoleTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="199"/>
        <source>holds permissions your role lacks</source>
        <translation>comporte des autorisations dont votre rôle ne dispose pas</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="208"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="212"/>
        <source>What this role allows</source>
        <translation>Ce que ce rôle autorise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="225"/>
        <source>Roles are defined in Users › Roles.</source>
        <translation>Les rôles se définissent dans Utilisateurs › Rôles.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="246"/>
        <source>%1 of %2 permissions</source>
        <translation>%1 autorisations sur %2</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="27"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="30"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="35"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="36"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="45"/>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="46"/>
        <source>Any permission</source>
        <translation>Toutes les autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="50"/>
        <source>In use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="51"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="51"/>
        <source>Given to users</source>
        <translation>Attribués à des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="51"/>
        <source>Unused</source>
        <translation>Inutilisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="55"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="60"/>
        <source>Search roles by label</source>
        <translation>Rechercher des rôles par libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="62"/>
        <source>No roles yet</source>
        <translation>Aucun rôle pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="63"/>
        <source>A role decides what its users may see and do.</source>
        <translation>Un rôle détermine ce que ses utilisateurs peuvent voir et faire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="67"/>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="96"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="74"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="81"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="88"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/roles_page.py" line="106"/>
        <source>%Ln roles</source>
        <translation>
            <numerusform>%Ln rôle</numerusform>
            <numerusform>%Ln rôles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="138"/>
        <source>The role “%1” is given to 1 user.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» est attribué à 1 utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="140"/>
        <source>The role “%1” is given to %2 users.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» est attribué à %2 utilisateurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="144"/>
        <source>Give them another role before deleting it.</source>
        <translation>Attribuez-leur un autre rôle avant de le supprimer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="148"/>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="150"/>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="149"/>
        <source>Delete the role “%1”?</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="151"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="160"/>
        <source>Given to users: give them another role first</source>
        <translation>Attribué à des utilisateurs&#xa0;: attribuez-leur d’abord un autre rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="162"/>
        <source>Delete the selected role</source>
        <translation>Supprimer le rôle sélectionné</translation>
    </message>
</context>
<context>
    <name>RoutingChannelEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="70"/>
        <source>Time an agent has to reply.</source>
        <translation>Temps dont dispose un agent pour répondre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="74"/>
        <source>Share of replies within the agent SLA to aim for.</source>
        <translation>Part des réponses dans le SLA agent à viser.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="37"/>
        <source>Edit routing channel “%1”</source>
        <translation>Modifier le canal de routage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="39"/>
        <source>New routing channel</source>
        <translation>Nouveau canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="47"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="166"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="48"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="51"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="167"/>
        <source>Soft capability</source>
        <translation>Capacité souple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="52"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="57"/>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="53"/>
        <source>Tasks an agent gets pushed at most.</source>
        <translation>Tâches poussées au plus à un agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="56"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="168"/>
        <source>Hard capability</source>
        <translation>Capacité maximale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="58"/>
        <source>Upper bound, transfers included.</source>
        <translation>Limite haute, transferts compris.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="61"/>
        <source>Task timeout</source>
        <translation>Délai d’acceptation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="62"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="67"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="70"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="63"/>
        <source>Time to accept before the task moves on.</source>
        <translation>Temps pour accepter avant que la tâche passe à un autre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="66"/>
        <source>Auto-complete after</source>
        <translation>Clôture automatique après</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="68"/>
        <source>0 = never.</source>
        <translation>0 = jamais.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="70"/>
        <source>Agent SLA</source>
        <translation>SLA agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="72"/>
        <source>SLA threshold</source>
        <translation>Seuil de SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="73"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="119"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="121"/>
        <source>A channel belongs to one routing channel; one shown with another&apos;s name moves here.</source>
        <translation>Un canal appartient à un seul canal de routage&#xa0;; celui affiché avec le nom d’un autre est déplacé ici.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="124"/>
        <source>Auto-complete categories</source>
        <translation>Catégories de clôture automatique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="150"/>
        <source>Move channels</source>
        <translation>Déplacer des canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="151"/>
        <source>These channels leave their routing channel for this one: %1</source>
        <translation>Ces canaux quittent leur canal de routage pour celui-ci&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="154"/>
        <source>Move them</source>
        <translation>Les déplacer</translation>
    </message>
</context>
<context>
    <name>RoutingChannelsPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="25"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="27"/>
        <source>Soft</source>
        <translation>Souple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="30"/>
        <source>Hard</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="34"/>
        <source>Timeout (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="39"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="40"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="43"/>
        <source>Routing channels</source>
        <translation>Canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="47"/>
        <source>1 routing channel</source>
        <translation>1 canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="47"/>
        <source>%1 routing channels</source>
        <translation>%1 canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="48"/>
        <source>Search routing channels by name</source>
        <translation>Rechercher un canal de routage par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="49"/>
        <source>No routing channels yet</source>
        <translation>Aucun canal de routage pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="50"/>
        <source>A routing channel groups channels that share capacity, timeouts and SLA.</source>
        <translation>Un canal de routage regroupe des canaux qui partagent capacité, délais et SLA.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="54"/>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="69"/>
        <source>New routing channel</source>
        <translation>Nouveau canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="60"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="63"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="98"/>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="102"/>
        <source>Delete routing channel</source>
        <translation>Supprimer le canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="99"/>
        <source>Delete the routing channel “%1”? Its channels stay, in no routing channel.</source>
        <translation>Supprimer le canal de routage «&#xa0;%1&#xa0;»&#xa0;? Ses canaux restent, sans canal de routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="103"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est inscrite au journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="59"/>
        <source>Add the category</source>
        <translation>Ajouter la catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="60"/>
        <source>Remove the category</source>
        <translation>Retirer la catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="61"/>
        <source>Set the priority to</source>
        <translation>Fixer la priorité à</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="62"/>
        <source>Tag the customer with</source>
        <translation>Attribuer au client le repère</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="63"/>
        <source>Route to the queue</source>
        <translation>Router vers la file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="64"/>
        <source>Route to the team</source>
        <translation>Router vers l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="65"/>
        <source>Auto-reply with the entry</source>
        <translation>Répondre automatiquement avec l’entrée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="66"/>
        <source>Ignore (archive) the message</source>
        <translation>Ignorer (archiver) le message</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="69"/>
        <source>Edit rule “%1”</source>
        <translation>Modifier la règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="69"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="75"/>
        <source>e.g. Urgent French orders</source>
        <translation>p. ex. Commandes françaises urgentes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="76"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="306"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="77"/>
        <source>The rule runs</source>
        <translation>La règle s’exécute</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="80"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="307"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="88"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="308"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="93"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="309"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="94"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="310"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="113"/>
        <source>Actions, in order</source>
        <translation>Actions, dans l’ordre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="114"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="114"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="114"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="123"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="129"/>
        <source>Remove action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="148"/>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="159"/>
        <source>Value of action %1</source>
        <translation>Valeur de l’action %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="171"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="176"/>
        <source>unknown %1</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="187"/>
        <source>tag id</source>
        <translation>identifiant du repère</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="188"/>
        <source>queue name</source>
        <translation>nom de la file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="189"/>
        <source>reply-assistant entry id</source>
        <translation>identifiant de l’entrée de l’assistant de réponse</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="32"/>
        <source>The rules engine is switched off for this account. An administrator can switch it on in Settings › Extensions.</source>
        <translation>Le moteur de règles est désactivé pour ce compte. Un administrateur peut l’activer dans Paramètres › Extensions.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="43"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="49"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="74"/>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="44"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="49"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="74"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="46"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="47"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="49"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="73"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="51"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="54"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="60"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="64"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="69"/>
        <source>Search rules by name</source>
        <translation>Rechercher des règles par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="74"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="118"/>
        <source>Move down: run this rule one place later</source>
        <translation>Descendre&#xa0;: exécuter cette règle un rang plus tard</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="121"/>
        <source>On/off</source>
        <translation>Activer/désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="127"/>
        <source>Switch the rule on or off</source>
        <translation>Activer ou désactiver la règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="77"/>
        <source>No rule yet</source>
        <translation>Aucune règle pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="79"/>
        <source>Rules run in order on each incoming message: they categorise it, set its priority, tag the customer, route it or answer it.</source>
        <translation>Les règles s’exécutent dans l’ordre sur chaque message entrant&#xa0;: elles le catégorisent, fixent sa priorité, attribuent un repère d’identification au client, le routent ou y répondent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="89"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="137"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="96"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="109"/>
        <source>Move up: run this rule one place earlier</source>
        <translation>Monter&#xa0;: exécuter cette règle un rang plus tôt</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="110"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="119"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="129"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="142"/>
        <source>1 rule</source>
        <translation>1 règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="142"/>
        <source>%1 rules</source>
        <translation>%1 règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="181"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="183"/>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="182"/>
        <source>Delete the rule “%1”?</source>
        <translation>Supprimer la règle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="184"/>
        <source>The rules after it move up one place. The deletion is written to the audit journal.</source>
        <translation>Les règles suivantes remontent d’un rang. La suppression est consignée dans le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="40"/>
        <source>Stored in the keyring — type to replace</source>
        <translation>Enregistré dans le trousseau — saisissez une valeur pour le remplacer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="40"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="42"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="65"/>
        <source>&amp;Connect to database…</source>
        <translation>Se &amp;connecter à une base de données…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="67"/>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="69"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="72"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="74"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="76"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="86"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="89"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="110"/>
        <source>Move to the &amp;navigation</source>
        <translation>Aller à la &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="113"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="120"/>
        <source>&amp;About Engage Desktop</source>
        <translation>À &amp;propos d’Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="122"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="124"/>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="127"/>
        <source>&amp;Verify the journal…</source>
        <translation>&amp;Vérifier le journal…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="158"/>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="160"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="162"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="172"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="285"/>
        <source>About Engage Desktop</source>
        <translation>À propos d’Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="289"/>
        <source>Version %1
The administration console of Engage.</source>
        <translation>Version %1
La console d’administration d’Engage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="304"/>
        <location filename="../../engage_desktop/views/shell/actions.py" line="318"/>
        <source>Verify the journal</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="305"/>
        <source>Checking every event of the audit journal…</source>
        <translation>Vérification de chaque événement du journal d’audit…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="369"/>
        <source>This workstation&apos;s anchor was found in it.</source>
        <translation>L’ancre de ce poste y a été trouvée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="371"/>
        <source>No anchor was recorded for this database on this workstation yet.</source>
        <translation>Aucune ancre n’a encore été enregistrée pour cette base de données sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="374"/>
        <source>The journal is intact: %1 events verified.</source>
        <translation>Le journal est intact&#xa0;: %1 événements vérifiés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="378"/>
        <source>The journal is broken at event #%1 (row id %2).</source>
        <translation>Le journal est rompu à l’événement n° %1 (identifiant de ligne %2).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="381"/>
        <source>The journal does not hold this workstation&apos;s anchor.</source>
        <translation>Le journal ne contient pas l’ancre de ce poste.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="36"/>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="41"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="41"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="47"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/shortcuts_dialog.py" line="54"/>
        <source>Right-click a row of a list for its Edit and Delete commands.</source>
        <translation>Cliquez avec le bouton droit sur une ligne d’une liste pour accéder à ses commandes Modifier et Supprimer.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="151"/>
        <source>Sign in — Engage Desktop</source>
        <translation>Connexion — Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="152"/>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="156"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="153"/>
        <source>Use your e-mail address or nickname.</source>
        <translation>Utilisez votre adresse e-mail ou votre pseudo.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="154"/>
        <source>E-mail or nickname</source>
        <translation>E-mail ou pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="155"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="164"/>
        <source>Enter your e-mail address or nickname.</source>
        <translation>Saisissez votre adresse e-mail ou votre pseudo.</translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="43"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="45"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="60"/>
        <source>e.g. Formal, Chat</source>
        <translation>p. ex. Formelle, Chat</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="63"/>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="156"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="73"/>
        <source>Best regards,
The support team</source>
        <translation>Cordialement,
L’équipe d’assistance</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="77"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="78"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="79"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="80"/>
        <source>None ticked: used on every channel.</source>
        <translation>Si aucun n’est coché&#xa0;: utilisée sur tous les canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="81"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="83"/>
        <source>No signature yet. Add one to end this agent&apos;s replies with it.</source>
        <translation>Aucune signature pour l’instant. Ajoutez-en une pour terminer les réponses de cet agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="110"/>
        <source>New signature</source>
        <translation>Nouvelle signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="160"/>
        <source>every channel</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="162"/>
        <source>1 channel</source>
        <translation>1 canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="164"/>
        <source>%1 channels</source>
        <translation>%1 canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="166"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>SourceEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_editor.py" line="36"/>
        <source>Edit channel “%1”</source>
        <translation>Modifier le canal «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SourceFormWidget</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="80"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="85"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="93"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="94"/>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="190"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="101"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="103"/>
        <source>Routing channels are managed in Routing › Routing channels.</source>
        <translation>Les canaux de routage se gèrent dans Routage › Canaux de routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="108"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="109"/>
        <source>Hide from statistics</source>
        <translation>Masquer dans les statistiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="114"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="128"/>
        <source>Routing and SLA</source>
        <translation>Routage et SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="133"/>
        <source>Default categories</source>
        <translation>Catégories par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="138"/>
        <source>Categories of agent-opened threads</source>
        <translation>Catégories des conversations ouvertes par un agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="146"/>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="148"/>
        <source>No business hours yet: create them in Settings › Business hours.</source>
        <translation>Aucune heure d’ouverture pour l’instant&#xa0;: créez-en dans Paramètres › Heures d’ouverture.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="152"/>
        <source>SLA: first reply within (minutes)</source>
        <translation>SLA&#xa0;: première réponse sous (minutes)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="156"/>
        <source>SLA warning at (%)</source>
        <translation>Alerte SLA à (%)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="158"/>
        <source>Share of the SLA time used when the task turns orange.</source>
        <translation>Part du délai SLA écoulée lorsque la tâche passe à l’orange.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="162"/>
        <source>Raise to maximum priority</source>
        <translation>Passer à la priorité maximale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="163"/>
        <source>Raise halfway to maximum</source>
        <translation>Augmenter à mi-chemin du maximum</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="164"/>
        <source>Keep the base priority</source>
        <translation>Conserver la priorité de base</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="169"/>
        <source>When the SLA expires</source>
        <translation>À l’expiration du SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="171"/>
        <source>Default task priority</source>
        <translation>Priorité par défaut des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="174"/>
        <source>Boost per new message</source>
        <translation>Bonus par nouveau message</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="178"/>
        <source>Boost for transferred tasks</source>
        <translation>Bonus pour les tâches transférées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="182"/>
        <source>Languages and archiving</source>
        <translation>Langues et archivage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="188"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="194"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="195"/>
        <source>Detect the language of incoming messages</source>
        <translation>Détecter la langue des messages entrants</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="198"/>
        <source>Archive messages</source>
        <translation>Archiver les messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="204"/>
        <source>Archive after (days)</source>
        <translation>Archiver après (jours)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="315"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="316"/>
        <source>Connecting to the IMAP and SMTP servers…</source>
        <translation>Connexion aux serveurs IMAP et SMTP…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="331"/>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="331"/>
        <source>The connection does not work yet.</source>
        <translation>La connexion ne fonctionne pas encore.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="24"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="25"/>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="26"/>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="27"/>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="28"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="29"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="30"/>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="31"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="32"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="33"/>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="34"/>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="35"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="36"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="37"/>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="38"/>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="39"/>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="40"/>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="41"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="42"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="43"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="44"/>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="45"/>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
</context>
<context>
    <name>SourceWizard</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="39"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="83"/>
        <source>Your role cannot create communities: ask an administrator to create one first.</source>
        <translation>Votre rôle ne permet pas de créer des communautés&#xa0;: demandez d’abord à un administrateur d’en créer une.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="100"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="104"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="108"/>
        <source>Create channel</source>
        <translation>Créer le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="111"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="187"/>
        <source>What kind of channel?</source>
        <translation>Quel type de canal&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="188"/>
        <source>A %1 community is needed</source>
        <translation>Une communauté %1 est nécessaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="189"/>
        <source>Set up the %1 channel</source>
        <translation>Configurer le canal %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="193"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="198"/>
        <source>There is no active %1 community yet. Every channel belongs to a community of its type, which holds the identities of its customers. Create one to go on.</source>
        <translation>Il n’existe encore aucune communauté %1 active. Chaque canal appartient à une communauté de son type, qui regroupe les identités de ses clients. Créez-en une pour continuer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="202"/>
        <source>Create a %1 community…</source>
        <translation>Créer une communauté %1…</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="63"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="86"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="66"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="73"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="74"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="75"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="92"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="78"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="87"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="91"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="92"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="92"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="96"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="100"/>
        <source>%Ln channels</source>
        <translation>
            <numerusform>%Ln canal</numerusform>
            <numerusform>%Ln canaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="101"/>
        <source>Search channels by name</source>
        <translation>Rechercher des canaux par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="103"/>
        <source>No channels yet</source>
        <translation>Aucun canal pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="105"/>
        <source>A channel is one connected account: a mailbox, a Facebook page, a web chat…</source>
        <translation>Un canal est un compte connecté&#xa0;: une boîte aux lettres, une page Facebook, un chat web…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="117"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="147"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="124"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="127"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="245"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="261"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="136"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="176"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="214"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="176"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="227"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="193"/>
        <source>Its conversations stop being routed to agents (routing channel “%1”).</source>
        <translation>Ses conversations ne sont plus routées vers les agents (canal de routage «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="197"/>
        <source>Its conversations stop being routed to agents.</source>
        <translation>Ses conversations ne sont plus routées vers les agents.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="201"/>
        <source>Incoming messages stop: nothing new is fetched from %1.</source>
        <translation>Les messages entrants s’arrêtent&#xa0;: plus rien n’est récupéré depuis %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="206"/>
        <source>Agents can no longer reply through it. Nothing is deleted; you can activate it again.</source>
        <translation>Les agents ne peuvent plus répondre par ce canal. Rien n’est supprimé&#xa0;; vous pourrez le réactiver.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="212"/>
        <source>Deactivate channel</source>
        <translation>Désactiver le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="213"/>
        <source>Deactivate the channel “%1”?</source>
        <translation>Désactiver le canal «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="225"/>
        <source>Activate channel</source>
        <translation>Activer le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="226"/>
        <source>Activate the channel “%1”?</source>
        <translation>Activer le canal «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="229"/>
        <source>Its messages will be fetched and routed to agents again, and agents may reply through it.</source>
        <translation>Ses messages seront de nouveau récupérés et routés vers les agents, qui pourront répondre par ce canal.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="246"/>
        <source>Connecting to the servers of “%1”…</source>
        <translation>Connexion aux serveurs de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="262"/>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="262"/>
        <source>The connection does not work yet.</source>
        <translation>La connexion ne fonctionne pas encore.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="33"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="34"/>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="35"/>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="37"/>
        <source>Choose a target…</source>
        <translation>Choisir une cible…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="38"/>
        <source>The task&apos;s categories</source>
        <translation>Les catégories de la tâche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="39"/>
        <source>These categories</source>
        <translation>Ces catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="40"/>
        <source>A team</source>
        <translation>Une équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="41"/>
        <source>An agent</source>
        <translation>Un agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="42"/>
        <source>Any agent</source>
        <translation>N’importe quel agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="45"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="47"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="117"/>
        <source>Target of step %1</source>
        <translation>Cible de l’étape %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="126"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="127"/>
        <source>No timeout</source>
        <translation>Sans délai</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="128"/>
        <source>Timeout of step %1 in seconds</source>
        <translation>Délai de l’étape %1 en secondes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="139"/>
        <source>Who step %1 targets</source>
        <translation>Destinataires de l’étape %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="153"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="159"/>
        <source>unknown %1</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>TeamEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="70"/>
        <source>Edit team “%1”</source>
        <translation>Modifier l’équipe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="70"/>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="75"/>
        <source>e.g. Social media care</source>
        <translation>p. ex. Service client réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="77"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="118"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="316"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="78"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="316"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="316"/>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="110"/>
        <source>Filter members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="118"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="118"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="118"/>
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="130"/>
        <source>Add members…</source>
        <translation>Ajouter des membres…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="134"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="163"/>
        <source>Leaders are members who lead the team</source>
        <translation>Les responsables sont des membres qui dirigent l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="164"/>
        <source>This user&apos;s account is disabled</source>
        <translation>Le compte de cet utilisateur est désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="220"/>
        <source>Add members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="221"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="223"/>
        <source>Already a member</source>
        <translation>Déjà membre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="271"/>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="273"/>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="276"/>
        <source>1 leader</source>
        <translation>1 responsable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="278"/>
        <source>%1 leaders</source>
        <translation>%1 responsables</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="285"/>
        <source>No leader yet: tick “Leader” next to a member.</source>
        <translation>Aucun responsable pour l’instant&#xa0;: cochez «&#xa0;Responsable&#xa0;» en regard d’un membre.</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="29"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="30"/>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="31"/>
        <source>Led by</source>
        <translation>Dirigée par</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="32"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="35"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="40"/>
        <source>Search teams by name</source>
        <translation>Rechercher des équipes par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="41"/>
        <source>No teams yet</source>
        <translation>Aucune équipe pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="42"/>
        <source>A team groups agents under one or more leaders.</source>
        <translation>Une équipe regroupe des agents sous la direction d’un ou de plusieurs responsables.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="46"/>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="68"/>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="53"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="60"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/teams_page.py" line="75"/>
        <source>%Ln teams</source>
        <translation>
            <numerusform>%Ln équipe</numerusform>
            <numerusform>%Ln équipes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="100"/>
        <source>Its member keeps their account.</source>
        <translation>Son membre conserve son compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="103"/>
        <source>Its %1 members keep their accounts.</source>
        <translation>Ses %1 membres conservent leur compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="106"/>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="108"/>
        <source>Delete team</source>
        <translation>Supprimer l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="107"/>
        <source>Delete the team “%1”?</source>
        <translation>Supprimer l’équipe «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/teams_page.py" line="109"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="262"/>
        <source>team leader</source>
        <translation>responsable d’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="273"/>
        <source>You do not lead this team</source>
        <translation>Vous n’êtes pas responsable de cette équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="274"/>
        <source>Member of</source>
        <translation>Membre de</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="278"/>
        <source>Leaders are chosen on the Teams page. Taking a leader out of a team ends their leadership.</source>
        <translation>Les responsables se choisissent dans la page Équipes. Retirer un responsable d’une équipe met fin à sa responsabilité.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="283"/>
        <source>No team yet: create teams in Users › Teams.</source>
        <translation>Aucune équipe pour l’instant&#xa0;: créez-en dans Utilisateurs › Équipes.</translation>
    </message>
</context>
<context>
    <name>TopologiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="27"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="74"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="29"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="32"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="71"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="36"/>
        <source>This topology routes the tasks now</source>
        <translation>Cette topologie route actuellement les tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="36"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="75"/>
        <source>Not active</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="41"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="49"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="54"/>
        <source>Open it to see each problem beside its queue and step</source>
        <translation>Ouvrez-la pour voir chaque problème à côté de sa file et de son étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="56"/>
        <source>Ready to be activated</source>
        <translation>Prête à être activée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="59"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="62"/>
        <source>Topologies</source>
        <translation>Topologies</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="67"/>
        <source>Search topologies by name</source>
        <translation>Rechercher des topologies par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="73"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="79"/>
        <source>No topology yet</source>
        <translation>Aucune topologie pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="81"/>
        <source>A topology is the routing strategy: which queue a task joins and which agents it is offered to, step by step.</source>
        <translation>Une topologie est la stratégie de routage&#xa0;: la file que rejoint une tâche et les agents à qui elle est proposée, étape par étape.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="90"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="122"/>
        <source>New topology</source>
        <translation>Nouvelle topologie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="97"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="104"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="111"/>
        <source>Make it the routing strategy (the active one stops)</source>
        <translation>En faire la stratégie de routage (la topologie active s’arrête)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="113"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="132"/>
        <source>⚠ 1 problem</source>
        <translation>⚠ 1 problème</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="134"/>
        <source>⚠ %1 problems</source>
        <translation>⚠ %1 problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="139"/>
        <source>1 topology</source>
        <translation>1 topologie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="139"/>
        <source>%1 topologies</source>
        <translation>%1 topologies</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="168"/>
        <source>“%1” cannot be activated until these problems are fixed.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être activée tant que ces problèmes ne sont pas corrigés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="182"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="184"/>
        <source>Delete topology</source>
        <translation>Supprimer la topologie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="183"/>
        <source>Delete the topology “%1”?</source>
        <translation>Supprimer la topologie «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="185"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>TopologyEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="72"/>
        <source>Edit topology “%1”</source>
        <translation>Modifier la topologie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="72"/>
        <source>New topology</source>
        <translation>Nouvelle topologie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="77"/>
        <source>e.g. Weekdays</source>
        <translation>p. ex. Jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="78"/>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="313"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="80"/>
        <source>This topology routes tasks now: it can only be saved without problems.</source>
        <translation>Cette topologie route actuellement les tâches&#xa0;: elle ne peut être enregistrée que sans problème.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="89"/>
        <source>Routing configuration as JSON</source>
        <translation>Configuration de routage au format JSON</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="105"/>
        <source>Queues and steps</source>
        <translation>Files et étapes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="106"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="107"/>
        <source>The same configuration as JSON; both stay in sync</source>
        <translation>La même configuration au format JSON&#xa0;; les deux restent synchronisées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="109"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="115"/>
        <source>Problems of the configuration</source>
        <translation>Problèmes de la configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="156"/>
        <source>Line %1, column %2: </source>
        <translation>Ligne %1, colonne %2&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="174"/>
        <source>Fix the JSON first; the structure shows only a configuration that reads.</source>
        <translation>Corrigez d’abord le JSON&#xa0;; la structure n’affiche qu’une configuration lisible.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="216"/>
        <source>Default queue</source>
        <translation>File par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="223"/>
        <source>Queue “%1”</source>
        <translation>File «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="225"/>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="227"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="237"/>
        <source>No problem found</source>
        <translation>Aucun problème détecté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="237"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="313"/>
        <source>Routing configuration</source>
        <translation>Configuration de routage</translation>
    </message>
</context>
<context>
    <name>TopologyStructureEditor</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="75"/>
        <source>Queues (first match wins)</source>
        <translation>Files (la première qui correspond l’emporte)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="79"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="86"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="86"/>
        <source>Add a queue</source>
        <translation>Ajouter une file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="89"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="89"/>
        <source>Remove the selected queue</source>
        <translation>Retirer la file sélectionnée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="92"/>
        <source>Move the queue up</source>
        <translation>Monter la file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="95"/>
        <source>Move the queue down</source>
        <translation>Descendre la file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="115"/>
        <source>e.g. vip</source>
        <translation>p. ex. vip</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="119"/>
        <source>Any routing channel</source>
        <translation>Tous les canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="127"/>
        <source>e.g. fr, en (empty: any)</source>
        <translation>p. ex. fr, en (vide&#xa0;: toutes)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="130"/>
        <source>Category ids, comma-separated (empty: any)</source>
        <translation>Identifiants de catégories, séparés par des virgules (vide&#xa0;: toutes)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="131"/>
        <source>tag ids (empty: any)</source>
        <translation>identifiants des repères (vide&#xa0;: tous)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="144"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="145"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="148"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="149"/>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="150"/>
        <source>Pick the categories this queue takes</source>
        <translation>Choisissez les catégories que prend cette file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="158"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="162"/>
        <source>Customer tags</source>
        <translation>Repères d’identification du client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="166"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="171"/>
        <source>Steps (a task moves on when a step times out)</source>
        <translation>Étapes (une tâche passe à la suivante quand le délai d’une étape expire)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="183"/>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="183"/>
        <source>Add a step at the end</source>
        <translation>Ajouter une étape à la fin</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="186"/>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="186"/>
        <source>Remove the selected step</source>
        <translation>Retirer l’étape sélectionnée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="189"/>
        <source>Move the step up</source>
        <translation>Monter l’étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="192"/>
        <source>Move the step down</source>
        <translation>Descendre l’étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="247"/>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="341"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="248"/>
        <source>Default queue</source>
        <translation>File par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="252"/>
        <source>Tasks no queue above takes</source>
        <translation>Tâches qu’aucune file ci-dessus ne prend</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="280"/>
        <source>Unknown channel (%1)</source>
        <translation>Canal inconnu (%1)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="301"/>
        <source>No category yet</source>
        <translation>Aucune catégorie pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="385"/>
        <source>queue %1</source>
        <translation>file %1</translation>
    </message>
</context>
<context>
    <name>UserBadges</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="45"/>
        <source>⚠ Cannot reply</source>
        <translation>⚠ Ne peut pas répondre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="33"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="36"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="38"/>
        <source>Invitation pending</source>
        <translation>Invitation en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="41"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="57"/>
        <source>Reply on %1, but no identity on the community %2.</source>
        <translation>Autorisé à répondre sur %1, mais aucune identité sur la communauté %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="63"/>
        <source>Open the user&apos;s Identities tab to choose one.</source>
        <translation>Ouvrez l’onglet Identités de l’utilisateur pour en choisir une.</translation>
    </message>
</context>
<context>
    <name>UserEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="64"/>
        <source>Send invitation</source>
        <translation>Envoyer l’invitation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="64"/>
        <source>Create user</source>
        <translation>Créer l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="75"/>
        <source>Invite a user</source>
        <translation>Inviter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="75"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="77"/>
        <source>User “%1”</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="79"/>
        <source>Edit user “%1”</source>
        <translation>Modifier l’utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="84"/>
        <source>They receive an e-mail to choose their password; until then the invitation is pending. Only the profile and the role are required.</source>
        <translation>L’utilisateur reçoit un e-mail pour choisir son mot de passe&#xa0;; d’ici là, l’invitation reste en attente. Seuls le profil et le rôle sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="89"/>
        <source>Only the profile and the role are required.</source>
        <translation>Seuls le profil et le rôle sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="133"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="134"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="250"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="135"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="254"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="136"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="255"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="137"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="256"/>
        <source>Channel permissions</source>
        <translation>Autorisations par canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="138"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="257"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="139"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="258"/>
        <source>Agent capacity</source>
        <translation>Capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="140"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="259"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="164"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="168"/>
        <source>Last sign-in: %1
Created %2</source>
        <translation>Dernière connexion&#xa0;: %1
Création&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="246"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="247"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="248"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="249"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="251"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="252"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="253"/>
        <source>Spoken languages</source>
        <translation>Langues parlées</translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="56"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="57"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="58"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="61"/>
        <source>Capacity now</source>
        <translation>Capacité actuelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="70"/>
        <source>Search by name, nickname or e-mail</source>
        <translation>Rechercher par nom, pseudo ou e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="142"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="154"/>
        <source>1 user</source>
        <translation>1 utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="154"/>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="157"/>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>UsersBulkActions</name>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="102"/>
        <source>Role changed for 1 user.</source>
        <translation>Rôle modifié pour 1 utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="103"/>
        <source>Role changed for %1 users.</source>
        <translation>Rôle modifié pour %1 utilisateurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="106"/>
        <source>1 user added to the team.</source>
        <translation>1 utilisateur ajouté à l’équipe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="107"/>
        <source>%1 users added to the team.</source>
        <translation>%1 utilisateurs ajoutés à l’équipe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="110"/>
        <source>1 user taken out of the team.</source>
        <translation>1 utilisateur retiré de l’équipe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="111"/>
        <source>%1 users taken out of the team.</source>
        <translation>%1 utilisateurs retirés de l’équipe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="113"/>
        <source>1 user enabled.</source>
        <translation>1 utilisateur activé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="113"/>
        <source>%1 users enabled.</source>
        <translation>%1 utilisateurs activés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="114"/>
        <source>1 user disabled.</source>
        <translation>1 utilisateur désactivé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="114"/>
        <source>%1 users disabled.</source>
        <translation>%1 utilisateurs désactivés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="145"/>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="147"/>
        <source>Disable users</source>
        <translation>Désactiver des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="146"/>
        <source>Disable 1 user?</source>
        <translation>Désactiver 1 utilisateur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="146"/>
        <source>Disable %1 users?</source>
        <translation>Désactiver %1 utilisateurs&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="148"/>
        <source>They can no longer sign in or act until enabled again. Nobody is changed if one of them cannot be disabled.</source>
        <translation>Les utilisateurs concernés ne pourront plus se connecter ni agir tant qu’ils n’auront pas été réactivés. Aucun n’est modifié si l’un d’eux ne peut pas être désactivé.</translation>
    </message>
</context>
<context>
    <name>UsersImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="129"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="140"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="145"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="146"/>
        <source>Import users from “%1”</source>
        <translation>Importer des utilisateurs depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="151"/>
        <source>Only lines with problems</source>
        <translation>Seulement les lignes avec des problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="170"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="182"/>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="196"/>
        <source>Columns: firstname, lastname, nickname, email and role are required; teams, locale, timezone and enabled are optional. Separate several teams with |, ; or , (the export writes |). An empty line between users is reported; a value the export wrote with a leading apostrophe (before =, +, -, @) is read without it.</source>
        <translation>Colonnes&#xa0;: firstname, lastname, nickname, email et role sont obligatoires&#xa0;; teams, locale, timezone et enabled sont facultatives. Séparez plusieurs équipes par |,&#xa0;; ou , (l’export écrit |). Une ligne vide entre deux utilisateurs est signalée&#xa0;; une valeur que l’export a écrite précédée d’une apostrophe (devant =, +, -, @) est lue sans celle-ci.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="202"/>
        <source>All or nothing: import only if every line is valid</source>
        <translation>Tout ou rien&#xa0;: importer seulement si toutes les lignes sont valides</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="223"/>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="226"/>
        <source>%1 ready to import</source>
        <translation>%1 à importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="229"/>
        <source>%1 with problems</source>
        <translation>%1 avec des problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="231"/>
        <source>%1 lines:</source>
        <translation>%1 lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="240"/>
        <source>Import 1 user</source>
        <translation>Importer 1 utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="242"/>
        <source>Import %1 users</source>
        <translation>Importer %1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="246"/>
        <source>Correct the file, then import it again.</source>
        <translation>Corrigez le fichier, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="249"/>
        <source>Every line must be valid: correct the lines with problems, or untick “All or nothing”.</source>
        <translation>Toutes les lignes doivent être valides&#xa0;: corrigez les lignes avec des problèmes ou décochez «&#xa0;Tout ou rien&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="252"/>
        <source>The lines with problems are left out; nothing is written if you cancel.</source>
        <translation>Les lignes avec des problèmes sont ignorées&#xa0;; rien n’est enregistré si vous annulez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="254"/>
        <source>Every line is valid.</source>
        <translation>Toutes les lignes sont valides.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="282"/>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="282"/>
        <source>Creating the users…</source>
        <translation>Création des utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="283"/>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="287"/>
        <source>The import was cancelled; no user was created.</source>
        <translation>L’import a été annulé&#xa0;; aucun utilisateur n’a été créé.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="57"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="58"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="60"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="108"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="61"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="62"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="112"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_page.py" line="70"/>
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="71"/>
        <source>Search name, e-mail…</source>
        <translation>Rechercher un nom, un e-mail…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="74"/>
        <source>Users appear here once they are created, invited or imported.</source>
        <translation>Les utilisateurs apparaissent ici dès qu’ils sont créés, invités ou importés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="94"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="163"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="109"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="115"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="117"/>
        <source>Invitation pending</source>
        <translation>Invitation en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="118"/>
        <source>Cannot reply</source>
        <translation>Ne peut pas répondre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="121"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="137"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="227"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="191"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="198"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="308"/>
        <source>Invitation sent again to %1.</source>
        <translation>Invitation renvoyée à %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="325"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="332"/>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="326"/>
        <source>%1 cannot be deleted. Disable them instead?</source>
        <translation>Impossible de supprimer %1. Désactiver ce compte à la place&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="339"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="341"/>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="340"/>
        <source>Delete %1 (%2)?</source>
        <translation>Supprimer %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="342"/>
        <source>They never handled work, so nothing in the history names them. The deletion is written to the audit journal and cannot be undone.</source>
        <translation>Cette personne n’a jamais traité de travail&#xa0;: rien dans l’historique ne la mentionne. La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="63"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="114"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="116"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="66"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="128"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="73"/>
        <source>No users yet</source>
        <translation>Aucun utilisateur pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="138"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="230"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="139"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="140"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="239"/>
        <source>Bulk actions</source>
        <translation>Actions groupées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="143"/>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="144"/>
        <source>Add to team…</source>
        <translation>Ajouter à une équipe…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="146"/>
        <source>Remove from team…</source>
        <translation>Retirer d’une équipe…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="150"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="230"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="284"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="151"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="284"/>
        <source>Disable…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="156"/>
        <source>Import / export</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="158"/>
        <source>Import users from CSV…</source>
        <translation>Importer des utilisateurs depuis un CSV…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="160"/>
        <source>Export the listed users to CSV…</source>
        <translation>Exporter les utilisateurs affichés en CSV…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="162"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="184"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="204"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="227"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="237"/>
        <source>Bulk actions (%1)</source>
        <translation>Actions groupées (%1)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="276"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="276"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="278"/>
        <source>Choose identities…</source>
        <translation>Choisir des identités…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="280"/>
        <source>Resend the invitation</source>
        <translation>Renvoyer l’invitation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="286"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="297"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="299"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="327"/>
        <source>Disable user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="298"/>
        <source>Disable %1 (%2)?</source>
        <translation>Désactiver %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="300"/>
        <source>They can no longer sign in or act until enabled again. Their history is kept.</source>
        <translation>Cette personne ne pourra plus se connecter ni agir tant qu’elle n’aura pas été réactivée. Son historique est conservé.</translation>
    </message>
</context>
<context>
    <name>UsersTransfer</name>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="92"/>
        <location filename="../../engage_desktop/views/users/transfer.py" line="119"/>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="92"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="119"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="137"/>
        <source>1 user imported.</source>
        <translation>1 utilisateur importé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="137"/>
        <source>%1 users imported.</source>
        <translation>%1 utilisateurs importés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="140"/>
        <source>1 line left out.</source>
        <translation>1 ligne ignorée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="140"/>
        <source>%1 lines left out.</source>
        <translation>%1 lignes ignorées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="145"/>
        <source>CSV for spreadsheets (Excel) (*.csv)</source>
        <translation>CSV pour tableurs (Excel) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="146"/>
        <source>CSV for BI tools (UTF-8, comma, 1/0) (*.csv)</source>
        <translation>CSV pour outils décisionnels (UTF-8, virgule, 1/0) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="148"/>
        <location filename="../../engage_desktop/views/users/transfer.py" line="175"/>
        <source>Export users</source>
        <translation>Exporter des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="175"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="180"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="186"/>
        <source>1 user exported to %2.</source>
        <translation>1 utilisateur exporté dans %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="187"/>
        <source>%1 users exported to %2.</source>
        <translation>%1 utilisateurs exportés dans %2.</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="99"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="101"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="85"/>
        <source>Database…</source>
        <translation>Base de données…</translation>
    </message>
</context>
</TS>
