"""p736-6: national press, TP HCM thưởng Tết Ất Tỵ 2025, chậm trả lương, vé xe."""
from lib import fig, emit, year, asof, period, inh, change

TEXT = """Thời sự › Lao động - Việc làm
Thứ năm, 16/1/2025, 07:00 (GMT+7)

Thưởng Tết cao nhất ở TP HCM gần 1,9 tỷ đồng

Một doanh nghiệp FDI ngành bất động sản trả thưởng Tết Ất Tỵ cao nhất 1,86 tỷ đồng cho một lao động, giảm 0,13 tỷ đồng so với mức kỷ lục năm ngoái.

Theo Sở Lao động - Thương binh và Xã hội TP HCM, khảo sát tại 650 doanh nghiệp với hơn 241.000 lao động cho thấy thưởng Tết Dương lịch bình quân 1,2 triệu đồng/người. Với Tết Nguyên đán, mức thưởng bình quân của doanh nghiệp nhà nước, doanh nghiệp FDI và doanh nghiệp tư nhân lần lượt là 9,9 triệu, 8,6 triệu và 6,2 triệu đồng/người. Mức thấp nhất là 500.000 đồng/người. So với Tết Giáp Thìn, mức thưởng bình quân tăng 3-5%.

Khảo sát của Liên đoàn Lao động thành phố với 1.500 người lao động cho thấy từ 30 đến 40% người được hỏi nhận thưởng thấp hơn năm trước, gần 26% không có thưởng hoặc chỉ nhận quà.

Trong năm 2024, thành phố có 17 doanh nghiệp chậm trả lương với tổng số tiền hơn 41 tỷ đồng, ảnh hưởng đến hơn 5.000 lao động, chủ yếu thuộc ngành dệt may, da giày. Đến nay, 11 doanh nghiệp đã trả xong, đạt 64,7%.

Liên đoàn Lao động thành phố cho biết năm nay dành 30 tỷ đồng mua 10.000 vé xe, vé tàu và 250 vé máy bay tặng công nhân về quê; 9 tháng năm 2024, công đoàn các cấp đã thăm hỏi, hỗ trợ 12.350 đoàn viên khó khăn.

Lê Tuyết
"""

Y24 = year(2024, "Trong năm 2024")
NAM_NAY = year(2025, "năm nay")
M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
DEN_NAY = asof("Đến nay", "2025-01-16")
AVG = "mức thưởng Tết Nguyên đán bình quân"

FIGS = [
    fig("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", "thưởng Tết cao nhất", approx="nearly"),
    fig("cao nhất 1,86 tỷ", "1,86", 1.86e9, "money", "đồng", "thưởng Tết Ất Tỵ cao nhất",
        change=change("decrease", 0.13e9, unit="đồng", baseline="mức kỷ lục năm ngoái")),
    fig("tại 650 doanh nghiệp", "650", 650, "count", "doanh nghiệp", "doanh nghiệp được khảo sát"),
    fig("hơn 241.000 lao động", "241.000", 241000, "count", "lao động", "lao động tại các doanh nghiệp được khảo sát",
        approx="over"),
    fig("bình quân 1,2 triệu", "1,2", 1.2e6, "money", "đồng/người", "thưởng Tết Dương lịch bình quân"),
    fig("là 9,9 triệu", "9,9", 9.9e6, "money", "đồng/người", AVG + " của doanh nghiệp nhà nước"),
    fig("8,6 triệu và", "8,6", 8.6e6, "money", "đồng/người", AVG + " của doanh nghiệp FDI"),
    fig("và 6,2 triệu", "6,2", 6.2e6, "money", "đồng/người", AVG + " của doanh nghiệp tư nhân"),
    fig("là 500.000", "500.000", 500000, "money", "đồng/người", "mức thưởng Tết thấp nhất"),
    fig("tăng 3-5%", "3", 3, "percent", "%", "mức thưởng bình quân so với Tết Giáp Thìn", value_max=5),
    fig("với 1.500 người", "1.500", 1500, "count", "người lao động", "người lao động được khảo sát"),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "người được hỏi nhận thưởng thấp hơn năm trước", value_max=40),
    fig("gần 26%", "26", 26, "percent", "%", "người được hỏi không có thưởng hoặc chỉ nhận quà", approx="nearly"),
    fig("có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", "doanh nghiệp chậm trả lương", Y24),
    fig("hơn 41 tỷ", "41", 41e9, "money", "đồng", "tổng số tiền chậm trả lương", Y24, approx="over"),
    fig("hơn 5.000 lao động", "5.000", 5000, "count", "lao động", "lao động bị ảnh hưởng do doanh nghiệp chậm trả lương", Y24, approx="over"),
    fig("11 doanh nghiệp đã", "11", 11, "count", "doanh nghiệp", "doanh nghiệp đã trả xong lương chậm trả", DEN_NAY,
        percent=64.7),
    fig("dành 30 tỷ", "30", 30e9, "money", "đồng", "kinh phí mua vé xe, vé tàu, vé máy bay tặng công nhân về quê",
        NAM_NAY),
    fig("mua 10.000 vé", "10.000", 10000, "count", "vé xe, vé tàu", "vé xe, vé tàu tặng công nhân về quê", NAM_NAY),
    fig("250 vé máy bay", "250", 250, "count", "vé máy bay", "vé máy bay tặng công nhân về quê", NAM_NAY),
    fig("hỗ trợ 12.350 đoàn viên", "12.350", 12350, "count", "đoàn viên", "đoàn viên khó khăn được thăm hỏi, hỗ trợ",
        M9),
]

COMMENTS = [
    "National press (VnExpress style), dateline 'Thứ năm, 16/1/2025, 07:00 (GMT+7)': TP HCM thưởng Tết Ất Tỵ, chậm trả lương, vé xe.",
    "'lần lượt là 9,9 triệu, 8,6 triệu và 6,2 triệu đồng/người': three figures, subject = indicator + enterprise type.",
    "'tăng 3-5%' standing as its own sentence is a percent figure (range); 'giảm 0,13 tỷ đồng so với …' is the change of 1,86 tỷ.",
    "'11 doanh nghiệp đã trả xong, đạt 64,7%' → percent attribute; no cue for a total of 17. 'Đến nay' ends at the dateline.",
    "revised: subject of 'hơn 5.000 lao động' now follows the sentence's wording ('ảnh hưởng đến'), as p736-1 does.",
    "'năm nay' = 2025; '9 tháng năm 2024' = 2024-01-01..2024-09-30. Distractors: dateline, (GMT+7), 'một lao động', byline.",
]

if __name__ == "__main__":
    emit("p736-6", TEXT, COMMENTS, FIGS, published="2025-01-16", location="TP Hồ Chí Minh")
