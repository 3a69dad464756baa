"""p1463-4: provincial newspaper (Báo Bắc Ninh, tag (BNO)): wall-clock factory in Quế Võ, Tết orders."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO BẮC NINH ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Thứ Hai, 25/11/2024 | 07:30

Doanh nghiệp đồng hồ treo tường tăng tốc đơn hàng Tết

Những tháng cuối năm, các doanh nghiệp sản xuất, lắp ráp đồng hồ treo tường trên địa bàn tỉnh tất bật chạy đơn hàng phục vụ thị trường Tết Nguyên đán Ất Tỵ 2025.

(BNO) - Tại xưởng lắp ráp của Công ty TNHH Đồng hồ Kinh Bắc ở Khu công nghiệp Quế Võ II (thị xã Quế Võ), hơn 120 công nhân làm việc tăng ca đến 21 giờ. Mỗi ngày, xưởng xuất khoảng 4.500 chiếc đồng hồ treo tường các loại, gấp rưỡi so với ngày thường.

Ông Nguyễn Văn Thành, Giám đốc công ty cho biết, từ đầu năm đến nay, công ty đã tiêu thụ 680.000 chiếc đồng hồ, tăng 18% so với cùng kỳ; doanh thu đạt 152 tỷ đồng. Riêng đơn hàng Tết năm nay lên tới 210.000 sản phẩm, trong đó gần 40% là đồng hồ in logo làm quà tặng cho doanh nghiệp. Giá bán buôn phổ biến từ 150.000 đến 850.000 đồng/chiếc tùy mẫu.

Công ty hiện có 4 dây chuyền lắp ráp với công suất thiết kế 1,2 triệu sản phẩm/năm. Khoảng 65% linh kiện bộ máy được nhập khẩu từ Nhật Bản và Trung Quốc, vỏ nhựa, vỏ gỗ và mặt kính do các cơ sở trong tỉnh cung cấp. Thu nhập bình quân của công nhân đạt 8,5 triệu đồng/người/tháng, cao hơn 7% so với năm 2023.

Theo Sở Công Thương, toàn tỉnh hiện có 3 doanh nghiệp và khoảng 20 cơ sở sản xuất, lắp ráp đồng hồ, giải quyết việc làm cho gần 900 lao động. Năm 2024, giá trị sản xuất của nhóm ngành này ước đạt 410 tỷ đồng; mục tiêu đến năm 2030 đạt 1.000 tỷ đồng.

Thu Hà
"""

YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-11-25")
NOW = period("năm nay", "2024-01-01", "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = period("đến năm 2030", None, "2030-12-31")
QV = "Quế Võ"

FIGS = [
    F("hơn 120 công nhân", "120", 120, "count", "công nhân", approx="over",
      subject="công nhân làm việc tăng ca tại xưởng lắp ráp", location=QV),
    F("khoảng 4.500 chiếc", "4.500", 4500, "measure", "chiếc/ngày", approx="about",
      change=change("increase", 1.5, "lần", "ngày thường"),
      subject="đồng hồ treo tường xưởng xuất mỗi ngày", location=QV),
    F("tiêu thụ 680.000 chiếc", "680.000", 680000, "count", "chiếc",
      change=change("increase", 18, "%", "cùng kỳ"), subject="đồng hồ công ty tiêu thụ", period=YTD, location=QV),
    F("đạt 152 tỷ", "152", 152e9, "money", "đồng", subject="doanh thu của công ty", period=YTD, location=QV),
    F("tới 210.000 sản phẩm", "210.000", 210000, "count", "sản phẩm", subject="đơn hàng Tết của công ty",
      period=NOW, location=QV),
    F("gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="tỷ lệ đồng hồ in logo làm quà tặng trong đơn hàng Tết", period=NOW, location=QV),
    F("từ 150.000 đến 850.000", "150.000", 150000, "money", "đồng/chiếc", value_max=850000,
      subject="giá bán buôn đồng hồ", location=QV),
    F("có 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền lắp ráp của công ty", location=QV),
    F("thiết kế 1,2 triệu", "1,2", 1.2e6, "measure", "sản phẩm/năm", subject="công suất thiết kế", location=QV),
    F("Khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ lệ linh kiện bộ máy nhập khẩu từ Nhật Bản và Trung Quốc", location=QV),
    F("đạt 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
      change=change("increase", 7, "%", "năm 2023"), subject="thu nhập bình quân của công nhân", location=QV),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất, lắp ráp đồng hồ"),
    F("khoảng 20 cơ sở", "20", 20, "count", "cơ sở", approx="about", subject="cơ sở sản xuất, lắp ráp đồng hồ"),
    F("gần 900 lao động", "900", 900, "count", "lao động", approx="nearly",
      subject="lao động ngành sản xuất, lắp ráp đồng hồ"),
    F("ước đạt 410 tỷ", "410", 410e9, "money", "đồng", status="estimate",
      subject="giá trị sản xuất của nhóm ngành sản xuất, lắp ráp đồng hồ", period=Y24),
    F("đạt 1.000 tỷ", "1.000", 1000e9, "money", "đồng", status="target",
      subject="giá trị sản xuất của nhóm ngành sản xuất, lắp ráp đồng hồ", period=TO30),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Ninh): 'Thứ Hai, 25/11/2024 | 07:30' above the headline, sapo, tag '(BNO) -', byline 'Thu Hà'.",
    "Distractors: 07:30, 'Ất Tỵ 2025', 'Quế Võ II', 'đến 21 giờ' (time of day), baseline 'năm 2023'.",
    "The company passage is in thị xã Quế Võ: location Quế Võ; the province paragraph: Bắc Ninh.",
    "'Mỗi ngày ... khoảng 4.500 chiếc' is a rate (chiếc/ngày); 'gấp rưỡi so với ngày thường' = change ×1,5 (lần).",
    "'từ đầu năm đến nay' ends at the dateline and governs 'doanh thu đạt 152 tỷ' after ';'.",
    "'đơn hàng Tết năm nay' → period năm nay = 2024 (orders taken this year); 'trong đó gần 40%' is a percent figure of its own.",
    "Standing values (4 dây chuyền, capacity, 65%, wage) carry no period. 'mục tiêu đến năm 2030' → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1463-4", TEXT, NOTES, FIGS, published="2024-11-25", location="Bắc Ninh")
