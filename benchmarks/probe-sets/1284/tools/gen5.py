"""p1284-5: national newspaper: frost and ice on Mẫu Sơn, Sa Pa; fog on mountain passes; forecast (22/1/2024)."""
from lib import F, period, inherited, change, target, write

TEXT = """Thời sự > Thời tiết

Thứ hai, 22/1/2024, 07:20 (GMT+7)

Đỉnh Mẫu Sơn âm 2 độ C, băng giá phủ trắng

Không khí lạnh tăng cường khiến vùng núi phía Bắc rét hại, nhiều nơi xuất hiện băng giá, sương muối; nhiệt độ ở Mẫu Sơn xuống âm 2 độ C.

Sáng 22/1, theo Trung tâm Dự báo khí tượng thủy văn quốc gia, nhiệt độ thấp nhất đo được tại Mẫu Sơn (Lạng Sơn) là -2 độ C, Sa Pa (Lào Cai) -1,2 độ C, Đồng Văn (Hà Giang) 0,5 độ C, Mù Cang Chải (Yên Bái) 1,8 độ C. Tại Hà Nội, nhiệt độ thấp nhất 9 độ C.

Trên đèo Khau Phạ (Yên Bái), sương mù dày đặc, tầm nhìn xa dưới 50 m; cơ quan chức năng khuyến cáo tài xế giảm tốc độ, bật đèn sương mù, giữ khoảng cách an toàn.

Băng giá xuất hiện từ rạng sáng, khiến nhiều du khách đổ về Mẫu Sơn. Ban quản lý khu du lịch cho biết hôm qua khu du lịch đón khoảng 5.000 lượt khách, gấp 3 lần ngày thường.

Ông Trần Quang Đạt, Trưởng phòng Dự báo thời tiết của trung tâm, dự báo đợt rét kéo dài đến ngày 26/1, vùng núi Bắc Bộ nhiệt độ thấp nhất phổ biến 1-4 độ C, vùng núi cao có nơi dưới 0 độ C; từ ngày 27/1, nhiệt độ tăng 3-5 độ C.

Theo Cục Chăn nuôi (Bộ Nông nghiệp và Phát triển nông thôn), cả nước hiện có khoảng 8,2 triệu con trâu, bò, trong đó trên 40% tập trung ở trung du, miền núi phía Bắc. Năm 2008, đợt rét kéo dài 38 ngày làm hơn 60.000 con trâu, bò chết, thiệt hại gần 400 tỷ đồng. Cục đề nghị các địa phương không thả rông gia súc, che chắn chuồng trại và dự trữ đủ thức ăn.

Gia Chính
"""

DAY22 = period("Sáng 22/1", "2024-01-22", "2024-01-22")
DAY21 = period("hôm qua", "2024-01-21", "2024-01-21")
Y08 = period("Năm 2008", "2008-01-01", "2008-12-31")
LS = "Lạng Sơn"
VN = "Việt Nam"
T = "nhiệt độ thấp nhất"

FIGS = [
    F("Mẫu Sơn âm 2 độ C", "2", -2, "measure", "độ C", subject="nhiệt độ đỉnh Mẫu Sơn", location=LS),
    F("xuống âm 2 độ C", "2", -2, "measure", "độ C", subject="nhiệt độ ở Mẫu Sơn", location=LS),
    F("là -2 độ C", "2", -2, "measure", "độ C", subject=T, period=DAY22, location=LS),
    F("-1,2 độ C", "1,2", -1.2, "measure", "độ C", subject=T, period=DAY22, location="Sa Pa"),
    F("0,5 độ C", "0,5", 0.5, "measure", "độ C", subject=T, period=DAY22, location="Đồng Văn"),
    F("1,8 độ C", "1,8", 1.8, "measure", "độ C", subject=T, period=DAY22, location="Mù Cang Chải"),
    F("thấp nhất 9 độ C", "9", 9, "measure", "độ C", subject=T, period=inherited(DAY22), location="Hà Nội"),
    F("dưới 50 m", "50", 50, "measure", "m", approx="under", subject="tầm nhìn xa trên đèo Khau Phạ",
      location="Yên Bái"),
    F("khoảng 5.000 lượt", "5.000", 5000, "count", "lượt khách", approx="about",
      change=change("increase", 3, "lần", "ngày thường"),
      subject="lượt khách khu du lịch Mẫu Sơn đón", period=DAY21, location=LS),
    F("phổ biến 1-4 độ C", "1", 1, "measure", "độ C", value_max=4, status="forecast",
      subject="nhiệt độ thấp nhất vùng núi Bắc Bộ", location=VN),
    F("dưới 0 độ C", "0", 0, "measure", "độ C", approx="under", status="forecast",
      subject="nhiệt độ vùng núi cao có nơi", location=VN),
    F("tăng 3-5 độ C", "3", 3, "measure", "độ C", value_max=5, status="forecast", subject="nhiệt độ tăng",
      location=VN),
    F("khoảng 8,2 triệu", "8,2", 8.2e6, "count", "con", approx="about", subject="trâu, bò cả nước", location=VN),
    F("trên 40%", "40", 40, "percent", "%", approx="over",
      subject="trâu, bò tập trung ở trung du, miền núi phía Bắc", location=VN),
    F("kéo dài 38 ngày", "38", 38, "measure", "ngày", subject="thời gian đợt rét kéo dài", period=Y08,
      location=VN, optional=True),
    F("hơn 60.000 con", "60.000", 60000, "count", "con", approx="over", subject="trâu, bò chết", period=Y08,
      location=VN),
    F("gần 400 tỷ", "400", 400e9, "money", "đồng", approx="nearly", subject="thiệt hại", period=Y08,
      location=VN),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 22/1/2024, 07:20 (GMT+7)', sapo, byline 'Gia Chính' at the end.",
    "Distractors: 07:20, (GMT+7), dates 22/1, 26/1, 27/1, 'Năm 2008' as a period.",
    "Mẫu Sơn is a mountain/commune of Lạng Sơn: location Lạng Sơn. 'âm 2' and '-2' → value -2 (the sign is part of the number).",
    "List of minimum temperatures after 'Sáng 22/1' shares the indicator 'nhiệt độ thấp nhất'; items are places → location (Sa Pa, Đồng Văn, Mù Cang Chải are district level).",
    "'hôm qua' = 21/1/2024 (day before the dateline). 'gấp 3 lần ngày thường' follows 5.000 lượt: its change (increase, 3 lần), not a figure.",
    "Forecast sentence ('dự báo') governs all its ';' clauses. Region 'vùng núi Bắc Bộ' is not a province: located in Việt Nam (national centre's forecast).",
    "'nhiệt độ tăng 3-5 độ C' is a rise as the claim: measure range, no change object. 'đợt rét kéo dài 38 ngày' is a duration that is itself the claim: optional.",
    "'trong đó trên 40% tập trung ...' is a percent figure of its own (no amount); national herd figures → Việt Nam.",
]

if __name__ == "__main__":
    write("p1284-5", TEXT, NOTES, FIGS, published="2024-01-22", location="Việt Nam")
