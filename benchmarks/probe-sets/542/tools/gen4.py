from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Lâm nghiệp
Ngày đăng: 28/02/2024 | Lượt xem: 1.905

Cả nước có hơn 527.000 ha rừng được cấp chứng chỉ quản lý rừng bền vững

Theo Cục Lâm nghiệp, tính đến ngày 31/12/2023, cả nước có 527.136 ha rừng được cấp chứng chỉ quản lý rừng bền vững, tăng 37.400 ha so với năm 2022; trong đó 398.215 ha được cấp chứng chỉ FSC và 128.921 ha được cấp chứng chỉ PEFC/VFCS. Diện tích có chứng chỉ tập trung chủ yếu tại các tỉnh Quảng Trị (58.430 ha), Thừa Thiên Huế (47.260 ha), Yên Bái (35.120 ha) và Tuyên Quang (33.870 ha).

Năm 2023, sản lượng gỗ khai thác từ rừng trồng tập trung đạt khoảng 22,5 triệu m³, tăng 3,1% so với năm 2022. Gỗ rừng trồng đã đáp ứng trên 75% nhu cầu nguyên liệu của ngành chế biến. Kim ngạch xuất khẩu lâm sản đạt 14,4 tỷ USD, giảm 15,9% so với năm 2022, trong đó gỗ và sản phẩm gỗ đạt 13,2 tỷ USD.

Cả nước hiện có khoảng 5.800 doanh nghiệp chế biến, xuất khẩu gỗ và lâm sản, thu hút gần 500 nghìn lao động. Hoa Kỳ, Nhật Bản và Trung Quốc tiếp tục là ba thị trường lớn nhất, lần lượt chiếm 55,7%, 13,1% và 12,4% kim ngạch.

Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030 (Quyết định số 523/QĐ-TTg), phấn đấu đến năm 2025 có 0,5 triệu ha và đến năm 2030 có trên 1 triệu ha rừng được cấp chứng chỉ quản lý rừng bền vững; tốc độ tăng trưởng giá trị sản xuất lâm nghiệp bình quân từ 5,0 đến 5,5%/năm.

Cổng Thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "rừng được cấp chứng chỉ quản lý rừng bền vững"

FIGS = [
    F("có hơn 527.000 ha", "527.000", 527000, "measure", "ha", SUBJ, I(ASOF), approx="over"),
    F("có 527.136 ha", "527.136", 527136, "measure", "ha", SUBJ, ASOF, change=CH("increase", 37400, "ha", "năm 2022")),
    F("398.215 ha", "398.215", 398215, "measure", "ha", "rừng được cấp chứng chỉ FSC", ASOF, total=527136),
    F("128.921 ha", "128.921", 128921, "measure", "ha", "rừng được cấp chứng chỉ PEFC/VFCS", ASOF, total=527136),
    F("Quảng Trị (58.430 ha)", "58.430", 58430, "measure", "ha", "diện tích có chứng chỉ", I(ASOF), location="Quảng Trị"),
    F("Thừa Thiên Huế (47.260 ha)", "47.260", 47260, "measure", "ha", "diện tích có chứng chỉ", I(ASOF),
      location="Thừa Thiên Huế"),
    F("Yên Bái (35.120 ha)", "35.120", 35120, "measure", "ha", "diện tích có chứng chỉ", I(ASOF), location="Yên Bái"),
    F("Tuyên Quang (33.870 ha)", "33.870", 33870, "measure", "ha", "diện tích có chứng chỉ", I(ASOF), location="Tuyên Quang"),
    F("khoảng 22,5 triệu m³", "22,5", 22.5e6, "measure", "m³", "sản lượng gỗ khai thác từ rừng trồng tập trung", Y23,
      approx="about", change=CH("increase", 3.1, "%", "năm 2022")),
    F("trên 75%", "75", 75, "percent", "%", "gỗ rừng trồng đáp ứng nhu cầu nguyên liệu của ngành chế biến", I(Y23),
      approx="over"),
    F("đạt 14,4 tỷ USD", "14,4", 14.4e9, "money", "USD", "kim ngạch xuất khẩu lâm sản", I(Y23),
      change=CH("decrease", 15.9, "%", "năm 2022")),
    F("đạt 13,2 tỷ USD", "13,2", 13.2e9, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", I(Y23), total=14.4e9),
    F("khoảng 5.800 doanh nghiệp", "5.800", 5800, "count", "doanh nghiệp", "doanh nghiệp chế biến, xuất khẩu gỗ và lâm sản",
      approx="about"),
    F("gần 500 nghìn lao động", "500", 500000, "count", "lao động", "lao động trong doanh nghiệp chế biến, xuất khẩu gỗ",
      approx="nearly"),
    F("là ba thị trường", "ba", 3, "count", "thị trường", "thị trường lớn nhất", optional=True),
    F("chiếm 55,7%", "55,7", 55.7, "percent", "%", "tỷ trọng thị trường Hoa Kỳ trong kim ngạch", I(Y23)),
    F("55,7%, 13,1%", "13,1", 13.1, "percent", "%", "tỷ trọng thị trường Nhật Bản trong kim ngạch", I(Y23)),
    F("và 12,4% kim ngạch", "12,4", 12.4, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch", I(Y23)),
    F("có 0,5 triệu ha", "0,5", 5e5, "measure", "ha", SUBJ, T25, status="target"),
    F("trên 1 triệu ha", "1", 1e6, "measure", "ha", SUBJ, T30, approx="over", status="target"),
    F("từ 5,0 đến 5,5%/năm", "5,0", 5.0, "percent", "%", "tốc độ tăng trưởng giá trị sản xuất lâm nghiệp bình quân",
      value_max=5.5, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national sustainably-managed (FSC/PEFC) forest area at 31/12/2023, timber harvest, exports, firms, targets.",
    "National figures -> Việt Nam; provinces in the bracketed list are their items' location (no total: no cue, they do not add up).",
    "Export markets (Hoa Kỳ, Nhật Bản, Trung Quốc) are partners, not places: subject, location stays Việt Nam.",
    "The growth-rate target has no period of its own (the strategy name's 'giai đoạn 2021-2030' and the two 'đến năm' targets are others'), left null.",
    "'ba thị trường' optional. Distractors: Quyết định số 523/QĐ-TTg, 'giai đoạn 2021-2030', Lượt xem 1.905, Số 2 Ngọc Hà.",
]

emit("p542-4", TEXT, COMMENTS, FIGS, published="2024-02-28", location="Việt Nam")
