"""p1407-8: radio/TV site (Đài PT-TH An Giang): Núi Sam monkeys in homes and shops, TP Châu Đốc."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH AN GIANG
Trang chủ | Thời sự | Truyền hình | Phát thanh | Bản tin 60 giây

Châu Đốc: Tìm giải pháp cho đàn khỉ Núi Sam

Thứ năm, 12/12/2024 - 18:05

(ATV) - Khỉ vào nhà dân, giật đồ của du khách đang là vấn đề nan giải tại phường Núi Sam, TP Châu Đốc.

Theo UBND phường Núi Sam, khu vực núi hiện có khoảng 500 con khỉ đuôi dài, tăng khoảng 150 con so với năm 2020. 11 tháng năm 2024, phường nhận 27 đơn phản ánh về khỉ phá hoại; khỉ làm hư hỏng mái tôn, đường ống nước của 64 căn nhà, thiệt hại ước trên 300 triệu đồng. Nhiều hộ kinh doanh dọc Quốc lộ 91 phải lắp lưới sắt, mỗi hộ tốn từ 3 đến 5 triệu đồng.

Năm 2023, Khu du lịch quốc gia Núi Sam đón hơn 5,6 triệu lượt khách, tăng 12% so với năm 2022. Nhiều du khách cho khỉ ăn khiến khỉ ngày càng dạn người; riêng năm 2024 đã có 9 trường hợp bị khỉ cắn, cào phải tiêm ngừa.

Ông Trần Văn Lực, Chủ tịch UBND phường, cho biết phường đã lắp 12 bảng cấm cho khỉ ăn, thành lập 1 tổ phản ứng nhanh gồm 6 thành viên. Tháng 10 vừa qua, phường phối hợp Hạt Kiểm lâm bắt, di dời 2 đàn khỉ khoảng 80 con về rừng núi Cấm (thị xã Tịnh Biên).

Năm 2025, TP Châu Đốc phấn đấu giảm ít nhất 30% số vụ khỉ vào nhà dân so với năm 2024 và dự kiến chi 1,2 tỷ đồng xây khu cho khỉ ăn tập trung ở sườn núi phía Tây.

Chương trình: Thời sự 19 giờ | Biên tập: Ngọc Hân
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T10 = per("Tháng 10 vừa qua", "2024-10-01", "2024-10-31")

FIGS = [
    fig("khoảng 500 con", "500", 500, "count", "con", approx="about",
        change=chg("increase", 150, "con", "năm 2020", approx="about"), subject="khỉ đuôi dài ở khu vực núi"),
    fig("nhận 27 đơn", "27", 27, "count", "đơn", subject="đơn phản ánh về khỉ phá hoại", period=M11),
    fig("của 64 căn", "64", 64, "count", "căn nhà", subject="căn nhà bị khỉ làm hư hỏng mái tôn, đường ống nước",
        period=M11),
    fig("trên 300 triệu", "300", 300e6, "money", "đồng", approx="over", status="estimate",
        subject="thiệt hại", period=M11),
    fig("từ 3 đến 5 triệu", "3", 3e6, "money", "đồng/hộ", value_max=5e6,
        subject="chi phí lắp lưới sắt mỗi hộ kinh doanh"),
    fig("hơn 5,6 triệu", "5,6", 5.6e6, "count", "lượt khách", approx="over",
        change=chg("increase", 12, "%", "năm 2022"), subject="lượt khách Khu du lịch quốc gia Núi Sam đón",
        period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp bị khỉ cắn, cào phải tiêm ngừa",
        period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("lắp 12 bảng", "12", 12, "count", "bảng", subject="bảng cấm cho khỉ ăn"),
    fig("thành lập 1 tổ", "1", 1, "count", "tổ", subject="tổ phản ứng nhanh"),
    fig("gồm 6 thành viên", "6", 6, "count", "thành viên", subject="thành viên tổ phản ứng nhanh"),
    fig("di dời 2 đàn", "2", 2, "count", "đàn", subject="đàn khỉ bắt, di dời về rừng núi Cấm", period=T10),
    fig("khoảng 80 con", "80", 80, "count", "con", approx="about", subject="khỉ bắt, di dời về rừng núi Cấm",
        period=T10),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="số vụ khỉ vào nhà dân giảm", period=Y25),
    fig("chi 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="forecast",
        subject="kinh phí xây khu cho khỉ ăn tập trung", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH An Giang): menu, 'Thứ năm, 12/12/2024 - 18:05' (published), tag '(ATV) -', programme and editor line.",
    "Phường Núi Sam lies in TP Châu Đốc -> location Châu Đốc for all figures; the bracketed '(thị xã Tịnh Biên)' is a destination, not the place of the figure.",
    "'tăng khoảng 150 con so với năm 2020' -> change in con (approx about); 'hiện' gives no period. '11 tháng năm 2024' -> Jan-Nov 2024.",
    "'thiệt hại ước trên 300 triệu' -> estimate + over. 'mỗi hộ tốn từ 3 đến 5 triệu' -> đồng/hộ range.",
    "'1 tổ phản ứng nhanh gồm 6 thành viên': members are not parts of a count of teams -> no total. 'Tháng 10 vừa qua' -> October 2024.",
    "'phấn đấu giảm ít nhất 30%' -> target percent; 'và dự kiến chi 1,2 tỷ' -> forecast (its own cue), both 2025.",
    "Distractors: 'Bản tin 60 giây', 18:05, 'Quốc lộ 91', 'Thời sự 19 giờ', 'năm 2020', 'năm 2022' baselines.",
]

if __name__ == "__main__":
    write("p1407-8", TEXT, NOTES, FIGS, published="2024-12-12", location="Châu Đốc")
