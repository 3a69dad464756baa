"""p713-3: UBND tỉnh Bắc Ninh formal report, 9 months 2024, with a '|' table (Đơn vị tính line)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thanh tra, kiểm tra việc chấp hành pháp luật lao động 9 tháng năm 2024

Thực hiện Kế hoạch số 36/KH-UBND ngày 25/01/2024 của UBND tỉnh, Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp các cơ quan liên quan triển khai thanh tra, kiểm tra; UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Trong 9 tháng năm 2024, các cơ quan chức năng đã tiến hành 41 cuộc thanh tra, kiểm tra tại 386 doanh nghiệp với 152.470 lao động, đạt 78,8% kế hoạch năm (kế hoạch 490 doanh nghiệp).

Bảng 1. Kết quả thanh tra, kiểm tra theo nội dung
Đơn vị tính: doanh nghiệp
Nội dung | Số DN được kiểm tra | Số DN vi phạm | Tỷ lệ vi phạm (%)
Thời giờ làm việc, nghỉ ngơi | 386 | 97 | 25,1
Làm thêm giờ | 312 | 74 | 23,7
Tiền lương | 386 | 58 | 15,0
An toàn, vệ sinh lao động | 205 | 63 | 30,7

2. Xử lý vi phạm: đã ban hành 37 quyết định xử phạt vi phạm hành chính, tổng số tiền 2.948,5 triệu đồng, tăng 12,4% so với cùng kỳ năm 2023; trong đó phạt vi phạm về làm thêm giờ 1.105 triệu đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành thanh tra 104 doanh nghiệp còn lại trong quý IV; tập trung các doanh nghiệp điện tử tại KCN Yên Phong, KCN Quế Võ.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T = inh(P9)


def cell(anchor, number, value, row, col, pct=False):
    if pct:
        return fig(anchor, number, value, "percent", "%", f"{row} {col}", T)
    return fig(anchor, number, value, "count", "doanh nghiệp", f"{row} {col}", T)


CK, CV, CT = "số DN được kiểm tra", "số DN vi phạm", "tỷ lệ vi phạm"
F = [
    fig("tiến hành 41 cuộc", "41", 41, "count", "cuộc",
        "cuộc thanh tra, kiểm tra", P9),
    fig("tại 386 doanh nghiệp", "386", 386, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra, kiểm tra", P9, percent=78.8, target=tgt(490, "doanh nghiệp")),
    fig("với 152.470 lao động", "152.470", 152470, "count", "lao động",
        "lao động tại các doanh nghiệp được thanh tra, kiểm tra", P9),
    cell("nghỉ ngơi | 386", "386", 386, "Thời giờ làm việc, nghỉ ngơi", CK),
    cell("| 97 |", "97", 97, "Thời giờ làm việc, nghỉ ngơi", CV),
    cell("| 25,1", "25,1", 25.1, "Thời giờ làm việc, nghỉ ngơi", CT, True),
    cell("Làm thêm giờ | 312", "312", 312, "Làm thêm giờ", CK),
    cell("| 74 |", "74", 74, "Làm thêm giờ", CV),
    cell("| 23,7", "23,7", 23.7, "Làm thêm giờ", CT, True),
    cell("Tiền lương | 386", "386", 386, "Tiền lương", CK),
    cell("| 58 |", "58", 58, "Tiền lương", CV),
    cell("| 15,0", "15,0", 15, "Tiền lương", CT, True),
    cell("lao động | 205", "205", 205, "An toàn, vệ sinh lao động", CK),
    cell("| 63 |", "63", 63, "An toàn, vệ sinh lao động", CV),
    cell("| 30,7", "30,7", 30.7, "An toàn, vệ sinh lao động", CT, True),
    fig("ban hành 37 quyết định", "37", 37, "count", "quyết định",
        "quyết định xử phạt vi phạm hành chính", T),
    fig("tổng số tiền 2.948,5 triệu đồng", "2.948,5", 2948.5e6, "money", "đồng",
        "tổng số tiền xử phạt vi phạm hành chính", T,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023")),
    fig("giờ 1.105 triệu đồng", "1.105", 1105e6, "money", "đồng",
        "tiền phạt vi phạm về làm thêm giờ", T, total=2948.5e6),
    fig("thanh tra 104 doanh nghiệp", "104", 104, "count", "doanh nghiệp",
        "doanh nghiệp còn lại hoàn thành thanh tra", per("quý IV", "2024-10-01", "2024-12-31"), status="target"),
]

write("p713-3", TEXT, [
    "Formal report under a letterhead: UBND tỉnh Bắc Ninh, 'Số: 412/BC-UBND', place-and-date line 'Bắc Ninh, ngày 08 tháng 10 năm 2024'.",
    "Flattened '|' table with a 'Đơn vị tính: doanh nghiệp' line; the last column carries '(%)' so its cells are percents.",
    "Table cells: subject = row + column, period 9 tháng năm 2024 from the lead sentence (inherited); no totals between cells.",
    "'đạt 78,8% kế hoạch năm (kế hoạch 490 doanh nghiệp)' is the share and plan of 386 doanh nghiệp (not of 152.470 lao động).",
    "Distractors: 'Số: 412/BC-UBND', 'Kế hoạch số 36/KH-UBND ngày 25/01/2024', section numbers I./II./1./2., 'Bảng 1', 'quý IV/2024' heading.",
    "'Phấn đấu ... 104 doanh nghiệp còn lại trong quý IV' -> target with period quý IV 2024.",
], F, published="2024-10-08", location="Bắc Ninh")
