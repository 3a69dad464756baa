"""p1544-1: province portal (Bắc Ninh): scented-candle exports 9 months 2024, a factory in huyện Quế Võ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu nến thơm 9 tháng đạt gần 86 triệu USD

Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.836

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu nến và nến thơm của các doanh nghiệp trên địa bàn tỉnh Bắc Ninh ước đạt 85,7 triệu USD, tăng 18,3% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, thị trường Hoa Kỳ đạt 41,2 triệu USD, EU 27,5 triệu USD, Nhật Bản và Hàn Quốc 9,8 triệu USD.

Toàn tỉnh hiện có 23 doanh nghiệp sản xuất nến, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng trên 4.600 lao động. Tổng công suất thiết kế khoảng 38.000 tấn sản phẩm/năm.

Tại Khu công nghiệp Quế Võ II, huyện Quế Võ, Công ty TNHH Nến Hương Kinh Bắc trong 9 tháng xuất khẩu 12,9 triệu USD, chiếm 15% kim ngạch xuất khẩu nến toàn tỉnh. Công ty vừa đưa vào vận hành hai dây chuyền rót nến tự động, mỗi dây chuyền đạt 8.000 hũ/ca; thu nhập bình quân của 620 công nhân là 9,4 triệu đồng/người/tháng.

Sáp paraffin nhập khẩu chiếm khoảng 60% giá thành sản phẩm; giá loại nguyên liệu này tăng 8-10% so với đầu năm, khiến lợi nhuận của nhiều doanh nghiệp giảm.

Quý IV là mùa cao điểm đơn hàng Giáng sinh; ngành công thương phấn đấu kim ngạch xuất khẩu nến cả năm đạt trên 112 triệu USD. Dự kiến trong tháng 11, Sở Công Thương phối hợp tổ chức Hội nghị kết nối giao thương lần thứ 3 theo Kế hoạch số 245/KH-UBND, với khoảng 40 doanh nghiệp tham gia.

Tin liên quan:
- Bắc Ninh: Thu hút FDI 9 tháng năm 2024
- Hội chợ hàng Việt Nam chất lượng cao tại thành phố Từ Sơn
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_T = per("trong 9 tháng", "2024-01-01", "2024-09-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NOV = per("trong tháng 11", "2024-11-01", "2024-11-30")
QV = "Quế Võ"

FIGS = [
    fig("đạt gần 86 triệu", "86", 86e6, "money", "USD", approx="nearly",
        subject="xuất khẩu nến thơm", period=NINE_H),
    fig("ước đạt 85,7 triệu", "85,7", 85.7e6, "money", "USD", status="estimate", percent=76.2,
        change=chg("increase", 18.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu nến và nến thơm của các doanh nghiệp trên địa bàn tỉnh", period=NINE),
    fig("Hoa Kỳ đạt 41,2 triệu", "41,2", 41.2e6, "money", "USD", total=85.7e6, status="estimate",
        subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ", period=inh(NINE)),
    fig("EU 27,5 triệu", "27,5", 27.5e6, "money", "USD", total=85.7e6, status="estimate",
        subject="kim ngạch xuất khẩu sang EU", period=inh(NINE)),
    fig("Hàn Quốc 9,8 triệu", "9,8", 9.8e6, "money", "USD", total=85.7e6, status="estimate",
        subject="kim ngạch xuất khẩu sang Nhật Bản và Hàn Quốc", period=inh(NINE)),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất nến"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("trên 4.600 lao động", "4.600", 4600, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất nến sử dụng"),
    fig("khoảng 38.000 tấn", "38.000", 38000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("xuất khẩu 12,9 triệu", "12,9", 12.9e6, "money", "USD", percent=15,
        subject="xuất khẩu của Công ty TNHH Nến Hương Kinh Bắc", period=NINE_T, location=QV),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền rót nến tự động công ty đưa vào vận hành", location=QV),
    fig("8.000 hũ/ca", "8.000", 8000, "measure", "hũ/ca", subject="công suất mỗi dây chuyền", location=QV),
    fig("của 620 công nhân", "620", 620, "count", "công nhân", subject="công nhân của công ty", location=QV),
    fig("là 9,4 triệu", "9,4", 9.4e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của công nhân", location=QV),
    fig("khoảng 60% giá thành", "60", 60, "percent", "%", approx="about",
        subject="tỷ trọng sáp paraffin nhập khẩu trong giá thành sản phẩm"),
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10, subject="giá sáp paraffin nhập khẩu"),
    fig("trên 112 triệu", "112", 112e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu nến cả năm", period=YEAR),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about", status="forecast",
        subject="doanh nghiệp tham gia hội nghị kết nối giao thương", period=NOV),
]

NOTES = [
    "Province portal (Bắc Ninh): candle exports 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.836', related links.",
    "Distractors: 09:45, Lượt xem 1.836, 'Khu công nghiệp Quế Võ II', 'lần thứ 3', 'Kế hoạch số 245/KH-UBND', '9 tháng năm 2024' in a link title.",
    "Headline 'đạt gần 86 triệu USD' is its own figure (nearly; 'đạt', so actual); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' market parts after a sentence break take total 85,7 triệu and its 'ước đạt' status; trade partners are not places.",
    "Company passage in huyện Quế Võ: location Quế Võ for its 5 figures; present-tense plant figures have no period.",
    "'giá loại nguyên liệu này tăng 8-10%' is a growth rate as the claim (percent range, no change); 'này' points back to sáp paraffin.",
    "'phấn đấu ... cả năm đạt trên 112 triệu' target/over; 'Dự kiến trong tháng 11 ... khoảng 40 doanh nghiệp' forecast/about.",
]

if __name__ == "__main__":
    write("p1544-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
