"""p1473-4: provincial newspaper (Báo Bắc Giang, BGĐT): a sewing-machine rental and repair firm in Việt Yên; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân

Thứ Ba, 14/05/2024 | 07:20

Dịch vụ cho thuê, sửa chữa máy may phát triển theo ngành dệt may

(BGĐT) - Cùng với sự lớn mạnh của ngành dệt may, dịch vụ cung ứng, cho thuê và sửa chữa máy may ở Bắc Giang phát triển nhanh, tạo việc làm ổn định cho nhiều lao động kỹ thuật.

Năm 2015, anh Nguyễn Văn Toản (SN 1986) ở phường Bích Động, thị xã Việt Yên mở cửa hàng sửa chữa máy may với hai thợ và số vốn ban đầu 150 triệu đồng. Hiện, Công ty TNHH Máy may Toản Phát của anh có 3 cửa hàng, 26 công nhân kỹ thuật và khoảng 1.500 máy may các loại cho thuê. Giá thuê máy may 1 kim từ 350.000 đến 450.000 đồng/máy/tháng, máy vắt sổ 500.000 đồng/máy/tháng, đã gồm bảo dưỡng định kỳ.

Năm 2023, doanh thu của công ty đạt 11,8 tỷ đồng, tăng 23% so với năm 2022; lợi nhuận sau thuế hơn 1,4 tỷ đồng. Thu nhập của thợ sửa máy bình quân 10-12 triệu đồng/tháng. "Mỗi ngày chúng tôi nhận từ 40 đến 50 cuộc gọi báo hỏng máy, thợ phải có mặt không quá 2 giờ sau khi khách gọi", anh Toản cho biết.

Theo Sở Công Thương, toàn tỉnh hiện có 112 doanh nghiệp dệt may với trên 150 nghìn lao động và khoảng 75 cơ sở kinh doanh, cho thuê, sửa chữa máy may, gấp 2,5 lần năm 2018. 5 tháng đầu năm 2024, giá trị sản xuất ngành dệt may ước đạt 21.400 tỷ đồng, tăng 9,2% so với cùng kỳ, chiếm 14,3% giá trị sản xuất công nghiệp toàn tỉnh.

THANH HƯƠNG

Tin cùng chuyên mục:
- Việt Yên: Khánh thành nhà máy may Yên Lư 2
- Gặp mặt doanh nghiệp đầu xuân Giáp Thìn 2024
"""

Y15 = per("Năm 2015", "2015-01-01", "2015-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
VY = "Việt Yên"

FIGS = [
    fig("với hai thợ", "hai", 2, "count", "thợ", subject="thợ của cửa hàng sửa chữa máy may khi mở", period=Y15, location=VY),
    fig("ban đầu 150 triệu", "150", 150e6, "money", "đồng", subject="số vốn ban đầu của cửa hàng", period=Y15, location=VY),
    fig("có 3 cửa hàng", "3", 3, "count", "cửa hàng", subject="cửa hàng của Công ty TNHH Máy may Toản Phát", location=VY),
    fig("26 công nhân", "26", 26, "count", "công nhân kỹ thuật",
        subject="công nhân kỹ thuật của Công ty TNHH Máy may Toản Phát", location=VY),
    fig("khoảng 1.500 máy", "1.500", 1500, "count", "máy may", approx="about",
        subject="máy may các loại cho thuê của công ty", location=VY),
    fig("từ 350.000 đến 450.000", "350.000", 350000, "money", "đồng/máy/tháng", value_max=450000,
        subject="giá thuê máy may 1 kim", location=VY),
    fig("sổ 500.000 đồng", "500.000", 500000, "money", "đồng/máy/tháng", subject="giá thuê máy vắt sổ", location=VY),
    fig("đạt 11,8 tỷ", "11,8", 11.8e9, "money", "đồng", change=chg("increase", 23, "%", "năm 2022"),
        subject="doanh thu của công ty", period=Y23, location=VY),
    fig("hơn 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="over",
        subject="lợi nhuận sau thuế của công ty", period=Y23, location=VY),
    fig("10-12 triệu", "10", 10e6, "money", "đồng/tháng", value_max=12e6,
        subject="thu nhập bình quân của thợ sửa máy", location=VY),
    fig("từ 40 đến 50 cuộc", "40", 40, "measure", "cuộc gọi/ngày", value_max=50,
        subject="cuộc gọi báo hỏng máy công ty nhận mỗi ngày", location=VY),
    fig("không quá 2 giờ", "2", 2, "measure", "giờ", approx="at_most",
        subject="thời gian thợ có mặt sau khi khách gọi", location=VY),
    fig("có 112 doanh nghiệp", "112", 112, "count", "doanh nghiệp", subject="doanh nghiệp dệt may"),
    fig("trên 150 nghìn", "150", 150000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp dệt may"),
    fig("khoảng 75 cơ sở", "75", 75, "count", "cơ sở", approx="about",
        change=chg("increase", 2.5, "lần", "năm 2018"),
        subject="cơ sở kinh doanh, cho thuê, sửa chữa máy may"),
    fig("ước đạt 21.400 tỷ", "21.400", 21400e9, "money", "đồng", status="estimate", percent=14.3,
        change=chg("increase", 9.2, "%", "cùng kỳ"), subject="giá trị sản xuất ngành dệt may", period=M5),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): section menu, 'Thứ Ba, 14/05/2024 | 07:20', sapo with tag '(BGĐT) -', byline, related links.",
    "Distractors: 07:20, 'SN 1986', 'máy may 1 kim' (product name), 'nhà máy may Yên Lư 2', 'Giáp Thìn 2024', 'năm 2018' baseline.",
    "The firm (phường Bích Động, thị xã Việt Yên) gives Việt Yên to its figures; province figures after 'Theo Sở Công Thương, toàn tỉnh' → Bắc Giang.",
    "'Năm 2015 … hai thợ và số vốn ban đầu 150 triệu' gets the founding year as period (same sentence); 'Hiện' figures get none.",
    "'Mỗi ngày … từ 40 đến 50 cuộc gọi' is a daily rate (cuộc gọi/ngày). 'gấp 2,5 lần năm 2018' is the change of 75 cơ sở (unit lần).",
    "21.400 tỷ: estimate, change 9,2% vs cùng kỳ, percent 14,3 ('chiếm ... giá trị sản xuất công nghiệp').",
]

if __name__ == "__main__":
    write("p1473-4", TEXT, NOTES, FIGS, published="2024-05-14", location="Bắc Giang")
