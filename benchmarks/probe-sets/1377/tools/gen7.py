"""p1377-7: department site (Sở Công Thương Bình Dương), no dateline, one-cell-per-line table of exports by city."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp | Liên hệ

Ngành da giày: đơn hàng phục hồi, xuất khẩu tăng hai con số

Năm 2024, kim ngạch xuất khẩu giày dép của tỉnh Bình Dương đạt 5,82 tỷ USD, tăng 12,6% so với năm 2023, đứng thứ nhất cả nước. Ngành da giày hiện có 312 doanh nghiệp, sử dụng khoảng 285.000 lao động.

Kim ngạch xuất khẩu giày dép theo địa bàn
Đơn vị tính: triệu USD
Địa bàn
Năm 2023
Năm 2024
So với cùng kỳ (%)
TP Thuận An
1.642
1.865
113,6
TP Dĩ An
1.208
1.391
115,1
TP Tân Uyên
985
1.094
111,1
TP Bến Cát
736
812
110,3
Các địa bàn khác
598
658
110,0
Tổng cộng
5.169
5.820
112,6

Thu nhập bình quân của lao động ngành da giày năm 2024 đạt 9,1 triệu đồng/người/tháng. Năm 2025, ngành phấn đấu kim ngạch xuất khẩu giày dép đạt 6,3 tỷ USD, tăng ít nhất 8%. Hiện mới có 46 doanh nghiệp da giày đạt chứng nhận ISO 14001 hoặc LEED.

Tin cùng chuyên mục:
- Triển khai Nghị định số 74/2024/NĐ-CP về lương tối thiểu vùng
- Hội nghị kết nối giao thương với doanh nghiệp Hàn Quốc

SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 4, Tháp B, Trung tâm Hành chính tỉnh, đường Lê Lợi, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3827.112
Lượt truy cập: 1.204.557 | Trực tuyến: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
YOY = inh(per("Năm 2024", "2024-01-01", "2024-12-31"))
COLS = [("năm 2023", Y23, False), ("năm 2024", Y24, False), ("so với cùng kỳ", YOY, True)]
ROWS = [("TP Thuận An", "Thuận An", ["1.642", "1.865", "113,6"]),
        ("TP Dĩ An", "Dĩ An", ["1.208", "1.391", "115,1"]),
        ("TP Tân Uyên", "Tân Uyên", ["985", "1.094", "111,1"]),
        ("TP Bến Cát", "Bến Cát", ["736", "812", "110,3"]),
        ("Các địa bàn khác", None, ["598", "658", "110,0"]),
        ("Tổng cộng", None, ["5.169", "5.820", "112,6"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, p, pct), n in zip(COLS, nums):
            kw = {"location": place} if place else {}
            if label == "Các địa bàn khác":
                subj = f"kim ngạch xuất khẩu giày dép các địa bàn khác {col}"
            elif label == "Tổng cộng":
                subj = f"tổng cộng kim ngạch xuất khẩu giày dép {col}"
            else:
                subj = f"kim ngạch xuất khẩu giày dép {col}"
            v = float(n.replace(".", "").replace(",", "."))
            if pct:
                out.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=subj, period=p, **kw))
            else:
                out.append(fig(f"{prev}\n{n}", n, v * 1e6, "money", "USD", subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("tăng hai con số", "hai", 2, "count", "con số", optional=True),
    fig("đạt 5,82 tỷ", "5,82", 5.82e9, "money", "USD", change=chg("increase", 12.6, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu giày dép của tỉnh", period=Y24),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", period=Y24,
        subject="kim ngạch xuất khẩu giày dép"),
    fig("có 312 doanh nghiệp", "312", 312, "count", "doanh nghiệp",
        subject="doanh nghiệp ngành da giày"),
    fig("khoảng 285.000 lao động", "285.000", 285000, "count", "lao động", approx="about",
        subject="lao động ngành da giày sử dụng"),
] + cells() + [
    fig("đạt 9,1 triệu", "9,1", 9.1e6, "money", "đồng/người/tháng", period=Y24b,
        subject="thu nhập bình quân của lao động ngành da giày"),
    fig("đạt 6,3 tỷ", "6,3", 6.3e9, "money", "USD", status="target", period=Y25,
        change=chg("increase", 8, "%", approx="at_least"),
        subject="kim ngạch xuất khẩu giày dép"),
    fig("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
        subject="doanh nghiệp da giày đạt chứng nhận ISO 14001 hoặc LEED"),
]

NOTES = [
    "Department site (Sở Công Thương Bình Dương), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Nghị định số 74/2024/NĐ-CP', 'ISO 14001', 'Tầng 4, Tháp B', phone 0274.3827.112, counters 1.204.557 and 52.",
    "Headline 'xuất khẩu tăng hai con số' (double-digit growth): optional; a reader may or may not count 'hai con số' as a number.",
    "'đứng thứ nhất cả nước' → rank 1 (number word 'nhất'), located in Bình Dương, same sentence as 'Năm 2024'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu USD' → money ×10^6; the place column goes to location (Thuận An, Dĩ An, Tân Uyên,",
    "Bến Cát); 'Các địa bàn khác' and 'Tổng cộng' stay Bình Dương; subject = indicator (+ row label when not a place) + column label.",
    "'So với cùng kỳ (%)' cells are percent figures, period by the neighbouring column (inherited, not scored). Cells get no total.",
    "'Năm 2025, ngành phấn đấu ... 6,3 tỷ USD, tăng ít nhất 8%' → target with change (approx at_least, no baseline written).",
]

if __name__ == "__main__":
    write("p1377-7", TEXT, NOTES, FIGS, location="Bình Dương")
