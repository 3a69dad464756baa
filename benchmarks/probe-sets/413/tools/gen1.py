from lib import F, P, PI, CH, T, build

TEXT = """Cổng Thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 15/05/2024 09:12
Lượt xem: 2.341

Thanh Hóa kết thúc vụ ép mía niên vụ 2023-2024: giá mía tăng, người trồng phấn khởi

Ngày 14/5, Sở Nông nghiệp và Phát triển nông thôn cho biết vụ ép mía niên vụ 2023-2024 trên địa bàn tỉnh đã kết thúc sau 165 ngày. Toàn tỉnh có 26.450 ha mía nguyên liệu, tăng hơn 1.100 ha so với niên vụ trước; năng suất bình quân đạt 62,5 tấn/ha, sản lượng ước đạt 1,65 triệu tấn.

Ba nhà máy đường trên địa bàn đã ép 1.420.000 tấn mía, sản xuất 152.300 tấn đường, trong đó Công ty CP Mía đường Lam Sơn 68.500 tấn, Công ty CP Mía đường Nông Cống 41.200 tấn, Công ty TNHH Đường mía Việt Nam - Đài Loan 42.600 tấn. Chữ đường bình quân đạt 10,8 CCS, cao hơn 0,6 CCS so với niên vụ 2022-2023.

Giá mía nguyên liệu tại ruộng (loại 10 CCS) được các nhà máy thu mua từ 1.200.000 đến 1.250.000 đồng/tấn, tăng khoảng 25% so với niên vụ trước. Với mức giá này, mỗi héc-ta mía cho lãi từ 35 đến 40 triệu đồng; nhiều hộ tại huyện Thọ Xuân thu lãi trên 60 triệu đồng/ha.

Tỷ lệ diện tích được cơ giới hóa khâu làm đất đạt 95%, khâu thu hoạch mới đạt 12%. Các nhà máy đã thanh toán 100% tiền mía cho nông dân với tổng số tiền trên 1.740 tỷ đồng. Giai đoạn 2021-2025, tỉnh đã hỗ trợ 86,5 tỷ đồng cho người trồng mía đầu tư giống, tưới nước tiết kiệm.

Niên vụ 2024-2025, tỉnh phấn đấu diện tích mía đạt 28.000 ha, năng suất trên 65 tấn/ha. Mọi phản ánh về giá mía, người dân liên hệ đường dây nóng 0237.3852.646.
"""

NV = ("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVI = PI(*NV)

FIGS = [
    F("kết thúc sau 165 ngày", "165", "measure", "ngày", "thời gian vụ ép mía", optional=True),
    F("có 26.450 ha mía", "26.450", "measure", "ha", "diện tích mía nguyên liệu",
      change=CH("inc", 1100, "ha", "niên vụ trước", approx="over"), period=NVI),
    F("đạt 62,5 tấn/ha", "62,5", "measure", "tấn/ha", "năng suất mía bình quân", period=NVI),
    F("ước đạt 1,65 triệu tấn", "1,65", "measure", "tấn", "sản lượng mía", mult=10**6, status="estimate", period=NVI),
    F("Ba nhà máy đường", "Ba", "count", "nhà máy đường", "nhà máy đường trên địa bàn", value=3, optional=True),
    F("ép 1.420.000 tấn mía", "1.420.000", "measure", "tấn", "mía ép của các nhà máy đường", period=NVI),
    F("xuất 152.300 tấn đường", "152.300", "measure", "tấn", "đường sản xuất", period=NVI),
    F("Lam Sơn 68.500 tấn", "68.500", "measure", "tấn", "đường sản xuất", total=152300, period=NVI),
    F("Nông Cống 41.200 tấn", "41.200", "measure", "tấn", "đường sản xuất", total=152300, period=NVI),
    F("Đài Loan 42.600 tấn", "42.600", "measure", "tấn", "đường sản xuất", total=152300, period=NVI),
    F("đạt 10,8 CCS", "10,8", "measure", "CCS", "chữ đường bình quân",
      change=CH("inc", 0.6, "CCS", "niên vụ 2022-2023"), period=NVI),
    F("(loại 10 CCS)", "10", "measure", "CCS", "loại mía", optional=True),
    F("từ 1.200.000 đến", "1.200.000", "money", "đồng/tấn", "giá mía nguyên liệu tại ruộng các nhà máy thu mua",
      value_max=1250000, change=CH("inc", 25, "%", "niên vụ trước", approx="about"), period=NVI),
    F("lãi từ 35 đến 40 triệu", "35", "money", "đồng", "lãi mỗi héc-ta mía", mult=10**6, value_max=40000000, period=NVI),
    F("lãi trên 60 triệu đồng/ha", "60", "money", "đồng/ha", "lãi của nhiều hộ trồng mía", mult=10**6, approx="over",
      location="Thọ Xuân", period=NVI),
    F("làm đất đạt 95%", "95", "percent", "%", "Tỷ lệ diện tích được cơ giới hóa khâu làm đất", period=NVI),
    F("mới đạt 12%", "12", "percent", "%", "Tỷ lệ diện tích được cơ giới hóa khâu thu hoạch", period=NVI),
    F("thanh toán 100% tiền mía", "100", "percent", "%", "tiền mía các nhà máy đã thanh toán cho nông dân", period=NVI),
    F("trên 1.740 tỷ đồng", "1.740", "money", "đồng", "tổng số tiền mía thanh toán cho nông dân", mult=10**9,
      approx="over", period=NVI),
    F("hỗ trợ 86,5 tỷ đồng", "86,5", "money", "đồng", "kinh phí hỗ trợ người trồng mía đầu tư giống, tưới nước tiết kiệm",
      mult=10**9, period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("đạt 28.000 ha", "28.000", "measure", "ha", "diện tích mía", status="target",
      period=P("Niên vụ 2024-2025", "2024-01-01", "2025-12-31")),
    F("trên 65 tấn/ha", "65", "measure", "tấn/ha", "năng suất mía", approx="over", status="target",
      period=P("Niên vụ 2024-2025", "2024-01-01", "2025-12-31")),
]

COMMENTS = """
Cổng TTĐT tỉnh Thanh Hóa (province portal): end of the 2023-2024 crushing season. Dateline 'Cập nhật: 15/05/2024 09:12', counter 'Lượt xem: 2.341'.
A crushing season 'niên vụ 2023-2024' is read like 'giai đoạn 2023-2024': 2023-01-01 .. 2024-12-31. Most figures take it from an earlier sentence (inherited).
Distractors: breadcrumb, 'Ngày 14/5', 'niên vụ 2022-2023' (baseline), hotline 0237.3852.646, 'Việt Nam - Đài Loan' inside a company name (no place).
'trong đó' list of mills: parts of 152.300 tấn đường (total). Companies are not places: location stays Thanh Hóa,
and as list items sharing one indicator their subject is that indicator ('đường sản xuất'; FIGURES.md lists, shared h01).
'tăng hơn 1.100 ha', 'cao hơn 0,6 CCS', 'tăng khoảng 25%' are changes of the figure before them. Tonnes and hectares are measure.
Optional: season length '165 ngày' (duration), 'Ba nhà máy' (list head), grade 'loại 10 CCS' (criterion).
"""

build(1, TEXT, FIGS, COMMENTS, published="2024-05-15", location="Thanh Hóa")
