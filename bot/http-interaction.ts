import {
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageButtonInteractionData,
  type APIUser,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  type ModalSubmitComponent,
} from "discord.js";
import { z } from "zod";
import type { OptionValue } from "../discord/kit/types.ts";
import type { Incoming } from "./router.ts";

/**
 * An interaction as Discord POSTs it in HTTP mode, decoded into what the router sees. The schemas
 * check the fields the bot reads, typed as discord-api-types types them (each `satisfies` holds a
 * schema to those types); the others are let through unread, so that what Discord adds breaks nothing.
 */

/** An option (a subcommand's holds others): its name and value, and whether it is being typed (autocomplete). */
type DataOption = Pick<APIApplicationCommandInteractionDataBasicOption, "name"> & {
  value?: APIApplicationCommandInteractionDataBasicOption["value"];
  focused?: boolean;
  options?: DataOption[];
};
const option: z.ZodType<DataOption> = z.lazy(() =>
  z.looseObject({
    name: z.string(),
    value: z.union([z.string(), z.number(), z.boolean()]).exactOptional(),
    focused: z.boolean().exactOptional(),
    options: z.array(option).exactOptional(),
  }),
);

const user = z.looseObject({ id: z.string() }) satisfies z.ZodType<Pick<APIUser, "id">>;

/** What every interaction carries: who (the member in a server, the user in a DM), where, and how to answer. */
const common = {
  id: z.string(),
  application_id: z.string(),
  token: z.string(),
  guild_id: z.string().exactOptional(),
  channel_id: z.string().exactOptional(),
  user: user.exactOptional(),
  member: (
    z.looseObject({
      user,
      // The member's permissions in the channel, Discord's bitfield in decimal.
      permissions: z.string().regex(/^\d{1,40}$/),
    }) satisfies z.ZodType<{ user: Pick<APIUser, "id"> } & Pick<APIInteractionGuildMember, "permissions">>
  ).exactOptional(),
};

/** A slash command's or a context-menu command's data, and an autocomplete's. */
const commandData = z.looseObject({
  name: z.string().min(1),
  type: z.enum(ApplicationCommandType),
  options: z.array(option).exactOptional(),
  target_id: z.string().exactOptional(),
  resolved: z
    .looseObject({
      messages: z
        .record(
          z.string(),
          z.looseObject({ content: z.string() }) satisfies z.ZodType<Pick<APIMessage, "content">>,
        )
        .exactOptional(),
    })
    .exactOptional(),
});

/** A submitted form's field: a text input gives `value`, a select `values` (a checkbox, a radio group: not read). */
const formField = z.looseObject({
  custom_id: z.string(),
  value: z.union([z.string(), z.boolean(), z.null()]).exactOptional(),
  values: z.array(z.string()).exactOptional(),
}) satisfies z.ZodType<Pick<ModalSubmitComponent, "custom_id">>;

const ping = z.looseObject({ type: z.literal(InteractionType.Ping) });

/** The interactions the bot answers; a button is the only message component it has. */
const handled = z.discriminatedUnion("type", [
  z.looseObject({ ...common, type: z.literal(InteractionType.ApplicationCommand), data: commandData }),
  z.looseObject({
    ...common,
    type: z.literal(InteractionType.ApplicationCommandAutocomplete),
    data: commandData,
  }),
  z.looseObject({
    ...common,
    type: z.literal(InteractionType.MessageComponent),
    data: z.looseObject({
      custom_id: z.string(),
      component_type: z.literal(ComponentType.Button),
    }) satisfies z.ZodType<APIMessageButtonInteractionData>,
  }),
  z.looseObject({
    ...common,
    type: z.literal(InteractionType.ModalSubmit),
    data: z.looseObject({
      custom_id: z.string(),
      // Labels hold one field (`component`), the older action rows several (`components`).
      components: z.array(
        z.looseObject({
          component: formField.exactOptional(),
          components: z.array(formField).exactOptional(),
        }),
      ),
    }),
  }),
]) satisfies z.ZodType<Pick<APIInteraction, "id" | "application_id" | "token" | "guild_id" | "channel_id">>;
type Handled = z.output<typeof handled>;

/** An interaction the bot answers: what the router sees, and where the answers go. */
export interface HttpInteraction {
  incoming: Incoming;
  applicationId: string;
  token: string;
}

/** A parsed request body: a PING, an interaction the bot answers, or undefined for anything else. */
export function decodeInteraction(body: unknown): "ping" | HttpInteraction | undefined {
  if (ping.safeParse(body).success) return "ping";
  const parsed = handled.safeParse(body);
  if (!parsed.success) return undefined;
  const raw = parsed.data;
  const userId = raw.member?.user.id ?? raw.user?.id;
  if (userId === undefined) return undefined;
  const base = { id: raw.id, userId, guildId: raw.guild_id ?? null, channelId: raw.channel_id ?? null };
  return { incoming: toIncoming(raw, base), applicationId: raw.application_id, token: raw.token };
}

function toIncoming(
  raw: Handled,
  base: { id: string; userId: string; guildId: string | null; channelId: string | null },
): Incoming {
  switch (raw.type) {
    case InteractionType.ApplicationCommand: {
      const { data } = raw;
      const permissions = raw.member?.permissions;
      return {
        ...base,
        kind: "command",
        commandName: data.name,
        commandType: data.type,
        input: {
          user: { id: base.userId },
          ...(permissions ? { memberPermissions: permissions } : {}),
          options: flattenOptions(data.options).values,
          ...(data.target_id && data.type === ApplicationCommandType.Message
            ? {
                targetMessage: {
                  id: data.target_id,
                  content: data.resolved?.messages?.[data.target_id]?.content ?? "",
                },
              }
            : {}),
        },
      };
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const { focused } = flattenOptions(raw.data.options);
      return {
        ...base,
        kind: "autocomplete",
        commandName: raw.data.name,
        focused: focused ?? { name: "", value: "" },
      };
    }
    case InteractionType.MessageComponent:
      return { ...base, kind: "button", customId: raw.data.custom_id };
    case InteractionType.ModalSubmit:
      return {
        ...base,
        kind: "modal",
        customId: raw.data.custom_id,
        values: formValues(raw.data.components),
      };
  }
}

/** A submitted form's fields by custom id: a text input's text, a select's values. */
function formValues(
  components: Extract<Handled, { type: InteractionType.ModalSubmit }>["data"]["components"],
) {
  const values: Record<string, string | readonly string[]> = {};
  for (const top of components) {
    for (const field of [top.component, ...(top.components ?? [])]) {
      if (typeof field?.value === "string") values[field.custom_id] = field.value;
      else if (field?.values) values[field.custom_id] = field.values;
    }
  }
  return values;
}

/** The options' values by name, subcommands' included, and the one being typed. */
function flattenOptions(options: readonly DataOption[] = []): {
  values: Record<string, OptionValue>;
  focused?: { name: string; value: string };
} {
  const values: Record<string, OptionValue> = {};
  let focused: { name: string; value: string } | undefined;
  const walk = (list: readonly DataOption[]) => {
    for (const o of list) {
      walk(o.options ?? []);
      if (o.value === undefined) continue;
      values[o.name] = o.value;
      if (o.focused === true) focused = { name: o.name, value: String(o.value) };
    }
  };
  walk(options);
  return focused ? { values, focused } : { values };
}
