"""p1300-1: province portal (Khánh Hòa): sea cucumber (hải sâm cát) farming, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức > Nông nghiệp - Thủy sản

Nuôi hải sâm cát 9 tháng thu hoạch gần 420 tấn

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, diện tích nuôi hải sâm cát trên địa bàn tỉnh đạt 312 ha, tăng 18,6% so với cùng kỳ năm 2023; sản lượng thu hoạch ước đạt 418,5 tấn, bằng 76% kế hoạch năm. Trong đó, TP Cam Ranh 265 tấn, huyện Vạn Ninh 102 tấn, huyện Cam Lâm 51,5 tấn.

Hải sâm cát được nuôi luân canh với tôm thẻ chân trắng trong ao đất hoặc nuôi dưới đáy lồng tôm hùm. Mật độ thả phổ biến từ 1 đến 1,5 con/m2, cỡ thu hoạch 300-400 g/con, tỷ lệ sống trên 60%. Giá hải sâm tươi tại ao hiện dao động 180.000-220.000 đồng/kg, cao hơn khoảng 15% so với năm trước; mỗi ha lãi bình quân 250 triệu đồng.

Tại phường Cam Nghĩa, TP Cam Ranh, Hợp tác xã Thủy sản Phúc Hải (tổ dân phố 5) có 27 thành viên với 46 ha ao nuôi. Năm 2023, hợp tác xã xuất bán 95 tấn hải sâm, doanh thu hơn 17 tỷ đồng. Từ đầu năm đến nay, đơn vị đã thả nuôi 520.000 con giống, tăng gấp đôi so với cùng kỳ.

Nguồn giống do Trung tâm Giống thủy sản Hòn Khói và 3 cơ sở tư nhân sản xuất; năm nay ước cung ứng khoảng 4,2 triệu con giống, bằng 70% nhu cầu. Giá con giống phổ biến 1.500 đồng/con.

Năm 2024, tỉnh phấn đấu sản lượng hải sâm đạt 550 tấn. Mục tiêu đến năm 2030, diện tích nuôi đạt 600 ha, giá trị sản xuất trên 200 tỷ đồng/năm.

Tin liên quan:
- Hội nghị sơ kết 6 tháng đầu năm 2024 ngành nông nghiệp
- Công bố Quyết định số 1523/QĐ-UBND về vùng nuôi biển tập trung
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
CR = "Cam Ranh"
SL = "sản lượng hải sâm cát thu hoạch"

FIGS = [
    fig("thu hoạch gần 420 tấn", "420", 420, "measure", "tấn", approx="nearly",
        subject="hải sâm cát thu hoạch", period=H9),
    fig("đạt 312 ha", "312", 312, "measure", "ha", change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="diện tích nuôi hải sâm cát", period=N9),
    fig("ước đạt 418,5 tấn", "418,5", 418.5, "measure", "tấn", status="estimate", percent=76,
        subject=SL, period=N9),
    fig("Cam Ranh 265 tấn", "265", 265, "measure", "tấn", total=418.5, status="estimate",
        subject=SL, period=inh(N9), location=CR),
    fig("Vạn Ninh 102 tấn", "102", 102, "measure", "tấn", total=418.5, status="estimate",
        subject=SL, period=inh(N9), location="Vạn Ninh"),
    fig("Cam Lâm 51,5 tấn", "51,5", 51.5, "measure", "tấn", total=418.5, status="estimate",
        subject=SL, period=inh(N9), location="Cam Lâm"),
    fig("từ 1 đến 1,5 con/m2", "1", 1, "measure", "con/m2", value_max=1.5,
        subject="mật độ thả hải sâm cát"),
    fig("300-400 g/con", "300", 300, "measure", "g/con", value_max=400, subject="cỡ thu hoạch hải sâm cát"),
    fig("trên 60%", "60", 60, "percent", "%", approx="over", subject="tỷ lệ sống"),
    fig("180.000-220.000", "180.000", 180000, "money", "đồng/kg", value_max=220000,
        change=chg("increase", 15, "%", "năm trước", approx="about"), subject="giá hải sâm tươi tại ao"),
    fig("bình quân 250 triệu", "250", 250e6, "money", "đồng/ha", subject="lãi bình quân mỗi ha"),
    fig("có 27 thành viên", "27", 27, "count", "thành viên",
        subject="thành viên Hợp tác xã Thủy sản Phúc Hải", location=CR),
    fig("với 46 ha", "46", 46, "measure", "ha", subject="ao nuôi của Hợp tác xã Thủy sản Phúc Hải",
        location=CR),
    fig("xuất bán 95 tấn", "95", 95, "measure", "tấn", subject="hải sâm hợp tác xã xuất bán",
        period=Y23, location=CR),
    fig("hơn 17 tỷ", "17", 17e9, "money", "đồng", approx="over", subject="doanh thu của hợp tác xã",
        period=Y23, location=CR),
    fig("thả nuôi 520.000 con", "520.000", 520000, "count", "con giống",
        change=chg("increase", 2, "lần", "cùng kỳ"), subject="con giống hải sâm hợp tác xã thả nuôi",
        period=YTD, location=CR),
    fig("và 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở tư nhân sản xuất giống hải sâm"),
    fig("khoảng 4,2 triệu", "4,2", 4.2e6, "count", "con giống", approx="about", status="estimate",
        percent=70, subject="con giống hải sâm cung ứng", period=NOW),
    fig("phổ biến 1.500", "1.500", 1500, "money", "đồng/con", subject="giá con giống hải sâm"),
    fig("đạt 550 tấn", "550", 550, "measure", "tấn", status="target", subject="sản lượng hải sâm",
        period=Y24),
    fig("đạt 600 ha", "600", 600, "measure", "ha", status="target", subject="diện tích nuôi hải sâm",
        period=T30),
    fig("trên 200 tỷ", "200", 200e9, "money", "đồng/năm", approx="over", status="target",
        subject="giá trị sản xuất", period=T30),
]

NOTES = [
    "Province portal (Khánh Hòa): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'tổ dân phố 5', 'Quyết định số 1523/QĐ-UBND', '6 tháng đầu năm 2024' in a link title, 'm2' in con/m2.",
    "Headline '9 tháng' takes the year of the dateline; no cue in the headline, so status actual.",
    "'bằng 76% kế hoạch năm' is the percent attribute of 418,5 tấn; the three district amounts after 'Trong đó' (sentence break)",
    "add up to 418,5 (total), keep its estimate status, inherit its period, and take their district as location.",
    "'tăng gấp đôi so với cùng kỳ' is a change of 2 lần on 520.000 con (not a figure of its own).",
    "The cooperative sits in phường Cam Nghĩa, TP Cam Ranh: its figures are located in Cam Ranh.",
    "'Mục tiêu đến năm 2030' governs both 600 ha and 200 tỷ đồng/năm (target, end 2030-12-31).",
    "Standing facts (density, size, survival, price 'hiện', lãi mỗi ha, 3 cơ sở, seed price) carry no period.",
]

if __name__ == "__main__":
    write("p1300-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Khánh Hòa")
