"""p787-3: formal report (UBND tỉnh Thừa Thiên Huế), flattened '|' table of lotus area by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án phát triển cây sen năm 2023

Thực hiện Quyết định số 1126/QĐ-UBND ngày 17/5/2021 phê duyệt Đề án phát triển cây sen giai đoạn 2021-2025, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2023, toàn tỉnh trồng 612 ha sen, đạt 87,4% mục tiêu Đề án (700 ha). Diện tích theo địa phương:

Đơn vị tính: ha
TT | Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
1 | Quảng Điền | 158 | 176 | 190
2 | Phong Điền | 131 | 148 | 165
3 | Phú Vang | 110 | 121 | 130
4 | Hương Trà | 85 | 98 | 110
5 | TP Huế | 64 | 69 | 75
 | Tổng cộng | 548 | 612 | 670

Sản lượng hạt sen tươi năm 2023 ước đạt 945 tấn, tăng 11,2% so với năm 2022; năng suất bình quân 15,4 tạ/ha. Giá trị sản xuất từ sen ước đạt 68,5 tỷ đồng, bình quân 112 triệu đồng/ha.

2. Chế biến, tiêu thụ và du lịch
Toàn tỉnh có 9 cơ sở chế biến sản phẩm từ sen (hạt sen sấy, trà tim sen, mứt sen) với công suất khoảng 180 tấn/năm; 6 sản phẩm được công nhận OCOP 3 sao. Các điểm du lịch gắn với sen như hồ Tịnh Tâm, đầm sen Quảng Thành đón khoảng 48.000 lượt khách trong năm.

II. NHIỆM VỤ NĂM 2024
Phấn đấu diện tích sen đạt 670 ha, sản lượng hạt tươi trên 1.000 tấn; hỗ trợ giống cho 30 ha trồng mới với mức 15 triệu đồng/ha theo Nghị quyết số 10/2021/NQ-HĐND.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Lưu: VT, NN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24c = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31")

ROWS = [("1 | Quảng Điền", "Quảng Điền", "158", "176", "190"),
        ("2 | Phong Điền", "Phong Điền", "131", "148", "165"),
        ("3 | Phú Vang", "Phú Vang", "110", "121", "130"),
        ("4 | Hương Trà", "Hương Trà", "85", "98", "110"),
        ("5 | TP Huế", "Huế", "64", "69", "75"),
        (" | Tổng cộng", None, "548", "612", "670")]

FIGS = [
    F("trồng 612 ha sen", "612", 612, "measure", "ha", "diện tích trồng sen", Y23,
      percent=87.4, target=T(700, "ha")),
]
for head, place, a, b, c in ROWS:
    loc = place or "Thừa Thiên Huế"
    subj = "diện tích sen" if place else "tổng cộng diện tích sen"
    FIGS += [
        F(f"{head} | {a} |", a, int(a), "measure", "ha", f"{subj} năm 2022", Y22c, location=loc),
        F(f"| {a} | {b} |", b, int(b), "measure", "ha", f"{subj} năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), location=loc),
        F(f"| {b} | {c}\n", c, int(c), "measure", "ha", f"{subj} kế hoạch 2024", Y24c, location=loc, status="target"),
    ]
FIGS += [
    F("ước đạt 945 tấn", "945", 945, "measure", "tấn", "sản lượng hạt sen tươi",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 11.2, "%", "năm 2022"), status="estimate"),
    F("bình quân 15,4 tạ/ha", "15,4", 15.4, "measure", "tạ/ha", "năng suất hạt sen tươi bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("ước đạt 68,5 tỷ đồng", "68,5", 68.5e9, "money", "đồng", "giá trị sản xuất từ sen", I(Y23), status="estimate"),
    F("bình quân 112 triệu đồng/ha", "112", 112e6, "money", "đồng/ha", "giá trị sản xuất từ sen bình quân trên ha",
      I(Y23), status="estimate"),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở chế biến sản phẩm từ sen", I(Y23)),
    F("khoảng 180 tấn/năm", "180", 180, "measure", "tấn/năm", "công suất chế biến sản phẩm từ sen", I(Y23),
      approx="about"),
    F("6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm từ sen được công nhận OCOP 3 sao", I(Y23)),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("khoảng 48.000 lượt khách", "48.000", 48000, "count", "lượt khách", "lượt khách đến các điểm du lịch gắn với sen",
      P("trong năm", "2023-01-01", "2023-12-31"), approx="about"),
    F("đạt 670 ha", "670", 670, "measure", "ha", "diện tích sen", I(Y24), status="target"),
    F("trên 1.000 tấn", "1.000", 1000, "measure", "tấn", "sản lượng hạt sen tươi", I(Y24), approx="over",
      status="target"),
    F("cho 30 ha", "30", 30, "measure", "ha", "diện tích sen trồng mới được hỗ trợ giống", I(Y24), status="target"),
    F("mức 15 triệu đồng/ha", "15", 15e6, "money", "đồng/ha", "mức hỗ trợ giống sen", I(Y24), status="target"),
]

NOTES = [
    "Báo cáo UBND tỉnh Thừa Thiên Huế: kết quả Đề án phát triển cây sen năm 2023; flattened '|' table (ha) by district.",
    "'đạt 87,4% mục tiêu Đề án (700 ha)': percent and target of the 612 ha, 700 is no figure of its own.",
    "Table: each cell a figure, period from the column header (Kế hoạch 2024 -> target), row place -> location; no totals on cells.",
    "TT numbers 1-5 and section numbers are not figures; '3 sao' (OCOP class) optional.",
    "Distractors: Số: 356/BC-UBND, Quyết định số 1126/QĐ-UBND ngày 17/5/2021, giai đoạn 2021-2025, Nghị quyết số 10/2021/NQ-HĐND.",
]

write(3, TEXT, FIGS, NOTES, published="2023-12-12", location="Thừa Thiên Huế")
