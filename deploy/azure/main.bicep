// ChatTriage on Azure: App Service (Linux container) hosting the bot, and an Azure Bot resource pointing at it
// with the Direct Line channel enabled. PostgreSQL and Redis are passed in (use Azure Database for PostgreSQL
// flexible server and Azure Cache for Redis, or any reachable servers).
//   az deployment group create -g <group> -f deploy/azure/main.bicep -p @main.parameters.json
targetScope = 'resourceGroup'

@description('Base name for the resources (letters, digits, hyphens).')
@minLength(3)
@maxLength(40)
param name string = 'chattriage'

@description('Azure region for the App Service. The bot resource itself is global.')
param location string = resourceGroup().location

@description('Container image to run, for example ghcr.io/example/chattriage:1.0.0.')
param containerImage string

@description('App Service plan SKU. P1v3 or above for production; two instances for availability.')
param appServicePlanSku string = 'P1v3'

@description('Number of App Service instances.')
@minValue(1)
param instanceCount int = 2

@description('Azure Bot SKU: F0 (free) or S1 (standard).')
@allowed(['F0', 'S1'])
param botSku string = 'S1'

@description('Bot identity type (MicrosoftAppType).')
@allowed(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
param microsoftAppType string = 'SingleTenant'

@description('Entra ID app registration (client) id of the bot (MicrosoftAppId).')
param microsoftAppId string

@description('Tenant of the bot identity (MicrosoftAppTenantId); required for SingleTenant.')
param microsoftAppTenantId string = tenant().tenantId

@description('Client secret of the bot app registration (MicrosoftAppPassword).')
@secure()
param microsoftAppPassword string

@description('PostgreSQL connection string (ConnectionStrings:Postgres).')
@secure()
param postgresConnectionString string

@description('Redis connection string (ConnectionStrings:Redis), for example name.redis.cache.windows.net:6380,ssl=true,password=...')
@secure()
param redisConnectionString string

@description('Secret that the resident page exchanges for Direct Line tokens on the in-app channel (DirectLine:Secret).')
@secure()
param directLineSecret string

@description('Key that signs the in-app Direct Line tokens (DirectLine:TokenSigningKey), at least 32 random bytes, base64.')
@secure()
param directLineTokenSigningKey string

@description('OpenID Connect authority for agent sign-in (Authentication:OpenIdConnect:Authority).')
param oidcAuthority string

@description('OpenID Connect client id for agent sign-in (Authentication:OpenIdConnect:ClientId).')
param oidcClientId string

@description('OpenID Connect client secret for agent sign-in (Authentication:OpenIdConnect:ClientSecret).')
@secure()
param oidcClientSecret string

@description('Days to keep transcripts, reports, feedback and the audit log (Retention:*).')
param retention object = {
  TranscriptDays: 90
  ReportDays: 365
  FeedbackDays: 365
  AuditDays: 730
}

var siteName = '${name}-${uniqueString(resourceGroup().id)}'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux,container'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: true // keeps a browser on one instance for SignalR's negotiate-then-connect handshake
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'Storage__Provider', value: 'Postgres' }
        { name: 'ConnectionStrings__Postgres', value: postgresConnectionString }
        { name: 'ConnectionStrings__Redis', value: redisConnectionString }
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppId', value: microsoftAppId }
        { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
        { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
        { name: 'DirectLine__Secret', value: directLineSecret }
        { name: 'DirectLine__TokenSigningKey', value: directLineTokenSigningKey }
        { name: 'Authentication__OpenIdConnect__Authority', value: oidcAuthority }
        { name: 'Authentication__OpenIdConnect__ClientId', value: oidcClientId }
        { name: 'Authentication__OpenIdConnect__ClientSecret', value: oidcClientSecret }
        { name: 'Retention__TranscriptDays', value: string(retention.TranscriptDays) }
        { name: 'Retention__ReportDays', value: string(retention.ReportDays) }
        { name: 'Retention__FeedbackDays', value: string(retention.FeedbackDays) }
        { name: 'Retention__AuditDays', value: string(retention.AuditDays) }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'ChatTriage'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? null : microsoftAppTenantId
    disableLocalAuth: false
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          trustedOrigins: [
            'https://${site.properties.defaultHostName}'
          ]
        }
      ]
    }
  }
}

@description('The bot messaging endpoint.')
output messagingEndpoint string = bot.properties.endpoint

@description('The app URL (resident page at /, agent console at /agent).')
output appUrl string = 'https://${site.properties.defaultHostName}'
