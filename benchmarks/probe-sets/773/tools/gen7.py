"""p773-7: Sở LĐ-TB&XH Vĩnh Long department site, no dateline, one-cell-per-line table by locality."""
from lib import F, P, I, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH VĨNH LONG
Hoạt động chuyên môn > Bảo trợ xã hội

Kết quả phục hồi chức năng dựa vào cộng đồng năm 2023

Thực hiện Kế hoạch số 112/KH-UBND của UBND tỉnh, năm 2023 toàn tỉnh có 3.905 người khuyết tật được phục hồi chức năng tại cộng đồng, tăng 14,7% so với năm 2022, vượt 5,2% kế hoạch. Kết quả theo từng địa phương như sau:

Bảng: Số người khuyết tật được phục hồi chức năng tại cộng đồng
Đơn vị tính: người
STT
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
1
TP. Vĩnh Long
612
705
750
2
Long Hồ
540
618
650
3
Vũng Liêm
498
571
600
4
Trà Ôn
455
523
560
5
Các huyện, thị xã còn lại
1.299
1.488
1.540
Toàn tỉnh
3.404
3.905
4.100

Bình quân năm 2023, mỗi người khuyết tật được cán bộ y tế xã đến hướng dẫn tập luyện 2,4 lần/tháng. Chi phí dụng cụ tập luyện được hỗ trợ tối đa 1,5 triệu đồng/người/năm theo Nghị quyết số 25/2021/NQ-HĐND của HĐND tỉnh. Hiện 86/107 xã, phường, thị trấn đã có cộng tác viên phục hồi chức năng.

Sở đề nghị các địa phương phấn đấu đến năm 2025 có 90% xã, phường, thị trấn duy trì mạng lưới cộng tác viên phục hồi chức năng, 100% người khuyết tật có nhu cầu được hướng dẫn tập luyện tại nhà.

Địa chỉ: số 1 Phó Cơ Điều, Phường 3, TP. Vĩnh Long | Điện thoại: 0270.3822.357
Tổng số lượt truy cập: 2.486.031
"""

SUBJ = "Số người khuyết tật được phục hồi chức năng tại cộng đồng"
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]


def row(label, loc, cells):
    """cells: (number, anchor) for the three columns."""
    out = []
    for (num, anchor), (col, per, status) in zip(cells, COLS):
        kw = {}
        if status:
            kw["status"] = status
        if loc:
            kw["location"] = loc
        subj = f"{SUBJ} {col.lower()}" if loc else f"{SUBJ} {label.lower()} {col.lower()}"
        out.append(F(anchor, num, float(num.replace(".", "")), "count", "người", subj, per, **kw))
    return out


FIGS = [
    F("có 3.905 người", "3.905", 3905, "count", "người khuyết tật",
      "người khuyết tật được phục hồi chức năng tại cộng đồng", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 14.7, baseline="năm 2022")),
    F("vượt 5,2% kế hoạch", "5,2", 5.2, "percent", "%",
      "người khuyết tật được phục hồi chức năng tại cộng đồng vượt kế hoạch",
      P("năm 2023", "2023-01-01", "2023-12-31"), optional=True),
    *row("TP. Vĩnh Long", "Vĩnh Long", [("612", "612"), ("705", "705"), ("750", "750")]),
    *row("Long Hồ", "Long Hồ", [("540", "Hồ\n540"), ("618", "618"), ("650", "650")]),
    *row("Vũng Liêm", "Vũng Liêm", [("498", "498"), ("571", "571"), ("600", "600")]),
    *row("Trà Ôn", "Trà Ôn", [("455", "455"), ("523", "523"), ("560", "560")]),
    *row("Các huyện, thị xã còn lại", None, [("1.299", "1.299"), ("1.488", "1.488"), ("1.540", "1.540")]),
    *row("Toàn tỉnh", None, [("3.404", "3.404"), ("3.905", "\n3.905\n"), ("4.100", "4.100")]),
    F("2,4 lần/tháng", "2,4", 2.4, "measure", "lần/tháng",
      "số lần cán bộ y tế xã đến hướng dẫn tập luyện cho mỗi người khuyết tật",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tối đa 1,5 triệu đồng/người/năm", "1,5", 1500000, "money", "đồng/người/năm",
      "chi phí dụng cụ tập luyện được hỗ trợ", approx="at_most"),
    F("Hiện 86/107 xã", "86", 86, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn đã có cộng tác viên phục hồi chức năng", total=107),
    F("có 90%", "90", 90, "percent", "%",
      "xã, phường, thị trấn duy trì mạng lưới cộng tác viên phục hồi chức năng",
      P("đến năm 2025", end="2025-12-31"), status="target"),
    F("100% người", "100", 100, "percent", "%",
      "người khuyết tật có nhu cầu được hướng dẫn tập luyện tại nhà",
      P("đến năm 2025", end="2025-12-31"), status="target"),
]

COMMENTS = [
    "Sở LĐ-TB&XH tỉnh Vĩnh Long (department site, no dateline): phục hồi chức năng dựa vào cộng đồng 2022-2024, one cell per line.",
    "Table: 'Đơn vị tính: người'; each numeric cell a figure, period from the column header; 'Kế hoạch 2024' cells are targets.",
    "District rows go to location (TP. Vĩnh Long → Vĩnh Long, the provincial city); 'Các huyện, thị xã còn lại' and 'Toàn tỉnh' stay",
    "in the subject, location the province. No totals from the 'Toàn tỉnh' row (no part-of cue). Row numbers 1-5 are not figures.",
    "'vượt 5,2% kế hoạch' is a second change after 'tăng 14,7%': optional percent figure (FIGURES.md 'one of each attribute').",
    "Not figures: Kế hoạch số 112/KH-UBND, Nghị quyết số 25/2021/NQ-HĐND, số 1 Phó Cơ Điều, Phường 3, phone, visit counter.",
]

if __name__ == "__main__":
    emit("p773-7", TEXT, COMMENTS, FIGS, location="Vĩnh Long")
