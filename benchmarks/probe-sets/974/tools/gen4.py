"""p974-4: ministry site (Bộ NN&PTNT), national medicinal and oil crops, to 9/2024."""
from lib import F, P, I, CH, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt
Ngày đăng: 05/11/2024 | Lượt xem: 1.207

Phát triển cây dược liệu, cây có dầu gắn với giảm nghèo ở vùng khó khăn

Theo Cục Trồng trọt, tính đến tháng 9/2024, cả nước có khoảng 32.600 ha cây dược liệu trồng tập trung tại 48/63 tỉnh, thành phố, tăng 6,8% so với cuối năm 2023. Trong đó, diện tích tại 74 huyện nghèo đạt 9.450 ha, chiếm 29%.

Các loài được trồng nhiều là đinh lăng (khoảng 6.200 ha), cà gai leo (2.850 ha), sâm Ngọc Linh (1.900 ha) và sachi (1.740 ha). Các tỉnh có diện tích dược liệu lớn nhất lần lượt là Lào Cai (4.300 ha), Hà Giang (3.150 ha) và Nghệ An (2.680 ha).

Đối với cây có dầu, diện tích sachi đã giảm mạnh so với mức đỉnh khoảng 5.000 ha năm 2017; giá hạt sachi hiện chỉ 25.000-30.000 đồng/kg, bằng khoảng 50% thời kỳ cao điểm.

Từ năm 2022 đến nay, Chương trình mục tiêu quốc gia giảm nghèo bền vững đã hỗ trợ 1.236 dự án, mô hình liên kết trồng dược liệu với tổng kinh phí hơn 860 tỷ đồng, thu hút trên 41.000 hộ tham gia, trong đó khoảng 60% là hộ nghèo, hộ cận nghèo và hộ đồng bào dân tộc thiểu số.

Theo Quyết định số 376/QĐ-TTg ngày 17/3/2021 của Thủ tướng Chính phủ, mục tiêu đến năm 2030 cả nước phát triển 150.000 ha vùng trồng dược liệu, trong đó cây dược liệu chủ lực đạt khoảng 65.000 ha; giá trị sản xuất dược liệu đạt 2,5-3 tỷ USD/năm. Bộ sẽ tổ chức Hội nghị xúc tiến đầu tư phát triển dược liệu lần thứ 3 vào quý I/2025.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

SEP = P("tính đến tháng 9/2024", None, "2024-09-30")
SINCE = P("Từ năm 2022 đến nay", "2022-01-01", "2024-11-05")
BY2030 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 32.600 ha", "32.600", 32600, "measure", "ha", "diện tích cây dược liệu trồng tập trung", SEP,
      approx="about", change=CH("increase", 6.8, "%", "cuối năm 2023")),
    F("tại 48/63 tỉnh", "48", 48, "count", "tỉnh, thành phố", "tỉnh, thành phố trồng dược liệu tập trung", SEP,
      total=63),
    F("tại 74 huyện nghèo", "74", 74, "count", "huyện nghèo", "huyện nghèo", optional=True),
    F("đạt 9.450 ha", "9.450", 9450, "measure", "ha", "diện tích dược liệu tại các huyện nghèo", I(SEP),
      total=32600, percent=29),
    F("đinh lăng (khoảng 6.200 ha)", "6.200", 6200, "measure", "ha", "diện tích đinh lăng", I(SEP), approx="about"),
    F("cà gai leo (2.850 ha)", "2.850", 2850, "measure", "ha", "diện tích cà gai leo", I(SEP)),
    F("sâm Ngọc Linh (1.900 ha)", "1.900", 1900, "measure", "ha", "diện tích sâm Ngọc Linh", I(SEP)),
    F("sachi (1.740 ha)", "1.740", 1740, "measure", "ha", "diện tích sachi", I(SEP)),
    F("Lào Cai (4.300 ha)", "4.300", 4300, "measure", "ha", "diện tích dược liệu", I(SEP), location="Lào Cai"),
    F("Hà Giang (3.150 ha)", "3.150", 3150, "measure", "ha", "diện tích dược liệu", I(SEP), location="Hà Giang"),
    F("Nghệ An (2.680 ha)", "2.680", 2680, "measure", "ha", "diện tích dược liệu", I(SEP), location="Nghệ An"),
    F("khoảng 5.000 ha năm 2017", "5.000", 5000, "measure", "ha", "diện tích sachi ở mức đỉnh",
      P("năm 2017", "2017-01-01", "2017-12-31"), approx="about"),
    F("25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá hạt sachi", value_max=30000, percent=50),
    F("hỗ trợ 1.236 dự án", "1.236", 1236, "count", "dự án, mô hình", "dự án, mô hình liên kết trồng dược liệu được hỗ trợ",
      SINCE),
    F("hơn 860 tỷ đồng", "860", 860000000000, "money", "đồng", "tổng kinh phí hỗ trợ dự án, mô hình", SINCE,
      approx="over"),
    F("trên 41.000 hộ", "41.000", 41000, "count", "hộ", "hộ tham gia dự án, mô hình", SINCE, approx="over"),
    F("khoảng 60% là hộ nghèo", "60", 60, "percent", "%",
      "hộ nghèo, hộ cận nghèo và hộ đồng bào dân tộc thiểu số trong số hộ tham gia", SINCE, approx="about"),
    F("phát triển 150.000 ha", "150.000", 150000, "measure", "ha", "vùng trồng dược liệu", BY2030, status="target"),
    F("khoảng 65.000 ha", "65.000", 65000, "measure", "ha", "vùng trồng cây dược liệu chủ lực", BY2030,
      approx="about", total=150000, status="target"),
    F("đạt 2,5-3 tỷ USD/năm", "2,5", 2500000000, "money", "USD/năm", "giá trị sản xuất dược liệu", BY2030,
      value_max=3000000000, status="target"),
]

NOTES = [
    "Bộ NN&PTNT site: national medicinal-plant area (Cục Trồng trọt) as of 9/2024, species and province lists, sachi decline, MTQG support, 2030 targets.",
    "Species items keep the species in the subject; province items put the province in location with the list's indicator as subject.",
    "'trong đó khoảng 60% là hộ nghèo ...' is a share of another whole: percent figure of its own. '74 huyện nghèo' names the scope (optional).",
    "'bằng khoảng 50% thời kỳ cao điểm' after the price range is its percent attribute.",
    "Distractors: Lượt xem 1.207, Quyết định số 376/QĐ-TTg ngày 17/3/2021, 'lần thứ 3', 'quý I/2025' (an event date), Số 2 Ngọc Hà, 024.3846.8161.",
]

write(4, TEXT, FIGS, published="2024-11-05", location="Việt Nam", notes=NOTES)
