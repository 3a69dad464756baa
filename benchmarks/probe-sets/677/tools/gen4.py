"""p677-4: ministry site (Bộ NN&PTNT, Cục Chất lượng, Chế biến và PTTT) — national fish-sauce overview."""
from lib import F, P, inh, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Chất lượng, Chế biến và Phát triển thị trường
Trang chủ » Tin hoạt động » Chế biến
05/11/2024 | Lượt xem: 1.284

Cả nước sản xuất khoảng 380 triệu lít nước mắm mỗi năm

Theo số liệu tổng hợp từ 28 tỉnh, thành phố ven biển, cả nước hiện có khoảng 3.640 cơ sở chế biến nước mắm, trong đó gần 2.900 cơ sở quy mô hộ gia đình. Tổng sản lượng nước mắm năm 2023 đạt khoảng 380 triệu lít, trong đó nước mắm truyền thống chiếm từ 30 đến 35%.

Các địa phương có sản lượng lớn gồm Bình Thuận (68 triệu lít), Khánh Hòa (47,5 triệu lít), Kiên Giang (41 triệu lít) và Thanh Hóa (24 triệu lít). Riêng 4 địa phương này chiếm hơn 47% sản lượng cả nước.

Mức tiêu thụ nước mắm bình quân khoảng 3,9 lít/người/năm. Xuất khẩu nước mắm 9 tháng năm 2024 đạt 33,6 triệu USD, tăng 18,4% so với cùng kỳ; trong đó thị trường Hoa Kỳ đạt 11,2 triệu USD, Trung Quốc 5,8 triệu USD.

Tính đến tháng 10/2024, cả nước có 214 sản phẩm nước mắm đạt OCOP từ 3 sao trở lên, tăng 46 sản phẩm so với cuối năm 2023; 9 chỉ dẫn địa lý và nhãn hiệu chứng nhận cho nước mắm đã được bảo hộ, trong đó có Phú Quốc và Phan Thiết.

Tại hội nghị, Cục trưởng Nguyễn Quốc Toản cho biết, dự kiến đến năm 2025, sản lượng nước mắm truyền thống cả nước đạt 150 triệu lít; tỷ lệ cơ sở chế biến đạt chứng nhận an toàn thực phẩm phấn đấu đạt 90%. Bộ sẽ trình Đề án phát triển nước mắm truyền thống giai đoạn 2025-2030 theo Nghị quyết số 19-NQ/TW.

Địa chỉ: Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến tháng 10/2024", end="2024-10-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("khoảng 380 triệu lít nước mắm mỗi năm", "380", 380e6, "measure", "lít", "nước mắm cả nước sản xuất mỗi năm",
      approx="about"),
    F("từ 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển"),
    F("khoảng 3.640 cơ sở", "3.640", 3640, "count", "cơ sở", "cơ sở chế biến nước mắm", approx="about"),
    F("gần 2.900 cơ sở", "2.900", 2900, "count", "cơ sở", "cơ sở chế biến nước mắm quy mô hộ gia đình",
      approx="nearly", total=3640),
    F("đạt khoảng 380 triệu lít", "380", 380e6, "measure", "lít", "tổng sản lượng nước mắm", Y23, approx="about"),
    F("từ 30 đến 35%", "30", 30, "percent", "%", "tỷ trọng nước mắm truyền thống trong tổng sản lượng nước mắm", Y23,
      value_max=35, note="a share with no base amount of its own: a percent figure"),
    F("Bình Thuận (68 triệu lít)", "68", 68e6, "measure", "lít", "sản lượng nước mắm", inh(Y23), location="Bình Thuận",
      note="list after 'gồm' with no whole figure before it: no total"),
    F("Khánh Hòa (47,5 triệu lít)", "47,5", 47.5e6, "measure", "lít", "sản lượng nước mắm", inh(Y23), location="Khánh Hòa"),
    F("Kiên Giang (41 triệu lít)", "41", 41e6, "measure", "lít", "sản lượng nước mắm", inh(Y23), location="Kiên Giang"),
    F("Thanh Hóa (24 triệu lít)", "24", 24e6, "measure", "lít", "sản lượng nước mắm", inh(Y23), location="Thanh Hóa"),
    F("Riêng 4 địa phương", "4", 4, "count", "địa phương", "địa phương có sản lượng lớn", optional=True,
      note="re-counts the four listed provinces: optional"),
    F("chiếm hơn 47%", "47", 47, "percent", "%", "tỷ trọng sản lượng của 4 địa phương trong sản lượng cả nước",
      inh(Y23), approx="over"),
    F("khoảng 3,9 lít/người/năm", "3,9", 3.9, "measure", "lít/người/năm", "mức tiêu thụ nước mắm bình quân",
      approx="about"),
    F("đạt 33,6 triệu USD", "33,6", 33.6e6, "money", "USD", "xuất khẩu nước mắm", M9,
      change=CH("increase", 18.4, baseline="cùng kỳ")),
    F("Hoa Kỳ đạt 11,2 triệu USD", "11,2", 11.2e6, "money", "USD", "xuất khẩu nước mắm sang thị trường Hoa Kỳ", M9,
      total=33.6e6, note="trade partners are not places: location stays Việt Nam"),
    F("Trung Quốc 5,8 triệu USD", "5,8", 5.8e6, "money", "USD", "xuất khẩu nước mắm sang thị trường Trung Quốc", M9,
      total=33.6e6),
    F("có 214 sản phẩm", "214", 214, "count", "sản phẩm", "sản phẩm nước mắm đạt OCOP từ 3 sao trở lên", ASOF,
      change=CH("increase", 46, "sản phẩm", baseline="cuối năm 2023")),
    F("9 chỉ dẫn địa lý", "9", 9, "count", "chỉ dẫn địa lý và nhãn hiệu chứng nhận",
      "chỉ dẫn địa lý và nhãn hiệu chứng nhận cho nước mắm đã được bảo hộ", ASOF),
    F("đạt 150 triệu lít", "150", 150e6, "measure", "lít", "sản lượng nước mắm truyền thống cả nước", T25,
      status="forecast"),
    F("phấn đấu đạt 90%", "90", 90, "percent", "%", "tỷ lệ cơ sở chế biến đạt chứng nhận an toàn thực phẩm", T25,
      status="target"),
]

COMMENTS = [
    "p677-4 — ministry site (Bộ NN&PTNT, Cục Chất lượng, Chế biến và Phát triển thị trường): national overview of nước mắm.",
    "'05/11/2024 | Lượt xem: 1.284': published + counter. Nghị quyết số 19-NQ/TW, 'giai đoạn 2025-2030', address 'Số 10 Nguyễn Công Hoan' not figures.",
    "Location Việt Nam; the province list items take their province; Hoa Kỳ/Trung Quốc are markets, not places. 'từ 3 sao trở lên' is a rating label.",
    "Headline '380 triệu lít mỗi năm' has no period. 'dự kiến đến năm 2025 … đạt 150 triệu lít' → forecast; '… phấn đấu đạt 90%' → target (own cue).",
]

if __name__ == "__main__":
    emit("p677-4", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Việt Nam")
