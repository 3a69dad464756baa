"""p1497-1: province portal (Tây Ninh): smuggled lighters seized in 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Tây Ninh: 9 tháng thu giữ gần 180 nghìn bật lửa nhập lậu

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.836

Theo Ban Chỉ đạo 389 tỉnh, 9 tháng đầu năm 2024, các lực lượng chức năng trên địa bàn tỉnh Tây Ninh đã phát hiện, bắt giữ 214 vụ vận chuyển, kinh doanh hàng cấm và hàng nhập lậu, tăng 12,6% so với cùng kỳ năm 2023; trong đó có 37 vụ liên quan đến bật lửa, hộp quẹt ga không rõ nguồn gốc.

Tổng số bật lửa bị thu giữ là 178.650 chiếc, gấp 2,4 lần cùng kỳ, trị giá ước khoảng 1,25 tỷ đồng. Để tránh bị phát hiện, các đối tượng thường chia nhỏ hàng, mỗi chuyến từ 3.000 đến 5.000 chiếc, rồi vận chuyển qua đường mòn, lối mở ở các huyện biên giới.

Điển hình, ngày 12/8/2024, Đồn Biên phòng Phước Chỉ phối hợp Đội Quản lý thị trường số 2 kiểm tra xe tải biển kiểm soát 70C-123.45 trên Quốc lộ 22A, phát hiện 24 thùng bật lửa với 28.800 chiếc, chiếm hơn 16% tổng số bật lửa thu giữ từ đầu năm.

Qua kiểm tra, lực lượng chức năng đã xử phạt vi phạm hành chính 29 trường hợp với tổng số tiền hơn 486 triệu đồng; khởi tố 2 vụ án với 3 bị can. Toàn bộ số bật lửa vi phạm đã được tiêu hủy theo quy định.

Theo Cục Quản lý thị trường tỉnh, bật lửa nhập lậu được bán buôn với giá từ 1.500 đến 2.000 đồng/chiếc, chỉ bằng khoảng 50% giá hàng có nguồn gốc rõ ràng, nên dễ tiêu thụ tại các chợ nông thôn. Loại hàng này không có tem nhãn, vỏ mỏng, van ga kém chất lượng, tiềm ẩn nguy cơ cháy nổ cao.

Quý IV, tỉnh phấn đấu giảm ít nhất 20% số vụ vận chuyển hàng lậu qua biên giới so với cùng kỳ và kiểm tra 100% cửa hàng tạp hóa ở các xã biên giới.

Tin liên quan:
- Tây Ninh tiêu hủy hàng hóa vi phạm đợt 3 năm 2024
- Sơ kết công tác phòng cháy, chữa cháy 6 tháng đầu năm
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
DAY = per("ngày 12/8/2024", "2024-08-12", "2024-08-12")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("thu giữ gần 180 nghìn", "180", 180e3, "count", "bật lửa", approx="nearly",
        subject="bật lửa nhập lậu thu giữ", period=NINE_H),
    fig("bắt giữ 214 vụ", "214", 214, "count", "vụ",
        change=chg("increase", 12.6, "%", "cùng kỳ năm 2023"),
        subject="vụ vận chuyển, kinh doanh hàng cấm và hàng nhập lậu", period=NINE),
    fig("có 37 vụ", "37", 37, "count", "vụ", total=214,
        subject="vụ liên quan đến bật lửa, hộp quẹt ga không rõ nguồn gốc", period=NINE),
    fig("là 178.650 chiếc", "178.650", 178650, "count", "chiếc",
        change=chg("increase", 2.4, "lần", "cùng kỳ"),
        subject="tổng số bật lửa bị thu giữ", period=inh(NINE)),
    fig("khoảng 1,25 tỷ", "1,25", 1.25e9, "money", "đồng", approx="about", status="estimate",
        subject="trị giá bật lửa bị thu giữ", period=inh(NINE)),
    fig("từ 3.000 đến 5.000 chiếc", "3.000", 3000, "measure", "chiếc/chuyến", value_max=5000,
        subject="hàng các đối tượng chia nhỏ mỗi chuyến"),
    fig("phát hiện 24 thùng", "24", 24, "count", "thùng",
        subject="thùng bật lửa phát hiện trên xe tải", period=DAY),
    fig("với 28.800 chiếc", "28.800", 28800, "count", "chiếc", percent=16,
        subject="bật lửa phát hiện trên xe tải", period=DAY),
    fig("hành chính 29 trường hợp", "29", 29, "count", "trường hợp",
        subject="trường hợp bị xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("hơn 486 triệu", "486", 486e6, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("khởi tố 2 vụ án", "2", 2, "count", "vụ án",
        subject="vụ án khởi tố", period=inh(NINE)),
    fig("với 3 bị can", "3", 3, "count", "bị can",
        subject="bị can bị khởi tố", period=inh(NINE)),
    fig("từ 1.500 đến 2.000 đồng/chiếc", "1.500", 1500, "money", "đồng/chiếc", value_max=2000,
        percent=50, subject="giá bán buôn bật lửa nhập lậu"),
    fig("giảm ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="số vụ vận chuyển hàng lậu qua biên giới giảm so với cùng kỳ", period=Q4),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="target",
        subject="cửa hàng tạp hóa ở các xã biên giới được kiểm tra", period=Q4),
]

NOTES = [
    "Province portal (Tây Ninh): smuggled lighters seized 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.836'.",
    "Distractors: 08:45, Lượt xem 1.836, 'Ban Chỉ đạo 389', 'Đội Quản lý thị trường số 2', '70C-123.45', 'Quốc lộ 22A', 'ngày 12/8/2024', 'đợt 3 năm 2024' and '6 tháng đầu năm' in links.",
    "Headline 'gần 180 nghìn bật lửa' is its own figure (nearly; nghìn applied); '9 tháng' takes 2024 from the dateline.",
    "'trong đó có 37 vụ' after 214 vụ: total 214. 'gấp 2,4 lần cùng kỳ' after 178.650 chiếc: change increase 2,4 lần.",
    "'chiếm hơn 16% tổng số ...' is the percent attribute of 28.800 chiếc (no total cue). 'chỉ bằng khoảng 50% giá ...' is the percent attribute of the price range.",
    "'mỗi chuyến từ 3.000 đến 5.000 chiếc' is a rate: measure, unit chiếc/chuyến, range.",
    "The seizure on 'ngày 12/8/2024': period is that day. Paragraphs after the 9-month one inherit '9 tháng đầu năm 2024' (not scored).",
    "'Quý IV ... phấn đấu giảm ít nhất 20% ... và kiểm tra 100%': both target, period Q4 2024; the growth rate is the claim (no change object).",
]

if __name__ == "__main__":
    write("p1497-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Tây Ninh")
