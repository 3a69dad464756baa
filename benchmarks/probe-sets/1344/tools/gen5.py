"""p1344-5: national newspaper: share of rural households cooking mainly with firewood (survey 2023)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Kinh tế | Xã hội | Sức khỏe

Thứ năm, 14/11/2024, 10:20 (GMT+7)

Hơn 30% hộ nông thôn vẫn đun nấu chủ yếu bằng củi

Dù khí hóa lỏng và điện ngày càng phổ biến, củi vẫn là chất đốt chính của nhiều gia đình ở vùng núi phía Bắc và Tây Nguyên.

Theo kết quả khảo sát năm 2023 do Bộ Nông nghiệp và Phát triển nông thôn công bố ngày 12/11, cả nước có khoảng 5,1 triệu hộ nông thôn dùng củi làm chất đốt chính, chiếm 30,8% tổng số hộ nông thôn. So với năm 2018, tỷ lệ này giảm 6,4 điểm phần trăm. Tỷ lệ hộ dùng khí hóa lỏng (gas) là 52,6%, dùng điện 14,1%, còn lại là than, khí sinh học và phụ phẩm nông nghiệp.

Các tỉnh có tỷ lệ hộ đun củi cao nhất là Điện Biên (81,2%), Lai Châu (79,6%) và Hà Giang (76,3%); thấp nhất là TP Hồ Chí Minh với 0,9%.

Mỗi năm, các hộ nông thôn tiêu thụ khoảng 18-20 triệu tấn củi, trong đó hơn 60% được thu gom từ vườn nhà, rừng trồng và cây phân tán. Theo Tổ chức Y tế Thế giới (WHO), ô nhiễm không khí trong nhà do đun nấu bằng nhiên liệu rắn làm khoảng 3,2 triệu người tử vong mỗi năm trên toàn cầu.

Ông Nguyễn Văn Thịnh, Viện Năng lượng, cho rằng giá một bình gas 12 kg hiện khoảng 420.000-460.000 đồng, bằng khoảng 9% thu nhập tháng của một hộ nghèo vùng cao, nên nhiều gia đình vẫn chọn củi.

Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả đặt mục tiêu đến năm 2030 giảm tỷ lệ hộ nông thôn dùng củi làm chất đốt chính xuống dưới 15%, phổ biến khoảng 1 triệu bếp đun cải tiến và bếp sinh khối.

Minh Anh
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y30 = per("đến năm 2030", end="2030-12-31")
SH = "tỷ lệ hộ đun củi"

FIGS = [
    fig("Hơn 30% hộ", "30", 30, "percent", "%", approx="over",
        subject="hộ nông thôn vẫn đun nấu chủ yếu bằng củi"),
    fig("khoảng 5,1 triệu", "5,1", 5.1e6, "count", "hộ", approx="about", percent=30.8,
        subject="hộ nông thôn dùng củi làm chất đốt chính", period=Y23),
    fig("giảm 6,4 điểm", "6,4", 6.4, "measure", "điểm phần trăm",
        subject="mức giảm tỷ lệ hộ nông thôn dùng củi làm chất đốt chính", period=inh(Y23)),
    fig("là 52,6%", "52,6", 52.6, "percent", "%", subject="tỷ lệ hộ dùng khí hóa lỏng (gas)", period=inh(Y23)),
    fig("điện 14,1%", "14,1", 14.1, "percent", "%", subject="tỷ lệ hộ dùng điện", period=inh(Y23)),
    fig("(81,2%)", "81,2", 81.2, "percent", "%", subject=SH, location="Điện Biên"),
    fig("(79,6%)", "79,6", 79.6, "percent", "%", subject=SH, location="Lai Châu"),
    fig("(76,3%)", "76,3", 76.3, "percent", "%", subject=SH, location="Hà Giang"),
    fig("với 0,9%", "0,9", 0.9, "percent", "%", subject=SH, location="TP Hồ Chí Minh"),
    fig("khoảng 18-20 triệu", "18", 18e6, "measure", "tấn/năm", value_max=20e6, approx="about",
        subject="củi các hộ nông thôn tiêu thụ"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="củi được thu gom từ vườn nhà, rừng trồng và cây phân tán"),
    fig("khoảng 3,2 triệu", "3,2", 3.2e6, "measure", "người/năm", approx="about",
        subject="người tử vong do ô nhiễm không khí trong nhà", location=""),
    fig("bình gas 12 kg", "12", 12, "measure", "kg", subject="bình gas", optional=True),
    fig("khoảng 420.000-460.000", "420.000", 420000, "money", "đồng/bình", value_max=460000, approx="about",
        percent=9, subject="giá một bình gas 12 kg"),
    fig("xuống dưới 15%", "15", 15, "percent", "%", approx="under", status="target",
        subject="tỷ lệ hộ nông thôn dùng củi làm chất đốt chính", period=Y30),
    fig("khoảng 1 triệu", "1", 1e6, "count", "bếp", approx="about", status="target",
        subject="bếp đun cải tiến và bếp sinh khối phổ biến", period=Y30),
]

NOTES = [
    "National newspaper: 'Thứ năm, 14/11/2024, 10:20 (GMT+7)', headline, sapo, byline Minh Anh at the end. National figures: Việt Nam.",
    "Distractors: 10:20, '(GMT+7)', 'ngày 12/11', baselines 'năm 2018', 'một hộ nghèo', 'một bình' (denominator), '(WHO)'.",
    "'chiếm 30,8% tổng số hộ nông thôn' is the percent attribute of 5,1 triệu hộ. 'So với năm 2018, tỷ lệ này giảm 6,4 điểm phần trăm'",
    "stands in its own sentence: a measure in 'điểm phần trăm' (a change with no figure in its sentence to attach to); its subject",
    "resolves 'tỷ lệ này'; 'năm 2018' is its baseline, its period is the survey year 2023 (inherited, not scored).",
    "Province list 'Điện Biên (81,2%), ...; thấp nhất là TP Hồ Chí Minh với 0,9%': items are locations, subject the list's indicator.",
    "'trong đó hơn 60%' is a percent figure in its own right (a share, not a count of the whole).",
    "WHO's global deaths: location empty (null): the figure is about the world, not Việt Nam.",
    "revised after the first run: '3,2 triệu người tử vong mỗi năm' count/người → measure/người/năm, the same rate convention",
    "as 'Mỗi năm ... 18-20 triệu tấn' (tấn/năm) and the other 'mỗi năm/tháng/ngày' figures of this set.",
    "'bình gas 12 kg' is a product size (optional). 'bằng khoảng 9% thu nhập tháng' is the percent attribute of the gas price.",
    "'đặt mục tiêu đến năm 2030' governs both clauses → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1344-5", TEXT, NOTES, FIGS, published="2024-11-14", location="Việt Nam")
