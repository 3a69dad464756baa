"""p1428-1: province portal (Khánh Hòa): sea grapes area, output, prices, exports, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng rong nho 9 tháng đạt gần 1.300 tấn

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.862

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, diện tích nuôi trồng rong nho trên địa bàn tỉnh đạt 168 ha, tăng 12 ha so với cùng kỳ năm 2023. Sản lượng rong nho thu hoạch ước đạt 1.285 tấn, tăng 8,6% so với cùng kỳ, bằng 76,5% kế hoạch năm. Trong đó, TP Cam Ranh 742 tấn, thị xã Ninh Hòa 318 tấn, huyện Vạn Ninh 225 tấn.

Giá rong nho tươi tại các vùng nuôi hiện dao động từ 25.000 đến 35.000 đồng/kg, giảm khoảng 5.000 đồng/kg so với đầu năm do nguồn cung tăng. Rong nho tách nước được các cơ sở chế biến bán ra với giá 280.000-350.000 đồng/kg.

Toàn tỉnh hiện có 46 cơ sở nuôi trồng và 11 cơ sở chế biến rong nho, giải quyết việc làm cho khoảng 1.400 lao động, thu nhập bình quân từ 7 đến 9 triệu đồng/người/tháng. Năng suất bình quân đạt 9,5 tấn/ha/vụ; một số mô hình nuôi trong ao lót bạt cho năng suất trên 12 tấn/ha/vụ.

Từ đầu năm đến nay, các doanh nghiệp trên địa bàn đã xuất khẩu hơn 85 tấn rong nho tách nước sang Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc), kim ngạch đạt khoảng 2,1 triệu USD.

Quý IV, ngành nông nghiệp phấn đấu thu hoạch thêm 395 tấn, đưa sản lượng cả năm lên 1.680 tấn. Dịp cuối năm, tỉnh tổ chức Hội chợ nông sản và sản phẩm OCOP lần thứ 3 tại Quảng trường 2/4, TP Nha Trang.

Tin liên quan:
- Cam Ranh: Ra mắt Hợp tác xã rong nho Cam Lập
- Hội nghị kết nối tiêu thụ nông sản tỉnh Khánh Hòa năm 2024
"""

HEAD9 = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
OUT = "sản lượng rong nho thu hoạch"

FIGS = [
    fig("gần 1.300 tấn", "1.300", 1300, "measure", "tấn", approx="nearly",
        subject="sản lượng rong nho", period=HEAD9),
    fig("đạt 168 ha", "168", 168, "measure", "ha", change=chg("increase", 12, "ha", "cùng kỳ năm 2023"),
        subject="diện tích nuôi trồng rong nho", period=NINE),
    fig("ước đạt 1.285 tấn", "1.285", 1285, "measure", "tấn", status="estimate", percent=76.5,
        change=chg("increase", 8.6, "%", "cùng kỳ"), subject=OUT, period=inh(NINE)),
    fig("Cam Ranh 742", "742", 742, "measure", "tấn", total=1285, status="estimate",
        subject=OUT, period=inh(NINE), location="Cam Ranh"),
    fig("Ninh Hòa 318", "318", 318, "measure", "tấn", total=1285, status="estimate",
        subject=OUT, period=inh(NINE), location="Ninh Hòa"),
    fig("Vạn Ninh 225", "225", 225, "measure", "tấn", total=1285, status="estimate",
        subject=OUT, period=inh(NINE), location="Vạn Ninh"),
    fig("từ 25.000 đến 35.000", "25.000", 25000, "money", "đồng/kg", value_max=35000,
        change=chg("decrease", 5000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá rong nho tươi tại các vùng nuôi"),
    fig("280.000-350.000", "280.000", 280000, "money", "đồng/kg", value_max=350000,
        subject="giá bán rong nho tách nước"),
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở nuôi trồng rong nho"),
    fig("và 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở chế biến rong nho"),
    fig("khoảng 1.400 lao động", "1.400", 1400, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân của lao động"),
    fig("đạt 9,5 tấn", "9,5", 9.5, "measure", "tấn/ha/vụ", subject="năng suất bình quân rong nho"),
    fig("trên 12 tấn", "12", 12, "measure", "tấn/ha/vụ", approx="over",
        subject="năng suất của mô hình nuôi trong ao lót bạt"),
    fig("hơn 85 tấn", "85", 85, "measure", "tấn", approx="over",
        subject="rong nho tách nước xuất khẩu", period=YTD),
    fig("khoảng 2,1 triệu", "2,1", 2.1e6, "money", "USD", approx="about",
        subject="kim ngạch xuất khẩu rong nho tách nước", period=YTD),
    fig("thêm 395 tấn", "395", 395, "measure", "tấn", status="target",
        subject="sản lượng rong nho thu hoạch thêm", period=Q4),
    fig("lên 1.680 tấn", "1.680", 1680, "measure", "tấn", status="target",
        subject="sản lượng rong nho cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Khánh Hòa): sea grapes 9 months 2024; banner, breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.862', related links.",
    "Distractors: 08:35, Lượt xem 1.862, 'lần thứ 3', 'Quảng trường 2/4', 'năm 2024' in a related link.",
    "Headline '9 tháng ... gần 1.300 tấn': own figure, nearly; year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' list after a sentence break: places are locations, total 1.285, status estimate carried from the whole, period inherited.",
    "'giảm khoảng 5.000 đồng/kg so với đầu năm' is the change of the price range. 'Từ đầu năm đến nay' ends at the dateline.",
    "'Quý IV ... phấn đấu ..., đưa sản lượng cả năm lên 1.680 tấn': both target, year 2024.",
]

if __name__ == "__main__":
    write("p1428-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Khánh Hòa")
