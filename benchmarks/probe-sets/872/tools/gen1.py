"""p872-1: province portal (Quảng Trị), orthopaedic devices for people with disabilities, H1/2024."""
from lib import F, P, I, C, build

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Trị
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Hơn 1.100 người khuyết tật được hỗ trợ dụng cụ chỉnh hình trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.237

Theo Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, toàn tỉnh đã hỗ trợ dụng cụ chỉnh hình, phương tiện trợ giúp cho 1.126 người khuyết tật, đạt 64,3% kế hoạch năm, tăng 12,5% so với cùng kỳ năm 2023. Trong đó, 214 người được lắp chân giả, tay giả; 387 người được cấp xe lăn, xe lắc; số còn lại được cấp nạng, khung tập đi, nẹp và giày chỉnh hình.

Quảng Trị là địa phương chịu hậu quả nặng nề của bom mìn sau chiến tranh. Toàn tỉnh hiện có khoảng 32.500 người khuyết tật, chiếm gần 5% dân số, trong đó hơn 8.000 người là nạn nhân bom mìn, tập trung ở các xã dọc Quốc lộ 9.

Tại Trung tâm Chỉnh hình và Phục hồi chức năng tỉnh (số 28 Lê Lợi, thành phố Đông Hà), từ đầu năm đến nay đã sản xuất, lắp ráp 236 chân giả, 41 tay giả và 518 nẹp, giày chỉnh hình các loại. Chi phí bình quân một chân giả dưới gối khoảng 4,5 triệu đồng/chiếc, chân giả trên gối từ 7 đến 9 triệu đồng/chiếc; người khuyết tật thuộc hộ nghèo được miễn toàn bộ chi phí.

Ngành y tế cũng phối hợp tổ chức 14 đợt khám sàng lọc tại các huyện Hướng Hóa, Đakrông, Gio Linh và Vĩnh Linh cho 2.350 lượt người, phát hiện 163 trẻ em bị bàn chân khoèo, cong vẹo cột sống cần can thiệp chỉnh hình.

Theo Kế hoạch số 96/KH-UBND, cả năm 2024 tỉnh phấn đấu hỗ trợ dụng cụ chỉnh hình cho 1.750 người khuyết tật, lắp mới ít nhất 350 chân tay giả. Tổng kinh phí dự kiến khoảng 6,8 tỷ đồng, trong đó ngân sách tỉnh 2,5 tỷ đồng, phần còn lại vận động từ các tổ chức quốc tế.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1.100 người khuyết tật", "1.100", 1100, "count", "người khuyết tật",
      "người khuyết tật được hỗ trợ dụng cụ chỉnh hình", approx="over",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("cho 1.126 người khuyết tật", "1.126", 1126, "count", "người khuyết tật",
      "người khuyết tật được hỗ trợ dụng cụ chỉnh hình, phương tiện trợ giúp",
      percent=64.3, change=C("increase", 12.5, "%", "cùng kỳ năm 2023"), period=H1),
    F("214 người được lắp", "214", 214, "count", "người", "người được lắp chân giả, tay giả",
      total=1126, period=I(H1)),
    F("387 người được cấp", "387", 387, "count", "người", "người được cấp xe lăn, xe lắc",
      total=1126, period=I(H1)),
    F("khoảng 32.500 người khuyết tật", "32.500", 32500, "count", "người khuyết tật",
      "người khuyết tật", approx="about", percent=5),
    F("hơn 8.000 người", "8.000", 8000, "count", "người", "người khuyết tật là nạn nhân bom mìn",
      approx="over", total=32500),
    F("lắp ráp 236 chân giả", "236", 236, "count", "chân giả",
      "chân giả Trung tâm Chỉnh hình và Phục hồi chức năng tỉnh sản xuất, lắp ráp", period=YTD),
    F("41 tay giả", "41", 41, "count", "tay giả",
      "tay giả Trung tâm Chỉnh hình và Phục hồi chức năng tỉnh sản xuất, lắp ráp", period=YTD),
    F("518 nẹp, giày", "518", 518, "count", "nẹp, giày chỉnh hình",
      "nẹp, giày chỉnh hình Trung tâm sản xuất, lắp ráp", period=YTD),
    F("khoảng 4,5 triệu đồng/chiếc", "4,5", 4500000, "money", "đồng/chiếc",
      "chi phí bình quân một chân giả dưới gối", approx="about"),
    F("từ 7 đến 9 triệu đồng/chiếc", "7", 7000000, "money", "đồng/chiếc",
      "chi phí chân giả trên gối", value_max=9000000),
    F("tổ chức 14 đợt", "14", 14, "count", "đợt", "đợt khám sàng lọc", period=I(YTD)),
    F("cho 2.350 lượt người", "2.350", 2350, "count", "lượt người", "lượt người được khám sàng lọc",
      period=I(YTD)),
    F("phát hiện 163 trẻ em", "163", 163, "count", "trẻ em",
      "trẻ em bị bàn chân khoèo, cong vẹo cột sống cần can thiệp chỉnh hình", period=I(YTD)),
    F("cho 1.750 người khuyết tật", "1.750", 1750, "count", "người khuyết tật",
      "người khuyết tật được hỗ trợ dụng cụ chỉnh hình", status="target", period=Y24),
    F("ít nhất 350 chân tay giả", "350", 350, "count", "chân tay giả", "chân tay giả lắp mới",
      approx="at_least", status="target", period=Y24),
    F("khoảng 6,8 tỷ đồng", "6,8", 6800000000, "money", "đồng", "tổng kinh phí",
      approx="about", status="forecast", period=I(Y24)),
    F("ngân sách tỉnh 2,5 tỷ đồng", "2,5", 2500000000, "money", "đồng", "ngân sách tỉnh",
      total=6800000000, status="forecast", period=I(Y24)),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Trị: hỗ trợ dụng cụ chỉnh hình cho người khuyết tật, 6 tháng đầu năm 2024 (invented, probe set 872).",
    "Headline '6 tháng' has no year: nothing dated stands before it, so it takes 2024 from the dateline.",
    "'từ đầu năm đến nay' runs from 1/1/2024 to the dateline 12/07/2024. 'hiện có khoảng 32.500' has no period.",
    "Distractors: Lượt xem: 1.237, 09:45, số 28 Lê Lợi, Quốc lộ 9, Kế hoạch số 96/KH-UBND.",
    "'chiếm gần 5% dân số' is the share (percent) of 32.500; the 8.000 after 'trong đó' is its part.",
]

if __name__ == "__main__":
    build("p872-1", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Quảng Trị")
