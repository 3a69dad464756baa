"""p1353-7: department site without dateline (Sở LĐ-TB&XH Đồng Nai): training tied to enterprises, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Kết quả đào tạo nghề gắn với doanh nghiệp

Đồng Nai hiện có 32 khu công nghiệp đang hoạt động với khoảng 1.400 doanh nghiệp, sử dụng trên 600.000 lao động. Năm 2024, toàn tỉnh ước tuyển sinh, đào tạo nghề cho 98.000 người, trong đó đào tạo tại doanh nghiệp chiếm 41%.

Kết quả đào tạo nghề tại doanh nghiệp
Đơn vị tính: người
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
37.850
40.200
42.000
Trong đó: Kèm cặp, truyền nghề
26.300
27.900
28.500
Học nghề, tập nghề theo Điều 61 Bộ luật Lao động
8.120
9.050
10.000
Đào tạo nâng bậc thợ
3.430
3.250
3.500

Năm 2024, tỉnh đã hỗ trợ kinh phí cho 1.150 lao động là người dân tộc thiểu số, người khuyết tật học nghề tại 26 doanh nghiệp, tổng kinh phí hơn 4,6 tỷ đồng. Tỷ lệ lao động qua đào tạo của tỉnh ước đạt 77%, đứng thứ 4 vùng Đông Nam Bộ.

Mục tiêu đến năm 2025, 100% khu công nghiệp có cơ sở đào tạo nghề hoặc liên kết đào tạo với doanh nghiệp.

Tin khác:
- Tổng kết công tác giáo dục nghề nghiệp năm học 2023-2024
- Thông báo tuyển sinh trình độ sơ cấp đợt 2

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.195
Lượt truy cập: 1.306.427 | Trực tuyến: 54
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Tổng số", "tổng số", ["37.850", "40.200", "42.000"]),
        ("Trong đó: Kèm cặp, truyền nghề", "kèm cặp, truyền nghề", ["26.300", "27.900", "28.500"]),
        ("Học nghề, tập nghề theo Điều 61 Bộ luật Lao động", "học nghề, tập nghề theo Điều 61 Bộ luật Lao động",
         ["8.120", "9.050", "10.000"]),
        ("Đào tạo nâng bậc thợ", "đào tạo nâng bậc thợ", ["3.430", "3.250", "3.500"])]
CELLS = []
TOTALS = [float(n.replace(".", "")) for n in ROWS[0][2]]
for r, (label, row, nums) in enumerate(ROWS):
    prev = label
    for c, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if r > 0:
            kw["total"] = TOTALS[c]
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "người",
                         subject=f"{row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 32 khu công nghiệp", "32", 32, "count", "khu công nghiệp", subject="khu công nghiệp đang hoạt động"),
    fig("khoảng 1.400 doanh nghiệp", "1.400", 1400, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp trong các khu công nghiệp"),
    fig("trên 600.000 lao động", "600.000", 600000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp khu công nghiệp sử dụng"),
    fig("cho 98.000 người", "98.000", 98000, "count", "người", status="estimate",
        subject="người được tuyển sinh, đào tạo nghề", period=Y24),
    fig("chiếm 41%", "41", 41, "percent", "%", status="estimate",
        subject="đào tạo tại doanh nghiệp", period=Y24),
] + CELLS + [
    fig("cho 1.150 lao động", "1.150", 1150, "count", "lao động",
        subject="lao động là người dân tộc thiểu số, người khuyết tật được hỗ trợ kinh phí học nghề tại doanh nghiệp",
        period=Y24b),
    fig("tại 26 doanh nghiệp", "26", 26, "count", "doanh nghiệp",
        subject="doanh nghiệp có lao động được hỗ trợ học nghề", period=Y24b),
    fig("hơn 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", approx="over", subject="tổng kinh phí hỗ trợ", period=Y24b),
    fig("ước đạt 77%", "77", 77, "percent", "%", status="estimate",
        subject="tỷ lệ lao động qua đào tạo của tỉnh", period=inh(Y24b)),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", status="estimate",
        subject="tỷ lệ lao động qua đào tạo vùng Đông Nam Bộ", period=inh(Y24b)),
    fig("100% khu công nghiệp", "100", 100, "percent", "%", status="target",
        subject="khu công nghiệp có cơ sở đào tạo nghề hoặc liên kết đào tạo với doanh nghiệp", period=T25),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Đồng Nai), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Điều 61' inside a table row label, 'năm học 2023-2024', 'đợt 2', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.195,",
    "counters 1.306.427 and 54.",
    "'ước tuyển sinh ... 98.000 người, trong đó ... chiếm 41%': 41% is a percent figure of its own (40.200 / 98.000); estimate carried.",
    "One-cell-per-line table, 'Đơn vị tính: người': rows are training forms, subject = row + column label; period from the column",
    "header (scored); 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target.",
    "revised after the first run: the three rows after 'Trong đó:' follow the 'Tổng số' row and add up to it, so each cell takes the",
    "'Tổng số' cell of its column as total (FIGURES.md, Parts of a whole: a part after 'trong đó' that follows the whole); subjects are",
    "row label + column label only (FIGURES.md, Tables); '41%' and '100%' subjects drop the invented 'tỷ lệ'.",
    "Published is null (no dateline). '77%' and the rank 'đứng thứ 4' continue the 'ước đạt' clause (estimate); their period 'Năm 2024'",
    "stands in the previous sentence (inherited). 'Mục tiêu đến năm 2025, 100% ...' = target, start null.",
]

if __name__ == "__main__":
    write("p1353-7", TEXT, NOTES, FIGS, location="Đồng Nai")
