"""p831-8: Báo Hà Giang online, headline figure, '(BHG) -' tag, 2023."""
from lib import F, P, I, C, T, write

TEXT = """Báo Hà Giang điện tử
Kinh tế | Thứ Năm, 28/12/2023 | 10:05

Thu hơn 40 tỷ đồng từ nuôi cá nước lạnh

(BHG) - Năm 2023, sản lượng cá nước lạnh toàn tỉnh ước đạt 265 tấn, vượt 6% kế hoạch; giá trị sản xuất hơn 40 tỷ đồng. Sản lượng năm nay gấp 2,5 lần năm 2018.

Toàn tỉnh hiện có 23 cơ sở nuôi, gồm 9 cơ sở tại Quản Bạ, 6 tại Hoàng Su Phì, 5 tại Xín Mần và 3 tại Đồng Văn. Trong năm, các cơ sở đã thả nuôi 110.000 con giống, trong đó cá hồi vân 72.000 con, cá tầm 38.000 con. Cá tầm chiếm khoảng 65% sản lượng, giá bán tại cơ sở từ 160.000 đến 180.000 đồng/kg.

Tại xã Lùng Tám (Quản Bạ), mô hình của Hợp tác xã Cá nước lạnh Sông Miện với 18 bể nuôi cho lợi nhuận 350-400 triệu đồng/năm, tạo việc làm cho 12 lao động là người Mông, Tày. Sản phẩm của HTX được công nhận sản phẩm OCOP 3 sao và được giới thiệu tại Hội chợ nông sản lần thứ 2 tổ chức ở thành phố Hà Giang.

Theo Sở Nông nghiệp và PTNT, từ năm 2021 đến nay, tỉnh đã hỗ trợ hơn 3,2 tỷ đồng cho các cơ sở xây dựng bể, mua con giống; trên 90% cơ sở có lãi. Tuy nhiên, nhiều cơ sở ở Đồng Văn vẫn thiếu nước vào mùa khô, có năm hao hụt tới 30% số cá thả nuôi.

Năm 2024, tỉnh phấn đấu sản lượng cá nước lạnh đạt 300 tấn; dự kiến thu hút thêm 2 dự án nuôi cá tầm với tổng vốn khoảng 35 tỷ đồng dọc Quốc lộ 4C.

MINH HẠNH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
INYEAR = P("Trong năm", "2023-01-01", "2023-12-31")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2023-12-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("Thu hơn 40 tỷ đồng", "40", 40e9, "money", "đồng", "giá trị sản xuất từ nuôi cá nước lạnh", approx="over"),
    F("ước đạt 265 tấn", "265", 265, "measure", "tấn", "sản lượng cá nước lạnh", Y23, status="estimate",
      change=C("increase", 6, baseline="kế hoạch")),
    F("sản xuất hơn 40 tỷ đồng", "40", 40e9, "money", "đồng", "giá trị sản xuất cá nước lạnh", Y23,
      approx="over", status="estimate"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "sản lượng cá nước lạnh năm 2023 so với năm 2018",
      P("năm nay", "2023-01-01", "2023-12-31")),
    F("có 23 cơ sở nuôi", "23", 23, "count", "cơ sở", "cơ sở nuôi cá nước lạnh"),
    F("gồm 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", total=23, location="Quản Bạ"),
    F("6 tại Hoàng Su Phì", "6", 6, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", total=23, location="Hoàng Su Phì"),
    F("5 tại Xín Mần", "5", 5, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", total=23, location="Xín Mần"),
    F("3 tại Đồng Văn", "3", 3, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", total=23, location="Đồng Văn"),
    F("nuôi 110.000 con giống", "110.000", 110000, "count", "con giống", "con giống thả nuôi", INYEAR),
    F("cá hồi vân 72.000 con", "72.000", 72000, "count", "con", "con giống cá hồi vân thả nuôi", INYEAR,
      total=110000),
    F("cá tầm 38.000 con", "38.000", 38000, "count", "con", "con giống cá tầm thả nuôi", INYEAR, total=110000),
    F("khoảng 65% sản lượng", "65", 65, "percent", "%", "tỷ trọng cá tầm trong sản lượng", approx="about"),
    F("từ 160.000 đến 180.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá bán cá tầm tại cơ sở",
      value_max=180000),
    F("với 18 bể nuôi", "18", 18, "count", "bể", "bể nuôi của Hợp tác xã Cá nước lạnh Sông Miện", location="Quản Bạ"),
    F("lợi nhuận 350-400 triệu đồng/năm", "350", 350e6, "money", "đồng/năm",
      "lợi nhuận của mô hình Hợp tác xã Cá nước lạnh Sông Miện", value_max=400e6, location="Quản Bạ"),
    F("cho 12 lao động", "12", 12, "count", "lao động", "lao động của Hợp tác xã Cá nước lạnh Sông Miện",
      location="Quản Bạ"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP của sản phẩm", location="Quản Bạ", optional=True),
    F("hơn 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí hỗ trợ cơ sở xây dựng bể, mua con giống", SINCE,
      approx="over"),
    F("trên 90% cơ sở", "90", 90, "percent", "%", "tỷ lệ cơ sở có lãi", SINCE, approx="over"),
    F("tới 30% số cá", "30", 30, "percent", "%", "hao hụt số cá thả nuôi ở Đồng Văn vào mùa khô",
      location="Đồng Văn"),
    F("đạt 300 tấn", "300", 300, "measure", "tấn", "sản lượng cá nước lạnh", Y24, status="target"),
    F("thêm 2 dự án", "2", 2, "count", "dự án", "dự án nuôi cá tầm thu hút thêm", Y24, status="forecast"),
    F("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", "tổng vốn các dự án nuôi cá tầm", Y24,
      approx="about", status="forecast"),
]

HEADER = [
    "Báo Hà Giang online: headline with a figure ('Thu hơn 40 tỷ đồng', no year), 'Thứ Năm, 28/12/2023 | 10:05', '(BHG) -' tag, byline at the end.",
    "Distractors: '10:05', 'xã Lùng Tám' (a place named with a number word), 'Hội chợ nông sản lần thứ 2' (ordinal), 'Quốc lộ 4C', 'năm 2018' (a baseline).",
    "'(BHG)' implies Hà Giang; the district list after 'gồm' adds up to 23 (9+6+5+3) -> total 23, each item its district as location; '6 tại Hoàng Su Phì' shares the unit cơ sở.",
    "'vượt 6% kế hoạch' is a change with baseline 'kế hoạch' (FIGURES.md: a gap to a plan). Headline 40 tỷ: no period phrase (unscored), approx over.",
    "'Sản lượng năm nay gấp 2,5 lần năm 2018' stands alone: multiple. 'Trong năm' = 2023. 'từ năm 2021 đến nay' ends at the dateline 2023-12-28.",
    "The 3,2 tỷ and 'trên 90% cơ sở có lãi' share the 'từ năm 2021 đến nay' sentence. 'OCOP 3 sao' is a rating label (optional).",
    "'có năm hao hụt tới 30%' (an undated bad year) gets no period. 'phấn đấu' -> target for 300 tấn; 'dự kiến' -> forecast for 2 dự án and 35 tỷ; both in the 'Năm 2024' sentence.",
]

if __name__ == "__main__":
    write("p831-8", TEXT, HEADER, FIGS, published="2023-12-28", location="Hà Giang")
