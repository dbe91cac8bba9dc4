/**
 * The Vietnamese name of every frontmatter field, as a person reads it in the web editor and
 * in VS Code's hover. Keyed by the field's last name (a `date` is a date wherever it sits);
 * a full path overrides when one name means two things. A test checks that every field of
 * every schema has a label here, so a new field cannot reach the editors unnamed.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  // Shared
  title: 'Tiêu đề',
  name: 'Tên',
  summary: 'Tóm tắt',
  sample: 'Bài mẫu minh họa',
  order: 'Thứ tự',
  description: 'Giới thiệu',
  date: 'Ngày',
  year: 'Năm',
  type: 'Loại',
  shortName: 'Tên ngắn',
  // Exemplars
  kind: 'Loại điển hình',
  movement: 'Phong trào',
  unit: 'Đơn vị đề xuất',
  village: 'Thôn',
  stage: 'Giai đoạn',
  recognitions: 'Khen thưởng',
  form: 'Hình thức khen thưởng',
  issuer: 'Cấp khen thưởng',
  decision: 'Số quyết định',
  cover: 'Ảnh bìa',
  src: 'Ảnh',
  alt: 'Lời tả ảnh (cho người không nhìn thấy)',
  caption: 'Chú thích dưới ảnh',
  publishedAt: 'Ngày đăng',
  featured: 'Nêu trên trang chủ',
  people: 'Người có tên trong bài',
  sensitive: 'Thông tin nhạy cảm trong bài',
  consent: 'Sự đồng ý công bố',
  givenBy: 'Người đồng ý',
  recordedBy: 'Người, đơn vị ghi nhận',
  method: 'Hình thức ghi nhận',
  'consent.sensitive': 'Thông tin nhạy cảm đã được đồng ý',
  minor: 'Trẻ em dưới 16 tuổi',
  age: 'Tuổi khi đồng ý',
  guardian: 'Người đại diện theo pháp luật',
  relation: 'Quan hệ với trẻ',
  childAgreed: 'Trẻ đã tự đồng ý',
  withdrawn: 'Rút lại sự đồng ý',
  note: 'Ghi chú',
  // People
  alsoKnownAs: 'Tên gọi khác trong bài',
  ageGroup: 'Dưới 16 tuổi?',
  adultCheckedBy: 'Người xác nhận đã từ 16 tuổi',
  public: 'Tên công khai (lý do)',
  visits: 'Đón đoàn tham quan học tập',
  see: 'Khách đến được xem',
  season: 'Thời gian đón khách',
  arrange: 'Cách đăng ký tham quan',
  through: 'Đơn vị sắp xếp tham quan',
  groupSize: 'Số khách tối đa mỗi đoàn',
  // Practices
  exemplars: 'Điển hình liên quan',
  problem: 'Vấn đề cần giải quyết',
  steps: 'Các bước làm',
  results: 'Kết quả bằng con số',
  label: 'Nội dung kết quả',
  value: 'Con số',
  'results.unit': 'Đơn vị tính',
  conditions: 'Điều kiện áp dụng',
  resources: 'Nguồn lực cần có',
  replications: 'Nơi đã nhân rộng',
  place: 'Nơi nhân rộng',
  result: 'Kết quả nhân rộng',
  // Scripts
  status: 'Trạng thái',
  airDates: 'Ngày phát',
  practices: 'Cách làm hay liên quan',
  preparedBy: 'Đơn vị biên soạn',
  pronunciations: 'Cách đọc từ khó',
  term: 'Từ cần lưu ý',
  say: 'Cách đọc',
  // Villages
  map: 'Vị trí trên sơ đồ các thôn',
  x: 'Vị trí ngang (0 tây – 100 đông)',
  y: 'Vị trí dọc (0 bắc – 100 nam)',
  sketch: 'Vị trí chỉ phác họa, chưa đo đạc',
  contact: 'Người nhận đề xuất ở thôn',
  role: 'Chức danh',
  'contact.place': 'Nơi gặp',
  // Plans and movements (edited rarely, but VS Code shows them too)
  shortTitle: 'Tên ngắn',
  number: 'Số, ký hiệu',
  issuedAt: 'Ngày ban hành',
  basis: 'Văn bản căn cứ',
  document: 'Số văn bản',
  purposes: 'Mục đích',
  requirements: 'Yêu cầu',
  target: 'Đối tượng',
  generalCriteria: 'Tiêu chí chung',
  methods: 'Cách thức thực hiện',
  text: 'Nội dung',
  timeline: 'Mốc thời gian',
  when: 'Thời điểm',
  duties: 'Nhiệm vụ',
  units: 'Đơn vị',
  recipients: 'Nơi nhận',
  plan: 'Kế hoạch',
  criteria: 'Tiêu chí',
  general: 'Tiêu chí chung',
  collective: 'Đối với tập thể',
  individual: 'Đối với cá nhân',
  household: 'Đối với hộ gia đình',
  leadUnits: 'Đơn vị chủ trì',
  leadUnitsNote: 'Cách kế hoạch gọi đơn vị chủ trì',
  minimum: 'Chỉ tiêu tối thiểu',
  count: 'Số điển hình tối thiểu',
  perUnit: 'Chỉ tiêu cho mỗi đơn vị',
  of: 'Điển hình gì',
  assignment: 'Câu giao nhiệm vụ',
  movements: 'Phong trào và chỉ tiêu của năm',
};

/**
 * A line of help for fields whose schema carries no description, shown under the field in the
 * web editor and on hover in VS Code. Keyed like FIELD_LABELS.
 */
export const FIELD_HINTS: Readonly<Record<string, string>> = {
  kind: 'Cá nhân, hộ gia đình: chọn hồ sơ của người được nêu gương ở ô Người có tên trong bài; hồ sơ phải có Sự đồng ý công bố, nếu không bài sẽ không được đăng.',
  consent: 'Bắt buộc (trừ tên công khai): ai đồng ý, ngày nào, ai ghi nhận. Chưa có phiếu đồng ý thì chưa đăng bài nào nêu tên người này.',
  'people.name': 'Họ tên đầy đủ, có dấu, như bài viết ghi; không ghi "chị", "ông".',
  alt: 'Tả ngắn gọn ảnh có gì: ai, đang làm gì, ở đâu. Người khiếm thị nghe câu này thay cho ảnh.',
  'exemplars.summary': 'Hai, ba câu, dưới 400 ký tự: hiện trong danh sách và khi chia sẻ.',
  status: 'Chỉ kịch bản "Đã duyệt" mới được đăng và phát.',
  airDates: 'Các kịch bản cùng ngày phát được ghép thành một bản tin.',
  'exemplars.name': 'Tên tập thể, hoặc họ tên đầy đủ của người, chủ hộ; không kèm số điện thoại hay địa chỉ.',
};

/** The hint of a field given its collection and path, if there is one. */
export function fieldHint(collection: string, path: string): string | undefined {
  return FIELD_HINTS[`${collection}.${path}`] ?? fieldLookup(FIELD_HINTS, path);
}

function fieldLookup(table: Readonly<Record<string, string>>, path: string): string | undefined {
  const parts = path.split('.');
  for (let start = 0; start < parts.length; start++) {
    const found = table[parts.slice(start).join('.')];
    if (found) return found;
  }
  return undefined;
}

/** The label of a field given its path without array indexes, e.g. `consent.minor.age`. */
export function fieldLabel(path: string): string | undefined {
  return fieldLookup(FIELD_LABELS, path);
}
