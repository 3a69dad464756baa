"""p1295-7: department site (Sở NN&PTNT Sóc Trăng), no dateline: menu, one-cell-per-line table with 'Trong đó:' sub-rows, footer with counters."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SÓC TRĂNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ

Diện tích vú sữa Hoàng Kim tăng hơn 22%

Theo Chi cục Trồng trọt và Bảo vệ thực vật, năm 2024 diện tích vú sữa toàn tỉnh ước đạt 1.352 ha, tăng 5,1% so với năm 2023, tập trung ở huyện Kế Sách (chiếm khoảng 58%) và huyện Châu Thành. Sản lượng ước đạt 19.800 tấn, năng suất bình quân 17,6 tấn/ha.

Diện tích vú sữa phân theo giống
Đơn vị tính: ha
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
1.286
1.352
1.420
Trong đó:
Vú sữa Lò Rèn
905
928
950
Vú sữa Hoàng Kim
214
262
310
Giống khác
167
162
160

Vú sữa Hoàng Kim tăng nhanh nhờ giá bán ổn định ở mức 38.000-42.000 đồng/kg, gần gấp đôi vú sữa Lò Rèn. Toàn tỉnh hiện có 6 mã số vùng trồng vú sữa xuất khẩu với 97 ha; năm 2025 phấn đấu cấp thêm 3 mã. Riêng huyện Kế Sách có 4 hợp tác xã chuyên canh vú sữa với 215 thành viên.

Văn bản mới:
- Quyết định số 1452/QĐ-UBND ngày 12/7/2024 ban hành quy trình kỹ thuật canh tác vú sữa
- Kế hoạch 86/KH-SNN về phòng, chống hạn mặn mùa khô 2024-2025

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SÓC TRĂNG
Địa chỉ: Số 8 Hai Bà Trưng, Phường 1, TP Sóc Trăng
Điện thoại: 0299.3822.491
Lượt truy cập: 1.204.577 | Đang trực tuyến: 25
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]

ROWS = [("Tổng số", "tổng số diện tích vú sữa", ["1.286", "1.352", "1.420"]),
        ("Vú sữa Lò Rèn", "diện tích vú sữa Lò Rèn", ["905", "928", "950"]),
        ("Vú sữa Hoàng Kim", "diện tích vú sữa Hoàng Kim", ["214", "262", "310"]),
        ("Giống khác", "diện tích vú sữa giống khác", ["167", "162", "160"])]
TOTALS = [1286, 1352, 1420]
CELLS = []
for label, subj, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label != "Tổng số":
            kw["total"] = TOTALS[i]
        v = float(n.replace(".", ""))
        CELLS.append(fig(f"{prev}\n{n}", n, v, "measure", "ha", subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("tăng hơn 22%", "22", 22, "percent", "%", approx="over", subject="diện tích vú sữa Hoàng Kim"),
    fig("ước đạt 1.352 ha", "1.352", 1352, "measure", "ha", status="estimate",
        change=chg("increase", 5.1, "%", "năm 2023"), subject="diện tích vú sữa toàn tỉnh", period=Y24),
    fig("khoảng 58%", "58", 58, "percent", "%", approx="about",
        subject="diện tích vú sữa tập trung ở huyện Kế Sách", period=Y24, location="Kế Sách"),
    fig("ước đạt 19.800 tấn", "19.800", 19800, "measure", "tấn", status="estimate", subject="sản lượng vú sữa",
        period=inh(Y24)),
    fig("17,6 tấn/ha", "17,6", 17.6, "measure", "tấn/ha", status="estimate", subject="năng suất bình quân",
        period=inh(Y24)),
] + CELLS + [
    fig("mức 38.000-42.000", "38.000", 38000, "money", "đồng/kg", value_max=42000,
        change=chg("increase", 2, "lần", "vú sữa Lò Rèn", approx="nearly"), subject="giá bán vú sữa Hoàng Kim"),
    fig("có 6 mã", "6", 6, "count", "mã số vùng trồng", subject="mã số vùng trồng vú sữa xuất khẩu"),
    fig("với 97 ha", "97", 97, "measure", "ha", subject="diện tích mã số vùng trồng vú sữa xuất khẩu"),
    fig("thêm 3 mã", "3", 3, "count", "mã", status="target", subject="mã số vùng trồng cấp thêm", period=Y25),
    fig("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", subject="hợp tác xã chuyên canh vú sữa", location="Kế Sách"),
    fig("với 215 thành viên", "215", 215, "count", "thành viên", subject="thành viên hợp tác xã chuyên canh vú sữa",
        location="Kế Sách"),
]

NOTES = [
    "Department site (Sở NN&PTNT Sóc Trăng), no dateline: menu, 'Văn bản mới' links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: '1452/QĐ-UBND', 'ngày 12/7/2024', '86/KH-SNN', 'mùa khô 2024-2025', 'Số 8', 'Phường 1', phone 0299.3822.491,",
    "counters 1.204.577 and 25.",
    "Headline 'tăng hơn 22%' (262/214 = +22,4%): growth rate as the claim → percent, over, no period in its sentence.",
    "'tập trung ở huyện Kế Sách (chiếm khoảng 58%)': the bracket has its own verb and states Kế Sách's share, not a share of 1.352 ha:",
    "a percent figure of its own, actual (the bracket is not governed by 'ước đạt'), located in Kế Sách, period năm 2024.",
    "'Sản lượng ước đạt 19.800 tấn, năng suất bình quân 17,6 tấn/ha': the yield continues the 'ước đạt' clause → estimate; year inherited.",
    "One-cell-per-line table 'Đơn vị tính: ha'; 'Tổng số' row then 'Trong đó:' with the varieties: each variety cell is a part of the",
    "'Tổng số' cell of its column (total). 'Ước thực hiện 2024' → estimate; 'Kế hoạch 2025' → target; periods from the headers.",
    "'ở mức 38.000-42.000 đồng/kg, gần gấp đôi vú sữa Lò Rèn' → change increase 2 lần, approx nearly ('đôi' = 2).",
    "'năm 2025 phấn đấu cấp thêm 3 mã' → target, period 2025; the 6 codes and 97 ha ('hiện') get no period.",
    "'Riêng huyện Kế Sách có 4 hợp tác xã ... 215 thành viên' → located in Kế Sách; 'riêng' gives no total.",
]

if __name__ == "__main__":
    write("p1295-7", TEXT, NOTES, FIGS, location="Sóc Trăng")
