"""p1047-3: formal report (UBND tỉnh Quảng Bình), squid fishing 9 months of 2023, flattened | table by district."""
from lib import C, F, I, P, T, emit

TEXT = """UBND TỈNH QUẢNG BÌNH
Số: 386/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả khai thác mực xa bờ 9 tháng đầu năm 2023

I. TÌNH HÌNH CHUNG
1. Đội tàu
Tính đến ngày 30/9/2023, toàn tỉnh có 892 tàu cá hành nghề câu mực, chụp mực, tăng 37 tàu so với cuối năm 2022; trong đó 541 tàu có công suất từ 90 CV trở lên.

2. Kết quả khai thác
9 tháng đầu năm 2023, sản lượng mực khai thác ước đạt 9.460 tấn, đạt 78,8% kế hoạch năm (12.000 tấn), tăng 5,3% so với cùng kỳ. Kết quả cụ thể theo địa phương như sau:

Đơn vị tính: tàu; tấn
Địa phương | Số tàu câu mực | Ước sản lượng 9 tháng
Thị xã Ba Đồn | 286 | 3.105
Huyện Quảng Trạch | 241 | 2.570
Huyện Bố Trạch | 198 | 2.012
Thành phố Đồng Hới | 167 | 1.773
Tổng cộng | 892 | 9.460

II. KHÓ KHĂN, VƯỚNG MẮC
Trong 9 tháng, giá dầu diesel bình quân ở mức 21.500 đồng/lít, chi phí mỗi chuyến câu mực khoảng 180 triệu đồng, trong khi giá mực ống tươi giảm còn 120.000 đồng/kg. Có 14 tàu phải nằm bờ dài ngày do thua lỗ.

III. NHIỆM VỤ QUÝ IV/2023
1. Dự kiến sản lượng mực quý IV đạt khoảng 2.600 tấn, cả năm đạt 12.060 tấn, vượt kế hoạch đề ra.
2. Tiếp tục thực hiện Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ về chống khai thác IUU; phấn đấu 100% tàu cá xuất bến được kiểm soát qua cảng.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NN.
"""

AS = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9H = P("Ước sản lượng 9 tháng", "2023-01-01", "2023-09-30")
M9B = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
Q4 = P("quý IV", "2023-10-01", "2023-12-31")
CN = P("cả năm", "2023-01-01", "2023-12-31")

ROWS = [("Thị xã Ba Đồn", "Ba Đồn", "286", "3.105"), ("Huyện Quảng Trạch", "Quảng Trạch", "241", "2.570"),
        ("Huyện Bố Trạch", "Bố Trạch", "198", "2.012"), ("Thành phố Đồng Hới", "Đồng Hới", "167", "1.773")]

FIGS = [
    F("có 892 tàu cá", "892", 892, "count", "tàu cá", "tàu cá hành nghề câu mực, chụp mực", AS,
      change=C("increase", 37, "tàu", baseline="cuối năm 2022")),
    F("trong đó 541 tàu", "541", 541, "count", "tàu", "tàu câu mực có công suất từ 90 CV trở lên", AS, total=892),
    F("từ 90 CV trở lên", "90", 90, "measure", "CV", "công suất tàu", optional=True),
    F("ước đạt 9.460 tấn", "9.460", 9460, "measure", "tấn", "sản lượng mực khai thác", M9, status="estimate",
      percent=78.8, target=T(12000, "tấn"), change=C("increase", 5.3, baseline="cùng kỳ")),
]
for label, place, boats, catch in ROWS:
    FIGS.append(F(f"{label} | {boats}", boats, int(boats), "count", "tàu", "số tàu câu mực",
                  I(AS), location=place))
    FIGS.append(F(f"{boats} | {catch}", catch, int(catch.replace(".", "")), "measure", "tấn",
                  "ước sản lượng mực 9 tháng", M9H, status="estimate", location=place))
FIGS += [
    F("Tổng cộng | 892", "892", 892, "count", "tàu", "số tàu câu mực tổng cộng", I(AS)),
    F("892 | 9.460", "9.460", 9460, "measure", "tấn", "ước sản lượng mực 9 tháng tổng cộng", M9H,
      status="estimate"),
    F("mức 21.500 đồng/lít", "21.500", 21500, "money", "đồng/lít", "giá dầu diesel bình quân", M9B),
    F("khoảng 180 triệu đồng", "180", 180e6, "money", "đồng", "chi phí mỗi chuyến câu mực", M9B, approx="about"),
    F("còn 120.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá mực ống tươi", M9B),
    F("Có 14 tàu", "14", 14, "count", "tàu", "tàu phải nằm bờ dài ngày do thua lỗ", I(M9B)),
    F("khoảng 2.600 tấn", "2.600", 2600, "measure", "tấn", "sản lượng mực", Q4, approx="about",
      status="forecast"),
    F("đạt 12.060 tấn", "12.060", 12060, "measure", "tấn", "sản lượng mực cả năm", CN, status="forecast"),
    F("phấn đấu 100% tàu cá", "100", 100, "percent", "%", "tàu cá xuất bến được kiểm soát qua cảng",
      status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Quảng Bình số 386/BC-UBND: khai thác mực xa bờ 9 tháng đầu năm 2023, flattened '|' table by district.",
    "Not figures: 'Số: 386/BC-UBND', 'ngày 12 tháng 10 năm 2023', section numbers I.-III. and 1.-2., heading 'QUÝ IV/2023',",
    "'Chỉ thị số 45/CT-TTg ngày 13/12/2017'. Table cells: unit from 'Đơn vị tính: tàu; tấn' (first column tàu, second tấn);",
    "the 'Ước sản lượng 9 tháng' header gives the period (scored) and status estimate; the boat column takes the as-of date of the text",
    "above (inherited). Table cells get no totals; the 'Tổng cộng' row is its own figure. '(12.000 tấn)' after 'kế hoạch năm' is the target.",
    "'giảm còn 120.000 đồng/kg' is a level, not a change. '100%' under 'phấn đấu' has no period phrase of its own.",
]

emit("p1047-3", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Quảng Bình")
