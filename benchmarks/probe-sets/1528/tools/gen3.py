"""p1528-3: formal report (UBND tỉnh Hưng Yên): honeycomb coal production 2023, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động sản xuất than tổ ong năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tình hình sản xuất
Tính đến ngày 31/12/2023, toàn tỉnh có 23 cơ sở sản xuất than tổ ong, giảm 5 cơ sở so với năm 2022. Tổng sản lượng năm 2023 ước đạt 41,6 nghìn tấn, giảm 12,4% so với năm 2022.

Sản lượng than tổ ong theo địa bàn
Đơn vị tính: nghìn tấn
Địa bàn | Năm 2022 | Ước thực hiện 2023 | Kế hoạch 2024 | So với cùng kỳ (%)
Thành phố Hưng Yên | 9,8 | 8,1 | 6,5 | 82,7
Huyện Văn Lâm | 14,2 | 12,6 | 10,0 | 88,7
Thị xã Mỹ Hào | 11,5 | 10,4 | 8,5 | 90,4
Các địa bàn khác | 12,0 | 10,5 | 9,0 | 87,5
Tổng cộng | 47,5 | 41,6 | 34,0 | 87,6

2. Công tác kiểm tra, xử lý vi phạm
Năm 2023, các cơ quan chức năng kiểm tra 19 lượt cơ sở, phát hiện 7 cơ sở vi phạm quy định về bảo vệ môi trường, xử phạt vi phạm hành chính 186,5 triệu đồng; đình chỉ hoạt động 2 cơ sở không có hệ thống xử lý bụi.

II. NHIỆM VỤ NĂM 2024
Phấn đấu giảm sản lượng than tổ ong xuống dưới 34 nghìn tấn; di dời 100% cơ sở sản xuất than tổ ong ra khỏi khu dân cư trước ngày 30/6/2024.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT1.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hậu
"""

ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NĂM 2024", "2024-01-01", "2024-12-31")
BY = per("trước ngày 30/6/2024", None, "2024-06-30")

COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("ước thực hiện 2023", per("Ước thực hiện 2023", "2023-01-01", "2023-12-31"), "estimate"),
        ("kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
        ("so với cùng kỳ", None, None)]
ROWS = [("Thành phố Hưng Yên", None, "Hưng Yên", ["9,8", "8,1", "6,5", "82,7"]),
        ("Huyện Văn Lâm", None, "Văn Lâm", ["14,2", "12,6", "10,0", "88,7"]),
        ("Thị xã Mỹ Hào", None, "Mỹ Hào", ["11,5", "10,4", "8,5", "90,4"]),
        ("Các địa bàn khác", "các địa bàn khác", None, ["12,0", "10,5", "9,0", "87,5"]),
        ("Tổng cộng", "tổng cộng", None, ["47,5", "41,6", "34,0", "87,6"])]

CELLS = []
for label, rowsubj, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        v = float(n.replace(",", "."))
        subj = "sản lượng than tổ ong" + (f" {rowsubj}" if rowsubj else "") + f" {col}"
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev} | {n}", n, v, "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, v * 1e3, "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở",
        change=chg("decrease", 5, "cơ sở", "năm 2022"),
        subject="cơ sở sản xuất than tổ ong", period=ASOF),
    fig("ước đạt 41,6 nghìn", "41,6", 41600, "measure", "tấn", status="estimate",
        change=chg("decrease", 12.4, "%", "năm 2022"),
        subject="tổng sản lượng than tổ ong", period=Y23),
] + CELLS + [
    fig("kiểm tra 19 lượt", "19", 19, "count", "lượt", subject="lượt kiểm tra cơ sở", period=Y23b),
    fig("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở",
        subject="cơ sở vi phạm quy định về bảo vệ môi trường", period=Y23b),
    fig("hành chính 186,5 triệu", "186,5", 186.5e6, "money", "đồng",
        subject="xử phạt vi phạm hành chính", period=Y23b),
    fig("hoạt động 2 cơ sở", "2", 2, "count", "cơ sở",
        subject="cơ sở bị đình chỉ hoạt động không có hệ thống xử lý bụi", period=Y23b),
    fig("dưới 34 nghìn", "34", 34000, "measure", "tấn", approx="under", status="target",
        subject="sản lượng than tổ ong", period=inh(Y24)),
    fig("di dời 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất than tổ ong di dời ra khỏi khu dân cư", period=BY),
]

NOTES = [
    "Formal report (UBND tỉnh Hưng Yên, Số: 52/BC-UBND, 'Hưng Yên, ngày 15 tháng 01 năm 2024'), sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: 52/BC-UBND, letterhead date, section numbers I., II., 1., 2., 'Lưu: VT, KT1', 'Kế hoạch 2024' header year, baselines 'năm 2022'.",
    "'giảm 5 cơ sở so với năm 2022' is a change in cơ sở. 'ước đạt 41,6 nghìn tấn' = 41 600 tấn, estimate.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn' (×1000 tấn). A row that is a place gives location (Thành phố Hưng Yên → Hưng Yên,",
    "Văn Lâm, Mỹ Hào); 'Các địa bàn khác' and 'Tổng cộng' stay Hưng Yên (province) with the row label in the subject.",
    "Columns: 'Năm 2022' (actual), 'Ước thực hiện 2023' (estimate), 'Kế hoạch 2024' (target), 'So với cùng kỳ (%)' percent cells, no period",
    "(the header states none). Table cells get no total.",
    "Section 2 '7 cơ sở vi phạm' after 'kiểm tra 19 lượt cơ sở': no part-of cue, no total. Section II 'Phấn đấu' governs both clauses (target);",
    "the period of 'dưới 34 nghìn tấn' stands in the heading 'NHIỆM VỤ NĂM 2024' (inherited); 'trước ngày 30/6/2024' is an end date.",
]

if __name__ == "__main__":
    write("p1528-3", TEXT, NOTES, FIGS, published="2024-01-15", location="Hưng Yên")
