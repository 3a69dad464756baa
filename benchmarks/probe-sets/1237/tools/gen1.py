"""p1237-1: Bắc Ninh province portal, làng giấy Dương Ổ (phường Phong Khê, TP Bắc Ninh)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Làng giấy Dương Ổ sản xuất gần 9 triệu tờ giấy dó mỗi năm

Cập nhật: 12/09/2023 14:20 | Lượt xem: 2.417

Làng Dương Ổ (phường Phong Khê, TP Bắc Ninh) hiện có 68 hộ còn duy trì nghề làm giấy dó thủ công, giảm 21 hộ so với năm 2018, thu hút khoảng 240 lao động thường xuyên. Năm 2022, tổng sản lượng giấy dó của làng đạt khoảng 8,7 triệu tờ, trong đó giấy dùng cho tranh dân gian Đông Hồ và thư pháp chiếm 62%, phần còn lại phục vụ làm quà lưu niệm, bao bì và xuất khẩu.

8 tháng đầu năm 2023, các hộ tiêu thụ 6,1 triệu tờ giấy dó, tăng 14,5% so với cùng kỳ năm 2022; doanh thu ước đạt 21,4 tỷ đồng. Giá giấy dó phổ thông từ 3.000 đến 5.000 đồng/tờ, loại dày khổ 60 x 90 cm có giá 25.000 đồng/tờ.

Nguyên liệu chính là vỏ cây dó thu mua từ Phú Thọ, Tuyên Quang, Thanh Hóa. Mỗi năm, làng dùng khoảng 180 tấn vỏ dó khô, giá mua bình quân 32.000 đồng/kg. Để có một tờ giấy, người thợ phải qua hơn 10 công đoạn, từ ngâm, nấu, giã vỏ dó đến xeo, ép và phơi giấy.

Cơ sở giấy dó của anh Ngô Văn Thắng tại số 27 đường Phong Khê hiện có 12 lao động, mỗi ngày xeo được 1.500-1.800 tờ; thợ xeo có thu nhập từ 7 đến 9 triệu đồng/người/tháng. Năm 2022, cơ sở xuất sang Nhật Bản hai lô giấy với tổng giá trị khoảng 15.000 USD.

Năm 2023, TP Bắc Ninh phấn đấu duy trì ít nhất 60 hộ làm nghề và đưa 2 sản phẩm giấy dó đạt chuẩn OCOP 4 sao. Theo Quyết định số 1156/QĐ-UBND, thành phố hỗ trợ 50% kinh phí mua máy nghiền vỏ dó, tối đa 30 triệu đồng/hộ. Đường dây nóng: 0222.3821.456.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
M8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("gần 9 triệu tờ", "9", 9000000, "measure", "tờ/năm", approx="nearly",
      subject="giấy dó làng giấy Dương Ổ sản xuất mỗi năm"),
    F("có 68 hộ", "68", 68, "count", "hộ", change=C("decrease", 21, "hộ", "năm 2018"),
      subject="hộ còn duy trì nghề làm giấy dó thủ công"),
    F("khoảng 240 lao động", "240", 240, "count", "lao động", approx="about",
      subject="lao động thường xuyên làm nghề giấy dó"),
    F("khoảng 8,7 triệu tờ", "8,7", 8700000, "count", "tờ", approx="about",
      subject="tổng sản lượng giấy dó của làng", period=Y22),
    F("chiếm 62%", "62", 62, "percent", "%",
      subject="tỷ lệ giấy dùng cho tranh dân gian Đông Hồ và thư pháp", period=Y22),
    F("tiêu thụ 6,1 triệu tờ", "6,1", 6100000, "count", "tờ",
      change=C("increase", 14.5, "%", "cùng kỳ năm 2022"),
      subject="giấy dó các hộ tiêu thụ", period=M8),
    F("ước đạt 21,4 tỷ", "21,4", 21400000000, "money", "đồng", status="estimate",
      subject="doanh thu các hộ làm giấy dó", period=M8),
    F("từ 3.000 đến 5.000", "3.000", 3000, "money", "đồng/tờ", value_max=5000,
      subject="giá giấy dó phổ thông"),
    F("khổ 60 x", "60", 60, "measure", "cm", optional=True, subject="khổ giấy dó loại dày"),
    F("x 90 cm", "90", 90, "measure", "cm", optional=True, subject="khổ giấy dó loại dày"),
    F("giá 25.000 đồng/tờ", "25.000", 25000, "money", "đồng/tờ",
      subject="giá giấy dó loại dày khổ 60 x 90 cm"),
    F("khoảng 180 tấn", "180", 180, "measure", "tấn/năm", approx="about",
      subject="vỏ dó khô làng dùng mỗi năm"),
    F("bình quân 32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg",
      subject="giá mua vỏ dó khô bình quân"),
    F("hơn 10 công đoạn", "10", 10, "count", "công đoạn", approx="over",
      subject="công đoạn làm một tờ giấy dó"),
    F("có 12 lao động", "12", 12, "count", "lao động",
      subject="lao động của cơ sở giấy dó anh Ngô Văn Thắng"),
    F("được 1.500-1.800 tờ", "1.500", 1500, "measure", "tờ/ngày", value_max=1800,
      subject="giấy cơ sở xeo được mỗi ngày"),
    F("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=9000000,
      subject="thu nhập thợ xeo"),
    F("hai lô giấy", "hai", 2, "count", "lô", subject="lô giấy cơ sở xuất sang Nhật Bản", period=Y22),
    F("khoảng 15.000 USD", "15.000", 15000, "money", "USD", approx="about",
      subject="tổng giá trị lô giấy xuất khẩu", period=Y22),
    F("ít nhất 60 hộ", "60", 60, "count", "hộ", approx="at_least", status="target",
      subject="hộ làm nghề giấy dó duy trì", period=Y23),
    F("đưa 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
      subject="sản phẩm giấy dó đạt chuẩn OCOP 4 sao", period=Y23),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%",
      subject="tỷ lệ hỗ trợ kinh phí mua máy nghiền vỏ dó"),
    F("tối đa 30 triệu", "30", 30000000, "money", "đồng/hộ", approx="at_most",
      subject="mức hỗ trợ mua máy nghiền vỏ dó"),
]

NOTES = [
    "Province portal (Bắc Ninh): làng giấy Dương Ổ, phường Phong Khê, TP Bắc Ninh (TP Bắc Ninh reduces to Bắc Ninh).",
    "Dateline 'Cập nhật: 12/09/2023 14:20 | Lượt xem: 2.417'. Distractors: 2.417 views, 14:20, 'số 27 đường Phong Khê',",
    "'Quyết định số 1156/QĐ-UBND', hotline 0222.3821.456, 'OCOP 4 sao' (a rating), 'một tờ giấy' (generic, not a count), năm 2018 (baseline).",
    "Per-time outputs ('mỗi năm', 'mỗi ngày') are rates: kind measure, the time in the unit. The paper size 60 x 90 cm names a product grade: optional.",
    "62% after 'trong đó ... chiếm' is a share of the 8,7 million sheets stated without a base amount of its own: a percent figure of its own.",
    "'doanh thu ước đạt' after ';' stays in the sentence of '8 tháng đầu năm 2023': period scored. The support rule (50%, tối đa 30 triệu) is actual, no period.",
]

if __name__ == "__main__":
    write("p1237-1", TEXT, NOTES, FIGS, published="2023-09-12", location="Bắc Ninh")
