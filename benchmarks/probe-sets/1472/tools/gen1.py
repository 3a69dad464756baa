"""p1472-1: province portal (Hà Nội): air purifier sales in December 2024, a retail chain, forecasts, market checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Giao tiếp điện tử thành phố Hà Nội > Tin tức > Kinh tế - Xã hội

Sức mua máy lọc không khí tăng gấp đôi trong mùa ô nhiễm

Cập nhật: 06/01/2025 10:35 | Lượt xem: 3.842

Theo Sở Công Thương Hà Nội, trong tháng 12/2024, khi nồng độ bụi mịn PM2.5 nhiều ngày vượt ngưỡng, doanh số máy lọc không khí tại các hệ thống siêu thị điện máy trên địa bàn thành phố ước đạt 38.500 chiếc, tăng 112% so với tháng 11/2024 và tăng 27,4% so với cùng kỳ năm 2023. Trong đó, máy dùng bộ lọc HEPA chiếm khoảng 85%; dòng máy có giá dưới 5 triệu đồng chiếm gần 60% lượng bán ra.

Tại chuỗi Điện máy Sao Việt với 42 cửa hàng ở Hà Nội, từ đầu tháng 12 đến nay mỗi ngày bán trung bình 320-350 máy lọc không khí, gấp 3 lần ngày thường. Ông Trần Đức Minh, Giám đốc kinh doanh của chuỗi, cho biết giá phổ biến từ 3,5 đến 7 triệu đồng/chiếc. Bộ lọc HEPA thay thế cũng bán được hơn 9.000 chiếc trong tháng, giá từ 600.000 đồng đến 1,2 triệu đồng/bộ.

Theo dự báo của Trung tâm Quan trắc môi trường, từ nay đến hết tháng 2/2025, Hà Nội có thể còn khoảng 25-30 ngày ô nhiễm không khí ở mức kém trở lên. Sở Công Thương dự kiến nhu cầu máy lọc không khí quý I/2025 ở mức 70.000-80.000 chiếc.

Từ ngày 1/12/2024 đến nay, lực lượng quản lý thị trường thành phố đã kiểm tra 126 cơ sở kinh doanh thiết bị điện gia dụng, phát hiện 17 cơ sở vi phạm, tạm giữ 430 máy lọc không khí và bộ lọc không rõ nguồn gốc, xử phạt gần 285 triệu đồng. Người dân có thể phản ánh qua đường dây nóng 1900.6789.

Tin liên quan:
- Hà Nội ra mắt ứng dụng tra cứu chất lượng không khí Hanoi Air 2.0
- Triển khai Kế hoạch số 15/KH-UBND về kiểm soát ô nhiễm không khí
"""

DEC = per("trong tháng 12/2024", "2024-12-01", "2024-12-31")
MONTH = per("trong tháng", "2024-12-01", "2024-12-31")
SINCE = per("từ đầu tháng 12 đến nay", "2024-12-01", "2025-01-06")
AHEAD = per("từ nay đến hết tháng 2/2025", "2025-01-06", "2025-02-28")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
CHECK = per("Từ ngày 1/12/2024 đến nay", "2024-12-01", "2025-01-06")

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="sức mua máy lọc không khí"),
    fig("ước đạt 38.500 chiếc", "38.500", 38500, "count", "chiếc", status="estimate",
        change=chg("increase", 112, "%", "tháng 11/2024"),
        subject="doanh số máy lọc không khí tại các hệ thống siêu thị điện máy", period=DEC),
    fig("tăng 27,4%", "27,4", 27.4, "percent", "%", status="estimate",
        subject="doanh số máy lọc không khí so với cùng kỳ năm 2023", period=DEC, optional=True),
    fig("chiếm khoảng 85%", "85", 85, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng máy dùng bộ lọc HEPA trong doanh số", period=inh(DEC)),
    fig("giá dưới 5 triệu", "5", 5e6, "money", "đồng", approx="under",
        subject="mức giá của dòng máy", optional=True),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly", status="estimate",
        subject="tỷ trọng dòng máy có giá dưới 5 triệu đồng trong lượng bán ra", period=inh(DEC)),
    fig("với 42 cửa hàng", "42", 42, "count", "cửa hàng", subject="cửa hàng của chuỗi Điện máy Sao Việt"),
    fig("trung bình 320-350", "320", 320, "measure", "máy lọc không khí/ngày", value_max=350,
        change=chg("increase", 3, "lần", "ngày thường"),
        subject="máy lọc không khí chuỗi bán mỗi ngày", period=SINCE),
    fig("từ 3,5 đến 7 triệu", "3,5", 3.5e6, "money", "đồng/chiếc", value_max=7e6,
        subject="giá phổ biến của máy lọc không khí"),
    fig("hơn 9.000 chiếc", "9.000", 9000, "count", "chiếc", approx="over",
        subject="bộ lọc HEPA thay thế bán được", period=MONTH),
    fig("từ 600.000 đồng", "600.000", 600000, "money", "đồng/bộ", value_max=1.2e6,
        subject="giá bộ lọc HEPA thay thế"),
    fig("khoảng 25-30 ngày", "25", 25, "count", "ngày", value_max=30, approx="about", status="forecast",
        subject="ngày ô nhiễm không khí ở mức kém trở lên", period=AHEAD),
    fig("mức 70.000-80.000", "70.000", 70000, "count", "chiếc", value_max=80000, status="forecast",
        subject="nhu cầu máy lọc không khí", period=Q1),
    fig("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở",
        subject="cơ sở kinh doanh thiết bị điện gia dụng được kiểm tra", period=CHECK),
    fig("phát hiện 17 cơ sở", "17", 17, "count", "cơ sở", subject="cơ sở vi phạm", period=CHECK),
    fig("tạm giữ 430 máy", "430", 430, "count", "máy lọc không khí",
        subject="máy lọc không khí và bộ lọc không rõ nguồn gốc bị tạm giữ", period=CHECK),
    fig("gần 285 triệu", "285", 285e6, "money", "đồng", approx="nearly",
        subject="tiền xử phạt", period=CHECK),
]

NOTES = [
    "Province portal (Hà Nội): breadcrumb, 'Cập nhật: 06/01/2025 10:35 | Lượt xem: 3.842', related links.",
    "Distractors: 10:35, Lượt xem 3.842, 'PM2.5', baselines 'tháng 11/2024' and 'năm 2023', hotline 1900.6789,",
    "  'Hanoi Air 2.0', 'Kế hoạch số 15/KH-UBND', period phrases 'quý I/2025', 'tháng 2/2025'.",
    "Headline 'tăng gấp đôi' stands alone as the claim: multiple 2 (đôi = two); no period (headline states none).",
    "38.500 chiếc has two changes: the first (112%) is the attribute, 'tăng 27,4% so với cùng kỳ' is its own percent (optional by spec).",
    "The 'Trong đó' shares continue the 'ước đạt' sentence: status estimate, period inherited.",
    "'dòng máy có giá dưới 5 triệu đồng' is a price band naming a segment: optional.",
    "'mỗi ngày bán trung bình 320-350 máy' is a rate (unit máy lọc không khí/ngày); 'gấp 3 lần ngày thường' is its change (lần).",
    "'từ nay đến hết tháng 2/2025' starts at the dateline; '... đến nay' periods end at the dateline 2025-01-06.",
    "'trong tháng' after 'từ đầu tháng 12' is December 2024. Standing prices get no period.",
    "'phát hiện 17 cơ sở vi phạm' after 'kiểm tra 126 cơ sở': no part-of cue, no total.",
]

if __name__ == "__main__":
    write("p1472-1", TEXT, NOTES, FIGS, published="2025-01-06", location="Hà Nội")
