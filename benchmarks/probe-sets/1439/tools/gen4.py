"""p1439-4: provincial newspaper (Báo Hải Dương, tag '(HDO) -'): translation offices booming with labour export."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO HẢI DƯƠNG ĐIỆN TỬ
Xã hội | Pháp luật | Kinh tế
Thứ Hai, 18/03/2024 | 16:05

Dịch vụ dịch thuật "ăn theo" làn sóng xuất khẩu lao động

Nhu cầu dịch, công chứng hồ sơ đi làm việc, học tập ở nước ngoài tăng mạnh khiến các văn phòng dịch thuật ở TP Hải Dương luôn tấp nập, nhiều nơi phải làm thêm giờ.

(HDO) - Chỉ riêng tuyến phố Nguyễn Lương Bằng đã có 7 biển hiệu dịch thuật. Theo khảo sát của phóng viên, toàn TP Hải Dương hiện có gần ba chục cơ sở dịch thuật, gấp đôi so với năm 2019.

Công ty TNHH Dịch thuật Hồng Châu, một trong những đơn vị lâu năm, có 12 biên dịch viên chính thức và hơn 40 cộng tác viên tự do. Mỗi tháng công ty nhận dịch khoảng 2.500 trang tài liệu, trong đó hơn 60% là hồ sơ du học và xuất khẩu lao động sang Nhật Bản, Hàn Quốc, Đức.

Theo bảng giá công ty niêm yết, dịch tiếng Anh có giá từ 80.000 đến 100.000 đồng/trang, tiếng Nhật, tiếng Hàn, tiếng Đức 150.000-180.000 đồng/trang; khách cần lấy gấp trong ngày phải trả thêm 30%. "Năm 2023 doanh thu của công ty đạt gần 3,2 tỷ đồng, tăng 35% so với năm trước; riêng quý I năm nay chúng tôi đã phải tuyển thêm ba biên dịch viên tiếng Đức", bà Vũ Thị Thanh Nhàn, Giám đốc công ty cho biết.

Theo Sở Tư pháp Hải Dương, năm 2023 các phòng tư pháp cấp huyện trong tỉnh đã chứng thực chữ ký người dịch 7.615 trường hợp, tăng 23% so với năm 2022; toàn tỉnh có 64 cộng tác viên dịch thuật. Sở khuyến cáo người dân lựa chọn cơ sở dịch thuật có người dịch đã ký hợp đồng với phòng tư pháp để tránh bản dịch bị từ chối khi nộp cho cơ quan nước ngoài.

PHẠM HƯƠNG
"""

Y23q = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I năm nay", "2024-01-01", "2024-03-31")

FIGS = [
    fig("đã có 7 biển hiệu", "7", 7, "count", "biển hiệu",
        subject="biển hiệu dịch thuật trên tuyến phố Nguyễn Lương Bằng"),
    fig("gần ba chục cơ sở", "ba chục", 30, "count", "cơ sở", approx="nearly",
        change=chg("increase", 2, "lần", "năm 2019"), subject="cơ sở dịch thuật"),
    fig("có 12 biên dịch viên", "12", 12, "count", "biên dịch viên",
        subject="biên dịch viên chính thức của Công ty TNHH Dịch thuật Hồng Châu"),
    fig("hơn 40 cộng tác viên", "40", 40, "count", "cộng tác viên", approx="over",
        subject="cộng tác viên tự do của Công ty TNHH Dịch thuật Hồng Châu"),
    fig("khoảng 2.500 trang", "2.500", 2500, "measure", "trang/tháng", approx="about",
        subject="trang tài liệu công ty nhận dịch mỗi tháng"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="hồ sơ du học và xuất khẩu lao động trong tài liệu công ty nhận dịch"),
    fig("từ 80.000 đến 100.000", "80.000", 80000, "money", "đồng/trang", value_max=100000,
        subject="giá dịch tiếng Anh"),
    fig("150.000-180.000", "150.000", 150000, "money", "đồng/trang", value_max=180000,
        subject="giá dịch tiếng Nhật, tiếng Hàn, tiếng Đức"),
    fig("trả thêm 30%", "30", 30, "percent", "%", subject="phụ phí khách cần lấy gấp trong ngày trả thêm"),
    fig("gần 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="nearly",
        change=chg("increase", 35, "%", "năm trước"), subject="doanh thu của công ty", period=Y23q),
    fig("thêm ba biên dịch viên", "ba", 3, "count", "biên dịch viên",
        subject="biên dịch viên tiếng Đức tuyển thêm", period=Q1),
    fig("dịch 7.615 trường hợp", "7.615", 7615, "count", "trường hợp",
        change=chg("increase", 23, "%", "năm 2022"),
        subject="chứng thực chữ ký người dịch của các phòng tư pháp cấp huyện", period=Y23),
    fig("có 64 cộng tác viên", "64", 64, "count", "cộng tác viên", subject="cộng tác viên dịch thuật",
        period=Y23),
]

NOTES = [
    "Provincial newspaper (Báo Hải Dương): section menu, 'Thứ Hai, 18/03/2024 | 16:05', sapo, tag '(HDO) -', byline at the end.",
    "TP Hải Dương and the province share the name: location 'Hải Dương' for all figures (the company is in the city).",
    "'gần ba chục cơ sở' = 30, approx nearly; 'gấp đôi so với năm 2019' → change ×2 (lần) with baseline năm 2019.",
    "'Mỗi tháng … khoảng 2.500 trang' → measure trang/tháng. 'trong đó hơn 60% là …' is a percent figure of its own (no amount).",
    "'trả thêm 30%' is a surcharge, a percent figure with no change object. Prices keep the denominator (đồng/trang).",
    "The quote's 'Năm 2023 … gần 3,2 tỷ đồng, tăng 35% so với năm trước'; 'quý I năm nay' → Q1 2024 (year of published).",
    "'năm 2023 …; toàn tỉnh có 64 cộng tác viên' → the period of the sentence covers the count too.",
    "Distractors: '16:05', 'Nguyễn Lương Bằng' (no digits), 'năm 2019' and 'năm 2022' as baselines, 'Thứ Hai'.",
]

if __name__ == "__main__":
    write("p1439-4", TEXT, NOTES, FIGS, published="2024-03-18", location="Hải Dương")
