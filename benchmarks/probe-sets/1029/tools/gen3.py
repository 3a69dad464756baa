from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH ĐẮK LẮK
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 21 tháng 10 năm 2024

BÁO CÁO
Tình hình xung đột giữa người và voi 9 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Trên địa bàn tỉnh hiện có khoảng 80-90 cá thể voi hoang dã, sống thành 5 đàn, phân bố chủ yếu tại Vườn quốc gia Yok Đôn và Khu bảo tồn loài và sinh cảnh Ea Sô. 9 tháng đầu năm 2024, toàn tỉnh ghi nhận 57 vụ voi rừng phá hoại tài sản, hoa màu, tăng 12 vụ so với cùng kỳ; không có thiệt hại về người. Tổng diện tích cây trồng bị thiệt hại 48,7 ha, chủ yếu là lúa, bắp và điều; 9 chòi rẫy bị phá hỏng.

II. KẾT QUẢ THỰC HIỆN
1. Thiệt hại và hỗ trợ theo địa bàn
Đơn vị tính: vụ; ha; triệu đồng
Huyện | Số vụ | Diện tích thiệt hại (ha) | Kinh phí hỗ trợ (triệu đồng)
Buôn Đôn | 21 | 17,4 | 312,5
Ea Súp | 18 | 15,2 | 268,0
Krông Năng | 11 | 10,6 | 185,3
Ea Kar | 7 | 5,5 | 96,2
Tổng cộng | 57 | 48,7 | 862,0

Lũy kế 9 tháng, tỉnh đã chi hỗ trợ 862 triệu đồng cho 146 hộ bị thiệt hại, đạt 71,8% kế hoạch vốn năm 2024 (1,2 tỷ đồng).

2. Các biện pháp phòng ngừa
Duy trì 12 tổ phản ứng nhanh với 96 thành viên tại các xã có voi xuất hiện; lắp đặt 34 bộ đèn cảnh báo tại các xã vùng đệm; làm 5,8 km hàng rào điện tại xã Ea Bung, Ia Jlơi (huyện Ea Súp).

III. NHIỆM VỤ QUÝ IV/2024
Tiếp tục triển khai Kế hoạch số 45/KH-UBND ngày 02/3/2023; dự kiến trong quý IV/2024 hoàn thành thêm 3,2 km hàng rào điện, nâng tổng chiều dài hàng rào lên 9 km; phấn đấu không để xảy ra thiệt hại về người.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
NOTES = [
    "Formal report UBND tỉnh Đắk Lắk, Số: 318/BC-UBND, 21/10/2024: xung đột người - voi 9 tháng đầu năm 2024.",
    "Flattened '|' table by district (Đơn vị tính line; units from the column headers); its period is the title / first paragraph",
    "('9 tháng đầu năm 2024', another sentence: inherited). Table cells get no totals; the 'Tổng cộng' row is its own figure (location Đắk Lắk).",
    "'đạt 71,8% kế hoạch vốn năm 2024 (1,2 tỷ đồng)': 71,8 is the percent and the bracketed plan is the target attribute (not a figure).",
    "'dự kiến' governs the 3,2 km and the continuing clause 'nâng tổng chiều dài … lên 9 km' (forecast).",
    "revised after the first run: table subjects are exactly column label (+ row label 'Tổng cộng'), FIGURES.md tables; 'voi rừng phá hoại' dropped from the Số vụ column.",
    "Distractors: Số: 318/BC-UBND, the date line, section numbers I.-III., 1.-2., Kế hoạch số 45/KH-UBND ngày 02/3/2023, heading QUÝ IV/2024.",
]
T_SUB = {"vụ": "số vụ", "ha": "diện tích thiệt hại", "đồng": "kinh phí hỗ trợ"}
FIGS = [
    F("khoảng 80-90 cá thể", "80", 80, "count", "cá thể", "cá thể voi hoang dã", approx="about", value_max=90),
    F("sống thành 5 đàn", "5", 5, "count", "đàn", "đàn voi hoang dã"),
    F("ghi nhận 57 vụ", "57", 57, "count", "vụ", "vụ voi rừng phá hoại tài sản, hoa màu", M9,
      change=C("increase", 12, "vụ", "cùng kỳ")),
    F("thiệt hại 48,7 ha", "48,7", 48.7, "measure", "ha", "tổng diện tích cây trồng bị thiệt hại", I(M9)),
    F("9 chòi rẫy", "9", 9, "count", "chòi rẫy", "chòi rẫy bị phá hỏng", I(M9)),
]
rows = [("Buôn Đôn", "21", "17,4", "312,5"), ("Ea Súp", "18", "15,2", "268,0"),
        ("Krông Năng", "11", "10,6", "185,3"), ("Ea Kar", "7", "5,5", "96,2"), ("Tổng cộng", "57", "48,7", "862,0")]
for place, a, b, c in rows:
    loc = "Đắk Lắk" if place == "Tổng cộng" else place
    pre = "tổng cộng " if place == "Tổng cộng" else ""
    FIGS.append(F(f"{place} | {a} |", a, float(a), "count", "vụ", pre + T_SUB["vụ"], I(M9), location=loc))
    FIGS.append(F(f"| {a} | {b} |", b, float(b.replace(",", ".")), "measure", "ha", pre + T_SUB["ha"], I(M9), location=loc))
    FIGS.append(F(f"| {b} | {c}", c, float(c.replace(",", ".")) * 1e6, "money", "đồng", pre + T_SUB["đồng"], I(M9),
                  location=loc))
FIGS += [
    F("chi hỗ trợ 862 triệu đồng", "862", 862e6, "money", "đồng", "kinh phí hỗ trợ thiệt hại do voi gây ra",
      P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30"), percent=71.8, target=T(1.2e9, "đồng")),
    F("cho 146 hộ", "146", 146, "count", "hộ", "hộ bị thiệt hại được hỗ trợ", P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")),
    F("Duy trì 12 tổ", "12", 12, "count", "tổ phản ứng nhanh", "tổ phản ứng nhanh"),
    F("với 96 thành viên", "96", 96, "count", "thành viên", "thành viên tổ phản ứng nhanh"),
    F("lắp đặt 34 bộ đèn", "34", 34, "count", "bộ đèn cảnh báo", "bộ đèn cảnh báo lắp đặt"),
    F("làm 5,8 km hàng rào", "5,8", 5.8, "measure", "km", "hàng rào điện lắp đặt", location="Ea Súp"),
    F("thêm 3,2 km", "3,2", 3.2, "measure", "km", "hàng rào điện hoàn thành thêm", Q4, status="forecast"),
    F("lên 9 km", "9", 9, "measure", "km", "tổng chiều dài hàng rào điện", Q4, status="forecast"),
]
build("p1029-3", TEXT, NOTES, FIGS, published="2024-10-21", location="Đắk Lắk")
