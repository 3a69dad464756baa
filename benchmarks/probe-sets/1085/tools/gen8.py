"""p1085-8: Báo Kon Tum online, headline figure and (BKT) tag, 6 months of 2024."""
from lib import F, P, I, C, build

TEXT = """Báo Kon Tum điện tử
Xã hội › Dân tộc - Miền núi

Cấp gần 3.200 giấy chứng nhận quyền sử dụng đất cho đồng bào dân tộc thiểu số

Cập nhật lúc 10:05, Thứ hai, 15/07/2024

(BKT) - 6 tháng đầu năm 2024, các địa phương trong tỉnh đã cấp 3.186 giấy chứng nhận quyền sử dụng đất cho hộ đồng bào dân tộc thiểu số với tổng diện tích 2.154,7 ha, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, đất sản xuất nông nghiệp 2.846 giấy, đất ở 340 giấy. Diện tích bình quân được cấp là 1,6 ha/hộ.

Các huyện cấp nhiều giấy chứng nhận là Đăk Hà, Sa Thầy và Kon Rẫy, lần lượt đạt 742, 615 và 508 giấy. Huyện Ia H'Drai chỉ cấp được 36 giấy do phần lớn diện tích đang do các công ty lâm nghiệp quản lý.

Đến nay, tỷ lệ diện tích đất của hộ đồng bào dân tộc thiểu số trên địa bàn tỉnh Kon Tum đã được cấp giấy chứng nhận đạt 93,4%, thấp hơn 2,1% so với bình quân chung của tỉnh. Còn khoảng 1.300 hộ chưa được cấp giấy do chưa có nhu cầu hoặc đất đang tranh chấp. Nhiều thửa đất của người dân nằm trong 11.500 ha đất lâm nghiệp do các công ty lâm nghiệp dọc Quốc lộ 14 trả về địa phương nhưng chưa đo đạc xong.

Theo kế hoạch, trong 6 tháng cuối năm, tỉnh tiếp tục đo đạc, cấp giấy cho khoảng 2.500 hộ, phấn đấu cả năm cấp từ 6.000 đến 6.500 giấy chứng nhận. Kinh phí thực hiện từ Chương trình mục tiêu quốc gia 1719 dự kiến 14,2 tỷ đồng.

Quốc Vũ
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("Cấp gần 3.200 giấy chứng nhận", "3.200", 3200, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất cấp cho đồng bào dân tộc thiểu số", approx="nearly"),
    F("đã cấp 3.186 giấy", "3.186", 3186, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất cấp cho hộ đồng bào dân tộc thiểu số", H1,
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("diện tích 2.154,7 ha", "2.154,7", 2154.7, "measure", "ha",
      "tổng diện tích cấp giấy chứng nhận cho hộ đồng bào dân tộc thiểu số", H1),
    F("nông nghiệp 2.846 giấy", "2.846", 2846, "count", "giấy", "giấy chứng nhận đất sản xuất nông nghiệp", I(H1),
      total=3186),
    F("đất ở 340 giấy", "340", 340, "count", "giấy", "giấy chứng nhận đất ở", I(H1), total=3186),
    F("là 1,6 ha/hộ", "1,6", 1.6, "measure", "ha/hộ", "diện tích bình quân được cấp", I(H1)),
    F("đạt 742,", "742", 742, "count", "giấy", "giấy chứng nhận cấp", I(H1),
      location="Đăk Hà"),
    F("742, 615 và", "615", 615, "count", "giấy", "giấy chứng nhận cấp", I(H1),
      location="Sa Thầy"),
    F("và 508 giấy", "508", 508, "count", "giấy", "giấy chứng nhận cấp", I(H1),
      location="Kon Rẫy"),
    F("được 36 giấy", "36", 36, "count", "giấy", "giấy chứng nhận cấp", I(H1),
      location="Ia H'Drai"),
    F("đạt 93,4%", "93,4", 93.4, "percent", "%",
      "tỷ lệ diện tích đất của hộ đồng bào dân tộc thiểu số đã được cấp giấy chứng nhận",
      P("Đến nay", None, "2024-07-15"), change=C("decrease", 2.1, "%", "bình quân chung của tỉnh")),
    F("khoảng 1.300 hộ", "1.300", 1300, "count", "hộ", "hộ chưa được cấp giấy", approx="about"),
    F("trong 11.500 ha", "11.500", 11500, "measure", "ha",
      "diện tích đất lâm nghiệp do các công ty lâm nghiệp trả về địa phương"),
    F("khoảng 2.500 hộ", "2.500", 2500, "count", "hộ", "hộ được đo đạc, cấp giấy",
      P("trong 6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="target"),
    F("từ 6.000 đến 6.500 giấy", "6.000", 6000, "count", "giấy chứng nhận", "giấy chứng nhận cấp cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), value_max=6500, status="target"),
    F("dự kiến 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "kinh phí thực hiện từ Chương trình mục tiêu quốc gia 1719",
      status="forecast"),
]

COMMENTS = [
    "Báo Kon Tum điện tử, tag '(BKT) -' (implies Kon Tum; the province is also named): GCN for ethnic-minority households,",
    "6 months of 2024. 'Cập nhật lúc 10:05, Thứ hai, 15/07/2024' gives published. 'Quốc lộ 14', 'Chương trình mục tiêu quốc gia",
    "1719', the weekday, the byline are not figures. The headline figure has no period phrase. 'cấp 3.186 giấy ... với tổng diện",
    "tích 2.154,7 ha, tăng 18,5%': the change belongs to the main-clause count, across the 'với' phrase (as in FIGURES.md's bracket case). 'Trong đó' parts add up to 3.186. 'lần lượt đạt 742, 615 và 508 giấy':",
    "each item takes its district as location. '93,4%, thấp hơn 2,1% so với bình quân chung của tỉnh' is a gap: change.",
    "'Theo kế hoạch ... phấn đấu' -> target; 'cả năm' = 2024; 'dự kiến 14,2 tỷ đồng' (no period phrase) -> forecast.",
    "revised: district items and 36 giấy lose 'cho hộ đồng bào dân tộc thiểu số', and 14,2 tỷ loses 'đo đạc, cấp giấy' (qualifiers",
    "imported from another paragraph; the subject is the indicator as its own sentence or list names it).",
]

build("p1085-8", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Kon Tum")
