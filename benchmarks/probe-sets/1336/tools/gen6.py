"""p1336-6: national newspaper (VnExpress-like): water-puppet theatres in Hà Nội's old quarter in the tourist season."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Văn hóa | Sân khấu
Thứ bảy, 20/7/2024, 08:15 (GMT+7)

Rối nước phố cổ kín chỗ mùa du lịch

Mỗi ngày, hai nhà hát rối nước quanh hồ Hoàn Kiếm diễn 8-10 suất, phần lớn khán giả là khách nước ngoài.

Nhà hát Rối nước Gươm Vàng tại số 45 Hàng Bè, quận Hoàn Kiếm có sức chứa tối đa 320 chỗ ngồi. Mỗi suất diễn kéo dài 50 phút với 17 tiết mục như Múa rồng, Chú Tễu, Đánh cáo. Giá vé từ 120.000 đến 200.000 đồng/người, tăng khoảng 20.000 đồng so với năm 2023.

Theo ông Đỗ Văn Khải, Giám đốc nhà hát, 6 tháng đầu năm nay nhà hát diễn 1.240 suất, bán khoảng 298.000 vé, trong đó khách quốc tế chiếm gần 72%, khách trong nước chưa đến 30%. Doanh thu đạt 41,5 tỷ đồng, tăng 18% so với cùng kỳ và vượt mức trước đại dịch.

"Tháng 7 và tháng 8 là cao điểm, nhiều tối chúng tôi phải diễn thêm suất 21h30 mà vẫn hết vé", ông Khải nói. Nhà hát có 46 nghệ sĩ, nhạc công, thu nhập bình quân khoảng 14 triệu đồng/người/tháng.

Theo Sở Du lịch Hà Nội, thành phố hiện có 5 điểm biểu diễn rối nước thường xuyên, phục vụ trung bình 1,2 triệu lượt khách mỗi năm. Khảo sát của sở cho thấy rối nước đứng thứ 3 trong các trải nghiệm văn hóa được khách quốc tế lựa chọn nhiều nhất, sau ẩm thực đường phố và tham quan phố cổ.

Nhà hát Gươm Vàng dự kiến diễn thêm 2 suất mỗi tối vào mùa cao điểm cuối năm, đưa tổng số suất trong năm 2024 lên khoảng 2.600 suất.

Hồng Nhung
"""

H1 = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HK = "Hoàn Kiếm"
GV = "Nhà hát Rối nước Gươm Vàng"

FIGS = [
    fig("hai nhà hát", "hai", 2, "count", "nhà hát", subject="nhà hát rối nước quanh hồ Hoàn Kiếm", location=HK),
    fig("diễn 8-10 suất", "8", 8, "measure", "suất/ngày", value_max=10,
        subject="suất diễn mỗi ngày của hai nhà hát rối nước", location=HK),
    fig("tối đa 320 chỗ", "320", 320, "count", "chỗ ngồi", approx="at_most",
        subject=f"sức chứa của {GV}", location=HK),
    fig("kéo dài 50 phút", "50", 50, "measure", "phút", subject="thời lượng mỗi suất diễn", location=HK),
    fig("với 17 tiết mục", "17", 17, "count", "tiết mục", subject="tiết mục mỗi suất diễn", location=HK),
    fig("từ 120.000 đến 200.000", "120.000", 120000, "money", "đồng/người", value_max=200000,
        change=chg("increase", 20000, "đồng", "năm 2023", approx="about"),
        subject="giá vé", location=HK),
    fig("diễn 1.240 suất", "1.240", 1240, "count", "suất", subject="suất diễn của nhà hát", period=H1, location=HK),
    fig("khoảng 298.000 vé", "298.000", 298000, "count", "vé", approx="about",
        subject="vé nhà hát bán", period=H1, location=HK),
    fig("gần 72%", "72", 72, "percent", "%", approx="nearly",
        subject="khách quốc tế trong số vé bán", period=H1, location=HK),
    fig("chưa đến 30%", "30", 30, "percent", "%", approx="under",
        subject="khách trong nước trong số vé bán", period=H1, location=HK),
    fig("đạt 41,5 tỷ", "41,5", 41.5e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="doanh thu của nhà hát", period=inh(H1), location=HK),
    fig("có 46 nghệ sĩ", "46", 46, "count", "nghệ sĩ, nhạc công", subject="nghệ sĩ, nhạc công của nhà hát",
        location=HK),
    fig("khoảng 14 triệu", "14", 14e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của nghệ sĩ, nhạc công", location=HK),
    fig("có 5 điểm", "5", 5, "count", "điểm biểu diễn", subject="điểm biểu diễn rối nước thường xuyên"),
    fig("trung bình 1,2 triệu", "1,2", 1.2e6, "measure", "lượt khách/năm",
        subject="lượt khách các điểm biểu diễn rối nước phục vụ mỗi năm"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="rối nước trong các trải nghiệm văn hóa được khách quốc tế lựa chọn nhiều nhất"),
    fig("thêm 2 suất", "2", 2, "measure", "suất/tối", status="forecast",
        subject="suất diễn thêm mỗi tối vào mùa cao điểm", location=HK),
    fig("khoảng 2.600 suất", "2.600", 2600, "count", "suất", approx="about", status="forecast",
        subject=f"tổng số suất của nhà hát Gươm Vàng", period=Y24, location=HK),
]

NOTES = [
    "National newspaper: section line, 'Thứ bảy, 20/7/2024, 08:15 (GMT+7)' (published), sapo, quote, byline at the end.",
    "Distractors: 08:15, (GMT+7), 'số 45 Hàng Bè', 'suất 21h30' (a time), 'Tháng 7 và tháng 8' (months), 'năm 2023' baseline.",
    "The theatre stands in quận Hoàn Kiếm: its figures and the sapo's two theatres 'quanh hồ Hoàn Kiếm' → location Hoàn Kiếm;",
    "the Sở Du lịch's city figures → Hà Nội (default).",
    "'6 tháng đầu năm nay' takes the year of published (2024). The revenue sentence follows: period inherited.",
    "'trong đó khách quốc tế chiếm gần 72%, khách trong nước chưa đến 30%': shares of parts → percent figures of their own.",
    "Per-time amounts are rates: 'Mỗi ngày ... 8-10 suất' → suất/ngày, '1,2 triệu lượt khách mỗi năm' → lượt khách/năm,",
    "'thêm 2 suất mỗi tối' → suất/tối. 'tối đa 320 chỗ ngồi' → at_most. 'tăng khoảng 20.000 đồng so với năm 2023' → change in đồng.",
    "'vượt mức trước đại dịch' has no number. 'dự kiến' governs both clauses of the last sentence (forecast).",
]

if __name__ == "__main__":
    write("p1336-6", TEXT, NOTES, FIGS, published="2024-07-20", location="Hà Nội")
