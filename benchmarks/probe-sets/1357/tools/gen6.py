"""p1357-6: department site (Chi cục ATVSTP Khánh Hòa), no dateline, one-cell-per-line table by place."""
from lib import F, P, I, C, T, write

ROWS = [("TP Nha Trang", "Nha Trang", ["312", "386", "123,7", "400"]),
        ("TP Cam Ranh", "Cam Ranh", ["96", "118", "122,9", "120"]),
        ("Thị xã Ninh Hòa", "Ninh Hòa", ["74", "89", "120,3", "95"]),
        ("Các huyện còn lại", None, ["126", "152", "120,6", "160"]),
        ("Tổng số", None, ["608", "745", "122,5", "775"])]
COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
TABLE = "\n".join(["Địa phương"] + COLS + [x for label, _, cells in ROWS for x in [label] + cells])

TEXT = """SỞ Y TẾ TỈNH KHÁNH HÒA
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp | Liên hệ

Kết quả kiểm tra cơ sở kinh doanh trà sữa, đồ uống pha chế năm 2024

Năm 2024, Chi cục An toàn vệ sinh thực phẩm phối hợp với các địa phương ước kiểm tra 745 lượt cơ sở kinh doanh trà sữa, đồ uống pha chế, vượt 24% kế hoạch. Qua kiểm tra, phát hiện 83 lượt cơ sở vi phạm, xử phạt 51 cơ sở với tổng số tiền 268 triệu đồng.

Số lượt cơ sở được kiểm tra theo địa phương
Đơn vị tính: lượt cơ sở
""" + TABLE + """

Các lỗi thường gặp gồm: chưa có giấy chứng nhận cơ sở đủ điều kiện (chiếm 46%), nhân viên không đeo găng tay, tạp dề khi pha chế (28%), nguyên liệu không có nhãn phụ tiếng Việt (15%).

Năm 2025, Chi cục phấn đấu 100% cơ sở kinh doanh trà sữa trên địa bàn ký cam kết bảo đảm an toàn thực phẩm; tổ chức ít nhất 4 lớp tập huấn với khoảng 600 học viên là chủ cơ sở, nhân viên pha chế.

Văn bản mới: Quyết định số 1125/QĐ-SYT ngày 12/3/2024
Liên kết: Cục An toàn thực phẩm | Sở Y tế Khánh Hòa
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang. ĐT: 0258.3822.194
Lượt truy cập: 1.204.557 | Đang trực tuyến: 23
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CP = {"Năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), None),
      "Ước thực hiện 2024": (P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
      "So với cùng kỳ (%)": (I(Y24), None),
      "Kế hoạch 2025": (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
IND = "số lượt cơ sở được kiểm tra"


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, cells in ROWS:
    prev = label
    for col, n in zip(COLS, cells):
        per, st = CP[col]
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        stem = {"Tổng số": "tổng " + IND, "Các huyện còn lại": IND + " các huyện còn lại"}.get(label, IND)
        head = "so với cùng kỳ" if col.startswith("So với") else col.lower()
        if col.startswith("So với"):
            CELLS.append(F(f"{prev}\n{n}\n", n, num(n), "percent", "%", subject=f"{stem} {head}", period=per, **kw))
        else:
            CELLS.append(F(f"{prev}\n{n}\n", n, num(n), "count", "lượt cơ sở", subject=f"{stem} {head}",
                           period=per, **kw))
        prev = n

FIGS = [
    F("ước kiểm tra 745 lượt", "745", 745, "count", "lượt cơ sở", status="estimate",
      change=C("increase", 24, "%", "kế hoạch"),
      subject="lượt cơ sở kinh doanh trà sữa, đồ uống pha chế được kiểm tra", period=Y24),
    F("phát hiện 83 lượt", "83", 83, "count", "lượt cơ sở", subject="lượt cơ sở vi phạm", period=I(Y24)),
    F("xử phạt 51 cơ sở", "51", 51, "count", "cơ sở", subject="cơ sở bị xử phạt", period=I(Y24)),
    F("tiền 268 triệu", "268", 268e6, "money", "đồng", subject="tổng số tiền xử phạt", period=I(Y24)),
] + CELLS + [
    F("chiếm 46%", "46", 46, "percent", "%",
      subject="lỗi thường gặp: chưa có giấy chứng nhận cơ sở đủ điều kiện", period=I(Y24)),
    F("(28%)", "28", 28, "percent", "%",
      subject="lỗi thường gặp: nhân viên không đeo găng tay, tạp dề khi pha chế", period=I(Y24)),
    F("(15%)", "15", 15, "percent", "%",
      subject="lỗi thường gặp: nguyên liệu không có nhãn phụ tiếng Việt", period=I(Y24)),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở kinh doanh trà sữa ký cam kết bảo đảm an toàn thực phẩm", period=Y25),
    F("ít nhất 4 lớp", "4", 4, "count", "lớp", approx="at_least", status="target",
      subject="lớp tập huấn", period=Y25),
    F("khoảng 600 học viên", "600", 600, "count", "học viên", approx="about", status="target",
      subject="học viên tập huấn là chủ cơ sở, nhân viên pha chế", period=Y25),
]

NOTES = [
    "Department site (Chi cục An toàn vệ sinh thực phẩm, Sở Y tế Khánh Hòa), no dateline: menu, 'Văn bản mới', links, address,",
    "phone, 'Lượt truy cập: 1.204.557 | Đang trực tuyến: 23'. The date in 'Quyết định số 1125/QĐ-SYT ngày 12/3/2024' is page furniture.",
    "Distractors: 1125/QĐ-SYT and its date, '04 Phan Chu Trinh', phone 0258.3822.194, counters 1.204.557 and 23.",
    "'ước kiểm tra 745 lượt …, vượt 24% kế hoạch' → estimate, change increase 24% with baseline 'kế hoạch' (a gap to a plan).",
    "The next sentence ('Qua kiểm tra, phát hiện 83 …') has no cue of its own → actual, period inherited.",
    "One-cell-per-line table, 'Đơn vị tính: lượt cơ sở', place column: TP Nha Trang / TP Cam Ranh / Thị xã Ninh Hòa go to location;",
    "'Các huyện còn lại' and 'Tổng số' stay provincial (the label enters the subject). Period from headers (scored); 'Ước thực hiện 2024'",
    "→ estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells: percent figures, status actual (the header has no cue), period",
    "2024 inherited from the text (the header names none). Table cells get no total.",
    "The violation list after 'gồm:' gives three percent figures whose subject joins the indicator and the item.",
    "'Năm 2025, Chi cục phấn đấu …; tổ chức ít nhất 4 lớp … khoảng 600 học viên' → all three target.",
]

if __name__ == "__main__":
    write("p1357-6", TEXT, NOTES, FIGS, location="Khánh Hòa")
