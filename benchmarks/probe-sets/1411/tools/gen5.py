"""p1411-5: provincial newspaper (Báo Hà Tĩnh, tag HTO): whooping cough cases 2024, district list, rank, catch-up campaign."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Hà Tĩnh > Y tế > Phòng chống dịch bệnh

Hà Tĩnh: Ca mắc ho gà tăng mạnh, đẩy nhanh tiêm bù cho trẻ

20/08/2024 - 16:12

(HTO) - Từ đầu năm đến nay, Hà Tĩnh ghi nhận 64 ca mắc ho gà, gấp hơn 10 lần cả năm 2023; ngành y tế đang đẩy nhanh tiêm bù, tiêm vét cho trẻ chưa tiêm đủ mũi.

Theo Trung tâm Kiểm soát bệnh tật (CDC) Hà Tĩnh, tính đến ngày 18/8, toàn tỉnh có 64 ca mắc ho gà ở 11/13 huyện, thị xã, thành phố, trong đó 41 ca là trẻ dưới 6 tháng tuổi. Các địa phương có nhiều ca mắc là huyện Cẩm Xuyên (14 ca), Thạch Hà (11 ca) và TP Hà Tĩnh (9 ca). Với số ca mắc này, Hà Tĩnh đang đứng thứ 4 cả nước.

Bác sĩ Trần Văn Hùng, Phó Giám đốc CDC Hà Tĩnh cho biết, có tới 78% số ca mắc chưa được tiêm hoặc tiêm chưa đủ mũi vắc xin có thành phần ho gà. Năm 2023, tỷ lệ tiêm chủng đầy đủ vắc xin 5 trong 1 cho trẻ của tỉnh chỉ đạt 76,4%, giảm so với mức 95,2% năm 2021.

Đợt tiêm bù từ ngày 1/8 đến 31/8 có mục tiêu tiêm cho khoảng 5.200 trẻ chưa tiêm đủ mũi; tính đến ngày 18/8 đã tiêm được 3.180 trẻ, đạt 61,2%. Theo Bệnh viện Đa khoa tỉnh, mỗi ca ho gà nặng điều trị trung bình từ 10 đến 14 ngày, chi phí khoảng 8-12 triệu đồng.

CDC Hà Tĩnh khuyến cáo phụ huynh đưa trẻ đi tiêm đầy đủ, đúng lịch; khi trẻ ho kéo dài, ho thành cơn cần đưa đến cơ sở y tế để được khám và điều trị kịp thời.

THU HÀ
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-20")
ASOF = per("tính đến ngày 18/8", None, "2024-08-18")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y21 = per("năm 2021", "2021-01-01", "2021-12-31")
AUG = per("từ ngày 1/8 đến 31/8", "2024-08-01", "2024-08-31")
CASES = "số ca mắc ho gà"

FIGS = [
    fig("ghi nhận 64 ca", "64", 64, "count", "ca",
        change=chg("increase", 10, "lần", "cả năm 2023", approx="over"), subject="ca mắc ho gà", period=YTD),
    fig("có 64 ca", "64", 64, "count", "ca", subject="ca mắc ho gà", period=ASOF),
    fig("ở 11/13", "11", 11, "count", "huyện, thị xã, thành phố", total=13,
        subject="huyện, thị xã, thành phố có ca mắc ho gà", period=ASOF),
    fig("41 ca", "41", 41, "count", "ca", total=64, subject="ca mắc là trẻ dưới 6 tháng tuổi", period=ASOF),
    fig("dưới 6 tháng", "6", 6, "measure", "tháng tuổi", approx="under", optional=True),
    fig("Xuyên (14 ca)", "14", 14, "count", "ca", subject=CASES, period=inh(ASOF), location="Cẩm Xuyên"),
    fig("Thạch Hà (11 ca)", "11", 11, "count", "ca", subject=CASES, period=inh(ASOF), location="Thạch Hà"),
    fig("TP Hà Tĩnh (9 ca)", "9", 9, "count", "ca", subject=CASES, period=inh(ASOF), location="TP Hà Tĩnh"),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="số ca mắc ho gà", period=inh(ASOF)),
    fig("tới 78%", "78", 78, "percent", "%",
        subject="số ca mắc chưa được tiêm hoặc tiêm chưa đủ mũi vắc xin có thành phần ho gà"),
    fig("đạt 76,4%", "76,4", 76.4, "percent", "%",
        subject="tỷ lệ tiêm chủng đầy đủ vắc xin 5 trong 1 cho trẻ", period=Y23),
    fig("mức 95,2%", "95,2", 95.2, "percent", "%",
        subject="tỷ lệ tiêm chủng đầy đủ vắc xin 5 trong 1 cho trẻ", period=Y21),
    fig("khoảng 5.200 trẻ", "5.200", 5200, "count", "trẻ", approx="about", status="target",
        subject="trẻ chưa tiêm đủ mũi được tiêm bù", period=AUG),
    fig("được 3.180 trẻ", "3.180", 3180, "count", "trẻ", percent=61.2, subject="trẻ đã được tiêm bù",
        period=ASOF),
    fig("từ 10 đến 14 ngày", "10", 10, "measure", "ngày", value_max=14,
        subject="thời gian điều trị mỗi ca ho gà nặng"),
    fig("khoảng 8-12 triệu", "8", 8e6, "money", "đồng/ca", value_max=12e6, approx="about",
        subject="chi phí điều trị mỗi ca ho gà nặng"),
]

NOTES = [
    "Provincial newspaper (Báo Hà Tĩnh): breadcrumb, '20/08/2024 - 16:12', tag '(HTO) -', sapo, byline 'THU HÀ' at the end.",
    "Distractors: 16:12, '(HTO)', '(CDC)', 'vắc xin 5 trong 1'. The sapo repeats the 64 cases with 'Từ đầu năm đến nay'",
    "(ends at the dateline 2024-08-20); the body gives them as of 18/8 (year 2024 from the dateline).",
    "'gấp hơn 10 lần cả năm 2023' after the count → change 10 lần, approx over, baseline 'cả năm 2023'.",
    "'11/13 huyện, thị xã, thành phố' → total 13; '41 ca' after 'trong đó' → total 64. District list: location each district.",
    "'đứng thứ 4 cả nước' → rank 4, location Hà Tĩnh (the ranked province; 'cả nước' is the field).",
    "'đạt 76,4%, giảm so với mức 95,2% năm 2021' → 95,2 is the 2021 level (its own figure with period 2021), not a change.",
    "'có mục tiêu tiêm cho khoảng 5.200 trẻ' → target; '3.180 trẻ, đạt 61,2%' → percent attribute, as of 18/8.",
    "'mỗi ca ... chi phí khoảng 8-12 triệu đồng' → a per-case amount: unit đồng/ca.",
]

if __name__ == "__main__":
    write("p1411-5", TEXT, NOTES, FIGS, published="2024-08-20", location="Hà Tĩnh")
