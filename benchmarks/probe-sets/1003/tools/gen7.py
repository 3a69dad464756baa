"""p1003-7: NHCSXH Lâm Đồng branch site (department site), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """NGÂN HÀNG CHÍNH SÁCH XÃ HỘI - CHI NHÁNH TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả cho vay học sinh, sinh viên năm 2023

Năm 2023, doanh số cho vay học sinh, sinh viên (HSSV) toàn tỉnh đạt 96,8 tỷ đồng, tăng 15,2% so với năm 2022; doanh số thu nợ đạt 88,5 tỷ đồng. Đến ngày 31/12/2023, dư nợ đạt 398,2 tỷ đồng với 9.870 khách hàng, bình quân khoảng 40,3 triệu đồng/khách hàng.

Trong năm, có 2.415 HSSV lần đầu được vay vốn, trong đó 1.032 em là con em đồng bào dân tộc thiểu số, chiếm 42,7%. Nhiều HSSV vay mới nhất là các huyện Lâm Hà (318 em), Di Linh (296 em) và Đức Trọng (274 em). Việc cho vay được ủy thác qua 4 tổ chức chính trị - xã hội với 1.126 tổ tiết kiệm và vay vốn.

Hiện nay, tỷ lệ nợ quá hạn của chương trình chỉ còn 0,14%, thấp hơn mức 0,18% của năm 2022. Năm 2024, chi nhánh đặt mục tiêu cho vay mới khoảng 2.600 HSSV.

Một số chỉ tiêu chương trình tín dụng HSSV
Đơn vị tính: tỷ đồng
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Doanh số cho vay
84,0
96,8
105,0
Doanh số thu nợ
79,3
88,5
92,0
Dư nợ
389,9
398,2
411,2
Nợ quá hạn
0,71
0,56
0,50

Địa chỉ: Số 12 Trần Phú, Phường 3, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.154 - Fax: 0263.3822.155
Tổng lượt truy cập: 1.284.563
"""

NOTES = [
    "NHCSXH Lâm Đồng branch site: student loans in 2023 and plan 2024. No dateline (published absent).",
    "Distractors: address 'Số 12 Trần Phú, Phường 3', phone and fax, 'Tổng lượt truy cập: 1.284.563', menu.",
    "Table pasted one cell per line: header Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024, 'Đơn vị tính: tỷ đồng'.",
    "Cells: period from the column header (scored), 'Kế hoạch 2024' gives status target; subject row label + column label.",
    "'Trong năm' = 2023 (the nearest earlier year). 1.032 follows 'trong đó' after 2.415 (same pupils, same year): total, percent 42,7.",
    "'Hiện nay' with no dateline gives no period. 'thấp hơn mức 0,18% của năm 2022': no change value; 0,18% is its own figure.",
    "The district list (Lâm Hà, Di Linh, Đức Trọng) does not add up to 2.415: no total. The footer's Đà Lạt does not localise anything.",
]

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN23 = P("Trong năm", "2023-01-01", "2023-12-31")
ASOF = P("Đến ngày 31/12/2023", end="2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def cells(label, anchors_values):
    out = []
    for (anchor, number, per, col) in anchors_values:
        v = float(number.replace(",", ".")) * 1e9
        kw = {"status": "target"} if col == "kế hoạch 2024" else {}
        out.append(F(anchor, number, v, "money", "đồng", f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("đạt 96,8 tỷ đồng", "96,8", 96.8e9, "money", "đồng", "doanh số cho vay học sinh, sinh viên", Y23,
      change=C("increase", 15.2, "%", "năm 2022")),
    F("đạt 88,5 tỷ đồng", "88,5", 88.5e9, "money", "đồng", "doanh số thu nợ", Y23),
    F("đạt 398,2 tỷ đồng", "398,2", 398.2e9, "money", "đồng", "dư nợ", ASOF),
    F("với 9.870 khách hàng", "9.870", 9870, "count", "khách hàng", "khách hàng có dư nợ", ASOF),
    F("có 2.415 HSSV", "2.415", 2415, "count", "HSSV", "HSSV lần đầu được vay vốn", IN23),
    F("1.032 em", "1.032", 1032, "count", "em", "con em đồng bào dân tộc thiểu số được vay lần đầu", IN23,
      total=2415, percent=42.7),
    F("Lâm Hà (318 em)", "318", 318, "count", "em", "HSSV vay mới", I(IN23), location="Lâm Hà"),
    F("Di Linh (296 em)", "296", 296, "count", "em", "HSSV vay mới", I(IN23), location="Di Linh"),
    F("Đức Trọng (274 em)", "274", 274, "count", "em", "HSSV vay mới", I(IN23), location="Đức Trọng"),
    F("qua 4 tổ chức", "4", 4, "count", "tổ chức chính trị - xã hội", "tổ chức chính trị - xã hội nhận ủy thác"),
    F("với 1.126 tổ", "1.126", 1126, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn"),
    F("khoảng 40,3 triệu đồng/khách hàng", "40,3", 40.3e6, "money", "đồng/khách hàng", "dư nợ bình quân mỗi khách hàng",
      ASOF, approx="about"),
    F("khoảng 2.600 HSSV", "2.600", 2600, "count", "HSSV", "HSSV vay mới", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="target"),
    F("còn 0,14%", "0,14", 0.14, "percent", "%", "tỷ lệ nợ quá hạn của chương trình"),
    F("mức 0,18%", "0,18", 0.18, "percent", "%", "tỷ lệ nợ quá hạn", P("năm 2022", "2022-01-01", "2022-12-31")),
]
FIGS += cells("Doanh số cho vay", [("Doanh số cho vay\n84,0", "84,0", C22, "năm 2022"),
                                   ("84,0\n96,8", "96,8", C23, "năm 2023"),
                                   ("96,8\n105,0", "105,0", K24, "kế hoạch 2024")])
FIGS += cells("Doanh số thu nợ", [("Doanh số thu nợ\n79,3", "79,3", C22, "năm 2022"),
                                  ("79,3\n88,5", "88,5", C23, "năm 2023"),
                                  ("88,5\n92,0", "92,0", K24, "kế hoạch 2024")])
FIGS += cells("Dư nợ", [("Dư nợ\n389,9", "389,9", C22, "năm 2022"),
                        ("389,9\n398,2", "398,2", C23, "năm 2023"),
                        ("398,2\n411,2", "411,2", K24, "kế hoạch 2024")])
FIGS += cells("Nợ quá hạn", [("Nợ quá hạn\n0,71", "0,71", C22, "năm 2022"),
                             ("0,71\n0,56", "0,56", C23, "năm 2023"),
                             ("0,56\n0,50", "0,50", K24, "kế hoạch 2024")])

write("p1003-7", TEXT, NOTES, FIGS, published=None, location="Lâm Đồng")
