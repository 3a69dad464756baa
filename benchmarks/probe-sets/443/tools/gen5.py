from lib import build, P, C, T

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO LỘC - TỈNH LẠNG SƠN
Thứ Hai, 29/01/2024 - 09:15

Cao Lộc chủ động ứng phó với rét đậm, rét hại kéo dài

Từ ngày 21 đến 27/1/2024, do ảnh hưởng của không khí lạnh tăng cường, trên địa bàn huyện xảy ra rét đậm, rét hại kéo dài. Tại khu du lịch Mẫu Sơn, nhiệt độ thấp nhất xuống tới -2,5°C, xuất hiện băng giá và mưa tuyết; ở vùng thấp, nhiệt độ phổ biến từ 3 đến 6°C.

Theo báo cáo nhanh của UBND huyện, tính đến ngày 28/1/2024, toàn huyện có 47 con trâu, bò bị chết rét, tăng 19 con so với đợt rét tháng 12/2023; 26,5 ha rau màu và 12 ha hoa đào bị hư hại do sương muối. Tổng giá trị thiệt hại ước khoảng 1,2 tỷ đồng.

Thực hiện Văn bản số 156/UBND-NN của UBND huyện, các xã đã hỗ trợ 3,5 tấn thức ăn thô xanh và 850 tấm bạt che chuồng cho 312 hộ chăn nuôi tại 14/22 xã, thị trấn; kinh phí hỗ trợ hơn 180 triệu đồng từ nguồn dự phòng ngân sách huyện. Đến nay, 100% trâu, bò tại các xã vùng cao đã được đưa về chuồng, không thả rông.

Theo dự báo của Trung tâm Khí tượng Thủy văn tỉnh Lạng Sơn, từ ngày 30/1 đến ngày 2/2/2024 rét đậm, rét hại tiếp tục duy trì, nhiệt độ thấp nhất phổ biến 4-7°C, vùng núi cao dưới 2°C. Huyện phấn đấu không để trâu, bò chết rét trong các đợt rét tiếp theo; người dân cần liên hệ đường dây nóng 0205.3870.115 khi có sự cố.

Tin, ảnh: Hoàng Lan - Văn phòng HĐND và UBND huyện
Lượt truy cập: 215.408
"""

SPELLi = P("Từ ngày 21 đến 27/1/2024", "2024-01-21", "2024-01-27", True)
ASOF = P("tính đến ngày 28/1/2024", None, "2024-01-28")
ASOFi = P("tính đến ngày 28/1/2024", None, "2024-01-28", True)
FC = P("từ ngày 30/1 đến ngày 2/2/2024", "2024-01-30", "2024-02-02")

FIGS = [
    dict(anchor="xuống tới -2,5°C", number="-2,5", value=-2.5, kind="measure", unit="°C",
         subject="nhiệt độ thấp nhất tại khu du lịch Mẫu Sơn", period=SPELLi),
    dict(anchor="từ 3 đến 6°C", number="3", value=3, value_max=6, kind="measure", unit="°C",
         subject="nhiệt độ ở vùng thấp", period=SPELLi),
    dict(anchor="có 47 con", number="47", value=47, kind="count", unit="con trâu, bò",
         change=C("increase", 19, "con", "đợt rét tháng 12/2023"),
         subject="trâu, bò bị chết rét", period=ASOF),
    dict(anchor="; 26,5 ha", number="26,5", value=26.5, kind="measure", unit="ha",
         subject="rau màu bị hư hại do sương muối", period=ASOF),
    dict(anchor="và 12 ha", number="12", value=12, kind="measure", unit="ha",
         subject="hoa đào bị hư hại do sương muối", period=ASOF),
    dict(anchor="khoảng 1,2 tỷ đồng", number="1,2", value=1200000000, kind="money", unit="đồng", approx="about",
         status="estimate", subject="tổng giá trị thiệt hại", period=ASOFi),
    dict(anchor="hỗ trợ 3,5 tấn", number="3,5", value=3.5, kind="measure", unit="tấn",
         subject="thức ăn thô xanh hỗ trợ", period=SPELLi),
    dict(anchor="và 850 tấm", number="850", value=850, kind="count", unit="tấm bạt",
         subject="bạt che chuồng hỗ trợ", period=SPELLi),
    dict(anchor="cho 312 hộ", number="312", value=312, kind="count", unit="hộ chăn nuôi",
         subject="hộ chăn nuôi được hỗ trợ", period=SPELLi),
    dict(anchor="tại 14/22 xã", number="14", value=14, kind="count", unit="xã, thị trấn", total=22,
         subject="xã, thị trấn được hỗ trợ", period=SPELLi),
    dict(anchor="hơn 180 triệu đồng", number="180", value=180000000, kind="money", unit="đồng", approx="over",
         subject="kinh phí hỗ trợ", period=SPELLi),
    dict(anchor="100% trâu", number="100", value=100, kind="percent", unit="%",
         subject="trâu, bò tại các xã vùng cao được đưa về chuồng",
         period=P("Đến nay", None, "2024-01-29")),
    dict(anchor="phổ biến 4-7°C", number="4", value=4, value_max=7, kind="measure", unit="°C", status="forecast",
         subject="nhiệt độ thấp nhất", period=FC),
    dict(anchor="dưới 2°C", number="2", value=2, kind="measure", unit="°C", approx="under", status="forecast",
         subject="nhiệt độ thấp nhất vùng núi cao", period=FC),
]

COMMENTS = [
    "Cổng TTĐT huyện Cao Lộc (district portal, Lạng Sơn): cold spell 21-27/1/2024, losses, support, forecast. 'Thứ Hai, 29/01/2024 - 09:15'.",
    "Location is the district (Cao Lộc) throughout; Mẫu Sơn is a tourist area/commune, not a district, so it stays in the subject.",
    "'-2,5°C' is negative. 'tăng 19 con so với đợt rét tháng 12/2023' is the change of 47 (baseline an earlier spell, not a period of 47).",
    "'tính đến ngày 28/1/2024' is an as-of period for the losses; the support figures take the spell's dates from the lead (inherited).",
    "'Đến nay' ends at the dateline (2024-01-29), start null. 'phấn đấu không để trâu, bò chết rét' has no number.",
    "Distractors: 'Văn bản số 156/UBND-NN', hotline 0205.3870.115, 'Lượt truy cập: 215.408', '14/22' is part of a whole, not a date.",
]

build("p443-5", TEXT, COMMENTS, FIGS, published="2024-01-29", location="Cao Lộc")
