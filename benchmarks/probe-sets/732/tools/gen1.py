"""p732-1: Quảng Ninh province portal, oyster farming 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp

Sản lượng hàu nuôi 6 tháng đạt hơn 29.000 tấn

Cập nhật: 15/07/2024 08:30
Lượt xem: 1.842

6 tháng đầu năm 2024, sản lượng hàu nuôi toàn tỉnh Quảng Ninh ước đạt 29.450 tấn, tăng 8,6% so với cùng kỳ năm 2023, đạt 52,6% kế hoạch năm. Trong đó, huyện Vân Đồn ước đạt 17.900 tấn; huyện Đầm Hà 4.350 tấn; huyện Hải Hà 3.980 tấn.

Diện tích nuôi hàu của tỉnh hiện có khoảng 2.530 ha, tập trung ở Vân Đồn (1.380 ha), Đầm Hà (415 ha), Hải Hà (368 ha) và TP Móng Cái (210 ha). Thực hiện Quyết định số 2712/QĐ-UBND của UBND tỉnh, đã có 86% diện tích nuôi chuyển sang dùng phao nhựa HDPE thay cho phao xốp.

Về con giống, các cơ sở sản xuất trên địa bàn đã cung ứng hơn 1,2 tỷ con hàu giống. Tuy vậy, lượng giống sản xuất tại chỗ mới đáp ứng khoảng 45% nhu cầu, phần còn lại được nhập từ Hải Phòng và Khánh Hòa. Giá hàu thương phẩm tại bè dao động từ 12.000 đến 15.000 đồng/kg, giảm khoảng 2.000 đồng/kg so với cuối năm 2023.

Toàn tỉnh hiện có 12 cơ sở chế biến sản phẩm từ hàu, trong đó 4 cơ sở có sản phẩm đạt OCOP 4 sao. Kim ngạch xuất khẩu hàu đông lạnh sang Trung Quốc, Hàn Quốc 6 tháng đạt 3,8 triệu USD.

Phấn đấu đến năm 2025, diện tích nuôi hàu của tỉnh đạt 3.000 ha, sản lượng hàu thương phẩm đạt 60.000 tấn/năm, giá trị sản xuất đạt 1.200 tỷ đồng.

Tầng 6, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long | Điện thoại: 0203.3835.469
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 29.000 tấn", "29.000", 29000, "measure", "tấn", "sản lượng hàu nuôi",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("ước đạt 29.450 tấn", "29.450", 29450, "measure", "tấn", "sản lượng hàu nuôi toàn tỉnh", H1,
      percent=52.6, change=CH("increase", 8.6, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("Vân Đồn ước đạt 17.900 tấn", "17.900", 17900, "measure", "tấn", "sản lượng hàu nuôi", I(H1),
      total=29450, status="estimate", location="Vân Đồn"),
    F("Đầm Hà 4.350 tấn", "4.350", 4350, "measure", "tấn", "sản lượng hàu nuôi", I(H1),
      total=29450, status="estimate", location="Đầm Hà"),
    F("Hải Hà 3.980 tấn", "3.980", 3980, "measure", "tấn", "sản lượng hàu nuôi", I(H1),
      total=29450, status="estimate", location="Hải Hà"),
    F("khoảng 2.530 ha", "2.530", 2530, "measure", "ha", "diện tích nuôi hàu", approx="about"),
    F("(1.380 ha)", "1.380", 1380, "measure", "ha", "diện tích nuôi hàu", location="Vân Đồn"),
    F("(415 ha)", "415", 415, "measure", "ha", "diện tích nuôi hàu", location="Đầm Hà"),
    F("(368 ha)", "368", 368, "measure", "ha", "diện tích nuôi hàu", location="Hải Hà"),
    F("(210 ha)", "210", 210, "measure", "ha", "diện tích nuôi hàu", location="Móng Cái"),
    F("có 86% diện tích", "86", 86, "percent", "%",
      "diện tích nuôi chuyển sang dùng phao nhựa HDPE thay cho phao xốp"),
    F("hơn 1,2 tỷ con hàu giống", "1,2", 1200000000, "count", "con hàu giống",
      "con hàu giống các cơ sở sản xuất trên địa bàn cung ứng", approx="over"),
    F("khoảng 45% nhu cầu", "45", 45, "percent", "%", "lượng giống sản xuất tại chỗ đáp ứng nhu cầu",
      approx="about"),
    F("từ 12.000 đến 15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá hàu thương phẩm tại bè",
      value_max=15000, change=CH("decrease", 2000, "đồng/kg", "cuối năm 2023", approx="about")),
    F("có 12 cơ sở chế biến", "12", 12, "count", "cơ sở", "cơ sở chế biến sản phẩm từ hàu"),
    F("trong đó 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở có sản phẩm đạt OCOP 4 sao", total=12),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("đạt 3,8 triệu USD", "3,8", 3800000, "money", "USD", "kim ngạch xuất khẩu hàu đông lạnh",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích nuôi hàu", T25, status="target"),
    F("đạt 60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", "sản lượng hàu thương phẩm", T25,
      status="target"),
    F("đạt 1.200 tỷ đồng", "1.200", 1200000000000, "money", "đồng", "giá trị sản xuất", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ninh: sản lượng hàu nuôi 6 tháng đầu năm 2024, diện tích theo huyện, giống, giá, chế biến, xuất khẩu, mục tiêu 2025.",
    "Province portal (breadcrumb, Cập nhật, Lượt xem). Distractors: Lượt xem 1.842, Quyết định số 2712/QĐ-UBND, Tầng 6, Trụ sở Liên cơ quan số 3, phone.",
    "Bracketed district areas do not add up to 2.530 ha (2.373) and follow no cue: no total. District output after 'Trong đó' takes 29.450 as total.",
    "'đạt 52,6% kế hoạch năm' is the percent of 29.450 tấn (as h14 '70% so kế hoạch'). 'OCOP 4 sao' is a rating: optional.",
    "Headline '6 tháng' takes the year of the lead / published (2024).",
]

emit("p732-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Quảng Ninh")
