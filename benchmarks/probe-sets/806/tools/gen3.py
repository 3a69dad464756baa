"""p806-3: Lâm Đồng formal report (BC-UBND), adventure tourism 9 months 2024, flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 15 tháng 10 năm 2024
BÁO CÁO
Tình hình hoạt động du lịch mạo hiểm 9 tháng đầu năm 2024
I. KẾT QUẢ THỰC HIỆN
1. Quản lý đơn vị kinh doanh
Tính đến ngày 30/9/2024, toàn tỉnh có 37 đơn vị kinh doanh dịch vụ du lịch mạo hiểm, tăng 5 đơn vị so với cuối năm 2023; trong đó 29 đơn vị đã được thẩm định đủ điều kiện an toàn theo Nghị định số 168/2017/NĐ-CP (đạt 78,4%).
2. Kết quả kinh doanh
9 tháng đầu năm 2024, các loại hình du lịch mạo hiểm phục vụ khoảng 268.500 lượt khách, tăng 16,2% so với cùng kỳ; doanh thu đạt 143,6 tỷ đồng, bằng 79,8% kế hoạch năm. Cụ thể:
Đơn vị tính: lượt khách; triệu đồng
Loại hình | Số đơn vị | Lượt khách | Doanh thu
Dù lượn | 6 | 21.400 | 27.820
Khinh khí cầu | 3 | 8.650 | 31.140
Leo núi, trekking | 19 | 196.300 | 58.900
Vượt thác, đu dây | 9 | 42.150 | 25.740
Tổng cộng | 37 | 268.500 | 143.600
3. Công tác bảo đảm an toàn
Từ đầu năm đến ngày 30/9/2024, trên địa bàn tỉnh xảy ra 4 sự cố trong hoạt động du lịch mạo hiểm (2 vụ tại tuyến trekking Tà Năng - Phan Dũng, 1 vụ dù lượn tại đồi Robin và 1 vụ đu dây tại thác Datanla), làm 1 người tử vong, 5 người bị thương. Các ngành chức năng đã kiểm tra 22 lượt cơ sở, xử phạt vi phạm hành chính 7 đơn vị với tổng số tiền 86,5 triệu đồng.
II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 các loại hình du lịch mạo hiểm đón 350.000 lượt khách, doanh thu đạt 180 tỷ đồng.
2. Hoàn thành thẩm định đủ điều kiện an toàn cho 100% đơn vị kinh doanh trước ngày 31/12/2024; dự kiến tổ chức 2 lớp tập huấn cứu hộ cho khoảng 120 nhân viên.
"""

AS = P("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9i = I(M9)
YTD = P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

ROWS = [  # (row label, cells as written in the row, anchors must be unique)
    ("Dù lượn", "Dù lượn | 6 |", "| 21.400 |", "| 27.820"),
    ("Khinh khí cầu", "Khinh khí cầu | 3 |", "| 8.650 |", "| 31.140"),
    ("Leo núi, trekking", "trekking | 19 |", "| 196.300 |", "| 58.900"),
    ("Vượt thác, đu dây", "đu dây | 9 |", "| 42.150 |", "| 25.740"),
    ("Tổng cộng", "Tổng cộng | 37 |", "| 268.500 |", "| 143.600"),
]


def cells():
    out = []
    for label, a1, a2, a3 in ROWS:
        n1 = a1.split("|")[1].strip()
        n2 = a2.strip("| ").strip()
        n3 = a3.strip("| ").strip()
        out.append(F(a1, n1, int(n1), "count", "đơn vị", f"{label} số đơn vị", M9i))
        out.append(F(a2, n2, int(n2.replace(".", "")), "count", "lượt khách", f"{label} lượt khách", M9i))
        out.append(F(a3, n3, int(n3.replace(".", "")) * 1e6, "money", "đồng", f"{label} doanh thu", M9i))
    return out


FIGS = [
    F("có 37 đơn vị", "37", 37, "count", "đơn vị", "đơn vị kinh doanh dịch vụ du lịch mạo hiểm", AS,
      change=C("increase", 5, "đơn vị", "cuối năm 2023")),
    F("trong đó 29 đơn vị", "29", 29, "count", "đơn vị",
      "đơn vị được thẩm định đủ điều kiện an toàn", AS, total=37, percent=78.4),
    F("phục vụ khoảng 268.500 lượt khách", "268.500", 268500, "count", "lượt khách",
      "lượt khách các loại hình du lịch mạo hiểm phục vụ", M9, approx="about",
      change=C("increase", 16.2, "%", "cùng kỳ")),
    F("doanh thu đạt 143,6 tỷ đồng", "143,6", 143600000000, "money", "đồng",
      "doanh thu du lịch mạo hiểm", M9, percent=79.8),
] + cells() + [
    F("xảy ra 4 sự cố", "4", 4, "count", "sự cố", "sự cố trong hoạt động du lịch mạo hiểm", YTD),
    F("(2 vụ", "2", 2, "count", "vụ", "sự cố tại tuyến trekking Tà Năng - Phan Dũng", YTD, total=4),
    F("1 vụ dù lượn", "1", 1, "count", "vụ", "sự cố dù lượn tại đồi Robin", YTD, total=4),
    F("1 vụ đu dây", "1", 1, "count", "vụ", "sự cố đu dây tại thác Datanla", YTD, total=4),
    F("làm 1 người tử vong", "1", 1, "count", "người", "người tử vong", YTD),
    F("5 người bị thương", "5", 5, "count", "người", "người bị thương", YTD),
    F("kiểm tra 22 lượt cơ sở", "22", 22, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", I(YTD)),
    F("xử phạt vi phạm hành chính 7 đơn vị", "7", 7, "count", "đơn vị", "đơn vị bị xử phạt vi phạm hành chính", I(YTD)),
    F("số tiền 86,5 triệu đồng", "86,5", 86500000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(YTD)),
    F("đón 350.000 lượt khách", "350.000", 350000, "count", "lượt khách",
      "lượt khách các loại hình du lịch mạo hiểm", Y24, status="target"),
    F("đạt 180 tỷ đồng", "180", 180000000000, "money", "đồng", "doanh thu du lịch mạo hiểm", Y24, status="target"),
    F("cho 100% đơn vị", "100", 100, "percent", "%", "đơn vị kinh doanh được thẩm định đủ điều kiện an toàn",
      P("trước ngày 31/12/2024", end="2024-12-31"), status="target"),
    F("tổ chức 2 lớp tập huấn", "2", 2, "count", "lớp tập huấn", "lớp tập huấn cứu hộ", Q4i, status="forecast"),
    F("khoảng 120 nhân viên", "120", 120, "count", "nhân viên", "nhân viên được tập huấn cứu hộ", Q4i,
      approx="about", status="forecast"),
]

NOTES = [
    "UBND tỉnh Lâm Đồng report Số 318/BC-UBND (15/10/2024): adventure tourism 9 months 2024, flattened '|' table",
    "by activity (Số đơn vị | Lượt khách | Doanh thu), 'Đơn vị tính: lượt khách; triệu đồng' (revenue cells x 10^6 đồng).",
    "Table cells take the period of the sentence above the table (inherited); the Tổng cộng row is its own figure, no totals.",
    "The bracketed breakdown 2+1+1 adds up to '4 sự cố' right before it: total 4. '100% ... trước ngày 31/12/2024' is a target",
    "(heading NHIỆM VỤ, 'Hoàn thành'), '2 lớp'/'120 nhân viên' forecast (dự kiến), period from the heading QUÝ IV/2024 (inherited).",
    "Distractors: Số: 318/BC-UBND, ngày 15 tháng 10 năm 2024, Nghị định số 168/2017/NĐ-CP, section numbers I., II., 1.-3.",
]

build("p806-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Lâm Đồng")
