<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AgentPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="55"/>
        <source>Agents who may use this identity</source>
        <translation>Agents autorisés à utiliser cette identité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="61"/>
        <source>Search users by nickname or name</source>
        <translation>Rechercher des utilisateurs par pseudo ou par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="95"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../engage_desktop/app.py" line="69"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="74"/>
        <source>The database was upgraded from schema %1 to %2.</source>
        <translation>La base de données a été mise à jour du schéma %1 au schéma %2.</translation>
    </message>
</context>
<context>
    <name>BulkChoiceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="43"/>
        <source>Change the role of %1 users</source>
        <translation>Changer le rôle de %1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="44"/>
        <source>holds permissions your role lacks</source>
        <translation>comporte des autorisations dont votre rôle ne dispose pas</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="48"/>
        <source>Choose a role</source>
        <translation>Choisissez un rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="50"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="53"/>
        <source>Add %1 users to a team</source>
        <translation>Ajouter %1 utilisateurs à une équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="53"/>
        <source>Remove %1 users from a team</source>
        <translation>Retirer %1 utilisateurs d’une équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="58"/>
        <source>Choose a team</source>
        <translation>Choisissez une équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="60"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="63"/>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="65"/>
        <source>One journal event per user changed. If one of them cannot be changed, nobody is.</source>
        <translation>Un événement du journal d’audit par utilisateur modifié. Si l’un d’eux ne peut pas être modifié, aucun ne l’est.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="67"/>
        <source>A leader taken out of the team stops leading it.</source>
        <translation>Un responsable retiré de l’équipe cesse d’en être responsable.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="76"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="77"/>
        <source>Add to team</source>
        <translation>Ajouter à l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="77"/>
        <source>Remove from team</source>
        <translation>Retirer de l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="84"/>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="84"/>
        <source>Choose a team.</source>
        <translation>Choisissez une équipe.</translation>
    </message>
</context>
<context>
    <name>CapacitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="31"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="38"/>
        <source>Default / maximum per channel</source>
        <translation>Par défaut / maximum par canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="39"/>
        <source>No override</source>
        <translation>Aucune limite redéfinie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="43"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="44"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="46"/>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="48"/>
        <source>Agent capacities</source>
        <translation>Capacités des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="53"/>
        <source>Search capacities by name</source>
        <translation>Rechercher des capacités par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="54"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="55"/>
        <source>No agent capacities yet</source>
        <translation>Aucune capacité d’agent pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="57"/>
        <source>A capacity sets, per routing channel, how many tasks the agents given it take at once.</source>
        <translation>Une capacité fixe, pour chaque canal de routage, le nombre de tâches que les agents qui en disposent traitent simultanément.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="62"/>
        <location filename="../../engage_desktop/views/capacities_page.py" line="80"/>
        <source>New capacity</source>
        <translation>Nouvelle capacité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="69"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="72"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="94"/>
        <source>1 capacity</source>
        <translation>1 capacité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="94"/>
        <source>%1 capacities</source>
        <translation>%1 capacités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="123"/>
        <source>Delete agent capacity</source>
        <translation>Supprimer la capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="124"/>
        <source>Delete the agent capacity “%1”?</source>
        <translation>Supprimer la capacité d’agent «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="125"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="127"/>
        <source>Delete capacity</source>
        <translation>Supprimer la capacité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="131"/>
        <source>It is given to 1 user, who will have none.</source>
        <translation>Elle est attribuée à 1 utilisateur, qui n’en aura plus aucune.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="133"/>
        <source>It is given to %1 users, who will have none.</source>
        <translation>Elle est attribuée à %1 utilisateurs, qui n’en auront plus aucune.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="137"/>
        <source>The routing channels&apos; own capacities then apply to them.</source>
        <translation>Les capacités propres aux canaux de routage s’appliqueront alors.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacities_page.py" line="138"/>
        <source>Take away and delete</source>
        <translation>Retirer et supprimer</translation>
    </message>
</context>
<context>
    <name>CapacityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="103"/>
        <source>Edit agent capacity “%1”</source>
        <translation>Modifier la capacité d’agent «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="105"/>
        <source>New agent capacity</source>
        <translation>Nouvelle capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="110"/>
        <source>e.g. Senior agents</source>
        <translation>p. ex. Agents confirmés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="112"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="114"/>
        <source>Limits per routing channel</source>
        <translation>Limites par canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="119"/>
        <source>Tick the channels this capacity overrides; the others keep the routing channel&apos;s own capacity.</source>
        <translation>Cochez les canaux dont cette capacité redéfinit les limites&#xa0;; les autres conservent la capacité propre à leur canal de routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="122"/>
        <source>There are no routing channels yet: limits can be set once channels exist.</source>
        <translation>Il n’existe encore aucun canal de routage&#xa0;: les limites pourront être définies une fois les canaux créés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="144"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="182"/>
        <source>None: each routing channel&apos;s own capacity</source>
        <translation>Aucune&#xa0;: capacité propre à chaque canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="186"/>
        <source>Agent capacity</source>
        <translation>Capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="191"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="191"/>
        <source>Tasks pushed</source>
        <translation>Tâches distribuées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="191"/>
        <source>At most</source>
        <translation>Au maximum</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="233"/>
        <source>Without an agent capacity, each routing channel&apos;s own soft and hard capacity applies.</source>
        <translation>Sans capacité d’agent, ce sont la capacité normale et la capacité maximale propres à chaque canal de routage qui s’appliquent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="237"/>
        <source>Routing pushes this agent up to “Tasks pushed” tasks per channel; transfers by hand can reach “At most”. Other routing channels keep their own capacity.</source>
        <translation>Le routage distribue à cet agent jusqu’à «&#xa0;Tâches distribuées&#xa0;» tâches par canal&#xa0;; les transferts manuels peuvent atteindre «&#xa0;Au maximum&#xa0;». Les autres canaux de routage conservent leur propre capacité.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="240"/>
        <source>Capacities are defined in Users › Agent capacities.</source>
        <translation>Les capacités se définissent dans Utilisateurs › Capacités des agents.</translation>
    </message>
</context>
<context>
    <name>CapacityUsersBox</name>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="42"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="44"/>
        <source>On save</source>
        <translation>À l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="53"/>
        <source>Search these users</source>
        <translation>Rechercher parmi ces utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="82"/>
        <source>Give to users…</source>
        <translation>Attribuer à des utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="86"/>
        <source>Take away</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="89"/>
        <source>Take this capacity from the selected users (again: keep it)</source>
        <translation>Retirer cette capacité aux utilisateurs sélectionnés (cliquer de nouveau pour la conserver)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="136"/>
        <source>Moved from %1</source>
        <translation>Quitte %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="136"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="138"/>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="168"/>
        <source>Give this capacity to users</source>
        <translation>Attribuer cette capacité à des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="169"/>
        <source>Give</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="208"/>
        <source>Given to 1 user</source>
        <translation>Attribuée à 1 utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="210"/>
        <source>Given to %1 users</source>
        <translation>Attribuée à %1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_users.py" line="218"/>
        <source>on save: %1</source>
        <translation>à l’enregistrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="293"/>
        <source>Filter categories</source>
        <translation>Filtrer les catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="325"/>
        <source>A grouping category: tick the categories inside it</source>
        <translation>Catégorie de regroupement&#xa0;: cochez les catégories qu’elle contient</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="334"/>
        <source>Routing gives this agent the conversations of these categories.</source>
        <translation>Le routage attribue à cet agent les conversations de ces catégories.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="337"/>
        <source>No category yet: create them in Routing › Categories.</source>
        <translation>Aucune catégorie pour l’instant&#xa0;: créez-en dans Routage › Catégories.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="349"/>
        <source>1 skill</source>
        <translation>1 compétence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="349"/>
        <source>%1 skills</source>
        <translation>%1 compétences</translation>
    </message>
</context>
<context>
    <name>ChannelLimitRow</name>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="31"/>
        <source>Override</source>
        <translation>Redéfinir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="33"/>
        <source>Unticked, the routing channel&apos;s own capacity applies</source>
        <translation>Décoché&#xa0;: la capacité propre au canal de routage s’applique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="34"/>
        <source>Tasks an agent gets before others are served</source>
        <translation>Nombre de tâches qu’un agent reçoit avant que les autres agents ne soient servis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="35"/>
        <source>Tasks an agent may hold at most</source>
        <translation>Nombre maximal de tâches qu’un agent peut détenir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="36"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/capacity_editor.py" line="36"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>ChannelPermissionsTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="69"/>
        <source>Filter channels</source>
        <translation>Filtrer les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="84"/>
        <source>Choose identities…</source>
        <translation>Choisir des identités…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="94"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="95"/>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="96"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="97"/>
        <source>Reply in
HTML</source>
        <translation>Réponse
HTML</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="98"/>
        <source>Start
discussions</source>
        <translation>Nouvelles
discussions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="99"/>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="100"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="105"/>
        <source>See the channel&apos;s messages</source>
        <translation>Voir les messages du canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="106"/>
        <source>Answer customers (needs an identity on the channel&apos;s community)</source>
        <translation>Répondre aux clients (nécessite une identité sur la communauté du canal)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="107"/>
        <source>Write formatted (HTML) replies</source>
        <translation>Rédiger des réponses mises en forme (HTML)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="108"/>
        <source>Write first to a customer</source>
        <translation>Écrire en premier à un client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="109"/>
        <source>Delete messages</source>
        <translation>Supprimer des messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="110"/>
        <source>Share of this agent&apos;s replies that a supervisor approves before they leave</source>
        <translation>Part des réponses de cet agent qu’un superviseur approuve avant leur envoi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="125"/>
        <source>Click to tick or clear the whole column</source>
        <translation>Cliquez pour cocher ou décocher toute la colonne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="161"/>
        <source>Reply includes Read; HTML replies and new discussions include Reply. To reply on a channel an agent also needs a company identity on its community (Identities tab).</source>
        <translation>«&#xa0;Réponse&#xa0;» inclut «&#xa0;Lecture&#xa0;»&#xa0;; les réponses HTML et les nouvelles discussions incluent «&#xa0;Réponse&#xa0;». Pour répondre sur un canal, un agent a aussi besoin d’une identité d’entreprise sur sa communauté (onglet Identités).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="167"/>
        <source>No channel yet: create them in Channels › Channels.</source>
        <translation>Aucun canal pour l’instant&#xa0;: créez-en dans Canaux › Canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="172"/>
        <source>Community: %1</source>
        <translation>Communauté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="174"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="191"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="193"/>
        <source>Share of replies that need approval</source>
        <translation>Part des réponses à approuver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="276"/>
        <source>No identity on the community %1: this agent could not reply here.</source>
        <translation>Aucune identité sur la communauté %1&#xa0;: cet agent ne pourrait pas répondre ici.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="285"/>
        <source>Cannot reply on %1: no company identity on the community. Choose one on the Identities tab.</source>
        <translation>Impossible de répondre sur %1&#xa0;: aucune identité d’entreprise sur la communauté. Choisissez-en une dans l’onglet Identités.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="293"/>
        <source>Reads %1, replies on %2 of %3 channels</source>
        <translation>Lit %1 canaux sur %3, répond sur %2</translation>
    </message>
</context>
<context>
    <name>ColorCombo</name>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="28"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="29"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="30"/>
        <source>Amber</source>
        <translation>Ambre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="31"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="32"/>
        <source>Teal</source>
        <translation>Sarcelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="33"/>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="34"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="35"/>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="36"/>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="37"/>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="38"/>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="39"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="51"/>
        <source>%1 — coming soon</source>
        <translation>%1 — bientôt disponible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="52"/>
        <source>This page is planned and will arrive with the %1 section work.</source>
        <translation>Cette page est prévue et arrivera avec les travaux de la section %1.</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="92"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="93"/>
        <location filename="../../engage_desktop/views/communities_page.py" line="101"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="94"/>
        <location filename="../../engage_desktop/views/communities_page.py" line="107"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="95"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="96"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="102"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="106"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="107"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="107"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="111"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="115"/>
        <source>1 community</source>
        <translation>1 communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="115"/>
        <source>%1 communities</source>
        <translation>%1 communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="116"/>
        <source>Search communities by name</source>
        <translation>Rechercher des communautés par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="118"/>
        <source>No communities yet</source>
        <translation>Aucune communauté pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="120"/>
        <source>A community holds the identities of one network; create one before its channels.</source>
        <translation>Une communauté regroupe les identités d’un réseau&#xa0;; créez-la avant ses canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="131"/>
        <location filename="../../engage_desktop/views/communities_page.py" line="150"/>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="138"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="141"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="177"/>
        <location filename="../../engage_desktop/views/communities_page.py" line="179"/>
        <source>Delete community</source>
        <translation>Supprimer la communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="178"/>
        <source>Delete the community “%1”?</source>
        <translation>Supprimer la communauté «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="180"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>CommunityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="42"/>
        <source>Edit community “%1”</source>
        <translation>Modifier la communauté «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="44"/>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="49"/>
        <source>e.g. Acme on Facebook</source>
        <translation>p. ex. Acme sur Facebook</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="53"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="58"/>
        <source>Used by: %1. Its type cannot change while channels use it.</source>
        <translation>Utilisée par&#xa0;: %1. Son type ne peut pas changer tant que des canaux l’utilisent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/communities_page.py" line="63"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="39"/>
        <source>Database and language</source>
        <translation>Base de données et langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="44"/>
        <source>Leave the address empty to use the built-in SQLite file. To share one configuration between workstations, enter a PostgreSQL address such as postgresql://user:password@host/engage. ENGAGE_DB_URL, when set, overrides this setting.</source>
        <translation>Laissez l’adresse vide pour utiliser le fichier SQLite intégré. Pour partager une même configuration entre plusieurs postes, saisissez une adresse PostgreSQL comme postgresql://user:password@host/engage. Lorsqu’elle est définie, ENGAGE_DB_URL remplace ce réglage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="54"/>
        <source>Database address</source>
        <translation>Adresse de la base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="56"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="63"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="65"/>
        <source>Takes effect the next time the console starts.</source>
        <translation>Prend effet au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="75"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="95"/>
        <source>Connected. Schema version: %1.</source>
        <translation>Connecté. Version du schéma&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/connection_dialog.py" line="96"/>
        <source>empty (will be created)</source>
        <translation>vide (sera créé)</translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="142"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="142"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="142"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="143"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="143"/>
        <source>CRAM-MD5 (password not sent)</source>
        <translation>CRAM-MD5 (mot de passe non transmis)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="145"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="146"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="151"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="157"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="163"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="168"/>
        <source>No login (relay)</source>
        <translation>Sans authentification (relais)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="171"/>
        <source>Login</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="173"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="178"/>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="180"/>
        <source>Comma-separated folder names to read, e.g. INBOX, Support.</source>
        <translation>Noms des dossiers à lire, séparés par des virgules, p. ex. INBOX, Support.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="182"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="188"/>
        <source>Sender and threads</source>
        <translation>Expéditeur et conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="191"/>
        <source>Sender address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="195"/>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="198"/>
        <source>Thread replies by their References headers</source>
        <translation>Regrouper les réponses en conversations d’après leur en-tête References</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="202"/>
        <source>Also thread by subject</source>
        <translation>Regrouper aussi par objet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="205"/>
        <source>Reopen closed threads within (days)</source>
        <translation>Rouvrir les conversations fermées depuis moins de (jours)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="208"/>
        <source>Where the chat is offered</source>
        <translation>Où le chat est proposé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="209"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="210"/>
        <source>iOS app</source>
        <translation>Application iOS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="211"/>
        <source>Android app</source>
        <translation>Application Android</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="213"/>
        <source>%1 account</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="217"/>
        <source>App id</source>
        <translation>Identifiant de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="219"/>
        <source>The platform app this channel connects through.</source>
        <translation>L’application de la plateforme par laquelle ce canal se connecte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="222"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="224"/>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="92"/>
        <source>IMAP password</source>
        <translation>Mot de passe IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="93"/>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="94"/>
        <source>App secret</source>
        <translation>Secret de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="95"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="96"/>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="31"/>
        <source>Account id</source>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="37"/>
        <location filename="../../engage_desktop/services/source_types.py" line="48"/>
        <source>Page id</source>
        <translation>Identifiant de la page</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="39"/>
        <source>Account handle</source>
        <translation>Nom d’utilisateur du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="46"/>
        <source>Business account id</source>
        <translation>Identifiant du compte professionnel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="50"/>
        <source>Phone number id</source>
        <translation>Identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="55"/>
        <source>Sender number</source>
        <translation>Numéro d’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="61"/>
        <source>Business id</source>
        <translation>Identifiant de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="68"/>
        <source>Agent id</source>
        <translation>Identifiant de l’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="70"/>
        <source>Bot account</source>
        <translation>Compte du bot</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="71"/>
        <location filename="../../engage_desktop/services/source_types.py" line="75"/>
        <source>Channel id</source>
        <translation>Identifiant de la chaîne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="73"/>
        <source>Official account id</source>
        <translation>Identifiant du compte officiel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="77"/>
        <source>Organisation id</source>
        <translation>Identifiant de l’organisation</translation>
    </message>
</context>
<context>
    <name>DuplicateRoleDialog</name>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="350"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="352"/>
        <source>Duplicate role “%1”</source>
        <translation>Dupliquer le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="355"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="359"/>
        <source>New label</source>
        <translation>Nouveau libellé</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="29"/>
        <source>Connect to the IMAP server</source>
        <translation>Connexion au serveur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="30"/>
        <source>Start TLS on IMAP</source>
        <translation>Démarrage de TLS sur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="31"/>
        <source>Log in to IMAP</source>
        <translation>Authentification IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="32"/>
        <source>Find the mailboxes</source>
        <translation>Recherche des boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="33"/>
        <source>Connect to the SMTP server</source>
        <translation>Connexion au serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="34"/>
        <source>Start TLS on SMTP</source>
        <translation>Démarrage de TLS sur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="35"/>
        <source>Log in to SMTP</source>
        <translation>Authentification SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="187"/>
        <source>%1 failed</source>
        <translation>%1 — échec</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This category no longer exists (it may have been deleted on another workstation).</source>
        <translation>Cette catégorie n’existe plus (elle a peut-être été supprimée sur un autre poste).</translation>
    </message>
    <message>
        <source>The parent category no longer exists.</source>
        <translation>La catégorie parente n’existe plus.</translation>
    </message>
    <message>
        <source>A top-level category named “{name}” already exists.</source>
        <translation>Une catégorie de premier niveau nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>“{parent}” already has a category named “{name}”.</source>
        <translation>« {parent} » a déjà une catégorie nommée « {name} ».</translation>
    </message>
    <message>
        <source>A category name cannot contain “/” (it separates the levels of a path).</source>
        <translation>Un nom de catégorie ne peut pas contenir « / » (il sépare les niveaux d’un chemin).</translation>
    </message>
    <message>
        <source>“{name}” cannot go under “{parent}”: that category is inside it.</source>
        <translation>« {name} » ne peut pas aller sous « {parent} » : cette catégorie est à l’intérieur.</translation>
    </message>
    <message>
        <source>The colour must be one of the 12 of the palette.</source>
        <translation>La couleur doit être l’une des 12 de la palette.</translation>
    </message>
    <message>
        <source>Some of these channels no longer exist.</source>
        <translation>Certains de ces canaux n’existent plus.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Le nom</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n subcategory(ies): choose whether they move up, move elsewhere or are deleted.</source>
        <translation>
            <numerusform>« {name} » a %n sous-catégorie : choisissez si elle remonte, va ailleurs ou est supprimée.</numerusform>
            <numerusform>« {name} » a %n sous-catégories : choisissez si elles remontent, vont ailleurs ou sont supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is in use ({uses}); confirm that these references are removed with it.</source>
        <translation>« {name} » est utilisée ({uses}) ; confirmez que ces références sont retirées avec elle.</translation>
    </message>
    <message>
        <source>The subcategories cannot move into the branch being deleted.</source>
        <translation>Les sous-catégories ne peuvent pas aller dans la branche supprimée.</translation>
    </message>
    <message>
        <source>Choose the category the subcategories move to.</source>
        <translation>Choisissez la catégorie où vont les sous-catégories.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>Le fichier n’est pas du texte UTF-8 ; enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV: {reason}.</source>
        <translation>Le fichier ne se lit pas comme un CSV : {reason}.</translation>
    </message>
    <message>
        <source>The first line must name the columns: {columns}.</source>
        <translation>La première ligne doit nommer les colonnes : {columns}.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and one line per category.</source>
        <translation>Le fichier est vide : il faut une ligne d’en-tête et une ligne par catégorie.</translation>
    </message>
    <message numerus="yes">
        <source>The file holds more than %n category(ies); split it.</source>
        <translation>
            <numerusform>Le fichier contient plus de %n catégorie ; découpez-le.</numerusform>
            <numerusform>Le fichier contient plus de %n catégories ; découpez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>{values} values where the header names {columns} columns.</source>
        <translation>{values} valeurs alors que l’en-tête nomme {columns} colonnes.</translation>
    </message>
    <message>
        <source>The path “{path}” has an empty level (two “/” in a row, or one at an end).</source>
        <translation>Le chemin « {path} » a un niveau vide (deux « / » de suite, ou un à une extrémité).</translation>
    </message>
    <message>
        <source>The colour “{value}” is not a number from 0 to 11.</source>
        <translation>La couleur « {value} » n’est pas un nombre de 0 à 11.</translation>
    </message>
    <message>
        <source>“{value}” in {column} is not yes/no (1/0, true/false).</source>
        <translation>« {value} » dans {column} n’est pas oui/non (1/0, true/false).</translation>
    </message>
    <message>
        <source>The path “{path}” was already given at line {line}.</source>
        <translation>Le chemin « {path} » figure déjà à la ligne {line}.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne a un problème ; rien n’a été importé.</numerusform>
            <numerusform>%n lignes ont des problèmes ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>This routing channel no longer exists (it may have been deleted on another workstation).</source>
        <translation>Ce canal de routage n’existe plus (il a peut-être été supprimé sur un autre poste).</translation>
    </message>
    <message>
        <source>A routing channel named “{name}” already exists.</source>
        <translation>Un canal de routage nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>{label} must be a whole number from 0 to {maximum}.</source>
        <translation>{label} doit être un nombre entier de 0 à {maximum}.</translation>
    </message>
    <message>
        <source>The hard capability must be at least the soft capability ({soft}).</source>
        <translation>La capacité maximale doit être au moins la capacité souple ({soft}).</translation>
    </message>
    <message>
        <source>The SLA threshold is a percentage from 0 to 100.</source>
        <translation>Le seuil de SLA est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Some of these categories no longer exist.</source>
        <translation>Certaines de ces catégories n’existent plus.</translation>
    </message>
    <message>
        <source>Already in another routing channel: {sources}. Confirm to move them to this one.</source>
        <translation>Déjà dans un autre canal de routage : {sources}. Confirmez pour les déplacer dans celui-ci.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is set in %n agent capacity(ies): {capacities}. Remove it from them before deleting it.</source>
        <translation>
            <numerusform>« {name} » figure dans %n capacité d’agent : {capacities}. Retirez-le avant de le supprimer.</numerusform>
            <numerusform>« {name} » figure dans %n capacités d’agent : {capacities}. Retirez-le avant de le supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The soft capability</source>
        <translation>La capacité souple</translation>
    </message>
    <message>
        <source>The hard capability</source>
        <translation>La capacité maximale</translation>
    </message>
    <message>
        <source>The task timeout</source>
        <translation>Le délai d’acceptation</translation>
    </message>
    <message>
        <source>The auto-complete delay</source>
        <translation>Le délai de clôture automatique</translation>
    </message>
    <message>
        <source>The agent SLA</source>
        <translation>Le SLA agent</translation>
    </message>
    <message>
        <source>The SLA threshold</source>
        <translation>Le seuil de SLA</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Le libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="45"/>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s’est produite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="25"/>
        <source>Not allowed</source>
        <translation>Action non autorisée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="27"/>
        <source>Please check the form</source>
        <translation>Vérifiez le formulaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="29"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="31"/>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="33"/>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="35"/>
        <source>Signed out</source>
        <translation>Session fermée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="36"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="127"/>
        <source>Welcome — Engage Desktop</source>
        <translation>Bienvenue — Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="128"/>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="131"/>
        <source>This database is empty. The first account you create holds every permission; you can invite the rest of the team afterwards.</source>
        <translation>Cette base de données est vide. Le premier compte que vous créez dispose de toutes les autorisations&#xa0;; vous pourrez inviter le reste de l’équipe ensuite.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="135"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="136"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="137"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="138"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="141"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="143"/>
        <source>At least 10 characters, including a digit.</source>
        <translation>Au moins 10 caractères, dont un chiffre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="145"/>
        <source>Repeat the password</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="146"/>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="151"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/form.py" line="201"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="65"/>
        <source>Engage Desktop</source>
        <translation>Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="71"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="83"/>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="87"/>
        <source>Current page</source>
        <translation>Page actuelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="112"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/header_bar.py" line="115"/>
        <source>Sign out of Engage Desktop</source>
        <translation>Se déconnecter d’Engage Desktop</translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="275"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="276"/>
        <source>Screen name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="277"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="278"/>
        <location filename="../../engage_desktop/views/identities_page.py" line="285"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="279"/>
        <location filename="../../engage_desktop/views/identities_page.py" line="291"/>
        <source>Controlled</source>
        <translation>Contrôlée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="281"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="288"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="290"/>
        <source>All identities</source>
        <translation>Toutes les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="292"/>
        <source>Not controlled</source>
        <translation>Non contrôlée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="297"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="301"/>
        <source>1 identity</source>
        <translation>1 identité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="301"/>
        <source>%1 identities</source>
        <translation>%1 identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="302"/>
        <source>Search names, e-mails, network ids</source>
        <translation>Rechercher par nom, e-mail ou identifiant réseau</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="304"/>
        <source>No identities yet</source>
        <translation>Aucune identité pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="305"/>
        <source>Identities arrive with the messages of each community.</source>
        <translation>Les identités arrivent avec les messages de chaque communauté.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="330"/>
        <source>All communities</source>
        <translation>Toutes les communautés</translation>
    </message>
</context>
<context>
    <name>IdentitiesTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="312"/>
        <source>Show the identities of every community</source>
        <translation>Afficher les identités de toutes les communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="345"/>
        <source>Tick Reply on a channel (Channel permissions tab) to choose the identities this user replies as there.</source>
        <translation>Cochez «&#xa0;Réponse&#xa0;» pour un canal (onglet Autorisations par canal) afin de choisir les identités sous lesquelles cet utilisateur y répond.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="354"/>
        <source>Only company identities marked as controlled (Channels › Identities) are offered.</source>
        <translation>Seules les identités d’entreprise marquées comme contrôlées (Canaux › Identités) sont proposées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="391"/>
        <source>Tick an identity: this user may reply on this community&apos;s channels.</source>
        <translation>Cochez une identité&#xa0;: cet utilisateur pourra répondre sur les canaux de cette communauté.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="400"/>
        <source>1 identity chosen</source>
        <translation>1 identité choisie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_access_tabs.py" line="400"/>
        <source>%1 identities chosen</source>
        <translation>%1 identités choisies</translation>
    </message>
</context>
<context>
    <name>IdentityDetailPanel</name>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="122"/>
        <location filename="../../engage_desktop/views/identities_page.py" line="185"/>
        <source>No identity selected</source>
        <translation>Aucune identité sélectionnée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="130"/>
        <source>Screen name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="131"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="132"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="133"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="134"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="135"/>
        <source>Network id</source>
        <translation>Identifiant réseau</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="143"/>
        <source>Identity group</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="149"/>
        <source>Company identity</source>
        <translation>Identité d’entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="151"/>
        <source>Controlled identity</source>
        <translation>Identité contrôlée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="152"/>
        <source>Agents linked to it may reply as this identity</source>
        <translation>Les agents qui y sont associés peuvent répondre sous cette identité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="162"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="163"/>
        <source>Choose agents…</source>
        <translation>Choisir des agents…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="191"/>
        <source>On %1</source>
        <translation>Communauté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="203"/>
        <source>Not part of an identity group yet.</source>
        <translation>Ne fait encore partie d’aucune fiche client.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="206"/>
        <source>%1 — %2 identities in this customer profile</source>
        <translation>%1 — %2 identités dans cette fiche client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="211"/>
        <source>Only a controlled identity can be used by agents.</source>
        <translation>Seule une identité contrôlée peut être utilisée par des agents.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="213"/>
        <source>No agent may use it yet.</source>
        <translation>Aucun agent ne peut encore l’utiliser.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="216"/>
        <source> (disabled)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="220"/>
        <source>Click an agent to open their identities</source>
        <translation>Cliquez sur un agent pour ouvrir ses identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="234"/>
        <source>Release identity</source>
        <translation>Libérer l’identité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="235"/>
        <source>Stop agents from replying as “%1”?</source>
        <translation>Empêcher les agents de répondre en tant que «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="236"/>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/identities_page.py" line="237"/>
        <source>These agents will no longer be able to reply as it: %1.</source>
        <translation>Ces agents ne pourront plus répondre sous cette identité&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="66"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="68"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="136"/>
        <source>Nothing here yet</source>
        <translation>Rien à afficher pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="168"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="479"/>
        <source>The list could not be loaded</source>
        <translation>Impossible de charger la liste</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="479"/>
        <source>Check the connection, then try again.</source>
        <translation>Vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="481"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="496"/>
        <source>No match for “%1” with these filters</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;» avec ces filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="497"/>
        <source>Clear the search and the filters to see everything.</source>
        <translation>Effacez la recherche et les filtres pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="498"/>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="500"/>
        <source>No match for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="501"/>
        <source>Check the spelling, or clear the search to see everything.</source>
        <translation>Vérifiez l’orthographe ou effacez la recherche pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="502"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="504"/>
        <source>No match for these filters</source>
        <translation>Aucun résultat avec ces filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="505"/>
        <source>Change the filters, or clear them to see everything.</source>
        <translation>Modifiez les filtres ou effacez-les pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="506"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="513"/>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../engage_desktop/views/main_window.py" line="66"/>
        <source>Engage Desktop — %1</source>
        <translation>Engage Desktop — %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/main_window.py" line="219"/>
        <source>No access</source>
        <translation>Aucun accès</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="44"/>
        <location filename="../../engage_desktop/views/navigation_map.py" line="49"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="55"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="61"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="67"/>
        <source>Agent capacities</source>
        <translation>Capacités des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="73"/>
        <source>Presence statuses</source>
        <translation>Statuts de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="81"/>
        <location filename="../../engage_desktop/views/navigation_map.py" line="86"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="92"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="98"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="106"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="110"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="114"/>
        <source>Routing channels</source>
        <translation>Canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="118"/>
        <source>Topologies</source>
        <translation>Topologies</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="121"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="125"/>
        <source>Queue monitor</source>
        <translation>Supervision des files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="132"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="136"/>
        <source>Tags</source>
        <translation>Repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="140"/>
        <source>Identity groups</source>
        <translation>Fiches clients</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="145"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="148"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="149"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="150"/>
        <source>Audit journal</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="155"/>
        <source>Agent tools</source>
        <translation>Outils agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="160"/>
        <source>Reply assistant</source>
        <translation>Assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="165"/>
        <source>Reply-assistant groups</source>
        <translation>Groupes de l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="170"/>
        <source>E-mail templates</source>
        <translation>Modèles d’e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="175"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="182"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="186"/>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="188"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="191"/>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="196"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="200"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="204"/>
        <source>API access tokens</source>
        <translation>Jetons d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="207"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../engage_desktop/views/navigation_bar.py" line="311"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NavigationDrawer</name>
    <message>
        <location filename="../../engage_desktop/views/navigation_bar.py" line="159"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>NoPagesState</name>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="91"/>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="92"/>
        <source>Your role does not give access to any page of this console. Ask an administrator to add the permissions you need to your role.</source>
        <translation>Votre rôle ne donne accès à aucune page de cette console. Demandez à un administrateur d’ajouter à votre rôle les autorisations dont vous avez besoin.</translation>
    </message>
</context>
<context>
    <name>PageLoadFailed</name>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="66"/>
        <source>%1 could not be opened</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="69"/>
        <source>Something went wrong while opening this page; the details were written to the log. Try again, and if it keeps failing, send the log to your support team.

%1</source>
        <translation>Une erreur s’est produite à l’ouverture de cette page&#xa0;; les détails ont été consignés dans le journal. Réessayez et, si le problème persiste, envoyez le journal à votre équipe d’assistance.

%1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/coming_page.py" line="74"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="27"/>
        <source>Read users</source>
        <translation>Consulter les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="28"/>
        <source>Create users</source>
        <translation>Créer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="29"/>
        <source>Edit users</source>
        <translation>Modifier les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="30"/>
        <source>Invite users</source>
        <translation>Inviter des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="31"/>
        <source>Sign in as another user</source>
        <translation>Se connecter en tant qu’autre utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="32"/>
        <source>Manage users of my teams</source>
        <translation>Gérer les utilisateurs de mes équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="33"/>
        <source>Manage teams</source>
        <translation>Gérer les équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="34"/>
        <source>Manage roles</source>
        <translation>Gérer les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="35"/>
        <source>See agents&apos; presence</source>
        <translation>Voir la présence des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="36"/>
        <source>Read channels</source>
        <translation>Consulter les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="37"/>
        <source>Create channels</source>
        <translation>Créer des canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="38"/>
        <source>Edit channels</source>
        <translation>Modifier les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="39"/>
        <source>Read communities</source>
        <translation>Consulter les communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="40"/>
        <source>Create communities</source>
        <translation>Créer des communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="41"/>
        <source>Edit communities</source>
        <translation>Modifier les communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="42"/>
        <source>Read identities</source>
        <translation>Consulter les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="43"/>
        <source>Edit identities</source>
        <translation>Modifier les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="44"/>
        <source>Manage identities</source>
        <translation>Gérer les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="45"/>
        <source>Lock identities</source>
        <translation>Verrouiller des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="46"/>
        <source>Anonymize identities</source>
        <translation>Anonymiser des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="47"/>
        <source>Export identities</source>
        <translation>Exporter des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="48"/>
        <source>Manage categories</source>
        <translation>Gérer les catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="49"/>
        <source>Manage topologies and routing channels</source>
        <translation>Gérer les topologies et les canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="50"/>
        <source>Monitor all tasks</source>
        <translation>Superviser toutes les tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="51"/>
        <source>Monitor my teams&apos; tasks</source>
        <translation>Superviser les tâches de mes équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="52"/>
        <source>Receive tasks</source>
        <translation>Recevoir des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="53"/>
        <source>Pick tasks in pull mode</source>
        <translation>Prendre des tâches en mode pull</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="54"/>
        <source>Manage rules-engine rules</source>
        <translation>Gérer les règles du moteur de règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="55"/>
        <source>Manage tags</source>
        <translation>Gérer les repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="56"/>
        <source>Manage custom fields</source>
        <translation>Gérer les champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="57"/>
        <source>Manage folders</source>
        <translation>Gérer les dossiers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="58"/>
        <source>Read exports</source>
        <translation>Consulter les exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="59"/>
        <source>Run deferred content exports</source>
        <translation>Lancer des exports différés de contenus</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="60"/>
        <source>Read the audit journal</source>
        <translation>Consulter le journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="61"/>
        <source>Search the audit journal</source>
        <translation>Rechercher dans le journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="62"/>
        <source>Read statistics</source>
        <translation>Consulter les statistiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="63"/>
        <source>Read own statistics</source>
        <translation>Consulter ses propres statistiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="64"/>
        <source>Manage automated exports</source>
        <translation>Gérer les exports automatiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="65"/>
        <source>Manage the reply assistant</source>
        <translation>Gérer l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="66"/>
        <source>Reply with the reply assistant</source>
        <translation>Répondre avec l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="67"/>
        <source>Manage e-mail templates</source>
        <translation>Gérer les modèles d’e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="68"/>
        <source>Manage chat</source>
        <translation>Gérer le chat</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="69"/>
        <source>Manage messaging</source>
        <translation>Gérer la messagerie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="70"/>
        <source>Manage surveys</source>
        <translation>Gérer les enquêtes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="71"/>
        <source>Read surveys</source>
        <translation>Consulter les enquêtes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="72"/>
        <source>Manage ICE</source>
        <translation>Gérer ICE</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="73"/>
        <source>Manage App SDK applications</source>
        <translation>Gérer les applications App SDK</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="74"/>
        <source>Edit account settings</source>
        <translation>Modifier les paramètres du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="75"/>
        <source>Edit business hours</source>
        <translation>Modifier les heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="76"/>
        <source>Configure extensions</source>
        <translation>Configurer les extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="77"/>
        <source>Turn extensions on and off</source>
        <translation>Activer et désactiver les extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="78"/>
        <source>Manage API access tokens</source>
        <translation>Gérer les jetons d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="79"/>
        <source>Manage custom notifications</source>
        <translation>Gérer les notifications personnalisées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="80"/>
        <source>Manage own notifications</source>
        <translation>Gérer ses propres notifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="81"/>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="82"/>
        <source>See previous messages</source>
        <translation>Voir les messages précédents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="83"/>
        <source>Open threads</source>
        <translation>Ouvrir des conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="84"/>
        <source>Close threads</source>
        <translation>Fermer des conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="85"/>
        <source>Delete threads</source>
        <translation>Supprimer des conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="86"/>
        <source>Edit any intervention</source>
        <translation>Modifier toutes les interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="87"/>
        <source>Edit own interventions</source>
        <translation>Modifier ses propres interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="88"/>
        <source>Assign interventions</source>
        <translation>Attribuer des interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="89"/>
        <source>Approve replies</source>
        <translation>Approuver des réponses</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="90"/>
        <source>Publish replies</source>
        <translation>Publier des réponses</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="91"/>
        <source>Mute messages</source>
        <translation>Ignorer des messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="92"/>
        <source>Block message authors</source>
        <translation>Bloquer des auteurs de messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="93"/>
        <source>Stamp replies as official</source>
        <translation>Marquer des réponses comme officielles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="94"/>
        <source>Use emoji</source>
        <translation>Utiliser les emoji</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="95"/>
        <source>Open the help center</source>
        <translation>Ouvrir le centre d’aide</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="96"/>
        <source>Ask an expert</source>
        <translation>Demander à un expert</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="97"/>
        <source>Escalate to video</source>
        <translation>Passer en vidéo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="98"/>
        <source>Use co-browsing</source>
        <translation>Utiliser la co-navigation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="103"/>
        <source>Users &amp; teams</source>
        <translation>Utilisateurs et équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="104"/>
        <source>Channels &amp; identities</source>
        <translation>Canaux et identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="105"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="106"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="107"/>
        <source>Agent tools</source>
        <translation>Outils agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="108"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="109"/>
        <source>Conversation work (agent interface)</source>
        <translation>Traitement des conversations (interface agent)</translation>
    </message>
</context>
<context>
    <name>PresenceStatusDialog</name>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="29"/>
        <source>Edit presence status “%1”</source>
        <translation>Modifier le statut de présence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="31"/>
        <source>New presence status</source>
        <translation>Nouveau statut de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="36"/>
        <source>e.g. Lunch</source>
        <translation>p. ex. Déjeuner</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="40"/>
        <source>Available: routing sends tasks</source>
        <translation>Disponible&#xa0;: le routage envoie des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="41"/>
        <source>Away: routing sends nothing</source>
        <translation>Absent&#xa0;: le routage n’envoie rien</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="47"/>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="49"/>
        <source>At least one status must count as available, or no agent could take work.</source>
        <translation>Au moins un statut doit compter comme disponible, sinon aucun agent ne pourrait recevoir de travail.</translation>
    </message>
</context>
<context>
    <name>PresenceStatusesPage</name>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="76"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="77"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="78"/>
        <location filename="../../engage_desktop/views/presence_page.py" line="84"/>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="79"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="85"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="85"/>
        <location filename="../../engage_desktop/views/presence_page.py" line="140"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="85"/>
        <location filename="../../engage_desktop/views/presence_page.py" line="140"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="89"/>
        <source>Presence statuses</source>
        <translation>Statuts de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="94"/>
        <source>Search statuses by name</source>
        <translation>Rechercher des statuts par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="96"/>
        <source>No presence statuses</source>
        <translation>Aucun statut de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="97"/>
        <source>Agents pick a status; each counts as available or away for routing.</source>
        <translation>Les agents choisissent un statut&#xa0;; pour le routage, chacun compte comme disponible ou absent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="101"/>
        <location filename="../../engage_desktop/views/presence_page.py" line="133"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="108"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="111"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="118"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="125"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="143"/>
        <source>1 status</source>
        <translation>1 statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="143"/>
        <source>%1 statuses</source>
        <translation>%1 statuts</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="169"/>
        <source>Delete presence status</source>
        <translation>Supprimer le statut de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="170"/>
        <source>Delete the presence status “%1”?</source>
        <translation>Supprimer le statut de présence «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="171"/>
        <source>Delete status</source>
        <translation>Supprimer le statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/presence_page.py" line="172"/>
        <source>Agents can no longer pick it. The deletion is written to the audit journal.</source>
        <translation>Les agents ne pourront plus le choisir. La suppression est consignée dans le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="79"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="108"/>
        <source>Ready to import</source>
        <translation>Prête à importer</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="101"/>
        <source>Shown to colleagues, unique</source>
        <translation>Visible par les collègues, unique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="104"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="105"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="106"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="107"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="114"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="128"/>
        <source>Type a city: Paris, New_York…</source>
        <translation>Saisissez une ville&#xa0;: Paris, New_York…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="129"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="138"/>
        <source>Spoken languages</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="149"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="151"/>
        <source>Optional. Without one, the user cannot sign in until you send an invitation.</source>
        <translation>Facultatif. Sans mot de passe, l’utilisateur ne peut pas se connecter tant que vous ne lui avez pas envoyé d’invitation.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="168"/>
        <source>Speaks %1.</source>
        <translation>Langues parlées&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="168"/>
        <source>No language ticked.</source>
        <translation>Aucune langue cochée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="171"/>
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
        <location filename="../../engage_desktop/views/role_editor.py" line="141"/>
        <source>Edit role “%1”</source>
        <translation>Modifier le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="141"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="146"/>
        <source>e.g. Night-shift supervisor</source>
        <translation>p. ex. Superviseur de nuit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="148"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="150"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="162"/>
        <source>Filter permissions</source>
        <translation>Filtrer les autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="179"/>
        <source>%1 permissions of extensions that are off are hidden; the role keeps them as they are.</source>
        <translation>%1 autorisations d’extensions désactivées sont masquées&#xa0;; le rôle les conserve telles quelles.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="198"/>
        <source>Given to no user yet.</source>
        <translation>Attribué à aucun utilisateur pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="200"/>
        <source>Given to 1 user.</source>
        <translation>Attribué à 1 utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="201"/>
        <source>Given to %1 users.</source>
        <translation>Attribué à %1 utilisateurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="206"/>
        <source>Your role lacks this permission</source>
        <translation>Votre rôle ne dispose pas de cette autorisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="220"/>
        <source>Tick or clear every permission of this group</source>
        <translation>Cocher ou décocher toutes les autorisations de ce groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="296"/>
        <source>%1 of %2 permissions</source>
        <translation>%1 autorisations sur %2</translation>
    </message>
</context>
<context>
    <name>RoleTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="198"/>
        <source>holds permissions your role lacks</source>
        <translation>comporte des autorisations dont votre rôle ne dispose pas</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="206"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="210"/>
        <source>What this role allows</source>
        <translation>Ce que ce rôle autorise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="223"/>
        <source>Roles are defined in Users › Roles.</source>
        <translation>Les rôles se définissent dans Utilisateurs › Rôles.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="244"/>
        <source>%1 of %2 permissions</source>
        <translation>%1 autorisations sur %2</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="27"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="30"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="35"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="36"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="45"/>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="46"/>
        <source>Any permission</source>
        <translation>Toutes les autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="50"/>
        <source>In use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="51"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="51"/>
        <source>Given to users</source>
        <translation>Attribués à des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="51"/>
        <source>Unused</source>
        <translation>Inutilisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="55"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="60"/>
        <source>Search roles by label</source>
        <translation>Rechercher des rôles par libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="62"/>
        <source>No roles yet</source>
        <translation>Aucun rôle pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="63"/>
        <source>A role decides what its users may see and do.</source>
        <translation>Un rôle détermine ce que ses utilisateurs peuvent voir et faire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="67"/>
        <location filename="../../engage_desktop/views/roles_page.py" line="96"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="74"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="81"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="88"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="106"/>
        <source>1 role</source>
        <translation>1 rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="106"/>
        <source>%1 roles</source>
        <translation>%1 rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="138"/>
        <source>The role “%1” is given to 1 user.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» est attribué à 1 utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="140"/>
        <source>The role “%1” is given to %2 users.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» est attribué à %2 utilisateurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="144"/>
        <source>Give them another role before deleting it.</source>
        <translation>Attribuez-leur un autre rôle avant de le supprimer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="148"/>
        <location filename="../../engage_desktop/views/roles_page.py" line="150"/>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="149"/>
        <source>Delete the role “%1”?</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="151"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="160"/>
        <source>Given to users: give them another role first</source>
        <translation>Attribué à des utilisateurs&#xa0;: attribuez-leur d’abord un autre rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="162"/>
        <source>Delete the selected role</source>
        <translation>Supprimer le rôle sélectionné</translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="39"/>
        <source>Stored in the keyring — type to replace</source>
        <translation>Enregistré dans le trousseau — saisissez une valeur pour le remplacer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="39"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_connection_fields.py" line="41"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="106"/>
        <source>Sign in — Engage Desktop</source>
        <translation>Connexion — Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="107"/>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="111"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="108"/>
        <source>Use your e-mail address or nickname.</source>
        <translation>Utilisez votre adresse e-mail ou votre pseudo.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="109"/>
        <source>E-mail or nickname</source>
        <translation>E-mail ou pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="110"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="116"/>
        <source>Enter your e-mail address or nickname.</source>
        <translation>Saisissez votre adresse e-mail ou votre pseudo.</translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="43"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="45"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="60"/>
        <source>e.g. Formal, Chat</source>
        <translation>p. ex. Formelle, Chat</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="63"/>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="156"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="73"/>
        <source>Best regards,
The support team</source>
        <translation>Cordialement,
L’équipe d’assistance</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="77"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="78"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="79"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="80"/>
        <source>None ticked: used on every channel.</source>
        <translation>Si aucun n’est coché&#xa0;: utilisée sur tous les canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="81"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="83"/>
        <source>No signature yet. Add one to end this agent&apos;s replies with it.</source>
        <translation>Aucune signature pour l’instant. Ajoutez-en une pour terminer les réponses de cet agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="110"/>
        <source>New signature</source>
        <translation>Nouvelle signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="160"/>
        <source>every channel</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="162"/>
        <source>1 channel</source>
        <translation>1 canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="164"/>
        <source>%1 channels</source>
        <translation>%1 canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_agent_tabs.py" line="166"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>SourceEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/source_editor.py" line="25"/>
        <source>Edit channel “%1”</source>
        <translation>Modifier le canal «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SourceFormWidget</name>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="61"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="66"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="74"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="75"/>
        <location filename="../../engage_desktop/views/source_form.py" line="171"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="82"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="84"/>
        <source>Routing channels are managed in Routing › Routing channels.</source>
        <translation>Les canaux de routage se gèrent dans Routage › Canaux de routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="89"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="90"/>
        <source>Hide from statistics</source>
        <translation>Masquer dans les statistiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="95"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="109"/>
        <source>Routing and SLA</source>
        <translation>Routage et SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="114"/>
        <source>Default categories</source>
        <translation>Catégories par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="119"/>
        <source>Categories of agent-opened threads</source>
        <translation>Catégories des conversations ouvertes par un agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="127"/>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="129"/>
        <source>No business hours yet: create them in Settings › Business hours.</source>
        <translation>Aucune heure d’ouverture pour l’instant&#xa0;: créez-en dans Paramètres › Heures d’ouverture.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="133"/>
        <source>SLA: first reply within (minutes)</source>
        <translation>SLA&#xa0;: première réponse sous (minutes)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="137"/>
        <source>SLA warning at (%)</source>
        <translation>Alerte SLA à (%)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="139"/>
        <source>Share of the SLA time used when the task turns orange.</source>
        <translation>Part du délai SLA écoulée lorsque la tâche passe à l’orange.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="143"/>
        <source>Raise to maximum priority</source>
        <translation>Passer à la priorité maximale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="144"/>
        <source>Raise halfway to maximum</source>
        <translation>Augmenter à mi-chemin du maximum</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="145"/>
        <source>Keep the base priority</source>
        <translation>Conserver la priorité de base</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="150"/>
        <source>When the SLA expires</source>
        <translation>À l’expiration du SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="152"/>
        <source>Default task priority</source>
        <translation>Priorité par défaut des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="155"/>
        <source>Boost per new message</source>
        <translation>Bonus par nouveau message</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="159"/>
        <source>Boost for transferred tasks</source>
        <translation>Bonus pour les tâches transférées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="163"/>
        <source>Languages and archiving</source>
        <translation>Langues et archivage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="169"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="175"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="176"/>
        <source>Detect the language of incoming messages</source>
        <translation>Détecter la langue des messages entrants</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="179"/>
        <source>Archive messages</source>
        <translation>Archiver les messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="185"/>
        <source>Archive after (days)</source>
        <translation>Archiver après (jours)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="281"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="282"/>
        <source>Connecting to the IMAP and SMTP servers…</source>
        <translation>Connexion aux serveurs IMAP et SMTP…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="297"/>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_form.py" line="297"/>
        <source>The connection does not work yet.</source>
        <translation>La connexion ne fonctionne pas encore.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="19"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="20"/>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="21"/>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="22"/>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="23"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="24"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="25"/>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="26"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="27"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="28"/>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="29"/>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="30"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="31"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="32"/>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="33"/>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="34"/>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="35"/>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="36"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="37"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="38"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="39"/>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="40"/>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
</context>
<context>
    <name>SourceWizard</name>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="39"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="83"/>
        <source>Your role cannot create communities: ask an administrator to create one first.</source>
        <translation>Votre rôle ne permet pas de créer des communautés&#xa0;: demandez d’abord à un administrateur d’en créer une.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="100"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="104"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="108"/>
        <source>Create channel</source>
        <translation>Créer le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="111"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="187"/>
        <source>What kind of channel?</source>
        <translation>Quel type de canal&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="188"/>
        <source>A %1 community is needed</source>
        <translation>Une communauté %1 est nécessaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="189"/>
        <source>Set up the %1 channel</source>
        <translation>Configurer le canal %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="193"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="198"/>
        <source>There is no active %1 community yet. Every channel belongs to a community of its type, which holds the identities of its customers. Create one to go on.</source>
        <translation>Il n’existe encore aucune communauté %1 active. Chaque canal appartient à une communauté de son type, qui regroupe les identités de ses clients. Créez-en une pour continuer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/source_wizard.py" line="202"/>
        <source>Create a %1 community…</source>
        <translation>Créer une communauté %1…</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="63"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="86"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="66"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="73"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="74"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="75"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="92"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="78"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="87"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="91"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="92"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="92"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="96"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="100"/>
        <source>1 channel</source>
        <translation>1 canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="100"/>
        <source>%1 channels</source>
        <translation>%1 canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="101"/>
        <source>Search channels by name</source>
        <translation>Rechercher des canaux par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="103"/>
        <source>No channels yet</source>
        <translation>Aucun canal pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="105"/>
        <source>A channel is one connected account: a mailbox, a Facebook page, a web chat…</source>
        <translation>Un canal est un compte connecté&#xa0;: une boîte aux lettres, une page Facebook, un chat web…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="117"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="144"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="124"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="127"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="242"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="258"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="136"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="173"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="211"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="173"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="224"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="190"/>
        <source>Its conversations stop being routed to agents (routing channel “%1”).</source>
        <translation>Ses conversations ne sont plus routées vers les agents (canal de routage «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="194"/>
        <source>Its conversations stop being routed to agents.</source>
        <translation>Ses conversations ne sont plus routées vers les agents.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="198"/>
        <source>Incoming messages stop: nothing new is fetched from %1.</source>
        <translation>Les messages entrants s’arrêtent&#xa0;: plus rien n’est récupéré depuis %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="203"/>
        <source>Agents can no longer reply through it. Nothing is deleted; you can activate it again.</source>
        <translation>Les agents ne peuvent plus répondre par ce canal. Rien n’est supprimé&#xa0;; vous pourrez le réactiver.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="209"/>
        <source>Deactivate channel</source>
        <translation>Désactiver le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="210"/>
        <source>Deactivate the channel “%1”?</source>
        <translation>Désactiver le canal «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="222"/>
        <source>Activate channel</source>
        <translation>Activer le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="223"/>
        <source>Activate the channel “%1”?</source>
        <translation>Activer le canal «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="226"/>
        <source>Its messages will be fetched and routed to agents again, and agents may reply through it.</source>
        <translation>Ses messages seront de nouveau récupérés et routés vers les agents, qui pourront répondre par ce canal.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="243"/>
        <source>Connecting to the servers of “%1”…</source>
        <translation>Connexion aux serveurs de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="259"/>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="259"/>
        <source>The connection does not work yet.</source>
        <translation>La connexion ne fonctionne pas encore.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="33"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="34"/>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="35"/>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
</context>
<context>
    <name>TeamEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="71"/>
        <source>Edit team “%1”</source>
        <translation>Modifier l’équipe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="71"/>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="76"/>
        <source>e.g. Social media care</source>
        <translation>p. ex. Service client réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="78"/>
        <location filename="../../engage_desktop/views/team_editor.py" line="100"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="79"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="83"/>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="92"/>
        <source>Filter members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="100"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="100"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="100"/>
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="120"/>
        <source>Add members…</source>
        <translation>Ajouter des membres…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="124"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="153"/>
        <source>Leaders are members who lead the team</source>
        <translation>Les responsables sont des membres qui dirigent l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="154"/>
        <source>This user&apos;s account is disabled</source>
        <translation>Le compte de cet utilisateur est désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="203"/>
        <source>Add members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="204"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="206"/>
        <source>Already a member</source>
        <translation>Déjà membre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="254"/>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="256"/>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="259"/>
        <source>1 leader</source>
        <translation>1 responsable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="261"/>
        <source>%1 leaders</source>
        <translation>%1 responsables</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/team_editor.py" line="268"/>
        <source>No leader yet: tick “Leader” next to a member.</source>
        <translation>Aucun responsable pour l’instant&#xa0;: cochez «&#xa0;Responsable&#xa0;» en regard d’un membre.</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="29"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="30"/>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="31"/>
        <source>Led by</source>
        <translation>Dirigée par</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="32"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="35"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="40"/>
        <source>Search teams by name</source>
        <translation>Rechercher des équipes par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="41"/>
        <source>No teams yet</source>
        <translation>Aucune équipe pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="42"/>
        <source>A team groups agents under one or more leaders.</source>
        <translation>Une équipe regroupe des agents sous la direction d’un ou de plusieurs responsables.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="46"/>
        <location filename="../../engage_desktop/views/teams_page.py" line="68"/>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="53"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="60"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="75"/>
        <source>1 team</source>
        <translation>1 équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="75"/>
        <source>%1 teams</source>
        <translation>%1 équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="100"/>
        <source>Its member keeps their account.</source>
        <translation>Son membre conserve son compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="103"/>
        <source>Its %1 members keep their accounts.</source>
        <translation>Ses %1 membres conservent leur compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="106"/>
        <location filename="../../engage_desktop/views/teams_page.py" line="108"/>
        <source>Delete team</source>
        <translation>Supprimer l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="107"/>
        <source>Delete the team “%1”?</source>
        <translation>Supprimer l’équipe «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/teams_page.py" line="109"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="260"/>
        <source>team leader</source>
        <translation>responsable d’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="271"/>
        <source>You do not lead this team</source>
        <translation>Vous n’êtes pas responsable de cette équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="272"/>
        <source>Member of</source>
        <translation>Membre de</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="276"/>
        <source>Leaders are chosen on the Teams page. Taking a leader out of a team ends their leadership.</source>
        <translation>Les responsables se choisissent dans la page Équipes. Retirer un responsable d’une équipe met fin à sa responsabilité.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor_tabs.py" line="281"/>
        <source>No team yet: create teams in Users › Teams.</source>
        <translation>Aucune équipe pour l’instant&#xa0;: créez-en dans Utilisateurs › Équipes.</translation>
    </message>
</context>
<context>
    <name>UserBadges</name>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="45"/>
        <source>⚠ Cannot reply</source>
        <translation>⚠ Ne peut pas répondre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="33"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="36"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="38"/>
        <source>Invitation pending</source>
        <translation>Invitation en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="41"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="57"/>
        <source>Reply on %1, but no identity on the community %2.</source>
        <translation>Autorisé à répondre sur %1, mais aucune identité sur la communauté %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_badges.py" line="63"/>
        <source>Open the user&apos;s Identities tab to choose one.</source>
        <translation>Ouvrez l’onglet Identités de l’utilisateur pour en choisir une.</translation>
    </message>
</context>
<context>
    <name>UserEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="62"/>
        <source>Send invitation</source>
        <translation>Envoyer l’invitation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="62"/>
        <source>Create user</source>
        <translation>Créer l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="72"/>
        <source>Invite a user</source>
        <translation>Inviter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="72"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="74"/>
        <source>User “%1”</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="76"/>
        <source>Edit user “%1”</source>
        <translation>Modifier l’utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="81"/>
        <source>They receive an e-mail to choose their password; until then the invitation is pending. Only the profile and the role are required.</source>
        <translation>L’utilisateur reçoit un e-mail pour choisir son mot de passe&#xa0;; d’ici là, l’invitation reste en attente. Seuls le profil et le rôle sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="86"/>
        <source>Only the profile and the role are required.</source>
        <translation>Seuls le profil et le rôle sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="113"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="114"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="115"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="116"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="117"/>
        <source>Channel permissions</source>
        <translation>Autorisations par canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="118"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="119"/>
        <source>Agent capacity</source>
        <translation>Capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="120"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="154"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_editor.py" line="158"/>
        <source>Last sign-in: %1
Created %2</source>
        <translation>Dernière connexion&#xa0;: %1
Création&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="56"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="57"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="58"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="61"/>
        <source>Capacity now</source>
        <translation>Capacité actuelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="70"/>
        <source>Search by name, nickname or e-mail</source>
        <translation>Rechercher par nom, pseudo ou e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="150"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="162"/>
        <source>1 user</source>
        <translation>1 utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="162"/>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/user_picker.py" line="165"/>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>UsersBulkActions</name>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="101"/>
        <source>Role changed for 1 user.</source>
        <translation>Rôle modifié pour 1 utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="102"/>
        <source>Role changed for %1 users.</source>
        <translation>Rôle modifié pour %1 utilisateurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="105"/>
        <source>1 user added to the team.</source>
        <translation>1 utilisateur ajouté à l’équipe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="106"/>
        <source>%1 users added to the team.</source>
        <translation>%1 utilisateurs ajoutés à l’équipe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="109"/>
        <source>1 user taken out of the team.</source>
        <translation>1 utilisateur retiré de l’équipe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="110"/>
        <source>%1 users taken out of the team.</source>
        <translation>%1 utilisateurs retirés de l’équipe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="112"/>
        <source>1 user enabled.</source>
        <translation>1 utilisateur activé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="112"/>
        <source>%1 users enabled.</source>
        <translation>%1 utilisateurs activés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="113"/>
        <source>1 user disabled.</source>
        <translation>1 utilisateur désactivé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="113"/>
        <source>%1 users disabled.</source>
        <translation>%1 utilisateurs désactivés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="144"/>
        <location filename="../../engage_desktop/views/users_bulk.py" line="146"/>
        <source>Disable users</source>
        <translation>Désactiver des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="145"/>
        <source>Disable 1 user?</source>
        <translation>Désactiver 1 utilisateur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="145"/>
        <source>Disable %1 users?</source>
        <translation>Désactiver %1 utilisateurs&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_bulk.py" line="147"/>
        <source>They can no longer sign in or act until enabled again. Nobody is changed if one of them cannot be disabled.</source>
        <translation>Les utilisateurs concernés ne pourront plus se connecter ni agir tant qu’ils n’auront pas été réactivés. Aucun n’est modifié si l’un d’eux ne peut pas être désactivé.</translation>
    </message>
</context>
<context>
    <name>UsersImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="121"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="131"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="136"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="137"/>
        <source>Import users from “%1”</source>
        <translation>Importer des utilisateurs depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="142"/>
        <source>Only lines with problems</source>
        <translation>Seulement les lignes avec des problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="167"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="179"/>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="188"/>
        <source>All or nothing: import only if every line is valid</source>
        <translation>Tout ou rien&#xa0;: importer seulement si toutes les lignes sont valides</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="208"/>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="211"/>
        <source>%1 ready to import</source>
        <translation>%1 à importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="214"/>
        <source>%1 with problems</source>
        <translation>%1 avec des problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="216"/>
        <source>%1 lines:</source>
        <translation>%1 lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="225"/>
        <source>Import 1 user</source>
        <translation>Importer 1 utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="227"/>
        <source>Import %1 users</source>
        <translation>Importer %1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="231"/>
        <source>Correct the file, then import it again.</source>
        <translation>Corrigez le fichier, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="234"/>
        <source>Every line must be valid: correct the lines with problems, or untick “All or nothing”.</source>
        <translation>Toutes les lignes doivent être valides&#xa0;: corrigez les lignes avec des problèmes ou décochez «&#xa0;Tout ou rien&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="237"/>
        <source>The lines with problems are left out; nothing is written if you cancel.</source>
        <translation>Les lignes avec des problèmes sont ignorées&#xa0;; rien n’est enregistré si vous annulez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="239"/>
        <source>Every line is valid.</source>
        <translation>Toutes les lignes sont valides.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="267"/>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="267"/>
        <source>Creating the users…</source>
        <translation>Création des utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="268"/>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_import_dialog.py" line="272"/>
        <source>The import was cancelled; no user was created.</source>
        <translation>L’import a été annulé&#xa0;; aucun utilisateur n’a été créé.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="60"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="61"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="62"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="63"/>
        <location filename="../../engage_desktop/views/users_page.py" line="111"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="64"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="65"/>
        <location filename="../../engage_desktop/views/users_page.py" line="115"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="74"/>
        <source>Search name, e-mail…</source>
        <translation>Rechercher un nom, un e-mail…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="77"/>
        <source>Users appear here once they are created, invited or imported.</source>
        <translation>Les utilisateurs apparaissent ici dès qu’ils sont créés, invités ou importés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="97"/>
        <location filename="../../engage_desktop/views/users_page.py" line="166"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="112"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="118"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="120"/>
        <source>Invitation pending</source>
        <translation>Invitation en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="121"/>
        <source>Cannot reply</source>
        <translation>Ne peut pas répondre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="124"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="140"/>
        <location filename="../../engage_desktop/views/users_page.py" line="230"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="194"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="201"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="311"/>
        <source>Invitation sent again to %1.</source>
        <translation>Invitation renvoyée à %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="328"/>
        <location filename="../../engage_desktop/views/users_page.py" line="335"/>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="329"/>
        <source>%1 cannot be deleted. Disable them instead?</source>
        <translation>Impossible de supprimer %1. Désactiver ce compte à la place&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="342"/>
        <location filename="../../engage_desktop/views/users_page.py" line="344"/>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="343"/>
        <source>Delete %1 (%2)?</source>
        <translation>Supprimer %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="345"/>
        <source>They never handled work, so nothing in the history names them. The deletion is written to the audit journal and cannot be undone.</source>
        <translation>Cette personne n’a jamais traité de travail&#xa0;: rien dans l’historique ne la mentionne. La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="66"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="117"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="119"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="69"/>
        <location filename="../../engage_desktop/views/users_page.py" line="131"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="76"/>
        <source>No users yet</source>
        <translation>Aucun utilisateur pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="141"/>
        <location filename="../../engage_desktop/views/users_page.py" line="233"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="142"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="143"/>
        <location filename="../../engage_desktop/views/users_page.py" line="242"/>
        <source>Bulk actions</source>
        <translation>Actions groupées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="146"/>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="147"/>
        <source>Add to team…</source>
        <translation>Ajouter à une équipe…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="149"/>
        <source>Remove from team…</source>
        <translation>Retirer d’une équipe…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="153"/>
        <location filename="../../engage_desktop/views/users_page.py" line="233"/>
        <location filename="../../engage_desktop/views/users_page.py" line="287"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="154"/>
        <location filename="../../engage_desktop/views/users_page.py" line="287"/>
        <source>Disable…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="159"/>
        <source>Import / export</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="161"/>
        <source>Import users from CSV…</source>
        <translation>Importer des utilisateurs depuis un CSV…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="163"/>
        <source>Export the listed users to CSV…</source>
        <translation>Exporter les utilisateurs affichés en CSV…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="165"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="187"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="73"/>
        <source>1 user</source>
        <translation>1 utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="73"/>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="207"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="230"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="240"/>
        <source>Bulk actions (%1)</source>
        <translation>Actions groupées (%1)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="279"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="279"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="281"/>
        <source>Choose identities…</source>
        <translation>Choisir des identités…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="283"/>
        <source>Resend the invitation</source>
        <translation>Renvoyer l’invitation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="289"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="300"/>
        <location filename="../../engage_desktop/views/users_page.py" line="302"/>
        <location filename="../../engage_desktop/views/users_page.py" line="330"/>
        <source>Disable user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="301"/>
        <source>Disable %1 (%2)?</source>
        <translation>Désactiver %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="303"/>
        <source>They can no longer sign in or act until enabled again. Their history is kept.</source>
        <translation>Cette personne ne pourra plus se connecter ni agir tant qu’elle n’aura pas été réactivée. Son historique est conservé.</translation>
    </message>
</context>
<context>
    <name>UsersTransfer</name>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="40"/>
        <location filename="../../engage_desktop/views/users_transfer.py" line="67"/>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="40"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="67"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="85"/>
        <source>1 user imported.</source>
        <translation>1 utilisateur importé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="85"/>
        <source>%1 users imported.</source>
        <translation>%1 utilisateurs importés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="88"/>
        <source>1 line left out.</source>
        <translation>1 ligne ignorée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="88"/>
        <source>%1 lines left out.</source>
        <translation>%1 lignes ignorées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="93"/>
        <source>CSV for spreadsheets (Excel) (*.csv)</source>
        <translation>CSV pour tableurs (Excel) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="94"/>
        <source>CSV for BI tools (UTF-8, comma, 1/0) (*.csv)</source>
        <translation>CSV pour outils décisionnels (UTF-8, virgule, 1/0) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="96"/>
        <location filename="../../engage_desktop/views/users_transfer.py" line="113"/>
        <source>Export users</source>
        <translation>Exporter des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="113"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="118"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="124"/>
        <source>1 user exported to %2.</source>
        <translation>1 utilisateur exporté dans %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_transfer.py" line="125"/>
        <source>%1 users exported to %2.</source>
        <translation>%1 utilisateurs exportés dans %2.</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="52"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="66"/>
        <source>Database…</source>
        <translation>Base de données…</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Search categories by name</source>
        <translation>Rechercher une catégorie par nom</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>No categories yet. Categories tell what a message is about; agents&apos; categories act as skills.</source>
        <translation>Aucune catégorie pour l’instant. Les catégories disent de quoi parle un message ; celles d’un agent lui servent de compétences.</translation>
    </message>
    <message>
        <source>%1 categories match</source>
        <translation>%1 catégories correspondent</translation>
    </message>
    <message>
        <source>%1 categories</source>
        <translation>%1 catégories</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Déplacement impossible</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>Delete the category “%1”?</source>
        <translation>Supprimer la catégorie « %1 » ?</translation>
    </message>
    <message>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est inscrite au journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>Importer des catégories</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Import : %1 créées, %2 modifiées, %3 inchangées.</translation>
    </message>
    <message>
        <source>Export categories</source>
        <translation>Exporter les catégories</translation>
    </message>
</context>
<context>
    <name>CategoryDeleteDialog</name>
    <message>
        <source>Delete category “%1”</source>
        <translation>Supprimer la catégorie « %1 »</translation>
    </message>
    <message>
        <source>“%1” has %2 subcategories. What happens to them?</source>
        <translation>« %1 » a %2 sous-catégories. Que deviennent-elles ?</translation>
    </message>
    <message>
        <source>Move them up to the parent</source>
        <translation>Les remonter sous le parent</translation>
    </message>
    <message>
        <source>Move them under another category:</source>
        <translation>Les déplacer sous une autre catégorie :</translation>
    </message>
    <message>
        <source>Delete them too (%1 categories in all)</source>
        <translation>Les supprimer aussi (%1 catégories en tout)</translation>
    </message>
    <message>
        <source>%1 user(s) as a skill</source>
        <translation>%1 utilisateur(s) comme compétence</translation>
    </message>
    <message>
        <source>%1 channel(s) as a default category</source>
        <translation>%1 canal(aux) comme catégorie par défaut</translation>
    </message>
    <message>
        <source>%1 routing channel(s) for auto-complete</source>
        <translation>%1 canal(aux) de routage pour la clôture automatique</translation>
    </message>
    <message>
        <source>%1 rule(s)</source>
        <translation>%1 règle(s)</translation>
    </message>
    <message>
        <source>%1 topology(ies)</source>
        <translation>%1 topologie(s)</translation>
    </message>
    <message>
        <source>In use by %1. These references are removed with it.</source>
        <translation>Utilisée par %1. Ces références sont retirées avec elle.</translation>
    </message>
    <message>
        <source>Every change is written to the audit journal and cannot be undone.</source>
        <translation>Chaque modification est inscrite au journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>CategoryEditorDialog</name>
    <message>
        <source>Edit category “%1”</source>
        <translation>Modifier la catégorie « %1 »</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>Mandatory (an agent must pick one of this branch before closing)</source>
        <translation>Obligatoire (l’agent doit en choisir une de cette branche avant de clore)</translation>
    </message>
    <message>
        <source>Multiple (several subcategories may be picked together)</source>
        <translation>Multiple (plusieurs sous-catégories peuvent être choisies ensemble)</translation>
    </message>
    <message>
        <source>Unselectable (a grouping node only)</source>
        <translation>Non sélectionnable (simple regroupement)</translation>
    </message>
    <message>
        <source>Post-qualification</source>
        <translation>Post-qualification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Channels where agents may pick it; none ticked means every channel.</source>
        <translation>Canaux où les agents peuvent la choisir ; aucun coché signifie tous les canaux.</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Rules, topologies</source>
        <translation>Règles, topologies</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>multiple</source>
        <translation>multiple</translation>
    </message>
    <message>
        <source>unselectable</source>
        <translation>non sélectionnable</translation>
    </message>
    <message>
        <source>post-qualification</source>
        <translation>post-qualification</translation>
    </message>
</context>
<context>
    <name>RoutingChannelEditorDialog</name>
    <message>
        <source>Time an agent has to reply.</source>
        <translation>Temps dont dispose un agent pour répondre.</translation>
    </message>
    <message>
        <source>Share of replies within the agent SLA to aim for.</source>
        <translation>Part des réponses dans le SLA agent à viser.</translation>
    </message>
    <message>
        <source>Edit routing channel “%1”</source>
        <translation>Modifier le canal de routage « %1 »</translation>
    </message>
    <message>
        <source>New routing channel</source>
        <translation>Nouveau canal de routage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Soft capability</source>
        <translation>Capacité souple</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>Tasks an agent gets pushed at most.</source>
        <translation>Tâches poussées au plus à un agent.</translation>
    </message>
    <message>
        <source>Hard capability</source>
        <translation>Capacité maximale</translation>
    </message>
    <message>
        <source>Upper bound, transfers included.</source>
        <translation>Limite haute, transferts compris.</translation>
    </message>
    <message>
        <source>Task timeout</source>
        <translation>Délai d’acceptation</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Time to accept before the task moves on.</source>
        <translation>Temps pour accepter avant que la tâche passe à un autre.</translation>
    </message>
    <message>
        <source>Auto-complete after</source>
        <translation>Clôture automatique après</translation>
    </message>
    <message>
        <source>0 = never.</source>
        <translation>0 = jamais.</translation>
    </message>
    <message>
        <source>Agent SLA</source>
        <translation>SLA agent</translation>
    </message>
    <message>
        <source>SLA threshold</source>
        <translation>Seuil de SLA</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>A channel belongs to one routing channel; one shown with another&apos;s name moves here.</source>
        <translation>Un canal appartient à un seul canal de routage ; celui affiché avec le nom d’un autre est déplacé ici.</translation>
    </message>
    <message>
        <source>Auto-complete categories</source>
        <translation>Catégories de clôture automatique</translation>
    </message>
    <message>
        <source>Move channels</source>
        <translation>Déplacer des canaux</translation>
    </message>
    <message>
        <source>These channels leave their routing channel for this one: %1</source>
        <translation>Ces canaux quittent leur canal de routage pour celui-ci : %1</translation>
    </message>
    <message>
        <source>Move them</source>
        <translation>Les déplacer</translation>
    </message>
</context>
<context>
    <name>RoutingChannelsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Souple</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Routing channels</source>
        <translation>Canaux de routage</translation>
    </message>
    <message>
        <source>1 routing channel</source>
        <translation>1 canal de routage</translation>
    </message>
    <message>
        <source>%1 routing channels</source>
        <translation>%1 canaux de routage</translation>
    </message>
    <message>
        <source>Search routing channels by name</source>
        <translation>Rechercher un canal de routage par nom</translation>
    </message>
    <message>
        <source>No routing channels yet</source>
        <translation>Aucun canal de routage pour l’instant</translation>
    </message>
    <message>
        <source>A routing channel groups channels that share capacity, timeouts and SLA.</source>
        <translation>Un canal de routage regroupe des canaux qui partagent capacité, délais et SLA.</translation>
    </message>
    <message>
        <source>New routing channel</source>
        <translation>Nouveau canal de routage</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete routing channel</source>
        <translation>Supprimer le canal de routage</translation>
    </message>
    <message>
        <source>Delete the routing channel “%1”? Its channels stay, in no routing channel.</source>
        <translation>Supprimer le canal de routage « %1 » ? Ses canaux restent, sans canal de routage.</translation>
    </message>
    <message>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est inscrite au journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
</TS>
