"""p1458-7: news agency (TTXVN): counterfeit household wire seized in Thanh Trì, Hà Nội."""
from lib import fig, per, chg, write

TEXT = """Thu giữ hơn 3.000 cuộn dây điện giả nhãn hiệu tại Hà Nội

Hà Nội, 22/8/2024 (TTXVN) - Ngày 22/8, Đội Quản lý thị trường số 14 (Cục Quản lý thị trường thành phố Hà Nội) cho biết vừa phối hợp với Công an huyện Thanh Trì kiểm tra một kho hàng tại xã Tứ Hiệp, huyện Thanh Trì, phát hiện 3.260 cuộn dây điện dân dụng giả mạo nhãn hiệu của hai doanh nghiệp sản xuất dây cáp điện trong nước.

Theo lực lượng chức năng, mỗi cuộn dây dài 100 m, được bán ra thị trường với giá từ 650.000 đến 900.000 đồng/cuộn, thấp hơn khoảng 30% so với hàng chính hãng. Tổng trị giá lô hàng ước tính khoảng 2,4 tỷ đồng.

Trong 12 mẫu được kiểm tra ngẫu nhiên, có 9 mẫu có lõi đồng nhỏ hơn công bố, điện trở vượt 25-40% so với tiêu chuẩn TCVN 6610-3:2000, dễ gây chập, cháy khi sử dụng. Chủ kho hàng không xuất trình được hóa đơn, chứng từ chứng minh nguồn gốc của lô hàng.

Từ đầu năm đến nay, lực lượng quản lý thị trường Hà Nội đã kiểm tra 186 vụ việc liên quan đến thiết bị điện, dây cáp điện, xử lý 152 vụ vi phạm; tổng số tiền phạt và trị giá hàng tịch thu gần 5,8 tỷ đồng, tăng 18% so với cùng kỳ năm 2023.

Ông Trần Đức Long, Đội trưởng Đội Quản lý thị trường số 14, khuyến cáo người tiêu dùng chỉ mua dây điện tại các đại lý được ủy quyền, kiểm tra tem chống giả trước khi mua. Trong quý IV, Cục dự kiến tổ chức ít nhất 2 đợt kiểm tra chuyên đề đối với mặt hàng này. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0243.9435.117.

Minh Quyết (TTXVN)
"""

TT = "Thanh Trì"
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("hơn 3.000 cuộn", "3.000", 3000, "count", "cuộn", approx="over",
        subject="cuộn dây điện giả nhãn hiệu thu giữ"),
    fig("kiểm tra một kho", "một", 1, "count", "kho hàng", optional=True,
        subject="kho hàng được kiểm tra", location=TT),
    fig("phát hiện 3.260 cuộn", "3.260", 3260, "count", "cuộn",
        subject="cuộn dây điện dân dụng giả mạo nhãn hiệu", location=TT),
    fig("của hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dây cáp điện trong nước bị giả mạo nhãn hiệu", location=TT),
    fig("dài 100 m", "100", 100, "measure", "m", subject="chiều dài mỗi cuộn dây", location=TT),
    fig("từ 650.000 đến 900.000", "650.000", 650000, "money", "đồng/cuộn", value_max=900000,
        change=chg("decrease", 30, "%", "hàng chính hãng", approx="about"),
        subject="giá bán ra thị trường", location=TT),
    fig("khoảng 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá lô hàng", location=TT),
    fig("Trong 12 mẫu", "12", 12, "count", "mẫu", subject="mẫu được kiểm tra ngẫu nhiên", location=TT),
    fig("có 9 mẫu", "9", 9, "count", "mẫu", total=12,
        subject="mẫu có lõi đồng nhỏ hơn công bố", location=TT),
    fig("vượt 25-40%", "25", 25, "percent", "%", value_max=40,
        subject="điện trở vượt so với tiêu chuẩn", location=TT),
    fig("kiểm tra 186 vụ", "186", 186, "count", "vụ việc",
        subject="vụ việc liên quan đến thiết bị điện, dây cáp điện được kiểm tra", period=YTD),
    fig("xử lý 152 vụ", "152", 152, "count", "vụ", subject="vụ vi phạm được xử lý", period=YTD),
    fig("gần 5,8 tỷ", "5,8", 5.8e9, "money", "đồng", approx="nearly",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="tổng số tiền phạt và trị giá hàng tịch thu", period=YTD),
    fig("ít nhất 2 đợt", "2", 2, "count", "đợt", approx="at_least", status="forecast",
        subject="đợt kiểm tra chuyên đề", period=Q4),
]

NOTES = [
    "News agency (TTXVN): dateline 'Hà Nội, 22/8/2024 (TTXVN) -', byline '(TTXVN)' at the end.",
    "Distractors: 'Ngày 22/8', 'Đội Quản lý thị trường số 14' (twice), 'TCVN 6610-3:2000', hotline 0243.9435.117.",
    "The seizure passage (warehouse in xã Tứ Hiệp, huyện Thanh Trì) → location Thanh Trì; the headline and the city-wide totals → Hà Nội.",
    "'kiểm tra một kho hàng': 'một' reads as the indefinite article here (optional).",
    "'thấp hơn khoảng 30% so với hàng chính hãng' is the change (decrease) of the price range.",
    "'Trong 12 mẫu ..., có 9 mẫu': total 12. '186 vụ việc ... 152 vụ vi phạm' has no part-of cue: no total.",
    "'điện trở vượt 25-40% so với tiêu chuẩn' is a rate with no base amount: a percent figure with value_max.",
    "'Từ đầu năm đến nay' ends at the dateline (2024-08-22); 'Trong quý IV' takes 2024; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1458-7", TEXT, NOTES, FIGS, published="2024-08-22", location="Hà Nội")
