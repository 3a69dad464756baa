"""p1498-3: formal report (BCĐ 389 tỉnh Lạng Sơn): smuggled and fake sockets, plugs, switches seized in 2024; '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LẠNG SƠN
BAN CHỈ ĐẠO 389 TỈNH
Số: 12/BC-BCĐ389
Lạng Sơn, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả đấu tranh chống buôn lậu, hàng giả đối với thiết bị điện dân dụng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Năm 2024, các lực lượng chức năng trên địa bàn tỉnh đã phát hiện, bắt giữ 96 vụ vận chuyển, kinh doanh ổ cắm, phích cắm, công tắc điện nhập lậu, giả mạo nhãn hiệu, tăng 14 vụ so với năm 2023; xử phạt vi phạm hành chính 1,86 tỷ đồng; khởi tố 3 vụ với 5 bị can. Hàng hóa chủ yếu được vận chuyển qua các cửa khẩu phụ, lối mở thuộc huyện Cao Lộc và huyện Văn Lãng.

2. Kết quả thu giữ theo nhóm hàng
Đơn vị tính: chiếc
Nhóm hàng | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Ổ cắm kéo dài | 18.420 | 25.760 | 139,8
Phích cắm | 9.150 | 11.300 | 123,5
Công tắc, mặt ổ âm tường | 6.080 | 4.950 | 81,4
Tổng cộng | 33.650 | 42.010 | 124,8

Trị giá hàng hóa thu giữ năm 2024 ước khoảng 2,9 tỷ đồng. Toàn bộ hàng vi phạm đã được tiêu hủy theo quy định tại Nghị định số 98/2020/NĐ-CP.

II. NHIỆM VỤ NĂM 2025
Tăng cường kiểm soát tại 12 cửa khẩu và lối mở trên tuyến biên giới; phấn đấu số vụ bắt giữ tăng ít nhất 10% so với năm 2024; tổ chức 2 đợt cao điểm vào quý I và quý IV.

Nơi nhận:
- Ban Chỉ đạo 389 quốc gia;
- Thường trực Tỉnh ủy;
- Lưu: VT, BCĐ.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Hoàng Văn Tám
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)


def cell(anchor, number, row, col):
    if col == "So với cùng kỳ (%)":
        v = float(number.replace(".", "").replace(",", "."))
        return fig(anchor, number, v, "percent", "%", subject=f"số lượng {row} thu giữ năm 2024 so với cùng kỳ",
                   period=inh(Y24c))
    v = float(number.replace(".", "").replace(",", "."))
    return fig(anchor, number, v, "count", "chiếc", subject=f"số lượng {row} thu giữ {col.lower()}",
               period=Y23c if col == "Năm 2023" else Y24c)


ROWS = [("Ổ cắm kéo dài", "ổ cắm kéo dài", ["18.420", "25.760", "139,8"]),
        ("Phích cắm", "phích cắm", ["9.150", "11.300", "123,5"]),
        ("Công tắc, mặt ổ âm tường", "công tắc, mặt ổ âm tường", ["6.080", "4.950", "81,4"]),
        ("Tổng cộng", "hàng hóa tổng cộng", ["33.650", "42.010", "124,8"])]
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)"]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n

FIGS = [
    fig("bắt giữ 96 vụ", "96", 96, "count", "vụ", change=chg("increase", 14, "vụ", "năm 2023"),
        subject="vụ vận chuyển, kinh doanh ổ cắm, phích cắm, công tắc điện nhập lậu, giả mạo nhãn hiệu bị bắt giữ",
        period=Y24),
    fig("hành chính 1,86 tỷ", "1,86", 1.86e9, "money", "đồng",
        subject="xử phạt vi phạm hành chính", period=Y24),
    fig("khởi tố 3 vụ", "3", 3, "count", "vụ", subject="vụ khởi tố", period=Y24),
    fig("với 5 bị can", "5", 5, "count", "bị can", subject="bị can bị khởi tố", period=Y24),
] + CELLS + [
    fig("ước khoảng 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", approx="about", status="estimate",
        subject="trị giá hàng hóa thu giữ", period=Y24b),
    fig("tại 12 cửa khẩu", "12", 12, "count", "cửa khẩu và lối mở",
        subject="cửa khẩu và lối mở trên tuyến biên giới tăng cường kiểm soát"),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="tăng số vụ bắt giữ", period=Y25),
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt", status="target",
        subject="đợt cao điểm tổ chức", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH LẠNG SƠN', 'Số: 12/BC-BCĐ389', 'Lạng Sơn, ngày 15 tháng 01 năm 2025' (published), sections I/II, 'Nơi nhận'.",
    "Distractors: 'BAN CHỈ ĐẠO 389', 'Số: 12/BC-BCĐ389', 'Nghị định số 98/2020/NĐ-CP', section numbers I./II./1./2., 'quý I và quý IV',",
    "the signer's name 'Hoàng Văn Tám' (tám = eight), 'Ban Chỉ đạo 389 quốc gia'.",
    "'tăng 14 vụ so với năm 2023' is the change (in vụ) of 96 vụ. '3 vụ' khởi tố has no part-of cue, so no total.",
    "Flattened '|' table, 'Đơn vị tính: chiếc': count cells, unit chiếc; subject = row label + column label; period from the year columns",
    "(scored). The 'So với cùng kỳ (%)' column: percent figures (2024 against 2023), period 2024 inherited (no year in that header).",
    "Table cells get no total (the 'Tổng cộng' row stands after its parts with no cue).",
    "Section II 'NHIỆM VỤ NĂM 2025': 'phấn đấu ... tăng ít nhất 10%' is a growth rate as the claim (percent, at_least, target, no change);",
    "'tổ chức 2 đợt' continues the 'phấn đấu' list of tasks → target. '12 cửa khẩu và lối mở' states existing crossings → actual, no period.",
]

if __name__ == "__main__":
    write("p1498-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Lạng Sơn")
