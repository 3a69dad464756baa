"""p1512-2: district portal (huyện Nam Trực, Nam Định): the Vân Chàng metal craft village turns to folding racks and ironing boards."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Làng nghề cơ khí Vân Chàng chuyển mình với giá phơi, cầu là inox

20/05/2024 - 10:30

Những năm gần đây, làng nghề cơ khí Vân Chàng (xã Nam Thanh) chuyển hướng sang sản xuất đồ gia dụng gấp gọn bằng inox như giá phơi quần áo, cầu là, kệ gấp. Hiện toàn làng có 215 hộ làm nghề, trong đó 68 hộ chuyên sản xuất giá phơi và cầu là, thu hút khoảng 1.400 lao động thường xuyên với thu nhập từ 8 đến 12 triệu đồng/người/tháng.

Năm 2023, giá trị sản xuất của làng nghề đạt 520 tỷ đồng, tăng 11,5% so với năm 2022; riêng nhóm sản phẩm gấp gọn chiếm 38%. Mỗi tháng, các hộ xuất bán ra thị trường khoảng 45 nghìn chiếc giá phơi và gần 20.000 chiếc cầu là, chủ yếu cho các tỉnh phía Bắc.

Ông Trần Văn Hưởng, chủ cơ sở cơ khí Hưởng Thịnh ở xóm 4, cho biết xưởng có 12 công nhân, mỗi ngày làm ra khoảng 300 bộ giá phơi gấp gọn, giá bán buôn từ 180.000 đến 450.000 đồng/bộ tùy kích cỡ. Năm nay, cơ sở dự kiến đầu tư thêm hai máy chấn CNC với kinh phí khoảng 1,5 tỷ đồng.

Để hỗ trợ làng nghề, năm 2024 UBND huyện phấn đấu có thêm 5 sản phẩm đạt chuẩn OCOP 3 sao trở lên, trong đó ít nhất 2 sản phẩm đồ gia dụng gấp gọn; hoàn thành Cụm công nghiệp Nam Thanh giai đoạn 2 với diện tích 48 ha, thu hút 30-35 cơ sở di dời khỏi khu dân cư.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Nam Trực

Tin khác:
- Nam Trực sơ kết công tác 6 tháng đầu năm 2024
- Xã Nam Thanh ra mắt mô hình "Khu dân cư văn minh"

UBND huyện Nam Trực - Thị trấn Nam Giang, huyện Nam Trực, tỉnh Nam Định. Điện thoại: 0228.3827.216
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 215 hộ", "215", 215, "count", "hộ", subject="hộ làm nghề"),
    F("trong đó 68 hộ", "68", 68, "count", "hộ", total=215,
      subject="hộ chuyên sản xuất giá phơi và cầu là"),
    F("khoảng 1.400 lao động", "1.400", 1400, "count", "lao động", approx="about",
      subject="lao động thường xuyên"),
    F("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
      subject="thu nhập của lao động"),
    F("đạt 520 tỷ", "520", 520e9, "money", "đồng", change=C("increase", 11.5, "%", "năm 2022"),
      subject="giá trị sản xuất của làng nghề", period=Y23),
    F("chiếm 38%", "38", 38, "percent", "%",
      subject="nhóm sản phẩm gấp gọn chiếm giá trị sản xuất", period=Y23),
    F("khoảng 45 nghìn chiếc", "45", 45000, "measure", "chiếc/tháng", approx="about",
      subject="giá phơi các hộ xuất bán ra thị trường mỗi tháng"),
    F("gần 20.000 chiếc", "20.000", 20000, "measure", "chiếc/tháng", approx="nearly",
      subject="cầu là các hộ xuất bán ra thị trường mỗi tháng"),
    F("có 12 công nhân", "12", 12, "count", "công nhân", subject="công nhân của xưởng"),
    F("khoảng 300 bộ", "300", 300, "measure", "bộ/ngày", approx="about",
      subject="giá phơi gấp gọn xưởng làm ra mỗi ngày"),
    F("từ 180.000 đến 450.000", "180.000", 180000, "money", "đồng/bộ", value_max=450000,
      subject="giá bán buôn giá phơi gấp gọn"),
    F("thêm hai máy", "hai", 2, "count", "máy", status="forecast",
      subject="máy chấn CNC cơ sở đầu tư thêm", period=NOW),
    F("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí đầu tư máy chấn CNC", period=NOW),
    F("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
      subject="sản phẩm đạt chuẩn OCOP 3 sao trở lên", period=Y24),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", total=5, status="target",
      subject="sản phẩm đồ gia dụng gấp gọn đạt chuẩn OCOP", period=Y24),
    F("tích 48 ha", "48", 48, "measure", "ha", status="target",
      subject="diện tích Cụm công nghiệp Nam Thanh giai đoạn 2", period=Y24),
    F("thu hút 30-35 cơ sở", "30", 30, "count", "cơ sở", value_max=35, status="target",
      subject="cơ sở di dời khỏi khu dân cư", period=Y24),
]

NOTES = [
    "District portal (huyện Nam Trực, Nam Định): banner naming the district, date '20/05/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Location: the district Nam Trực (xã Nam Thanh is a commune of it). Distractors: 'xóm 4', 'OCOP 3 sao', 'giai đoạn 2', '6 tháng đầu năm 2024' in a link, phone.",
    "'riêng nhóm sản phẩm gấp gọn chiếm 38%' is the share of a part in the 520 tỷ: a percent figure, not the 520's percent attribute.",
    "'Mỗi tháng ... 45 nghìn chiếc', 'mỗi ngày ... 300 bộ' are rates (measure, chiếc/tháng, bộ/ngày). 'khoảng' governs only the number after it.",
    "'Năm nay' = 2024 (published). 'dự kiến' → forecast; 'phấn đấu' governs the continuing clause after ';' (48 ha, 30-35 cơ sở) → target.",
    "'trong đó ít nhất 2 sản phẩm' follows the 5 products: total 5.",
]

if __name__ == "__main__":
    write("p1512-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Nam Trực")
