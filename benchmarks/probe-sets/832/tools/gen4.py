"""p832-4: ministry site (Bộ NN&PTNT) — national medicinal plants under forest canopy, ginseng area by province, 2030 targets."""
from lib import F, P, Y, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp
Ngày đăng: 22/05/2023 | Lượt xem: 1.147

Phát triển sâm và dược liệu dưới tán rừng: sinh kế bền vững cho đồng bào miền núi

Theo Cục Lâm nghiệp, tính đến hết năm 2022, cả nước có khoảng 21.800 ha cây dược liệu được trồng dưới tán rừng tại 38 tỉnh, thành phố, trong đó các loại sâm đạt 4.650 ha. Địa phương có diện tích sâm lớn nhất là Quảng Nam (1.420 ha), tiếp đến là Kon Tum (1.310 ha), Lai Châu (1.180 ha) và Lâm Đồng (215 ha).

Năm 2022, tổng giá trị sản phẩm dược liệu khai thác từ dưới tán rừng đạt khoảng 3.200 tỷ đồng, tăng 15% so với năm 2021. Riêng sâm Ngọc Linh chiếm khoảng 62% giá trị này. Thu nhập từ trồng dược liệu dưới tán rừng bình quân đạt 150-200 triệu đồng/ha/năm. Con số này gấp 5-7 lần so với trồng rừng gỗ nguyên liệu. Hiện có hơn 9.500 hộ đồng bào dân tộc thiểu số tham gia trồng dược liệu và nhận khoán bảo vệ trên 85.000 ha rừng.

Với 5 loài sâm bản địa, Việt Nam đứng thứ 2 thế giới về đa dạng nguồn gen sâm, chỉ sau Trung Quốc.

Theo Chương trình phát triển sâm Việt Nam ban hành kèm Quyết định số 286/QĐ-TTg, đến năm 2030 cả nước đạt khoảng 15.000 ha sâm, trong đó sâm Ngọc Linh 8.000 ha; sản lượng sâm củ tươi đạt 700 tấn/năm. Cục Lâm nghiệp dự kiến trong năm 2023 sẽ hướng dẫn các địa phương rà soát khoảng 120.000 ha rừng tự nhiên có điều kiện phù hợp để trồng sâm, đồng thời sửa đổi Nghị định số 156/2018/NĐ-CP theo hướng cho phép trồng dược liệu dưới tán rừng phòng hộ.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến hết năm 2022", None, "2022-12-31")
Y22 = Y(2022)
T2030 = P("đến năm 2030", None, "2030-12-31")
SAM = "diện tích sâm"

FIGS = [
    F("khoảng 21.800 ha", "21.800", 21800, "measure", "ha", "diện tích cây dược liệu trồng dưới tán rừng",
      approx="about", period=ASOF),
    F("tại 38 tỉnh", "38", 38, "count", "tỉnh, thành phố", "tỉnh, thành phố trồng dược liệu dưới tán rừng", period=ASOF),
    F("sâm đạt 4.650 ha", "4.650", 4650, "measure", "ha", "diện tích các loại sâm dưới tán rừng", total=21800,
      period=ASOF),
    F("Quảng Nam (1.420 ha)", "1.420", 1420, "measure", "ha", SAM, location="Quảng Nam",
      period={**ASOF, "inherited": True}),
    F("Kon Tum (1.310 ha)", "1.310", 1310, "measure", "ha", SAM, location="Kon Tum", period={**ASOF, "inherited": True}),
    F("Lai Châu (1.180 ha)", "1.180", 1180, "measure", "ha", SAM, location="Lai Châu", period={**ASOF, "inherited": True}),
    F("Lâm Đồng (215 ha)", "215", 215, "measure", "ha", SAM, location="Lâm Đồng", period={**ASOF, "inherited": True}),
    F("khoảng 3.200 tỷ đồng", "3.200", 3200e9, "money", "đồng", "tổng giá trị sản phẩm dược liệu khai thác từ dưới tán rừng",
      approx="about", change=C("increase", 15, "%", "năm 2021"), period=Y22),
    F("khoảng 62%", "62", 62, "percent", "%", "tỷ trọng giá trị sâm Ngọc Linh trong giá trị sản phẩm dược liệu dưới tán rừng",
      approx="about", period={**Y22, "inherited": True}),
    F("150-200 triệu đồng/ha/năm", "150", 150e6, "money", "đồng/ha/năm", "thu nhập từ trồng dược liệu dưới tán rừng",
      value_max=200e6),
    F("gấp 5-7 lần", "5", 5, "multiple", "lần", "thu nhập từ trồng dược liệu dưới tán rừng so với trồng rừng gỗ nguyên liệu",
      value_max=7),
    F("hơn 9.500 hộ", "9.500", 9500, "count", "hộ", "hộ đồng bào dân tộc thiểu số tham gia trồng dược liệu",
      approx="over"),
    F("trên 85.000 ha rừng", "85.000", 85000, "measure", "ha", "diện tích rừng nhận khoán bảo vệ", approx="over"),
    F("Với 5 loài", "5", 5, "count", "loài", "loài sâm bản địa"),
    F("đứng thứ 2 thế giới", "2", 2, "rank", "hạng", "đa dạng nguồn gen sâm"),
    F("khoảng 15.000 ha sâm", "15.000", 15000, "measure", "ha", SAM, approx="about", status="target", period=T2030),
    F("Ngọc Linh 8.000 ha", "8.000", 8000, "measure", "ha", "diện tích sâm Ngọc Linh", total=15000, status="target",
      period=T2030),
    F("đạt 700 tấn/năm", "700", 700, "measure", "tấn/năm", "sản lượng sâm củ tươi", status="target", period=T2030),
    F("khoảng 120.000 ha rừng", "120.000", 120000, "measure", "ha", "diện tích rừng tự nhiên rà soát để trồng sâm",
      approx="about", status="forecast", period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
]

NOTES = [
    "Bộ NN&PTNT site (invented): national ginseng and medicinal plants under forest canopy; 'Ngày đăng: 22/05/2023 | Lượt xem: 1.147'.",
    "National figures -> Việt Nam; the ranked province list takes each province as location, subject = the list's indicator; its items",
    "(sum 4.125) do not add up to 4.650, so no total. 'trong đó các loại sâm đạt 4.650 ha' is a part of the 21.800 ha.",
    "'Riêng sâm Ngọc Linh chiếm khoảng 62% giá trị này' states no base amount: a percent figure. 'Con số này gấp 5-7 lần …' stands as its own",
    "sentence: a multiple. 'chỉ sau Trung Quốc' is not a place of the figure.",
    "Distractors: Lượt xem 1.147, Quyết định số 286/QĐ-TTg, Nghị định số 156/2018/NĐ-CP, 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "'đến năm 2030 cả nước đạt …' are targets (a national programme's goals, 'đến năm 2030 … đạt'); 'dự kiến' -> forecast.",
]

write(4, TEXT, FIGS, NOTES, published="2023-05-22", location="Việt Nam")
