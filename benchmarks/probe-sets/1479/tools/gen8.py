"""p1479-8: radio/TV site (Đài PT&TH TP Cần Thơ): public hospitals replace mercury thermometers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CẦN THƠ TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Y tế - Sức khỏe | Xem truyền hình trực tiếp

Cần Thơ: 14/16 bệnh viện công lập không còn dùng nhiệt kế thủy ngân

Cập nhật: 20/08/2024 19:45 | Nguồn: Bản tin Thời sự 19h

(THCT) - Đến hết tháng 7/2024, 14/16 bệnh viện công lập trên địa bàn TP Cần Thơ đã thay thế hoàn toàn nhiệt kế thủy ngân bằng nhiệt kế điện tử, đạt 87,5%. Các bệnh viện đã thu hồi khoảng 5.600 nhiệt kế thủy ngân, tương đương khoảng 5,6 kg thủy ngân; kinh phí mua nhiệt kế điện tử thay thế hơn 1,9 tỷ đồng. Bệnh viện Quân y 121 cũng đã hoàn thành việc thay thế trong tháng 6.

Riêng huyết áp kế thủy ngân, các bệnh viện đã thay 620 chiếc, còn khoảng 140 chiếc đang sử dụng tại một số bệnh viện tuyến quận, huyện. Theo Tổ chức Y tế Thế giới (WHO), mỗi nhiệt kế thủy ngân chứa từ 0,5 đến 1,5 gam thủy ngân, rất độc hại nếu bị vỡ.

Hiện thành phố có 83 trạm y tế xã, phường, thị trấn, trong đó 52 trạm đã chuyển sang dùng nhiệt kế điện tử. Dự kiến trong quý IV năm nay, Sở Y tế sẽ cấp thêm 1.200 nhiệt kế điện tử và 60 máy đo huyết áp điện tử cho các trạm còn lại. Thành phố phấn đấu đến hết năm 2025, 100% cơ sở y tế công lập không còn sử dụng nhiệt kế, huyết áp kế thủy ngân.

Phóng viên: Ngọc Hân - Quốc Thái

Tin cùng chuyên mục:
- Khai mạc Hội thi điều dưỡng giỏi lần thứ III
- Ninh Kiều ra quân chiến dịch diệt lăng quăng đợt 1

Đài PT&TH TP Cần Thơ - 409 đường 30/4, phường Hưng Lợi, quận Ninh Kiều | Đường dây nóng: 0292.3831.126
"""

JUL = per("Đến hết tháng 7/2024", None, "2024-07-31")
Q4 = per("trong quý IV năm nay", "2024-10-01", "2024-12-31")

FIGS = [
    fig("Cần Thơ: 14/16", "14", 14, "count", "bệnh viện", total=16,
        subject="bệnh viện công lập không còn dùng nhiệt kế thủy ngân"),
    fig(", 14/16 bệnh viện", "14", 14, "count", "bệnh viện", total=16, percent=87.5,
        subject="bệnh viện công lập đã thay thế hoàn toàn nhiệt kế thủy ngân bằng nhiệt kế điện tử", period=JUL),
    fig("khoảng 5.600 nhiệt kế", "5.600", 5600, "count", "nhiệt kế", approx="about",
        subject="nhiệt kế thủy ngân các bệnh viện đã thu hồi", period=inh(JUL)),
    fig("khoảng 5,6 kg", "5,6", 5.6, "measure", "kg", approx="about", subject="thủy ngân thu hồi",
        period=inh(JUL)),
    fig("hơn 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="over",
        subject="kinh phí mua nhiệt kế điện tử thay thế", period=inh(JUL)),
    fig("thay 620 chiếc", "620", 620, "count", "chiếc", subject="huyết áp kế thủy ngân các bệnh viện đã thay"),
    fig("khoảng 140 chiếc", "140", 140, "count", "chiếc", approx="about",
        subject="huyết áp kế thủy ngân còn đang sử dụng"),
    fig("từ 0,5 đến 1,5 gam", "0,5", 0.5, "measure", "gam/nhiệt kế", value_max=1.5,
        subject="thủy ngân trong mỗi nhiệt kế thủy ngân", location=""),
    fig("có 83 trạm", "83", 83, "count", "trạm", subject="trạm y tế xã, phường, thị trấn"),
    fig("trong đó 52 trạm", "52", 52, "count", "trạm", total=83,
        subject="trạm đã chuyển sang dùng nhiệt kế điện tử"),
    fig("thêm 1.200 nhiệt kế", "1.200", 1200, "count", "nhiệt kế", status="forecast",
        subject="nhiệt kế điện tử Sở Y tế cấp thêm", period=Q4),
    fig("và 60 máy", "60", 60, "count", "máy", status="forecast",
        subject="máy đo huyết áp điện tử Sở Y tế cấp thêm", period=Q4),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở y tế công lập không còn sử dụng nhiệt kế, huyết áp kế thủy ngân",
        period=per("đến hết năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Radio/TV site (Đài PT&TH TP Cần Thơ): channel banner, menu, 'Cập nhật: 20/08/2024 19:45 | Nguồn: Bản tin Thời sự 19h', tag '(THCT) -', reporters, related links, footer.",
    "Distractors: 'Thời sự 19h', 'Bệnh viện Quân y 121', 'tháng 6', 'lần thứ III', 'đợt 1', '409 đường 30/4' (a road named after a date), hotline, 'một số' (not a number).",
    "'14/16 ... đạt 87,5%' → total 16 and percent 87.5. '5.600 nhiệt kế, tương đương khoảng 5,6 kg thủy ngân': the kg amount is a measure figure of its own.",
    "'mỗi nhiệt kế thủy ngân chứa từ 0,5 đến 1,5 gam' (WHO, a general fact): range, unit gam/nhiệt kế, no place: location '' (= null, overriding the file default).",
    "'83 trạm ..., trong đó 52 trạm' → total 83. 'Dự kiến trong quý IV năm nay' → forecast, 2024 Q4 (year of published).",
    "'phấn đấu đến hết năm 2025, 100% ...' → target, as-of end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1479-8", TEXT, NOTES, FIGS, published="2024-08-20", location="Cần Thơ")
