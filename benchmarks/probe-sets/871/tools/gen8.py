"""p871-8: Báo Bắc Giang online, headline figure, (BBG) tag; free eye screening Q1/2025 and optical shops."""
from lib import F, P, I, C, T, build

TEXT = """Bắc Giang: Hơn 15.600 học sinh được khám mắt miễn phí
Cập nhật lúc 15:40, Thứ Ba, 25/03/2025

(BBG) - Từ đầu năm đến nay, Bệnh viện Mắt tỉnh phối hợp với Sở Giáo dục và Đào tạo tổ chức khám mắt miễn phí cho 15.684 học sinh tại 3 huyện Sơn Động, Lục Ngạn và Lục Nam, bằng 52,3% kế hoạch năm. Đây là năm thứ 3 liên tiếp chương trình được triển khai tại các điểm trường dọc Quốc lộ 31.

Kết quả khám cho thấy 3.412 em mắc tật khúc xạ, chiếm 21,8%; trong đó huyện Lục Ngạn có 1.486 em, Lục Nam 1.203 em và Sơn Động 723 em. Tỷ lệ học sinh cận thị nặng (từ 3 độ trở lên) là 4,6%, tăng 1,1 điểm phần trăm so với năm 2024.

Bệnh viện đã cấp 2.150 kính cho học sinh thuộc hộ nghèo, cận nghèo với tổng kinh phí gần 760 triệu đồng do Quỹ Bảo trợ trẻ em tỉnh và các nhà hảo tâm tài trợ. Bình quân mỗi em được hỗ trợ khoảng 350.000 đồng. Ngoài ra, 58 em được chuyển tuyến điều trị lác, sụp mi.

Theo bác sĩ Đỗ Thị Hoa, Giám đốc Bệnh viện Mắt tỉnh, năm 2025 bệnh viện đặt mục tiêu khám cho 30.000 học sinh và cấp 4.000 kính. Trong quý II, bệnh viện dự kiến khám cho khoảng 8.500 học sinh tại các huyện Yên Thế, Tân Yên.

Hiện toàn tỉnh có khoảng 210 cửa hàng kinh doanh kính mắt, tập trung ở TP Bắc Giang (chiếm hơn 40%). Ngành Y tế khuyến cáo phụ huynh đưa trẻ đi đo kính tại các cơ sở có giấy phép, tránh mua kính làm sẵn trôi nổi giá chỉ 50.000-80.000 đồng/chiếc.

Minh Hương
"""

SOFAR = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-25")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TKX = "học sinh mắc tật khúc xạ"

FIGS = [
    F("Hơn 15.600 học sinh", "15.600", 15600, "count", "học sinh", "học sinh được khám mắt miễn phí", approx="over"),
    F("cho 15.684 học sinh", "15.684", 15684, "count", "học sinh", "học sinh được khám mắt miễn phí", percent=52.3,
      period=SOFAR),
    F("tại 3 huyện", "3", 3, "count", "huyện", "huyện được khám mắt miễn phí", period=SOFAR),
    F("cho thấy 3.412 em", "3.412", 3412, "count", "em", TKX, percent=21.8, period=I(SOFAR)),
    F("có 1.486 em", "1.486", 1486, "count", "em", TKX, total=3412, period=I(SOFAR), location="Lục Ngạn"),
    F("Lục Nam 1.203 em", "1.203", 1203, "count", "em", TKX, total=3412, period=I(SOFAR), location="Lục Nam"),
    F("Sơn Động 723 em", "723", 723, "count", "em", TKX, total=3412, period=I(SOFAR), location="Sơn Động"),
    F("từ 3 độ trở lên", "3", 3, "measure", "độ", "ngưỡng cận thị nặng", approx="at_least", optional=True),
    F("là 4,6%", "4,6", 4.6, "percent", "%", "tỷ lệ học sinh cận thị nặng",
      change=C("increase", 1.1, "điểm phần trăm", "năm 2024"), period=I(SOFAR)),
    F("cấp 2.150 kính", "2.150", 2150, "count", "kính", "kính cấp cho học sinh thuộc hộ nghèo, cận nghèo"),
    F("gần 760 triệu đồng", "760", 760000000, "money", "đồng", "tổng kinh phí cấp kính", approx="nearly"),
    F("khoảng 350.000 đồng", "350.000", 350000, "money", "đồng/em", "mức hỗ trợ bình quân mỗi em", approx="about"),
    F("58 em", "58", 58, "count", "em", "em được chuyển tuyến điều trị lác, sụp mi"),
    F("cho 30.000 học sinh", "30.000", 30000, "count", "học sinh", "học sinh được khám", status="target", period=Y25),
    F("cấp 4.000 kính", "4.000", 4000, "count", "kính", "kính cấp", status="target", period=Y25),
    F("khoảng 8.500 học sinh", "8.500", 8500, "count", "học sinh", "học sinh được khám tại các huyện Yên Thế, Tân Yên",
      approx="about", status="forecast", period=P("Trong quý II", "2025-04-01", "2025-06-30")),
    F("khoảng 210 cửa hàng", "210", 210, "count", "cửa hàng", "cửa hàng kinh doanh kính mắt", approx="about"),
    F("hơn 40%", "40", 40, "percent", "%", "cửa hàng kinh doanh kính mắt tập trung ở TP Bắc Giang", approx="over"),
    F("50.000-80.000 đồng/chiếc", "50.000", 50000, "money", "đồng/chiếc", "giá kính làm sẵn trôi nổi", value_max=80000),
]

NOTES = [
    "Báo Bắc Giang online: headline figure (no period), 'Cập nhật lúc 15:40, Thứ Ba, 25/03/2025', tag (BBG).",
    "'Từ đầu năm đến nay' ends at the dateline; the 3.412 sentence inherits it; the 'trong đó' district list has total 3.412 and district locations.",
    "'bằng 52,3% kế hoạch năm' -> percent of 15.684. '4,6%, tăng 1,1 điểm phần trăm' -> change of the 4,6% figure.",
    "'Trong quý II' takes 2025 from 'năm 2025' in the sentence before. 'chiếm hơn 40%' is TP Bắc Giang's share of the 210 shops: its own figure",
    "(location Bắc Giang either way). 'từ 3 độ trở lên' defines a category: optional. Distractors: năm thứ 3, Quốc lộ 31, 15:40, Thứ Ba, 25/03/2025.",
]

build(8, TEXT, FIGS, published="2025-03-25", location="Bắc Giang", notes=NOTES)
