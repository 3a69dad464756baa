"""p1301-8: radio/TV site (QBTV, Quảng Bình): golf in quarter I/2023, a course in huyện Quảng Ninh, 2023 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QBTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG BÌNH
Thời sự | Kinh tế | Văn hóa - Xã hội | Thể thao | Video | Radio

Quý I: Du lịch golf Quảng Bình khởi sắc

Cập nhật lúc 10:25 - 02/04/2023

(QBTV) - Quý I/2023, hai sân golf trên địa bàn tỉnh đón gần 9.800 lượt golfer, tăng gấp 1,6 lần so với cùng kỳ năm 2022.

Tại huyện Quảng Ninh, Sân golf Biển Nhật Lệ (36 lỗ) của Công ty cổ phần Đầu tư Du lịch Hải Ninh đón khoảng 6.300 lượt, chiếm 64% tổng lượt golfer toàn tỉnh. Sân vừa tuyển thêm ba chục caddie, nâng tổng số nhân viên lên 285 người. Giá sân (green fee) cuối tuần là 2.450.000 đồng/người, ngày thường 1.950.000 đồng/người.

Theo Sở Du lịch, năm 2022, Quảng Bình đón 31.500 lượt golfer, xếp thứ 2 khu vực Bắc Trung Bộ sau Thanh Hóa. Chi tiêu bình quân của golfer khoảng 5-7 triệu đồng/ngày. Năm 2023, ngành du lịch phấn đấu đón từ 40.000 đến 45.000 lượt golfer; tổ chức 5 giải golf, trong đó có 2 giải quốc tế.

Hiện dự án sân golf thứ ba tại xã Bảo Ninh, TP Đồng Hới đang hoàn thiện thủ tục đầu tư với quy mô 27 lỗ, dự kiến tổng vốn khoảng 1.800 tỷ đồng và tạo việc làm cho khoảng 300 lao động địa phương.

Video: Du lịch golf Quảng Bình (02:35)

Bản quyền thuộc Đài Phát thanh và Truyền hình Quảng Bình
Địa chỉ: 06 Hùng Vương, TP Đồng Hới | Đường dây nóng: 0232.3822.505
"""

Q1 = per("Quý I/2023", "2023-01-01", "2023-03-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
QN = "Quảng Ninh"  # huyện Quảng Ninh of Quảng Bình, not the province
DH = "Đồng Hới"

FIGS = [
    fig("hai sân golf", "hai", 2, "count", "sân golf", subject="sân golf trên địa bàn tỉnh", period=Q1),
    fig("gần 9.800 lượt", "9.800", 9800, "count", "lượt golfer", approx="nearly",
        change=chg("increase", 1.6, "lần", "cùng kỳ năm 2022"),
        subject="lượt golfer hai sân golf đón", period=Q1),
    fig("Lệ (36 lỗ)", "36", 36, "count", "lỗ", subject="lỗ golf của Sân golf Biển Nhật Lệ", location=QN),
    fig("khoảng 6.300 lượt", "6.300", 6300, "count", "lượt", approx="about", percent=64,
        subject="lượt golfer Sân golf Biển Nhật Lệ đón", period=inh(Q1), location=QN),
    fig("ba chục caddie", "ba chục", 30, "count", "caddie", subject="caddie sân tuyển thêm", location=QN),
    fig("lên 285 người", "285", 285, "count", "người", subject="tổng số nhân viên của sân", location=QN),
    fig("là 2.450.000 đồng", "2.450.000", 2450000, "money", "đồng/người",
        subject="giá sân (green fee) cuối tuần", location=QN),
    fig("thường 1.950.000 đồng", "1.950.000", 1950000, "money", "đồng/người",
        subject="giá sân (green fee) ngày thường", location=QN),
    fig("đón 31.500 lượt", "31.500", 31500, "count", "lượt golfer", subject="lượt golfer đón",
        period=Y22),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="lượt golfer đón trong khu vực Bắc Trung Bộ", period=Y22),
    fig("khoảng 5-7 triệu", "5", 5e6, "money", "đồng/ngày", approx="about", value_max=7e6,
        subject="chi tiêu bình quân của golfer"),
    fig("từ 40.000 đến 45.000", "40.000", 40000, "count", "lượt golfer", value_max=45000, status="target",
        subject="lượt golfer ngành du lịch đón", period=Y23),
    fig("tổ chức 5 giải", "5", 5, "count", "giải golf", status="target", subject="giải golf tổ chức", period=Y23),
    fig("có 2 giải", "2", 2, "count", "giải", total=5, status="target", subject="giải quốc tế", period=Y23),
    fig("quy mô 27 lỗ", "27", 27, "count", "lỗ", subject="quy mô dự án sân golf thứ ba", location=DH),
    fig("khoảng 1.800 tỷ", "1.800", 1800e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn dự án sân golf thứ ba", location=DH),
    fig("khoảng 300 lao động", "300", 300, "count", "lao động", approx="about", status="forecast",
        subject="lao động địa phương dự án tạo việc làm", location=DH),
]

NOTES = [
    "Radio/TV site (QBTV): menu, headline, 'Cập nhật lúc 10:25 - 02/04/2023', tag '(QBTV) -', video caption '(02:35)', footer.",
    "Distractors: 10:25, '02:35', 'sân golf thứ ba' (ordinal), '06 Hùng Vương', hotline 0232.3822.505, 'Quý I' in the headline.",
    "'hai sân golf', 'ba chục caddie' are number words (2, 30). 'tăng gấp 1,6 lần so với cùng kỳ năm 2022' → change 1,6 lần.",
    "The course stands in huyện Quảng Ninh of Quảng Bình (location 'Quảng Ninh', the district, not the province of that name).",
    "'khoảng 6.300 lượt, chiếm 64%' → percent attribute; Quý I/2023 stands in the previous sentence (inherited).",
    "'xếp thứ 2 khu vực Bắc Trung Bộ' → rank of Quảng Bình in năm 2022. 'phấn đấu' governs the ';' clause (5 giải, 2 giải: target).",
    "revised after the first run: 'lượt golfer Quảng Bình đón' → 'lượt golfer đón' (the place is the location, not the indicator).",
    "The third project (xã Bảo Ninh, TP Đồng Hới): location Đồng Hới; 'dự kiến' governs both the capital and the jobs (forecast).",
]

if __name__ == "__main__":
    write("p1301-8", TEXT, NOTES, FIGS, published="2023-04-02", location="Quảng Bình")
