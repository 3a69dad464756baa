"""p1300-4: Party newspaper (Báo Phú Yên, tag (PYO)): seahorse cage farming in thị xã Sông Cầu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO PHÚ YÊN ĐIỆN TỬ
Kinh tế | Nông nghiệp

Thứ Hai, 05/08/2024 09:12

Sông Cầu: Nuôi cá ngựa cho thu nhập khá

Nuôi cá ngựa đen trong lồng trên đầm Cù Mông đang mở ra hướng đi mới cho ngư dân thị xã Sông Cầu, với lợi nhuận cao gấp 3 lần nuôi tôm hùm trên cùng diện tích mặt nước.

(PYO) - Năm 2021, anh Lê Minh Khoa (khu phố Long Hải Bắc, phường Xuân Thành) là người đầu tiên ở địa phương thử nghiệm nuôi cá ngựa bằng 2 lồng nhỏ. Đến nay, anh đã mở rộng lên 24 lồng. Mỗi lồng thả khoảng 400 con. Cá nuôi đạt chiều dài 12-14 cm, tỷ lệ sống từ 55-65%. Năm 2023, anh bán ra 8.600 con cá ngựa giống và thương phẩm, thu về gần 430 triệu đồng, trừ chi phí lãi khoảng 210 triệu đồng.

Theo Phòng Kinh tế thị xã, toàn thị xã hiện có 17 hộ nuôi cá ngựa với khoảng 310 lồng, tập trung ở phường Xuân Thành và xã Xuân Phương. Giá cá ngựa khô hiện đạt 2,5-3 triệu đồng/kg, tăng 20% so với cùng kỳ; cá ngựa giống bán cho các cửa hàng cá cảnh từ 25.000 đến 40.000 đồng/con. 6 tháng đầu năm 2024, sản lượng cá ngựa của thị xã đạt khoảng 1,8 tấn, gấp 1,5 lần cùng kỳ năm 2023.

"Cá ngựa ăn chủ yếu là ruốc và tôm tép nhỏ, mỗi ngày cho ăn hai lần nên chi phí thức ăn không cao", anh Khoa chia sẻ.

Thị xã đặt mục tiêu đến năm 2025 có ít nhất 30 hộ nuôi cá ngựa, tổng số lồng đạt 500 lồng; đồng thời đề nghị tỉnh hỗ trợ xây dựng nhãn hiệu tập thể "Cá ngựa Cù Mông".

HOÀNG NGUYÊN
"""

Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
NOW = per("Đến nay", None, "2024-08-05")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("cao gấp 3 lần", "3", 3, "multiple", "lần", subject="lợi nhuận nuôi cá ngựa so với nuôi tôm hùm"),
    fig("bằng 2 lồng", "2", 2, "count", "lồng", subject="lồng nhỏ thử nghiệm nuôi cá ngựa", period=Y21),
    fig("lên 24 lồng", "24", 24, "count", "lồng", subject="lồng nuôi cá ngựa của anh Lê Minh Khoa", period=NOW),
    fig("khoảng 400 con", "400", 400, "measure", "con/lồng", approx="about", subject="cá ngựa thả mỗi lồng"),
    fig("12-14 cm", "12", 12, "measure", "cm", value_max=14, subject="chiều dài cá nuôi"),
    fig("từ 55-65%", "55", 55, "percent", "%", value_max=65, subject="tỷ lệ sống"),
    fig("bán ra 8.600 con", "8.600", 8600, "count", "con", subject="cá ngựa giống và thương phẩm bán ra",
        period=Y23),
    fig("gần 430 triệu", "430", 430e6, "money", "đồng", approx="nearly", subject="tiền thu về từ bán cá ngựa",
        period=Y23),
    fig("khoảng 210 triệu", "210", 210e6, "money", "đồng", approx="about", subject="lãi trừ chi phí",
        period=Y23),
    fig("có 17 hộ", "17", 17, "count", "hộ", subject="hộ nuôi cá ngựa"),
    fig("khoảng 310 lồng", "310", 310, "count", "lồng", approx="about", subject="lồng nuôi cá ngựa"),
    fig("2,5-3 triệu", "2,5", 2.5e6, "money", "đồng/kg", value_max=3e6,
        change=chg("increase", 20, "%", "cùng kỳ"), subject="giá cá ngựa khô"),
    fig("từ 25.000 đến 40.000", "25.000", 25000, "money", "đồng/con", value_max=40000,
        subject="giá cá ngựa giống bán cho các cửa hàng cá cảnh"),
    fig("khoảng 1,8 tấn", "1,8", 1.8, "measure", "tấn", approx="about",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023"), subject="sản lượng cá ngựa của thị xã",
        period=H1),
    fig("cho ăn hai lần", "hai", 2, "measure", "lần/ngày", subject="số lần cho cá ngựa ăn mỗi ngày",
        optional=True),
    fig("ít nhất 30 hộ", "30", 30, "count", "hộ", approx="at_least", status="target",
        subject="hộ nuôi cá ngựa", period=T25),
    fig("đạt 500 lồng", "500", 500, "count", "lồng", status="target", subject="tổng số lồng", period=T25),
]

NOTES = [
    "Party newspaper (Báo Phú Yên): section menu, 'Thứ Hai, 05/08/2024 09:12', headline, sapo, '(PYO) -' tag, quote, byline at the end.",
    "Distractors: 09:12, 'Năm 2021' (the start of the story), 'khu phố Long Hải Bắc', 'người đầu tiên', 'Cá ngựa Cù Mông' brand.",
    "Location: thị xã Sông Cầu for every figure (a town of Phú Yên; the farmer lives in phường Xuân Thành of the town).",
    "Sapo 'lợi nhuận cao gấp 3 lần nuôi tôm hùm' has no base amount: a multiple figure standing alone.",
    "'bằng 2 lồng nhỏ': 'bằng' means 'with, by means of' here, not a share. 'Đến nay' is an as-of date = the dateline.",
    "'Mỗi lồng thả khoảng 400 con' is a per-cage rate: measure, unit con/lồng.",
    "'gấp 1,5 lần cùng kỳ năm 2023' after the 1,8 tấn is its change (1,5 lần), as 'tăng … lần so với cùng kỳ' in FIGURES.md.",
    "'mỗi ngày cho ăn hai lần' (inside a quote, a husbandry habit) is optional: a frequency, not a statistic.",
    "'mục tiêu đến năm 2025' governs both 30 hộ and 500 lồng (target).",
]

if __name__ == "__main__":
    write("p1300-4", TEXT, NOTES, FIGS, published="2024-08-05", location="Sông Cầu")
