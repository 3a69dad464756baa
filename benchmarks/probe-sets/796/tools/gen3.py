"""p796-3: UBND tỉnh Bắc Kạn formal report — seedless persimmon programme 2024, flattened | table by district (12/2024)."""
from lib import Fig, write, year, asof, period, inherit, change

TEXT = """
UBND TỈNH BẮC KẠN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Kạn, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển cây hồng không hạt năm 2024

Thực hiện Quyết định số 1456/QĐ-UBND ngày 20/8/2021 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2024, toàn tỉnh trồng mới 56 ha hồng không hạt, đạt 93,3% kế hoạch, nâng tổng diện tích lên 660 ha. Sản lượng ước đạt 2.465 tấn, năng suất bình quân 50 tạ/ha. Chi tiết theo huyện:

Đơn vị tính: ha
TT | Huyện | Diện tích hiện có | Trồng mới | Cho thu hoạch
1 | Chợ Đồn | 312,5 | 24,0 | 245,0
2 | Ba Bể | 186,0 | 15,5 | 140,2
3 | Na Rì | 97,4 | 10,0 | 66,8
4 | Bạch Thông | 64,1 | 6,5 | 41,0
 | Tổng cộng | 660,0 | 56,0 | 493,0

2. Chế biến, tiêu thụ
Toàn tỉnh có 7 cơ sở chế biến hồng sấy, 3 sản phẩm đạt OCOP 4 sao. Giá hồng tươi bình quân 28.000 đồng/kg, hồng sấy dẻo 220.000 đồng/kg. Giá trị sản xuất ước đạt 69 tỷ đồng, tăng 12,4% so với năm 2023. Thu nhập từ cây hồng đạt 105 triệu đồng/ha.

3. Tồn tại, hạn chế
Diện tích cho thu hoạch mới đạt 74,7% tổng diện tích; khoảng 15% số cây bị bệnh thán thư, tỷ lệ quả rụng sớm từ 20 đến 30%.

II. NHIỆM VỤ NĂM 2025
Phấn đấu trồng mới 60 ha, nâng tổng diện tích lên 720 ha, sản lượng đạt 2.800 tấn; dự kiến bố trí 1,2 tỷ đồng hỗ trợ các hợp tác xã đầu tư lò sấy.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NNTN.
"""

P24 = year("Năm 2024", 2024)
I24 = inherit(P24)
I25 = year("NĂM 2025", 2025, inherited=True)

ROWS = [  # district, (hiện có, trồng mới, cho thu hoạch) as written
    ("Chợ Đồn", ("312,5", "24,0", "245,0")),
    ("Ba Bể", ("186,0", "15,5", "140,2")),
    ("Na Rì", ("97,4", "10,0", "66,8")),
    ("Bạch Thông", ("64,1", "6,5", "41,0")),
    ("Tổng cộng", ("660,0", "56,0", "493,0")),
]
COLS = ("diện tích hồng không hạt hiện có", "diện tích hồng không hạt trồng mới",
        "diện tích hồng không hạt cho thu hoạch")


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for place, cells in ROWS:
    loc = "Bắc Kạn" if place == "Tổng cộng" else place
    subj_extra = " tổng cộng" if place == "Tổng cộng" else ""
    prev = place
    for col, cell in zip(COLS, cells):
        TABLE.append(Fig(f"{prev} | {cell}", cell, num(cell), "measure", "ha", col + subj_extra, I24,
                         location=loc))
        prev = cell

FIGS = [
    Fig("trồng mới 56 ha", "56", 56, "measure", "ha", "diện tích hồng không hạt trồng mới", P24, percent=93.3),
    Fig("lên 660 ha", "660", 660, "measure", "ha", "tổng diện tích hồng không hạt", P24),
    Fig("ước đạt 2.465 tấn", "2.465", 2465, "measure", "tấn", "sản lượng hồng không hạt", I24, status="estimate"),
    Fig("bình quân 50 tạ/ha", "50", 50, "measure", "tạ/ha", "năng suất bình quân hồng không hạt", I24,
        status="estimate"),
    *TABLE,
    Fig("có 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở chế biến hồng sấy", I24),
    Fig("3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao", I24),
    Fig("OCOP 4 sao", "4", 4, "measure", "sao", "hạng OCOP", optional=True),
    Fig("28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá hồng tươi bình quân", I24),
    Fig("220.000 đồng/kg", "220.000", 220000, "money", "đồng/kg", "giá hồng sấy dẻo", I24),
    Fig("ước đạt 69 tỷ đồng", "69", 69e9, "money", "đồng", "giá trị sản xuất hồng không hạt", I24,
        change=change("increase", 12.4, "%", "năm 2023"), status="estimate"),
    Fig("105 triệu đồng/ha", "105", 105e6, "money", "đồng/ha", "thu nhập từ cây hồng", I24),
    Fig("mới đạt 74,7%", "74,7", 74.7, "percent", "%", "diện tích cho thu hoạch trong tổng diện tích", I24),
    Fig("khoảng 15%", "15", 15, "percent", "%", "cây hồng bị bệnh thán thư", I24, approx="about"),
    Fig("từ 20 đến 30%", "20", 20, "percent", "%", "tỷ lệ quả rụng sớm", I24, value_max=30),
    Fig("trồng mới 60 ha", "60", 60, "measure", "ha", "diện tích hồng không hạt trồng mới", I25, status="target"),
    Fig("lên 720 ha", "720", 720, "measure", "ha", "tổng diện tích hồng không hạt", I25, status="target"),
    Fig("đạt 2.800 tấn", "2.800", 2800, "measure", "tấn", "sản lượng hồng không hạt", I25, status="target"),
    Fig("bố trí 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí hỗ trợ các hợp tác xã đầu tư lò sấy", I25,
        status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Bắc Kạn, Số: 287/BC-UBND): seedless persimmon programme 2024, flattened '|' table by district.",
    "'đạt 93,3% kế hoạch' after 56 ha is its percent. Table cells: subject = column label, location = row district (total row: Bắc Kạn),",
    "period 'Năm 2024' from the paragraph above the table (inherited); no totals on table cells; row numbers 1-4 are not figures.",
    "'năng suất bình quân 50 tạ/ha' continues the 'Sản lượng ước đạt' clause: estimate. Section II figures take 'NĂM 2025' from the heading",
    "(inherited); 'Phấn đấu' -> target, 'dự kiến' -> forecast. Not figures: Số 287/BC-UBND, Quyết định số 1456/QĐ-UBND, section numbers.",
    "'OCOP 4 sao' is a category label: optional.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-12-16", location="Bắc Kạn")
