"""p1520-1: province portal (Cổng TTĐT tỉnh Bắc Ninh): frame output 9 months of 2024, Thuận Thành, Đông Hồ workshop."""
from lib import F, P, year, inh, ch, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, sản lượng khung tranh, khung ảnh của Bắc Ninh tăng 8,2%

Cập nhật: 15/10/2024 08:40 | Lượt xem: 1.286

Theo Sở Công Thương, 9 tháng đầu năm 2024, các cơ sở trên địa bàn tỉnh sản xuất ước đạt 1,35 triệu khung tranh, khung ảnh, tăng 8,2% so với cùng kỳ năm 2023, bằng 76,5% kế hoạch năm. Trong đó, khung gỗ tự nhiên ước khoảng 820.000 chiếc, khung gỗ ép phủ PS khoảng 530.000 chiếc. Giá trị sản xuất ước đạt 412 tỷ đồng, tăng 11,4%.

Toàn tỉnh hiện có 146 cơ sở làm khung, thu hút hơn 2.300 lao động, thu nhập bình quân từ 7 đến 9 triệu đồng/người/tháng. Thị xã Thuận Thành là nơi tập trung nhiều nhất với 87 cơ sở, chiếm 59,6% số cơ sở toàn tỉnh.

Tại làng tranh Đông Hồ (thị xã Thuận Thành), cơ sở Khung tranh Tuấn Minh của ông Nguyễn Văn Tuấn có công suất khoảng 6.000 khung/tháng, gấp đôi năm 2022. Giá bán khung tranh dân gian khổ nhỏ từ 35.000 đến 60.000 đồng/chiếc; khung gỗ mít chạm khắc có giá trên 1,2 triệu đồng/chiếc. Từ đầu năm đến nay, cơ sở đã xuất sang Nhật Bản gần 9.000 sản phẩm.

Quý IV, các doanh nghiệp tập trung làm đơn hàng phục vụ Tết Nguyên đán Ất Tỵ 2025. Năm 2025, tỉnh phấn đấu sản lượng khung tranh, khung ảnh đạt 2 triệu chiếc; mục tiêu đến năm 2030 có ít nhất 5 sản phẩm khung tranh đạt chuẩn OCOP 4 sao.

Tin liên quan:
- Bắc Ninh khai mạc Hội chợ làng nghề lần thứ 3
- Hướng dẫn hồ sơ đăng ký nhãn hiệu tập thể "Khung tranh Đông Hồ"
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TT = "Thuận Thành"

FIGS = [
    F("Bắc Ninh tăng 8,2%", "8,2", 8.2, "percent", "%",
      subject="sản lượng khung tranh, khung ảnh của Bắc Ninh",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("ước đạt 1,35 triệu", "1,35", 1.35e6, "count", "khung tranh, khung ảnh", status="estimate",
      change=ch("increase", 8.2, "%", "cùng kỳ năm 2023"), percent=76.5,
      subject="khung tranh, khung ảnh các cơ sở trên địa bàn tỉnh sản xuất", period=M9),
    F("ước khoảng 820.000 chiếc", "820.000", 820000, "count", "chiếc", approx="about", status="estimate",
      total=1.35e6, subject="khung gỗ tự nhiên", period=inh(M9)),
    F("khoảng 530.000 chiếc", "530.000", 530000, "count", "chiếc", approx="about", status="estimate",
      total=1.35e6, subject="khung gỗ ép phủ PS", period=inh(M9)),
    F("ước đạt 412 tỷ", "412", 412e9, "money", "đồng", status="estimate", change=ch("increase", 11.4),
      subject="giá trị sản xuất", period=inh(M9)),
    F("có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở làm khung"),
    F("hơn 2.300 lao động", "2.300", 2300, "count", "lao động", approx="over",
      subject="lao động các cơ sở làm khung thu hút"),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập bình quân"),
    F("với 87 cơ sở", "87", 87, "count", "cơ sở", percent=59.6,
      subject="cơ sở làm khung", location=TT),
    F("khoảng 6.000 khung/tháng", "6.000", 6000, "measure", "khung/tháng", approx="about",
      change=ch("increase", 2, "lần", "năm 2022"),
      subject="công suất cơ sở Khung tranh Tuấn Minh", location=TT),
    F("từ 35.000 đến 60.000", "35.000", 35000, "money", "đồng/chiếc", value_max=60000,
      subject="giá bán khung tranh dân gian khổ nhỏ", location=TT),
    F("trên 1,2 triệu", "1,2", 1.2e6, "money", "đồng/chiếc", approx="over",
      subject="giá khung gỗ mít chạm khắc", location=TT),
    F("gần 9.000 sản phẩm", "9.000", 9000, "count", "sản phẩm", approx="nearly",
      subject="sản phẩm cơ sở xuất sang Nhật Bản", location=TT,
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")),
    F("đạt 2 triệu chiếc", "2", 2e6, "count", "chiếc", status="target",
      subject="sản lượng khung tranh, khung ảnh", period=year("Năm 2025", 2025)),
    F("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm khung tranh đạt chuẩn OCOP 4 sao", period=P("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 08:40 | Lượt xem: 1.286', related links.",
    "Distractors: 'Lượt xem: 1.286', times, 'Ất Tỵ 2025', 'OCOP 4 sao', 'lần thứ 3', 'Quý IV' (no figure), 'PS' (a material).",
    "Headline 'tăng 8,2%' is a growth rate as the claim: percent figure, no change; '9 tháng' takes 2024 from the dateline; no cue, so actual.",
    "'Trong đó' parts (820.000 + 530.000 = 1,35 triệu) take the whole as total; both carry 'ước' (estimate). The 9-month period of the",
    "parts and of 412 tỷ stands in the earlier sentence (inherited). 'bằng 76,5% kế hoạch năm' is the percent of 1,35 triệu.",
    "'gấp đôi năm 2022' after the capacity is its change (2 lần). Đông Hồ passage located in Thuận Thành (named in the bracket).",
    "'Từ đầu năm đến nay' ends at the dateline. 'hiện' standing counts and prices have no period.",
]

if __name__ == "__main__":
    write("p1520-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Bắc Ninh")
