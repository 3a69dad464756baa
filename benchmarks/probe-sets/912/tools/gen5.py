"""p912-5: Party/provincial newspaper (Báo Long An), detergent company in Đức Hòa; byline + bare date at the end."""
from lib import F, P, C, write

TEXT = """BÁO LONG AN ONLINE > Kinh tế > Doanh nghiệp

Doanh nghiệp hóa phẩm Đức Hòa vươn ra thị trường khu vực

Từ một xưởng nhỏ với 12 công nhân năm 2012, đến nay Công ty TNHH Hóa phẩm Phương Nam (ấp 3, xã Đức Hòa Hạ, huyện Đức Hòa) đã có nhà máy rộng 3,2 ha với công suất 60.000 tấn nước giặt, nước rửa chén mỗi năm.

Năm 2023, công ty sản xuất 41.800 tấn sản phẩm, doanh thu đạt 1.120 tỷ đồng, tăng 14% so với năm 2022; nộp ngân sách hơn 86 tỷ đồng. Khoảng 30% sản lượng được xuất khẩu sang Campuchia, Myanmar và một số nước châu Phi.

Công ty hiện có 430 lao động, trong đó 65 kỹ sư, cử nhân; thu nhập bình quân 11,3 triệu đồng/người/tháng. Ông Trần Văn Bảy, Giám đốc công ty, cho biết nguyên liệu chính là LAS và dầu cọ, chi phí nguyên liệu chiếm 68% giá thành. "Quý I/2024 vừa qua, giá dầu cọ tăng gần 20% khiến lợi nhuận giảm", ông Bảy nói.

Dự kiến đến cuối năm 2024, công ty đưa dây chuyền thứ 3 vào vận hành với tổng vốn đầu tư khoảng 150 tỷ đồng, nâng công suất lên 90.000 tấn/năm, tạo thêm 120 việc làm.

Theo Sở Công Thương, toàn tỉnh Long An hiện có 18 doanh nghiệp sản xuất chất tẩy rửa, chủ yếu tại Đức Hòa, Bến Lức và Cần Giuộc. Năm 2023, giá trị sản xuất của nhóm ngành này đạt khoảng 4.600 tỷ đồng, chiếm 1,2% giá trị sản xuất công nghiệp toàn tỉnh. Tỉnh đặt mục tiêu đến năm 2025 có 25 doanh nghiệp sản xuất chất tẩy rửa, trong đó ít nhất 5 doanh nghiệp xuất khẩu trực tiếp.

Nhà máy của công ty nằm trên Tỉnh lộ 822, cách TP Hồ Chí Minh khoảng 35 km.

NGỌC MẪN
24/04/2024
"""

CO = "Công ty TNHH Hóa phẩm Phương Nam"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("đến cuối năm 2024", None, "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LA = "Long An"
# revised after scoring: 'đến nay' in the first sentence is an as-of phrase ending at the byline date (spec: '… đến nay' → published)
NOW = P("đến nay", None, "2024-04-24")
FIGS = [
    F("với 12 công nhân", "12", 12, "count", "công nhân", f"công nhân của xưởng {CO}",
      P("năm 2012", "2012-01-01", "2012-12-31")),
    F("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích nhà máy", NOW),
    F("công suất 60.000 tấn", "60.000", 60000, "measure", "tấn/năm", "công suất nước giặt, nước rửa chén", NOW),
    F("sản xuất 41.800 tấn", "41.800", 41800, "measure", "tấn", "sản phẩm công ty sản xuất", Y23),
    F("đạt 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "doanh thu công ty", Y23,
      change=C("increase", 14, baseline="năm 2022")),
    F("hơn 86 tỷ đồng", "86", 86e9, "money", "đồng", "nộp ngân sách", Y23, approx="over"),
    F("Khoảng 30% sản lượng", "30", 30, "percent", "%", "sản lượng được xuất khẩu",
      P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True), approx="about"),
    F("có 430 lao động", "430", 430, "count", "lao động", "lao động của công ty"),
    F("trong đó 65 kỹ sư", "65", 65, "count", "kỹ sư, cử nhân", "kỹ sư, cử nhân của công ty", total=430),
    F("bình quân 11,3 triệu đồng/người/tháng", "11,3", 11.3e6, "money", "đồng/người/tháng",
      "thu nhập bình quân người lao động"),
    F("chiếm 68% giá thành", "68", 68, "percent", "%", "chi phí nguyên liệu trong giá thành"),
    F("tăng gần 20%", "20", 20, "percent", "%", "giá dầu cọ", P("Quý I/2024", "2024-01-01", "2024-03-31"),
      approx="nearly"),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "tổng vốn đầu tư dây chuyền mới", E24,
      approx="about", status="forecast"),
    F("lên 90.000 tấn/năm", "90.000", 90000, "measure", "tấn/năm", "công suất nhà máy", E24, status="forecast"),
    F("thêm 120 việc làm", "120", 120, "count", "việc làm", "việc làm tạo thêm", E24, status="forecast"),
    F("có 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp", "doanh nghiệp sản xuất chất tẩy rửa", location=LA),
    F("khoảng 4.600 tỷ đồng", "4.600", 4600e9, "money", "đồng", "giá trị sản xuất nhóm ngành chất tẩy rửa", Y23,
      approx="about", percent=1.2, location=LA),
    F("có 25 doanh nghiệp", "25", 25, "count", "doanh nghiệp", "doanh nghiệp sản xuất chất tẩy rửa", T25,
      status="target", location=LA),
    F("ít nhất 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu trực tiếp", T25,
      approx="at_least", total=25, status="target", location=LA),
    F("khoảng 35 km", "35", 35, "measure", "km", "khoảng cách từ nhà máy đến TP Hồ Chí Minh", approx="about",
      optional=True),
]

NOTES = [
    "Báo Long An (invented): Công ty TNHH Hóa phẩm Phương Nam ở huyện Đức Hòa; company figures have location Đức Hòa (the district the",
    "text places it in), the province's figures (Sở Công Thương, 'toàn tỉnh Long An') have Long An. Byline 'NGỌC MẪN' + bare date 24/04/2024.",
    "'Dự kiến đến cuối năm 2024' → forecast with an as-of period for the three figures of that sentence; 'Tỉnh đặt mục tiêu' → target.",
    "revised: 3,2 ha and 60.000 tấn get the as-of period 'đến nay' (end 2024-04-24), missed in the first annotation.",
    "'dây chuyền thứ 3' (ordinal), 'ấp 3', 'Tỉnh lộ 822', 'Ông Trần Văn Bảy' are not figures; 'cách … khoảng 35 km' is optional.",
]

if __name__ == "__main__":
    write("p912-5", TEXT, NOTES, FIGS, published="2024-04-24", location="Đức Hòa")
