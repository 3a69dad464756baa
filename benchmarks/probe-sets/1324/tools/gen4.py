"""p1324-4: provincial newspaper (Báo Quảng Nam, tag '(QNO) -'): a theme park in Điện Bàn over the 30/4 - 1/5 holiday 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Thời sự | Kinh tế | Du lịch | Văn hóa
Thứ Sáu, 03/05/2024 | 08:15

Công viên chủ đề Làng Cổ Hội An đón gần 48.000 lượt khách dịp lễ

Trong 5 ngày nghỉ lễ 30/4 - 1/5, Công viên chủ đề Làng Cổ Hội An (thị xã Điện Bàn) đón gần 48.000 lượt khách, tăng 26% so với dịp lễ năm 2023. Vui chơi giải trí tiếp tục là điểm sáng của du lịch Quảng Nam.

(QNO) - Theo Ban quản lý công viên, trong 5 ngày nghỉ lễ (từ 27/4 đến 1/5), lượng khách bình quân đạt 9.600 lượt/ngày; riêng ngày 30/4 đón 13.200 lượt, cao nhất từ khi khai trương. Khách nội địa chiếm khoảng 85%, còn lại là khách quốc tế đến từ Hàn Quốc, Nhật Bản, Australia.

Công viên rộng 65 ha, có 4 phân khu với 46 trò chơi, khai trương tháng 6/2023 với tổng vốn đầu tư hơn 2.300 tỷ đồng. Giá vé dịp lễ được giữ nguyên: 550.000 đồng/người lớn và 400.000 đồng/trẻ em; người cao tuổi được giảm 30%. Đơn vị đã huy động khoảng 700 nhân viên, trong đó 120 người làm nhiệm vụ cứu hộ, an ninh.

Theo Sở Văn hóa, Thể thao và Du lịch, dịp nghỉ lễ năm nay toàn tỉnh đón khoảng 285.000 lượt khách, tăng 15% so với cùng kỳ; tổng thu từ du lịch ước đạt 610 tỷ đồng. Trong đó, các khu vui chơi giải trí, công viên chủ đề đón 96.000 lượt, chiếm 33,7%.

Ông Nguyễn Hữu Phước, Phó Giám đốc công viên cho biết, năm 2024 đơn vị phấn đấu đón 1,2 triệu lượt khách, doanh thu khoảng 520 tỷ đồng; dự kiến quý III sẽ đưa vào vận hành thêm hai trò chơi cảm giác mạnh.

PHAN VŨ
"""

HOL = per("5 ngày nghỉ lễ (từ 27/4 đến 1/5)", "2024-04-27", "2024-05-01")
D30 = per("riêng ngày 30/4", "2024-04-30", "2024-04-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
DB = "Điện Bàn"

FIGS = [
    fig("gần 48.000 lượt khách dịp lễ", "48.000", 48000, "count", "lượt khách", approx="nearly",
        subject="lượt khách Công viên chủ đề Làng Cổ Hội An đón", period=inh(HOL), location=DB),
    fig("gần 48.000 lượt khách, tăng", "48.000", 48000, "count", "lượt khách", approx="nearly",
        change=chg("increase", 26, "%", "dịp lễ năm 2023"),
        subject="lượt khách Công viên chủ đề Làng Cổ Hội An đón", period=inh(HOL), location=DB),
    fig("đạt 9.600 lượt", "9.600", 9600, "measure", "lượt/ngày", subject="lượng khách bình quân",
        period=HOL, location=DB),
    fig("đón 13.200 lượt", "13.200", 13200, "count", "lượt", subject="lượt khách công viên đón",
        period=D30, location=DB),
    fig("chiếm khoảng 85%", "85", 85, "percent", "%", approx="about", subject="khách nội địa",
        period=inh(HOL), location=DB),
    fig("rộng 65 ha", "65", 65, "measure", "ha", subject="diện tích công viên", location=DB),
    fig("có 4 phân khu", "4", 4, "count", "phân khu", subject="phân khu của công viên", location=DB),
    fig("với 46 trò chơi", "46", 46, "count", "trò chơi", subject="trò chơi của công viên", location=DB),
    fig("hơn 2.300 tỷ", "2.300", 2300e9, "money", "đồng", approx="over",
        subject="tổng vốn đầu tư công viên", location=DB),
    fig("nguyên: 550.000", "550.000", 550000, "money", "đồng/người lớn", subject="giá vé dịp lễ người lớn",
        location=DB),
    fig("và 400.000", "400.000", 400000, "money", "đồng/trẻ em", subject="giá vé dịp lễ trẻ em",
        location=DB),
    fig("giảm 30%", "30", 30, "percent", "%", subject="mức giảm giá vé cho người cao tuổi", location=DB),
    fig("khoảng 700 nhân viên", "700", 700, "count", "nhân viên", approx="about",
        subject="nhân viên đơn vị huy động", location=DB),
    fig("đó 120 người", "120", 120, "count", "người", total=700,
        subject="người làm nhiệm vụ cứu hộ, an ninh", location=DB),
    fig("khoảng 285.000 lượt", "285.000", 285000, "count", "lượt khách", approx="about",
        change=chg("increase", 15, "%", "cùng kỳ"), subject="lượt khách toàn tỉnh đón",
        period=inh(HOL)),
    fig("ước đạt 610 tỷ", "610", 610e9, "money", "đồng", status="estimate",
        subject="tổng thu từ du lịch", period=inh(HOL)),
    fig("đón 96.000 lượt", "96.000", 96000, "count", "lượt", total=285000, percent=33.7,
        subject="lượt khách các khu vui chơi giải trí, công viên chủ đề đón", period=inh(HOL)),
    fig("đón 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", status="target",
        subject="lượt khách đơn vị đón", period=Y24, location=DB),
    fig("khoảng 520 tỷ", "520", 520e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu", period=Y24, location=DB),
    fig("thêm hai trò chơi", "hai", 2, "count", "trò chơi", status="forecast",
        subject="trò chơi cảm giác mạnh đưa vào vận hành thêm", period=Q3, location=DB),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam): menu, 'Thứ Sáu, 03/05/2024 | 08:15', headline, sapo, tag '(QNO) -', byline 'PHAN VŨ' at the end.",
    "Distractors: 08:15, '30/4 - 1/5' (holiday name), 'ngày 30/4' as a date, 'tháng 6/2023' (opening date), the park's name 'Hội An'.",
    "The park stands in thị xã Điện Bàn: location Điện Bàn for its figures (not Hội An, which is only in its name); province figures Quảng Nam.",
    "Holiday period: only the body sentence states its dates ('từ 27/4 đến 1/5' → 2024-04-27..2024-05-01, scored); headline, sapo, and later",
    "sentences that only say 'dịp lễ'/'5 ngày nghỉ lễ 30/4 - 1/5'/'dịp nghỉ lễ năm nay' inherit it (not scored). 'riêng ngày 30/4' = that day.",
    "'9.600 lượt/ngày' is a rate (measure). 'người cao tuổi được giảm 30%' is a discount rate standing alone: percent figure, no change.",
    "'khoảng 700 nhân viên, trong đó 120 người' → total 700. 'Trong đó ... 96.000 lượt, chiếm 33,7%' after a sentence break → total 285.000, percent 33,7.",
    "'năm 2024 đơn vị phấn đấu' governs 1,2 triệu and 520 tỷ (target); after ';' 'dự kiến quý III ... thêm hai trò chơi' is forecast.",
]

if __name__ == "__main__":
    write("p1324-4", TEXT, NOTES, FIGS, published="2024-05-03", location="Quảng Nam")
