"""p1263-6: national newspaper: TP HCM plans microchips for pet dogs; Gò Vấp pilot; rabies deaths."""
from lib import fig, per, inh, chg, write

TEXT = """Thứ hai, 9/9/2024, 06:00 (GMT+7)

TP HCM muốn gắn chip cho 100% chó nuôi

Thành phố đặt mục tiêu đến năm 2026 toàn bộ chó nuôi được gắn chip điện tử; mức phạt với chủ nuôi thả rông dự kiến tối đa 3 triệu đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn TP HCM, thành phố hiện có khoảng 152.000 con chó và 98.000 con mèo, tập trung nhiều ở TP Thủ Đức, huyện Bình Chánh và huyện Củ Chi. Năm 2023, thành phố tiêm phòng dại cho 176.300 con chó, mèo, đạt 70,5% tổng đàn, thấp hơn 4,5% so với chỉ tiêu.

Đề án quản lý chó, mèo giai đoạn 2024-2026 do Sở xây dựng đặt mục tiêu gắn chip cho 100% chó nuôi tại 16 quận và TP Thủ Đức đến năm 2026; ở 5 huyện ngoại thành, tỷ lệ này là 70%. Giá mỗi chip khoảng 120.000-150.000 đồng, thành phố dự kiến hỗ trợ 50% chi phí trong năm đầu tiên.

Tại quận Gò Vấp, nơi thí điểm từ tháng 3, đã có 4.860 con chó được gắn chip, chiếm khoảng 38% đàn chó của quận. Đội kiểm soát của quận bắt giữ 93 con chó thả rông trong 8 tháng đầu năm, trong đó 61 con không có chủ nhận, được chuyển về trạm thú y Phường 12 để xử lý.

"Chip giúp truy được chủ nuôi khi chó cắn người hoặc thả rông", ông Lê Minh Tâm, Phó trưởng phòng Kinh tế quận Gò Vấp, nói. Theo ông Tâm, riêng năm 2023, quận có hơn 1.100 người bị chó cắn phải tiêm ngừa.

Theo Trung tâm Kiểm soát bệnh tật TP HCM, từ đầu năm đến nay thành phố có 3 ca tử vong vì bệnh dại, gấp 1,5 lần cùng kỳ năm ngoái; số người đi tiêm ngừa dại khoảng 61.000 lượt.

Phạm Thu Hằng
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
BY26 = per("đến năm 2026", None, "2026-12-31")
PILOT = per("từ tháng 3", "2024-03-01", "2024-09-09")
M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-09")
GV = "Gò Vấp"

FIGS = [
    fig("muốn gắn chip cho 100%", "100", 100, "percent", "%", status="target",
        subject="chó nuôi được gắn chip"),
    fig("tối đa 3 triệu", "3", 3e6, "money", "đồng", approx="at_most", status="forecast",
        subject="mức phạt với chủ nuôi thả rông"),
    fig("khoảng 152.000 con", "152.000", 152000, "count", "con", approx="about", subject="chó"),
    fig("98.000 con mèo", "98.000", 98000, "count", "con", subject="mèo"),
    fig("cho 176.300 con", "176.300", 176300, "count", "con", percent=70.5,
        change=chg("decrease", 4.5, "%", "chỉ tiêu"),
        subject="chó, mèo được tiêm phòng dại", period=Y23),
    fig("100% chó nuôi tại", "100", 100, "percent", "%", status="target",
        subject="chó nuôi được gắn chip tại 16 quận và TP Thủ Đức", period=BY26),
    fig("tại 16 quận", "16", 16, "count", "quận", status="target", subject="quận", optional=True),
    fig("ở 5 huyện", "5", 5, "count", "huyện", status="target", subject="huyện ngoại thành", optional=True),
    fig("là 70%", "70", 70, "percent", "%", status="target",
        subject="tỷ lệ chó nuôi được gắn chip ở huyện ngoại thành", period=BY26),
    fig("khoảng 120.000-150.000", "120.000", 120000, "money", "đồng/chip", value_max=150000, approx="about",
        subject="giá mỗi chip"),
    fig("hỗ trợ 50% chi phí", "50", 50, "percent", "%", status="forecast",
        subject="chi phí gắn chip thành phố hỗ trợ"),
    fig("có 4.860 con", "4.860", 4860, "count", "con", percent=38,
        subject="chó được gắn chip", period=PILOT, location=GV),
    fig("bắt giữ 93 con", "93", 93, "count", "con", subject="chó thả rông bị bắt giữ", period=M8, location=GV),
    fig("trong đó 61 con", "61", 61, "count", "con", total=93, subject="chó không có chủ nhận",
        period=M8, location=GV),
    fig("hơn 1.100 người", "1.100", 1100, "count", "người", approx="over",
        subject="người bị chó cắn phải tiêm ngừa", period=Y23b, location=GV),
    fig("có 3 ca", "3", 3, "count", "ca", change=chg("increase", 1.5, "lần", "cùng kỳ năm ngoái"),
        subject="ca tử vong vì bệnh dại", period=YTD),
    fig("khoảng 61.000 lượt", "61.000", 61000, "count", "lượt", approx="about",
        subject="người đi tiêm ngừa dại", period=YTD),
]

NOTES = [
    "National newspaper: 'Thứ hai, 9/9/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', 06:00, 'giai đoạn 2024-2026', 'năm đầu tiên', 'Phường 12', 'quận Gò Vấp' etc.",
    "City figures → TP Hồ Chí Minh (the list 'TP Thủ Đức, huyện Bình Chánh và huyện Củ Chi' only says where dogs concentrate);",
    "the Gò Vấp passage (pilot, catches, the official's 2023 figure) → Gò Vấp.",
    "Headline '100% chó nuôi' after 'muốn' and the sapo's 'mục tiêu' → target; 'dự kiến tối đa 3 triệu' → forecast, at_most.",
    "'thấp hơn 4,5% so với chỉ tiêu' is a gap to a plan → change decrease 4.5.",
    "'16 quận' and '5 huyện ngoại thành' name the scope of the target (the city's urban and rural districts): optional,",
    "a careful annotator may or may not count them; the period 'đến năm 2026' goes to the two target percents.",
    "'Giá mỗi chip khoảng 120.000-150.000 đồng' → range, unit 'đồng/chip'. 'hỗ trợ 50% chi phí trong năm đầu tiên': no datable period.",
    "'nơi thí điểm từ tháng 3, đã có 4.860 con' → period 2024-03-01 .. dateline (as 'từ năm 2021 đến nay').",
    "'gấp 1,5 lần cùng kỳ năm ngoái' after '3 ca' → change increase 1.5 lần. 'từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write("p1263-6", TEXT, NOTES, FIGS, published="2024-09-09", location="TP Hồ Chí Minh")
