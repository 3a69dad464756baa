"""p1349-5: provincial newspaper (Báo Quảng Trị): third-child births in huyện Gio Linh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Quảng Trị điện tử
Thứ Ba, 22/10/2024 | 07:45

Gio Linh nỗ lực giảm tỷ lệ sinh con thứ ba trở lên

Dù có nhiều chuyển biến, tỷ lệ sinh con thứ ba trở lên ở huyện Gio Linh vẫn cao hơn mặt bằng chung của tỉnh, nhất là ở các xã ven biển.

(QTO) - 9 tháng đầu năm 2024, toàn huyện Gio Linh có 612 trẻ được sinh ra, giảm 38 trẻ so với cùng kỳ năm 2023; trong đó có 141 trẻ là con thứ ba trở lên, chiếm 23%. Tổng tỷ suất sinh của huyện khoảng 2,6 con/phụ nữ, cao hơn bình quân chung của tỉnh (2,35 con).

Theo ông Lê Văn Nhật, Giám đốc Trung tâm Y tế huyện, nguyên nhân chủ yếu là tâm lý muốn có con trai và tập quán của ngư dân. Riêng xã Gio Hải, năm 2023 có gần ba chục trẻ là con thứ ba trở lên; từ đầu năm đến nay, trong số 54 trẻ sinh ra tại xã có 17 trẻ là con thứ ba trở lên.

Huyện hiện duy trì 169 cộng tác viên dân số tại 19 xã, thị trấn, mỗi người được hưởng thù lao 150.000 đồng/tháng. Năm nay, huyện tổ chức hai đợt chiến dịch truyền thông lồng ghép cung cấp dịch vụ sức khỏe sinh sản, có 1.850 lượt người được tư vấn và 1.236 ca sử dụng biện pháp tránh thai mới, đạt 103% kế hoạch, trong đó 312 ca đặt dụng cụ tử cung.

Huyện phấn đấu đến cuối năm 2024 giảm tỷ lệ sinh con thứ ba trở lên từ 1,5 đến 2 điểm phần trăm so với năm 2023, không để phát sinh điểm nóng về mất cân bằng giới tính khi sinh.

NGỌC TRANG

Liên hệ quảng cáo: 0233.3852.119
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-22")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
GL = "Gio Linh"

FIGS = [
    fig("có 612 trẻ", "612", 612, "count", "trẻ", change=chg("decrease", 38, "trẻ", "cùng kỳ năm 2023"),
        subject="trẻ được sinh ra", period=M9),
    fig("có 141 trẻ", "141", 141, "count", "trẻ", total=612, percent=23,
        subject="trẻ là con thứ ba trở lên", period=M9),
    fig("khoảng 2,6 con", "2,6", 2.6, "measure", "con/phụ nữ", approx="about",
        subject="tổng tỷ suất sinh của huyện"),
    fig("(2,35 con)", "2,35", 2.35, "measure", "con",
        subject="tổng tỷ suất sinh bình quân chung của tỉnh", location="Quảng Trị"),
    fig("gần ba chục trẻ", "ba chục", 30, "count", "trẻ", approx="nearly",
        subject="trẻ là con thứ ba trở lên ở xã Gio Hải", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("số 54 trẻ", "54", 54, "count", "trẻ",
        subject="trẻ sinh ra tại xã", period=YTD),
    fig("có 17 trẻ", "17", 17, "count", "trẻ", total=54,
        subject="trẻ là con thứ ba trở lên", period=YTD),
    fig("duy trì 169 cộng tác viên", "169", 169, "count", "cộng tác viên",
        subject="cộng tác viên dân số"),
    fig("tại 19 xã", "19", 19, "count", "xã, thị trấn",
        subject="xã, thị trấn có cộng tác viên dân số"),
    fig("thù lao 150.000", "150.000", 150000, "money", "đồng/tháng",
        subject="thù lao cộng tác viên dân số"),
    fig("tổ chức hai đợt", "hai", 2, "count", "đợt",
        subject="đợt chiến dịch truyền thông lồng ghép cung cấp dịch vụ sức khỏe sinh sản", period=NN),
    fig("có 1.850 lượt", "1.850", 1850, "count", "lượt người",
        subject="lượt người được tư vấn", period=NN),
    fig("và 1.236 ca", "1.236", 1236, "count", "ca", percent=103,
        subject="ca sử dụng biện pháp tránh thai mới", period=NN),
    fig("trong đó 312 ca", "312", 312, "count", "ca", total=1236,
        subject="ca đặt dụng cụ tử cung", period=NN),
    fig("từ 1,5 đến 2 điểm", "1,5", 1.5, "measure", "điểm phần trăm", value_max=2, status="target",
        subject="mức giảm tỷ lệ sinh con thứ ba trở lên so với năm 2023",
        period=per("đến cuối năm 2024", None, "2024-12-31")),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Trị, tag '(QTO) -'): 'Thứ Ba, 22/10/2024 | 07:45', sapo, byline NGỌC TRANG; huyện Gio Linh.",
    "Distractors: 'con thứ ba' (birth order; six times), '07:45', advertising phone 0233.3852.119, 'năm 2023' as a baseline.",
    "'giảm 38 trẻ so với cùng kỳ năm 2023' is a change in 'trẻ'. 'trong đó có 141 trẻ ..., chiếm 23%' → total 612, percent 23.",
    "The district TFR has no period (the 9-month phrase is in the previous sentence and a TFR is not a 9-month count): none given.",
    "The provincial average '(2,35 con)' is located in Quảng Trị. Commune figures (xã Gio Hải) keep the district Gio Linh:",
    "FIGURES.md names province, city or district as locations. 'gần ba chục trẻ' = nearly 30 (number words).",
    "'trong số 54 trẻ ... có 17 trẻ' → total 54. 'từ đầu năm đến nay' ends at the dateline 2024-10-22.",
    "'Năm nay' = 2024 (dateline year). 'đạt 103% kế hoạch' belongs to 1.236 ca; 'trong đó 312 ca' → total 1.236.",
    "The target decrease 'từ 1,5 đến 2 điểm phần trăm' is itself the claim: a measure in 'điểm phần trăm', range, target, end 2024-12-31.",
]

if __name__ == "__main__":
    write("p1349-5", TEXT, NOTES, FIGS, published="2024-10-22", location="Gio Linh")
