"""p1450-1: province portal (Bắc Ninh): làng nghề giấy Phong Khê, 9 tháng 2024; a tissue mill in CCN Phong Khê 1."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng nghề giấy Phong Khê: 9 tháng ước đạt gần 320 nghìn tấn

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo UBND thành phố Bắc Ninh, 9 tháng đầu năm 2024, các doanh nghiệp và hộ sản xuất tại làng nghề giấy Phong Khê ước sản xuất 318,5 nghìn tấn giấy các loại, tăng 7,4% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Trong đó, giấy vệ sinh, giấy ăn và khăn giấy khoảng 142 nghìn tấn; giấy bao bì, giấy đế khoảng 176,5 nghìn tấn.

Hiện làng nghề có 126 doanh nghiệp và hơn 300 hộ sản xuất giấy, sử dụng khoảng 4.800 lao động, thu nhập bình quân từ 7 đến 9 triệu đồng/người/tháng. Riêng dòng giấy tissue có 38 doanh nghiệp với 52 dây chuyền xeo, tổng công suất khoảng 210.000 tấn/năm.

Tại Cụm công nghiệp Phong Khê 1, Công ty TNHH Giấy Minh Khang vừa đưa vào vận hành dây chuyền giấy tissue thứ ba, công suất 60 tấn/ngày, tổng vốn đầu tư khoảng 185 tỷ đồng. Từ đầu năm đến nay, công ty tiêu thụ 11.200 tấn giấy cuộn lớn, doanh thu đạt 215 tỷ đồng, tăng 18% so với cùng kỳ.

Về môi trường, lượng nước thải của làng nghề khoảng 6.500 m3/ngày đêm, trong khi nhà máy xử lý nước thải tập trung mới xử lý được 5.000 m3/ngày đêm, đạt khoảng 77%. Quý IV, thành phố phấn đấu di dời thêm ba chục hộ sản xuất ra khỏi khu dân cư; cả năm sản lượng giấy của làng nghề phấn đấu đạt 420 nghìn tấn.

Tin liên quan:
- Khởi công tuyến đường nối Quốc lộ 18 với Cụm công nghiệp Phong Khê 2
- Bắc Ninh: Hội nghị đối thoại doanh nghiệp quý III/2024
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ước đạt gần 320 nghìn", "320", 320e3, "measure", "tấn", approx="nearly", status="estimate",
        subject="làng nghề giấy Phong Khê", period=H9),
    fig("ước sản xuất 318,5 nghìn", "318,5", 318.5e3, "measure", "tấn", percent=76, status="estimate",
        change=chg("increase", 7.4, "%", "cùng kỳ năm 2023"),
        subject="giấy các loại các doanh nghiệp và hộ sản xuất tại làng nghề giấy Phong Khê sản xuất", period=NINE),
    fig("khoảng 142 nghìn", "142", 142e3, "measure", "tấn", approx="about", total=318.5e3, status="estimate",
        subject="giấy vệ sinh, giấy ăn và khăn giấy", period=inh(NINE)),
    fig("khoảng 176,5 nghìn", "176,5", 176.5e3, "measure", "tấn", approx="about", total=318.5e3, status="estimate",
        subject="giấy bao bì, giấy đế", period=inh(NINE)),
    fig("có 126 doanh nghiệp", "126", 126, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giấy của làng nghề"),
    fig("hơn 300 hộ", "300", 300, "count", "hộ", approx="over", subject="hộ sản xuất giấy của làng nghề"),
    fig("khoảng 4.800 lao động", "4.800", 4800, "count", "lao động", approx="about",
        subject="lao động làng nghề sử dụng"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân lao động làng nghề"),
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", subject="doanh nghiệp dòng giấy tissue"),
    fig("với 52 dây chuyền", "52", 52, "count", "dây chuyền", subject="dây chuyền xeo giấy tissue"),
    fig("khoảng 210.000 tấn/năm", "210.000", 210000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất dòng giấy tissue"),
    fig("công suất 60 tấn/ngày", "60", 60, "measure", "tấn/ngày",
        subject="công suất dây chuyền giấy tissue Công ty TNHH Giấy Minh Khang vừa đưa vào vận hành"),
    fig("khoảng 185 tỷ", "185", 185e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dây chuyền giấy tissue"),
    fig("tiêu thụ 11.200 tấn", "11.200", 11200, "measure", "tấn",
        subject="giấy cuộn lớn công ty tiêu thụ", period=YTD),
    fig("đạt 215 tỷ", "215", 215e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=YTD),
    fig("khoảng 6.500 m3", "6.500", 6500, "measure", "m3/ngày đêm", approx="about",
        subject="lượng nước thải của làng nghề"),
    fig("được 5.000 m3", "5.000", 5000, "measure", "m3/ngày đêm", percent=77,
        subject="nước thải nhà máy xử lý nước thải tập trung xử lý được"),
    fig("thêm ba chục hộ", "ba chục", 30, "count", "hộ", status="target",
        subject="hộ sản xuất di dời ra khỏi khu dân cư", period=Q4),
    fig("đạt 420 nghìn", "420", 420e3, "measure", "tấn", status="target",
        subject="sản lượng giấy của làng nghề", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, 'Cụm công nghiệp Phong Khê 1/2', 'Quốc lộ 18', 'quý III/2024' in a link, ordinal 'dây chuyền ... thứ ba'.",
    "Phong Khê is a ward of TP Bắc Ninh: location 'Bắc Ninh' throughout (city and province share the name).",
    "'ước sản xuất ...' → estimate; parts after 'Trong đó' (new sentence) take total 318,5 nghìn and the whole's estimate status.",
    "'Riêng dòng giấy tissue có 38 doanh nghiệp' has no part-of cue ('riêng' is not one): no total.",
    "'đạt khoảng 77%' after 5.000 m3/ngày đêm → percent attribute 77. 'ba chục hộ' = 30 (number word).",
    "Year-less 'Quý IV', 'cả năm', headline '9 tháng' take 2024; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
]

if __name__ == "__main__":
    write("p1450-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
