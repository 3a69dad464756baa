from lib import *

A = """UBND THÀNH PHỐ ĐÀ NẴNG
SỞ GIAO THÔNG VẬN TẢI
Số: 4127/BC-SGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả hoạt động vận tải hành khách công cộng bằng xe buýt năm 2023

Thực hiện Công văn số 2315/UBND-ĐTĐT của UBND thành phố, Sở Giao thông vận tải báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu
TT
Chỉ tiêu
Đơn vị
Kế hoạch năm 2023
Ước thực hiện năm 2023
Tỷ lệ (%)
1
Số tuyến buýt đang khai thác
tuyến
16
15
93,8
2
Số phương tiện
xe
125
118
94,4
3
Sản lượng hành khách
nghìn lượt
6.500
6.860
105,5
4
Kinh phí trợ giá
tỷ đồng
152
146,8
96,6

2. Đánh giá chung
Năm 2023, các tuyến buýt phục vụ ước 6,86 triệu lượt khách, tăng 18,3% so với năm 2022. Trong đó, các tuyến có trợ giá chiếm 71,2% sản lượng. Tỷ lệ chuyến xe đúng giờ đạt 96,5%. Sản lượng tập trung trên các tuyến qua quận Hải Châu (34%), Thanh Khê (21%) và Sơn Trà (15%); thấp nhất là huyện Hòa Vang với chưa đến 4%.

II. TỒN TẠI, HẠN CHẾ
Vận tải hành khách công cộng mới đáp ứng khoảng 1,5% nhu cầu đi lại, thấp xa so với mục tiêu 5%. Bình quân mỗi xe chỉ chở 16 khách/chuyến, hệ số sử dụng ghế khoảng 32%.

III. KẾ HOẠCH NĂM 2024
Phấn đấu sản lượng đạt 7,5 triệu lượt khách, tăng khoảng 9% so với năm 2023; đầu tư 40 xe buýt điện thay thế xe hết niên hạn; kinh phí trợ giá dự kiến 165 tỷ đồng.

Nơi nhận:
- UBND thành phố;
- Lưu: VT, QLVT.
GIÁM ĐỐC
"""

pub = "2023-12-18"
kh = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
th = P("Ước thực hiện năm 2023", "2023-01-01", "2023-12-31")
y23i = P("năm 2023", "2023-01-01", "2023-12-31", True)
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y24i = P("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31", True)

rows = [
    ("Số tuyến buýt đang khai thác", "tuyến", "count", 1, ("16", "15", "93,8")),
    ("Số phương tiện", "xe", "count", 1, ("125", "118", "94,4")),
    ("Sản lượng hành khách", "lượt", "count", 1000, ("6.500", "6.860", "105,5")),
    ("Kinh phí trợ giá", "đồng", "money", 1e9, ("152", "146,8", "96,6")),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = []
prev = {"Số tuyến buýt đang khai thác": "tuyến", "Số phương tiện": "xe", "Sản lượng hành khách": "nghìn lượt",
        "Kinh phí trợ giá": "tỷ đồng"}
for label, unit, kind, mult, (a, b, c) in rows:
    u = prev[label]
    figs.append(F(f"{u}\n{a}\n", a, round(num(a) * mult, 3), kind, unit, f"{label} kế hoạch năm 2023", kh,
                  status="target"))
    figs.append(F(f"\n{a}\n{b}\n", b, round(num(b) * mult, 3), kind, unit, f"{label} ước thực hiện năm 2023", th,
                  status="estimate"))
    figs.append(F(f"\n{b}\n{c}\n", c, num(c), "percent", "%", f"{label} tỷ lệ thực hiện so kế hoạch", y23i))

figs += [
    F("ước 6,86 triệu", "6,86", 6.86e6, "count", "lượt khách", "lượt khách các tuyến buýt phục vụ", y23,
      status="estimate", change=CH("increase", 18.3, "%", "năm 2022")),
    F("chiếm 71,2%", "71,2", 71.2, "percent", "%", "tỷ trọng sản lượng các tuyến có trợ giá", y23i, status="estimate"),
    F("đạt 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ chuyến xe đúng giờ", y23i),
    F("Hải Châu (34%)", "34", 34, "percent", "%", "sản lượng tập trung trên các tuyến", y23i,
      location="Hải Châu"),
    F("Thanh Khê (21%)", "21", 21, "percent", "%", "sản lượng tập trung trên các tuyến", y23i,
      location="Thanh Khê"),
    F("Sơn Trà (15%)", "15", 15, "percent", "%", "sản lượng tập trung trên các tuyến", y23i,
      location="Sơn Trà"),
    F("chưa đến 4%", "4", 4, "percent", "%", "sản lượng tập trung trên các tuyến", y23i, approx="under",
      location="Hòa Vang"),
    F("khoảng 1,5% nhu cầu", "1,5", 1.5, "percent", "%", "tỷ lệ đáp ứng nhu cầu đi lại của vận tải hành khách công cộng",
      approx="about", target=TG(5, "%", False)),
    F("chở 16 khách/chuyến", "16", 16, "measure", "khách/chuyến", "số khách bình quân mỗi xe"),
    F("khoảng 32%", "32", 32, "percent", "%", "hệ số sử dụng ghế", approx="about"),
    F("đạt 7,5 triệu", "7,5", 7.5e6, "count", "lượt khách", "sản lượng", y24i, status="target",
      change=CH("increase", 9, "%", "năm 2023", approx="about")),
    F("đầu tư 40 xe", "40", 40, "count", "xe buýt điện", "xe buýt điện đầu tư thay thế", y24i, status="target"),
    F("dự kiến 165 tỷ", "165", 165e9, "money", "đồng", "kinh phí trợ giá", y24i, status="forecast"),
]

C = [
    "Formal report, letterhead 'Số: 4127/BC-SGTVT', Sở GTVT Đà Nẵng: bus results 2023. Published from the place-and-date line (18/12/2023).",
    "One-cell-per-line table (TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2023 | Ước thực hiện năm 2023 | Tỷ lệ (%)): plan cells are targets,",
    "'Ước thực hiện' cells estimates, the 'Tỷ lệ (%)' cells percents (no status cue in that header: actual; period from the header row, inherited).",
    "Units and multipliers from the 'Đơn vị' cells ('nghìn lượt', 'tỷ đồng'). Row numbers 1-4, 'I.', '1.', '2.' and document numbers are not figures.",
    "District list: places to location, subject = the indicator. 'mục tiêu 5%' is the target of 1,5% (met false). 'dự kiến' = forecast.",
    "Section III heading 'KẾ HOẠCH NĂM 2024' gives the period of the plan figures (inherited) and 'Phấn đấu' status target.",
]

build("p236-4", A, figs, C, published=pub, location="Đà Nẵng")
