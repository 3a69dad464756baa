"""p865-3: formal report (UBND tỉnh Hải Dương), flattened | table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả quản lý, vận hành hệ thống chiếu sáng công cộng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hiện trạng hệ thống chiếu sáng
Tính đến ngày 31/12/2023, hệ thống chiếu sáng công cộng trên địa bàn tỉnh gồm 52.380 bộ đèn, 1.146 tủ điều khiển, chiếu sáng cho hơn 1.870 km đường. Số liệu tại các địa phương như sau:

Đơn vị tính: bộ đèn
Địa phương | Tổng số bộ đèn | Đèn LED | Đèn sodium và loại khác
TP Hải Dương | 18.240 | 14.960 | 3.280
TP Chí Linh | 9.650 | 6.120 | 3.530
TX Kinh Môn | 7.310 | 4.090 | 3.220
Các huyện | 17.180 | 7.530 | 9.650
Tổng cộng | 52.380 | 32.700 | 19.680

2. Kết quả thực hiện năm 2023
Năm 2023, các địa phương đã thay thế 6.420 bộ đèn sodium bằng đèn LED, đạt 107% kế hoạch; lắp mới 1.250 bộ đèn trên 84 km đường. Tỷ lệ đèn LED toàn tỉnh đạt 62,4%, tăng 11,2 điểm phần trăm so với năm 2022.
Tổng điện năng tiêu thụ cho chiếu sáng công cộng năm 2023 là 21,6 triệu kWh, giảm 9,8% so với năm 2022; chi phí tiền điện ước khoảng 41,5 tỷ đồng. Kinh phí duy tu, sửa chữa hệ thống là 12,3 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Còn khoảng 37,6% số bộ đèn là đèn sodium và loại khác công suất 150-250 W, tiêu thụ điện lớn; 214 tủ điều khiển chưa có chức năng tiết giảm công suất.

III. NHIỆM VỤ NĂM 2024
Phấn đấu thay thế 7.000 bộ đèn LED, nâng tỷ lệ đèn LED toàn tỉnh lên 75%; lắp đặt bộ điều khiển thông minh cho 300 tủ điện. Dự kiến tổng kinh phí khoảng 58 tỷ đồng.

Nơi nhận:
- Bộ Xây dựng;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 31/12/2023", end="2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
TOT, LED, OTH = "tổng số bộ đèn", "đèn LED", "đèn sodium và loại khác"


def cell(anchor, number, value, subject, location=None):
    kw = {"location": location} if location else {}
    return F(anchor, number, value, "count", "bộ đèn", subject, I(ASOF), **kw)


FIGS = [
    F("gồm 52.380 bộ đèn", "52.380", 52380, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng", ASOF),
    F("1.146 tủ điều khiển", "1.146", 1146, "count", "tủ điều khiển", "tủ điều khiển chiếu sáng công cộng", ASOF),
    F("hơn 1.870 km", "1.870", 1870, "measure", "km", "đường được chiếu sáng", ASOF, approx="over"),
    cell("TP Hải Dương | 18.240", "18.240", 18240, TOT, "Hải Dương"),
    cell("| 14.960", "14.960", 14960, LED, "Hải Dương"),
    cell("| 3.280", "3.280", 3280, OTH, "Hải Dương"),
    cell("TP Chí Linh | 9.650", "9.650", 9650, TOT, "Chí Linh"),
    cell("| 6.120", "6.120", 6120, LED, "Chí Linh"),
    cell("| 3.530", "3.530", 3530, OTH, "Chí Linh"),
    cell("| 7.310", "7.310", 7310, TOT, "Kinh Môn"),
    cell("| 4.090", "4.090", 4090, LED, "Kinh Môn"),
    cell("| 3.220", "3.220", 3220, OTH, "Kinh Môn"),
    cell("| 17.180", "17.180", 17180, TOT + " các huyện"),
    cell("| 7.530", "7.530", 7530, LED + " các huyện"),
    cell("7.530 | 9.650", "9.650", 9650, OTH + " các huyện"),
    cell("Tổng cộng | 52.380", "52.380", 52380, TOT + " tổng cộng"),
    cell("| 32.700", "32.700", 32700, LED + " tổng cộng"),
    cell("| 19.680", "19.680", 19680, OTH + " tổng cộng"),
    F("thay thế 6.420 bộ đèn", "6.420", 6420, "count", "bộ đèn", "bộ đèn sodium thay thế bằng đèn LED", Y23,
      percent=107),
    F("lắp mới 1.250 bộ đèn", "1.250", 1250, "count", "bộ đèn", "bộ đèn lắp mới", Y23),
    F("trên 84 km", "84", 84, "measure", "km", "đường lắp mới đèn chiếu sáng", Y23),
    F("đạt 62,4%", "62,4", 62.4, "percent", "%", "tỷ lệ đèn LED toàn tỉnh", I(Y23),
      change=C("increase", 11.2, "điểm phần trăm", "năm 2022")),
    F("là 21,6 triệu kWh", "21,6", 21600000, "measure", "kWh", "tổng điện năng tiêu thụ cho chiếu sáng công cộng",
      Y23b, change=C("decrease", 9.8, "%", "năm 2022")),
    F("ước khoảng 41,5 tỷ đồng", "41,5", 41500000000, "money", "đồng", "chi phí tiền điện", Y23b, approx="about",
      status="estimate"),
    F("là 12,3 tỷ đồng", "12,3", 12300000000, "money", "đồng", "kinh phí duy tu, sửa chữa hệ thống", I(Y23)),
    F("khoảng 37,6%", "37,6", 37.6, "percent", "%", "tỷ lệ bộ đèn sodium và loại khác", approx="about"),
    F("công suất 150-250 W", "150", 150, "measure", "W", "công suất đèn sodium", value_max=250, optional=True),
    F("214 tủ điều khiển", "214", 214, "count", "tủ điều khiển", "tủ điều khiển chưa có chức năng tiết giảm công suất"),
    F("thay thế 7.000 bộ đèn LED", "7.000", 7000, "count", "bộ đèn LED", "bộ đèn LED thay thế", Y24,
      status="target"),
    F("lên 75%", "75", 75, "percent", "%", "tỷ lệ đèn LED toàn tỉnh", Y24, status="target"),
    F("cho 300 tủ điện", "300", 300, "count", "tủ điện", "tủ điện lắp bộ điều khiển thông minh", Y24,
      status="target"),
    F("khoảng 58 tỷ đồng", "58", 58000000000, "money", "đồng", "tổng kinh phí", Y24, approx="about",
      status="forecast"),
]

NOTES = [
    "Formal report 'UBND TỈNH HẢI DƯƠNG, Số: 27/BC-UBND, Hải Dương, ngày 22 tháng 01 năm 2024' on public lighting in 2023.",
    "Flattened table (Đơn vị tính: bộ đèn): every cell a count of 'bộ đèn'; place rows go to location (TP Hải Dương -> 'Hải Dương');",
    "'Các huyện' and 'Tổng cộng' rows keep the province with the row label in the subject; no totals on table cells; the as-of",
    "period stands in the sentence above the table (inherited). 'tăng 11,2 điểm phần trăm' is 62,4%'s change (a level, not a growth rate).",
    "Section III's period comes from the heading 'NHIỆM VỤ NĂM 2024' (inherited); 'Phấn đấu' makes the clause targets, 'Dự kiến' a forecast.",
    "'150-250 W' is a lamp class -> optional. Section numbers, 'Số: 27/BC-UBND', the date line: not figures.",
]

write("p865-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Hải Dương")
