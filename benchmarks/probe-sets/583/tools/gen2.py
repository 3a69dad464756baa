"""p583-2: huyện Thọ Xuân (Thanh Hóa) district portal, Tết Giáp Thìn market prices."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Tin tức > Kinh tế
Thứ Sáu, 02/02/2024 - 09:10

Thị trường Tết Giáp Thìn: nguồn cung dồi dào, giá cơ bản ổn định

Những ngày cận Tết Nguyên đán Giáp Thìn 2024, sức mua tại các chợ trên địa bàn huyện tăng khoảng 20-25% so với ngày thường. Theo Phòng Kinh tế - Hạ tầng huyện, giá thịt lợn hơi dao động từ 52.000 đến 55.000 đồng/kg, tăng khoảng 3.000 đồng/kg so với tháng trước; thịt lợn mông sấn 110.000-120.000 đồng/kg; thịt bò thăn ổn định ở mức 260.000 đồng/kg. Giá gà ta còn sống tăng mạnh, lên 130.000 đồng/kg. Gạo tẻ thường giữ mức 15.000 đồng/kg; rau xanh các loại tăng 10-15% do rét đậm kéo dài.

Để bình ổn thị trường, các doanh nghiệp, hợp tác xã đã dự trữ hàng hóa thiết yếu với tổng giá trị hơn 12,5 tỷ đồng, đạt 104% kế hoạch, tăng 8,6% so với Tết năm trước. Huyện bố trí 10 điểm bán hàng bình ổn giá, gồm thị trấn Thọ Xuân (5 điểm), xã Xuân Lai (3 điểm) và xã Thọ Lập (2 điểm).

Từ ngày 15/1 đến nay, Đội Quản lý thị trường số 7 phối hợp với các lực lượng chức năng kiểm tra 46 cơ sở kinh doanh, xử lý 9 cơ sở vi phạm, phạt tiền 38,5 triệu đồng và tiêu hủy gần 120 kg thực phẩm không rõ nguồn gốc.

Người dân phát hiện vi phạm về giá có thể phản ánh qua đường dây nóng 0237.3834.115 hoặc trực tiếp tại trụ sở UBND huyện, số 12 đường Lê Hoàn, thị trấn Thọ Xuân.

Ban Biên tập
"""

KT = P("Từ ngày 15/1 đến nay", "2024-01-15", "2024-02-02")

FIGS = [
    F("khoảng 20-25%", "20", 20, "percent", "%", "sức mua tại các chợ trên địa bàn huyện",
      value_max=25, approx="about"),
    F("từ 52.000 đến 55.000 đồng/kg", "52.000", 52000, "money", "đồng/kg", "giá thịt lợn hơi",
      value_max=55000, change=CH("increase", 3000, "đồng/kg", "tháng trước", approx="about")),
    F("sấn 110.000-120.000", "110.000", 110000, "money", "đồng/kg", "thịt lợn mông sấn", value_max=120000),
    F("mức 260.000 đồng/kg", "260.000", 260000, "money", "đồng/kg", "thịt bò thăn"),
    F("lên 130.000 đồng/kg", "130.000", 130000, "money", "đồng/kg", "giá gà ta còn sống"),
    F("mức 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "gạo tẻ thường"),
    F("tăng 10-15%", "10", 10, "percent", "%", "rau xanh các loại", value_max=15),
    F("hơn 12,5 tỷ đồng", "12,5", 12500000000, "money", "đồng", "hàng hóa thiết yếu dự trữ",
      approx="over", percent=104, change=CH("increase", 8.6, "%", "Tết năm trước")),
    F("bố trí 10 điểm", "10", 10, "count", "điểm bán hàng", "điểm bán hàng bình ổn giá"),
    F("Thọ Xuân (5 điểm)", "5", 5, "count", "điểm", "điểm bán hàng bình ổn giá", total=10),
    F("Xuân Lai (3 điểm)", "3", 3, "count", "điểm", "điểm bán hàng bình ổn giá", total=10),
    F("Thọ Lập (2 điểm)", "2", 2, "count", "điểm", "điểm bán hàng bình ổn giá", total=10),
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở kinh doanh được kiểm tra", KT),
    F("xử lý 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm bị xử lý", KT),
    F("phạt tiền 38,5 triệu đồng", "38,5", 38500000, "money", "đồng", "phạt tiền", KT),
    F("gần 120 kg", "120", 120, "measure", "kg", "thực phẩm không rõ nguồn gốc bị tiêu hủy", KT, approx="nearly"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thọ Xuân (Thanh Hóa): thị trường Tết Giáp Thìn 2024; dateline 'Thứ Sáu, 02/02/2024 - 09:10'.",
    "Location: the district, Thọ Xuân, for every figure; communes/towns in the bracketed list (Xuân Lai, Thọ Lập) are not",
    "provinces, cities or districts, so they do not become the location. The list follows 'gồm' after 10 điểm and adds up: total 10.",
    "'tăng khoảng 3.000 đồng/kg so với tháng trước' is the change of the pork price range; 'đạt 104% kế hoạch' is the percent of 12,5 tỷ.",
    "'kiểm tra 46 cơ sở, xử lý 9 cơ sở vi phạm': no part-of cue, so 9 has no total. 'Từ ngày 15/1 đến nay' ends at the dateline.",
    "'Tết Nguyên đán Giáp Thìn 2024' names no calendar period; the market-price sentences get no period.",
    "Distractors: Đội Quản lý thị trường số 7, ngày 15/1, hotline 0237.3834.115, số 12 đường Lê Hoàn, 'Giáp Thìn 2024'.",
]

if __name__ == "__main__":
    emit("p583-2", TEXT, COMMENTS, FIGS, published="2024-02-02", location="Thọ Xuân")
