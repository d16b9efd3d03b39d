import type {
  APIApplication,
  APIGuildMember,
  APITextChannel,
  APIUser,
  ChannelFlags,
  GatewayGuildCreateDispatchData,
  GuildMemberFlags,
  RoleFlags,
} from "discord.js";
import {
  ApplicationFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
} from "discord.js";
import { snowflake } from "./snowflake.ts";

export interface WorldOptions {
  token?: string;
  applicationId?: string;
  guildId?: string;
}

/** The fixed cast every payload refers to: one app, its bot user, one guild, one text channel, one human. */
export interface World {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly botUser: APIUser;
  /** The human who runs commands and clicks buttons unless a builder is told otherwise. */
  readonly defaultUser: APIUser;
  /** Someone else whose messages can be targeted by message context-menu commands. */
  readonly otherUser: APIUser;
  readonly createdAt: string;
}

/** What a bot with sensible invite permissions holds in the channel; sent as app_permissions. */
export const BOT_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands
).toString();

/** An ordinary member: can use commands, cannot moderate. */
export const MEMBER_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands
).toString();

/** A member who may manage the server (Manage Server): sees and may run commands restricted to it. */
export const MANAGER_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();

export function human(id: string, username: string, globalName: string): APIUser {
  return {
    id,
    username,
    discriminator: "0",
    global_name: globalName,
    avatar: null,
  };
}

export function createWorld(options: WorldOptions): World {
  const applicationId = options.applicationId ?? snowflake(Date.now() - 400 * 86_400_000);
  const token =
    options.token ?? `${Buffer.from(applicationId).toString("base64url")}.StandIn.not-a-real-discord-token`;
  return {
    token,
    applicationId,
    guildId: options.guildId ?? snowflake(Date.now() - 300 * 86_400_000),
    channelId: snowflake(Date.now() - 299 * 86_400_000),
    // Since 2022 a new application's bot user shares the application's id.
    botUser: {
      id: applicationId,
      username: "newsdesk",
      discriminator: "0",
      global_name: null,
      avatar: null,
      bot: true,
    },
    defaultUser: human(snowflake(Date.now() - 900 * 86_400_000), "reader", "Reader"),
    otherUser: human(snowflake(Date.now() - 800 * 86_400_000), "editor", "Editor"),
    createdAt: new Date().toISOString(),
  };
}

export function memberOf(world: World, user: APIUser): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: world.createdAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export function textChannel(world: World): APITextChannel {
  return {
    id: world.channelId,
    type: ChannelType.GuildText,
    guild_id: world.guildId,
    name: "newsroom",
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0 as ChannelFlags,
  };
}

/** GUILD_CREATE as the gateway sends it after READY when the Guilds intent is set. */
export function guildCreate(world: World): GatewayGuildCreateDispatchData {
  const channel = textChannel(world);
  return {
    id: world.guildId,
    name: "Stand-in Newsroom",
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: world.defaultUser.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [
      {
        // The @everyone role shares the guild's id.
        id: world.guildId,
        name: "@everyone",
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: MEMBER_PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0 as RoleFlags,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: world.createdAt,
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [memberOf(world, world.botUser)],
    channels: [channel],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** GET /applications/@me; READY carries only { id, flags }. */
export function application(world: World): APIApplication {
  return {
    id: world.applicationId,
    name: "newsdesk",
    icon: null,
    description: "Stand-in application for end-to-end tests.",
    bot_public: false,
    bot_require_code_grant: false,
    bot: world.botUser,
    owner: world.defaultUser,
    summary: "",
    verify_key: "0".repeat(64),
    team: null,
    flags: ApplicationFlags.GatewayMessageContentLimited,
    flags_new: String(ApplicationFlags.GatewayMessageContentLimited),
    approximate_guild_count: 1,
  };
}
