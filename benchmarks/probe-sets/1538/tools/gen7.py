"""p1538-7: news agency (TTXVN): forging by the Mông in Mèo Vạc (Hà Giang); province hand-tool support for poor households."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Tin tức > Dân tộc - Miền núi

Lò rèn của đồng bào Mông trên cao nguyên đá

18/10/2024 11:32

Hà Giang (TTXVN) - Trên cao nguyên đá Đồng Văn, nghề rèn nông cụ vẫn được đồng bào Mông gìn giữ. Riêng huyện Mèo Vạc hiện có hơn 1.200 lò rèn gia đình, tập trung ở các xã Sủng Trà, Pả Vi, Lũng Pù.

Anh Thào Mí Sính ở thôn Sủng Pờ A, xã Sủng Trà, cho biết để rèn xong một chiếc lưỡi cày phải mất khoảng hai ngày. Nguyên liệu chủ yếu là nhíp ô tô cũ, giá thu mua từ 15.000 đến 18.000 đồng/kg. Mỗi lưỡi cày bán tại chợ phiên Mèo Vạc bên Quốc lộ 4C khoảng 350.000 đồng; dao quắm có giá từ 200.000 đồng trở lên.

Theo UBND huyện Mèo Vạc, năm 2023 các lò rèn trên địa bàn làm ra khoảng 36.000 sản phẩm nông cụ, trong đó lưỡi cày chiếm gần 40%; doanh thu ước đạt 9,7 tỷ đồng. Huyện đã thành lập 2 hợp tác xã rèn với 46 thành viên để bao tiêu sản phẩm.

Cùng với việc giữ nghề, tỉnh Hà Giang triển khai hỗ trợ nông cụ cho hộ nghèo. Năm 2023, toàn tỉnh cấp 4.800 bộ nông cụ gồm cuốc, xẻng, liềm, trị giá 2,9 tỷ đồng. 9 tháng đầu năm 2024 cấp thêm 3.150 bộ, đạt 63% kế hoạch năm; dự kiến đến hết năm 2024 cấp đủ 5.000 bộ cho các hộ nghèo ở 11 huyện, thành phố.

Minh Tâm (TTXVN)

Từ khóa: nghề rèn, Mèo Vạc, Hà Giang
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
END24 = per("đến hết năm 2024", None, "2024-12-31")
MV = "Mèo Vạc"

FIGS = [
    fig("hơn 1.200 lò rèn", "1.200", 1200, "count", "lò rèn", approx="over",
        subject="lò rèn gia đình", location=MV),
    fig("khoảng hai ngày", "hai", 2, "measure", "ngày", approx="about",
        subject="thời gian rèn xong một chiếc lưỡi cày", location=MV),
    fig("từ 15.000 đến 18.000", "15.000", 15000, "money", "đồng/kg", value_max=18000,
        subject="giá thu mua nhíp ô tô cũ", location=MV),
    fig("khoảng 350.000 đồng", "350.000", 350000, "money", "đồng/chiếc", approx="about",
        subject="giá lưỡi cày bán tại chợ phiên Mèo Vạc", location=MV),
    fig("từ 200.000 đồng trở lên", "200.000", 200000, "money", "đồng/chiếc", approx="at_least",
        subject="giá dao quắm", location=MV),
    fig("khoảng 36.000 sản phẩm", "36.000", 36000, "count", "sản phẩm", approx="about",
        subject="sản phẩm nông cụ các lò rèn làm ra", period=Y23, location=MV),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="lưỡi cày trong sản phẩm nông cụ", period=Y23, location=MV),
    fig("ước đạt 9,7 tỷ", "9,7", 9.7e9, "money", "đồng", status="estimate",
        subject="doanh thu các lò rèn", period=Y23, location=MV),
    fig("lập 2 hợp tác xã", "2", 2, "count", "hợp tác xã", subject="hợp tác xã rèn huyện đã thành lập",
        location=MV),
    fig("với 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên hợp tác xã rèn",
        location=MV),
    fig("cấp 4.800 bộ", "4.800", 4800, "count", "bộ", subject="bộ nông cụ cấp cho hộ nghèo", period=Y23b),
    fig("trị giá 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", subject="trị giá bộ nông cụ cấp cho hộ nghèo",
        period=Y23b),
    fig("thêm 3.150 bộ", "3.150", 3150, "count", "bộ", percent=63,
        subject="bộ nông cụ cấp thêm cho hộ nghèo", period=M9),
    fig("đủ 5.000 bộ", "5.000", 5000, "count", "bộ", status="forecast",
        subject="bộ nông cụ cấp cho các hộ nghèo", period=END24),
    fig("ở 11 huyện", "11", 11, "count", "huyện, thành phố", status="forecast",
        subject="huyện, thành phố có hộ nghèo được cấp nông cụ", period=END24),
]

NOTES = [
    "News agency (TTXVN): breadcrumb, '18/10/2024 11:32' (published), 'Hà Giang (TTXVN) -', byline 'Minh Tâm (TTXVN)', keywords.",
    "Distractors: 11:32, 'thôn Sủng Pờ A', 'Quốc lộ 4C', 'một chiếc lưỡi cày' (the item of a time rate, not a count), 'Mỗi lưỡi cày'.",
    "Mèo Vạc passages (the district's forges, a smith's prices, the district's 2023 output) → location Mèo Vạc; the province programme → Hà Giang.",
    "'phải mất khoảng hai ngày' to forge a plough blade is a measure (a duration that is the fact itself, like '35 phút'), number word 'hai'.",
    "'từ 200.000 đồng trở lên' → approx at_least ('trở lên' = or more). Prices per item: unit đồng/chiếc.",
    "'trong đó lưỡi cày chiếm gần 40%' → a percent figure of its own; 'doanh thu ước đạt' after ';' keeps 'năm 2023' (stated in the sentence).",
    "'cấp thêm 3.150 bộ, đạt 63% kế hoạch năm' → percent 63. 'dự kiến đến hết năm 2024 cấp đủ 5.000 bộ ... ở 11 huyện, thành phố'",
    "→ forecast for both (the cue governs its clause), period end 2024-12-31, start null.",
]

if __name__ == "__main__":
    write("p1538-7", TEXT, NOTES, FIGS, published="2024-10-18", location="Hà Giang")
