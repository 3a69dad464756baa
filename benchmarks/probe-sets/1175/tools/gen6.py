"""p1175-6: national newspaper: Hà Nội ferry landings on the Red, Đuống and Đà rivers, 6 tháng đầu năm 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Giao thông

Thứ Sáu, 12/7/2024, 06:30 (GMT+7)

Hà Nội còn 96 bến đò ngang chưa bảo đảm an toàn

Hà Nội hiện có 132 bến khách ngang sông, nhưng khảo sát của Sở GTVT cho thấy 96 bến chưa bảo đảm điều kiện an toàn, chủ yếu do cầu cập tạm bợ, thiếu phao cứu sinh. Trong số này, 41 bến chưa có nhà chờ, 23 bến thiếu đèn chiếu sáng.

Theo Sở Giao thông vận tải Hà Nội, 6 tháng đầu năm các bến trên sông Hồng, sông Đuống, sông Đà đã chở khoảng 2,3 triệu lượt khách và gần 1,1 triệu lượt xe máy. Các huyện có nhiều bến nhất là Ba Vì 19 bến, Phúc Thọ 14 bến, Đan Phượng 11 bến.

Tại bến đò Vân Phúc (huyện Phúc Thọ), mỗi ngày có khoảng 700 lượt khách qua sông, phần lớn là công nhân đi làm ở Mê Linh. Phương tiện duy nhất của bến là một chiếc phà tự hành trọng tải 60 tấn, đã hoạt động hơn 15 năm. Ông Đỗ Văn Thắng, chủ bến, nói mỗi tháng chi khoảng 18 triệu đồng tiền dầu, trong khi giá vé chỉ 5.000 đồng/người, 10.000 đồng/xe máy.

Sau vụ lật đò trên sông Đà khiến 2 người mất tích hồi tháng 5, thành phố đã kiểm tra 132 bến, lập biên bản 27 trường hợp, phạt hơn 85 triệu đồng và đình chỉ 4 bến.

Sở GTVT đặt mục tiêu đến năm 2025 có ít nhất 80% bến đạt chuẩn, đồng thời đề xuất xây 7 cầu thay thế các bến có lưu lượng lớn, tổng vốn ước tính 2.400 tỷ đồng.

Võ Hải
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
LIST = "bến khách ngang sông"
VP = "bến đò Vân Phúc"

FIGS = [
    fig("còn 96 bến", "96", 96, "count", "bến đò ngang", subject="bến đò ngang chưa bảo đảm an toàn"),
    fig("có 132 bến", "132", 132, "count", "bến", subject="bến khách ngang sông"),
    fig("cho thấy 96 bến", "96", 96, "count", "bến", subject="bến chưa bảo đảm điều kiện an toàn"),
    fig("41 bến", "41", 41, "count", "bến", total=96, subject="bến chưa có nhà chờ"),
    fig("23 bến", "23", 23, "count", "bến", total=96, subject="bến thiếu đèn chiếu sáng"),
    fig("khoảng 2,3 triệu", "2,3", 2300000, "count", "lượt khách", approx="about",
        subject="lượt khách các bến chở", period=H1),
    fig("1,1 triệu", "1,1", 1100000, "count", "lượt xe máy", approx="nearly",
        subject="lượt xe máy các bến chở", period=H1),
    fig("Ba Vì 19 bến", "19", 19, "count", "bến", subject=LIST, location="Ba Vì"),
    fig("Phúc Thọ 14 bến", "14", 14, "count", "bến", subject=LIST, location="Phúc Thọ"),
    fig("Đan Phượng 11 bến", "11", 11, "count", "bến", subject=LIST, location="Đan Phượng"),
    fig("khoảng 700 lượt", "700", 700, "measure", "lượt khách/ngày", approx="about",
        subject=f"lượt khách qua sông tại {VP} mỗi ngày", location="Phúc Thọ"),
    fig("một chiếc phà", "một", 1, "count", "chiếc phà", subject=f"phương tiện của {VP}", location="Phúc Thọ",
        optional=True),
    fig("60 tấn", "60", 60, "measure", "tấn", subject="trọng tải phà tự hành", location="Phúc Thọ"),
    fig("hơn 15 năm", "15", 15, "measure", "năm", approx="over", subject="thời gian hoạt động của phà",
        location="Phúc Thọ", optional=True),
    fig("khoảng 18 triệu", "18", 18000000, "money", "đồng", approx="about",
        subject=f"tiền dầu chủ {VP} chi mỗi tháng", location="Phúc Thọ"),
    fig("5.000 đồng/người", "5.000", 5000, "money", "đồng/người", subject=f"giá vé {VP}", location="Phúc Thọ"),
    fig("10.000 đồng/xe máy", "10.000", 10000, "money", "đồng/xe máy", subject=f"giá vé {VP} cho xe máy",
        location="Phúc Thọ"),
    fig("2 người", "2", 2, "count", "người", subject="người mất tích trong vụ lật đò trên sông Đà",
        period=per("hồi tháng 5", "2024-05-01", "2024-05-31")),
    fig("kiểm tra 132 bến", "132", 132, "count", "bến", subject="bến được kiểm tra"),
    fig("27 trường hợp", "27", 27, "count", "trường hợp", subject="trường hợp bị lập biên bản"),
    fig("hơn 85 triệu", "85", 85000000, "money", "đồng", approx="over", subject="tiền phạt"),
    fig("đình chỉ 4 bến", "4", 4, "count", "bến", subject="bến bị đình chỉ"),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="bến đạt chuẩn", period=T25),
    fig("7 cầu", "7", 7, "count", "cầu", status="target", subject="cầu thay thế các bến có lưu lượng lớn đề xuất xây",
        period=T25),
    fig("2.400 tỷ", "2.400", 2400000000000, "money", "đồng", status="estimate",
        subject="tổng vốn xây cầu thay thế các bến có lưu lượng lớn", period=T25),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 12/7/2024, 06:30 (GMT+7)', headline figure, byline at the end. Default location Hà Nội.",
    "Distractors: time 06:30, '(GMT+7)', 'hồi tháng 5' (the accident's month: the period of the 2 missing, 2024 from the dateline), river names, 'Mê Linh' (where commuters work, not a figure's place).",
    "'132 bến ..., nhưng ... 96 bến chưa bảo đảm' has no part-of cue: no total. District list 'Ba Vì 19 bến, ...' → location per item.",
    "Passage on bến đò Vân Phúc: location Phúc Thọ, also for the following sentences about the same landing.",
    "'mỗi ngày có khoảng 700 lượt khách' is a rate (measure). 'mỗi tháng chi khoảng 18 triệu đồng' keeps unit đồng (no '/tháng' written).",
    "'một chiếc phà' (phương tiện duy nhất) and the ferry's age 'hơn 15 năm' are optional. 'Trong số này' after 96 bến gives the 41 and 23 their total 96.",
    "'đặt mục tiêu đến năm 2025' → target for 80% and, continued by 'đồng thời', for 7 cầu; 'tổng vốn ước tính' → estimate.",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline; 'kiểm tra 132 bến, ...' after the May accident has no stated period.",
]

if __name__ == "__main__":
    write("p1175-6", TEXT, NOTES, FIGS, published="2024-07-12", location="Hà Nội")
