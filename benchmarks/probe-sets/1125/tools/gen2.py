"""p1125-2: district portal (huyện Như Xuân, Thanh Hóa): areca price slump 2023, crop conversion, a drying cooperative."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NHƯ XUÂN - TỈNH THANH HÓA
Trang chủ / Tin tức - Sự kiện / Kinh tế

Giá cau xuống thấp, nhiều hộ chuyển đổi cây trồng

Thứ Ba, 05/12/2023 - 08:40

Năm 2023, giá cau tươi trên địa bàn huyện giảm sâu. Trong tháng 10, thương lái thu mua cau loại 1 và loại 2 lần lượt 4.000 và 3.000 đồng/kg, trong khi tháng 10/2022 giá lên tới 35.000 đồng/kg.

Toàn huyện hiện có 1.365 ha cau, trong đó 980 ha đang cho thu hoạch. Sản lượng cau năm 2023 ước đạt 5.400 tấn, giảm 12% so với năm 2022. Thu nhập từ cây cau của các hộ trồng bình quân chỉ còn khoảng 1,2 triệu đồng/người/tháng, giảm hơn 60% so với năm trước.

Do giá thấp, từ đầu năm đến nay có 126 hộ chặt bỏ gần 58 ha cau già cỗi để chuyển đổi cây trồng. Trong đó, diện tích chuyển sang trồng keo 32 ha, mía 15 ha, cây ăn quả 11 ha.

Tại xã Bãi Trành, Hợp tác xã Nông nghiệp Thành Công (thôn 7, dọc Quốc lộ 45) đã đầu tư hai lò sấy cau, công suất mỗi lò 4 tấn/ngày, bao tiêu cho hơn 200 hộ thành viên với giá cao hơn thị trường từ 500 đến 1.000 đồng/kg. Hợp tác xã tạo việc làm thường xuyên cho 15 lao động, thu nhập từ 5,5 đến 6 triệu đồng/người/tháng.

Năm 2024, huyện phấn đấu duy trì ổn định 1.300 ha cau, trong đó ít nhất 100 ha sản xuất theo hướng hữu cơ; dự kiến hỗ trợ 3 hợp tác xã đầu tư lò sấy với kinh phí khoảng 600 triệu đồng.

Lê Hương (Trung tâm VH-TT&TT huyện)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
OCT = P("Trong tháng 10", "2023-10-01", "2023-10-31")
OCT22 = P("tháng 10/2022", "2022-10-01", "2022-10-31")
Y23B = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-12-05")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HTX = "Hợp tác xã Nông nghiệp Thành Công"

FIGS = [
    F("lần lượt 4.000", "4.000", 4000, "money", "đồng/kg", subject="giá thương lái thu mua cau loại 1",
      period=OCT),
    F("và 3.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", subject="giá thương lái thu mua cau loại 2",
      period=OCT),
    F("lên tới 35.000", "35.000", 35000, "money", "đồng/kg", subject="giá cau tươi", period=OCT22),
    F("có 1.365 ha", "1.365", 1365, "measure", "ha", subject="diện tích cau"),
    F("980 ha", "980", 980, "measure", "ha", total=1365, subject="diện tích cau đang cho thu hoạch"),
    F("ước đạt 5.400 tấn", "5.400", 5400, "measure", "tấn", status="estimate",
      change=C("decrease", 12, "%", "năm 2022"), subject="sản lượng cau", period=Y23B),
    F("khoảng 1,2 triệu", "1,2", 1200000, "money", "đồng/người/tháng", approx="about",
      change=C("decrease", 60, "%", "năm trước", approx="over"),
      subject="thu nhập từ cây cau của các hộ trồng bình quân", period=I(Y23B)),
    F("có 126 hộ", "126", 126, "count", "hộ", subject="hộ chặt bỏ cau để chuyển đổi cây trồng", period=YTD),
    F("gần 58 ha", "58", 58, "measure", "ha", approx="nearly",
      subject="diện tích cau già cỗi bị chặt bỏ để chuyển đổi cây trồng", period=YTD),
    F("keo 32 ha", "32", 32, "measure", "ha", total=58, subject="diện tích chuyển sang trồng keo", period=I(YTD)),
    F("mía 15 ha", "15", 15, "measure", "ha", total=58, subject="diện tích chuyển sang trồng mía", period=I(YTD)),
    F("quả 11 ha", "11", 11, "measure", "ha", total=58, subject="diện tích chuyển sang trồng cây ăn quả",
      period=I(YTD)),
    F("hai lò sấy", "hai", 2, "count", "lò sấy", subject=f"lò sấy cau {HTX} đã đầu tư"),
    F("mỗi lò 4 tấn/ngày", "4", 4, "measure", "tấn/ngày", subject="công suất mỗi lò sấy cau"),
    F("hơn 200 hộ", "200", 200, "count", "hộ", approx="over", subject="hộ thành viên được bao tiêu"),
    F("từ 500 đến 1.000", "500", 500, "money", "đồng/kg", value_max=1000,
      subject="giá bao tiêu cao hơn thị trường"),
    F("cho 15 lao động", "15", 15, "count", "lao động", subject="lao động có việc làm thường xuyên tại hợp tác xã"),
    F("từ 5,5 đến 6 triệu", "5,5", 5500000, "money", "đồng/người/tháng", value_max=6000000,
      subject="thu nhập lao động hợp tác xã"),
    F("ổn định 1.300 ha", "1.300", 1300, "measure", "ha", status="target", subject="diện tích cau duy trì ổn định",
      period=Y24),
    F("ít nhất 100 ha", "100", 100, "measure", "ha", approx="at_least", total=1300, status="target",
      subject="diện tích cau sản xuất theo hướng hữu cơ", period=Y24),
    F("hỗ trợ 3 hợp tác xã", "3", 3, "count", "hợp tác xã", status="forecast",
      subject="hợp tác xã được hỗ trợ đầu tư lò sấy", period=Y24),
    F("khoảng 600 triệu", "600", 600000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí hỗ trợ hợp tác xã đầu tư lò sấy", period=Y24),
]

NOTES = [
    "District portal (huyện Như Xuân, Thanh Hóa): fresh areca price slump of 2023, area, crop conversion, a drying cooperative.",
    "Dateline 'Thứ Ba, 05/12/2023 - 08:40' (published); byline at the end. Default location is the district.",
    "Distractors: 'cau loại 1 và loại 2' (grade labels), 'thôn 7', 'Quốc lộ 45', time 08:40.",
    "'lần lượt 4.000 và 3.000 đồng/kg': two price figures, one per grade. Year-less 'Trong tháng 10' takes 2023 from 'Năm 2023'.",
    "'từ đầu năm đến nay' ends at the dateline; the parts after 'Trong đó' (32 + 15 + 11 ha) take the 58 ha as total.",
    "'giá cao hơn thị trường từ 500 đến 1.000 đồng/kg' has no base amount: a money figure of its own (a premium), no change.",
    "The cooperative passage (xã Bãi Trành) stays in the district. 'phấn đấu … ; dự kiến …': target, then forecast for its own clause.",
]

if __name__ == "__main__":
    write("p1125-2", TEXT, NOTES, FIGS, published="2023-12-05", location="Như Xuân")
