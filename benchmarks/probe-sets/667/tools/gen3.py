"""p667-3: formal report of UBND tỉnh Thái Nguyên — air quality monitoring 9 months 2024, flattened '|' table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH THÁI NGUYÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Thái Nguyên, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả quan trắc chất lượng không khí 9 tháng năm 2024, nhiệm vụ trọng tâm quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới quan trắc
Thực hiện Quyết định số 1127/QĐ-UBND ngày 26/5/2022 của UBND tỉnh, tính đến ngày 30/9/2024, toàn tỉnh có 11 trạm quan trắc không khí tự động, liên tục, trong đó 6 trạm do tỉnh đầu tư và 5 trạm do doanh nghiệp đầu tư. Trong 9 tháng, đã quan trắc định kỳ tại 64 điểm, đạt 100% kế hoạch năm.

2. Kết quả quan trắc
Bảng 1. Kết quả quan trắc tại các trạm tự động 9 tháng năm 2024
Địa bàn | PM10 (µg/m³) | PM2.5 (µg/m³) | Số ngày AQI trên 100
TP Thái Nguyên | 61,4 | 34,2 | 38
TP Sông Công | 55,8 | 30,5 | 27
TP Phổ Yên | 58,1 | 31,9 | 31
Huyện Đại Từ | 42,7 | 22,6 | 9

Nồng độ PM2.5 trung bình 9 tháng toàn tỉnh là 29,8 µg/m³, giảm 6,3% so với cùng kỳ năm 2023; số ngày có chất lượng không khí ở mức tốt và trung bình chiếm 87,4% tổng số ngày quan trắc.

3. Thanh tra, kiểm tra
Từ đầu năm đến ngày 30/9/2024, các cơ quan chức năng đã kiểm tra 126 cơ sở có phát sinh bụi, khí thải; xử phạt 18 cơ sở vi phạm với tổng số tiền 1.126,5 triệu đồng, trong đó 4 cơ sở bị phạt do không lắp đặt hệ thống quan trắc khí thải tự động.

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2024
1. Phấn đấu đưa vào vận hành thêm 2 trạm quan trắc tự động tại huyện Phú Bình và huyện Đồng Hỷ, tổng mức đầu tư 14,2 tỷ đồng.
2. Phấn đấu tỷ lệ số ngày có chất lượng không khí tốt và trung bình cả năm 2024 đạt trên 85%.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")


def cells(anchor_row, place, pm10, pm25, days):
    out = []
    a10, n10 = pm10
    a25, n25 = pm25
    ad, nd = days
    out.append(F(a10, n10, float(n10.replace(",", ".")), "measure", "µg/m³", "PM10", I(M9), location=place))
    out.append(F(a25, n25, float(n25.replace(",", ".")), "measure", "µg/m³", "PM2.5", I(M9), location=place))
    out.append(F(ad, nd, int(nd), "count", "ngày", "Số ngày AQI trên 100", I(M9), location=place))
    return out


FIGS = [
    F("có 11 trạm", "11", 11, "count", "trạm", "trạm quan trắc không khí tự động, liên tục", ASOF),
    F("trong đó 6 trạm", "6", 6, "count", "trạm", "trạm do tỉnh đầu tư", ASOF, total=11),
    F("5 trạm do doanh", "5", 5, "count", "trạm", "trạm do doanh nghiệp đầu tư", ASOF, total=11),
    F("tại 64 điểm", "64", 64, "count", "điểm", "điểm quan trắc định kỳ",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"), percent=100),
    F("AQI trên 100", "100", 100, "measure", "AQI", "ngưỡng AQI", approx="over", optional=True),
]
FIGS += cells(None, "Thái Nguyên", ("Nguyên | 61,4", "61,4"), ("61,4 | 34,2", "34,2"), ("34,2 | 38", "38"))
FIGS += cells(None, "Sông Công", ("Công | 55,8", "55,8"), ("55,8 | 30,5", "30,5"), ("30,5 | 27", "27"))
FIGS += cells(None, "Phổ Yên", ("Yên | 58,1", "58,1"), ("58,1 | 31,9", "31,9"), ("31,9 | 31", "31"))
FIGS += cells(None, "Đại Từ", ("Từ | 42,7", "42,7"), ("42,7 | 22,6", "22,6"), ("22,6 | 9", "9"))
FIGS += [
    F("là 29,8 µg/m³", "29,8", 29.8, "measure", "µg/m³", "nồng độ PM2.5 trung bình 9 tháng toàn tỉnh",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("decrease", 6.3, "%", "cùng kỳ năm 2023")),
    F("chiếm 87,4%", "87,4", 87.4, "percent", "%", "số ngày có chất lượng không khí ở mức tốt và trung bình",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở có phát sinh bụi, khí thải được kiểm tra", YTD),
    F("xử phạt 18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", YTD),
    F("1.126,5 triệu đồng", "1.126,5", 1126.5e6, "money", "đồng", "tổng số tiền xử phạt", YTD),
    F("trong đó 4 cơ sở", "4", 4, "count", "cơ sở",
      "cơ sở bị phạt do không lắp đặt hệ thống quan trắc khí thải tự động", YTD, total=18),
    F("thêm 2 trạm", "2", 2, "count", "trạm", "trạm quan trắc tự động đưa vào vận hành thêm", I(Q4), status="target"),
    F("14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "tổng mức đầu tư trạm quan trắc tự động", I(Q4), status="target"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ số ngày có chất lượng không khí tốt và trung bình",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "UBND tỉnh Thái Nguyên, Số: 412/BC-UBND, 'Thái Nguyên, ngày 15 tháng 10 năm 2024' (published): báo cáo kết quả quan trắc",
    "chất lượng không khí 9 tháng năm 2024. Flattened '|' table: Địa bàn | PM10 (µg/m³) | PM2.5 (µg/m³) | Số ngày AQI trên 100.",
    "Table cells: subject = column label, row label (a city/district) = location, unit from the column header; the period comes from",
    "the table title ('9 tháng năm 2024'), not a column header, so it is kept as inherited (not scored). 'AQI trên 100' in the header",
    "is a threshold (optional). '6 trạm … và 5 trạm' after 'trong đó' are parts of 11; '4 cơ sở' after 'trong đó' belongs to 18 cơ sở",
    "(the money figure right before the cue counts another thing). '64 điểm, đạt 100% kế hoạch năm' → percent 100.",
    "Section II tasks after 'Phấn đấu' are targets; the investment in the continuing clause too. Distractors: Số 412/BC-UBND,",
    "Quyết định số 1127/QĐ-UBND ngày 26/5/2022, 'Bảng 1', section numbers I./II./1./2./3., 'PM10', 'PM2.5', 'KT. CHỦ TỊCH'.",
]

if __name__ == "__main__":
    emit("p667-3", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Thái Nguyên")
