"""p1371-6: department site without dateline (Sở Công Thương Bình Phước): fuel sales 2023, one-cell-per-line table, plan 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH PHƯỚC
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp

Kết quả kinh doanh xăng dầu năm 2023 và kế hoạch năm 2024

Đến hết năm 2023, toàn tỉnh có 245 cửa hàng bán lẻ xăng dầu của 118 thương nhân, trong đó 9 cửa hàng có bán kèm khí dầu mỏ hóa lỏng. Tổng lượng xăng dầu bán ra năm 2023 đạt 389.600 m3, tăng 6,3% so với năm 2022; nguồn cung cơ bản ổn định, không có cửa hàng nào ngừng bán do thiếu hàng.

Lượng xăng dầu bán ra theo mặt hàng
Đơn vị tính: nghìn m3
Mặt hàng
Năm 2022
Năm 2023
Kế hoạch 2024
Xăng các loại
141,2
150,8
158,0
Dầu diesel
221,5
235,3
246,0
Dầu hỏa
3,9
3,5
3,2
Tổng số
366,6
389,6
407,2

Năm 2024, Sở phấn đấu phát triển mới từ 8 đến 10 cửa hàng tại các huyện Bù Gia Mập, Lộc Ninh, Bù Đốp, nơi bình quân mỗi cửa hàng phục vụ trên 25 km2. Đồng thời, tăng cường hậu kiểm, bảo đảm ít nhất 95% cửa hàng được kiểm tra định kỳ về đo lường, chất lượng.

Văn bản liên quan:
- Quyết định số 1862/QĐ-UBND phê duyệt kế hoạch phát triển hệ thống cửa hàng xăng dầu
- Công văn số 356/SCT-QLTM về bảo đảm nguồn cung xăng dầu

SỞ CÔNG THƯƠNG TỈNH BÌNH PHƯỚC
Địa chỉ: Số 1134 Quốc lộ 14, phường Tân Bình, thành phố Đồng Xoài
Điện thoại: 0271.3870.152 - Email: sct@binhphuoc.gov.vn
Lượt truy cập: 1.208.774 | Đang trực tuyến: 52
"""

END23 = per("Đến hết năm 2023", end="2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = {"năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "kế hoạch 2024": (per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")}
ROWS = [("Xăng các loại", ["141,2", "150,8", "158,0"]), ("Dầu diesel", ["221,5", "235,3", "246,0"]),
        ("Dầu hỏa", ["3,9", "3,5", "3,2"]), ("Tổng số", ["366,6", "389,6", "407,2"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            p, st = COLS[col]
            kw = {"status": st} if st else {}
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e3, "measure", "m3",
                           subject=f"lượng {label.lower()} bán ra {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 245 cửa hàng", "245", 245, "count", "cửa hàng", subject="cửa hàng bán lẻ xăng dầu", period=END23),
    fig("của 118 thương nhân", "118", 118, "count", "thương nhân",
        subject="thương nhân có cửa hàng bán lẻ xăng dầu", period=END23),
    fig("trong đó 9 cửa hàng", "9", 9, "count", "cửa hàng", total=245,
        subject="cửa hàng có bán kèm khí dầu mỏ hóa lỏng", period=END23),
    fig("đạt 389.600 m3", "389.600", 389600, "measure", "m3", change=chg("increase", 6.3, "%", "năm 2022"),
        subject="tổng lượng xăng dầu bán ra", period=Y23),
] + cells() + [
    fig("từ 8 đến 10", "8", 8, "count", "cửa hàng", value_max=10, status="target",
        subject="cửa hàng phát triển mới", period=Y24),
    fig("trên 25 km2", "25", 25, "measure", "km2/cửa hàng", approx="over",
        subject="diện tích bình quân mỗi cửa hàng phục vụ"),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="cửa hàng được kiểm tra định kỳ về đo lường, chất lượng", period=inh(Y24)),
]

NOTES = [
    "Department site (Sở Công Thương Bình Phước) without a dateline: menu, related documents, footer with address, phone, e-mail, 'Lượt truy cập' and 'Đang trực tuyến' counters. published = none.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn m3' (141,2 = 141 200 m3); columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (target); 'Tổng số' row. Cells get no total.",
    "Distractors: 'năm 2023 và kế hoạch năm 2024' in the title, Quyết định số 1862/QĐ-UBND, Công văn số 356/SCT-QLTM, 'Số 1134 Quốc lộ 14', phone, counters 1.208.774 and 52.",
    "'Đến hết năm 2023' is an as-of date for the network counts; 'trong đó 9 cửa hàng' → total 245.",
    "'Năm 2024, Sở phấn đấu phát triển mới từ 8 đến 10 cửa hàng ...' → target range; the relative clause 'nơi bình quân mỗi cửa hàng phục vụ trên 25 km2' is a present fact (actual, no period); 'mỗi cửa hàng' is the denominator: unit km2/cửa hàng.",
    "'Đồng thời, ... ít nhất 95% cửa hàng' continues the 'phấn đấu' of the previous sentence: target; period năm 2024 stated in the previous sentence (inherited).",
]

if __name__ == "__main__":
    write("p1371-6", TEXT, NOTES, FIGS, location="Bình Phước")
