"""p1218-2: district portal (huyện Đức Hòa, Long An): a fan and appliance plant opens in KCN Hải Sơn; 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội

Khánh thành nhà máy sản xuất quạt điện, thiết bị gia dụng tại KCN Hải Sơn

Ngày đăng: 18/06/2024 15:40

Sáng 17/6, Công ty TNHH Gia dụng Minh Phát tổ chức lễ khánh thành nhà máy sản xuất quạt điện và thiết bị gia dụng tại KCN Hải Sơn (xã Đức Hòa Hạ, huyện Đức Hòa). Nhà máy có tổng vốn đầu tư 38 triệu USD, xây dựng trên diện tích 6,2 ha, gồm hai xưởng lắp ráp và một kho thành phẩm.

Giai đoạn 1, nhà máy có công suất 1,2 triệu quạt điện và 800.000 sản phẩm gia dụng mỗi năm như nồi chiên không dầu, máy xay sinh tố, ấm siêu tốc. Hiện nhà máy sử dụng 640 lao động, trong đó 72% là lao động địa phương; thu nhập bình quân 7,8 triệu đồng/người/tháng. Dự kiến đến cuối năm 2025, khi hoàn thành giai đoạn 2, số lao động của nhà máy sẽ tăng lên khoảng 1.100 người.

Theo UBND huyện, 6 tháng đầu năm, huyện thu hút 9 dự án đầu tư mới vào các KCN với tổng vốn đăng ký hơn 215 triệu USD, trong đó 3 dự án thuộc lĩnh vực điện tử, điện gia dụng với số vốn 87 triệu USD. Giá trị sản xuất công nghiệp trên địa bàn ước đạt 41.320 tỷ đồng, tăng 9,6% so với cùng kỳ.

Phát biểu tại buổi lễ, ông Nguyễn Văn Tâm, Phó Chủ tịch UBND huyện, đề nghị doanh nghiệp ưu tiên tuyển dụng lao động địa phương. Huyện phấn đấu cả năm thu hút ít nhất 20 dự án vào các KCN Hải Sơn, Tân Đức, Đức Hòa 1.

Thanh Hương (Trung tâm VH-TT&TT huyện)

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3851.222
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
END25 = P("đến cuối năm 2025", None, "2025-12-31")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("đầu tư 38 triệu USD", "38", 38e6, "money", "USD", subject="tổng vốn đầu tư nhà máy"),
    F("diện tích 6,2 ha", "6,2", 6.2, "measure", "ha", subject="diện tích nhà máy"),
    F("gồm hai xưởng", "hai", 2, "count", "xưởng lắp ráp", subject="xưởng lắp ráp của nhà máy"),
    F("và một kho", "một", 1, "count", "kho thành phẩm", subject="kho thành phẩm của nhà máy"),
    F("công suất 1,2 triệu quạt", "1,2", 1.2e6, "measure", "quạt điện/năm",
      subject="công suất quạt điện của nhà máy giai đoạn 1"),
    F("và 800.000 sản phẩm", "800.000", 800000, "measure", "sản phẩm gia dụng/năm",
      subject="công suất sản phẩm gia dụng của nhà máy giai đoạn 1"),
    F("sử dụng 640 lao động", "640", 640, "count", "lao động", subject="lao động nhà máy sử dụng"),
    F("trong đó 72%", "72", 72, "percent", "%", subject="tỷ lệ lao động địa phương"),
    F("7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động nhà máy"),
    F("khoảng 1.100 người", "1.100", 1100, "count", "người", approx="about", status="forecast",
      subject="số lao động của nhà máy", period=END25),
    F("thu hút 9 dự án", "9", 9, "count", "dự án", subject="dự án đầu tư mới vào các KCN", period=H1),
    F("hơn 215 triệu USD", "215", 215e6, "money", "USD", approx="over",
      subject="tổng vốn đăng ký dự án đầu tư mới vào các KCN", period=H1),
    F("trong đó 3 dự án", "3", 3, "count", "dự án", total=9,
      subject="dự án thuộc lĩnh vực điện tử, điện gia dụng", period=H1),
    F("vốn 87 triệu USD", "87", 87e6, "money", "USD", total=215e6,
      subject="vốn đăng ký dự án lĩnh vực điện tử, điện gia dụng", period=H1),
    F("ước đạt 41.320 tỷ", "41.320", 41320e9, "money", "đồng", status="estimate",
      change=C("increase", 9.6, "%", "cùng kỳ"), subject="giá trị sản xuất công nghiệp trên địa bàn", period=I(H1)),
    F("ít nhất 20 dự án", "20", 20, "count", "dự án", approx="at_least", status="target",
      subject="dự án thu hút vào các KCN", period=Y24),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): Minh Phát fan/appliance plant opens in KCN Hải Sơn; district investment, 6 months 2024.",
    "'Ngày đăng: 18/06/2024 15:40' (published); 'Sáng 17/6' has no year. Default location: the district (Đức Hòa).",
    "Distractors: 'Giai đoạn 1', 'giai đoạn 2' (phase names), 'KCN Đức Hòa 1', 'Khu phố 3', phone 0272.3851.222, 15:40.",
    "Capacity 'mỗi năm' is a rate: measure with '/năm' in the unit. 'tăng lên khoảng 1.100 người' is a level (forecast), not a change.",
    "'trong đó 72% là lao động địa phương' is a percent figure of its own (no total). 3 dự án / 87 triệu USD are parts of 9 / 215 triệu.",
    "Year-less '6 tháng đầu năm' and 'cả năm' take 2024 from the dateline.",
]

if __name__ == "__main__":
    write("p1218-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Đức Hòa")
