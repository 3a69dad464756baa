"""p1253-6: national newspaper: rescue of the last 9 bears of a family farm in Hạ Long (Quảng Ninh)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Môi trường
Thứ tư, 13/3/2024, 10:20 (GMT+7)

Giải cứu 9 con gấu cuối cùng của một trại nuôi ở Hạ Long

Quảng Ninh - Sau 19 năm bị nuôi nhốt để lấy mật, 9 con gấu ngựa ở phường Hà Khẩu được đưa về trung tâm cứu hộ tại Tam Đảo.

Chiều 12/3, Chi cục Kiểm lâm Quảng Ninh phối hợp với Quỹ Bảo tồn Gấu Đông Dương tiếp nhận 9 cá thể gấu từ gia đình ông Phạm Văn Khải, số 48 đường Hà Khẩu. Đây là những con gấu cuối cùng của gia đình này, vốn đăng ký nuôi 21 con vào năm 2005; 12 con khác đã chết hoặc được chuyển giao trước đó.

Các cá thể gấu nặng từ 70 đến 165 kg, nhiều con bị mất răng nanh, móng bị cắt cụt. Đội cứu hộ gồm 26 người, trong đó có 5 bác sĩ thú y, mất gần 8 tiếng để gây mê, kiểm tra sức khỏe và đưa gấu lên xe, vượt quãng đường khoảng 210 km về Tam Đảo.

"Chúng tôi đã thuyết phục gia đình suốt ba năm", bà Nguyễn Thu Trang, Giám đốc chương trình của quỹ, nói.

Theo Chi cục Kiểm lâm, năm 2012 Quảng Ninh có 156 cá thể gấu nuôi, đứng thứ hai cả nước sau Hà Nội. Đến nay, số gấu còn lại trên địa bàn tỉnh là 33 cá thể, giảm gần 79%.

Trên cả nước, hiện khoảng 300 cá thể gấu vẫn bị nuôi nhốt trong các hộ gia đình. Chi phí chăm sóc một cá thể gấu tại trung tâm cứu hộ khoảng 60 triệu đồng mỗi năm; sau cứu hộ, gấu có thể sống thêm 10-15 năm.

Minh Anh
"""

DAY = per("Chiều 12/3", "2024-03-12", "2024-03-12")
Y05 = per("năm 2005", "2005-01-01", "2005-12-31")
Y12 = per("năm 2012", "2012-01-01", "2012-12-31")
NOW = per("Đến nay", None, "2024-03-13")
HL = "Hạ Long"
QN = "Quảng Ninh"
VN = "Việt Nam"

FIGS = [
    fig("Giải cứu 9 con", "9", 9, "count", "con",
        subject="con gấu cuối cùng của một trại nuôi được giải cứu"),
    fig("Sau 19 năm", "19", 19, "measure", "năm", optional=True,
        subject="thời gian gấu bị nuôi nhốt để lấy mật"),
    fig("mật, 9 con", "9", 9, "count", "con",
        subject="con gấu ngựa được đưa về trung tâm cứu hộ"),
    fig("nhận 9 cá thể", "9", 9, "count", "cá thể",
        subject="cá thể gấu tiếp nhận từ gia đình ông Phạm Văn Khải", period=DAY),
    fig("nuôi 21 con", "21", 21, "count", "con",
        subject="con gấu gia đình đăng ký nuôi", period=Y05),
    fig("12 con khác", "12", 12, "count", "con",
        subject="con gấu đã chết hoặc được chuyển giao trước đó"),
    fig("từ 70 đến 165", "70", 70, "measure", "kg", value_max=165,
        subject="cân nặng của các cá thể gấu"),
    fig("gồm 26 người", "26", 26, "count", "người", subject="người trong đội cứu hộ"),
    fig("có 5 bác sĩ", "5", 5, "count", "bác sĩ thú y", total=26, subject="bác sĩ thú y"),
    fig("gần 8 tiếng", "8", 8, "measure", "tiếng", approx="nearly",
        subject="thời gian gây mê, kiểm tra sức khỏe và đưa gấu lên xe"),
    fig("khoảng 210 km", "210", 210, "measure", "km", approx="about",
        subject="quãng đường về Tam Đảo"),
    fig("suốt ba năm", "ba", 3, "measure", "năm", optional=True,
        subject="thời gian thuyết phục gia đình"),
    fig("có 156 cá thể", "156", 156, "count", "cá thể",
        subject="cá thể gấu nuôi", period=Y12, location=QN),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="số cá thể gấu nuôi", period=Y12, location=QN),
    fig("là 33 cá thể", "33", 33, "count", "cá thể",
        change=chg("decrease", 79, "%", approx="nearly"),
        subject="số gấu còn lại trên địa bàn tỉnh", period=NOW, location=QN),
    fig("khoảng 300 cá thể", "300", 300, "count", "cá thể", approx="about",
        subject="cá thể gấu vẫn bị nuôi nhốt trong các hộ gia đình", location=VN),
    fig("khoảng 60 triệu", "60", 60e6, "money", "đồng/năm", approx="about",
        subject="chi phí chăm sóc một cá thể gấu tại trung tâm cứu hộ", location=VN),
    fig("thêm 10-15 năm", "10", 10, "measure", "năm", value_max=15,
        subject="thời gian gấu có thể sống thêm sau cứu hộ", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ tư, 13/3/2024, 10:20 (GMT+7)', sapo with place tag 'Quảng Ninh -', quote, byline at the end.",
    "Distractors: 10:20, '(GMT+7)', 'số 48 đường Hà Khẩu' (a house number), 'Chiều 12/3' (a date), 'năm 2005', 'năm 2012'.",
    "The family's bears and the rescue operation are in phường Hà Khẩu, TP Hạ Long → location Hạ Long (default); the 2012 and",
    "present provincial counts → Quảng Ninh; 'Trên cả nước' and the care cost and lifespan after it → Việt Nam.",
    "'Chiều 12/3' gives a one-day period 2024-03-12 (year from the dateline). '21 con vào năm 2005' → period 2005. '12 con khác' after",
    "';' has no part-of cue: no total. 'Đội cứu hộ gồm 26 người, trong đó có 5' → total 26. 'gần 8 tiếng' and 'khoảng 210 km' are measures.",
    "Optional: 'Sau 19 năm bị nuôi nhốt' and 'suốt ba năm' are durations stated as facts (how long), not dates locating another",
    "figure, but a careful annotator may read them as time phrases. 'đứng thứ hai cả nước' → rank 2 of Quảng Ninh in 2012.",
    "'Đến nay ... 33 cá thể, giảm gần 79%' → as-of the dateline, change decrease 79 (nearly) with no baseline stated.",
    "'khoảng 60 triệu đồng mỗi năm' is a yearly rate (đồng/năm); '10-15 năm' is a range.",
]

if __name__ == "__main__":
    write("p1253-6", TEXT, NOTES, FIGS, published="2024-03-13", location="Hạ Long")
