"""p521-8: Cục Thống kê TP. Cần Thơ site — CPI September 2023, Q3 and 9 months; retail sales."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỤC THỐNG KÊ THÀNH PHỐ CẦN THƠ
Trang chủ > Số liệu thống kê > Giá cả
Ngày đăng: 06/10/2023 | Lượt xem: 842

CPI bình quân 9 tháng năm 2023 của Cần Thơ tăng 2,87%

Chỉ số giá tiêu dùng (CPI) tháng 9/2023 của thành phố tăng 0,96% so với tháng trước, tăng 3,41% so với tháng 12/2022 và tăng 3,95% so với cùng kỳ năm trước. CPI bình quân quý III/2023 tăng 3,05% so với quý III/2022; bình quân 9 tháng năm 2023 tăng 2,87% so với cùng kỳ.

Nguyên nhân chủ yếu làm CPI tháng 9 tăng cao là do giá xăng dầu trong nước được điều chỉnh tăng vào các ngày 5/9, 11/9 và 21/9, làm chỉ số giá nhóm giao thông tăng 4,62%. Nhóm giáo dục tăng 5,37% do các trường áp dụng mức học phí mới năm học 2023-2024 theo Nghị định số 81/2021/NĐ-CP. Giá gạo tẻ thường bình quân trong tháng ở mức 14.500 đồng/kg, tăng 7,4% so với tháng trước, cao nhất trong hơn 10 năm qua.

Ở chiều ngược lại, nhóm bưu chính, viễn thông giảm 0,15%; nhóm thực phẩm giảm 0,21% do giá thịt lợn giảm. Chỉ số giá vàng tháng 9 giảm 0,48% so với tháng trước, chỉ số giá đô la Mỹ tăng 1,2%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng năm 2023 ước đạt 97.516,4 tỷ đồng, tăng 15,1% so với cùng kỳ, đạt 76,3% kế hoạch năm; riêng quý III ước đạt 33.842 tỷ đồng. Thành phố phấn đấu giữ CPI bình quân năm 2023 tăng dưới 4%.

Địa chỉ: 12 Trần Văn Hoài, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ. Điện thoại: 0292.3820.214
"""

COMMENTS = [
    "Cục Thống kê TP. Cần Thơ site ('Ngày đăng: 06/10/2023 | Lượt xem: 842'): CPI 9/2023, Q3, 9 months; rice price; retail sales.",
    "CPI and group rates are percent figures with no change. 'tháng 9' without a year takes 2023. 'trong tháng' in this monthly release = tháng 9/2023.",
    "Group rates in sentences without a period phrase inherit tháng 9/2023 (unscored). 14.500 đồng/kg carries its change 7,4%.",
    "97.516,4 tỷ: estimate, change 15,1%, percent 76,3 (đạt ...% kế hoạch năm). 'riêng quý III' is not a part-of cue in the spec: no total.",
    "'phấn đấu giữ CPI ... tăng dưới 4%' → a target figure, approx under.",
    "Distractors: fuel adjustment dates 5/9, 11/9, 21/9; 'năm học 2023-2024'; Nghị định số 81/2021/NĐ-CP; 'hơn 10 năm qua'; address, phone, Lượt xem.",
]

M9 = P("tháng 9/2023", "2023-09-01", "2023-09-30")
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")

FIGS = [
    F("Cần Thơ tăng 2,87%", "2,87", 2.87, "percent", "%", subject="CPI bình quân 9 tháng năm 2023", period=N9),
    F("tăng 0,96%", "0,96", 0.96, "percent", "%",
      subject="Chỉ số giá tiêu dùng (CPI) tháng 9/2023 so với tháng trước", period=M9),
    F("tăng 3,41%", "3,41", 3.41, "percent", "%",
      subject="Chỉ số giá tiêu dùng (CPI) tháng 9/2023 so với tháng 12/2022", period=M9),
    F("tăng 3,95%", "3,95", 3.95, "percent", "%",
      subject="Chỉ số giá tiêu dùng (CPI) tháng 9/2023 so với cùng kỳ năm trước", period=M9),
    F("tăng 3,05%", "3,05", 3.05, "percent", "%", subject="CPI bình quân quý III/2023 so với quý III/2022", period=Q3),
    F("năm 2023 tăng 2,87%", "2,87", 2.87, "percent", "%", subject="CPI bình quân 9 tháng năm 2023 so với cùng kỳ",
      period=N9),
    F("tăng 4,62%", "4,62", 4.62, "percent", "%", subject="chỉ số giá nhóm giao thông",
      period=P("tháng 9", "2023-09-01", "2023-09-30")),
    F("tăng 5,37%", "5,37", 5.37, "percent", "%", subject="chỉ số giá nhóm giáo dục", period=INH(M9)),
    F("14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", change=CH("increase", 7.4, baseline="tháng trước"),
      subject="giá gạo tẻ thường bình quân", period=P("trong tháng", "2023-09-01", "2023-09-30")),
    F("giảm 0,15%", "0,15", 0.15, "percent", "%", subject="chỉ số giá nhóm bưu chính, viễn thông", period=INH(M9)),
    F("giảm 0,21%", "0,21", 0.21, "percent", "%", subject="chỉ số giá nhóm thực phẩm", period=INH(M9)),
    F("giảm 0,48%", "0,48", 0.48, "percent", "%", subject="Chỉ số giá vàng tháng 9 so với tháng trước",
      period=P("tháng 9", "2023-09-01", "2023-09-30")),
    F("tăng 1,2%", "1,2", 1.2, "percent", "%", subject="chỉ số giá đô la Mỹ",
      period=P("tháng 9", "2023-09-01", "2023-09-30")),
    F("ước đạt 97.516,4 tỷ đồng", "97.516,4", 97516.4e9, "money", "đồng", percent=76.3,
      change=CH("increase", 15.1, baseline="cùng kỳ"), status="estimate",
      subject="Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng năm 2023", period=N9),
    F("ước đạt 33.842 tỷ đồng", "33.842", 33842e9, "money", "đồng", status="estimate",
      subject="tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý III", period=P("quý III", "2023-07-01", "2023-09-30")),
    F("dưới 4%", "4", 4, "percent", "%", approx="under", status="target",
      subject="CPI bình quân năm 2023", period=P("năm 2023", "2023-01-01", "2023-12-31")),
]

emit("p521-8", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Cần Thơ")
