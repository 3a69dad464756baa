"""p1284-6: department site (Sở NN&PTNT Sơn La), no dateline: winter fodder reserve, one-cell-per-line table."""
from lib import F, period, inherited, change, target, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Bảo đảm thức ăn cho đàn gia súc vượt qua mùa rét

Hiện toàn tỉnh có khoảng 1,02 triệu con gia súc ăn cỏ, trong đó đàn bò hơn 380.000 con, đàn trâu khoảng 142.000 con. Để gia súc không bị đói, rét trong mùa đông, ngành nông nghiệp đã chỉ đạo các huyện trồng cỏ, thu gom rơm, ủ chua thức ăn. Kết quả như sau:

Dự trữ thức ăn thô xanh cho gia súc
Đơn vị tính: tấn
Loại thức ăn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Rơm, rạ
512.300
540.800
560.000
105,6
Thân cây ngô ủ chua
186.400
212.500
240.000
114,0
Cỏ trồng
546.300
565.300
600.000
103,5
Tổng số
1.245.000
1.318.600
1.400.000
105,9

Chi cục Chăn nuôi, Thú y và Thủy sản cho biết, đợt rét tháng 1/2024 làm 74 con gia súc chết tại các huyện Bắc Yên, Phù Yên và Sốp Cộp, giảm 38 con so với mùa đông năm trước. Trong những ngày rét đậm, 204 xã, phường, thị trấn đã cử cán bộ thú y trực 24/24 giờ, hướng dẫn 100% hộ chăn nuôi gia cố chuồng trại; riêng huyện Mộc Châu có hơn 29.000 con bò sữa được nuôi nhốt trong chuồng kín, có hệ thống sưởi ấm.

Bài viết liên quan:
- Hướng dẫn kỹ thuật ủ chua thức ăn cho trâu, bò
- Mộc Châu: Hội thảo phát triển bò sữa năm 2023

Địa chỉ: Số 08, đường Tô Hiệu, phường Tô Hiệu, TP Sơn La
Điện thoại: 0212.3852.614
Lượt truy cập: 1.204.577 | Đang trực tuyến: 52
"""

C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
JAN = period("tháng 1/2024", "2024-01-01", "2024-01-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target"),
        ("so với cùng kỳ", None, None)]
ROWS = [("Rơm, rạ", ["512.300", "540.800", "560.000", "105,6"]),
        ("Thân cây ngô ủ chua", ["186.400", "212.500", "240.000", "114,0"]),
        ("Cỏ trồng", ["546.300", "565.300", "600.000", "103,5"]),
        ("Tổng số", ["1.245.000", "1.318.600", "1.400.000", "105,9"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, per, st), n in zip(COLS, nums):
            kw = {}
            if st:
                kw["status"] = st
            if per:
                kw["period"] = per
            if col == "so với cùng kỳ":
                out.append(F(f"{prev}\n{n}", n, num(n), "percent", "%",
                             subject=f"dự trữ {label.lower()} so với cùng kỳ", **kw))
            else:
                out.append(F(f"{prev}\n{n}", n, num(n), "measure", "tấn",
                             subject=f"dự trữ thức ăn thô xanh {label.lower()} {col}", **kw))
            prev = n
    return out


FIGS = [
    F("khoảng 1,02 triệu", "1,02", 1.02e6, "count", "con", approx="about", subject="gia súc ăn cỏ"),
    F("hơn 380.000 con", "380.000", 380000, "count", "con", approx="over", total=1.02e6, subject="đàn bò"),
    F("khoảng 142.000 con", "142.000", 142000, "count", "con", approx="about", total=1.02e6, subject="đàn trâu"),
] + cells() + [
    F("làm 74 con", "74", 74, "count", "con", change=change("decrease", 38, "con", "mùa đông năm trước"),
      subject="gia súc chết", period=JAN),
    F("204 xã", "204", 204, "count", "xã, phường, thị trấn", subject="xã, phường, thị trấn cử cán bộ thú y trực"),
    F("hướng dẫn 100%", "100", 100, "percent", "%", subject="hộ chăn nuôi được hướng dẫn gia cố chuồng trại"),
    F("hơn 29.000 con", "29.000", 29000, "count", "con", approx="over",
      subject="bò sữa được nuôi nhốt trong chuồng kín", location="Mộc Châu"),
]

NOTES = [
    "Department site (Sở NN&PTNT Sơn La), no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang trực tuyến'. published = none.",
    "Distractors: '24/24 giờ' (round the clock, not a part of a whole), 'Số 08', phone 0212.3852.614, counters 1.204.577 and 52, 'năm 2023' in a link title.",
    "Herd: 'trong đó đàn bò hơn 380.000 con, đàn trâu khoảng 142.000 con' → total 1,02 triệu (parts need not add up: other grazing animals).",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; subject = caption indicator + row + column; periods from the headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percents with no period of their own; no totals for cells.",
    "'giảm 38 con so với mùa đông năm trước' is the change of 74 con (decrease, unit con). The 74 con in three districts is a province figure (Sơn La).",
    "'riêng huyện Mộc Châu' → location Mộc Châu for the dairy cows.",
]

if __name__ == "__main__":
    write("p1284-6", TEXT, NOTES, FIGS, location="Sơn La")
