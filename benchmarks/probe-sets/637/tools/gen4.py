"""p637-4: ministry site (Bộ NN&PTNT), national organic fertiliser output 2023, fertiliser and pesticide registers, imports, targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt - Bảo vệ thực vật

Sản lượng phân bón hữu cơ năm 2023 ước đạt 2,9 triệu tấn
Ngày đăng: 16/01/2024 | Lượt xem: 2.481

Theo Cục Bảo vệ thực vật, tính đến ngày 31/12/2023, cả nước có 843 cơ sở sản xuất phân bón đủ điều kiện, trong đó 517 cơ sở sản xuất phân bón hữu cơ và phân bón sinh học. Tổng công suất thiết kế của các cơ sở sản xuất phân bón hữu cơ khoảng 4,6 triệu tấn/năm.

Năm 2023, sản lượng phân bón hữu cơ ước đạt 2,9 triệu tấn, tăng 11,5% so với năm 2022, chiếm khoảng 25% tổng sản lượng phân bón sản xuất trong nước. Năm 2024, sản lượng dự kiến đạt khoảng 3,2 triệu tấn. Hiện có 26.108 loại phân bón được công nhận lưu hành, trong đó phân bón hữu cơ có 6.842 loại.

Về thuốc bảo vệ thực vật, Danh mục thuốc được phép sử dụng tại Việt Nam hiện có 1.785 hoạt chất với 4.513 tên thương phẩm; thuốc sinh học có 752 tên thương phẩm, tăng gấp 2 lần so với năm 2017. Trong năm 2023, Bộ đã loại bỏ khỏi danh mục 4 hoạt chất có độ độc cao.

Kim ngạch nhập khẩu thuốc bảo vệ thực vật và nguyên liệu năm 2023 đạt khoảng 892 triệu USD, giảm 19,2% so với năm 2022; nhập khẩu phân bón đạt 3,67 triệu tấn, trị giá 1,35 tỷ USD.

Theo Đề án phát triển phân bón hữu cơ, phấn đấu đến năm 2025 sản lượng phân bón hữu cơ đạt 4 triệu tấn/năm; đến năm 2030 có 70% cơ sở sản xuất phân bón hữu cơ áp dụng quy trình sản xuất khép kín.

Cục Bảo vệ thực vật – số 149 Hồ Đắc Di, quận Đống Đa, Hà Nội. Điện thoại: 024.3533.0361
"""

NOTES = [
    "Ministry site (Bộ NN&PTNT): national organic fertiliser output 2023, production facilities, registers of fertilisers and pesticides,",
    "imports, 2025/2030 targets. Dateline 'Ngày đăng: 16/01/2024 | Lượt xem: 2.481'. All figures national: location Việt Nam.",
    "517 after 'trong đó' has total 843; 6.842 after 'trong đó' has total 26.108. '752 tên thương phẩm' (biological) follows 4.513 after ';'",
    "without a cue: no total. 'tăng gấp 2 lần so với năm 2017' after 752 is its change (2 lần). 'chiếm khoảng 25%' is the share of 2,9 triệu tấn.",
    "'trị giá 1,35 tỷ USD' is a value, not a share: its own money figure. 'dự kiến' → forecast; 'phấn đấu đến năm 2025' → target, and the",
    "clause after ';' ('đến năm 2030 có 70%') continues it.",
    "Distractors: 'Lượt xem: 2.481', 'số 149 Hồ Đắc Di', phone 024.3533.0361, baselines 'năm 2017', 'năm 2022'.",
]

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("tính đến ngày 31/12/2023", end="2023-12-31")

FIGS = [
    fig("ước đạt 2,9 triệu tấn\n", "2,9", 2900000, "measure", "tấn", "sản lượng phân bón hữu cơ", Y23, status="estimate"),
    fig("có 843 cơ sở", "843", 843, "count", "cơ sở", "cơ sở sản xuất phân bón đủ điều kiện", ASOF),
    fig("517 cơ sở", "517", 517, "count", "cơ sở", "cơ sở sản xuất phân bón hữu cơ và phân bón sinh học", ASOF, total=843),
    fig("khoảng 4,6 triệu tấn/năm", "4,6", 4600000, "measure", "tấn/năm",
        "tổng công suất thiết kế của các cơ sở sản xuất phân bón hữu cơ", inh(ASOF), approx="about"),
    fig("ước đạt 2,9 triệu tấn,", "2,9", 2900000, "measure", "tấn", "sản lượng phân bón hữu cơ",
        per("Năm 2023", "2023-01-01", "2023-12-31"), percent=25, change=chg("increase", 11.5, baseline="năm 2022"), status="estimate"),
    fig("khoảng 3,2 triệu tấn", "3,2", 3200000, "measure", "tấn", "sản lượng phân bón hữu cơ",
        per("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    fig("có 26.108 loại", "26.108", 26108, "count", "loại", "loại phân bón được công nhận lưu hành"),
    fig("có 6.842 loại", "6.842", 6842, "count", "loại", "loại phân bón hữu cơ được công nhận lưu hành", total=26108),
    fig("có 1.785 hoạt chất", "1.785", 1785, "count", "hoạt chất", "hoạt chất trong Danh mục thuốc bảo vệ thực vật được phép sử dụng"),
    fig("với 4.513 tên", "4.513", 4513, "count", "tên thương phẩm", "tên thương phẩm trong Danh mục thuốc bảo vệ thực vật được phép sử dụng"),
    fig("có 752 tên", "752", 752, "count", "tên thương phẩm", "tên thương phẩm thuốc sinh học",
        change=chg("increase", 2, unit="lần", baseline="năm 2017")),
    fig("danh mục 4 hoạt chất", "4", 4, "count", "hoạt chất", "hoạt chất có độ độc cao bị loại bỏ khỏi danh mục",
        per("Trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 892 triệu USD", "892", 892000000, "money", "USD", "kim ngạch nhập khẩu thuốc bảo vệ thực vật và nguyên liệu", Y23,
        approx="about", change=chg("decrease", 19.2, baseline="năm 2022")),
    fig("đạt 3,67 triệu tấn", "3,67", 3670000, "measure", "tấn", "nhập khẩu phân bón", Y23),
    fig("trị giá 1,35 tỷ USD", "1,35", 1350000000, "money", "USD", "trị giá nhập khẩu phân bón", Y23),
    fig("đạt 4 triệu tấn/năm", "4", 4000000, "measure", "tấn/năm", "sản lượng phân bón hữu cơ",
        per("đến năm 2025", end="2025-12-31"), status="target"),
    fig("có 70% cơ sở", "70", 70, "percent", "%", "cơ sở sản xuất phân bón hữu cơ áp dụng quy trình sản xuất khép kín",
        per("đến năm 2030", end="2030-12-31"), status="target"),
]

write("p637-4", TEXT, NOTES, FIGS, published="2024-01-16", location="Việt Nam")
