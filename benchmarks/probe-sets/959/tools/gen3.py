"""p959-3: formal report (UBND tỉnh Hà Nam), 7 months 2024, flattened '|' table of 27/7 gifts by district."""
from lib import F, P, I, C, T, year, build

ROWS = [  # place, Quà Chủ tịch nước, Quà của tỉnh, Quà của huyện
    ("Phủ Lý", 2134, 1872, 1506),
    ("Duy Tiên", 2587, 2210, 1843),
    ("Kim Bảng", 2318, 1965, 1427),
    ("Thanh Liêm", 2706, 2341, 1690),
    ("Bình Lục", 3015, 2608, 2112),
    ("Lý Nhân", 3472, 2937, 2380),
]
COLS = ["quà Chủ tịch nước", "quà của tỉnh", "quà của huyện", "tổng số suất quà"]


def vn(n):
    return f"{n:,}".replace(",", ".")


rows = [(p, a, b, c, a + b + c) for p, a, b, c in ROWS]
tot = ("Toàn tỉnh",) + tuple(sum(r[i] for r in rows) for i in range(1, 5))
table_lines = [" | ".join([r[0]] + [vn(x) for x in r[1:]]) for r in rows + [tot]]

TEXT = """
UBND TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-UBND          Hà Nam, ngày 12 tháng 8 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách ưu đãi người có công với cách mạng 7 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chi trả trợ cấp ưu đãi
Tính đến ngày 31/7/2024, toàn tỉnh đang chi trả trợ cấp hằng tháng cho 21.346 người có công và thân nhân; kinh phí chi trả 7 tháng đầu năm ước đạt 512,7 tỷ đồng, bằng 58,3% dự toán năm. Thực hiện Nghị định số 77/2024/NĐ-CP, mức chuẩn trợ cấp ưu đãi được điều chỉnh từ 2.055.000 đồng lên 2.789.000 đồng, tăng 35,7%.

2. Phụng dưỡng Bà mẹ Việt Nam anh hùng
Toàn tỉnh có 1.658 mẹ được phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng; hiện còn 7 mẹ đang sống, 100% được phụng dưỡng. Mức phụng dưỡng bình quân 3,5 triệu đồng/mẹ/tháng, cao hơn 500.000 đồng so với năm 2023.

3. Tặng quà dịp 27/7 năm 2024
Đơn vị tính: suất
Địa phương | Quà Chủ tịch nước | Quà của tỉnh | Quà của huyện | Tổng số
""" + "\n".join(table_lines) + """

II. NHIỆM VỤ 5 THÁNG CUỐI NĂM
Phấn đấu đến ngày 31/12/2024 hoàn thành xây mới 45 nhà tình nghĩa, sửa chữa 70 nhà; dự kiến kinh phí khoảng 4,5 tỷ đồng.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT, VX.
"""

Y24 = year(2024, "dịp 27/7 năm 2024", inherited=True)
END = P("đến ngày 31/12/2024", None, "2024-12-31")

FIGS = [
    F("cho 21.346 người có công", "21.346", 21346, "count", "người có công và thân nhân",
      "người có công và thân nhân được chi trả trợ cấp hằng tháng", P("Tính đến ngày 31/7/2024", None, "2024-07-31")),
    F("ước đạt 512,7 tỷ đồng", "512,7", 512.7e9, "money", "đồng", "kinh phí chi trả trợ cấp ưu đãi",
      P("7 tháng đầu năm", "2024-01-01", "2024-07-31"), percent=58.3, status="estimate"),
    F("từ 2.055.000 đồng", "2.055.000", 2055000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi trước điều chỉnh"),
    F("lên 2.789.000 đồng", "2.789.000", 2789000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi",
      change=C("increase", 35.7, "%")),
    F("có 1.658 mẹ", "1.658", 1658, "count", "mẹ", "mẹ được phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng"),
    F("còn 7 mẹ", "7", 7, "count", "mẹ", "Bà mẹ Việt Nam anh hùng đang sống"),
    F("sống, 100% được", "100", 100, "percent", "%", "Bà mẹ Việt Nam anh hùng được phụng dưỡng"),
    F("bình quân 3,5 triệu đồng/mẹ/tháng", "3,5", 3.5e6, "money", "đồng/mẹ/tháng", "mức phụng dưỡng bình quân Bà mẹ Việt Nam anh hùng",
      change=C("increase", 500000, "đồng", "năm 2023")),
]
for r in rows + [tot]:
    line = " | ".join([r[0]] + [vn(x) for x in r[1:]])
    loc = "Hà Nam" if r[0] == "Toàn tỉnh" else r[0]
    for j in range(4):
        anchor = " | ".join([r[0]] + [vn(x) for x in r[1:j + 2]])
        FIGS.append(F(anchor, vn(r[j + 1]), r[j + 1], "count", "suất", COLS[j], Y24, location=loc))
FIGS += [
    F("xây mới 45 nhà tình nghĩa", "45", 45, "count", "nhà tình nghĩa", "nhà tình nghĩa xây mới", END, status="target"),
    F("sửa chữa 70 nhà", "70", 70, "count", "nhà", "nhà tình nghĩa sửa chữa", END, status="target"),
    F("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "kinh phí xây mới, sửa chữa nhà tình nghĩa", END,
      approx="about", status="forecast"),
]

NOTES = [
    "Formal report under a letterhead (UBND tỉnh Hà Nam, Số: 287/BC-UBND, 12/8/2024). 'Số: 287/BC-UBND', 'Nghị định số 77/2024/NĐ-CP',",
    "section numbers, the heading '5 THÁNG CUỐI NĂM' and '27/7' are not figures. The letterhead's place-and-date line gives `published`.",
    "2.055.000 (the old level) is a figure of its own; the 35,7% change belongs to 2.789.000. Neither sentence states a period.",
    "Flattened table (Đơn vị tính: suất): every cell is a figure; subject = column label, row label = location ('Toàn tỉnh' = Hà Nam);",
    "period 'năm 2024' from the section heading above the table (another sentence: inherited). Cells get no totals.",
    "'Phấn đấu đến ngày 31/12/2024 …' is target (as-of end 2024-12-31) and continues into the second clause; 'dự kiến' → forecast.",
]

build("p959-3", TEXT, NOTES, FIGS, published="2024-08-12", location="Hà Nam")
