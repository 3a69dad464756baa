from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hà Tĩnh: Hơn 420 km đường giao thông nông thôn được cứng hóa trong 6 tháng đầu năm

Cập nhật: 08/07/2024 10:25
Lượt xem: 3.482

(Cổng TTĐT Hà Tĩnh) - Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, toàn tỉnh đã cứng hóa được 421,6 km đường giao thông nông thôn, đạt 70,3% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, đường trục xã 96,2 km, đường trục thôn 187,5 km, đường ngõ xóm 137,9 km.

Các địa phương có khối lượng lớn là Hương Khê (58,4 km), Cẩm Xuyên (51,7 km), Thạch Hà (47,2 km) và Đức Thọ (39,8 km).

Để thực hiện, tỉnh đã hỗ trợ 28.650 tấn xi măng theo Nghị quyết số 08/2022/NQ-HĐND, bình quân 68 tấn/km. Nhân dân đã hiến hơn 52.000 m² đất, tháo dỡ 1.340 m tường rào, đóng góp khoảng 64,5 tỷ đồng và gần 120.000 ngày công lao động. Nhiều tuyến như đường nối Quốc lộ 8A với ĐT.552 qua xã Sơn Kim 2 được mở rộng nền lên 6 m.

Tổng kinh phí thực hiện ước đạt 236 tỷ đồng, trong đó ngân sách tỉnh 82 tỷ đồng, ngân sách huyện, xã 89,5 tỷ đồng, còn lại là vốn huy động từ nhân dân và doanh nghiệp.

Cùng với đó, các địa phương đã xây dựng mới 17 cầu dân sinh với tổng chiều dài 412 m; sửa chữa, bảo trì 265 km đường huyện, đường xã.

Phấn đấu đến hết năm 2024, toàn tỉnh cứng hóa thêm 600 km đường giao thông nông thôn, nâng tỷ lệ đường trục thôn được cứng hóa lên 95%.

Mọi thông tin xin liên hệ: Văn phòng Sở GTVT, số 10 đường Hà Huy Tập, TP Hà Tĩnh; ĐT: 0239.3855.123.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
P1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y = P("đến hết năm 2024", None, "2024-12-31")
FIGS = [
    F("Hơn 420 km", "420", 420, "measure", "km", "đường giao thông nông thôn được cứng hóa", H1, approx="over"),
    F("được 421,6 km", "421,6", 421.6, "measure", "km", "đường giao thông nông thôn được cứng hóa", P1,
      percent=70.3, change=CH("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("trục xã 96,2 km", "96,2", 96.2, "measure", "km", "đường trục xã được cứng hóa", I(P1), total=421.6),
    F("trục thôn 187,5 km", "187,5", 187.5, "measure", "km", "đường trục thôn được cứng hóa", I(P1), total=421.6),
    F("ngõ xóm 137,9 km", "137,9", 137.9, "measure", "km", "đường ngõ xóm được cứng hóa", I(P1), total=421.6),
    F("(58,4 km)", "58,4", 58.4, "measure", "km", "khối lượng", I(P1), location="Hương Khê"),
    F("(51,7 km)", "51,7", 51.7, "measure", "km", "khối lượng", I(P1), location="Cẩm Xuyên"),
    F("(47,2 km)", "47,2", 47.2, "measure", "km", "khối lượng", I(P1), location="Thạch Hà"),
    F("(39,8 km)", "39,8", 39.8, "measure", "km", "khối lượng", I(P1), location="Đức Thọ"),
    F("hỗ trợ 28.650 tấn", "28.650", 28650, "measure", "tấn", "xi măng tỉnh hỗ trợ", I(P1)),
    F("bình quân 68 tấn/km", "68", 68, "measure", "tấn/km", "xi măng hỗ trợ bình quân", I(P1)),
    F("hơn 52.000 m²", "52.000", 52000, "measure", "m²", "đất nhân dân hiến", I(P1), approx="over"),
    F("tháo dỡ 1.340 m", "1.340", 1340, "measure", "m", "tường rào nhân dân tháo dỡ", I(P1)),
    F("khoảng 64,5 tỷ đồng", "64,5", 64.5e9, "money", "đồng", "tiền nhân dân đóng góp", I(P1), approx="about"),
    F("gần 120.000 ngày công", "120.000", 120000, "count", "ngày công", "ngày công lao động nhân dân đóng góp", I(P1), approx="nearly"),
    F("nền lên 6 m", "6", 6, "measure", "m", "nền đường được mở rộng", None),
    F("ước đạt 236 tỷ đồng", "236", 236e9, "money", "đồng", "tổng kinh phí thực hiện", I(P1), status="estimate"),
    F("tỉnh 82 tỷ đồng", "82", 82e9, "money", "đồng", "ngân sách tỉnh", I(P1), total=236e9, status="estimate"),
    F("xã 89,5 tỷ đồng", "89,5", 89.5e9, "money", "đồng", "ngân sách huyện, xã", I(P1), total=236e9, status="estimate"),
    F("mới 17 cầu", "17", 17, "count", "cầu", "cầu dân sinh xây dựng mới", I(P1)),
    F("dài 412 m", "412", 412, "measure", "m", "tổng chiều dài cầu dân sinh", I(P1)),
    F("bảo trì 265 km", "265", 265, "measure", "km", "đường huyện, đường xã sửa chữa, bảo trì", I(P1)),
    F("thêm 600 km", "600", 600, "measure", "km", "đường giao thông nông thôn cứng hóa thêm", Y, status="target"),
    F("lên 95%", "95", 95, "percent", "%", "tỷ lệ đường trục thôn được cứng hóa", Y, status="target"),
]

emit("p576-1", TEXT, [
    "Cổng TTĐT tỉnh Hà Tĩnh: cứng hóa đường GTNT 6 tháng đầu năm 2024 (breadcrumb, Cập nhật, Lượt xem).",
    "Distractors: Lượt xem 3.482, Nghị quyết số 08/2022/NQ-HĐND, Quốc lộ 8A, ĐT.552, xã Sơn Kim 2, số 10 Hà Huy Tập, phone.",
    "revised: district-list subject is the indicator the list sentence states ('khối lượng'), per FIGURES.md lists; was enriched from another paragraph.",
    "Headline '6 tháng đầu năm' takes 2024 from the dateline. District items -> location. 'ước đạt' continues into trong đó parts.",
], FIGS, published="2024-07-08", location="Hà Tĩnh")
