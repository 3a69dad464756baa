"""p1136-8: provincial newspaper online (Báo Vĩnh Long, (VLO) tag), first half of 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Vĩnh Long Online > Kinh tế > Nông nghiệp - Nông thôn

Vĩnh Long: 6 tháng, nhựa hóa, bê tông hóa gần 90 km đường giao thông nông thôn

Thứ Sáu, 14/07/2023 | 16:45

(VLO) - 6 tháng đầu năm, các địa phương trong tỉnh đã nhựa hóa, bê tông hóa 89,6 km đường giao thông nông thôn, bằng 44,8% kế hoạch năm, tăng 12,3 km so với cùng kỳ. Tổng kinh phí thực hiện 94,2 tỷ đồng, trong đó nhân dân đóng góp 21,7 tỷ đồng, chiếm 23%.

Theo Sở Giao thông vận tải, huyện Trà Ôn và Vũng Liêm là hai địa phương có khối lượng lớn nhất, lần lượt đạt 18,4 km và 16,9 km.

Tại xã Trung Thành Tây (Vũng Liêm), tuyến đường liên ấp dài 2,1 km được nâng cấp từ đường đal lên đường nhựa rộng 3,5 m nhờ 58 hộ dân hiến 3.400 m2 đất. Công trình có tổng chi phí 2,9 tỷ đồng, nhân dân góp 30%. Ông Nguyễn Văn Liêm, ấp Trung Trạch, cho biết mỗi hộ trong ấp tự nguyện góp từ 1 đến 2 triệu đồng, hộ khá giả góp thêm vật liệu.

Hiện toàn tỉnh có 3.214 km đường giao thông nông thôn, trong đó đã cứng hóa 2.780 km. Tỷ lệ xã có đường ô tô đến trung tâm xã được nhựa hóa đạt 100% từ năm 2020.

6 tháng cuối năm, tỉnh phấn đấu hoàn thành thêm khoảng 110 km; quý III dự kiến khởi công hai tuyến đường huyện ĐH.31 và ĐH.40 với tổng mức đầu tư 68 tỷ đồng. Sở Giao thông vận tải đề nghị các huyện ưu tiên các tuyến kết nối vùng sản xuất lúa, cây ăn trái, giải ngân vốn trước ngày 31/12.

THẢO LY
"""

H1 = per("6 tháng đầu năm", "2023-01-01", "2023-06-30")
H2 = per("6 tháng cuối năm", "2023-07-01", "2023-12-31")
Q3 = per("quý III", "2023-07-01", "2023-09-30")
ROADS = "đường giao thông nông thôn nhựa hóa, bê tông hóa"
VL = "Vũng Liêm"

FIGS = [
    fig("gần 90 km", "90", 90, "measure", "km", approx="nearly", subject=ROADS,
        period=per("6 tháng", "2023-01-01", "2023-06-30")),
    fig("hóa 89,6 km", "89,6", 89.6, "measure", "km", percent=44.8,
        change=chg("increase", 12.3, "km", "cùng kỳ"), subject=ROADS, period=H1),
    fig("hiện 94,2 tỷ", "94,2", 94.2e9, "money", "đồng", subject="tổng kinh phí thực hiện", period=inh(H1)),
    fig("góp 21,7 tỷ", "21,7", 21.7e9, "money", "đồng", total=94.2e9, percent=23,
        subject="kinh phí nhân dân đóng góp", period=inh(H1)),
    fig("là hai địa phương", "hai", 2, "count", "địa phương", optional=True,
        subject="địa phương có khối lượng lớn nhất"),
    fig("đạt 18,4 km", "18,4", 18.4, "measure", "km", subject=ROADS, location="Trà Ôn", period=inh(H1)),
    fig("và 16,9 km", "16,9", 16.9, "measure", "km", subject=ROADS, location=VL, period=inh(H1)),
    fig("dài 2,1 km", "2,1", 2.1, "measure", "km",
        subject="chiều dài tuyến đường liên ấp xã Trung Thành Tây", location=VL),
    fig("rộng 3,5 m", "3,5", 3.5, "measure", "m", subject="chiều rộng đường nhựa liên ấp", location=VL),
    fig("58 hộ", "58", 58, "count", "hộ", subject="hộ dân hiến đất", location=VL),
    fig("hiến 3.400 m2", "3.400", 3400, "measure", "m2", subject="đất hộ dân hiến", location=VL),
    fig("phí 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", subject="tổng chi phí công trình", location=VL),
    fig("góp 30%", "30", 30, "percent", "%", subject="tỷ lệ nhân dân góp trong chi phí công trình",
        location=VL),
    fig("từ 1 đến 2 triệu", "1", 1e6, "money", "đồng/hộ", value_max=2e6,
        subject="tiền mỗi hộ trong ấp góp", location=VL),
    fig("có 3.214 km", "3.214", 3214, "measure", "km", subject="đường giao thông nông thôn"),
    fig("hóa 2.780 km", "2.780", 2780, "measure", "km", total=3214,
        subject="đường giao thông nông thôn đã cứng hóa"),
    fig("đạt 100%", "100", 100, "percent", "%",
        subject="tỷ lệ xã có đường ô tô đến trung tâm xã được nhựa hóa"),
    fig("khoảng 110 km", "110", 110, "measure", "km", approx="about", status="target",
        subject=ROADS, period=H2),
    fig("hai tuyến", "hai", 2, "count", "tuyến đường huyện", status="forecast",
        subject="tuyến đường huyện khởi công", period=Q3),
    fig("tư 68 tỷ", "68", 68e9, "money", "đồng", status="forecast",
        subject="tổng mức đầu tư hai tuyến đường huyện", period=Q3),
]

NOTES = [
    "Provincial newspaper online (Báo Vĩnh Long): 'Thứ Sáu, 14/07/2023 | 16:45', tag '(VLO) -', byline at the end.",
    "Distractors: ĐH.31, ĐH.40, 'trước ngày 31/12', 'từ năm 2020' (the time since when 100% holds), 16:45, 'm2'.",
    "Year-less '6 tháng', '6 tháng đầu năm', '6 tháng cuối năm', 'quý III' take 2023 from the dateline.",
    "'tăng 12,3 km so với cùng kỳ' is the change of 89,6 km. '21,7 tỷ ..., chiếm 23%' → total 94,2 tỷ and percent 23.",
    "'là hai địa phương' restates the two districts just named: optional. 'hai tuyến' is a required number word.",
    "'6 tháng cuối năm, tỉnh phấn đấu ... ; quý III dự kiến ...': the first clause is target, the second forecast.",
    "Hiện ... 3.214 km / 2.780 km: 'trong đó' part takes the whole; no period. Trung Thành Tây passage: location Vũng Liêm.",
]

if __name__ == "__main__":
    write("p1136-8", TEXT, NOTES, FIGS, published="2023-07-14", location="Vĩnh Long")
