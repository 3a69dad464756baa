"""p1287-1: province portal (Bình Định): office electricity saving 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Khu vực công sở tiết kiệm gần 4,2 triệu kWh điện trong 9 tháng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, tổng điện năng tiêu thụ của các cơ quan hành chính, đơn vị sự nghiệp công lập trên địa bàn tỉnh là 38,6 triệu kWh, giảm 9,8% so với cùng kỳ năm 2023. Lượng điện tiết kiệm được là 4,18 triệu kWh, tương đương khoảng 8,7 tỷ đồng tiền điện. Trong đó, khối cơ quan cấp tỉnh tiết kiệm 1,92 triệu kWh, cấp huyện 1,65 triệu kWh và cấp xã khoảng 610 nghìn kWh.

Toàn tỉnh có 1.246 cơ quan, đơn vị sử dụng ngân sách nhà nước đăng ký thực hiện tiết kiệm điện theo Chỉ thị số 20/CT-TTg ngày 08/5/2020 của Thủ tướng Chính phủ. Hiện có 312/1.246 đơn vị đã thay toàn bộ đèn huỳnh quang bằng đèn LED; 87 đơn vị lắp điện mặt trời mái nhà với tổng công suất 2,35 MWp. Các cơ quan được yêu cầu cài đặt điều hòa không dưới 26 độ C và tắt điều hòa trước giờ ra về 15-30 phút.

Riêng tại trụ sở Văn phòng UBND tỉnh (số 01 Trần Phú), hóa đơn tiền điện bình quân giảm từ 96 triệu đồng xuống còn 78 triệu đồng/tháng sau khi đơn vị thay 64 máy điều hòa cũ bằng máy Inverter.

Quý IV, Sở Công Thương phấn đấu cùng các đơn vị tiết kiệm thêm 1,3 triệu kWh, đưa lượng điện tiết kiệm cả năm 2024 lên trên 5,5 triệu kWh, bằng khoảng 10% điện năng tiêu thụ của khu vực công.

Tin liên quan:
- Bình Định hưởng ứng Chiến dịch Giờ Trái Đất năm 2024
- Hội nghị tổng kết 5 năm thực hiện Chỉ thị 20/CT-TTg về tiết kiệm điện
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
SAVED = 4.18e6

FIGS = [
    fig("tiết kiệm gần 4,2 triệu", "4,2", 4.2e6, "measure", "kWh", approx="nearly",
        subject="điện khu vực công sở tiết kiệm", period=NINE_H),
    fig("là 38,6 triệu kWh", "38,6", 38.6e6, "measure", "kWh",
        change=chg("decrease", 9.8, "%", "cùng kỳ năm 2023"),
        subject="tổng điện năng tiêu thụ của các cơ quan hành chính, đơn vị sự nghiệp công lập", period=NINE),
    fig("là 4,18 triệu kWh", "4,18", SAVED, "measure", "kWh",
        subject="lượng điện tiết kiệm được", period=inh(NINE)),
    fig("khoảng 8,7 tỷ đồng", "8,7", 8.7e9, "money", "đồng", approx="about",
        subject="tiền điện tiết kiệm được", period=inh(NINE)),
    fig("tiết kiệm 1,92 triệu", "1,92", 1.92e6, "measure", "kWh", total=SAVED,
        subject="điện khối cơ quan cấp tỉnh tiết kiệm", period=inh(NINE)),
    fig("cấp huyện 1,65 triệu", "1,65", 1.65e6, "measure", "kWh", total=SAVED,
        subject="điện cấp huyện tiết kiệm", period=inh(NINE)),
    fig("khoảng 610 nghìn kWh", "610", 610e3, "measure", "kWh", approx="about", total=SAVED,
        subject="điện cấp xã tiết kiệm", period=inh(NINE)),
    fig("có 1.246 cơ quan", "1.246", 1246, "count", "cơ quan, đơn vị",
        subject="cơ quan, đơn vị sử dụng ngân sách nhà nước đăng ký thực hiện tiết kiệm điện"),
    fig("312/1.246 đơn vị", "312", 312, "count", "đơn vị", total=1246,
        subject="đơn vị đã thay toàn bộ đèn huỳnh quang bằng đèn LED"),
    fig("87 đơn vị", "87", 87, "count", "đơn vị", subject="đơn vị lắp điện mặt trời mái nhà"),
    fig("suất 2,35 MWp", "2,35", 2.35, "measure", "MWp", subject="tổng công suất điện mặt trời mái nhà"),
    fig("không dưới 26 độ C", "26", 26, "measure", "độ C", approx="at_least",
        subject="nhiệt độ cài đặt điều hòa"),
    fig("về 15-30 phút", "15", 15, "measure", "phút", value_max=30,
        subject="thời gian tắt điều hòa trước giờ ra về"),
    fig("từ 96 triệu", "96", 96e6, "money", "đồng/tháng",
        subject="hóa đơn tiền điện bình quân tại trụ sở Văn phòng UBND tỉnh"),
    fig("còn 78 triệu", "78", 78e6, "money", "đồng/tháng",
        subject="hóa đơn tiền điện bình quân tại trụ sở Văn phòng UBND tỉnh"),
    fig("thay 64 máy", "64", 64, "count", "máy điều hòa", subject="máy điều hòa cũ thay bằng máy Inverter"),
    fig("thêm 1,3 triệu", "1,3", 1.3e6, "measure", "kWh", status="target",
        subject="điện tiết kiệm thêm", period=Q4),
    fig("trên 5,5 triệu", "5,5", 5.5e6, "measure", "kWh", approx="over", status="target", percent=10,
        subject="lượng điện tiết kiệm cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bình Định): electricity saving in public offices, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Chỉ thị số 20/CT-TTg ngày 08/5/2020 (twice), address 'số 01 Trần Phú', 'Giờ Trái Đất năm 2024', '5 năm' in a link title.",
    "Headline '9 tháng' (no year) takes 2024 from the dateline. Body: 'giảm 9,8% so với cùng kỳ năm 2023' is the change of 38,6 triệu kWh.",
    "'tương đương khoảng 8,7 tỷ đồng' is a money amount, not a share: a figure of its own (the spec's 'tương đương' attribute is a share).",
    "'Trong đó' after a sentence break: the three levels add up to 4,18 triệu kWh (1,92 + 1,65 + 0,61), total = 4,18 triệu.",
    "'312/1.246 đơn vị' → total 1246; '87 đơn vị' has no cue, no total. 'Hiện' gives no period.",
    "'được yêu cầu cài đặt điều hòa không dưới 26 độ C' and '15-30 phút': rules stated as facts; no status cue of the spec → actual.",
    "'giảm từ 96 triệu đồng xuống còn 78 triệu đồng/tháng': two values, both monthly (đồng/tháng); not a range.",
    "'Quý IV … phấn đấu … đưa … cả năm 2024 lên trên 5,5 triệu kWh, bằng khoảng 10%': target for both clauses; 10 is the percent attribute.",
]

if __name__ == "__main__":
    write("p1287-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Định")
