"""p1279-5: national newspaper (VnExpress-like): national figures on people with drug addiction and rehab centres."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Xã hội
Thứ hai, 24/6/2024, 07:30 (GMT+7)

Hơn 240.000 người nghiện ma túy có hồ sơ quản lý

Số người nghiện ma túy có hồ sơ quản lý trên cả nước tăng gần 1,5 lần sau 5 năm, nhưng chưa đến 30% trong số đó được cai nghiện mỗi năm.

Theo báo cáo của Bộ Lao động - Thương binh và Xã hội gửi Quốc hội, tính đến tháng 5/2024, cả nước có 242.618 người nghiện ma túy có hồ sơ quản lý, tăng gần 1,5 lần so với năm 2019. Ba địa phương có nhiều người nghiện nhất lần lượt là TP HCM 28.460 người, Nghệ An 11.230 người và Sơn La 6.950 người.

Cả nước hiện có 134 cơ sở cai nghiện ma túy, gồm 97 cơ sở công lập và 37 cơ sở tư nhân, tổng công suất tiếp nhận khoảng 86 nghìn người. Năm 2023, các cơ sở đã tiếp nhận 58.700 lượt học viên, trong đó cai nghiện bắt buộc chiếm 78%.

Ông Trần Quang Vinh, Phó cục trưởng Cục Bảo trợ xã hội, cho biết chi phí cai nghiện tự nguyện tại các cơ sở tư nhân dao động từ 5 đến 15 triệu đồng mỗi tháng, cao gấp 3-4 lần mức hỗ trợ của Nhà nước. "Nhiều gia đình ở nông thôn không đủ khả năng chi trả", ông nói.

Theo Nghị định 116/2021/NĐ-CP, người cai nghiện bắt buộc được hỗ trợ tiền ăn, tiền thuốc và chi phí sinh hoạt. Tỷ lệ tái nghiện sau cai hiện vẫn ở mức 80-90%.

Chiến lược quốc gia phòng, chống và kiểm soát ma túy đặt mục tiêu đến năm 2030, 100% người nghiện có nhu cầu được tiếp cận dịch vụ cai nghiện và tỷ lệ tái nghiện giảm còn dưới 50%.

Hồng Chiêu
"""

ASOF = per("tính đến tháng 5/2024", None, "2024-05-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
ADDICTS = "người nghiện ma túy có hồ sơ quản lý"

FIGS = [
    fig("Hơn 240.000 người", "240.000", 240000, "count", "người", approx="over", subject=ADDICTS),
    fig("nước tăng gần 1,5 lần", "1,5", 1.5, "multiple", "lần", approx="nearly",
        subject="số người nghiện ma túy có hồ sơ quản lý"),
    fig("chưa đến 30%", "30", 30, "percent", "%", approx="under",
        subject="người nghiện được cai nghiện mỗi năm"),
    fig("có 242.618 người", "242.618", 242618, "count", "người",
        change=chg("increase", 1.5, "lần", "năm 2019", approx="nearly"), subject=ADDICTS, period=ASOF),
    fig("Ba địa phương", "Ba", 3, "count", "địa phương", subject="địa phương có nhiều người nghiện nhất",
        optional=True),
    fig("HCM 28.460 người", "28.460", 28460, "count", "người", subject="người nghiện",
        period=inh(ASOF), location="TP Hồ Chí Minh"),
    fig("An 11.230 người", "11.230", 11230, "count", "người", subject="người nghiện",
        period=inh(ASOF), location="Nghệ An"),
    fig("La 6.950 người", "6.950", 6950, "count", "người", subject="người nghiện",
        period=inh(ASOF), location="Sơn La"),
    fig("có 134 cơ sở", "134", 134, "count", "cơ sở", subject="cơ sở cai nghiện ma túy"),
    fig("gồm 97 cơ sở", "97", 97, "count", "cơ sở", total=134, subject="cơ sở cai nghiện ma túy công lập"),
    fig("và 37 cơ sở", "37", 37, "count", "cơ sở", total=134, subject="cơ sở cai nghiện ma túy tư nhân"),
    fig("khoảng 86 nghìn", "86", 86000, "count", "người", approx="about",
        subject="tổng công suất tiếp nhận của các cơ sở cai nghiện"),
    fig("nhận 58.700 lượt", "58.700", 58700, "count", "lượt học viên",
        subject="lượt học viên các cơ sở đã tiếp nhận", period=Y23),
    fig("chiếm 78%", "78", 78, "percent", "%", subject="học viên cai nghiện bắt buộc", period=Y23),
    fig("từ 5 đến 15 triệu", "5", 5e6, "money", "đồng/tháng", value_max=15e6,
        change=chg("increase", 3, "lần", "mức hỗ trợ của Nhà nước"),
        subject="chi phí cai nghiện tự nguyện tại các cơ sở tư nhân"),
    fig("mức 80-90%", "80", 80, "percent", "%", value_max=90, subject="tỷ lệ tái nghiện sau cai"),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="người nghiện có nhu cầu được tiếp cận dịch vụ cai nghiện", period=T30),
    fig("dưới 50%", "50", 50, "percent", "%", approx="under", status="target",
        subject="tỷ lệ tái nghiện", period=T30),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 24/6/2024, 07:30 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: 07:30, (GMT+7), 'sau 5 năm' (a duration that only locates the change), 'năm 2019' (baseline), 'Nghị định 116/2021/NĐ-CP'.",
    "All figures are national (location Việt Nam) except the three list items, whose places are their locations; their subject is",
    "the list's indicator ('người nghiện') and their period 'tính đến tháng 5/2024' stands in the previous sentence (inherited).",
    "Sapo 'tăng gần 1,5 lần' with no base amount is a multiple figure; in the body the same words are the change of 242.618.",
    "'Ba địa phương' names the group of the list: optional. 'gồm 97 … và 37 …' → total 134. 'khoảng 86 nghìn' = 86 000.",
    "'trong đó cai nghiện bắt buộc chiếm 78%' is a percent figure of its own (a part's share), period Năm 2023.",
    "'từ 5 đến 15 triệu đồng mỗi tháng, cao gấp 3-4 lần mức hỗ trợ' → money range đồng/tháng, change increase 3 lần.",
    "'mục tiêu đến năm 2030' governs both coordinated targets (100%, dưới 50%).",
]

if __name__ == "__main__":
    write("p1279-5", TEXT, NOTES, FIGS, published="2024-06-24", location="Việt Nam")
