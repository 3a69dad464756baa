"""p1389-6: national newspaper: egg freezing at an (invented) Hà Nội obstetrics hospital, 8 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ sáu, 20/9/2024, 09:12 (GMT+7)

Người trẻ tìm đến trữ đông noãn ngày càng nhiều

Số ca trữ đông noãn tại Bệnh viện Phụ sản Hồng Hà (Hà Nội) 8 tháng đầu năm nay gấp 2,5 lần cùng kỳ năm ngoái, phần lớn là phụ nữ độc thân làm việc văn phòng.

Theo PGS.TS Vũ Đức Khang, Giám đốc bệnh viện, 8 tháng đầu năm nay bệnh viện thực hiện 420 ca trữ đông noãn, trong khi cả năm 2023 chỉ có 260 ca. Mỗi năm, bệnh viện tiếp nhận khoảng 30.000 lượt khám hiếm muộn, trong đó 42% là phụ nữ chưa kết hôn.

"Nhiều cô gái thế hệ 9X chủ động trữ noãn khi còn trẻ vì chưa sẵn sàng lập gia đình", ông Khang nói. Theo ông, ở phụ nữ dưới 35 tuổi, tỷ lệ có thai sau mỗi lần chuyển phôi đạt 55-60%; từ 38 tuổi trở lên giảm còn khoảng 25% và trên 42 tuổi chỉ còn dưới 10%.

Hiện ngân hàng noãn của bệnh viện lưu trữ khoảng 2.300 mẫu, gấp đôi năm 2022. Chi phí trữ đông noãn khoảng 25-30 triệu đồng cho lần đầu, phí lưu trữ 6 triệu đồng/năm.

Theo Hội Sản phụ khoa Việt Nam, trong các cặp vợ chồng vô sinh ở nước ta, 40% nguyên nhân đến từ người chồng, 40% từ người vợ, 10% do cả hai và 10% chưa rõ nguyên nhân, nên cả hai vợ chồng cần đi khám sớm. Cả nước hiện có khoảng 1 triệu cặp vợ chồng vô sinh, tỷ lệ vô sinh ở người dưới 30 tuổi có xu hướng tăng.

Thùy Linh
"""

M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
Y23 = per("cả năm 2023", "2023-01-01", "2023-12-31")
HN = "Hà Nội"
VN = "Việt Nam"
CAUSE = "nguyên nhân vô sinh"

FIGS = [
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
        subject="số ca trữ đông noãn tại Bệnh viện Phụ sản Hồng Hà", period=M8),
    fig("thực hiện 420 ca", "420", 420, "count", "ca", subject="ca trữ đông noãn bệnh viện thực hiện", period=M8),
    fig("có 260 ca", "260", 260, "count", "ca", subject="ca trữ đông noãn", period=Y23),
    fig("khoảng 30.000 lượt", "30.000", 30000, "measure", "lượt khám/năm", approx="about",
        subject="lượt khám hiếm muộn bệnh viện tiếp nhận mỗi năm"),
    fig("42%", "42", 42, "percent", "%", subject="phụ nữ chưa kết hôn trong lượt khám hiếm muộn"),
    fig("dưới 35 tuổi", "35", 35, "measure", "tuổi", approx="under", optional=True),
    fig("đạt 55-60%", "55", 55, "percent", "%", value_max=60,
        subject="tỷ lệ có thai sau mỗi lần chuyển phôi ở phụ nữ dưới 35 tuổi"),
    fig("từ 38 tuổi", "38", 38, "measure", "tuổi", approx="at_least", optional=True),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about",
        subject="tỷ lệ có thai sau mỗi lần chuyển phôi ở phụ nữ từ 38 tuổi trở lên"),
    fig("trên 42 tuổi", "42", 42, "measure", "tuổi", approx="over", optional=True),
    fig("dưới 10%", "10", 10, "percent", "%", approx="under",
        subject="tỷ lệ có thai sau mỗi lần chuyển phôi ở phụ nữ trên 42 tuổi"),
    fig("khoảng 2.300 mẫu", "2.300", 2300, "count", "mẫu", approx="about",
        change=chg("increase", 2, "lần", "năm 2022"), subject="mẫu noãn ngân hàng noãn của bệnh viện lưu trữ"),
    fig("khoảng 25-30 triệu", "25", 25e6, "money", "đồng", value_max=30e6, approx="about",
        subject="chi phí trữ đông noãn cho lần đầu"),
    fig("lưu trữ 6 triệu", "6", 6e6, "money", "đồng/năm", subject="phí lưu trữ noãn"),
    fig("40% nguyên nhân", "40", 40, "percent", "%", subject=f"{CAUSE} đến từ người chồng", location=VN),
    fig("40% từ người vợ", "40", 40, "percent", "%", subject=f"{CAUSE} từ người vợ", location=VN),
    fig("10% do cả hai", "10", 10, "percent", "%", subject=f"{CAUSE} do cả hai", location=VN),
    fig("10% chưa rõ", "10", 10, "percent", "%", subject=f"{CAUSE} chưa rõ", location=VN),
    fig("khoảng 1 triệu", "1", 1e6, "count", "cặp vợ chồng", approx="about",
        subject="cặp vợ chồng vô sinh", location=VN),
    fig("dưới 30 tuổi", "30", 30, "measure", "tuổi", approx="under", optional=True, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 20/9/2024, 09:12 (GMT+7)', sapo with the headline figure, quote, byline at the end.",
    "Distractors: 09:12, (GMT+7), 'cùng kỳ năm ngoái' and 'năm 2022' as baselines, 'thế hệ 9X', 'PGS.TS'.",
    "Sapo 'gấp 2,5 lần cùng kỳ năm ngoái' stands alone as the claim: kind multiple; '8 tháng đầu năm nay' = Jan-Aug 2024 (dateline year).",
    "'khoảng 2.300 mẫu, gấp đôi năm 2022': change increase 2 'lần'. 'giảm còn khoảng 25%' is a level (no change).",
    "'Mỗi năm, bệnh viện tiếp nhận khoảng 30.000 lượt khám': a rate, measure 'lượt khám/năm' (as p8 'chu kỳ/tháng'; revised after the first run from kind count).",
    "Ages that bound a group ('dưới 35 tuổi', 'từ 38 tuổi', 'trên 42 tuổi', 'dưới 30 tuổi') are optional, as 'dưới 1 tuổi' in shared gold h24.",
    "Hospital figures: Hà Nội; the association's cause shares ('ở nước ta') and 'Cả nước ... 1 triệu cặp': Việt Nam.",
]

if __name__ == "__main__":
    write("p1389-6", TEXT, NOTES, FIGS, published="2024-09-20", location=HN)
