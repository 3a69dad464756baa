"""p529-2: huyện Hải Hậu (Nam Định) district portal, district health centre in Q1/2024."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử huyện Hải Hậu
Trang chủ / Tin tức / Y tế - Xã hội

Trung tâm Y tế huyện: Quý I khám bệnh cho gần 62 nghìn lượt người

Thứ Tư, 10/04/2024 - 14:20

Quý I/2024, Trung tâm Y tế huyện Hải Hậu đã khám bệnh cho 61.874 lượt người, tăng 8,3% so với cùng kỳ; trong đó khám BHYT 55.120 lượt, chiếm 89,1%. Số bệnh nhân điều trị nội trú là 4.652 lượt, điều trị ngoại trú 1.238 lượt; ngày điều trị trung bình 6,4 ngày. Công suất sử dụng giường bệnh đạt 97,5% (kế hoạch 250 giường, thực kê 310 giường).

Trong quý, Trung tâm đã chuyển tuyến 1.426 lượt bệnh nhân, giảm 312 lượt so với cùng kỳ năm trước; trong đó chuyển lên Bệnh viện Đa khoa tỉnh Nam Định 1.105 lượt, chuyển các bệnh viện tuyến Trung ương 321 lượt. Tỷ lệ chuyển tuyến chỉ còn 2,3%, thấp nhất từ trước đến nay.

Tổng thu viện phí và BHYT quý I đạt 18,65 tỷ đồng, đạt 26,4% kế hoạch năm; trong đó thu từ quỹ BHYT 15,2 tỷ đồng, thu viện phí trực tiếp từ người bệnh 3,45 tỷ đồng. Trung tâm đang triển khai Đề án 1816, tiếp nhận 4 bác sĩ từ Bệnh viện Đa khoa tỉnh về hỗ trợ chuyên môn.

Đến hết tháng 3/2024, tỷ lệ người dân tham gia BHYT toàn huyện đạt 93,2%; một số xã có tỷ lệ thấp là Hải Chính (84,6%), Hải Triều (86,1%), Hải Lý (87,3%).

Phấn đấu năm 2024, Trung tâm thu hút 250 nghìn lượt khám, tỷ lệ bao phủ BHYT toàn huyện đạt trên 95%.

Người dân cần tư vấn xin liên hệ đường dây nóng 0228.3877.115 hoặc đến trụ sở Trung tâm tại xóm 3, thị trấn Yên Định (cạnh Quốc lộ 37B).

Hoàng Anh - Trung tâm VH-TT-TT huyện
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1y = P("Quý I", "2024-01-01", "2024-03-31")
ASOF = P("Đến hết tháng 3/2024", None, "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
BHYT = "tỷ lệ người dân tham gia BHYT"

FIGS = [
    F("gần 62 nghìn lượt người", "62", 62000, "count", "lượt người", "lượt người được khám bệnh tại Trung tâm Y tế huyện",
      Q1y, approx="nearly"),
    F("cho 61.874 lượt người", "61.874", 61874, "count", "lượt người", "lượt người được khám bệnh tại Trung tâm Y tế huyện",
      Q1, change=CH("increase", 8.3, baseline="cùng kỳ")),
    F("BHYT 55.120 lượt", "55.120", 55120, "count", "lượt", "lượt khám BHYT", Q1, total=61874, percent=89.1),
    F("là 4.652 lượt", "4.652", 4652, "count", "lượt", "bệnh nhân điều trị nội trú", INH(Q1)),
    F("ngoại trú 1.238 lượt", "1.238", 1238, "count", "lượt", "bệnh nhân điều trị ngoại trú", INH(Q1)),
    F("trung bình 6,4 ngày", "6,4", 6.4, "measure", "ngày", "ngày điều trị trung bình", INH(Q1)),
    F("đạt 97,5%", "97,5", 97.5, "percent", "%", "công suất sử dụng giường bệnh", INH(Q1)),
    F("kế hoạch 250 giường", "250", 250, "count", "giường", "giường bệnh kế hoạch", status="target"),
    F("thực kê 310 giường", "310", 310, "count", "giường", "giường bệnh thực kê"),
    F("tuyến 1.426 lượt", "1.426", 1426, "count", "lượt bệnh nhân", "lượt bệnh nhân chuyển tuyến",
      P("Trong quý", "2024-01-01", "2024-03-31"), change=CH("decrease", 312, "lượt", "cùng kỳ năm trước")),
    F("Nam Định 1.105 lượt", "1.105", 1105, "count", "lượt", "lượt chuyển lên Bệnh viện Đa khoa tỉnh Nam Định",
      P("Trong quý", "2024-01-01", "2024-03-31"), total=1426),
    F("Trung ương 321 lượt", "321", 321, "count", "lượt", "lượt chuyển các bệnh viện tuyến Trung ương",
      P("Trong quý", "2024-01-01", "2024-03-31"), total=1426),
    F("chỉ còn 2,3%", "2,3", 2.3, "percent", "%", "tỷ lệ chuyển tuyến", INH(Q1)),
    F("đạt 18,65 tỷ đồng", "18,65", 18650000000, "money", "đồng", "tổng thu viện phí và BHYT", Q1y, percent=26.4),
    F("BHYT 15,2 tỷ đồng", "15,2", 15200000000, "money", "đồng", "thu từ quỹ BHYT", Q1y, total=18650000000),
    F("người bệnh 3,45 tỷ đồng", "3,45", 3450000000, "money", "đồng", "thu viện phí trực tiếp từ người bệnh", Q1y,
      total=18650000000),
    F("tiếp nhận 4 bác sĩ", "4", 4, "count", "bác sĩ", "bác sĩ từ Bệnh viện Đa khoa tỉnh về hỗ trợ chuyên môn"),
    F("toàn huyện đạt 93,2%", "93,2", 93.2, "percent", "%", BHYT + " toàn huyện", ASOF),
    F("Hải Chính (84,6%)", "84,6", 84.6, "percent", "%", BHYT + " xã Hải Chính", ASOF),
    F("Hải Triều (86,1%)", "86,1", 86.1, "percent", "%", BHYT + " xã Hải Triều", ASOF),
    F("Hải Lý (87,3%)", "87,3", 87.3, "percent", "%", BHYT + " xã Hải Lý", ASOF),
    F("thu hút 250 nghìn lượt khám", "250", 250000, "count", "lượt khám", "lượt khám Trung tâm thu hút", Y24,
      status="target"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ bao phủ BHYT toàn huyện", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): Trung tâm Y tế huyện quý I/2024 — visits, inpatients, bed occupancy, referrals, fees, BHYT coverage.",
    "Dateline 'Thứ Tư, 10/04/2024 - 14:20'; byline at the end. Not figures: 'Đề án 1816', phone 0228.3877.115, 'xóm 3', 'Quốc lộ 37B'.",
    "District portal: location Hải Hậu; 'Bệnh viện Đa khoa tỉnh Nam Định' is a referral destination, not the place of the figure.",
    "Commune items (Hải Chính, …): a commune is not a province, city or district, so location stays Hải Hậu and the commune joins the subject.",
    "'(kế hoạch 250 giường, thực kê 310 giường)': the planned bed count is a figure with status target (spec: kế hoạch → target).",
    "'Trong quý' (in a quarterly report) = quý I/2024; 'quý I' without year takes 2024. 1.105 + 321 = 1.426; 15,2 + 3,45 = 18,65 tỷ.",
]

if __name__ == "__main__":
    COMMENTS.append("revised: commune items had location = commune; FIGURES.md defines location as the province, city or district, so now Hải Hậu, commune in the subject.")
    emit("p529-2", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Hải Hậu")
