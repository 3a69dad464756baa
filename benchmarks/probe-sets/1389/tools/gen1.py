"""p1389-1: province portal (Nghệ An): IVF centre of the provincial obstetrics-paediatrics hospital, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

9 tháng, hơn 1.200 chu kỳ thụ tinh trong ống nghiệm được thực hiện tại Bệnh viện Sản Nhi Nghệ An

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836

Theo Sở Y tế, 9 tháng đầu năm 2024, Trung tâm Hỗ trợ sinh sản thuộc Bệnh viện Sản Nhi Nghệ An (bệnh viện hạng I) đã thực hiện 1.246 chu kỳ chuyển phôi, tăng 18,5% so với cùng kỳ năm 2023, bằng 83% kế hoạch năm. Tỷ lệ có thai lâm sàng đạt 51,7%, cao hơn 2,4 điểm phần trăm so với năm 2023.

Cũng trong 9 tháng, trung tâm đã khám, tư vấn cho khoảng 5.600 lượt bệnh nhân hiếm muộn, trong đó hơn 40% đến từ các tỉnh lân cận như Hà Tĩnh, Thanh Hóa, Quảng Bình. Từ đầu năm đến nay, đã có 412 em bé chào đời nhờ kỹ thuật IVF tại bệnh viện, trong đó có 57 cặp song sinh.

Hiện trung tâm có 6 bác sĩ và 9 chuyên viên phôi học, được trang bị hai tủ nuôi cấy phôi K-Systems G210 và hệ thống trữ lạnh đang lưu giữ hơn 3.800 mẫu phôi, noãn. Chi phí một chu kỳ IVF tại bệnh viện từ 55 đến 70 triệu đồng, thấp hơn khoảng 30% so với các cơ sở tại Hà Nội.

Năm 2025, bệnh viện phấn đấu thực hiện 1.800 chu kỳ chuyển phôi, đưa tỷ lệ có thai lâm sàng lên trên 55%. Người bệnh cần tư vấn xin liên hệ đường dây nóng 0238.3598.115.

Tin liên quan:
- Nghệ An: Hội nghị khoa học Sản phụ khoa mở rộng lần thứ 5 năm 2024
- Bệnh viện Sản Nhi Nghệ An đón nhận Huân chương Lao động hạng Ba
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 1.200 chu kỳ", "1.200", 1200, "count", "chu kỳ", approx="over",
        subject="chu kỳ thụ tinh trong ống nghiệm được thực hiện", period=NINE_H),
    fig("thực hiện 1.246 chu kỳ", "1.246", 1246, "count", "chu kỳ", percent=83,
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"),
        subject="chu kỳ chuyển phôi Trung tâm Hỗ trợ sinh sản đã thực hiện", period=NINE),
    fig("đạt 51,7%", "51,7", 51.7, "percent", "%",
        change=chg("increase", 2.4, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ có thai lâm sàng", period=inh(NINE)),
    fig("khoảng 5.600 lượt", "5.600", 5600, "count", "lượt bệnh nhân", approx="about",
        subject="lượt bệnh nhân hiếm muộn được khám, tư vấn", period=NINE_H),
    fig("hơn 40%", "40", 40, "percent", "%", approx="over",
        subject="bệnh nhân hiếm muộn đến từ các tỉnh lân cận", period=NINE_H),
    fig("có 412 em bé", "412", 412, "count", "em bé",
        subject="em bé chào đời nhờ kỹ thuật IVF tại bệnh viện", period=YTD),
    fig("có 57 cặp", "57", 57, "count", "cặp song sinh", subject="cặp song sinh", period=YTD),
    fig("có 6 bác sĩ", "6", 6, "count", "bác sĩ", subject="bác sĩ của trung tâm"),
    fig("9 chuyên viên", "9", 9, "count", "chuyên viên phôi học", subject="chuyên viên phôi học của trung tâm"),
    fig("hai tủ", "hai", 2, "count", "tủ nuôi cấy phôi", subject="tủ nuôi cấy phôi được trang bị"),
    fig("hơn 3.800 mẫu", "3.800", 3800, "count", "mẫu phôi, noãn", approx="over",
        subject="mẫu phôi, noãn hệ thống trữ lạnh đang lưu giữ"),
    fig("từ 55 đến 70 triệu", "55", 55e6, "money", "đồng/chu kỳ", value_max=70e6,
        change=chg("decrease", 30, "%", "các cơ sở tại Hà Nội", approx="about"),
        subject="chi phí một chu kỳ IVF tại bệnh viện"),
    fig("thực hiện 1.800 chu kỳ", "1.800", 1800, "count", "chu kỳ", status="target",
        subject="chu kỳ chuyển phôi bệnh viện phấn đấu thực hiện", period=Y25),
    fig("trên 55%", "55", 55, "percent", "%", approx="over", status="target",
        subject="tỷ lệ có thai lâm sàng", period=Y25),
]

NOTES = [
    "Province portal (Nghệ An): IVF centre of Bệnh viện Sản Nhi Nghệ An, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836'.",
    "Distractors: 08:45, Lượt xem 1.836, '(bệnh viện hạng I)', 'K-Systems G210', hotline 0238.3598.115, 'lần thứ 5', 'Huân chương Lao động hạng Ba'.",
    "Headline '9 tháng' takes 2024 from the dateline. 'bằng 83% kế hoạch năm' is the percent attribute; 'cao hơn 2,4 điểm phần trăm' the change of 51,7%.",
    "'412 em bé ..., trong đó có 57 cặp song sinh': pairs are not babies (not the same thing counted), so no total.",
    "'thấp hơn khoảng 30% so với các cơ sở tại Hà Nội' is the change of the cost range; Hà Nội is the baseline, not the place.",
]

if __name__ == "__main__":
    write("p1389-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nghệ An")
