"""p1021-7: department site (Sở GTVT Đà Nẵng), no dateline; table pasted one cell per line; footer."""
import unicodedata
from lib import F, P, inh, chg, write, cell_anchor

HEAD = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính

Cầu vượt, hầm chui bộ hành phát huy hiệu quả tại khu vực trường học

Tính đến ngày 30/6/2024, trên địa bàn thành phố có 14 cầu vượt bộ hành và 4 hầm chui bộ hành đang khai thác. Trong 6 tháng đầu năm 2024, thành phố đưa vào sử dụng hầm chui bộ hành tại nút giao Ngã ba Huế với kinh phí 36,5 tỷ đồng; hầm dài 48 m, rộng 4 m, tĩnh không 2,7 m, có camera và đèn chiếu sáng hoạt động 24/24 giờ.

Số liệu công trình và lưu lượng người đi bộ quý II/2024 theo từng quận:
Quận
Cầu vượt (cầu)
Hầm chui (hầm)
Lượt người qua bình quân (lượt/ngày)
"""
ROWS = [("Hải Châu", ("4", "1", "2.150")),
        ("Thanh Khê", ("3", "0", "980")),
        ("Liên Chiểu", ("5", "2", "1.640")),
        ("Cẩm Lệ", ("2", "1", "620")),
        ("Tổng cộng", ("14", "4", "5.390"))]
TAIL = """
Năm 2023, trên địa bàn thành phố xảy ra 27 vụ tai nạn giao thông liên quan đến người đi bộ, giảm 8 vụ so với năm 2022; 6 tháng đầu năm 2024 xảy ra 11 vụ, không có vụ nào tại khu vực cổng trường có cầu vượt hoặc hầm chui. Tỷ lệ học sinh các trường THCS, THPT dọc đường Điện Biên Phủ, Tôn Đức Thắng sử dụng cầu vượt, hầm chui đạt 81,2%, cao hơn nhiều so với mức 65,4% của năm 2022.

Năm 2025, Sở phấn đấu 100% cầu vượt, hầm chui bộ hành được lắp camera giám sát; dự kiến đầu tư thêm 2 cầu vượt trên đường Nguyễn Tất Thành (quận Liên Chiểu) với tổng mức khoảng 24 tỷ đồng.

SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 7, Trung tâm Hành chính thành phố, số 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.203 - Fax: 0236.3826.148
Lượt truy cập: 1.254.873
"""

text = HEAD
cells = []
COLS = (("cầu vượt", "count", "cầu"), ("hầm chui", "count", "hầm"),
        ("lượt người qua bình quân", "measure", "lượt/ngày"))
for label, vals in ROWS:
    text += label + "\n"
    for (col, kind, unit), v in zip(COLS, vals):
        cells.append((len(unicodedata.normalize("NFC", text)), v, col, kind, unit, label))
        text += v + "\n"
text += TAIL
TEXT = unicodedata.normalize("NFC", text)

Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 14 cầu vượt", "14", 14, "count", "cầu vượt bộ hành", subject="cầu vượt bộ hành đang khai thác",
      period=P("Tính đến ngày 30/6/2024", end="2024-06-30")),
    F("và 4 hầm chui", "4", 4, "count", "hầm chui bộ hành", subject="hầm chui bộ hành đang khai thác",
      period=P("Tính đến ngày 30/6/2024", end="2024-06-30")),
    F("kinh phí 36,5 tỷ đồng", "36,5", 36.5e9, "money", "đồng",
      subject="kinh phí hầm chui bộ hành nút giao Ngã ba Huế",
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("hầm dài 48 m", "48", 48, "measure", "m", subject="chiều dài hầm chui bộ hành Ngã ba Huế"),
    F("rộng 4 m", "4", 4, "measure", "m", subject="chiều rộng hầm chui bộ hành Ngã ba Huế"),
    F("tĩnh không 2,7 m", "2,7", 2.7, "measure", "m", subject="tĩnh không hầm chui bộ hành Ngã ba Huế"),
]
for pos, v, col, kind, unit, label in cells:
    loc = "Đà Nẵng" if label == "Tổng cộng" else label
    subj = ("tổng cộng " if label == "Tổng cộng" else "") + col  # row label (if not a place) + column label
    FIGS.append(F(cell_anchor(TEXT, pos, v), v, float(v.replace(".", "")), kind, unit,
                  subject=subj, period=inh(Q2), location=loc))
FIGS += [
    F("xảy ra 27 vụ", "27", 27, "count", "vụ", change=chg("decrease", 8, "vụ", "năm 2022"),
      subject="vụ tai nạn giao thông liên quan đến người đi bộ",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("xảy ra 11 vụ", "11", 11, "count", "vụ", subject="vụ tai nạn giao thông liên quan đến người đi bộ",
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("đạt 81,2%", "81,2", 81.2, "percent", "%",
      subject="tỷ lệ học sinh các trường THCS, THPT sử dụng cầu vượt, hầm chui"),
    F("mức 65,4%", "65,4", 65.4, "percent", "%",
      subject="tỷ lệ học sinh các trường THCS, THPT sử dụng cầu vượt, hầm chui",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cầu vượt, hầm chui bộ hành được lắp camera giám sát", period=Y25),
    F("thêm 2 cầu vượt", "2", 2, "count", "cầu vượt", status="forecast",
      subject="cầu vượt đầu tư thêm trên đường Nguyễn Tất Thành", period=Y25, location="Liên Chiểu"),
    F("khoảng 24 tỷ đồng", "24", 24e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng mức đầu tư cầu vượt trên đường Nguyễn Tất Thành", period=Y25, location="Liên Chiểu"),
]

NOTES = [
    "Department site (Sở GTVT Đà Nẵng), no dateline: published absent. Table pasted one cell per line (header cells, then rows).",
    "Table: units from column headers (cầu, hầm, lượt/ngày); district row labels -> location; 'Tổng cộng' row -> Đà Nẵng;",
    "table period 'quý II/2024' stands in the line above the table: inherited. Table cells get no totals.",
    "revised after the first run: table-cell subjects are the column labels as written ('cầu vượt', 'hầm chui'), not 'cầu vượt bộ hành'.",
    "Distractors: '24/24 giờ' (an idiom, not a part of a whole), Tầng 7, số 24 Trần Phú, phone/fax, Lượt truy cập 1.254.873.",
    "'cao hơn nhiều so với mức 65,4% của năm 2022': no change value, 65,4% is its own figure dated năm 2022; 81,2% has no period.",
    "'Năm 2025, Sở phấn đấu 100% ...; dự kiến đầu tư thêm 2 cầu vượt ...': 100% target, 2 cầu and 24 tỷ forecast.",
]

write("p1021-7", TEXT, FIGS, location="Đà Nẵng", notes=NOTES)
