"""p1162-2: district portal (huyện Cái Bè, Tiền Giang), inter-sector inspection of drug retailers, May 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI BÈ
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Kiểm tra 64 cơ sở kinh doanh thuốc trên địa bàn huyện

Thứ Tư, 22/05/2024 - 14:05

Từ ngày 6/5 đến ngày 17/5/2024, Đoàn kiểm tra liên ngành về hành nghề y, dược tư nhân huyện Cái Bè (thành lập theo Quyết định số 1245/QĐ-UBND) đã kiểm tra 64 cơ sở kinh doanh thuốc tại 12 xã, thị trấn, gồm 9 nhà thuốc và 55 quầy thuốc.

Kết quả, 51 cơ sở chấp hành tốt các quy định chuyên môn, chiếm 79,7%; 13 cơ sở có vi phạm (8 quầy thuốc bán thuốc kê đơn không có đơn, 5 cơ sở không cập nhật dữ liệu lên phần mềm kết nối liên thông). Đoàn đã lập biên bản, đề nghị Chủ tịch UBND huyện xử phạt 13 cơ sở với tổng số tiền 97,5 triệu đồng, mức phạt từ 3 đến 15 triệu đồng/cơ sở; tạm giữ hai thùng thuốc (khoảng 1.200 hộp) không có hóa đơn, chứng từ để xác minh nguồn gốc.

Tại xã An Hữu, quầy thuốc Thanh Tâm trên Quốc lộ 1 bị phát hiện bày bán 23 loại thuốc không thuộc danh mục được phép bán lẻ tại quầy thuốc. Chủ cơ sở năm nay 52 tuổi, đã có 18 năm hành nghề; đây là lần thứ 2 cơ sở này bị nhắc nhở về việc bán thuốc không đúng phạm vi. Ngoài tiền phạt 7,5 triệu đồng, quầy thuốc phải bổ sung tủ lạnh bảo quản thuốc trong thời hạn 15 ngày.

Hiện toàn huyện có 287 cơ sở bán lẻ thuốc, tăng 19 cơ sở so với cuối năm 2023; dự kiến đến cuối năm, 100% quầy thuốc sử dụng phần mềm quản lý bán thuốc kết nối với cơ sở dữ liệu dược quốc gia. Theo kế hoạch, trong quý III, Đoàn tiếp tục kiểm tra khoảng 70 cơ sở tại các xã còn lại.

Phòng Y tế huyện Cái Bè - Điện thoại: 0273.3824.315
"""

RUN = P("Từ ngày 6/5 đến ngày 17/5/2024", "2024-05-06", "2024-05-17")
EOY = P("đến cuối năm", None, "2024-12-31")
Q3 = P("trong quý III", "2024-07-01", "2024-09-30")
TT = "quầy thuốc Thanh Tâm"

FIGS = [
    F("Kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở kinh doanh thuốc",
      subject="cơ sở kinh doanh thuốc được kiểm tra"),
    F("đã kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở kinh doanh thuốc",
      subject="cơ sở kinh doanh thuốc được Đoàn kiểm tra liên ngành kiểm tra", period=RUN),
    F("tại 12 xã", "12", 12, "count", "xã, thị trấn", subject="xã, thị trấn có cơ sở được kiểm tra", period=RUN),
    F("gồm 9 nhà thuốc", "9", 9, "count", "nhà thuốc", total=64, subject="nhà thuốc được kiểm tra", period=RUN),
    F("và 55 quầy thuốc", "55", 55, "count", "quầy thuốc", total=64, subject="quầy thuốc được kiểm tra", period=RUN),
    F("Kết quả, 51 cơ sở", "51", 51, "count", "cơ sở", percent=79.7,
      subject="cơ sở chấp hành tốt các quy định chuyên môn", period=I(RUN)),
    F("; 13 cơ sở có vi phạm", "13", 13, "count", "cơ sở", subject="cơ sở có vi phạm", period=I(RUN)),
    F("(8 quầy thuốc", "8", 8, "count", "quầy thuốc", total=13,
      subject="quầy thuốc bán thuốc kê đơn không có đơn", period=I(RUN)),
    F("5 cơ sở không", "5", 5, "count", "cơ sở", total=13,
      subject="cơ sở không cập nhật dữ liệu lên phần mềm kết nối liên thông", period=I(RUN)),
    F("xử phạt 13 cơ sở", "13", 13, "count", "cơ sở", subject="cơ sở bị đề nghị xử phạt", period=I(RUN)),
    F("tiền 97,5 triệu", "97,5", 97500000, "money", "đồng", subject="tổng số tiền phạt đề nghị", period=I(RUN)),
    F("từ 3 đến 15 triệu", "3", 3000000, "money", "đồng/cơ sở", value_max=15000000, subject="mức phạt"),
    F("hai thùng thuốc", "hai", 2, "count", "thùng thuốc",
      subject="thuốc không có hóa đơn, chứng từ bị tạm giữ", period=I(RUN)),
    F("khoảng 1.200 hộp", "1.200", 1200, "count", "hộp", approx="about",
      subject="thuốc không có hóa đơn, chứng từ bị tạm giữ", period=I(RUN)),
    F("bày bán 23 loại", "23", 23, "count", "loại thuốc",
      subject="thuốc không thuộc danh mục được phép bán lẻ tại quầy thuốc " + TT + " bày bán"),
    F("52 tuổi", "52", 52, "measure", "tuổi", subject="tuổi chủ " + TT, optional=True),
    F("có 18 năm", "18", 18, "measure", "năm", subject="thời gian hành nghề của chủ " + TT, optional=True),
    F("phạt 7,5 triệu", "7,5", 7500000, "money", "đồng", subject="tiền phạt " + TT),
    F("thời hạn 15 ngày", "15", 15, "measure", "ngày", subject="thời hạn bổ sung tủ lạnh", optional=True),
    F("có 287 cơ sở", "287", 287, "count", "cơ sở bán lẻ thuốc",
      change=C("increase", 19, "cơ sở", "cuối năm 2023"), subject="cơ sở bán lẻ thuốc toàn huyện"),
    F("cuối năm, 100%", "100", 100, "percent", "%", status="forecast", period=EOY,
      subject="tỷ lệ quầy thuốc sử dụng phần mềm quản lý bán thuốc kết nối với cơ sở dữ liệu dược quốc gia"),
    F("khoảng 70 cơ sở", "70", 70, "count", "cơ sở", approx="about", status="target", period=Q3,
      subject="cơ sở được Đoàn kiểm tra tại các xã còn lại"),
]

NOTES = [
    "District portal (huyện Cái Bè, Tiền Giang): Đoàn kiểm tra liên ngành, 6-17/5/2024; dateline 'Thứ Tư, 22/05/2024 - 14:05'.",
    "Distractors: 'Quyết định số 1245/QĐ-UBND', 'Quốc lộ 1', 'lần thứ 2' (ordinal), time 14:05, phone 0273.3824.315.",
    "Location is the district (Cái Bè) throughout; xã An Hữu is a commune inside it. The inspection run 6/5-17/5/2024 is the period.",
    "9 + 55 = 64 after 'gồm'; 8 + 5 = 13 in the bracket after the whole: totals. 51 and 13 carry no part-of cue.",
    "'hai thùng thuốc (khoảng 1.200 hộp)' restates one quantity in two units: both counts, no total.",
    "The fine band 'từ 3 đến 15 triệu đồng/cơ sở' is a rule: no period. Age, years in practice and the 15-day deadline are optional.",
    "'Theo kế hoạch ... kiểm tra khoảng 70 cơ sở' is a plan (target); 'dự kiến đến cuối năm, 100%' is a forecast ending 2024-12-31.",
]

if __name__ == "__main__":
    write("p1162-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Cái Bè")
