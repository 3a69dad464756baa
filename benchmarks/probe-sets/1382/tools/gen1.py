"""p1382-1: province portal (Lâm Đồng): cargo through Liên Khương airport, 9 months 2024, fresh flowers by air."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hàng hóa qua Cảng hàng không Liên Khương 9 tháng tăng gần 25%

Cập nhật: 14/10/2024 09:30 | Lượt xem: 1.742

9 tháng đầu năm 2024, sản lượng hàng hóa thông qua Cảng hàng không Liên Khương ước đạt 3.860 tấn, tăng 24,6% so với cùng kỳ năm 2023, bằng 78,8% kế hoạch năm. Trong đó, hoa tươi chiếm khoảng 62%, rau và nông sản chế biến khoảng 21%, còn lại là bưu phẩm, hàng chuyển phát nhanh.

Hiện mỗi ngày có từ 18 đến 22 chuyến bay đi và đến Liên Khương, chủ yếu khai thác tàu bay Airbus A321. Hàng hóa được chở trong khoang bụng tàu bay, mỗi chuyến chỉ nhận tối đa 3 tấn. Ông Trần Văn Khải, Giám đốc Công ty TNHH Hoa Xuân Thịnh (số 36 Trần Phú, Phường 4), cho biết mỗi tháng doanh nghiệp gửi khoảng 1,2 triệu cành hoa ra Hà Nội bằng đường hàng không; cước phí từ 9.000 đến 12.000 đồng/kg, cao gấp khoảng 3 lần đường bộ nhưng thời gian chỉ hơn 2 giờ.

Toàn tỉnh hiện có 14 doanh nghiệp, hợp tác xã thường xuyên gửi hàng qua đường hàng không, tăng 5 đơn vị so với năm 2023. Năm nay, Cảng hàng không Liên Khương đầu tư 35 tỷ đồng nâng cấp kho hàng lên 1.500 m2, gấp đôi diện tích cũ, dự kiến đưa vào sử dụng trong quý IV.

Theo Quyết định số 1543/QĐ-UBND, tỉnh phấn đấu đến năm 2025 sản lượng hàng hóa qua Liên Khương đạt trên 6.000 tấn/năm, trong đó hàng nông sản chiếm ít nhất 80%.

Tin liên quan:
- Lâm Đồng xúc tiến xuất khẩu hoa sang Nhật Bản lần thứ 3
- Đường bay Đà Lạt - Bangkok chính thức khai thác
Đường dây nóng: 0263.3822.415
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("9 tháng tăng gần 25%", "25", 25, "percent", "%", approx="nearly",
        subject="hàng hóa qua Cảng hàng không Liên Khương", period=H9),
    fig("ước đạt 3.860 tấn", "3.860", 3860, "measure", "tấn", percent=78.8,
        change=chg("increase", 24.6, "%", "cùng kỳ năm 2023"), status="estimate",
        subject="sản lượng hàng hóa thông qua Cảng hàng không Liên Khương", period=M9),
    fig("chiếm khoảng 62%", "62", 62, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng hoa tươi", period=inh(M9)),
    fig("biến khoảng 21%", "21", 21, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng rau và nông sản chế biến", period=inh(M9)),
    fig("từ 18 đến 22 chuyến", "18", 18, "measure", "chuyến bay/ngày", value_max=22,
        subject="chuyến bay đi và đến Liên Khương"),
    fig("tối đa 3 tấn", "3", 3, "measure", "tấn/chuyến", approx="at_most",
        subject="hàng hóa mỗi chuyến nhận"),
    fig("khoảng 1,2 triệu cành", "1,2", 1.2e6, "measure", "cành hoa/tháng", approx="about",
        subject="cành hoa doanh nghiệp gửi ra Hà Nội bằng đường hàng không"),
    fig("từ 9.000 đến 12.000", "9.000", 9000, "money", "đồng/kg", value_max=12000,
        change=chg("increase", 3, "lần", "đường bộ", approx="about"),
        subject="cước phí gửi hoa bằng đường hàng không"),
    fig("hơn 2 giờ", "2", 2, "measure", "giờ", approx="over",
        subject="thời gian vận chuyển bằng đường hàng không"),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp, hợp tác xã",
        change=chg("increase", 5, "đơn vị", "năm 2023"),
        subject="doanh nghiệp, hợp tác xã thường xuyên gửi hàng qua đường hàng không"),
    fig("đầu tư 35 tỷ", "35", 35e9, "money", "đồng",
        subject="vốn đầu tư nâng cấp kho hàng", period=Y24),
    fig("lên 1.500 m2", "1.500", 1500, "measure", "m2", change=chg("increase", 2, "lần", "diện tích cũ"),
        subject="diện tích kho hàng", period=Y24),
    fig("trên 6.000 tấn", "6.000", 6000, "measure", "tấn/năm", approx="over", status="target",
        subject="sản lượng hàng hóa qua Liên Khương", period=T25),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng hàng nông sản", period=T25),
]

NOTES = [
    "Province portal (Lâm Đồng): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:30 | Lượt xem: 1.742', related links, hotline.",
    "Headline '9 tháng tăng gần 25%' is a growth rate as the claim: percent, nearly, period 9 months of the published year.",
    "'ước đạt 3.860 tấn, tăng 24,6% ..., bằng 78,8% kế hoạch năm' → change + percent attribute, estimate.",
    "'Trong đó, hoa tươi chiếm khoảng 62%, rau ... khoảng 21%': shares of their own (percent figures), estimate as parts of the ước đạt total.",
    "Rates with 'mỗi ngày/mỗi chuyến/mỗi tháng' keep the denominator in the unit (measure). 'cao gấp khoảng 3 lần đường bộ' and",
    "'gấp đôi diện tích cũ' are changes in lần of the figure before them. 'Hiện' figures get no period. Company address is a ward only: location stays Lâm Đồng.",
    "Distractors: 09:30, Lượt xem 1.742, Airbus A321, số 36 Trần Phú, Phường 4, quý IV, Quyết định số 1543/QĐ-UBND, lần thứ 3, phone.",
]

if __name__ == "__main__":
    write("p1382-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Lâm Đồng")
