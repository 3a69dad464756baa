from lib import fig, period, inh, change, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI NGUYÊN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Kết quả chăm lo Tết Giáp Thìn cho người lao động tại 4 địa phương có khu công nghiệp

Thực hiện Kế hoạch số 318/KH-UBND của UBND tỉnh, dịp Tết Nguyên đán Giáp Thìn, các cấp công đoàn và người sử dụng lao động tại 4 địa phương có khu công nghiệp đã tặng quà cho 43.945 lượt người, tăng 10,5% so với năm 2023. Tổng kinh phí chăm lo đạt 31,6 tỷ đồng, bình quân khoảng 719.000 đồng/người.

Đến hết ngày 31/1/2024, 100% doanh nghiệp có tổ chức công đoàn trên địa bàn đã thông báo mức thưởng Tết; mức thưởng phổ biến từ 3 đến 5 triệu đồng/người.

Riêng TP Phổ Yên, nơi có Khu công nghiệp Yên Bình, số lượt người được tặng quà chiếm 56,5% của cả 4 địa phương. Chương trình "Chuyến xe mùa xuân" đã đưa 1.350 công nhân về quê đón Tết; 120 công nhân ngoại tỉnh ở lại làm việc được tặng quà, mỗi suất 1,5 triệu đồng.

Số lượt người lao động được tặng quà Tết
Đơn vị tính: lượt người

Địa phương

Năm 2023

Năm 2024

So sánh (%)

TP Thái Nguyên

8.450

9.120

107,9

TP Phổ Yên

21.300

24.850

116,7

TP Sông Công

6.780

7.015

103,5

Huyện Phú Bình

3.240

2.960

91,4

Cộng

39.770

43.945

110,5

Nguồn: Liên đoàn Lao động tỉnh Thái Nguyên

Địa chỉ: số 8 đường Đội Cấn, TP Thái Nguyên. Điện thoại: 0208.3855.642
Tổng số lượt truy cập: 1.527.304
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = period("Đến hết ngày 31/1/2024", end="2024-01-31")
SUBJ = "Số lượt người lao động được tặng quà Tết"
RATIO = "Số lượt người lao động được tặng quà Tết so sánh năm 2024 với năm 2023"

ROWS = [  # (row label, location, cells 2023, 2024, ratio, anchors)
    ("TP Thái Nguyên", "Thái Nguyên", "8.450", "9.120", "107,9"),
    ("TP Phổ Yên", "Phổ Yên", "21.300", "24.850", "116,7"),
    ("TP Sông Công", "Sông Công", "6.780", "7.015", "103,5"),
    ("Huyện Phú Bình", "Phú Bình", "3.240", "2.960", "91,4"),
    ("Cộng", None, "39.770", "43.945", "110,5"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


F = [
    fig("tại 4 địa phương có khu công nghiệp\n", "4", 4, "count", "địa phương", "địa phương có khu công nghiệp"),
    fig("sử dụng lao động tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương có khu công nghiệp"),
    fig("cho 43.945 lượt người", "43.945", 43945, "count", "lượt người", "lượt người được tặng quà Tết",
        change=change("increase", 10.5, baseline="năm 2023")),
    fig("đạt 31,6 tỷ", "31,6", 31_600_000_000, "money", "đồng", "Tổng kinh phí chăm lo Tết"),
    fig("khoảng 719.000", "719.000", 719_000, "money", "đồng/người", "kinh phí chăm lo Tết bình quân", approx="about"),
    fig("2024, 100%", "100", 100, "percent", "%", "doanh nghiệp có tổ chức công đoàn đã thông báo mức thưởng Tết", ASOF),
    fig("chiếm 56,5%", "56,5", 56.5, "percent", "%", "số lượt người được tặng quà", location="Phổ Yên"),
    fig("cả 4 địa phương", "4", 4, "count", "địa phương", "địa phương có khu công nghiệp", optional=True),
    fig("đưa 1.350 công nhân", "1.350", 1350, "count", "công nhân", "công nhân được Chuyến xe mùa xuân đưa về quê đón Tết"),
    fig("120 công nhân", "120", 120, "count", "công nhân", "công nhân ngoại tỉnh ở lại làm việc được tặng quà"),
    fig("mỗi suất 1,5 triệu", "1,5", 1_500_000, "money", "đồng", "giá trị mỗi suất quà"),
    fig("từ 3 đến 5 triệu", "3", 3_000_000, "money", "đồng/người", "mức thưởng Tết phổ biến", ASOF, value_max=5_000_000),
]
for label, loc, a, b, r in ROWS:
    extra = {"location": loc} if loc else {}
    F.append(fig(f"{label}\n\n{a}", a, num(a), "count", "lượt người", SUBJ + " năm 2023", Y23, **extra))
    F.append(fig(f"{a}\n\n{b}", b, num(b), "count", "lượt người", SUBJ + " năm 2024", Y24, **extra))
    F.append(fig(f"{b}\n\n{r}", r, num(r), "percent", "%", RATIO, **extra))

NOTES = [
    "Department site (Sở LĐ-TB&XH Thái Nguyên), no dateline: Tết Giáp Thìn gifts for workers in 4 localities with industrial parks;",
    "one-cell-per-line table with 'Đơn vị tính: lượt người' and a 'So sánh (%)' column whose header unit overrides the unit line.",
    "Table rows are cities/districts -> location; the 'Cộng' row is the province. Periods from the Năm 2023 / Năm 2024 headers (scored,",
    "as in shared h23/h24); the ratio column names no period. Table cells get no total (as in the shared gold tables).",
    "Distractors: Kế hoạch số 318/KH-UBND, the menu, 'Đến hết ngày 31/1/2024', address số 8 đường Đội Cấn, phone 0208.3855.642,",
    "visit counter 1.527.304. 'của cả 4 địa phương' (a third mention, used as a reference) is optional. No published date (none stated). 'Tết Nguyên đán Giáp Thìn' is not a calendar period: lead figures get none.",
]

write("p486-7", TEXT, NOTES, F, published=None, location="Thái Nguyên")
