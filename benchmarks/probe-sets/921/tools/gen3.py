"""p921-3: formal report under a letterhead (UBND tỉnh Long An), 9 months 2024, flattened '|' table."""
from lib import F, P, C, write

TEXT = """UBND TỈNH LONG AN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả chiến dịch diệt lăng quăng, phòng, chống sốt xuất huyết 9 tháng đầu năm 2024

Thực hiện Kế hoạch số 1025/KH-UBND ngày 22/3/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH DỊCH BỆNH
9 tháng đầu năm 2024, toàn tỉnh ghi nhận 2.946 ca mắc sốt xuất huyết, giảm 18,6% so với cùng kỳ; 1 ca tử vong. Các địa phương đã phát hiện 214 ổ dịch, trong đó đã xử lý 211 ổ dịch, đạt 98,6%.

II. KẾT QUẢ THỰC HIỆN
1. Các đợt chiến dịch đã kiểm tra 412.580 lượt hộ gia đình, đạt 103,1% kế hoạch; xử lý 1,27 triệu dụng cụ chứa nước; thu gom 356 tấn vật dụng phế thải. Kết quả theo địa bàn như sau:

Đơn vị tính: lượt hộ
Địa bàn | Số hộ kiểm tra | Số hộ có lăng quăng | Chỉ số BI
Tân An | 52.310 | 3.870 | 18
Bến Lức | 61.425 | 5.160 | 24
Đức Hòa | 78.940 | 7.420 | 31
Cần Giuộc | 55.780 | 4.350 | 22
Các huyện còn lại | 164.125 | 9.680 | 15
Toàn tỉnh | 412.580 | 30.480 | 21

2. Đã phun hóa chất diệt muỗi chủ động tại 46 xã, phường có nguy cơ cao với 86.300 hộ, sử dụng khoảng 2.450 lít hóa chất. Tổng kinh phí thực hiện 9 tháng là 6,84 tỷ đồng, bằng 76% dự toán năm.

III. NHIỆM VỤ QUÝ IV/2024
Dự báo trong quý IV, số ca mắc có thể tăng 10-15% do mưa kéo dài. Số lượt hộ được kiểm tra cả năm 2024 ước đạt khoảng 545.000 lượt hộ. UBND tỉnh đặt mục tiêu chỉ số BI toàn tỉnh dưới 20, 100% ổ dịch được xử lý trong vòng 48 giờ.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q4i = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)


def row(place, cells, loc, label=None):
    """Three cells of one table row: households checked, households with larvae, BI."""
    a, b, c = cells
    nm = label or place
    return [
        F(f"{place} | {a} |", a, float(a.replace(".", "")), "count", "lượt hộ", f"Số hộ kiểm tra {nm}".strip(),
          location=loc, period=M9i),
        F(f"| {a} | {b} |", b, float(b.replace(".", "")), "count", "lượt hộ", f"Số hộ có lăng quăng {nm}".strip(),
          location=loc, period=M9i),
        F(f"| {b} | {c}\n", c, float(c), "measure", "chỉ số", f"Chỉ số BI {nm}".strip(), location=loc, period=M9i),
    ]


FIGS = [
    F("ghi nhận 2.946 ca", "2.946", 2946, "count", "ca", "ca mắc sốt xuất huyết",
      change=C("decrease", 18.6, "%", "cùng kỳ"), period=M9),
    F("1 ca tử vong", "1", 1, "count", "ca", "ca tử vong do sốt xuất huyết", period=M9),
    F("phát hiện 214 ổ dịch", "214", 214, "count", "ổ dịch", "ổ dịch được phát hiện", period=M9i),
    F("xử lý 211 ổ dịch", "211", 211, "count", "ổ dịch", "ổ dịch đã xử lý", total=214, percent=98.6, period=M9i),
    F("kiểm tra 412.580 lượt hộ", "412.580", 412580, "count", "lượt hộ gia đình", "lượt hộ gia đình được kiểm tra",
      percent=103.1, period=M9i),
    F("xử lý 1,27 triệu dụng cụ", "1,27", 1270000, "count", "dụng cụ chứa nước", "dụng cụ chứa nước được xử lý",
      period=M9i),
    F("thu gom 356 tấn", "356", 356, "measure", "tấn", "vật dụng phế thải được thu gom", period=M9i),
]
FIGS += row("Tân An", ("52.310", "3.870", "18"), "Tân An", "")
FIGS += row("Bến Lức", ("61.425", "5.160", "24"), "Bến Lức", "")
FIGS += row("Đức Hòa", ("78.940", "7.420", "31"), "Đức Hòa", "")
FIGS += row("Cần Giuộc", ("55.780", "4.350", "22"), "Cần Giuộc", "")
FIGS += row("Các huyện còn lại", ("164.125", "9.680", "15"), "Long An", "các huyện còn lại")
FIGS += row("Toàn tỉnh", ("412.580", "30.480", "21"), "Long An", "toàn tỉnh")
FIGS += [
    F("tại 46 xã, phường", "46", 46, "count", "xã, phường", "xã, phường có nguy cơ cao được phun hóa chất diệt muỗi",
      period=M9i),
    F("với 86.300 hộ", "86.300", 86300, "count", "hộ", "hộ được phun hóa chất diệt muỗi chủ động", period=M9i),
    F("khoảng 2.450 lít", "2.450", 2450, "measure", "lít", "hóa chất sử dụng", approx="about", period=M9i),
    F("là 6,84 tỷ đồng", "6,84", 6840000000, "money", "đồng", "tổng kinh phí thực hiện", percent=76,
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tăng 10-15%", "10", 10, "percent", "%", "số ca mắc tăng", value_max=15, status="forecast",
      period=P("quý IV", "2024-10-01", "2024-12-31")),
    F("khoảng 545.000 lượt hộ", "545.000", 545000, "count", "lượt hộ", "số lượt hộ được kiểm tra", approx="about",
      status="estimate", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("toàn tỉnh dưới 20", "20", 20, "measure", "chỉ số", "chỉ số BI toàn tỉnh", approx="under", status="target",
      period=Q4i),
    F("20, 100% ổ dịch", "100", 100, "percent", "%", "ổ dịch được xử lý trong vòng 48 giờ", status="target",
      period=Q4i),
    F("trong vòng 48 giờ", "48", 48, "measure", "giờ", "thời gian xử lý ổ dịch", approx="at_most", status="target",
      optional=True),
]
NOTES = [
    "Formal report UBND tỉnh Long An, Số 318/BC-UBND, 15/10/2024: larvae campaign results for 9 months 2024.",
    "Flattened '|' table: 'Đơn vị tính: lượt hộ' gives the unit of the two count columns; the BI column is an index",
    "(measure, unit 'chỉ số'). Place rows go to location; 'Các huyện còn lại'/'Toàn tỉnh' stay in the subject, location",
    "Long An. Table period is the report's '9 tháng đầu năm 2024' (title/section I, another sentence: inherited).",
    "Table cells get no total; the 'Toàn tỉnh' row is a figure of its own.",
    "'trong đó đã xử lý 211 ổ dịch, đạt 98,6%' → total 214 and percent 98,6. 'bằng 76% dự toán năm' → percent of 6,84 tỷ.",
    "'trong vòng 48 giờ' is a condition of the target (optional).",
    "Distractors: Số 318/BC-UBND, Kế hoạch số 1025/KH-UBND ngày 22/3/2024, section numbers I-III and 1.-2.",
]
write(3, TEXT, FIGS, published="2024-10-15", location="Long An", notes=NOTES)
