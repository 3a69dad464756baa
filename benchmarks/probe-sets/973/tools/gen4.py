from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt
Tây Nguyên đã tái canh hơn 200 nghìn ha cà phê
Ngày đăng: 22/11/2023 | Lượt xem: 1.027

(MARD) - Theo Cục Trồng trọt, sau gần 10 năm thực hiện Đề án tái canh cà phê các tỉnh vùng Tây Nguyên ban hành kèm Quyết định số 4424/QĐ-BNN-TT, diện tích cà phê già cỗi đã giảm mạnh. Cả nước hiện có khoảng 710.000 ha cà phê, trong đó vùng Tây Nguyên chiếm khoảng 91%.

Giai đoạn 2014-2020, các tỉnh Tây Nguyên đã tái canh được 152.760 ha, vượt 9,1% so với mục tiêu Đề án (140.000 ha). Từ năm 2021 đến hết tháng 10/2023, vùng tái canh thêm 49.380 ha. Tính chung đến hết tháng 10/2023, tổng diện tích tái canh toàn vùng đạt hơn 202.000 ha. Trong đó, Đắk Lắk dẫn đầu với 68.450 ha, tiếp đến là Lâm Đồng 61.200 ha, Gia Lai 32.870 ha, Đắk Nông 30.150 ha và Kon Tum 9.470 ha.

Nhờ sử dụng giống mới, năng suất cà phê bình quân toàn vùng niên vụ 2022-2023 đạt 2,85 tấn/ha, tăng 0,45 tấn/ha so với niên vụ 2013-2014; sản lượng đạt khoảng 1,78 triệu tấn. Trong 10 tháng năm 2023, cả nước xuất khẩu 1,38 triệu tấn cà phê, kim ngạch ước đạt 3,36 tỷ USD, tăng 3,2% so với cùng kỳ. Việt Nam tiếp tục là nước xuất khẩu cà phê lớn thứ 2 thế giới.

Mục tiêu đến năm 2025, toàn vùng tái canh thêm 57.000 ha, trong đó ghép cải tạo khoảng 18.000 ha; phấn đấu năng suất bình quân đạt 3 tấn/ha trở lên.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

TN = "Tây Nguyên"
ASOF = P("đến hết tháng 10/2023", None, "2023-10-31")
NV = P("niên vụ 2022-2023", "2022-10-01", "2023-09-30")
M10 = P("Trong 10 tháng năm 2023", "2023-01-01", "2023-10-31")
TG = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("hơn 200 nghìn ha", "200", 200000, "measure", "ha", "diện tích cà phê tái canh", approx="over", location=TN),
    F("sau gần 10 năm", "10", 10, "measure", "năm", "thời gian thực hiện Đề án tái canh", approx="nearly", optional=True),
    F("khoảng 710.000 ha", "710.000", 710000, "measure", "ha", "diện tích cà phê cả nước", approx="about"),
    F("chiếm khoảng 91%", "91", 91, "percent", "%", "tỷ trọng diện tích cà phê vùng Tây Nguyên", approx="about", location=TN),
    F("được 152.760 ha", "152.760", 152760, "measure", "ha", "diện tích cà phê tái canh", P("Giai đoạn 2014-2020", "2014-01-01", "2020-12-31"),
      change=C("increase", 9.1, baseline="mục tiêu Đề án"), target=T(140000, "ha", True), location=TN),
    F("thêm 49.380 ha", "49.380", 49380, "measure", "ha", "diện tích cà phê tái canh thêm",
      P("Từ năm 2021 đến hết tháng 10/2023", "2021-01-01", "2023-10-31"), location=TN),
    F("hơn 202.000 ha", "202.000", 202000, "measure", "ha", "tổng diện tích tái canh toàn vùng",
      P("Tính chung đến hết tháng 10/2023", None, "2023-10-31"), approx="over", location=TN),
]
for anchor, num, val, loc in [("dẫn đầu với 68.450 ha", "68.450", 68450, "Đắk Lắk"),
                              ("Lâm Đồng 61.200 ha", "61.200", 61200, "Lâm Đồng"),
                              ("Gia Lai 32.870 ha", "32.870", 32870, "Gia Lai"),
                              ("Đắk Nông 30.150 ha", "30.150", 30150, "Đắk Nông"),
                              ("Kon Tum 9.470 ha", "9.470", 9470, "Kon Tum")]:
    FIGS.append(F(anchor, num, val, "measure", "ha", "diện tích cà phê tái canh", I(ASOF), total=202000, location=loc))
FIGS += [
    F("đạt 2,85 tấn/ha", "2,85", 2.85, "measure", "tấn/ha", "năng suất cà phê bình quân toàn vùng", NV,
      change=C("increase", 0.45, "tấn/ha", "niên vụ 2013-2014"), location=TN),
    F("khoảng 1,78 triệu tấn", "1,78", 1.78e6, "measure", "tấn", "sản lượng cà phê", NV, approx="about", location=TN),
    F("xuất khẩu 1,38 triệu tấn", "1,38", 1.38e6, "measure", "tấn", "cà phê xuất khẩu", M10),
    F("ước đạt 3,36 tỷ USD", "3,36", 3.36e9, "money", "USD", "kim ngạch xuất khẩu cà phê", M10,
      change=C("increase", 3.2, baseline="cùng kỳ"), status="estimate"),
    F("lớn thứ 2 thế giới", "2", 2, "rank", "hạng", "nước xuất khẩu cà phê trên thế giới"),
    F("thêm 57.000 ha", "57.000", 57000, "measure", "ha", "diện tích cà phê tái canh thêm", TG, status="target", location=TN),
    F("khoảng 18.000 ha", "18.000", 18000, "measure", "ha", "diện tích ghép cải tạo", TG, approx="about", total=57000,
      status="target", location=TN),
    F("đạt 3 tấn/ha trở lên", "3", 3, "measure", "tấn/ha", "năng suất cà phê bình quân", TG, approx="at_least",
      status="target", location=TN),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): coffee replanting in the Central Highlands 2014-10/2023, national area and exports, 2025 targets.",
    "Regional figures get location 'Tây Nguyên' (the region the figure describes; neither a province nor national); national ones 'Việt Nam'.",
    "'vượt 9,1% so với mục tiêu Đề án (140.000 ha)': change against the target baseline + target 140.000 ha met.",
    "Province list after 'Trong đó' following 'hơn 202.000 ha' adds up to 202.140: total 202000 (the whole as written).",
    "'niên vụ 2022-2023' is the coffee crop year, 1 Oct 2022 - 30 Sep 2023. '3 tấn/ha trở lên' = at_least. 'sau gần 10 năm' is a duration (optional).",
    "Distractors: 'Quyết định số 4424/QĐ-BNN-TT', '(MARD)', 'Lượt xem: 1.027', 'Số 2 Ngọc Hà', phone, baseline 'niên vụ 2013-2014'.",
]

write(4, TEXT, FIGS, NOTES, published="2023-11-22", location="Việt Nam")
