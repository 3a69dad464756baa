"""p1469-3: formal report (UBND tỉnh Hà Nam, Số: 312/BC-UBND): anti-glare boards installed in 2024, '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ NAM
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả lắp đặt bảng chống lóa tại các cơ sở giáo dục năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
Thực hiện Kế hoạch số 85/KH-UBND ngày 12/3/2024, năm 2024 toàn tỉnh đã lắp đặt 1.236 bảng chống lóa tại 214 trường học, đạt 103% kế hoạch; tổng kinh phí 4,82 tỷ đồng, trong đó ngân sách tỉnh 3,1 tỷ đồng, còn lại do ngân sách cấp huyện và xã hội hóa.
Trong số 1.236 bảng, có 958 bảng (chiếm 77,5%) do 3 doanh nghiệp sản xuất thiết bị trường học trong tỉnh cung cấp; giá bình quân 3,9 triệu đồng/bảng, thấp hơn khoảng 12% so với năm 2023.

2. Kết quả theo địa phương
Đơn vị tính: chiếc
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Phủ Lý | 186 | 274 | 300
Thị xã Duy Tiên | 132 | 215 | 220
Huyện Kim Bảng | 118 | 196 | 210
Huyện Thanh Liêm | 97 | 183 | 190
Huyện Bình Lục | 105 | 178 | 200
Huyện Lý Nhân | 121 | 190 | 230
Tổng cộng | 759 | 1.236 | 1.350

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu lắp đặt 1.350 bảng chống lóa, nâng tỷ lệ phòng học có bảng chống lóa lên 85%; ưu tiên sản phẩm của doanh nghiệp trong tỉnh đạt tiêu chuẩn TCVN 7491:2005.

Nơi nhận:
- Bộ Giáo dục và Đào tạo (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Phủ Lý", "Phủ Lý", ["186", "274", "300"]),
        ("Thị xã Duy Tiên", "Duy Tiên", ["132", "215", "220"]),
        ("Huyện Kim Bảng", "Kim Bảng", ["118", "196", "210"]),
        ("Huyện Thanh Liêm", "Thanh Liêm", ["97", "183", "190"]),
        ("Huyện Bình Lục", "Bình Lục", ["105", "178", "200"]),
        ("Huyện Lý Nhân", "Lý Nhân", ["121", "190", "230"]),
        ("Tổng cộng", None, ["759", "1.236", "1.350"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if place:
                kw["location"] = place
                subj = col
            else:
                subj = f"tổng cộng {col}"
            v = float(n.replace(".", ""))
            out.append(fig(f"{prev} | {n}", n, v, "count", "chiếc", subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("lắp đặt 1.236 bảng", "1.236", 1236, "count", "bảng", percent=103,
        subject="bảng chống lóa toàn tỉnh đã lắp đặt", period=Y24b),
    fig("tại 214 trường", "214", 214, "count", "trường học", subject="trường học được lắp đặt bảng chống lóa",
        period=Y24b),
    fig("tổng kinh phí 4,82 tỷ", "4,82", 4.82e9, "money", "đồng", subject="tổng kinh phí", period=Y24b),
    fig("ngân sách tỉnh 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", total=4.82e9, subject="ngân sách tỉnh",
        period=Y24b),
    fig("Trong số 1.236 bảng", "1.236", 1236, "count", "bảng", subject="bảng chống lóa đã lắp đặt",
        period=inh(Y24b), optional=True),
    fig("có 958 bảng", "958", 958, "count", "bảng", total=1236, percent=77.5,
        subject="bảng do doanh nghiệp sản xuất thiết bị trường học trong tỉnh cung cấp", period=inh(Y24b)),
    fig("do 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị trường học trong tỉnh", period=inh(Y24b)),
    fig("bình quân 3,9 triệu", "3,9", 3.9e6, "money", "đồng/bảng",
        change=chg("decrease", 12, "%", "năm 2023", approx="about"), subject="giá bình quân", period=inh(Y24b)),
] + cells() + [
    fig("phấn đấu lắp đặt 1.350", "1.350", 1350, "count", "bảng", status="target",
        subject="bảng chống lóa lắp đặt", period=Y25),
    fig("lên 85%", "85", 85, "percent", "%", status="target",
        subject="tỷ lệ phòng học có bảng chống lóa", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ NAM', 'Số: 312/BC-UBND', 'Hà Nam, ngày 16 tháng 12 năm 2024' (published), sections I/II and 1-2, 'Nơi nhận'.",
    "'đạt 103% kế hoạch' is the percent attribute of 1.236 bảng (the plan is on boards; 214 trường stands between).",
    "'Trong số 1.236 bảng' restates the whole of the previous sentence: optional; 958 takes total 1.236 and percent 77,5.",
    "'thấp hơn khoảng 12% so với năm 2023' is a decrease change of the average price (approx about inside the change).",
    "Flattened '|' table, 'Đơn vị tính: chiếc'; rows are places → location (Phủ Lý, Duy Tiên, ...), Tổng cộng → Hà Nam;",
    "subject = row label + column label (FIGURES.md, Tables); a place row label goes to location, so a place row's subject is the column",
    "label alone ('năm 2023'), the total row's 'tổng cộng năm 2023'; period from column headers (scored); 'Kế hoạch 2025' → target; no total.",
    "revised after the first run: table subjects were 'bảng chống lóa lắp đặt <column>' (indicator taken from the report title, which the",
    "table rule does not name); now row label + column label only, as the spec says.",
    "Distractors: 'Số: 312/BC-UBND', 'Kế hoạch số 85/KH-UBND ngày 12/3/2024', letterhead date, 'TCVN 7491:2005', section numbers I/II, 1./2.",
]

if __name__ == "__main__":
    write("p1469-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Hà Nam")
