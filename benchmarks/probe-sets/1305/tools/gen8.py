"""p1305-8: radio/TV site (TRT, Đài PT-TH Thừa Thiên Huế): mai vàng Huế before Tết."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THỪA THIÊN HUẾ
Thời sự | Kinh tế | Văn hóa | Thể thao | Video | Phát thanh

Mai vàng Huế được giá, nhà vườn phấn khởi

09/12/2024 15:05

(TRT) - Những tháng cuối năm, nhiều nhà vườn ở các phường Thủy Biều, Kim Long và xã Phú Mậu (TP Huế) tất bật cắt tỉa, lặt lá mai. Theo Hội Sinh vật cảnh tỉnh, toàn tỉnh hiện có khoảng 3.500 hộ trồng mai vàng với trên 200.000 gốc mai, trong đó có khoảng 12.000 gốc mai cổ thụ trên 50 năm tuổi.

Từ đầu năm đến nay, các nhà vườn đã xuất bán hơn 75.000 cây mai ra các tỉnh phía Bắc và phía Nam, thu về khoảng 90 tỷ đồng, tăng 20% so với cùng kỳ. Riêng quý IV, dự kiến các nhà vườn bán thêm khoảng 30.000 cây.

Giá mai vàng năm nay tăng khá: cây mai thế nhỏ có giá từ 1,5 đến 3 triệu đồng, cây có dáng thế đẹp từ 10 đến 30 triệu đồng; một gốc mai cổ thụ vừa được khách hàng TP Hồ Chí Minh mua với giá 350 triệu đồng.

Ông Hoàng Văn Phúc, Chủ tịch Hội Sinh vật cảnh tỉnh, cho biết mai vàng Huế, nhất là giống mai vàng 12 cánh, đang được thị trường ưa chuộng; Thừa Thiên Huế hiện đứng thứ ba khu vực miền Trung về số lượng gốc mai cổ thụ. Hội phấn đấu đến năm 2025 nâng số hộ trồng mai lên 4.000 hộ và tổ chức ít nhất 2 lớp tập huấn kỹ thuật cho hội viên.

Xem video: Mai vàng Huế vào mùa Tết (03:12)

Tin cùng chuyên mục:
- Khai mạc Lễ hội Đường hoa Xuân Ất Tỵ bên bờ sông Hương
- Huế: Cấp mã số vùng trồng cho các hợp tác xã hoa
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-09")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 3.500 hộ", "3.500", 3500, "count", "hộ", approx="about", subject="hộ trồng mai vàng toàn tỉnh"),
    fig("trên 200.000 gốc", "200.000", 200000, "count", "gốc", approx="over", subject="gốc mai"),
    fig("khoảng 12.000 gốc", "12.000", 12000, "count", "gốc", approx="about", total=200000,
        subject="gốc mai cổ thụ trên 50 năm tuổi"),
    fig("trên 50 năm", "50", 50, "measure", "năm tuổi", approx="over", optional=True),
    fig("hơn 75.000 cây", "75.000", 75000, "count", "cây", approx="over",
        subject="cây mai các nhà vườn đã xuất bán", period=YTD),
    fig("khoảng 90 tỷ", "90", 90e9, "money", "đồng", approx="about", change=chg("increase", 20, "%", "cùng kỳ"),
        subject="tiền thu về từ bán mai", period=YTD),
    fig("khoảng 30.000 cây", "30.000", 30000, "count", "cây", approx="about", status="forecast",
        subject="cây mai các nhà vườn bán thêm", period=Q4),
    fig("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng", value_max=3e6,
        subject="giá cây mai thế nhỏ", period=NOW),
    fig("từ 10 đến 30 triệu", "10", 10e6, "money", "đồng", value_max=30e6,
        subject="giá cây mai có dáng thế đẹp", period=NOW),
    fig("một gốc mai cổ thụ vừa", "một", 1, "count", "gốc", subject="gốc mai cổ thụ được mua", optional=True),
    fig("giá 350 triệu", "350", 350e6, "money", "đồng", subject="giá mua một gốc mai cổ thụ", period=NOW),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="số lượng gốc mai cổ thụ khu vực miền Trung"),
    fig("lên 4.000 hộ", "4.000", 4000, "count", "hộ", status="target", subject="số hộ trồng mai", period=T25),
    fig("ít nhất 2 lớp", "2", 2, "count", "lớp", approx="at_least", status="target",
        subject="lớp tập huấn kỹ thuật cho hội viên", period=T25),
]

NOTES = [
    "Radio/TV site (TRT Huế): channel banner, menu, headline, '09/12/2024 15:05', tag '(TRT) -', video link with duration, related links.",
    "Location Thừa Thiên Huế throughout (the province of the date; the TP HCM buyer is a trade partner, not the place).",
    "Distractors: 15:05, '(03:12)', 'mai vàng 12 cánh' (a variety name), 'Tết Ất Tỵ',",
    "'Những tháng cuối năm' (no figure). 'một gốc mai cổ thụ' (indefinite 'một': optional, count 1 gốc).",
    "'trên 50 năm tuổi' describes the trees (optional). 'Từ đầu năm đến nay' ends at the dateline 2024-12-09.",
    "'Riêng quý IV, dự kiến ...' → forecast, year 2024 from the dateline (no other year stands before it).",
    "'Giá mai vàng năm nay ...: ...; ...' → period năm nay (2024) for all three prices of that sentence.",
    "'đứng thứ ba khu vực miền Trung' → rank 3. 'Hội phấn đấu đến năm 2025 ... và ...' → both target, start null.",
]

if __name__ == "__main__":
    write("p1305-8", TEXT, NOTES, FIGS, published="2024-12-09", location="Thừa Thiên Huế")
