"""p513-2: huyện Văn Lâm (Hưng Yên) district portal, Q1/2024 inspections of a plastic-recycling craft village."""
from lib import F, P, inh, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Tin tức > Tài nguyên - Môi trường
Thứ Sáu, 05/04/2024 - 15:10

Văn Lâm xử phạt 17 cơ sở gây ô nhiễm môi trường trong quý I

Quý I/2024, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 48 cơ sở sản xuất, kinh doanh, trong đó có 29 cơ sở tái chế nhựa tại làng nghề Minh Khai (xã Chỉ Đạo). Qua kiểm tra, phát hiện 17 cơ sở vi phạm (chiếm 35,4%), lập biên bản và đề nghị xử phạt tổng số tiền 684 triệu đồng, tăng 21% so với cùng kỳ năm 2023.

Các xã có nhiều cơ sở vi phạm nhất lần lượt là Chỉ Đạo, Minh Hải và Đình Dù với 9, 5 và 3 cơ sở. Kết quả phân tích 12 mẫu nước thải cho thấy 7/12 mẫu có thông số COD, TSS vượt QCVN 40:2011/BTNMT từ 1,3 đến 4,6 lần.

Đáng chú ý, lượng nước thải phát sinh tại làng nghề Minh Khai khoảng 1.200 m³/ngày đêm, trong khi trạm xử lý tập trung công suất 500 m³/ngày đêm mới xử lý được gần 40% lượng nước thải. Huyện dự kiến đầu tư 45 tỷ đồng nâng công suất trạm lên 1.500 m³/ngày đêm trong quý IV/2024.

Năm 2024, huyện phấn đấu 100% cơ sở tái chế trong làng nghề đấu nối nước thải vào hệ thống thu gom chung và di dời ít nhất 15 hộ sản xuất ra Cụm công nghiệp Minh Khai.

Người dân phát hiện hành vi gây ô nhiễm có thể phản ánh qua đường dây nóng 0221.3985.126 hoặc trực tiếp tại Phòng Tài nguyên và Môi trường, tầng 2 trụ sở UBND huyện, đường Nguyễn Văn Linh, thị trấn Như Quỳnh.

Thu Hà (Phòng TN&MT huyện)
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1h = P("quý I", "2024-01-01", "2024-03-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xử phạt 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở gây ô nhiễm môi trường bị xử phạt", Q1h),
    F("kiểm tra 48 cơ sở", "48", 48, "count", "cơ sở", "cơ sở sản xuất, kinh doanh được kiểm tra", Q1),
    F("có 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở tái chế nhựa tại làng nghề Minh Khai", Q1, total=48),
    F("phát hiện 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở vi phạm", inh(Q1), percent=35.4),
    F("684 triệu đồng", "684", 684e6, "money", "đồng", "tổng số tiền đề nghị xử phạt", inh(Q1),
      change=CH("increase", 21, "%", "cùng kỳ năm 2023")),
    F("với 9,", "9", 9, "count", "cơ sở", "cơ sở vi phạm", inh(Q1)),
    F("9, 5 và", "5", 5, "count", "cơ sở", "cơ sở vi phạm", inh(Q1)),
    F("và 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở vi phạm", inh(Q1)),
    F("phân tích 12 mẫu", "12", 12, "count", "mẫu", "mẫu nước thải được phân tích"),
    F("7/12 mẫu", "7", 7, "count", "mẫu", "mẫu có thông số COD, TSS vượt QCVN", total=12),
    F("từ 1,3 đến 4,6 lần", "1,3", 1.3, "multiple", "lần", "thông số COD, TSS vượt QCVN 40:2011/BTNMT", value_max=4.6),
    F("khoảng 1.200 m³/ngày đêm", "1.200", 1200, "measure", "m³/ngày đêm",
      "lượng nước thải phát sinh tại làng nghề Minh Khai", approx="about"),
    F("công suất 500 m³/ngày đêm", "500", 500, "measure", "m³/ngày đêm", "công suất trạm xử lý tập trung"),
    F("gần 40%", "40", 40, "percent", "%", "lượng nước thải được trạm xử lý tập trung xử lý", approx="nearly"),
    F("đầu tư 45 tỷ đồng", "45", 45e9, "money", "đồng", "vốn đầu tư nâng công suất trạm xử lý", Q4, status="forecast"),
    F("lên 1.500 m³/ngày đêm", "1.500", 1500, "measure", "m³/ngày đêm", "công suất trạm xử lý sau nâng cấp", Q4,
      status="forecast"),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "cơ sở tái chế trong làng nghề đấu nối nước thải vào hệ thống thu gom chung", Y24, status="target"),
    F("ít nhất 15 hộ", "15", 15, "count", "hộ sản xuất", "hộ sản xuất di dời ra Cụm công nghiệp Minh Khai", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Văn Lâm (Hưng Yên): kiểm tra, xử phạt cơ sở gây ô nhiễm quý I/2024, làng nghề tái chế nhựa Minh Khai.",
    "District portal, dateline 'Thứ Sáu, 05/04/2024 - 15:10', byline at the end. Location is the district for every figure: the communes",
    "(Chỉ Đạo, Minh Hải, Đình Dù) in the 'lần lượt' list are below district level, so they are neither location nor subject.",
    "Headline 'trong quý I' takes 2024 from the dateline. '7/12 mẫu' takes 12 as total; 'vượt QCVN … từ 1,3 đến 4,6 lần' is the",
    "exceedance of a concentration, not a change of the sample count: its own multiple figure with a range.",
    "'17 cơ sở vi phạm' has no total (no part-of cue after 48 cơ sở); its bracketed 'chiếm 35,4%' is its percent.",
    "The 9/5/3 list after a sentence break has no cue and no total. QCVN 40:2011, phone, 'tầng 2' are not figures.",
]

if __name__ == "__main__":
    emit("p513-2", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Văn Lâm")
