"""p497-1: Hà Tĩnh province portal, 6 months 2024, concrete rural roads (bê tông hóa)."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Hạ tầng
Hà Tĩnh: 6 tháng đầu năm bê tông hóa hơn 420 km đường giao thông nông thôn
Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.842

Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, toàn tỉnh đã bê tông hóa được 423,6 km đường giao thông nông thôn, đạt 60,5% kế hoạch năm, tăng 12,4% so với cùng kỳ. Trong đó, đường trục xã 96,2 km, đường trục thôn 187,5 km, đường ngõ xóm 139,9 km.

Các địa phương có khối lượng lớn gồm: Can Lộc (58,7 km), Thạch Hà (52,3 km), Hương Khê (47,1 km), Đức Thọ (41,8 km).

Tổng kinh phí thực hiện ước đạt 318,5 tỷ đồng; trong đó ngân sách tỉnh hỗ trợ 126 tỷ đồng, ngân sách huyện, xã 94,2 tỷ đồng, nhân dân đóng góp gần 98,3 tỷ đồng (chiếm 30,9%). Tỉnh đã cấp 41.250 tấn xi măng theo cơ chế của Nghị quyết số 37/2021/NQ-HĐND, mức hỗ trợ 300 triệu đồng/km đối với đường trục xã. Nhiều tuyến được mở rộng mặt cắt từ 3 đến 5 m, kết nối với Quốc lộ 8A và Tỉnh lộ 548.

Tính đến ngày 30/6/2024, tỷ lệ cứng hóa đường trục xã toàn tỉnh đạt 97,8%, đường trục thôn đạt 91,2%, đường ngõ xóm đạt 84,6%. Mục tiêu đến năm 2025, 100% đường trục xã và ít nhất 90% đường ngõ xóm được cứng hóa.

Sáu tháng cuối năm, Sở đề nghị các huyện phấn đấu hoàn thành khoảng 280 km còn lại; dự kiến cả năm đạt 705 km.

Sở Giao thông vận tải Hà Tĩnh - Số 02 Nguyễn Tất Thành, TP Hà Tĩnh. Điện thoại: 0239.3855.432
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
P6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")

F = [
    fig("bê tông hóa hơn 420 km", "420", 420, "measure", "km", "đường giao thông nông thôn được bê tông hóa", H1, approx="over"),
    fig("được 423,6 km", "423,6", 423.6, "measure", "km", "đường giao thông nông thôn được bê tông hóa", P6,
        percent=60.5, change=chg("increase", 12.4, "%", "cùng kỳ")),
    fig("trục xã 96,2 km", "96,2", 96.2, "measure", "km", "đường trục xã được bê tông hóa", inh(P6), total=423.6),
    fig("trục thôn 187,5 km", "187,5", 187.5, "measure", "km", "đường trục thôn được bê tông hóa", inh(P6), total=423.6),
    fig("ngõ xóm 139,9 km", "139,9", 139.9, "measure", "km", "đường ngõ xóm được bê tông hóa", inh(P6), total=423.6),
    fig("Can Lộc (58,7 km)", "58,7", 58.7, "measure", "km", "khối lượng đường giao thông nông thôn được bê tông hóa", inh(P6), location="Can Lộc"),
    fig("Thạch Hà (52,3 km)", "52,3", 52.3, "measure", "km", "khối lượng đường giao thông nông thôn được bê tông hóa", inh(P6), location="Thạch Hà"),
    fig("Hương Khê (47,1 km)", "47,1", 47.1, "measure", "km", "khối lượng đường giao thông nông thôn được bê tông hóa", inh(P6), location="Hương Khê"),
    fig("Đức Thọ (41,8 km)", "41,8", 41.8, "measure", "km", "khối lượng đường giao thông nông thôn được bê tông hóa", inh(P6), location="Đức Thọ"),
    fig("ước đạt 318,5 tỷ đồng", "318,5", 318.5e9, "money", "đồng", "tổng kinh phí thực hiện", inh(P6), status="estimate"),
    fig("hỗ trợ 126 tỷ đồng", "126", 126e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", inh(P6), total=318.5e9, status="estimate"),
    fig("xã 94,2 tỷ đồng", "94,2", 94.2e9, "money", "đồng", "ngân sách huyện, xã", inh(P6), total=318.5e9, status="estimate"),
    fig("gần 98,3 tỷ đồng", "98,3", 98.3e9, "money", "đồng", "nhân dân đóng góp", inh(P6), approx="nearly", total=318.5e9, percent=30.9, status="estimate"),
    fig("cấp 41.250 tấn", "41.250", 41250, "measure", "tấn", "xi măng tỉnh đã cấp", inh(P6)),
    fig("hỗ trợ 300 triệu đồng/km", "300", 300e6, "money", "đồng/km", "mức hỗ trợ đối với đường trục xã"),
    fig("từ 3 đến 5 m", "3", 3, "measure", "m", "mặt cắt tuyến đường được mở rộng", value_max=5),
    fig("đạt 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ cứng hóa đường trục xã", ASOF),
    fig("đạt 91,2%", "91,2", 91.2, "percent", "%", "tỷ lệ cứng hóa đường trục thôn", ASOF),
    fig("đạt 84,6%", "84,6", 84.6, "percent", "%", "tỷ lệ cứng hóa đường ngõ xóm", ASOF),
    fig("2025, 100% đường", "100", 100, "percent", "%", "đường trục xã được cứng hóa", T25, status="target"),
    fig("ít nhất 90% đường", "90", 90, "percent", "%", "đường ngõ xóm được cứng hóa", T25, approx="at_least", status="target"),
    fig("khoảng 280 km", "280", 280, "measure", "km", "đường giao thông nông thôn còn lại phải hoàn thành",
        per("Sáu tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="target"),
    fig("đạt 705 km", "705", 705, "measure", "km", "đường giao thông nông thôn được bê tông hóa cả năm",
        per("cả năm", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Probe 497-1. Province portal (Hà Tĩnh): rural roads concreted in the first half of 2024, parts, districts, funding, cement, rates, targets.",
    "Headline '6 tháng đầu năm' has no year: nothing earlier in the article, so the year of 'Cập nhật: 15/07/2024' (2024).",
    "'Trong đó' after 423,6 km (next sentence): the three road types add up to it (total). The district list after 'gồm:' follows",
    "no figure (the cue follows 'Các địa phương có khối lượng lớn'), so no total; districts go to location.",
    "'ước đạt 318,5 tỷ' is estimate and governs the '; trong đó' parts (they add up to it). '(chiếm 30,9%)' is the share of 98,3 tỷ.",
    "'đạt 60,5% kế hoạch năm' is the percent of 423,6 km. '300 triệu đồng/km' is a support rate (money, unit đồng/km).",
    "Distractors: Lượt xem 1.842, Nghị quyết số 37/2021/NQ-HĐND, Quốc lộ 8A, Tỉnh lộ 548, Số 02 Nguyễn Tất Thành, phone.",
    "'Sáu tháng cuối năm' (H2 2024) and 'cả năm' (2024) are read as periods of their own sentence.",
]

if __name__ == "__main__":
    emit("p497-1", TEXT, COMMENTS, F, published="2024-07-15", location="Hà Tĩnh")
