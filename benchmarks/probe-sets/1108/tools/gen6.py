"""p1108-6: national newspaper - Thung Nham bird garden (Ninh Bình)."""
from lib import F, P, I, C, build

TEXT = """Du lịch > Điểm đến
Thứ bảy, 5/10/2024, 07:30 (GMT+7)
Chiều về ở vườn chim Thung Nham
Mỗi chiều, từ khoảng 17h, hàng chục nghìn con chim bay về tổ trong thung lũng đá vôi, tạo nên cảnh tượng thu hút du khách đến Ninh Bình.

Vườn chim Thung Nham nằm cách trung tâm thành phố Ninh Bình khoảng 12 km, rộng 334 ha, trong đó khu vực chim làm tổ tập trung khoảng 40 ha quanh hồ. Theo ban quản lý, vườn hiện có 46 loài chim, số lượng ước tính 40.000-50.000 con, nhiều nhất là cò trắng, cò bợ, vạc và diệc.

9 tháng đầu năm, khu du lịch đón khoảng 185.000 lượt khách, tăng 21% so với cùng kỳ năm ngoái; trong đó khách quốc tế đạt 62.000 lượt, chiếm 33,5%. Doanh thu ước đạt 38 tỷ đồng. Giá vé tham quan cho người lớn là 200.000 đồng/người, trẻ em 100.000 đồng/người; vé đi thuyền ra đảo cò thêm 50.000 đồng/lượt.

Ông Trần Văn Hải, Giám đốc khu du lịch, cho biết đơn vị có 85 nhân viên, trong đó 12 người chuyên tuần tra, bảo vệ chim. "Khi mới mở cửa năm 2006, chúng tôi chỉ đếm được khoảng 5.000 con. Nay đàn chim đã gấp 8-10 lần", ông Hải nói.

Theo kế hoạch, trong quý IV/2024 đơn vị sẽ lắp thêm 6 camera giám sát quanh bãi tổ; năm 2025 phấn đấu đón 250.000 lượt khách. Du khách từ Hà Nội có thể đi cao tốc Pháp Vân - Cầu Giẽ rồi Quốc lộ 1A, quãng đường khoảng 100 km.

Minh Anh
"""

M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")

FIGS = [
    F("hàng chục nghìn con chim", "hàng chục nghìn", 10000, "count", "con", "chim bay về tổ mỗi chiều",
      approx="about", optional=True),
    F("khoảng 12 km", "12", 12, "measure", "km", "khoảng cách từ vườn chim đến trung tâm thành phố Ninh Bình", approx="about"),
    F("rộng 334 ha", "334", 334, "measure", "ha", "diện tích vườn chim Thung Nham"),
    F("khoảng 40 ha", "40", 40, "measure", "ha", "diện tích khu vực chim làm tổ tập trung", approx="about", total=334),
    F("có 46 loài chim", "46", 46, "count", "loài", "loài chim"),
    F("ước tính 40.000-50.000 con", "40.000", 40000, "count", "con", "số lượng chim", value_max=50000, status="estimate"),
    F("khoảng 185.000 lượt khách", "185.000", 185000, "count", "lượt khách", "lượt khách đến khu du lịch", M9,
      approx="about", change=C("increase", 21, "%", "cùng kỳ năm ngoái")),
    F("đạt 62.000 lượt", "62.000", 62000, "count", "lượt", "lượt khách quốc tế", M9, total=185000, percent=33.5),
    F("ước đạt 38 tỷ đồng", "38", 38000000000, "money", "đồng", "doanh thu", I(M9), status="estimate"),
    F("là 200.000 đồng/người", "200.000", 200000, "money", "đồng/người", "giá vé tham quan cho người lớn"),
    F("trẻ em 100.000 đồng/người", "100.000", 100000, "money", "đồng/người", "giá vé tham quan cho trẻ em"),
    F("thêm 50.000 đồng/lượt", "50.000", 50000, "money", "đồng/lượt", "vé đi thuyền ra đảo cò"),
    F("có 85 nhân viên", "85", 85, "count", "nhân viên", "nhân viên khu du lịch"),
    F("trong đó 12 người", "12", 12, "count", "người", "người chuyên tuần tra, bảo vệ chim", total=85),
    F("khoảng 5.000 con", "5.000", 5000, "count", "con", "chim đếm được khi mới mở cửa",
      P("năm 2006", "2006-01-01", "2006-12-31"), approx="about"),
    F("gấp 8-10 lần", "8", 8, "multiple", "lần", "đàn chim hiện nay so với năm 2006", value_max=10),
    F("thêm 6 camera", "6", 6, "count", "camera", "camera giám sát lắp thêm quanh bãi tổ",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("đón 250.000 lượt khách", "250.000", 250000, "count", "lượt khách", "lượt khách đến khu du lịch",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("khoảng 100 km", "100", 100, "measure", "km", "quãng đường từ Hà Nội đến Thung Nham", approx="about"),
]

NOTES = [
    "National newspaper style: 'Thứ bảy, 5/10/2024, 07:30 (GMT+7)', byline at the end. Location Ninh Bình throughout (the distance from Hà Nội describes the trip to Thung Nham).",
    "'9 tháng đầu năm' takes 2024 from the dateline. 62.000 after 'trong đó' -> total 185.000, 'chiếm 33,5%' its percent.",
    "'Theo kế hoạch ... sẽ lắp thêm 6 camera' and 'phấn đấu' -> target. 'gấp 8-10 lần' standing alone (quoted sentence) -> multiple range.",
    "'hàng chục nghìn con chim' is a vague number word: optional (10^4, about).",
    "Distractors: 07:30 (GMT+7), 17h (time of day), năm 2006 only as the period of 5.000 con, cao tốc Pháp Vân - Cầu Giẽ, Quốc lộ 1A.",
]

build("p1108-6", TEXT, FIGS, NOTES, published="2024-10-05", location="Ninh Bình")
