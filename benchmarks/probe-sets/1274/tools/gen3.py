"""p1274-3: formal report (UBND tỉnh Long An, Số: 412/BC-UBND): HFMD 10 months 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LONG AN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 15 tháng 11 năm 2023

BÁO CÁO
Kết quả công tác phòng, chống bệnh tay chân miệng 10 tháng năm 2023

I. TÌNH HÌNH DỊCH BỆNH
1. Số ca mắc
Tính đến ngày 31/10/2023, toàn tỉnh ghi nhận 2.164 ca mắc tay chân miệng, tăng 2,3 lần so với cùng kỳ năm 2022; số ca phải nhập viện là 795 ca, chiếm 36,7%; không có ca tử vong.

2. Số ca mắc theo địa phương
Đơn vị tính: ca
Địa phương | 10 tháng năm 2022 | 10 tháng năm 2023 | So với cùng kỳ (%)
TP Tân An | 198 | 436 | 220,2
Huyện Đức Hòa | 241 | 587 | 243,6
Huyện Bến Lức | 176 | 402 | 228,4
Các huyện, thị xã còn lại | 325 | 739 | 227,4
Tổng cộng | 940 | 2.164 | 230,2

II. KẾT QUẢ TRIỂN KHAI CÁC BIỆN PHÁP
Ngành y tế phối hợp ngành giáo dục giám sát 1.026 trường mầm non, tiểu học, phát hiện 37 trường chưa bảo đảm điều kiện vệ sinh, chiếm 3,6%. Kinh phí phòng, chống dịch 10 tháng đạt 3,47 tỷ đồng, bằng 86,8% dự toán.

III. PHƯƠNG HƯỚNG 2 THÁNG CUỐI NĂM
Phấn đấu khống chế số ca mắc cả năm 2023 dưới 2.500 ca; 100% ổ dịch được xử lý trong vòng 48 giờ; tiếp tục thực hiện Quyết định số 1497/QĐ-UBND về kế hoạch phòng, chống dịch.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
"""

ASOF = per("Tính đến ngày 31/10/2023", None, "2023-10-31")
C22 = per("10 tháng năm 2022", "2022-01-01", "2022-10-31")
C23 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
M10 = per("10 tháng", "2023-01-01", "2023-10-31")
Y23 = per("cả năm 2023", "2023-01-01", "2023-12-31")

# (row label, location or None = province, cells)
ROWS = [
    ("TP Tân An", "Tân An", ["198", "436", "220,2"]),
    ("Huyện Đức Hòa", "Đức Hòa", ["241", "587", "243,6"]),
    ("Huyện Bến Lức", "Bến Lức", ["176", "402", "228,4"]),
    ("Các huyện, thị xã còn lại", None, ["325", "739", "227,4"]),
    ("Tổng cộng", None, ["940", "2.164", "230,2"]),
]
CELLS = []
for label, place, nums in ROWS:
    prev = label.split()[-1]
    rowname = "" if place else label.lower() + " "
    kw = {"location": place} if place else {}
    for i, n in enumerate(nums):
        anchor = f"{prev} | {n}"
        if i < 2:
            col = C22 if i == 0 else C23
            CELLS.append(fig(anchor, n, float(n.replace(".", "")), "count", "ca",
                             subject=f"{rowname}{col['text']}", period=col, **kw))
        else:
            CELLS.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"{rowname}so với cùng kỳ", **kw))
        prev = n

FIGS = [
    fig("ghi nhận 2.164 ca", "2.164", 2164, "count", "ca",
        change=chg("increase", 2.3, "lần", "cùng kỳ năm 2022"),
        subject="ca mắc tay chân miệng", period=ASOF),
    fig("là 795 ca", "795", 795, "count", "ca", percent=36.7,
        subject="số ca phải nhập viện", period=ASOF),
] + CELLS + [
    fig("giám sát 1.026 trường", "1.026", 1026, "count", "trường",
        subject="trường mầm non, tiểu học được giám sát"),
    fig("phát hiện 37 trường", "37", 37, "count", "trường", percent=3.6,
        subject="trường chưa bảo đảm điều kiện vệ sinh"),
    fig("đạt 3,47 tỷ", "3,47", 3.47e9, "money", "đồng", percent=86.8,
        subject="kinh phí phòng, chống dịch", period=M10),
    fig("dưới 2.500 ca", "2.500", 2500, "count", "ca", approx="under", status="target",
        subject="số ca mắc", period=Y23),
    fig("100% ổ dịch", "100", 100, "percent", "%", status="target",
        subject="ổ dịch được xử lý trong vòng 48 giờ"),
    fig("trong vòng 48 giờ", "48", 48, "measure", "giờ", approx="at_most", status="target", optional=True),
]

NOTES = [
    "Formal report: 'UBND TỈNH LONG AN', 'Số: 412/BC-UBND', 'Long An, ngày 15 tháng 11 năm 2023' (published), sections I-III, 'Nơi nhận'.",
    "Flattened '|' table with 'Đơn vị tính: ca' and a place column: district rows give location (Tân An, Đức Hòa, Bến Lức);",
    "'Các huyện, thị xã còn lại' and 'Tổng cộng' are not one named place: location Long An, the row label goes to the subject.",
    "Count cells: period from the column header (scored). 'So với cùng kỳ (%)' cells are percent figures; that header names no period,",
    "so they carry none. Cell subject = row label (if not a place) + column label, as FIGURES.md says;",
    "revised after the first run: the caption 'Số ca mắc' was dropped from the cell subjects.",
    "Cells get no total. 'tăng 2,3 lần so với cùng kỳ năm 2022' is a change in lần on 2.164 ca.",
    "'Tính đến ngày 31/10/2023' is an as-of date (start null); it governs the '795 ca' clause after ';' too.",
    "'37 trường ..., chiếm 3,6%' after 'giám sát 1.026 trường': no part-of cue, so no total; 3,6 is the percent attribute.",
    "'bằng 86,8% dự toán' is the share attribute of 3,47 tỷ. Section III 'Phấn đấu' governs both clauses (target); only the first",
    "names 'cả năm 2023'. 'trong vòng 48 giờ' (a time limit inside the subject) is optional.",
    "Distractors: Số: 412/BC-UBND, Quyết định số 1497/QĐ-UBND, letterhead date, title '10 tháng năm 2023', '2 THÁNG CUỐI NĂM',",
    "section numbers I.-III., 1., 2.",
]

if __name__ == "__main__":
    write("p1274-3", TEXT, NOTES, FIGS, published="2023-11-15", location="Long An")
