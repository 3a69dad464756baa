"""p1186-8: provincial newspaper online (Báo Vĩnh Long, '(VLO) -'): H1 collection, tanks as of 31/8/2024, a collecting team."""
from lib import F, P, I, C, T, write

TEXT = """Báo Vĩnh Long Online > Kinh tế > Nông nghiệp

Hơn 2.300 bể chứa bao gói thuốc BVTV trên đồng ruộng

Thứ Sáu, 06/09/2024 - 09:12

(VLO) - 6 tháng đầu năm, các địa phương trong tỉnh đã thu gom được 38,4 tấn bao gói thuốc bảo vệ thực vật sau sử dụng, đạt 54,9% kế hoạch năm, giảm 2,3 tấn so với cùng kỳ do diện tích lúa giảm. Trong quý III, ngành nông nghiệp dự kiến phối hợp với Công ty Cổ phần Công trình công cộng Vĩnh Long vận chuyển khoảng 20 tấn đi tiêu hủy.

Theo Chi cục Trồng trọt và BVTV, đến ngày 31/8/2024, toàn tỉnh có 2.356 bể chứa, trong đó huyện Tam Bình 512 bể, Trà Ôn 468 bể, Vũng Liêm 431 bể. Bể chủ yếu đặt dọc bờ kênh, đường đal nội đồng và các tuyến dọc Quốc lộ 53.

Xã Hòa Lộc (huyện Tam Bình) hiện có 64 bể, bình quân mỗi ấp 8 bể. Tổ thu gom bao gói của xã gồm năm thành viên, mỗi người được hỗ trợ 500.000 đồng/người/tháng. Mỗi tháng tổ gom được từ 300 đến 350 kg bao gói, đưa về hố tập kết của xã. Chị Nguyễn Thị Bé Ba, thành viên tổ, cho biết nhờ có bể nên bà con không còn vứt vỏ chai xuống kênh như trước.

Quý IV, tỉnh dự kiến lắp đặt thêm 150 bể tại các xã vùng chuyên canh lúa; phấn đấu cả năm thu gom ít nhất 70 tấn bao gói, 100% lượng bao gói thu gom được chuyển đi xử lý đúng quy định.

Ngọc Hân
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
ASOF = P("đến ngày 31/8/2024", None, "2024-08-31")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
TANK = "bể chứa bao gói thuốc BVTV"
TB = "Tam Bình"

FIGS = [
    F("Hơn 2.300 bể", "2.300", 2300, "count", "bể", approx="over", subject="bể chứa bao gói thuốc BVTV trên đồng ruộng"),
    F("được 38,4 tấn", "38,4", 38.4, "measure", "tấn", percent=54.9,
      change=C("decrease", 2.3, "tấn", "cùng kỳ"),
      subject="bao gói thuốc bảo vệ thực vật sau sử dụng thu gom", period=H1),
    F("khoảng 20 tấn", "20", 20, "measure", "tấn", approx="about", status="forecast",
      subject="bao gói vận chuyển đi tiêu hủy", period=Q3),
    F("có 2.356 bể", "2.356", 2356, "count", "bể", subject=TANK, period=ASOF),
    F("Tam Bình 512 bể", "512", 512, "count", "bể", total=2356, subject=TANK, period=ASOF, location=TB),
    F("Trà Ôn 468 bể", "468", 468, "count", "bể", total=2356, subject=TANK, period=ASOF, location="Trà Ôn"),
    F("Vũng Liêm 431 bể", "431", 431, "count", "bể", total=2356, subject=TANK, period=ASOF, location="Vũng Liêm"),
    F("có 64 bể", "64", 64, "count", "bể", subject="bể chứa bao gói của xã Hòa Lộc", location=TB),
    F("mỗi ấp 8 bể", "8", 8, "measure", "bể/ấp", subject="số bể bình quân mỗi ấp ở xã Hòa Lộc", location=TB),
    F("gồm năm thành viên", "năm", 5, "count", "thành viên", subject="thành viên tổ thu gom bao gói xã Hòa Lộc",
      location=TB),
    F("500.000 đồng", "500.000", 500000, "money", "đồng/người/tháng",
      subject="hỗ trợ thành viên tổ thu gom", location=TB),
    F("từ 300 đến 350 kg", "300", 300, "measure", "kg/tháng", value_max=350,
      subject="bao gói tổ thu gom được mỗi tháng", location=TB),
    F("thêm 150 bể", "150", 150, "count", "bể", status="forecast",
      subject="bể lắp đặt thêm tại các xã vùng chuyên canh lúa", period=Q4),
    F("ít nhất 70 tấn", "70", 70, "measure", "tấn", approx="at_least", status="target",
      subject="bao gói thu gom", period=YR),
    F("100% lượng", "100", 100, "percent", "%", status="target",
      subject="lượng bao gói thu gom được chuyển đi xử lý đúng quy định", period=YR),
]

NOTES = [
    "Provincial newspaper online (Báo Vĩnh Long): breadcrumb, 'Thứ Sáu, 06/09/2024 - 09:12' (published), tag '(VLO) -', byline at the end.",
    "Year-less '6 tháng đầu năm', 'quý III', 'Quý IV', 'cả năm' take 2024 from the dateline. 'đạt 54,9% kế hoạch năm' → percent;",
    "'giảm 2,3 tấn so với cùng kỳ' → change. Districts after 'trong đó' are parts of the 2.356 tanks (total), same as-of sentence.",
    "The Hòa Lộc team is placed in huyện Tam Bình (location Tam Bình in the passage). 'năm thành viên' is a number word (5), not a year.",
    "'phấn đấu cả năm …' → target, and the clause after it (100%) continues it. 'dự kiến' (quý III, Quý IV) → forecast.",
    "Distractors: '09:12', 'Quốc lộ 53', the name 'Nguyễn Thị Bé Ba' (ba = three in a name), 'Công trình công cộng Vĩnh Long'.",
]

if __name__ == "__main__":
    write("p1186-8", TEXT, NOTES, FIGS, published="2024-09-06", location="Vĩnh Long")
