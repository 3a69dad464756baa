"""p1464-8: radio/TV site (Đài PT-TH Hải Phòng): fire-retardant curtain fabric maker in huyện An Dương; fire-safety checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình trực tiếp

Doanh nghiệp vải rèm chống cháy tăng tốc cuối năm

12/12/2024 19:45 | Lượt xem: 842

THP - 11 tháng năm 2024, Công ty CP Vải kỹ thuật Tân Cảng tại huyện An Dương sản xuất 1,35 triệu m2 vải rèm chống cháy, vượt 8% kế hoạch năm; doanh thu đạt 214 tỷ đồng, tăng 22% so với cùng kỳ. Sản phẩm của công ty đã có mặt tại 6 thị trường, gồm Hàn Quốc, Nhật Bản, Australia, Singapore, Malaysia và Philippines. Giá bán vải rèm chống cháy từ 95.000 đến 140.000 đồng/m2, gấp 1,5 lần vải rèm thông thường.

Công ty hiện có 320 công nhân, thu nhập bình quân 10,5 triệu đồng/người/tháng; thưởng Tết Ất Tỵ dự kiến ít nhất một tháng lương. Tháng 3/2025, công ty dự kiến khởi công nhà máy thứ hai tại Khu công nghiệp Nam Đình Vũ (khu 1) với tổng vốn khoảng 600 tỷ đồng, công suất 4 triệu m2/năm.

Nhu cầu rèm chống cháy tăng mạnh sau khi các quy định về phòng cháy, chữa cháy được siết chặt. Theo QCVN 06:2022/BXD, rèm, vật liệu trang trí trong phòng hát karaoke phải dùng vật liệu khó cháy. Từ đầu năm đến nay, Phòng Cảnh sát PCCC và CNCH Công an thành phố đã kiểm tra 312 cơ sở karaoke, vũ trường, khách sạn, trong đó 47 cơ sở sử dụng rèm, vật liệu trang trí dễ cháy; xử phạt gần 380 triệu đồng, đình chỉ hoạt động 9 cơ sở.

Toàn thành phố hiện có khoảng 1.020 cơ sở kinh doanh karaoke, vũ trường. Người dân phát hiện cơ sở vi phạm có thể báo qua số điện thoại 114.

Minh Hằng - Quang Huy

Tin liên quan:
- Hải Phòng: Diễn tập phương án chữa cháy tại chung cư cao tầng
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-12")
AD = "An Dương"

FIGS = [
    fig("xuất 1,35 triệu", "1,35", 1.35e6, "measure", "m2", change=chg("increase", 8, "%", "kế hoạch năm"),
        subject="vải rèm chống cháy công ty sản xuất", period=M11, location=AD),
    fig("đạt 214 tỷ", "214", 214e9, "money", "đồng", change=chg("increase", 22, "%", "cùng kỳ"),
        subject="doanh thu công ty", period=M11, location=AD),
    fig("tại 6 thị trường", "6", 6, "count", "thị trường", subject="thị trường có sản phẩm của công ty",
        location=AD),
    fig("từ 95.000 đến 140.000", "95.000", 95000, "money", "đồng/m2", value_max=140000,
        change=chg("increase", 1.5, "lần", "vải rèm thông thường"), subject="giá bán vải rèm chống cháy", location=AD),
    fig("có 320 công nhân", "320", 320, "count", "công nhân", subject="công nhân công ty", location=AD),
    fig("bình quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân công nhân", location=AD),
    fig("ít nhất một tháng", "một", 1, "measure", "tháng lương", approx="at_least", status="forecast",
        subject="thưởng Tết Ất Tỵ", location=AD),
    fig("khoảng 600 tỷ", "600", 600e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn nhà máy thứ hai", location=AD),
    fig("suất 4 triệu", "4", 4e6, "measure", "m2/năm", status="forecast",
        subject="công suất nhà máy thứ hai", location=AD),
    fig("kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở",
        subject="cơ sở karaoke, vũ trường, khách sạn được kiểm tra", period=YTD),
    fig("trong đó 47 cơ sở", "47", 47, "count", "cơ sở", total=312,
        subject="cơ sở sử dụng rèm, vật liệu trang trí dễ cháy", period=YTD),
    fig("gần 380 triệu", "380", 380e6, "money", "đồng", approx="nearly", subject="tiền xử phạt", period=YTD),
    fig("hoạt động 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở bị đình chỉ hoạt động", period=YTD),
    fig("khoảng 1.020 cơ sở", "1.020", 1020, "count", "cơ sở", approx="about",
        subject="cơ sở kinh doanh karaoke, vũ trường"),
]

NOTES = [
    "Radio/TV site (THP Hải Phòng): channel banner, menu, '12/12/2024 19:45 | Lượt xem: 842', tag 'THP -', bylines, related link.",
    "Distractors: 19:45, Lượt xem 842, 'Tết Ất Tỵ', 'Tháng 3/2025', 'nhà máy thứ hai' (ordinal), 'Khu công nghiệp Nam Đình Vũ (khu 1)',",
    "'QCVN 06:2022/BXD' (standard number), emergency number 114.",
    "'11 tháng năm 2024' = Jan-Nov 2024. 'vượt 8% kế hoạch năm' is a gap to plan: a change (increase 8%, baseline kế hoạch năm).",
    "'Giá bán ... từ 95.000 đến 140.000 đồng/m2, gấp 1,5 lần vải rèm thông thường': a range with its change in 'lần'; standing price, no period.",
    "The 6 markets are listed by name after 'gồm' (no numbers): one count figure. Company figures → An Dương; city figures → Hải Phòng.",
    "'thưởng Tết ... dự kiến ít nhất một tháng lương' → measure 1 'tháng lương', at_least, forecast (number word).",
    "'Tháng 3/2025, công ty dự kiến khởi công ... với tổng vốn khoảng 600 tỷ đồng, công suất 4 triệu m2/năm' → forecast; the month",
    "dates the groundbreaking, not the figures, so no period.",
    "'Từ đầu năm đến nay' ends at 2024-12-12 and governs the ';' clauses (47, 380 triệu, 9). 'trong đó 47 cơ sở' → total 312;",
    "'đình chỉ hoạt động 9 cơ sở' has no cue (no total).",
]

if __name__ == "__main__":
    write("p1464-8", TEXT, NOTES, FIGS, published="2024-12-12", location="Hải Phòng")
