"""p1269-3: formal report (Sở NN&PTNT Vĩnh Phúc, Số: 412/BC-SNN): high-tech farming and IoT models 2024, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH PHÚC
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 412/BC-SNN
Vĩnh Phúc, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển nông nghiệp ứng dụng công nghệ cao, IoT năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích và mô hình
Năm 2024, toàn tỉnh ước có 1.860 ha sản xuất nông nghiệp ứng dụng công nghệ cao, tăng 12,4% so với năm 2023, bằng 103,3% kế hoạch. Trong đó, diện tích nhà màng, nhà lưới 214 ha; diện tích tưới tiết kiệm nước 1.120 ha.
Đến ngày 30/11/2024, toàn tỉnh có 46 mô hình ứng dụng cảm biến IoT giám sát môi trường, điều khiển tưới và cho ăn tự động (gồm 28 mô hình trồng trọt, 11 mô hình chăn nuôi và 7 mô hình thủy sản), tăng 15 mô hình so với năm 2023.

2. Diện tích ứng dụng công nghệ cao theo nhóm sản phẩm
Đơn vị tính: ha
Nhóm sản phẩm | Năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025 | So với cùng kỳ (%)
Rau, củ, quả | 642 | 735 | 800 | 114,5
Hoa, cây cảnh | 318 | 352 | 380 | 110,7
Lúa chất lượng cao | 695 | 773 | 850 | 111,2
Tổng cộng | 1.655 | 1.860 | 2.030 | 112,4

3. Tồn tại, hạn chế
Chi phí đầu tư nhà màng kèm hệ thống điều khiển tự động còn cao, từ 350 đến 400 triệu đồng/1.000 m2; mới có khoảng 35% hợp tác xã nông nghiệp tiếp cận được vốn vay ưu đãi.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 diện tích sản xuất nông nghiệp ứng dụng công nghệ cao đạt 2.030 ha; xây dựng thêm 20 mô hình ứng dụng IoT; tập huấn cho khoảng 500 lượt nông dân về chuyển đổi số.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, KHTC.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Đức Long
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 30/11/2024", None, "2024-11-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None, "measure"),
        ("ước thực hiện năm 2024", per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate", "measure"),
        ("kế hoạch năm 2025", per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target", "measure"),
        ("so với cùng kỳ", None, None, "percent")]
ROWS = [("Rau, củ, quả", ["642", "735", "800", "114,5"]),
        ("Hoa, cây cảnh", ["318", "352", "380", "110,7"]),
        ("Lúa chất lượng cao", ["695", "773", "850", "111,2"]),
        ("Tổng cộng", ["1.655", "1.860", "2.030", "112,4"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, p, st, kind), n in zip(COLS, nums):
            v = float(n.replace(".", "").replace(",", "."))
            kw = {}
            if st:
                kw["status"] = st
            unit = "%" if kind == "percent" else "ha"
            out.append(fig(f"{prev} | {n}", n, v, kind, unit,
                           subject=f"diện tích ứng dụng công nghệ cao {label.lower()} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("ước có 1.860 ha", "1.860", 1860, "measure", "ha", status="estimate", percent=103.3,
        change=chg("increase", 12.4, "%", "năm 2023"),
        subject="diện tích sản xuất nông nghiệp ứng dụng công nghệ cao", period=Y24),
    fig("nhà lưới 214 ha", "214", 214, "measure", "ha", total=1860, status="estimate",
        subject="diện tích nhà màng, nhà lưới", period=inh(Y24)),
    fig("nước 1.120 ha", "1.120", 1120, "measure", "ha", total=1860, status="estimate",
        subject="diện tích tưới tiết kiệm nước", period=inh(Y24)),
    fig("có 46 mô hình", "46", 46, "count", "mô hình", change=chg("increase", 15, "mô hình", "năm 2023"),
        subject="mô hình ứng dụng cảm biến IoT giám sát môi trường, điều khiển tưới và cho ăn tự động", period=ASOF),
    fig("gồm 28 mô hình", "28", 28, "count", "mô hình", total=46, subject="mô hình trồng trọt", period=ASOF),
    fig("11 mô hình chăn nuôi", "11", 11, "count", "mô hình", total=46, subject="mô hình chăn nuôi", period=ASOF),
    fig("7 mô hình thủy sản", "7", 7, "count", "mô hình", total=46, subject="mô hình thủy sản", period=ASOF),
] + cells() + [
    fig("từ 350 đến 400 triệu", "350", 350e6, "money", "đồng/1.000 m2", value_max=400e6,
        subject="chi phí đầu tư nhà màng kèm hệ thống điều khiển tự động"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="hợp tác xã nông nghiệp tiếp cận được vốn vay ưu đãi"),
    fig("đạt 2.030 ha", "2.030", 2030, "measure", "ha", status="target",
        subject="diện tích sản xuất nông nghiệp ứng dụng công nghệ cao", period=Y25),
    fig("thêm 20 mô hình", "20", 20, "count", "mô hình", status="target",
        subject="mô hình ứng dụng IoT xây dựng thêm", period=Y25),
    fig("khoảng 500 lượt", "500", 500, "count", "lượt nông dân", approx="about", status="target",
        subject="lượt nông dân được tập huấn về chuyển đổi số", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC / SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Số: 412/BC-SNN', 'Vĩnh Phúc, ngày 18 tháng 12 năm 2024', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, '(b/c)', 'Lưu: VT, KHTC', the '1.000 m2' denominator of 'đồng/1.000 m2'.",
    "'ước có 1.860 ha ..., tăng 12,4% ..., bằng 103,3% kế hoạch' → estimate, change 12,4%, percent 103,3 (share after 'bằng').",
    "'Trong đó' after a sentence break → parts of 1.860 (total), same status (estimate), period inherited from the previous sentence.",
    "'(gồm 28 ..., 11 ... và 7 ...)' adds up to 46 → total 46; 'tăng 15 mô hình' after the bracket is the change of 46; as-of date in the same sentence.",
    "Flattened '|' table, 'Đơn vị tính: ha': every numeric cell is a figure; period and status from column headers (Ước thực hiện → estimate,",
    "Kế hoạch → target); 'So với cùng kỳ (%)' cells are percent figures (no period, actual); table cells get no total.",
    "Section II: 'Phấn đấu năm 2025 ...' governs the ';'-chain → target, period năm 2025.",
]

if __name__ == "__main__":
    write("p1269-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Vĩnh Phúc")
