"""p1179-8: provincial newspaper online (Báo Hậu Giang, tag '(HGO) -'), quýt đường in thị xã Long Mỹ."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HẬU GIANG ONLINE
Kinh tế | Nông nghiệp - Nông thôn

Long Mỹ: Quýt đường cho lợi nhuận gần 300 triệu đồng/ha

Thứ Hai, 23/12/2024 - 10:42

(HGO) - Thị xã Long Mỹ hiện có 620 ha quýt đường, tập trung ở các xã Long Trị, Long Trị A dọc kênh Mười Thước. Năm 2024, sản lượng quýt đường ước đạt 14.800 tấn, bằng 102% kế hoạch, tăng 5,7% so với năm 2023.

Với năng suất từ 25 đến 30 tấn/ha, mỗi cây cho khoảng 40 kg trái, quýt đường mang lại lợi nhuận bình quân gần 300 triệu đồng/ha/năm, gấp 3 lần trồng lúa. Trong tháng 11, giá quýt đường loại 1 tại vườn khoảng 18.000 đồng/kg.

Toàn thị xã có 1.150 hộ trồng quýt đường, trong đó 310 hộ tham gia hợp tác xã, tổ hợp tác. HTX Nông nghiệp Long Trị có 45 thành viên với 68 ha quýt đạt chuẩn VietGAP. Năm 2024, HTX ký hợp đồng bao tiêu 1.200 tấn quýt với hai doanh nghiệp tại TP Cần Thơ, giá thu mua 19.500 đồng/kg, cao hơn giá thị trường khoảng 1.500 đồng/kg. Doanh thu của HTX đạt hơn 23 tỷ đồng.

Toàn tỉnh Hậu Giang có khoảng 1.040 ha quýt đường, Long Mỹ chiếm gần 60%. Thị xã phấn đấu đến năm 2025 nâng diện tích quýt đường lên 700 ha, trong đó 50% diện tích đạt chuẩn VietGAP; hỗ trợ mỗi hộ tối đa 10 triệu đồng để cải tạo vườn.

MINH HUY

Bình luận (0) | Gửi bài viết | In
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOV = P("Trong tháng 11", "2024-11-01", "2024-11-30")
HTX = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("cho lợi nhuận gần 300", "300", 300e6, "money", "đồng/ha", approx="nearly",
      subject="lợi nhuận quýt đường"),
    F("hiện có 620 ha", "620", 620, "measure", "ha", subject="diện tích quýt đường"),
    F("ước đạt 14.800 tấn", "14.800", 14800, "measure", "tấn", status="estimate", percent=102,
      change=C("increase", 5.7, "%", "năm 2023"), subject="sản lượng quýt đường", period=Y24),
    F("từ 25 đến 30 tấn/ha", "25", 25, "measure", "tấn/ha", value_max=30, subject="năng suất quýt đường"),
    F("khoảng 40 kg", "40", 40, "measure", "kg/cây", approx="about", subject="sản lượng trái mỗi cây quýt đường"),
    F("bình quân gần 300 triệu", "300", 300e6, "money", "đồng/ha/năm", approx="nearly",
      change=C("increase", 3, "lần", "trồng lúa"), subject="lợi nhuận bình quân quýt đường"),
    F("khoảng 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", approx="about",
      subject="giá quýt đường loại 1 tại vườn", period=NOV),
    F("có 1.150 hộ", "1.150", 1150, "count", "hộ", subject="hộ trồng quýt đường"),
    F("đó 310 hộ", "310", 310, "count", "hộ", total=1150, subject="hộ trồng quýt đường tham gia hợp tác xã, tổ hợp tác"),
    F("có 45 thành viên", "45", 45, "count", "thành viên", subject="thành viên HTX Nông nghiệp Long Trị"),
    F("với 68 ha", "68", 68, "measure", "ha", subject="diện tích quýt đạt chuẩn VietGAP của HTX Nông nghiệp Long Trị"),
    F("bao tiêu 1.200 tấn", "1.200", 1200, "measure", "tấn", subject="sản lượng quýt HTX ký hợp đồng bao tiêu",
      period=HTX),
    F("với hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp", subject="doanh nghiệp ký hợp đồng bao tiêu với HTX",
      period=HTX),
    F("thu mua 19.500 đồng/kg", "19.500", 19500, "money", "đồng/kg",
      change=C("increase", 1500, "đồng/kg", "giá thị trường", approx="about"),
      subject="giá thu mua quýt theo hợp đồng bao tiêu", period=HTX),
    F("hơn 23 tỷ", "23", 23e9, "money", "đồng", approx="over", subject="doanh thu của HTX Nông nghiệp Long Trị",
      period=I(HTX)),
    F("khoảng 1.040 ha", "1.040", 1040, "measure", "ha", approx="about", subject="diện tích quýt đường",
      location="Hậu Giang"),
    F("gần 60%", "60", 60, "percent", "%", approx="nearly",
      subject="tỷ trọng diện tích quýt đường của Long Mỹ trong toàn tỉnh"),
    F("lên 700 ha", "700", 700, "measure", "ha", status="target", subject="diện tích quýt đường", period=TO25),
    F("đó 50% diện tích", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ diện tích quýt đường đạt chuẩn VietGAP", period=TO25),
    F("tối đa 10 triệu", "10", 10e6, "money", "đồng/hộ", approx="at_most", status="target",
      subject="mức hỗ trợ mỗi hộ cải tạo vườn", period=TO25),
]

NOTES = [
    "Provincial newspaper online (Báo Hậu Giang): 'Thứ Hai, 23/12/2024 - 10:42', tag '(HGO) -', byline at the end, 'Bình luận (0)'.",
    "Default location Long Mỹ (thị xã); the provincial 1.040 ha is Hậu Giang; the buyers in TP Cần Thơ do not move the HTX's figures.",
    "Headline 'gần 300 triệu đồng/ha' and the body 'gần 300 triệu đồng/ha/năm' are both annotated. 'gấp 3 lần trồng lúa' after the",
    "profit → change (lần). 'mỗi cây cho khoảng 40 kg trái' → rate kg/cây. 'Trong tháng 11' → 2024-11 (year of the nearest earlier period).",
    "'bằng 102% kế hoạch' → percent; 'tăng 5,7% so với năm 2023' → change. 'hai doanh nghiệp' = number word.",
    "'hỗ trợ mỗi hộ tối đa 10 triệu đồng' continues the 'phấn đấu đến năm 2025' sentence after ';' → target, at_most, đồng/hộ.",
    "'Long Mỹ chiếm gần 60%' is the district's share of the province: percent figure. 'trong đó 50% diện tích' → percent figure.",
    "Distractors: 'kênh Mười Thước' (number word in a name), 'Long Trị A', time 10:42, 'Bình luận (0)', the (HGO) tag.",
]

if __name__ == "__main__":
    write("p1179-8", TEXT, NOTES, FIGS, published="2024-12-23", location="Long Mỹ")
