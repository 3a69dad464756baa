"""p483-3: formal report (UBND tỉnh Hà Tĩnh), animal disease control H1/2024, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống dịch bệnh động vật 6 tháng đầu năm 2024

I. TÌNH HÌNH DỊCH BỆNH
1. Bệnh dịch tả lợn châu Phi: 6 tháng đầu năm 2024, dịch xảy ra tại 47 hộ của 19 xã thuộc 7 huyện, thị xã; tổng số lợn mắc bệnh phải tiêu hủy là 1.236 con (giảm 42,6% so với cùng kỳ năm 2023), tổng trọng lượng 68.542,5 kg.
2. Bệnh cúm gia cầm, lở mồm long móng: không phát sinh ổ dịch.
3. Bệnh dại: xảy ra 2 ổ dịch dại trên chó tại huyện Hương Khê; 01 trường hợp người tử vong do bệnh dại tại huyện Cẩm Xuyên.

II. KẾT QUẢ TIÊM PHÒNG
Bảng 1. Kết quả tiêm phòng 6 tháng đầu năm 2024 (Đơn vị tính: nghìn liều)
TT | Loại vắc xin | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
1 | Cúm gia cầm | 3.200 | 1.856,4 | 58,0
2 | Lở mồm long móng | 420 | 251,3 | 59,8
3 | Tụ huyết trùng trâu, bò | 380 | 207,9 | 54,7
4 | Dịch tả lợn | 650 | 402,5 | 61,9
5 | Dại chó | 95 | 71,2 | 74,9

Ngoài ra, các địa phương đã sử dụng 12.450 lít hóa chất tiêu độc khử trùng, đạt 103,8% kế hoạch; kinh phí thực hiện 1,87 tỷ đồng, trong đó ngân sách tỉnh 1,2 tỷ đồng, ngân sách cấp huyện 0,67 tỷ đồng.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu tỷ lệ tiêm phòng các loại vắc xin đạt từ 80 đến 85% tổng đàn trong diện tiêm; 100% ổ dịch được phát hiện, xử lý kịp thời, không để lây lan diện rộng.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL4.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inh=True)

ROWS = [
    # label, plan, done, rate, plan value (nghìn liều), done value
    ("Cúm gia cầm", "| 3.200 |", "3.200", 3200, "| 1.856,4 |", "1.856,4", 1856.4, "| 58,0", "58,0", 58.0),
    ("Lở mồm long móng", "| 420 |", "420", 420, "| 251,3 |", "251,3", 251.3, "| 59,8", "59,8", 59.8),
    ("Tụ huyết trùng trâu, bò", "| 380 |", "380", 380, "| 207,9 |", "207,9", 207.9, "| 54,7", "54,7", 54.7),
    ("Dịch tả lợn", "| 650 |", "650", 650, "| 402,5 |", "402,5", 402.5, "| 61,9", "61,9", 61.9),
    ("Dại chó", "| 95 |", "95", 95, "| 71,2 |", "71,2", 71.2, "| 74,9", "74,9", 74.9),
]

FIGS = [
    F("tại 47 hộ", "47", 47, "count", "hộ", "hộ xảy ra dịch tả lợn châu Phi", H1),
    F("của 19 xã", "19", 19, "count", "xã", "xã xảy ra dịch tả lợn châu Phi", H1),
    F("thuộc 7 huyện", "7", 7, "count", "huyện, thị xã", "huyện, thị xã xảy ra dịch tả lợn châu Phi", H1),
    F("là 1.236 con", "1.236", 1236, "count", "con", "lợn mắc bệnh phải tiêu hủy", H1,
      change=CH("decrease", 42.6, "%", "cùng kỳ năm 2023")),
    F("68.542,5 kg", "68.542,5", 68542.5, "measure", "kg", "tổng trọng lượng lợn tiêu hủy", H1),
    F("xảy ra 2 ổ dịch dại", "2", 2, "count", "ổ dịch", "ổ dịch dại trên chó", I(H1), location="Hương Khê"),
    F("01 trường hợp", "01", 1, "count", "trường hợp", "người tử vong do bệnh dại", I(H1), location="Cẩm Xuyên"),
]
for label, pa, pn, pv, da, dn, dv, ra, rn, rv in ROWS:
    FIGS += [
        F(pa, pn, round(pv * 1000), "count", "liều", f"vắc xin {label.lower()} kế hoạch năm 2024", PLAN,
          status="target"),
        F(da, dn, round(dv * 1000), "count", "liều", f"vắc xin {label.lower()} thực hiện 6 tháng", DONE),
        F(ra, rn, rv, "percent", "%", f"tỷ lệ tiêm phòng {label.lower()} thực hiện so với kế hoạch", I(H1)),
    ]
FIGS += [
    F("sử dụng 12.450 lít", "12.450", 12450, "measure", "lít", "hóa chất tiêu độc khử trùng đã sử dụng", I(H1),
      percent=103.8),
    F("thực hiện 1,87 tỷ đồng", "1,87", 1870000000, "money", "đồng", "kinh phí thực hiện tiêu độc khử trùng", I(H1)),
    F("ngân sách tỉnh 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí từ ngân sách tỉnh", I(H1),
      total=1870000000),
    F("huyện 0,67 tỷ đồng", "0,67", 670000000, "money", "đồng", "kinh phí từ ngân sách cấp huyện", I(H1),
      total=1870000000),
    F("từ 80 đến 85%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng các loại vắc xin trên tổng đàn trong diện tiêm", H2,
      value_max=85, status="target"),
    F("100% ổ dịch", "100", 100, "percent", "%", "ổ dịch được phát hiện, xử lý kịp thời", H2, status="target"),
]

COMMENTS = [
    "Báo cáo số 318/BC-UBND, UBND tỉnh Hà Tĩnh, 10/7/2024: phòng chống dịch bệnh động vật 6 tháng đầu năm 2024.",
    "Letterhead and place-and-date line give published 2024-07-10. Location Hà Tĩnh except the two named districts.",
    "Flattened | table, 'Đơn vị tính: nghìn liều' (x1000) for the plan and result columns; 'Tỷ lệ (%)' is percent.",
    "Every numeric cell is a figure; 'Kế hoạch năm 2024' column -> target, period 2024 (scored); 'Thực hiện 6 tháng' -> H1/2024 (scored);",
    "the rate column has no period of its own (title, inherited). Row numbers 1-5 are not figures.",
    "Section III '6 THÁNG CUỐI NĂM' is a heading: the targets inherit H2/2024. 'trong đó' budget parts add up to 1,87 tỷ.",
    "Not figures: Số 318/BC-UBND, section numbers I-III and 1.-3., 'Bảng 1', 'NL4', dates.",
]

if __name__ == "__main__":
    emit("p483-3", TEXT, COMMENTS, FIGS, published="2024-07-10", default_location="Hà Tĩnh")
