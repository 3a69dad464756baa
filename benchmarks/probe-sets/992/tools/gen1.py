"""p992-1: Bình Thuận province portal (breadcrumb, Cập nhật | Lượt xem), year-less headline figure."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
6 tháng đầu năm, các khu neo đậu của Bình Thuận đón hơn 27.000 lượt tàu cá
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh có 8.967 tàu cá đăng ký, trong đó 2.615 tàu có chiều dài từ 15 m trở lên. Hiện 6 khu neo đậu tránh trú bão trên địa bàn có tổng sức chứa thiết kế khoảng 4.350 chiếc, đáp ứng 48,5% nhu cầu neo đậu của đội tàu. Các khu có quy mô lớn gồm Phan Thiết (1.200 chiếc), La Gi (1.000 chiếc), Phú Quý (800 chiếc) và Tuy Phong (750 chiếc).

Trong 6 tháng đầu năm 2024, các khu neo đậu đã đón 27.350 lượt tàu cá ra vào, tăng 9,1% so với cùng kỳ; riêng quý II/2024 đạt 15.020 lượt. Tiền phí neo đậu thu được ước đạt 1,82 tỷ đồng. Mức phí hiện áp dụng từ 30.000 đến 120.000 đồng/lượt tùy chiều dài tàu, theo Nghị quyết số 26/2021/NQ-HĐND của HĐND tỉnh.

Khu neo đậu Phan Thiết đang được nạo vét luồng và vũng neo với khối lượng khoảng 420.000 m3, tổng mức đầu tư 96,5 tỷ đồng. Đến cuối tháng 7, nhà thầu đã nạo vét được 265.000 m3, đạt 63% khối lượng; dự kiến hoàn thành trong quý IV/2024. Bùn cát được đổ tại bãi chứa ven Quốc lộ 1A, cách luồng khoảng 3 km.

Theo kế hoạch giai đoạn 2021-2025 ban hành kèm Quyết định số 1976/QĐ-UBND, tỉnh phấn đấu nâng tổng sức chứa các khu neo đậu lên 5.500 chiếc, đáp ứng 60% nhu cầu; tổng vốn dự kiến bố trí khoảng 320 tỷ đồng, trong đó ngân sách tỉnh 85 tỷ đồng.

Nguồn: Sở Nông nghiệp và PTNT tỉnh Bình Thuận
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
PLAN = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("đón hơn 27.000 lượt tàu cá", "27.000", 27000, "count", "lượt tàu cá",
      "lượt tàu cá ra vào các khu neo đậu", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 8.967 tàu cá", "8.967", 8967, "count", "tàu cá", "tàu cá đăng ký", ASOF),
    F("trong đó 2.615 tàu", "2.615", 2615, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", ASOF, total=8967),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("Hiện 6 khu neo đậu", "6", 6, "count", "khu neo đậu", "khu neo đậu tránh trú bão", I(ASOF)),
    F("khoảng 4.350 chiếc", "4.350", 4350, "count", "chiếc", "tổng sức chứa thiết kế các khu neo đậu",
      I(ASOF), approx="about", percent=48.5),
    F("Phan Thiết (1.200 chiếc)", "1.200", 1200, "count", "chiếc", "quy mô khu neo đậu", I(ASOF), location="Phan Thiết"),
    F("La Gi (1.000 chiếc)", "1.000", 1000, "count", "chiếc", "quy mô khu neo đậu", I(ASOF), location="La Gi"),
    F("Phú Quý (800 chiếc)", "800", 800, "count", "chiếc", "quy mô khu neo đậu", I(ASOF), location="Phú Quý"),
    F("Tuy Phong (750 chiếc)", "750", 750, "count", "chiếc", "quy mô khu neo đậu", I(ASOF), location="Tuy Phong"),
    F("đón 27.350 lượt tàu cá", "27.350", 27350, "count", "lượt tàu cá", "lượt tàu cá ra vào các khu neo đậu", H1,
      change=C("increase", 9.1, baseline="cùng kỳ")),
    F("đạt 15.020 lượt", "15.020", 15020, "count", "lượt", "lượt tàu cá ra vào các khu neo đậu",
      P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("ước đạt 1,82 tỷ đồng", "1,82", 1820000000, "money", "đồng", "tiền phí neo đậu thu được", I(H1),
      status="estimate"),
    F("từ 30.000 đến 120.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", "mức phí neo đậu",
      value_max=120000),
    F("khoảng 420.000 m3", "420.000", 420000, "measure", "m3", "khối lượng nạo vét luồng và vũng neo khu neo đậu Phan Thiết",
      approx="about", location="Phan Thiết"),
    F("tư 96,5 tỷ đồng", "96,5", 96500000000, "money", "đồng", "tổng mức đầu tư nạo vét khu neo đậu Phan Thiết",
      location="Phan Thiết"),
    F("được 265.000 m3", "265.000", 265000, "measure", "m3", "khối lượng đã nạo vét",
      P("Đến cuối tháng 7", end="2024-07-31"), percent=63, location="Phan Thiết"),
    F("cách luồng khoảng 3 km", "3", 3, "measure", "km", "khoảng cách từ bãi chứa bùn cát đến luồng",
      approx="about", location="Phan Thiết", optional=True),
    F("lên 5.500 chiếc", "5.500", 5500, "count", "chiếc", "tổng sức chứa các khu neo đậu", PLAN,
      percent=60, status="target"),
    F("khoảng 320 tỷ đồng", "320", 320000000000, "money", "đồng", "tổng vốn bố trí cho các khu neo đậu", PLAN,
      approx="about", status="forecast"),
    F("tỉnh 85 tỷ đồng", "85", 85000000000, "money", "đồng", "vốn ngân sách tỉnh", PLAN,
      total=320000000000, status="forecast"),
]

build("p992-1", TEXT, FIGS, published="2024-08-14", location="Bình Thuận", comments=[
    "Bình Thuận province portal: khu neo đậu tránh trú bão, sức chứa, lượt tàu 6 tháng 2024, nạo vét Phan Thiết, kế hoạch 2021-2025.",
    "Headline '6 tháng đầu năm' has no year: takes 2024 from the dateline (nothing dated stands before it).",
    "'đáp ứng 48,5% / 60% nhu cầu' after a capacity is that capacity's share (percent attribute, like đạt/chiếm).",
    "'riêng quý II/2024 đạt 15.020 lượt' is a sub-period, not a part over the same period: no total.",
    "Shelters listed by place (Phan Thiết, La Gi, Phú Quý, Tuy Phong) take the place as location; they do not add up to 4.350 (no total).",
    "revised: list items' subject 'sức chứa khu neo đậu' -> 'quy mô khu neo đậu' (the sentence names the indicator 'quy mô', FIGURES.md: as the sentence names it).",
    "Distractors: Lượt xem 2.316, Nghị quyết số 26/2021/NQ-HĐND, Quyết định số 1976/QĐ-UBND, Quốc lộ 1A, quý IV/2024 (schedule).",
    "'cách luồng khoảng 3 km' (where the spoil is dumped) is incidental: optional.",
])
