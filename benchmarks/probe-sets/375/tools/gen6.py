from lib import F, P, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC THỌ
Số: 245/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Thọ, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện công tác người cao tuổi năm 2024

Thực hiện Kế hoạch số 38/KH-UBND ngày 15/3/2024 của UBND huyện, UBND huyện báo cáo kết quả như sau:

I. TÌNH HÌNH CHUNG
Toàn huyện hiện có 17.926 người cao tuổi (chiếm 17,8% dân số), trong đó 4.312 người từ 80 tuổi trở lên. 16/16 xã, thị trấn có tổ chức Hội Người cao tuổi với 15.604 hội viên.

II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
Bảng 1. Kết quả thực hiện một số chỉ tiêu chăm sóc người cao tuổi năm 2024
Đơn vị tính: người
Chỉ tiêu | Kế hoạch 2024 | Thực hiện 2024 | So với KH (%)
Người cao tuổi hưởng trợ cấp xã hội hàng tháng | 3.150 | 3.208 | 101,8
Người cao tuổi được cấp thẻ BHYT | 17.500 | 17.386 | 99,3
Người cao tuổi được khám sức khỏe định kỳ | 9.500 | 8.946 | 94,2
Người cao tuổi được mừng thọ | 1.620 | 1.655 | 102,2
Hội viên CLB liên thế hệ tự giúp nhau | 600 | 648 | 108,0

III. KINH PHÍ
Năm 2024, tổng kinh phí chi cho công tác người cao tuổi trên địa bàn huyện ước đạt 23,65 tỷ đồng, tăng 27,4% so với năm 2023; trong đó chi trả trợ cấp xã hội 19,8 tỷ đồng, mua thẻ BHYT 2,91 tỷ đồng, mừng thọ 940 triệu đồng.

IV. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% người cao tuổi có thẻ BHYT; tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt từ 60% trở lên; thành lập mới 3 CLB liên thế hệ tự giúp nhau.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở LĐ-TB&XH;
- Lưu: VT, LĐTBXH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Hồng Quang
"""

KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 2024", "2024-01-01", "2024-12-31")
Yi = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = [
    ("tháng | 3.150 |", "3.150", 3150, "3.150 | 3.208 |", "3.208", 3208, "3.208 | 101,8", "101,8", 101.8,
     "Người cao tuổi hưởng trợ cấp xã hội hàng tháng"),
    ("BHYT | 17.500 |", "17.500", 17500, "17.500 | 17.386 |", "17.386", 17386, "17.386 | 99,3", "99,3", 99.3,
     "Người cao tuổi được cấp thẻ BHYT"),
    ("kỳ | 9.500 |", "9.500", 9500, "9.500 | 8.946 |", "8.946", 8946, "8.946 | 94,2", "94,2", 94.2,
     "Người cao tuổi được khám sức khỏe định kỳ"),
    ("thọ | 1.620 |", "1.620", 1620, "1.620 | 1.655 |", "1.655", 1655, "1.655 | 102,2", "102,2", 102.2,
     "Người cao tuổi được mừng thọ"),
    ("nhau | 600 |", "600", 600, "600 | 648 |", "648", 648, "648 | 108,0", "108,0", 108.0,
     "Hội viên CLB liên thế hệ tự giúp nhau"),
]

FIGS = [
    F("có 17.926 người", "17.926", 17926, "count", "người cao tuổi", "người cao tuổi", percent=17.8),
    F("trong đó 4.312 người", "4.312", 4312, "count", "người", "người từ 80 tuổi trở lên", total=17926),
    F("từ 80 tuổi", "80", 80, "measure", "tuổi", approx="at_least", optional=True),
    F("16/16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn có tổ chức Hội Người cao tuổi", total=16),
    F("với 15.604 hội viên", "15.604", 15604, "count", "hội viên", "hội viên Hội Người cao tuổi"),
]
for a1, n1, v1, a2, n2, v2, a3, n3, v3, label in ROWS:
    FIGS.append(F(a1, n1, v1, "count", "người", label + " kế hoạch 2024", status="target", period=KH))
    FIGS.append(F(a2, n2, v2, "count", "người", label + " thực hiện 2024", period=TH))
    FIGS.append(F(a3, n3, v3, "percent", "%", label + " thực hiện so với kế hoạch", period=Yi))
FIGS += [
    F("ước đạt 23,65 tỷ", "23,65", 23.65e9, "money", "đồng", "tổng kinh phí chi cho công tác người cao tuổi",
      status="estimate", change={"direction": "increase", "value": 27.4, "unit": "%", "baseline": "năm 2023"}, period=Y),
    F("xã hội 19,8 tỷ", "19,8", 19.8e9, "money", "đồng", "kinh phí chi trả trợ cấp xã hội", total=23.65e9,
      status="estimate", period=Y),
    F("BHYT 2,91 tỷ", "2,91", 2.91e9, "money", "đồng", "kinh phí mua thẻ BHYT", total=23.65e9, status="estimate", period=Y),
    F("thọ 940 triệu", "940", 940e6, "money", "đồng", "kinh phí mừng thọ", total=23.65e9, status="estimate", period=Y),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "người cao tuổi có thẻ BHYT", status="target", period=Y25),
    F("từ 60% trở lên", "60", 60, "percent", "%", "tỷ lệ người cao tuổi được khám sức khỏe định kỳ", approx="at_least",
      status="target", period=Y25),
    F("mới 3 CLB", "3", 3, "count", "CLB", "CLB liên thế hệ tự giúp nhau thành lập mới", status="target", period=Y25),
]

COMMENTS = [
    "Formal report with letterhead: UBND huyện Đức Thọ (Hà Tĩnh), 'Số: 245/BC-UBND', place-and-date line 'Đức Thọ, ngày 18 tháng 12 năm 2024' (= published).",
    "Flattened '|' table with 'Đơn vị tính: người' and a '(%)' column. Every numeric cell is a figure: 'Kế hoạch 2024' cells status target,",
    "'Thực hiện 2024' cells actual, period from the column header (scored, as shared h23); '% so với KH' cells are percent figures whose period",
    "comes from the table title (inherited). Subject = row label + column label. No total/target attributes between cells (as h23).",
    "Distractors: document number, 'Kế hoạch số 38/KH-UBND ngày 15/3/2024', section numbers I.–IV., 'Bảng 1', 'Lưu: VT, LĐTBXH', signer.",
    "'ước đạt 23,65 tỷ …; trong đó …' parts add up to the whole (total) and continue the 'ước đạt' clause: status estimate.",
    "Section IV heading 'PHƯƠNG HƯỚNG NĂM 2025' gives the targets their period (inherited); 'Phấn đấu' makes them targets. 'hiện có' state figures: no period.",
]

if __name__ == "__main__":
    build("p375-6", TEXT, FIGS, COMMENTS, published="2024-12-18", location="Đức Thọ")
