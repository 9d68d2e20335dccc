<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountSettingsPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="18"/>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="19"/>
        <source>How the whole account works. Every change is written to the audit journal.</source>
        <translation>Le fonctionnement de l’ensemble du compte. Chaque modification est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="24"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="25"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="28"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="30"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="31"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="32"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="39"/>
        <source>Weeks start on</source>
        <translation>Début de semaine</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="42"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="43"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="44"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="49"/>
        <source>Content languages</source>
        <translation>Langues des contenus</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="51"/>
        <source>Language codes separated by commas, e.g. fr, en, de.</source>
        <translation>Codes de langue séparés par des virgules, p. ex. fr, en, de.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="55"/>
        <source>Several languages per message</source>
        <translation>Plusieurs langues par message</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="57"/>
        <source>Agent interface</source>
        <translation>Interface agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="61"/>
        <source>Routing mode: push work to agents as tasks</source>
        <translation>Mode routage&#xa0;: distribuer le travail aux agents sous forme de tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="69"/>
        <source>A task is urgent after</source>
        <translation>Une tâche devient urgente après</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="70"/>
        <source> % of its SLA</source>
        <translation> % de son SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="74"/>
        <source>Close idle interventions after</source>
        <translation>Fermer les interventions inactives après</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="75"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="75"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="80"/>
        <source>Merge identities of the same customer</source>
        <translation>Fusionner les identités d’un même client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="85"/>
        <source>Agents may reply as any company identity</source>
        <translation>Les agents peuvent répondre avec n’importe quelle identité de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="88"/>
        <source>Spell-check replies</source>
        <translation>Vérifier l’orthographe des réponses</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="91"/>
        <source>Track agent activity</source>
        <translation>Suivre l’activité des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="95"/>
        <source>Away after</source>
        <translation>Absent après</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="96"/>
        <source> minutes without activity</source>
        <translation> minutes sans activité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="116"/>
        <source>Inbox mode: agents pick work from folders.</source>
        <translation>Mode boîte de réception&#xa0;: les agents prennent le travail dans des dossiers.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/account_page.py" line="151"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/action_bar.py" line="27"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/action_bar.py" line="30"/>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/action_bar.py" line="31"/>
        <source>The actions that do not fit in the window</source>
        <translation>Les actions qui ne tiennent pas dans la fenêtre</translation>
    </message>
</context>
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
    <name>ApiTokenDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="31"/>
        <source>Create token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="36"/>
        <source>New API access token</source>
        <translation>Nouveau jeton d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="36"/>
        <source>Edit API access token</source>
        <translation>Modifier le jeton d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="38"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="41"/>
        <source>e.g. Website chat intake</source>
        <translation>p. ex. Réception du chat du site web</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="44"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="53"/>
        <source>Acts as</source>
        <translation>Agit en tant que</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="56"/>
        <source>The token can do what this user&apos;s role allows. Only users with no more permissions than yours.</source>
        <translation>Le jeton peut faire ce que le rôle de cet utilisateur permet. Seuls les utilisateurs n’ayant pas plus de permissions que vous.</translation>
    </message>
</context>
<context>
    <name>ApiTokensPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="120"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="122"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="123"/>
        <source>Acts as</source>
        <translation>Agit en tant que</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="124"/>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="132"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="124"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="124"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="125"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="126"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="131"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="132"/>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="132"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="136"/>
        <source>API access tokens</source>
        <translation>Jetons d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="141"/>
        <source>Search tokens by label</source>
        <translation>Rechercher des jetons par libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="143"/>
        <source>No API access tokens</source>
        <translation>Aucun jeton d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="144"/>
        <source>A token lets a program (the local intake, a script) act as one user.</source>
        <translation>Un jeton permet à un programme (la réception locale, un script) d’agir en tant qu’un utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="149"/>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="167"/>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="156"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="159"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="175"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="199"/>
        <source>Revoke API access token</source>
        <translation>Révoquer le jeton d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="200"/>
        <source>Revoke the token “%1”?</source>
        <translation>Révoquer le jeton «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="201"/>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="202"/>
        <source>Programs using it are refused at once. The revocation is written to the audit journal.</source>
        <translation>Les programmes qui l’utilisent sont refusés immédiatement. La révocation est inscrite au journal d’audit.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../engage_desktop/app.py" line="231"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="335"/>
        <source>Signing in to the demo database as its administrator…</source>
        <translation>Connexion à la base de démonstration en tant qu’administrateur…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="370"/>
        <source>Cannot open the main window</source>
        <translation>Impossible d’ouvrir la fenêtre principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="221"/>
        <source>The database was upgraded from schema %1 to %2.</source>
        <translation>La base de données a été mise à jour du schéma %1 au schéma %2.</translation>
    </message>
</context>
<context>
    <name>AssignTaskDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="73"/>
        <source>Assign task #%1</source>
        <translation>Attribuer la tâche n° %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="77"/>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="78"/>
        <source>Search agents</source>
        <translation>Rechercher des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="82"/>
        <source>Agents who may take this task</source>
        <translation>Agents pouvant prendre cette tâche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="84"/>
        <source>%1 — %2 (%3, hard capacity %4)</source>
        <translation>%1 — %2 (%3, capacité maximale %4)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="95"/>
        <source>Least busy first. A supervisor may assign up to the agent&apos;s hard capacity.</source>
        <translation>Les moins occupés d’abord. Un superviseur peut attribuer jusqu’à la capacité maximale de l’agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="97"/>
        <source>No connected agent may take this task now.</source>
        <translation>Aucun agent connecté ne peut prendre cette tâche pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="101"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>AutomatedExportEditor</name>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="48"/>
        <source>Automated export</source>
        <translation>Export automatique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="57"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="61"/>
        <source>At (hour, your time zone)</source>
        <translation>À (heure, votre fuseau horaire)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="64"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="66"/>
        <source>Everything (complete)</source>
        <translation>Tout (complet)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="67"/>
        <source>Created in the past day</source>
        <translation>Créées dans la dernière journée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="68"/>
        <source>Created in the past week</source>
        <translation>Créées dans la dernière semaine</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="69"/>
        <source>Created in the past month</source>
        <translation>Créées dans le dernier mois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="73"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="76"/>
        <source>Excel, English</source>
        <translation>Excel, anglais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="77"/>
        <source>Excel, French</source>
        <translation>Excel, français</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="82"/>
        <source>Exports and columns</source>
        <translation>Exports et colonnes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="97"/>
        <source>%1 (sensitive)</source>
        <translation>%1 (sensible)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="108"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="111"/>
        <source>{label} (the task&apos;s name), {year}, {month}, {day}, {export_name}; “.csv” or “.zip” is added.</source>
        <translation>{label} (le nom de la tâche), {year}, {month}, {day}, {export_name}&#xa0;; «&#xa0;.csv&#xa0;» ou «&#xa0;.zip&#xa0;» est ajouté.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="114"/>
        <source>One zip file for all the exports</source>
        <translation>Un seul fichier zip pour tous les exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="116"/>
        <source>Send to</source>
        <translation>Envoyer vers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="117"/>
        <source>A folder</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="118"/>
        <source>An SFTP server</source>
        <translation>Un serveur SFTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="124"/>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="129"/>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="174"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="125"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="130"/>
        <source>SFTP host</source>
        <translation>Hôte SFTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="131"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="134"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="135"/>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="136"/>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="137"/>
        <source>A password</source>
        <translation>Un mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="138"/>
        <source>A private key</source>
        <translation>Une clé privée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="140"/>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="143"/>
        <source>Password or passphrase</source>
        <translation>Mot de passe ou phrase secrète</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="145"/>
        <source>Kept in the system keyring. Leave empty to keep the stored one.</source>
        <translation>Conservé dans le trousseau du système. Laissez vide pour garder celui enregistré.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="156"/>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="230"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="158"/>
        <source>Test the SFTP connection</source>
        <translation>Tester la connexion SFTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="162"/>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="223"/>
        <source>Server&apos;s host key</source>
        <translation>Clé d’hôte du serveur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="164"/>
        <source>Run on schedule</source>
        <translation>Exécuter selon la planification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="221"/>
        <source>Not checked yet: test the connection to see the server&apos;s key and trust it.</source>
        <translation>Pas encore vérifiée&#xa0;: testez la connexion pour voir la clé du serveur et lui faire confiance.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="231"/>
        <source>Connecting to the SFTP server…</source>
        <translation>Connexion au serveur SFTP…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="255"/>
        <source>%1 (trusted; the connection works)</source>
        <translation>%1 (reconnue comme fiable&#xa0;; la connexion fonctionne)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="261"/>
        <source>The SFTP server now shows another host key: %1. Trust this new key?</source>
        <translation>Le serveur SFTP présente maintenant une autre clé d’hôte&#xa0;: %1. Faire confiance à cette nouvelle clé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="263"/>
        <source>The SFTP server identifies itself with the host key %1. Trust this key?</source>
        <translation>Le serveur SFTP s’identifie avec la clé d’hôte %1. Faire confiance à cette clé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="267"/>
        <source>SFTP server&apos;s host key</source>
        <translation>Clé d’hôte du serveur SFTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="269"/>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="271"/>
        <source>Compare it with the fingerprint your server&apos;s administrator gives you (ssh-keygen -lf on the server&apos;s key). Once saved, a run that meets another key fails without sending anything.</source>
        <translation>Comparez-la avec l’empreinte que vous donne l’administrateur de votre serveur (ssh-keygen -lf sur la clé du serveur). Une fois la clé enregistrée, une exécution qui rencontre une autre clé échoue sans rien envoyer.</translation>
    </message>
</context>
<context>
    <name>AutomatedExports</name>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="38"/>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="39"/>
        <source>Every Monday</source>
        <translation>Chaque lundi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/automated_export_editor.py" line="40"/>
        <source>1st of the month</source>
        <translation>Le 1er du mois</translation>
    </message>
</context>
<context>
    <name>BulkChoiceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="42"/>
        <source>holds permissions your role lacks</source>
        <translation>comporte des autorisations dont votre rôle ne dispose pas</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="46"/>
        <source>Choose a role</source>
        <translation>Choisissez un rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="48"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
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
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="41"/>
        <source>Change the role of %Ln user(s)</source>
        <translation>
            <numerusform>Changer le rôle de %Ln utilisateur</numerusform>
            <numerusform>Changer le rôle de %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="52"/>
        <source>Add %Ln user(s) to a team</source>
        <translation>
            <numerusform>Ajouter %Ln utilisateur à une équipe</numerusform>
            <numerusform>Ajouter %Ln utilisateurs à une équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="54"/>
        <source>Remove %Ln user(s) from a team</source>
        <translation>
            <numerusform>Retirer %Ln utilisateur d’une équipe</numerusform>
            <numerusform>Retirer %Ln utilisateurs d’une équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="64"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
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
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="75"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="76"/>
        <source>Add to team</source>
        <translation>Ajouter à l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="76"/>
        <source>Remove from team</source>
        <translation>Retirer de l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="83"/>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="83"/>
        <source>Choose a team.</source>
        <translation>Choisissez une équipe.</translation>
    </message>
</context>
<context>
    <name>BundleDiffView</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="57"/>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="126"/>
        <source>Compare with a bundle</source>
        <translation>Comparer avec un lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="60"/>
        <source>No bundle chosen.</source>
        <translation>Aucun lot de configuration choisi.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="62"/>
        <source>&amp;Choose a bundle…</source>
        <translation>&amp;Choisir un lot de configuration…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="64"/>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="112"/>
        <source>Choose a bundle</source>
        <translation>Choisir un lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="76"/>
        <source>Objects that differ</source>
        <translation>Objets qui diffèrent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="77"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="77"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="85"/>
        <source>Fields of the selected object</source>
        <translation>Champs de l’objet sélectionné</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="86"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="86"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="86"/>
        <source>In the bundle</source>
        <translation>Dans le lot</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="93"/>
        <source>Problems of the bundle</source>
        <translation>Problèmes du lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="112"/>
        <source>Bundles (*.zip manifest.json)</source>
        <translation>Lots de configuration (*.zip manifest.json)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="126"/>
        <source>Reading and comparing the bundle…</source>
        <translation>Lecture et comparaison du lot de configuration…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="144"/>
        <source>This bundle cannot be used; nothing was changed.</source>
        <translation>Ce lot de configuration est inutilisable&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="158"/>
        <source>The bundle and this configuration are the same.</source>
        <translation>Le lot de configuration et cette configuration sont identiques.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="161"/>
        <source>In the bundle: %n added,</source>
        <translation>
            <numerusform>Dans le lot de configuration&#xa0;: %n ajouté,</numerusform>
            <numerusform>Dans le lot de configuration&#xa0;: %n ajoutés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="161"/>
        <source>%n missing from it,</source>
        <translation>
            <numerusform>%n absent,</numerusform>
            <numerusform>%n absents,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="162"/>
        <source>%n changed.</source>
        <translation>
            <numerusform>%n modifié.</numerusform>
            <numerusform>%n modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="170"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="173"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/diff_view.py" line="176"/>
        <source>not in the bundle</source>
        <translation>absent du lot</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="35"/>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="118"/>
        <source>Export configuration to a bundle</source>
        <translation>Exporter la configuration vers un lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="39"/>
        <source>Zip bundle (*.zip)</source>
        <translation>Lot de configuration zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="40"/>
        <source>New bundle folder (*)</source>
        <translation>Nouveau dossier de lot de configuration (*)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="119"/>
        <source>Writing the configuration to %1…</source>
        <translation>Écriture de la configuration dans %1…</translation>
    </message>
</context>
<context>
    <name>BundleFileActions</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="39"/>
        <source>E&amp;xport configuration to a bundle…</source>
        <translation>E&amp;xporter la configuration vers un lot de configuration…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="42"/>
        <source>&amp;Import a bundle into a workspace…</source>
        <translation>&amp;Importer un lot de configuration dans un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="45"/>
        <source>Mer&amp;ge this workspace into…</source>
        <translation>&amp;Fusionner cet espace de travail dans…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="68"/>
        <source>Workspace: %1 — Engage Desktop — %2</source>
        <translation>Espace de travail&#xa0;: %1 — Engage Desktop — %2</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="73"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="74"/>
        <source>Workspace (not the main database): %1</source>
        <translation>Espace de travail (pas la base de données principale)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/file_menu.py" line="79"/>
        <source>This is the workspace %1, not the main database: changes stay in this file until you merge them (File › Merge this workspace into…).</source>
        <translation>Ceci est l’espace de travail %1, pas la base de données principale&#xa0;: les modifications restent dans ce fichier jusqu’à ce que vous les fusionniez (Fichier › Fusionner cet espace de travail dans…).</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="46"/>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
</context>
<context>
    <name>BusinessHoursPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="30"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="31"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="32"/>
        <source>Open days</source>
        <translation>Jours d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="34"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="36"/>
        <source>Sources</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="37"/>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="44"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="37"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="37"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="38"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="43"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="44"/>
        <source>All time sheets</source>
        <translation>Tous les calendriers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="44"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="48"/>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="53"/>
        <source>Search time sheets by label</source>
        <translation>Rechercher des calendriers par libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="55"/>
        <source>No time sheets</source>
        <translation>Aucun calendrier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="57"/>
        <source>A time sheet says when sources are open: hours per weekday, holidays and a time zone. Routing deadlines count only open time.</source>
        <translation>Un calendrier indique quand les canaux sont ouverts&#xa0;: horaires par jour de la semaine, jours fériés et fuseau horaire. Les délais de routage ne comptent que le temps d’ouverture.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="64"/>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="89"/>
        <source>New time sheet</source>
        <translation>Nouveau calendrier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="71"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="74"/>
        <source>Import holidays…</source>
        <translation>Importer des jours fériés…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="81"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="97"/>
        <source>1 time sheet</source>
        <translation>1 calendrier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="99"/>
        <source>%1 time sheets</source>
        <translation>%1 calendriers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="123"/>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="146"/>
        <source>Import holidays</source>
        <translation>Importer des jours fériés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="125"/>
        <source>Holidays (*.csv *.ics *.txt);;All files (*)</source>
        <translation>Jours fériés (*.csv *.ics *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="143"/>
        <source>%Ln holiday(s) added to “%1”.</source>
        <translation>
            <numerusform>%Ln jour férié ajouté à «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln jours fériés ajoutés à «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="156"/>
        <source>%Ln source(s) use it and will have no business hours (always open). The deletion is written to the audit journal.</source>
        <translation>
            <numerusform>%Ln canal l’utilise et n’aura plus d’heures d’ouverture (toujours ouvert). La suppression est inscrite au journal d’audit.</numerusform>
            <numerusform>%Ln canaux l’utilisent et n’auront plus d’heures d’ouverture (toujours ouverts). La suppression est inscrite au journal d’audit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="152"/>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="154"/>
        <source>Delete time sheet</source>
        <translation>Supprimer le calendrier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/business_hours_page.py" line="153"/>
        <source>Delete the time sheet “%1”?</source>
        <translation>Supprimer le calendrier «&#xa0;%1&#xa0;»&#xa0;?</translation>
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
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="30"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="37"/>
        <source>Default / maximum per channel</source>
        <translation>Par défaut / maximum par canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="38"/>
        <source>No override</source>
        <translation>Aucune limite redéfinie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="42"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="43"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="45"/>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="47"/>
        <source>Agent capacities</source>
        <translation>Capacités des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="52"/>
        <source>Search capacities by name</source>
        <translation>Rechercher des capacités par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="53"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="54"/>
        <source>No agent capacities yet</source>
        <translation>Aucune capacité d’agent pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="56"/>
        <source>A capacity sets, per routing channel, how many tasks the agents given it take at once.</source>
        <translation>Une capacité fixe, pour chaque canal de routage, le nombre de tâches que les agents qui en disposent traitent simultanément.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="61"/>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="79"/>
        <source>New capacity</source>
        <translation>Nouvelle capacité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="68"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="71"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="92"/>
        <source>%Ln capacity(ies)</source>
        <translation>
            <numerusform>%Ln capacité</numerusform>
            <numerusform>%Ln capacités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="127"/>
        <source>It is given to %Ln user(s), who will have none.</source>
        <translation>
            <numerusform>Elle est attribuée à %Ln utilisateur, qui n’en aura plus aucune.</numerusform>
            <numerusform>Elle est attribuée à %Ln utilisateurs, qui n’en auront plus aucune.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="120"/>
        <source>Delete agent capacity</source>
        <translation>Supprimer la capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="121"/>
        <source>Delete the agent capacity “%1”?</source>
        <translation>Supprimer la capacité d’agent «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="122"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="124"/>
        <source>Delete capacity</source>
        <translation>Supprimer la capacité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="128"/>
        <source>The routing channels&apos; own capacities then apply to them.</source>
        <translation>Les capacités propres aux canaux de routage s’appliqueront alors.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacities_page.py" line="129"/>
        <source>Take away and delete</source>
        <translation>Retirer et supprimer</translation>
    </message>
</context>
<context>
    <name>CapacityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="108"/>
        <source>Edit agent capacity “%1”</source>
        <translation>Modifier la capacité d’agent «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="110"/>
        <source>New agent capacity</source>
        <translation>Nouvelle capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="115"/>
        <source>e.g. Senior agents</source>
        <translation>p. ex. Agents confirmés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="117"/>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="190"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="119"/>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="190"/>
        <source>Limits per routing channel</source>
        <translation>Limites par canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="124"/>
        <source>Tick the channels this capacity overrides; the others keep the routing channel&apos;s own capacity.</source>
        <translation>Cochez les canaux dont cette capacité redéfinit les limites&#xa0;; les autres conservent la capacité propre à leur canal de routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="127"/>
        <source>There are no routing channels yet: limits can be set once channels exist.</source>
        <translation>Il n’existe encore aucun canal de routage&#xa0;: les limites pourront être définies une fois les canaux créés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="145"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="178"/>
        <source>None: each routing channel&apos;s own capacity</source>
        <translation>Aucune&#xa0;: capacité propre à chaque canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="182"/>
        <source>Agent capacity</source>
        <translation>Capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="187"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="187"/>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="202"/>
        <source>Tasks pushed</source>
        <translation>Tâches distribuées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="187"/>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="202"/>
        <source>At most</source>
        <translation>Au maximum</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="234"/>
        <source>Without an agent capacity, each routing channel&apos;s own soft and hard capacity applies.</source>
        <translation>Sans capacité d’agent, ce sont la capacité normale et la capacité maximale propres à chaque canal de routage qui s’appliquent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="238"/>
        <source>Routing pushes this agent up to “Tasks pushed” tasks per channel; transfers by hand can reach “At most”. Other routing channels keep their own capacity.</source>
        <translation>Le routage distribue à cet agent jusqu’à «&#xa0;Tâches distribuées&#xa0;» tâches par canal&#xa0;; les transferts manuels peuvent atteindre «&#xa0;Au maximum&#xa0;». Les autres canaux de routage conservent leur propre capacité.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="241"/>
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
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="198"/>
        <source>Given to %Ln user(s)</source>
        <translation>
            <numerusform>Attribuée à %Ln utilisateur</numerusform>
            <numerusform>Attribuée à %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_users.py" line="205"/>
        <source>on save: %1</source>
        <translation>à l’enregistrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="427"/>
        <source>Exporting the categories…</source>
        <translation>Export des catégories…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="377"/>
        <source>Importing the categories…</source>
        <translation>Import des catégories…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="189"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="175"/>
        <source>Search categories by name</source>
        <translation>Rechercher une catégorie par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="181"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="183"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="185"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="187"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="188"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="217"/>
        <source>No categories yet. Categories tell what a message is about; agents&apos; categories act as skills.</source>
        <translation>Aucune catégorie pour l’instant. Les catégories disent de quoi parle un message&#xa0;; celles d’un agent lui servent de compétences.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="266"/>
        <source>%Ln matching category(ies)</source>
        <translation>
            <numerusform>%Ln catégorie correspondante</numerusform>
            <numerusform>%Ln catégories correspondantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="268"/>
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln catégorie</numerusform>
            <numerusform>%Ln catégories</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="301"/>
        <source>Cannot move</source>
        <translation>Déplacement impossible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="344"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="346"/>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="345"/>
        <source>Delete the category “%1”?</source>
        <translation>Supprimer la catégorie «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="347"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est inscrite au journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="362"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="376"/>
        <source>Import categories</source>
        <translation>Importer des catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="362"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="418"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="393"/>
        <source>Imported: %1, %2, %3.</source>
        <translation>Import&#xa0;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="394"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln créée</numerusform>
            <numerusform>%Ln créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="395"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln modifiée</numerusform>
            <numerusform>%Ln modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="396"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangée</numerusform>
            <numerusform>%Ln inchangées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="401"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="406"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="418"/>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="426"/>
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
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="351"/>
        <source>%Ln skill(s)</source>
        <translation>
            <numerusform>%Ln compétence</numerusform>
            <numerusform>%Ln compétences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryDeleteDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="153"/>
        <source>Delete category “%1”</source>
        <translation>Supprimer la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="168"/>
        <source>“%1” has %Ln subcategory(ies). What happens to them?</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %Ln sous-catégorie. Que devient-elle&#xa0;?</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %Ln sous-catégories. Que deviennent-elles&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="173"/>
        <source>Move them up to the parent</source>
        <translation>Les remonter sous le parent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="174"/>
        <source>Move them under another category:</source>
        <translation>Les déplacer sous une autre catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="177"/>
        <source>Delete them too (%1 categories in all)</source>
        <translation>Les supprimer aussi (%1 catégories en tout)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="195"/>
        <source>%Ln user(s) as a skill</source>
        <translation>
            <numerusform>%Ln utilisateur comme compétence</numerusform>
            <numerusform>%Ln utilisateurs comme compétence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="196"/>
        <source>%Ln channel(s) as a default category</source>
        <translation>
            <numerusform>%Ln canal comme catégorie par défaut</numerusform>
            <numerusform>%Ln canaux comme catégorie par défaut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="197"/>
        <source>%Ln routing channel(s) for auto-complete</source>
        <translation>
            <numerusform>%Ln canal de routage pour la clôture automatique</numerusform>
            <numerusform>%Ln canaux de routage pour la clôture automatique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="198"/>
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln règle</numerusform>
            <numerusform>%Ln règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="199"/>
        <source>%Ln topology(ies)</source>
        <translation>
            <numerusform>%Ln topologie</numerusform>
            <numerusform>%Ln topologies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="203"/>
        <source>In use by %1. These references are removed with it.</source>
        <translation>Utilisée par %1. Ces références sont retirées avec elle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="210"/>
        <source>Every change is written to the audit journal and cannot be undone.</source>
        <translation>Chaque modification est inscrite au journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="214"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>CategoryEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="50"/>
        <source>Edit category “%1”</source>
        <translation>Modifier la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="50"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="58"/>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="71"/>
        <source>Mandatory (an agent must pick one of this branch before closing)</source>
        <translation>Obligatoire (l’agent doit en choisir une de cette branche avant de clore)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="73"/>
        <source>Multiple (several subcategories may be picked together)</source>
        <translation>Multiple (plusieurs sous-catégories peuvent être choisies ensemble)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="74"/>
        <source>Unselectable (a grouping node only)</source>
        <translation>Non sélectionnable (simple regroupement)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="75"/>
        <source>Post-qualification</source>
        <translation>Post-qualification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="86"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="123"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="87"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="123"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="88"/>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="123"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="94"/>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="97"/>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/category_editor.py" line="99"/>
        <source>Channels where agents may pick it; none ticked means every channel.</source>
        <translation>Canaux où les agents peuvent la choisir&#xa0;; aucun coché signifie tous les canaux.</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="56"/>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="57"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="58"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="59"/>
        <source>Rules, topologies</source>
        <translation>Règles, topologies</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="93"/>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="94"/>
        <source>multiple</source>
        <translation>multiple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="95"/>
        <source>unselectable</source>
        <translation>non sélectionnable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/categories_page.py" line="96"/>
        <source>post-qualification</source>
        <translation>post-qualification</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBanner</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="70"/>
        <source>This was changed at another workstation since you opened it.</source>
        <translation>Cet élément a été modifié sur un autre poste depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="72"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="73"/>
        <source>Show the saved values; what you typed here is dropped</source>
        <translation>Afficher les valeurs enregistrées&#xa0;; ce que vous avez saisi ici est abandonné</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="75"/>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/changed_elsewhere.py" line="76"/>
        <source>Saving will show both versions and ask which to keep</source>
        <translation>L’enregistrement affichera les deux versions et vous demandera laquelle conserver</translation>
    </message>
</context>
<context>
    <name>ChannelLimitRow</name>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="33"/>
        <source>Override</source>
        <translation>Redéfinir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="35"/>
        <source>Unticked, the routing channel&apos;s own capacity applies</source>
        <translation>Décoché&#xa0;: la capacité propre au canal de routage s’applique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="36"/>
        <source>Tasks an agent gets before others are served</source>
        <translation>Nombre de tâches qu’un agent reçoit avant que les autres agents ne soient servis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="37"/>
        <source>Tasks an agent may hold at most</source>
        <translation>Nombre maximal de tâches qu’un agent peut détenir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="38"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/capacity_editor.py" line="38"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>ChannelPermissionsTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="72"/>
        <source>Filter channels</source>
        <translation>Filtrer les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="83"/>
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
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="166"/>
        <source>Reply includes Read; HTML replies and new discussions include Reply. To reply on a channel an agent also needs a company identity on its community (Identities tab).</source>
        <translation>«&#xa0;Réponse&#xa0;» inclut «&#xa0;Lecture&#xa0;»&#xa0;; les réponses HTML et les nouvelles discussions incluent «&#xa0;Réponse&#xa0;». Pour répondre sur un canal, un agent a aussi besoin d’une identité d’entreprise sur sa communauté (onglet Identités).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="172"/>
        <source>No channel yet: create them in Channels › Channels.</source>
        <translation>Aucun canal pour l’instant&#xa0;: créez-en dans Canaux › Canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="177"/>
        <source>Community: %1</source>
        <translation>Communauté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="179"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="196"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="198"/>
        <source>Share of replies that need approval</source>
        <translation>Part des réponses à approuver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="284"/>
        <source>No identity on the community %1: this agent could not reply here.</source>
        <translation>Aucune identité sur la communauté %1&#xa0;: cet agent ne pourrait pas répondre ici.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="293"/>
        <source>Cannot reply on %1: no company identity on the community. Choose one on the Identities tab.</source>
        <translation>Impossible de répondre sur %1&#xa0;: aucune identité d’entreprise sur la communauté. Choisissez-en une dans l’onglet Identités.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="301"/>
        <source>Reads %1, replies on %2 of %Ln channel(s)</source>
        <translation>
            <numerusform>Lecture&#xa0;: %1, réponse&#xa0;: %2 (sur %Ln canal)</numerusform>
            <numerusform>Lecture&#xa0;: %1, réponse&#xa0;: %2 (sur %Ln canaux)</numerusform>
        </translation>
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
    <name>ColorScheme</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="131"/>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Thème de couleurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="133"/>
        <source>Colour scheme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="140"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="141"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/color_scheme.py" line="142"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="55"/>
        <source>Invite people, give them a role and teams, and disable accounts.</source>
        <translation>Invitez des personnes, attribuez-leur un rôle et des équipes, et désactivez des comptes.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="58"/>
        <source>Decide what each role may see and change.</source>
        <translation>Décidez de ce que chaque rôle peut voir et modifier.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="59"/>
        <source>Group agents into teams and choose their leaders.</source>
        <translation>Regroupez les agents en équipes et choisissez leurs responsables.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="60"/>
        <source>Set how many conversations each agent handles at once, per routing channel.</source>
        <translation>Définissez combien de conversations chaque agent traite à la fois, par canal de routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="63"/>
        <source>Name the statuses agents pick (Lunch, Meeting…) and whether routing sends them work.</source>
        <translation>Nommez les statuts que choisissent les agents (Déjeuner, Réunion…) et indiquez si le routage leur envoie du travail.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="66"/>
        <source>Connect the accounts your customers write to: pages, mailboxes, chats.</source>
        <translation>Connectez les comptes auxquels vos clients écrivent&#xa0;: pages, boîtes aux lettres, chats.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="69"/>
        <source>Keep one customer database per kind of network, before connecting its channels.</source>
        <translation>Gardez une base clients par type de réseau, avant d’en connecter les canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="72"/>
        <source>See customers and company accounts, and who may reply as the company.</source>
        <translation>Consultez les clients et les comptes de l’entreprise, et qui peut répondre au nom de l’entreprise.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="75"/>
        <source>Label what messages are about, and who should get them.</source>
        <translation>Indiquez le sujet des messages et qui doit les recevoir.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="78"/>
        <source>Group channels that share routing settings: capacity, time to accept, service level.</source>
        <translation>Regroupez les canaux qui partagent des paramètres de routage&#xa0;: capacité, délai d’acceptation, niveau de service.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="81"/>
        <source>Design the queues and steps that hand each conversation to the right agent.</source>
        <translation>Concevez les files et les étapes qui confient chaque conversation au bon agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="84"/>
        <source>Act on incoming messages automatically: categorise, prioritise, route.</source>
        <translation>Agissez automatiquement sur les messages entrants&#xa0;: catégoriser, prioriser, router.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="87"/>
        <source>Watch the queues live: conversations waiting, agents available, and service levels at risk.</source>
        <translation>Suivez les files en direct&#xa0;: conversations en attente, agents disponibles et niveaux de service menacés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="91"/>
        <source>Try your routing settings on sample traffic before agents feel them.</source>
        <translation>Testez vos paramètres de routage sur un trafic d’exemple avant que les agents ne les subissent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="94"/>
        <source>Label customers (VIP, press…) so agents recognise them at a glance.</source>
        <translation>Étiquetez les clients (VIP, presse…) pour que les agents les reconnaissent d’un coup d’œil.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="97"/>
        <source>See each customer&apos;s profile across networks, and merge duplicates.</source>
        <translation>Consultez le profil de chaque client sur tous les réseaux et fusionnez les doublons.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="100"/>
        <source>Add your own fields to customers and conversations.</source>
        <translation>Ajoutez vos propres champs aux clients et aux conversations.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="103"/>
        <source>Save searches as folders agents work from.</source>
        <translation>Enregistrez des recherches sous forme de dossiers dans lesquels les agents travaillent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="104"/>
        <source>Export conversations and statistics, now or on a schedule.</source>
        <translation>Exportez les conversations et les statistiques, maintenant ou selon une planification.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="107"/>
        <source>See who changed what, and when.</source>
        <translation>Voyez qui a modifié quoi, et quand.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="108"/>
        <source>Write the ready answers agents insert, in every language you serve.</source>
        <translation>Rédigez les réponses toutes prêtes que les agents insèrent, dans chaque langue que vous servez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="111"/>
        <source>Sort ready answers into groups and choose who sees them.</source>
        <translation>Classez les réponses toutes prêtes en groupes et choisissez qui les voit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="114"/>
        <source>Lay out the e-mails agents send.</source>
        <translation>Mettez en page les e-mails que les agents envoient.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="115"/>
        <source>Write the signatures added to agents&apos; replies.</source>
        <translation>Rédigez les signatures ajoutées aux réponses des agents.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="118"/>
        <source>Name the account, set its language and time zone, and switch routing mode on.</source>
        <translation>Nommez le compte, définissez sa langue et son fuseau horaire, et activez le mode routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="121"/>
        <source>Set the password rules, sign-in lockout and session length.</source>
        <translation>Définissez les règles de mot de passe, le verrouillage à la connexion et la durée des sessions.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="124"/>
        <source>Set when each team is open, with holidays and time zones.</source>
        <translation>Définissez quand chaque équipe est ouverte, avec les jours fériés et les fuseaux horaires.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="127"/>
        <source>Choose who is alerted, and how, when something needs attention.</source>
        <translation>Choisissez qui est alerté, et comment, quand quelque chose demande votre attention.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="130"/>
        <source>Switch optional features on or off for the account.</source>
        <translation>Activez ou désactivez les fonctionnalités optionnelles du compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="133"/>
        <source>Let other applications use the platform, each with its own token.</source>
        <translation>Permettez à d’autres applications d’utiliser la plateforme, chacune avec son propre jeton.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="136"/>
        <source>Tell other applications when something happens: a new message, a closed conversation.</source>
        <translation>Prévenez d’autres applications quand quelque chose se produit&#xa0;: un nouveau message, une conversation fermée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="139"/>
        <source>Read every change with who made it and when, and check that none was altered.</source>
        <translation>Consultez chaque modification avec son auteur et sa date, et vérifiez qu’aucune n’a été altérée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="142"/>
        <source>See which consoles use the database, and move it to a shared server.</source>
        <translation>Voyez quelles consoles utilisent la base de données, et déplacez-la vers un serveur partagé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="153"/>
        <source>%1 is coming</source>
        <translation>%1 arrive bientôt</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="158"/>
        <source>This page is planned for a later version.</source>
        <translation>Cette page est prévue pour une version ultérieure.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="160"/>
        <source>It is not in this version of Engage Desktop yet; the other pages of %1 already work.</source>
        <translation>Elle n’est pas encore dans cette version d’Engage Desktop&#xa0;; les autres pages de %1 fonctionnent déjà.</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="114"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="115"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="123"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="116"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="129"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="117"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="118"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="124"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="128"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="129"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="129"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="133"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="137"/>
        <source>%Ln community(ies)</source>
        <translation>
            <numerusform>%Ln communauté</numerusform>
            <numerusform>%Ln communautés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="138"/>
        <source>Search communities by name</source>
        <translation>Rechercher des communautés par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="140"/>
        <source>No communities yet</source>
        <translation>Aucune communauté pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="142"/>
        <source>A community holds the identities of one network; create one before its channels.</source>
        <translation>Une communauté regroupe les identités d’un réseau&#xa0;; créez-la avant ses canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="153"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="172"/>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="160"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="163"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="193"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="195"/>
        <source>Delete community</source>
        <translation>Supprimer la communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="194"/>
        <source>Delete the community “%1”?</source>
        <translation>Supprimer la communauté «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="196"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>CommunityEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="44"/>
        <source>Edit community “%1”</source>
        <translation>Modifier la communauté «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="46"/>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="51"/>
        <source>e.g. Acme on Facebook</source>
        <translation>p. ex. Acme sur Facebook</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="55"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="90"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="60"/>
        <source>Used by: %1. Its type cannot change while channels use it.</source>
        <translation>Utilisée par&#xa0;: %1. Son type ne peut pas changer tant que des canaux l’utilisent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="64"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="90"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="65"/>
        <location filename="../../engage_desktop/views/channels/communities_page.py" line="90"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ConditionTree</name>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="53"/>
        <source>All of</source>
        <translation>Toutes les conditions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="54"/>
        <source>Any of</source>
        <translation>L’une des conditions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="55"/>
        <source>Not</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="56"/>
        <source>Text contains</source>
        <translation>Le texte contient</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="57"/>
        <source>Text matches the pattern</source>
        <translation>Le texte correspond au motif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="58"/>
        <source>Language is</source>
        <translation>La langue est</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="59"/>
        <source>Source is</source>
        <translation>Le canal est</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="60"/>
        <source>Category is</source>
        <translation>La catégorie est</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="61"/>
        <source>Customer has the tag</source>
        <translation>Le client porte le repère</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="62"/>
        <source>Business hours are</source>
        <translation>Heures d’ouverture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="63"/>
        <source>Custom field equals</source>
        <translation>Le champ personnalisé vaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="66"/>
        <source>Customer profile contains</source>
        <translation>Le profil client contient</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="85"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="88"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="89"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="90"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="105"/>
        <source>Kind of condition</source>
        <translation>Type de condition</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="111"/>
        <source>field, e.g. contract</source>
        <translation>champ, p. ex. contrat</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="112"/>
        <source>Field compared</source>
        <translation>Champ comparé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="116"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="119"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="120"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="124"/>
        <source>Add a value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="135"/>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="140"/>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="143"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="264"/>
        <source>values, comma-separated</source>
        <translation>valeurs séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="266"/>
        <source>text or pattern to look for</source>
        <translation>texte ou motif à rechercher</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="275"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="357"/>
        <source>✓ matches</source>
        <translation>✓ vérifiée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/condition_tree.py" line="359"/>
        <source>✗ no match</source>
        <translation>✗ non vérifiée</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="44"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="46"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="65"/>
        <source>Changed on another workstation</source>
        <translation>Modifié sur un autre poste</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="78"/>
        <source>Values that differ</source>
        <translation>Valeurs qui diffèrent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="81"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="82"/>
        <source>Saved now (theirs)</source>
        <translation>Valeur enregistrée (la leur)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="83"/>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="103"/>
        <source>Their saved values equal yours.</source>
        <translation>Les valeurs enregistrées entre-temps sont identiques aux vôtres.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="109"/>
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="113"/>
        <source>Save your values over theirs</source>
        <translation>Enregistrer vos valeurs à la place des leurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="116"/>
        <source>Take theirs</source>
        <translation>Prendre les leurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/conflict_dialog.py" line="120"/>
        <source>Reload the form with the saved values</source>
        <translation>Recharger le formulaire avec les valeurs enregistrées</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="59"/>
        <source>Database and language</source>
        <translation>Base de données et langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="64"/>
        <source>Keep the built-in SQLite file for one workstation. To share one configuration between workstations, connect them all to the same PostgreSQL database. ENGAGE_DB_URL, when set, overrides this setting.</source>
        <translation>Gardez le fichier SQLite intégré pour un seul poste. Pour partager une même configuration entre plusieurs postes, connectez-les tous à la même base PostgreSQL. ENGAGE_DB_URL, lorsqu’elle est définie, remplace ce paramètre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="72"/>
        <source>On this computer (built-in SQLite file)</source>
        <translation>Sur cet ordinateur (fichier SQLite intégré)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="73"/>
        <source>On a shared PostgreSQL server</source>
        <translation>Sur un serveur PostgreSQL partagé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="78"/>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="88"/>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="98"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="92"/>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="93"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="99"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="105"/>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="115"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="107"/>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="108"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="117"/>
        <source>The password is kept in the system keyring, never in the settings file.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="120"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="121"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="122"/>
        <source>When the server offers it</source>
        <translation>Si le serveur le propose</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="123"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="124"/>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Obligatoire, avec vérification du certificat du serveur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="130"/>
        <source>Certificate authority file (.pem)</source>
        <translation>Fichier de l’autorité de certification (.pem)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="131"/>
        <source>Certificate authority file</source>
        <translation>Fichier de l’autorité de certification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="132"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="133"/>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier de l’autorité de certification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="137"/>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="147"/>
        <source>Database address</source>
        <translation>Adresse de la base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="149"/>
        <source>Filled in from the fields above; an address typed here fills them in.</source>
        <translation>Rempli à partir des champs ci-dessus&#xa0;; une adresse saisie ici les remplit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="152"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="159"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="161"/>
        <source>Takes effect the next time the console starts.</source>
        <translation>Prend effet au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="172"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="173"/>
        <source>Connect with these settings and report what fails</source>
        <translation>Se connecter avec ces paramètres et signaler ce qui échoue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="244"/>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="244"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="270"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="286"/>
        <source>The check stopped.</source>
        <translation>La vérification a été interrompue.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="300"/>
        <source>Connected. Schema version: %1.</source>
        <translation>Connecté. Version du schéma&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="301"/>
        <source>empty (will be created)</source>
        <translation>vide (sera créé)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/connection_dialog.py" line="332"/>
        <source>The keyring refused the password; nothing was saved.</source>
        <translation>Le trousseau a refusé le mot de passe&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="187"/>
        <source>Connect a platform account</source>
        <translation>Connecter un compte de la plateforme</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="191"/>
        <source>Account API address</source>
        <translation>Adresse API du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="195"/>
        <source>API access token</source>
        <translation>Jeton d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="198"/>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="199"/>
        <source>API access &amp;token:</source>
        <translation>&amp;Jeton d’accès API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="200"/>
        <source>The token is kept in this computer&apos;s keyring, never in the database.</source>
        <translation>Le jeton est conservé dans le trousseau de cet ordinateur, jamais dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="204"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="206"/>
        <source>Keep the token and continue</source>
        <translation>Conserver le jeton et continuer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="229"/>
        <source>Give the account&apos;s API access token.</source>
        <translation>Indiquez le jeton d’accès API du compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="232"/>
        <source>This is not an API access token: it is too long or holds spaces or control characters.</source>
        <translation>Ce n’est pas un jeton d’accès API&#xa0;: il est trop long ou contient des espaces ou des caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="147"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="147"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="147"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="148"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="148"/>
        <source>CRAM-MD5 (password not sent)</source>
        <translation>CRAM-MD5 (mot de passe non transmis)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="150"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Courrier entrant (IMAP)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="151"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="156"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="162"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="168"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="173"/>
        <source>No login (relay)</source>
        <translation>Sans authentification (relais)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="176"/>
        <source>Login</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="178"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="183"/>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="185"/>
        <source>Comma-separated folder names to read, e.g. INBOX, Support.</source>
        <translation>Noms des dossiers à lire, séparés par des virgules, p. ex. INBOX, Support.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="187"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="193"/>
        <source>Sender and threads</source>
        <translation>Expéditeur et conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="196"/>
        <source>Sender address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="200"/>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="203"/>
        <source>Thread replies by their References headers</source>
        <translation>Regrouper les réponses en conversations d’après leur en-tête References</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="209"/>
        <source>Also thread by subject</source>
        <translation>Regrouper aussi par objet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="214"/>
        <source>Reopen closed threads within (days)</source>
        <translation>Rouvrir les conversations fermées depuis moins de (jours)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="217"/>
        <source>Where the chat is offered</source>
        <translation>Où le chat est proposé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="218"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="219"/>
        <source>iOS app</source>
        <translation>Application iOS</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="220"/>
        <source>Android app</source>
        <translation>Application Android</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="222"/>
        <source>%1 account</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="226"/>
        <source>App id</source>
        <translation>Identifiant de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="228"/>
        <source>The platform app this channel connects through.</source>
        <translation>L’application de la plateforme par laquelle ce canal se connecte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="231"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_connection_fields.py" line="233"/>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="147"/>
        <source>IMAP password</source>
        <translation>Mot de passe IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="148"/>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="149"/>
        <source>App secret</source>
        <translation>Secret de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="150"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="151"/>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="86"/>
        <source>Account id</source>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="92"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="103"/>
        <source>Page id</source>
        <translation>Identifiant de la page</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="94"/>
        <source>Account handle</source>
        <translation>Nom d’utilisateur du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="101"/>
        <source>Business account id</source>
        <translation>Identifiant du compte professionnel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="105"/>
        <source>Phone number id</source>
        <translation>Identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="110"/>
        <source>Sender number</source>
        <translation>Numéro d’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="116"/>
        <source>Business id</source>
        <translation>Identifiant de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="123"/>
        <source>Agent id</source>
        <translation>Identifiant de l’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="125"/>
        <source>Bot account</source>
        <translation>Compte du bot</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="126"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="130"/>
        <source>Channel id</source>
        <translation>Identifiant de la chaîne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="128"/>
        <source>Official account id</source>
        <translation>Identifiant du compte officiel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="132"/>
        <source>Organisation id</source>
        <translation>Identifiant de l’organisation</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="41"/>
        <source>Background work</source>
        <translation>Travaux en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="46"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="50"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="51"/>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="53"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="91"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="118"/>
        <source>A job is running…</source>
        <translation>Une tâche est en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="120"/>
        <source>%Ln job(s) are running…</source>
        <translation>
            <numerusform>%Ln tâche est en cours…</numerusform>
            <numerusform>%Ln tâches sont en cours…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/status_bar.py" line="123"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="41"/>
        <source>Edit custom field “%1”</source>
        <translation>Modifier le champ personnalisé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="43"/>
        <source>New custom field</source>
        <translation>Nouveau champ personnalisé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="47"/>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="84"/>
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="48"/>
        <source>Customer profiles</source>
        <translation>Profils clients</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="49"/>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="56"/>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="85"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="59"/>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="88"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="66"/>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="92"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="68"/>
        <source>Short text</source>
        <translation>Texte court</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="69"/>
        <source>Long text</source>
        <translation>Texte long</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="70"/>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="71"/>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="72"/>
        <source>Decimal number</source>
        <translation>Nombre décimal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="73"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="74"/>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="75"/>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="81"/>
        <source>Choice values</source>
        <translation>Valeurs possibles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="82"/>
        <source>One value per line</source>
        <translation>Une valeur par ligne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="90"/>
        <source>snake_case, unique among this kind&apos;s fields; used by the API</source>
        <translation>snake_case, unique parmi les champs de ce type&#xa0;; utilisée par l’API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="93"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="131"/>
        <source>Convert stored values</source>
        <translation>Convertir les valeurs enregistrées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="133"/>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="134"/>
        <source>Each stored value is rewritten in the new type.</source>
        <translation>Chaque valeur enregistrée est réécrite dans le nouveau type.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="152"/>
        <source>Converting values</source>
        <translation>Conversion des valeurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_field_editor.py" line="152"/>
        <source>Converting the stored values…</source>
        <translation>Conversion des valeurs enregistrées…</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="26"/>
        <source>Short text</source>
        <translation>Texte court</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="27"/>
        <source>Long text</source>
        <translation>Texte long</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="28"/>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="29"/>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="30"/>
        <source>Decimal number</source>
        <translation>Nombre décimal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="31"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="32"/>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="33"/>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="36"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="37"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="38"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="39"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="40"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="42"/>
        <source>Customer profiles</source>
        <translation>Profils clients</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="42"/>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="44"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="49"/>
        <source>Search labels and keys</source>
        <translation>Rechercher des libellés et des clés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="50"/>
        <source>Fields of</source>
        <translation>Champs des</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="51"/>
        <source>No custom fields</source>
        <translation>Aucun champ personnalisé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="52"/>
        <source>Custom fields add your own information to profiles and interventions.</source>
        <translation>Les champs personnalisés ajoutent vos propres informations aux profils et aux interventions.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="56"/>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="90"/>
        <source>New field</source>
        <translation>Nouveau champ</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="63"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="70"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="76"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="82"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="99"/>
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln champ</numerusform>
            <numerusform>%Ln champs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="128"/>
        <source>Delete custom field</source>
        <translation>Supprimer le champ personnalisé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="129"/>
        <source>Delete the field “%1”?</source>
        <translation>Supprimer le champ «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="130"/>
        <source>Delete field</source>
        <translation>Supprimer le champ</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/custom_fields_page.py" line="131"/>
        <source>Every value stored in it is deleted too.</source>
        <translation>Toutes les valeurs qui y sont enregistrées sont également supprimées.</translation>
    </message>
</context>
<context>
    <name>CustomNotificationDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="28"/>
        <source>Edit notification</source>
        <translation>Modifier la notification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="28"/>
        <source>New notification</source>
        <translation>Nouvelle notification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="29"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="31"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="38"/>
        <source>And it mentions</source>
        <translation>Et mentionne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="40"/>
        <source>Optional: a word the change must contain (a name, an id).</source>
        <translation>Facultatif&#xa0;: un mot que la modification doit contenir (un nom, un identifiant).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="43"/>
        <source>Tell</source>
        <translation>Prévenir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="45"/>
        <source>In the console</source>
        <translation>Dans la console</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="46"/>
        <source>By e-mail</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="49"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>DemoSignOutQuestion</name>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="25"/>
        <source>Sign out of the demo</source>
        <translation>Quitter la démo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="26"/>
        <source>Leave the demo, or sign in to it again?</source>
        <translation>Quitter la démo ou vous y reconnecter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="27"/>
        <source>Your changes stay in the demo database for next time.</source>
        <translation>Vos modifications restent dans la base de démo pour la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="28"/>
        <source>Quit the demo</source>
        <translation>Quitter la démo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/demo_sign_out.py" line="30"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
</context>
<context>
    <name>DuplicateRoleDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="387"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="389"/>
        <source>Duplicate role “%1”</source>
        <translation>Dupliquer le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="392"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="396"/>
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
        <location filename="../../engage_desktop/views/channels/channel_widgets.py" line="182"/>
        <source>%1 failed</source>
        <translation>%1 — échec</translation>
    </message>
</context>
<context>
    <name>EmailTemplates</name>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="42"/>
        <source>Customer first name</source>
        <translation>Prénom du client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="43"/>
        <source>Customer last name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="44"/>
        <source>Agent name</source>
        <translation>Nom de l’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="46"/>
        <source>Agent signature</source>
        <translation>Signature de l’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="50"/>
        <source>Quoted original message</source>
        <translation>Message d’origine cité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="53"/>
        <source>Source name</source>
        <translation>Nom du canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="54"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>EmailTemplatesPage</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="211"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="212"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="214"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="216"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="219"/>
        <source>E-mail templates</source>
        <translation>Modèles d’e-mail</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="223"/>
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln modèle</numerusform>
            <numerusform>%Ln modèles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="224"/>
        <source>Search templates by name</source>
        <translation>Rechercher des modèles par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="225"/>
        <source>No template yet</source>
        <translation>Aucun modèle pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="227"/>
        <source>Templates frame the e-mails agents send: greeting, signature, quoted message.</source>
        <translation>Les modèles encadrent les e-mails envoyés par les agents&#xa0;: formule d’appel, signature, message cité.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="232"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="244"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="235"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="238"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="269"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="271"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="270"/>
        <source>Delete the template “%1”?</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="272"/>
        <source>Channels using it fall back to no template.</source>
        <translation>Les canaux qui l’utilisent n’auront plus de modèle.</translation>
    </message>
</context>
<context>
    <name>EntryEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="50"/>
        <source>#refund #money (separated by spaces)</source>
        <translation>#remboursement #argent (séparés par des espaces)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="57"/>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="72"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="104"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="184"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="73"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="105"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="184"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="75"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="106"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="184"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="81"/>
        <source>Categories · channels</source>
        <translation>Catégories · canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="109"/>
        <source>Foreign id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="107"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="108"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="118"/>
        <source>New reply-assistant entry</source>
        <translation>Nouvelle entrée de l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="135"/>
        <source>Edit entry “%1”</source>
        <translation>Modifier l’entrée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_editor.py" line="164"/>
        <source>“%1” is also a shortcut of: %2</source>
        <translation>«&#xa0;%1&#xa0;» est aussi un raccourci de&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EntryImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="47"/>
        <source>Import reply-assistant entries</source>
        <translation>Importer des entrées de l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="62"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="65"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="177"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="80"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="81"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="90"/>
        <source>A CSV (UTF-8 or Latin-1, comma or semicolon) or Excel file with one line per version: label, shortcuts, group, categories, channels, foreign id, language, format and text. An export of the reply assistant has this layout.</source>
        <translation>Un fichier CSV (UTF-8 ou Latin-1, virgule ou point-virgule) ou Excel avec une ligne par version&#xa0;: libellé, raccourcis, groupe, catégories, canaux, identifiant externe, langue, format et texte. Un export de l’assistant de réponse a cette structure.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="106"/>
        <source>Entry key (groups lines)</source>
        <translation>Clé de l’entrée (regroupe les lignes)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="107"/>
        <source>Label (required)</source>
        <translation>Libellé (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="108"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="109"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="110"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="111"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="112"/>
        <source>Foreign id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="113"/>
        <source>Language (required)</source>
        <translation>Langue (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="114"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="115"/>
        <source>Text (required)</source>
        <translation>Texte (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="116"/>
        <source>Channels of the version</source>
        <translation>Canaux de la version</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="132"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="134"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="135"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="136"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="137"/>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="150"/>
        <source>HTML cleaned</source>
        <translation>HTML nettoyé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="137"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="141"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="243"/>
        <source>%1, %2 (their entries are skipped unless you fix the file).</source>
        <translation>%1, %2 (leurs entrées sont ignorées tant que vous ne corrigez pas le fichier).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="244"/>
        <source>%Ln entry(ies) ready</source>
        <translation>
            <numerusform>%Ln entrée prête</numerusform>
            <numerusform>%Ln entrées prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="245"/>
        <source>%Ln line(s) with problems</source>
        <translation>
            <numerusform>%Ln ligne avec des problèmes</numerusform>
            <numerusform>%Ln lignes avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="142"/>
        <source>Search the lines</source>
        <translation>Rechercher dans les lignes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="146"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="148"/>
        <source>Every line</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="149"/>
        <source>With problems</source>
        <translation>Avec des problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="161"/>
        <source>The selected line&apos;s problems and HTML changes</source>
        <translation>Problèmes et modifications HTML de la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="163"/>
        <source>All or nothing: import only if every line is right</source>
        <translation>Tout ou rien&#xa0;: n’importer que si toutes les lignes sont correctes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="177"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="187"/>
        <source>Import entries</source>
        <translation>Importer les entrées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="187"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="206"/>
        <source>Please wait…</source>
        <translation>Veuillez patienter…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="212"/>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="222"/>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="224"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="238"/>
        <source>Checking every line</source>
        <translation>Vérification de chaque ligne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="264"/>
        <source>Importing entries</source>
        <translation>Importation des entrées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/entry_import_dialog.py" line="264"/>
        <source>Writing the entries…</source>
        <translation>Écriture des entrées…</translation>
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
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="51"/>
        <source>This group no longer exists; choose another.</source>
        <translation>Ce groupe n’existe plus&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="58"/>
        <location filename="../../engage_desktop/services/routing/categories.py" line="60"/>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="56"/>
        <source>Some of these channels no longer exist.</source>
        <translation>Certains de ces canaux n’existent plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="62"/>
        <source>An entry has at most {limit} shortcuts.</source>
        <translation>Une entrée a au plus {limit} raccourcis.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="66"/>
        <source>A shortcut is one word of at most 120 characters: “{shortcut}” is not.</source>
        <translation>Un raccourci est un seul mot d’au plus 120 caractères&#xa0;: «&#xa0;{shortcut}&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="70"/>
        <source>The foreign id is at most 120 characters, without control characters.</source>
        <translation>L’identifiant externe fait au plus 120 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="78"/>
        <source>The format is text or html, not “{format}”.</source>
        <translation>Le format est text ou html, pas «&#xa0;{format}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="82"/>
        <source>A version&apos;s text is at most {limit} characters long.</source>
        <translation>Le texte d’une version fait au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="86"/>
        <source>The text contains control characters (such as NUL) that cannot be stored.</source>
        <translation>Le texte contient des caractères de contrôle (comme NUL) qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="89"/>
        <source>A version needs some text.</source>
        <translation>Une version doit avoir un texte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="93"/>
        <source>Two versions in {language} ({format}) for the same channels: keep one.</source>
        <translation>Deux versions en {language} ({format}) pour les mêmes canaux&#xa0;: gardez-en une.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="96"/>
        <source>Version {number} ({language}): {problem}</source>
        <translation>Version {number} ({language})&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="100"/>
        <source>A version no longer exists (deleted on another workstation); reload the editor.</source>
        <translation>Une version n’existe plus (supprimée sur un autre poste)&#xa0;; rechargez l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="106"/>
        <source>An attachment no longer exists; reload the editor.</source>
        <translation>Une pièce jointe n’existe plus&#xa0;; rechargez l’éditeur.</translation>
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
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="59"/>
        <source>This template no longer exists (it may have been deleted on another workstation).</source>
        <translation>Ce modèle n’existe plus (il a peut-être été supprimé sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="64"/>
        <source>A template named “{name}” already exists.</source>
        <translation>Un modèle nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="68"/>
        <source>Unknown placeholder {{{{{name}}}}}: use one from the Insert menu.</source>
        <translation>Variable inconnue {{{{{name}}}}}&#xa0;: utilisez-en une du menu Insérer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="71"/>
        <source>Write an HTML body, a text body or both.</source>
        <translation>Rédigez un corps HTML, un corps texte ou les deux.</translation>
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
        <translation>Le nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/email_templates.py" line="246"/>
        <source>Subject</source>
        <translation>Objet</translation>
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
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="55"/>
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
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="49"/>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="80"/>
        <location filename="../../engage_desktop/services/digital/folders.py" line="46"/>
        <location filename="../../engage_desktop/services/routing/routing_channels.py" line="369"/>
        <location filename="../../engage_desktop/services/settings/api_tokens.py" line="290"/>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="282"/>
        <location filename="../../engage_desktop/services/settings/time_sheets.py" line="228"/>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="320"/>
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
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="31"/>
        <source>Nickname already used by another user.</source>
        <translation>Ce pseudo est déjà utilisé par un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="34"/>
        <source>Email already used by another user.</source>
        <translation>Cette adresse e-mail est déjà utilisée par un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="39"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="287"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="188"/>
        <source>First name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="40"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="288"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="189"/>
        <source>Last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/sign_in_messages.py" line="41"/>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="289"/>
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
        <location filename="../../engage_desktop/services/digital/identity_groups.py" line="87"/>
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
        <location filename="../../engage_desktop/services/users/editing.py" line="55"/>
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
        <location filename="../../engage_desktop/services/channels/source_fields.py" line="178"/>
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
        <location filename="../../engage_desktop/services/channels/source_types.py" line="30"/>
        <source>“{key}” is not a known channel type.</source>
        <translation>«&#xa0;{key}&#xa0;» n’est pas un type de canal connu.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="33"/>
        <source>{label} must be a whole number.</source>
        <translation>{label} doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="36"/>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} doit se situer entre {low} et {high}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="38"/>
        <source>{label} must be text.</source>
        <translation>{label} doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="40"/>
        <location filename="../../engage_desktop/services/users/bulk.py" line="23"/>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} doit prendre l’une de ces valeurs&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="43"/>
        <source>“{host}” is not a valid host name or IP address.</source>
        <translation>«&#xa0;{host}&#xa0;» n’est pas un nom d’hôte ou une adresse IP valide.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="47"/>
        <source>Name at least one mailbox to read (usually INBOX).</source>
        <translation>Indiquez au moins une boîte aux lettres à lire (généralement INBOX).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="51"/>
        <source>SMTP user name is required (or choose no SMTP login).</source>
        <translation>Le nom d’utilisateur SMTP est obligatoire (ou choisissez de ne pas vous authentifier en SMTP).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="54"/>
        <source>Endpoint URL must be an https:// address.</source>
        <translation>L’URL du point de terminaison doit être une adresse https://.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="58"/>
        <source>Endpoint URL cannot hold a user name or password: put the API token in its field.</source>
        <translation>L’URL du point de terminaison ne peut contenir ni nom d’utilisateur ni mot de passe&#xa0;: saisissez le jeton API dans son champ.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="64"/>
        <source>The channel&apos;s settings must be a set of names and values.</source>
        <translation>Les paramètres du canal doivent être un ensemble de noms et de valeurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="68"/>
        <source>{label} is a secret: it is kept in the keyring, not in settings.</source>
        <translation>{label} est un secret&#xa0;: sa valeur est conservée dans le trousseau, pas dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="71"/>
        <source>“{key}” is not a setting of {type} channels.</source>
        <translation>«&#xa0;{key}&#xa0;» n’est pas un paramètre des canaux {type}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="156"/>
        <source>IMAP password</source>
        <translation>Le mot de passe IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="157"/>
        <source>SMTP password</source>
        <translation>Le mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="158"/>
        <source>App secret</source>
        <translation>Le secret de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="159"/>
        <source>Access token</source>
        <translation>Le jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="160"/>
        <source>API token</source>
        <translation>Le jeton API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="163"/>
        <source>Account id</source>
        <translation>L’identifiant du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="164"/>
        <source>Page id</source>
        <translation>L’identifiant de la page</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="165"/>
        <source>Account handle</source>
        <translation>Le nom d’utilisateur du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="166"/>
        <source>Business account id</source>
        <translation>L’identifiant du compte professionnel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="167"/>
        <source>Phone number id</source>
        <translation>L’identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="168"/>
        <source>Sender number</source>
        <translation>Le numéro d’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="169"/>
        <source>Business id</source>
        <translation>L’identifiant de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="170"/>
        <source>Agent id</source>
        <translation>L’identifiant de l’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="171"/>
        <source>Bot account</source>
        <translation>Le compte du bot</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="172"/>
        <source>Channel id</source>
        <translation>L’identifiant de la chaîne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="173"/>
        <source>Official account id</source>
        <translation>L’identifiant du compte officiel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="174"/>
        <source>Organisation id</source>
        <translation>L’identifiant de l’organisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="325"/>
        <source>IMAP login</source>
        <translation>L’authentification IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="332"/>
        <source>SMTP login</source>
        <translation>L’authentification SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="340"/>
        <source>Mailbox name</source>
        <translation>Le nom de boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="346"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="352"/>
        <source>IMAP user name</source>
        <translation>Le nom d’utilisateur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="356"/>
        <source>SMTP user name</source>
        <translation>Le nom d’utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="364"/>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="371"/>
        <source>Sender address</source>
        <translation>L’adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="378"/>
        <source>IMAP server</source>
        <translation>Le serveur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="384"/>
        <source>IMAP port</source>
        <translation>Le port IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="393"/>
        <source>IMAP security</source>
        <translation>La sécurité IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="399"/>
        <source>SMTP server</source>
        <translation>Le serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="405"/>
        <source>SMTP port</source>
        <translation>Le port SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="414"/>
        <source>SMTP security</source>
        <translation>La sécurité SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="420"/>
        <source>Sender name</source>
        <translation>Le nom de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="428"/>
        <source>Days</source>
        <translation>Le nombre de jours</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="451"/>
        <source>App id</source>
        <translation>L’identifiant de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/channels/source_types.py" line="457"/>
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
        <location filename="../../engage_desktop/services/core/validation.py" line="13"/>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="15"/>
        <source>{label} is too long (at most {max_length} characters).</source>
        <translation>{label} dépasse la longueur maximale ({max_length} caractères).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="18"/>
        <source>{label} contains control characters.</source>
        <translation>{label} contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="20"/>
        <source>E-mail is required.</source>
        <translation>L’adresse e-mail est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="22"/>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="26"/>
        <source>“{value}” is not a known time zone (use an IANA name such as Europe/Paris).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un fuseau horaire connu (utilisez un nom IANA comme Europe/Paris).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/core/validation.py" line="89"/>
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
        <location filename="../../engage_desktop/services/users/editing.py" line="104"/>
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
        <location filename="../../engage_desktop/services/users/editing.py" line="104"/>
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
        <location filename="../../engage_desktop/services/users/csv_import.py" line="49"/>
        <source>The import was cancelled; no user was created.</source>
        <translation>L’import a été annulé&#xa0;; aucun utilisateur n’a été créé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="53"/>
        <location filename="../../engage_desktop/services/users/editing.py" line="45"/>
        <source>The e-mail address contains control characters.</source>
        <translation>L’adresse e-mail contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="55"/>
        <source>Nickname is too long.</source>
        <translation>Le pseudo est trop long.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="56"/>
        <source>Email is too long.</source>
        <translation>L’adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="59"/>
        <source>“{value}” is not a known time zone (e.g. Europe/Paris).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un fuseau horaire connu (p. ex. Europe/Paris).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="62"/>
        <source>Write 1 or 0, true or false, yes or no.</source>
        <translation>Écrivez 1 ou 0, true ou false, yes ou no.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="65"/>
        <source>“{value}” is already used by an existing user.</source>
        <translation>«&#xa0;{value}&#xa0;» est déjà utilisé par un utilisateur existant.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="67"/>
        <source>“{value}” is also on line {line}.</source>
        <translation>«&#xa0;{value}&#xa0;» figure aussi à la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="68"/>
        <source>The role is required.</source>
        <translation>Le rôle est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="69"/>
        <source>Unknown role “{role}”.</source>
        <translation>Rôle «&#xa0;{role}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="72"/>
        <source>You cannot give the role “{role}”: it holds permissions your role lacks.</source>
        <translation>Vous ne pouvez pas attribuer le rôle «&#xa0;{role}&#xa0;»&#xa0;: il comporte des autorisations que votre rôle n’a pas.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="74"/>
        <source>Unknown team “{team}”.</source>
        <translation>Équipe «&#xa0;{team}&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="76"/>
        <source>You do not lead the team “{team}”.</source>
        <translation>Vous n’êtes pas responsable de l’équipe «&#xa0;{team}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="79"/>
        <source>Add the user to one of the teams you lead.</source>
        <translation>Ajoutez l’utilisateur à l’une des équipes dont vous êtes responsable.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="82"/>
        <source>Unknown language “{value}” (e.g. en, fr, de).</source>
        <translation>Langue «&#xa0;{value}&#xa0;» inconnue (p. ex. en, fr, de).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/csv_import.py" line="86"/>
        <source>%n line(s) have problems and the import is all-or-nothing; nothing was imported. Line {line}: {problem}</source>
        <translation>
            <numerusform>%n ligne a un problème et l’import est en tout ou rien&#xa0;; rien n’a été importé. Ligne {line}&#xa0;: {problem}</numerusform>
            <numerusform>%n lignes ont des problèmes et l’import est en tout ou rien&#xa0;; rien n’a été importé. Ligne {line}&#xa0;: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/csv_import.py" line="95"/>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="38"/>
        <source>{what} must be a list.</source>
        <translation>Le champ «&#xa0;{what}&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="41"/>
        <source>Some of these {what} no longer exist; reload the editor.</source>
        <translation>Une partie de ces {what} n’existe plus&#xa0;; rechargez l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="48"/>
        <source>Choose a language from the list.</source>
        <translation>Choisissez une langue dans la liste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="52"/>
        <source>Spoken languages must be a list of language codes.</source>
        <translation>Les langues parlées doivent être une liste de codes de langue.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="58"/>
        <source>The nickname “{nickname}” is taken.</source>
        <translation>Le pseudo «&#xa0;{nickname}&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="62"/>
        <source>A user with the e-mail “{email}” already exists.</source>
        <translation>Un utilisateur avec l’adresse e-mail «&#xa0;{email}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="64"/>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="67"/>
        <source>Grouping categories cannot be skills: {names}.</source>
        <translation>Les catégories de regroupement ne peuvent pas servir de compétences&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="71"/>
        <source>This agent capacity no longer exists; choose another.</source>
        <translation>Cette capacité d’agent n’existe plus&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="74"/>
        <source>Signatures must be a list.</source>
        <translation>Les signatures doivent être une liste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="78"/>
        <source>A signature is at most {max_length} characters long.</source>
        <translation>Une signature compte {max_length} caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="81"/>
        <source>The signature contains a NUL character.</source>
        <translation>La signature contient un caractère NUL.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="85"/>
        <source>Choose a language from the list, or none.</source>
        <translation>Choisissez une langue dans la liste, ou aucune.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="89"/>
        <source>This signature no longer exists; reload the editor.</source>
        <translation>Cette signature n’existe plus&#xa0;; rechargez l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="92"/>
        <source>Signature {number} ({name}): {problem}</source>
        <translation>Signature {number} ({name})&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="96"/>
        <source>A signature names a channel that no longer exists; reload the editor.</source>
        <translation>Une signature mentionne un canal qui n’existe plus&#xa0;; rechargez l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="100"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="101"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="102"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="105"/>
        <source>channels</source>
        <translation>canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/editing.py" line="261"/>
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
        <location filename="../../engage_desktop/services/users/roles.py" line="42"/>
        <source>This role no longer exists (it may have been deleted on another workstation).</source>
        <translation>Ce rôle n’existe plus (il a peut-être été supprimé sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="47"/>
        <source>A role named “{label}” already exists.</source>
        <translation>Un rôle nommé «&#xa0;{label}&#xa0;» existe déjà.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/users/roles.py" line="51"/>
        <source>The role “{label}” is given to %n user(s); give them another role before deleting it.</source>
        <translation>
            <numerusform>Le rôle «&#xa0;{label}&#xa0;» est attribué à %n utilisateur&#xa0;; attribuez-lui un autre rôle avant de le supprimer.</numerusform>
            <numerusform>Le rôle «&#xa0;{label}&#xa0;» est attribué à %n utilisateurs&#xa0;; attribuez-leur un autre rôle avant de le supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="61"/>
        <source>Choose another role than “{label}” for its users.</source>
        <translation>Choisissez pour ses utilisateurs un autre rôle que «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/users/roles.py" line="65"/>
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
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="30"/>
        <source>No server named {host} could be found: check the server name (DNS).</source>
        <translation>Aucun serveur nommé {host} n’a été trouvé&#xa0;: vérifiez le nom du serveur (DNS).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="34"/>
        <source>Nothing answers on {host} port {port}: the server is stopped, the port is wrong, or a firewall blocks it.</source>
        <translation>Rien ne répond sur {host} port {port}&#xa0;: le serveur est arrêté, le port est incorrect ou un pare-feu le bloque.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="42"/>
        <source>{host} did not answer within {seconds} seconds (network or firewall).</source>
        <translation>{host} n’a pas répondu dans les {seconds} secondes (réseau ou pare-feu).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="46"/>
        <source>The secure connection (TLS) failed: {detail}</source>
        <translation>La connexion sécurisée (TLS) a échoué&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="50"/>
        <source>The server refused user {user}: wrong password, or this user may not connect from this computer.</source>
        <translation>Le serveur a refusé l’utilisateur {user}&#xa0;: mot de passe incorrect, ou cet utilisateur ne peut pas se connecter depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="57"/>
        <source>The server has no database named {database}: ask its administrator to create it (empty).</source>
        <translation>Le serveur n’a pas de base de données nommée {database}&#xa0;: demandez à son administrateur de la créer (vide).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="63"/>
        <source>This database was written by a newer version of Engage Desktop (schema {revision}): update this console before using it.</source>
        <translation>Cette base de données a été écrite par une version plus récente d’Engage Desktop (schéma {revision})&#xa0;: mettez à jour cette console avant de l’utiliser.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="71"/>
        <source>This database holds an unfinished copy: run the move to this database again to finish it.</source>
        <translation>Cette base de données contient une copie inachevée&#xa0;: relancez le déplacement vers cette base pour la terminer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="75"/>
        <source>The connection failed: {detail}</source>
        <translation>La connexion a échoué&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/connection_check.py" line="77"/>
        <source>This is not a database address: {detail}</source>
        <translation>Ce n’est pas une adresse de base de données&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="34"/>
        <source>“{name}” is {size} bytes; an attachment is at most {limit} bytes.</source>
        <translation>«&#xa0;{name}&#xa0;» fait {size} octets&#xa0;; une pièce jointe fait au plus {limit} octets.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="37"/>
        <source>“{name}” is empty.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="41"/>
        <source>“{name}”: this kind of file cannot be attached (images, PDF, text, CSV, Word, Excel, zip).</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: ce type de fichier ne peut pas être joint (images, PDF, texte, CSV, Word, Excel, zip).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="47"/>
        <source>“{name}” does not contain what its name says ({mime_type}).</source>
        <translation>«&#xa0;{name}&#xa0;» ne contient pas ce qu’indique son nom ({mime_type}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="51"/>
        <source>An attachment needs a file name of at most 255 characters, without control characters.</source>
        <translation>Une pièce jointe doit avoir un nom de fichier d’au plus 255 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/attachments.py" line="57"/>
        <source>A version has at most {limit} attachments.</source>
        <translation>Une version a au plus {limit} pièces jointes.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entries.py" line="55"/>
        <source>The reply assistant is switched off for this account (Settings › Extensions).</source>
        <translation>L’assistant de réponse est désactivé pour ce compte (Paramètres › Extensions).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entries.py" line="61"/>
        <source>This entry no longer exists (it may have been deleted on another workstation).</source>
        <translation>Cette entrée n’existe plus (elle a peut-être été supprimée sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="44"/>
        <source>The label is missing.</source>
        <translation>Le libellé est manquant.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="47"/>
        <source>No group is named “{name}”.</source>
        <translation>Aucun groupe ne s’appelle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="50"/>
        <source>No category “{name}”.</source>
        <translation>Aucune catégorie «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="53"/>
        <source>No channel is named “{name}”.</source>
        <translation>Aucun canal ne s’appelle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="57"/>
        <location filename="../../engage_desktop/services/agent_tools/entry_rules.py" line="74"/>
        <source>“{code}” is not a language code we know (for example en, fr, de).</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un code de langue connu (par exemple en, fr, de).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="61"/>
        <source>The format is text or html, not “{value}”.</source>
        <translation>Le format est text ou html, pas «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="65"/>
        <source>Choose a column for: {columns}.</source>
        <translation>Choisissez une colonne pour&#xa0;: {columns}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="67"/>
        <source>{problem}</source>
        <translation>Entrée refusée&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/agent_tools/entry_import.py" line="70"/>
        <source>%n line(s) have problems: nothing was imported (all or nothing).</source>
        <translation>
            <numerusform>%n ligne a des problèmes&#xa0;: rien n’a été importé (tout ou rien).</numerusform>
            <numerusform>%n lignes ont des problèmes&#xa0;: rien n’a été importé (tout ou rien).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_sheet.py" line="50"/>
        <source>The file cannot be read as a spreadsheet: {reason}</source>
        <translation>Le fichier ne peut pas être lu comme une feuille de calcul&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_sheet.py" line="54"/>
        <source>The file is empty: it needs a header line and one line per version.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne d’en-tête et une ligne par version.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_sheet.py" line="58"/>
        <source>The file has more than {limit} lines; split it.</source>
        <translation>Le fichier a plus de {limit} lignes&#xa0;; divisez-le.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/entry_sheet.py" line="61"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/groups.py" line="27"/>
        <source>This group no longer exists (it may have been deleted on another workstation).</source>
        <translation>Ce groupe n’existe plus (il a peut-être été supprimé sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/groups.py" line="32"/>
        <source>A group named “{name}” already exists.</source>
        <translation>Un groupe nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/groups.py" line="36"/>
        <source>Some of these entries no longer exist.</source>
        <translation>Certaines de ces entrées n’existent plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/agent_tools/signatures.py" line="31"/>
        <source>This signature no longer exists (it may have been deleted on another workstation).</source>
        <translation>Cette signature n’existe plus (elle a peut-être été supprimée sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/apply.py" line="33"/>
        <source>Nothing was applied: these secrets are missing: {names}</source>
        <translation>Rien n’a été appliqué&#xa0;: ces secrets manquent&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/apply.py" line="37"/>
        <source>{path} records another plan; move it away to apply this one</source>
        <translation>{path} enregistre un autre plan&#xa0;; déplacez-le pour appliquer celui-ci</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/plan.py" line="33"/>
        <source>The plan {path} cannot be used: {reason}</source>
        <translation>Le plan {path} ne peut pas être utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/plan.py" line="37"/>
        <source>{resource} {key} does not exist on the account and its API cannot create it</source>
        <translation>{resource} {key} n’existe pas sur le compte et son API ne permet pas de le créer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/plan.py" line="43"/>
        <source>{resource} {key} differs on the account ({fields}) and its API cannot change it</source>
        <translation>{resource} {key} diffère sur le compte ({fields}) et son API ne permet pas de le modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/plan.py" line="48"/>
        <source>{resource}: the parents of {key} form a cycle</source>
        <translation>{resource}&#xa0;: les parents de {key} forment un cycle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/platform_client.py" line="26"/>
        <source>The platform refused {method} {path}: {status} {message}</source>
        <translation>La plateforme a refusé {method} {path}&#xa0;: {status} {message}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/platform_client.py" line="30"/>
        <source>The platform refused {resource} {key}: {field}: {message}</source>
        <translation>La plateforme a refusé {resource} {key}&#xa0;: {field}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/platform_client.py" line="34"/>
        <source>The platform at {url} did not answer after {attempts} attempts: {reason}</source>
        <translation>La plateforme à l’adresse {url} n’a pas répondu après {attempts} tentatives&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_field_storage.py" line="21"/>
        <source>Stopped: no value was converted.</source>
        <translation>Interrompu&#xa0;: aucune valeur n’a été convertie.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_field_storage.py" line="24"/>
        <source>“{type}” is not a field type.</source>
        <translation>«&#xa0;{type}&#xa0;» n’est pas un type de champ.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="41"/>
        <source>This custom field no longer exists.</source>
        <translation>Ce champ personnalisé n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="45"/>
        <source>The key must be snake_case: lower-case letters, digits and “_”, starting with a letter.</source>
        <translation>La clé doit être en snake_case&#xa0;: lettres minuscules, chiffres et «&#xa0;_&#xa0;», en commençant par une lettre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="51"/>
        <source>Another field of this type already uses the key “{key}”.</source>
        <translation>Un autre champ de ce type utilise déjà la clé «&#xa0;{key}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="55"/>
        <source>Custom fields belong to interventions or identity groups.</source>
        <translation>Les champs personnalisés appartiennent aux interventions ou aux fiches clients.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="59"/>
        <source>A field cannot move to another kind of object; create a new one there.</source>
        <translation>Un champ ne peut pas passer à un autre type d’objet&#xa0;; créez-en un nouveau à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="62"/>
        <source>A choice field needs at least one value.</source>
        <translation>Un champ à choix doit avoir au moins une valeur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="66"/>
        <source>Choice values must be distinct, non-empty, without control characters.</source>
        <translation>Les valeurs possibles doivent être distinctes, non vides et sans caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="70"/>
        <source>{count} stored values cannot become {type}; first ones: {values}. Change or clear them first.</source>
        <translation>{count} valeurs enregistrées ne peuvent pas devenir {type}&#xa0;; les premières&#xa0;: {values}. Modifiez-les ou videz-les d’abord.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="77"/>
        <source>{count} stored values will be converted to {type}.</source>
        <translation>{count} valeurs enregistrées seront converties en {type}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/custom_fields.py" line="79"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="53"/>
        <source>Unknown export “{export}”; the exports are: {exports}.</source>
        <translation>Export «&#xa0;{export}&#xa0;» inconnu&#xa0;; les exports sont&#xa0;: {exports}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="57"/>
        <source>Unknown period “{window}”; the periods are: complete, day, week, month.</source>
        <translation>Période «&#xa0;{window}&#xa0;» inconnue&#xa0;; les périodes sont&#xa0;: complete, day, week, month.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="59"/>
        <location filename="../../engage_desktop/services/digital/journal_browser.py" line="39"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="61"/>
        <source>This export can only be bounded by creation time.</source>
        <translation>Cet export ne peut être borné que par la date de création.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="64"/>
        <source>A period&apos;s bound needs its time zone.</source>
        <translation>Une borne de période doit indiquer son fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports.py" line="68"/>
        <source>“{file}” cannot be a file name: it holds control characters.</source>
        <translation>«&#xa0;{file}&#xa0;» ne peut pas être un nom de fichier&#xa0;: il contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_automated.py" line="48"/>
        <source>Automated exports are switched off for this account (Settings › Extensions).</source>
        <translation>Les exports automatiques sont désactivés pour ce compte (Paramètres › Extensions).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_automated.py" line="53"/>
        <source>This export task no longer exists.</source>
        <translation>Cette tâche d’export n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_automated.py" line="57"/>
        <source>The SFTP server&apos;s host key is not the trusted one: expected {expected}, received {received}. Nothing was sent.</source>
        <translation>La clé d’hôte du serveur SFTP n’est pas celle reconnue comme fiable&#xa0;: attendue {expected}, reçue {received}. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_automated.py" line="65"/>
        <source>The SFTP server could not be used: {reason}</source>
        <translation>Le serveur SFTP n’a pas pu être utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="28"/>
        <source>Another export task is named “{name}”.</source>
        <translation>Une autre tâche d’export s’appelle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="31"/>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie de&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="33"/>
        <source>The hour is between 0 and 23.</source>
        <translation>L’heure est comprise entre 0 et 23.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="35"/>
        <source>Choose at least one export for this task.</source>
        <translation>Choisissez au moins un export pour cette tâche.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="39"/>
        <source>“{export}” cannot be exported: {reason}</source>
        <translation>«&#xa0;{export}&#xa0;» ne peut pas être exporté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="43"/>
        <source>The file name may use {label}, {year}, {month}, {day}, {export_name} and no folder separator; with several exports in separate files it must contain {export_name}.</source>
        <translation>Le nom de fichier peut utiliser {label}, {year}, {month}, {day}, {export_name} et aucun séparateur de dossier&#xa0;; avec plusieurs exports dans des fichiers séparés, il doit contenir {export_name}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="50"/>
        <source>Choose the folder the files go to.</source>
        <translation>Choisissez le dossier de destination des fichiers.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="54"/>
        <source>Give the folder&apos;s full path: a relative one would change with where the exports run.</source>
        <translation>Indiquez le chemin complet du dossier&#xa0;: un chemin relatif changerait selon l’endroit où les exports s’exécutent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="59"/>
        <source>The SFTP server needs a host and a user.</source>
        <translation>Le serveur SFTP nécessite un hôte et un utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="62"/>
        <source>The port is between 1 and 65535.</source>
        <translation>Le port est compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="66"/>
        <source>A host key fingerprint looks like SHA256: followed by 43 characters.</source>
        <translation>Une empreinte de clé d’hôte s’écrit SHA256: suivi de 43 caractères.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="72"/>
        <source>This value is too long or holds control characters.</source>
        <translation>Cette valeur est trop longue ou contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_task_form.py" line="76"/>
        <source>With this task&apos;s name the file names would be too long for the disk; shorten the pattern or the name.</source>
        <translation>Avec le nom de cette tâche, les noms de fichiers seraient trop longs pour le disque&#xa0;; raccourcissez le motif ou le nom.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="124"/>
        <source>Conversations are not stored in this database yet (they come with the routing engine).</source>
        <translation>Les conversations ne sont pas encore enregistrées dans cette base de données (elles arrivent avec le moteur de routage).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="130"/>
        <source>Agents&apos; notification settings are not stored in this database yet.</source>
        <translation>Les paramètres de notification des agents ne sont pas encore enregistrés dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="134"/>
        <source>Time spent in each presence status is not recorded in this database yet.</source>
        <translation>Le temps passé dans chaque statut de présence n’est pas encore enregistré dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="138"/>
        <source>The reply assistant&apos;s export is not available in this version yet.</source>
        <translation>L’export de l’assistant de réponse n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="141"/>
        <source>The tags export is not available in this version yet.</source>
        <translation>L’export des repères d’identification n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="31"/>
        <source>This folder no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="33"/>
        <source>The parent folder no longer exists.</source>
        <translation>Le dossier parent n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="37"/>
        <source>“{name}” cannot go inside “{parent}”: that folder is inside it.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas aller dans «&#xa0;{parent}&#xa0;»&#xa0;: ce dossier se trouve à l’intérieur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="40"/>
        <source>There is no tag named “{name}” (position {start}).</source>
        <translation>Aucun repère d’identification ne s’appelle «&#xa0;{name}&#xa0;» (position {start}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/folders.py" line="44"/>
        <source>Some of these roles, teams or users no longer exist.</source>
        <translation>Certains de ces rôles, équipes ou utilisateurs n’existent plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_group_records.py" line="24"/>
        <source>This customer profile no longer exists.</source>
        <translation>Ce profil client n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_groups.py" line="76"/>
        <source>Some of these tags no longer exist.</source>
        <translation>Certains de ces repères d’identification n’existent plus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_groups.py" line="80"/>
        <source>There is no custom field “{key}” for customer profiles.</source>
        <translation>Il n’y a pas de champ personnalisé «&#xa0;{key}&#xa0;» pour les profils clients.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_groups.py" line="84"/>
        <source>“{value}” is not a valid value for {label} ({type}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une valeur valide pour {label} ({type}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_merge.py" line="42"/>
        <source>This identity is already part of this customer profile.</source>
        <translation>Cette identité fait déjà partie de ce profil client.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_merge.py" line="46"/>
        <source>This identity is not part of this customer profile.</source>
        <translation>Cette identité ne fait pas partie de ce profil client.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/identity_merge.py" line="50"/>
        <source>This is the profile&apos;s only identity: there is nothing to unmerge it from.</source>
        <translation>C’est la seule identité du profil&#xa0;: il n’y a rien dont la séparer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/journal_browser.py" line="37"/>
        <source>“{text}” is not an event name or group (examples: user.created, user.*).</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un nom ou un groupe d’événements (exemples&#xa0;: user.created, user.*).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/journal_browser.py" line="41"/>
        <source>The check was stopped before the end.</source>
        <translation>La vérification a été interrompue avant la fin.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="57"/>
        <source>This quote is never closed (position {start}).</source>
        <translation>Ces guillemets ne sont jamais fermés (position {start}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="61"/>
        <source>“-” must be followed by what to exclude, e.g. -tag:VIP (position {start}).</source>
        <translation>«&#xa0;-&#xa0;» doit être suivi de ce qu’il faut exclure, p. ex. -tag:VIP (position {start}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="64"/>
        <source>“{keyword}:” needs a value (position {start}).</source>
        <translation>«&#xa0;{keyword}:&#xa0;» nécessite une valeur (position {start}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="67"/>
        <source>A keyword is missing before “:” (position {start}).</source>
        <translation>Il manque un mot-clé avant «&#xa0;:&#xa0;» (position {start}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="71"/>
        <source>“{keyword}” is not a search keyword (known: {known}).</source>
        <translation>«&#xa0;{keyword}&#xa0;» n’est pas un mot-clé de recherche (connus&#xa0;: {known}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="75"/>
        <source>“{keyword}” takes true or false (also 1/0, on/off, yes/no), not “{value}”.</source>
        <translation>«&#xa0;{keyword}&#xa0;» prend true ou false (ou 1/0, on/off, yes/no), pas «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="79"/>
        <source>“{keyword}” takes a date written 2026-12-31, not “{value}”.</source>
        <translation>«&#xa0;{keyword}&#xa0;» prend une date écrite 2026-12-31, pas «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="82"/>
        <source>“status” is one of {known}, not “{value}”.</source>
        <translation>«&#xa0;status&#xa0;» vaut l’une des valeurs {known}, pas «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="86"/>
        <source>Put a space after the closing quote (position {start}).</source>
        <translation>Mettez une espace après le guillemet fermant (position {start}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="90"/>
        <source>The query contains a control character (position {start}).</source>
        <translation>La requête contient un caractère de contrôle (position {start}).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/search_query.py" line="93"/>
        <source>The query is too long (at most {max_length} characters).</source>
        <translation>La requête est trop longue ({max_length} caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="32"/>
        <source>This tag no longer exists (it may have been deleted on another workstation).</source>
        <translation>Ce repère d’identification n’existe plus (il a peut-être été supprimé sur un autre poste).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="37"/>
        <source>A tag named “{name}” already exists.</source>
        <translation>Un repère d’identification nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="40"/>
        <source>Choose at least one other tag to merge into “{name}”.</source>
        <translation>Choisissez au moins un autre repère d’identification à fusionner dans «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="44"/>
        <source>“{name}” is a condition of these folders: {folders}. Change their query first.</source>
        <translation>«&#xa0;{name}&#xa0;» est une condition de ces dossiers&#xa0;: {folders}. Modifiez d’abord leur requête.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/tags.py" line="50"/>
        <source>With this name the query of the folder “{folder}” would pass {max_length} characters; shorten that query first.</source>
        <translation>Avec ce nom, la requête du dossier «&#xa0;{folder}&#xa0;» dépasserait {max_length} caractères&#xa0;; raccourcissez d’abord cette requête.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="9"/>
        <source>No source “{source}” exists.</source>
        <translation>Aucun canal «&#xa0;{source}&#xa0;» n’existe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="13"/>
        <source>The source “{source}” is not active: its messages are refused.</source>
        <translation>Le canal «&#xa0;{source}&#xa0;» n’est pas actif&#xa0;: ses messages sont refusés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="17"/>
        <source>This task no longer exists or is no longer waiting; reload the monitor.</source>
        <translation>Cette tâche n’existe plus ou n’est plus en attente&#xa0;; rechargez la supervision.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="20"/>
        <source>This task is not held by this agent.</source>
        <translation>Cette tâche n’est pas détenue par cet agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="23"/>
        <source>No queue “{queue}” in the active topology.</source>
        <translation>Aucune file «&#xa0;{queue}&#xa0;» dans la topologie active.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="27"/>
        <source>{agent} cannot take this task (not connected, not allowed on its source, or at hard capacity).</source>
        <translation>{agent} ne peut pas prendre cette tâche (non connecté, non autorisé sur son canal ou à sa capacité maximale).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="34"/>
        <source>You may only act on tasks and agents of the teams you lead.</source>
        <translation>Vous ne pouvez agir que sur les tâches et les agents des équipes que vous dirigez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="37"/>
        <source>Raise the priority by 1 to {maximum}.</source>
        <translation>Augmentez la priorité de 1 à {maximum}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="41"/>
        <source>The routing engine already runs on {holder}; this workstation shows the monitor.</source>
        <translation>Le moteur de routage tourne déjà sur {holder}&#xa0;; ce poste affiche la supervision.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="46"/>
        <source>“{field}” is required and must be text.</source>
        <translation>«&#xa0;{field}&#xa0;» est obligatoire et doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="50"/>
        <source>“timestamp” must be an ISO 8601 date and time with its zone: {value}</source>
        <translation>«&#xa0;timestamp&#xa0;» doit être une date et une heure ISO 8601 avec son fuseau&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="53"/>
        <source>Each line must be one JSON object.</source>
        <translation>Chaque ligne doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="55"/>
        <source>Malformed JSON: {reason}</source>
        <translation>JSON mal formé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="58"/>
        <source>“{field}” holds characters that cannot be stored (NUL or lone surrogates).</source>
        <translation>«&#xa0;{field}&#xa0;» contient des caractères qui ne peuvent pas être enregistrés (NUL ou substituts isolés).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="61"/>
        <source>“{field}” is longer than {maximum} characters.</source>
        <translation>«&#xa0;{field}&#xa0;» dépasse {maximum} caractères.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="64"/>
        <source>The line is longer than {maximum} bytes.</source>
        <translation>La ligne dépasse {maximum} octets.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="68"/>
        <source>“timestamp” must fall between {earliest} and {latest}: {value}</source>
        <translation>«&#xa0;timestamp&#xa0;» doit être compris entre {earliest} et {latest}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/errors.py" line="73"/>
        <source>“timestamp” is more than a day ahead of this computer’s clock ({now}): {value}</source>
        <translation>«&#xa0;timestamp&#xa0;» est en avance de plus d’un jour sur l’horloge de cet ordinateur ({now})&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/simulation_scenarios.py" line="82"/>
        <source>There is nothing to simulate: the trace has no interaction this configuration can receive (no active source). Generate a demo configuration or read a trace file.</source>
        <translation>Il n’y a rien à simuler&#xa0;: la trace ne contient aucune interaction que cette configuration peut recevoir (aucun canal actif). Générez une configuration de démonstration ou lisez un fichier de trace.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="35"/>
        <source>Routing mode needs an active topology: create one in Routing › Topologies and activate it.</source>
        <translation>Le mode routage nécessite une topologie active&#xa0;: créez-en une dans Routage › Topologies et activez-la.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="41"/>
        <source>The active topology “{name}” has problems to fix first: {problems}</source>
        <translation>La topologie active «&#xa0;{name}&#xa0;» a d’abord des problèmes à corriger&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="43"/>
        <source>Choose one of: {choices}.</source>
        <translation>Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="46"/>
        <source>“{value}” is not a language code such as fr, en or pt-BR.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code de langue comme fr, en ou pt-BR.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="49"/>
        <location filename="../../engage_desktop/services/settings/security.py" line="39"/>
        <source>Choose a whole number from {low} to {high}.</source>
        <translation>Choisissez un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/account.py" line="147"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/api_tokens.py" line="47"/>
        <source>This API access token no longer exists (it may have been revoked elsewhere).</source>
        <translation>Ce jeton d’accès API n’existe plus (il a peut-être été révoqué ailleurs).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/api_tokens.py" line="53"/>
        <source>Choose an enabled user for the token to act as.</source>
        <translation>Choisissez un utilisateur actif au nom duquel le jeton agira.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/api_tokens.py" line="57"/>
        <source>“{user}” holds permissions your role lacks; a token acting as them would give you those permissions.</source>
        <translation>«&#xa0;{user}&#xa0;» possède des permissions que votre rôle n’a pas&#xa0;; un jeton agissant en son nom vous donnerait ces permissions.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/business_hours.py" line="28"/>
        <source>“{text}” is not a list of hours like 0900-1230,1400-1800 (each range HHMM-HHMM).</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une liste d’horaires comme 0900-1230,1400-1800 (chaque plage au format HHMM-HHMM).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/business_hours.py" line="34"/>
        <source>The range {range} ends before it starts or overlaps the one before it.</source>
        <translation>La plage {range} se termine avant de commencer ou chevauche la précédente.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/business_hours.py" line="38"/>
        <source>“{zone}” is not a time zone name like Europe/Paris.</source>
        <translation>«&#xa0;{zone}&#xa0;» n’est pas un nom de fuseau horaire comme Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="36"/>
        <source>“{name}” is not an extension of this console.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas une extension de cette console.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="40"/>
        <source>Settings must be a JSON object of names and values.</source>
        <translation>Les paramètres doivent être un objet JSON de noms et de valeurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/holiday_import.py" line="20"/>
        <source>Line {line}: “{text}” is not a date (YYYY-MM-DD) followed by a name.</source>
        <translation>Ligne {line}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas une date (AAAA-MM-JJ) suivie d’un nom.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/holiday_import.py" line="23"/>
        <source>The file holds no holiday to import.</source>
        <translation>Le fichier ne contient aucun jour férié à importer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/holiday_import.py" line="27"/>
        <source>The file holds {count} holiday days; only the first {limit} are read.</source>
        <translation>Le fichier contient {count} jours fériés&#xa0;; seuls les {limit} premiers sont lus.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="37"/>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="82"/>
        <source>“{name}” is not a journal event.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un événement du journal.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="40"/>
        <source>Choose in the console or by e-mail.</source>
        <translation>Choisissez dans la console ou par e-mail.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="44"/>
        <source>The condition text is too long (200 characters at most) or holds control characters.</source>
        <translation>Le texte de la condition est trop long (200 caractères au plus) ou contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/notifications.py" line="50"/>
        <source>This notification no longer exists (it may have been deleted elsewhere).</source>
        <translation>Cette notification n’existe plus (elle a peut-être été supprimée ailleurs).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/settings/password_rules.py" line="22"/>
        <source>This password was one of your last %n; choose a new one.</source>
        <translation>
            <numerusform>Ce mot de passe est celui que vous utilisiez en dernier (historique&#xa0;: %n)&#xa0;; choisissez-en un nouveau.</numerusform>
            <numerusform>Ce mot de passe fait partie de vos %n derniers&#xa0;; choisissez-en un nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/password_rules.py" line="27"/>
        <source>Your password has expired (older than {days} days); choose a new one.</source>
        <translation>Votre mot de passe a expiré (plus de {days} jours)&#xa0;; choisissez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="43"/>
        <source>“{value}” is not an IP address or range such as 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse ou une plage IP comme 10.0.0.0/8 ou 2001:db8::/32.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="49"/>
        <source>This change affects your own access; confirm it to go on: {warnings}</source>
        <translation>Cette modification touche votre propre accès&#xa0;; confirmez-la pour continuer&#xa0;: {warnings}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="53"/>
        <source>your own password is older than {days} days: your next sign-in will ask you to change it</source>
        <translation>votre propre mot de passe a plus de {days} jours&#xa0;: votre prochaine connexion vous demandera de le changer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="60"/>
        <source>the console will lock after {minutes} minute(s) without input</source>
        <translation>la console se verrouillera après {minutes} min sans saisie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/security.py" line="64"/>
        <source>Wrong e-mail/nickname or current password.</source>
        <translation>E-mail/pseudo ou mot de passe actuel incorrect.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/time_sheets.py" line="45"/>
        <source>This time sheet no longer exists (it may have been deleted elsewhere).</source>
        <translation>Ce calendrier n’existe plus (il a peut-être été supprimé ailleurs).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/time_sheets.py" line="49"/>
        <source>The holiday of {date} has a name that is too long or holds control characters.</source>
        <translation>Le jour férié du {date} a un nom trop long ou contenant des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="74"/>
        <source>Use an https:// address (http:// only to this computer: 127.0.0.1, ::1 or localhost).</source>
        <translation>Utilisez une adresse https:// (http:// uniquement vers cet ordinateur&#xa0;: 127.0.0.1, ::1 ou localhost).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="79"/>
        <source>Choose at least one event to send.</source>
        <translation>Choisissez au moins un événement à envoyer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="86"/>
        <source>The verify token is too long or holds characters it cannot keep.</source>
        <translation>Le jeton de vérification est trop long ou contient des caractères qu’il ne peut pas conserver.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="90"/>
        <source>This webhook no longer exists (it may have been deleted elsewhere).</source>
        <translation>Ce webhook n’existe plus (il a peut-être été supprimé ailleurs).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/webhooks.py" line="335"/>
        <source>The verify token holds characters it cannot keep.</source>
        <translation>Le jeton de vérification contient des caractères qu’il ne peut pas conserver.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/permissions.py" line="233"/>
        <source>Permissions must be a list of names.</source>
        <translation>Les permissions doivent être une liste de noms.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/access/permissions.py" line="236"/>
        <source>Unknown permission(s): {names}</source>
        <translation>Permission(s) inconnue(s)&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="10"/>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="12"/>
        <source>not a bundle folder or zip file</source>
        <translation>ni un dossier ni un fichier zip de lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="15"/>
        <source>missing: this is not a bundle</source>
        <translation>absent&#xa0;: ce n’est pas un lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="17"/>
        <source>not valid JSON ({reason})</source>
        <translation>JSON non valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="20"/>
        <source>format version {version} is not supported (this tool reads {supported})</source>
        <translation>la version de format {version} n’est pas prise en charge (cet outil lit la version {supported})</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="23"/>
        <source>file listed in the manifest is missing</source>
        <translation>fichier listé dans le manifeste introuvable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="27"/>
        <source>checksum does not match the manifest (file altered)</source>
        <translation>la somme de contrôle ne correspond pas au manifeste (fichier modifié)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="29"/>
        <source>expected {{&quot;records&quot;: [...]}}</source>
        <translation>attendu&#xa0;: {{&quot;records&quot;: [...]}}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="30"/>
        <source>duplicate id {id}</source>
        <translation>identifiant {id} en double</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="33"/>
        <source>refers to {target} id {id}, which the bundle does not hold</source>
        <translation>fait référence à l’identifiant {id} de {target}, absent du lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="36"/>
        <source>a secret may not be written</source>
        <translation>un secret ne peut pas être écrit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="40"/>
        <source>Field required</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="42"/>
        <source>Extra inputs are not permitted</source>
        <translation>Les champs supplémentaires ne sont pas autorisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="45"/>
        <source>Input should be a valid string</source>
        <translation>La valeur doit être un texte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="48"/>
        <source>Input should be a valid integer</source>
        <translation>La valeur doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="51"/>
        <source>Input should be a valid boolean</source>
        <translation>La valeur doit être un booléen</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="53"/>
        <source>Input should be a valid list</source>
        <translation>La valeur doit être une liste</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="55"/>
        <source>Input should be a valid dictionary</source>
        <translation>La valeur doit être un objet (dictionnaire)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="59"/>
        <source>String should have at least %n character(s)</source>
        <translation>
            <numerusform>Le texte doit comporter au moins %n caractère</numerusform>
            <numerusform>Le texte doit comporter au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="64"/>
        <source>String should match pattern &apos;{pattern}&apos;</source>
        <translation>Le texte doit correspondre au motif «&#xa0;{pattern}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="66"/>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="69"/>
        <source>contains a lone surrogate (not a valid string)</source>
        <translation>contient un substitut isolé (texte non valide)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="72"/>
        <source>Input should be less than or equal to {limit}</source>
        <translation>La valeur doit être inférieure ou égale à {limit}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="75"/>
        <source>Input should be greater than or equal to {limit}</source>
        <translation>La valeur doit être supérieure ou égale à {limit}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="77"/>
        <source>Invalid value ({type})</source>
        <translation>Valeur non valide ({type})</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="82"/>
        <source>“{value}” is also the {field} of {other}; it must be unique.</source>
        <translation>«&#xa0;{value}&#xa0;» est déjà la valeur de {field} de {other}&#xa0;; elle doit être unique.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="86"/>
        <source>“{value}” is also the {field} of record {other} of this file; it must be unique.</source>
        <translation>«&#xa0;{value}&#xa0;» est déjà la valeur de {field} de l’enregistrement {other} de ce fichier&#xa0;; elle doit être unique.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="92"/>
        <source>The bundle has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>Le lot de configuration comporte %n problème&#xa0;; rien n’a été modifié.</numerusform>
            <numerusform>Le lot de configuration comporte %n problèmes&#xa0;; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="99"/>
        <source>The bundle {path} cannot be used; nothing was changed.</source>
        <translation>Le lot de configuration {path} est inutilisable&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="103"/>
        <source>give one bundle (compared with the local configuration) or two</source>
        <translation>indiquez un lot de configuration (comparé à la configuration locale) ou deux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="107"/>
        <source>--as EMAIL is required: this command reads or changes the configuration</source>
        <translation>--as EMAIL est obligatoire&#xa0;: cette commande lit ou modifie la configuration</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="111"/>
        <source>Bundle written to {path} (%n file(s)).</source>
        <translation>
            <numerusform>Lot de configuration écrit dans {path} (%n fichier).</numerusform>
            <numerusform>Lot de configuration écrit dans {path} (%n fichiers).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="116"/>
        <source>Merged: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>Fusion terminée — créés&#xa0;: {created}, mis à jour&#xa0;: {updated}, inchangés&#xa0;: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="120"/>
        <source>{path} exists already; choose a new workspace file</source>
        <translation>{path} existe déjà&#xa0;; choisissez un nouveau fichier d’espace de travail</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="124"/>
        <source>Workspace {path}: %n object(s) imported. Open it with --db sqlite:///{path}</source>
        <translation>
            <numerusform>Espace de travail {path}&#xa0;: %n objet importé. Ouvrez-le avec --db sqlite:///{path}</numerusform>
            <numerusform>Espace de travail {path}&#xa0;: %n objets importés. Ouvrez-le avec --db sqlite:///{path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="129"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/bundle_messages.py" line="132"/>
        <source>{resource}: {added} added, {removed} removed, {changed} changed</source>
        <translation>{resource} — ajoutés&#xa0;: {added}, supprimés&#xa0;: {removed}, modifiés&#xa0;: {changed}</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/export_job.py" line="28"/>
        <source>{path} already holds files; choose a new folder name for the bundle</source>
        <translation>{path} contient déjà des fichiers&#xa0;; choisissez un nouveau nom de dossier pour le lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/workspace.py" line="39"/>
        <source>There is no database at {path}.</source>
        <translation>Il n’y a pas de base de données à l’emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/workspace.py" line="43"/>
        <source>This is the workspace itself; choose the main database to merge into.</source>
        <translation>C’est l’espace de travail lui-même&#xa0;; choisissez la base de données principale dans laquelle fusionner.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/bundles/workspace.py" line="47"/>
        <source>{path} is a workspace too; choose the main database to merge into.</source>
        <translation>{path} est aussi un espace de travail&#xa0;; choisissez la base de données principale dans laquelle fusionner.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/routing/engine/trace_import.py" line="43"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ExpiredPasswordDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="18"/>
        <source>Change and sign in</source>
        <translation>Changer et se connecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="20"/>
        <source>Password expired</source>
        <translation>Mot de passe expiré</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="23"/>
        <source>Your password has expired. Choose a new one to sign in.</source>
        <translation>Votre mot de passe a expiré. Choisissez-en un nouveau pour vous connecter.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="26"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="29"/>
        <source>Repeat it</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="38"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/expired_password_dialog.py" line="43"/>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
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
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="78"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="86"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="80"/>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="81"/>
        <source>Incremental: the past day</source>
        <translation>Incrémentale&#xa0;: la dernière journée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="82"/>
        <source>Incremental: the past week</source>
        <translation>Incrémentale&#xa0;: la dernière semaine</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="83"/>
        <source>Incremental: the past month</source>
        <translation>Incrémentale&#xa0;: le dernier mois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="92"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="93"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="107"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="108"/>
        <source>Bound by update time instead of creation time</source>
        <translation>Borner par la date de mise à jour plutôt que par la date de création</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="117"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="121"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="123"/>
        <source>Sensitive columns (names, phones, e-mails, message bodies) stay out unless ticked.</source>
        <translation>Les colonnes sensibles (noms, téléphones, e-mails, corps des messages) sont exclues sauf si elles sont cochées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="128"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="135"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="130"/>
        <source>BI (UTF-8, comma, ISO dates in UTC, 1/0)</source>
        <translation>BI (UTF-8, virgule, dates ISO en UTC, 1/0)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="131"/>
        <source>Excel, English (09-24-2013 19:00, true/false)</source>
        <translation>Excel, anglais (09-24-2013 19:00, true/false)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="132"/>
        <source>Excel, French (24/09/2013 19:00, vrai/faux, semicolons)</source>
        <translation>Excel, français (24/09/2013 19:00, vrai/faux, points-virgules)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="142"/>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="148"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="143"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="150"/>
        <source>Only the events of the journal&apos;s current filter are exported.</source>
        <translation>Seuls les événements du filtre actuel du journal sont exportés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="173"/>
        <source>Your role cannot take this data out of the account.</source>
        <translation>Votre rôle ne permet pas de sortir ces données du compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="196"/>
        <source>%1 (sensitive)</source>
        <translation>%1 (sensible)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="226"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="235"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="243"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/export_dialog.py" line="267"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportFieldsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="50"/>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="53"/>
        <source>Names and e-mail addresses are personal data: tick them only if needed.</source>
        <translation>Les noms et les adresses e-mail sont des données personnelles&#xa0;: ne les cochez que si nécessaire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="58"/>
        <source> (personal data)</source>
        <translation> (données personnelles)</translation>
    </message>
</context>
<context>
    <name>ExportedDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="58"/>
        <source>Bundle exported</source>
        <translation>Lot de configuration exporté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="62"/>
        <source>%Ln record(s) written to %1</source>
        <translation>
            <numerusform>%Ln enregistrement écrit dans %1</numerusform>
            <numerusform>%Ln enregistrements écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="68"/>
        <source>Records per resource</source>
        <translation>Enregistrements par ressource</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="69"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/export_flow.py" line="69"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="147"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="174"/>
        <source>Agents&apos; source permissions</source>
        <translation>Permissions des agents sur les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="199"/>
        <source>Agents&apos; notifications</source>
        <translation>Notifications des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="203"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="224"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="242"/>
        <source>Sources</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="260"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="288"/>
        <source>Identity groups</source>
        <translation>Fiches clients</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="302"/>
        <source>Threads</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="303"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="304"/>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="306"/>
        <source>Intervention comments</source>
        <translation>Commentaires des interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="309"/>
        <source>Intervention segments</source>
        <translation>Segments des interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="311"/>
        <source>Presence time</source>
        <translation>Temps de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="314"/>
        <source>Audit journal</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="334"/>
        <source>Reply assistant</source>
        <translation>Assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="336"/>
        <source>Tags</source>
        <translation>Repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/digital/exports_catalog.py" line="339"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="43"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="66"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="140"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="50"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="129"/>
        <source>Automated exports</source>
        <translation>Exports automatiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="60"/>
        <source>Your role cannot export this</source>
        <translation>Votre rôle ne permet pas d’exporter ceci</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="61"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="70"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="74"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="77"/>
        <source>Sensitive columns</source>
        <translation>Colonnes sensibles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="81"/>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Rechercher des exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="92"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="116"/>
        <source>Automated exports are switched off for this account. An administrator can switch them on in Settings › Extensions.</source>
        <translation>Les exports automatiques sont désactivés pour ce compte. Un administrateur peut les activer dans Paramètres › Extensions.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="131"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="134"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="142"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="143"/>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="144"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="149"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="150"/>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="151"/>
        <source>No automated export yet</source>
        <translation>Aucun export automatique pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="153"/>
        <source>A task exports on a schedule (every day, every Monday, the 1st of the month) to a folder or an SFTP server, while a console is open or from “engage-desktop exports run-due”.</source>
        <translation>Une tâche exporte selon une planification (chaque jour, chaque lundi, le 1er du mois) vers un dossier ou un serveur SFTP, tant qu’une console est ouverte ou via «&#xa0;engage-desktop exports run-due&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="159"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="171"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="162"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="165"/>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="206"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="178"/>
        <source>Not run yet</source>
        <translation>Pas encore exécutée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="181"/>
        <source>Succeeded %1</source>
        <translation>Réussie %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="182"/>
        <source>Failed %1: %2</source>
        <translation>Échec %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="204"/>
        <source>Delete automated export</source>
        <translation>Supprimer l’export automatique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="205"/>
        <source>Delete the automated export “%1”?</source>
        <translation>Supprimer l’export automatique «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/exports_page.py" line="208"/>
        <source>Files already delivered stay where they are. The deletion is written to the audit journal.</source>
        <translation>Les fichiers déjà livrés restent où ils sont. La suppression est inscrite au journal d’audit.</translation>
    </message>
</context>
<context>
    <name>ExtensionSettingsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="32"/>
        <source>Settings of “%1”</source>
        <translation>Paramètres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="40"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="45"/>
        <source>Settings (JSON)</source>
        <translation>Paramètres (JSON)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="47"/>
        <source>Names and values this feature reads.</source>
        <translation>Noms et valeurs lus par cette fonctionnalité.</translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="46"/>
        <source>Reply assistant</source>
        <translation>Assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="47"/>
        <source>A knowledge base of ready answers agents insert into replies.</source>
        <translation>Une base de connaissances de réponses toutes prêtes que les agents insèrent dans leurs réponses.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="50"/>
        <source>Rules engine</source>
        <translation>Moteur de règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="51"/>
        <source>Rules that categorise, prioritise and route messages as they arrive.</source>
        <translation>Des règles qui catégorisent, priorisent et routent les messages à leur arrivée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="56"/>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="57"/>
        <source>Satisfaction surveys sent to customers after a conversation.</source>
        <translation>Enquêtes de satisfaction envoyées aux clients après une conversation.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="60"/>
        <source>Automated exports</source>
        <translation>Exports automatiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="61"/>
        <source>Exports that run on a schedule to a folder or an SFTP server.</source>
        <translation>Des exports exécutés selon une planification vers un dossier ou un serveur SFTP.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="64"/>
        <source>Co-browsing</source>
        <translation>Co-navigation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="65"/>
        <source>Agents see and guide the customer&apos;s web page during a chat.</source>
        <translation>Les agents voient et guident la page web du client pendant un chat.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="68"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="69"/>
        <source>Agents escalate a chat to a video call.</source>
        <translation>Les agents font passer un chat en appel vidéo.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="72"/>
        <source>AI categorisation</source>
        <translation>Catégorisation par IA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/settings/extensions.py" line="73"/>
        <source>Categories suggested for incoming messages from their text.</source>
        <translation>Catégories suggérées pour les messages entrants à partir de leur texte.</translation>
    </message>
</context>
<context>
    <name>ExtensionsPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="69"/>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="72"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="90"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="73"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="91"/>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="73"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="91"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="78"/>
        <source>Permissions hidden while off</source>
        <translation>Permissions masquées si désactivée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="84"/>
        <source>What it does</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="91"/>
        <source>All features</source>
        <translation>Toutes les fonctionnalités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="95"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="100"/>
        <source>Search features</source>
        <translation>Rechercher des fonctionnalités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="102"/>
        <source>No extensions</source>
        <translation>Aucune extension</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="108"/>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="116"/>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="154"/>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="123"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="131"/>
        <source>A feature that is off keeps its data: its pages and permissions are hidden and come back when it is turned on again. The navigation follows at the next sign-in.</source>
        <translation>Une fonctionnalité désactivée conserve ses données&#xa0;: ses pages et ses permissions sont masquées et réapparaissent quand elle est réactivée. La navigation suit à la prochaine connexion.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="144"/>
        <source>%Ln feature(s)</source>
        <translation>
            <numerusform>%Ln fonctionnalité</numerusform>
            <numerusform>%Ln fonctionnalités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="152"/>
        <source>Turn off feature</source>
        <translation>Désactiver la fonctionnalité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="153"/>
        <source>Turn off “%1”?</source>
        <translation>Désactiver «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/extensions_page.py" line="155"/>
        <source>Its pages and permissions are hidden and its actions refused; nothing is deleted.</source>
        <translation>Ses pages et ses permissions sont masquées et ses actions refusées&#xa0;; rien n’est supprimé.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="188"/>
        <source>Welcome — Engage Desktop</source>
        <translation>Bienvenue — Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="189"/>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="192"/>
        <source>This database is empty. The first account you create holds every permission; you can invite the rest of the team afterwards.</source>
        <translation>Cette base de données est vide. Le premier compte que vous créez dispose de toutes les autorisations&#xa0;; vous pourrez inviter le reste de l’équipe ensuite.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="196"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="197"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="198"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="199"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="202"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="204"/>
        <source>At least 10 characters, including a digit.</source>
        <translation>Au moins 10 caractères, dont un chiffre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="206"/>
        <source>Repeat the password</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="207"/>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
</context>
<context>
    <name>FolderEditor</name>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="49"/>
        <source>No folder selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="54"/>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="69"/>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="218"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="64"/>
        <source>Show the number of threads to agents</source>
        <translation>Afficher le nombre de conversations aux agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="68"/>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="70"/>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="73"/>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="218"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="75"/>
        <source>keyword:value, quotes around spaces, -keyword: excludes; plain words search the text.</source>
        <translation>mot-clé:valeur, guillemets autour des espaces, -mot-clé: exclut&#xa0;; les mots simples recherchent dans le texte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="84"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="85"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="86"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="90"/>
        <source>Shown to these %1</source>
        <translation>Visible par ces %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="95"/>
        <source>Shown to</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="97"/>
        <source>Nothing ticked: everyone. Otherwise the ticked roles, teams and users.</source>
        <translation>Rien de coché&#xa0;: tout le monde. Sinon, les rôles, équipes et utilisateurs cochés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="99"/>
        <source>Save folder</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="142"/>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="154"/>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="187"/>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="201"/>
        <source>No count: %1 apply to threads, which carry no customer yet.</source>
        <translation>Pas de décompte&#xa0;: %1 s’appliquent aux conversations, qui ne portent encore aucun client.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/folder_editor.py" line="206"/>
        <source>Matches %Ln customer profile(s)</source>
        <translation>
            <numerusform>Correspond à %Ln profil client</numerusform>
            <numerusform>Correspond à %Ln profils clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderTree</name>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="39"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="71"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="80"/>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="84"/>
        <source>New subfolder</source>
        <translation>Nouveau sous-dossier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="87"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="134"/>
        <source>Every thread</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="187"/>
        <source>The folders inside it are deleted too.</source>
        <translation>Les dossiers qu’il contient sont également supprimés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="190"/>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="192"/>
        <source>Delete folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/folders_page.py" line="191"/>
        <source>Delete the folder “%1”?</source>
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/form.py" line="218"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>GroupEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="29"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="41"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="82"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="31"/>
        <source>Suggest these entries while the agent types</source>
        <translation>Suggérer ces entrées pendant que l’agent tape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="36"/>
        <source>Entries in the group</source>
        <translation>Entrées du groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="42"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="82"/>
        <source>Autocomplete</source>
        <translation>Saisie semi-automatique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="45"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="82"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="47"/>
        <source>An entry belongs to one group: ticking it here takes it out of its other group.</source>
        <translation>Une entrée appartient à un seul groupe&#xa0;: la cocher ici la retire de son autre groupe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="49"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="49"/>
        <source>Edit group</source>
        <translation>Modifier le groupe</translation>
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
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="323"/>
        <source>%Ln identity(ies)</source>
        <translation>
            <numerusform>%Ln identité</numerusform>
            <numerusform>%Ln identités</numerusform>
        </translation>
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
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="319"/>
        <source>Show the identities of every community</source>
        <translation>Afficher les identités de toutes les communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="352"/>
        <source>Tick Reply on a channel (Channel permissions tab) to choose the identities this user replies as there.</source>
        <translation>Cochez «&#xa0;Réponse&#xa0;» pour un canal (onglet Autorisations par canal) afin de choisir les identités sous lesquelles cet utilisateur y répond.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="361"/>
        <source>Only company identities marked as controlled (Channels › Identities) are offered.</source>
        <translation>Seules les identités d’entreprise marquées comme contrôlées (Canaux › Identités) sont proposées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="398"/>
        <source>Tick an identity: this user may reply on this community&apos;s channels.</source>
        <translation>Cochez une identité&#xa0;: cet utilisateur pourra répondre sur les canaux de cette communauté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_access_tabs.py" line="406"/>
        <source>%Ln identity(ies) chosen</source>
        <translation>
            <numerusform>%Ln identité choisie</numerusform>
            <numerusform>%Ln identités choisies</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/identities_page.py" line="207"/>
        <source>%1 — %Ln identity(ies) in this customer profile</source>
        <translation>
            <numerusform>%1 — %Ln identité dans cette fiche client</numerusform>
            <numerusform>%1 — %Ln identités dans cette fiche client</numerusform>
        </translation>
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
    <name>IdentityGroupDetailPanel</name>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="54"/>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="136"/>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="60"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="61"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="62"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="72"/>
        <source>Identities of this customer</source>
        <translation>Identités de ce client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="74"/>
        <source>Merge an identity…</source>
        <translation>Fusionner une identité…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="77"/>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="259"/>
        <source>Unmerge</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="79"/>
        <source>The selected identity leaves with what it brought</source>
        <translation>L’identité sélectionnée repart avec ce qu’elle a apporté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="90"/>
        <source>Tags of this customer</source>
        <translation>Repères d’identification de ce client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="91"/>
        <source>Tags</source>
        <translation>Repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="98"/>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="100"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="101"/>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="111"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="114"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="116"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="148"/>
        <source>(merged)</source>
        <translation>(fusionnée)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="165"/>
        <source>No custom fields for customer profiles yet.</source>
        <translation>Aucun champ personnalisé pour les profils clients pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="257"/>
        <source>Unmerge identity</source>
        <translation>Séparer l’identité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="258"/>
        <source>Take “%1” out of this customer profile?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de ce profil client&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_group_detail.py" line="260"/>
        <source>It gets a profile of its own again, with the values and tags it brought.</source>
        <translation>Elle retrouve son propre profil, avec les valeurs et les repères d’identification qu’elle a apportés.</translation>
    </message>
</context>
<context>
    <name>IdentityGroupsPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="28"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="29"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="30"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="33"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="39"/>
        <source>Tags</source>
        <translation>Repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="40"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="43"/>
        <source>Identity groups</source>
        <translation>Fiches clients</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="51"/>
        <source>Search names, companies, e-mails, phones</source>
        <translation>Rechercher des noms, entreprises, e-mails, téléphones</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="52"/>
        <source>Tag</source>
        <translation>Repère d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="53"/>
        <source>No customer profiles yet</source>
        <translation>Aucun profil client pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="54"/>
        <source>A profile gathers one customer&apos;s identities across communities.</source>
        <translation>Un profil rassemble les identités d’un client sur toutes les communautés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="75"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_groups_page.py" line="78"/>
        <source>All tags</source>
        <translation>Tous les repères</translation>
    </message>
</context>
<context>
    <name>IdentityMergeDialog</name>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="20"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="22"/>
        <source>Merge an identity into “%1”</source>
        <translation>Fusionner une identité dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="27"/>
        <source>The identity joins this customer profile. Where both have a value, the profile&apos;s is kept; the identity only fills what the profile lacks. Unmerge gives it back.</source>
        <translation>L’identité rejoint ce profil client. Quand les deux ont une valeur, celle du profil est conservée&#xa0;; l’identité ne remplit que ce qui manque au profil. «&#xa0;Séparer&#xa0;» la lui rend.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="36"/>
        <source>Search identities</source>
        <translation>Rechercher des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="37"/>
        <source>Search names, e-mails, network ids</source>
        <translation>Rechercher des noms, e-mails, identifiants réseau</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/identity_merge_dialog.py" line="41"/>
        <source>Identities found</source>
        <translation>Identités trouvées</translation>
    </message>
</context>
<context>
    <name>ImportWorkspaceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="79"/>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="243"/>
        <source>Import a bundle into a workspace</source>
        <translation>Importer un lot de configuration dans un espace de travail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="84"/>
        <source>The bundle goes into a new workspace database of its own, where you can edit it with the usual pages; the main database is not changed. Merge it back later from the File menu (Merge this workspace into…).</source>
        <translation>Le lot de configuration est placé dans une nouvelle base d’espace de travail, à part, où vous pouvez le modifier avec les pages habituelles&#xa0;; la base de données principale n’est pas modifiée. Fusionnez-le ensuite depuis le menu Fichier (Fusionner cet espace de travail dans…).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="92"/>
        <source>Bundle to import</source>
        <translation>Lot de configuration à importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="93"/>
        <source>A bundle folder or .zip file</source>
        <translation>Un dossier ou un fichier .zip de lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="95"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="97"/>
        <source>Choose the bundle</source>
        <translation>Choisir le lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="102"/>
        <source>Workspace database file</source>
        <translation>Fichier de base de données de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="104"/>
        <source>Ch&amp;oose…</source>
        <translation>Choi&amp;sir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="106"/>
        <source>Choose where the workspace file goes</source>
        <translation>Choisir l’emplacement du fichier de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="110"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Lot de configuration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="112"/>
        <source>&amp;Workspace file:</source>
        <translation>Fichier de l’&amp;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="130"/>
        <source>Problems of the bundle</source>
        <translation>Problèmes du lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="133"/>
        <source>Cop&amp;y problems</source>
        <translation>Co&amp;pier les problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="135"/>
        <source>Copy the problems to the clipboard</source>
        <translation>Copier les problèmes dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="143"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="145"/>
        <source>Import the bundle into the workspace</source>
        <translation>Importer le lot de configuration dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="149"/>
        <source>&amp;Open the workspace now</source>
        <translation>&amp;Ouvrir l’espace de travail maintenant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="152"/>
        <source>Open the workspace now</source>
        <translation>Ouvrir l’espace de travail maintenant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="173"/>
        <source>Choose a bundle</source>
        <translation>Choisir un lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="173"/>
        <source>Bundles (*.zip manifest.json)</source>
        <translation>Lots de configuration (*.zip manifest.json)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="182"/>
        <source>Where the workspace database goes</source>
        <translation>Emplacement de la base de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="184"/>
        <source>Workspace databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Bases d’espace de travail (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="217"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="219"/>
        <source>%1 exists already; choose a new file for the workspace.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau fichier pour l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="244"/>
        <source>Reading the bundle and creating the workspace…</source>
        <translation>Lecture du lot de configuration et création de l’espace de travail…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="261"/>
        <source>Workspace created in %1 with %Ln object(s) from the bundle. Open it now to edit them.</source>
        <translation>
            <numerusform>Espace de travail créé dans %1 avec %Ln objet du lot de configuration. Ouvrez-le maintenant pour le modifier.</numerusform>
            <numerusform>Espace de travail créé dans %1 avec %Ln objets du lot de configuration. Ouvrez-le maintenant pour les modifier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="273"/>
        <source>This bundle cannot be imported; no workspace was created.</source>
        <translation>Ce lot de configuration ne peut pas être importé&#xa0;; aucun espace de travail n’a été créé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/import_dialog.py" line="281"/>
        <source>Import cancelled; no workspace was created.</source>
        <translation>Import annulé&#xa0;; aucun espace de travail n’a été créé.</translation>
    </message>
</context>
<context>
    <name>JournalCharts</name>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="47"/>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="66"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="51"/>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="85"/>
        <source>Events per day</source>
        <translation>Événements par jour</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="55"/>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="112"/>
        <source>Events per actor</source>
        <translation>Événements par acteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="80"/>
        <source>%n event(s) in the filtered journal</source>
        <translation>
            <numerusform>%n événement dans le journal filtré</numerusform>
            <numerusform>%n événements dans le journal filtré</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="114"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_charts.py" line="121"/>
        <source>system</source>
        <translation>système</translation>
    </message>
</context>
<context>
    <name>JournalCheckCounts</name>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/actions.py" line="411"/>
        <source>The journal is intact: %Ln event(s) verified.</source>
        <translation>
            <numerusform>Le journal est intact&#xa0;: %Ln événement vérifié.</numerusform>
            <numerusform>Le journal est intact&#xa0;: %Ln événements vérifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalDetail</name>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="66"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="69"/>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="70"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="70"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="70"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="78"/>
        <source>Select an event to see what it changed.</source>
        <translation>Sélectionnez un événement pour voir ce qu’il a modifié.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="93"/>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="96"/>
        <source>%1 by %2 from %3</source>
        <translation>%1 par %2 depuis %3</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_detail.py" line="109"/>
        <source>About: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="73"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="74"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="119"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="76"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="171"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="178"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="76"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="175"/>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="80"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="85"/>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="88"/>
        <source>Audit journal</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="96"/>
        <source>Event names: user.*, task.created</source>
        <translation>Noms d’événements&#xa0;: user.*, task.created</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="97"/>
        <source>No event matches</source>
        <translation>Aucun événement ne correspond</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="98"/>
        <source>Every change made in the console is written here.</source>
        <translation>Chaque modification faite dans la console est inscrite ici.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="100"/>
        <source>Event names or groups</source>
        <translation>Noms ou groupes d’événements</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="103"/>
        <source>Export this view…</source>
        <translation>Exporter cette vue…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="109"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="284"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="296"/>
        <source>Verify integrity</source>
        <translation>Vérifier l’intégrité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="120"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="136"/>
        <source>more than %Ln event(s)</source>
        <translation>
            <numerusform>plus de %Ln événement</numerusform>
            <numerusform>plus de %Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="137"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="143"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="146"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="173"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="181"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="182"/>
        <source>Object type</source>
        <translation>Type d’objet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="185"/>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="186"/>
        <source>Object id</source>
        <translation>Identifiant de l’objet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="193"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/journal_page.py" line="284"/>
        <source>Checking every event of the audit journal…</source>
        <translation>Vérification de chaque événement du journal d’audit…</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="75"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/lazy_table_model.py" line="77"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="164"/>
        <source>Nothing here yet</source>
        <translation>Rien à afficher pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="195"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="592"/>
        <source>The list could not be loaded</source>
        <translation>Impossible de charger la liste</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="592"/>
        <source>Check the connection, then try again.</source>
        <translation>Vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="594"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="609"/>
        <source>No match for “%1” with these filters</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;» avec ces filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="610"/>
        <source>Clear the search and the filters to see everything.</source>
        <translation>Effacez la recherche et les filtres pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="611"/>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="613"/>
        <source>No match for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="614"/>
        <source>Check the spelling, or clear the search to see everything.</source>
        <translation>Vérifiez l’orthographe ou effacez la recherche pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="615"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="617"/>
        <source>No match for these filters</source>
        <translation>Aucun résultat avec ces filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="618"/>
        <source>Change the filters, or clear them to see everything.</source>
        <translation>Modifiez les filtres ou effacez-les pour tout afficher.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="619"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="626"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/list_panel.py" line="628"/>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="71"/>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="78"/>
        <source>Console locked</source>
        <translation>Console verrouillée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="81"/>
        <source>Locked after a while without activity. Enter the password of %1 to go on.</source>
        <translation>Verrouillée après une période sans activité. Saisissez le mot de passe de %1 pour continuer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="90"/>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="91"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="96"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/lock_screen.py" line="100"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../engage_desktop/views/shell/main_window.py" line="75"/>
        <source>Engage Desktop — %1</source>
        <translation>Engage Desktop — %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/main_window.py" line="249"/>
        <source>No access</source>
        <translation>Aucun accès</translation>
    </message>
</context>
<context>
    <name>MergeTagsDialog</name>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="75"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="77"/>
        <source>Merge tags</source>
        <translation>Fusionner des repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="81"/>
        <source>Merge %1 into:</source>
        <translation>Fusionner %1 dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="86"/>
        <source>Tag to keep</source>
        <translation>Repère à conserver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="93"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="95"/>
        <source>Customers carrying a merged tag carry this one; the merged tags are deleted.</source>
        <translation>Les clients portant un repère fusionné portent désormais celui-ci&#xa0;; les repères fusionnés sont supprimés.</translation>
    </message>
</context>
<context>
    <name>MergeWorkspaceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="67"/>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="226"/>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="252"/>
        <source>Merge this workspace</source>
        <translation>Fusionner cet espace de travail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="72"/>
        <source>Sign in to the main database: the merge creates or updates its objects as you, with your permissions there, and journals each change. Nothing is deleted.</source>
        <translation>Connectez-vous à la base de données principale&#xa0;: la fusion y crée ou met à jour les objets en votre nom, avec vos permissions dans cette base, et inscrit chaque modification au journal d’audit. Rien n’est supprimé.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="79"/>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="124"/>
        <source>Main database</source>
        <translation>Base de données principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="80"/>
        <source>A SQLite file or a database address</source>
        <translation>Un fichier SQLite ou une adresse de base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="81"/>
        <source>C&amp;hoose a file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="83"/>
        <source>Choose the main database file</source>
        <translation>Choisir le fichier de la base de données principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="91"/>
        <source>E-mail or nickname in the main database</source>
        <translation>E-mail ou pseudo dans la base de données principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="94"/>
        <source>Password in the main database</source>
        <translation>Mot de passe dans la base de données principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="98"/>
        <source>&amp;Main database:</source>
        <translation>&amp;Base principale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="101"/>
        <source>&amp;E-mail or nickname:</source>
        <translation>&amp;E-mail ou pseudo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="102"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="120"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="120"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="120"/>
        <source>Main</source>
        <comment>the main database</comment>
        <translation>Base principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="132"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="134"/>
        <source>Sign in and compare with the main database</source>
        <translation>Se connecter et comparer avec la base de données principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="137"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="139"/>
        <source>Merge the workspace into the main database</source>
        <translation>Fusionner l’espace de travail dans la base de données principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="159"/>
        <source>Choose the main database</source>
        <translation>Choisir la base de données principale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="159"/>
        <source>Databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Bases de données (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="188"/>
        <source>Signing in to the main database and comparing…</source>
        <translation>Connexion à la base de données principale et comparaison…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="201"/>
        <source>Merging into %1 creates %2 and updates %3.</source>
        <translation>La fusion dans %1 crée %2 et met à jour %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="203"/>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="204"/>
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln objet</numerusform>
            <numerusform>%Ln objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="206"/>
        <source>%Ln object(s) found only there are kept.</source>
        <translation>
            <numerusform>%Ln objet présent seulement là-bas est conservé.</numerusform>
            <numerusform>%Ln objets présents seulement là-bas sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="227"/>
        <source>Create or update %Ln object(s) in %1?</source>
        <translation>
            <numerusform>Créer ou mettre à jour %Ln objet dans %1&#xa0;?</numerusform>
            <numerusform>Créer ou mettre à jour %Ln objets dans %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="243"/>
        <source>Merged into %1: %2, %3.</source>
        <translation>Fusion dans %1 terminée&#xa0;: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="245"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln créé</numerusform>
            <numerusform>%Ln créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="246"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="210"/>
        <source>Nothing to merge: %1 already holds this configuration.</source>
        <translation>Rien à fusionner&#xa0;: %1 contient déjà cette configuration.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="228"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="229"/>
        <source>Each change is journaled in the main database under your name.</source>
        <translation>Chaque modification est inscrite sous votre nom au journal d’audit de la base de données principale.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="237"/>
        <source>Merging into %1…</source>
        <translation>Fusion dans %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="267"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/merge_dialog.py" line="275"/>
        <source>Not allowed in the main database: %1</source>
        <translation>Non autorisé dans la base de données principale&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MoveDatabaseDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="34"/>
        <source>Move to a shared database</source>
        <translation>Déplacer vers une base partagée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="39"/>
        <source>Copies this whole configuration — users, roles, channels, routing, the audit journal and its chain — into an empty PostgreSQL database that several workstations can then share. This database stays as it is.</source>
        <translation>Copie toute cette configuration — utilisateurs, rôles, canaux, routage, le journal d’audit et sa chaîne — dans une base PostgreSQL vide que plusieurs postes pourront ensuite partager. Cette base-ci reste inchangée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="49"/>
        <source>Target database</source>
        <translation>Base de données cible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="51"/>
        <source>For example postgresql://engage@db.example.org/engage?sslmode=require</source>
        <translation>Par exemple postgresql://engage@db.example.org/engage?sslmode=require</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="53"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="55"/>
        <source>Overwrite the target if it already holds a configuration</source>
        <translation>Écraser la cible si elle contient déjà une configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="59"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="60"/>
        <source>Copy the configuration into the target database</source>
        <translation>Copier la configuration dans la base de données cible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="71"/>
        <source>Enter the address of the target database.</source>
        <translation>Saisissez l’adresse de la base de données cible.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="75"/>
        <source>Overwrite the target</source>
        <translation>Écraser la cible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="76"/>
        <source>Everything the target database holds will be replaced by this configuration.</source>
        <translation>Tout ce que contient la base de données cible sera remplacé par cette configuration.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="77"/>
        <source>Overwrite and move</source>
        <translation>Écraser et déplacer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="93"/>
        <source>Moving the configuration</source>
        <translation>Déplacement de la configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="94"/>
        <source>Copying every table, then checking the row counts and the journal&apos;s chain…</source>
        <translation>Copie de chaque table, puis vérification du nombre de lignes et de la chaîne du journal…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="107"/>
        <source>Configuration moved</source>
        <translation>Configuration déplacée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="109"/>
        <source>%1; %2.

To use the shared database, choose File › Connect to database… on each workstation.</source>
        <translation>%1&#xa0;; %2.

Pour utiliser la base partagée, choisissez Fichier › Se connecter à une base de données… sur chaque poste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="111"/>
        <source>%Ln row(s) copied and verified</source>
        <translation>
            <numerusform>%Ln ligne copiée et vérifiée</numerusform>
            <numerusform>%Ln lignes copiées et vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="114"/>
        <source>the journal&apos;s %Ln event(s) still form an unbroken chain</source>
        <translation>
            <numerusform>le journal (%Ln événement) forme toujours une chaîne ininterrompue</numerusform>
            <numerusform>les %Ln événements du journal forment toujours une chaîne ininterrompue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/move_database_dialog.py" line="127"/>
        <source>The move was stopped. The target is marked unfinished: no console will use it until a move to it completes.</source>
        <translation>Le déplacement a été interrompu. La cible est marquée comme inachevée&#xa0;: aucune console ne l’utilisera tant qu’un déplacement vers elle n’aura pas abouti.</translation>
    </message>
</context>
<context>
    <name>MoveTaskDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="43"/>
        <source>Move task #%1</source>
        <translation>Déplacer la tâche n° %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="46"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="52"/>
        <source>Move to the &amp;queue:</source>
        <translation>Déplacer vers la &amp;file&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="54"/>
        <source>The task starts again at the first step of that queue.</source>
        <translation>La tâche recommence à la première étape de cette file.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_dialogs.py" line="57"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>MoveUsersDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="20"/>
        <source>Move users and delete role</source>
        <translation>Réattribuer les utilisateurs et supprimer le rôle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="23"/>
        <source>The role “%1” is given to %Ln user(s). Which role should they get before it is deleted?</source>
        <translation>
            <numerusform>Le rôle «&#xa0;%1&#xa0;» est attribué à %Ln utilisateur. Quel rôle doit-il recevoir avant la suppression&#xa0;?</numerusform>
            <numerusform>Le rôle «&#xa0;%1&#xa0;» est attribué à %Ln utilisateurs. Quel rôle doivent-ils recevoir avant la suppression&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="31"/>
        <source>Role for its users</source>
        <translation>Rôle pour ses utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="36"/>
        <source>Choose a role</source>
        <translation>Choisissez un rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="38"/>
        <source>Each move and the deletion are written to the audit journal.</source>
        <translation>Chaque réattribution et la suppression sont inscrites au journal d’audit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="44"/>
        <source>Move users and delete</source>
        <translation>Réattribuer et supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_move_dialog.py" line="58"/>
        <source>Give them</source>
        <translation>Leur attribuer</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="46"/>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="51"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="57"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="63"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="69"/>
        <source>Agent capacities</source>
        <translation>Capacités des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="75"/>
        <source>Presence statuses</source>
        <translation>Statuts de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="83"/>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="88"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="94"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="100"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="108"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="113"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="119"/>
        <source>Routing channels</source>
        <translation>Canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="125"/>
        <source>Topologies</source>
        <translation>Topologies</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="131"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="138"/>
        <source>Queue monitor</source>
        <translation>Supervision des files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="144"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="152"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="157"/>
        <source>Tags</source>
        <translation>Repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="163"/>
        <source>Identity groups</source>
        <translation>Fiches clients</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="169"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="175"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="181"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="187"/>
        <source>Audit journal</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="195"/>
        <source>Agent tools</source>
        <translation>Outils agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="200"/>
        <source>Reply assistant</source>
        <translation>Assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="207"/>
        <source>Reply-assistant groups</source>
        <translation>Groupes de l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="214"/>
        <source>E-mail templates</source>
        <translation>Modèles d’e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="220"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="228"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="233"/>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="239"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="245"/>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="251"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="257"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="263"/>
        <source>API access tokens</source>
        <translation>Jetons d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="269"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="275"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_map.py" line="281"/>
        <source>Workstations</source>
        <translation>Postes de travail</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="347"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NavigationDrawer</name>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="162"/>
        <source>coming</source>
        <translation>bientôt</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/navigation_bar.py" line="186"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>NoPagesState</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="200"/>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="201"/>
        <source>Your role does not give access to any page of this console. Ask an administrator to add the permissions you need to your role.</source>
        <translation>Votre rôle ne donne accès à aucune page de cette console. Demandez à un administrateur d’ajouter à votre rôle les autorisations dont vous avez besoin.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../engage_desktop/views/shell/notice_banner.py" line="25"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/notice_banner.py" line="30"/>
        <source>Dismiss this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/notice_banner.py" line="31"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/notice_banner.py" line="46"/>
        <source>No system keyring is available: passwords and tokens of channels are kept in %1, readable only by you. Install and unlock a keyring (GNOME Keyring, KWallet) to keep them there instead.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: les mots de passe et jetons des canaux sont conservés dans %1, lisible par vous seul. Installez et déverrouillez un trousseau (GNOME Keyring, KWallet) pour les y conserver.</translation>
    </message>
</context>
<context>
    <name>NotificationButton</name>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="97"/>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="110"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="110"/>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="117"/>
        <source>Nothing new. Choose what to hear about in Settings › Notifications.</source>
        <translation>Rien de nouveau. Choisissez de quoi être averti dans Paramètres › Notifications.</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="45"/>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="74"/>
        <source>Engage Desktop</source>
        <translation>Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notification_centre.py" line="84"/>
        <source>system</source>
        <translation>système</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="80"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="80"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="83"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="112"/>
        <source>My notifications</source>
        <translation>Mes notifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="85"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="87"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="104"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="126"/>
        <source>In the console</source>
        <translation>Dans la console</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="89"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="126"/>
        <source>By e-mail</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="94"/>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="97"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="97"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="97"/>
        <source>Chosen</source>
        <translation>Choisis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="107"/>
        <source>Also by e-mail</source>
        <translation>Aussi par e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="110"/>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="115"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="152"/>
        <source>Custom notifications</source>
        <translation>Notifications personnalisées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="117"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="118"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="120"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="124"/>
        <source>Tell</source>
        <translation>Prévenir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="130"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="135"/>
        <source>No custom notifications</source>
        <translation>Aucune notification personnalisée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="137"/>
        <source>Tell everyone when something happens: an event, a condition, a channel.</source>
        <translation>Prévenez tout le monde quand quelque chose se produit&#xa0;: un événement, une condition, un canal.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="141"/>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="150"/>
        <source>New notification</source>
        <translation>Nouvelle notification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="146"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="148"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="158"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
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
        <translation>Supprimer la notification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/notifications_page.py" line="201"/>
        <source>Delete the notification “%1”?</source>
        <translation>Supprimer la notification «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="78"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="79"/>
        <source>oldest wait</source>
        <translation>attente la plus longue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="80"/>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="81"/>
        <source>SLA at risk</source>
        <translation>SLA menacé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="82"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="83"/>
        <source>agents available · busy · away</source>
        <translation>agents disponibles · occupés · absents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_overview.py" line="84"/>
        <source>done in the last hour</source>
        <translation>traitées dans la dernière heure</translation>
    </message>
</context>
<context>
    <name>PageLoadFailed</name>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="175"/>
        <source>%1 could not be opened</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="178"/>
        <source>Something went wrong while opening this page; the details were written to the log. Try again, and if it keeps failing, send the log to your support team.

%1</source>
        <translation>Une erreur s’est produite à l’ouverture de cette page&#xa0;; les détails ont été consignés dans le journal. Réessayez et, si le problème persiste, envoyez le journal à votre équipe d’assistance.

%1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/coming_page.py" line="183"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="32"/>
        <source>Read users</source>
        <translation>Consulter les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="33"/>
        <source>Create users</source>
        <translation>Créer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="34"/>
        <source>Edit users</source>
        <translation>Modifier les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="35"/>
        <source>Invite users</source>
        <translation>Inviter des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="36"/>
        <source>Sign in as another user</source>
        <translation>Se connecter en tant qu’autre utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="37"/>
        <source>Manage users of my teams</source>
        <translation>Gérer les utilisateurs de mes équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="38"/>
        <source>Manage teams</source>
        <translation>Gérer les équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="39"/>
        <source>Manage roles</source>
        <translation>Gérer les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="40"/>
        <source>See agents&apos; presence</source>
        <translation>Voir la présence des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="41"/>
        <source>Read channels</source>
        <translation>Consulter les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="42"/>
        <source>Create channels</source>
        <translation>Créer des canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="43"/>
        <source>Edit channels</source>
        <translation>Modifier les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="44"/>
        <source>Read communities</source>
        <translation>Consulter les communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="45"/>
        <source>Create communities</source>
        <translation>Créer des communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="46"/>
        <source>Edit communities</source>
        <translation>Modifier les communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="47"/>
        <source>Read identities</source>
        <translation>Consulter les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="48"/>
        <source>Edit identities</source>
        <translation>Modifier les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="49"/>
        <source>Manage identities</source>
        <translation>Gérer les identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="50"/>
        <source>Lock identities</source>
        <translation>Verrouiller des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="51"/>
        <source>Anonymize identities</source>
        <translation>Anonymiser des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="52"/>
        <source>Export identities</source>
        <translation>Exporter des identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="53"/>
        <source>Manage categories</source>
        <translation>Gérer les catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="54"/>
        <source>Manage topologies and routing channels</source>
        <translation>Gérer les topologies et les canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="55"/>
        <source>Monitor all tasks</source>
        <translation>Superviser toutes les tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="56"/>
        <source>Monitor my teams&apos; tasks</source>
        <translation>Superviser les tâches de mes équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="57"/>
        <source>Receive tasks</source>
        <translation>Recevoir des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="58"/>
        <source>Pick tasks in pull mode</source>
        <translation>Prendre des tâches en mode pull</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="59"/>
        <source>Manage rules-engine rules</source>
        <translation>Gérer les règles du moteur de règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="60"/>
        <source>Manage tags</source>
        <translation>Gérer les repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="61"/>
        <source>Manage custom fields</source>
        <translation>Gérer les champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="62"/>
        <source>Manage folders</source>
        <translation>Gérer les dossiers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="63"/>
        <source>Read exports</source>
        <translation>Consulter les exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="64"/>
        <source>Run deferred content exports</source>
        <translation>Lancer des exports différés de contenus</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="65"/>
        <source>Read the audit journal</source>
        <translation>Consulter le journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="66"/>
        <source>Search the audit journal</source>
        <translation>Rechercher dans le journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="67"/>
        <source>Read statistics</source>
        <translation>Consulter les statistiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="68"/>
        <source>Read own statistics</source>
        <translation>Consulter ses propres statistiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="69"/>
        <source>Manage automated exports</source>
        <translation>Gérer les exports automatiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="70"/>
        <source>Manage the reply assistant</source>
        <translation>Gérer l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="71"/>
        <source>Reply with the reply assistant</source>
        <translation>Répondre avec l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="72"/>
        <source>Manage e-mail templates</source>
        <translation>Gérer les modèles d’e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="73"/>
        <source>Manage chat</source>
        <translation>Gérer le chat</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="74"/>
        <source>Manage messaging</source>
        <translation>Gérer la messagerie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="75"/>
        <source>Manage surveys</source>
        <translation>Gérer les enquêtes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="76"/>
        <source>Read surveys</source>
        <translation>Consulter les enquêtes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="77"/>
        <source>Manage ICE</source>
        <translation>Gérer ICE</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="78"/>
        <source>Manage App SDK applications</source>
        <translation>Gérer les applications App SDK</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="79"/>
        <source>Edit account settings</source>
        <translation>Modifier les paramètres du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="80"/>
        <source>Edit business hours</source>
        <translation>Modifier les heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="81"/>
        <source>Configure extensions</source>
        <translation>Configurer les extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="82"/>
        <source>Turn extensions on and off</source>
        <translation>Activer et désactiver les extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="83"/>
        <source>Manage API access tokens</source>
        <translation>Gérer les jetons d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="84"/>
        <source>Manage custom notifications</source>
        <translation>Gérer les notifications personnalisées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="85"/>
        <source>Manage own notifications</source>
        <translation>Gérer ses propres notifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="86"/>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="87"/>
        <source>See previous messages</source>
        <translation>Voir les messages précédents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="88"/>
        <source>Open threads</source>
        <translation>Ouvrir des conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="89"/>
        <source>Close threads</source>
        <translation>Fermer des conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="90"/>
        <source>Delete threads</source>
        <translation>Supprimer des conversations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="91"/>
        <source>Edit any intervention</source>
        <translation>Modifier toutes les interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="92"/>
        <source>Edit own interventions</source>
        <translation>Modifier ses propres interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="93"/>
        <source>Assign interventions</source>
        <translation>Attribuer des interventions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="94"/>
        <source>Approve replies</source>
        <translation>Approuver des réponses</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="95"/>
        <source>Publish replies</source>
        <translation>Publier des réponses</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="96"/>
        <source>Mute messages</source>
        <translation>Ignorer des messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="97"/>
        <source>Block message authors</source>
        <translation>Bloquer des auteurs de messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="98"/>
        <source>Stamp replies as official</source>
        <translation>Marquer des réponses comme officielles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="99"/>
        <source>Use emoji</source>
        <translation>Utiliser les emoji</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="100"/>
        <source>Open the help center</source>
        <translation>Ouvrir le centre d’aide</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="101"/>
        <source>Ask an expert</source>
        <translation>Demander à un expert</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="102"/>
        <source>Escalate to video</source>
        <translation>Passer en vidéo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="103"/>
        <source>Use co-browsing</source>
        <translation>Utiliser la co-navigation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="108"/>
        <source>Users &amp; teams</source>
        <translation>Utilisateurs et équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="109"/>
        <source>Channels &amp; identities</source>
        <translation>Canaux et identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="110"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="111"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="112"/>
        <source>Agent tools</source>
        <translation>Outils agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="113"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="114"/>
        <source>Conversation work (agent interface)</source>
        <translation>Traitement des conversations (interface agent)</translation>
    </message>
</context>
<context>
    <name>PlanApplyDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="53"/>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="143"/>
        <source>Apply a plan</source>
        <translation>Appliquer un plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="63"/>
        <source>%n call(s) to %1, in this order:</source>
        <translation>
            <numerusform>%n appel à %1, dans cet ordre&#xa0;:</numerusform>
            <numerusform>%n appels à %1, dans cet ordre&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="67"/>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="68"/>
        <source>%Ln to create</source>
        <translation>
            <numerusform>%Ln à créer</numerusform>
            <numerusform>%Ln à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="69"/>
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln à mettre à jour</numerusform>
            <numerusform>%Ln à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="70"/>
        <source>%Ln to delete</source>
        <translation>
            <numerusform>%Ln à supprimer</numerusform>
            <numerusform>%Ln à supprimer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="79"/>
        <source>Planned calls</source>
        <translation>Appels prévus</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="86"/>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="145"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="88"/>
        <source>Apply the plan</source>
        <translation>Appliquer le plan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="109"/>
        <source>The plan needs these secrets; they are sent to the account, never saved here:</source>
        <translation>Le plan a besoin de ces secrets&#xa0;; ils sont envoyés au compte, jamais enregistrés ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="117"/>
        <source>Secret %1</source>
        <translation>Secret %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="133"/>
        <source>Give the secrets the plan needs: %1. Nothing was sent.</source>
        <translation>Indiquez les secrets dont le plan a besoin&#xa0;: %1. Rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="144"/>
        <source>The plan deletes %n object(s) on the platform account.</source>
        <translation>
            <numerusform>Le plan supprime %n objet du compte de la plateforme.</numerusform>
            <numerusform>Le plan supprime %n objets du compte de la plateforme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="149"/>
        <source>Applying the plan</source>
        <translation>Application du plan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="150"/>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="181"/>
        <source>Applied %n call(s);</source>
        <translation>
            <numerusform>%n appel effectué&#xa0;;</numerusform>
            <numerusform>%n appels effectués&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="183"/>
        <source>%n were already done.</source>
        <translation>
            <numerusform>%n l’était déjà.</numerusform>
            <numerusform>%n l’étaient déjà.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="196"/>
        <source>Stopped: %1. Apply again to resume.</source>
        <translation>Interrompu&#xa0;: %1. Appliquez de nouveau pour reprendre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="203"/>
        <source>Not allowed: %1 Nothing was sent to the account.</source>
        <translation>Non autorisé&#xa0;: %1 Rien n’a été envoyé au compte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/plan_apply_dialog.py" line="209"/>
        <source>Cancelled between two calls. Apply again to resume.</source>
        <translation>Annulé entre deux appels. Appliquez de nouveau pour reprendre.</translation>
    </message>
</context>
<context>
    <name>PlanSourceDialog</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="79"/>
        <source>Plan and apply to a platform account</source>
        <translation>Établir un plan et l’appliquer à un compte de la plateforme</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="81"/>
        <source>The current &amp;configuration of this database</source>
        <translation>La &amp;configuration actuelle de cette base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="83"/>
        <source>A &amp;bundle (folder or .zip):</source>
        <translation>Un &amp;lot de configuration (dossier ou .zip)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="91"/>
        <source>Bundle folder or file</source>
        <translation>Dossier ou fichier du lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="93"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="95"/>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="147"/>
        <source>Choose a bundle folder</source>
        <translation>Choisir un dossier de lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="97"/>
        <source>&amp;Zip file…</source>
        <translation>Fichier &amp;zip…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="99"/>
        <source>Choose a bundle zip file</source>
        <translation>Choisir un fichier zip de lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="108"/>
        <source>Account API address</source>
        <translation>Adresse API du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="111"/>
        <source>&amp;Account:</source>
        <translation>Co&amp;mpte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="115"/>
        <source>The plan is computed first and shown for review: nothing is sent to the account before you press Apply.</source>
        <translation>Le plan est d’abord calculé et affiché pour que vous le vérifiiez&#xa0;: rien n’est envoyé au compte avant que vous appuyiez sur Appliquer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="121"/>
        <source>&amp;Plan</source>
        <translation>Établir le &amp;plan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="123"/>
        <source>Compute the plan</source>
        <translation>Calculer le plan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="128"/>
        <source>What to apply:</source>
        <translation>Ce qu’il faut appliquer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="154"/>
        <source>Choose a bundle</source>
        <translation>Choisir un lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="154"/>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Lots de configuration (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="167"/>
        <source>Choose an existing bundle folder or .zip file.</source>
        <translation>Choisissez un dossier ou un fichier .zip de lot de configuration existant.</translation>
    </message>
</context>
<context>
    <name>PlatformCommands</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="79"/>
        <source>&amp;Plan and apply to a platform account…</source>
        <translation>É&amp;tablir un plan et l’appliquer à un compte de la plateforme…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="82"/>
        <source>P&amp;ull a platform account into a bundle…</source>
        <translation>&amp;Récupérer un compte de la plateforme dans un lot de configuration…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="86"/>
        <source>Only an administrator can do this: your role lacks the permissions “Edit account settings” and “Manage roles”.</source>
        <translation>Seul un administrateur peut le faire&#xa0;: votre rôle n’a pas les permissions «&#xa0;Modifier les paramètres du compte&#xa0;» et «&#xa0;Gérer les rôles&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="172"/>
        <source>Planning</source>
        <translation>Calcul du plan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="173"/>
        <source>Reading what to apply and the account %1…</source>
        <translation>Lecture de ce qu’il faut appliquer et du compte %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="178"/>
        <source>this database&apos;s configuration</source>
        <translation>la configuration de cette base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="194"/>
        <source>The account refused the kept API token: give a new one.</source>
        <translation>Le compte a refusé le jeton d’accès API conservé&#xa0;: indiquez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="203"/>
        <source>Nothing to change</source>
        <translation>Rien à modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="204"/>
        <source>Nothing to change: the account %1 already matches %2.</source>
        <translation>Rien à modifier&#xa0;: le compte %1 correspond déjà à %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="232"/>
        <source>Pull a platform account into a bundle</source>
        <translation>Récupérer un compte de la plateforme dans un lot de configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="234"/>
        <source>Bundle folder (*);;Bundle zip (*.zip)</source>
        <translation>Dossier de lot de configuration (*);;Zip de lot de configuration (*.zip)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="258"/>
        <source>Pulling the account</source>
        <translation>Récupération du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="259"/>
        <source>Reading the account %1…</source>
        <translation>Lecture du compte %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="275"/>
        <source>Account pulled</source>
        <translation>Compte récupéré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="276"/>
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="287"/>
        <source>Not allowed</source>
        <translation>Action non autorisée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_menu.py" line="287"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>PlatformDialogs</name>
    <message>
        <location filename="../../engage_desktop/views/bundles/platform_dialogs.py" line="49"/>
        <source>Give the account&apos;s API address, e.g. https://example.com/1.0</source>
        <translation>Indiquez l’adresse API du compte, p. ex. https://example.com/1.0</translation>
    </message>
</context>
<context>
    <name>PresenceStatusDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="31"/>
        <source>Edit presence status “%1”</source>
        <translation>Modifier le statut de présence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="33"/>
        <source>New presence status</source>
        <translation>Nouveau statut de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="38"/>
        <source>e.g. Lunch</source>
        <translation>p. ex. Déjeuner</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="42"/>
        <source>Available: routing sends tasks</source>
        <translation>Disponible&#xa0;: le routage envoie des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="43"/>
        <source>Away: routing sends nothing</source>
        <translation>Absent&#xa0;: le routage n’envoie rien</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="48"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="71"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="51"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="71"/>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="53"/>
        <source>At least one status must count as available, or no agent could take work.</source>
        <translation>Au moins un statut doit compter comme disponible, sinon aucun agent ne pourrait recevoir de travail.</translation>
    </message>
</context>
<context>
    <name>PresenceStatusesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="109"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="110"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="111"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="117"/>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="112"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="118"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="118"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="173"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="118"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="173"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="122"/>
        <source>Presence statuses</source>
        <translation>Statuts de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="127"/>
        <source>Search statuses by name</source>
        <translation>Rechercher des statuts par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="129"/>
        <source>No presence statuses</source>
        <translation>Aucun statut de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="130"/>
        <source>Agents pick a status; each counts as available or away for routing.</source>
        <translation>Les agents choisissent un statut&#xa0;; pour le routage, chacun compte comme disponible ou absent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="134"/>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="166"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="141"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="144"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="151"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="158"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/presence_page.py" line="176"/>
        <source>%Ln status(es)</source>
        <translation>
            <numerusform>%Ln statut</numerusform>
            <numerusform>%Ln statuts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="202"/>
        <source>Delete presence status</source>
        <translation>Supprimer le statut de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="203"/>
        <source>Delete the presence status “%1”?</source>
        <translation>Supprimer le statut de présence «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="204"/>
        <source>Delete status</source>
        <translation>Supprimer le statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/presence_page.py" line="205"/>
        <source>Agents can no longer pick it. The deletion is written to the audit journal.</source>
        <translation>Les agents ne pourront plus le choisir. La suppression est consignée dans le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="88"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="117"/>
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
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="132"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="173"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/progress_dialog.py" line="198"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>QueryEdit</name>
    <message>
        <location filename="../../engage_desktop/views/digital/query_edit.py" line="25"/>
        <source>Search query</source>
        <translation>Requête de recherche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/query_edit.py" line="30"/>
        <source>e.g. tag:VIP -tag:&quot;churn risk&quot; refund</source>
        <translation>p. ex. tag:VIP -tag:&quot;risque de départ&quot; remboursement</translation>
    </message>
</context>
<context>
    <name>QueueMonitor</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="46"/>
        <source>Waiting and SLA breaches, last hour</source>
        <translation>Attente et dépassements de SLA, dernière heure</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="48"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="52"/>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="69"/>
        <source>Agent occupancy, last hour (%)</source>
        <translation>Occupation des agents, dernière heure (%)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="79"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="199"/>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="96"/>
        <source>Busiest agents now (load / capacity)</source>
        <translation>Agents les plus occupés (charge / capacité)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="99"/>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_charts.py" line="103"/>
        <source>Free capacity</source>
        <translation>Capacité libre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="39"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="281"/>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="41"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="282"/>
        <source>At risk</source>
        <translation>Menacé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="42"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="283"/>
        <source>On time</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="56"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="58"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="60"/>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="61"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="120"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="126"/>
        <source>Tasks waiting for an agent. Grouped by team: the waiting tasks this team&apos;s agents may take; a task several teams may take counts in each of them.</source>
        <translation>Tâches en attente d’un agent. Regroupées par équipe&#xa0;: les tâches en attente que les agents de cette équipe peuvent prendre&#xa0;; une tâche que plusieurs équipes peuvent prendre compte dans chacune d’elles.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="157"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="161"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="162"/>
        <source>No task and no agent to watch</source>
        <translation>Aucune tâche ni aucun agent à suivre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="163"/>
        <source>Queues appear here as soon as interactions arrive and agents connect. Import a trace or start the intake to see them move.</source>
        <translation>Les files apparaissent ici dès que des interactions arrivent et que des agents se connectent. Importez une trace ou démarrez la réception pour les voir évoluer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="176"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="179"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="185"/>
        <source>Load / capacity</source>
        <translation>Charge / capacité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="192"/>
        <source>Hard capacity</source>
        <translation>Capacité maximale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="206"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="210"/>
        <source>Search agents</source>
        <translation>Rechercher des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="211"/>
        <source>No agent</source>
        <translation>Aucun agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="212"/>
        <source>Agents who may receive tasks appear here.</source>
        <translation>Les agents pouvant recevoir des tâches apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="225"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="229"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="236"/>
        <source>Waiting for</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="243"/>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="278"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="247"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="248"/>
        <source>Source</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="251"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="257"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="263"/>
        <source>Waiting tasks</source>
        <translation>Tâches en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="267"/>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="268"/>
        <source>No task waiting</source>
        <translation>Aucune tâche en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="269"/>
        <source>Every task of this selection has been handed to an agent.</source>
        <translation>Chaque tâche de cette sélection a été confiée à un agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="280"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>QueueMonitorCounts</name>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/monitor_tables.py" line="25"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
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
            <numerusform>%n tâche en attente</numerusform>
            <numerusform>%n tâches en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueMonitorPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="75"/>
        <source>Queue monitoring is not part of your role</source>
        <translation>La supervision des files ne fait pas partie de votre rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="76"/>
        <source>Ask an administrator for the “monitor_tasks” or “monitor_team_tasks” permission.</source>
        <translation>Demandez à un administrateur la permission «&#xa0;monitor_tasks&#xa0;» ou «&#xa0;monitor_team_tasks&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="81"/>
        <source>Queue monitor</source>
        <translation>Supervision des files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="89"/>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="91"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="92"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="93"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="97"/>
        <source>&amp;Group by</source>
        <translation>&amp;Regrouper par</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="99"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="101"/>
        <source>Refresh every few seconds</source>
        <translation>Actualiser toutes les quelques secondes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="104"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="138"/>
        <source>Waiting and SLA breaches over the last hour</source>
        <translation>Attente et dépassements de SLA sur la dernière heure</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="143"/>
        <source>Raise priority</source>
        <translation>Augmenter la priorité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="150"/>
        <source>Priority +%1: the task moves ahead in its queue</source>
        <translation>Priorité +%1&#xa0;: la tâche avance dans sa file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="153"/>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="160"/>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="169"/>
        <source>Agent occupancy over the last hour</source>
        <translation>Occupation des agents sur la dernière heure</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="170"/>
        <source>Busiest agents now</source>
        <translation>Agents les plus occupés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="173"/>
        <source>Waiting tasks</source>
        <translation>Tâches en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="174"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="180"/>
        <source>Agent load</source>
        <translation>Charge des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="281"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="282"/>
        <source>Routing channels</source>
        <translation>Canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="283"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="298"/>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="303"/>
        <source>Routing engine running on %1</source>
        <translation>Moteur de routage exécuté sur %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="306"/>
        <source>No workstation runs the routing engine: waiting tasks are not being assigned.</source>
        <translation>Aucun poste n’exécute le moteur de routage&#xa0;: les tâches en attente ne sont pas attribuées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="311"/>
        <source>You see the tasks and agents of the teams you lead.</source>
        <translation>Vous voyez les tâches et les agents des équipes que vous dirigez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/queue_monitor_page.py" line="314"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="43"/>
        <source>Task #%1: priority raised.</source>
        <translation>Tâche n° %1&#xa0;: priorité augmentée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="63"/>
        <source>Task #%1 moved to %2.</source>
        <translation>Tâche n° %1 déplacée vers %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="86"/>
        <source>Task #%1 assigned to %2.</source>
        <translation>Tâche n° %1 attribuée à %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="123"/>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_task_actions.py" line="125"/>
        <source>Could not do it: %1</source>
        <translation>Impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReplyAssistantGroupsPage</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="101"/>
        <source>The reply assistant is switched off for this account. An administrator can switch it on in Settings › Extensions.</source>
        <translation>L’assistant de réponse est désactivé pour ce compte. Un administrateur peut l’activer dans Paramètres › Extensions.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="112"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="114"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="116"/>
        <source>Autocomplete</source>
        <translation>Saisie semi-automatique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="119"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="123"/>
        <source>Reply-assistant groups</source>
        <translation>Groupes de l’assistant de réponse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="127"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln groupe</numerusform>
            <numerusform>%Ln groupes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="128"/>
        <source>Search groups by name</source>
        <translation>Rechercher des groupes par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="129"/>
        <source>No group yet</source>
        <translation>Aucun groupe pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="130"/>
        <source>Groups sort the entries agents see; drag them into the order you want.</source>
        <translation>Les groupes classent les entrées que voient les agents&#xa0;; faites-les glisser dans l’ordre souhaité.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="133"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="153"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="136"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="141"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="145"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="147"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="156"/>
        <source>Drag a group onto another row to move it there</source>
        <translation>Faites glisser un groupe sur une autre ligne pour l’y déplacer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="195"/>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="197"/>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="196"/>
        <source>Delete the group “%1”?</source>
        <translation>Supprimer le groupe «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/groups_page.py" line="198"/>
        <source>Its entries stay, without a group.</source>
        <translation>Ses entrées sont conservées, sans groupe.</translation>
    </message>
</context>
<context>
    <name>ReplyAssistantPage</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="35"/>
        <source>The reply assistant is switched off for this account. An administrator can switch it on in Settings › Extensions.</source>
        <translation>L’assistant de réponse est désactivé pour ce compte. Un administrateur peut l’activer dans Paramètres › Extensions.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="45"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="46"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="47"/>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="69"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="48"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="51"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="56"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="63"/>
        <source>Reply assistant</source>
        <translation>Assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="68"/>
        <source>Search labels, shortcuts and texts</source>
        <translation>Rechercher des libellés, raccourcis et textes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="69"/>
        <source>Any group</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="70"/>
        <source>No entry yet</source>
        <translation>Aucune entrée pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="72"/>
        <source>Entries are ready answers agents call with a shortcut: one text per language, plain or HTML, with attachments.</source>
        <translation>Les entrées sont des réponses toutes prêtes que les agents appellent par un raccourci&#xa0;: un texte par langue, brut ou HTML, avec des pièces jointes.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="78"/>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="96"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="81"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="84"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="87"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="90"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="101"/>
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="126"/>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="128"/>
        <source>Delete entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="127"/>
        <source>Delete the entry “%1” and its versions?</source>
        <translation>Supprimer l’entrée «&#xa0;%1&#xa0;» et ses versions&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="129"/>
        <source>Agents can no longer use it. The deletion is written to the audit journal.</source>
        <translation>Les agents ne peuvent plus l’utiliser. La suppression est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="141"/>
        <source>Export the reply assistant</source>
        <translation>Exporter l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="143"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="149"/>
        <source>Exporting the reply assistant</source>
        <translation>Export de l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="150"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="160"/>
        <source>Export done</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/reply_assistant_page.py" line="161"/>
        <source>%1 lines written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
</context>
<context>
    <name>RoleEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="149"/>
        <source>Edit role “%1”</source>
        <translation>Modifier le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="149"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="154"/>
        <source>e.g. Night-shift supervisor</source>
        <translation>p. ex. Superviseur de nuit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="156"/>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="341"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="158"/>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="341"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="170"/>
        <source>Filter permissions</source>
        <translation>Filtrer les autorisations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/role_editor.py" line="187"/>
        <source>%Ln permission(s) of extensions that are off are hidden; the role keeps them as they are.</source>
        <translation>
            <numerusform>%Ln autorisation d’extensions désactivées est masquée&#xa0;; le rôle la conserve telle quelle.</numerusform>
            <numerusform>%Ln autorisations d’extensions désactivées sont masquées&#xa0;; le rôle les conserve telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/role_editor.py" line="209"/>
        <source>Given to %Ln user(s).</source>
        <translation>
            <numerusform>Attribué à %Ln utilisateur.</numerusform>
            <numerusform>Attribué à %Ln utilisateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/role_editor.py" line="299"/>
        <source>%1 of %Ln permission(s)</source>
        <translation>
            <numerusform>%1 sur %Ln autorisation</numerusform>
            <numerusform>%1 sur %Ln autorisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="208"/>
        <source>Given to no user yet.</source>
        <translation>Attribué à aucun utilisateur pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="214"/>
        <source>Your role lacks this permission</source>
        <translation>Votre rôle ne dispose pas de cette autorisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/role_editor.py" line="228"/>
        <source>Tick or clear every permission of this group</source>
        <translation>Cocher ou décocher toutes les autorisations de ce groupe</translation>
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
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_editor_tabs.py" line="246"/>
        <source>%1 of %Ln permission(s)</source>
        <translation>
            <numerusform>%1 sur %Ln autorisation</numerusform>
            <numerusform>%1 sur %Ln autorisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="28"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="31"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="36"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="37"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="46"/>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="47"/>
        <source>Any permission</source>
        <translation>Toutes les autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="51"/>
        <source>In use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="52"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="52"/>
        <source>Given to users</source>
        <translation>Attribués à des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="52"/>
        <source>Unused</source>
        <translation>Inutilisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="56"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="61"/>
        <source>Search roles by label</source>
        <translation>Rechercher des rôles par libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="63"/>
        <source>No roles yet</source>
        <translation>Aucun rôle pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="64"/>
        <source>A role decides what its users may see and do.</source>
        <translation>Un rôle détermine ce que ses utilisateurs peuvent voir et faire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="68"/>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="108"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="75"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="82"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="89"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="98"/>
        <source>Move users and delete…</source>
        <translation>Réattribuer les utilisateurs et supprimer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="106"/>
        <source>Give the role&apos;s users another role, then delete it</source>
        <translation>Attribuer un autre rôle aux utilisateurs de ce rôle, puis le supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/roles_page.py" line="118"/>
        <source>%Ln roles</source>
        <translation>
            <numerusform>%Ln rôle</numerusform>
            <numerusform>%Ln rôles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="176"/>
        <source>The role “%1” is given to 1 user.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» est attribué à 1 utilisateur.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="178"/>
        <source>The role “%1” is given to %2 users.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» est attribué à %2 utilisateurs.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="182"/>
        <source>Give them another role before deleting it.</source>
        <translation>Attribuez-leur un autre rôle avant de le supprimer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="153"/>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="155"/>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="154"/>
        <source>Delete the role “%1”?</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="156"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/roles_page.py" line="190"/>
        <source>Delete the selected role</source>
        <translation>Supprimer le rôle sélectionné</translation>
    </message>
</context>
<context>
    <name>RoutingChannelEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="72"/>
        <source>Time an agent has to reply.</source>
        <translation>Temps dont dispose un agent pour répondre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="76"/>
        <source>Share of replies within the agent SLA to aim for.</source>
        <translation>Part des réponses dans le SLA agent à viser.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="39"/>
        <source>Edit routing channel “%1”</source>
        <translation>Modifier le canal de routage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="41"/>
        <source>New routing channel</source>
        <translation>Nouveau canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="49"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="168"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="50"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="53"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="169"/>
        <source>Soft capability</source>
        <translation>Capacité souple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="54"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="59"/>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="55"/>
        <source>Tasks an agent gets pushed at most.</source>
        <translation>Tâches poussées au plus à un agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="58"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="170"/>
        <source>Hard capability</source>
        <translation>Capacité maximale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="60"/>
        <source>Upper bound, transfers included.</source>
        <translation>Limite haute, transferts compris.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="63"/>
        <source>Task timeout</source>
        <translation>Délai d’acceptation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="64"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="69"/>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="72"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="65"/>
        <source>Time to accept before the task moves on.</source>
        <translation>Temps pour accepter avant que la tâche passe à un autre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="68"/>
        <source>Auto-complete after</source>
        <translation>Clôture automatique après</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="70"/>
        <source>0 = never.</source>
        <translation>0 = jamais.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="72"/>
        <source>Agent SLA</source>
        <translation>SLA agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="74"/>
        <source>SLA threshold</source>
        <translation>Seuil de SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="75"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="121"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="123"/>
        <source>A channel belongs to one routing channel; one shown with another&apos;s name moves here.</source>
        <translation>Un canal appartient à un seul canal de routage&#xa0;; celui affiché avec le nom d’un autre est déplacé ici.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="126"/>
        <source>Auto-complete categories</source>
        <translation>Catégories de clôture automatique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="152"/>
        <source>Move channels</source>
        <translation>Déplacer des canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="153"/>
        <source>These channels leave their routing channel for this one: %1</source>
        <translation>Ces canaux quittent leur canal de routage pour celui-ci&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channel_editor.py" line="156"/>
        <source>Move them</source>
        <translation>Les déplacer</translation>
    </message>
</context>
<context>
    <name>RoutingChannelsPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="21"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="22"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="24"/>
        <source>Soft</source>
        <translation>Souple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="27"/>
        <source>Hard</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="31"/>
        <source>Timeout (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="36"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="37"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="40"/>
        <source>Routing channels</source>
        <translation>Canaux de routage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="44"/>
        <source>%Ln routing channel(s)</source>
        <translation>
            <numerusform>%Ln canal de routage</numerusform>
            <numerusform>%Ln canaux de routage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="45"/>
        <source>Search routing channels by name</source>
        <translation>Rechercher un canal de routage par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="46"/>
        <source>No routing channels yet</source>
        <translation>Aucun canal de routage pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="47"/>
        <source>A routing channel groups channels that share capacity, timeouts and SLA.</source>
        <translation>Un canal de routage regroupe des canaux qui partagent capacité, délais et SLA.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="51"/>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="66"/>
        <source>New routing channel</source>
        <translation>Nouveau canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="57"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="60"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="89"/>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="93"/>
        <source>Delete routing channel</source>
        <translation>Supprimer le canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="90"/>
        <source>Delete the routing channel “%1”? Its channels stay, in no routing channel.</source>
        <translation>Supprimer le canal de routage «&#xa0;%1&#xa0;»&#xa0;? Ses canaux restent, sans canal de routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/routing_channels_page.py" line="94"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est inscrite au journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>RoutingFormat</name>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_format.py" line="14"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_format.py" line="17"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/monitor_format.py" line="20"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="63"/>
        <source>Add the category</source>
        <translation>Ajouter la catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="64"/>
        <source>Remove the category</source>
        <translation>Retirer la catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="65"/>
        <source>Set the priority to</source>
        <translation>Fixer la priorité à</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="66"/>
        <source>Tag the customer with</source>
        <translation>Attribuer au client le repère</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="67"/>
        <source>Route to the queue</source>
        <translation>Router vers la file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="68"/>
        <source>Route to the team</source>
        <translation>Router vers l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="69"/>
        <source>Auto-reply with the entry</source>
        <translation>Répondre automatiquement avec l’entrée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="70"/>
        <source>Ignore (archive) the message</source>
        <translation>Ignorer (archiver) le message</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="73"/>
        <source>Edit rule “%1”</source>
        <translation>Modifier la règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="73"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="79"/>
        <source>e.g. Urgent French orders</source>
        <translation>p. ex. Commandes françaises urgentes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="80"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="310"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="81"/>
        <source>The rule runs</source>
        <translation>La règle s’exécute</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="84"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="311"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="92"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="312"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="97"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="313"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="98"/>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="314"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="117"/>
        <source>Actions, in order</source>
        <translation>Actions, dans l’ordre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="118"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="118"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="118"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="127"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="133"/>
        <source>Remove action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="152"/>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="163"/>
        <source>Value of action %1</source>
        <translation>Valeur de l’action %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="175"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="180"/>
        <source>unknown %1</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="191"/>
        <source>tag id</source>
        <translation>identifiant du repère</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="192"/>
        <source>queue name</source>
        <translation>nom de la file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_editor.py" line="193"/>
        <source>reply-assistant entry id</source>
        <translation>identifiant de l’entrée de l’assistant de réponse</translation>
    </message>
</context>
<context>
    <name>RuleTestPane</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="29"/>
        <source>A message is received</source>
        <translation>Un message est reçu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="30"/>
        <source>An intervention is opened</source>
        <translation>Une intervention est ouverte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="33"/>
        <source>An intervention is closed</source>
        <translation>Une intervention est fermée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="36"/>
        <source>A task expires</source>
        <translation>Une tâche expire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="58"/>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="121"/>
        <source>Test rule</source>
        <translation>Tester la règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="64"/>
        <source>Sample message text</source>
        <translation>Texte du message d’exemple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="66"/>
        <source>Type a customer message…</source>
        <translation>Saisissez un message de client…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="76"/>
        <source>No source</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="81"/>
        <source>e.g. fr</source>
        <translation>p. ex. fr</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="85"/>
        <source>tag ids, comma-separated</source>
        <translation>identifiants des repères, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="90"/>
        <source>category ids, comma-separated</source>
        <translation>identifiants des catégories, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="95"/>
        <source>contract=Gold, plan=pro</source>
        <translation>contrat=Gold, offre=pro</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="99"/>
        <source>company=ACME</source>
        <translation>entreprise=ACME</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="102"/>
        <source>Open now</source>
        <translation>Ouvert en ce moment</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="103"/>
        <source>Closed now</source>
        <translation>Fermé en ce moment</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="107"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="108"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="109"/>
        <source>Source</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="110"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="111"/>
        <source>Customer tags</source>
        <translation>Repères d’identification du client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="112"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="113"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="114"/>
        <source>Customer profile</source>
        <translation>Profil client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="115"/>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="118"/>
        <source>Changing the sample tests the rule again</source>
        <translation>Modifier l’exemple teste à nouveau la règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="125"/>
        <source>Evaluate the rule as edited (not saved) on this message</source>
        <translation>Évaluer la règle telle que modifiée (non enregistrée) sur ce message</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="130"/>
        <source>Type a message and test the rule.</source>
        <translation>Saisissez un message et testez la règle.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="181"/>
        <source>✓ The rule fires on this message.</source>
        <translation>✓ La règle se déclenche sur ce message.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="186"/>
        <source>✗ The rule does not fire: it runs on another event.</source>
        <translation>✗ La règle ne se déclenche pas&#xa0;: elle s’exécute sur un autre événement.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="193"/>
        <source>✗ The rule does not fire: its conditions do not hold.</source>
        <translation>✗ La règle ne se déclenche pas&#xa0;: ses conditions ne sont pas vérifiées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="205"/>
        <source>Categories: %1</source>
        <translation>Catégories&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="211"/>
        <source>Customer tags: %1</source>
        <translation>Repères d’identification du client&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="216"/>
        <source>Priority: %1</source>
        <translation>Priorité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="222"/>
        <source>Queue: %1</source>
        <translation>File&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="226"/>
        <source>Team: %1</source>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="232"/>
        <source>Auto-reply with: %1</source>
        <translation>Réponse automatique avec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="237"/>
        <source>The message is ignored (archived).</source>
        <translation>Le message est ignoré (archivé).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rule_test_pane.py" line="240"/>
        <source>The rule has problems (marked in red): %1</source>
        <translation>La règle a des problèmes (signalés en rouge)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="31"/>
        <source>The rules engine is switched off for this account. An administrator can switch it on in Settings › Extensions.</source>
        <translation>Le moteur de règles est désactivé pour ce compte. Un administrateur peut l’activer dans Paramètres › Extensions.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="42"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="48"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="73"/>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="43"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="48"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="73"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="45"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="48"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="72"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="50"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="53"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="59"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="63"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="68"/>
        <source>Search rules by name</source>
        <translation>Rechercher des règles par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="73"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="117"/>
        <source>Move down: run this rule one place later</source>
        <translation>Descendre&#xa0;: exécuter cette règle un rang plus tard</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="120"/>
        <source>On/off</source>
        <translation>Activer/désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="126"/>
        <source>Switch the rule on or off</source>
        <translation>Activer ou désactiver la règle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="141"/>
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln règle</numerusform>
            <numerusform>%Ln règles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="76"/>
        <source>No rule yet</source>
        <translation>Aucune règle pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="78"/>
        <source>Rules run in order on each incoming message: they categorise it, set its priority, tag the customer, route it or answer it.</source>
        <translation>Les règles s’exécutent dans l’ordre sur chaque message entrant&#xa0;: elles le catégorisent, fixent sa priorité, attribuent un repère d’identification au client, le routent ou y répondent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="88"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="136"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="95"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="108"/>
        <source>Move up: run this rule one place earlier</source>
        <translation>Monter&#xa0;: exécuter cette règle un rang plus tôt</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="109"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="118"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="128"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="180"/>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="182"/>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="181"/>
        <source>Delete the rule “%1”?</source>
        <translation>Supprimer la règle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/rules_page.py" line="183"/>
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
    <name>SecurityPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="21"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="23"/>
        <source>Rules for passwords, sessions and API access. Changes apply at the next sign-in or password change and are written to the audit journal.</source>
        <translation>Règles des mots de passe, des sessions et de l’accès API. Les modifications s’appliquent à la prochaine connexion ou au prochain changement de mot de passe, et sont inscrites au journal d’audit.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="30"/>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="33"/>
        <source>Minimum length</source>
        <translation>Longueur minimale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="34"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="37"/>
        <source>Require a digit</source>
        <translation>Exiger un chiffre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="42"/>
        <source>Require a symbol (not a letter or digit)</source>
        <translation>Exiger un symbole (ni lettre ni chiffre)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="45"/>
        <source>Passwords expire</source>
        <translation>Les mots de passe expirent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="49"/>
        <source>Expire after</source>
        <translation>Expiration après</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="50"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="55"/>
        <source>Refuse recently used passwords</source>
        <translation>Refuser les mots de passe utilisés récemment</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="59"/>
        <source>Remember the last</source>
        <translation>Mémoriser les</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="60"/>
        <source> passwords</source>
        <translation> derniers mots de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="61"/>
        <source>Only one-way hashes of old passwords are kept.</source>
        <translation>Seules des empreintes irréversibles des anciens mots de passe sont conservées.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="66"/>
        <source>Turn off password recovery by e-mail</source>
        <translation>Désactiver la récupération du mot de passe par e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="68"/>
        <source>Sessions and sign-in</source>
        <translation>Sessions et connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="71"/>
        <source>Lock the console after</source>
        <translation>Verrouiller la console après</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="72"/>
        <source> minutes without activity</source>
        <translation> minutes sans activité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="72"/>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="78"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="73"/>
        <source>The console then asks for the password again.</source>
        <translation>La console redemande alors le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="77"/>
        <source>Lock an account after</source>
        <translation>Verrouiller un compte après</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="78"/>
        <source> failed sign-ins</source>
        <translation> échecs de connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="82"/>
        <source>Locked for</source>
        <translation>Verrouillé pendant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="83"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="85"/>
        <source>API access</source>
        <translation>Accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="88"/>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="95"/>
        <source>Allowed IP ranges</source>
        <translation>Plages IP autorisées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="90"/>
        <source>Any address. Or one per line: 10.0.0.0/8, 192.168.1.20, 2001:db8::/32</source>
        <translation>Toutes les adresses. Ou une par ligne&#xa0;: 10.0.0.0/8, 192.168.1.20, 2001:db8::/32</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="97"/>
        <source>API access tokens work only from these addresses.</source>
        <translation>Les jetons d’accès API ne fonctionnent que depuis ces adresses.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="99"/>
        <source>Web clients</source>
        <translation>Clients web</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="103"/>
        <source>Ask browsers not to remember passwords</source>
        <translation>Demander aux navigateurs de ne pas mémoriser les mots de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="108"/>
        <source>Refuse to be shown inside other sites (iframes)</source>
        <translation>Refuser l’affichage dans d’autres sites (iframes)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="172"/>
        <source>Confirm security change</source>
        <translation>Confirmer la modification de sécurité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="173"/>
        <source>This change affects your own access:</source>
        <translation>Cette modification touche votre propre accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="174"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/security_page.py" line="181"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SettingsFormPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/settings_form_page.py" line="44"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/settings_form_page.py" line="48"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="68"/>
        <source>&amp;Connect to database…</source>
        <translation>Se &amp;connecter à une base de données…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="71"/>
        <source>&amp;Move to a shared database…</source>
        <translation>Dé&amp;placer vers une base partagée…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="77"/>
        <source>Compare with a &amp;bundle…</source>
        <translation>Comparer avec un &amp;lot de configuration…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="82"/>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="87"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="89"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="91"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="101"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="104"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="110"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="125"/>
        <source>Move to the &amp;navigation</source>
        <translation>Aller à la &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="128"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="135"/>
        <source>&amp;About Engage Desktop</source>
        <translation>À &amp;propos d’Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="137"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="139"/>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="142"/>
        <source>&amp;Verify the journal…</source>
        <translation>&amp;Vérifier le journal…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="175"/>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="183"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="188"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="193"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="328"/>
        <source>About Engage Desktop</source>
        <translation>À propos d’Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="332"/>
        <source>Version %1
The administration console of Engage.</source>
        <translation>Version %1
La console d’administration d’Engage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="347"/>
        <location filename="../../engage_desktop/views/shell/actions.py" line="361"/>
        <source>Verify the journal</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="348"/>
        <source>Checking every event of the audit journal…</source>
        <translation>Vérification de chaque événement du journal d’audit…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="418"/>
        <source>This workstation&apos;s anchor was found in it.</source>
        <translation>L’ancre de ce poste y a été trouvée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="420"/>
        <source>No anchor was recorded for this database on this workstation yet.</source>
        <translation>Aucune ancre n’a encore été enregistrée pour cette base de données sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="425"/>
        <source>The journal is broken at event #%1 (row id %2).</source>
        <translation>Le journal est rompu à l’événement n° %1 (identifiant de ligne %2).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/actions.py" line="428"/>
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
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="149"/>
        <source>Sign in — Engage Desktop</source>
        <translation>Connexion — Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="150"/>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="154"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="151"/>
        <source>Use your e-mail address or nickname.</source>
        <translation>Utilisez votre adresse e-mail ou votre pseudo.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="152"/>
        <source>E-mail or nickname</source>
        <translation>E-mail ou pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="153"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="163"/>
        <source>Enter your e-mail address or nickname.</source>
        <translation>Saisissez votre adresse e-mail ou votre pseudo.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="165"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>SignatureEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="53"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="61"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="72"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="62"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="73"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="63"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="74"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="64"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="76"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="65"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="78"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="76"/>
        <source>None ticked: every channel.</source>
        <translation>Aucun coché&#xa0;: tous les canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="79"/>
        <source>New signature</source>
        <translation>Nouvelle signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="79"/>
        <source>Edit signature</source>
        <translation>Modifier la signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="119"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="133"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="134"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="135"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="155"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="135"/>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="138"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="139"/>
        <source>every channel</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="143"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="146"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
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
        <translation>Rechercher par agent ou nom de signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="156"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="156"/>
        <source>No language</source>
        <translation>Aucune langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="159"/>
        <source>No signature yet</source>
        <translation>Aucune signature pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="160"/>
        <source>Replies end with the agent&apos;s signature for the channel and language.</source>
        <translation>Les réponses se terminent par la signature de l’agent pour le canal et la langue.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="165"/>
        <source>New signature</source>
        <translation>Nouvelle signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="172"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="179"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="197"/>
        <source>New signature for…</source>
        <translation>Nouvelle signature pour…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="197"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="218"/>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="220"/>
        <source>Delete signature</source>
        <translation>Supprimer la signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="219"/>
        <source>Delete the signature “%1” of %2?</source>
        <translation>Supprimer la signature «&#xa0;%1&#xa0;» de %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/signatures_page.py" line="221"/>
        <source>The agent&apos;s user record changes; the journal records it.</source>
        <translation>La fiche utilisateur de l’agent est modifiée&#xa0;; le journal l’enregistre.</translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="45"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="47"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="62"/>
        <source>e.g. Formal, Chat</source>
        <translation>p. ex. Formelle, Chat</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="65"/>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="158"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="75"/>
        <source>Best regards,
The support team</source>
        <translation>Cordialement,
L’équipe d’assistance</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="80"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="81"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="82"/>
        <source>None ticked: used on every channel.</source>
        <translation>Si aucun n’est coché&#xa0;: utilisée sur tous les canaux.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="83"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="85"/>
        <source>No signature yet. Add one to end this agent&apos;s replies with it.</source>
        <translation>Aucune signature pour l’instant. Ajoutez-en une pour terminer les réponses de cet agent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="112"/>
        <source>New signature</source>
        <translation>Nouvelle signature</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="161"/>
        <source>every channel</source>
        <translation>tous les canaux</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="161"/>
        <source>%Ln channel(s)</source>
        <translation>
            <numerusform>%Ln canal</numerusform>
            <numerusform>%Ln canaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_agent_tabs.py" line="162"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>SimulationCharts</name>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="67"/>
        <source>Tasks waiting over the day</source>
        <translation>Tâches en attente au fil de la journée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="85"/>
        <source>Hour (simulated day)</source>
        <translation>Heure (journée simulée)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="87"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="110"/>
        <source>Waiting time before assignment (minutes)</source>
        <translation>Temps d’attente avant attribution (minutes)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="112"/>
        <source>Waiting time before assignment (seconds)</source>
        <translation>Temps d’attente avant attribution (secondes)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_charts.py" line="135"/>
        <source>Team occupancy (%)</source>
        <translation>Occupation des équipes (%)</translation>
    </message>
</context>
<context>
    <name>SimulationPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="54"/>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="146"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="62"/>
        <source>What if? Replay a day of interactions on a virtual clock. Nothing is written to the database.</source>
        <translation>Et si&#xa0;? Rejouez une journée d’interactions sur une horloge virtuelle. Rien n’est écrit dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="80"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="83"/>
        <source>Save charts as PNG…</source>
        <translation>Enregistrer les graphiques en PNG…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="96"/>
        <source>No simulation yet</source>
        <translation>Aucune simulation pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="98"/>
        <source>Choose the interactions and the configurations on the left, then run the simulation: waiting times, SLA and occupancy of A and B appear here side by side.</source>
        <translation>Choisissez les interactions et les configurations à gauche, puis lancez la simulation&#xa0;: temps d’attente, SLA et occupation de A et B s’affichent ici côte à côte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="166"/>
        <source>Simulating the day on configuration A, then on B…</source>
        <translation>Simulation de la journée sur la configuration A, puis sur B…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="167"/>
        <source>Simulating the day on configuration A…</source>
        <translation>Simulation de la journée sur la configuration A…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="177"/>
        <source>%n interaction(s) simulated</source>
        <translation>
            <numerusform>%n interaction simulée</numerusform>
            <numerusform>%n interactions simulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="178"/>
        <source>A: %n agent(s)</source>
        <translation>
            <numerusform>A&#xa0;: %n agent</numerusform>
            <numerusform>A&#xa0;: %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="180"/>
        <source>B: %n agent(s)</source>
        <translation>
            <numerusform>B&#xa0;: %n agent</numerusform>
            <numerusform>B&#xa0;: %n agents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="181"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="198"/>
        <source>Simulation cancelled: the previous results are still shown.</source>
        <translation>Simulation annulée&#xa0;: les résultats précédents restent affichés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="203"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="203"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="221"/>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="226"/>
        <source>Save the charts</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="226"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="237"/>
        <source>Charts saved to %1</source>
        <translation>Graphiques enregistrés dans %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_page.py" line="240"/>
        <source>The image could not be written to %1</source>
        <translation>L’image n’a pas pu être écrite dans %1</translation>
    </message>
</context>
<context>
    <name>SimulationResults</name>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="104"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="104"/>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="205"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="106"/>
        <source>Waiting time, 90th percentile</source>
        <translation>Temps d’attente, 90e centile</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="107"/>
        <source>SLA met</source>
        <translation>SLA respecté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="108"/>
        <source>Undelivered or still waiting</source>
        <translation>Non distribuées ou toujours en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="109"/>
        <source>Mean agent occupancy</source>
        <translation>Occupation moyenne des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="118"/>
        <source>Tasks waiting over the day</source>
        <translation>Tâches en attente au fil de la journée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="119"/>
        <source>Waiting time percentiles</source>
        <translation>Centiles du temps d’attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="120"/>
        <source>Team occupancy</source>
        <translation>Occupation des équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="135"/>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="160"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="137"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="141"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="145"/>
        <source>Search metrics</source>
        <translation>Rechercher des indicateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="147"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="148"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="159"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="161"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="162"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="177"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="179"/>
        <source>No simulation yet</source>
        <translation>Aucune simulation pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="180"/>
        <source>Run a simulation to see its figures here.</source>
        <translation>Lancez une simulation pour voir ses chiffres ici.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="198"/>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="206"/>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="206"/>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="269"/>
        <source>Team occupancy: %1</source>
        <translation>Occupation de l’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="271"/>
        <source>Agent occupancy: %1</source>
        <translation>Occupation de l’agent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="277"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="278"/>
        <source>Refused (unknown source)</source>
        <translation>Refusées (canal inconnu)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="279"/>
        <source>Tasks created</source>
        <translation>Tâches créées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="280"/>
        <source>Tasks assigned</source>
        <translation>Tâches attribuées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="281"/>
        <source>Undelivered</source>
        <translation>Non distribuées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="282"/>
        <source>Still waiting at the end</source>
        <translation>Toujours en attente à la fin</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="283"/>
        <source>Wait, median (s)</source>
        <translation>Attente, médiane (s)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="284"/>
        <source>Wait, 90th percentile (s)</source>
        <translation>Attente, 90e centile (s)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="285"/>
        <source>Wait, 95th percentile (s)</source>
        <translation>Attente, 95e centile (s)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="286"/>
        <source>Wait, 99th percentile (s)</source>
        <translation>Attente, 99e centile (s)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_results.py" line="287"/>
        <source>SLA met (%)</source>
        <translation>SLA respecté (%)</translation>
    </message>
</context>
<context>
    <name>SimulationSetup</name>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="91"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="92"/>
        <source>Generate a realistic day</source>
        <translation>Générer une journée réaliste</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="93"/>
        <source>Read a trace file (JSONL)</source>
        <translation>Lire un fichier de trace (JSONL)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="98"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="99"/>
        <source>Interactions in the day</source>
        <translation>Interactions dans la journée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="103"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="170"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="104"/>
        <source>Agents of a generated configuration</source>
        <translation>Agents d’une configuration générée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="107"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="114"/>
        <source>Trace file</source>
        <translation>Fichier de trace</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="116"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="117"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="126"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="132"/>
        <source>Refused lines of the trace</source>
        <translation>Lignes refusées de la trace</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="148"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="162"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="151"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="194"/>
        <source>Configuration A</source>
        <translation>Configuration A</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="152"/>
        <source>Current configuration</source>
        <translation>Configuration actuelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="153"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="167"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="255"/>
        <source>Demo (generated)</source>
        <translation>Démo (générée)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="155"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="176"/>
        <source>Handling time</source>
        <translation>Durée de traitement</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="155"/>
        <source>Handling time of A</source>
        <translation>Durée de traitement de A</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="158"/>
        <source>Compare with configuration B</source>
        <translation>Comparer avec une configuration B</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="165"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="196"/>
        <source>Configuration B</source>
        <translation>Configuration B</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="166"/>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="255"/>
        <source>Copy of A</source>
        <translation>Copie de A</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="171"/>
        <source>Agents of B</source>
        <translation>Agents de B</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="172"/>
        <source>Extra agents copy the skills, teams and sources of existing ones.</source>
        <translation>Les agents supplémentaires copient les compétences, équipes et canaux d’agents existants.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="174"/>
        <source>As in the configuration</source>
        <translation>Comme dans la configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="176"/>
        <source>Handling time of B</source>
        <translation>Durée de traitement de B</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="180"/>
        <source>Run simulation</source>
        <translation>Lancer la simulation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="191"/>
        <source>Day of interactions</source>
        <translation>Journée d’interactions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="205"/>
        <source>Choose a trace</source>
        <translation>Choisir une trace</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="205"/>
        <source>Interaction traces (*.jsonl *.json);;All files (*)</source>
        <translation>Traces d’interactions (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="216"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="230"/>
        <source>This file cannot be read: %1</source>
        <translation>Ce fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="236"/>
        <source>%n interaction(s) read</source>
        <translation>
            <numerusform>%n interaction lue</numerusform>
            <numerusform>%n interactions lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="238"/>
        <source>%n line(s) refused</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="241"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/simulation_setup.py" line="245"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
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
        <translation>Choisissez un fichier de trace contenant au moins une interaction valide.</translation>
    </message>
</context>
<context>
    <name>SourceEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_editor.py" line="37"/>
        <source>Edit channel “%1”</source>
        <translation>Modifier le canal «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SourceFormWidget</name>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="81"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="86"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="94"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="95"/>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="191"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="102"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="104"/>
        <source>Routing channels are managed in Routing › Routing channels.</source>
        <translation>Les canaux de routage se gèrent dans Routage › Canaux de routage.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="109"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="110"/>
        <source>Hide from statistics</source>
        <translation>Masquer dans les statistiques</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="115"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="129"/>
        <source>Routing and SLA</source>
        <translation>Routage et SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="134"/>
        <source>Default categories</source>
        <translation>Catégories par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="139"/>
        <source>Categories of agent-opened threads</source>
        <translation>Catégories des conversations ouvertes par un agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="147"/>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="149"/>
        <source>No business hours yet: create them in Settings › Business hours.</source>
        <translation>Aucune heure d’ouverture pour l’instant&#xa0;: créez-en dans Paramètres › Heures d’ouverture.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="153"/>
        <source>SLA: first reply within (minutes)</source>
        <translation>SLA&#xa0;: première réponse sous (minutes)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="157"/>
        <source>SLA warning at (%)</source>
        <translation>Alerte SLA à (%)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="159"/>
        <source>Share of the SLA time used when the task turns orange.</source>
        <translation>Part du délai SLA écoulée lorsque la tâche passe à l’orange.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="163"/>
        <source>Raise to maximum priority</source>
        <translation>Passer à la priorité maximale</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="164"/>
        <source>Raise halfway to maximum</source>
        <translation>Augmenter à mi-chemin du maximum</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="165"/>
        <source>Keep the base priority</source>
        <translation>Conserver la priorité de base</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="170"/>
        <source>When the SLA expires</source>
        <translation>À l’expiration du SLA</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="172"/>
        <source>Default task priority</source>
        <translation>Priorité par défaut des tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="175"/>
        <source>Boost per new message</source>
        <translation>Bonus par nouveau message</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="179"/>
        <source>Boost for transferred tasks</source>
        <translation>Bonus pour les tâches transférées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="183"/>
        <source>Languages and archiving</source>
        <translation>Langues et archivage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="189"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="195"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="196"/>
        <source>Detect the language of incoming messages</source>
        <translation>Détecter la langue des messages entrants</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="199"/>
        <source>Archive messages</source>
        <translation>Archiver les messages</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="205"/>
        <source>Archive after (days)</source>
        <translation>Archiver après (jours)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="310"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="311"/>
        <source>Connecting to the IMAP and SMTP servers…</source>
        <translation>Connexion aux serveurs IMAP et SMTP…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="326"/>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_form.py" line="326"/>
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
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="41"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="86"/>
        <source>Your role cannot create communities: ask an administrator to create one first.</source>
        <translation>Votre rôle ne permet pas de créer des communautés&#xa0;: demandez d’abord à un administrateur d’en créer une.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="103"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="107"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="110"/>
        <source>Create channel</source>
        <translation>Créer le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="113"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="188"/>
        <source>What kind of channel?</source>
        <translation>Quel type de canal&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="189"/>
        <source>A %1 community is needed</source>
        <translation>Une communauté %1 est nécessaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="190"/>
        <source>Set up the %1 channel</source>
        <translation>Configurer le canal %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="194"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="199"/>
        <source>There is no active %1 community yet. Every channel belongs to a community of its type, which holds the identities of its customers. Create one to go on.</source>
        <translation>Il n’existe encore aucune communauté %1 active. Chaque canal appartient à une communauté de son type, qui regroupe les identités de ses clients. Créez-en une pour continuer.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/source_wizard.py" line="203"/>
        <source>Create a %1 community…</source>
        <translation>Créer une communauté %1…</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="62"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="85"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="65"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="72"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="73"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="74"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="91"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="77"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="86"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="90"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="91"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="91"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="95"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="99"/>
        <source>%Ln channels</source>
        <translation>
            <numerusform>%Ln canal</numerusform>
            <numerusform>%Ln canaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="100"/>
        <source>Search channels by name</source>
        <translation>Rechercher des canaux par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="102"/>
        <source>No channels yet</source>
        <translation>Aucun canal pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="104"/>
        <source>A channel is one connected account: a mailbox, a Facebook page, a web chat…</source>
        <translation>Un canal est un compte connecté&#xa0;: une boîte aux lettres, une page Facebook, un chat web…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="116"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="146"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="123"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="126"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="238"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="254"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="135"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="169"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="207"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="169"/>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="220"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="186"/>
        <source>Its conversations stop being routed to agents (routing channel “%1”).</source>
        <translation>Ses conversations ne sont plus routées vers les agents (canal de routage «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="190"/>
        <source>Its conversations stop being routed to agents.</source>
        <translation>Ses conversations ne sont plus routées vers les agents.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="194"/>
        <source>Incoming messages stop: nothing new is fetched from %1.</source>
        <translation>Les messages entrants s’arrêtent&#xa0;: plus rien n’est récupéré depuis %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="199"/>
        <source>Agents can no longer reply through it. Nothing is deleted; you can activate it again.</source>
        <translation>Les agents ne peuvent plus répondre par ce canal. Rien n’est supprimé&#xa0;; vous pourrez le réactiver.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="205"/>
        <source>Deactivate channel</source>
        <translation>Désactiver le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="206"/>
        <source>Deactivate the channel “%1”?</source>
        <translation>Désactiver le canal «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="218"/>
        <source>Activate channel</source>
        <translation>Activer le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="219"/>
        <source>Activate the channel “%1”?</source>
        <translation>Activer le canal «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="222"/>
        <source>Its messages will be fetched and routed to agents again, and agents may reply through it.</source>
        <translation>Ses messages seront de nouveau récupérés et routés vers les agents, qui pourront répondre par ce canal.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="239"/>
        <source>Connecting to the servers of “%1”…</source>
        <translation>Connexion aux serveurs de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="255"/>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channels/sources_page.py" line="255"/>
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
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="38"/>
        <source>Choose a target…</source>
        <translation>Choisir une cible…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="39"/>
        <source>The task&apos;s categories</source>
        <translation>Les catégories de la tâche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="40"/>
        <source>These categories</source>
        <translation>Ces catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="41"/>
        <source>A team</source>
        <translation>Une équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="42"/>
        <source>An agent</source>
        <translation>Un agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="43"/>
        <source>Any agent</source>
        <translation>N’importe quel agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="46"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="64"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="48"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="126"/>
        <source>Target of step %1</source>
        <translation>Cible de l’étape %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="135"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="136"/>
        <source>No timeout</source>
        <translation>Sans délai</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="137"/>
        <source>Timeout of step %1 in seconds</source>
        <translation>Délai de l’étape %1 en secondes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="148"/>
        <source>Who step %1 targets</source>
        <translation>Destinataires de l’étape %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="162"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_steps.py" line="168"/>
        <source>unknown %1</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>TabErrors</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/tab_errors.py" line="46"/>
        <source>This tab has fields to correct</source>
        <translation>Cet onglet contient des champs à corriger</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="25"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="25"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="31"/>
        <source>Rename “%1”</source>
        <translation>Renommer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="31"/>
        <source>New tag</source>
        <translation>Nouveau repère d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="35"/>
        <source>Tag name</source>
        <translation>Nom du repère</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="37"/>
        <source>e.g. VIP, Press, Churn risk</source>
        <translation>p. ex. VIP, Presse, Risque de départ</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="39"/>
        <source>Folders whose query names this tag follow the new name.</source>
        <translation>Les dossiers dont la requête cite ce repère suivent le nouveau nom.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="41"/>
        <source>Agents see it on the customer&apos;s profile.</source>
        <translation>Les agents le voient sur le profil du client.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="43"/>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="57"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="115"/>
        <source>Tag</source>
        <translation>Repère d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="118"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="123"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="126"/>
        <source>Tags</source>
        <translation>Repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="131"/>
        <source>Search tags</source>
        <translation>Rechercher des repères</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="132"/>
        <source>No tags yet</source>
        <translation>Aucun repère d’identification pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="134"/>
        <source>Tags let agents recognise a customer at a glance: VIP, press, churn risk…</source>
        <translation>Les repères d’identification permettent aux agents de reconnaître un client d’un coup d’œil&#xa0;: VIP, presse, risque de départ…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="139"/>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="168"/>
        <source>New tag</source>
        <translation>Nouveau repère</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="146"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="153"/>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="160"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="175"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln repère</numerusform>
            <numerusform>%Ln repères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="204"/>
        <source>1 customer loses this tag.</source>
        <translation>1 client perd ce repère.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="206"/>
        <source>%1 customers lose this tag.</source>
        <translation>%1 clients perdent ce repère.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="210"/>
        <source>Folders using it: %1.</source>
        <translation>Dossiers qui l’utilisent&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="213"/>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="215"/>
        <source>Delete tag</source>
        <translation>Supprimer le repère</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/digital/tags_page.py" line="214"/>
        <source>Delete the tag “%1”?</source>
        <translation>Supprimer le repère «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>TeamEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="74"/>
        <source>Edit team “%1”</source>
        <translation>Modifier l’équipe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="74"/>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="79"/>
        <source>e.g. Social media care</source>
        <translation>p. ex. Service client réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="81"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="122"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="317"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="317"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="86"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="317"/>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="114"/>
        <source>Filter members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="122"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="122"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="122"/>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="131"/>
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="139"/>
        <source>Add members…</source>
        <translation>Ajouter des membres…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="143"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="172"/>
        <source>Leaders are members who lead the team</source>
        <translation>Les responsables sont des membres qui dirigent l’équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="173"/>
        <source>This user&apos;s account is disabled</source>
        <translation>Le compte de cet utilisateur est désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="229"/>
        <source>Add members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="230"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="232"/>
        <source>Already a member</source>
        <translation>Déjà membre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/team_editor.py" line="279"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/team_editor.py" line="280"/>
        <source>%Ln leader(s)</source>
        <translation>
            <numerusform>%Ln responsable</numerusform>
            <numerusform>%Ln responsables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/team_editor.py" line="286"/>
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
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="59"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="83"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="198"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="60"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="84"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="198"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="61"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="198"/>
        <source>HTML body</source>
        <translation>Corps HTML</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="62"/>
        <source>Text body</source>
        <translation>Corps texte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="63"/>
        <source>Channels using this template</source>
        <translation>Canaux utilisant ce modèle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="68"/>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="69"/>
        <source>Insert placeholder</source>
        <translation>Insérer une variable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="85"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="88"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="89"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="92"/>
        <source>Preview with sample data</source>
        <translation>Aperçu avec des données d’exemple</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="103"/>
        <source>HTML preview</source>
        <translation>Aperçu HTML</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="104"/>
        <source>Text preview</source>
        <translation>Aperçu texte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="127"/>
        <source>New e-mail template</source>
        <translation>Nouveau modèle d’e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="127"/>
        <source>Edit e-mail template</source>
        <translation>Modifier le modèle d’e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/email_templates_page.py" line="184"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TimeSheetDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="56"/>
        <source>Edit time sheet “%1”</source>
        <translation>Modifier le calendrier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="58"/>
        <source>New time sheet</source>
        <translation>Nouveau calendrier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="63"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="76"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="245"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="69"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="77"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="245"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="73"/>
        <source>Active (sources use it)</source>
        <translation>Actif (utilisé par les canaux)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="80"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="81"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="82"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="83"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="84"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="85"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="86"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="96"/>
        <source>closed — or e.g. 0900-1230,1400-1800</source>
        <translation>fermé — ou p. ex. 0900-1230,1400-1800</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="97"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="103"/>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="109"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="104"/>
        <source>One per line: 2026-12-25,Christmas</source>
        <translation>Un par ligne&#xa0;: 2026-12-25,Noël</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="111"/>
        <source>Closed all day. Import a CSV or iCalendar file from the list&apos;s “Import holidays…”.</source>
        <translation>Fermé toute la journée. Importez un fichier CSV ou iCalendar depuis «&#xa0;Importer des jours fériés…&#xa0;» de la liste.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="114"/>
        <source>Used by: %1</source>
        <translation>Utilisé par&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="127"/>
        <source>◀ Previous week</source>
        <translation>◀ Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="129"/>
        <source>Next week ▶</source>
        <translation>Semaine suivante ▶</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="147"/>
        <source>Is it open at</source>
        <translation>Est-il ouvert le</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="150"/>
        <source>Date and time to check, in the sheet&apos;s time zone</source>
        <translation>Date et heure à vérifier, dans le fuseau horaire du calendrier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="210"/>
        <source>Yes, open.</source>
        <translation>Oui, ouvert.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="212"/>
        <source>No: holiday (%1).</source>
        <translation>Non&#xa0;: jour férié (%1).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="217"/>
        <source>No; this sheet never opens.</source>
        <translation>Non&#xa0;; ce calendrier n’ouvre jamais.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/time_sheet_editor.py" line="220"/>
        <source>No; opens %1.</source>
        <translation>Non&#xa0;; ouvre %1.</translation>
    </message>
</context>
<context>
    <name>TokenValueDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="90"/>
        <source>API access token created</source>
        <translation>Jeton d’accès API créé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="94"/>
        <source>Copy the token now and give it to the program that will use it. This console keeps it in the system keyring; the database keeps only a fingerprint of it.</source>
        <translation>Copiez le jeton maintenant et donnez-le au programme qui l’utilisera. Cette console le conserve dans le trousseau du système&#xa0;; la base de données n’en garde qu’une empreinte.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="102"/>
        <source>Token value</source>
        <translation>Valeur du jeton</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/api_tokens_page.py" line="103"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>TopologiesPage</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="26"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="73"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="31"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="70"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="35"/>
        <source>This topology routes the tasks now</source>
        <translation>Cette topologie route actuellement les tâches</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="35"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="74"/>
        <source>Not active</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="40"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="48"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="53"/>
        <source>Open it to see each problem beside its queue and step</source>
        <translation>Ouvrez-la pour voir chaque problème à côté de sa file et de son étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="55"/>
        <source>Ready to be activated</source>
        <translation>Prête à être activée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="58"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="61"/>
        <source>Topologies</source>
        <translation>Topologies</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="66"/>
        <source>Search topologies by name</source>
        <translation>Rechercher des topologies par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="72"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="78"/>
        <source>No topology yet</source>
        <translation>Aucune topologie pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="80"/>
        <source>A topology is the routing strategy: which queue a task joins and which agents it is offered to, step by step.</source>
        <translation>Une topologie est la stratégie de routage&#xa0;: la file que rejoint une tâche et les agents à qui elle est proposée, étape par étape.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="89"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="121"/>
        <source>New topology</source>
        <translation>Nouvelle topologie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="96"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="103"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="110"/>
        <source>Make it the routing strategy (the active one stops)</source>
        <translation>En faire la stratégie de routage (la topologie active s’arrête)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="112"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="130"/>
        <source>⚠ %Ln problem(s)</source>
        <translation>
            <numerusform>⚠ %Ln problème</numerusform>
            <numerusform>⚠ %Ln problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="133"/>
        <source>%Ln topology(ies)</source>
        <translation>
            <numerusform>%Ln topologie</numerusform>
            <numerusform>%Ln topologies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="161"/>
        <source>“%1” cannot be activated until these problems are fixed.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être activée tant que ces problèmes ne sont pas corrigés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="175"/>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="177"/>
        <source>Delete topology</source>
        <translation>Supprimer la topologie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="176"/>
        <source>Delete the topology “%1”?</source>
        <translation>Supprimer la topologie «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topologies_page.py" line="178"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>TopologyEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="76"/>
        <source>Edit topology “%1”</source>
        <translation>Modifier la topologie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="76"/>
        <source>New topology</source>
        <translation>Nouvelle topologie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="81"/>
        <source>e.g. Weekdays</source>
        <translation>p. ex. Jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="82"/>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="317"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="84"/>
        <source>This topology routes tasks now: it can only be saved without problems.</source>
        <translation>Cette topologie route actuellement les tâches&#xa0;: elle ne peut être enregistrée que sans problème.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="93"/>
        <source>Routing configuration as JSON</source>
        <translation>Configuration de routage au format JSON</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="109"/>
        <source>Queues and steps</source>
        <translation>Files et étapes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="110"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="111"/>
        <source>The same configuration as JSON; both stay in sync</source>
        <translation>La même configuration au format JSON&#xa0;; les deux restent synchronisées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="113"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="119"/>
        <source>Problems of the configuration</source>
        <translation>Problèmes de la configuration</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="160"/>
        <source>Line %1, column %2: </source>
        <translation>Ligne %1, colonne %2&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="178"/>
        <source>Fix the JSON first; the structure shows only a configuration that reads.</source>
        <translation>Corrigez d’abord le JSON&#xa0;; la structure n’affiche qu’une configuration lisible.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="220"/>
        <source>Default queue</source>
        <translation>File par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="227"/>
        <source>Queue “%1”</source>
        <translation>File «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="229"/>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="231"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="241"/>
        <source>No problem found</source>
        <translation>Aucun problème détecté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="241"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_editor.py" line="317"/>
        <source>Routing configuration</source>
        <translation>Configuration de routage</translation>
    </message>
</context>
<context>
    <name>TopologyStructureEditor</name>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="76"/>
        <source>Queues (first match wins)</source>
        <translation>Files (la première qui correspond l’emporte)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="82"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="89"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="89"/>
        <source>Add a queue</source>
        <translation>Ajouter une file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="92"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="92"/>
        <source>Remove the selected queue</source>
        <translation>Retirer la file sélectionnée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="95"/>
        <source>Move the queue up</source>
        <translation>Monter la file</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="98"/>
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
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="161"/>
        <source>Customer tags</source>
        <translation>Repères d’identification du client</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="160"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="166"/>
        <source>Steps (a task moves on when a step times out)</source>
        <translation>Étapes (une tâche passe à la suivante quand le délai d’une étape expire)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="178"/>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="178"/>
        <source>Add a step at the end</source>
        <translation>Ajouter une étape à la fin</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="181"/>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="181"/>
        <source>Remove the selected step</source>
        <translation>Retirer l’étape sélectionnée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="184"/>
        <source>Move the step up</source>
        <translation>Monter l’étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="187"/>
        <source>Move the step down</source>
        <translation>Descendre l’étape</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="242"/>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="336"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="243"/>
        <source>Default queue</source>
        <translation>File par défaut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="247"/>
        <source>Tasks no queue above takes</source>
        <translation>Tâches qu’aucune file ci-dessus ne prend</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="275"/>
        <source>Unknown channel (%1)</source>
        <translation>Canal inconnu (%1)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="296"/>
        <source>No category yet</source>
        <translation>Aucune catégorie pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/topology_structure.py" line="380"/>
        <source>queue %1</source>
        <translation>file %1</translation>
    </message>
</context>
<context>
    <name>TraceImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="45"/>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="127"/>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="154"/>
        <source>Import interactions</source>
        <translation>Importer des interactions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="53"/>
        <source>A trace has one JSON object a line (source, foreign_id, thread, author, text, language, timestamp). Each message is routed by the live engine; messages already imported are skipped.</source>
        <translation>Une trace contient un objet JSON par ligne (source, foreign_id, thread, author, text, language, timestamp). Chaque message est routé par le moteur en service&#xa0;; les messages déjà importés sont ignorés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="62"/>
        <source>Trace file</source>
        <translation>Fichier de trace</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="63"/>
        <source>interactions.jsonl</source>
        <translation>interactions.jsonl</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="65"/>
        <source>&amp;Trace file</source>
        <translation>Fichier de &amp;trace</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="67"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="69"/>
        <source>Choose the trace file</source>
        <translation>Choisir le fichier de trace</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="80"/>
        <source>What the import did</source>
        <translation>Résultat de l’import</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="82"/>
        <source>&amp;Refused lines</source>
        <translation>Lignes &amp;refusées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="85"/>
        <source>Refused lines of the trace</source>
        <translation>Lignes refusées de la trace</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="88"/>
        <source>&amp;Copy refused lines</source>
        <translation>&amp;Copier les lignes refusées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="90"/>
        <source>Copy the refused lines</source>
        <translation>Copier les lignes refusées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="98"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="129"/>
        <source>Interaction traces (*.jsonl *.json);;All files (*)</source>
        <translation>Traces d’interactions (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="155"/>
        <source>Routing the interactions of %1…</source>
        <translation>Routage des interactions de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="195"/>
        <source>Nothing new: the %Ln interaction(s) of this file were all imported before; nothing was added.</source>
        <translation>
            <numerusform>Rien de nouveau&#xa0;: l’interaction de ce fichier (%Ln) avait déjà été importée&#xa0;; rien n’a été ajouté.</numerusform>
            <numerusform>Rien de nouveau&#xa0;: les %Ln interactions de ce fichier avaient toutes déjà été importées&#xa0;; rien n’a été ajouté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="218"/>
        <source>… and %Ln more refused line(s)</source>
        <translation>
            <numerusform>… et %Ln autre ligne refusée</numerusform>
            <numerusform>… et %Ln autres lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="243"/>
        <source>Import interactions…</source>
        <translation>Importer des interactions…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="246"/>
        <source>Import interactions from a trace file</source>
        <translation>Importer des interactions depuis un fichier de trace</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="249"/>
        <source>Route the messages of a JSON-lines trace file with the live engine</source>
        <translation>Router avec le moteur en service les messages d’un fichier de trace JSON Lines</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="200"/>
        <source>The file holds no interaction.</source>
        <translation>Le fichier ne contient aucune interaction.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="203"/>
        <source>Imported: %1 · already imported before: %2 · refused: %3</source>
        <translation>Importées&#xa0;: %1 · déjà importées auparavant&#xa0;: %2 · refusées&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="209"/>
        <source>Cancelled; what was imported stays. %1</source>
        <translation>Annulé&#xa0;; ce qui a été importé est conservé. %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/routing/trace_import_dialog.py" line="214"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="141"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="142"/>
        <source>Discard your changes?</source>
        <translation>Annuler vos modifications&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="143"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="144"/>
        <source>What you changed in this window has not been saved.</source>
        <translation>Ce que vous avez modifié dans cette fenêtre n’a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/unsaved_changes.py" line="149"/>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
<context>
    <name>UserBadges</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="69"/>
        <source>⚠ Cannot reply</source>
        <translation>⚠ Ne peut pas répondre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="57"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="60"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="62"/>
        <source>Invitation pending</source>
        <translation>Invitation en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="65"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="81"/>
        <source>Reply on %1, but no identity on the community %2.</source>
        <translation>Autorisé à répondre sur %1, mais aucune identité sur la communauté %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_badges.py" line="87"/>
        <source>Open the user&apos;s Identities tab to choose one.</source>
        <translation>Ouvrez l’onglet Identités de l’utilisateur pour en choisir une.</translation>
    </message>
</context>
<context>
    <name>UserEditorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="65"/>
        <source>Send invitation</source>
        <translation>Envoyer l’invitation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="65"/>
        <source>Create user</source>
        <translation>Créer l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="76"/>
        <source>Invite a user</source>
        <translation>Inviter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="76"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="78"/>
        <source>User “%1”</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="80"/>
        <source>Edit user “%1”</source>
        <translation>Modifier l’utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="85"/>
        <source>They receive an e-mail to choose their password; until then the invitation is pending. Only the profile and the role are required.</source>
        <translation>L’utilisateur reçoit un e-mail pour choisir son mot de passe&#xa0;; d’ici là, l’invitation reste en attente. Seuls le profil et le rôle sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="90"/>
        <source>Only the profile and the role are required.</source>
        <translation>Seuls le profil et le rôle sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="132"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="133"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="249"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="134"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="253"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="135"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="254"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="136"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="255"/>
        <source>Channel permissions</source>
        <translation>Autorisations par canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="137"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="256"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="138"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="257"/>
        <source>Agent capacity</source>
        <translation>Capacité d’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="139"/>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="258"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="163"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="167"/>
        <source>Last sign-in: %1
Created %2</source>
        <translation>Dernière connexion&#xa0;: %1
Création&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="245"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="246"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="247"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="248"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="250"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="251"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_editor.py" line="252"/>
        <source>Spoken languages</source>
        <translation>Langues parlées</translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="57"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="58"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="62"/>
        <source>Capacity now</source>
        <translation>Capacité actuelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="71"/>
        <source>Search by name, nickname or e-mail</source>
        <translation>Rechercher par nom, pseudo ou e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="143"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/user_picker.py" line="154"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/user_picker.py" line="156"/>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>UsersBulkActions</name>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="99"/>
        <source>Role changed for %Ln user(s).</source>
        <translation>
            <numerusform>Rôle modifié pour %Ln utilisateur.</numerusform>
            <numerusform>Rôle modifié pour %Ln utilisateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="100"/>
        <source>%Ln user(s) added to the team.</source>
        <translation>
            <numerusform>%Ln utilisateur ajouté à l’équipe.</numerusform>
            <numerusform>%Ln utilisateurs ajoutés à l’équipe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="101"/>
        <source>%Ln user(s) taken out of the team.</source>
        <translation>
            <numerusform>%Ln utilisateur retiré de l’équipe.</numerusform>
            <numerusform>%Ln utilisateurs retirés de l’équipe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="102"/>
        <source>%Ln user(s) enabled.</source>
        <translation>
            <numerusform>%Ln utilisateur activé.</numerusform>
            <numerusform>%Ln utilisateurs activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="103"/>
        <source>%Ln user(s) disabled.</source>
        <translation>
            <numerusform>%Ln utilisateur désactivé.</numerusform>
            <numerusform>%Ln utilisateurs désactivés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="133"/>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="135"/>
        <source>Disable users</source>
        <translation>Désactiver des utilisateurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="134"/>
        <source>Disable %Ln user(s)?</source>
        <translation>
            <numerusform>Désactiver %Ln utilisateur&#xa0;?</numerusform>
            <numerusform>Désactiver %Ln utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/bulk_actions.py" line="136"/>
        <source>They can no longer sign in or act until enabled again. Nobody is changed if one of them cannot be disabled.</source>
        <translation>Les utilisateurs concernés ne pourront plus se connecter ni agir tant qu’ils n’auront pas été réactivés. Aucun n’est modifié si l’un d’eux ne peut pas être désactivé.</translation>
    </message>
</context>
<context>
    <name>UsersImportDialog</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="130"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="141"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="146"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="147"/>
        <source>Import users from “%1”</source>
        <translation>Importer des utilisateurs depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="152"/>
        <source>Only lines with problems</source>
        <translation>Seulement les lignes avec des problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="182"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="194"/>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="208"/>
        <source>Columns: firstname, lastname, nickname, email and role are required; teams, locale, timezone and enabled are optional. Separate several teams with |, ; or , (the export writes |). An empty line between users is reported; a value the export wrote with a leading apostrophe (before =, +, -, @) is read without it.</source>
        <translation>Colonnes&#xa0;: firstname, lastname, nickname, email et role sont obligatoires&#xa0;; teams, locale, timezone et enabled sont facultatives. Séparez plusieurs équipes par |,&#xa0;; ou , (l’export écrit |). Une ligne vide entre deux utilisateurs est signalée&#xa0;; une valeur que l’export a écrite précédée d’une apostrophe (devant =, +, -, @) est lue sans celle-ci.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="214"/>
        <source>All or nothing: import only if every line is valid</source>
        <translation>Tout ou rien&#xa0;: importer seulement si toutes les lignes sont valides</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="235"/>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="238"/>
        <source>%Ln ready to import</source>
        <translation>
            <numerusform>%Ln à importer</numerusform>
            <numerusform>%Ln à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="241"/>
        <source>%Ln with problems</source>
        <translation>
            <numerusform>%Ln avec des problèmes</numerusform>
            <numerusform>%Ln avec des problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="243"/>
        <source>%Ln line(s):</source>
        <translation>
            <numerusform>%Ln ligne&#xa0;:</numerusform>
            <numerusform>%Ln lignes&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="251"/>
        <source>Import %Ln user(s)</source>
        <translation>
            <numerusform>Importer %Ln utilisateur</numerusform>
            <numerusform>Importer %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="253"/>
        <source>Correct the file, then import it again.</source>
        <translation>Corrigez le fichier, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="256"/>
        <source>Every line must be valid: correct the lines with problems, or untick “All or nothing”.</source>
        <translation>Toutes les lignes doivent être valides&#xa0;: corrigez les lignes avec des problèmes ou décochez «&#xa0;Tout ou rien&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="259"/>
        <source>The lines with problems are left out; nothing is written if you cancel.</source>
        <translation>Les lignes avec des problèmes sont ignorées&#xa0;; rien n’est enregistré si vous annulez.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="261"/>
        <source>Every line is valid.</source>
        <translation>Toutes les lignes sont valides.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="289"/>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="289"/>
        <source>Creating the users…</source>
        <translation>Création des utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="290"/>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_import_dialog.py" line="294"/>
        <source>The import was cancelled; no user was created.</source>
        <translation>L’import a été annulé&#xa0;; aucun utilisateur n’a été créé.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="53"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="54"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="55"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="56"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="98"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="57"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="58"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="102"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/users_page.py" line="66"/>
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="67"/>
        <source>Search name, e-mail…</source>
        <translation>Rechercher un nom, un e-mail…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="70"/>
        <source>Users appear here once they are created, invited or imported.</source>
        <translation>Les utilisateurs apparaissent ici dès qu’ils sont créés, invités ou importés.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="84"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="146"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="99"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="105"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="107"/>
        <source>Invitation pending</source>
        <translation>Invitation en attente</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="108"/>
        <source>Cannot reply</source>
        <translation>Ne peut pas répondre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="111"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="121"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="210"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="174"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="181"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="291"/>
        <source>Invitation sent again to %1.</source>
        <translation>Invitation renvoyée à %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="308"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="315"/>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="309"/>
        <source>%1 cannot be deleted. Disable them instead?</source>
        <translation>Impossible de supprimer %1. Désactiver ce compte à la place&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="322"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="324"/>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="323"/>
        <source>Delete %1 (%2)?</source>
        <translation>Supprimer %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="325"/>
        <source>They never handled work, so nothing in the history names them. The deletion is written to the audit journal and cannot be undone.</source>
        <translation>Cette personne n’a jamais traité de travail&#xa0;: rien dans l’historique ne la mentionne. La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="59"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="104"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="106"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="62"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="69"/>
        <source>No users yet</source>
        <translation>Aucun utilisateur pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="122"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="213"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="123"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="124"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="222"/>
        <source>Bulk actions</source>
        <translation>Actions groupées</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="127"/>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="128"/>
        <source>Add to team…</source>
        <translation>Ajouter à une équipe…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="130"/>
        <source>Remove from team…</source>
        <translation>Retirer d’une équipe…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="134"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="213"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="267"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="135"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="267"/>
        <source>Disable…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="139"/>
        <source>Import / export</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="141"/>
        <source>Import users from CSV…</source>
        <translation>Importer des utilisateurs depuis un CSV…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="143"/>
        <source>Export the listed users to CSV…</source>
        <translation>Exporter les utilisateurs affichés en CSV…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="145"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="167"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="187"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="210"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="220"/>
        <source>Bulk actions (%1)</source>
        <translation>Actions groupées (%1)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="259"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="259"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="261"/>
        <source>Choose identities…</source>
        <translation>Choisir des identités…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="263"/>
        <source>Resend the invitation</source>
        <translation>Renvoyer l’invitation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="269"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="280"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="282"/>
        <location filename="../../engage_desktop/views/users/users_page.py" line="310"/>
        <source>Disable user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="281"/>
        <source>Disable %1 (%2)?</source>
        <translation>Désactiver %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/users_page.py" line="283"/>
        <source>They can no longer sign in or act until enabled again. Their history is kept.</source>
        <translation>Cette personne ne pourra plus se connecter ni agir tant qu’elle n’aura pas été réactivée. Son historique est conservé.</translation>
    </message>
</context>
<context>
    <name>UsersTransfer</name>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="91"/>
        <location filename="../../engage_desktop/views/users/transfer.py" line="118"/>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="91"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="118"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/transfer.py" line="136"/>
        <source>%Ln user(s) imported.</source>
        <translation>
            <numerusform>%Ln utilisateur importé.</numerusform>
            <numerusform>%Ln utilisateurs importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/transfer.py" line="139"/>
        <source>%Ln line(s) left out.</source>
        <translation>
            <numerusform>%Ln ligne ignorée.</numerusform>
            <numerusform>%Ln lignes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="144"/>
        <source>CSV for spreadsheets (Excel) (*.csv)</source>
        <translation>CSV pour tableurs (Excel) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="145"/>
        <source>CSV for BI tools (UTF-8, comma, 1/0) (*.csv)</source>
        <translation>CSV pour outils décisionnels (UTF-8, virgule, 1/0) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="147"/>
        <location filename="../../engage_desktop/views/users/transfer.py" line="174"/>
        <source>Export users</source>
        <translation>Exporter des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="174"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users/transfer.py" line="179"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/users/transfer.py" line="183"/>
        <source>%Ln user(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln utilisateur exporté dans %1.</numerusform>
            <numerusform>%Ln utilisateurs exportés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionEditor</name>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="42"/>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="91"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="67"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="70"/>
        <source>Add version</source>
        <translation>Ajouter une version</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="73"/>
        <source>Remove version</source>
        <translation>Supprimer la version</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="83"/>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="146"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="90"/>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="147"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="92"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="93"/>
        <source>Edit HTML source</source>
        <translation>Modifier la source HTML</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="97"/>
        <source>Body (rich text)</source>
        <translation>Corps (texte enrichi)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="100"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="118"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="118"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="118"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="126"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="131"/>
        <source>Channels of this version</source>
        <translation>Canaux de cette version</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="136"/>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="173"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="138"/>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="141"/>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="158"/>
        <source>Preview (as agents will send it)</source>
        <translation>Aperçu (tel que les agents l’enverront)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="165"/>
        <source>Channels (none ticked: every channel of the entry)</source>
        <translation>Canaux (aucun coché&#xa0;: tous les canaux de l’entrée)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="360"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/agent_tools/version_editor.py" line="367"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="33"/>
        <source>Edit webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="33"/>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="34"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="39"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="41"/>
        <source>https:// — or http:// to this computer only (127.0.0.1, localhost).</source>
        <translation>https:// — ou http:// vers cet ordinateur uniquement (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="47"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="55"/>
        <source>Events to send</source>
        <translation>Événements à envoyer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="60"/>
        <source>Leave empty to keep the current one</source>
        <translation>Laissez vide pour garder le jeton actuel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="60"/>
        <source>Leave empty to generate one</source>
        <translation>Laissez vide pour en générer un</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="64"/>
        <source>Verify token</source>
        <translation>Jeton de vérification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="66"/>
        <source>Signs each post (header X-Engage-Signature, HMAC-SHA256); kept in the system keyring.</source>
        <translation>Signe chaque envoi (en-tête X-Engage-Signature, HMAC-SHA256)&#xa0;; conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="68"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="71"/>
        <source>For a staging system</source>
        <translation>Pour un système de préproduction</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="106"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="107"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="108"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="109"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="115"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="109"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="109"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="114"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="115"/>
        <source>All webhooks</source>
        <translation>Tous les webhooks</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="115"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="119"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="124"/>
        <source>Search webhooks by label or URL</source>
        <translation>Rechercher des webhooks par libellé ou URL</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="126"/>
        <source>No webhooks</source>
        <translation>Aucun webhook</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="127"/>
        <source>A webhook posts chosen journal events to another system as they happen.</source>
        <translation>Un webhook envoie les événements du journal choisis à un autre système dès qu’ils se produisent.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="132"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="147"/>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="135"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="138"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="175"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="198"/>
        <source>Send test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="141"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
        <translation>Envoi d’un événement d’exemple signé à %1…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="187"/>
        <source>The server accepted the test (HTTP %1).</source>
        <translation>Le serveur a accepté le test (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="190"/>
        <source>The server refused the test: HTTP %1 %2.</source>
        <translation>Le serveur a refusé le test&#xa0;: HTTP %1 %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="195"/>
        <source>No answer from the server: %1</source>
        <translation>Pas de réponse du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="209"/>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="211"/>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="210"/>
        <source>Delete the webhook “%1”?</source>
        <translation>Supprimer le webhook «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/webhooks_page.py" line="212"/>
        <source>Its events stop being posted. The deletion is written to the audit journal.</source>
        <translation>Ses événements ne sont plus envoyés. La suppression est inscrite au journal d’audit.</translation>
    </message>
</context>
<context>
    <name>WeekPreview</name>
    <message>
        <location filename="../../engage_desktop/views/settings/week_preview.py" line="25"/>
        <source>Week preview of the business hours</source>
        <translation>Aperçu de la semaine des heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/week_preview.py" line="45"/>
        <source>%1: closed (%2)</source>
        <translation>%1&#xa0;: fermé (%2)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/week_preview.py" line="47"/>
        <source>%1: closed</source>
        <translation>%1&#xa0;: fermé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/week_preview.py" line="82"/>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
</context>
<context>
    <name>WorkstationsPage</name>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="23"/>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="24"/>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="25"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="26"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="27"/>
        <source>Console version</source>
        <translation>Version de la console</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="30"/>
        <source>Workstations</source>
        <translation>Postes de travail</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="34"/>
        <source>%Ln workstation(s) connected</source>
        <translation>
            <numerusform>%Ln poste de travail connecté</numerusform>
            <numerusform>%Ln postes de travail connectés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="35"/>
        <source>Search by workstation or user</source>
        <translation>Rechercher par poste de travail ou utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="36"/>
        <source>No workstation connected</source>
        <translation>Aucun poste de travail connecté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="38"/>
        <source>Consoles appear here while they use this database; one that stops answering disappears after a minute and a half.</source>
        <translation>Les consoles apparaissent ici tant qu’elles utilisent cette base de données&#xa0;; une console qui ne répond plus disparaît au bout d’une minute et demie.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="45"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/settings/workstations_page.py" line="56"/>
        <source>%1 (this console)</source>
        <translation>%1 (cette console)</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="97"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="99"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/shell/sign_in_dialog.py" line="83"/>
        <source>Database…</source>
        <translation>Base de données…</translation>
    </message>
</context>
</TS>
