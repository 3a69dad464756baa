"""p1479-3: formal report (Sở KH&CN Hà Tĩnh, Số: 412/BC-SKHCN): metrology of medical measuring devices 2024, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ TĨNH
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 412/BC-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý đo lường đối với phương tiện đo trong lĩnh vực y tế năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kiểm tra nhà nước về đo lường
Năm 2024, Sở đã kiểm tra 78 cơ sở (46 cơ sở khám, chữa bệnh và 32 cửa hàng kinh doanh thiết bị y tế), vượt 4% kế hoạch. Qua kiểm tra 1.265 phương tiện đo, phát hiện 87 phương tiện chưa kiểm định hoặc hết hạn kiểm định, chiếm 6,9%, chủ yếu là huyết áp kế (61 chiếc) và nhiệt kế y học (19 chiếc); xử phạt 9 cơ sở với tổng số tiền 67,5 triệu đồng.

2. Kiểm định phương tiện đo
Các phương tiện đo được kiểm định theo quy trình ĐLVN 09:2022 và Thông tư số 23/2013/TT-BKHCN.
Đơn vị tính: chiếc
TT | Phương tiện đo | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | Huyết áp kế | 3.412 | 3.905 | 114,4
2 | Nhiệt kế y học | 1.280 | 1.146 | 89,5
3 | Máy điện tim | 164 | 187 | 114,0
 | Tổng cộng | 4.856 | 5.238 | 107,9

II. NHIỆM VỤ NĂM 2025
Phấn đấu kiểm định trên 5.500 phương tiện đo trong lĩnh vực y tế; kiểm tra ít nhất 80 cơ sở; 100% huyết áp kế tại trạm y tế xã được kiểm định đúng hạn. Dự kiến kinh phí thực hiện khoảng 350 triệu đồng.

Nơi nhận:
- Tổng cục Tiêu chuẩn Đo lường Chất lượng;
- UBND tỉnh (b/c);
- Lưu: VT, TĐC.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
N25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)


def cell(anchor, number, row, col):
    if col == "so với cùng kỳ":
        return fig(anchor, number, float(number.replace(".", "").replace(",", ".")), "percent", "%",
                   subject=f"{row} kiểm định so với cùng kỳ")
    p = Y23 if col == "năm 2023" else Y24
    v = float(number.replace(".", "").replace(",", "."))
    return fig(anchor, number, v, "count", "chiếc", subject=f"{row} kiểm định {col}", period=p)


ROWS = [("Huyết áp kế", "huyết áp kế", ["3.412", "3.905", "114,4"]),
        ("Nhiệt kế y học", "nhiệt kế y học", ["1.280", "1.146", "89,5"]),
        ("Máy điện tim", "máy điện tim", ["164", "187", "114,0"]),
        ("Tổng cộng", "tổng cộng phương tiện đo", ["4.856", "5.238", "107,9"])]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for col, n in zip(["năm 2023", "năm 2024", "so với cùng kỳ"], nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n

FIGS = [
    fig("kiểm tra 78 cơ sở", "78", 78, "count", "cơ sở", change=chg("increase", 4, "%", "kế hoạch"),
        subject="cơ sở Sở đã kiểm tra", period=Y24),
    fig("(46 cơ sở", "46", 46, "count", "cơ sở", total=78, subject="cơ sở khám, chữa bệnh", period=Y24),
    fig("và 32 cửa hàng", "32", 32, "count", "cửa hàng", total=78,
        subject="cửa hàng kinh doanh thiết bị y tế", period=Y24),
    fig("kiểm tra 1.265 phương tiện", "1.265", 1265, "count", "phương tiện đo",
        subject="phương tiện đo được kiểm tra", period=inh(Y24)),
    fig("phát hiện 87 phương tiện", "87", 87, "count", "phương tiện", percent=6.9,
        subject="phương tiện chưa kiểm định hoặc hết hạn kiểm định", period=inh(Y24)),
    fig("(61 chiếc)", "61", 61, "count", "chiếc", subject="huyết áp kế chưa kiểm định hoặc hết hạn kiểm định",
        period=inh(Y24)),
    fig("(19 chiếc)", "19", 19, "count", "chiếc", subject="nhiệt kế y học chưa kiểm định hoặc hết hạn kiểm định",
        period=inh(Y24)),
    fig("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở bị xử phạt", period=inh(Y24)),
    fig("tiền 67,5 triệu", "67,5", 67.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(Y24)),
] + CELLS + [
    fig("trên 5.500 phương tiện", "5.500", 5500, "count", "phương tiện đo", approx="over", status="target",
        subject="phương tiện đo trong lĩnh vực y tế được kiểm định", period=N25),
    fig("ít nhất 80 cơ sở", "80", 80, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được kiểm tra", period=N25),
    fig("; 100% huyết áp kế", "100", 100, "percent", "%", status="target",
        subject="huyết áp kế tại trạm y tế xã được kiểm định đúng hạn", period=N25),
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí thực hiện", period=N25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH / SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Số: 412/BC-SKHCN', 'Hà Tĩnh, ngày 18 tháng 12 năm 2024', sections I/II, 1/2, 'Nơi nhận'.",
    "Distractors: 412/BC-SKHCN, 'ĐLVN 09:2022' (a procedure code), 'Thông tư số 23/2013/TT-BKHCN', section numbers, table row numbers 1-3, letterhead date.",
    "'78 cơ sở (46 ... và 32 ...)': a bracketed breakdown that adds up: total 78. 'vượt 4% kế hoạch' is a change with baseline 'kế hoạch'.",
    "87 after 'Qua kiểm tra 1.265 phương tiện đo, phát hiện ...' has no part-of cue: no total; its share 6,9% is an attribute.",
    "'chủ yếu là huyết áp kế (61 chiếc) và nhiệt kế y học (19 chiếc)': no cue and they do not add up to 87: no total.",
    "Flattened '|' table, 'Đơn vị tính: chiếc': every numeric cell a figure; row numbers are not; period from 'Năm 2023'/'Năm 2024' columns (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (an index against the year before), no period (the header states none). Cells get no total.",
    "Section II 'NHIỆM VỤ NĂM 2025': period inherited from the heading; 'Phấn đấu' → target; 'Dự kiến kinh phí' → forecast.",
]

if __name__ == "__main__":
    write("p1479-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Hà Tĩnh")
