"""p1425-7: department site (Sở NN&PTNT Bến Tre), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Hỏi đáp | Liên hệ

Mở rộng diện tích lúa - tôm vùng ven biển

Mô hình luân canh một vụ lúa - một vụ tôm tiếp tục được nông dân các huyện ven biển lựa chọn. Năm 2024, diện tích lúa - tôm toàn tỉnh ước đạt 8.120 ha, vượt 1,5% kế hoạch; sản lượng tôm ước 2.380 tấn, sản lượng lúa khoảng 36.500 tấn.

Diện tích lúa - tôm phân theo huyện
Đơn vị tính: ha
Huyện
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Thạnh Phú
5.460
5.630
103,1
5.800
Ba Tri
1.540
1.610
104,5
1.700
Bình Đại
850
880
103,5
1.000
Tổng số
7.850
8.120
103,4
8.500

Năng suất tôm sú bình quân đạt 290 kg/ha, tôm càng xanh 450 kg/ha; lợi nhuận từ 60 đến 75 triệu đồng/ha/năm, gấp 1,8 lần độc canh lúa. Toàn tỉnh có 11 HTX và 37 tổ hợp tác sản xuất lúa - tôm với 2.460 thành viên; riêng huyện Thạnh Phú có 6 HTX.

Năm 2025, Sở phấn đấu xây dựng 3 vùng lúa - tôm hữu cơ với quy mô 300 ha; hỗ trợ 50% chi phí chứng nhận cho các HTX tham gia.

Bài viết liên quan:
- Thạnh Phú: Hội thảo giống lúa chịu mặn ST24, OM 18
- Hướng dẫn kỹ thuật nuôi tôm càng xanh trên ruộng lúa

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Địa chỉ: 126A Nguyễn Thị Định, phường Phú Tân, TP Bến Tre
Điện thoại: 0275.3822.105
Lượt truy cập: 1.204.773 | Đang online: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "so với cùng kỳ": (None, None),
        "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if p:
        kw["period"] = p
    label = "tổng số " if place == "Bến Tre" else ""
    if col == "so với cùng kỳ":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"diện tích lúa - tôm {label}so với cùng kỳ", location=place, **kw)
    return fig(anchor, number, float(number.replace(".", "")), "measure", "ha",
               subject=f"diện tích lúa - tôm {label}{col}", location=place, **kw)


ROWS = [("Thạnh Phú", "Thạnh Phú", ["5.460", "5.630", "103,1", "5.800"]),
        ("Ba Tri", "Ba Tri", ["1.540", "1.610", "104,5", "1.700"]),
        ("Bình Đại", "Bình Đại", ["850", "880", "103,5", "1.000"]),
        ("Bến Tre", "Tổng số", ["7.850", "8.120", "103,4", "8.500"])]
CELLS = []
for place, label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}\n", n, place, col))
        prev = n

FIGS = [
    fig("luân canh một vụ lúa", "một", 1, "count", "vụ", optional=True),
    fig("một vụ tôm", "một", 1, "count", "vụ", optional=True),
    fig("ước đạt 8.120 ha", "8.120", 8120, "measure", "ha", status="estimate",
        change=chg("increase", 1.5, "%", "kế hoạch"), subject="diện tích lúa - tôm toàn tỉnh", period=Y24),
    fig("ước 2.380 tấn", "2.380", 2380, "measure", "tấn", status="estimate", subject="sản lượng tôm", period=Y24),
    fig("khoảng 36.500 tấn", "36.500", 36500, "measure", "tấn", approx="about", status="estimate",
        subject="sản lượng lúa", period=Y24),
] + CELLS + [
    fig("đạt 290 kg/ha", "290", 290, "measure", "kg/ha", subject="năng suất tôm sú bình quân"),
    fig("xanh 450 kg/ha", "450", 450, "measure", "kg/ha", subject="năng suất tôm càng xanh bình quân"),
    fig("từ 60 đến 75 triệu", "60", 60e6, "money", "đồng/ha/năm", value_max=75e6,
        change=chg("increase", 1.8, "lần", "độc canh lúa"), subject="lợi nhuận"),
    fig("có 11 HTX", "11", 11, "count", "HTX", subject="HTX sản xuất lúa - tôm"),
    fig("và 37 tổ", "37", 37, "count", "tổ hợp tác", subject="tổ hợp tác sản xuất lúa - tôm"),
    fig("2.460 thành viên", "2.460", 2460, "count", "thành viên",
        subject="thành viên HTX và tổ hợp tác sản xuất lúa - tôm"),
    fig("có 6 HTX", "6", 6, "count", "HTX", subject="HTX sản xuất lúa - tôm", location="Thạnh Phú"),
    fig("dựng 3 vùng", "3", 3, "count", "vùng", status="target", subject="vùng lúa - tôm hữu cơ", period=Y25),
    fig("quy mô 300 ha", "300", 300, "measure", "ha", status="target",
        subject="quy mô vùng lúa - tôm hữu cơ", period=Y25),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="target",
        subject="hỗ trợ chi phí chứng nhận cho các HTX tham gia", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Bến Tre), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: ST24, OM 18 (varieties), '126A Nguyễn Thị Định', phone 0275.3822.105, counters 1.204.773 and 25.",
    "'luân canh một vụ lúa - một vụ tôm' names the rotation pattern: both 'một' optional.",
    "'vượt 1,5% kế hoạch' is a change against the plan (baseline kế hoạch). 'ước đạt' governs the sentence after ';' too ('ước 2.380').",
    "One-cell-per-line table ('Đơn vị tính: ha'); row = district (location), 'Tổng số' → Bến Tre; subject = indicator + column label.",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures with no period",
    "(the header names no year) and no status cue (actual). Cells get no total.",
    "'riêng huyện Thạnh Phú có 6 HTX': location Thạnh Phú; 'riêng' is not a part-of cue, so no total.",
    "Section 'Năm 2025, Sở phấn đấu' governs all three figures (target).",
]

if __name__ == "__main__":
    write("p1425-7", TEXT, NOTES, FIGS, location="Bến Tre")
