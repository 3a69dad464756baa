"""p1451-8: radio/TV site (QRT, Đài PT-TH Quảng Nam): a handmade leather workshop in Hội An; the city's leather shops."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NAM
Thời sự | Kinh tế | Du lịch | Video | Phát thanh

Xưởng đồ da thủ công giữa phố cổ Hội An

Thứ Hai, 15/04/2024 - 10:25

(QRT) - Từ một quầy nhỏ bán dây nịt cho du khách, anh Trần Quốc Bảo đã gây dựng xưởng da Mộc Lam ở phường Minh An, TP Hội An với doanh thu năm 2023 đạt gần 2,4 tỷ đồng, gấp đôi năm 2022.

Xưởng rộng khoảng 120 m2, có 14 thợ, trong đó 9 thợ là người địa phương. Mỗi tháng, xưởng làm ra khoảng 900 sản phẩm gồm túi xách, ví, dây nịt và dép da, giá từ 450.000 đồng đến 3,2 triệu đồng/sản phẩm. Khách hàng chủ yếu là du khách nước ngoài, chiếm khoảng 80%; nhiều khách đặt may túi theo mẫu riêng và nhận hàng chỉ sau 24 giờ. Năm ngoái, xưởng được một trang du lịch quốc tế xếp thứ 3 trong danh sách 10 điểm mua sắm hàng thủ công nên ghé ở Hội An.

Theo Phòng Kinh tế TP Hội An, toàn thành phố hiện có hơn 300 cửa hàng kinh doanh đồ da, may đo phục vụ du khách, trong đó khoảng 40 cửa hàng có xưởng sản xuất tại chỗ. Quý I/2024, lượng khách quốc tế đến Hội An đạt 1,12 triệu lượt, tăng 65% so với cùng kỳ, giúp doanh thu các cửa hàng đồ da tăng 25-30%.

Anh Bảo cho biết năm nay xưởng dự kiến mở thêm một cửa hàng tại số 78 đường Trần Phú và nhận dạy nghề miễn phí cho 20 thanh niên khuyết tật.

Phóng viên: Minh Thư - Kỹ thuật: Quốc Hùng

Địa chỉ: 05 Hùng Vương, TP Tam Kỳ, Quảng Nam
Đường dây nóng: 0235.3851.234
"""

PUB = "2024-04-15"
NN = per("năm nay", "2024-01-01", "2024-12-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    fig("Từ một quầy", "một", 1, "count", "quầy", optional=True),
    fig("gần 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="nearly", change=chg("increase", 2, "lần", "năm 2022"),
        subject="doanh thu xưởng da Mộc Lam", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 120 m2", "120", 120, "measure", "m2", approx="about", subject="diện tích xưởng"),
    fig("có 14 thợ", "14", 14, "count", "thợ", subject="thợ của xưởng"),
    fig("trong đó 9 thợ", "9", 9, "count", "thợ", total=14, subject="thợ là người địa phương"),
    fig("khoảng 900 sản phẩm", "900", 900, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm xưởng làm ra mỗi tháng"),
    fig("từ 450.000 đồng", "450.000", 450000, "money", "đồng/sản phẩm", value_max=3.2e6,
        subject="giá sản phẩm"),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about", subject="du khách nước ngoài trong khách hàng"),
    fig("sau 24 giờ", "24", 24, "measure", "giờ", subject="thời gian nhận hàng đặt may theo mẫu riêng"),
    fig("một trang du lịch", "một", 1, "count", "trang du lịch", optional=True),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="điểm mua sắm hàng thủ công nên ghé ở Hội An", period=per("Năm ngoái", "2023-01-01", "2023-12-31")),
    fig("danh sách 10 điểm", "10", 10, "count", "điểm mua sắm", optional=True),
    fig("hơn 300 cửa hàng", "300", 300, "count", "cửa hàng", approx="over",
        subject="cửa hàng kinh doanh đồ da, may đo phục vụ du khách"),
    fig("khoảng 40 cửa hàng", "40", 40, "count", "cửa hàng", approx="about", total=300,
        subject="cửa hàng có xưởng sản xuất tại chỗ"),
    fig("đạt 1,12 triệu", "1,12", 1.12e6, "count", "lượt", change=chg("increase", 65, "%", "cùng kỳ"),
        subject="lượng khách quốc tế đến Hội An", period=Q1),
    fig("tăng 25-30%", "25", 25, "percent", "%", value_max=30,
        subject="doanh thu các cửa hàng đồ da", period=Q1),
    fig("thêm một cửa hàng", "một", 1, "count", "cửa hàng", status="forecast",
        subject="cửa hàng xưởng mở thêm", period=NN),
    fig("cho 20 thanh niên", "20", 20, "count", "thanh niên", status="forecast",
        subject="thanh niên khuyết tật được dạy nghề miễn phí", period=NN),
]

NOTES = [
    "Radio/TV site (QRT, Quảng Nam): channel menu, 'Thứ Hai, 15/04/2024 - 10:25' (published), tag '(QRT) -', reporter/technician credit, address footer.",
    "Everything is in TP Hội An (the workshop in phường Minh An, the city's shops and visitors) → location Hội An.",
    "'doanh thu năm 2023 đạt gần 2,4 tỷ đồng, gấp đôi năm 2022' → change increase 2 lần (gấp đôi = ×2), baseline năm 2022.",
    "The workshop's standing facts ('rộng khoảng 120 m2', '14 thợ', 'Mỗi tháng ... khoảng 900 sản phẩm', prices, shares) have no period.",
    "'giá từ 450.000 đồng đến 3,2 triệu đồng/sản phẩm' → one range, money, unit đồng/sản phẩm. 'nhận hàng chỉ sau 24 giờ' → a measure",
    "(turnaround time, like '35 phút' in the spec), not a date. 'xếp thứ 3 trong danh sách 10 điểm' → rank 3 (period 'Năm ngoái' = 2023);",
    "'10 điểm' names the list (like 'top 10'): optional. 'trong đó khoảng 40 cửa hàng' → total 300. 'tăng 25-30%' → a growth rate as the",
    "claim: percent range, no change. 'năm nay xưởng dự kiến ...' → forecasts, period 2024.",
    "'Từ một quầy nhỏ' (the workshop's start) and 'được một trang du lịch quốc tế' read as the indefinite article 'a', not a count: optional.",
    "Distractors: 'số 78 đường Trần Phú', '05 Hùng Vương', hotline 0235.3851.234, time 10:25, 'm2' digit, 'Minh An'.",
]

if __name__ == "__main__":
    write("p1451-8", TEXT, NOTES, FIGS, published=PUB, location="Hội An")
