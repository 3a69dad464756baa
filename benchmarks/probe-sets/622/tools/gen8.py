"""p622-8: Ban Quản lý các KCN tỉnh Hải Dương site, year 2023: projects, disbursement, land, promotion, 2024 targets."""
from lib import F, P, I, CH, emit

TEXT = """BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HẢI DƯƠNG
Tin tức › Tin hoạt động

Năm 2023, các KCN Hải Dương giải ngân khoảng 1,12 tỷ USD

22/01/2024 08:45

Năm 2023, các khu công nghiệp trên địa bàn tỉnh Hải Dương thu hút 36 dự án mới (gồm 22 dự án FDI và 14 dự án trong nước) với tổng vốn đăng ký 1,38 tỷ USD; 41 lượt dự án điều chỉnh vốn, tăng thêm 412,6 triệu USD. Riêng 14 dự án trong nước có tổng vốn đăng ký 4.685 tỷ đồng, tăng 27,1% so với năm 2022.

Dẫn đầu về thu hút vốn là KCN Lai Cách (285 triệu USD), KCN Cẩm Điền - Lương Điền (214 triệu USD) và KCN Phú Thái (173,5 triệu USD).

Vốn thực hiện của các nhà đầu tư trong năm đạt khoảng 1,12 tỷ USD, bằng 62,5% tổng vốn đăng ký mới và tăng thêm. Các doanh nghiệp đã thuê 186,9 ha đất công nghiệp, nâng tỷ lệ lấp đầy bình quân của 11 KCN đang hoạt động lên 71,3%; suất đầu tư bình quân đạt 7,4 triệu USD/ha.

Về xúc tiến đầu tư, trong năm Ban đã tiếp và làm việc với 87 đoàn nhà đầu tư, phối hợp tổ chức 4 hội nghị xúc tiến đầu tư tại Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc). Ban cũng chấm dứt hoạt động 3 dự án, thu hồi 9,8 ha đất.

Năm 2024, Ban phấn đấu thu hút khoảng 1,5 tỷ USD vốn đầu tư mới và tăng thêm, tỷ lệ giải ngân đạt từ 60 đến 65% vốn đăng ký.

Địa chỉ: Tầng 3, số 9 Đại lộ Hồ Chí Minh, TP Hải Dương. Điện thoại: 0220.3852.245.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YR = P("trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giải ngân khoảng 1,12 tỷ USD", "1,12", 1.12e9, "money", "USD", "vốn giải ngân các KCN", Y23, approx="about"),
    F("thu hút 36 dự án", "36", 36, "count", "dự án", "dự án mới các khu công nghiệp thu hút", Y23),
    F("gồm 22 dự án", "22", 22, "count", "dự án", "dự án FDI", Y23, total=36),
    F("và 14 dự án trong nước)", "14", 14, "count", "dự án", "dự án trong nước", Y23, total=36),
    F("1,38 tỷ USD", "1,38", 1.38e9, "money", "USD", "tổng vốn đăng ký", Y23),
    F("41 lượt", "41", 41, "count", "lượt dự án", "dự án điều chỉnh vốn", Y23),
    F("412,6 triệu USD", "412,6", 412.6e6, "money", "USD", "vốn tăng thêm", Y23),
    F("Riêng 14 dự án", "14", 14, "count", "dự án", "dự án trong nước", I(Y23)),
    F("4.685 tỷ đồng", "4.685", 4685e9, "money", "đồng", "tổng vốn đăng ký dự án trong nước", I(Y23),
      change=CH("increase", 27.1, "%", "năm 2022")),
    F("(285 triệu USD)", "285", 285e6, "money", "USD", "vốn thu hút KCN Lai Cách", I(Y23)),
    F("(214 triệu USD)", "214", 214e6, "money", "USD", "vốn thu hút KCN Cẩm Điền - Lương Điền", I(Y23)),
    F("(173,5 triệu USD)", "173,5", 173.5e6, "money", "USD", "vốn thu hút KCN Phú Thái", I(Y23)),
    F("đạt khoảng 1,12 tỷ USD", "1,12", 1.12e9, "money", "USD", "vốn thực hiện của các nhà đầu tư", YR,
      approx="about", percent=62.5),
    F("thuê 186,9 ha", "186,9", 186.9, "measure", "ha", "đất công nghiệp doanh nghiệp đã thuê", I(Y23)),
    F("của 11 KCN", "11", 11, "count", "KCN", "KCN đang hoạt động"),
    F("lên 71,3%", "71,3", 71.3, "percent", "%", "tỷ lệ lấp đầy bình quân"),
    F("7,4 triệu USD/ha", "7,4", 7.4e6, "money", "USD/ha", "suất đầu tư bình quân"),
    F("với 87 đoàn", "87", 87, "count", "đoàn nhà đầu tư", "đoàn nhà đầu tư Ban đã tiếp và làm việc", YR),
    F("tổ chức 4 hội nghị", "4", 4, "count", "hội nghị", "hội nghị xúc tiến đầu tư phối hợp tổ chức", YR),
    F("chấm dứt hoạt động 3 dự án", "3", 3, "count", "dự án", "dự án chấm dứt hoạt động", I(Y23)),
    F("thu hồi 9,8 ha", "9,8", 9.8, "measure", "ha", "đất thu hồi", I(Y23)),
    F("khoảng 1,5 tỷ USD", "1,5", 1.5e9, "money", "USD", "vốn đầu tư mới và tăng thêm thu hút", Y24,
      approx="about", status="target"),
    F("từ 60 đến 65%", "60", 60, "percent", "%", "tỷ lệ giải ngân", Y24, value_max=65, status="target"),
]

COMMENTS = [
    "Ban Quản lý các KCN tỉnh Hải Dương site: kết quả thu hút đầu tư vào KCN năm 2023 (dự án, vốn, giải ngân, đất, XTĐT, mục tiêu 2024).",
    "Dateline '22/01/2024 08:45'. 'Tầng 3, số 9 Đại lộ Hồ Chí Minh', the phone number are not figures.",
    "'(gồm 22 dự án FDI và 14 dự án trong nước)' is a bracketed breakdown that adds up to 36 → total 36. 'Riêng 14 dự án trong nước'",
    "repeats the part: a count again (no cue: no total). KCN names stay in the subject (not places); location Hải Dương throughout.",
    "'bằng 62,5% tổng vốn đăng ký mới và tăng thêm' → percent of 1,12 tỷ USD. 'trong năm' = 2023 (year of the lead).",
    "'Năm 2024, Ban phấn đấu …' → target for both clauses; '60 đến 65%' a range.",
]

if __name__ == "__main__":
    emit("p622-8", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Hải Dương")
