"""p497-4: ministry site (Bộ GTVT), national rural road network, as of 10/2023."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ / Tin tức / Kết cấu hạ tầng giao thông
Ngày đăng: 21/11/2023 | Lượt xem: 3.406

Giao thông nông thôn: 97,6% xã có đường ô tô đến trung tâm được cứng hóa

Theo báo cáo của Cục Đường bộ Việt Nam, tính đến tháng 10/2023, cả nước có khoảng 669.000 km đường giao thông nông thôn, chiếm 85,7% tổng chiều dài mạng lưới đường bộ. Trong đó, đường huyện khoảng 62.000 km, đường xã khoảng 150.000 km, đường thôn xóm và nội đồng khoảng 457.000 km.

Tỷ lệ đường huyện được nhựa hóa, bê tông hóa đạt 98,4%, đường xã đạt 94,1%, đường thôn xóm đạt 79,3%; 8.197/8.247 xã có đường ô tô đến trung tâm xã, trong đó 8.049 xã có đường được cứng hóa, đạt 97,6%.

Giai đoạn 2021-2023, tổng vốn đầu tư phát triển giao thông nông thôn đạt khoảng 156.800 tỷ đồng, trong đó ngân sách trung ương 38.500 tỷ đồng, ngân sách địa phương 79.200 tỷ đồng, nhân dân đóng góp và huy động xã hội hóa trên 39.100 tỷ đồng. Nhân dân đã hiến hơn 41 triệu m2 đất và đóng góp trên 26 triệu ngày công.

Dự án Phát triển cơ sở hạ tầng giao thông địa phương (LRAMP) đã hoàn thành 2.174 cầu dân sinh tại 14 tỉnh miền núi phía Bắc và Tây Nguyên, vượt 8,7% so với mục tiêu ban đầu.

Các địa phương dẫn đầu về tỷ lệ cứng hóa đường xã gồm Nam Định (100%), Thái Bình (99,8%), Hà Nam (99,5%); thấp nhất là Điện Biên (61,2%) và Lai Châu (58,4%).

Mục tiêu đến năm 2025, 100% xã có đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa; tỷ lệ cứng hóa đường thôn xóm đạt từ 85 đến 90%.

Trụ sở: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Tổng đài: 024.3942.4015
"""

ASOF = per("tính đến tháng 10/2023", None, "2023-10-31")
GD = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
S_XA = "tỷ lệ cứng hóa đường xã"

F = [
    fig("thông nông thôn: 97,6%", "97,6", 97.6, "percent", "%", "xã có đường ô tô đến trung tâm được cứng hóa", inh(ASOF)),
    fig("khoảng 669.000 km", "669.000", 669000, "measure", "km", "đường giao thông nông thôn", ASOF, approx="about", percent=85.7),
    fig("khoảng 62.000 km", "62.000", 62000, "measure", "km", "đường huyện", inh(ASOF), approx="about", total=669000),
    fig("khoảng 150.000 km", "150.000", 150000, "measure", "km", "đường xã", inh(ASOF), approx="about", total=669000),
    fig("khoảng 457.000 km", "457.000", 457000, "measure", "km", "đường thôn xóm và nội đồng", inh(ASOF), approx="about", total=669000),
    fig("đạt 98,4%", "98,4", 98.4, "percent", "%", "tỷ lệ đường huyện được nhựa hóa, bê tông hóa", inh(ASOF)),
    fig("đạt 94,1%", "94,1", 94.1, "percent", "%", "tỷ lệ đường xã được nhựa hóa, bê tông hóa", inh(ASOF)),
    fig("đạt 79,3%", "79,3", 79.3, "percent", "%", "tỷ lệ đường thôn xóm được nhựa hóa, bê tông hóa", inh(ASOF)),
    fig("8.197/8.247", "8.197", 8197, "count", "xã", "xã có đường ô tô đến trung tâm xã", inh(ASOF), total=8247),
    fig("8.049 xã", "8.049", 8049, "count", "xã", "xã có đường ô tô đến trung tâm được cứng hóa", inh(ASOF), total=8197, percent=97.6),
    fig("khoảng 156.800 tỷ đồng", "156.800", 156800e9, "money", "đồng", "tổng vốn đầu tư phát triển giao thông nông thôn", GD, approx="about"),
    fig("trung ương 38.500 tỷ đồng", "38.500", 38500e9, "money", "đồng", "ngân sách trung ương", GD, total=156800e9),
    fig("địa phương 79.200 tỷ đồng", "79.200", 79200e9, "money", "đồng", "ngân sách địa phương", GD, total=156800e9),
    fig("trên 39.100 tỷ đồng", "39.100", 39100e9, "money", "đồng", "nhân dân đóng góp và huy động xã hội hóa", GD, approx="over", total=156800e9),
    fig("hơn 41 triệu m2", "41", 41e6, "measure", "m2", "đất nhân dân hiến", inh(GD), approx="over"),
    fig("trên 26 triệu ngày công", "26", 26e6, "count", "ngày công", "ngày công nhân dân đóng góp", inh(GD), approx="over"),
    fig("thành 2.174 cầu", "2.174", 2174, "count", "cầu dân sinh", "cầu dân sinh Dự án LRAMP hoàn thành",
        change=chg("increase", 8.7, "%", "mục tiêu ban đầu")),
    fig("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh miền núi phía Bắc và Tây Nguyên có cầu dân sinh của Dự án LRAMP"),
    fig("Nam Định (100%)", "100", 100, "percent", "%", S_XA, inh(ASOF), location="Nam Định"),
    fig("Thái Bình (99,8%)", "99,8", 99.8, "percent", "%", S_XA, inh(ASOF), location="Thái Bình"),
    fig("Hà Nam (99,5%)", "99,5", 99.5, "percent", "%", S_XA, inh(ASOF), location="Hà Nam"),
    fig("Điện Biên (61,2%)", "61,2", 61.2, "percent", "%", S_XA, inh(ASOF), location="Điện Biên"),
    fig("Lai Châu (58,4%)", "58,4", 58.4, "percent", "%", S_XA, inh(ASOF), location="Lai Châu"),
    fig("2025, 100% xã", "100", 100, "percent", "%", "xã có đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa", T25, status="target"),
    fig("từ 85 đến 90%", "85", 85, "percent", "%", "tỷ lệ cứng hóa đường thôn xóm", T25, value_max=90, status="target"),
]

COMMENTS = [
    "Probe 497-4. Ministry site (Bộ Giao thông vận tải): national rural road network, hard-surfacing rates, funding 2021-2023, LRAMP bridges.",
    "National figures: location Việt Nam; the provinces in the leading/lagging list are each item's location. The head office address",
    "(80 Trần Hưng Đạo, Hà Nội) is a distractor, not a place of any figure.",
    "'chiếm 85,7% tổng chiều dài' is the percent of 669.000 km; the 'Trong đó' road classes (next sentence) add up to it (total).",
    "'8.197/8.247 xã' → total 8.247; 'trong đó 8.049 xã ..., đạt 97,6%' → total 8.197 (the figure the cue follows), percent 97,6.",
    "The headline 97,6% is a percent figure of its own. 'vượt 8,7% so với mục tiêu ban đầu' is a change (gap to plan) on 2.174 cầu.",
    "'tính đến tháng 10/2023' is an as-of period (end 2023-10-31); later sentences inherit it (not scored).",
    "Distractors: Lượt xem 3.406, dateline, address, Tổng đài 024.3942.4015, 'Giai đoạn 2021-2023' years.",
]

if __name__ == "__main__":
    emit("p497-4", TEXT, COMMENTS, F, published="2023-11-21", location="Việt Nam")
