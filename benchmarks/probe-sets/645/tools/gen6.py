from lib import emit, fig, per, inh, chg, tgt

TEXT = """Thời sự > Môi trường
Thứ tư, 17/7/2024, 06:30 (GMT+7)

Kiên Giang chi gần 190 tỷ đồng trồng rừng giữ bờ biển Tây

Từ năm 2020 đến nay, Kiên Giang đã trồng mới và phục hồi 1.035,6 ha rừng phòng hộ ven biển, giúp gần 60 km bờ biển không còn sạt lở nghiêm trọng.

Theo Sở Nông nghiệp và Phát triển nông thôn Kiên Giang, tỉnh có hơn 200 km bờ biển đất liền, trong đó khoảng 85 km đang sạt lở, tập trung ở các huyện An Biên (32 km), An Minh (28 km) và Kiên Lương (14 km).

Tổng vốn đầu tư gần 190 tỷ đồng, trong đó vốn tài trợ của Quỹ Khí hậu xanh (GCF) khoảng 124 tỷ đồng, vốn ngân sách địa phương 66 tỷ đồng. Suất đầu tư trồng rừng ngập mặn bình quân 95 triệu đồng/ha, cao gấp 1,5 lần mức hỗ trợ theo quy định hiện hành.

Các loài cây trồng chủ yếu là mắm trắng và đước với mật độ 5.000-10.000 cây/ha. Kết quả kiểm tra quý II/2024 cho thấy tỷ lệ cây sống đạt trung bình 78%, thấp hơn mục tiêu 80% của dự án do triều cường và sóng lớn.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có khoảng 155.000 ha rừng ngập mặn, giảm hơn 40% so với năm 1990.

"Giai đoạn 2025-2030, tỉnh dự kiến trồng thêm 500 ha, ưu tiên 3 huyện An Biên, An Minh và U Minh Thượng", ông Lê Hữu Toàn, Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn Kiên Giang, cho biết.

Ngọc Tài
"""

NOW = per("Từ năm 2020 đến nay", "2020-01-01", "2024-07-17")
GD = per("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
SL = "bờ biển đang sạt lở"

FIGS = [
    fig("chi gần 190 tỷ đồng", "190", 190e9, "money", "đồng", "kinh phí trồng rừng giữ bờ biển Tây", inh(NOW),
        approx="nearly"),
    fig("1.035,6 ha", "1.035,6", 1035.6, "measure", "ha", "rừng phòng hộ ven biển trồng mới và phục hồi", NOW),
    fig("gần 60 km", "60", 60, "measure", "km", "bờ biển không còn sạt lở nghiêm trọng", NOW, approx="nearly"),
    fig("hơn 200 km", "200", 200, "measure", "km", "bờ biển đất liền", approx="over"),
    fig("khoảng 85 km", "85", 85, "measure", "km", SL, approx="about", total=200),
    fig("An Biên (32 km)", "32", 32, "measure", "km", SL, location="An Biên"),
    fig("An Minh (28 km)", "28", 28, "measure", "km", SL, location="An Minh"),
    fig("Kiên Lương (14 km)", "14", 14, "measure", "km", SL, location="Kiên Lương"),
    fig("đầu tư gần 190 tỷ đồng", "190", 190e9, "money", "đồng", "Tổng vốn đầu tư", inh(NOW), approx="nearly"),
    fig("khoảng 124 tỷ đồng", "124", 124e9, "money", "đồng", "vốn tài trợ của Quỹ Khí hậu xanh (GCF)", inh(NOW),
        approx="about", total=190e9),
    fig("66 tỷ đồng", "66", 66e9, "money", "đồng", "vốn ngân sách địa phương", inh(NOW), total=190e9),
    fig("95 triệu đồng/ha", "95", 95e6, "money", "đồng/ha", "Suất đầu tư trồng rừng ngập mặn bình quân",
        change=chg("increase", 1.5, "lần", "mức hỗ trợ theo quy định hiện hành")),
    fig("5.000-10.000 cây/ha", "5.000", 5000, "measure", "cây/ha", "mật độ trồng mắm trắng và đước", value_max=10000),
    fig("trung bình 78%", "78", 78, "percent", "%", "tỷ lệ cây sống",
        per("quý II/2024", "2024-04-01", "2024-06-30"), target=tgt(80, "%", False)),
    fig("khoảng 155.000 ha", "155.000", 155000, "measure", "ha", "rừng ngập mặn", approx="about",
        change=chg("decrease", 40, "%", "năm 1990", "over"), location="Việt Nam"),
    fig("thêm 500 ha", "500", 500, "measure", "ha", "rừng trồng thêm", GD, status="forecast"),
    fig("ưu tiên 3 huyện", "3", 3, "count", "huyện", "huyện được ưu tiên trồng rừng", GD, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-like: section breadcrumb, 'Thứ tư, 17/7/2024, 06:30 (GMT+7)', byline at the end): Kiên Giang coastal",
    "protection forest, erosion, GCF funding. 'Từ năm 2020 đến nay' ends at the dateline. District items in brackets after 'tập trung ở'",
    "(32+28+14 ≠ 85, no cue) get no total; '85 km' after 'trong đó' is a part of 'hơn 200 km'.",
    "'cao gấp 1,5 lần mức hỗ trợ' follows the 95 triệu đồng/ha in its clause: its change (lần), not a multiple of its own.",
    "'thấp hơn mục tiêu 80%' → target 80, met false (cf. 'vượt mục tiêu đề ra là 7%'). The national sentence ('cả nước') → Việt Nam.",
    "'dự kiến' inside the quote governs both 500 ha and 3 huyện (forecast). 'năm 1990' is a baseline, '(GMT+7)' furniture.",
]

if __name__ == "__main__":
    emit("p645-6", TEXT, COMMENTS, FIGS, published="2024-07-17", location="Kiên Giang")
