"""p1452-1: province portal (Bình Dương): candle exports 9 months 2024, a candle maker in Tân Uyên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Kinh tế > Công nghiệp - Thương mại

Xuất khẩu nến trang trí 9 tháng đạt gần 96 triệu USD

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.863

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu nến và sản phẩm trang trí từ sáp của các doanh nghiệp trên địa bàn tỉnh Bình Dương ước đạt 95,8 triệu USD, tăng 14,2% so với cùng kỳ năm 2023, bằng 76,6% kế hoạch năm. Trong đó, thị trường Hoa Kỳ 41,3 triệu USD, EU 28,7 triệu USD, Nhật Bản 9,4 triệu USD.

Toàn tỉnh hiện có 42 doanh nghiệp sản xuất nến, trong đó 27 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng khoảng 8.600 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng. Tổng công suất thiết kế của ngành khoảng 120.000 tấn/năm.

Tại Khu công nghiệp Nam Tân Uyên, thành phố Tân Uyên, Công ty TNHH Nến Hương Phúc Lâm 9 tháng qua xuất khẩu 31 triệu sản phẩm, doanh thu đạt 18,5 triệu USD, chiếm 19,3% kim ngạch xuất khẩu nến của tỉnh. Công ty vừa đưa vào vận hành thêm hai dây chuyền đổ nến tự động công suất 45.000 sản phẩm/ca, nâng số lao động lên hơn 1.200 người.

Giá sáp paraffin nhập khẩu bình quân 9 tháng khoảng 1.350 USD/tấn, giảm 6% so với cùng kỳ, giúp doanh nghiệp hạ giá thành sản phẩm.

Quý IV là mùa cao điểm của đơn hàng Giáng sinh. Ngành công thương phấn đấu xuất khẩu thêm 29 triệu USD, đưa kim ngạch cả năm lên trên 125 triệu USD. Sở Công Thương đề nghị các doanh nghiệp thực hiện nghiêm Quyết định số 2316/QĐ-UBND về phòng cháy, chữa cháy tại cơ sở sản xuất có sử dụng sáp, dầu thơm dễ cháy.

Tin liên quan:
- Hội chợ Quốc tế Đồ gỗ và Mỹ nghệ xuất khẩu lần thứ 17 khai mạc tại TP Hồ Chí Minh
- Bình Dương tổ chức Hội nghị kết nối giao thương năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
N9Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TU = "Tân Uyên"
EXP = "kim ngạch xuất khẩu nến và sản phẩm trang trí từ sáp"

FIGS = [
    fig("đạt gần 96 triệu", "96", 96e6, "money", "USD", approx="nearly",
        subject="xuất khẩu nến trang trí", period=H9),
    fig("ước đạt 95,8 triệu", "95,8", 95.8e6, "money", "USD", status="estimate", percent=76.6,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"), subject=EXP, period=NINE),
    fig("Hoa Kỳ 41,3 triệu", "41,3", 41.3e6, "money", "USD", total=95.8e6, status="estimate",
        subject=EXP + " sang thị trường Hoa Kỳ", period=inh(NINE)),
    fig("EU 28,7 triệu", "28,7", 28.7e6, "money", "USD", total=95.8e6, status="estimate",
        subject=EXP + " sang thị trường EU", period=inh(NINE)),
    fig("Nhật Bản 9,4 triệu", "9,4", 9.4e6, "money", "USD", total=95.8e6, status="estimate",
        subject=EXP + " sang thị trường Nhật Bản", period=inh(NINE)),
    fig("có 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất nến"),
    fig("27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", total=42,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 8.600 lao động", "8.600", 8600, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất nến sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động ngành nến"),
    fig("khoảng 120.000 tấn", "120.000", 120000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế của ngành nến"),
    fig("khẩu 31 triệu", "31", 31e6, "count", "sản phẩm",
        subject="sản phẩm Công ty TNHH Nến Hương Phúc Lâm xuất khẩu", period=N9Q, location=TU),
    fig("đạt 18,5 triệu", "18,5", 18.5e6, "money", "USD", percent=19.3,
        subject="doanh thu của Công ty TNHH Nến Hương Phúc Lâm", period=N9Q, location=TU),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền đổ nến tự động công ty đưa vào vận hành thêm", location=TU),
    fig("45.000 sản phẩm/ca", "45.000", 45000, "measure", "sản phẩm/ca",
        subject="công suất dây chuyền đổ nến tự động", location=TU),
    fig("hơn 1.200 người", "1.200", 1200, "count", "người", approx="over",
        subject="số lao động của công ty", location=TU),
    fig("khoảng 1.350 USD/tấn", "1.350", 1350, "money", "USD/tấn", approx="about",
        change=chg("decrease", 6, "%", "cùng kỳ"),
        subject="giá sáp paraffin nhập khẩu bình quân", period=H9),
    fig("thêm 29 triệu", "29", 29e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu nến thêm trong quý IV", period=inh(Q4)),
    fig("trên 125 triệu", "125", 125e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu nến cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bình Dương): candle and wax-decor exports, 9 months 2024. 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.863'.",
    "Distractors: 09:35, Lượt xem 1.863, Quyết định số 2316/QĐ-UBND, 'lần thứ 17' and 'năm 2024' in related links.",
    "Headline 'đạt gần 96 triệu USD' has no 'ước': status actual, approx nearly; year-less '9 tháng' → 2024.",
    "'Trong đó' parts after a sentence break: total 95,8 triệu USD, estimate carried from the whole, period inherited.",
    "Foreign markets are trade partners, not places: location stays Bình Dương, the market goes into the subject.",
    "Tân Uyên firm passage: location Tân Uyên; '9 tháng qua' = 9 tháng đầu năm 2024. 'hai dây chuyền', capacity and",
    "workers have no period ('vừa', 'nâng ... lên').",
    "'Quý IV' stands in the previous sentence ('Quý IV là mùa cao điểm'), so the 29 triệu target inherits it (not scored);",
    "'cả năm' in the same sentence → 2024 (scored). 'phấn đấu' governs both clauses.",
]

if __name__ == "__main__":
    write("p1452-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Dương")
