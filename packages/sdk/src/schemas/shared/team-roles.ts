/**
 * The tier level of each team role, weakest first (observer 10 … owner 70). Overrides rank
 * reversal permissions by it; approval ladders let a higher tier sign for a lower one. Roles
 * outside this table have no level (each engine says how it treats them). Shared by the engines
 * (which enforce it) and the widgets (which offer only the actions a role may take).
 */
export const TEAM_ROLE_LEVELS: Readonly<Record<string, number>> = {
  observer: 10,
  member: 20,
  reviewer: 30,
  lead: 50,
  manager: 60,
  owner: 70,
};

/**
 * Whether a team role meets a stage's `required_role`: the same role, or a higher tier when both
 * are team tiers. Any other role (`approver`, `qa_lead`, …) must be held literally.
 */
export function roleMeetsRequirement(held: string, required: string): boolean {
  if (held === required) return true;
  const heldLevel = TEAM_ROLE_LEVELS[held];
  const neededLevel = TEAM_ROLE_LEVELS[required];
  return heldLevel !== undefined && neededLevel !== undefined && heldLevel >= neededLevel;
}
