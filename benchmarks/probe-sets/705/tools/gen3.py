"""p705-3: formal report, UBND tỉnh Sơn La, chanh leo 9 months 2024, flattened | table."""
from lib import fig, per, inh, ch, write

TEXT = """UBND TỈNH SƠN LA                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                    Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND                     Sơn La, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ chanh leo 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, diện tích chanh leo toàn tỉnh là 1.845 ha, đạt 92,3% kế hoạch năm; trong 9 tháng trồng mới 236 ha. Sản lượng thu hoạch ước đạt 19.870 tấn, tăng 9,6% so với cùng kỳ năm 2023 (chi tiết tại Bảng 1).

Bảng 1. Sản lượng chanh leo theo huyện
Đơn vị tính: tấn
Huyện | 9 tháng năm 2023 | 9 tháng năm 2024 | Ước cả năm 2024
Mộc Châu | 7.650 | 8.420 | 11.200
Vân Hồ | 5.180 | 5.640 | 7.350
Yên Châu | 2.960 | 3.210 | 4.180
Mai Sơn | 2.340 | 2.600 | 3.270
Toàn tỉnh | 18.130 | 19.870 | 26.000

2. Tiêu thụ, xuất khẩu
Trong 9 tháng, sản lượng chanh leo xuất khẩu đạt 4.090 tấn, chiếm 20,6% tổng sản lượng; giá trị xuất khẩu ước đạt 3,85 triệu USD. Thị trường chính là Trung Quốc (chiếm 64%) và EU (chiếm 21%). Giá bán bình quân tại vườn 16.500 đồng/kg, tăng 2.300 đồng/kg so với cùng kỳ.

3. Mã số vùng trồng, liên kết
Đến nay, toàn tỉnh có 28 mã số vùng trồng chanh leo được cấp với diện tích 640 ha; 5 doanh nghiệp và 12 hợp tác xã tham gia liên kết tiêu thụ.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu trồng mới thêm 150 ha, đưa tổng diện tích cả năm đạt 2.000 ha (đạt 100% kế hoạch).

Nơi nhận:
- Thường trực Tỉnh ủy (b/c);
- Lưu: VT, KT.
"""

ASOF = per("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9T = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
CY = per("Ước cả năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Đến nay", end="2024-10-08")
Q4 = per("QUÝ IV/2024", "2024-10-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")
S = "sản lượng chanh leo"

F = [
    fig("là 1.845 ha", "1.845", 1845, "measure", "ha", "diện tích chanh leo", ASOF, percent=92.3),
    fig("mới 236 ha", "236", 236, "measure", "ha", "diện tích chanh leo trồng mới", M9),
    fig("ước đạt 19.870 tấn", "19.870", 19870, "measure", "tấn", "sản lượng chanh leo thu hoạch", inh(M9T),
        change=ch("increase", 9.6, "%", "cùng kỳ năm 2023"), status="estimate"),
]
ROWS = [("Mộc Châu", "7.650", "8.420", "11.200"), ("Vân Hồ", "5.180", "5.640", "7.350"),
        ("Yên Châu", "2.960", "3.210", "4.180"), ("Mai Sơn", "2.340", "2.600", "3.270"),
        ("Toàn tỉnh", "18.130", "19.870", "26.000")]
for place, a, b, c in ROWS:
    loc = "Sơn La" if place == "Toàn tỉnh" else place
    v = lambda s: float(s.replace(".", ""))
    F += [
        fig(f"{place} | {a} |", a, v(a), "measure", "tấn", S + " 9 tháng năm 2023", C23, location=loc),
        fig(f"| {a} | {b} |", b, v(b), "measure", "tấn", S + " 9 tháng năm 2024", C24, location=loc),
        fig(f"| {b} | {c}\n", c, v(c), "measure", "tấn", S + " ước cả năm 2024", CY, status="estimate",
            location=loc),
    ]
F += [
    fig("đạt 4.090 tấn", "4.090", 4090, "measure", "tấn", "sản lượng chanh leo xuất khẩu", M9, percent=20.6),
    fig("ước đạt 3,85 triệu USD", "3,85", 3.85e6, "money", "USD", "giá trị xuất khẩu chanh leo", M9,
        status="estimate"),
    fig("(chiếm 64%)", "64", 64, "percent", "%", "tỷ trọng thị trường Trung Quốc trong xuất khẩu chanh leo",
        inh(M9)),
    fig("(chiếm 21%)", "21", 21, "percent", "%", "tỷ trọng thị trường EU trong xuất khẩu chanh leo", inh(M9)),
    fig("vườn 16.500 đồng/kg", "16.500", 16500, "money", "đồng/kg", "giá bán chanh leo bình quân tại vườn",
        inh(M9), change=ch("increase", 2300, "đồng/kg", "cùng kỳ")),
    fig("có 28 mã số", "28", 28, "count", "mã số vùng trồng", "mã số vùng trồng chanh leo được cấp", NOW),
    fig("tích 640 ha", "640", 640, "measure", "ha", "diện tích vùng trồng chanh leo được cấp mã số", NOW),
    fig("5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp tham gia liên kết tiêu thụ chanh leo", NOW),
    fig("12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã tham gia liên kết tiêu thụ chanh leo", NOW),
    fig("thêm 150 ha", "150", 150, "measure", "ha", "diện tích chanh leo trồng mới", inh(Q4), status="target"),
    fig("đạt 2.000 ha", "2.000", 2000, "measure", "ha", "tổng diện tích chanh leo", YR, percent=100,
        status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Sơn La, Số: 412/BC-UBND, place-and-date line 08/10/2024): chanh leo 9 months 2024, flattened | table.",
    "Table: Đơn vị tính: tấn; periods from the column headers (scored, as in h23); 'Ước cả năm 2024' column -> estimate;",
    "rows are districts -> location; 'Toàn tỉnh' -> Sơn La. No totals in the table (no cue), as in h23/h24.",
    "'trong 9 tháng trồng mới 236 ha' has its own period (9 tháng), not the as-of date of the clause before.",
    "Market shares 'Trung Quốc (chiếm 64%)' stand after a country, not after a non-percent figure: own percent figures, location Sơn La.",
    "'(đạt 100% kế hoạch)' -> percent of the 2.000 ha target; 'cả năm' = 2024. Heading 'QUÝ IV/2024' gives the 150 ha an inherited period.",
    "Not figures: Số: 412/BC-UBND, dates, section numbers I./1./2./3./II., 'Bảng 1'.",
]

if __name__ == "__main__":
    write("p705-3", TEXT, NOTES, F, published="2024-10-08", location="Sơn La")
