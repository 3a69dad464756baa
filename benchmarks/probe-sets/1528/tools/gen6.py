"""p1528-6: national newspaper (Hà Nội): street eateries keep honeycomb coal stoves because they are cheaper than gas."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Môi trường
Thứ sáu, 6/12/2024, 06:30 (GMT+7)

Hàng quán vỉa hè vẫn "bám" bếp than tổ ong

Nhiều quán bún, phở ở Hà Nội vẫn đun than tổ ong vì mỗi tháng tiết kiệm được 1-2 triệu đồng so với dùng gas.

6h sáng, quán bún chả của bà Nguyễn Thị Lan trên phố Khương Trung (quận Thanh Xuân) đã đỏ lửa ba bếp than tổ ong. Mỗi ngày quán dùng khoảng 25 viên than, giá 5.500 đồng/viên, tổng chi phí chưa đến 140.000 đồng.

"Một bình gas 12 kg giá khoảng 470.000 đồng, quán tôi phải dùng khoảng 12 bình mỗi tháng", bà Lan nói. Ở nhiều ngõ phố cổ quận Hoàn Kiếm, cảnh người bán hàng nhóm bếp than ngay trên vỉa hè vẫn diễn ra hằng ngày.

Khảo sát tháng 10/2024 của Trung tâm Nghiên cứu Môi trường Đô thị Xanh tại 5 quận nội thành cho thấy 37% hàng quán ăn sáng vẫn dùng bếp than tổ ong, giảm 11 điểm phần trăm so với năm 2021.

Theo TS Lê Minh Đức, một bếp than tổ ong thải ra lượng khí CO gấp khoảng 20 lần bếp gas cùng công suất. "Bụi mịn PM2.5 từ than tổ ong tập trung ở độ cao 1-1,5 m, đúng vùng thở của người đi đường", ông Đức nói.

Đến tháng 10/2024, thành phố vẫn còn khoảng 4.700 bếp than tổ ong, dù mục tiêu là chấm dứt sử dụng loại bếp này trong năm 2025. Hà Nội hỗ trợ 500.000 đồng cho mỗi hộ chuyển đổi, trong khi một bộ bếp gas công nghiệp có giá từ 2 đến 2,5 triệu đồng.

Minh Anh

Chủ đề: Ô nhiễm không khí | Bếp than tổ ong
"""

OCT = per("tháng 10/2024", "2024-10-01", "2024-10-31")
ASOF = per("Đến tháng 10/2024", None, "2024-10-31")
TX = "Thanh Xuân"

FIGS = [
    fig("được 1-2 triệu", "1", 1e6, "money", "đồng/tháng", value_max=2e6,
        subject="tiền tiết kiệm được so với dùng gas"),
    fig("ba bếp", "ba", 3, "count", "bếp", subject="bếp than tổ ong quán bún chả đỏ lửa", location=TX),
    fig("khoảng 25 viên", "25", 25, "measure", "viên than/ngày", approx="about",
        subject="viên than quán dùng mỗi ngày", location=TX),
    fig("5.500 đồng/viên", "5.500", 5500, "money", "đồng/viên", subject="giá than", location=TX),
    fig("chưa đến 140.000", "140.000", 140000, "money", "đồng/ngày", approx="under",
        subject="tổng chi phí", location=TX),
    fig("gas 12 kg", "12", 12, "measure", "kg", subject="bình gas", location=TX, optional=True),
    fig("khoảng 470.000", "470.000", 470000, "money", "đồng/bình", approx="about",
        subject="giá một bình gas 12 kg", location=TX),
    fig("khoảng 12 bình", "12", 12, "measure", "bình/tháng", approx="about",
        subject="bình gas quán dùng mỗi tháng", location=TX),
    fig("tại 5 quận", "5", 5, "count", "quận", subject="quận nội thành khảo sát", period=OCT),
    fig("cho thấy 37%", "37", 37, "percent", "%",
        change=chg("decrease", 11, "điểm phần trăm", "năm 2021"),
        subject="hàng quán ăn sáng vẫn dùng bếp than tổ ong", period=OCT),
    fig("gấp khoảng 20 lần", "20", 20, "multiple", "lần", approx="about",
        subject="lượng khí CO bếp than tổ ong thải ra so với bếp gas cùng công suất"),
    fig("độ cao 1-1,5 m", "1", 1, "measure", "m", value_max=1.5,
        subject="độ cao tập trung bụi mịn PM2.5 từ than tổ ong"),
    fig("khoảng 4.700 bếp", "4.700", 4700, "count", "bếp", approx="about",
        subject="bếp than tổ ong", period=ASOF),
    fig("hỗ trợ 500.000 đồng", "500.000", 500000, "money", "đồng/hộ",
        subject="hỗ trợ mỗi hộ chuyển đổi"),
    fig("từ 2 đến 2,5 triệu", "2", 2e6, "money", "đồng/bộ", value_max=2.5e6,
        subject="giá một bộ bếp gas công nghiệp"),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 6/12/2024, 06:30 (GMT+7)', sapo, quotes, byline at the end. Location Hà Nội (default).",
    "Distractors: 06:30, (GMT+7), '6h sáng', 'phố Khương Trung', CO, PM2.5, 'năm 2025' (a target year with no number), baseline 'năm 2021'.",
    "The eatery passage (quận Thanh Xuân) and bà Lan's quote take location Thanh Xuân. 'Mỗi ngày … 25 viên than', '… chưa đến 140.000 đồng'",
    "and '12 bình mỗi tháng' are rates (/ngày, /tháng); prices per unit keep the unit (đồng/viên, đồng/bình, đồng/bộ, đồng/hộ).",
    "'bình gas 12 kg' names the cylinder size: optional.",
    "'37% …, giảm 11 điểm phần trăm so với năm 2021': the share is the figure, the fall in points its change. Survey period 'tháng 10/2024'.",
    "'gấp khoảng 20 lần bếp gas' stands alone as the claim: multiple (about). The expert's general statement keeps the article's place (borderline).",
    "'Đến tháng 10/2024' is an as-of date (end 2024-10-31). Ranges: 1-2 triệu, 1-1,5 m, từ 2 đến 2,5 triệu.",
]

if __name__ == "__main__":
    write("p1528-6", TEXT, NOTES, FIGS, published="2024-12-06", location="Hà Nội")
