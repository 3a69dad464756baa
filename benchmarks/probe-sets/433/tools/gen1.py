from lib import write, P, CH, T

TEXT = """Cổng Thông tin điện tử tỉnh Bạc Liêu
Trang chủ > Tin tức > Kinh tế

Sản lượng tôm nuôi 6 tháng đầu năm ước tăng 8,6%
Cập nhật: 12/07/2024 09:15 | Lượt xem: 2.317

(BL) - Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh thả nuôi tôm nước lợ 146.250 ha, đạt 98,2% kế hoạch; trong đó diện tích nuôi tôm siêu thâm canh 3.120 ha, tăng 415 ha so với cùng kỳ. Sản lượng tôm thu hoạch ước đạt 97.860 tấn, tăng 8,6% so với cùng kỳ năm 2023, bằng 46,6% kế hoạch năm (kế hoạch năm 2024 là 210.000 tấn).

Theo mô hình, diện tích nuôi quảng canh cải tiến kết hợp chiếm khoảng 88% tổng diện tích; nuôi tôm - lúa đạt 38.500 ha; nuôi thâm canh, bán thâm canh 9.870 ha. Năng suất bình quân của mô hình siêu thâm canh từ 30 đến 40 tấn/ha/vụ, có hộ đạt trên 60 tấn/ha.

Về dịch bệnh, từ đầu năm đến nay, tôm nuôi bị thiệt hại 1.846 ha, giảm 23,4% so với cùng kỳ, chủ yếu do bệnh hoại tử gan tụy cấp và đốm trắng; các địa phương có diện tích thiệt hại nhiều là huyện Đông Hải (612 ha), huyện Hòa Bình (395 ha) và thị xã Giá Rai (287 ha).

Giá tôm tại ao thời gian qua tăng nhẹ: tôm thẻ chân trắng loại 100 con/kg được thương lái thu mua từ 92.000 - 95.000 đồng/kg, tôm sú loại 30 con/kg khoảng 235.000 đồng/kg.

Thực hiện Quyết định số 1208/QĐ-UBND của UBND tỉnh, năm 2024 tỉnh phấn đấu thu hoạch 210.000 tấn tôm, kim ngạch xuất khẩu tôm trên 1,1 tỷ USD. Người nuôi cần hỗ trợ kỹ thuật liên hệ đường dây nóng 0291.3822.559.
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    dict(anchor="năm ước tăng 8,6%", number="8,6", value=8.6, kind="percent", unit="%", status="estimate",
         subject="sản lượng tôm nuôi", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    dict(anchor="lợ 146.250 ha", number="146.250", value=146250, kind="measure", unit="ha", percent=98.2,
         subject="diện tích thả nuôi tôm nước lợ", period=H6),
    dict(anchor="siêu thâm canh 3.120 ha", number="3.120", value=3120, kind="measure", unit="ha", total=146250,
         change=CH("increase", 415, "ha", "cùng kỳ"), subject="diện tích nuôi tôm siêu thâm canh", period=H6),
    dict(anchor="ước đạt 97.860 tấn", number="97.860", value=97860, kind="measure", unit="tấn", status="estimate",
         change=CH("increase", 8.6, "%", "cùng kỳ năm 2023"), percent=46.6, target=T(210000, "tấn"),
         subject="sản lượng tôm thu hoạch", period=H6i),
    dict(anchor="chiếm khoảng 88%", number="88", value=88, kind="percent", unit="%", approx="about",
         subject="diện tích nuôi quảng canh cải tiến kết hợp", period=H6i),
    dict(anchor="đạt 38.500 ha", number="38.500", value=38500, kind="measure", unit="ha",
         subject="diện tích nuôi tôm - lúa", period=H6i),
    dict(anchor="9.870 ha", number="9.870", value=9870, kind="measure", unit="ha",
         subject="diện tích nuôi thâm canh, bán thâm canh", period=H6i),
    dict(anchor="từ 30 đến 40 tấn/ha/vụ", number="30", value=30, value_max=40, kind="measure", unit="tấn/ha/vụ",
         subject="năng suất bình quân của mô hình siêu thâm canh"),
    dict(anchor="trên 60 tấn/ha", number="60", value=60, kind="measure", unit="tấn/ha", approx="over",
         subject="năng suất nuôi tôm siêu thâm canh của hộ cao nhất"),
    dict(anchor="thiệt hại 1.846 ha", number="1.846", value=1846, kind="measure", unit="ha",
         change=CH("decrease", 23.4, "%", "cùng kỳ"), subject="diện tích tôm nuôi bị thiệt hại", period=YTD),
    dict(anchor="Đông Hải (612 ha)", number="612", value=612, kind="measure", unit="ha",
         subject="diện tích tôm nuôi bị thiệt hại", period=YTD, location="Đông Hải"),
    dict(anchor="Hòa Bình (395 ha)", number="395", value=395, kind="measure", unit="ha",
         subject="diện tích tôm nuôi bị thiệt hại", period=YTD, location="Hòa Bình"),
    dict(anchor="Giá Rai (287 ha)", number="287", value=287, kind="measure", unit="ha",
         subject="diện tích tôm nuôi bị thiệt hại", period=YTD, location="Giá Rai"),
    dict(anchor="loại 100 con/kg", number="100", value=100, kind="measure", unit="con/kg",
         subject="cỡ tôm thẻ chân trắng", optional=True),
    dict(anchor="từ 92.000 - 95.000 đồng/kg", number="92.000", value=92000, value_max=95000, kind="money",
         unit="đồng/kg", subject="giá tôm thẻ chân trắng loại 100 con/kg tại ao"),
    dict(anchor="loại 30 con/kg", number="30", value=30, kind="measure", unit="con/kg",
         subject="cỡ tôm sú", optional=True),
    dict(anchor="khoảng 235.000 đồng/kg", number="235.000", value=235000, kind="money", unit="đồng/kg",
         approx="about", subject="giá tôm sú loại 30 con/kg tại ao"),
    dict(anchor="thu hoạch 210.000 tấn tôm", number="210.000", value=210000, kind="measure", unit="tấn",
         status="target", subject="sản lượng tôm thu hoạch", period=Y24),
    dict(anchor="trên 1,1 tỷ USD", number="1,1", value=1100000000, kind="money", unit="USD", approx="over",
         status="target", subject="kim ngạch xuất khẩu tôm", period=Y24),
]

HEADER = """Cổng TTĐT tỉnh Bạc Liêu (province portal): brackish shrimp, first half of 2024 — area, super-intensive area, output, disease, pond prices, 2024 plan.
Dateline 'Cập nhật: 12/07/2024 09:15 | Lượt xem: 2.317'. Distractors: counter 2.317, 'Quyết định số 1208/QĐ-UBND', hotline 0291.3822.559, '(BL)'.
Headline 'ước tăng 8,6%' is a growth rate standing as the claim (percent, estimate); the year of '6 tháng đầu năm' comes from the dateline.
'146.250 ha, đạt 98,2% kế hoạch' → percent 98.2; 'trong đó … 3.120 ha' → total 146250 and change +415 ha.
'97.860 tấn … tăng 8,6% …, bằng 46,6% kế hoạch năm (kế hoạch năm 2024 là 210.000 tấn)' → change, percent, target attributes; the plan in brackets is no figure.
Model breakdown ('Theo mô hình, …') has no cue: no totals. District list after 'là' (no trong đó/gồm cue): no totals; the districts are the locations.
'từ đầu năm đến nay' runs from 2024-01-01 to the dateline. Shrimp sizes 'loại 100 con/kg', 'loại 30 con/kg' are grade labels: optional.
'phấn đấu' governs both clauses of the last sentence (targets)."""

write(1, TEXT, HEADER, FIGS, published="2024-07-12", location="Bạc Liêu")
