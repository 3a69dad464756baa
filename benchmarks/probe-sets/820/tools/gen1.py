"""p820-1: province portal (Thanh Hóa), GPP retail outlets as of 30/6/2024, licences, inspections."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục
Thanh Hóa: 98,6% cơ sở bán lẻ thuốc đạt chuẩn GPP
Cập nhật: 14/08/2024 09:15 | Lượt xem: 2.315
Theo báo cáo của Sở Y tế, tính đến ngày 30/6/2024, toàn tỉnh có 4.215 cơ sở bán lẻ thuốc, trong đó có 1.862 nhà thuốc, 2.204 quầy thuốc và 149 tủ thuốc trạm y tế xã. Số cơ sở đạt tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc (GPP) là 4.156 cơ sở, chiếm 98,6%.
Các địa phương có nhiều cơ sở bán lẻ thuốc nhất là thành phố Thanh Hóa (586 cơ sở), huyện Thọ Xuân (241 cơ sở) và huyện Hoằng Hóa (228 cơ sở).
6 tháng đầu năm 2024, Sở Y tế đã cấp mới 312 Giấy chứng nhận đủ điều kiện kinh doanh dược, tăng 14,7% so với cùng kỳ năm 2023; thu hồi 47 giấy chứng nhận do cơ sở ngừng hoạt động. Sở cũng cấp 295 chứng chỉ hành nghề dược theo quy định tại Nghị định số 54/2017/NĐ-CP.
Việc kết nối liên thông giữa các cơ sở bán lẻ với Hệ thống cơ sở dữ liệu dược quốc gia có chuyển biến rõ rệt. Đến nay đã có 3.980 cơ sở thực hiện kết nối, đạt 94,4%. Tỉnh phấn đấu đến hết năm 2024 có 100% cơ sở bán lẻ thuốc kết nối liên thông.
Công tác thanh tra, kiểm tra được tăng cường. Từ đầu năm đến nay, các đoàn kiểm tra liên ngành đã kiểm tra 685 lượt cơ sở, phát hiện 72 cơ sở vi phạm, xử phạt vi phạm hành chính với tổng số tiền hơn 418 triệu đồng. Các lỗi chủ yếu là bán thuốc kê đơn không có đơn, không niêm yết giá thuốc và người phụ trách chuyên môn vắng mặt.
Sở Y tế đề nghị các cơ sở thực hiện nghiêm Luật Dược năm 2016; mọi phản ánh xin gửi về đường dây nóng 0237.3852.469.
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("Đến nay", end="2024-08-14")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")

FIGS = [
    F("Thanh Hóa: 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ cơ sở bán lẻ thuốc đạt chuẩn GPP", I(ASOF)),
    F("có 4.215 cơ sở", "4.215", 4215, "count", "cơ sở", "cơ sở bán lẻ thuốc", ASOF),
    F("có 1.862 nhà thuốc", "1.862", 1862, "count", "nhà thuốc", "nhà thuốc", ASOF, total=4215),
    F("2.204 quầy thuốc", "2.204", 2204, "count", "quầy thuốc", "quầy thuốc", ASOF, total=4215),
    F("149 tủ thuốc", "149", 149, "count", "tủ thuốc", "tủ thuốc trạm y tế xã", ASOF, total=4215),
    F("là 4.156 cơ sở", "4.156", 4156, "count", "cơ sở",
      "cơ sở đạt tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc (GPP)", I(ASOF), percent=98.6),
    F("Thanh Hóa (586 cơ sở)", "586", 586, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(ASOF), location="Thanh Hóa"),
    F("Thọ Xuân (241 cơ sở)", "241", 241, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(ASOF), location="Thọ Xuân"),
    F("Hoằng Hóa (228 cơ sở)", "228", 228, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(ASOF), location="Hoằng Hóa"),
    F("cấp mới 312 Giấy", "312", 312, "count", "Giấy chứng nhận",
      "Giấy chứng nhận đủ điều kiện kinh doanh dược cấp mới", H1,
      change=C("increase", 14.7, "%", "cùng kỳ năm 2023")),
    F("thu hồi 47 giấy", "47", 47, "count", "giấy chứng nhận", "giấy chứng nhận thu hồi", H1),
    F("cấp 295 chứng chỉ", "295", 295, "count", "chứng chỉ hành nghề dược", "chứng chỉ hành nghề dược cấp", I(H1)),
    F("có 3.980 cơ sở", "3.980", 3980, "count", "cơ sở",
      "cơ sở bán lẻ kết nối với Hệ thống cơ sở dữ liệu dược quốc gia", NOW, percent=94.4),
    F("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở bán lẻ thuốc kết nối liên thông",
      P("đến hết năm 2024", end="2024-12-31"), status="target"),
    F("kiểm tra 685 lượt", "685", 685, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YTD),
    F("phát hiện 72 cơ sở", "72", 72, "count", "cơ sở", "cơ sở vi phạm", YTD),
    F("hơn 418 triệu", "418", 418e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", YTD, approx="over"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): GPP retail outlets as of 30/6/2024, licences H1/2024, liên thông, inspections.",
    "Distractors: Lượt xem 2.315, 14/08/2024 09:15, Nghị định số 54/2017/NĐ-CP, Luật Dược năm 2016, hotline 0237.3852.469.",
    "1.862/2.204/149 follow 'trong đó' after 4.215 (and add up): total 4215. 4.156 'chiếm 98,6%' has no part-of cue: percent only.",
    "Headline 98,6% and the district list take the as-of date of the first paragraph (inherited). 'Đến nay' ends at the dateline.",
    "The target 100% stands as its own sentence (phấn đấu ... đến hết năm 2024): a percent figure, status target.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, COMMENTS, published="2024-08-14", location="Thanh Hóa")
