"""p1392-5: provincial Party newspaper (Báo Sóc Trăng, tag '(STO) -'): lu chứa nước bán chạy ở Vĩnh Châu; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO SÓC TRĂNG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Văn hóa

Lu chứa nước "cháy hàng" mùa hạn mặn

Thứ Tư, 17/04/2024 | 15:20

(STO) - Mùa khô năm nay, nhu cầu trữ nước ngọt của người dân vùng ven biển tăng mạnh, nhiều cơ sở sản xuất lu, bồn chứa nước ở thị xã Vĩnh Châu làm không kịp giao hàng.

Tại khóm Biển Trên, phường Vĩnh Phước, thị xã Vĩnh Châu, cơ sở sản xuất lu xi măng của ông Lâm Văn Sang những ngày này luôn tất bật. Mỗi ngày, cơ sở đúc khoảng 25 lu các loại, giá từ 450.000 đến 800.000 đồng/lu tùy dung tích. Từ đầu năm đến nay, cơ sở đã bán gần 2 nghìn lu, doanh thu hơn 1,1 tỷ đồng, gấp đôi cùng kỳ năm trước. Cơ sở tạo việc làm thường xuyên cho 12 lao động, thu nhập 7-8 triệu đồng/người/tháng.

"Năm nay nước mặn vào sớm, người dân mua lu để trữ nước mưa từ cuối năm ngoái, có nhà mua một lúc ba, bốn lu", ông Sang cho biết.

Theo Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, toàn tỉnh hiện có khoảng 9.800 hộ thiếu nước ngọt sinh hoạt, trong đó thị xã Vĩnh Châu hơn 4.100 hộ, huyện Trần Đề 2.650 hộ. Sóc Trăng là địa phương có số hộ thiếu nước nhiều thứ hai vùng Đồng bằng sông Cửu Long, sau Bến Tre.

Từ nguồn vốn Chương trình mục tiêu quốc gia, quý I/2024 tỉnh đã cấp 1.540 bồn chứa nước và 380 máy lọc nước RO cho hộ nghèo; dự kiến cả năm nay cấp 3.200 bồn. Mục tiêu đến năm 2025, tỷ lệ người dân nông thôn sử dụng nước hợp vệ sinh đạt 99,5%.

KIM NGÂN
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-04-17")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
YR = per("cả năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
VC = "Vĩnh Châu"
SUB = "hộ thiếu nước ngọt sinh hoạt"

FIGS = [
    fig("khoảng 25 lu", "25", 25, "measure", "lu/ngày", approx="about", subject="lu cơ sở đúc mỗi ngày",
        location=VC),
    fig("từ 450.000 đến 800.000", "450.000", 450000, "money", "đồng/lu", value_max=800000,
        subject="giá lu", location=VC),
    fig("gần 2 nghìn lu", "2", 2000, "count", "lu", approx="nearly", subject="lu cơ sở đã bán",
        period=YTD, location=VC),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"), subject="doanh thu của cơ sở",
        period=YTD, location=VC),
    fig("cho 12 lao động", "12", 12, "count", "lao động", subject="lao động cơ sở tạo việc làm thường xuyên",
        location=VC),
    fig("7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6, subject="thu nhập của lao động",
        location=VC),
    fig("ba, bốn lu", "ba", 3, "count", "lu", value_max=4, location=VC, optional=True),
    fig("khoảng 9.800 hộ", "9.800", 9800, "count", "hộ", approx="about", subject=SUB),
    fig("hơn 4.100 hộ", "4.100", 4100, "count", "hộ", approx="over", total=9800, subject=SUB, location=VC),
    fig("Đề 2.650 hộ", "2.650", 2650, "count", "hộ", total=9800, subject=SUB, location="Trần Đề"),
    fig("nhiều thứ hai", "hai", 2, "rank", "hạng", subject="số hộ thiếu nước"),
    fig("cấp 1.540 bồn", "1.540", 1540, "count", "bồn", subject="bồn chứa nước cấp cho hộ nghèo", period=Q1),
    fig("và 380 máy", "380", 380, "count", "máy lọc nước", subject="máy lọc nước RO cấp cho hộ nghèo",
        period=Q1),
    fig("cấp 3.200 bồn", "3.200", 3200, "count", "bồn", status="forecast", subject="bồn chứa nước cấp",
        period=YR),
    fig("đạt 99,5%", "99,5", 99.5, "percent", "%", status="target",
        subject="tỷ lệ người dân nông thôn sử dụng nước hợp vệ sinh", period=T25),
]

NOTES = [
    "Provincial Party newspaper online (Báo Sóc Trăng): menu, 'Thứ Tư, 17/04/2024 | 15:20', sapo with tag '(STO) -', quote, byline at the end.",
    "Distractors: 15:20, 'khóm Biển Trên, phường Vĩnh Phước', 'một lúc' (idiom 'at once'), 'Chương trình mục tiêu quốc gia', 'máy lọc nước RO'.",
    "The workshop in thị xã Vĩnh Châu: location Vĩnh Châu for its figures; 'Mỗi ngày ... khoảng 25 lu' is a rate (lu/ngày).",
    "'gần 2 nghìn lu' = 2000 (nghìn multiplier); 'gấp đôi cùng kỳ năm trước' → change 2 lần on the revenue. 'Từ đầu năm đến nay' ends at the dateline.",
    "'ba, bốn lu' in a quote (a loose 'three or four') is optional.",
    "'trong đó thị xã Vĩnh Châu hơn 4.100 hộ, huyện Trần Đề 2.650 hộ' → total 9.800, locations the parts. 'hiện' gives no period.",
    "'nhiều thứ hai vùng ĐBSCL' → rank 2 of Sóc Trăng (location Sóc Trăng, not the region).",
    "'dự kiến cả năm nay' → forecast, year of the dateline. 'Mục tiêu đến năm 2025' → target, start null.",
]

if __name__ == "__main__":
    write("p1392-5", TEXT, NOTES, FIGS, published="2024-04-17", location="Sóc Trăng")
