"""p1341-5: national newspaper: a stranded whale calf rescued in Gio Linh (Quảng Trị); national marine-mammal strandings."""
from lib import fig, per, inh, chg, tgt, write, NOLOC

TEXT = """Thời sự > Môi trường

Hơn 30 người giải cứu cá voi con mắc cạn ở Quảng Trị

Thứ bảy, 15/3/2025, 08:40 (GMT+7)

Sau gần 5 giờ, ngư dân và bộ đội biên phòng ở Gio Linh đã đưa con cá voi dài 4,5 m, nặng khoảng 600 kg trở lại biển.

Chiều 14/3, ngư dân xã Trung Giang, huyện Gio Linh phát hiện cá voi con mắc cạn ở vùng nước nông cách bờ khoảng 50 m. Hơn 30 người gồm ngư dân, cán bộ Đồn Biên phòng Cửa Việt và Trạm Kiểm ngư số 2 đã dùng bạt, dây thừng dìu cá ra vùng nước sâu 3-4 m.

Theo Trung tâm Cứu hộ Sinh vật biển Việt Nam (một tổ chức phi lợi nhuận), từ năm 2020 đến nay, mạng lưới ghi nhận 148 vụ thú biển mắc cạn trên cả nước, trong đó 109 vụ cá heo, 31 vụ cá voi và 8 vụ bò biển. Chỉ khoảng 15% số cá thể còn sống khi được phát hiện. Riêng năm 2024 có 37 vụ, tăng 23% so với năm 2023.

"Việt Nam ghi nhận khoảng 26 loài thú biển, nhưng dữ liệu về quần thể còn rất hạn chế", TS Nguyễn Minh Khang, trưởng nhóm nghiên cứu của trung tâm, nói. Theo ông, cá voi Bryde trưởng thành dài 13-16 m, nặng tối đa 25 tấn; cá voi con mới sinh thường dài chưa đến 5 m.

Năm nay, trung tâm dự kiến tập huấn kỹ năng sơ cứu thú biển mắc cạn cho khoảng 500 ngư dân tại 7 tỉnh ven biển miền Trung, với kinh phí hơn 800 triệu đồng. Người dân phát hiện thú biển mắc cạn có thể gọi đường dây nóng 0905.113.114 để được hướng dẫn.

Hoàng Táo
"""

DAY = per("Chiều 14/3", "2025-03-14", "2025-03-14")
SINCE = per("từ năm 2020 đến nay", "2020-01-01", "2025-03-15")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Năm nay", "2025-01-01", "2025-12-31")
QT, GL, VN = "Quảng Trị", "Gio Linh", "Việt Nam"

FIGS = [
    fig("Hơn 30 người giải cứu", "30", 30, "count", "người", approx="over",
        subject="người giải cứu cá voi con mắc cạn", location=QT),
    fig("Sau gần 5 giờ", "5", 5, "measure", "giờ", approx="nearly", subject="thời gian giải cứu", location=GL,
        optional=True),
    fig("dài 4,5 m", "4,5", 4.5, "measure", "m", subject="chiều dài con cá voi", location=GL),
    fig("khoảng 600 kg", "600", 600, "measure", "kg", approx="about", subject="cân nặng con cá voi", location=GL),
    fig("bờ khoảng 50 m", "50", 50, "measure", "m", approx="about",
        subject="khoảng cách từ chỗ cá voi con mắc cạn đến bờ", period=DAY, location=GL),
    fig("Hơn 30 người gồm", "30", 30, "count", "người", approx="over", subject="người dìu cá voi ra vùng nước sâu",
        period=inh(DAY), location=GL),
    fig("sâu 3-4 m", "3", 3, "measure", "m", value_max=4, subject="độ sâu vùng nước", period=inh(DAY), location=GL),
    fig("ghi nhận 148 vụ", "148", 148, "count", "vụ", subject="vụ thú biển mắc cạn", period=SINCE, location=VN),
    fig("trong đó 109 vụ", "109", 109, "count", "vụ", total=148, subject="vụ cá heo mắc cạn", period=SINCE,
        location=VN),
    fig("31 vụ cá voi", "31", 31, "count", "vụ", total=148, subject="vụ cá voi mắc cạn", period=SINCE, location=VN),
    fig("8 vụ bò biển", "8", 8, "count", "vụ", total=148, subject="vụ bò biển mắc cạn", period=SINCE, location=VN),
    fig("khoảng 15% số", "15", 15, "percent", "%", approx="about",
        subject="số cá thể còn sống khi được phát hiện", period=inh(SINCE), location=VN),
    fig("có 37 vụ", "37", 37, "count", "vụ", change=chg("increase", 23, "%", "năm 2023"),
        subject="vụ thú biển mắc cạn", period=Y24, location=VN),
    fig("khoảng 26 loài", "26", 26, "count", "loài", approx="about", subject="loài thú biển", location=VN),
    fig("dài 13-16 m", "13", 13, "measure", "m", value_max=16, subject="chiều dài cá voi Bryde trưởng thành",
        location=NOLOC),
    fig("tối đa 25 tấn", "25", 25, "measure", "tấn", approx="at_most",
        subject="cân nặng cá voi Bryde trưởng thành", location=NOLOC),
    fig("chưa đến 5 m", "5", 5, "measure", "m", approx="under", subject="chiều dài cá voi con mới sinh",
        location=NOLOC),
    fig("khoảng 500 ngư dân", "500", 500, "count", "ngư dân", approx="about", status="forecast",
        subject="ngư dân được tập huấn kỹ năng sơ cứu thú biển mắc cạn", period=NOW, location=VN),
    fig("tại 7 tỉnh", "7", 7, "count", "tỉnh", status="forecast", subject="tỉnh ven biển miền Trung",
        period=NOW, location=VN),
    fig("hơn 800 triệu", "800", 800e6, "money", "đồng", approx="over", status="forecast",
        subject="kinh phí tập huấn", period=NOW, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 15/3/2025, 08:40 (GMT+7)', sapo, quote, byline; no default location.",
    "Distractors: dateline and time, '(GMT+7)', 'Chiều 14/3', 'Trạm Kiểm ngư số 2', hotline 0905.113.114, baselines.",
    "The rescue is located in Gio Linh (sapo and body name it); the headline names only Quảng Trị, so its figure is Quảng Trị.",
    "'Sau gần 5 giờ' may be read as the rescue's duration or a time locator: optional.",
    "The 'Chiều 14/3' sentence gives its figures that day; the next sentence inherits it.",
    "The network's counts 'trên cả nước' are Việt Nam; 'trong đó 109 ..., 31 ... và 8 ...' → total 148 (they add up);",
    "'từ năm 2020 đến nay' ends at the dateline. 'Riêng năm 2024 có 37 vụ': 'riêng' is no cue → no total.",
    "Species facts (Bryde length and weight, calf length) describe no place: location null (borderline).",
    "'nặng tối đa 25 tấn' at_most; 'chưa đến 5 m' under. 'Năm nay ... dự kiến' → forecast 2025; '7 tỉnh' is a count of provinces",
    "→ Việt Nam.",
]

if __name__ == "__main__":
    write("p1341-5", TEXT, NOTES, FIGS, published="2025-03-15")
