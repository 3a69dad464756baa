"""p1458-8: radio/TV site (THP Hải Phòng): cable exports 6 months 2023, a Korean-invested cable maker in An Dương."""
from lib import fig, per, chg, write

TEXT = """THP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Video

Doanh nghiệp cáp điện tăng tốc đơn hàng xuất khẩu

05/07/2023 17:30

THP - 6 tháng đầu năm 2023, kim ngạch xuất khẩu dây và cáp điện của các doanh nghiệp trên địa bàn thành phố đạt 318 triệu USD, tăng 14,7% so với cùng kỳ, đứng thứ 3 trong nhóm hàng xuất khẩu chủ lực của Hải Phòng.

Tại Khu công nghiệp Tràng Duệ, huyện An Dương, Công ty TNHH Cáp điện Hải Long Vina hiện vận hành gần ba chục dây chuyền, mỗi tháng xuất xưởng khoảng 4.500 km cáp các loại. Nửa đầu năm, công ty đạt doanh thu 96 triệu USD, bằng 52% kế hoạch năm, trong đó xuất khẩu chiếm 78%.

Ông Kim Sung-ho, Tổng giám đốc công ty cho biết, doanh nghiệp vừa ký hợp đồng cung cấp 220 km cáp ngầm trung thế mã HL-CX240 cho các dự án điện gió ngoài khơi tại Đài Loan (Trung Quốc), trị giá hơn 41 triệu USD, dự kiến giao hàng trong quý IV. Công ty hiện có 1.150 lao động, lương bình quân 12,5 triệu đồng/người/tháng, cao gấp 1,3 lần mức bình quân của khu công nghiệp.

Theo Sở Công Thương, thành phố hiện có 16 dự án sản xuất dây, cáp điện với tổng vốn đầu tư khoảng 1,1 tỷ USD. Mục tiêu đến năm 2025, kim ngạch xuất khẩu dây và cáp điện của thành phố đạt 800 triệu USD.

Video: Doanh nghiệp cáp điện tăng tốc đơn hàng xuất khẩu (02:45)
BTV: Thu Trang - Quay phim: Đức Anh
Tin cùng chuyên mục:
- Hải Phòng: Khởi công dự án nhà ở xã hội tại phường Lãm Hà
- Cảng Lạch Huyện đón tàu container lớn nhất từ trước đến nay
"""

AD = "An Dương"
H6 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
HALF = per("Nửa đầu năm", "2023-01-01", "2023-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("đạt 318 triệu", "318", 318e6, "money", "USD", change=chg("increase", 14.7, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu dây và cáp điện của các doanh nghiệp trên địa bàn thành phố", period=H6),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="kim ngạch xuất khẩu dây và cáp điện trong nhóm hàng xuất khẩu chủ lực", period=H6),
    fig("gần ba chục", "ba chục", 30, "count", "dây chuyền", approx="nearly",
        subject="dây chuyền công ty vận hành", location=AD),
    fig("khoảng 4.500 km", "4.500", 4500, "measure", "km/tháng", approx="about",
        subject="cáp các loại xuất xưởng mỗi tháng", location=AD),
    fig("doanh thu 96 triệu", "96", 96e6, "money", "USD", percent=52,
        subject="doanh thu của công ty", period=HALF, location=AD),
    fig("chiếm 78%", "78", 78, "percent", "%", subject="xuất khẩu chiếm trong doanh thu",
        period=HALF, location=AD),
    fig("cung cấp 220 km", "220", 220, "measure", "km",
        subject="cáp ngầm trung thế cung cấp theo hợp đồng", location=AD),
    fig("hơn 41 triệu", "41", 41e6, "money", "USD", approx="over", subject="trị giá hợp đồng", location=AD),
    fig("có 1.150 lao động", "1.150", 1150, "count", "lao động", subject="lao động của công ty", location=AD),
    fig("bình quân 12,5 triệu", "12,5", 12.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 1.3, "lần", "mức bình quân của khu công nghiệp"),
        subject="lương bình quân", location=AD),
    fig("có 16 dự án", "16", 16, "count", "dự án", subject="dự án sản xuất dây, cáp điện"),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="about", subject="tổng vốn đầu tư"),
    fig("đạt 800 triệu", "800", 800e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu dây và cáp điện của thành phố", period=T25),
]

NOTES = [
    "Radio/TV site (THP Hải Phòng): channel banner and menu, '05/07/2023 17:30', tag 'THP -', video caption with duration, crew, related links.",
    "Distractors: 17:30, 'mã HL-CX240' (product code), 'quý IV' (delivery date), '(02:45)' (video length), 'Khu công nghiệp Tràng Duệ'.",
    "The city is called 'thành phố'; the THP tag and 'của Hải Phòng' place the city figures in Hải Phòng.",
    "The Hải Long Vina passage stands in huyện An Dương → location An Dương. 'gần ba chục' = nearly 30 (number word).",
    "'mỗi tháng xuất xưởng khoảng 4.500 km' is a rate: unit km/tháng.",
    "'bằng 52% kế hoạch năm' is the percent attribute of 96 triệu USD; 'trong đó xuất khẩu chiếm 78%' is a percent figure of its own.",
    "The contract (220 km, hơn 41 triệu USD) is actual; 'dự kiến giao hàng trong quý IV' is the delivery, no figure and no period for them.",
    "'cao gấp 1,3 lần mức bình quân của khu công nghiệp' is the change of the wage (lần).",
    "'Mục tiêu đến năm 2025' → target, period end 2025-12-31, start null.",
]

if __name__ == "__main__":
    write("p1458-8", TEXT, NOTES, FIGS, published="2023-07-05", location="Hải Phòng")
