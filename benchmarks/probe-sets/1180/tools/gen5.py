"""p1180-5: Party newspaper (Báo Gia Lai) - a cooperative in Chư Prông growing silage maize for beef cattle; province herd."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Gia Lai điện tử
Kinh tế

Chư Prông: Hợp tác xã "bắt tay" doanh nghiệp trồng ngô sinh khối nuôi bò

Hợp tác xã Nông nghiệp dịch vụ Ia Bang (huyện Chư Prông, trụ sở trên Tỉnh lộ 663) hiện có 45 thành viên, liên kết với 126 hộ dân trồng 210 ha ngô sinh khối cung ứng cho các trang trại bò thịt trong tỉnh. Vụ vừa qua, năng suất bình quân đạt 42 tấn/ha; HTX thu mua với giá 1.000 đồng/kg, tổng doanh thu khoảng 8,8 tỷ đồng. Thu nhập của thành viên HTX bình quân 7,5 triệu đồng/người/tháng.

Giám đốc HTX Rơ Lan Thuận cho biết, mỗi ha ngô sinh khối đầu tư khoảng 22 triệu đồng, thời gian sinh trưởng chỉ 75-80 ngày nên một năm có thể trồng hai vụ. Năm 2025, HTX dự kiến mở rộng diện tích lên 300 ha và đầu tư thêm một máy thu hoạch.

Gia đình anh Ksor Blếch ở làng Băng (xã Ia Bang) chuyển 3 ha đất trồng mì sang trồng ngô sinh khối. Vụ đầu tiên anh thu hơn 130 tấn cây tươi, lãi gần 70 triệu đồng, gấp đôi trồng mì.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh Gia Lai hiện có khoảng 2.400 ha ngô sinh khối, hơn 18.600 ha cỏ trồng. Năm 2023, tổng đàn bò của tỉnh đạt 485.000 con, tăng 4,2% so với năm 2022; trong đó bò lai chiếm 52%. Tỉnh có 9 doanh nghiệp chăn nuôi bò quy mô lớn, nhu cầu thức ăn thô xanh mỗi năm trên 1 triệu tấn.

Phó Giám đốc Sở cho biết, tỉnh phấn đấu đến năm 2030 đàn bò đạt 600.000 con, trong đó bò lai chiếm từ 65 đến 70%.

NGỌC MINH
18/05/2024
"""

Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
CP = "Chư Prông"

FIGS = [
    fig("có 45 thành viên", "45", 45, "count", "thành viên",
        subject="thành viên Hợp tác xã Nông nghiệp dịch vụ Ia Bang", location=CP),
    fig("với 126 hộ", "126", 126, "count", "hộ dân", subject="hộ dân liên kết trồng ngô sinh khối", location=CP),
    fig("trồng 210 ha", "210", 210, "measure", "ha", subject="diện tích ngô sinh khối liên kết", location=CP),
    fig("đạt 42 tấn/ha", "42", 42, "measure", "tấn/ha", subject="năng suất ngô sinh khối bình quân", location=CP),
    fig("giá 1.000 đồng/kg", "1.000", 1000, "money", "đồng/kg", subject="giá thu mua ngô sinh khối của HTX", location=CP),
    fig("khoảng 8,8 tỷ", "8,8", 8800000000, "money", "đồng", approx="about",
        subject="tổng doanh thu ngô sinh khối của HTX", location=CP),
    fig("bình quân 7,5 triệu", "7,5", 7500000, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của thành viên HTX", location=CP),
    fig("khoảng 22 triệu", "22", 22000000, "money", "đồng/ha", approx="about",
        subject="chi phí đầu tư mỗi ha ngô sinh khối", location=CP),
    fig("chỉ 75-80 ngày", "75", 75, "measure", "ngày", value_max=80,
        subject="thời gian sinh trưởng của ngô sinh khối", location=CP),
    fig("trồng hai vụ", "hai", 2, "count", "vụ", optional=True,
        subject="số vụ ngô sinh khối trồng được trong một năm", location=CP),
    fig("lên 300 ha", "300", 300, "measure", "ha", status="forecast",
        subject="diện tích ngô sinh khối của HTX", period=Y25, location=CP),
    fig("thêm một máy", "một", 1, "count", "máy thu hoạch", status="forecast",
        subject="máy thu hoạch HTX đầu tư thêm", period=Y25, location=CP),
    fig("chuyển 3 ha", "3", 3, "measure", "ha",
        subject="diện tích đất trồng mì chuyển sang trồng ngô sinh khối của gia đình anh Ksor Blếch", location=CP),
    fig("hơn 130 tấn", "130", 130, "measure", "tấn", approx="over",
        subject="sản lượng ngô sinh khối cây tươi vụ đầu tiên", location=CP),
    fig("gần 70 triệu", "70", 70000000, "money", "đồng", approx="nearly",
        change=chg("increase", 2, "lần", "trồng mì"), subject="lãi vụ ngô sinh khối đầu tiên", location=CP),
    fig("khoảng 2.400 ha", "2.400", 2400, "measure", "ha", approx="about", subject="diện tích ngô sinh khối"),
    fig("hơn 18.600 ha", "18.600", 18600, "measure", "ha", approx="over", subject="diện tích cỏ trồng"),
    fig("đạt 485.000 con", "485.000", 485000, "count", "con",
        change=chg("increase", 4.2, "%", "năm 2022"), subject="tổng đàn bò", period=Y23),
    fig("chiếm 52%", "52", 52, "percent", "%", subject="tỷ lệ bò lai trong tổng đàn bò", period=Y23),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp chăn nuôi bò quy mô lớn"),
    fig("trên 1 triệu", "1", 1000000, "measure", "tấn/năm", approx="over", subject="nhu cầu thức ăn thô xanh"),
    fig("đạt 600.000 con", "600.000", 600000, "count", "con", status="target", subject="đàn bò", period=T30),
    fig("từ 65 đến 70%", "65", 65, "percent", "%", value_max=70, status="target",
        subject="tỷ lệ bò lai trong đàn bò", period=T30),
]

NOTES = [
    "Party newspaper (Báo Gia Lai): byline 'NGỌC MINH' and bare date '18/05/2024' at the end (published).",
    "Cooperative and farmer passages are in huyện Chư Prông (xã Ia Bang): location Chư Prông for all their figures, also in later sentences.",
    "Distractors: 'Tỉnh lộ 663', 'làng Băng', 'Vụ đầu tiên' (ordinal), 'Vụ vừa qua' (no dated period).",
    "'một năm có thể trồng hai vụ' is a capability rate (optional). 'gấp đôi trồng mì' = change ×2 of the profit (đôi = 2).",
    "'trong đó bò lai chiếm 52%' is a percent figure (a percent has no whole in con): no total. '; trong đó' keeps the sentence: period scored.",
    "'mỗi năm trên 1 triệu tấn' → tấn/năm. Target bò lai 65-70% is a range percent with status target.",
]

if __name__ == "__main__":
    write("p1180-5", TEXT, NOTES, FIGS, published="2024-05-18", location="Gia Lai")
