from lib import F, P, C, T, write

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Tin hoạt động ngân hàng

NHNN tiếp tục bán vàng miếng trực tiếp qua 4 ngân hàng thương mại nhà nước để bình ổn thị trường

Thực hiện chỉ đạo của Chính phủ tại Nghị quyết số 80/NQ-CP, từ ngày 3/6/2024 Ngân hàng Nhà nước Việt Nam (NHNN) dừng tổ chức đấu thầu và chuyển sang bán vàng miếng SJC cho 4 ngân hàng thương mại nhà nước và Công ty SJC để bán trực tiếp cho người dân.

Trước đó, từ ngày 22/4 đến ngày 23/5/2024, NHNN đã tổ chức 9 phiên đấu thầu, trong đó 6 phiên thành công, 3 phiên phải hủy do không đủ số thành viên tham gia. Tổng khối lượng trúng thầu là 48.500 lượng, tương đương khoảng 1,8 tấn vàng.

Giá NHNN bán vàng miếng cho các đơn vị ngày 3/6/2024 là 81,9 triệu đồng/lượng; đến ngày 7/6/2024 giảm xuống 75,98 triệu đồng/lượng. Tính đến ngày 30/6/2024, các đơn vị đã bán ra gần 2,8 tấn vàng miếng cho hơn 60 nghìn lượt khách hàng; mỗi khách hàng được mua tối đa 5 lượng. Khoảng cách giữa giá vàng miếng trong nước và giá thế giới đã thu hẹp từ mức 18 triệu đồng/lượng xuống còn khoảng 3-5 triệu đồng/lượng.

Trên thị trường ngoại tệ, tỷ giá trung tâm ngày 2/7/2024 được NHNN công bố ở mức 24.260 đồng/USD, tăng 4 đồng so với phiên trước; tỷ giá bán USD tại Sở Giao dịch NHNN là 25.450 đồng/USD. Từ đầu năm 2024 đến ngày 30/6/2024, NHNN đã bán ra khoảng 6,2 tỷ USD để hỗ trợ thanh khoản thị trường ngoại tệ; đồng Việt Nam mất giá khoảng 4,8% so với USD.

Thông tin chi tiết liên hệ: Vụ Truyền thông, NHNN, số 49 Lý Thái Tổ, Hoàn Kiếm, Hà Nội.
"""

AU = P("từ ngày 22/4 đến ngày 23/5/2024", "2024-04-22", "2024-05-23")
AUi = P("từ ngày 22/4 đến ngày 23/5/2024", "2024-04-22", "2024-05-23", inherited=True)
T30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
FX = P("Từ đầu năm 2024 đến ngày 30/6/2024", "2024-01-01", "2024-06-30")
FIG = [
    F("qua 4 ngân hàng", "4", 4, "count", "ngân hàng thương mại nhà nước", "ngân hàng thương mại nhà nước bán vàng miếng trực tiếp"),
    F("cho 4 ngân hàng", "4", 4, "count", "ngân hàng thương mại nhà nước", "ngân hàng thương mại nhà nước được NHNN bán vàng miếng SJC"),
    F("tổ chức 9 phiên", "9", 9, "count", "phiên đấu thầu", "phiên đấu thầu", AU),
    F("trong đó 6 phiên", "6", 6, "count", "phiên", "phiên đấu thầu thành công", AU, total=9),
    F("3 phiên phải hủy", "3", 3, "count", "phiên", "phiên đấu thầu phải hủy", AU, total=9),
    F("là 48.500 lượng", "48.500", 48500, "measure", "lượng", "tổng khối lượng trúng thầu", AUi),
    F("khoảng 1,8 tấn", "1,8", 1.8, "measure", "tấn", "tổng khối lượng vàng trúng thầu", AUi, approx="about"),
    F("là 81,9 triệu", "81,9", 81900000, "money", "đồng/lượng", "Giá NHNN bán vàng miếng cho các đơn vị",
      P("ngày 3/6/2024", "2024-06-03", "2024-06-03")),
    F("xuống 75,98 triệu", "75,98", 75980000, "money", "đồng/lượng", "Giá NHNN bán vàng miếng cho các đơn vị",
      P("đến ngày 7/6/2024", None, "2024-06-07")),
    F("gần 2,8 tấn", "2,8", 2.8, "measure", "tấn", "vàng miếng các đơn vị đã bán ra", T30, approx="nearly"),
    F("hơn 60 nghìn lượt", "60", 60000, "count", "lượt khách hàng", "lượt khách hàng mua vàng miếng", T30, approx="over"),
    F("tối đa 5 lượng", "5", 5, "measure", "lượng", "khối lượng vàng miếng mỗi khách hàng được mua",
      approx="at_most", optional=True),
    F("mức 18 triệu", "18", 18000000, "money", "đồng/lượng", "Khoảng cách giữa giá vàng miếng trong nước và giá thế giới"),
    F("khoảng 3-5 triệu", "3", 3000000, "money", "đồng/lượng", "Khoảng cách giữa giá vàng miếng trong nước và giá thế giới",
      value_max=5000000, approx="about"),
    F("mức 24.260 đồng/USD", "24.260", 24260, "money", "đồng/USD", "tỷ giá trung tâm",
      P("ngày 2/7/2024", "2024-07-02", "2024-07-02"), change=C("increase", 4, "đồng", "phiên trước")),
    F("là 25.450 đồng/USD", "25.450", 25450, "money", "đồng/USD", "tỷ giá bán USD tại Sở Giao dịch NHNN",
      P("ngày 2/7/2024", "2024-07-02", "2024-07-02")),
    F("khoảng 6,2 tỷ USD", "6,2", 6200000000, "money", "USD", "ngoại tệ NHNN bán ra", FX, approx="about"),
    F("khoảng 4,8% so", "4,8", 4.8, "percent", "%", "đồng Việt Nam mất giá so với USD", FX, approx="about"),
]

COMMENTS = [
    "Ministry site (State Bank of Viet Nam news page): gold-bar sales to stabilise the market (auctions April–May 2024, direct sales from 3/6/2024) and FX.",
    "No dateline anywhere (published null); every period in the text carries its year.",
    "All figures national (location Việt Nam). '9 phiên …, trong đó 6 phiên …, 3 phiên …' totals 9. '48.500 lượng, tương đương khoảng 1,8 tấn' — the restated quantity is a figure of its own (measure, about).",
    "'giảm xuống 75,98 triệu' states only the new level: no change. 'thu hẹp từ mức 18 triệu … xuống còn khoảng 3-5 triệu': both levels are figures (the second a range, about).",
    "'tối đa 5 lượng' is a purchase rule (optional). Single-day prices take the day as period (cf. shared 'Ngày 10/10/2022'); the 2/7/2024 date governs both FX rates in its sentence.",
    "'đến ngày 7/6/2024 giảm xuống …' is read by the spec's period table ('đến 30/6/2023' → start null): as-of 7/6/2024 (revised after the first run; see REPORT.md).",
    "Distractors: 'Nghị quyết số 80/NQ-CP', 'ngày 3/6/2024' (start of a policy), address 'số 49 Lý Thái Tổ'. The 4 banks (title and body) are counts, required.",
]

write("p262-7", TEXT, FIG, COMMENTS, location="Việt Nam")
