"""p534-3: formal report (UBND tỉnh Quảng Ngãi), S&T tasks H1/2024 with a flattened | table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ khoa học và công nghệ 6 tháng đầu năm 2024

Thực hiện Quyết định số 1120/QĐ-UBND ngày 28/12/2023 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quản lý nhiệm vụ khoa học và công nghệ
Trong 6 tháng đầu năm 2024, tỉnh quản lý 41 nhiệm vụ khoa học và công nghệ cấp tỉnh, trong đó 26 nhiệm vụ chuyển tiếp và 15 nhiệm vụ mở mới; đã nghiệm thu 11 nhiệm vụ, đạt 55% kế hoạch năm (kế hoạch năm 2024 là 20 nhiệm vụ).

Bảng 1. Kinh phí thực hiện nhiệm vụ khoa học và công nghệ
TT | Cấp nhiệm vụ | Số nhiệm vụ | Kế hoạch năm 2024 (triệu đồng) | Thực hiện 6 tháng (triệu đồng) | Tỷ lệ (%)
1 | Cấp quốc gia | 3 | 4.200 | 1.850 | 44,0
2 | Cấp tỉnh | 41 | 18.600 | 8.370 | 45,0
3 | Cấp cơ sở | 22 | 2.150 | 1.120 | 52,1
 | Tổng cộng | 66 | 24.950 | 11.340 | 45,5

2. Sở hữu trí tuệ, tiêu chuẩn đo lường chất lượng
Hướng dẫn 37 tổ chức, cá nhân lập hồ sơ đăng ký nhãn hiệu; 4 sản phẩm được cấp văn bằng bảo hộ nhãn hiệu chứng nhận. Kiểm định, hiệu chuẩn 2.816 phương tiện đo, tăng 7,4% so với cùng kỳ năm 2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu nghiệm thu thêm 9 nhiệm vụ cấp tỉnh; giải ngân 100% kinh phí khoa học và công nghệ được giao.
2. Tăng cường hỗ trợ doanh nghiệp xác lập quyền sở hữu trí tuệ.

Nơi nhận:
- Bộ Khoa học và Công nghệ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1T = INH(P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"))
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H2 = INH(P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31"))

ROWS = [
    # anchors for: count, plan, done, rate
    ("cấp quốc gia", ("quốc gia | 3 |", "3", 3), ("| 4.200 |", "4.200", 4200), ("| 1.850 |", "1.850", 1850), ("| 44,0", "44,0", 44.0)),
    ("cấp tỉnh", ("Cấp tỉnh | 41 |", "41", 41), ("| 18.600 |", "18.600", 18600), ("| 8.370 |", "8.370", 8370), ("| 45,0", "45,0", 45.0)),
    ("cấp cơ sở", ("cơ sở | 22 |", "22", 22), ("| 2.150 |", "2.150", 2150), ("| 1.120 |", "1.120", 1120), ("| 52,1", "52,1", 52.1)),
    ("tổng cộng", ("Tổng cộng | 66 |", "66", 66), ("| 24.950 |", "24.950", 24950), ("| 11.340 |", "11.340", 11340), ("| 45,5", "45,5", 45.5)),
]

TABLE = []
for label, cnt, plan, done, rate in ROWS:
    lab = "tổng cộng" if label == "tổng cộng" else f"nhiệm vụ {label}"
    TABLE += [
        F(cnt[0], cnt[1], cnt[2], "count", "nhiệm vụ", f"Số nhiệm vụ {label}" if label != "tổng cộng" else "Tổng cộng số nhiệm vụ", H1T),
        F(plan[0], plan[1], plan[2] * 1e6, "money", "đồng", f"Kinh phí kế hoạch năm 2024 {lab}", Y24, status="target"),
        F(done[0], done[1], done[2] * 1e6, "money", "đồng", f"Kinh phí thực hiện 6 tháng {lab}", DONE),
        F(rate[0], rate[1], rate[2], "percent", "%", f"Tỷ lệ thực hiện kinh phí {lab}", H1T),
    ]

FIGS = [
    F("quản lý 41 nhiệm vụ", "41", 41, "count", "nhiệm vụ", "nhiệm vụ khoa học và công nghệ cấp tỉnh", H1),
    F("trong đó 26 nhiệm vụ", "26", 26, "count", "nhiệm vụ", "nhiệm vụ chuyển tiếp", H1, total=41),
    F("15 nhiệm vụ mở mới", "15", 15, "count", "nhiệm vụ", "nhiệm vụ mở mới", H1, total=41),
    F("nghiệm thu 11 nhiệm vụ", "11", 11, "count", "nhiệm vụ", "nhiệm vụ đã nghiệm thu", H1,
      percent=55, target=TG(20, "nhiệm vụ")),
] + TABLE + [
    F("Hướng dẫn 37 tổ chức", "37", 37, "count", "tổ chức",
      "tổ chức, cá nhân được hướng dẫn lập hồ sơ đăng ký nhãn hiệu", H1T),
    F("4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm được cấp văn bằng bảo hộ nhãn hiệu chứng nhận", H1T),
    F("2.816 phương tiện đo", "2.816", 2816, "count", "phương tiện đo", "phương tiện đo được kiểm định, hiệu chuẩn", H1T,
      change=CH("increase", 7.4, "%", "cùng kỳ năm 2023")),
    F("thêm 9 nhiệm vụ", "9", 9, "count", "nhiệm vụ", "nhiệm vụ cấp tỉnh nghiệm thu thêm", H2, status="target"),
    F("giải ngân 100%", "100", 100, "percent", "%", "kinh phí khoa học và công nghệ được giao giải ngân", H2,
      status="target"),
]

COMMENTS = [
    "Formal report (invented): UBND tỉnh Quảng Ngãi, Số: 215/BC-UBND, 'Quảng Ngãi, ngày 20 tháng 6 năm 2024' (published).",
    "Not figures: report and decision numbers, 'ngày 28/12/2023', section numbers I./II./1./2., 'Bảng 1', the table's TT column (1, 2, 3).",
    "'(kế hoạch năm 2024 là 20 nhiệm vụ)' is the target attribute of the 11 tasks accepted (55% = 11/20), not a figure of its own.",
    "Table (flattened with |, units in the column headers): every numeric cell is a figure; 'Kế hoạch năm 2024' cells are status target",
    "with period 2024 (scored); 'Thực hiện 6 tháng' cells take the 2024 first half (scored, year from the title); the count and rate",
    "columns have no period in their header (report period inherited, unscored). The rate cells are figures, not attributes of the amounts.",
    "Section II '6 tháng cuối năm 2024' items follow 'Phấn đấu' (target), period inherited from the heading.",
]

if __name__ == "__main__":
    emit("p534-3", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Quảng Ngãi")
