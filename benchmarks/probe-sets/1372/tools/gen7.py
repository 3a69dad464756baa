"""p1372-7: news agency (TTXVN): e-bike fires in Hà Nội, many in student lodgings."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Xã hội › Giáo dục

Hà Nội: Nhiều vụ cháy xe điện tại khu trọ sinh viên

20/11/2024 16:25

Hà Nội (TTXVN) - Từ đầu năm 2024 đến ngày 15/11, trên địa bàn thành phố xảy ra 37 vụ cháy liên quan đến xe máy điện, xe đạp điện, tăng 12 vụ so với cùng kỳ năm 2023, trong đó 9 vụ tại nhà trọ, ký túc xá có học sinh, sinh viên thuê ở.

Tối 3/11, tại phường Dịch Vọng (quận Cầu Giấy), một vụ cháy xe máy điện trong nhà để xe của khu trọ ở ngõ 68 đường Cầu Giấy khiến 14 xe bị thiêu rụi, 3 sinh viên phải nhập viện do ngạt khói. Ông Nguyễn Đức Tâm, 52 tuổi, chủ khu trọ cho biết đám cháy bùng lên chỉ trong khoảng 3-5 phút.

Theo Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an thành phố, qua kiểm tra 1.240 nhà trọ có sinh viên thuê, lực lượng chức năng phát hiện 286 cơ sở không bố trí khu sạc riêng, chiếm 23,1%; xử phạt gần 1,2 tỷ đồng. Khi cháy, pin lithium có thể đạt nhiệt độ 600-800 độ C và sinh ra nhiều khí độc.

Cơ quan chức năng khuyến cáo sinh viên không sạc xe qua đêm, không sạc quá 6 tiếng mỗi lần và đặt điểm sạc xa lối thoát nạn. Thành phố dự kiến đến hết năm 2025 hỗ trợ khoảng 500 khu trọ lắp đặt tủ sạc chống cháy, với kinh phí từ 8 đến 10 tỷ đồng.

(TTXVN)
Từ khóa: cháy xe điện, sinh viên, Hà Nội
"""

YTD = per("Từ đầu năm 2024 đến ngày 15/11", "2024-01-01", "2024-11-15")
T25 = per("đến hết năm 2025", None, "2025-12-31")
CG = "Cầu Giấy"

FIGS = [
    fig("ra 37 vụ", "37", 37, "count", "vụ", change=chg("increase", 12, "vụ", "cùng kỳ năm 2023"),
        subject="vụ cháy liên quan đến xe máy điện, xe đạp điện", period=YTD),
    fig("trong đó 9 vụ", "9", 9, "count", "vụ", total=37,
        subject="vụ cháy tại nhà trọ, ký túc xá có học sinh, sinh viên thuê ở", period=YTD),
    fig("một vụ cháy", "một", 1, "count", "vụ", location=CG, optional=True),
    fig("khiến 14 xe", "14", 14, "count", "xe", subject="xe bị thiêu rụi", location=CG),
    fig("3 sinh viên", "3", 3, "count", "sinh viên", subject="sinh viên phải nhập viện do ngạt khói", location=CG),
    fig("52 tuổi", "52", 52, "measure", "tuổi", location=CG, optional=True),
    fig("khoảng 3-5 phút", "3", 3, "measure", "phút", value_max=5, approx="about",
        subject="thời gian đám cháy bùng lên", location=CG),
    fig("tra 1.240 nhà trọ", "1.240", 1240, "count", "nhà trọ", subject="nhà trọ có sinh viên thuê được kiểm tra"),
    fig("hiện 286 cơ sở", "286", 286, "count", "cơ sở", percent=23.1, subject="cơ sở không bố trí khu sạc riêng"),
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly", subject="tiền xử phạt"),
    fig("độ 600-800 độ C", "600", 600, "measure", "độ C", value_max=800,
        subject="nhiệt độ pin lithium khi cháy", location=""),
    fig("quá 6 tiếng", "6", 6, "measure", "tiếng", approx="at_most", optional=True),
    fig("khoảng 500 khu trọ", "500", 500, "count", "khu trọ", approx="about", status="forecast",
        subject="khu trọ được hỗ trợ lắp đặt tủ sạc chống cháy", period=T25),
    fig("từ 8 đến 10 tỷ", "8", 8e9, "money", "đồng", value_max=10e9, status="forecast",
        subject="kinh phí hỗ trợ lắp đặt tủ sạc chống cháy", period=T25),
]

NOTES = [
    "News agency (TTXVN): agency banner, section path, '20/11/2024 16:25', 'Hà Nội (TTXVN) -', closing '(TTXVN)', keywords.",
    "Distractors: 16:25, '15/11', 'Tối 3/11', 'ngõ 68 đường Cầu Giấy', 'Công an thành phố', keywords.",
    "37 vụ: 'tăng 12 vụ so với cùng kỳ năm 2023' → change in vụ; '9 vụ' after 'trong đó' → total 37; both in the YTD period ending 15/11/2024.",
    "The Cầu Giấy fire: location Cầu Giấy; 'Tối 3/11' is a date, no period given. 'một vụ cháy' is an indefinite article or a count: optional.",
    "'52 tuổi' (a person's age) and 'không sạc quá 6 tiếng mỗi lần' (advice, not a fact or target) are optional.",
    "'phát hiện 286 cơ sở' after 'kiểm tra 1.240 nhà trọ' has no part-of cue and another unit: no total; 'chiếm 23,1%' is its percent.",
    "'pin lithium ... 600-800 độ C' is a general fact about batteries, not about Hà Nội: location null, written location = "" to override the default (FIGURES.md: neither named nor implied).",
    "'dự kiến đến hết năm 2025' governs the 500 khu trọ and the 8-10 tỷ đồng (forecast; start null, end 2025-12-31).",
]

if __name__ == "__main__":
    write("p1372-7", TEXT, NOTES, FIGS, published="2024-11-20", location="Hà Nội")
