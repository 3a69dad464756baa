"""p1390-1: province portal (Ninh Thuận): sheep herd 9 months 2024, a cooperative in Thuận Nam, credit for goat/sheep."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Tổng đàn cừu 9 tháng ước đạt gần 130 nghìn con

Cập nhật: 10/10/2024 09:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, tổng đàn cừu toàn tỉnh ước đạt 129.600 con, tăng 4,2% so với cùng kỳ năm 2023, bằng 96% kế hoạch năm. Trong đó, đàn cừu cái sinh sản 71.300 con, chiếm 55% tổng đàn.

Sản lượng thịt cừu hơi xuất chuồng 9 tháng ước đạt 1.850 tấn, tăng 6,1%. Giá cừu thịt hơi hiện dao động từ 75.000 đến 85.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với đầu năm.

Toàn tỉnh hiện có 3.420 hộ chăn nuôi cừu, tập trung ở các huyện Thuận Nam, Ninh Phước, Ninh Hải, và 41 trang trại quy mô từ 200 con trở lên.

Tại huyện Thuận Nam, địa phương có đàn cừu lớn nhất tỉnh với khoảng 48.500 con, Hợp tác xã Chăn nuôi cừu Phước Hà Xanh đã liên kết với 65 hộ thành viên, mỗi năm bao tiêu trên 9.000 con cừu thịt. Giám đốc hợp tác xã, ông Châu Văn Lợi cho biết nhờ dùng giống cừu Phan Rang lai Dorper, trọng lượng cừu xuất chuồng đạt 28-32 kg/con, cao hơn 20% so với giống địa phương.

Từ đầu năm đến nay, Ngân hàng Chính sách xã hội tỉnh đã giải ngân 18,6 tỷ đồng cho 412 hộ vay vốn phát triển chăn nuôi dê, cừu, mức vay bình quân 45 triệu đồng/hộ.

Đến cuối năm 2024, ngành nông nghiệp phấn đấu đưa tổng đàn cừu lên 135.000 con, hoàn thành kế hoạch năm.

Tin liên quan:
- Ninh Hải: Tập huấn kỹ thuật chăn nuôi dê, cừu năm 2024
- Hội thi cừu giống đẹp lần thứ 3 tại huyện Ninh Phước
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
YEND = per("Đến cuối năm 2024", None, "2024-12-31")
TN = "Thuận Nam"

FIGS = [
    fig("ước đạt gần 130 nghìn", "130", 130e3, "count", "con", approx="nearly", status="estimate",
        subject="tổng đàn cừu", period=NINE_H),
    fig("ước đạt 129.600 con", "129.600", 129600, "count", "con", status="estimate", percent=96,
        change=chg("increase", 4.2, "%", "cùng kỳ năm 2023"), subject="tổng đàn cừu toàn tỉnh", period=NINE),
    fig("sinh sản 71.300 con", "71.300", 71300, "count", "con", status="estimate", total=129600, percent=55,
        subject="đàn cừu cái sinh sản", period=inh(NINE)),
    fig("ước đạt 1.850 tấn", "1.850", 1850, "measure", "tấn", status="estimate",
        change=chg("increase", 6.1, "%"), subject="sản lượng thịt cừu hơi xuất chuồng", period=NINE_H),
    fig("từ 75.000 đến 85.000", "75.000", 75000, "money", "đồng/kg", value_max=85000,
        change=chg("increase", 5000, "đồng/kg", "đầu năm", approx="about"), subject="giá cừu thịt hơi"),
    fig("có 3.420 hộ", "3.420", 3420, "count", "hộ", subject="hộ chăn nuôi cừu"),
    fig("và 41 trang trại", "41", 41, "count", "trang trại", subject="trang trại quy mô từ 200 con trở lên"),
    fig("từ 200 con trở lên", "200", 200, "count", "con", subject="quy mô trang trại", optional=True),
    fig("khoảng 48.500 con", "48.500", 48500, "count", "con", approx="about", subject="đàn cừu", location=TN),
    fig("với 65 hộ", "65", 65, "count", "hộ", subject="hộ thành viên liên kết với hợp tác xã", location=TN),
    fig("trên 9.000 con", "9.000", 9000, "measure", "con/năm", approx="over",
        subject="cừu thịt hợp tác xã bao tiêu mỗi năm", location=TN),
    fig("đạt 28-32 kg/con", "28", 28, "measure", "kg/con", value_max=32,
        change=chg("increase", 20, "%", "giống địa phương"), subject="trọng lượng cừu xuất chuồng", location=TN),
    fig("giải ngân 18,6 tỷ", "18,6", 18.6e9, "money", "đồng",
        subject="vốn Ngân hàng Chính sách xã hội giải ngân cho hộ vay phát triển chăn nuôi dê, cừu", period=YTD),
    fig("cho 412 hộ", "412", 412, "count", "hộ", subject="hộ vay vốn phát triển chăn nuôi dê, cừu", period=YTD),
    fig("bình quân 45 triệu", "45", 45e6, "money", "đồng/hộ", subject="mức vay bình quân", period=YTD),
    fig("lên 135.000 con", "135.000", 135000, "count", "con", status="target", subject="tổng đàn cừu",
        period=YEND),
]

NOTES = [
    "Province portal (Ninh Thuận): sheep herd 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 09:45 | Lượt xem: 1.386', related links.",
    "Distractors: 09:45, Lượt xem 1.386, 'Phan Rang' (breed name), 'năm 2024' and 'lần thứ 3' in related links.",
    "Headline '9 tháng ước đạt gần 130 nghìn con': own figure (nearly, estimate), year from the dateline.",
    "'Trong đó' after a sentence break: total 129.600, status estimate carried from the whole, share 55% as percent; period inherited.",
    "'tăng 6,1%' without a baseline: change with no baseline. Price 'hiện': no period; gap 'cao hơn khoảng 5.000 đồng/kg so với đầu năm' is its change.",
    "'quy mô từ 200 con trở lên' is a size threshold that defines the farms: optional.",
    "Thuận Nam passage: location Thuận Nam. 'mỗi năm bao tiêu trên 9.000 con' is a yearly rate: measure, con/năm.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-10 and governs the whole sentence (including the average loan).",
    "'Đến cuối năm 2024 ... phấn đấu' → target, as-of end 2024-12-31.",
]

if __name__ == "__main__":
    write("p1390-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Ninh Thuận")
