"""p961-2: district portal (huyện Văn Lâm, Hưng Yên), quý I/2025."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ / Kinh tế / Doanh nghiệp
Thứ Ba, 15/04/2025 - 10:30

Quý I: 64 doanh nghiệp trở lại hoạt động

Theo Phòng Tài chính - Kế hoạch huyện, quý I/2025, trên địa bàn huyện Văn Lâm có 64 doanh nghiệp quay trở lại hoạt động, tăng 9 doanh nghiệp so với cùng kỳ năm 2024. Cũng trong quý I, có 87 doanh nghiệp đăng ký tạm ngừng kinh doanh, giảm 14,7% so với cùng kỳ; 23 doanh nghiệp ngừng hoạt động chờ giải thể và 11 doanh nghiệp hoàn tất thủ tục giải thể. Bên cạnh đó, 46 hộ kinh doanh tạm ngừng hoạt động, chủ yếu là cửa hàng ăn uống, tạp hóa dọc Quốc lộ 5A.

Tính đến ngày 31/3/2025, toàn huyện có 1.942 doanh nghiệp đang hoạt động, tổng vốn đăng ký trên 61.500 tỷ đồng.

Việc doanh nghiệp tạm ngừng kinh doanh, giải thể khiến khoảng 1.150 lao động mất việc làm hoặc phải nghỉ luân phiên, trong đó xã Như Quỳnh có 420 lao động, xã Lạc Đạo có 315 lao động. Huyện đã phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức 2 phiên giao dịch việc làm, giới thiệu việc làm cho 680 lao động, đạt 59,1% số lao động bị ảnh hưởng. Mức lương tại các vị trí tuyển dụng từ 7,5 đến 9 triệu đồng/người/tháng.

Ông Nguyễn Văn Ba, Trưởng phòng Tài chính - Kế hoạch huyện cho biết, năm 2025 huyện phấn đấu có 250 doanh nghiệp thành lập mới và 200 doanh nghiệp quay trở lại hoạt động. Để đạt mục tiêu, huyện sẽ duy trì đối thoại với doanh nghiệp hằng quý, hỗ trợ thủ tục theo Luật Doanh nghiệp 2020 và Nghị định số 168/2025/NĐ-CP.

Thu Hà (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Q1b = P("Cũng trong quý I", "2025-01-01", "2025-03-31")
ASOF = P("Tính đến ngày 31/3/2025", None, "2025-03-31")
Y = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Quý I: 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp",
      "doanh nghiệp trở lại hoạt động", P("Quý I", "2025-01-01", "2025-03-31")),
    F("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", Q1,
      change=C("increase", 9, "doanh nghiệp", baseline="cùng kỳ năm 2024")),
    F("có 87 doanh nghiệp", "87", 87, "count", "doanh nghiệp",
      "doanh nghiệp đăng ký tạm ngừng kinh doanh", Q1b,
      change=C("decrease", 14.7, baseline="cùng kỳ")),
    F("23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
      "doanh nghiệp ngừng hoạt động chờ giải thể", Q1b),
    F("11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
      "doanh nghiệp hoàn tất thủ tục giải thể", Q1b),
    F("46 hộ kinh doanh", "46", 46, "count", "hộ kinh doanh",
      "hộ kinh doanh tạm ngừng hoạt động", I(Q1b)),
    F("có 1.942 doanh nghiệp", "1.942", 1942, "count", "doanh nghiệp",
      "doanh nghiệp đang hoạt động", ASOF),
    F("trên 61.500 tỷ đồng", "61.500", 61500e9, "money", "đồng",
      "tổng vốn đăng ký của doanh nghiệp đang hoạt động", ASOF, approx="over"),
    F("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động",
      "lao động mất việc làm hoặc phải nghỉ luân phiên", approx="about"),
    F("có 420 lao động", "420", 420, "count", "lao động",
      "lao động mất việc làm hoặc phải nghỉ luân phiên", total=1150),
    F("có 315 lao động", "315", 315, "count", "lao động",
      "lao động mất việc làm hoặc phải nghỉ luân phiên", total=1150),
    F("tổ chức 2 phiên", "2", 2, "count", "phiên",
      "phiên giao dịch việc làm"),
    F("cho 680 lao động", "680", 680, "count", "lao động",
      "lao động được giới thiệu việc làm", percent=59.1),
    F("từ 7,5 đến 9 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng",
      "mức lương tại các vị trí tuyển dụng", value_max=9e6),
    F("có 250 doanh nghiệp", "250", 250, "count", "doanh nghiệp",
      "doanh nghiệp thành lập mới", Y, status="target"),
    F("và 200 doanh nghiệp", "200", 200, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", Y, status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Văn Lâm (invented), quý I/2025. Location: the district (Văn Lâm), also for the commune items (xã Như Quỳnh, xã Lạc Đạo):",
    "FIGURES.md names only province, city or district as a location; a commune figure lies in its district.",
    "revised after the first run: 420 and 315 lao động lost location Như Quỳnh / Lạc Đạo (spec: province, city or district only).",
    "Headline 'Quý I' without a year takes 2025 (published). 'tăng 9 doanh nghiệp so với cùng kỳ' is a change in doanh nghiệp.",
    "Workers: 1.150 is the whole, the communes after 'trong đó' take total 1150; 680 'đạt 59,1%' -> percent. No period phrase in that paragraph: none given.",
    "'2 phiên giao dịch việc làm' is a count (two job fairs held), required.",
    "Distractors: 15/04/2025 - 10:30, Quốc lộ 5A, Ông Nguyễn Văn Ba (name with a number word), Luật Doanh nghiệp 2020, Nghị định số 168/2025/NĐ-CP, 'hằng quý'.",
]

if __name__ == "__main__":
    build("p961-2", TEXT, FIGS, NOTES, published="2025-04-15", location="Văn Lâm")
