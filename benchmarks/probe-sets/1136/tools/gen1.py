"""p1136-1: Hà Tĩnh province portal, 8 months 2024, cement support for rural road concreting."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Xây dựng nông thôn mới

Hà Tĩnh: Hơn 340 km đường giao thông nông thôn được bê tông hóa từ xi măng hỗ trợ

Cập nhật: 12/09/2024 08:15 | Lượt xem: 2.418

(hatinh.gov.vn) - 8 tháng đầu năm 2024, các địa phương trên địa bàn tỉnh Hà Tĩnh đã nhận 86.400 tấn xi măng theo cơ chế hỗ trợ tại Nghị quyết số 44/2021/NQ-HĐND, đạt 85,6% kế hoạch năm, để bê tông hóa 342 km đường giao thông nông thôn, tăng 14,2% so với cùng kỳ năm 2023. Trong đó, đường trục xã 68 km, đường thôn, xóm 196 km, đường nội đồng 78 km.

Mức hỗ trợ là 300 tấn xi măng/km đối với đường trục xã và 200 tấn/km đối với đường thôn, xóm; mặt đường rộng từ 3 đến 5 m, dày 18 cm. Ngân sách tỉnh đã chi khoảng 112 tỷ đồng để mua xi măng, phần còn lại do ngân sách huyện, xã và nhân dân đóng góp.

Nhiều địa phương đã về đích sớm, dẫn đầu là huyện Cẩm Xuyên (52 km), Thạch Hà (47 km) và Đức Thọ (39 km). Tại xã Cẩm Thịnh (huyện Cẩm Xuyên), nhân dân đã hiến hơn 12.000 m2 đất, đóng góp gần 2,3 tỷ đồng và 4.500 ngày công để làm mới 4,2 km đường thôn. Riêng thôn Thịnh Hòa có 37 hộ tự tháo dỡ tường rào, cổng ngõ để mở rộng đường.

Tính đến ngày 31/8/2024, toàn tỉnh đã cứng hóa 8.940 km đường giao thông nông thôn, chiếm 91,2% tổng chiều dài; 100% đường trục xã đã được nhựa hóa hoặc bê tông hóa.

Trong 4 tháng cuối năm, tỉnh dự kiến cấp thêm khoảng 14.500 tấn xi măng; phấn đấu cả năm 2024 bê tông hóa ít nhất 400 km đường giao thông nông thôn. Thông tin chi tiết liên hệ Văn phòng Điều phối nông thôn mới tỉnh, điện thoại 0239.3855.212.
"""

P8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
ASOF = per("Tính đến ngày 31/8/2024", None, "2024-08-31")
P4 = per("Trong 4 tháng cuối năm", "2024-09-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
ROADS = "đường giao thông nông thôn được bê tông hóa"

FIGS = [
    fig("Hơn 340 km", "340", 340, "measure", "km", approx="over",
        subject="đường giao thông nông thôn được bê tông hóa từ xi măng hỗ trợ"),
    fig("nhận 86.400 tấn", "86.400", 86400, "measure", "tấn", percent=85.6,
        subject="xi măng các địa phương nhận theo cơ chế hỗ trợ", period=P8),
    fig("bê tông hóa 342 km", "342", 342, "measure", "km",
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"), subject=ROADS, period=P8),
    fig("trục xã 68 km", "68", 68, "measure", "km", total=342,
        subject="đường trục xã được bê tông hóa", period=inh(P8)),
    fig("thôn, xóm 196 km", "196", 196, "measure", "km", total=342,
        subject="đường thôn, xóm được bê tông hóa", period=inh(P8)),
    fig("nội đồng 78 km", "78", 78, "measure", "km", total=342,
        subject="đường nội đồng được bê tông hóa", period=inh(P8)),
    fig("là 300 tấn", "300", 300, "measure", "tấn/km",
        subject="mức hỗ trợ xi măng đối với đường trục xã"),
    fig("và 200 tấn/km", "200", 200, "measure", "tấn/km",
        subject="mức hỗ trợ xi măng đối với đường thôn, xóm"),
    fig("từ 3 đến 5 m", "3", 3, "measure", "m", value_max=5, subject="chiều rộng mặt đường"),
    fig("dày 18 cm", "18", 18, "measure", "cm", subject="chiều dày mặt đường"),
    fig("khoảng 112 tỷ", "112", 112e9, "money", "đồng", approx="about",
        subject="ngân sách tỉnh chi mua xi măng", period=inh(P8)),
    fig("Xuyên (52 km)", "52", 52, "measure", "km", subject=ROADS, location="Cẩm Xuyên", period=inh(P8)),
    fig("Thạch Hà (47 km)", "47", 47, "measure", "km", subject=ROADS, location="Thạch Hà", period=inh(P8)),
    fig("Đức Thọ (39 km)", "39", 39, "measure", "km", subject=ROADS, location="Đức Thọ", period=inh(P8)),
    fig("hơn 12.000 m2", "12.000", 12000, "measure", "m2", approx="over",
        subject="đất nhân dân xã Cẩm Thịnh hiến", location="Cẩm Xuyên", period=inh(P8)),
    fig("gần 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="nearly",
        subject="tiền nhân dân xã Cẩm Thịnh đóng góp", location="Cẩm Xuyên", period=inh(P8)),
    fig("và 4.500 ngày công", "4.500", 4500, "count", "ngày công",
        subject="ngày công nhân dân xã Cẩm Thịnh đóng góp", location="Cẩm Xuyên", period=inh(P8)),
    fig("làm mới 4,2 km", "4,2", 4.2, "measure", "km",
        subject="đường thôn làm mới ở xã Cẩm Thịnh", location="Cẩm Xuyên", period=inh(P8)),
    fig("có 37 hộ", "37", 37, "count", "hộ",
        subject="hộ thôn Thịnh Hòa tự tháo dỡ tường rào, cổng ngõ", location="Cẩm Xuyên"),
    fig("cứng hóa 8.940 km", "8.940", 8940, "measure", "km", percent=91.2,
        subject="đường giao thông nông thôn đã cứng hóa", period=ASOF),
    fig("100% đường trục xã", "100", 100, "percent", "%",
        subject="tỷ lệ đường trục xã được nhựa hóa hoặc bê tông hóa", period=ASOF),
    fig("khoảng 14.500 tấn", "14.500", 14500, "measure", "tấn", approx="about", status="forecast",
        subject="xi măng tỉnh cấp thêm", period=P4),
    fig("ít nhất 400 km", "400", 400, "measure", "km", approx="at_least", status="target",
        subject=ROADS, period=Y24),
]

NOTES = [
    "Province portal (Hà Tĩnh): cement support for rural road concreting, 8 months 2024.",
    "Distractors: 'Cập nhật: 12/09/2024 08:15 | Lượt xem: 2.418', Nghị quyết số 44/2021/NQ-HĐND, phone 0239.3855.212, 'm2'.",
    "Headline figure has no period. District list after 'dẫn đầu là' is a ranking (no total).",
    "revised: unit of '300 tấn xi măng/km' 'tấn xi măng/km' -> 'tấn/km' (shortest noun phrase; plain tonnages are 'tấn').",
    "Support levels and road dimensions are standing rules: no period. Cẩm Thịnh passage: location Cẩm Xuyên.",
]

if __name__ == "__main__":
    write("p1136-1", TEXT, NOTES, FIGS, published="2024-09-12", location="Hà Tĩnh")
