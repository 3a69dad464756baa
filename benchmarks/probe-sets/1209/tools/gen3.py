"""p1209-3: formal report, UBND tỉnh Ninh Thuận, 2023 windbreak/sand-break coastal forest planting, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH THUẬN
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 10 tháng 01 năm 2024

BÁO CÁO
Kết quả trồng rừng phòng hộ chắn gió, chắn cát ven biển năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Trồng và chăm sóc rừng
Năm 2023, toàn tỉnh trồng mới 124/120 ha rừng phòng hộ chắn gió, chắn cát ven biển, đạt 103,3% kế hoạch; trồng dặm 35 ha; chăm sóc 410 ha rừng trồng các năm trước. Cây trồng chủ yếu là phi lao, keo lá tràm với mật độ 2.500 cây/ha.

2. Kết quả theo địa phương
Đơn vị tính: ha
Địa phương | Kế hoạch 2023 | Thực hiện 2023 | Kế hoạch 2024
Thuận Nam | 42 | 45,5 | 50
Ninh Phước | 28 | 26,3 | 30
Ninh Hải | 35 | 38,2 | 40
Thuận Bắc | 15 | 14 | 20
Tổng cộng | 120 | 124 | 140

3. Quản lý, bảo vệ rừng
Tính đến ngày 31/12/2023, diện tích rừng phòng hộ ven biển của tỉnh là 3.184 ha, trong đó rừng phi lao 1.926 ha. Trong năm xảy ra 3 vụ vi phạm, giảm 4 vụ so với năm 2022, diện tích thiệt hại 0,8 ha.

II. NHIỆM VỤ NĂM 2024
Phấn đấu trồng mới 140 ha rừng phòng hộ ven biển; huy động khoảng 12 tỷ đồng từ các nguồn vốn, trong đó vốn ngân sách nhà nước 8,4 tỷ đồng; đến năm 2025 cố định từ 500 đến 600 ha cồn cát di động ven biển.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở NN&PTNT, Sở Tài chính;
- Lưu: VT, KTTH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
IN23 = per("Trong năm", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
BY25 = per("đến năm 2025", None, "2025-12-31")
COLS = {
    "Kế hoạch 2023": (per("Kế hoạch 2023", "2023-01-01", "2023-12-31"), "target"),
    "Thực hiện 2023": (per("Thực hiện 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Kế hoạch 2024": (per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
}


def cell(anchor, number, value, place, col):
    p, st = COLS[col]
    loc = "Ninh Thuận" if place is None else place
    # FIGURES.md §3 Tables: subject = row label + column label; a place label goes to location.
    subj = ("tổng cộng " if place is None else "") + col.lower()
    kw = {"status": st} if st != "actual" else {}
    return fig(anchor, number, value, "measure", "ha", subject=subj, period=p, location=loc, **kw)


FIGS = [
    fig("mới 124/120 ha", "124", 124, "measure", "ha", percent=103.3, target=tgt(120, "ha"),
        subject="rừng phòng hộ chắn gió, chắn cát ven biển trồng mới", period=Y23),
    fig("dặm 35 ha", "35", 35, "measure", "ha", subject="rừng trồng dặm", period=Y23),
    fig("chăm sóc 410 ha", "410", 410, "measure", "ha", subject="rừng trồng các năm trước được chăm sóc", period=Y23),
    fig("2.500 cây/ha", "2.500", 2500, "measure", "cây/ha", subject="mật độ trồng phi lao, keo lá tràm"),
    cell("Nam | 42", "42", 42, "Thuận Nam", "Kế hoạch 2023"),
    cell("42 | 45,5", "45,5", 45.5, "Thuận Nam", "Thực hiện 2023"),
    cell("45,5 | 50", "50", 50, "Thuận Nam", "Kế hoạch 2024"),
    cell("Phước | 28", "28", 28, "Ninh Phước", "Kế hoạch 2023"),
    cell("28 | 26,3", "26,3", 26.3, "Ninh Phước", "Thực hiện 2023"),
    cell("26,3 | 30", "30", 30, "Ninh Phước", "Kế hoạch 2024"),
    cell("Hải | 35", "35", 35, "Ninh Hải", "Kế hoạch 2023"),
    cell("35 | 38,2", "38,2", 38.2, "Ninh Hải", "Thực hiện 2023"),
    cell("38,2 | 40", "40", 40, "Ninh Hải", "Kế hoạch 2024"),
    cell("Bắc | 15", "15", 15, "Thuận Bắc", "Kế hoạch 2023"),
    cell("15 | 14", "14", 14, "Thuận Bắc", "Thực hiện 2023"),
    cell("14 | 20", "20", 20, "Thuận Bắc", "Kế hoạch 2024"),
    cell("cộng | 120", "120", 120, None, "Kế hoạch 2023"),
    cell("120 | 124", "124", 124, None, "Thực hiện 2023"),
    cell("124 | 140", "140", 140, None, "Kế hoạch 2024"),
    fig("là 3.184 ha", "3.184", 3184, "measure", "ha", subject="diện tích rừng phòng hộ ven biển của tỉnh",
        period=ASOF),
    fig("phi lao 1.926 ha", "1.926", 1926, "measure", "ha", total=3184, subject="rừng phi lao", period=ASOF),
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ vi phạm", change=chg("decrease", 4, "vụ", "năm 2022"),
        subject="vụ vi phạm", period=IN23),
    fig("thiệt hại 0,8 ha", "0,8", 0.8, "measure", "ha", subject="diện tích thiệt hại", period=IN23),
    fig("mới 140 ha", "140", 140, "measure", "ha", status="target",
        subject="rừng phòng hộ ven biển trồng mới", period=Y24),
    fig("khoảng 12 tỷ", "12", 12000000000, "money", "đồng", approx="about", status="target",
        subject="vốn huy động từ các nguồn", period=Y24),
    fig("nước 8,4 tỷ", "8,4", 8400000000, "money", "đồng", total=12000000000, status="target",
        subject="vốn ngân sách nhà nước", period=Y24),
    fig("từ 500 đến 600 ha", "500", 500, "measure", "ha", value_max=600, status="target",
        subject="cồn cát di động ven biển được cố định", period=BY25),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH NINH THUẬN, 'Số: 09/BC-UBND', 'Ninh Thuận, ngày 10 tháng 01 năm 2024' (published).",
    "'124/120 ha … kế hoạch' is result against plan: target 120 (not a total); 'đạt 103,3% kế hoạch' is the percent.",
    "Flattened | table, 'Đơn vị tính: ha': row labels are districts (location), subject = column label ('kế hoạch 2023'; total row 'tổng cộng kế hoạch 2023');",
    "periods from the column headers (scored), 'Kế hoạch …' columns → status target. Tổng cộng row: location Ninh Thuận, no totals on cells.",
    "'Trong năm' in a yearly report = 2023 (like 'trong tháng' in a monthly report). 'giảm 4 vụ so với năm 2022' is the change of 3 vụ.",
    "Section II heading 'NHIỆM VỤ NĂM 2024' gives the period of its targets (inherited: a heading, not the sentence); 'đến năm 2025' stands in the sentence.",
    "revised after the first run: the 15 table subjects had the document title's indicator prepended ('diện tích trồng rừng phòng hộ ven biển …'),",
    "which is neither the row nor the column label (the table's caption '2. Kết quả theo địa phương' names none); reduced to the labels per §3 Tables.",
    "Distractors: 'Số: 09/BC-UBND', section numbers I./II./1.-3., 'các năm trước', 'Lưu: VT, KTTH', 'TM.', 'KT.'.",
]

if __name__ == "__main__":
    write("p1209-3", TEXT, NOTES, FIGS, published="2024-01-10", location="Ninh Thuận")
