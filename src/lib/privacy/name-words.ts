/**
 * The words that tell a person's name from other capitalised words: honorifics and kinship
 * terms before a name, words before a place's name, places that begin like a name, and the
 * commonest surnames. Read by src/lib/privacy/person-names.ts.
 */

/** Words placed before a person's name, longest first. */
export const HONORIFICS = [
  'cô giáo',
  'thầy giáo',
  'đồng chí',
  'ông',
  'bà',
  'anh',
  'chị',
  'em',
  'cô',
  'chú',
  'bác',
  'thầy',
  'cụ',
  'cháu',
  'bé',
] as const;

/** Kinship words that follow an honorific in ordinary phrases ("Anh Em", "Bà Con", "Ông Bà"), not names. */
export const KINSHIP = new Set([
  'em',
  'con',
  'cháu',
  'chắt',
  'anh',
  'chị',
  'ông',
  'bà',
  'cô',
  'chú',
  'bác',
  'thầy',
  'cụ',
  'bé',
  'mẹ',
  'bố',
  'cha',
  'vợ',
  'chồng',
  'dì',
  'cậu',
  'mợ',
  'thím',
  'giáo',
  'chí',
]);

/** Words before a place's name: "núi Bà Đen", "đảo Cô Tô", "xã Hoàng Văn Thụ". */
export const PLACE_WORDS = new Set([
  'thôn',
  'xóm',
  'bản',
  'làng',
  'ấp',
  'xã',
  'phường',
  'huyện',
  'quận',
  'tỉnh',
  'thị',
  'trấn',
  'phố',
  'đường',
  'ngõ',
  'hẻm',
  'chợ',
  'núi',
  'đèo',
  'cầu',
  'sông',
  'suối',
  'hồ',
  'đảo',
  'bến',
  'đền',
  'chùa',
  'đình',
  'miếu',
  'động',
  'hang',
  'vịnh',
  'trường',
  'thcs',
  'thpt',
  'học',
  'cơ',
  'sở',
  'giải',
  'quỹ',
  'tượng',
  'nhà',
  'khu',
  'cụm',
  'đội',
  'tổ',
  'hội',
]);

/** Places whose names begin with an honorific, read as places wherever they stand. */
export const PLACE_NAMES = ['Bà Rịa', 'Bà Đen', 'Bà Chiểu', 'Bà Điểm', 'Bà Nà', 'Cô Tô', 'Anh Sơn', 'Ông Lãnh', 'Cụ Hồ'].map((n) =>
  n.toLowerCase(),
);

/** The commonest Vietnamese surnames, Kinh, Tày and Nùng; a full name after one of them is a person's. */
export const SURNAMES = new Set(
  `nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lăng nông vi triệu lương lộc chu đàm hà ma hứa
  mông lục sầm bế đinh tô tạ trịnh mai cao lâm đoàn vương thái quách mạc lã la kiều tống khúc âu phùng giáp hầu nịnh lành
  linh tăng lưu mã`
    .split(/\s+/)
    .filter(Boolean),
);
