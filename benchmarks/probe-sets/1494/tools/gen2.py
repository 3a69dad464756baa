"""p1494-2: district-level portal (Cổng TTĐT thị xã Hồng Lĩnh, Hà Tĩnh): làng rèn Trung Lương, 9 tháng 2024."""
from lib import F, period, year, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HỒNG LĨNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

Nghề rèn Trung Lương 9 tháng đạt giá trị sản xuất hơn 61 tỷ đồng

18/10/2024 - 14:05

Theo báo cáo của UBND phường Trung Lương, 9 tháng đầu năm 2024, giá trị sản xuất của làng nghề rèn đạt hơn 61 tỷ đồng, tăng 7,2% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Toàn phường có 146 cơ sở rèn đang hoạt động, gồm 9 doanh nghiệp, 12 tổ hợp tác và 125 hộ cá thể, giải quyết việc làm cho gần 600 lao động.

Sản phẩm chủ yếu là dao, kéo, liềm, rựa và dụng cụ nhà bếp. Mỗi ngày, một lò rèn bình quân làm ra từ 40 đến 50 con dao; thu nhập của thợ chính đạt 9-12 triệu đồng/tháng. Riêng quý III, các cơ sở tiêu thụ khoảng 185.000 sản phẩm, trong đó hơn 30% được bán qua các sàn thương mại điện tử.

Công ty TNHH Cơ khí rèn Hồng Sơn, tại số 27 đường Nguyễn Ái Quốc, là đơn vị lớn nhất với 48 công nhân. Năm 2023, công ty đầu tư hai máy búa hơi và một lò tôi cao tần với tổng kinh phí 2,3 tỷ đồng, nâng năng suất gấp 1,5 lần.

Thị xã đặt mục tiêu đến năm 2025 giá trị sản xuất làng nghề rèn đạt 90 tỷ đồng, có ít nhất 2 sản phẩm OCOP 4 sao. Từ đầu năm đến nay, thị xã đã hỗ trợ 15 cơ sở vay vốn với tổng số tiền 4,5 tỷ đồng.

Nguồn: Phòng Kinh tế thị xã

Tin khác:
- Hồng Lĩnh: Khai mạc Lễ hội văn hóa Hồng Sơn năm 2024
- Hướng dẫn số 12/HD-UBND về bình xét danh hiệu làng nghề

Địa chỉ: Số 02 đường Nguyễn Ái Quốc, phường Bắc Hồng, thị xã Hồng Lĩnh, tỉnh Hà Tĩnh
Điện thoại: 0239.3831.026
"""

H9 = period("9 tháng", "2024-01-01", "2024-09-30")
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = period("quý III", "2024-07-01", "2024-09-30")
Y23 = year("Năm 2023", 2023)
T25 = period("đến năm 2025", None, "2025-12-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-18")

FIGS = [
    F("9 tháng đạt giá trị sản xuất hơn 61", "61", 61e9, "money", "đồng", approx="over",
      subject="giá trị sản xuất nghề rèn Trung Lương", per=H9),
    F("rèn đạt hơn 61", "61", 61e9, "money", "đồng", approx="over", percent=76,
      change=change("increase", 7.2, "%", "cùng kỳ năm 2023"),
      subject="giá trị sản xuất của làng nghề rèn", per=M9),
    F("có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở rèn đang hoạt động"),
    F("gồm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=146, subject="doanh nghiệp"),
    F("12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", total=146, subject="tổ hợp tác"),
    F("125 hộ cá thể", "125", 125, "count", "hộ", total=146, subject="hộ cá thể"),
    F("gần 600 lao động", "600", 600, "count", "lao động", approx="nearly",
      subject="lao động được giải quyết việc làm"),
    F("từ 40 đến 50 con dao", "40", 40, "measure", "con dao/ngày", value_max=50,
      subject="dao một lò rèn bình quân làm ra mỗi ngày"),
    F("đạt 9-12 triệu", "9", 9e6, "money", "đồng/tháng", value_max=12e6,
      subject="thu nhập của thợ chính"),
    F("khoảng 185.000 sản phẩm", "185.000", 185000, "count", "sản phẩm", approx="about",
      subject="sản phẩm các cơ sở tiêu thụ", per=Q3),
    F("hơn 30%", "30", 30, "percent", "%", approx="over",
      subject="tỷ lệ sản phẩm bán qua các sàn thương mại điện tử", per=Q3),
    F("với 48 công nhân", "48", 48, "count", "công nhân",
      subject="công nhân Công ty TNHH Cơ khí rèn Hồng Sơn"),
    F("hai máy búa hơi", "hai", 2, "count", "máy búa hơi", subject="máy búa hơi công ty đầu tư", per=Y23),
    F("một lò tôi cao tần", "một", 1, "count", "lò tôi cao tần", subject="lò tôi cao tần công ty đầu tư",
      per=Y23),
    F("kinh phí 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", subject="tổng kinh phí đầu tư", per=Y23),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="năng suất", per=Y23),
    F("đạt 90 tỷ", "90", 90e9, "money", "đồng", status="target",
      subject="giá trị sản xuất làng nghề rèn", per=T25),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm OCOP 4 sao", per=T25),
    F("hỗ trợ 15 cơ sở", "15", 15, "count", "cơ sở", subject="cơ sở được hỗ trợ vay vốn", per=YTD),
    F("tiền 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", subject="tổng số tiền hỗ trợ vay vốn", per=YTD),
]

NOTES = [
    "District-level portal (thị xã Hồng Lĩnh, Hà Tĩnh): banner, menu, '18/10/2024 - 14:05', 'Nguồn:', 'Tin khác', address and phone footer.",
    "Phường Trung Lương lies in thị xã Hồng Lĩnh: location Hồng Lĩnh for all figures.",
    "Headline '9 tháng' takes the year of published (2024). 'bằng 76% kế hoạch năm' → percent attribute of 61 tỷ.",
    "'gồm 9 doanh nghiệp, 12 tổ hợp tác và 125 hộ cá thể' add up to 146 → total 146.",
    "'Mỗi ngày, một lò rèn ... từ 40 đến 50 con dao' is a rate: measure, unit 'con dao/ngày' ('một lò rèn' is the denominator).",
    "'hơn 30%' after 'trong đó' is a percent figure of its own. 'nâng năng suất gấp 1,5 lần' stands alone: multiple.",
    "Distractors: 'số 27 đường', 'Số 02 đường', phone 0239.3831.026, 'Hướng dẫn số 12/HD-UBND', 'OCOP 4 sao', 'năm 2024' in a link, 14:05.",
]

if __name__ == "__main__":
    write("p1494-2", TEXT, NOTES, FIGS, published="2024-10-18", location="Hồng Lĩnh")
