"""p1275-5: provincial newspaper (Báo Quảng Ninh): the human milk bank of a provincial obstetrics and paediatrics hospital."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NINH
Xã hội | Y tế

Ngân hàng sữa mẹ tiếp sức cho gần 4.000 trẻ sơ sinh

Thứ Ba, 20/08/2024 | 16:05

Sau gần 3 năm hoạt động, Ngân hàng sữa mẹ tại Bệnh viện Sản Nhi Quảng Ninh đã trở thành điểm tựa cho nhiều trẻ sinh non, nhẹ cân không có đủ sữa từ mẹ.

(BQN) - Tính đến hết tháng 7/2024, Ngân hàng sữa mẹ đã tiếp nhận 4.860 lít sữa từ 1.152 bà mẹ hiến tặng. Sau sàng lọc, 4.215 lít đạt tiêu chuẩn được thanh trùng, chiếm 86,7%. Đã có 3.920 trẻ sơ sinh được nhận sữa, trong đó hơn 70% là trẻ sinh non, nhẹ cân.

Riêng 7 tháng đầu năm 2024, lượng sữa tiếp nhận đạt 1.340 lít, tăng 18% so với cùng kỳ. Mỗi ngày, ngân hàng cấp phát trung bình 5-6 lít sữa cho Khoa Hồi sức tích cực sơ sinh. Chi phí vận hành khoảng 1,5 tỷ đồng mỗi năm, do bệnh viện và các nhà tài trợ đóng góp.

Bác sĩ Phạm Thị Hòa, Trưởng Khoa Sơ sinh, kể về một bé sinh non ở tuần thứ 28, nặng chỉ 900 gram. Nhờ được nuôi bằng sữa mẹ hiến tặng suốt 45 ngày, bé đã tăng lên 1,8 kg và được xuất viện.

Bệnh viện hiện có 1.086 cán bộ, nhân viên, trong đó nữ chiếm 72%; bệnh viện đã bố trí hai phòng vắt, trữ sữa cho nhân viên và người nhà người bệnh. Năm 2024, bệnh viện đặt mục tiêu tiếp nhận 2.400 lít sữa và vận động thêm khoảng 300 bà mẹ hiến sữa.

THU HẰNG
"""

ASOF = per("Tính đến hết tháng 7/2024", None, "2024-07-31")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 4.000 trẻ", "4.000", 4000, "count", "trẻ sơ sinh", approx="nearly",
        subject="trẻ sơ sinh được ngân hàng sữa mẹ tiếp sức"),
    fig("gần 3 năm", "3", 3, "measure", "năm", approx="nearly",
        subject="thời gian hoạt động của ngân hàng sữa mẹ", optional=True),
    fig("tiếp nhận 4.860 lít", "4.860", 4860, "measure", "lít",
        subject="sữa ngân hàng sữa mẹ tiếp nhận", period=ASOF),
    fig("từ 1.152 bà mẹ", "1.152", 1152, "count", "bà mẹ", subject="bà mẹ hiến tặng sữa", period=ASOF),
    fig("4.215 lít", "4.215", 4215, "measure", "lít", percent=86.7,
        subject="sữa đạt tiêu chuẩn được thanh trùng", period=inh(ASOF)),
    fig("3.920 trẻ", "3.920", 3920, "count", "trẻ sơ sinh",
        subject="trẻ sơ sinh được nhận sữa", period=inh(ASOF)),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ lệ trẻ sinh non, nhẹ cân trong số trẻ được nhận sữa", period=inh(ASOF)),
    fig("đạt 1.340 lít", "1.340", 1340, "measure", "lít",
        change=chg("increase", 18, "%", "cùng kỳ"), subject="lượng sữa tiếp nhận", period=M7),
    fig("trung bình 5-6 lít", "5", 5, "measure", "lít/ngày", value_max=6,
        subject="sữa ngân hàng cấp phát cho Khoa Hồi sức tích cực sơ sinh mỗi ngày"),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng/năm", approx="about",
        subject="chi phí vận hành ngân hàng sữa mẹ mỗi năm"),
    fig("chỉ 900 gram", "900", 900, "measure", "gram", subject="cân nặng của bé sinh non"),
    fig("suốt 45 ngày", "45", 45, "measure", "ngày",
        subject="thời gian bé được nuôi bằng sữa mẹ hiến tặng"),
    fig("lên 1,8 kg", "1,8", 1.8, "measure", "kg", subject="cân nặng của bé khi xuất viện"),
    fig("có 1.086 cán bộ", "1.086", 1086, "count", "cán bộ, nhân viên",
        subject="cán bộ, nhân viên của bệnh viện"),
    fig("chiếm 72%", "72", 72, "percent", "%", subject="tỷ lệ nữ trong cán bộ, nhân viên bệnh viện"),
    fig("hai phòng", "hai", 2, "count", "phòng",
        subject="phòng vắt, trữ sữa bệnh viện bố trí cho nhân viên và người nhà người bệnh"),
    fig("tiếp nhận 2.400 lít", "2.400", 2400, "measure", "lít", status="target",
        subject="sữa bệnh viện tiếp nhận", period=Y24),
    fig("khoảng 300 bà mẹ", "300", 300, "count", "bà mẹ", approx="about", status="target",
        subject="bà mẹ hiến sữa vận động thêm", period=Y24),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Ninh): section menu, headline figure, 'Thứ Ba, 20/08/2024 | 16:05', sapo, tag '(BQN) -', byline.",
    "Distractors: 16:05, 'tuần thứ 28' (gestational week, an ordinal), '(BQN)', 'Khoa Hồi sức tích cực sơ sinh'.",
    "Location Quảng Ninh for all (the hospital is the province's; no district named).",
    "'Sau gần 3 năm hoạt động' is a duration that locates the story in time: optional. 'suốt 45 ngày' is itself the claim: a measure.",
    "'4.215 lít ..., chiếm 86,7%' → percent attribute; no part-of cue, so no total. 'trong đó hơn 70% là trẻ sinh non' is a percent figure.",
    "'Tính đến hết tháng 7/2024' is an as-of date (end 2024-07-31); the sentences after it inherit it (not scored).",
    "'Mỗi ngày ... trung bình 5-6 lít' → range, lít/ngày; 'khoảng 1,5 tỷ đồng mỗi năm' → đồng/năm.",
    "'tăng lên 1,8 kg' gives the new weight, not a change. 'đặt mục tiêu' governs both clauses (target, Năm 2024).",
]

if __name__ == "__main__":
    write("p1275-5", TEXT, NOTES, FIGS, published="2024-08-20", location="Quảng Ninh")
