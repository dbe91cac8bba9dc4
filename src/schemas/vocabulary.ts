/** The plan's own vocabularies, with the Vietnamese label a person reads. */

export const EXEMPLAR_KINDS = ['tap-the', 'ca-nhan', 'ho-gia-dinh'] as const;
export type ExemplarKind = (typeof EXEMPLAR_KINDS)[number];
export const EXEMPLAR_KIND_LABELS: Record<ExemplarKind, string> = {
  'tap-the': 'Tập thể',
  'ca-nhan': 'Cá nhân',
  'ho-gia-dinh': 'Hộ gia đình',
};
/** Kinds that are people, whose publication needs a consent record. */
export const PERSON_KINDS: readonly ExemplarKind[] = ['ca-nhan', 'ho-gia-dinh'];

/** The plan's cycle: phát hiện → bồi dưỡng, xây dựng → tôn vinh, khen thưởng → nhân rộng. */
export const STAGES = ['phat-hien', 'boi-duong', 'ton-vinh', 'nhan-rong'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  'phat-hien': 'Phát hiện',
  'boi-duong': 'Bồi dưỡng, xây dựng',
  'ton-vinh': 'Tôn vinh, khen thưởng',
  'nhan-rong': 'Nhân rộng',
};

export const MOVEMENT_TYPES = ['phong-trao', 'cuoc-van-dong', 'linh-vuc'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];
export const MOVEMENT_TYPE_LABELS: Record<MovementType, string> = {
  'phong-trao': 'Phong trào thi đua',
  'cuoc-van-dong': 'Cuộc vận động',
  'linh-vuc': 'Lĩnh vực',
};

export const UNIT_TYPES = [
  'dang',
  'chinh-quyen',
  'mat-tran',
  'doan-the',
  'truong-hoc',
  'luc-luong-vu-trang',
  'y-te',
  'cong-chuc',
  'hoi-dong',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  dang: 'Cơ quan Đảng',
  'chinh-quyen': 'Chính quyền',
  'mat-tran': 'Mặt trận Tổ quốc',
  'doan-the': 'Đoàn thể',
  'truong-hoc': 'Trường học',
  'luc-luong-vu-trang': 'Lực lượng vũ trang',
  'y-te': 'Y tế',
  'cong-chuc': 'Công chức chuyên môn',
  'hoi-dong': 'Hội đồng, ban chỉ đạo',
};

/** A loudspeaker script or one of its versions: written, then approved by the station before it airs and is published. */
export const SCRIPT_DRAFT = 'ban-nhap';
/** The status of a script that may be published and aired. */
export const SCRIPT_APPROVED = 'da-duyet';
export const SCRIPT_STATUSES = [SCRIPT_DRAFT, SCRIPT_APPROVED] as const;
export type ScriptStatus = (typeof SCRIPT_STATUSES)[number];
export const SCRIPT_STATUS_LABELS: Record<ScriptStatus, string> = {
  [SCRIPT_DRAFT]: 'Bản nháp',
  [SCRIPT_APPROVED]: 'Đã duyệt',
};

/** Categories the privacy law treats as sensitive: they need an explicit, consented mark. */
export const SENSITIVE_TOPICS = ['suc-khoe', 'ho-ngheo', 'hoan-canh-gia-dinh'] as const;
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number];
export const SENSITIVE_TOPIC_LABELS: Record<SensitiveTopic, string> = {
  'suc-khoe': 'sức khỏe',
  'ho-ngheo': 'hộ nghèo, cận nghèo',
  'hoan-canh-gia-dinh': 'hoàn cảnh gia đình',
};

/** Whether a person named in a story is a child: the answer decides whose consent is needed. */
export const AGE_GROUPS = ['duoi-16', 'tu-16-tro-len'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  'duoi-16': 'Dưới 16 tuổi (trẻ em)',
  'tu-16-tro-len': 'Từ 16 tuổi trở lên',
};

/** Every folder of content/ that the checker reads. */
export const COLLECTIONS = ['plans', 'movements', 'units', 'villages', 'people', 'exemplars', 'practices', 'scripts'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
/**
 * What the site is built from. The people records (content/people/) hold consent, guardians
 * and withdrawals: the checker reads them, the site never loads them.
 */
export const SITE_COLLECTIONS = COLLECTIONS.filter((c) => c !== 'people') as Exclude<CollectionName, 'people'>[];
/** Stories: the collections that name people and are published page by page. */
export const STORY_COLLECTIONS = ['exemplars', 'practices', 'scripts'] as const satisfies readonly CollectionName[];
export type StoryCollection = (typeof STORY_COLLECTIONS)[number];
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  plans: 'Kế hoạch',
  movements: 'Phong trào',
  units: 'Đơn vị',
  villages: 'Thôn',
  people: 'Người được nêu tên',
  exemplars: 'Điển hình',
  practices: 'Cách làm hay',
  scripts: 'Kịch bản truyền thanh',
};

/**
 * Languages a script may also be read in, besides Vietnamese: versions written by the station's
 * staff, kept in content/scripts/<code>/ (ISO 639-3 codes, as the `lang` attribute takes them).
 */
export const SCRIPT_LANGUAGES = ['tyz', 'nut'] as const;
export type ScriptLanguage = (typeof SCRIPT_LANGUAGES)[number];
/** The language's name: "bản tiếng Tày", "Tiếng Nùng". */
export const SCRIPT_LANGUAGE_NAMES: Record<ScriptLanguage, string> = {
  tyz: 'Tày',
  nut: 'Nùng',
};
export const SCRIPT_LANGUAGE_LABELS: Record<ScriptLanguage, string> = {
  tyz: `Tiếng ${SCRIPT_LANGUAGE_NAMES.tyz}`,
  nut: `Tiếng ${SCRIPT_LANGUAGE_NAMES.nut}`,
};
