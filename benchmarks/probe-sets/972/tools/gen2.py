"""p972-2: Thoại Sơn district portal (An Giang), tổ hợp tác lúa giống xã Vĩnh Chánh, vụ Đông Xuân 2023-2024."""
from lib import F, C, T, P, I, year, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THOẠI SƠN
Tin tức > Kinh tế - Nông nghiệp > Tin từ các xã

Tổ hợp tác lúa giống Vĩnh Chánh lãi cao vụ Đông Xuân

Đăng ngày: 18-03-2024 10:20

Vụ Đông Xuân 2023-2024, Tổ hợp tác sản xuất lúa giống ấp Trung Bình Tiến, xã Vĩnh Chánh có 38 thành viên tham gia với diện tích 212 ha, tăng 27 ha so với vụ trước. Các giống chủ lực là OM 18, Đài Thơm 8 và OM 5451, trong đó Đài Thơm 8 chiếm khoảng 60% diện tích.

Nhờ áp dụng quy trình "1 phải 5 giảm" và sử dụng giống nguyên chủng do Trung tâm Giống nông nghiệp tỉnh cung cấp, năng suất lúa giống đạt bình quân 7,8 tấn/ha, có ruộng đạt trên 8,5 tấn/ha. Toàn bộ sản lượng khoảng 1.650 tấn được Công ty TNHH Giống cây trồng Miền Tây bao tiêu với giá 9.200 đồng/kg, cao hơn giá lúa tươi thương phẩm cùng thời điểm 1.000 đồng/kg.

Sau khi trừ chi phí khoảng 25 triệu đồng/ha, mỗi ha lúa giống các thành viên lãi từ 42 đến 47 triệu đồng. Mức lợi nhuận này gấp 1,5 lần so với sản xuất lúa thương phẩm.

Theo UBND xã Vĩnh Chánh, toàn xã hiện có 3 tổ hợp tác và 1 hợp tác xã sản xuất lúa giống với tổng diện tích 640 ha, chiếm 12,4% diện tích gieo trồng của xã. Năm 2024, xã phấn đấu nâng diện tích lúa giống lên 800 ha, trong đó 100% diện tích được chứng nhận giống xác nhận cấp 1.

Ông Lê Văn Hai, Phó Chủ tịch UBND huyện cho biết, theo Nghị quyết số 12/2023/NQ-HĐND của HĐND tỉnh, các tổ hợp tác được hỗ trợ 50% chi phí chứng nhận chất lượng giống. Nông dân cần tư vấn có thể liên hệ Phòng Nông nghiệp và PTNT huyện, số 06 Nguyễn Huệ, thị trấn Núi Sập, điện thoại 0296.3878.214.

Ngọc Hân (Xã Vĩnh Chánh)
"""

DX = P("Vụ Đông Xuân 2023-2024", "2023-01-01", "2024-12-31")
Y24 = year("Năm 2024", 2024)

FIGS = [
    F("có 38 thành viên", "38", 38, "count", "thành viên", "thành viên tổ hợp tác sản xuất lúa giống", DX),
    F("diện tích 212 ha", "212", 212, "measure", "ha", "diện tích sản xuất lúa giống của tổ hợp tác", DX,
      change=C("increase", 27, "ha", "vụ trước")),
    F("khoảng 60% diện tích", "60", 60, "percent", "%", "tỷ lệ diện tích giống Đài Thơm 8", I(DX), approx="about"),
    F("bình quân 7,8 tấn/ha", "7,8", 7.8, "measure", "tấn/ha", "năng suất lúa giống bình quân", I(DX)),
    F("trên 8,5 tấn/ha", "8,5", 8.5, "measure", "tấn/ha", "năng suất lúa giống ruộng cao nhất", I(DX),
      approx="over"),
    F("khoảng 1.650 tấn", "1.650", 1650, "measure", "tấn", "sản lượng lúa giống được bao tiêu", I(DX),
      approx="about"),
    F("giá 9.200 đồng/kg", "9.200", 9200, "money", "đồng/kg", "giá bao tiêu lúa giống", I(DX),
      change=C("increase", 1000, "đồng/kg", "giá lúa tươi thương phẩm cùng thời điểm")),
    F("khoảng 25 triệu đồng/ha", "25", 25000000, "money", "đồng/ha", "chi phí sản xuất lúa giống", I(DX),
      approx="about"),
    F("lãi từ 42 đến 47 triệu đồng", "42", 42000000, "money", "đồng/ha", "lãi mỗi ha lúa giống", I(DX),
      value_max=47000000),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "lợi nhuận lúa giống so với sản xuất lúa thương phẩm", I(DX)),
    F("có 3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác sản xuất lúa giống của xã"),
    F("và 1 hợp tác xã", "1", 1, "count", "hợp tác xã", "hợp tác xã sản xuất lúa giống của xã"),
    F("diện tích 640 ha", "640", 640, "measure", "ha", "tổng diện tích lúa giống của xã", percent=12.4),
    F("lên 800 ha", "800", 800, "measure", "ha", "diện tích lúa giống của xã", Y24, status="target"),
    F("trong đó 100% diện tích", "100", 100, "percent", "%",
      "tỷ lệ diện tích được chứng nhận giống xác nhận cấp 1", Y24, status="target"),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "mức hỗ trợ chi phí chứng nhận chất lượng giống"),
]

NOTES = [
    "Thoại Sơn district portal (An Giang): a commune's seed-growing cooperative group, vụ Đông Xuân 2023-2024.",
    "Location: the district (the commune lies in it), also for the 50% support under the (unnamed) province's resolution.",
    "'Vụ Đông Xuân 2023-2024' spans the years it names (2023-01-01..2024-12-31), like 'giai đoạn 2021-2025'.",
    "'Mức lợi nhuận này gấp 1,5 lần ...' stands as its own sentence: a multiple. 'tăng 27 ha so với vụ trước' and",
    "'cao hơn ... 1.000 đồng/kg' are changes. '100% diện tích' after 'trong đó' is a percent figure (a share), target.",
    "Distractors: OM 18, Đài Thơm 8, OM 5451, '1 phải 5 giảm', cấp 1, Nghị quyết số 12/2023/NQ-HĐND, số 06 Nguyễn Huệ,",
    "phone 0296.3878.214, Lê Văn Hai, dateline.",
]

write("p972-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Thoại Sơn")
