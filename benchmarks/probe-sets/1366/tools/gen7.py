"""p1366-7: department site without a dateline (Chi cục Chăn nuôi và Thú y Đắk Lắk): markets 2024; one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp | Liên hệ

Kết quả kiểm soát gia súc qua các chợ năm 2024

Năm 2024, các chợ gia súc trên địa bàn tỉnh ước tiếp nhận 96.300 con trâu, bò, dê, tăng 6,2% so với năm 2023. Chi cục đã bố trí 24 cán bộ thú y làm nhiệm vụ kiểm soát tại 6 chợ gia súc; cấp 3.850 giấy chứng nhận kiểm dịch cho gia súc vận chuyển ra ngoài tỉnh.

Số lượng gia súc qua các chợ đầu mối lớn
Đơn vị tính: con
Chợ
Địa điểm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Chợ gia súc Ea Kar
huyện Ea Kar
24.180
25.960
107,4
Chợ bò Krông Năng
huyện Krông Năng
18.720
19.450
103,9
Chợ gia súc Buôn Hồ
thị xã Buôn Hồ
15.300
16.840
110,1
Tổng số
-
58.200
62.250
107,0

Qua kiểm tra, Chi cục phát hiện 27 trường hợp gia súc không rõ nguồn gốc, tiêu hủy 5 con bò mắc bệnh viêm da nổi cục. Giá bò thịt tại các chợ bình quân 72.000-76.000 đồng/kg; bò giống lai Brahman F1 giá từ 18 đến 22 triệu đồng/con.

Kế hoạch năm 2025, Chi cục phấn đấu 100% chợ gia súc đầu mối có cán bộ thú y thường trực; số gia súc qua chợ đạt khoảng 100.000 con.

Tin liên quan:
- Hướng dẫn tiêm phòng vắc xin viêm da nổi cục đợt 2 năm 2024
- Tập huấn an toàn sinh học trong chăn nuôi bò thịt

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH ĐẮK LẮK
Địa chỉ: 47 Nguyễn Tất Thành, TP Buôn Ma Thuột
Điện thoại: 0262.3852.471
Lượt truy cập: 1.204.336 | Đang online: 28
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", "count", C23, None), ("ước thực hiện 2024", "count", E24, "estimate"),
        ("so với cùng kỳ", "percent", inh(E24), None)]
ROWS = [("Chợ gia súc Ea Kar", "huyện Ea Kar", "Ea Kar", ["24.180", "25.960", "107,4"]),
        ("Chợ bò Krông Năng", "huyện Krông Năng", "Krông Năng", ["18.720", "19.450", "103,9"]),
        ("Chợ gia súc Buôn Hồ", "thị xã Buôn Hồ", "Buôn Hồ", ["15.300", "16.840", "110,1"]),
        ("Tổng số", "-", None, ["58.200", "62.250", "107,0"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, placecell, loc, nums in ROWS:
    prev = placecell
    what = "tổng số gia súc qua các chợ đầu mối lớn" if loc is None else f"gia súc qua {label.lower()}"
    for (col, kind, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if loc:
            kw["location"] = loc
        unit = "%" if kind == "percent" else "con"
        CELLS.append(fig(f"{prev}\n{n}", n, num(n), kind, unit, subject=f"{what} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước tiếp nhận 96.300", "96.300", 96300, "count", "con trâu, bò, dê", status="estimate",
        change=chg("increase", 6.2, "%", "năm 2023"), subject="trâu, bò, dê các chợ gia súc tiếp nhận",
        period=Y24),
    fig("bố trí 24 cán bộ", "24", 24, "count", "cán bộ thú y", subject="cán bộ thú y làm nhiệm vụ kiểm soát",
        period=inh(Y24)),
    fig("tại 6 chợ", "6", 6, "count", "chợ gia súc", subject="chợ gia súc có cán bộ thú y kiểm soát",
        period=inh(Y24)),
    fig("cấp 3.850 giấy", "3.850", 3850, "count", "giấy chứng nhận kiểm dịch",
        subject="giấy chứng nhận kiểm dịch cấp cho gia súc vận chuyển ra ngoài tỉnh", period=inh(Y24)),
] + CELLS + [
    fig("phát hiện 27 trường hợp", "27", 27, "count", "trường hợp",
        subject="trường hợp gia súc không rõ nguồn gốc"),
    fig("tiêu hủy 5 con", "5", 5, "count", "con bò", subject="bò mắc bệnh viêm da nổi cục bị tiêu hủy"),
    fig("bình quân 72.000-76.000", "72.000", 72000, "money", "đồng/kg", value_max=76000,
        subject="giá bò thịt tại các chợ"),
    fig("từ 18 đến 22", "18", 18e6, "money", "đồng/con", value_max=22e6, subject="giá bò giống lai Brahman F1"),
    fig("đấu 100% chợ", "100", 100, "percent", "%", status="target",
        subject="chợ gia súc đầu mối có cán bộ thú y thường trực", period=K25),
    fig("khoảng 100.000 con", "100.000", 100000, "count", "con", approx="about", status="target",
        subject="số gia súc qua chợ", period=K25),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi và Thú y Đắk Lắk), no dateline: menu, related links, footer address, phone,",
    "'Lượt truy cập: 1.204.336 | Đang online: 28'. published = null; periods come from the text.",
    "Distractors: 'Brahman F1', 'đợt 2 năm 2024' in a link, '47 Nguyễn Tất Thành', phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: con'; the 'Địa điểm' column gives each row's location (Ea Kar, Krông Năng, Buôn Hồ);",
    "the 'Tổng số' row (place cell '-') stays in Đắk Lắk. Subject = row + column label; 'Ước thực hiện 2024' → estimate;",
    "'So với cùng kỳ (%)' cells are percent figures; their header has no cue and no year → actual, period inherited (not scored).",
    "'ước tiếp nhận' → estimate; the next sentence ('Chi cục đã bố trí ...') is actual, period inherited from 'Năm 2024'.",
    "'Kế hoạch năm 2025, Chi cục phấn đấu ...' → target for both clauses.",
]

if __name__ == "__main__":
    write("p1366-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
