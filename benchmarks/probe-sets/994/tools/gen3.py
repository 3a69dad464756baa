"""p994-3: UBND tỉnh Ninh Thuận formal report, hành tím 6 tháng đầu năm 2024, flattened | table."""
from lib import F, P, Y, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
Số: 236/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ hành tím 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm

Thực hiện Công văn số 4521/BNN-TT ngày 21/6/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ SẢN XUẤT
1. Diện tích, năng suất, sản lượng
6 tháng đầu năm 2024, toàn tỉnh gieo trồng 1.265 ha hành tím, đạt 56,2% kế hoạch năm, tăng 8,4% so với cùng kỳ. Kết quả theo địa bàn như sau:
Đơn vị tính: ha, tấn
Huyện | Diện tích (ha) | Sản lượng (tấn)
Ninh Hải | 520 | 9.880
Thuận Bắc | 310 | 5.425
Ninh Phước | 285 | 5.130
Thuận Nam | 150 | 2.550
Tổng cộng | 1.265 | 22.985
Năng suất bình quân đạt 18,2 tấn/ha; riêng huyện Ninh Hải đạt cao nhất với 19 tấn/ha.

2. Giá cả, tiêu thụ
Giá hành tím tươi đầu vụ ở mức 12.000 - 15.000 đồng/kg, trong tháng 6 tăng lên 26.000 đồng/kg. Khoảng 70% sản lượng được tiêu thụ qua thương lái, 18% qua các hợp tác xã có hợp đồng liên kết, phần còn lại người dân tự bảo quản chờ giá.

II. TỒN TẠI, HẠN CHẾ
Hệ thống kho bảo quản còn thiếu: tính đến 30/6/2024, toàn tỉnh mới có 4 kho lạnh với tổng sức chứa khoảng 600 tấn, đáp ứng chưa đến 10% nhu cầu. Tỷ lệ hao hụt khi bảo quản thủ công lên tới 25-30%.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 gieo trồng 2.250 ha hành tím, sản lượng đạt 40.000 tấn; xây dựng thêm 2 kho lạnh. Dự kiến giá hành tím vụ cuối năm ở mức 20.000 - 25.000 đồng/kg.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)
ASOF = P("tính đến 30/6/2024", None, "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
JUN = P("trong tháng 6", "2024-06-01", "2024-06-30")
A, S = "diện tích hành tím", "sản lượng hành tím"

FIGS = [
    F("gieo trồng 1.265 ha", "1.265", 1265, "measure", "ha", "diện tích gieo trồng hành tím", H1,
      percent=56.2, change=C("increase", 8.4, "%", "cùng kỳ")),
    F("Ninh Hải | 520", "520", 520, "measure", "ha", A, H1i, location="Ninh Hải"),
    F("520 | 9.880", "9.880", 9880, "measure", "tấn", S, H1i, location="Ninh Hải"),
    F("Thuận Bắc | 310", "310", 310, "measure", "ha", A, H1i, location="Thuận Bắc"),
    F("310 | 5.425", "5.425", 5425, "measure", "tấn", S, H1i, location="Thuận Bắc"),
    F("Ninh Phước | 285", "285", 285, "measure", "ha", A, H1i, location="Ninh Phước"),
    F("285 | 5.130", "5.130", 5130, "measure", "tấn", S, H1i, location="Ninh Phước"),
    F("Thuận Nam | 150", "150", 150, "measure", "ha", A, H1i, location="Thuận Nam"),
    F("150 | 2.550", "2.550", 2550, "measure", "tấn", S, H1i, location="Thuận Nam"),
    F("Tổng cộng | 1.265", "1.265", 1265, "measure", "ha", "tổng cộng diện tích hành tím", H1i),
    F("1.265 | 22.985", "22.985", 22985, "measure", "tấn", "tổng cộng sản lượng hành tím", H1i),
    F("đạt 18,2 tấn/ha", "18,2", 18.2, "measure", "tấn/ha", "năng suất bình quân", H1i),
    F("với 19 tấn/ha", "19", 19, "measure", "tấn/ha", "năng suất", H1i, location="Ninh Hải"),
    F("12.000 - 15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá hành tím tươi đầu vụ", value_max=15000),
    F("lên 26.000 đồng/kg", "26.000", 26000, "money", "đồng/kg", "giá hành tím tươi", JUN),
    F("Khoảng 70% sản lượng", "70", 70, "percent", "%", "sản lượng được tiêu thụ qua thương lái", approx="about"),
    F("18% qua", "18", 18, "percent", "%", "sản lượng tiêu thụ qua các hợp tác xã có hợp đồng liên kết"),
    F("có 4 kho lạnh", "4", 4, "count", "kho lạnh", "kho lạnh", ASOF),
    F("khoảng 600 tấn", "600", 600, "measure", "tấn", "tổng sức chứa kho lạnh", ASOF, approx="about"),
    F("chưa đến 10% nhu cầu", "10", 10, "percent", "%", "nhu cầu bảo quản được đáp ứng", ASOF, approx="under"),
    F("lên tới 25-30%", "25", 25, "percent", "%", "tỷ lệ hao hụt khi bảo quản thủ công", value_max=30),
    F("gieo trồng 2.250 ha", "2.250", 2250, "measure", "ha", "diện tích gieo trồng hành tím", Y24, status="target"),
    F("đạt 40.000 tấn", "40.000", 40000, "measure", "tấn", "sản lượng hành tím", Y24, status="target"),
    F("thêm 2 kho lạnh", "2", 2, "count", "kho lạnh", "kho lạnh xây dựng thêm", Y24, status="target"),
    F("20.000 - 25.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", "giá hành tím vụ cuối năm", value_max=25000,
      status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Ninh Thuận, Báo cáo số 236/BC-UBND (12/7/2024): hành tím 6 tháng đầu năm 2024 — flattened '|' table by district, prices, storage, tasks.",
    "Distractors: 'Số: 236/BC-UBND', 'Công văn số 4521/BNN-TT ngày 21/6/2024', section numbers I.-III. and 1.-2., 'Nơi nhận' list, '6 tháng cuối năm'.",
    "Table cells take their period from the sentence above the table (inherited); cells get no totals (the Tổng cộng row is its own figure).",
    "'đạt 56,2% kế hoạch năm' is the percent of 1.265 ha. 'đáp ứng chưa đến 10% nhu cầu' has no share cue (chiếm/đạt/bằng): its own percent figure.",
    "'Phấn đấu cả năm 2024 …; xây dựng thêm 2 kho lạnh' → target; 'Dự kiến' → forecast. 'trong tháng 6' takes 2024.",
]

write("p994-3", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Ninh Thuận")
