// Each exported record type is exactly what its schema parses (or, for an input type, what it
// accepts): a hand-written type that drifts from its schema fails the typecheck of npm test.
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  Activity,
  ActivitySchema,
  AdminSuccession,
  AdminSuccessionSchema,
  AdminUnit,
  AdminUnitPeriod,
  AdminUnitPeriodSchema,
  AdminUnitSchema,
  AmbushActivity,
  AmbushActivitySchema,
  AwardActivity,
  AwardActivitySchema,
  CameraFunding,
  CameraFundingSchema,
  CameraPoint,
  CameraPointInput,
  CameraPointSchema,
  CameraSharingCommitment,
  CameraSharingCommitmentSchema,
  Clarification,
  ClarificationSchema,
  Contribution,
  ContributionSchema,
  CriterionStatus,
  CriterionStatusSchema,
  Dataset,
  DatasetInput,
  DatasetSchema,
  DrillActivity,
  DrillActivitySchema,
  Expense,
  ExpenseSchema,
  Ext,
  ExtSchema,
  FootageExtraction,
  FootageExtractionSchema,
  FundsTarget,
  FundsTargetSchema,
  Id,
  IdSchema,
  Incident,
  IncidentSchema,
  IpCamera,
  IpCameraSchema,
  MediationActivity,
  MediationActivitySchema,
  ModelEvidence,
  ModelEvidenceSchema,
  ModelGrading,
  ModelGradingSchema,
  ModelParticipants,
  ModelParticipantsSchema,
  ModelReview,
  ModelReviewSchema,
  ModelSite,
  ModelSiteSchema,
  ModelVerdict,
  ModelVerdictSchema,
  OutreachActivity,
  OutreachActivitySchema,
  PatrolActivity,
  PatrolActivitySchema,
  SafetyEvidence,
  SafetyEvidenceSchema,
  SafetyRecognition,
  SafetyRecognitionSchema,
  SecurityModel,
  SecurityModelSchema,
  SuccessionKind,
  SuccessionKindSchema,
  Team,
  TeamChatGroup,
  TeamChatGroupSchema,
  TeamEquipment,
  TeamEquipmentSchema,
  TeamHousehold,
  TeamHouseholdSchema,
  TeamMember,
  TeamMemberCounts,
  TeamMemberCountsSchema,
  TeamMemberSchema,
  TeamSchema,
  TeamTraining,
  TeamTrainingSchema,
  TipActivity,
  TipActivitySchema,
  TrainingActivity,
  TrainingActivitySchema,
  UnitCode,
  UnitCodeSchema,
} from "../src/index.js";

describe("record types tied to their schemas", () => {
  it("PatrolActivity is z.output of PatrolActivitySchema", () => {
    expectTypeOf<PatrolActivity>().toEqualTypeOf<z.output<typeof PatrolActivitySchema>>();
  });
  it("AmbushActivity is z.output of AmbushActivitySchema", () => {
    expectTypeOf<AmbushActivity>().toEqualTypeOf<z.output<typeof AmbushActivitySchema>>();
  });
  it("TipActivity is z.output of TipActivitySchema", () => {
    expectTypeOf<TipActivity>().toEqualTypeOf<z.output<typeof TipActivitySchema>>();
  });
  it("MediationActivity is z.output of MediationActivitySchema", () => {
    expectTypeOf<MediationActivity>().toEqualTypeOf<z.output<typeof MediationActivitySchema>>();
  });
  it("OutreachActivity is z.output of OutreachActivitySchema", () => {
    expectTypeOf<OutreachActivity>().toEqualTypeOf<z.output<typeof OutreachActivitySchema>>();
  });
  it("DrillActivity is z.output of DrillActivitySchema", () => {
    expectTypeOf<DrillActivity>().toEqualTypeOf<z.output<typeof DrillActivitySchema>>();
  });
  it("TrainingActivity is z.output of TrainingActivitySchema", () => {
    expectTypeOf<TrainingActivity>().toEqualTypeOf<z.output<typeof TrainingActivitySchema>>();
  });
  it("AwardActivity is z.output of AwardActivitySchema", () => {
    expectTypeOf<AwardActivity>().toEqualTypeOf<z.output<typeof AwardActivitySchema>>();
  });
  it("Activity is z.output of ActivitySchema", () => {
    expectTypeOf<Activity>().toEqualTypeOf<z.output<typeof ActivitySchema>>();
  });
  it("AdminUnitPeriod is z.output of AdminUnitPeriodSchema", () => {
    expectTypeOf<AdminUnitPeriod>().toEqualTypeOf<z.output<typeof AdminUnitPeriodSchema>>();
  });
  it("AdminUnit is z.output of AdminUnitSchema", () => {
    expectTypeOf<AdminUnit>().toEqualTypeOf<z.output<typeof AdminUnitSchema>>();
  });
  it("SuccessionKind is z.output of SuccessionKindSchema", () => {
    expectTypeOf<SuccessionKind>().toEqualTypeOf<z.output<typeof SuccessionKindSchema>>();
  });
  it("AdminSuccession is z.output of AdminSuccessionSchema", () => {
    expectTypeOf<AdminSuccession>().toEqualTypeOf<z.output<typeof AdminSuccessionSchema>>();
  });
  it("CameraFunding is z.output of CameraFundingSchema", () => {
    expectTypeOf<CameraFunding>().toEqualTypeOf<z.output<typeof CameraFundingSchema>>();
  });
  it("CameraSharingCommitment is z.output of CameraSharingCommitmentSchema", () => {
    expectTypeOf<CameraSharingCommitment>().toEqualTypeOf<
      z.output<typeof CameraSharingCommitmentSchema>
    >();
  });
  it("IpCamera is z.output of IpCameraSchema", () => {
    expectTypeOf<IpCamera>().toEqualTypeOf<z.output<typeof IpCameraSchema>>();
  });
  it("CameraPoint is z.output of CameraPointSchema", () => {
    expectTypeOf<CameraPoint>().toEqualTypeOf<z.output<typeof CameraPointSchema>>();
  });
  it("CameraPointInput is z.input of CameraPointSchema", () => {
    expectTypeOf<CameraPointInput>().toEqualTypeOf<z.input<typeof CameraPointSchema>>();
  });
  it("Id is z.output of IdSchema", () => {
    expectTypeOf<Id>().toEqualTypeOf<z.output<typeof IdSchema>>();
  });
  it("Ext is z.output of ExtSchema", () => {
    expectTypeOf<Ext>().toEqualTypeOf<z.output<typeof ExtSchema>>();
  });
  it("UnitCode is z.output of UnitCodeSchema", () => {
    expectTypeOf<UnitCode>().toEqualTypeOf<z.output<typeof UnitCodeSchema>>();
  });
  it("Dataset is z.output of DatasetSchema", () => {
    expectTypeOf<Dataset>().toEqualTypeOf<z.output<typeof DatasetSchema>>();
  });
  it("DatasetInput is z.input of DatasetSchema", () => {
    expectTypeOf<DatasetInput>().toEqualTypeOf<z.input<typeof DatasetSchema>>();
  });
  it("FundsTarget is z.output of FundsTargetSchema", () => {
    expectTypeOf<FundsTarget>().toEqualTypeOf<z.output<typeof FundsTargetSchema>>();
  });
  it("Contribution is z.output of ContributionSchema", () => {
    expectTypeOf<Contribution>().toEqualTypeOf<z.output<typeof ContributionSchema>>();
  });
  it("Expense is z.output of ExpenseSchema", () => {
    expectTypeOf<Expense>().toEqualTypeOf<z.output<typeof ExpenseSchema>>();
  });
  it("Clarification is z.output of ClarificationSchema", () => {
    expectTypeOf<Clarification>().toEqualTypeOf<z.output<typeof ClarificationSchema>>();
  });
  it("Incident is z.output of IncidentSchema", () => {
    expectTypeOf<Incident>().toEqualTypeOf<z.output<typeof IncidentSchema>>();
  });
  it("FootageExtraction is z.output of FootageExtractionSchema", () => {
    expectTypeOf<FootageExtraction>().toEqualTypeOf<z.output<typeof FootageExtractionSchema>>();
  });
  it("ModelVerdict is z.output of ModelVerdictSchema", () => {
    expectTypeOf<ModelVerdict>().toEqualTypeOf<z.output<typeof ModelVerdictSchema>>();
  });
  it("CriterionStatus is z.output of CriterionStatusSchema", () => {
    expectTypeOf<CriterionStatus>().toEqualTypeOf<z.output<typeof CriterionStatusSchema>>();
  });
  it("ModelEvidence is z.output of ModelEvidenceSchema", () => {
    expectTypeOf<ModelEvidence>().toEqualTypeOf<z.output<typeof ModelEvidenceSchema>>();
  });
  it("SafetyEvidence is z.output of SafetyEvidenceSchema", () => {
    expectTypeOf<SafetyEvidence>().toEqualTypeOf<z.output<typeof SafetyEvidenceSchema>>();
  });
  it("ModelParticipants is z.output of ModelParticipantsSchema", () => {
    expectTypeOf<ModelParticipants>().toEqualTypeOf<z.output<typeof ModelParticipantsSchema>>();
  });
  it("ModelGrading is z.output of ModelGradingSchema", () => {
    expectTypeOf<ModelGrading>().toEqualTypeOf<z.output<typeof ModelGradingSchema>>();
  });
  it("SecurityModel is z.output of SecurityModelSchema", () => {
    expectTypeOf<SecurityModel>().toEqualTypeOf<z.output<typeof SecurityModelSchema>>();
  });
  it("ModelSite is z.output of ModelSiteSchema", () => {
    expectTypeOf<ModelSite>().toEqualTypeOf<z.output<typeof ModelSiteSchema>>();
  });
  it("ModelReview is z.output of ModelReviewSchema", () => {
    expectTypeOf<ModelReview>().toEqualTypeOf<z.output<typeof ModelReviewSchema>>();
  });
  it("SafetyRecognition is z.output of SafetyRecognitionSchema", () => {
    expectTypeOf<SafetyRecognition>().toEqualTypeOf<z.output<typeof SafetyRecognitionSchema>>();
  });
  it("TeamHousehold is z.output of TeamHouseholdSchema", () => {
    expectTypeOf<TeamHousehold>().toEqualTypeOf<z.output<typeof TeamHouseholdSchema>>();
  });
  it("TeamMember is z.output of TeamMemberSchema", () => {
    expectTypeOf<TeamMember>().toEqualTypeOf<z.output<typeof TeamMemberSchema>>();
  });
  it("TeamMemberCounts is z.output of TeamMemberCountsSchema", () => {
    expectTypeOf<TeamMemberCounts>().toEqualTypeOf<z.output<typeof TeamMemberCountsSchema>>();
  });
  it("TeamEquipment is z.output of TeamEquipmentSchema", () => {
    expectTypeOf<TeamEquipment>().toEqualTypeOf<z.output<typeof TeamEquipmentSchema>>();
  });
  it("TeamChatGroup is z.output of TeamChatGroupSchema", () => {
    expectTypeOf<TeamChatGroup>().toEqualTypeOf<z.output<typeof TeamChatGroupSchema>>();
  });
  it("TeamTraining is z.output of TeamTrainingSchema", () => {
    expectTypeOf<TeamTraining>().toEqualTypeOf<z.output<typeof TeamTrainingSchema>>();
  });
  it("Team is z.output of TeamSchema", () => {
    expectTypeOf<Team>().toEqualTypeOf<z.output<typeof TeamSchema>>();
  });
});
