"""p796-4: Bộ NN&PTNT site — national persimmon area, output, dried-persimmon exports, 2030 targets (11/2024)."""
from lib import Fig, write, year, asof, period, inherit, change

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt
Phát triển cây hồng thành cây hàng hóa ở vùng cao
Ngày đăng: 05/11/2024 | Lượt xem: 1.206

Theo Cục Trồng trọt, đến hết năm 2023 cả nước có khoảng 13.600 ha hồng, trong đó diện tích cho sản phẩm đạt 10.900 ha; sản lượng năm 2023 đạt 142.000 tấn, tăng 4,8% so với năm 2022.

Cây hồng được trồng tại 28 tỉnh, thành phố, tập trung chủ yếu ở vùng Trung du miền núi phía Bắc và Tây Nguyên. Các địa phương có diện tích lớn nhất lần lượt là Lâm Đồng (2.050 ha), Hà Giang (1.720 ha), Cao Bằng (1.340 ha) và Lạng Sơn (1.180 ha); diện tích của các tỉnh này chiếm 46,2% tổng diện tích hồng cả nước.

Cả nước hiện có trên 320 cơ sở sấy, chế biến hồng, chủ yếu quy mô hộ gia đình; sản lượng hồng sấy, hồng treo gió năm 2023 ước khoảng 6.800 tấn. Năm 2023, Việt Nam xuất khẩu 1.250 tấn hồng sấy sang Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc), kim ngạch đạt 9,6 triệu USD, gấp 1,5 lần năm 2022. Trong 9 tháng đầu năm 2024, xuất khẩu hồng sấy đạt 1.020 tấn, trị giá 7,9 triệu USD, tăng 18,5% so với cùng kỳ.

Giá hồng tươi năm nay dao động 15.000-35.000 đồng/kg tùy giống; hồng treo gió có giá cao nhất, từ 380.000 đến 500.000 đồng/kg. Hiện có 46 vùng trồng hồng đã được cấp mã số, tổng diện tích 2.140 ha.

Theo Quyết định số 1748/QĐ-BNN-TT ngày 25/4/2024, đến năm 2030 cả nước phấn đấu duy trì khoảng 15.000 ha hồng, trong đó 30% diện tích được cấp mã số vùng trồng, sản lượng đạt 180.000 tấn.

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

P_END23 = asof("đến hết năm 2023", "2023-12-31")
P23 = year("năm 2023", 2023)
P23b = year("Năm 2023", 2023)
P9M = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
P_NAMNAY = year("năm nay", 2024)
P2030 = asof("đến năm 2030", "2030-12-31")

FIGS = [
    Fig("khoảng 13.600 ha", "13.600", 13600, "measure", "ha", "diện tích hồng", P_END23, approx="about"),
    Fig("đạt 10.900 ha", "10.900", 10900, "measure", "ha", "diện tích hồng cho sản phẩm", P_END23, total=13600),
    Fig("142.000 tấn", "142.000", 142000, "measure", "tấn", "sản lượng hồng", P23,
        change=change("increase", 4.8, "%", "năm 2022")),
    Fig("tại 28 tỉnh, thành phố", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố trồng hồng"),
    Fig("Lâm Đồng (2.050 ha)", "2.050", 2050, "measure", "ha", "diện tích hồng", inherit(P_END23),
        location="Lâm Đồng"),
    Fig("Hà Giang (1.720 ha)", "1.720", 1720, "measure", "ha", "diện tích hồng", inherit(P_END23),
        location="Hà Giang"),
    Fig("Cao Bằng (1.340 ha)", "1.340", 1340, "measure", "ha", "diện tích hồng", inherit(P_END23),
        location="Cao Bằng"),
    Fig("Lạng Sơn (1.180 ha)", "1.180", 1180, "measure", "ha", "diện tích hồng", inherit(P_END23),
        location="Lạng Sơn"),
    Fig("chiếm 46,2%", "46,2", 46.2, "percent", "%",
        "diện tích hồng của các tỉnh này trong tổng diện tích hồng cả nước", inherit(P_END23)),
    Fig("trên 320 cơ sở", "320", 320, "count", "cơ sở", "cơ sở sấy, chế biến hồng", approx="over"),
    Fig("khoảng 6.800 tấn", "6.800", 6800, "measure", "tấn", "sản lượng hồng sấy, hồng treo gió", P23,
        approx="about", status="estimate"),
    Fig("xuất khẩu 1.250 tấn", "1.250", 1250, "measure", "tấn", "hồng sấy xuất khẩu", P23b),
    Fig("đạt 9,6 triệu USD", "9,6", 9.6e6, "money", "USD", "kim ngạch xuất khẩu hồng sấy", P23b,
        change=change("increase", 1.5, "lần", "năm 2022")),
    Fig("đạt 1.020 tấn", "1.020", 1020, "measure", "tấn", "xuất khẩu hồng sấy", P9M),
    Fig("trị giá 7,9 triệu USD", "7,9", 7.9e6, "money", "USD", "trị giá xuất khẩu hồng sấy", P9M,
        change=change("increase", 18.5, "%", "cùng kỳ")),
    Fig("15.000-35.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá hồng tươi", P_NAMNAY, value_max=35000),
    Fig("từ 380.000 đến 500.000 đồng/kg", "380.000", 380000, "money", "đồng/kg", "giá hồng treo gió", P_NAMNAY,
        value_max=500000),
    Fig("có 46 vùng", "46", 46, "count", "vùng trồng", "vùng trồng hồng đã được cấp mã số"),
    Fig("tổng diện tích 2.140 ha", "2.140", 2140, "measure", "ha",
        "tổng diện tích vùng trồng hồng được cấp mã số"),
    Fig("khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích hồng", P2030, approx="about",
        status="target"),
    Fig("30% diện tích", "30", 30, "percent", "%", "diện tích hồng được cấp mã số vùng trồng", P2030,
        status="target"),
    Fig("180.000 tấn", "180.000", 180000, "measure", "tấn", "sản lượng hồng", P2030, status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt): national persimmon area and output, top provinces, dried-persimmon exports, 2030 targets.",
    "National figures: location Việt Nam; the list 'lần lượt là Lâm Đồng (2.050 ha) ...' gives each item its province, no total",
    "(the four do not add up to a whole stated before them). 'chiếm 46,2%' is the share of the four together, not of Lạng Sơn: a figure of its own.",
    "'gấp 1,5 lần năm 2022' after kim ngạch is its change (unit lần). 'tăng 18,5% so với cùng kỳ' belongs to 7,9 triệu USD, the figure before it.",
    "Trade partners (Nhật Bản, Hàn Quốc, Đài Loan) are not locations. Not figures: Quyết định số 1748/QĐ-BNN-TT, address 'Số 2 Ngọc Hà',",
    "phone, 'Lượt xem: 1.206'. 'Hiện có 46 vùng' has no period.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2024-11-05", location="Việt Nam")
