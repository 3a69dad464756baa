"""p1311-7: department site (Trung tâm Nước sạch và VSMTNT Sơn La), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN TỈNH SƠN LA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp | Liên hệ

Sơn La: Hỗ trợ bể chứa, bồn chứa nước cho hộ vùng cao thiếu nước

Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, năm 2023 tỉnh Sơn La đã hỗ trợ 3.485 hộ đồng bào xây bể hoặc mua bồn chứa nước sinh hoạt phân tán, với mức hỗ trợ 3 triệu đồng/hộ. Năm 2024 ước thực hiện 4.120 hộ, tăng 18,2% so với năm 2023.

Kết quả hỗ trợ nước sinh hoạt phân tán
Đơn vị tính: hộ
Huyện
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Sốp Cộp
812
965
1.000
Thuận Châu
1.246
1.430
1.500
Mường La
694
820
900
Các huyện còn lại
733
905
1.100
Tổng số
3.485
4.120
4.500

Bên cạnh đó, năm 2023 Trung tâm đã đầu tư khoan 26 giếng cho các điểm trường và cụm dân cư vùng núi đá vôi huyện Mộc Châu với tổng kinh phí 4,6 tỷ đồng; mỗi giếng cấp nước cho 30-50 hộ. Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh của tỉnh đạt 89,6%, trong đó nước sạch đạt quy chuẩn mới đạt 38,2%.

Tin cùng chuyên mục:
- Nghiệm thu công trình cấp nước sinh hoạt bản Pá Khoang 2
- Tập huấn quản lý, vận hành công trình cấp nước năm 2024

TRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN TỈNH SƠN LA
Địa chỉ: Tổ 2, phường Chiềng Lề, thành phố Sơn La
Điện thoại: 0212.3852.416
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}
IND = "hộ được hỗ trợ nước sinh hoạt phân tán"


def cell(anchor, number, row, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if place:
        kw["location"] = place
    subj = f"{IND} {col}" if place else f"{IND} {row} {col}"
    return fig(anchor, number, float(number.replace(".", "")), "count", "hộ", subject=subj, period=p, **kw)


ROWS = [("Sốp Cộp", "Sốp Cộp", ["812", "965", "1.000"]), ("Thuận Châu", "Thuận Châu", ["1.246", "1.430", "1.500"]),
        ("Mường La", "Mường La", ["694", "820", "900"]), ("Các huyện còn lại", None, ["733", "905", "1.100"]),
        ("Tổng số", None, ["3.485", "4.120", "4.500"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label.lower(), place, col))
        prev = n

MC = "Mộc Châu"
FIGS = [
    fig("hỗ trợ 3.485 hộ", "3.485", 3485, "count", "hộ",
        subject="hộ đồng bào được hỗ trợ xây bể hoặc mua bồn chứa nước sinh hoạt phân tán", period=Y23),
    fig("3 triệu", "3", 3e6, "money", "đồng/hộ", subject="mức hỗ trợ", period=Y23),
    fig("ước thực hiện 4.120 hộ", "4.120", 4120, "count", "hộ", status="estimate",
        change=chg("increase", 18.2, "%", "năm 2023"), subject="hộ được hỗ trợ", period=Y24),
] + CELLS + [
    fig("khoan 26 giếng", "26", 26, "count", "giếng", subject="giếng Trung tâm đầu tư khoan", period=Y23, location=MC),
    fig("kinh phí 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", subject="tổng kinh phí khoan giếng", period=Y23,
        location=MC),
    fig("cho 30-50 hộ", "30", 30, "count", "hộ", value_max=50, subject="hộ mỗi giếng cấp nước", period=Y23,
        location=MC),
    fig("đạt 89,6%", "89,6", 89.6, "percent", "%", subject="tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh"),
    fig("mới đạt 38,2%", "38,2", 38.2, "percent", "%", total=89.6,
        subject="tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn"),
]

NOTES = [
    "Department site (Trung tâm Nước sạch và VSMTNT Sơn La), no dateline: menu, related links, footer with address, phone,",
    "'Lượt truy cập', 'Đang trực tuyến'. No published date.",
    "Distractors: 'bản Pá Khoang 2', 'năm 2024' in a link title, 'Tổ 2', phone 0212.3852.416, counters 1.204.377 and 52.",
    "One-cell-per-line table, 'Đơn vị tính: hộ'; rows are districts → location (subject = caption indicator + column label);",
    "'Các huyện còn lại' and 'Tổng số' are no single place: location Sơn La, row label in the subject. Period from the column header",
    "(scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total.",
    "'mức hỗ trợ 3 triệu đồng/hộ' stands in the 'năm 2023' sentence: period 2023. 'Năm 2024 ước thực hiện 4.120 hộ, tăng 18,2%",
    "so với năm 2023' → estimate + change.",
    "Wells in huyện Mộc Châu: location Mộc Châu; '; mỗi giếng cấp nước cho 30-50 hộ' continues the 'năm 2023' sentence.",
    "'89,6%, trong đó ... 38,2%': a percent part after 'trong đó' following the whole (share of households) → total 89,6; no period",
    "stated in their sentence.",
]

if __name__ == "__main__":
    write("p1311-7", TEXT, NOTES, FIGS, location="Sơn La")
