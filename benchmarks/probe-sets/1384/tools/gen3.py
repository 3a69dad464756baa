"""p1384-3: formal report (UBND tỉnh Ninh Bình, Số: 318/BC-UBND): toilets at tourist sites 2024, flattened '|' table by district."""
from lib import F, P, inh, ch, tg, write

TEXT = """UBND TỈNH NINH BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 26 tháng 12 năm 2024

BÁO CÁO
Kết quả nâng cấp nhà vệ sinh công cộng tại các khu, điểm du lịch năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Đầu tư xây dựng
Năm 2024, toàn tỉnh xây mới 21 và nâng cấp 37 nhà vệ sinh công cộng tại các khu, điểm du lịch với tổng vốn 26,4 tỷ đồng, vượt 5,6% kế hoạch; trong đó vốn xã hội hóa 15,9 tỷ đồng, chiếm 60,2%.

2. Nhà vệ sinh đạt chuẩn theo địa phương
Đơn vị tính: nhà vệ sinh
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
Huyện Hoa Lư | 86 | 102 | 115
Huyện Gia Viễn | 41 | 48 | 55
Huyện Nho Quan | 23 | 29 | 35
Thành phố Tam Điệp | 12 | 15 | 18
Tổng cộng | 162 | 194 | 223

3. Quản lý, vận hành
Các khu du lịch Tràng An, Tam Cốc - Bích Động, Bái Đính bố trí 145 nhân viên vệ sinh, thu nhập bình quân 6,8 triệu đồng/người/tháng. Qua kiểm tra 58 điểm du lịch, đoàn liên ngành phát hiện 9 nhà vệ sinh không bảo đảm vệ sinh, đã yêu cầu khắc phục ngay.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 có 100% khu, điểm du lịch được công nhận có nhà vệ sinh đạt chuẩn; tỷ lệ du khách hài lòng đạt trên 90%. Dự kiến bố trí 12 tỷ đồng từ ngân sách tỉnh để hỗ trợ các địa phương.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, VX4.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Huyện Hoa Lư", "Hoa Lư", ["86", "102", "115"]),
        ("Huyện Gia Viễn", "Gia Viễn", ["41", "48", "55"]),
        ("Huyện Nho Quan", "Nho Quan", ["23", "29", "35"]),
        ("Thành phố Tam Điệp", "Tam Điệp", ["12", "15", "18"]),
        ("Tổng cộng", None, ["162", "194", "223"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        subj = "nhà vệ sinh đạt chuẩn " + ("tổng cộng " if not place else "") + col
        CELLS.append(F(f"{prev} | {n}", n, float(n), "count", "nhà vệ sinh", subject=subj, period=per, **kw))
        prev = n

FIGS = [
    F("xây mới 21", "21", 21, "count", "nhà vệ sinh",
      subject="nhà vệ sinh công cộng xây mới tại các khu, điểm du lịch", period=Y24),
    F("nâng cấp 37", "37", 37, "count", "nhà vệ sinh",
      subject="nhà vệ sinh công cộng nâng cấp tại các khu, điểm du lịch", period=Y24),
    F("vốn 26,4 tỷ", "26,4", 26.4e9, "money", "đồng",
      change=ch("increase", 5.6, "%", "kế hoạch"),
      subject="tổng vốn xây mới và nâng cấp nhà vệ sinh công cộng", period=Y24),
    F("hội hóa 15,9 tỷ", "15,9", 15.9e9, "money", "đồng", total=26.4e9, percent=60.2,
      subject="vốn xã hội hóa", period=Y24),
] + CELLS + [
    F("bố trí 145 nhân viên", "145", 145, "count", "nhân viên vệ sinh",
      subject="nhân viên vệ sinh các khu du lịch bố trí"),
    F("bình quân 6,8 triệu", "6,8", 6.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của nhân viên vệ sinh"),
    F("kiểm tra 58 điểm", "58", 58, "count", "điểm du lịch", subject="điểm du lịch được kiểm tra"),
    F("phát hiện 9 nhà", "9", 9, "count", "nhà vệ sinh",
      subject="nhà vệ sinh không bảo đảm vệ sinh đoàn liên ngành phát hiện"),
    F("có 100% khu", "100", 100, "percent", "%", status="target",
      subject="khu, điểm du lịch được công nhận có nhà vệ sinh đạt chuẩn", period=Y25),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="tỷ lệ du khách hài lòng", period=Y25),
    F("bố trí 12 tỷ", "12", 12e9, "money", "đồng", status="forecast",
      subject="kinh phí từ ngân sách tỉnh hỗ trợ các địa phương", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH BÌNH', 'Số: 318/BC-UBND', 'Ninh Bình, ngày 26 tháng 12 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, 'năm 2024' in the title, section numbers I., II., 1.-3., 'Lưu: VT, VX4'.",
    "'xây mới 21 và nâng cấp 37 nhà vệ sinh': 21 shares the unit by ellipsis. 'vượt 5,6% kế hoạch' -> change (increase, baseline kế hoạch).",
    "15,9 tỷ after '; trong đó' -> total 26,4 tỷ; 'chiếm 60,2%' -> percent.",
    "Flattened '|' table, 'Đơn vị tính: nhà vệ sinh': the row label is a district -> location; subject = caption + column;",
    "'Kế hoạch 2025' column -> target; periods from the column headers. 'Tổng cộng' row -> province (default).",
    "Section 3 gives no period in its sentences (the report year is only in the title): no period. Tràng An, Tam Cốc, Bái Đính lie in two districts -> Ninh Bình.",
    "Section II: 'Phấn đấu năm 2025 ...; tỷ lệ ... trên 90%' -> target (the clause after ';' continues it); 'Dự kiến bố trí 12 tỷ' -> forecast, period inherited.",
]

if __name__ == "__main__":
    write("p1384-3", TEXT, NOTES, FIGS, published="2024-12-26", location="Ninh Bình")
