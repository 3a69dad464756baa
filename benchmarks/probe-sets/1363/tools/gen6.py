"""p1363-6: department site without dateline (Sở VHTTDL Đồng Nai), one-cell-per-line table of finds by type."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Di sản văn hóa | Thủ tục hành chính | Liên hệ
Di sản văn hóa > Khảo cổ học

Khảo cổ học Đồng Nai: nhiều phát hiện mới tại Nhơn Trạch

Đến nay, toàn tỉnh đã phát hiện 68 địa điểm khảo cổ, trong đó 7 địa điểm được xếp hạng di tích (1 di tích quốc gia đặc biệt, 2 di tích quốc gia và 4 di tích cấp tỉnh).

Năm 2024, Bảo tàng Đồng Nai phối hợp với Trung tâm Khảo cổ học (Viện Khoa học xã hội vùng Nam Bộ) khai quật di chỉ Gò Ông Tư, xã Phước Thiền, huyện Nhơn Trạch trên diện tích 250 m2. Đoàn phát hiện 2 khuôn đúc rìu đồng bằng đá và hơn 600 mảnh gốm, cho thấy nơi đây từng là xưởng chế tác kim loại thời tiền sử.

Hiện vật khảo cổ đưa vào kho Bảo tàng Đồng Nai
Đơn vị tính: hiện vật
Loại hiện vật
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
1.245
1.876
2.150
1.500
Trong đó:
Gốm, sành sứ
986
1.402
1.610
1.100
Công cụ đá
211
397
452
320
Kim loại (đồng, sắt)
48
77
88
80

Theo kế hoạch, năm 2025 Bảo tàng sẽ số hóa 3D khoảng 200 hiện vật tiêu biểu với kinh phí 1,8 tỷ đồng.

Tin cùng chuyên mục:
- Hướng dẫn giao nộp di vật, cổ vật, bảo vật quốc gia
- Trưng bày chuyên đề "Biên Hòa - Đồng Nai 325 năm"

Cơ quan chủ quản: Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai
Địa chỉ: số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.517
Lượt truy cập: 1.204.377
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
NT = "Nhơn Trạch"
COLS = [("Năm 2022", period("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("Kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Tổng số", "tổng số hiện vật khảo cổ đưa vào kho", ["1.245", "1.876", "2.150", "1.500"]),
        ("Gốm, sành sứ", "hiện vật gốm, sành sứ", ["986", "1.402", "1.610", "1.100"]),
        ("Công cụ đá", "hiện vật công cụ đá", ["211", "397", "452", "320"]),
        ("Kim loại (đồng, sắt)", "hiện vật kim loại (đồng, sắt)", ["48", "77", "88", "80"])]
TOTALS = ROWS[0][2]
CELLS = []
for label, subj, nums in ROWS:
    prev = label
    for (col, per, st), n, tot in zip(COLS, nums, TOTALS):
        kw = {"status": st} if st else {}
        if label != "Tổng số":
            kw["total"] = float(tot.replace(".", ""))
        CELLS.append(F(f"{prev}\n{n}\n", n, float(n.replace(".", "")), "count", "hiện vật",
                       subject=f"{subj} {col}", per=per, **kw))
        prev = n

FIGS = [
    F("phát hiện 68 địa điểm", "68", 68, "count", "địa điểm khảo cổ", subject="địa điểm khảo cổ toàn tỉnh đã phát hiện"),
    F("đó 7 địa điểm", "7", 7, "count", "địa điểm", total=68, subject="địa điểm được xếp hạng di tích"),
    F("(1 di tích", "1", 1, "count", "di tích quốc gia đặc biệt", total=7, subject="di tích quốc gia đặc biệt"),
    F("2 di tích quốc gia", "2", 2, "count", "di tích quốc gia", total=7, subject="di tích quốc gia"),
    F("và 4 di tích", "4", 4, "count", "di tích cấp tỉnh", total=7, subject="di tích cấp tỉnh"),
    F("diện tích 250 m2", "250", 250, "measure", "m2", subject="diện tích khai quật di chỉ Gò Ông Tư", per=Y24,
      location=NT),
    F("phát hiện 2 khuôn", "2", 2, "count", "khuôn đúc rìu đồng", subject="khuôn đúc rìu đồng bằng đá",
      per=inherit(Y24), location=NT),
    F("hơn 600 mảnh", "600", 600, "count", "mảnh gốm", approx="over", subject="mảnh gốm", per=inherit(Y24),
      location=NT),
] + CELLS + [
    F("khoảng 200 hiện vật", "200", 200, "count", "hiện vật", approx="about", status="target",
      subject="hiện vật tiêu biểu số hóa 3D", per=Y25),
    F("phí 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", status="target", subject="kinh phí số hóa 3D hiện vật", per=Y25),
]

NOTES = [
    "Department site (Sở VHTTDL Đồng Nai) with no dateline: menu, breadcrumb, 'Tin cùng chuyên mục', footer address, phone, 'Lượt truy cập'.",
    "Distractors: '3D', '\"Biên Hòa - Đồng Nai 325 năm\"' (an exhibition name), 'số 2 Nguyễn Văn Trị', phone 0251.3822.517, counter 1.204.377.",
    "No date of its own: published null; 'Đến nay' then has no end date, so the 68/7/1/2/4 figures get no period.",
    "'(1 ..., 2 ... và 4 ...)' is a bracketed breakdown that adds up to 7 → total 7; 7 follows 'trong đó' after 68 → total 68.",
    "The Gò Ông Tư dig is in huyện Nhơn Trạch → location Nhơn Trạch; everything else Đồng Nai.",
    "One-cell-per-line table, 'Đơn vị tính: hiện vật'; subject = row label + column label; periods from the column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The rows under 'Trong đó:' take the column's 'Tổng số' as total",
    "(the cue follows the whole, same thing, same period; they add up). Borderline: a reader may see plain table cells.",
    "'Theo kế hoạch, năm 2025 ... sẽ số hóa 3D khoảng 200 ... với kinh phí 1,8 tỷ' → target ('kế hoạch').",
]

if __name__ == "__main__":
    write("p1363-6", TEXT, NOTES, FIGS, location="Đồng Nai")
