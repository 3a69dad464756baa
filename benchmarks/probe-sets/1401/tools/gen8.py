"""p1401-8: news agency (TTXVN from Tokyo): Vietnamese students in Japan, fees, part-time work, consular cases, Japan's target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Thời sự | Thế giới | Kinh tế | Xã hội | Giáo dục

Du học sinh Việt Nam tại Nhật Bản tăng trở lại

25/03/2024 14:22 GMT+7

Số du học sinh Việt Nam tại Nhật Bản tăng trở lại sau đại dịch, song chi phí sinh hoạt và đồng yên biến động khiến nhiều em gặp khó khăn.

Tokyo (TTXVN) - Theo số liệu Tổ chức Hỗ trợ sinh viên Nhật Bản (JASSO) công bố ngày 22/3, tính đến ngày 1/5/2023, Nhật Bản có 279.274 du học sinh nước ngoài, tăng 20,8% so với năm trước. Việt Nam có 36.339 du học sinh, đứng thứ 3 sau Trung Quốc và Nepal, chiếm 13% tổng số.

Trong số du học sinh Việt Nam, 18.420 người theo học tại các trường Nhật ngữ, 9.856 người học đại học và sau đại học, số còn lại học tại các trường chuyên môn.

Học phí tại các trường Nhật ngữ dao động 700.000-800.000 yên/năm, trong khi mức lương tối thiểu theo giờ tại Tokyo hiện là 1.113 yên. Du học sinh được phép làm thêm không quá 28 giờ mỗi tuần. Em Lê Thị Mai, sinh viên năm thứ 2 tại Osaka, cho biết mỗi tháng em làm thêm khoảng 100 giờ, thu nhập gần 110.000 yên, trong khi tiền thuê nhà đã là 35.000 yên/tháng.

Đại sứ quán Việt Nam tại Nhật Bản cho biết, năm 2023, cơ quan đại diện đã bảo hộ công dân cho 126 trường hợp du học sinh, giảm 15 trường hợp so với năm 2022. Hội Thanh niên - Sinh viên Việt Nam tại Nhật Bản hiện có 42 chi hội với khoảng 6.500 hội viên.

Chính phủ Nhật Bản đặt mục tiêu đến năm 2033 tiếp nhận 400.000 du học sinh quốc tế, gấp hơn 1,4 lần hiện nay.

Bảo Ngọc (TTXVN)
"""

ASOF = per("tính đến ngày 1/5/2023", None, "2023-05-01")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T33 = per("đến năm 2033", None, "2033-12-31")
VN = "Việt Nam"

FIGS = [
    fig("có 279.274 du học sinh", "279.274", 279274, "count", "du học sinh",
        change=chg("increase", 20.8, "%", "năm trước"),
        subject="du học sinh nước ngoài tại Nhật Bản", period=ASOF),
    fig("có 36.339 du học sinh", "36.339", 36339, "count", "du học sinh", percent=13,
        subject="du học sinh Việt Nam tại Nhật Bản", period=inh(ASOF), location=VN),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="du học sinh tại Nhật Bản", period=inh(ASOF), location=VN),
    fig("18.420 người", "18.420", 18420, "count", "người", total=36339,
        subject="du học sinh Việt Nam theo học tại các trường Nhật ngữ", period=inh(ASOF), location=VN),
    fig("9.856 người", "9.856", 9856, "count", "người", total=36339,
        subject="du học sinh Việt Nam học đại học và sau đại học", period=inh(ASOF), location=VN),
    fig("700.000-800.000", "700.000", 700000, "money", "yên/năm", value_max=800000,
        subject="học phí tại các trường Nhật ngữ"),
    fig("hiện là 1.113 yên", "1.113", 1113, "money", "yên/giờ",
        subject="mức lương tối thiểu theo giờ", location="Tokyo"),
    fig("không quá 28 giờ", "28", 28, "measure", "giờ/tuần", approx="at_most",
        subject="thời gian du học sinh được phép làm thêm"),
    fig("khoảng 100 giờ", "100", 100, "measure", "giờ/tháng", approx="about",
        subject="thời gian em Lê Thị Mai làm thêm mỗi tháng", location="Osaka"),
    fig("gần 110.000 yên", "110.000", 110000, "money", "yên/tháng", approx="nearly",
        subject="thu nhập làm thêm của em Lê Thị Mai", location="Osaka"),
    fig("là 35.000 yên", "35.000", 35000, "money", "yên/tháng",
        subject="tiền thuê nhà", location="Osaka"),
    fig("cho 126 trường hợp", "126", 126, "count", "trường hợp",
        change=chg("decrease", 15, "trường hợp", "năm 2022"),
        subject="trường hợp du học sinh được bảo hộ công dân", period=Y23),
    fig("có 42 chi hội", "42", 42, "count", "chi hội",
        subject="chi hội của Hội Thanh niên - Sinh viên Việt Nam tại Nhật Bản"),
    fig("khoảng 6.500 hội viên", "6.500", 6500, "count", "hội viên", approx="about",
        subject="hội viên Hội Thanh niên - Sinh viên Việt Nam tại Nhật Bản"),
    fig("tiếp nhận 400.000 du học sinh", "400.000", 400000, "count", "du học sinh", status="target",
        change=chg("increase", 1.4, "lần", "hiện nay", approx="over"),
        subject="du học sinh quốc tế Nhật Bản tiếp nhận", period=T33),
]

NOTES = [
    "News agency (TTXVN): menu, '25/03/2024 14:22 GMT+7', sapo, 'Tokyo (TTXVN) -', byline '(TTXVN)' at the end.",
    "Distractors: 14:22, 'GMT+7', 'ngày 22/3' (publication date of the data), 'ngày 1/5/2023' as-of, 'năm 2022' baseline.",
    "Location: figures of Japan's own system (its total of foreign students, fees, wage, work-hour cap, consular cases there,",
    "the association's chapters, Japan's 2033 target) → 'Nhật Bản' (Tokyo for the Tokyo wage); Vietnam's own count of its students → 'Việt Nam'.",
    "'Việt Nam có 36.339 du học sinh … chiếm 13% tổng số' → percent 13 (no total: 'tổng số' names no number); rank 3, period inherited.",
    "'Trong số du học sinh Việt Nam, 18.420 … 9.856 …' after the 36.339: parts, total 36339 (the remainder is not stated as a number).",
    "A student in Osaka: 'mỗi tháng … khoảng 100 giờ, … gần 110.000 yên' → rates per month (giờ/tháng, yên/tháng), location Osaka; 'năm thứ 2' is an ordinal.",
    "'giảm 15 trường hợp so với năm 2022' → change in trường hợp; 'gấp hơn 1,4 lần hiện nay' after a target → change over 1.4 lần.",
]

if __name__ == "__main__":
    write("p1401-8", TEXT, NOTES, FIGS, published="2024-03-25", location="Nhật Bản")
