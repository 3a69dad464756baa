"""p900-2: Cát Hải district portal (Hải Phòng), inspections of accommodation, 7 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁT HẢI
Tin tức - Sự kiện > An ninh - Trật tự
Thứ Sáu, 25/08/2023 - 10:40

Tăng cường kiểm tra an ninh trật tự tại các cơ sở lưu trú

Trong 7 tháng đầu năm 2023, Công an huyện Cát Hải phối hợp với Phòng Văn hóa và Thông tin huyện tổ chức 12 đợt kiểm tra an ninh trật tự, phòng cháy chữa cháy tại các cơ sở kinh doanh lưu trú trên địa bàn thị trấn Cát Bà và các xã Xuân Đám, Hiền Hào. Qua kiểm tra 264 lượt cơ sở, lực lượng chức năng phát hiện 29 cơ sở vi phạm, xử phạt 86,5 triệu đồng; đình chỉ hoạt động có thời hạn 2 cơ sở không bảo đảm điều kiện phòng cháy.

Hiện toàn huyện có 398 cơ sở lưu trú với khoảng 6.200 phòng, trong đó nhà nghỉ, nhà trọ chiếm gần 70% số cơ sở. Riêng thị trấn Cát Bà có 312 cơ sở. Dịp cao điểm hè, nhiều ngày cuối tuần công suất phòng đạt trên 90%; bình quân 7 tháng đạt 64,3%, cao hơn 8,1 điểm phần trăm so với cùng kỳ năm 2022. Tổng lượt khách lưu trú 7 tháng ước đạt 1,05 triệu lượt, tăng 15% so với cùng kỳ.

Giá phòng nhà nghỉ phổ biến 350.000-600.000 đồng/đêm, ngày cuối tuần tăng khoảng 20%. Ông Phạm Văn Bảy, chủ một nhà nghỉ 14 phòng trên đường 1/4, thị trấn Cát Bà, cho biết từ tháng 6 đến nay cơ sở thường xuyên kín phòng vào thứ bảy, chủ nhật.

Đây là lần thứ 3 trong năm huyện tổ chức kiểm tra liên ngành. Thực hiện Kế hoạch số 1856/KH-UBND, huyện đặt mục tiêu đến hết năm 2023 có 100% cơ sở lưu trú thông báo lưu trú qua phần mềm; hiện tỷ lệ này đạt 91,6%.

Nguồn: Công an huyện Cát Hải
"""

M7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
M7b = P("7 tháng", "2023-01-01", "2023-07-31")

FIGS = [
    F("tổ chức 12 đợt", "12", 12, "count", "đợt",
      "đợt kiểm tra an ninh trật tự, phòng cháy chữa cháy tại các cơ sở kinh doanh lưu trú", M7),
    F("kiểm tra 264 lượt cơ sở", "264", 264, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", I(M7)),
    F("phát hiện 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở vi phạm", I(M7)),
    F("xử phạt 86,5 triệu đồng", "86,5", 86.5e6, "money", "đồng", "tiền xử phạt", I(M7)),
    F("có thời hạn 2 cơ sở", "2", 2, "count", "cơ sở",
      "cơ sở bị đình chỉ hoạt động có thời hạn", I(M7)),
    F("có 398 cơ sở lưu trú", "398", 398, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("khoảng 6.200 phòng", "6.200", 6200, "count", "phòng", "phòng của các cơ sở lưu trú", approx="about"),
    F("chiếm gần 70%", "70", 70, "percent", "%", "nhà nghỉ, nhà trọ trong số cơ sở lưu trú", approx="nearly"),
    F("Cát Bà có 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở lưu trú", location="Cát Bà"),
    F("đạt trên 90%", "90", 90, "percent", "%", "công suất phòng nhiều ngày cuối tuần dịp cao điểm hè",
      approx="over"),
    F("bình quân 7 tháng đạt 64,3%", "64,3", 64.3, "percent", "%", "công suất phòng bình quân", M7b,
      change=C("increase", 8.1, "điểm phần trăm", "cùng kỳ năm 2022")),
    F("ước đạt 1,05 triệu lượt", "1,05", 1.05e6, "count", "lượt", "tổng lượt khách lưu trú", M7b,
      status="estimate", change=C("increase", 15, "%", "cùng kỳ")),
    F("350.000-600.000 đồng/đêm", "350.000", 350000, "money", "đồng/đêm", "giá phòng nhà nghỉ",
      value_max=600000),
    F("tăng khoảng 20%", "20", 20, "percent", "%", "giá phòng nhà nghỉ ngày cuối tuần", approx="about"),
    F("nhà nghỉ 14 phòng", "14", 14, "count", "phòng", "phòng của nhà nghỉ", location="Cát Bà", optional=True),
    F("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở lưu trú thông báo lưu trú qua phần mềm",
      P("đến hết năm 2023", None, "2023-12-31"), status="target"),
    F("đạt 91,6%", "91,6", 91.6, "percent", "%", "tỷ lệ cơ sở lưu trú thông báo lưu trú qua phần mềm"),
]

NOTES = [
    "p900-2: district portal of huyện Cát Hải (Hải Phòng); dateline 'Thứ Sáu, 25/08/2023 - 10:40'.",
    "Distractors: time 10:40, 'đường 1/4', 'Phạm Văn Bảy', 'lần thứ 3', 'Kế hoạch số 1856/KH-UBND', 'thứ bảy, chủ nhật', 'từ tháng 6 đến nay'.",
    "Location: district figures Cát Hải; the thị trấn figure 'Riêng thị trấn Cát Bà có 312 cơ sở' is Cát Bà (the place it describes).",
    "'trong đó nhà nghỉ, nhà trọ chiếm gần 70% số cơ sở' has no count of its own: a percent figure (not the percent of 6.200 phòng).",
    "'Hiện' sentences get no period; 'trên 90%' (cao điểm hè, cuối tuần) has none. 14 phòng = one guesthouse's specification: optional.",
]

if __name__ == "__main__":
    write("p900-2", TEXT, FIGS, NOTES, published="2023-08-25", location="Cát Hải")
