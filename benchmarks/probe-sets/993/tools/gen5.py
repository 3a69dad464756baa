"""p993-5: Party / provincial newspaper (Báo Hà Tĩnh), feature on stray dogs, byline + bare date at the end."""
from lib import fig, period, change, write_set

TEXT = """
Chó thả rông vẫn "vô tư" dạo phố

Dù chính quyền đã nhiều lần ra quân, tình trạng chó thả rông trên các tuyến phố ở TP Hà Tĩnh và thị xã Hồng Lĩnh vẫn diễn ra phổ biến, nhất là vào sáng sớm và chiều tối. Trên đoạn Quốc lộ 8A qua thị xã Hồng Lĩnh, chó chạy qua đường từng gây nhiều vụ va chạm giao thông.

Theo Chi cục Chăn nuôi và Thú y tỉnh, năm 2024 toàn tỉnh Hà Tĩnh có hơn 3.100 người bị chó cắn phải đến cơ sở y tế, tăng gần 18% so với năm 2023; 2 người tử vong do bệnh dại ở huyện Hương Khê và Kỳ Anh. Tổng đàn chó của tỉnh khoảng 215.000 con, nhưng số hộ kê khai, đăng ký nuôi mới đạt 52%. Tỷ lệ tiêm phòng vắc xin dại năm 2024 ước đạt 63,5%, thấp hơn 6,5% so với chỉ tiêu tỉnh giao.

Tại phường Bắc Hà (TP Hà Tĩnh), ông Nguyễn Văn Năm, tổ trưởng tổ dân phố 6 cho biết, cả tổ có 87 hộ nuôi chó nhưng chỉ khoảng 20 hộ xích nhốt thường xuyên. "Chúng tôi đã nhắc nhở 3 lần nhưng nhiều hộ vẫn thả chó ra đường", ông Năm nói.

Cả năm 2024, lực lượng chức năng TP Hà Tĩnh chỉ xử phạt 16 trường hợp với số tiền 14,4 triệu đồng, quá ít so với thực tế. Nhiều chủ nuôi cho rằng mức phạt 200.000-400.000 đồng khi không tiêm phòng dại cho chó còn thấp nên không đủ sức răn đe.

Ông Trần Quốc Hùng, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y cho biết, năm 2025 tỉnh đặt mục tiêu tiêm phòng dại cho 75% đàn chó, mèo; dự kiến thành lập 13 tổ bắt chó thả rông chuyên trách với kinh phí khoảng 1,8 tỷ đồng/năm.

THU TRANG
17/3/2025
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 3.100 người", "3.100", 3100, "count", "người", "người bị chó cắn phải đến cơ sở y tế",
        approx="over", change=change("increase", 18, "%", "năm 2023", approx="nearly"), period=Y24),
    fig("2 người tử vong", "2", 2, "count", "người", "người tử vong do bệnh dại", period=Y24),
    fig("khoảng 215.000 con", "215.000", 215000, "count", "con", "tổng đàn chó của tỉnh", approx="about",
        period=period("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    fig("mới đạt 52%", "52", 52, "percent", "%", "hộ kê khai, đăng ký nuôi chó",
        period=period("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    fig("ước đạt 63,5%", "63,5", 63.5, "percent", "%", "tỷ lệ tiêm phòng vắc xin dại",
        change=change("decrease", 6.5, "%", "chỉ tiêu tỉnh giao"), status="estimate",
        period=period("năm 2024", "2024-01-01", "2024-12-31")),
    fig("có 87 hộ", "87", 87, "count", "hộ", "hộ nuôi chó trong tổ dân phố 6, phường Bắc Hà",
        location="TP Hà Tĩnh"),
    fig("khoảng 20 hộ", "20", 20, "count", "hộ", "hộ xích nhốt chó thường xuyên", approx="about",
        location="TP Hà Tĩnh"),
    fig("nhắc nhở 3 lần", "3", 3, "count", "lần", "lần nhắc nhở các hộ nuôi chó", optional=True,
        location="TP Hà Tĩnh"),
    fig("xử phạt 16 trường hợp", "16", 16, "count", "trường hợp", "trường hợp bị xử phạt",
        period=period("Cả năm 2024", "2024-01-01", "2024-12-31"), location="TP Hà Tĩnh"),
    fig("14,4 triệu đồng", "14,4", 14.4e6, "money", "đồng", "tiền xử phạt",
        period=period("Cả năm 2024", "2024-01-01", "2024-12-31"), location="TP Hà Tĩnh"),
    fig("mức phạt 200.000-400.000 đồng", "200.000", 200000, "money", "đồng",
        "mức phạt khi không tiêm phòng dại cho chó", value_max=400000),
    fig("cho 75% đàn chó", "75", 75, "percent", "%", "tiêm phòng dại cho đàn chó, mèo",
        status="target", period=Y25),
    fig("thành lập 13 tổ", "13", 13, "count", "tổ", "tổ bắt chó thả rông chuyên trách",
        status="forecast", period=Y25),
    fig("khoảng 1,8 tỷ đồng/năm", "1,8", 1.8e9, "money", "đồng/năm", "kinh phí tổ bắt chó thả rông",
        approx="about", status="forecast", period=Y25),
]

NOTES = [
    "Báo Hà Tĩnh (feature), byline THU TRANG, bare date 17/3/2025 at the end: chó thả rông ở TP Hà Tĩnh, người bị chó cắn năm 2024, mục tiêu 2025.",
    "Not figures: 'Quốc lộ 8A', 'tổ dân phố 6', the names 'Nguyễn Văn Năm', 'Trần Quốc Hùng'.",
    "The two deaths in Hương Khê and Kỳ Anh are a province count (location Hà Tĩnh). Figures of phường Bắc Hà take its city, TP Hà Tĩnh.",
    "'thấp hơn 6,5% so với chỉ tiêu tỉnh giao' is a change against the plan (FIGURES.md: gap to a plan). 87/20 hộ: no part-of cue, no total.",
    "'nhắc nhở 3 lần' in a quote is anecdotal: optional. 'dự kiến' continues after the target clause: the 13 tổ and 1,8 tỷ are forecasts.",
]

if __name__ == "__main__":
    write_set("p993-5", TEXT, FIGS, NOTES, published="2025-03-17", location="Hà Tĩnh")
