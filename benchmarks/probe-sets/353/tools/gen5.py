from lib import F, P, build

text = """ỦY BAN NHÂN DÂN
HUYỆN LƯƠNG TÀI
Số: 427/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lương Tài, ngày 18 tháng 12 năm 2023

BÁO CÁO
Tình hình đầu tư, hoạt động các cụm công nghiệp trên địa bàn huyện năm 2023

Thực hiện Công văn số 2156/SCT-QLCN ngày 04/12/2023 của Sở Công Thương tỉnh Bắc Ninh, UBND huyện Lương Tài báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Năm 2023, trên địa bàn huyện có 4 CCN đã được thành lập với tổng diện tích 218,6 ha, trong đó diện tích đất công nghiệp cho thuê 152,4 ha. Các cụm đã thu hút 96 dự án, tổng vốn đăng ký 3.862 tỷ đồng và khoảng 31,5 triệu USD; ước cả năm doanh thu của các doanh nghiệp trong cụm đạt 5.740 tỷ đồng, tăng 9,8% so với năm 2022, nộp ngân sách 127 tỷ đồng.

2. Kết quả cụ thể từng cụm (số liệu đến 30/11/2023)
STT | Tên CCN | Diện tích (ha) | Đã cho thuê (ha) | Tỷ lệ lấp đầy (%) | Công suất XLNT (m3/ngày đêm)
1 | CCN Quảng Phú | 63,7 | 58,1 | 91,2 | 1.500
2 | CCN Lâm Bình | 48,5 | 39,0 | 80,4 | 1.000
3 | CCN Trung Chính | 56,4 | 22,6 | 40,1 | 0
4 | CCN Phú Lương 2 | 50,0 | 14,3 | 28,6 | Chưa có

II. TỒN TẠI, HẠN CHẾ
Còn 2/4 CCN chưa có trạm xử lý nước thải tập trung; tiến độ đầu tư hạ tầng CCN Phú Lương 2 chậm, mới giải ngân 96,3 tỷ đồng/235 tỷ đồng tổng mức đầu tư (đạt 41%).

III. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 thu hút từ 10 đến 15 dự án, nâng tỷ lệ lấp đầy bình quân các CCN lên trên 65%; hoàn thành trạm xử lý nước thải CCN Trung Chính công suất 800 m3/ngày đêm.

Nơi nhận:
- Sở Công Thương;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
FULL = P("cả năm", "2023-01-01", "2023-12-31")
NOV_I = P("đến 30/11/2023", end="2023-11-30", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("có 4 CCN", "4", 4, "count", "CCN", "CCN đã được thành lập", period=Y23),
    F("diện tích 218,6 ha", "218,6", 218.6, "measure", "ha", "tổng diện tích CCN đã được thành lập", period=Y23),
    F("cho thuê 152,4 ha", "152,4", 152.4, "measure", "ha", "diện tích đất công nghiệp cho thuê",
      total=218.6, period=Y23),
    F("thu hút 96 dự án", "96", 96, "count", "dự án", "dự án các cụm đã thu hút", period=Y23_I),
    F("đăng ký 3.862 tỷ đồng", "3.862", 3862e9, "money", "đồng", "tổng vốn đăng ký", period=Y23_I),
    F("khoảng 31,5 triệu USD", "31,5", 31.5e6, "money", "USD", "tổng vốn đăng ký", approx="about",
      period=Y23_I),
    F("đạt 5.740 tỷ đồng", "5.740", 5740e9, "money", "đồng", "doanh thu của các doanh nghiệp trong cụm",
      change={"direction": "increase", "value": 9.8, "unit": "%", "baseline": "năm 2022"},
      status="estimate", period=FULL),
    F("nộp ngân sách 127 tỷ đồng", "127", 127e9, "money", "đồng", "nộp ngân sách của các doanh nghiệp trong cụm",
      status="estimate", period=FULL),
]

rows = [
    ("CCN Quảng Phú", "63,7", "58,1", "91,2", "1.500"),
    ("CCN Lâm Bình", "48,5", "39,0", "80,4", "1.000"),
    ("CCN Trung Chính", "56,4", "22,6", "40,1", "0"),
    ("CCN Phú Lương 2", "50,0", "14,3", "28,6", None),
]
from lib import parse_num
for name, area, leased, rate, cap in rows:
    figs.append(F(f"{name} | {area} |", area, parse_num(area), "measure", "ha", f"{name} diện tích",
                  period=NOV_I))
    figs.append(F(f"{area} | {leased} |", leased, parse_num(leased), "measure", "ha", f"{name} đã cho thuê",
                  period=NOV_I))
    figs.append(F(f"{leased} | {rate} |", rate, parse_num(rate), "percent", "%", f"{name} tỷ lệ lấp đầy",
                  period=NOV_I))
    if cap is not None:
        figs.append(F(f"{rate} | {cap}\n", cap, parse_num(cap), "measure", "m3/ngày đêm",
                      f"{name} công suất XLNT", period=NOV_I))

figs += [
    F("Còn 2/4 CCN", "2", 2, "count", "CCN", "CCN chưa có trạm xử lý nước thải tập trung", total=4,
      period=Y23_I),
    F("giải ngân 96,3 tỷ đồng", "96,3", 96.3e9, "money", "đồng", "vốn đầu tư hạ tầng CCN Phú Lương 2 đã giải ngân",
      total=235e9, percent=41, period=Y23_I),
    F("từ 10 đến 15 dự án", "10", 10, "count", "dự án", "dự án thu hút", value_max=15, status="target",
      period=Y24),
    F("lên trên 65%", "65", 65, "percent", "%", "tỷ lệ lấp đầy bình quân các CCN", approx="over",
      status="target", period=Y24),
    F("công suất 800 m3", "800", 800, "measure", "m3/ngày đêm", "công suất trạm xử lý nước thải CCN Trung Chính",
      status="target", period=Y24),
]

build(5, text, [
    "Formal report of UBND huyện Lương Tài (Bắc Ninh), letterhead 'Số: 427/BC-UBND', place-and-date line 'Lương Tài, ngày 18 tháng 12 năm 2023'.",
    "Flattened '|' table: STT | Tên CCN | Diện tích (ha) | Đã cho thuê (ha) | Tỷ lệ lấp đầy (%) | Công suất XLNT (m3/ngày đêm);",
    "every numeric cell is a figure (the zero too; 'Chưa có' is no number); STT row numbers are not. Subject = cluster + column label;",
    "clusters are not places, so the district stays the location. Cells inherit '(số liệu đến 30/11/2023)' from the caption line.",
    "Distractors: 'Công văn số 2156/SCT-QLCN ngày 04/12/2023', section numbers I./II./1./2., cluster name 'CCN Phú Lương 2', 'Lưu: VT, KT'.",
    "'ước cả năm doanh thu ... đạt 5.740 tỷ đồng, ..., nộp ngân sách 127 tỷ đồng': both estimate ('cả năm' = 2023).",
    "'96,3 tỷ đồng/235 tỷ đồng tổng mức đầu tư (đạt 41%)': total 235 tỷ (the project's whole, not a plan), percent 41.",
    "Section III 'Phấn đấu năm 2024 ...': all three figures target (the plant capacity continues the phấn đấu clause).",
], figs, published="2023-12-18", location="Lương Tài")
