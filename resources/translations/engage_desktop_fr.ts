<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../engage_desktop/app.py" line="72"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="76"/>
        <source>The database was upgraded from schema %1 to %2.</source>
        <translation>La base de données a été mise à jour du schéma %1 au schéma %2.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="26"/>
        <source>Errors</source>
        <comment>Not allowed</comment>
        <translation>Action non autorisée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="28"/>
        <source>Errors</source>
        <comment>Please check the form</comment>
        <translation>Vérifiez le formulaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="30"/>
        <source>Errors</source>
        <comment>Not found</comment>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="32"/>
        <source>Errors</source>
        <comment>Cannot do that</comment>
        <translation>Action impossible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="34"/>
        <source>Errors</source>
        <comment>Database problem</comment>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="36"/>
        <source>Errors</source>
        <comment>Signed out</comment>
        <translation>Session fermée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="37"/>
        <source>Errors</source>
        <comment>Unexpected error</comment>
        <translation>Erreur inattendue</translation>
    </message>
</context>
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
        <location filename="../../engage_desktop/app.py" line="72"/>
        <source>Cannot open the database</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/app.py" line="76"/>
        <source>The database was upgraded from schema %1 to %2.</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>La base de données a été mise à jour du schéma %1 au schéma %2.</translation>
    </message>
</context>
<context>
    <name>ColorCombo</name>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="28"/>
        <source>Red</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="29"/>
        <source>Orange</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="30"/>
        <source>Amber</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Ambre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="31"/>
        <source>Green</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="32"/>
        <source>Teal</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Sarcelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="33"/>
        <source>Cyan</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Cyan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="34"/>
        <source>Blue</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="35"/>
        <source>Indigo</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Indigo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="36"/>
        <source>Purple</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Violet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="37"/>
        <source>Pink</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Rose</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="38"/>
        <source>Brown</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Marron</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="39"/>
        <source>Grey</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
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
        <location filename="../../engage_desktop/services/source_types.py" line="63"/>
        <source>IMAP password</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Mot de passe IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="64"/>
        <source>SMTP password</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="65"/>
        <source>App secret</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Secret de l’application</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="66"/>
        <source>Access token</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="67"/>
        <source>API token</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Jeton API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="30"/>
        <source>Account id</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="34"/>
        <source>Page id</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Identifiant de la page</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="35"/>
        <source>Account handle</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Nom d’utilisateur du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="36"/>
        <source>Business account id</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Identifiant du compte professionnel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="38"/>
        <source>Phone number id</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Identifiant du numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="42"/>
        <source>Sender number</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Numéro d’expéditeur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="43"/>
        <source>Business id</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Identifiant de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="44"/>
        <source>Agent id</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Identifiant de l’agent</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="45"/>
        <source>Bot account</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Compte du bot</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="46"/>
        <source>Channel id</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Identifiant de la chaîne</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="47"/>
        <source>Official account id</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Identifiant du compte officiel</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_types.py" line="49"/>
        <source>Organisation id</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Identifiant de l’organisation</translation>
    </message>
</context>
<context>
    <name>DuplicateRoleDialog</name>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="330"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="332"/>
        <source>Duplicate role “%1”</source>
        <translation>Dupliquer le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="335"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="339"/>
        <source>New label</source>
        <translation>Nouveau libellé</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="28"/>
        <source>Connect to the IMAP server</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Connexion au serveur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="29"/>
        <source>Start TLS on IMAP</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Démarrage de TLS sur IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="30"/>
        <source>Log in to IMAP</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Authentification IMAP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="31"/>
        <source>Find the mailboxes</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Recherche des boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="32"/>
        <source>Connect to the SMTP server</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Connexion au serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="33"/>
        <source>Start TLS on SMTP</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Démarrage de TLS sur SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/email_check.py" line="34"/>
        <source>Log in to SMTP</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Authentification SMTP</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="191"/>
        <source>%1 failed</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>%1 — échec</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="46"/>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s’est produite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="26"/>
        <source>Not allowed</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Action non autorisée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="28"/>
        <source>Please check the form</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Vérifiez le formulaire</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="30"/>
        <source>Not found</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="32"/>
        <source>Cannot do that</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Action impossible</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="34"/>
        <source>Database problem</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="36"/>
        <source>Signed out</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Session fermée</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/widgets/error_display.py" line="37"/>
        <source>Unexpected error</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="138"/>
        <source>Welcome — Engage Desktop</source>
        <translation>Bienvenue — Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="139"/>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="142"/>
        <source>This database is empty. The first account you create holds every permission; you can invite the rest of the team afterwards.</source>
        <translation>Cette base de données est vide. Le premier compte que vous créez dispose de toutes les autorisations&#xa0;; vous pourrez inviter le reste de l’équipe ensuite.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="146"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="147"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="148"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="149"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="152"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="154"/>
        <source>At least 10 characters, including a digit.</source>
        <translation>Au moins 10 caractères, dont un chiffre.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="156"/>
        <source>Repeat the password</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="157"/>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="162"/>
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
        <location filename="../../engage_desktop/views/navigation_map.py" line="59"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="60"/>
        <source>Agent capacities</source>
        <translation>Capacités des agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="63"/>
        <source>Presence statuses</source>
        <translation>Statuts de présence</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="70"/>
        <location filename="../../engage_desktop/views/navigation_map.py" line="75"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="81"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="87"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="95"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="99"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="103"/>
        <source>Routing channels</source>
        <translation>Canaux de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="107"/>
        <source>Topologies</source>
        <translation>Topologies</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="110"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="114"/>
        <source>Queue monitor</source>
        <translation>Supervision des files</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="121"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="125"/>
        <source>Tags</source>
        <translation>Repères d’identification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="129"/>
        <source>Identity groups</source>
        <translation>Fiches clients</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="134"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="137"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="138"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="139"/>
        <source>Audit journal</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="144"/>
        <source>Agent tools</source>
        <translation>Outils agents</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="149"/>
        <source>Reply assistant</source>
        <translation>Assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="154"/>
        <source>Reply-assistant groups</source>
        <translation>Groupes de l’assistant de réponse</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="159"/>
        <source>E-mail templates</source>
        <translation>Modèles d’e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="164"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="171"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="175"/>
        <source>Account settings</source>
        <translation>Paramètres du compte</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="177"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="180"/>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="185"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="189"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="193"/>
        <source>API access tokens</source>
        <translation>Jetons d’accès API</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/navigation_map.py" line="196"/>
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
        <location filename="../../engage_desktop/views/role_editor.py" line="186"/>
        <source>Your role lacks this permission</source>
        <translation>Votre rôle ne dispose pas de cette autorisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="200"/>
        <source>Tick or clear every permission of this group</source>
        <translation>Cocher ou décocher toutes les autorisations de ce groupe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/role_editor.py" line="276"/>
        <source>%1 of %2 permissions</source>
        <translation>%1 autorisations sur %2</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="25"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="28"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="33"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="34"/>
        <source>Updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="40"/>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="41"/>
        <source>Any permission</source>
        <translation>Toutes les autorisations</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="45"/>
        <source>In use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="46"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="46"/>
        <source>Given to users</source>
        <translation>Attribués à des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="46"/>
        <source>Unused</source>
        <translation>Inutilisés</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="50"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="55"/>
        <source>Search roles by label</source>
        <translation>Rechercher des rôles par libellé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="57"/>
        <source>No roles yet</source>
        <translation>Aucun rôle pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="58"/>
        <source>A role decides what its users may see and do.</source>
        <translation>Un rôle détermine ce que ses utilisateurs peuvent voir et faire.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="62"/>
        <location filename="../../engage_desktop/views/roles_page.py" line="91"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="69"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="76"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="83"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="99"/>
        <source>1 role</source>
        <translation>1 rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="99"/>
        <source>%1 roles</source>
        <translation>%1 rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="128"/>
        <location filename="../../engage_desktop/views/roles_page.py" line="130"/>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="129"/>
        <source>Delete the role “%1”?</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/roles_page.py" line="131"/>
        <source>The deletion is written to the audit journal and cannot be undone.</source>
        <translation>La suppression est consignée dans le journal d’audit et ne peut pas être annulée.</translation>
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
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="109"/>
        <source>Sign in — Engage Desktop</source>
        <translation>Connexion — Engage Desktop</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="110"/>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="114"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="111"/>
        <source>Use your e-mail address or nickname.</source>
        <translation>Utilisez votre adresse e-mail ou votre pseudo.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="112"/>
        <source>E-mail or nickname</source>
        <translation>E-mail ou pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="113"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sign_in_dialog.py" line="119"/>
        <source>Enter your e-mail address or nickname.</source>
        <translation>Saisissez votre adresse e-mail ou votre pseudo.</translation>
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
        <location filename="../../engage_desktop/services/source_fields.py" line="18"/>
        <source>Arabic</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="19"/>
        <source>Chinese</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Chinois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="20"/>
        <source>Czech</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Tchèque</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="21"/>
        <source>Danish</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Danois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="22"/>
        <source>Dutch</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="23"/>
        <source>English</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="24"/>
        <source>Finnish</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Finnois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="25"/>
        <source>French</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="26"/>
        <source>German</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="27"/>
        <source>Greek</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Grec</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="28"/>
        <source>Hebrew</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Hébreu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="29"/>
        <source>Hindi</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="30"/>
        <source>Italian</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="31"/>
        <source>Japanese</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Japonais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="32"/>
        <source>Korean</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Coréen</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="33"/>
        <source>Norwegian</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Norvégien</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="34"/>
        <source>Polish</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Polonais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="35"/>
        <source>Portuguese</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Portugais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="36"/>
        <source>Russian</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="37"/>
        <source>Spanish</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="38"/>
        <source>Swedish</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Suédois</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/services/source_fields.py" line="39"/>
        <source>Turkish</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
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
        <location filename="../../engage_desktop/views/sources_page.py" line="84"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="66"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="71"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="72"/>
        <source>Routing channel</source>
        <translation>Canal de routage</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="73"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="90"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="76"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="85"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="89"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="90"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="90"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="94"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="98"/>
        <source>1 channel</source>
        <translation>1 canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="98"/>
        <source>%1 channels</source>
        <translation>%1 canaux</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="99"/>
        <source>Search channels by name</source>
        <translation>Rechercher des canaux par nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="101"/>
        <source>No channels yet</source>
        <translation>Aucun canal pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="103"/>
        <source>A channel is one connected account: a mailbox, a Facebook page, a web chat…</source>
        <translation>Un canal est un compte connecté&#xa0;: une boîte aux lettres, une page Facebook, un chat web…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="115"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="142"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="122"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="125"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="240"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="256"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="134"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="171"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="209"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="171"/>
        <location filename="../../engage_desktop/views/sources_page.py" line="222"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="188"/>
        <source>Its conversations stop being routed to agents (routing channel “%1”).</source>
        <translation>Ses conversations ne sont plus routées vers les agents (canal de routage «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="192"/>
        <source>Its conversations stop being routed to agents.</source>
        <translation>Ses conversations ne sont plus routées vers les agents.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="196"/>
        <source>Incoming messages stop: nothing new is fetched from %1.</source>
        <translation>Les messages entrants s’arrêtent&#xa0;: plus rien n’est récupéré depuis %1.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="201"/>
        <source>Agents can no longer reply through it. Nothing is deleted; you can activate it again.</source>
        <translation>Les agents ne peuvent plus répondre par ce canal. Rien n’est supprimé&#xa0;; vous pourrez le réactiver.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="207"/>
        <source>Deactivate channel</source>
        <translation>Désactiver le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="208"/>
        <source>Deactivate the channel “%1”?</source>
        <translation>Désactiver le canal «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="220"/>
        <source>Activate channel</source>
        <translation>Activer le canal</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="221"/>
        <source>Activate the channel “%1”?</source>
        <translation>Activer le canal «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="224"/>
        <source>Its messages will be fetched and routed to agents again, and agents may reply through it.</source>
        <translation>Ses messages seront de nouveau récupérés et routés vers les agents, qui pourront répondre par ce canal.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="241"/>
        <source>Connecting to the servers of “%1”…</source>
        <translation>Connexion aux serveurs de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="257"/>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="257"/>
        <source>The connection does not work yet.</source>
        <translation>La connexion ne fonctionne pas encore.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="33"/>
        <source>OK</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="34"/>
        <source>Not checked yet</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/sources_page.py" line="35"/>
        <source>Connection failed</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="28"/>
        <source>Red</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="29"/>
        <source>Orange</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="30"/>
        <source>Amber</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Ambre</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="31"/>
        <source>Green</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="32"/>
        <source>Teal</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Sarcelle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="33"/>
        <source>Cyan</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Cyan</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="34"/>
        <source>Blue</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="35"/>
        <source>Indigo</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Indigo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="36"/>
        <source>Purple</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Violet</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="37"/>
        <source>Pink</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Rose</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="38"/>
        <source>Brown</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Marron</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/channel_widgets.py" line="39"/>
        <source>Grey</source>
        <translatorcomment>Used at run time but not extracted by pyside6-lupdate (non-literal context or source, or a tr() wrapper): added by hand.</translatorcomment>
        <translation>Gris</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="35"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="37"/>
        <location filename="../../engage_desktop/views/users_page.py" line="42"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="38"/>
        <location filename="../../engage_desktop/views/users_page.py" line="45"/>
        <location filename="../../engage_desktop/views/users_page.py" line="46"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="39"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="46"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="46"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="50"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="55"/>
        <source>Search by name, nickname or e-mail</source>
        <translation>Rechercher par nom, pseudo ou e-mail</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="57"/>
        <source>No users yet</source>
        <translation>Aucun utilisateur pour l’instant</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="58"/>
        <source>Users appear here once they are created or invited.</source>
        <translation>Les utilisateurs apparaissent ici dès qu’ils sont créés ou invités.</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="63"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="72"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="88"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="91"/>
        <source>1 user</source>
        <translation>1 utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="91"/>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="95"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="96"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="96"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="99"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="115"/>
        <location filename="../../engage_desktop/views/users_page.py" line="117"/>
        <source>Disable user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="116"/>
        <source>Disable %1 (%2)?</source>
        <translation>Désactiver %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../engage_desktop/views/users_page.py" line="118"/>
        <source>They can no longer sign in or act until enabled again. Their history is kept.</source>
        <translation>Cette personne ne pourra plus se connecter ni agir tant qu’elle n’aura pas été réactivée. Son historique est conservé.</translation>
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
</TS>
