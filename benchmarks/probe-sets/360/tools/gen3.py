from lib import F, P, I, emit

TEXT = """UBND TỈNH QUẢNG NGÃI
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1245/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 20 tháng 9 năm 2024

BÁO CÁO
Kết quả xây dựng trường đạt chuẩn quốc gia và kiên cố hóa trường, lớp học

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công nhận trường đạt chuẩn
Trong năm học 2023-2024, toàn tỉnh được công nhận mới 38 trường đạt chuẩn quốc gia (kế hoạch 35 trường), công nhận lại 52 trường. Tính đến ngày 31/8/2024, toàn tỉnh có 460/622 trường công lập đạt chuẩn quốc gia, đạt 74,0% (chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX đến năm 2025 là 80%).

Bảng 1. Trường đạt chuẩn quốc gia theo cấp học (tính đến 31/8/2024)
Cấp học
Tổng số trường
Số trường đạt chuẩn
Tỷ lệ (%)
Mầm non
214
151
70,6
Tiểu học
198
163
82,3
Trung học cơ sở
169
124
73,4
Trung học phổ thông
41
22
53,7
Cộng
622
460
74,0

2. Cơ sở vật chất
Năm 2024, ngành tham mưu bố trí 312,5 tỷ đồng đầu tư cơ sở vật chất, trong đó vốn Chương trình kiên cố hóa trường, lớp học 186 tỷ đồng. Toàn ngành đã xây dựng mới 274 phòng học, 96 phòng học bộ môn, 58 khu nhà vệ sinh; tỷ lệ phòng học kiên cố toàn tỉnh đạt 91,2%, tăng 3,1 điểm phần trăm so với năm học trước.

II. NHIỆM VỤ NĂM HỌC 2024-2025
Phấn đấu công nhận mới ít nhất 40 trường, nâng tỷ lệ trường đạt chuẩn lên trên 77%; xóa 100% phòng học tạm còn lại (hiện còn 37 phòng).

Nơi nhận:
- Bộ GD&ĐT (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, KHTC.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

NH = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
TAB = P("tính đến 31/8/2024", None, "2024-08-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NH25 = P("NĂM HỌC 2024-2025", "2024-09-01", "2025-05-31", inh=True)

ROWS = [("Mầm non", "214", "151", "70,6"), ("Tiểu học", "198", "163", "82,3"),
        ("Trung học cơ sở", "169", "124", "73,4"), ("Trung học phổ thông", "41", "22", "53,7"),
        ("Cộng", "622", "460", "74,0")]


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for label, tot, ok, rate in ROWS:
    lab = label
    TABLE += [
        F(f"{label}\n{tot}\n", tot, num(tot), "count", "trường", f"Tổng số trường {lab}", TAB),
        F(f"{tot}\n{ok}\n", ok, num(ok), "count", "trường", f"Số trường đạt chuẩn {lab}", TAB),
        F(f"{ok}\n{rate}\n", rate, num(rate), "percent", "%", f"Tỷ lệ trường đạt chuẩn {lab}", TAB),
    ]

FIGS = [
    F("mới 38 trường", "38", 38, "count", "trường", "trường được công nhận mới đạt chuẩn quốc gia", NH, target={"value": 35, "unit": "trường"}),
    F("lại 52 trường", "52", 52, "count", "trường", "trường được công nhận lại", NH),
    F("có 460/622", "460", 460, "count", "trường", "trường công lập đạt chuẩn quốc gia", ASOF, total=622, percent=74.0,
      target={"value": 80, "unit": "%"}),
] + TABLE + [
    F("bố trí 312,5 tỷ đồng", "312,5", 312.5e9, "money", "đồng", "vốn đầu tư cơ sở vật chất", Y24),
    F("lớp học 186 tỷ đồng", "186", 186e9, "money", "đồng", "vốn Chương trình kiên cố hóa trường, lớp học", Y24, total=312.5e9),
    F("mới 274 phòng học", "274", 274, "count", "phòng học", "phòng học xây dựng mới", I(Y24)),
    F("96 phòng học bộ môn", "96", 96, "count", "phòng học bộ môn", "phòng học bộ môn xây dựng mới", I(Y24)),
    F("58 khu nhà vệ sinh", "58", 58, "count", "khu nhà vệ sinh", "khu nhà vệ sinh xây dựng mới", I(Y24)),
    F("đạt 91,2%", "91,2", 91.2, "percent", "%", "tỷ lệ phòng học kiên cố", I(Y24),
      change={"direction": "increase", "value": 3.1, "unit": "điểm phần trăm", "baseline": "năm học trước"}),
    F("ít nhất 40 trường", "40", 40, "count", "trường", "trường công nhận mới", NH25, approx="at_least", status="target"),
    F("trên 77%", "77", 77, "percent", "%", "tỷ lệ trường đạt chuẩn", NH25, approx="over", status="target"),
    F("xóa 100%", "100", 100, "percent", "%", "phòng học tạm còn lại được xóa", NH25, status="target"),
    F("còn 37 phòng", "37", 37, "count", "phòng", "phòng học tạm còn lại"),
]

COMMENTS = [
    "Formal report of Sở GD&ĐT Quảng Ngãi (letterhead 'Số: 1245/BC-SGDĐT', place-and-date line 'Quảng Ngãi, ngày 20 tháng 9 năm 2024' = published).",
    "Table 'Bảng 1' written ONE CELL PER LINE: Cấp học | Tổng số trường | Số trường đạt chuẩn | Tỷ lệ (%); the 'Cộng' row is the province total.",
    "Every numeric cell is a figure; subject = column label + row label; unit 'trường' from the column labels, '%' from 'Tỷ lệ (%)';",
    "period from the caption '(tính đến 31/8/2024)', a line of its own, so inherited; no totals for cells.",
    "Distractors: 'Số: 1245/BC-SGDĐT', the date line, 'Đại hội … lần thứ XX', section numbers 'I.', '1.', '2.', 'II.', 'Bảng 1', 'Lưu: VT, KHTC'.",
    "38 trường '(kế hoạch 35 trường)' gives target 35. 460/622 'đạt 74,0% (chỉ tiêu … đến năm 2025 là 80%)': total, share, target 80.",
    "186 tỷ after 'trong đó' is part of 312,5 tỷ. 91,2% 'tăng 3,1 điểm phần trăm' is a level with its change.",
    "Section II heading 'NĂM HỌC 2024-2025' dates the targets (inherited). '(hiện còn 37 phòng)' has its own verb: actual, no period.",
    "revised after the first run: the 'Cộng' row's three subjects now carry the row label as written ('… Cộng'), as FIGURES.md gives",
    "a cell's subject as its row label and column label; the first draft had paraphrased it as 'toàn tỉnh'.",
    "School year read as 1 September to 31 May (FIGURES.md gives no row for 'năm học'; earlier probe sets use the same reading).",
]

emit("p360-3", TEXT, COMMENTS, FIGS, published="2024-09-20", location="Quảng Ngãi")
