export {
  isLevelOfCare,
  LEVEL_CROSSWALK,
  LEVELS_OF_CARE,
  type LevelCrosswalk,
  type LevelOfCare,
  levelRank,
} from "./levels/level-of-care.js";
