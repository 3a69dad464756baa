"""p1407-5: national newspaper: Sơn Trà monkeys entering homes in phường Thọ Quang (quận Sơn Trà, Đà Nẵng)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Dân sinh
Thứ hai, 18/3/2024, 07:00 (GMT+7)

Khỉ Sơn Trà xuống phố, dân khóa cửa cả ngày

Hai tháng đầu năm, phường Thọ Quang (quận Sơn Trà) nhận 41 phản ánh về khỉ vào nhà dân, gấp 3 lần cùng kỳ năm 2023.

Sáng 16/3, ở kiệt 25 đường Vũ Văn Dũng, đàn khỉ chừng 15 con leo lên mái tôn, chui qua cửa sổ lấy trộm trái cây, bánh mì. Bà Trần Thị Hoa (62 tuổi) kể mỗi tuần khỉ vào nhà bà 4-5 lần, có lần làm vỡ 2 bộ ấm chén. "Nhà tôi phải làm khung lưới sắt hết 7 triệu đồng", bà nói.

Theo Ban quản lý bán đảo Sơn Trà, quần thể khỉ vàng trên bán đảo ước khoảng 1.200 cá thể; hiện có 8-10 đàn thường xuyên xuống khu dân cư. Năm 2023, có 6 người bị khỉ cào, cắn phải tiêm phòng dại, trong đó có một du khách nước ngoài.

Quận Sơn Trà đã chi 350 triệu đồng lắp 2,5 km lưới chắn dọc đường Hoàng Sa và đặt 40 biển cấm cho khỉ ăn. Theo Cục Lâm nghiệp, Đà Nẵng đứng thứ ba cả nước về số vụ khỉ hoang dã xâm nhập khu dân cư năm 2023, sau An Giang và TP Hồ Chí Minh.

Ông Lê Minh Tuấn, Phó chủ tịch UBND quận, cho biết năm nay quận dự kiến phối hợp Trung tâm Cứu hộ Hòn Ngang di dời khoảng 100 con khỉ về rừng sâu, kinh phí hơn 500 triệu đồng. "Cho khỉ ăn là nguyên nhân chính khiến khỉ mất sợ người. Mỗi ngày có 3-4 nghìn lượt khách lên bán đảo, nhiều người vẫn mang thức ăn theo", ông Tuấn nói.

Nguyễn Đông
"""

H2 = per("Hai tháng đầu năm", "2024-01-01", "2024-02-29")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("nhận 41 phản ánh", "41", 41, "count", "phản ánh", change=chg("increase", 3, "lần", "cùng kỳ năm 2023"),
        subject="phản ánh về khỉ vào nhà dân", period=H2),
    fig("chừng 15 con", "15", 15, "count", "con", approx="about", subject="số con của đàn khỉ"),
    fig("(62 tuổi)", "62", 62, "measure", "tuổi", subject="tuổi bà Trần Thị Hoa", optional=True),
    fig("nhà bà 4-5 lần", "4", 4, "measure", "lần/tuần", value_max=5, subject="lần khỉ vào nhà bà mỗi tuần"),
    fig("vỡ 2 bộ", "2", 2, "count", "bộ ấm chén", subject="bộ ấm chén bị làm vỡ"),
    fig("hết 7 triệu", "7", 7e6, "money", "đồng", subject="chi phí làm khung lưới sắt"),
    fig("khoảng 1.200 cá thể", "1.200", 1200, "count", "cá thể", approx="about", status="estimate",
        subject="quần thể khỉ vàng trên bán đảo"),
    fig("có 8-10 đàn", "8", 8, "count", "đàn", value_max=10, subject="đàn khỉ thường xuyên xuống khu dân cư"),
    fig("có 6 người", "6", 6, "count", "người", subject="người bị khỉ cào, cắn phải tiêm phòng dại", period=Y23),
    fig("có một du khách", "một", 1, "count", "du khách", total=6, subject="du khách nước ngoài bị khỉ cào, cắn",
        period=Y23),
    fig("chi 350 triệu", "350", 350e6, "money", "đồng", subject="kinh phí quận chi lắp lưới chắn, đặt biển cấm"),
    fig("lắp 2,5 km", "2,5", 2.5, "measure", "km", subject="lưới chắn dọc đường Hoàng Sa"),
    fig("đặt 40 biển", "40", 40, "count", "biển", subject="biển cấm cho khỉ ăn"),
    fig("thứ ba cả nước", "ba", 3, "rank", "hạng", subject="số vụ khỉ hoang dã xâm nhập khu dân cư",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), location="Đà Nẵng"),
    fig("khoảng 100 con", "100", 100, "count", "con", approx="about", status="forecast",
        subject="khỉ di dời về rừng sâu", period=NOW),
    fig("hơn 500 triệu", "500", 500e6, "money", "đồng", approx="over", status="forecast",
        subject="kinh phí di dời khỉ", period=NOW),
    fig("có 3-4 nghìn", "3", 3000, "measure", "lượt khách/ngày", value_max=4000,
        subject="lượt khách lên bán đảo mỗi ngày"),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 18/3/2024, 07:00 (GMT+7)' (published), sapo, quotes, byline at the end.",
    "Place: phường Thọ Quang is named '(quận Sơn Trà)'; the peninsula (bán đảo Sơn Trà) and the quận figures -> Sơn Trà; the rank -> Đà Nẵng.",
    "'Hai tháng đầu năm' takes the dateline year -> 2024-01-01..2024-02-29. 'gấp 3 lần cùng kỳ năm 2023' after the count -> change 3 lần.",
    "'mỗi tuần ... 4-5 lần', 'Mỗi ngày có 3-4 nghìn lượt khách' are per-time rates -> measure, unit with the time denominator.",
    "'3-4 nghìn': the multiplier applies to both ends (3000..4000). 'ước khoảng 1.200' -> estimate + about.",
    "'trong đó có một du khách' -> total 6. Age '(62 tuổi)' optional. 'năm nay quận dự kiến' -> forecast 2024 for 100 con and hơn 500 triệu.",
    "Distractors: 07:00, (GMT+7), 'Sáng 16/3', 'kiệt 25 đường Vũ Văn Dũng'.",
]

if __name__ == "__main__":
    write("p1407-5", TEXT, NOTES, FIGS, published="2024-03-18", location="Sơn Trà")
