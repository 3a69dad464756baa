"""p693-3: UBND tỉnh Hải Dương formal report — motorbike emission control, 9 months 2024 (flattened | table)."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HẢI DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Hải Dương, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm soát khí thải xe mô tô, xe gắn máy 9 tháng năm 2024

Thực hiện Quyết định số 2365/QĐ-UBND ngày 12/12/2023 ban hành Kế hoạch kiểm soát khí thải phương tiện giao thông năm 2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tính đến ngày 30/9/2024, toàn tỉnh có 1.526.318 xe mô tô, xe gắn máy đang lưu hành, trong đó khoảng 38% là xe đã sử dụng trên 10 năm.

2. Kết quả đo kiểm khí thải (Bảng 1):
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
Điểm đo kiểm | điểm | 12 | 10 | 83,3
Lượt xe được đo | lượt xe | 25.000 | 19.640 | 78,6
Kinh phí | triệu đồng | 2.400 | 1.736,5 | 72,4

Trong 9 tháng, tỷ lệ xe đạt chuẩn khí thải là 88,2%, tăng 3,1 điểm phần trăm so với cùng kỳ năm 2023. Các huyện Thanh Miện, Ninh Giang và Tứ Kỳ có tỷ lệ xe không đạt cao nhất, lần lượt là 17,4%, 15,9% và 14,2%; thấp nhất là TP. Hải Dương (6,3%).

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu hoàn thành 100% kế hoạch đo kiểm năm 2024.
2. Dự kiến lắp đặt thêm hai trạm đo cố định tại TP. Chí Linh và thị xã Kinh Môn với tổng kinh phí khoảng 850 triệu đồng.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("có 1.526.318 xe", "1.526.318", 1526318, "count", "xe mô tô, xe gắn máy",
      "xe mô tô, xe gắn máy đang lưu hành", ASOF),
    F("khoảng 38%", "38", 38, "percent", "%", "tỷ lệ xe đã sử dụng trên 10 năm", ASOF, approx="about"),
    F("sử dụng trên 10 năm", "10", 10, "measure", "năm", approx="over", optional=True),
    # table: Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
    F("điểm | 12 |", "12", 12, "count", "điểm", "Điểm đo kiểm kế hoạch năm 2024", Y24, status="target"),
    F("| 10 | 83,3", "10", 10, "count", "điểm", "Điểm đo kiểm thực hiện 9 tháng", M9),
    F("83,3", "83,3", 83.3, "percent", "%", "Điểm đo kiểm tỷ lệ so với kế hoạch", I(M9)),
    F("| 25.000 |", "25.000", 25000, "count", "lượt xe", "Lượt xe được đo kế hoạch năm 2024", Y24, status="target"),
    F("| 19.640 |", "19.640", 19640, "count", "lượt xe", "Lượt xe được đo thực hiện 9 tháng", M9),
    F("78,6", "78,6", 78.6, "percent", "%", "Lượt xe được đo tỷ lệ so với kế hoạch", I(M9)),
    F("| 2.400 |", "2.400", 2400000000, "money", "đồng", "Kinh phí kế hoạch năm 2024", Y24, status="target"),
    F("| 1.736,5 |", "1.736,5", 1736500000, "money", "đồng", "Kinh phí thực hiện 9 tháng", M9),
    F("72,4", "72,4", 72.4, "percent", "%", "Kinh phí tỷ lệ so với kế hoạch", I(M9)),
    F("là 88,2%", "88,2", 88.2, "percent", "%", "tỷ lệ xe đạt chuẩn khí thải", M9,
      change=CH("increase", 3.1, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("là 17,4%", "17,4", 17.4, "percent", "%", "tỷ lệ xe không đạt chuẩn khí thải", I(M9), location="Thanh Miện"),
    F("15,9%", "15,9", 15.9, "percent", "%", "tỷ lệ xe không đạt chuẩn khí thải", I(M9), location="Ninh Giang"),
    F("14,2%", "14,2", 14.2, "percent", "%", "tỷ lệ xe không đạt chuẩn khí thải", I(M9), location="Tứ Kỳ"),
    F("(6,3%)", "6,3", 6.3, "percent", "%", "tỷ lệ xe không đạt chuẩn khí thải", I(M9), location="TP. Hải Dương"),
    F("hoàn thành 100%", "100", 100, "percent", "%", "tỷ lệ hoàn thành kế hoạch đo kiểm năm 2024", I(Y24),
      status="target"),
    F("thêm hai trạm", "hai", 2, "count", "trạm đo cố định", "trạm đo cố định lắp đặt thêm", status="forecast"),
    F("khoảng 850 triệu", "850", 850000000, "money", "đồng", "tổng kinh phí lắp đặt trạm đo cố định",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report (invented): UBND tỉnh Hải Dương, Số: 412/BC-UBND, 'Hải Dương, ngày 15 tháng 10 năm 2024' (published).",
    "Flattened table Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%): every numeric cell is a figure;",
    "plan cells status target, period năm 2024; result cells period 9 tháng (year from the title), ratio cells percent figures (period inherited).",
    "'triệu đồng' from the Đơn vị column applies to the Kinh phí row. Not figures: Số 412/BC-UBND, QĐ 2365/QĐ-UBND, 'Bảng 1', I./II., 1./2.",
    "'lần lượt là 17,4%, 15,9% và 14,2%' map in order to Thanh Miện, Ninh Giang, Tứ Kỳ (location). TP. Hải Dương is the city (6,3%).",
    "100% (task for Q4, 'kế hoạch … năm 2024'): period inherited. 'Dự kiến' → forecast for the two stations and their cost.",
]

if __name__ == "__main__":
    emit("p693-3", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Hải Dương")
