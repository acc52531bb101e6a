// Azure resources for Alrek (BEHO i Alrek helseklynge): one web app that serves the bot, the API
// and the tab, Table Storage reached with a managed identity (no keys), monitoring, and the
// Azure Bot registration with the Teams channel. Deployed by m365agents.yml (arm/deploy) or
// `az deployment group create` (see docs/deploy.md).

targetScope = 'resourceGroup'

@description('Short name every resource name starts from, for example "alrek-dev".')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Azure region of the resources (the bot registration itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. B1 is enough for one municipality department.')
param webAppSku string = 'B1'

@description('Azure Bot pricing tier. F0 is free and sufficient: the Teams channel is a standard channel.')
@allowed([
  'F0'
  'S1'
])
param botServiceSku string = 'F0'

@description('Display name of the bot registration.')
param botDisplayName string = 'Alrek'

@description('Client id of the Entra app registration the tab signs in with (AAD_APP_CLIENT_ID).')
param entraClientId string

@description('Tenant id of that app registration and of the people who edit.')
param entraTenantId string = tenant().tenantId

@description('Comma-separated Entra object ids (oid) of the people allowed to edit events and measures.')
param editorObjectIds string = ''

@description('Comma-separated tenant ids the bot answers; empty means the tenant of the Entra app (entraTenantId). Production refuses an empty list.')
param allowedTenantIds string = ''

@description('Comma-separated Entra object ids (oid) of the people who handle Borgertun requests; empty means the editors.')
param borgertunHandlerObjectIds string = ''

@description('Secret in the calendar feed link (at least 24 characters). Several, comma-separated, allow rotation.')
@secure()
param calendarFeedToken string

@description('How often, in seconds, the reminder scheduler looks for due reminders.')
@minValue(1)
@maxValue(3600)
param reminderTickSeconds int = 60

@description('Days Log Analytics keeps logs.')
param logRetentionDays int = 30

var uniqueSuffix = uniqueString(resourceGroup().id, resourceBaseName)
var storageAccountName = take(toLower(replace('st${resourceBaseName}${uniqueSuffix}', '-', '')), 24)
var webAppName = 'app-${resourceBaseName}-${take(uniqueSuffix, 6)}'
// Known before the site exists, so the site's own settings can name its public address.
var webAppHostName = '${webAppName}.azurewebsites.net'
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${resourceBaseName}'
  location: location
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    // Only Entra (managed identity) access: no account keys, no SAS signed with them.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storageAccount.id, identity.id, storageTableDataContributorRoleId)
  scope: storageAccount
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${resourceBaseName}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${resourceBaseName}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'asp-${resourceBaseName}'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      // Node 22 LTS (supported until April 2027). Not 24 yet: restify 11 loads spdy, whose http-deceiver
      // calls process.binding('http_parser'), which Node 24 removed (the service does not start).
      linuxFxVersion: 'NODE|22-lts'
      // The same command as `npm run serve`: the heap limit keeps the service inside its 200 MB budget.
      appCommandLine: 'node --max-old-space-size=512 dist/server/main.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      // The names here are exactly infra/app-settings.json; tests/infra checks both against src/config/keys.ts.
      appSettings: [
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'PUBLIC_BASE_URL'
          value: 'https://${webAppHostName}'
        }
        {
          name: 'AZURE_STORAGE_ACCOUNT_URL'
          value: 'https://${storageAccount.name}.table.${environment().suffixes.storage}'
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppId'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppTenantId'
          value: identity.properties.tenantId
        }
        {
          name: 'ALLOWED_TENANT_IDS'
          value: empty(allowedTenantIds) ? entraTenantId : allowedTenantIds
        }
        {
          name: 'ENTRA_CLIENT_ID'
          value: entraClientId
        }
        {
          name: 'ENTRA_TENANT_ID'
          value: entraTenantId
        }
        {
          // The identifier URI the tab asks tokens for (infra/aad.manifest.json: api://TAB_DOMAIN/client id).
          name: 'ENTRA_APP_ID_URI'
          value: 'api://${webAppHostName}/${entraClientId}'
        }
        {
          name: 'EDITOR_AAD_OBJECT_IDS'
          value: editorObjectIds
        }
        {
          name: 'BORGERTUN_HANDLER_AAD_OBJECT_IDS'
          value: borgertunHandlerObjectIds
        }
        {
          name: 'CALENDAR_FEED_TOKEN'
          value: calendarFeedToken
        }
        {
          name: 'REMINDER_TICK_SECONDS'
          value: string(reminderTickSeconds)
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
      ]
    }
  }
  dependsOn: [
    tableDataContributor
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${resourceBaseName}-${take(uniqueSuffix, 6)}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

@description('Client id of the managed identity: the bot id (BOT_ID) in the Teams manifest.')
output BOT_ID string = identity.properties.clientId

@description('Host name of the web app: the bot and the tab live there.')
output BOT_DOMAIN string = webApp.properties.defaultHostName

output TAB_DOMAIN string = webApp.properties.defaultHostName

output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'

@description('Resource id the deploy step zips the build into.')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id

output AZURE_STORAGE_ACCOUNT_NAME string = storageAccount.name

output APPLICATIONINSIGHTS_NAME string = appInsights.name
