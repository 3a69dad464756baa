"""p1460-2: district portal (huyện Nam Trực, Nam Định): làng nghề cơ khí Vân Chàng making locks."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH
Trang chủ / Kinh tế / Làng nghề

Làng nghề cơ khí Vân Chàng mở rộng sản xuất khóa
18/06/2024 - 08:40

Làng nghề cơ khí Vân Chàng (thị trấn Nam Giang) hiện có 126 hộ và 9 doanh nghiệp tham gia sản xuất khóa, bản lề và phụ kiện cửa, trong đó khoảng ba chục hộ chuyên làm ổ khóa; giải quyết việc làm cho hơn 800 lao động. Năm 2023, giá trị sản xuất của làng nghề đạt gần 420 tỷ đồng, vượt 5% kế hoạch, trong đó sản phẩm khóa chiếm khoảng 45%.

Ông Trần Văn Lực, chủ cơ sở cơ khí Lực Thành ở xóm 4, cho biết xưởng của gia đình có 3 máy dập và 2 máy tiện CNC, mỗi tháng làm ra khoảng 25.000 ổ khóa các loại, giá bán buôn từ 35.000 đến 120.000 đồng/chiếc. Xưởng có 14 lao động, trong đó 6 lao động nữ, lương bình quân 8,5 triệu đồng/người/tháng. 5 tháng đầu năm 2024, doanh thu của cơ sở đạt khoảng 3,6 tỷ đồng, tăng 15% so với cùng kỳ. Theo ông Lực, giá đồng thau nguyên liệu hiện khoảng 230.000 đồng/kg, tăng 12% so với đầu năm.

Năm 2024, huyện dành 1,2 tỷ đồng cho chương trình khuyến công, hỗ trợ 12 cơ sở đổi mới thiết bị với mức tối đa 100 triệu đồng/cơ sở. Mục tiêu đến năm 2025, giá trị sản xuất của làng nghề đạt 500 tỷ đồng, có ít nhất 2 sản phẩm khóa đạt chứng nhận OCOP 3 sao.

Tin khác:
- Nam Trực ra quân làm thủy lợi vụ Mùa năm 2024
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15

Địa chỉ: Số 35 đường Trần Hưng Đạo, thị trấn Nam Giang, huyện Nam Trực | Điện thoại: 0228.3827.156
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 126 hộ", "126", 126, "count", "hộ", subject="hộ tham gia sản xuất khóa, bản lề và phụ kiện cửa"),
    F("và 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      subject="doanh nghiệp tham gia sản xuất khóa, bản lề và phụ kiện cửa"),
    F("khoảng ba chục hộ", "ba chục", 30, "count", "hộ", approx="about", total=126,
      subject="hộ chuyên làm ổ khóa"),
    F("hơn 800 lao động", "800", 800, "count", "lao động", approx="over",
      subject="lao động được giải quyết việc làm"),
    F("gần 420 tỷ", "420", 420e9, "money", "đồng", approx="nearly",
      change=C("increase", 5, "%", "kế hoạch"),
      subject="giá trị sản xuất của làng nghề", period=Y23),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="tỷ trọng sản phẩm khóa trong giá trị sản xuất của làng nghề", period=Y23),
    F("có 3 máy dập", "3", 3, "count", "máy dập", subject="máy dập của xưởng"),
    F("và 2 máy tiện", "2", 2, "count", "máy tiện", subject="máy tiện CNC của xưởng"),
    F("khoảng 25.000 ổ khóa", "25.000", 25000, "measure", "ổ khóa/tháng", approx="about",
      subject="ổ khóa các loại xưởng làm ra mỗi tháng"),
    F("từ 35.000 đến 120.000", "35.000", 35000, "money", "đồng/chiếc", value_max=120000,
      subject="giá bán buôn ổ khóa"),
    F("có 14 lao động", "14", 14, "count", "lao động", subject="lao động của xưởng"),
    F("trong đó 6 lao động", "6", 6, "count", "lao động", total=14, subject="lao động nữ"),
    F("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", subject="lương bình quân"),
    F("khoảng 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", approx="about",
      change=C("increase", 15, "%", "cùng kỳ"), subject="doanh thu của cơ sở", period=M5),
    F("khoảng 230.000 đồng/kg", "230.000", 230000, "money", "đồng/kg", approx="about",
      change=C("increase", 12, "%", "đầu năm"), subject="giá đồng thau nguyên liệu"),
    F("dành 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
      subject="kinh phí huyện dành cho chương trình khuyến công", period=Y24),
    F("hỗ trợ 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở được hỗ trợ đổi mới thiết bị", period=Y24),
    F("tối đa 100 triệu", "100", 100e6, "money", "đồng/cơ sở", approx="at_most",
      subject="mức hỗ trợ đổi mới thiết bị", period=Y24),
    F("đạt 500 tỷ", "500", 500e9, "money", "đồng", status="target",
      subject="giá trị sản xuất của làng nghề", period=TO25),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm khóa đạt chứng nhận OCOP 3 sao", period=TO25),
]

NOTES = [
    "District portal (huyện Nam Trực, Nam Định): banner naming the district, breadcrumb, '18/06/2024 - 08:40' under the headline, 'Tin khác', address footer.",
    "Distractors: 08:40, 'xóm 4', 'OCOP 3 sao', 'lần thứ 15', 'năm 2024' in a link, 'Số 35 đường Trần Hưng Đạo', phone 0228.3827.156, 'CNC'.",
    "Location: every figure is in the district (thị trấn Nam Giang is a town, not a district): Nam Trực.",
    "'khoảng ba chục hộ' = 30 (number word, about) after 'trong đó' with whole 126 hộ; '9 doanh nghiệp' is a sibling, not its whole.",
    "'vượt 5% kế hoạch' is a change with baseline 'kế hoạch' (spec: gap to a plan). 'trong đó sản phẩm khóa chiếm khoảng 45%' is a percent",
    "figure of its own (a share inside the 420 tỷ, not the share of the 420 tỷ).",
    "'mỗi tháng làm ra khoảng 25.000 ổ khóa' is a rate: measure, 'ổ khóa/tháng'. Standing prices and 'hiện' figures get no period.",
    "'Năm 2024, huyện dành ..., hỗ trợ 12 cơ sở ... tối đa 100 triệu' all carry năm 2024. 'Mục tiêu đến năm 2025' -> target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1460-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Nam Trực")
