"""p624-1: Quảng Ninh province portal — vịnh Hạ Long, 6 tháng đầu năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch
Cập nhật: 08/07/2024 15:20
Lượt xem: 3.482

Vịnh Hạ Long đón hơn 2,1 triệu lượt khách trong 6 tháng đầu năm

Theo báo cáo của Ban Quản lý vịnh Hạ Long, 6 tháng đầu năm 2024, vịnh Hạ Long đón 2.136.450 lượt khách tham quan, tăng 27,4% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 1,03 triệu lượt, chiếm 48,2% tổng lượt khách. Doanh thu phí tham quan ước đạt 486,5 tỷ đồng, bằng 58% kế hoạch năm, tăng 31% so với cùng kỳ.

Đến nay, trên vịnh có 512 tàu du lịch đang hoạt động, gồm 96 tàu lưu trú nghỉ đêm và 416 tàu tham quan ngày. Lượng khách nghỉ đêm trên vịnh đạt khoảng 186.000 lượt, tăng 12% so với cùng kỳ; công suất buồng bình quân của tàu lưu trú đạt 68%. Trong 6 tháng, lực lượng chức năng đã kiểm tra 1.245 lượt tàu, phát hiện, xử lý 37 trường hợp vi phạm, phạt tiền 312 triệu đồng.

Ban Quản lý vịnh hiện duy trì 9 tuyến tham quan, trong đó có 3 tuyến chèo thuyền kayak tại hang Luồn, Vông Viêng và Cống Đầm. Số lượt khách chèo kayak đạt 142.600 lượt, chiếm 6,7% tổng lượt khách. Giá vé tham quan tuyến 2 hiện là 290.000 đồng/người, theo Quyết định số 2318/QĐ-UBND của UBND tỉnh.

Từ đầu năm đến nay, các đơn vị đã thu gom gần 1.150 tấn rác thải trên vịnh, trong đó có khoảng 320 tấn rác thải nhựa. Hiện 100% tàu du lịch đã lắp đặt thiết bị thu gom nước thải.

Năm 2024, tỉnh phấn đấu vịnh Hạ Long đón 4,2 triệu lượt khách, thu phí tham quan đạt 1.000 tỷ đồng.

Mọi phản ánh xin liên hệ đường dây nóng 0203.3846.592 hoặc trụ sở Ban Quản lý vịnh Hạ Long, số 9 đường Hạ Long, phường Bãi Cháy.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("Đến nay", None, "2024-07-08")
T6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-08")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón hơn 2,1 triệu lượt khách", "2,1", 2100000, "count", "lượt khách",
      "lượt khách đến vịnh Hạ Long", H1, approx="over"),
    F("đón 2.136.450 lượt khách", "2.136.450", 2136450, "count", "lượt khách",
      "lượt khách tham quan vịnh Hạ Long", S1,
      change=CH("increase", 27.4, baseline="cùng kỳ năm 2023")),
    F("đạt 1,03 triệu lượt", "1,03", 1030000, "count", "lượt",
      "khách quốc tế", S1, total=2136450, percent=48.2),
    F("ước đạt 486,5 tỷ đồng", "486,5", 486500000000, "money", "đồng",
      "doanh thu phí tham quan", I(S1), percent=58,
      change=CH("increase", 31, baseline="cùng kỳ"), status="estimate"),
    F("có 512 tàu du lịch", "512", 512, "count", "tàu du lịch",
      "tàu du lịch đang hoạt động trên vịnh", NOW),
    F("gồm 96 tàu", "96", 96, "count", "tàu", "tàu lưu trú nghỉ đêm", NOW, total=512),
    F("và 416 tàu", "416", 416, "count", "tàu", "tàu tham quan ngày", NOW, total=512),
    F("khoảng 186.000 lượt", "186.000", 186000, "count", "lượt",
      "lượng khách nghỉ đêm trên vịnh", I(S1), approx="about",
      change=CH("increase", 12, baseline="cùng kỳ")),
    F("đạt 68%", "68", 68, "percent", "%",
      "công suất buồng bình quân của tàu lưu trú", I(S1)),
    F("kiểm tra 1.245 lượt tàu", "1.245", 1245, "count", "lượt tàu",
      "lượt tàu được lực lượng chức năng kiểm tra", T6),
    F("xử lý 37 trường hợp", "37", 37, "count", "trường hợp",
      "trường hợp vi phạm bị phát hiện, xử lý", T6),
    F("phạt tiền 312 triệu đồng", "312", 312000000, "money", "đồng",
      "tiền phạt vi phạm", T6),
    F("duy trì 9 tuyến", "9", 9, "count", "tuyến", "tuyến tham quan Ban Quản lý vịnh duy trì"),
    F("có 3 tuyến chèo", "3", 3, "count", "tuyến", "tuyến chèo thuyền kayak", total=9),
    F("đạt 142.600 lượt", "142.600", 142600, "count", "lượt",
      "lượt khách chèo kayak", I(S1), percent=6.7),
    F("là 290.000 đồng/người", "290.000", 290000, "money", "đồng/người",
      "giá vé tham quan tuyến 2"),
    F("gần 1.150 tấn", "1.150", 1150, "measure", "tấn",
      "rác thải thu gom trên vịnh", YTD, approx="nearly"),
    F("khoảng 320 tấn", "320", 320, "measure", "tấn",
      "rác thải nhựa thu gom", YTD, approx="about", total=1150),
    F("Hiện 100% tàu", "100", 100, "percent", "%",
      "tàu du lịch đã lắp đặt thiết bị thu gom nước thải"),
    F("đón 4,2 triệu lượt khách", "4,2", 4200000, "count", "lượt khách",
      "lượt khách đến vịnh Hạ Long", Y24, status="target"),
    F("đạt 1.000 tỷ đồng", "1.000", 1000000000000, "money", "đồng",
      "thu phí tham quan vịnh Hạ Long", Y24, status="target"),
]

COMMENTS = [
    "Quảng Ninh provincial portal: vịnh Hạ Long, 6 tháng đầu năm 2024 (visitors, fees, boats, kayak routes, waste, 2024 targets).",
    "Breadcrumb, 'Cập nhật: 08/07/2024 15:20' dateline, 'Lượt xem: 3.482' counter (furniture). Not figures: tuyến 2 (route name),",
    "Quyết định số 2318/QĐ-UBND, hotline 0203.3846.592, 'số 9 đường Hạ Long'.",
    "Location: the bay lies in the province, so every figure is Quảng Ninh (vịnh Hạ Long is not thành phố Hạ Long).",
    "'Đến nay' = as-of the dateline; 'Hiện' gives no period. 96 + 416 = 512 (gồm). Headline '6 tháng đầu năm' takes 2024 from the dateline.",
]

if __name__ == "__main__":
    emit("p624-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Quảng Ninh")
