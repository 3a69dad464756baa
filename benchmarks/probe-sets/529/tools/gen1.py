"""p529-1: Nghệ An province portal, hospital activity in the first half of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục

Nghệ An: 6 tháng đầu năm khám, chữa bệnh cho hơn 3,2 triệu lượt người

Cập nhật: 16/07/2024 08:45 | Lượt xem: 2.846

Theo báo cáo của Sở Y tế, 6 tháng đầu năm 2024, các cơ sở khám, chữa bệnh trên địa bàn tỉnh Nghệ An đã khám bệnh cho 3.248.510 lượt người, tăng 6,4% so với cùng kỳ năm 2023; điều trị nội trú 236.420 lượt người, đạt 52,3% kế hoạch năm.

Công suất sử dụng giường bệnh toàn tỉnh bình quân đạt 94,7%, trong đó tuyến tỉnh 108,2%, tuyến huyện 86,5%. Một số bệnh viện có công suất vượt 100% là Bệnh viện Sản Nhi (126,4%), Bệnh viện Ung bướu (118,9%) và Bệnh viện Hữu nghị Đa khoa Nghệ An (112,3%). Tổng số giường bệnh thực kê toàn tỉnh là 11.860 giường, cao hơn 1.240 giường so với số giường kế hoạch được giao theo Quyết định số 1386/QĐ-UBND.

Tỷ lệ chuyển tuyến trên giảm còn 2,1% tổng số lượt khám (cùng kỳ năm 2023 là 2,9%). Toàn tỉnh đã chuyển 68.215 lượt bệnh nhân lên tuyến trên, trong đó chuyển ra các bệnh viện tuyến Trung ương 9.870 lượt.

Về khám, chữa bệnh bảo hiểm y tế (BHYT), 6 tháng đầu năm 2024 có 2.415.300 lượt người khám, chữa bệnh BHYT, chiếm 74,3% tổng số lượt khám; tổng chi phí đề nghị thanh toán ước 1.985,6 tỷ đồng, bằng 51,8% dự toán được giao, tăng 9,2% so với cùng kỳ.

Theo Kế hoạch số 125/KH-UBND, phấn đấu đến năm 2025 toàn tỉnh đạt 35 giường bệnh/vạn dân và 12 bác sĩ/vạn dân; hiện nay các chỉ số này lần lượt là 32,6 giường bệnh và 10,4 bác sĩ.

Cơ quan chủ quản: UBND tỉnh Nghệ An. Địa chỉ: số 3 đường Trường Thi, TP. Vinh. Điện thoại: 0238.3844.126.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1y = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
CAP = "công suất sử dụng giường bệnh"
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 3,2 triệu lượt người", "3,2", 3200000, "count", "lượt người", "lượt người được khám, chữa bệnh",
      H1y, approx="over"),
    F("cho 3.248.510 lượt người", "3.248.510", 3248510, "count", "lượt người",
      "lượt người được khám bệnh tại các cơ sở khám, chữa bệnh", H1,
      change=CH("increase", 6.4, baseline="cùng kỳ năm 2023")),
    F("nội trú 236.420 lượt người", "236.420", 236420, "count", "lượt người", "lượt người điều trị nội trú", H1,
      percent=52.3),
    F("bình quân đạt 94,7%", "94,7", 94.7, "percent", "%", CAP + " toàn tỉnh bình quân", INH(H1)),
    F("tuyến tỉnh 108,2%", "108,2", 108.2, "percent", "%", CAP + " tuyến tỉnh", INH(H1)),
    F("tuyến huyện 86,5%", "86,5", 86.5, "percent", "%", CAP + " tuyến huyện", INH(H1)),
    F("công suất vượt 100%", "100", 100, "percent", "%", CAP, approx="over", optional=True),
    F("Sản Nhi (126,4%)", "126,4", 126.4, "percent", "%", CAP + " Bệnh viện Sản Nhi", INH(H1)),
    F("Ung bướu (118,9%)", "118,9", 118.9, "percent", "%", CAP + " Bệnh viện Ung bướu", INH(H1)),
    F("Nghệ An (112,3%)", "112,3", 112.3, "percent", "%", CAP + " Bệnh viện Hữu nghị Đa khoa Nghệ An", INH(H1)),
    F("là 11.860 giường", "11.860", 11860, "count", "giường", "tổng số giường bệnh thực kê toàn tỉnh",
      change=CH("increase", 1240, "giường", "số giường kế hoạch được giao")),
    F("giảm còn 2,1%", "2,1", 2.1, "percent", "%", "tỷ lệ chuyển tuyến trên", INH(H1)),
    F("năm 2023 là 2,9%", "2,9", 2.9, "percent", "%", "tỷ lệ chuyển tuyến trên cùng kỳ năm 2023",
      P("cùng kỳ năm 2023", "2023-01-01", "2023-06-30")),
    F("chuyển 68.215 lượt", "68.215", 68215, "count", "lượt bệnh nhân", "lượt bệnh nhân chuyển lên tuyến trên",
      INH(H1)),
    F("Trung ương 9.870 lượt", "9.870", 9870, "count", "lượt", "lượt chuyển ra các bệnh viện tuyến Trung ương",
      INH(H1), total=68215),
    F("có 2.415.300 lượt người", "2.415.300", 2415300, "count", "lượt người", "lượt người khám, chữa bệnh BHYT",
      H1, percent=74.3),
    F("ước 1.985,6 tỷ đồng", "1.985,6", 1985600000000, "money", "đồng",
      "tổng chi phí khám, chữa bệnh BHYT đề nghị thanh toán", H1,
      percent=51.8, change=CH("increase", 9.2, baseline="cùng kỳ"), status="estimate"),
    F("đạt 35 giường bệnh/vạn dân", "35", 35, "measure", "giường bệnh/vạn dân", "giường bệnh/vạn dân", T25,
      status="target"),
    F("12 bác sĩ/vạn dân", "12", 12, "measure", "bác sĩ/vạn dân", "bác sĩ/vạn dân", T25, status="target"),
    F("là 32,6 giường bệnh", "32,6", 32.6, "measure", "giường bệnh/vạn dân", "giường bệnh/vạn dân hiện nay"),
    F("10,4 bác sĩ", "10,4", 10.4, "measure", "bác sĩ/vạn dân", "bác sĩ/vạn dân hiện nay"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: hospital activity 6 tháng đầu năm 2024 (visits, inpatients, bed occupancy, referrals, BHYT claims).",
    "Breadcrumb, 'Cập nhật: 16/07/2024 08:45' (dateline), 'Lượt xem: 2.846' (counter); Quyết định số 1386/QĐ-UBND, Kế hoạch số 125/KH-UBND,",
    "address 'số 3 đường Trường Thi', phone 0238.3844.126 are not figures. Headline '6 tháng đầu năm' takes 2024 from the dateline.",
    "Bed occupancy parts after 'trong đó' are percents (no total). Hospital list: the hospital stays in the subject (not a place).",
    "'vượt 100%' is a threshold (optional). '(cùng kỳ năm 2023 là 2,9%)' is a figure of its own (first half of 2023).",
    "'cao hơn 1.240 giường so với số giường kế hoạch' is a gap to plan: change. 'lần lượt là 32,6 giường bệnh và 10,4 bác sĩ'",
    "restate the /vạn dân rates (unit keeps the denominator), 'hiện nay' gives no period.",
]

if __name__ == "__main__":
    emit("p529-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Nghệ An")
