"""p1251-3: formal report (UBND tỉnh Bến Tre, Số: 389/BC-UBND): wild bird protection 2023, flattened '|' table by sanctuary."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
Số: 389/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác bảo vệ chim hoang dã, chim di cư năm 2023

Thực hiện Chỉ thị số 04/CT-UBND ngày 15/3/2021 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tuyên truyền, tuần tra
Năm 2023, lực lượng Kiểm lâm phối hợp với chính quyền địa phương tổ chức 126 cuộc tuyên truyền với hơn 4.300 lượt người tham dự; tuần tra, kiểm soát 1.450 lượt tại các sân chim; phát hiện và xử lý 9 vụ vi phạm (tăng 2 vụ so với năm 2022), phạt tiền 86,5 triệu đồng; tịch thu, thả về tự nhiên 437 cá thể chim.

2. Số lượng chim tại các sân chim
Đơn vị tính: cá thể
STT | Sân chim | Huyện | Năm 2022 | Năm 2023 | So với cùng kỳ (%)
1 | Khu bảo tồn Vàm Hồ | Ba Tri | 21.500 | 23.800 | 110,7
2 | Sân chim Thạnh Phong | Thạnh Phú | 8.200 | 7.650 | 93,3
3 | Sân chim Cồn Ốc | Giồng Trôm | 4.100 | 4.900 | 119,5
 | Tổng cộng | | 33.800 | 36.350 | 107,5

Năm 2023, riêng Khu bảo tồn Vàm Hồ (huyện Ba Tri) chiếm 65,5% tổng số cá thể chim của tỉnh.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 100% sân chim có tổ tự quản bảo vệ; trồng bổ sung 15 ha rừng phòng hộ ven biển tại huyện Ba Tri. Tổng kinh phí thực hiện dự kiến khoảng 1,2 tỷ đồng từ ngân sách tỉnh.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy;
- Lưu: VT, NN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Ngọc Tam
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
N24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Khu bảo tồn Vàm Hồ", "Ba Tri", ["21.500", "23.800", "110,7"]),
        ("Sân chim Thạnh Phong", "Thạnh Phú", ["8.200", "7.650", "93,3"]),
        ("Sân chim Cồn Ốc", "Giồng Trôm", ["4.100", "4.900", "119,5"]),
        ("Tổng cộng", None, ["33.800", "36.350", "107,5"])]
COLS = ["năm 2022", "năm 2023", "so với cùng kỳ"]
CELLS = []
for label, place, nums in ROWS:
    prev = f"{place} | " if place else "Tổng cộng | | "
    loc = {"location": place} if place else {}
    for col, n in zip(COLS, nums):
        anchor = f"{prev}{n}"
        v = float(n.replace(".", "").replace(",", "."))
        if col == "so với cùng kỳ":
            CELLS.append(fig(anchor, n, v, "percent", "%", subject=f"số lượng chim {label} so với cùng kỳ", **loc))
        else:
            p = Y22c if col == "năm 2022" else Y23c
            CELLS.append(fig(anchor, n, v, "count", "cá thể", subject=f"số lượng chim {label} {col}",
                             period=p, **loc))
        prev = f"{n} | "

FIGS = [
    fig("tổ chức 126 cuộc", "126", 126, "count", "cuộc", subject="cuộc tuyên truyền", period=Y23),
    fig("hơn 4.300 lượt", "4.300", 4300, "count", "lượt người", approx="over",
        subject="lượt người tham dự tuyên truyền", period=Y23),
    fig("kiểm soát 1.450 lượt", "1.450", 1450, "count", "lượt",
        subject="lượt tuần tra, kiểm soát tại các sân chim", period=Y23),
    fig("xử lý 9 vụ", "9", 9, "count", "vụ", change=chg("increase", 2, "vụ", "năm 2022"),
        subject="vụ vi phạm phát hiện và xử lý", period=Y23),
    fig("phạt tiền 86,5 triệu", "86,5", 86.5e6, "money", "đồng", subject="tiền phạt vi phạm", period=Y23),
    fig("nhiên 437 cá thể", "437", 437, "count", "cá thể",
        subject="cá thể chim tịch thu, thả về tự nhiên", period=Y23),
] + CELLS + [
    fig("chiếm 65,5%", "65,5", 65.5, "percent", "%",
        subject="Khu bảo tồn Vàm Hồ trong tổng số cá thể chim của tỉnh", period=Y23, location="Ba Tri"),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="sân chim có tổ tự quản bảo vệ", period=N24),
    fig("bổ sung 15 ha", "15", 15, "measure", "ha", status="target",
        subject="rừng phòng hộ ven biển trồng bổ sung", period=N24, location="Ba Tri"),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí thực hiện", period=N24),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN / TỈNH BẾN TRE', 'Số: 389/BC-UBND', 'Bến Tre, ngày 18 tháng 12 năm 2023', sections I/II, 1-2, 'Nơi nhận', signature.",
    "Distractors: 389/BC-UBND, 'Chỉ thị số 04/CT-UBND ngày 15/3/2021', section numbers, STT 1-3, 'Lưu: VT, NN', the letterhead date.",
    "Section I sentence: one sentence with 'Năm 2023' → scored period for all six figures. '(tăng 2 vụ so với năm 2022)' → change of 9 vụ.",
    "Flattened '|' table, 'Đơn vị tính: cá thể'; place column 'Huyện' → location per row (Tổng cộng row: Bến Tre); periods from the year",
    "headers (scored); 'So với cùng kỳ (%)' cells are percent figures with no period; STT numbers are not figures; cells get no total.",
    "Section II heading 'NHIỆM VỤ NĂM 2024' gives the period (inherited, not in the sentence). 'Phấn đấu' governs both clauses of its",
    "sentence (target); 'dự kiến' → forecast. '15 ha ... tại huyện Ba Tri' → location Ba Tri; the province budget stays Bến Tre.",
]

if __name__ == "__main__":
    write("p1251-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Bến Tre")
