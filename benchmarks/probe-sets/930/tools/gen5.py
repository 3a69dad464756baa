"""p930-5: Báo Hà Tĩnh (Party provincial paper), removing migratory-bird nets along the coast."""
from lib import F, P, I, Y, C, T, write

TEXT = """
Báo Hà Tĩnh > Nông nghiệp > Môi trường

Quyết liệt tháo dỡ lưới bẫy chim di cư ven biển Hà Tĩnh

Mùa chim di cư năm nay, hàng trăm mét lưới tàng hình vẫn bị giăng dọc các bãi biển, đồng muối. Từ ngày 15/9 đến nay, lực lượng kiểm lâm cùng chính quyền các địa phương ven biển đã tháo dỡ 7.380 m lưới bẫy chim, gấp 1,6 lần so với cùng kỳ năm 2023.

Tại thị xã Kỳ Anh, chỉ riêng trong tháng 10 đã tháo dỡ 2.150 m lưới và 37 bẫy lồng, thả về tự nhiên 460 cá thể chim. Ông Trần Văn Năm, Hạt trưởng Hạt Kiểm lâm Kỳ Anh cho biết, mỗi tấm lưới thường dài 80-120 m, có thể bẫy hàng chục con chim mỗi đêm; chim bị bẫy được bán cho các quán ăn dọc Quốc lộ 1A với giá 25.000-40.000 đồng/con.

Tại huyện Cẩm Xuyên, từ đầu mùa di cư đã xử lý 6 trường hợp giăng lưới bẫy chim, mức phạt 3,5 triệu đồng mỗi trường hợp. Huyện Thạch Hà vận động được 52 hộ dân tự nguyện tháo dỡ, giao nộp 1.240 m lưới.

Theo Chi cục Kiểm lâm Hà Tĩnh, toàn tỉnh có khoảng 137 km bờ biển với nhiều bãi bồi, cửa sông là điểm dừng chân của chim di cư; ước tính mỗi mùa có trên 50 loài chim di cư đi qua. Năm 2024, tỉnh đặt mục tiêu tháo dỡ toàn bộ lưới bẫy chim trước ngày 31/12, tổ chức ít nhất 2 đợt cao điểm và xử lý nghiêm 100% trường hợp vi phạm.

Đáng chú ý, nhiều lưới được giăng ngay sát khu dân cư, có nơi chỉ cách nhà dân khoảng 50 m. Lực lượng kiểm lâm đề nghị người dân khi phát hiện lưới bẫy chim báo ngay cho chính quyền địa phương hoặc gọi số 0239.3855.216.

THU HÀ
28/10/2024
"""

SINCE = P("Từ ngày 15/9 đến nay", "2024-09-15", "2024-10-28")
OCT = P("trong tháng 10", "2024-10-01", "2024-10-31")
Y24 = Y(2024, "Năm 2024")

FIGS = [
    F("hàng trăm mét lưới", "trăm", 100, "measure", "m", "lưới tàng hình giăng dọc các bãi biển", approx="about",
      optional=True),
    F("tháo dỡ 7.380 m", "7.380", 7380, "measure", "m", "lưới bẫy chim tháo dỡ", SINCE,
      change=C("increase", 1.6, "lần", "cùng kỳ năm 2023")),
    F("tháo dỡ 2.150 m", "2.150", 2150, "measure", "m", "lưới tháo dỡ", OCT, location="Kỳ Anh"),
    F("37 bẫy lồng", "37", 37, "count", "bẫy lồng", "bẫy lồng tháo dỡ", OCT, location="Kỳ Anh"),
    F("tự nhiên 460 cá thể", "460", 460, "count", "cá thể", "chim thả về tự nhiên", OCT, location="Kỳ Anh"),
    F("dài 80-120 m", "80", 80, "measure", "m", "chiều dài mỗi tấm lưới", value_max=120, location="Kỳ Anh"),
    F("hàng chục con chim", "chục", 10, "count", "con chim/đêm", "chim bị bẫy mỗi đêm", approx="about",
      location="Kỳ Anh", optional=True),
    F("giá 25.000-40.000 đồng/con", "25.000", 25000, "money", "đồng/con", "giá chim bị bẫy bán cho quán ăn",
      value_max=40000, location="Kỳ Anh"),
    F("xử lý 6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp giăng lưới bẫy chim bị xử lý", location="Cẩm Xuyên"),
    F("phạt 3,5 triệu đồng", "3,5", 3500000, "money", "đồng/trường hợp", "mức phạt mỗi trường hợp", location="Cẩm Xuyên"),
    F("được 52 hộ", "52", 52, "count", "hộ", "hộ dân tự nguyện tháo dỡ lưới", location="Thạch Hà"),
    F("nộp 1.240 m", "1.240", 1240, "measure", "m", "lưới giao nộp", location="Thạch Hà"),
    F("khoảng 137 km", "137", 137, "measure", "km", "bờ biển", approx="about"),
    F("trên 50 loài", "50", 50, "count", "loài", "loài chim di cư đi qua mỗi mùa", approx="over", status="estimate"),
    F("ít nhất 2 đợt", "2", 2, "count", "đợt", "đợt cao điểm", Y24, approx="at_least", status="target"),
    F("nghiêm 100% trường hợp", "100", 100, "percent", "%", "trường hợp vi phạm được xử lý nghiêm", Y24, status="target"),
    F("khoảng 50 m", "50", 50, "measure", "m", "khoảng cách từ lưới đến nhà dân", approx="about"),
]

NOTES = [
    "Báo Hà Tĩnh (Party provincial paper), byline THU HÀ and bare date 28/10/2024 at the end: removing migratory-bird nets on the coast.",
    "'gấp 1,6 lần so với cùng kỳ năm 2023' after 7.380 m is its change (increase, 1,6 lần). 'Từ ngày 15/9 đến nay' ends at the bare date.",
    "Kỳ Anh (thị xã), Cẩm Xuyên, Thạch Hà figures are located there; the chief's statements on net length and price are Kỳ Anh's.",
    "'ước tính mỗi mùa có trên 50 loài' → estimate. 'đặt mục tiêu ... tổ chức ít nhất 2 đợt ... 100%' → target, year from 'Năm 2024'.",
    "Vague number words 'hàng trăm mét lưới' (100) and 'hàng chục con chim mỗi đêm' (10) are approx figures by the spec, marked optional.",
    "Distractors: 'Trần Văn Năm' (a name), Quốc lộ 1A, 'trước ngày 31/12', phone 0239.3855.216, bare date 28/10/2024.",
]

write(5, TEXT, FIGS, NOTES, published="2024-10-28", location="Hà Tĩnh")
