"""p558-1: Bắc Giang province portal, livestock 6 months 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ » Tin tức - Sự kiện » Kinh tế
Chăn nuôi 6 tháng đầu năm 2024: tổng đàn lợn đạt hơn 1,1 triệu con
Cập nhật: 08/07/2024 15:42
Lượt xem: 1.873

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, tổng đàn lợn của tỉnh ước đạt 1.125,6 nghìn con, tăng 4,2% so với cùng kỳ năm 2023; đàn gia cầm ước đạt 19,8 triệu con, tăng 2,5%; đàn trâu 41.350 con, giảm 3,1%; đàn bò 135.200 con.

Sản lượng thịt hơi xuất chuồng các loại ước đạt 178.400 tấn, đạt 52,1% kế hoạch năm, trong đó thịt lợn hơi 121.300 tấn, thịt gia cầm 51.600 tấn. Các huyện có đàn lợn lớn gồm Lạng Giang (165.000 con), Yên Thế (148.500 con), Tân Yên (132.000 con) và Hiệp Hòa (gần 120.000 con).

Toàn tỉnh hiện có 1.650 trang trại chăn nuôi, trong đó 412 trang trại quy mô lớn; khoảng 70% số trang trại đã xử lý chất thải bằng đệm lót sinh học hoặc biogas. Giá lợn hơi tháng 6 dao động từ 63.000 đến 66.000 đồng/kg, cao hơn khoảng 12.000 đồng/kg so với đầu năm; người chăn nuôi có lãi từ 500.000 đến 700.000 đồng/con.

Phấn đấu đến năm 2025, tỷ trọng chăn nuôi trong giá trị sản xuất nông nghiệp đạt 50%, tỷ lệ lợn nuôi theo hình thức trang trại đạt trên 80% tổng đàn.

Sở Nông nghiệp và PTNT Bắc Giang, số 48 đường Hùng Vương, TP. Bắc Giang; điện thoại: 0204.3854.228.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M6 = P("tháng 6", "2024-06-01", "2024-06-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 1,1 triệu con", "1,1", 1100000, "count", "con", "tổng đàn lợn", H1, approx="over"),
    F("ước đạt 1.125,6 nghìn con", "1.125,6", 1125600, "count", "con", "tổng đàn lợn", H1,
      change=CH("increase", 4.2, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 19,8 triệu con", "19,8", 19800000, "count", "con", "đàn gia cầm", H1,
      change=CH("increase", 2.5), status="estimate"),
    F("đàn trâu 41.350 con", "41.350", 41350, "count", "con", "đàn trâu", H1,
      change=CH("decrease", 3.1), status="estimate"),
    F("đàn bò 135.200 con", "135.200", 135200, "count", "con", "đàn bò", H1, status="estimate"),
    F("ước đạt 178.400 tấn", "178.400", 178400, "measure", "tấn", "sản lượng thịt hơi xuất chuồng các loại", INH(H1),
      percent=52.1, status="estimate"),
    F("thịt lợn hơi 121.300 tấn", "121.300", 121300, "measure", "tấn", "sản lượng thịt lợn hơi xuất chuồng", INH(H1),
      total=178400, status="estimate"),
    F("thịt gia cầm 51.600 tấn", "51.600", 51600, "measure", "tấn", "sản lượng thịt gia cầm xuất chuồng", INH(H1),
      total=178400, status="estimate"),
    F("Lạng Giang (165.000 con)", "165.000", 165000, "count", "con", "đàn lợn", INH(H1), location="Lạng Giang"),
    F("Yên Thế (148.500 con)", "148.500", 148500, "count", "con", "đàn lợn", INH(H1), location="Yên Thế"),
    F("Tân Yên (132.000 con)", "132.000", 132000, "count", "con", "đàn lợn", INH(H1), location="Tân Yên"),
    F("(gần 120.000 con)", "120.000", 120000, "count", "con", "đàn lợn", INH(H1), approx="nearly", location="Hiệp Hòa"),
    F("có 1.650 trang trại", "1.650", 1650, "count", "trang trại", "trang trại chăn nuôi"),
    F("412 trang trại", "412", 412, "count", "trang trại", "trang trại chăn nuôi quy mô lớn", total=1650),
    F("khoảng 70% số trang trại", "70", 70, "percent", "%",
      "trang trại đã xử lý chất thải bằng đệm lót sinh học hoặc biogas", approx="about"),
    F("từ 63.000 đến 66.000 đồng/kg", "63.000", 63000, "money", "đồng/kg", "giá lợn hơi", M6, value_max=66000,
      change=CH("increase", 12000, "đồng/kg", "đầu năm", "about")),
    F("từ 500.000 đến 700.000 đồng/con", "500.000", 500000, "money", "đồng/con", "lãi của người chăn nuôi lợn", M6,
      value_max=700000),
    F("đạt 50%", "50", 50, "percent", "%", "tỷ trọng chăn nuôi trong giá trị sản xuất nông nghiệp", Y25,
      status="target"),
    F("trên 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ lợn nuôi theo hình thức trang trại trong tổng đàn", Y25,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bắc Giang: chăn nuôi 6 tháng đầu năm 2024 (đàn lợn, gia cầm, trâu, bò, thịt hơi, trang trại, giá lợn, mục tiêu 2025).",
    "'Lượt xem: 1.873', the address 'số 48 đường Hùng Vương' and the phone number are not figures.",
    "'ước đạt' in the lead governs the continuing list clauses (trâu, bò) and the 'trong đó' parts; the district list after 'gồm' has",
    "no whole figure before it, so no total; districts go to location. 'đạt 52,1% kế hoạch năm' is the percent of 178.400 tấn.",
    "'khoảng 70% số trang trại' is a percent figure of its own (no base amount in its clause).",
]

if __name__ == "__main__":
    emit("p558-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Bắc Giang")
