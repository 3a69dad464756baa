"""p1517-2: district portal (huyện Văn Lâm, Hưng Yên): a calendar printing company in KCN Như Quỳnh A, Tết Giáp Thìn 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế

Doanh nghiệp in lịch tăng tốc phục vụ Tết Giáp Thìn 2024

05/12/2023 - 14:10

Toàn huyện hiện có 14 cơ sở in, trong đó 3 cơ sở chuyên in lịch. Năm 2023, các cơ sở này dự kiến cung ứng ra thị trường khoảng 9 triệu bản lịch, chiếm hơn 20% sản lượng lịch của tỉnh.

Lớn nhất là Công ty cổ phần In và Thương mại Minh Khang tại Khu công nghiệp Như Quỳnh A. Những ngày này, mỗi ngày công ty xuất xưởng khoảng 12.000 cuốn lịch bloc; riêng máy đóng bloc tự động đạt công suất 1.500 cuốn/giờ. Giá bán buôn lịch bloc đại từ 45.000 đến 60.000 đồng/cuốn, lịch bloc cực đại 85.000 đồng/cuốn. Khoảng 70% sản phẩm được tiêu thụ tại Hà Nội và các tỉnh phía Bắc.

11 tháng năm 2023, doanh thu của công ty đạt 96 tỷ đồng, tăng 11% so với cùng kỳ, bằng 92% kế hoạch năm; nộp ngân sách 4,3 tỷ đồng. Công ty giải quyết việc làm cho 150 lao động địa phương với thu nhập bình quân 8,5 triệu đồng/người/tháng; từ tháng 9 đến tháng 12, công ty tuyển thêm ba chục lao động thời vụ.

Năm 2024, công ty phấn đấu doanh thu đạt 110 tỷ đồng và đầu tư thêm một máy in offset Komori Lithrone G40 trị giá khoảng 7 tỷ đồng.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Văn Lâm tổng kết công tác chuyển đổi số năm 2023
- Hội nghị đối thoại với doanh nghiệp trên địa bàn huyện

UBND huyện Văn Lâm - Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên
Điện thoại: 0221.3985.123
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
M11 = period("11 tháng năm 2023", "2023-01-01", "2023-11-30")
SEP_DEC = period("từ tháng 9 đến tháng 12", "2023-09-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở in"),
    F("trong đó 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở chuyên in lịch", total=14),
    F("khoảng 9 triệu", "9", 9e6, "count", "bản", "bản lịch các cơ sở cung ứng ra thị trường", Y23,
      approx="about", status="forecast", percent=20),
    F("khoảng 12.000 cuốn", "12.000", 12000, "measure", "cuốn/ngày", "lịch bloc công ty xuất xưởng mỗi ngày",
      approx="about"),
    F("suất 1.500 cuốn/giờ", "1.500", 1500, "measure", "cuốn/giờ", "công suất máy đóng bloc tự động"),
    F("từ 45.000 đến 60.000", "45.000", 45000, "money", "đồng/cuốn", "giá bán buôn lịch bloc đại", value_max=60000),
    F("cực đại 85.000", "85.000", 85000, "money", "đồng/cuốn", "giá bán buôn lịch bloc cực đại"),
    F("Khoảng 70% sản phẩm", "70", 70, "percent", "%", "sản phẩm được tiêu thụ tại Hà Nội và các tỉnh phía Bắc",
      approx="about"),
    F("đạt 96 tỷ", "96", 96e9, "money", "đồng", "doanh thu của công ty", M11,
      change=change("increase", 11, "%", "cùng kỳ"), percent=92),
    F("ngân sách 4,3 tỷ", "4,3", 4.3e9, "money", "đồng", "nộp ngân sách của công ty", M11),
    F("cho 150 lao động", "150", 150, "count", "lao động", "lao động địa phương công ty giải quyết việc làm"),
    F("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("thêm ba chục lao động", "ba chục", 30, "count", "lao động", "lao động thời vụ công ty tuyển thêm", SEP_DEC),
    F("đạt 110 tỷ", "110", 110e9, "money", "đồng", "doanh thu của công ty", Y24, status="target"),
    F("thêm một máy in", "một", 1, "count", "máy in offset", "máy in offset công ty đầu tư thêm", Y24,
      status="target"),
    F("khoảng 7 tỷ", "7", 7e9, "money", "đồng", "giá trị máy in offset đầu tư thêm", Y24, approx="about",
      status="target"),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, breadcrumb, '05/12/2023 - 14:10', 'Nguồn:', 'Tin khác', address and phone footer.",
    "All figures describe the district or a company in its industrial park: location Văn Lâm.",
    "'chiếm hơn 20% sản lượng lịch của tỉnh' is the percent attribute (20) of the 9 triệu forecast; 'bằng 92% kế hoạch năm' the attribute of 96 tỷ.",
    "'mỗi ngày ... khoảng 12.000 cuốn' is a rate: measure, cuốn/ngày. 'ba chục' = 30.",
    "'Khoảng 70% sản phẩm được tiêu thụ tại Hà Nội ...': Hà Nội is a market, not the figure's place.",
    "'phấn đấu' governs 'và đầu tư thêm một máy in ... khoảng 7 tỷ đồng': target. The 150 workers and the wage carry no period.",
    "Distractors: 'Komori Lithrone G40', 'Như Quỳnh A', 'Giáp Thìn 2024', 14:10, phone 0221.3985.123.",
]

if __name__ == "__main__":
    write("p1517-2", TEXT, NOTES, FIGS, published="2023-12-05", location="Văn Lâm")
