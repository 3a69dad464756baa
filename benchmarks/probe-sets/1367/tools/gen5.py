"""p1367-5: provincial newspaper (Báo Quảng Nam, tag (QNO)): a table-tennis club in Tam Kỳ; provincial table-tennis figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Thể thao | Cộng đồng

Sân chơi bóng bàn của người lao động phố

Thứ Bảy, 16/03/2024 | 07:05

(QNO) - Từ nhóm bạn chơi trong một gian kho cũ, Câu lạc bộ bóng bàn Hương Trà (TP Tam Kỳ) nay có gần 80 hội viên, trở thành điểm sinh hoạt thể thao quen thuộc của công nhân, viên chức và học sinh.

Câu lạc bộ được thành lập năm 2016 với 12 thành viên, ban đầu chỉ có hai bàn bóng cũ. Đến nay, câu lạc bộ có 8 bàn thi đấu tiêu chuẩn, mở cửa từ 15 giờ 30 đến 21 giờ hằng ngày. Hội viên đóng phí 120.000 đồng/người/tháng, học sinh được giảm 50%.

Ông Trần Văn Lộc, Chủ nhiệm câu lạc bộ, cho biết năm 2023 câu lạc bộ thu khoảng 96 triệu đồng, đủ trang trải tiền điện, thuê mặt bằng và mua bóng. Mỗi năm, câu lạc bộ tổ chức 4 giải nội bộ. Tại Giải bóng bàn các câu lạc bộ tỉnh Quảng Nam năm 2023, các tay vợt Hương Trà giành 2 huy chương vàng và 1 huy chương bạc, xếp thứ ba toàn đoàn.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có 143 câu lạc bộ bóng bàn với hơn 3.600 hội viên, riêng TP Tam Kỳ có 27 câu lạc bộ. Năm 2023, tỉnh tổ chức 3 giải bóng bàn cấp tỉnh, thu hút tổng cộng 642 lượt vận động viên, tăng gần 20% so với năm 2022.

Năm nay, ngành thể thao dự kiến hỗ trợ 10 câu lạc bộ cấp xã, mỗi câu lạc bộ 15 triệu đồng để mua bàn, lưới. Mục tiêu đến năm 2025, mỗi huyện, thị xã, thành phố có ít nhất 5 câu lạc bộ bóng bàn hoạt động thường xuyên.

THANH HẢI

Tin cùng chuyên mục:
- Quảng Nam: Khởi tranh Giải futsal thanh niên năm 2024
"""

F16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
TK = "Tam Kỳ"
CLB = "Câu lạc bộ bóng bàn Hương Trà"

FIGS = [
    fig("gần 80 hội viên", "80", 80, "count", "hội viên", approx="nearly",
        subject=f"hội viên {CLB}", location=TK),
    fig("với 12 thành viên", "12", 12, "count", "thành viên",
        subject="thành viên câu lạc bộ khi thành lập", period=F16, location=TK),
    fig("có hai bàn", "hai", 2, "count", "bàn", subject="bàn bóng cũ câu lạc bộ có ban đầu",
        period=F16, location=TK),
    fig("có 8 bàn", "8", 8, "count", "bàn", subject="bàn thi đấu tiêu chuẩn câu lạc bộ có",
        period=per("Đến nay", None, "2024-03-16"), location=TK),
    fig("phí 120.000", "120.000", 120000, "money", "đồng/người/tháng", subject="phí hội viên đóng",
        location=TK),
    fig("giảm 50%", "50", 50, "percent", "%", subject="mức giảm phí cho học sinh", location=TK),
    fig("khoảng 96 triệu", "96", 96e6, "money", "đồng", approx="about",
        subject="khoản thu của câu lạc bộ", period=Y23, location=TK),
    fig("tổ chức 4 giải", "4", 4, "measure", "giải/năm", subject="giải nội bộ câu lạc bộ tổ chức mỗi năm",
        location=TK),
    fig("giành 2 huy chương", "2", 2, "count", "huy chương vàng",
        subject="huy chương vàng các tay vợt Hương Trà giành", period=Y23, location=TK),
    fig("và 1 huy chương", "1", 1, "count", "huy chương bạc",
        subject="huy chương bạc các tay vợt Hương Trà giành", period=Y23, location=TK),
    fig("xếp thứ ba", "ba", 3, "rank", "hạng", subject=f"xếp hạng toàn đoàn của các tay vợt Hương Trà",
        period=Y23, location=TK),
    fig("có 143 câu lạc bộ", "143", 143, "count", "câu lạc bộ", subject="câu lạc bộ bóng bàn"),
    fig("hơn 3.600 hội viên", "3.600", 3600, "count", "hội viên", approx="over",
        subject="hội viên các câu lạc bộ bóng bàn"),
    fig("có 27 câu lạc bộ", "27", 27, "count", "câu lạc bộ", subject="câu lạc bộ bóng bàn", location=TK),
    fig("tổ chức 3 giải", "3", 3, "count", "giải", subject="giải bóng bàn cấp tỉnh", period=Y23b),
    fig("tổng cộng 642 lượt", "642", 642, "count", "lượt vận động viên",
        change=chg("increase", 20, "%", "năm 2022", approx="nearly"),
        subject="lượt vận động viên tham gia các giải bóng bàn cấp tỉnh", period=Y23b),
    fig("hỗ trợ 10 câu lạc bộ", "10", 10, "count", "câu lạc bộ", status="forecast",
        subject="câu lạc bộ cấp xã được hỗ trợ", period=NOW),
    fig("mỗi câu lạc bộ 15 triệu", "15", 15e6, "money", "đồng/câu lạc bộ", status="forecast",
        subject="mức hỗ trợ mỗi câu lạc bộ", period=NOW),
    fig("ít nhất 5 câu lạc bộ", "5", 5, "count", "câu lạc bộ", approx="at_least", status="target",
        subject="câu lạc bộ bóng bàn hoạt động thường xuyên mỗi huyện, thị xã, thành phố", period=TO25),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam điện tử): 'Thứ Bảy, 16/03/2024 | 07:05', tag '(QNO) -', sapo, byline 'THANH HẢI', related link.",
    "The club passage (Câu lạc bộ bóng bàn Hương Trà, TP Tam Kỳ) → location Tam Kỳ; province figures → Quảng Nam; 'riêng TP Tam Kỳ có 27' → Tam Kỳ, no total ('riêng' is no cue).",
    "'thành lập năm 2016 với 12 thành viên, ban đầu chỉ có hai bàn' → period năm 2016; sapo 'nay' and 'hiện' → no period.",
    "revised after the first run: 'Đến nay, câu lạc bộ có 8 bàn' → as-of period null..2024-03-16 (published), like 'đến 30/6/2023' and",
    "'từ năm 2021 đến nay' in the spec; the standing fee and discount of the next sentence keep no period.",
    "'Mỗi năm, câu lạc bộ tổ chức 4 giải' is a yearly rate: measure, unit giải/năm, no period.",
    "'từ 15 giờ 30 đến 21 giờ' are times of day, not a range figure.",
    "'Năm nay' = 2024 (published); 'dự kiến' governs both clauses (forecast); 'Mục tiêu đến năm 2025 ... ít nhất 5' → target, at_least.",
    "Distractors: 07:05, '15 giờ 30', '21 giờ', 'năm 2022' (baseline), 'năm 2024' in the related link.",
]

if __name__ == "__main__":
    write("p1367-5", TEXT, NOTES, FIGS, published="2024-03-16", location="Quảng Nam")
