from lib import F, P, C, emit

TEXT = """Cổng Thông tin điện tử tỉnh Đồng Nai
Trang chủ > Kinh tế > Nông nghiệp

Đồng Nai: Tổng đàn heo đạt hơn 2,5 triệu con
Cập nhật: 08/10/2024 09:42 | Lượt xem: 3.417

(ĐN) - Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, tính đến 30/9, tổng đàn heo của tỉnh đạt hơn 2,5 triệu con, tăng 4,2% so với cùng kỳ năm 2023; trong đó đàn heo nuôi tại trang trại quy mô lớn khoảng 2,1 triệu con, chiếm 84%. Tổng đàn gia cầm đạt 25,6 triệu con, tăng 3,1% so với cùng kỳ, trong đó đàn gà 23,9 triệu con.

Sản lượng thịt hơi xuất chuồng 9 tháng năm 2024 ước đạt 513.800 tấn, đạt 76,4% kế hoạch năm, tăng 5,6% so với cùng kỳ; trong đó thịt heo hơi 338.200 tấn, thịt gia cầm 171.500 tấn. Sản lượng trứng gia cầm ước đạt 1,42 tỷ quả.

Toàn tỉnh hiện có 2.318 trang trại chăn nuôi, trong đó 1.046 trang trại heo và 1.127 trang trại gà. Trong tổng số trang trại nói trên, 412 trang trại đã được chứng nhận cơ sở an toàn dịch bệnh, chiếm 17,8%. Các địa phương có đàn heo lớn gồm huyện Trảng Bom (hơn 520.000 con), Thống Nhất (448.000 con) và Xuân Lộc (395.000 con).

Giá heo hơi tại các trang trại trên địa bàn hiện dao động từ 62.000 đến 64.500 đồng/kg, cao hơn khoảng 12.000 đồng/kg so với cùng kỳ năm trước.

Năm 2024, tỉnh phấn đấu tổng đàn heo đạt 2,6 triệu con, tỷ lệ trang trại áp dụng chăn nuôi an toàn sinh học đạt trên 90%. Người chăn nuôi cần hỗ trợ thông tin xin liên hệ đường dây nóng của Chi cục Chăn nuôi và Thú y: 0251.3822.547.

Hoàng Lộc
"""

D30 = P("tính đến 30/9", None, "2024-09-30")
D30i = P("tính đến 30/9", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Tổng đàn heo đạt hơn 2,5 triệu con\n", "2,5", 2500000, "count", "con", "tổng đàn heo", approx="over"),
    F("tỉnh đạt hơn 2,5 triệu con", "2,5", 2500000, "count", "con", "tổng đàn heo của tỉnh", D30, approx="over",
      change=C("increase", 4.2, "%", "cùng kỳ năm 2023")),
    F("khoảng 2,1 triệu con", "2,1", 2100000, "count", "con", "đàn heo nuôi tại trang trại quy mô lớn", D30,
      approx="about", total=2500000, percent=84),
    F("đạt 25,6 triệu con", "25,6", 25600000, "count", "con", "tổng đàn gia cầm", D30i,
      change=C("increase", 3.1, "%", "cùng kỳ")),
    F("đàn gà 23,9 triệu con", "23,9", 23900000, "count", "con", "đàn gà", D30i, total=25600000),
    F("ước đạt 513.800 tấn", "513.800", 513800, "measure", "tấn", "sản lượng thịt hơi xuất chuồng", M9,
      status="estimate", percent=76.4, change=C("increase", 5.6, "%", "cùng kỳ")),
    F("heo hơi 338.200 tấn", "338.200", 338200, "measure", "tấn", "thịt heo hơi", M9, status="estimate", total=513800),
    F("gia cầm 171.500 tấn", "171.500", 171500, "measure", "tấn", "thịt gia cầm", M9, status="estimate", total=513800),
    F("ước đạt 1,42 tỷ quả", "1,42", 1420000000, "count", "quả", "sản lượng trứng gia cầm", M9i, status="estimate"),
    F("có 2.318 trang trại", "2.318", 2318, "count", "trang trại", "trang trại chăn nuôi"),
    F("1.046 trang trại heo", "1.046", 1046, "count", "trang trại", "trang trại heo", total=2318),
    F("1.127 trang trại gà", "1.127", 1127, "count", "trang trại", "trang trại gà", total=2318),
    F("412 trang trại", "412", 412, "count", "trang trại", "trang trại được chứng nhận cơ sở an toàn dịch bệnh",
      total=2318, percent=17.8),
    F("Trảng Bom (hơn 520.000 con)", "520.000", 520000, "count", "con", "đàn heo", approx="over", location="Trảng Bom"),
    F("Thống Nhất (448.000 con)", "448.000", 448000, "count", "con", "đàn heo", location="Thống Nhất"),
    F("Xuân Lộc (395.000 con)", "395.000", 395000, "count", "con", "đàn heo", location="Xuân Lộc"),
    F("từ 62.000 đến 64.500 đồng/kg", "62.000", 62000, "money", "đồng/kg", "giá heo hơi tại các trang trại",
      value_max=64500, change=C("increase", 12000, "đồng/kg", "cùng kỳ năm trước", approx="about")),
    F("đạt 2,6 triệu con", "2,6", 2600000, "count", "con", "tổng đàn heo", Y24, status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ trang trại áp dụng chăn nuôi an toàn sinh học", Y24,
      approx="over", status="target"),
]

COMMENTS = [
    "Province portal (Đồng Nai): pig and poultry herd to 30/9/2024, meat output 9 months, farms, biosecurity-certified farms, live-hog price, 2024 targets.",
    "'Cập nhật: 08/10/2024 09:42' is the dateline; 'Lượt xem: 3.417' a counter; '(ĐN)', hotline 0251.3822.547 and 'ngày 30/9' are not figures.",
    "'tính đến 30/9' has no year: it takes 2024 from the dateline (as-of period: start null). The headline figure stands with no period.",
    "'khoảng 2,1 triệu con, chiếm 84%' after 'trong đó': total 2,5 triệu, percent 84. 'đàn gà 23,9 triệu' after 'trong đó' has total 25,6 triệu.",
    "'513.800 tấn, đạt 76,4% kế hoạch năm' → percent 76,4; its parts after 'trong đó' continue the 'ước đạt' clause (estimate) with total 513.800.",
    "'Trong tổng số trang trại nói trên, 412 trang trại …, chiếm 17,8%' → total 2.318 (the whole named by the cue), percent 17,8.",
    "District list: places go to location, subject 'đàn heo'. Price range 62.000–64.500 đồng/kg with change 'cao hơn khoảng 12.000 đồng/kg'.",
    "'phấn đấu' makes both 2024 figures targets; 'trên 90%' approx over.",
]

emit("p409-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đồng Nai")
