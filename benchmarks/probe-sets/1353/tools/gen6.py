"""p1353-6: national newspaper: paid apprenticeship days at electronics plants in Thái Nguyên (a firm in TP Phổ Yên)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ sáu, 13/9/2024, 06:00 (GMT+7)

Công nhân điện tử học việc hưởng lương 25.000 đồng một giờ

Tại nhiều nhà máy điện tử ở Thái Nguyên, người mới vào làm được học việc từ 5 đến 7 ngày trước khi đứng chuyền, thời gian học vẫn được trả lương.

Chị Hoàng Thị Nhung, 22 tuổi, quê huyện Võ Nhai, vừa hoàn thành 6 ngày học việc tại Công ty TNHH Linh kiện Điện tử Sông Công, đóng tại Khu công nghiệp Yên Bình, cạnh Quốc lộ 3 (TP Phổ Yên). Những ngày này, chị được một công nhân lâu năm kèm từng thao tác gắn linh kiện, kiểm tra bo mạch, mỗi ngày học 8 tiếng và hưởng 200.000 đồng.

Theo đại diện công ty, nhà máy có 6.200 công nhân; mỗi tháng doanh nghiệp tuyển khoảng 400-500 lao động mới, tất cả đều qua học việc tại chỗ. Trong 8 tháng đầu năm, công ty tuyển 3.850 người, trong đó 3.610 người hoàn thành học việc. Năm 2023, công ty chi gần 12 tỷ đồng cho đào tạo, gấp đôi năm 2021.

Ông Đặng Quốc Bảo, Phó giám đốc Sở Lao động - Thương binh và Xã hội Thái Nguyên, cho biết toàn tỉnh có khoảng 175.000 lao động làm việc trong các khu công nghiệp, hơn 60% làm trong ngành điện tử. Mỗi năm, các doanh nghiệp tự đào tạo cho trên 30.000 lượt lao động, song chỉ khoảng 15% được cấp chứng chỉ.

"Người lao động học việc ở doanh nghiệp nhưng không có chứng chỉ thì khi chuyển việc lại phải học lại từ đầu", ông Bảo nói.

Theo Bộ luật Lao động, người học nghề không phải đóng học phí nếu cam kết làm việc cho doanh nghiệp sau khi học. Tại Thái Nguyên, từ đầu năm đến nay có 27 vụ tranh chấp liên quan đến hợp đồng đào tạo, giảm 9 vụ so với cùng kỳ.

Hoàng Phương
"""

M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-13")
PY = "Phổ Yên"

FIGS = [
    fig("lương 25.000 đồng", "25.000", 25000, "money", "đồng/giờ",
        subject="lương công nhân điện tử học việc"),
    fig("từ 5 đến 7 ngày", "5", 5, "measure", "ngày", value_max=7,
        subject="thời gian học việc của người mới vào làm"),
    fig("22 tuổi", "22", 22, "measure", "tuổi", optional=True, location=PY),
    fig("hoàn thành 6 ngày", "6", 6, "measure", "ngày",
        subject="ngày học việc chị Hoàng Thị Nhung hoàn thành", location=PY),
    fig("được một công nhân", "một", 1, "count", "công nhân", optional=True, location=PY),
    fig("học 8 tiếng", "8", 8, "measure", "tiếng/ngày", subject="thời gian học mỗi ngày", location=PY),
    fig("hưởng 200.000 đồng", "200.000", 200000, "money", "đồng/ngày",
        subject="tiền hưởng mỗi ngày học việc", location=PY),
    fig("có 6.200 công nhân", "6.200", 6200, "count", "công nhân", subject="công nhân nhà máy", location=PY),
    fig("khoảng 400-500", "400", 400, "measure", "lao động/tháng", value_max=500, approx="about",
        subject="lao động mới doanh nghiệp tuyển mỗi tháng", location=PY),
    fig("tuyển 3.850 người", "3.850", 3850, "count", "người", subject="người công ty tuyển",
        period=M8, location=PY),
    fig("trong đó 3.610 người", "3.610", 3610, "count", "người", total=3850,
        subject="người hoàn thành học việc", period=M8, location=PY),
    fig("gần 12 tỷ", "12", 12e9, "money", "đồng", approx="nearly",
        change=chg("increase", 2, "lần", "năm 2021"),
        subject="chi phí đào tạo của công ty", period=Y23, location=PY),
    fig("khoảng 175.000 lao động", "175.000", 175000, "count", "lao động", approx="about",
        subject="lao động làm việc trong các khu công nghiệp"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="lao động khu công nghiệp làm trong ngành điện tử"),
    fig("trên 30.000 lượt", "30.000", 30000, "measure", "lượt lao động/năm", approx="over",
        subject="lượt lao động các doanh nghiệp tự đào tạo mỗi năm"),
    fig("khoảng 15% được", "15", 15, "percent", "%", approx="about",
        subject="lao động được cấp chứng chỉ"),
    fig("có 27 vụ", "27", 27, "count", "vụ",
        change=chg("decrease", 9, "vụ", "cùng kỳ"),
        subject="vụ tranh chấp liên quan đến hợp đồng đào tạo", period=YTD),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 13/9/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', 06:00, 'Quốc lộ 3', hometown 'huyện Võ Nhai' (not the place of any figure), 'Bộ luật Lao động'.",
    "Location: article Thái Nguyên; the firm in Khu công nghiệp Yên Bình (TP Phổ Yên) gives Phổ Yên to its passage.",
    "Headline '25.000 đồng một giờ' = money, unit đồng/giờ (the sapo says Thái Nguyên; headline located there).",
    "Age '22 tuổi' and 'một công nhân lâu năm' (an article 'a', not a count) are optional.",
    "'mỗi ngày học 8 tiếng và hưởng 200.000 đồng' and 'mỗi tháng ... 400-500 lao động', 'Mỗi năm ... 30.000 lượt' are rates: denominators in the unit.",
    "'8 tháng đầu năm' takes 2024 (dateline). 'gấp đôi năm 2021' after an amount = change (2 lần, baseline năm 2021).",
    "'hơn 60% làm trong ngành điện tử', 'chỉ khoảng 15% được cấp chứng chỉ' are percent figures of their own.",
    "'từ đầu năm đến nay' ends at the dateline; 'giảm 9 vụ so với cùng kỳ' = change in vụ.",
    "revised after the first run: '60%' and '15%' subjects drop the invented 'tỷ lệ' (as the sentence names them).",
]

if __name__ == "__main__":
    write("p1353-6", TEXT, NOTES, FIGS, published="2024-09-13", location="Thái Nguyên")
