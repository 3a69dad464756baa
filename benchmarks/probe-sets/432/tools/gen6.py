from lib import F, P, ch, emit

HEAD = """Tỉnh đoàn Lâm Đồng tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2024

Chiều 18/9, Tỉnh đoàn Lâm Đồng tổ chức Hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2024. Năm nay, Chiến dịch được triển khai tại 12 huyện, thành phố với 48 đội hình tình nguyện cấp tỉnh. Một số kết quả chủ yếu so với năm 2023 như sau:

Bảng 2. Kết quả Chiến dịch Thanh niên tình nguyện hè

Chỉ tiêu

Đơn vị tính

Năm 2023

Năm 2024

Năm 2024 so với năm 2023 (%)
"""

ROWS = [
    ("Lượt đoàn viên, thanh niên tham gia", "Lượt người", "52.400", "57.150", "109,1"),
    ("Công trình thanh niên làm mới", "Công trình", "64", "71", "110,9"),
    ("Giá trị các công trình", "Triệu đồng", "8.350", "9.720", "116,4"),
    ("Cây xanh trồng mới", "Cây", "48.000", "61.500", "128,1"),
    ("Đơn vị máu tiếp nhận", "Đơn vị", "1.860", "1.742", "93,7"),
    ("Suất học bổng, quà tặng", "Suất", "2.150", "2.390", "111,2"),
]

TAIL = """
Đáng chú ý, số đơn vị máu tiếp nhận giảm 6,3% so với năm 2023 do một số đợt hiến máu trùng lịch thi của sinh viên. Chiến dịch Mùa hè xanh thu hút 1.320 sinh viên từ 9 trường đại học, cao đẳng, trong đó Trường Đại học Đà Lạt có 680 sinh viên.

Các đơn vị dẫn đầu về công trình thanh niên là thành phố Đà Lạt (12 công trình), huyện Đức Trọng (10 công trình) và huyện Lâm Hà (9 công trình). Dịp này, Tỉnh đoàn tặng Bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc.

Năm 2025, Tỉnh đoàn đề ra chỉ tiêu trồng mới khoảng 65.000 cây xanh và tiếp nhận trên 2.000 đơn vị máu.

Ban Phong trào Tỉnh đoàn
20/09/2024
"""

TEXT = HEAD
for r in ROWS:
    TEXT += "\n" + "\n\n".join(r) + "\n"
TEXT += TAIL

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
N24 = P("Năm nay", "2024-01-01", "2024-12-31")

def num(s):
    return float(s.replace(".", "").replace(",", "."))

UNITS = {"Lượt người": ("count", "lượt người", 1), "Công trình": ("count", "công trình", 1),
         "Triệu đồng": ("money", "đồng", 1e6), "Cây": ("count", "cây", 1), "Đơn vị": ("count", "đơn vị", 1),
         "Suất": ("count", "suất", 1)}

FIGS = [
    F("tại 12 huyện", "12", 12, "count", "huyện, thành phố", "huyện, thành phố triển khai Chiến dịch", N24),
    F("với 48 đội hình", "48", 48, "count", "đội hình tình nguyện", "đội hình tình nguyện cấp tỉnh", N24),
]
for label, u, a, b, c in ROWS:
    kind, unit, mult = UNITS[u]
    FIGS.append(F(f"{u}\n\n{a}\n", a, num(a) * mult, kind, unit, f"{label} năm 2023", Y23))
    FIGS.append(F(f"\n{a}\n\n{b}\n", b, num(b) * mult, kind, unit, f"{label} năm 2024", Y24))
    FIGS.append(F(f"\n{b}\n\n{c}\n", c, num(c), "percent", "%", f"{label} năm 2024 so với năm 2023", Y24i))

FIGS += [
    F("giảm 6,3%", "6,3", 6.3, "percent", "%", "số đơn vị máu tiếp nhận giảm so với năm 2023", Y24i),
    F("thu hút 1.320 sinh viên", "1.320", 1320, "count", "sinh viên", "sinh viên tham gia Chiến dịch Mùa hè xanh", Y24i),
    F("từ 9 trường", "9", 9, "count", "trường đại học, cao đẳng", "trường đại học, cao đẳng có sinh viên tham gia", Y24i),
    F("có 680 sinh viên", "680", 680, "count", "sinh viên", "sinh viên Trường Đại học Đà Lạt tham gia Mùa hè xanh", Y24i,
      total=1320),
    F("Đà Lạt (12 công trình)", "12", 12, "count", "công trình", "công trình thanh niên", Y24i, location="Đà Lạt"),
    F("Đức Trọng (10 công trình)", "10", 10, "count", "công trình", "công trình thanh niên", Y24i, location="Đức Trọng"),
    F("Lâm Hà (9 công trình)", "9", 9, "count", "công trình", "công trình thanh niên", Y24i, location="Lâm Hà"),
    F("cho 25 tập thể", "25", 25, "count", "tập thể", "tập thể có thành tích xuất sắc được tặng Bằng khen", Y24i),
    F("và 40 cá nhân", "40", 40, "count", "cá nhân", "cá nhân có thành tích xuất sắc được tặng Bằng khen", Y24i),
    F("khoảng 65.000 cây", "65.000", 65000, "count", "cây xanh", "cây xanh trồng mới", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="about", status="target"),
    F("trên 2.000 đơn vị", "2.000", 2000, "count", "đơn vị máu", "đơn vị máu tiếp nhận", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="over", status="target"),
]

COMMENTS = [
    "Provincial youth-union site (Lâm Đồng), no dateline at the top; bare date '20/09/2024' at the end after the signature = published.",
    "One-cell-per-line table: Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | Năm 2024 so với năm 2023 (%). Every numeric cell is a figure;",
    "unit from the 'Đơn vị tính' cell ('Triệu đồng' → money ×10⁶); period from the column header; the comparison column is percent, its period",
    "(2024 vs 2023) inherited/unscored. Subject = row label + column label. No attributes on table cells. 'Bảng 2' is a caption number.",
    "Distractors: 'Chiều 18/9', 'Bảng 2', 'Trường Đại học Đà Lạt' (an organisation's name: location stays Lâm Đồng for the 680).",
    "'Năm nay' = 2024 (the campaign of the title and the date). 'giảm 6,3% so với năm 2023' alone: percent figure (growth claim).",
    "'1.320 sinh viên …, trong đó … 680 sinh viên': total 1.320. 'thành phố Đà Lạt (12 công trình)': location Đà Lạt.",
    "revised: the subjects of '25 tập thể' and '40 cá nhân' now carry the noun's own modifier 'có thành tích xuất sắc' (as the sentence names them).",
    "'Năm 2025 … đề ra chỉ tiêu … khoảng 65.000 cây … trên 2.000 đơn vị máu': targets.",
]

emit("p432-6", TEXT, COMMENTS, FIGS, published="2024-09-20", location="Lâm Đồng")
