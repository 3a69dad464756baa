"""p1200-6: national newspaper, fiber reaches a remote village in Tu Mơ Rông (Kon Tum); province and national figures."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Số hóa > Viễn thông

Thứ Sáu, 07/03/2025, 06:00 (GMT+7)

Cáp quang lên làng xa nhất Kon Tum

Làng Long Láy 1, xã Măng Ri, huyện Tu Mơ Rông, cách trung tâm tỉnh Kon Tum hơn 100 km, từ đầu tháng 1 đã có internet cáp quang.

Làng có 73 hộ với hơn 300 nhân khẩu người Xơ Đăng. Trước đây cả làng chỉ có một trạm phát sóng 2G, học sinh muốn học trực tuyến phải xuống trung tâm xã. Đến cuối tháng 2, đã có 29 hộ lắp đặt internet. Gói cước dành cho hộ đồng bào dân tộc thiểu số có giá 120.000 đồng/tháng, tốc độ 150 Mbps, rẻ hơn khoảng 40% so với gói thông thường.

Anh A Thuận, trưởng làng, kể năm ngoái bà con bán được gần 2 tấn sâm dây khô qua mạng xã hội, thu về khoảng 500 triệu đồng.

Theo Sở Thông tin và Truyền thông Kon Tum, năm 2024 tỉnh có thêm 58 thôn, làng được kéo cáp quang, nâng tổng số lên 813/862 thôn, làng, đạt 94,3%. Còn 49 thôn, làng chưa có cáp quang, trong đó 21 thôn thuộc huyện Đăk Glei, 17 thôn thuộc huyện Tu Mơ Rông.

Trên cả nước, theo Bộ Thông tin và Truyền thông, đến cuối năm 2024 còn khoảng 1.700 thôn, bản chưa có cáp quang, chủ yếu ở miền núi phía Bắc và Tây Nguyên. Đại diện một nhà mạng cho biết chi phí kéo cáp quang đến vùng núi từ 80 đến 120 triệu đồng/km, cao gấp 2-3 lần ở đồng bằng.

Hoàng Thùy
"""

TMR = "Tu Mơ Rông"
FEB = per("Đến cuối tháng 2", None, "2025-02-28")
LAST = per("năm ngoái", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
END24 = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("hơn 100 km", "100", 100, "measure", "km", approx="over",
        subject="khoảng cách từ làng Long Láy 1 đến trung tâm tỉnh", location=TMR),
    fig("có 73 hộ", "73", 73, "count", "hộ", subject="hộ của làng", location=TMR),
    fig("hơn 300 nhân khẩu", "300", 300, "count", "nhân khẩu", approx="over",
        subject="nhân khẩu người Xơ Đăng của làng", location=TMR),
    fig("có một trạm", "một", 1, "count", "trạm phát sóng", subject="trạm phát sóng 2G của làng trước đây",
        location=TMR),
    fig("có 29 hộ", "29", 29, "count", "hộ", subject="hộ lắp đặt internet", period=FEB, location=TMR),
    fig("giá 120.000 đồng/tháng", "120.000", 120000, "money", "đồng/tháng",
        change=chg("decrease", 40, "%", "gói thông thường", approx="about"),
        subject="giá gói cước dành cho hộ đồng bào dân tộc thiểu số", location=TMR),
    fig("tốc độ 150 Mbps", "150", 150, "measure", "Mbps", subject="tốc độ gói cước", location=TMR),
    fig("gần 2 tấn", "2", 2, "measure", "tấn", approx="nearly",
        subject="sâm dây khô bà con bán qua mạng xã hội", period=LAST, location=TMR),
    fig("khoảng 500 triệu đồng", "500", 500e6, "money", "đồng", approx="about",
        subject="tiền bán sâm dây khô thu về", period=LAST, location=TMR),
    fig("thêm 58 thôn", "58", 58, "count", "thôn, làng", subject="thôn, làng được kéo cáp quang thêm", period=Y24),
    fig("lên 813/862 thôn", "813", 813, "count", "thôn, làng", total=862, percent=94.3,
        subject="thôn, làng có cáp quang", period=Y24),
    fig("Còn 49 thôn", "49", 49, "count", "thôn, làng", subject="thôn, làng chưa có cáp quang",
        period=inh(Y24)),
    fig("21 thôn", "21", 21, "count", "thôn", total=49, subject="thôn chưa có cáp quang",
        period=inh(Y24), location="Đăk Glei"),
    fig("17 thôn", "17", 17, "count", "thôn", total=49, subject="thôn chưa có cáp quang",
        period=inh(Y24), location=TMR),
    fig("khoảng 1.700 thôn", "1.700", 1700, "count", "thôn, bản", approx="about",
        subject="thôn, bản chưa có cáp quang", period=END24, location="Việt Nam"),
    fig("từ 80 đến 120 triệu", "80", 80e6, "money", "đồng/km", value_max=120e6,
        change=chg("increase", 2, "lần", "ở đồng bằng"),
        subject="chi phí kéo cáp quang đến vùng núi", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 07/03/2025, 06:00 (GMT+7)', byline 'Hoàng Thùy' at the end. Village Long Láy 1 (Tu Mơ Rông, Kon Tum).",
    "Distractors: '(GMT+7)', time 06:00, village name 'Long Láy 1', '2G', 'từ đầu tháng 1' (a date).",
    "Village passage figures are located in Tu Mơ Rông; the national paragraph (cả nước, an operator's cost) is Việt Nam.",
    "'năm ngoái' = 2024 (the year before the dateline). 'Đến cuối tháng 2' takes 2025 from the dateline. 'một trạm' is a number word.",
    "'cao gấp 2-3 lần ở đồng bằng' is the change of the cost range (first value 2 lần). '1 km' is not written: the rate is 'đồng/km'.",
]

if __name__ == "__main__":
    build("p1200-6", TEXT, NOTES, FIGS, published="2025-03-07", location="Kon Tum")
