"""p514-8: commune portal, xã Hoằng Lộc (Hoằng Hóa, Thanh Hóa) — workers abroad, remittances, poverty, 2024 plan."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ HOẰNG LỘC
Huyện Hoằng Hóa - Tỉnh Thanh Hóa

Trang chủ » Tin tức » Kinh tế - Xã hội

Hoằng Lộc: Hơn 1.100 lao động đang làm việc ở nước ngoài

Ngày đăng: 22/11/2023 08:30

Hiện nay, toàn xã Hoằng Lộc có 1.126 người đang làm việc ở nước ngoài, chiếm gần 17% lực lượng lao động của xã, có mặt tại 14 quốc gia và vùng lãnh thổ. Trong đó, thị trường Nhật Bản có 512 người, Đài Loan 305 người, Hàn Quốc 164 người.

Từ đầu năm đến ngày 15/11/2023, xã có 94 lao động xuất cảnh, vượt 17,5% kế hoạch huyện giao (80 lao động). Ngân hàng Chính sách xã hội huyện thông qua 9 Tổ tiết kiệm và vay vốn đã cho 63 lao động vay với số tiền 5,04 tỷ đồng.

Theo ông Lê Văn Hải, Chủ tịch UBND xã, mỗi năm lao động của xã gửi về khoảng 120 tỷ đồng. Nhờ nguồn thu nhập này, đến nay đã có 356 hộ xây được nhà mới; tỷ lệ hộ nghèo của xã giảm từ 4,8% năm 2020 xuống còn 1,2% năm 2022.

Thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã, năm 2024 Hoằng Lộc phấn đấu đưa ít nhất 90 lao động đi làm việc ở nước ngoài, tổ chức 3 lớp tư vấn, định hướng cho khoảng 150 thanh niên.

Mọi thắc mắc xin liên hệ Bộ phận Lao động - TB&XH xã, điện thoại 0237.3865.209; trụ sở UBND xã đặt tại thôn Phú Thọ, cạnh Tỉnh lộ 510.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến ngày 15/11/2023", "2023-01-01", "2023-11-15")

FIGS = [
    F("Hơn 1.100 lao động", "1.100", 1100, "count", "lao động",
      "lao động đang làm việc ở nước ngoài", approx="over"),
    F("có 1.126 người", "1.126", 1126, "count", "người",
      "người đang làm việc ở nước ngoài", percent=17),
    F("tại 14 quốc gia", "14", 14, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có lao động của xã làm việc"),
    F("Nhật Bản có 512 người", "512", 512, "count", "người",
      "người làm việc tại thị trường Nhật Bản", total=1126),
    F("Đài Loan 305 người", "305", 305, "count", "người",
      "người làm việc tại thị trường Đài Loan", total=1126),
    F("Hàn Quốc 164 người", "164", 164, "count", "người",
      "người làm việc tại thị trường Hàn Quốc", total=1126),
    F("có 94 lao động", "94", 94, "count", "lao động",
      "lao động xuất cảnh", YTD,
      change=CH("increase", 17.5, "%", "kế hoạch huyện giao"), target=TG(80, "lao động", True)),
    F("thông qua 9 Tổ", "9", 9, "count", "Tổ tiết kiệm và vay vốn",
      "Tổ tiết kiệm và vay vốn cho lao động vay", I(YTD)),
    F("cho 63 lao động", "63", 63, "count", "lao động",
      "lao động được vay vốn Ngân hàng Chính sách xã hội", I(YTD)),
    F("tiền 5,04 tỷ đồng", "5,04", 5.04e9, "money", "đồng",
      "số tiền cho lao động vay", I(YTD)),
    F("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng",
      "tiền lao động của xã gửi về mỗi năm", approx="about"),
    F("có 356 hộ", "356", 356, "count", "hộ",
      "hộ xây được nhà mới", P("đến nay", None, "2023-11-22")),
    F("từ 4,8% năm 2020", "4,8", 4.8, "percent", "%",
      "tỷ lệ hộ nghèo của xã", P("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 1,2% năm 2022", "1,2", 1.2, "percent", "%",
      "tỷ lệ hộ nghèo của xã", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("ít nhất 90 lao động", "90", 90, "count", "lao động",
      "lao động đi làm việc ở nước ngoài", Y24, approx="at_least", status="target"),
    F("tổ chức 3 lớp", "3", 3, "count", "lớp",
      "lớp tư vấn, định hướng", Y24, status="target"),
    F("khoảng 150 thanh niên", "150", 150, "count", "thanh niên",
      "thanh niên được tư vấn, định hướng", Y24, approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Hoằng Lộc (commune portal, Hoằng Hóa, Thanh Hóa): lao động đi làm việc ở nước ngoài, kiều hối, giảm nghèo.",
    "'Ngày đăng: 22/11/2023 08:30' = published. Distractors: 'Nghị quyết số 05-NQ/ĐU', 'Tỉnh lộ 510', phone 0237.3865.209, 'ngày 15/11/2023'.",
    "Location: the district, 'Hoằng Hóa' — FIGURES.md gives location only to a province, city or district, so a commune portal's",
    "figures take the district that contains the commune. revised after the first run: the gold first said 'Hoằng Lộc' (commune),",
    "a choice the spec's wording does not support; reported as a spec gap.",
    "'Hiện nay' gives no period (headline, 1.126, 14, market items, remittance 'mỗi năm'). 'Trong đó, thị trường …': parts of",
    "1.126 (same thing counted; not of the 14 countries just before the cue). 'chiếm gần 17%': percent 17 of the 1.126.",
    "94 'vượt 17,5% kế hoạch huyện giao (80 lao động)': change +17,5% baseline plan, target 80 (met).",
    "'Từ đầu năm đến ngày 15/11/2023' = 2023-01-01..2023-11-15; 'đến nay' ends at the dateline. 'giảm từ 4,8% năm 2020 xuống còn",
    "1,2% năm 2022': two percent figures, each with its year, no change object (no change amount stated).",
]

if __name__ == "__main__":
    emit("p514-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Hoằng Hóa")
