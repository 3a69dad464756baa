"""p881-3: formal report of UBND tỉnh Gia Lai - 9-month gấc chain, flattened | table by district."""
from lib import F, write, period, year, change

TEXT = """
UBND TỈNH GIA LAI
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chuỗi liên kết sản xuất, chế biến gấc 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Thực hiện Kế hoạch số 1520/KH-UBND ngày 12/4/2023 của UBND tỉnh, tính đến 30/9/2024 toàn tỉnh có 356 ha gấc, đạt 89% kế hoạch năm 2024 (400 ha); trong đó diện tích đang cho thu hoạch là 248 ha. Sản lượng thu hoạch 9 tháng ước đạt 5.870 tấn, tăng 21,5% so với cùng kỳ năm 2023. Kết quả cụ thể tại các huyện:

Đơn vị tính: diện tích (ha); sản lượng (tấn)
Huyện | Diện tích | Diện tích cho thu hoạch | Sản lượng 9 tháng
Đak Đoa | 142 | 103 | 2.460
Chư Păh | 96 | 70 | 1.650
Mang Yang | 71 | 45 | 1.080
Ia Grai | 47 | 30 | 680
Tổng cộng | 356 | 248 | 5.870

2. Chế biến, tiêu thụ
Toàn tỉnh có 3 doanh nghiệp và 5 hợp tác xã tham gia chuỗi liên kết, bao tiêu 4.120 tấn quả, chiếm 70,2% sản lượng. Giá thu mua bình quân 9.500 đồng/kg, thấp hơn 1.000 đồng/kg so với cùng kỳ. Nhà máy chế biến gấc tại Khu công nghiệp Trà Đa (thành phố Pleiku) đã sản xuất 42.000 lít dầu gấc, trong đó xuất khẩu sang Nhật Bản và Hàn Quốc 28.500 lít, trị giá khoảng 1,9 triệu USD.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV/2024, sản lượng gấc thu hoạch khoảng 2.300 tấn; phấn đấu cả năm 2024 đạt 8.200 tấn, doanh thu từ sản phẩm chế biến đạt trên 95 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = period("tính đến 30/9/2024", None, "2024-09-30")
ASOFi = period("tính đến 30/9/2024", None, "2024-09-30", inherited=True)
M9 = period("9 tháng", "2024-01-01", "2024-09-30")
M9i = period("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q4 = period("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = year(2024, "cả năm 2024")

A, H, S = "Diện tích gấc", "Diện tích gấc cho thu hoạch", "Sản lượng gấc 9 tháng"
rows = [("Đak Đoa", "142", "103", "2.460"), ("Chư Păh", "96", "70", "1.650"),
        ("Mang Yang", "71", "45", "1.080"), ("Ia Grai", "47", "30", "680")]

TABLE = []
for place, a, h, s in rows:
    TABLE += [
        F(f"{place} | {a}", a, float(a), "measure", "ha", A, ASOFi, location=place),
        F(f"{a} | {h}", h, float(h), "measure", "ha", H, ASOFi, location=place),
        F(f"{h} | {s}", s, float(s.replace(".", "")), "measure", "tấn", S, M9, location=place),
    ]
TABLE += [
    F("Tổng cộng | 356", "356", 356, "measure", "ha", "Tổng cộng diện tích gấc", ASOFi),
    F("356 | 248", "248", 248, "measure", "ha", "Tổng cộng diện tích gấc cho thu hoạch", ASOFi),
    F("248 | 5.870", "5.870", 5870, "measure", "tấn", "Tổng cộng sản lượng gấc 9 tháng", M9),
]

FIGS = [
    F("toàn tỉnh có 356 ha gấc", "356", 356, "measure", "ha", "diện tích gấc", ASOF, percent=89,
      target={"value": 400, "unit": "ha"}),
    F("thu hoạch là 248 ha", "248", 248, "measure", "ha", "diện tích gấc đang cho thu hoạch", ASOF, total=356),
    F("ước đạt 5.870 tấn", "5.870", 5870, "measure", "tấn", "sản lượng gấc thu hoạch", M9, status="estimate",
      change=change("increase", 21.5, "%", "cùng kỳ năm 2023")),
] + TABLE + [
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp tham gia chuỗi liên kết", M9i),
    F("và 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã tham gia chuỗi liên kết", M9i),
    F("bao tiêu 4.120 tấn", "4.120", 4120, "measure", "tấn", "gấc quả được bao tiêu", M9i, percent=70.2),
    F("bình quân 9.500 đồng/kg", "9.500", 9500, "money", "đồng/kg", "giá thu mua gấc bình quân", M9i,
      change=change("decrease", 1000, "đồng/kg", "cùng kỳ")),
    F("sản xuất 42.000 lít", "42.000", 42000, "measure", "lít", "dầu gấc nhà máy chế biến sản xuất", M9i,
      location="Pleiku"),
    F("Hàn Quốc 28.500 lít", "28.500", 28500, "measure", "lít", "dầu gấc xuất khẩu", M9i, total=42000,
      location="Pleiku"),
    F("khoảng 1,9 triệu USD", "1,9", 1.9e6, "money", "USD", "trị giá dầu gấc xuất khẩu", M9i, approx="about",
      location="Pleiku"),
    F("khoảng 2.300 tấn", "2.300", 2300, "measure", "tấn", "sản lượng gấc thu hoạch", Q4, approx="about",
      status="forecast"),
    F("đạt 8.200 tấn", "8.200", 8200, "measure", "tấn", "sản lượng gấc thu hoạch", Y24, status="target"),
    F("trên 95 tỷ đồng", "95", 95e9, "money", "đồng", "doanh thu từ sản phẩm chế biến", Y24, approx="over",
      status="target"),
]

NOTES = [
    "UBND tỉnh Gia Lai, Báo cáo số 312/BC-UBND: chuỗi gấc 9 tháng năm 2024, flattened '|' table by district.",
    "'đạt 89% kế hoạch năm 2024 (400 ha)': percent 89 and target 400 of the 356 ha (400 is the plan, not a figure).",
    "Table: area columns take the as-of date from the sentence above (inherited); 'Sản lượng 9 tháng' column gives 9 tháng 2024.",
    "Table cells get no total and are 'actual' (no Ước/Kế hoạch column). Tổng cộng row is located Gia Lai.",
    "Section 2 figures inherit '9 tháng năm 2024' from the title. Factory figures are located in thành phố Pleiku.",
    "Distractors: Số: 312/BC-UBND, Kế hoạch số 1520/KH-UBND ngày 12/4/2023, I./II./1./2., heading QUÝ IV/2024, Nơi nhận.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-10-08", location="Gia Lai")
