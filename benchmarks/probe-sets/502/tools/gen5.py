"""p502-5: Party newspaper (Tiền Giang) — durian area by district, output 2023, value/ha, codes, Q1/2024 exports, salinity damage, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """KINH TẾ
Sầu riêng - cây làm giàu của nông dân vùng trên

Toàn tỉnh Tiền Giang hiện có 21.860 ha sầu riêng, trong đó diện tích đang cho trái 16.400 ha, tập trung chủ yếu ở huyện Cai Lậy (8.920 ha), Cái Bè (5.680 ha), thị xã Cai Lậy (3.410 ha) và Tân Phước (1.260 ha). Năm 2023, sản lượng sầu riêng đạt 365.000 tấn, tăng 23% so với năm 2022; giá trị sản xuất bình quân từ 800 triệu đến 1,2 tỷ đồng/ha/năm. Nhiều hộ có lãi trên 1 tỷ đồng/ha.

Ông Trần Văn Tám, Tổ trưởng Tổ hợp tác sầu riêng ấp 4, xã Tam Bình, cho biết gia đình ông có 2,5 ha sầu riêng Ri6, vụ vừa qua thu khoảng 60 tấn. Cả tổ có 35 thành viên với tổng diện tích 48 ha.

Hiện tỉnh có 186 mã số vùng trồng sầu riêng được cấp với diện tích 9.450 ha, chiếm 43,2% diện tích sầu riêng toàn tỉnh, cùng 62 cơ sở đóng gói đủ điều kiện xuất khẩu chính ngạch sang Trung Quốc. Quý I/2024, các doanh nghiệp trên địa bàn đã xuất khẩu 28.700 tấn sầu riêng, đạt kim ngạch khoảng 96 triệu USD.

Tuy nhiên, theo Sở NN&PTNT, đợt hạn mặn năm 2020 từng làm thiệt hại hơn 4.000 ha sầu riêng, trong đó 1.200 ha bị chết hoàn toàn. Nhiều vườn mới trồng ồ ạt ngoài quy hoạch, dọc Quốc lộ 1 và Quốc lộ 30, tiềm ẩn rủi ro.

Tỉnh phấn đấu đến năm 2025 có 100% diện tích sầu riêng xuất khẩu được cấp mã số vùng trồng, giá trị xuất khẩu đạt 500 triệu USD/năm. Nội dung này đã được đưa vào Nghị quyết của Kỳ họp thứ 9 HĐND tỉnh khóa X.

Bài, ảnh: MINH THÀNH
21/05/2024 - 06:30
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y20 = P("năm 2020", "2020-01-01", "2020-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 21.860 ha", "21.860", 21860, "measure", "ha", "diện tích sầu riêng"),
    F("cho trái 16.400 ha", "16.400", 16400, "measure", "ha", "diện tích sầu riêng đang cho trái", total=21860),
    F("huyện Cai Lậy (8.920 ha)", "8.920", 8920, "measure", "ha", "diện tích sầu riêng", location="Cai Lậy"),
    F("Cái Bè (5.680 ha)", "5.680", 5680, "measure", "ha", "diện tích sầu riêng", location="Cái Bè"),
    F("thị xã Cai Lậy (3.410 ha)", "3.410", 3410, "measure", "ha", "diện tích sầu riêng", location="Cai Lậy"),
    F("Tân Phước (1.260 ha)", "1.260", 1260, "measure", "ha", "diện tích sầu riêng", location="Tân Phước"),
    F("đạt 365.000 tấn", "365.000", 365000, "measure", "tấn", "sản lượng sầu riêng", Y23,
      change=CH("increase", 23, "%", "năm 2022")),
    F("từ 800 triệu đến 1,2 tỷ", "800", 800e6, "money", "đồng/ha/năm", "giá trị sản xuất sầu riêng bình quân", Y23,
      value_max=1.2e9),
    F("trên 1 tỷ đồng/ha", "1", 1e9, "money", "đồng/ha", "lãi của nhiều hộ trồng sầu riêng", I(Y23),
      approx="over"),
    F("có 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích sầu riêng Ri6 của gia đình ông Trần Văn Tám"),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn", "sản lượng sầu riêng gia đình ông Trần Văn Tám thu vụ vừa qua",
      approx="about"),
    F("có 35 thành viên", "35", 35, "count", "thành viên", "thành viên Tổ hợp tác sầu riêng ấp 4"),
    F("diện tích 48 ha", "48", 48, "measure", "ha", "tổng diện tích của Tổ hợp tác sầu riêng ấp 4"),
    F("có 186 mã số", "186", 186, "count", "mã số vùng trồng", "mã số vùng trồng sầu riêng được cấp"),
    F("diện tích 9.450 ha", "9.450", 9450, "measure", "ha", "diện tích vùng trồng sầu riêng được cấp mã số",
      percent=43.2),
    F("cùng 62 cơ sở", "62", 62, "count", "cơ sở đóng gói",
      "cơ sở đóng gói đủ điều kiện xuất khẩu chính ngạch sang Trung Quốc"),
    F("xuất khẩu 28.700 tấn", "28.700", 28700, "measure", "tấn", "sầu riêng xuất khẩu", Q1),
    F("khoảng 96 triệu USD", "96", 96e6, "money", "USD", "kim ngạch xuất khẩu sầu riêng", Q1, approx="about"),
    F("hơn 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích sầu riêng bị thiệt hại do hạn mặn", Y20,
      approx="over"),
    F("trong đó 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích sầu riêng bị chết hoàn toàn", Y20,
      total=4000),
    F("có 100% diện tích", "100", 100, "percent", "%",
      "diện tích sầu riêng xuất khẩu được cấp mã số vùng trồng", T25, status="target"),
    F("đạt 500 triệu USD/năm", "500", 500e6, "money", "USD/năm", "giá trị xuất khẩu sầu riêng", T25,
      status="target"),
]

COMMENTS = [
    "Party newspaper (tỉnh Tiền Giang), byline and '21/05/2024 - 06:30' at the end. Durian area, districts, output 2023, value/ha, a farmer,",
    "codes and Q1/2024 exports, 2020 salinity damage, 2025 targets. 'hiện có' sentences get no period.",
    "District list after 'tập trung chủ yếu ở' has no cue and does not add up to either area (19.270 ha): no total; districts -> location",
    "(huyện Cai Lậy and thị xã Cai Lậy both compare as 'Cai Lậy'). Farmer and cooperative figures keep Tiền Giang (commune not a district).",
    "'từ 800 triệu đến 1,2 tỷ đồng/ha/năm' is a range with the rate in the unit. 'Ri6', 'ấp 4', 'Quốc lộ 1', 'Quốc lộ 30', 'Kỳ họp thứ 9',",
    "'khóa X' are distractors. 'trong đó 1.200 ha' is part of the 4.000 ha damaged (same sentence, năm 2020 scored).",
]

if __name__ == "__main__":
    emit("p502-5", TEXT, COMMENTS, FIGS, published="2024-05-21", location="Tiền Giang")
