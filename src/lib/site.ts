/** Site-wide words and settings. */
export const SITE = {
  name: 'Gương sáng Quảng Lạc',
  tagline: 'Điển hình tiên tiến và cách làm hay của xã Quảng Lạc',
  publisher: 'Ủy ban nhân dân xã Quảng Lạc, thành phố Lạng Sơn',
  description:
    'Trang giới thiệu các tập thể, cá nhân điển hình tiên tiến của xã Quảng Lạc và kinh nghiệm, cách làm hay của họ để mọi người học tập, làm theo.',
  locale: 'vi_VN',
} as const;

export const NAV = [
  { href: '/phong-trao/', label: 'Phong trào' },
  { href: '/dien-hinh/', label: 'Điển hình' },
  { href: '/cach-lam-hay/', label: 'Cách làm hay' },
  { href: '/truyen-thanh/', label: 'Truyền thanh' },
  { href: '/tien-do/', label: 'Tiến độ' },
] as const;
