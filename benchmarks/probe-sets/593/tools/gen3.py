"""p593-3: formal report, UBND tỉnh Bắc Ninh — sông Ngũ Huyện Khê, 9 tháng 2024; flattened '|' table of waste sources by locality."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Bắc Ninh, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả xử lý ô nhiễm môi trường lưu vực sông Ngũ Huyện Khê 9 tháng năm 2024

Thực hiện Kế hoạch số 215/KH-UBND ngày 20/3/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

1. Công tác quan trắc
Mạng lưới quan trắc lưu vực gồm 18 điểm quan trắc định kỳ và 3 trạm quan trắc tự động. 9 tháng năm 2024, chỉ số WQI trung bình đạt 41 điểm, tăng 6 điểm so với cùng kỳ năm 2023; tuy vậy vẫn còn 7/18 điểm ở mức kém (WQI dưới 50 điểm).

2. Kết quả xử lý nguồn thải
Bảng 1. Nguồn thải được xử lý theo địa bàn (đơn vị: nguồn thải)
Địa bàn | Tổng số | Đã xử lý | Đang xử lý
TP. Từ Sơn | 126 | 98 | 28
Huyện Yên Phong | 84 | 61 | 23
Huyện Tiên Du | 57 | 45 | 12
Tổng cộng | 267 | 204 | 63

Tổng khối lượng bùn nạo vét trên sông và các kênh nhánh đạt 112.540,5 m³, bằng 85% kế hoạch năm; chiều dài tuyến kè đã hoàn thành là 6,8/9,5 km. Lực lượng chức năng đã kiểm tra 156 cơ sở sản xuất tại các làng nghề, xử phạt 38 trường hợp với số tiền hơn 2,1 tỷ đồng; đình chỉ hoạt động 5 cơ sở. Làng nghề giấy Phong Khê đã đấu nối 312/350 cơ sở vào nhà máy xử lý nước thải tập trung công suất 5.000 m³/ngày đêm.

3. Nhiệm vụ quý IV/2024
Phấn đấu trong quý IV/2024 xử lý dứt điểm 63 nguồn thải còn lại. Dự kiến hoàn thành 2,7 km kè còn lại trong tháng 12/2024. Phấn đấu đến năm 2025, WQI trung bình trên lưu vực đạt từ 51 điểm trở lên.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, TNMT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
D12 = P("tháng 12/2024", "2024-12-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")


def cell(anchor, number, value, col, loc=None):
    kw = {"location": loc} if loc else {}
    label = {"total": "tổng số", "done": "đã xử lý", "doing": "đang xử lý"}[col]
    subj = f"nguồn thải {label}" if loc else f"tổng cộng nguồn thải {label}"
    return F(anchor, number, value, "count", "nguồn thải", subject=subj, period=I(M9), **kw)


FIGS = [
    F("gồm 18 điểm", "18", 18, "count", "điểm quan trắc", subject="điểm quan trắc định kỳ"),
    F("và 3 trạm", "3", 3, "count", "trạm quan trắc tự động", subject="trạm quan trắc tự động"),
    F("đạt 41 điểm", "41", 41, "measure", "điểm", change=CH("increase", 6, "điểm", "cùng kỳ năm 2023"),
      subject="chỉ số WQI trung bình", period=M9),
    F("còn 7/18 điểm", "7", 7, "count", "điểm", total=18, subject="điểm ở mức kém", period=M9),
    F("dưới 50 điểm", "50", 50, "measure", "điểm", approx="under", optional=True),
    cell("Từ Sơn | 126", "126", 126, "total", "Từ Sơn"),
    cell("126 | 98", "98", 98, "done", "Từ Sơn"),
    cell("98 | 28", "28", 28, "doing", "Từ Sơn"),
    cell("Yên Phong | 84", "84", 84, "total", "Yên Phong"),
    cell("84 | 61", "61", 61, "done", "Yên Phong"),
    cell("61 | 23", "23", 23, "doing", "Yên Phong"),
    cell("Tiên Du | 57", "57", 57, "total", "Tiên Du"),
    cell("57 | 45", "45", 45, "done", "Tiên Du"),
    cell("45 | 12", "12", 12, "doing", "Tiên Du"),
    cell("cộng | 267", "267", 267, "total"),
    cell("267 | 204", "204", 204, "done"),
    cell("204 | 63", "63", 63, "doing"),
    F("đạt 112.540,5 m³", "112.540,5", 112540.5, "measure", "m³", percent=85,
      subject="tổng khối lượng bùn nạo vét trên sông và các kênh nhánh", period=I(M9)),
    F("là 6,8/9,5 km", "6,8", 6.8, "measure", "km", total=9.5,
      subject="chiều dài tuyến kè đã hoàn thành", period=I(M9)),
    F("kiểm tra 156 cơ sở", "156", 156, "count", "cơ sở", subject="cơ sở sản xuất tại các làng nghề được kiểm tra", period=I(M9)),
    F("xử phạt 38 trường hợp", "38", 38, "count", "trường hợp", subject="trường hợp bị xử phạt", period=I(M9)),
    F("hơn 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", approx="over", subject="số tiền xử phạt", period=I(M9)),
    F("đình chỉ hoạt động 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở bị đình chỉ hoạt động", period=I(M9)),
    F("nối 312/350 cơ sở", "312", 312, "count", "cơ sở", total=350,
      subject="cơ sở làng nghề giấy Phong Khê đấu nối vào nhà máy xử lý nước thải tập trung"),
    F("suất 5.000 m³/ngày đêm", "5.000", 5000, "measure", "m³/ngày đêm",
      subject="công suất nhà máy xử lý nước thải tập trung"),
    F("dứt điểm 63 nguồn thải", "63", 63, "count", "nguồn thải", status="target",
      subject="nguồn thải còn lại xử lý dứt điểm", period=Q4),
    F("hoàn thành 2,7 km kè", "2,7", 2.7, "measure", "km", status="forecast",
      subject="kè còn lại hoàn thành", period=D12),
    F("từ 51 điểm trở lên", "51", 51, "measure", "điểm", approx="at_least", status="target",
      subject="WQI trung bình trên lưu vực", period=T25),
]

COMMENTS = [
    "Formal report UBND tỉnh Bắc Ninh, Số: 412/BC-UBND, 14/10/2024: sông Ngũ Huyện Khê 9 tháng năm 2024, flattened '|' table by locality.",
    "Distractors: Số 412/BC-UBND, Kế hoạch số 215/KH-UBND ngày 20/3/2024, 'Bảng 1', section numbers 1./2./3., quý IV/2024 heading.",
    "Table: every cell a figure; row labels are localities -> location (Từ Sơn, Yên Phong, Tiên Du); 'Tổng cộng' row stays Bắc Ninh.",
    "Table cells take no total (as shared h23 'Trong đó' rows); period from the report title (other sentence: inherited).",
    "'7/18 điểm' -> total 18; 'dưới 50 điểm' defines the class 'kém' (threshold, optional); 'từ 51 điểm trở lên' as a target -> at_least.",
    "'bằng 85% kế hoạch năm' -> percent of 112.540,5 m³; '6,8/9,5 km' -> total 9,5 (whole route, not a plan).",
    "'Phấn đấu trong quý IV' -> target; 'Dự kiến … trong tháng 12/2024' -> forecast.",
]

if __name__ == "__main__":
    emit("p593-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bắc Ninh")
