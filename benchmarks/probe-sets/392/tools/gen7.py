from lib import F, P, C, T, write

TEXT = """
SỞ VĂN HÓA VÀ THỂ THAO HÀ NỘI
Thư viện Hà Nội: Năm 2023 lượng bạn đọc tăng hơn 33%
03/01/2024 | Lượt xem: 1.126

Ngày 28/12/2023, Thư viện Hà Nội tổ chức tổng kết hoạt động năm 2023. Năm qua, đơn vị tổ chức 215 hoạt động tuyên truyền, giới thiệu sách, trong đó 48 hoạt động diễn ra tại cơ sở, trải rộng trên 30 quận, huyện, thị xã.

Kết quả một số chỉ tiêu chính như sau:
Đơn vị tính: lượt
Chỉ tiêu
Năm 2022
Năm 2023
Tăng (%)
Lượt bạn đọc
684.200
912.540
33,4
Lượt tài liệu luân chuyển
1.215.000
1.583.600
30,3
Sách bổ sung mới (bản)
21.480
25.310
17,8
Thẻ bạn đọc cấp mới (thẻ)
6.925
8.140
17,5

Xe ô tô thư viện lưu động thực hiện 96 chuyến phục vụ tại các huyện ngoại thành như Ba Vì, Mỹ Đức, Ứng Hòa, thu hút khoảng 54.000 lượt thiếu nhi. Riêng quý IV/2023, thư viện tiếp nhận 3.600 bản sách do các nhà xuất bản, cá nhân trao tặng.

Thư viện số của Thư viện Hà Nội hiện có 1.842 đầu sách điện tử và 12.450 tài liệu số hóa về Thăng Long - Hà Nội, với hơn 1,1 triệu lượt truy cập trong năm. Tòa nhà thư viện tại số 47 Bà Triệu, quận Hoàn Kiếm được cải tạo, bố trí thêm 120 chỗ ngồi đọc.

Năm 2024, Thư viện Hà Nội đặt mục tiêu phục vụ 1 triệu lượt bạn đọc, cấp mới 9.000 thẻ bạn đọc và hoàn thành số hóa bộ sưu tập "Hà Nội xưa" (khoảng 2.000 tài liệu) trước ngày 10/10/2024.

Ngọc Mai (Trung tâm Thông tin)
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
INY = P("trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [  # label, unit, 2022, v, 2023, v, pct, v
    ("Lượt bạn đọc", "lượt", "684.200", 684200, "912.540", 912540, "33,4", 33.4),
    ("Lượt tài liệu luân chuyển", "lượt", "1.215.000", 1215000, "1.583.600", 1583600, "30,3", 30.3),
    ("Sách bổ sung mới (bản)", "bản", "21.480", 21480, "25.310", 25310, "17,8", 17.8),
    ("Thẻ bạn đọc cấp mới (thẻ)", "thẻ", "6.925", 6925, "8.140", 8140, "17,5", 17.5),
]
TABLE = []
for lab, unit, a, av, b, bv, r, rv in ROWS:
    short = lab.split(" (")[0]
    TABLE += [
        F(f"{lab}\n{a}\n", a, av, "count", unit, f"{short} năm 2022", period=C22),
        F(f"{a}\n{b}\n", b, bv, "count", unit, f"{short} năm 2023", period=C23),
        F(f"{b}\n{r}\n", r, rv, "percent", "%", f"tăng {short}"),
    ]

FIGS = [
    F("tăng hơn 33%", "33", 33, "percent", "%", "lượng bạn đọc", approx="over", period=C23),
    F("tổ chức 215 hoạt động", "215", 215, "count", "hoạt động", "hoạt động tuyên truyền, giới thiệu sách",
      period=Y23i),
    F("trong đó 48 hoạt động", "48", 48, "count", "hoạt động", "hoạt động diễn ra tại cơ sở", total=215, period=Y23i),
    F("trên 30 quận", "30", 30, "count", "quận, huyện, thị xã", "quận, huyện, thị xã", period=Y23i, optional=True),
] + TABLE + [
    F("thực hiện 96 chuyến", "96", 96, "count", "chuyến", "chuyến xe ô tô thư viện lưu động phục vụ", period=Y23i),
    F("khoảng 54.000 lượt", "54.000", 54000, "count", "lượt thiếu nhi", "lượt thiếu nhi xe thư viện lưu động thu hút",
      approx="about", period=Y23i),
    F("tiếp nhận 3.600 bản", "3.600", 3600, "count", "bản sách", "bản sách do các nhà xuất bản, cá nhân trao tặng",
      period=Q4),
    F("có 1.842 đầu sách", "1.842", 1842, "count", "đầu sách điện tử", "đầu sách điện tử của thư viện số"),
    F("và 12.450 tài liệu", "12.450", 12450, "count", "tài liệu số hóa", "tài liệu số hóa về Thăng Long - Hà Nội"),
    F("hơn 1,1 triệu lượt", "1,1", 1100000, "count", "lượt truy cập", "lượt truy cập thư viện số",
      approx="over", period=INY),
    F("thêm 120 chỗ ngồi", "120", 120, "count", "chỗ ngồi đọc", "chỗ ngồi đọc bố trí thêm"),
    F("phục vụ 1 triệu lượt", "1", 1000000, "count", "lượt bạn đọc", "lượt bạn đọc phục vụ",
      status="target", period=Y24),
    F("cấp mới 9.000 thẻ", "9.000", 9000, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", status="target", period=Y24),
    F("khoảng 2.000 tài liệu", "2.000", 2000, "count", "tài liệu", "tài liệu bộ sưu tập \"Hà Nội xưa\"",
      approx="about", status="target", period=Y24),
]

COMMENTS = [
    "Department site (Sở VH&TT Hà Nội), bare '03/01/2024 | Lượt xem: 1.126' under the title. Default location Hà Nội.",
    "One-cell-per-line table, 'Đơn vị tính: lượt', rows with '(bản)', '(thẻ)' overriding it, columns Năm 2022 | Năm 2023 | Tăng (%).",
    "Year cells take the column header as period (scored as in h23/p205-8); the 'Tăng (%)' cells are percent figures with no period given.",
    "Every numeric cell is a figure, so no change attribute from the Tăng column. Title 'tăng hơn 33%' is a growth rate as the claim (percent, over).",
    "'trên 30 quận, huyện, thị xã' is the city's district count: optional. 'trong năm' takes 2023. '(khoảng 2.000 tài liệu)' has no verb of its own.",
    "revised: '(khoảng 2.000 tài liệu)' sits in the 'đặt mục tiêu' clause with no verb of its own → status target, period Năm 2024 (FIGURES.md status rule).",
    "Distractors: 'Ngày 28/12/2023', 'số 47 Bà Triệu', 'trước ngày 10/10/2024', collection name, districts listed as venues (Ba Vì, Mỹ Đức, Ứng Hòa).",
]
write("p392-7", COMMENTS, TEXT, FIGS, published="2024-01-03", location="Hà Nội")
