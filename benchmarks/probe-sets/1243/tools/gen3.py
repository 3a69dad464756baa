"""p1243-3: formal report (UBND tỉnh Nam Định, Số: 46/BC-UBND): winter crop 2023-2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 46/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 12 tháng 3 năm 2024

BÁO CÁO
Kết quả sản xuất vụ đông 2023-2024 và kế hoạch vụ đông 2024-2025

I. KẾT QUẢ SẢN XUẤT VỤ ĐÔNG 2023-2024
1. Diện tích, năng suất
Toàn tỉnh gieo trồng 15.820 ha cây vụ đông, bằng 96,5% kế hoạch, giảm 3,1% so với vụ đông 2022-2023. Trong đó, rau các loại 9.460 ha, chiếm 59,8%; bắp cải 1.935 ha, năng suất bình quân 36,5 tấn/ha, sản lượng khoảng 70.600 tấn.

2. Diện tích cây vụ đông theo huyện
Đơn vị tính: ha
TT | Huyện | Kế hoạch | Thực hiện | So với kế hoạch (%)
1 | Hải Hậu | 2.800 | 2.915 | 104,1
2 | Giao Thủy | 2.300 | 2.180 | 94,8
3 | Nghĩa Hưng | 2.450 | 2.260 | 92,2
4 | Ý Yên | 1.900 | 1.845 | 97,1
5 | Các huyện, thành phố còn lại | 6.950 | 6.620 | 95,3
 | Tổng cộng | 16.400 | 15.820 | 96,5

3. Tiêu thụ sản phẩm
Tính đến ngày 29/02/2024, các doanh nghiệp đã thu mua, xuất khẩu 12.400 tấn rau củ vụ đông, tăng 18% so với cùng kỳ. Giá trị sản xuất cây vụ đông ước đạt 1.520 tỷ đồng, bình quân 96 triệu đồng/ha.

II. KẾ HOẠCH VỤ ĐÔNG 2024-2025
Phấn đấu gieo trồng 16.500 ha, trong đó cây rau màu ưa lạnh 10.000 ha; giá trị sản xuất đạt trên 1.650 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lâm
"""

ASOF = per("Tính đến ngày 29/02/2024", None, "2024-02-29")
ND = "Nam Định"
COLS = ["kế hoạch", "thực hiện", "thực hiện so với kế hoạch"]


def cell(anchor, number, place, label, col):
    v = read(number)
    kw = {}
    if col == "kế hoạch":
        kw["status"] = "target"
    if col.endswith("so với kế hoạch"):
        return fig(anchor, number, v, "percent", "%", subject=f"diện tích cây vụ đông {label}{col}".strip(),
                   location=place, **kw)
    return fig(anchor, number, v, "measure", "ha", subject=f"diện tích cây vụ đông {label}{col}".strip(),
               location=place, **kw)


def read(n):
    return float(n.replace(".", "").replace(",", "."))


ROWS = [("Hải Hậu", "Hải Hậu", "", ["2.800", "2.915", "104,1"]),
        ("Giao Thủy", "Giao Thủy", "", ["2.300", "2.180", "94,8"]),
        ("Nghĩa Hưng", "Nghĩa Hưng", "", ["2.450", "2.260", "92,2"]),
        ("Ý Yên", "Ý Yên", "", ["1.900", "1.845", "97,1"]),
        ("Các huyện, thành phố còn lại", ND, "các huyện, thành phố còn lại ", ["6.950", "6.620", "95,3"]),
        ("Tổng cộng", ND, "tổng cộng ", ["16.400", "15.820", "96,5"])]
CELLS = []
for row, place, label, nums in ROWS:
    prev = row
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, label, col))
        prev = n

FIGS = [
    fig("gieo trồng 15.820 ha", "15.820", 15820, "measure", "ha", percent=96.5,
        change=chg("decrease", 3.1, "%", "vụ đông 2022-2023"), subject="cây vụ đông toàn tỉnh gieo trồng"),
    fig("rau các loại 9.460 ha", "9.460", 9460, "measure", "ha", total=15820, percent=59.8,
        subject="rau các loại"),
    fig("bắp cải 1.935 ha", "1.935", 1935, "measure", "ha", total=15820, subject="bắp cải"),
    fig("bình quân 36,5 tấn/ha", "36,5", 36.5, "measure", "tấn/ha", subject="năng suất bắp cải bình quân"),
    fig("khoảng 70.600 tấn", "70.600", 70600, "measure", "tấn", approx="about", subject="sản lượng bắp cải"),
] + CELLS + [
    fig("xuất khẩu 12.400 tấn", "12.400", 12400, "measure", "tấn",
        change=chg("increase", 18, "%", "cùng kỳ"),
        subject="rau củ vụ đông các doanh nghiệp thu mua, xuất khẩu", period=ASOF),
    fig("ước đạt 1.520 tỷ", "1.520", 1520e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất cây vụ đông"),
    fig("bình quân 96 triệu", "96", 96e6, "money", "đồng/ha", status="estimate",
        subject="giá trị sản xuất cây vụ đông bình quân"),
    fig("gieo trồng 16.500 ha", "16.500", 16500, "measure", "ha", status="target",
        subject="diện tích gieo trồng cây vụ đông"),
    fig("ưa lạnh 10.000 ha", "10.000", 10000, "measure", "ha", total=16500, status="target",
        subject="cây rau màu ưa lạnh"),
    fig("trên 1.650 tỷ", "1.650", 1650e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất"),
]

NOTES = [
    "Formal report (UBND tỉnh Nam Định, 'Số: 46/BC-UBND', 'Nam Định, ngày 12 tháng 3 năm 2024', sections I/II and 1-3, 'Nơi nhận').",
    "Distractors: document number, letterhead date, season labels '2023-2024', '2024-2025', '2022-2023', section numbers, table row numbers 1-5,",
    "'29/02/2024' (as-of date), 'Lưu: VT, NN', 'KT.'.",
    "Flattened '|' table by district, 'Đơn vị tính: ha': every numeric cell is a figure; a district row label is the location,",
    "'Các huyện, thành phố còn lại' and 'Tổng cộng' stay in Nam Định (the label goes into the subject). 'Kế hoạch' column → target.",
    "The table's only time label is the season 'vụ đông 2023-2024' (heading I): no period for the cells. Table cells get no total.",
    "'Trong đó, rau các loại 9.460 ha, chiếm 59,8%; bắp cải 1.935 ha' → both parts take the whole 15.820 ha.",
    "Section II 'Phấn đấu' governs the whole sentence (target); '10.000 ha' after 'trong đó' takes 16.500 as total.",
    "'giá trị sản xuất ... ước đạt' (estimate) and 'bình quân 96 triệu đồng/ha' continues it.",
]

if __name__ == "__main__":
    write("p1243-3", TEXT, NOTES, FIGS, published="2024-03-12", location=ND)
