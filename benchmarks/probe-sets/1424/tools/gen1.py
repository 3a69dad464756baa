"""p1424-1: province portal (Thái Nguyên): tungsten and tin concentrate output, 9 months 2024; a mine in Đại Từ."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng quặng tinh vonfram 9 tháng ước đạt gần 4.200 tấn

Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng quặng tinh vonfram trên địa bàn tỉnh ước đạt 4.180 tấn, tăng 7,3% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Sản lượng quặng tinh thiếc ước đạt 312 tấn, giảm 4,5% so với cùng kỳ.

Chỉ số sản xuất ngành khai khoáng 9 tháng tăng 6,1%, trong đó ngành khai thác quặng kim loại tăng 8,4%.

Toàn tỉnh hiện có 14 giấy phép khai thác quặng vonfram, thiếc còn hiệu lực, gồm 3 giấy phép do Bộ Tài nguyên và Môi trường cấp và 11 giấy phép do UBND tỉnh cấp.

Tại xã Hà Thượng, huyện Đại Từ, mỏ vonfram - đa kim của Công ty cổ phần Khoáng sản Phục Linh Xanh trong 9 tháng đã khai thác, chế biến khoảng 3,1 triệu tấn quặng nguyên khai, thu hồi 3.460 tấn quặng tinh vonfram, chiếm 82,8% sản lượng toàn tỉnh. Hàm lượng WO3 bình quân của quặng nguyên khai chỉ khoảng 0,18%. Doanh nghiệp sử dụng hơn 1.200 lao động, thu nhập bình quân 13,5 triệu đồng/người/tháng. Từ đầu năm đến nay, công ty nộp ngân sách 1.045 tỷ đồng, tăng 12% so với cùng kỳ.

Thu ngân sách từ hoạt động khai thác khoáng sản 9 tháng ước đạt 1.870 tỷ đồng, chiếm khoảng 15% tổng thu nội địa của tỉnh.

Quý IV, tỉnh phấn đấu sản xuất thêm 1.300 tấn quặng tinh vonfram, đưa sản lượng cả năm lên trên 5.480 tấn. Sở Tài nguyên và Môi trường dự kiến kiểm tra 8 mỏ theo Quyết định số 2156/QĐ-UBND ngày 12/9/2024 của UBND tỉnh.

Tin liên quan:
- Đại Từ đối thoại với doanh nghiệp khai khoáng năm 2024
- Thái Nguyên công bố chỉ số PCI 2023
"""

P9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
P9s = period("9 tháng", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
DT = "Đại Từ"

FIGS = [
    F("ước đạt gần 4.200 tấn", "4.200", 4200, "measure", "tấn", "sản lượng quặng tinh vonfram", P9s,
      approx="nearly", status="estimate"),
    F("ước đạt 4.180 tấn", "4.180", 4180, "measure", "tấn", "sản lượng quặng tinh vonfram trên địa bàn tỉnh", P9,
      change=change("increase", 7.3, "%", "cùng kỳ năm 2023"), percent=76.2, status="estimate"),
    F("ước đạt 312 tấn", "312", 312, "measure", "tấn", "sản lượng quặng tinh thiếc", inherit(P9),
      change=change("decrease", 4.5, "%", "cùng kỳ"), status="estimate"),
    F("tăng 6,1%", "6,1", 6.1, "percent", "%", "chỉ số sản xuất ngành khai khoáng", P9s),
    F("tăng 8,4%", "8,4", 8.4, "percent", "%", "chỉ số sản xuất ngành khai thác quặng kim loại", P9s),
    F("có 14 giấy phép", "14", 14, "count", "giấy phép", "giấy phép khai thác quặng vonfram, thiếc còn hiệu lực"),
    F("gồm 3 giấy phép", "3", 3, "count", "giấy phép", "giấy phép do Bộ Tài nguyên và Môi trường cấp", total=14),
    F("và 11 giấy phép", "11", 11, "count", "giấy phép", "giấy phép do UBND tỉnh cấp", total=14),
    F("khoảng 3,1 triệu tấn", "3,1", 3.1e6, "measure", "tấn",
      "quặng nguyên khai mỏ vonfram - đa kim khai thác, chế biến", P9s, approx="about", location=DT),
    F("thu hồi 3.460 tấn", "3.460", 3460, "measure", "tấn", "quặng tinh vonfram mỏ vonfram - đa kim thu hồi", P9s,
      percent=82.8, location=DT),
    F("khoảng 0,18%", "0,18", 0.18, "percent", "%", "hàm lượng WO3 bình quân của quặng nguyên khai",
      approx="about", location=DT),
    F("hơn 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động doanh nghiệp sử dụng",
      approx="over", location=DT),
    F("bình quân 13,5 triệu", "13,5", 13.5e6, "money", "đồng/người/tháng", "thu nhập bình quân", location=DT),
    F("ngân sách 1.045 tỷ", "1.045", 1045e9, "money", "đồng", "nộp ngân sách của công ty", YTD,
      change=change("increase", 12, "%", "cùng kỳ"), location=DT),
    F("ước đạt 1.870 tỷ", "1.870", 1870e9, "money", "đồng", "thu ngân sách từ hoạt động khai thác khoáng sản", P9s,
      percent=15, status="estimate"),
    F("thêm 1.300 tấn", "1.300", 1300, "measure", "tấn", "sản lượng quặng tinh vonfram sản xuất thêm", Q4,
      status="target"),
    F("trên 5.480 tấn", "5.480", 5480, "measure", "tấn", "sản lượng quặng tinh vonfram cả năm", YEAR,
      approx="over", status="target"),
    F("kiểm tra 8 mỏ", "8", 8, "count", "mỏ", "mỏ Sở Tài nguyên và Môi trường kiểm tra", status="forecast"),
]

NOTES = [
    "Province portal (Thái Nguyên): tungsten/tin concentrate output 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'WO3' (formula), Quyết định số 2156/QĐ-UBND ngày 12/9/2024, 'năm 2024' and 'PCI 2023' in link titles.",
    "Headline '9 tháng' takes 2024 from the dateline. 312 tấn: period stated in the previous sentence (inherited); 'ước đạt' gives estimate.",
    "'trong đó ngành khai thác quặng kim loại tăng 8,4%': a growth rate of a sub-sector, not a part of 6,1% -> its own percent figure, no total.",
    "Mine passage in huyện Đại Từ: location Đại Từ; 'Từ đầu năm đến nay' ends at the dateline 2024-10-10.",
    "'chiếm khoảng 15%' after 1.870 tỷ: percent attribute 15. 'dự kiến kiểm tra 8 mỏ': forecast, no period in its sentence.",
]

if __name__ == "__main__":
    write("p1424-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Thái Nguyên")
