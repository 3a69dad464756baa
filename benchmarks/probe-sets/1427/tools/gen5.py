"""p1427-5: national newspaper: the ornamental bird market in Hà Nội at year end, forest rangers' checks."""
from lib import fig, per, inh, chg, write

TEXT = """Thứ hai, 18/11/2024, 07:10 (GMT+7)

Thị trường chim cảnh sôi động cuối năm, giá chào mào tăng 20-30%

Những tháng cuối năm, các chợ chim cảnh ở Hà Nội tấp nập người mua bán; giá chào mào, họa mi tăng mạnh.

Tại khu chợ chim trên phố Hoàng Hoa Thám (quận Ba Đình), mỗi sáng cuối tuần có khoảng 70-80 điểm bán với hàng nghìn lồng chim. Anh Đỗ Văn Khải, chủ một điểm bán, cho biết chào mào nuôi nhốt thuần có giá từ 800.000 đến 1,5 triệu đồng/con, tăng khoảng 20% so với cùng kỳ năm ngoái; chim đã đạt giải tại các hội thi được rao bán 15-30 triệu đồng/con. Mỗi tháng, anh bán được khoảng 120 con, doanh thu trên 100 triệu đồng.

Họa mi, khướu và sáo là các loài được ưa chuộng tiếp theo, giá phổ biến từ 1 đến 3 triệu đồng/con. Lồng chim tre đan thủ công giá từ 300.000 đồng, loại cao cấp bằng gỗ mun có giá hơn 20 triệu đồng.

Theo Chi cục Kiểm lâm Hà Nội, 10 tháng năm 2024, lực lượng kiểm lâm đã kiểm tra 214 lượt cơ sở kinh doanh chim cảnh, phát hiện 37 vụ vi phạm về động vật hoang dã, tăng 9 vụ so với cùng kỳ; tịch thu và thả về tự nhiên hơn 6.300 cá thể chim, trong đó có 412 cá thể thuộc danh mục loài nguy cấp, quý, hiếm. Tổng số tiền xử phạt là 386 triệu đồng.

"Chào mào, họa mi nhân giống trong trại được phép kinh doanh nếu chứng minh được nguồn gốc theo Nghị định 06/2019/NĐ-CP; chim bẫy từ tự nhiên thì bị cấm", đại diện Chi cục cho biết.

Ông Lê Thành Nam, Chủ tịch Câu lạc bộ chim chào mào Hà Nội, ước tính thành phố hiện có khoảng 15.000 người nuôi chim cảnh, trong đó chừng 3.000 người thường xuyên tham gia hội thi.

Minh Thu
"""

BD = "Ba Đình"
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")

FIGS = [
    fig("tăng 20-30%", "20", 20, "percent", "%", value_max=30, subject="giá chào mào"),
    fig("khoảng 70-80", "70", 70, "count", "điểm bán", approx="about", value_max=80,
        subject="điểm bán tại khu chợ chim trên phố Hoàng Hoa Thám mỗi sáng cuối tuần", location=BD),
    fig("hàng nghìn lồng", "nghìn", 1000, "count", "lồng chim", approx="about", subject="lồng chim", location=BD),
    fig("từ 800.000 đến 1,5", "800.000", 800000, "money", "đồng/con", value_max=1.5e6,
        change=chg("increase", 20, "%", "cùng kỳ năm ngoái", approx="about"),
        subject="giá chào mào nuôi nhốt thuần", location=BD),
    fig("bán 15-30 triệu", "15", 15e6, "money", "đồng/con", value_max=30e6,
        subject="giá chim đã đạt giải tại các hội thi", location=BD),
    fig("khoảng 120 con", "120", 120, "measure", "con/tháng", approx="about", subject="chim anh Khải bán mỗi tháng",
        location=BD),
    fig("trên 100 triệu", "100", 100e6, "money", "đồng/tháng", approx="over",
        subject="doanh thu mỗi tháng của anh Khải", location=BD),
    fig("từ 1 đến 3 triệu", "1", 1e6, "money", "đồng/con", value_max=3e6,
        subject="giá phổ biến họa mi, khướu và sáo"),
    fig("giá từ 300.000", "300.000", 300000, "money", "đồng", approx="at_least",
        subject="giá lồng chim tre đan thủ công"),
    fig("hơn 20 triệu", "20", 20e6, "money", "đồng", approx="over", subject="giá lồng chim cao cấp bằng gỗ mun"),
    fig("kiểm tra 214 lượt", "214", 214, "count", "lượt cơ sở",
        subject="lượt cơ sở kinh doanh chim cảnh lực lượng kiểm lâm kiểm tra", period=M10),
    fig("phát hiện 37 vụ", "37", 37, "count", "vụ", change=chg("increase", 9, "vụ", "cùng kỳ"),
        subject="vụ vi phạm về động vật hoang dã", period=M10),
    fig("hơn 6.300 cá thể", "6.300", 6300, "count", "cá thể", approx="over",
        subject="cá thể chim tịch thu và thả về tự nhiên", period=M10),
    fig("412 cá thể", "412", 412, "count", "cá thể", total=6300,
        subject="cá thể thuộc danh mục loài nguy cấp, quý, hiếm", period=M10),
    fig("là 386 triệu", "386", 386e6, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(M10)),
    fig("khoảng 15.000 người", "15.000", 15000, "count", "người", approx="about", status="estimate",
        subject="người nuôi chim cảnh"),
    fig("chừng 3.000 người", "3.000", 3000, "count", "người", approx="about", status="estimate", total=15000,
        subject="người thường xuyên tham gia hội thi"),
]

NOTES = [
    "National newspaper: 'Thứ hai, 18/11/2024, 07:10 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: 07:10, '(GMT+7)', 'phố Hoàng Hoa Thám', 'quận Ba Đình', 'Nghị định 06/2019/NĐ-CP', 'một điểm bán' (a, not a count).",
    "Headline 'giá chào mào tăng 20-30%': a growth rate as the claim → percent range, no change object.",
    "'hàng nghìn lồng chim' = 1000, approx about (FIGURES.md §2 'hàng chục nghìn').",
    "'tăng khoảng 20% so với cùng kỳ năm ngoái' is the change of the price range (approx about in the change).",
    "'Mỗi tháng ... khoảng 120 con, doanh thu trên 100 triệu đồng' → rates con/tháng, đồng/tháng.",
    "'giá từ 300.000 đồng' (prices start at) → approx at_least.",
    "'10 tháng năm 2024' → 2024-01-01..2024-10-31; the fine in the next sentence inherits it. '412 cá thể' after 'trong đó' → total 6.300.",
    "'ước tính ... khoảng 15.000 người ..., trong đó chừng 3.000' → estimate (the cue continues into the trong-đó clause), total 15.000.",
    "Location: the market paragraph (chợ chim on phố Hoàng Hoa Thám, quận Ba Đình) → Ba Đình for its 6 figures (revised after the first",
    "run: the first gold had Hà Nội; FIGURES.md places a figure in the district it describes). The next paragraph (general prices of",
    "other birds and cages) and the forest rangers' and club's figures → Hà Nội.",
]

if __name__ == "__main__":
    write("p1427-5", TEXT, NOTES, FIGS, published="2024-11-18", location="Hà Nội")
