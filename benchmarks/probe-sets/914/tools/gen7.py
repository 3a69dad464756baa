"""p914-7: CDC Gia Lai department site (no dateline), leprosy control 2022-2024, one-cell-per-line table."""
from lib import F, P, C, inh, write, Doc

d = Doc()
d.add("""SỞ Y TẾ TỈNH GIA LAI
TRUNG TÂM KIỂM SOÁT BỆNH TẬT
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả phòng chống bệnh phong giai đoạn 2022-2024

Gia Lai là một trong những tỉnh có số bệnh nhân phong mới cao của cả nước. Giai đoạn 2022-2024, toàn tỉnh phát hiện 37 bệnh nhân mới, trong đó 31 bệnh nhân là người dân tộc thiểu số, chiếm 83,8%. Một số chỉ tiêu chính như sau:

Đơn vị tính: người
Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Kế hoạch 2025
""")
COLS = ["Năm 2022", "Năm 2023", "Năm 2024", "Kế hoạch 2025"]
ROWS = [("Khám sàng lọc (lượt người)", "lượt người", ["52.400", "61.800", "68.350", "70.000"]),
        ("Bệnh nhân mới phát hiện", "người", ["14", "12", "11", "-"]),
        ("Trẻ em dưới 15 tuổi", "người", ["2", "1", "0", "-"]),
        ("Tàn tật độ 2", "người", ["4", "3", "2", "-"])]
for label, unit, cells in ROWS:
    d.add(label + "\n", mark=label)
    for j, c in enumerate(cells):
        d.add(c, mark=(label, j))
        d.add("\n")
d.add("""
Hiện tỉnh quản lý 628 bệnh nhân phong tại 17 huyện, thị xã, thành phố; trong đó huyện Krông Pa (96 bệnh nhân), Ia Pa (71 bệnh nhân) và Chư Sê (58 bệnh nhân) có số bệnh nhân đông nhất. Năm 2024, Trung tâm đã cấp 210 đôi giày bảo hộ, hỗ trợ 45 bệnh nhân nghèo mỗi người 2 triệu đồng.

Thực hiện Kế hoạch số 45/KH-SYT ngày 10/3/2025 của Sở Y tế, năm 2025 Trung tâm phấn đấu 100% xã vùng nguy cơ cao được khám sàng lọc, tỷ lệ bệnh nhân mới bị tàn tật độ 2 dưới 15%.

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH GIA LAI
Địa chỉ: 02 Tôn Thất Tùng, phường Phù Đổng, TP Pleiku, tỉnh Gia Lai
Điện thoại: 0269.3824.105 - Email: cdc@gialai.gov.vn
Lượt truy cập: 1.284.067 | Đang trực tuyến: 37
""")
TEXT = d.text

G = P("Giai đoạn 2022-2024", "2022-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
PER = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
       P("Năm 2024", "2024-01-01", "2024-12-31"), P("Kế hoạch 2025", "2025-01-01", "2025-12-31")]
SUBJ = {"Khám sàng lọc (lượt người)": "khám sàng lọc", "Bệnh nhân mới phát hiện": "bệnh nhân mới phát hiện",
        "Trẻ em dưới 15 tuổi": "trẻ em dưới 15 tuổi", "Tàn tật độ 2": "tàn tật độ 2"}
SUBJ_QL = "bệnh nhân phong đang quản lý"

FIGS = [
    F("phát hiện 37 bệnh nhân mới", "37", 37, "count", "bệnh nhân", "bệnh nhân mới phát hiện", G),
    F("31 bệnh nhân là người dân tộc", "31", 31, "count", "bệnh nhân", "bệnh nhân là người dân tộc thiểu số", G,
      total=37, percent=83.8),
]
positions = {}
for label, unit, cells in ROWS:
    if label.startswith("Trẻ em"):
        s, _ = d.marks[label]
        a = "Trẻ em dưới 15 tuổi\n"
        FIGS.append(F(a, "15", 15, "measure", "tuổi", approx="under", optional=True))
        positions[len(FIGS) - 1] = s + len("Trẻ em dưới ")
    for j, c in enumerate(cells):
        if c == "-":
            continue
        s, _ = d.marks[(label, j)]
        v = int(c.replace(".", ""))
        kw = {"status": "target"} if j == 3 else {}
        positions[len(FIGS)] = s
        FIGS.append(F(d.cell_anchor((label, j)), c, v, "count", unit, SUBJ[label], PER[j], **kw))
FIGS += [
    F("quản lý 628 bệnh nhân phong", "628", 628, "count", "bệnh nhân", SUBJ_QL),
    F("tại 17 huyện", "17", 17, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố có bệnh nhân phong đang quản lý"),
    F("Krông Pa (96 bệnh nhân)", "96", 96, "count", "bệnh nhân", SUBJ_QL, total=628, location="Krông Pa"),
    F("Ia Pa (71 bệnh nhân)", "71", 71, "count", "bệnh nhân", SUBJ_QL, total=628, location="Ia Pa"),
    F("Chư Sê (58 bệnh nhân)", "58", 58, "count", "bệnh nhân", SUBJ_QL, total=628, location="Chư Sê"),
    F("cấp 210 đôi giày", "210", 210, "count", "đôi giày", "đôi giày bảo hộ được cấp", Y24),
    F("hỗ trợ 45 bệnh nhân", "45", 45, "count", "bệnh nhân", "bệnh nhân nghèo được hỗ trợ", Y24),
    F("mỗi người 2 triệu đồng", "2", 2e6, "money", "đồng/người", "mức hỗ trợ bệnh nhân nghèo", Y24),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", "xã vùng nguy cơ cao được khám sàng lọc", Y25,
      status="target"),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ bệnh nhân mới bị tàn tật độ 2", Y25, approx="under",
      status="target"),
]

COMMENTS = [
    "Department site of CDC Gia Lai, no dateline (published absent); footer address, phone, visit counter and 'Đang trực tuyến: 37' are furniture.",
    "Table pasted one cell per line: header cells, then each row label and its cells. Unit 'người' from 'Đơn vị tính', overridden by",
    "'(lượt người)' in the first row label; period from the column header (scored); 'Kế hoạch 2025' column -> status target; '-' cells are empty.",
    "The row label 'Trẻ em dưới 15 tuổi' holds a category threshold (optional). 'Tàn tật độ 2' is a grade, not a figure.",
    "Districts in brackets after 'trong đó' are parts of the 628 managed patients: total 628, location the district.",
]

if __name__ == "__main__":
    write("p914-7", TEXT, COMMENTS, FIGS, published=None, location="Gia Lai", positions=positions)
