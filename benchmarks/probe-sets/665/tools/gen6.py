"""p665-6: national press — cigarette tax share of retail price, proposed absolute excise, output, revenue, health cost."""
from lib import per, inh, chg, tgt, fig, emit

TEXT = """Thứ hai, 3/6/2024, 07:00 (GMT+7)

Thuế chỉ chiếm 36% giá bán lẻ một bao thuốc lá

Tổng các loại thuế hiện chiếm khoảng 36% giá bán lẻ thuốc lá tại Việt Nam, thấp hơn nhiều so với mức tối thiểu 75% mà Tổ chức Y tế Thế giới (WHO) khuyến nghị các quốc gia hướng tới.

Theo Bộ Tài chính, giá bán lẻ bình quân một bao thuốc lá 20 điếu hiện khoảng 15.000 đồng, thuộc nhóm thấp nhất khu vực ASEAN. Thuế suất thuế tiêu thụ đặc biệt đối với thuốc lá điếu là 75% giá xuất xưởng và được giữ nguyên từ năm 2019 đến nay.

Dự thảo Luật Thuế tiêu thụ đặc biệt (sửa đổi) bổ sung thuế tuyệt đối. Theo phương án 1, mức thuế tuyệt đối dự kiến áp dụng năm 2026 là 2.000 đồng/bao, tăng dần lên 10.000 đồng/bao vào năm 2030. Khi đó, giá bán lẻ dự kiến tăng khoảng 30-35% và lượng tiêu thụ thuốc lá có thể giảm 10%.

Số liệu của Tổng cục Thống kê cho thấy năm 2023, cả nước sản xuất khoảng 5,1 tỷ bao thuốc lá, tăng 2,4% so với năm 2022. Thu ngân sách từ thuế tiêu thụ đặc biệt đối với thuốc lá năm 2023 đạt 17.800 tỷ đồng, trong khi chi phí y tế điều trị 5 nhóm bệnh liên quan đến thuốc lá ước khoảng 108.000 tỷ đồng mỗi năm.

Theo WHO, mỗi năm Việt Nam có khoảng 40.000 người tử vong do các bệnh liên quan đến thuốc lá; tỷ lệ hút thuốc ở nam giới trưởng thành là 42,3%, thuộc nhóm 15 nước cao nhất thế giới.

"Tăng thuế là biện pháp hiệu quả nhất, ít tốn kém nhất để giảm sử dụng thuốc lá", đại diện WHO tại Việt Nam nhận định.

Minh Châu"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("chiếm 36% giá", "36", 36, "percent", "%", "Thuế trong giá bán lẻ một bao thuốc lá"),
    fig("khoảng 36%", "36", 36, "percent", "%", "Tổng các loại thuế trong giá bán lẻ thuốc lá", approx="about",
        target=tgt(75, "%", False)),
    fig("bao thuốc lá 20 điếu", "20", 20, "count", "điếu", optional=True),
    fig("khoảng 15.000 đồng", "15.000", 15000, "money", "đồng", "giá bán lẻ bình quân một bao thuốc lá", approx="about"),
    fig("là 75% giá", "75", 75, "percent", "%", "Thuế suất thuế tiêu thụ đặc biệt đối với thuốc lá điếu",
        per("từ năm 2019 đến nay", "2019-01-01", "2024-06-03")),
    fig("là 2.000 đồng/bao", "2.000", 2000, "money", "đồng/bao", "mức thuế tuyệt đối",
        per("năm 2026", "2026-01-01", "2026-12-31"), status="forecast"),
    fig("lên 10.000 đồng/bao", "10.000", 10000, "money", "đồng/bao", "mức thuế tuyệt đối",
        per("năm 2030", "2030-01-01", "2030-12-31"), status="forecast"),
    fig("khoảng 30-35%", "30", 30, "percent", "%", "giá bán lẻ tăng", value_max=35, approx="about", status="forecast"),
    fig("giảm 10%", "10", 10, "percent", "%", "lượng tiêu thụ thuốc lá giảm", status="forecast"),
    fig("khoảng 5,1 tỷ bao", "5,1", 5.1e9, "count", "bao", "bao thuốc lá sản xuất", Y23, approx="about",
        change=chg("increase", 2.4, "%", "năm 2022")),
    fig("đạt 17.800 tỷ", "17.800", 17.8e12, "money", "đồng", "Thu ngân sách từ thuế tiêu thụ đặc biệt đối với thuốc lá", Y23),
    fig("5 nhóm bệnh", "5", 5, "count", "nhóm bệnh", optional=True),
    fig("khoảng 108.000 tỷ", "108.000", 108e12, "money", "đồng", "chi phí y tế điều trị bệnh liên quan đến thuốc lá",
        approx="about", status="estimate"),
    fig("khoảng 40.000 người", "40.000", 40000, "count", "người", "người tử vong do các bệnh liên quan đến thuốc lá", approx="about"),
    fig("là 42,3%", "42,3", 42.3, "percent", "%", "tỷ lệ hút thuốc ở nam giới trưởng thành"),
    fig("nhóm 15 nước", "15", 15, "count", "nước", optional=True),
]

COMMENTS = [
    "National press (invented, VnExpress-style dateline 'Thứ hai, 3/6/2024, 07:00 (GMT+7)'): thuế thuốc lá chiếm 36% giá bán lẻ; đề xuất thuế tuyệt đối.",
    "Distractors: '(GMT+7)', 'phương án 1', 'năm 2019/2026/2030' as periods. Optional: '20 điếu' (pack size), '5 nhóm bệnh', 'nhóm 15 nước'.",
    "'thấp hơn nhiều so với mức tối thiểu 75% mà WHO khuyến nghị các quốc gia hướng tới': the 75% is the level to aim at that 36% is measured against.",
    "'tăng dần lên 10.000 đồng/bao' is the level reached, not a change. 'giá bán lẻ dự kiến tăng khoảng 30-35%' and 'có thể giảm 10%' are rates",
    "that are the claim (percent figures, no change), forecast (the 'dự kiến' clause continues). 'từ năm 2019 đến nay' ends at the dateline.",
    "revised: the 75% was first a figure of its own (status target); as a target that the 36% is compared against ('thấp hơn … so với', cf. h09",
    "'thấp hơn 0,4% so với chỉ tiêu … (35,5%)') it is the target attribute of 'khoảng 36%' (met false), not a figure (FIGURES.md: attributes).",
]

if __name__ == "__main__":
    emit("p665-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
