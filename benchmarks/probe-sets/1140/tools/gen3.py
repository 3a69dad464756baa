"""p1140-3: formal report (UBND tỉnh Thái Bình), community mental health 2023, flattened | table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 22 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác bảo vệ sức khỏe tâm thần cộng đồng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Phát hiện, quản lý người bệnh
Năm 2023, toàn tỉnh phát hiện mới 286 người bệnh tâm thần, nâng tổng số người bệnh đang được quản lý lên 5.412 người, đạt 101,3% kế hoạch. Tỷ lệ người bệnh tâm thần phân liệt được điều trị ổn định đạt 84,7%, vượt chỉ tiêu đề ra là 80%.

2. Người bệnh được quản lý theo địa bàn
Đơn vị tính: người
Địa bàn | Tâm thần phân liệt | Động kinh | Trầm cảm | Cộng
TP Thái Bình | 412 | 298 | 35 | 745
Huyện Quỳnh Phụ | 586 | 471 | 28 | 1.085
Huyện Hưng Hà | 534 | 402 | 31 | 967
Huyện Vũ Thư | 498 | 360 | 22 | 880
Các huyện còn lại | 803 | 890 | 42 | 1.735
Tổng cộng | 2.833 | 2.421 | 158 | 5.412

3. Nhân lực, kinh phí
Tính đến ngày 30/11/2023, Bệnh viện Tâm thần Thái Bình có 300 giường bệnh kế hoạch, 285 viên chức, người lao động, trong đó 42 bác sĩ, gồm 12 bác sĩ chuyên khoa I, chuyên khoa II. Tổng kinh phí thực hiện công tác bảo vệ sức khỏe tâm thần năm 2023 là 2,85 tỷ đồng, trong đó ngân sách tỉnh 1,9 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu quản lý 5.600 người bệnh tâm thần; tỷ lệ người bệnh tâm thần phân liệt điều trị ổn định trên 85%.

Nơi nhận:
- Bộ Y tế (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, KGVX.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = ["người bệnh tâm thần phân liệt", "người bệnh động kinh", "người bệnh trầm cảm", "người bệnh được quản lý cộng"]
ROWS = [  # label (None = place row), location, cells
    ("Bình", None, "Thái Bình", ["412", "298", "35", "745"]),
    ("Phụ", None, "Quỳnh Phụ", ["586", "471", "28", "1.085"]),
    ("Hà", None, "Hưng Hà", ["534", "402", "31", "967"]),
    ("Thư", None, "Vũ Thư", ["498", "360", "22", "880"]),
    ("lại", "các huyện còn lại", None, ["803", "890", "42", "1.735"]),
    ("cộng", "tổng cộng", None, ["2.833", "2.421", "158", "5.412"]),
]


def table():
    out = []
    for last, label, loc, cells in ROWS:
        prev = last
        for col, num in zip(COLS, cells):
            subj = col if label is None else f"{col} {label}"
            extra = {"location": loc} if loc else {}
            out.append(fig(f"{prev} | {num}", num, int(num.replace(".", "")), "count", "người",
                           subject=subj, period=inh(Y23), **extra))
            prev = num
    return out


FIGS = [
    fig("mới 286 người", "286", 286, "count", "người bệnh",
        subject="người bệnh tâm thần phát hiện mới", period=Y23),
    fig("lên 5.412 người", "5.412", 5412, "count", "người", percent=101.3,
        subject="người bệnh tâm thần đang được quản lý", period=Y23),
    fig("đạt 84,7%", "84,7", 84.7, "percent", "%", target=tgt(80, "%", True),
        subject="tỷ lệ người bệnh tâm thần phân liệt được điều trị ổn định", period=inh(Y23)),
] + table() + [
    fig("có 300 giường", "300", 300, "count", "giường bệnh",
        subject="giường bệnh kế hoạch của Bệnh viện Tâm thần Thái Bình", period=ASOF),
    fig("285 viên chức", "285", 285, "count", "viên chức, người lao động",
        subject="viên chức, người lao động của Bệnh viện Tâm thần Thái Bình", period=ASOF),
    fig("trong đó 42 bác sĩ", "42", 42, "count", "bác sĩ", total=285,
        subject="bác sĩ của Bệnh viện Tâm thần Thái Bình", period=ASOF),
    fig("gồm 12 bác sĩ", "12", 12, "count", "bác sĩ", total=42,
        subject="bác sĩ chuyên khoa I, chuyên khoa II", period=ASOF),
    fig("là 2,85 tỷ", "2,85", 2850000000, "money", "đồng",
        subject="tổng kinh phí thực hiện công tác bảo vệ sức khỏe tâm thần", period=Y23s),
    fig("tỉnh 1,9 tỷ", "1,9", 1900000000, "money", "đồng", total=2850000000,
        subject="kinh phí từ ngân sách tỉnh", period=Y23s),
    fig("quản lý 5.600 người", "5.600", 5600, "count", "người bệnh", status="target",
        subject="người bệnh tâm thần được quản lý", period=Y24),
    fig("trên 85%", "85", 85, "percent", "%", approx="over", status="target",
        subject="tỷ lệ người bệnh tâm thần phân liệt điều trị ổn định", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI BÌNH', 'Số: 318/BC-UBND', 'Thái Bình, ngày 22 tháng 12 năm 2023' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: người': place rows (TP Thái Bình, huyện …) go to location, subject = column label (+ 'người bệnh');",
    "non-place rows ('Các huyện còn lại', 'Tổng cộng') join the subject. Cells get no total; period năm 2023 from the title/section 1 (inherited).",
    "'vượt chỉ tiêu đề ra là 80%' is the target of 84,7% (met). '285 …, trong đó 42 bác sĩ, gồm 12 bác sĩ chuyên khoa I, chuyên khoa II': nested totals.",
    "Distractors: Số 318/BC-UBND, 'chuyên khoa I, chuyên khoa II', section numbers, 'KGVX'. Targets under 'PHƯƠNG HƯỚNG NĂM 2024' (inherited period).",
]

if __name__ == "__main__":
    write("p1140-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Thái Bình")
