"""p1302-2: district portal (huyện Gia Lâm, Hà Nội): fire-safety inspection of student lodging houses, autumn 2023."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | An ninh - Trật tự | Cải cách hành chính

Gia Lâm: Kiểm tra an toàn phòng cháy tại 214 nhà trọ sinh viên

23/10/2023 - 10:20

Thực hiện Kế hoạch số 186/KH-UBND của UBND huyện, từ ngày 1/9 đến ngày 20/10/2023, các đoàn kiểm tra liên ngành đã kiểm tra 214 cơ sở cho thuê trọ tại thị trấn Trâu Quỳ và các xã Đặng Xá, Dương Xá, Kiêu Kỵ, nơi tập trung đông sinh viên Học viện Nông nghiệp Việt Nam.

Các cơ sở này có tổng cộng 3.870 phòng cho thuê với khoảng 9.600 người ở, trong đó sinh viên chiếm hơn 80%. Qua kiểm tra, đoàn phát hiện 57 cơ sở vi phạm quy định về phòng cháy, chữa cháy (chiếm 26,6%), tăng 12 cơ sở so với đợt kiểm tra năm 2022; đã xử phạt 23 cơ sở với tổng số tiền 186,5 triệu đồng, tạm đình chỉ hoạt động ba cơ sở.

Các lỗi phổ biến là: không trang bị bình chữa cháy (31 cơ sở), không có lối thoát nạn thứ hai (24 cơ sở), hệ thống điện không bảo đảm an toàn (9 cơ sở).

Toàn huyện hiện có khoảng 1.450 cơ sở cho thuê trọ với gần 26.000 người thuê, phần lớn là sinh viên của 4 trường đại học, cao đẳng đóng trên địa bàn. Giá thuê phổ biến từ 1,2 đến 2,5 triệu đồng/phòng/tháng, tăng khoảng 10-15% so với năm học trước.

Trong quý IV/2023, UBND huyện phấn đấu 100% cơ sở cho thuê trọ được hướng dẫn, kiểm tra về phòng cháy, chữa cháy; dự kiến tổ chức 6 lớp tập huấn cho khoảng 1.000 chủ nhà trọ và sinh viên.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Thị trấn Trâu Quỳ ra quân tổng vệ sinh môi trường
- Gia Lâm tổ chức Hội nghị đối thoại với nhân dân năm 2023

UBND HUYỆN GIA LÂM
Địa chỉ: Số 1 đường Ngô Xuân Quảng, thị trấn Trâu Quỳ. Điện thoại: 024.3827.6503
"""

INSP = period("từ ngày 1/9 đến ngày 20/10/2023", "2023-09-01", "2023-10-20")
Q4 = period("quý IV/2023", "2023-10-01", "2023-12-31")

FIGS = [
    F("tại 214 nhà trọ", "214", 214, "count", "nhà trọ sinh viên",
      subject="nhà trọ sinh viên được kiểm tra an toàn phòng cháy"),
    F("kiểm tra 214 cơ sở", "214", 214, "count", "cơ sở cho thuê trọ",
      subject="cơ sở cho thuê trọ được các đoàn kiểm tra liên ngành kiểm tra", per=INSP),
    F("cộng 3.870 phòng", "3.870", 3870, "count", "phòng",
      subject="phòng cho thuê của các cơ sở được kiểm tra"),
    F("khoảng 9.600 người", "9.600", 9600, "count", "người", approx="about",
      subject="người ở tại các cơ sở được kiểm tra"),
    F("hơn 80%", "80", 80, "percent", "%", approx="over",
      subject="tỷ lệ sinh viên trong số người ở"),
    F("phát hiện 57 cơ sở", "57", 57, "count", "cơ sở", percent=26.6,
      change=change("increase", 12, "cơ sở", "đợt kiểm tra năm 2022"),
      subject="cơ sở vi phạm quy định về phòng cháy, chữa cháy", per=inherit(INSP)),
    F("xử phạt 23 cơ sở", "23", 23, "count", "cơ sở",
      subject="cơ sở bị xử phạt", per=inherit(INSP)),
    F("tiền 186,5 triệu", "186,5", 186.5e6, "money", "đồng",
      subject="tổng số tiền xử phạt", per=inherit(INSP)),
    F("động ba cơ sở", "ba", 3, "count", "cơ sở",
      subject="cơ sở bị tạm đình chỉ hoạt động", per=inherit(INSP)),
    F("(31 cơ sở)", "31", 31, "count", "cơ sở",
      subject="cơ sở không trang bị bình chữa cháy"),
    F("(24 cơ sở)", "24", 24, "count", "cơ sở",
      subject="cơ sở không có lối thoát nạn thứ hai"),
    F("(9 cơ sở)", "9", 9, "count", "cơ sở",
      subject="cơ sở có hệ thống điện không bảo đảm an toàn"),
    F("khoảng 1.450 cơ sở", "1.450", 1450, "count", "cơ sở cho thuê trọ", approx="about",
      subject="cơ sở cho thuê trọ toàn huyện"),
    F("gần 26.000 người", "26.000", 26000, "count", "người thuê", approx="nearly",
      subject="người thuê trọ toàn huyện"),
    F("của 4 trường", "4", 4, "count", "trường đại học, cao đẳng",
      subject="trường đại học, cao đẳng đóng trên địa bàn"),
    F("từ 1,2 đến 2,5", "1,2", 1.2e6, "money", "đồng/phòng/tháng", value_max=2.5e6,
      change=change("increase", 10, "%", "năm học trước", approx="about"),
      subject="giá thuê trọ phổ biến"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở cho thuê trọ được hướng dẫn, kiểm tra về phòng cháy, chữa cháy", per=Q4),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp tập huấn", status="forecast",
      subject="lớp tập huấn về phòng cháy, chữa cháy", per=Q4),
    F("khoảng 1.000 chủ", "1.000", 1000, "count", "chủ nhà trọ và sinh viên", approx="about", status="forecast",
      subject="chủ nhà trọ và sinh viên được tập huấn", per=Q4),
]

NOTES = [
    "District portal (huyện Gia Lâm, Hà Nội): banner naming the district, menu, date under the headline '23/10/2023 - 10:20',",
    "'Nguồn:', 'Tin khác', footer with address and phone. Location Gia Lâm for all figures (communes are inside the district).",
    "Distractors: Kế hoạch số 186/KH-UBND (and the fine 186,5 triệu is a figure), the inspection dates, 'lối thoát nạn thứ hai',",
    "'năm 2022' baseline, 'năm 2023' in a link title, 'Số 1 đường Ngô Xuân Quảng', phone 024.3827.6503, 10:20.",
    "Headline '214 nhà trọ sinh viên' is its own figure (no period in the headline).",
    "'trong đó sinh viên chiếm hơn 80%' is a percent figure of its own. '57 cơ sở vi phạm ... (chiếm 26,6%)' has percent 26,6 and no",
    "total (no part-of cue after 'kiểm tra 214 cơ sở'). The error list '(31 / 24 / 9 cơ sở)' does not add up to 57 and follows",
    "'Các lỗi phổ biến là:' (no figure before the cue): no total; each item's subject is the error named.",
    "Inspection results in the second paragraph inherit the inspection window (not scored); the standing counts get no period.",
    "'tăng khoảng 10-15% so với năm học trước' after the price range: a change (increase 10%, about; no upper end in a change).",
    "'phấn đấu' → target; 'dự kiến' → forecast for its clause and the count after it; 'quý IV/2023' scored for all three.",
]

if __name__ == "__main__":
    write("p1302-2", TEXT, NOTES, FIGS, published="2023-10-23", location="Gia Lâm")
