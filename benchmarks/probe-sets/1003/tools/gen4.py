"""p1003-4: NHCSXH head-office site, national: 17 years of Quyết định 157 (dateline 27/09/2024)."""
from lib import F, P, I, C, write

TEXT = """NGÂN HÀNG CHÍNH SÁCH XÃ HỘI
Trang chủ / Tin tức / Hoạt động ngành
Ngày đăng: 27/09/2024 | Lượt xem: 1.870

17 năm thực hiện tín dụng học sinh, sinh viên: hơn 4,1 triệu lượt học sinh, sinh viên được vay vốn

Ngày 26/9/2024, tại Hà Nội, NHCSXH tổ chức Hội nghị sơ kết 17 năm thực hiện Quyết định số 157/2007/QĐ-TTg về tín dụng đối với học sinh, sinh viên (HSSV). Chương trình được triển khai tại 63/63 tỉnh, thành phố.

Tính đến ngày 31/8/2024, NHCSXH đã cho vay hơn 4,1 triệu lượt HSSV với doanh số cho vay đạt 89.560 tỷ đồng; doanh số thu nợ đạt 74.692 tỷ đồng. Tổng dư nợ chương trình đạt 14.868 tỷ đồng với gần 296.000 khách hàng còn dư nợ; tỷ lệ nợ quá hạn chỉ còn 0,29%, giảm mạnh so với mức 13,6% năm 2007. Các địa phương có dư nợ lớn nhất lần lượt là Thanh Hóa, Nghệ An và Hà Tĩnh với 1.053 tỷ đồng, 986 tỷ đồng và 612 tỷ đồng.

Riêng năm 2023, doanh số cho vay đạt 5.126 tỷ đồng, tăng 21,4% so với năm 2022, với 142.300 lượt HSSV được vay. Theo Quyết định số 05/2022/QĐ-TTg, mức cho vay đã được nâng từ 2,5 triệu đồng lên 4 triệu đồng/tháng/HSSV, lãi suất 0,55%/tháng.

Nguồn vốn đã giúp trên 3,8 triệu HSSV hoàn thành khóa học, trong đó khoảng 3,2 triệu người đã có việc làm ổn định.

Năm 2025, NHCSXH đặt mục tiêu tăng trưởng dư nợ chương trình khoảng 10%, giữ tỷ lệ nợ quá hạn dưới 0,3%.

Trụ sở: Số 169 Linh Đường, phường Hoàng Liệt, quận Hoàng Mai, Hà Nội
"""

NOTES = [
    "NHCSXH (Vietnam Bank for Social Policies) head-office site, national figures (Việt Nam). 'Ngày đăng: 27/09/2024 | Lượt xem: 1.870'.",
    "Not figures: '17 năm thực hiện' (headline and conference name: a duration that only locates the figures in time), 'Ngày 26/9/2024',",
    "Quyết định số 157/2007/QĐ-TTg and 05/2022/QĐ-TTg, the view counter, the address 'Số 169 Linh Đường'. 'tại Hà Nội' is the venue only.",
    "The headline's 4,1 triệu takes its as-of date from the body (inherited). 'giảm mạnh so với mức 13,6% năm 2007' has no change",
    "value: 13,6% is a figure of its own (năm 2007). 'lần lượt' list: provinces are locations, subject 'dư nợ'. 'nâng từ 2,5 triệu",
    "đồng lên 4 triệu đồng' gives two figures and no change value. 3,2 triệu follows 'trong đó' after 3,8 triệu (same people): total.",
]

ASOF = P("Tính đến ngày 31/8/2024", end="2024-08-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Y23 = P("Riêng năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 4,1 triệu lượt học sinh", "4,1", 4.1e6, "count", "lượt học sinh, sinh viên",
      "lượt học sinh, sinh viên được vay vốn", I(ASOF), approx="over"),
    F("63/63 tỉnh, thành phố", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai chương trình", total=63),
    F("hơn 4,1 triệu lượt HSSV", "4,1", 4.1e6, "count", "lượt HSSV", "lượt HSSV được vay", ASOF, approx="over"),
    F("đạt 89.560 tỷ đồng", "89.560", 89560e9, "money", "đồng", "doanh số cho vay", ASOF),
    F("đạt 74.692 tỷ đồng", "74.692", 74692e9, "money", "đồng", "doanh số thu nợ", ASOF),
    F("đạt 14.868 tỷ đồng", "14.868", 14868e9, "money", "đồng", "tổng dư nợ chương trình", I(ASOF)),
    F("gần 296.000 khách hàng", "296.000", 296000, "count", "khách hàng", "khách hàng còn dư nợ", I(ASOF),
      approx="nearly"),
    F("còn 0,29%", "0,29", 0.29, "percent", "%", "tỷ lệ nợ quá hạn", I(ASOF)),
    F("mức 13,6% năm 2007", "13,6", 13.6, "percent", "%", "tỷ lệ nợ quá hạn",
      P("năm 2007", "2007-01-01", "2007-12-31")),
    F("với 1.053 tỷ đồng", "1.053", 1053e9, "money", "đồng", "dư nợ", I(ASOF), location="Thanh Hóa"),
    F("986 tỷ đồng", "986", 986e9, "money", "đồng", "dư nợ", I(ASOF), location="Nghệ An"),
    F("và 612 tỷ đồng", "612", 612e9, "money", "đồng", "dư nợ", I(ASOF), location="Hà Tĩnh"),
    F("đạt 5.126 tỷ đồng", "5.126", 5126e9, "money", "đồng", "doanh số cho vay", Y23,
      change=C("increase", 21.4, "%", "năm 2022")),
    F("với 142.300 lượt", "142.300", 142300, "count", "lượt HSSV", "lượt HSSV được vay", Y23),
    F("từ 2,5 triệu đồng", "2,5", 2.5e6, "money", "đồng", "mức cho vay trước khi nâng"),
    F("lên 4 triệu đồng/tháng/HSSV", "4", 4e6, "money", "đồng/tháng/HSSV", "mức cho vay"),
    F("lãi suất 0,55%/tháng", "0,55", 0.55, "percent", "%", "lãi suất cho vay"),
    F("trên 3,8 triệu HSSV", "3,8", 3.8e6, "count", "HSSV", "HSSV hoàn thành khóa học", approx="over"),
    F("khoảng 3,2 triệu người", "3,2", 3.2e6, "count", "người", "người đã có việc làm ổn định", approx="about",
      total=3.8e6),
    F("khoảng 10%", "10", 10, "percent", "%", "tăng trưởng dư nợ chương trình", Y25, approx="about", status="target"),
    F("dưới 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ nợ quá hạn", Y25, approx="under", status="target"),
]

write("p1003-4", TEXT, NOTES, FIGS, published="2024-09-27", location="Việt Nam")
