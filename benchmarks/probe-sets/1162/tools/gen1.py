"""p1162-1: Nghệ An province portal, 9 months 2024 inspections of drug retailers."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Nghệ An: Thanh tra, kiểm tra hơn 1.100 cơ sở bán lẻ thuốc trong 9 tháng

Cập nhật: 15/10/2024 08:30 | Lượt xem: 2.417

(nghean.gov.vn) - 9 tháng đầu năm 2024, Sở Y tế Nghệ An đã thanh tra, kiểm tra 1.126 cơ sở bán lẻ thuốc, đạt 86,6% kế hoạch năm, tăng 14,2% so với cùng kỳ năm 2023. Trong đó, nhà thuốc 412 cơ sở, quầy thuốc 655 cơ sở, tủ thuốc trạm y tế xã 59 cơ sở.

Qua kiểm tra, các đoàn phát hiện 97 cơ sở vi phạm, chủ yếu là bán thuốc kê đơn không có đơn, không niêm yết giá, bảo quản thuốc không đúng quy định. Cơ quan chức năng đã xử phạt vi phạm hành chính 81 cơ sở với tổng số tiền gần 1,3 tỷ đồng; đình chỉ hoạt động có thời hạn hai quầy thuốc; tịch thu, tiêu hủy 214 loại thuốc không rõ nguồn gốc.

Tại huyện Diễn Châu, quầy thuốc Minh Hà ở xã Diễn Kỷ bị phát hiện bán 36 hộp thuốc kháng sinh không có đơn và lưu giữ 12 loại thuốc hết hạn sử dụng. Chủ cơ sở bị phạt 15 triệu đồng và bị đình chỉ hoạt động 2 tháng.

Tính đến ngày 30/9/2024, toàn tỉnh có 3.874 cơ sở bán lẻ thuốc; 100% nhà thuốc và 98,7% quầy thuốc đạt tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc (GPP). Có 3.612 cơ sở đã kết nối liên thông dữ liệu với Hệ thống cơ sở dữ liệu dược quốc gia, chiếm 93,2%.

Quý IV, Sở Y tế phấn đấu kiểm tra thêm khoảng 175 cơ sở, bảo đảm ít nhất 33% cơ sở bán lẻ thuốc trên địa bàn được kiểm tra trong năm theo Kế hoạch số 1830/KH-SYT. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0238.3844.571.
"""

HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("trong năm", "2024-01-01", "2024-12-31")
INSP = "cơ sở bán lẻ thuốc được thanh tra, kiểm tra"
DC = "Diễn Châu"

FIGS = [
    F("hơn 1.100 cơ sở", "1.100", 1100, "count", "cơ sở bán lẻ thuốc", approx="over",
      subject=INSP, period=HEAD),
    F("kiểm tra 1.126 cơ sở", "1.126", 1126, "count", "cơ sở bán lẻ thuốc", percent=86.6,
      change=C("increase", 14.2, "%", "cùng kỳ năm 2023"), subject=INSP, period=NINE),
    F("nhà thuốc 412 cơ sở", "412", 412, "count", "cơ sở", total=1126,
      subject="nhà thuốc được thanh tra, kiểm tra", period=I(NINE)),
    F("quầy thuốc 655 cơ sở", "655", 655, "count", "cơ sở", total=1126,
      subject="quầy thuốc được thanh tra, kiểm tra", period=I(NINE)),
    F("xã 59 cơ sở", "59", 59, "count", "cơ sở", total=1126,
      subject="tủ thuốc trạm y tế xã được thanh tra, kiểm tra", period=I(NINE)),
    F("phát hiện 97 cơ sở", "97", 97, "count", "cơ sở", subject="cơ sở vi phạm", period=I(NINE)),
    F("hành chính 81 cơ sở", "81", 81, "count", "cơ sở", subject="cơ sở bị xử phạt vi phạm hành chính",
      period=I(NINE)),
    F("gần 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng", approx="nearly",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=I(NINE)),
    F("hai quầy thuốc", "hai", 2, "count", "quầy thuốc",
      subject="quầy thuốc bị đình chỉ hoạt động có thời hạn", period=I(NINE)),
    F("hủy 214 loại thuốc", "214", 214, "count", "loại thuốc",
      subject="thuốc không rõ nguồn gốc bị tịch thu, tiêu hủy", period=I(NINE)),
    F("bán 36 hộp", "36", 36, "count", "hộp", location=DC,
      subject="thuốc kháng sinh quầy thuốc Minh Hà bán không có đơn"),
    F("lưu giữ 12 loại", "12", 12, "count", "loại thuốc", location=DC,
      subject="thuốc hết hạn sử dụng quầy thuốc Minh Hà lưu giữ"),
    F("phạt 15 triệu đồng", "15", 15000000, "money", "đồng", location=DC,
      subject="tiền phạt chủ quầy thuốc Minh Hà"),
    F("hoạt động 2 tháng", "2", 2, "measure", "tháng", location=DC,
      subject="thời gian đình chỉ hoạt động quầy thuốc Minh Hà"),
    F("có 3.874 cơ sở", "3.874", 3874, "count", "cơ sở bán lẻ thuốc",
      subject="cơ sở bán lẻ thuốc toàn tỉnh", period=ASOF),
    F("; 100% nhà thuốc", "100", 100, "percent", "%",
      subject="tỷ lệ nhà thuốc đạt tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc (GPP)", period=ASOF),
    F("98,7% quầy thuốc", "98,7", 98.7, "percent", "%",
      subject="tỷ lệ quầy thuốc đạt tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc (GPP)", period=ASOF),
    F("Có 3.612 cơ sở", "3.612", 3612, "count", "cơ sở", percent=93.2,
      subject="cơ sở đã kết nối liên thông dữ liệu với Hệ thống cơ sở dữ liệu dược quốc gia", period=I(ASOF)),
    F("khoảng 175 cơ sở", "175", 175, "count", "cơ sở", approx="about", status="target",
      subject="cơ sở bán lẻ thuốc kiểm tra thêm", period=Q4),
    F("ít nhất 33%", "33", 33, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ cơ sở bán lẻ thuốc trên địa bàn được kiểm tra trong năm", period=YEAR),
]

NOTES = [
    "Province portal (Nghệ An): thanh tra, kiểm tra cơ sở bán lẻ thuốc 9 tháng đầu năm 2024; breadcrumb, 'Cập nhật: 15/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:30, 'Kế hoạch số 1830/KH-SYT', hotline 0238.3844.571.",
    "412 + 655 + 59 = 1.126 after 'Trong đó' (sentence break): total 1126. 97 violators and 81 fined have no part-of cue: no total.",
    "The Diễn Châu passage (one quầy thuốc) takes location Diễn Châu and no period; the sanction length '2 tháng' is a measure.",
    "revised after the first run: the two GPP shares name the standard as the sentence does (full name + '(GPP)'), not by the abbreviation only.",
    "'Quý IV' takes 2024 from the earlier date; the 33% share is of inspections 'trong năm' (2024); both are targets under 'phấn đấu'.",
]

if __name__ == "__main__":
    write("p1162-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Nghệ An")
