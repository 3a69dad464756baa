"""p1510-5: national newspaper: the wet wipes market in Việt Nam, imports, exports, a maker in TP Thuận An."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ tư, 11/12/2024, 07:30 (GMT+7)

Khăn ướt Việt giành lại thị phần

Doanh nghiệp trong nước đang dần chiếm lĩnh thị trường khăn ướt, đồng thời đẩy mạnh xuất khẩu sang Nhật Bản, Hoa Kỳ.

Theo Hiệp hội Giấy và Bột giấy Việt Nam (VPPA), quy mô thị trường khăn ướt trong nước năm 2023 ước khoảng 3,2 nghìn tỷ đồng, tốc độ tăng bình quân 8-10%/năm. Hàng nhập khẩu, chủ yếu từ Trung Quốc và Thái Lan, hiện chiếm khoảng 35% thị phần; năm 2018 tỷ lệ này là 60%.

10 tháng năm 2024, kim ngạch nhập khẩu khăn ướt đạt 41,3 triệu USD, giảm 7,5% so với cùng kỳ. Ngược lại, xuất khẩu khăn ướt, tăm bông đạt 58,6 triệu USD, tăng 21%, trong đó Nhật Bản là thị trường lớn nhất với 18,4 triệu USD, tiếp đến là Hoa Kỳ 12,7 triệu USD và Hàn Quốc 7,9 triệu USD. Kim ngạch xuất khẩu năm 2023 gấp 3 lần năm 2019; Việt Nam hiện xếp thứ 4 trong ASEAN về xuất khẩu mặt hàng này.

Tại TP Thuận An (Bình Dương), Công ty cổ phần Giấy Sao Mai vận hành 18 dây chuyền khăn ướt, công suất 120 triệu gói/năm, hiện chạy khoảng 85% công suất. "Năm nay chúng tôi dự kiến xuất khẩu 40 triệu gói, tăng 1,5 lần so với năm 2023", ông Lê Quang Vinh, Tổng giám đốc, cho biết. Giá một gói 100 tờ của công ty từ 22.000 đến 28.000 đồng, rẻ hơn khoảng 20% so với hàng nhập khẩu cùng loại.

VPPA dự báo đến năm 2030, quy mô thị trường khăn ướt đạt khoảng 5.000 tỷ đồng; tỷ lệ nội địa hóa nguyên liệu vải không dệt đạt ít nhất 60%, từ mức chưa đến 40% hiện nay.

Minh Châu
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TA = "Thuận An"
EXP = 58.6e6

FIGS = [
    fig("khoảng 3,2 nghìn tỷ", "3,2", 3.2e12, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường khăn ướt trong nước", period=Y23),
    fig("bình quân 8-10%", "8", 8, "percent", "%", value_max=10, status="estimate",
        subject="tốc độ tăng bình quân của thị trường khăn ướt"),
    fig("khoảng 35% thị phần", "35", 35, "percent", "%", approx="about", subject="thị phần của hàng nhập khẩu"),
    fig("này là 60%", "60", 60, "percent", "%", subject="thị phần của hàng nhập khẩu", period=Y18),
    fig("đạt 41,3 triệu", "41,3", 41.3e6, "money", "USD", change=chg("decrease", 7.5, "%", "cùng kỳ"),
        subject="kim ngạch nhập khẩu khăn ướt", period=M10),
    fig("đạt 58,6 triệu", "58,6", EXP, "money", "USD", change=chg("increase", 21),
        subject="xuất khẩu khăn ướt, tăm bông", period=inh(M10)),
    fig("với 18,4 triệu", "18,4", 18.4e6, "money", "USD", total=EXP,
        subject="kim ngạch xuất khẩu khăn ướt, tăm bông sang Nhật Bản", period=inh(M10)),
    fig("Hoa Kỳ 12,7 triệu", "12,7", 12.7e6, "money", "USD", total=EXP,
        subject="kim ngạch xuất khẩu khăn ướt, tăm bông sang Hoa Kỳ", period=inh(M10)),
    fig("Hàn Quốc 7,9 triệu", "7,9", 7.9e6, "money", "USD", total=EXP,
        subject="kim ngạch xuất khẩu khăn ướt, tăm bông sang Hàn Quốc", period=inh(M10)),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="kim ngạch xuất khẩu", period=Y23),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", subject="xuất khẩu mặt hàng khăn ướt, tăm bông trong ASEAN"),
    fig("vận hành 18 dây chuyền", "18", 18, "count", "dây chuyền",
        subject="dây chuyền khăn ướt Công ty cổ phần Giấy Sao Mai vận hành", location=TA),
    fig("suất 120 triệu", "120", 120e6, "measure", "gói/năm", subject="công suất các dây chuyền khăn ướt",
        location=TA),
    fig("khoảng 85% công suất", "85", 85, "percent", "%", approx="about", subject="mức chạy công suất", location=TA),
    fig("khẩu 40 triệu", "40", 40e6, "count", "gói", status="forecast",
        change=chg("increase", 1.5, "lần", "năm 2023"), subject="khăn ướt công ty xuất khẩu", period=NOW,
        location=TA),
    fig("gói 100 tờ", "100", 100, "count", "tờ", subject="số tờ mỗi gói khăn ướt", location=TA, optional=True),
    fig("từ 22.000 đến 28.000", "22.000", 22000, "money", "đồng/gói", value_max=28000,
        change=chg("decrease", 20, "%", "hàng nhập khẩu cùng loại", approx="about"),
        subject="giá một gói khăn ướt của công ty", location=TA),
    fig("khoảng 5.000 tỷ", "5.000", 5000e9, "money", "đồng", approx="about", status="forecast",
        subject="quy mô thị trường khăn ướt", period=T30),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="forecast",
        subject="tỷ lệ nội địa hóa nguyên liệu vải không dệt", period=T30),
    fig("chưa đến 40%", "40", 40, "percent", "%", approx="under",
        subject="tỷ lệ nội địa hóa nguyên liệu vải không dệt"),
]

NOTES = [
    "National newspaper: section path, 'Thứ tư, 11/12/2024, 07:30 (GMT+7)', sapo, byline at the end. National figures → Việt Nam.",
    "Distractors: 07:30, (GMT+7), baseline years 'năm 2019', 'năm 2023' (in the quote), 'VPPA', the pack spec '100 tờ' (optional).",
    "'3,2 nghìn tỷ đồng' = 3,2·10^12 (combined multiplier); 'ước khoảng' → estimate + about.",
    "'8-10%/năm' → percent range 8..10. 'năm 2018 tỷ lệ này là 60%' is a figure of its own (period 2018), not a change.",
    "Exports 58,6 triệu USD: period '10 tháng năm 2024' from the previous sentence (inherited). 'trong đó Nhật Bản ... với 18,4 triệu USD,",
    "tiếp đến là Hoa Kỳ ... và Hàn Quốc ...' → parts after 'trong đó' → total 58,6 triệu; trade partners are not locations (Việt Nam).",
    "'Kim ngạch xuất khẩu năm 2023 gấp 3 lần năm 2019' → multiple standing alone as the claim. 'xếp thứ 4 trong ASEAN' → rank, Việt Nam.",
    "Maker in TP Thuận An (Bình Dương): location Thuận An; 'Năm nay ... dự kiến' → forecast 2024; 'tăng 1,5 lần' → change in lần.",
    "'rẻ hơn khoảng 20% so với hàng nhập khẩu' → change (decrease, about) of the price range.",
    "revised after the first run: '8-10%/năm' status actual → estimate: the verbless clause continues the 'ước khoảng' clause,",
    "and a cue governs the clauses that continue it (FIGURES.md, status).",
    "'VPPA dự báo đến năm 2030' → forecast for 5.000 tỷ and 'ít nhất 60%'; 'chưa đến 40% hiện nay' is the present level → actual, no period.",
]

if __name__ == "__main__":
    write("p1510-5", TEXT, NOTES, FIGS, published="2024-12-11", location="Việt Nam")
