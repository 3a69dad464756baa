"""p1520-4: Party/provincial newspaper (Báo Quảng Nam, tag (QNO)): frame workshops in TP Hội An."""
from lib import F, P, year, inh, ch, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Chủ nhật, 14/07/2024 - 06:30

Xưởng đóng khung tranh ở Hội An vào mùa

(QNO) - Khách quốc tế trở lại đông, nhu cầu mua tranh và đóng khung mang về nước tăng mạnh. Nhiều xưởng đóng khung ở TP Hội An phải tuyển thêm thợ mới kịp giao hàng.

Theo Phòng Kinh tế TP Hội An, hiện thành phố có 42 cơ sở đóng khung và kinh doanh tranh, tăng 11 cơ sở so với năm 2022. 6 tháng đầu năm nay, các cơ sở đã đóng hơn 58.000 khung, bằng khoảng 80% cả năm 2023. Cũng trong 6 tháng, Hội An đón gần 2,2 triệu lượt khách tham quan, tăng 45% so với cùng kỳ; trong đó khoảng 1,5 triệu lượt khách quốc tế.

Xưởng khung tranh Phố Cổ của anh Trần Minh Khoa ở số 45 đường Trần Hưng Đạo có 7 thợ, mỗi ngày đóng từ 60 đến 80 khung. “Cao điểm tháng 3, xưởng nhận hơn 300 đơn mỗi tuần, có hôm thợ làm đến 22 giờ”, anh Khoa nói. Khung gỗ cho tranh lụa khổ nhỏ giá khoảng 120.000 đồng, khung tranh sơn dầu khổ lớn có giá trên 1,5 triệu đồng. Thợ lành nghề có thu nhập 9-12 triệu đồng/tháng, thợ học việc chưa đến 5 triệu đồng/tháng.

Bà Nguyễn Thị Thu, Trưởng phòng Kinh tế TP Hội An cho biết, năm nay thành phố dự kiến hỗ trợ khoảng 500 triệu đồng để các cơ sở quảng bá sản phẩm tại Festival Di sản Quảng Nam lần thứ 9; mục tiêu đến năm 2025 có 3 sản phẩm tranh, khung tranh đạt chuẩn OCOP.

PHAN VINH
"""

H6 = P("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")

FIGS = [
    F("có 42 cơ sở", "42", 42, "count", "cơ sở", change=ch("increase", 11, "cơ sở", "năm 2022"),
      subject="cơ sở đóng khung và kinh doanh tranh"),
    F("hơn 58.000 khung", "58.000", 58000, "count", "khung", approx="over", percent=80,
      subject="khung các cơ sở đã đóng", period=H6),
    F("gần 2,2 triệu", "2,2", 2.2e6, "count", "lượt khách", approx="nearly",
      change=ch("increase", 45, "%", "cùng kỳ"), subject="lượt khách tham quan Hội An đón",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("khoảng 1,5 triệu", "1,5", 1.5e6, "count", "lượt khách", approx="about", total=2.2e6,
      subject="lượt khách quốc tế", period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("có 7 thợ", "7", 7, "count", "thợ", subject="thợ của xưởng khung tranh Phố Cổ"),
    F("từ 60 đến 80 khung", "60", 60, "measure", "khung/ngày", value_max=80,
      subject="khung xưởng đóng mỗi ngày"),
    F("hơn 300 đơn", "300", 300, "measure", "đơn/tuần", approx="over",
      subject="đơn xưởng nhận mỗi tuần", period=P("tháng 3", "2024-03-01", "2024-03-31")),
    F("khoảng 120.000 đồng", "120.000", 120000, "money", "đồng", approx="about",
      subject="giá khung gỗ cho tranh lụa khổ nhỏ"),
    F("trên 1,5 triệu", "1,5", 1.5e6, "money", "đồng", approx="over",
      subject="giá khung tranh sơn dầu khổ lớn"),
    F("nhập 9-12 triệu", "9", 9e6, "money", "đồng/tháng", value_max=12e6, subject="thu nhập thợ lành nghề"),
    F("chưa đến 5 triệu", "5", 5e6, "money", "đồng/tháng", approx="under", subject="thu nhập thợ học việc"),
    F("khoảng 500 triệu", "500", 500e6, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí thành phố hỗ trợ các cơ sở quảng bá sản phẩm", period=year("năm nay", 2024)),
    F("có 3 sản phẩm", "3", 3, "count", "sản phẩm", status="target",
      subject="sản phẩm tranh, khung tranh đạt chuẩn OCOP", period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): section and date 'Chủ nhật, 14/07/2024 - 06:30', sapo with tag '(QNO) -', byline at the end.",
    "Distractors: 'số 45 đường Trần Hưng Đạo', '22 giờ' (time of day), 'lần thứ 9', the dateline time.",
    "Location: every figure is of TP Hội An (named), so Hội An; the QNO tag is not needed.",
    "'bằng khoảng 80% cả năm 2023' → percent 80 of 58.000 khung. 'trong đó khoảng 1,5 triệu lượt khách quốc tế' → total 2,2 triệu.",
    "'6 tháng đầu năm nay' takes 2024 from the dateline; 'Cũng trong 6 tháng' repeats it (stated in its sentence, scored).",
    "Rates: 'mỗi ngày đóng từ 60 đến 80 khung' → measure khung/ngày; 'hơn 300 đơn mỗi tuần' → measure đơn/tuần, period tháng 3 (2024).",
    "'chưa đến 5 triệu' → under. 'dự kiến hỗ trợ' → forecast; 'mục tiêu đến năm 2025' → target, start null.",
]

if __name__ == "__main__":
    write("p1520-4", TEXT, NOTES, FIGS, published="2024-07-14", location="Hội An")
