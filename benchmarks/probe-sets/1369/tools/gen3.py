"""p1369-3: formal report (UBND tỉnh Bình Phước, Số: 21/BC-UBND): online scams in 2024, flattened '|' table by method."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH BÌNH PHƯỚC
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Phước, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả phòng, chống tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng năm 2024

Thực hiện Kế hoạch số 312/KH-UBND ngày 05/3/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH VÀ KẾT QUẢ
1. Tình hình
Năm 2024, trên địa bàn tỉnh Bình Phước xảy ra 156 vụ lừa đảo chiếm đoạt tài sản qua không gian mạng, giảm 12 vụ (giảm 7,1%) so với năm 2023; thiệt hại khoảng 64,8 tỷ đồng, tăng 15,3%.

Bảng 1. Số vụ theo phương thức
Đơn vị tính: vụ
Phương thức | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Giả danh cơ quan nhà nước | 61 | 54 | 88,5
Đầu tư tài chính, tiền ảo | 39 | 45 | 115,4
Tuyển cộng tác viên online | 42 | 33 | 78,6
Phương thức khác | 26 | 24 | 92,3
Tổng cộng | 168 | 156 | 92,9

2. Kết quả đấu tranh
Cơ quan Cảnh sát điều tra đã khởi tố 47 vụ, 69 bị can; xử phạt vi phạm hành chính 23 trường hợp với tổng số tiền 356 triệu đồng. Công an tỉnh đã gỡ bỏ 215 trang mạng xã hội giả mạo, thu hồi 9,7 tỷ đồng, bằng 15% tổng thiệt hại.

II. NHIỆM VỤ NĂM 2025
Phấn đấu kéo giảm ít nhất 10% số vụ lừa đảo qua mạng so với năm 2024; tỷ lệ điều tra, khám phá đạt trên 60%; 100% cán bộ, công chức, viên chức được tập huấn kỹ năng nhận diện lừa đảo.

Nơi nhận:
- Bộ Công an (C04);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Minh
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)


def cell(anchor, number, row, col):
    if col == "So với cùng kỳ (%)":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"số vụ {row} so với cùng kỳ", period=inh(Y24))
    p = C23 if col == "Năm 2023" else Y24
    return fig(anchor, number, float(number), "count", "vụ", subject=f"số vụ {row} {col.lower()}", period=p)


ROWS = [("Giả danh cơ quan nhà nước", "giả danh cơ quan nhà nước", ["61", "54", "88,5"]),
        ("Đầu tư tài chính, tiền ảo", "đầu tư tài chính, tiền ảo", ["39", "45", "115,4"]),
        ("Tuyển cộng tác viên online", "tuyển cộng tác viên online", ["42", "33", "78,6"]),
        ("Phương thức khác", "phương thức khác", ["26", "24", "92,3"]),
        ("Tổng cộng", "tổng cộng", ["168", "156", "92,9"])]
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)"]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n

FIGS = [
    fig("xảy ra 156 vụ", "156", 156, "count", "vụ",
        change=chg("decrease", 12, "vụ", "năm 2023"),
        subject="vụ lừa đảo chiếm đoạt tài sản qua không gian mạng", period=Y24),
    fig("(giảm 7,1%)", "7,1", 7.1, "percent", "%", subject="số vụ lừa đảo giảm so với năm 2023",
        period=Y24, optional=True),
    fig("khoảng 64,8 tỷ", "64,8", 64.8e9, "money", "đồng", approx="about",
        change=chg("increase", 15.3, "%"), subject="thiệt hại", period=Y24),
] + CELLS + [
    fig("khởi tố 47 vụ", "47", 47, "count", "vụ", subject="vụ khởi tố", period=inh(Y24)),
    fig("69 bị can", "69", 69, "count", "bị can", subject="bị can khởi tố", period=inh(Y24)),
    fig("23 trường hợp", "23", 23, "count", "trường hợp",
        subject="trường hợp xử phạt vi phạm hành chính", period=inh(Y24)),
    fig("tiền 356 triệu", "356", 356e6, "money", "đồng",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(Y24)),
    fig("gỡ bỏ 215 trang", "215", 215, "count", "trang mạng xã hội",
        subject="trang mạng xã hội giả mạo gỡ bỏ", period=inh(Y24)),
    fig("thu hồi 9,7 tỷ", "9,7", 9.7e9, "money", "đồng", percent=15,
        subject="số tiền thu hồi", period=inh(Y24)),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="kéo giảm số vụ lừa đảo qua mạng", period=Y25),
    fig("trên 60%", "60", 60, "percent", "%", approx="over", status="target",
        subject="tỷ lệ điều tra, khám phá", period=Y25),
    fig("; 100% cán bộ", "100", 100, "percent", "%", status="target",
        subject="cán bộ, công chức, viên chức được tập huấn kỹ năng nhận diện lừa đảo", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH PHƯỚC', 'Số: 21/BC-UBND', 'Bình Phước, ngày 16 tháng 01 năm 2025', sections I/II, 1-2, Nơi nhận.",
    "Distractors: document numbers (21/BC-UBND, 312/KH-UBND ngày 05/3/2024), 'Bảng 1', 'C04', section numbers, the letterhead date.",
    "'giảm 12 vụ (giảm 7,1%)': the first change is the attribute of 156 vụ; the second is a percent figure of its own (optional per the spec).",
    "'thiệt hại khoảng 64,8 tỷ đồng, tăng 15,3%' → change +15.3% (no baseline written).",
    "Flattened '|' table, 'Đơn vị tính: vụ': count cells, subject = row + column label; period from the year columns (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (2024 as % of 2023), period inherited; table cells get no total.",
    "Section 2 has no period phrase: 2024 inherited. Section II: 'Phấn đấu' governs the three ';' clauses (target), period from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1369-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Bình Phước")
