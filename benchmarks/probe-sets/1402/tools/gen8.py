"""p1402-8: radio/TV site (TRT Thừa Thiên Huế): public bikes during Festival Huế 2024 and the first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THỪA THIÊN HUẾ
Thời sự | Xã hội | Văn hóa | Thể thao | Video

Huế: Xe đạp công cộng hút khách mùa lễ hội

Cập nhật lúc 16:40 ngày 02/07/2024

(TRT) - Trong dịp Festival Huế 2024 từ ngày 7 đến 12/6, hệ thống xe đạp công cộng Hue Bike ghi nhận hơn 11.000 lượt thuê, cao nhất kể từ khi hoạt động.

Theo Trung tâm Giám sát điều hành đô thị thông minh tỉnh, 6 tháng đầu năm 2024, Hue Bike phục vụ 68.900 lượt thuê, tăng 31% so với cùng kỳ; doanh thu đạt 412 triệu đồng. Hệ thống hiện có 40 trạm, 450 xe, trong đó 150 xe đạp điện, được tích hợp trên ứng dụng Hue-S với hơn 35.000 người dùng đăng ký thuê xe.

Giá thuê xe đạp cơ 10.000 đồng/giờ, xe đạp điện 15.000 đồng/giờ; khách lưu trú tại các khách sạn liên kết được giảm 20%. Riêng tháng 6, lượt thuê của du khách quốc tế chiếm 46,2%, tăng 8 điểm phần trăm so với tháng 5.

Tại TP Huế, 28 trạm tập trung quanh Đại Nội và hai bờ sông Hương, chiếm 70% số trạm toàn tỉnh; thị xã Hương Thủy có 7 trạm, huyện Phú Vang có 5 trạm ở khu vực biển Thuận An.

Theo kế hoạch, đến cuối năm 2024, tỉnh sẽ nâng số trạm lên 55 trạm, mở tuyến ra biển Lăng Cô với 4 trạm; phấn đấu cả năm đạt 150.000 lượt thuê.

Minh Châu - Hữu Phúc

Tin cùng chuyên mục:
- Video: Khai mạc Festival Huế 2024
- Huế thí điểm phố đi bộ Nguyễn Đình Chiểu mở rộng
"""

FEST = per("từ ngày 7 đến 12/6", "2024-06-07", "2024-06-12")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
JUN = per("tháng 6", "2024-06-01", "2024-06-30")
EOY = per("đến cuối năm 2024", None, "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 11.000 lượt", "11.000", 11000, "count", "lượt thuê", approx="over",
        subject="lượt thuê hệ thống xe đạp công cộng Hue Bike", period=FEST),
    fig("phục vụ 68.900 lượt", "68.900", 68900, "count", "lượt thuê",
        change=chg("increase", 31, "%", "cùng kỳ"), subject="lượt thuê Hue Bike", period=H1),
    fig("đạt 412 triệu", "412", 412e6, "money", "đồng", subject="doanh thu", period=H1),
    fig("có 40 trạm", "40", 40, "count", "trạm", subject="trạm của hệ thống"),
    fig("450 xe", "450", 450, "count", "xe", subject="xe của hệ thống"),
    fig("trong đó 150 xe", "150", 150, "count", "xe đạp điện", total=450, subject="xe đạp điện"),
    fig("hơn 35.000 người", "35.000", 35000, "count", "người dùng", approx="over",
        subject="người dùng đăng ký thuê xe trên ứng dụng Hue-S"),
    fig("cơ 10.000 đồng", "10.000", 10000, "money", "đồng/giờ", subject="giá thuê xe đạp cơ"),
    fig("điện 15.000 đồng", "15.000", 15000, "money", "đồng/giờ", subject="giá thuê xe đạp điện"),
    fig("giảm 20%", "20", 20, "percent", "%",
        subject="mức giảm giá thuê cho khách lưu trú tại các khách sạn liên kết"),
    fig("chiếm 46,2%", "46,2", 46.2, "percent", "%",
        change=chg("increase", 8, "điểm phần trăm", "tháng 5"),
        subject="lượt thuê của du khách quốc tế", period=JUN),
    fig("Huế, 28 trạm", "28", 28, "count", "trạm", percent=70,
        subject="trạm quanh Đại Nội và hai bờ sông Hương", location="Huế"),
    fig("có 7 trạm", "7", 7, "count", "trạm", subject="trạm", location="Hương Thủy"),
    fig("có 5 trạm", "5", 5, "count", "trạm", subject="trạm ở khu vực biển Thuận An", location="Phú Vang"),
    fig("lên 55 trạm", "55", 55, "count", "trạm", status="target", subject="số trạm", period=EOY),
    fig("với 4 trạm", "4", 4, "count", "trạm", status="target", subject="trạm tuyến ra biển Lăng Cô", period=EOY),
    fig("đạt 150.000 lượt", "150.000", 150000, "count", "lượt thuê", status="target",
        subject="lượt thuê", period=YEAR),
]

NOTES = [
    "Radio/TV site (TRT Thừa Thiên Huế): channel banner, menu, 'Cập nhật lúc 16:40 ngày 02/07/2024', tag '(TRT) -', byline, related links.",
    "Distractors: 16:40, 'Festival Huế 2024' (name, twice), 'Hue-S', 'tháng 5' as a baseline, the dateline.",
    "'từ ngày 7 đến 12/6' is a date range that gives the festival figure its period (2024-06-07..2024-06-12; year from the dateline).",
    "The Hue Bike system and the Hue-S app are provincial: location Thừa Thiên Huế; the TP Huế, Hương Thủy and Phú Vang station counts",
    "take their own place. 28 trạm 'chiếm 70% số trạm toàn tỉnh' → percent 70 (no total: 'toàn tỉnh' is not a stated number here).",
    "'khách ... được giảm 20%' has no base amount: a percent figure of its own. 'chiếm 46,2%, tăng 8 điểm phần trăm so với tháng 5'",
    "→ percent figure with a change in 'điểm phần trăm'.",
    "'Theo kế hoạch, đến cuối năm 2024' → target, as-of end 2024-12-31 (start null); 'phấn đấu cả năm' → target 2024.",
]

if __name__ == "__main__":
    write("p1402-8", TEXT, NOTES, FIGS, published="2024-07-02", location="Thừa Thiên Huế")
