"""p1209-6: national newspaper: Bình Thuận coastal casuarina forest shrinking; moving dunes in Bắc Bình; national context."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Môi trường

Bình Thuận mất gần 400 ha rừng phi lao ven biển sau 5 năm

Thứ Sáu, 14/06/2024, 09:20 (GMT+7)

Rừng phi lao chắn cát ở nhiều xã ven biển Bình Thuận đang bị thu hẹp do sạt lở và các dự án du lịch, năng lượng.

Theo Sở Nông nghiệp và Phát triển nông thôn Bình Thuận, giai đoạn 2019-2023, tỉnh mất 362 ha rừng phòng hộ ven biển, trong đó thị xã La Gi gần 90 ha do sạt lở, huyện Tuy Phong 74 ha do chuyển đổi sang dự án. Đến cuối năm 2023, diện tích rừng phòng hộ ven biển của tỉnh còn 3.958 ha, giảm 8,4% so với năm 2019, nhưng vẫn xếp thứ 3 cả nước.

Tại xã Hòa Thắng (huyện Bắc Bình), đồi cát di động rộng hơn 2.000 ha mỗi năm lấn vào đồng ruộng từ 5 đến 10 m. Ông Nguyễn Văn Sáu (58 tuổi, thôn Hồng Thắng) có 1,2 ha đất trồng thanh long thì 0,4 ha đã bị cát lấp. "Nhà tôi phải dời hàng rào ba lần rồi", ông nói.

Ở cấp quốc gia, Bộ Nông nghiệp và Phát triển nông thôn cho biết cả nước còn khoảng 45.000 ha đất cát ven biển chưa có rừng, trong đó hơn 60% thuộc các tỉnh Nam Trung Bộ.

UBND tỉnh Bình Thuận đặt mục tiêu đến năm 2025 trồng mới 500 ha rừng ven biển, khôi phục toàn bộ diện tích bị sạt lở. Tổng vốn dự kiến 75 tỷ đồng, suất đầu tư khoảng 150 triệu đồng/ha, cao gấp đôi mức năm 2019 do phải cải tạo đất và tưới nước.

Nhóm phóng viên
"""

G = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
END23 = per("Đến cuối năm 2023", None, "2023-12-31")
BY25 = per("đến năm 2025", None, "2025-12-31")
BB = "Bắc Bình"

FIGS = [
    fig("mất gần 400 ha", "400", 400, "measure", "ha", approx="nearly",
        subject="rừng phi lao ven biển bị mất"),
    fig("sau 5 năm", "5", 5, "measure", "năm", optional=True, subject="thời gian"),
    fig("mất 362 ha", "362", 362, "measure", "ha", subject="rừng phòng hộ ven biển bị mất", period=G),
    fig("gần 90 ha", "90", 90, "measure", "ha", approx="nearly", total=362,
        subject="rừng phòng hộ ven biển bị mất do sạt lở", period=G, location="La Gi"),
    fig("Phong 74 ha", "74", 74, "measure", "ha", total=362,
        subject="rừng phòng hộ ven biển bị mất do chuyển đổi sang dự án", period=G, location="Tuy Phong"),
    fig("còn 3.958 ha", "3.958", 3958, "measure", "ha", change=chg("decrease", 8.4, "%", "năm 2019"),
        subject="diện tích rừng phòng hộ ven biển của tỉnh", period=END23),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="diện tích rừng phòng hộ ven biển của tỉnh", period=END23),
    fig("hơn 2.000 ha", "2.000", 2000, "measure", "ha", approx="over", subject="đồi cát di động", location=BB),
    fig("từ 5 đến 10 m", "5", 5, "measure", "m/năm", value_max=10,
        subject="đồi cát di động lấn vào đồng ruộng mỗi năm", location=BB),
    fig("58 tuổi", "58", 58, "measure", "tuổi", optional=True, subject="tuổi ông Nguyễn Văn Sáu", location=BB),
    fig("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject="đất trồng thanh long của ông Nguyễn Văn Sáu",
        location=BB),
    fig("0,4 ha", "0,4", 0.4, "measure", "ha", total=1.2, subject="đất trồng thanh long bị cát lấp", location=BB),
    fig("ba lần", "ba", 3, "count", "lần", optional=True, subject="lần dời hàng rào", location=BB),
    fig("khoảng 45.000 ha", "45.000", 45000, "measure", "ha", approx="about",
        subject="đất cát ven biển chưa có rừng", location="Việt Nam"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="tỷ lệ đất cát ven biển chưa có rừng thuộc các tỉnh Nam Trung Bộ", location="Việt Nam"),
    fig("mới 500 ha", "500", 500, "measure", "ha", status="target", subject="rừng ven biển trồng mới",
        period=BY25),
    fig("dự kiến 75 tỷ", "75", 75000000000, "money", "đồng", status="forecast", subject="tổng vốn",
        period=inh(BY25)),
    fig("khoảng 150 triệu", "150", 150000000, "money", "đồng/ha", approx="about", status="forecast",
        change=chg("increase", 2, "lần", "năm 2019"),
        subject="suất đầu tư trồng rừng ven biển", period=inh(BY25)),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ Sáu, 14/06/2024, 09:20 (GMT+7)' (published), byline 'Nhóm phóng viên' at the end.",
    "Headline 'gần 400 ha … sau 5 năm': 400 is a figure (no period: a headline); 'sau 5 năm' is the span (optional).",
    "362 ha with 'trong đó' parts La Gi (gần 90 ha) and Tuy Phong (74 ha): total 362, location per part.",
    "'giảm 8,4% so với năm 2019' is the change of 3.958 ha; 'xếp thứ 3 cả nước' is a rank of Bình Thuận (not national).",
    "Hòa Thắng passage located in huyện Bắc Bình; '58 tuổi' and 'ba lần' (quoted hàng rào moves) optional. 0,4 ha of 1,2 ha ('thì'): total.",
    "National figures (cả nước) → Việt Nam; 'hơn 60% thuộc các tỉnh Nam Trung Bộ' is a region, still a national figure.",
    "'Tổng vốn dự kiến …, suất đầu tư khoảng …' → forecast (the cue continues); 'cao gấp đôi mức năm 2019' → change 2 lần.",
    "Distractors: '09:20', '(GMT+7)', 'thôn Hồng Thắng', 'năm 2019' (baseline).",
]

if __name__ == "__main__":
    write("p1209-6", TEXT, NOTES, FIGS, published="2024-06-14", location="Bình Thuận")
