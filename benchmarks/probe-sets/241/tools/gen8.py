from lib import Doc, P, C, T

TEXT = """Công nghiệp dược - điểm sáng sản xuất của Hậu Giang

(BHG) - Trong 9 tháng năm 2024, giá trị sản xuất ngành sản xuất thuốc, hóa dược và dược liệu trên địa bàn tỉnh Hậu Giang đạt 4.870 tỷ đồng, tăng 9,7% so với cùng kỳ, chiếm 14,2% giá trị sản xuất toàn ngành công nghiệp.

Trong đó, Công ty Cổ phần Dược Hậu Giang (DHG Pharma) đóng góp 3.650 tỷ đồng, sản xuất hơn 3,9 tỷ đơn vị sản phẩm (viên, gói, chai), đạt 78% kế hoạch năm. Doanh thu thuần của công ty đạt 3.512 tỷ đồng, lợi nhuận trước thuế 712,4 tỷ đồng; nộp ngân sách nhà nước gần 420 tỷ đồng, tăng 6,3%.

Hiện toàn tỉnh có 5 doanh nghiệp sản xuất dược phẩm với 7 nhà máy đạt chuẩn GMP-WHO, trong đó 2 nhà máy đạt chuẩn Japan-GMP tại Khu công nghiệp Tân Phú Thạnh (huyện Châu Thành A), cách Quốc lộ 1A khoảng 2 km. Sản phẩm dược của tỉnh đã xuất khẩu sang 11 quốc gia, kim ngạch 9 tháng đạt 6,85 triệu USD, tăng 18,4%; riêng thị trường Nhật Bản chiếm trên 60%.

Theo Sở Công Thương, ước cả năm 2024, giá trị sản xuất ngành dược đạt khoảng 6.500 tỷ đồng, vượt 3,2% so với kế hoạch (6.300 tỷ đồng). Giai đoạn 2021-2025, các doanh nghiệp dược đã đầu tư trên 1.200 tỷ đồng mở rộng, nâng cấp nhà máy, dây chuyền; phấn đấu đến năm 2025 có thêm 1 nhà máy đạt chuẩn EU-GMP.

Ông Trần Văn Huyến, Giám đốc Sở Công Thương cho biết: "Tỉnh sẽ tiếp tục hỗ trợ doanh nghiệp dược tiếp cận thị trường, đồng thời phát triển vùng trồng dược liệu quy mô khoảng 500 ha tại huyện Long Mỹ và thị xã Long Mỹ".

NGỌC TRÂN
28/10/2024
"""

d = Doc("p241-8", TEXT, [
    "Báo Hậu Giang (BHG tag): công nghiệp dược 9 tháng năm 2024 — giá trị sản xuất, DHG Pharma, nhà máy GMP, xuất khẩu. No dateline at the top;",
    "the bare date '28/10/2024' under the byline at the end is the article's date.",
    "4.870 tỷ: change 9,7% (cùng kỳ), percent 14,2. 'Trong đó' makes DHG's 3.650 tỷ its part (same indicator, same period). 3,9 tỷ đơn vị sản phẩm: percent 78 ('đạt 78% kế hoạch năm').",
    "Company and plant figures take Hậu Giang; '9 tháng năm 2024' is stated once, later sentences inherit it, except '9 tháng' written again in the export sentence (year 2024).",
    "'trong đó 2 nhà máy' is part of 7. 'Nhật Bản chiếm trên 60%' is a share of a part: a percent figure. 'cách Quốc lộ 1A khoảng 2 km' is a location detail: optional.",
    "'ước cả năm 2024 … khoảng 6.500 tỷ đồng, vượt 3,2% so với kế hoạch (6.300 tỷ đồng)': estimate, change +3,2% (baseline kế hoạch), target 6.300 tỷ.",
    "revised after the first run: subject of '11 quốc gia' reworded from the sentence's own words (was 'quốc gia nhập khẩu …', a verb the sentence does not use).",
    "'Giai đoạn 2021-2025' for 1.200 tỷ; 'phấn đấu đến năm 2025 … thêm 1 nhà máy': target. '500 ha' is a plan in a quote (optional). Distractors: 'Quốc lộ 1A', 'Châu Thành A', 'GMP-WHO'.",
], published="2024-10-28", location="Hậu Giang")

p9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
d.f("đạt 4.870 tỷ đồng", "4.870", 4870e9, "money", "đồng",
    change=C("increase", 9.7, "%", "cùng kỳ"), percent=14.2,
    subject="giá trị sản xuất ngành sản xuất thuốc, hóa dược và dược liệu", period=p9)
d.f("đóng góp 3.650 tỷ đồng", "3.650", 3650e9, "money", "đồng", total=4870e9,
    subject="giá trị sản xuất của Công ty Cổ phần Dược Hậu Giang (DHG Pharma)", period=p9i)
d.f("hơn 3,9 tỷ đơn vị", "3,9", 3.9e9, "count", "đơn vị sản phẩm", approx="over", percent=78,
    subject="đơn vị sản phẩm DHG Pharma sản xuất", period=p9i)
d.f("đạt 3.512 tỷ đồng", "3.512", 3512e9, "money", "đồng", subject="doanh thu thuần của công ty", period=p9i)
d.f("thuế 712,4 tỷ đồng", "712,4", 712.4e9, "money", "đồng", subject="lợi nhuận trước thuế", period=p9i)
d.f("gần 420 tỷ đồng", "420", 420e9, "money", "đồng", approx="nearly",
    change=C("increase", 6.3, "%"), subject="nộp ngân sách nhà nước", period=p9i)
d.f("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất dược phẩm")
d.f("với 7 nhà máy", "7", 7, "count", "nhà máy", subject="nhà máy đạt chuẩn GMP-WHO")
d.f("trong đó 2 nhà máy", "2", 2, "count", "nhà máy", total=7, subject="nhà máy đạt chuẩn Japan-GMP")
d.f("khoảng 2 km", "2", 2, "measure", "km", approx="about", optional=True)
d.f("sang 11 quốc gia", "11", 11, "count", "quốc gia", subject="quốc gia sản phẩm dược của tỉnh xuất khẩu sang")
d.f("đạt 6,85 triệu USD", "6,85", 6.85e6, "money", "USD", change=C("increase", 18.4, "%"),
    subject="kim ngạch xuất khẩu sản phẩm dược", period=P("9 tháng", "2024-01-01", "2024-09-30"))
d.f("chiếm trên 60%", "60", 60, "percent", "%", approx="over",
    subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu sản phẩm dược",
    period=P("9 tháng", "2024-01-01", "2024-09-30"))
d.f("khoảng 6.500 tỷ đồng", "6.500", 6500e9, "money", "đồng", approx="about", status="estimate",
    change=C("increase", 3.2, "%", "kế hoạch"), target=T(6300e9, "đồng", True),
    subject="giá trị sản xuất ngành dược", period=P("cả năm 2024", "2024-01-01", "2024-12-31"))
d.f("trên 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", approx="over",
    subject="vốn đầu tư mở rộng, nâng cấp nhà máy, dây chuyền của các doanh nghiệp dược",
    period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"))
d.f("thêm 1 nhà máy", "1", 1, "count", "nhà máy", status="target",
    subject="nhà máy đạt chuẩn EU-GMP", period=P("đến năm 2025", None, "2025-12-31"))
d.f("khoảng 500 ha", "500", 500, "measure", "ha", approx="about", optional=True)
d.write()
