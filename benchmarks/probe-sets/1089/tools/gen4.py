"""p1089-4: ministry site (Bộ NN&PTNT), national machine fleet, mechanisation by stage, provinces list, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Kinh tế hợp tác và phát triển nông thôn

Cả nước có hơn 770.000 máy kéo phục vụ sản xuất nông nghiệp

Ngày đăng: 22/08/2024 | Lượt xem: 1.204

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến tháng 6/2024, cả nước có khoảng 772.000 máy kéo các loại, tăng 3,1% so với cuối năm 2023; 30.450 máy gặt đập liên hợp; 2.150 máy cấy và hơn 6.800 thiết bị bay không người lái phục vụ nông nghiệp. Trong số máy kéo, loại có công suất trên 35 mã lực chiếm khoảng 28%. Công suất động lực bình quân đạt 2,8 mã lực/ha canh tác.

Trong sản xuất lúa, mức độ cơ giới hóa khâu làm đất đạt 98%, gieo trồng 60%, chăm sóc 75%, thu hoạch 95%. Các địa phương có mức độ cơ giới hóa khâu thu hoạch lúa cao nhất là Kiên Giang (99,5%), An Giang (99%) và Đồng Tháp (98,5%). Với sản xuất mía, khâu làm đất đạt khoảng 90% nhưng thu hoạch mới đạt 20-25%. Việt Nam hiện đứng thứ 2 khu vực Đông Nam Á về mức độ cơ giới hóa trong sản xuất lúa, sau Thái Lan.

Riêng năm 2023, diện tích cây trồng được phun thuốc bằng thiết bị bay không người lái đạt khoảng 1,2 triệu lượt ha, tăng gấp 2,5 lần so với năm 2022. Tuy vậy, các doanh nghiệp cơ khí trong nước mới đáp ứng khoảng 30-35% nhu cầu máy móc nông nghiệp; giá trị máy móc nhập khẩu năm 2023 đạt 1,15 tỷ USD.

Theo Quyết định số 858/QĐ-TTg ngày 20/7/2022 của Thủ tướng Chính phủ, đến năm 2030 mức độ cơ giới hóa đồng bộ trong sản xuất lúa đạt trên 70%, công suất động lực bình quân đạt 4 mã lực/ha và 100% diện tích lúa được cơ giới hóa khâu làm đất.

Liên hệ: Cục Kinh tế hợp tác và PTNT, số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3845.9217
"""

JUN = P("tính đến tháng 6/2024", None, "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"

FIGS = [
    F("có hơn 770.000 máy kéo", "770.000", 770000, "count", "máy kéo", "máy kéo phục vụ sản xuất nông nghiệp", approx="over"),
    F("khoảng 772.000 máy kéo", "772.000", 772000, "count", "máy kéo", "máy kéo các loại", approx="about",
      change=C("increase", 3.1, "%", "cuối năm 2023"), period=JUN),
    F("30.450 máy gặt", "30.450", 30450, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", period=JUN),
    F("2.150 máy cấy", "2.150", 2150, "count", "máy cấy", "máy cấy", period=JUN),
    F("hơn 6.800 thiết bị", "6.800", 6800, "count", "thiết bị bay không người lái",
      "thiết bị bay không người lái phục vụ nông nghiệp", approx="over", period=JUN),
    F("trên 35 mã lực", "35", 35, "measure", "mã lực", "công suất máy kéo", approx="over", optional=True),
    F("chiếm khoảng 28%", "28", 28, "percent", "%", "máy kéo có công suất trên 35 mã lực trong số máy kéo", approx="about",
      period=I(JUN)),
    F("đạt 2,8 mã lực/ha", "2,8", 2.8, "measure", "mã lực/ha", "công suất động lực bình quân", period=I(JUN)),
    F("làm đất đạt 98%", "98", 98, "percent", "%", "mức độ cơ giới hóa khâu làm đất trong sản xuất lúa"),
    F("gieo trồng 60%", "60", 60, "percent", "%", "mức độ cơ giới hóa khâu gieo trồng trong sản xuất lúa"),
    F("chăm sóc 75%", "75", 75, "percent", "%", "mức độ cơ giới hóa khâu chăm sóc trong sản xuất lúa"),
    F("thu hoạch 95%", "95", 95, "percent", "%", "mức độ cơ giới hóa khâu thu hoạch trong sản xuất lúa"),
    F("Kiên Giang (99,5%)", "99,5", 99.5, "percent", "%", "mức độ cơ giới hóa khâu thu hoạch lúa", location="Kiên Giang"),
    F("An Giang (99%)", "99", 99, "percent", "%", "mức độ cơ giới hóa khâu thu hoạch lúa", location="An Giang"),
    F("Đồng Tháp (98,5%)", "98,5", 98.5, "percent", "%", "mức độ cơ giới hóa khâu thu hoạch lúa", location="Đồng Tháp"),
    F("đạt khoảng 90%", "90", 90, "percent", "%", "mức độ cơ giới hóa khâu làm đất trong sản xuất mía", approx="about"),
    F("đạt 20-25%", "20", 20, "percent", "%", "mức độ cơ giới hóa khâu thu hoạch mía", value_max=25),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "mức độ cơ giới hóa trong sản xuất lúa khu vực Đông Nam Á"),
    F("khoảng 1,2 triệu lượt ha", "1,2", 1.2e6, "measure", "lượt ha",
      "diện tích cây trồng được phun thuốc bằng thiết bị bay không người lái", approx="about",
      change=C("increase", 2.5, "lần", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 30-35%", "30", 30, "percent", "%", "nhu cầu máy móc nông nghiệp doanh nghiệp cơ khí trong nước đáp ứng",
      approx="about", value_max=35),
    F("đạt 1,15 tỷ USD", "1,15", 1.15e9, "money", "USD", "giá trị máy móc nhập khẩu", period=Y23),
    F("đạt trên 70%", "70", 70, "percent", "%", "mức độ cơ giới hóa đồng bộ trong sản xuất lúa", approx="over",
      status="target", period=TO30),
    F("đạt 4 mã lực/ha", "4", 4, "measure", "mã lực/ha", "công suất động lực bình quân", status="target", period=TO30),
    F("và 100% diện tích", "100", 100, "percent", "%", "diện tích lúa được cơ giới hóa khâu làm đất", status="target", period=TO30),
]

NOTES = [
    "Bộ NN&PTNT site, Ngày đăng 22/08/2024: national machine fleet as of 6/2024, mechanisation by stage, provinces with the highest harvest rate, 2030 targets.",
    "All figures national (Việt Nam) except the bracketed province list (each item's location is its province; subject = the list's indicator).",
    "Headline 'hơn 770.000 máy kéo' is a figure of its own. 'trên 35 mã lực' (category threshold) is optional; the 28% share is a figure (no base count).",
    "'tăng gấp 2,5 lần so với năm 2022' after 1,2 triệu lượt ha → its change (unit lần). 'đứng thứ 2 khu vực Đông Nam Á' → rank 2.",
    "28% and 2,8 mã lực/ha inherit 'tính đến tháng 6/2024' from the paragraph's first sentence. Other sentences with 'hiện' or no time phrase get no period. 'đến năm 2030 ... đạt' → target for the three coordinated figures.",
    "Distractors: Lượt xem 1.204, Quyết định số 858/QĐ-TTg ngày 20/7/2022, số 2 Ngọc Hà, ĐT 024.3845.9217.",
]

if __name__ == "__main__":
    write("p1089-4", TEXT, FIGS, NOTES, published="2024-08-22", location="Việt Nam")
