from lib import F, P, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HÀ NỘI
Chi cục Phát triển nông thôn

Hà Nội công nhận thêm 6 làng nghề, làng nghề truyền thống trong quý III/2024
Ngày đăng: 05/10/2024 | Lượt xem: 862

Trong quý III/2024, UBND thành phố đã ban hành Quyết định số 4127/QĐ-UBND công nhận 6 làng nghề, làng nghề truyền thống tại các huyện Thường Tín, Mỹ Đức và Sóc Sơn. Như vậy, tính đến 30/9/2024, Hà Nội có 343 làng nghề, làng nghề truyền thống được công nhận trên tổng số 1.350 làng nghề và làng có nghề. Các làng nghề được công nhận tập trung ở các huyện Thường Tín (47 làng), Phú Xuyên (42 làng), Ứng Hòa (35 làng) và Chương Mỹ (29 làng).

Các làng nghề thu hút khoảng 820.000 lao động, trong đó trên 155.000 lao động có tay nghề cao. Toàn thành phố có 31 Nghệ nhân nhân dân và 172 Nghệ nhân ưu tú được Chủ tịch nước phong tặng.

9 tháng năm 2024, doanh thu từ các làng nghề ước đạt 19.650 tỷ đồng, tăng 5,8% so với cùng kỳ; kim ngạch xuất khẩu hàng thủ công mỹ nghệ ước đạt 512 triệu USD. Thu nhập bình quân của lao động làng nghề khoảng 5,8 triệu đồng/người/tháng.

Giai đoạn 2021-2025, thành phố bố trí 1.120 tỷ đồng hỗ trợ phát triển nghề và làng nghề; đến nay đã giải ngân 786 tỷ đồng, đạt 70,2% kế hoạch vốn. Trong năm 2024, 23 sản phẩm làng nghề được công nhận sản phẩm OCOP. Hiện tổng số sản phẩm OCOP từ làng nghề của thành phố là 1.046 sản phẩm.

Theo kế hoạch, đến hết năm 2025, Hà Nội phấn đấu công nhận thêm từ 10 đến 15 làng nghề, làng nghề truyền thống; tổ chức đào tạo nghề cho khoảng 9.000 lao động nông thôn.

Chi cục Phát triển nông thôn Hà Nội - Số 38 Tô Hiệu, Hà Đông. ĐT: 024.3382.5678
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
AS = P("tính đến 30/9/2024", None, "2024-09-30")
ASi = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
NOW = P("đến nay", None, "2024-10-05")
T25 = P("đến hết năm 2025", None, "2025-12-31")
REC = "làng nghề, làng nghề truyền thống được công nhận"

FIGS = [
    F("thêm 6 làng nghề, làng nghề truyền thống trong", "6", 6, "count", "làng nghề", REC, Q3),
    F("công nhận 6 làng nghề, làng nghề truyền thống tại", "6", 6, "count", "làng nghề", REC, Q3),
    F("có 343 làng nghề", "343", 343, "count", "làng nghề", REC, AS, total=1350),
    F("tổng số 1.350 làng nghề", "1.350", 1350, "count", "làng nghề", "làng nghề và làng có nghề", AS),
    F("Thường Tín (47 làng)", "47", 47, "count", "làng", REC, ASi, location="Thường Tín"),
    F("Phú Xuyên (42 làng)", "42", 42, "count", "làng", REC, ASi, location="Phú Xuyên"),
    F("Ứng Hòa (35 làng)", "35", 35, "count", "làng", REC, ASi, location="Ứng Hòa"),
    F("Chương Mỹ (29 làng)", "29", 29, "count", "làng", REC, ASi, location="Chương Mỹ"),
    F("khoảng 820.000 lao động", "820.000", 820000, "count", "lao động", "lao động làng nghề", approx="about"),
    F("trên 155.000 lao động", "155.000", 155000, "count", "lao động", "lao động có tay nghề cao", approx="over",
      total=820000),
    F("có 31 Nghệ nhân", "31", 31, "count", "Nghệ nhân nhân dân", "Nghệ nhân nhân dân"),
    F("172 Nghệ nhân", "172", 172, "count", "Nghệ nhân ưu tú", "Nghệ nhân ưu tú"),
    F("ước đạt 19.650 tỷ đồng", "19.650", 19650e9, "money", "đồng", "doanh thu từ các làng nghề", M9, status="estimate",
      change=CH("increase", 5.8, "%", "cùng kỳ")),
    F("ước đạt 512 triệu USD", "512", 512e6, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ", M9, status="estimate"),
    F("khoảng 5,8 triệu đồng", "5,8", 5.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề", M9i,
      approx="about"),
    F("bố trí 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "vốn hỗ trợ phát triển nghề và làng nghề",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("giải ngân 786 tỷ đồng", "786", 786e9, "money", "đồng", "vốn hỗ trợ phát triển nghề và làng nghề đã giải ngân", NOW,
      percent=70.2),
    F("2024, 23 sản phẩm", "23", 23, "count", "sản phẩm", "sản phẩm làng nghề được công nhận sản phẩm OCOP",
      P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("là 1.046 sản phẩm", "1.046", 1046, "count", "sản phẩm", "tổng số sản phẩm OCOP từ làng nghề"),
    F("từ 10 đến 15 làng nghề", "10", 10, "count", "làng nghề", "làng nghề, làng nghề truyền thống công nhận thêm", T25,
      value_max=15, status="target"),
    F("khoảng 9.000 lao động", "9.000", 9000, "count", "lao động nông thôn", "lao động nông thôn được đào tạo nghề", T25,
      approx="about", status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Hà Nội (Chi cục PTNT): công nhận làng nghề quý III/2024; lao động, nghệ nhân, doanh thu 9 tháng, vốn hỗ trợ 2021-2025, OCOP, targets.",
    "'Ngày đăng: 05/10/2024 | Lượt xem: 862' dateline + counter. Quyết định số 4127/QĐ-UBND, address, phone: not figures.",
    "343 recognised 'trên tổng số 1.350' → total. District list in brackets: location = district. 155.000 'trong đó' after 820.000 → total.",
    "The 6 in the headline and the 6 in the body are both figures (headline figures are counted). '9 tháng năm 2024' governs the whole sentence:",
    "both 19.650 tỷ and 512 triệu USD carry their own 'ước đạt' (estimate). 'Hiện tổng số … là 1.046' has no period ('hiện').",
    " 'đến nay' ends at the dateline. 'đạt 70,2% kế hoạch vốn' is 786 tỷ's share.",
]

emit("p323-2", TEXT, COMMENTS, FIGS, published="2024-10-05", location="Hà Nội")
