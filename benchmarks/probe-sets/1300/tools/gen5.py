"""p1300-5: national newspaper: sea cucumber exports and the shortage of hatchery seed, national with a Khánh Hòa firm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ năm, 21/11/2024, 15:40 (GMT+7)

Hải sâm xuất khẩu tăng mạnh nhưng thiếu giống

Kim ngạch xuất khẩu hải sâm 10 tháng năm 2024 ước đạt 38,6 triệu USD, tăng 27% so với cùng kỳ. Tuy vậy, nguồn giống nhân tạo mới đáp ứng khoảng 40% nhu cầu nuôi.

Theo Hiệp hội Nuôi biển Việt Nam, cả nước hiện có khoảng 2.100 ha nuôi hải sâm, chủ yếu là hải sâm cát; sản lượng năm 2023 đạt gần 3.000 tấn tươi. Ba địa phương dẫn đầu về diện tích là Khánh Hòa (620 ha), Kiên Giang (410 ha) và Quảng Ninh (260 ha).

Hải sâm chủ yếu được chế biến khô để xuất khẩu. Trong 10 tháng, thị trường Trung Quốc chiếm 64% kim ngạch, Hồng Kông (Trung Quốc) 18%. Giá hải sâm cát khô loại 1 hiện từ 4 đến 6 triệu đồng/kg, gấp khoảng 25 lần hải sâm tươi.

Tại Khánh Hòa, Công ty cổ phần Hải sâm Biển Xanh (số 86 đường 2 Tháng 4, TP Nha Trang) là doanh nghiệp xuất khẩu hải sâm khô lớn thứ hai cả nước, năm 2023 đạt doanh thu 126 tỷ đồng. Ông Trần Quốc Bảo, Giám đốc công ty, cho biết năm nay doanh nghiệp cần khoảng 1,5 triệu con giống nhưng mới mua được 600.000 con từ các trại trong nước, số còn lại phải nhập khẩu.

Cả nước mới có 14 cơ sở sản xuất hải sâm giống, năm 2023 cung ứng khoảng 18 triệu con. Theo Cục Thủy sản, mục tiêu đến năm 2030 sản lượng giống hải sâm đạt 50 triệu con/năm, diện tích nuôi khoảng 5.000 ha.

Minh Anh
"""

T10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
# revised after the first run: FIGURES.md gives a year-less phrase the year of the nearest earlier period;
# that is "năm 2023" (paragraph 2), not the sapo's "10 tháng năm 2024".
T10b = per("Trong 10 tháng", "2023-01-01", "2023-10-31")
y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
KH = "Khánh Hòa"

FIGS = [
    fig("ước đạt 38,6 triệu", "38,6", 38.6e6, "money", "USD", status="estimate",
        change=chg("increase", 27, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu hải sâm", period=T10),
    fig("khoảng 40% nhu cầu", "40", 40, "percent", "%", approx="about",
        subject="nguồn giống nhân tạo đáp ứng nhu cầu nuôi"),
    fig("khoảng 2.100 ha", "2.100", 2100, "measure", "ha", approx="about", subject="diện tích nuôi hải sâm"),
    fig("gần 3.000 tấn", "3.000", 3000, "measure", "tấn", approx="nearly", subject="sản lượng hải sâm tươi",
        period=y23),
    fig("Ba địa phương", "Ba", 3, "count", "địa phương", subject="địa phương dẫn đầu về diện tích",
        optional=True),
    fig("Khánh Hòa (620 ha)", "620", 620, "measure", "ha", subject="diện tích nuôi hải sâm", location=KH),
    fig("Kiên Giang (410 ha)", "410", 410, "measure", "ha", subject="diện tích nuôi hải sâm",
        location="Kiên Giang"),
    fig("Quảng Ninh (260 ha)", "260", 260, "measure", "ha", subject="diện tích nuôi hải sâm",
        location="Quảng Ninh"),
    fig("chiếm 64%", "64", 64, "percent", "%", subject="tỷ trọng thị trường Trung Quốc trong kim ngạch",
        period=T10b),
    fig("(Trung Quốc) 18%", "18", 18, "percent", "%", subject="tỷ trọng thị trường Hồng Kông (Trung Quốc) trong kim ngạch",
        period=T10b),
    fig("từ 4 đến 6 triệu", "4", 4e6, "money", "đồng/kg", value_max=6e6,
        change=chg("increase", 25, "lần", "hải sâm tươi", approx="about"), subject="giá hải sâm cát khô loại 1"),
    fig("lớn thứ hai", "hai", 2, "rank", "hạng", subject="doanh nghiệp xuất khẩu hải sâm khô", location=KH),
    fig("doanh thu 126 tỷ", "126", 126e9, "money", "đồng", subject="doanh thu của Công ty cổ phần Hải sâm Biển Xanh",
        period=y23, location=KH),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "count", "con giống", approx="about",
        subject="con giống doanh nghiệp cần", period=NOW, location=KH),
    fig("được 600.000 con", "600.000", 600000, "count", "con", subject="con giống mua được từ các trại trong nước",
        period=NOW, location=KH),
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở sản xuất hải sâm giống"),
    fig("khoảng 18 triệu", "18", 18e6, "count", "con", approx="about",
        subject="hải sâm giống cung ứng", period=y23),
    fig("đạt 50 triệu", "50", 50e6, "measure", "con/năm", status="target", subject="sản lượng giống hải sâm",
        period=T30),
    fig("khoảng 5.000 ha", "5.000", 5000, "measure", "ha", approx="about", status="target",
        subject="diện tích nuôi hải sâm", period=T30),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 21/11/2024, 15:40 (GMT+7)', headline, sapo, byline at the end.",
    "Distractors: 15:40, GMT+7, 'loại 1' (a grade), 'số 86 đường 2 Tháng 4' (address), 'năm 2023' used as a period only.",
    "Location Việt Nam (cả nước, a national association); trade partners Trung Quốc and Hồng Kông do not locate the shares.",
    "The three provinces in brackets are list items of 'diện tích': their province is the location. 'Ba địa phương' names the group: optional.",
    "'thị trường Trung Quốc chiếm 64% kim ngạch, Hồng Kông (Trung Quốc) 18%' are percent figures of their own (no base amount in the clause).",
    "'gấp khoảng 25 lần hải sâm tươi' is a change (increase, 25 lần, about) of the dry price range.",
    "The Khánh Hòa firm's figures (rank 'lớn thứ hai cả nước', revenue, seed need, seed bought) are located in Khánh Hòa.",
    "revised after the first run: 'Trong 10 tháng' (64%, 18%) now 2023-01-01..2023-10-31: by FIGURES.md a year-less phrase takes the",
    "year of the nearest earlier period, here 'sản lượng năm 2023'; a reader would take 2024 (it echoes the sapo), see REPORT.md.",
    "'1,5 triệu con' and '600.000 con' have no part-of cue: no total. 'mục tiêu đến năm 2030' governs 50 triệu con/năm and 5.000 ha.",
]

if __name__ == "__main__":
    write("p1300-5", TEXT, NOTES, FIGS, published="2024-11-21", location="Việt Nam")
