"""p1429-6: national newspaper: quartz sand prices up with solar-glass demand; exports 10 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Thứ hai, 11/11/2024, 06:00 (GMT+7)

Giá cát thạch anh tăng mạnh nhờ kính năng lượng mặt trời

Nhu cầu từ các nhà máy kính năng lượng mặt trời khiến giá cát thạch anh loại tốt tăng 25-30% trong một năm qua.

Theo Hội Vật liệu Silicat Việt Nam, cát thạch anh đã qua tuyển có hàm lượng SiO2 trên 99,6% hiện được bán với giá khoảng 1,1-1,3 triệu đồng/tấn, gấp đôi loại cát dùng cho kính xây dựng.

10 tháng năm 2024, cả nước xuất khẩu 1,04 triệu tấn cát đã qua chế biến, trị giá 49,6 triệu USD, tăng 8,5% về lượng nhưng giảm 2,1% về trị giá so với cùng kỳ. Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc) chiếm tới 87% lượng xuất khẩu. Riêng tháng 10, lượng xuất khẩu đạt 96.000 tấn, giảm 12% so với tháng trước.

Trong khi đó, nhu cầu trong nước tăng nhanh. Hiện có 5 nhà máy kính năng lượng mặt trời đang hoạt động và 3 dự án đang xây dựng với tổng công suất 3.600 tấn/ngày; khi các dự án hoàn thành, tổng nhu cầu cát thạch anh ước khoảng 3,5 triệu tấn mỗi năm.

Ông Nguyễn Thành Lộc, Tổng giám đốc Công ty cổ phần Cát Silic Vân Phong (Khánh Hòa), cho biết doanh nghiệp đã ký hợp đồng cung cấp 240.000 tấn cát cho năm 2025, bằng 80% công suất nhà máy. "Hai năm trước, chúng tôi phải xuất khẩu gần hết sản phẩm, nay 60% bán cho các nhà máy trong nước", ông Lộc nói.

Các chuyên gia cho rằng ngành kính và pin mặt trời đang tạo việc làm cho hàng chục nghìn lao động. Theo ước tính, giá trị gia tăng khi chế biến cát thành kính cao gấp 15-20 lần so với xuất khẩu cát thô.

Minh Khôi
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
OCT = P("tháng 10", "2024-10-01", "2024-10-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
KH = "Khánh Hòa"

FIGS = [
    F("tăng 25-30%", "25", 25, "percent", "%", value_max=30,
      subject="giá cát thạch anh loại tốt"),
    F("trên 99,6%", "99,6", 99.6, "percent", "%", approx="over",
      subject="hàm lượng SiO2 của cát thạch anh đã qua tuyển"),
    F("khoảng 1,1-1,3 triệu", "1,1", 1.1e6, "money", "đồng/tấn", value_max=1.3e6, approx="about",
      change=C("increase", 2, "lần", "loại cát dùng cho kính xây dựng"),
      subject="giá bán cát thạch anh đã qua tuyển"),
    F("xuất khẩu 1,04 triệu", "1,04", 1.04e6, "measure", "tấn", change=C("increase", 8.5, "%", "cùng kỳ"),
      subject="cát đã qua chế biến xuất khẩu", period=M10),
    F("trị giá 49,6 triệu", "49,6", 49.6e6, "money", "USD", change=C("decrease", 2.1, "%", "cùng kỳ"),
      subject="trị giá xuất khẩu cát đã qua chế biến", period=M10),
    F("tới 87%", "87", 87, "percent", "%",
      subject="tỷ trọng của Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc) trong lượng xuất khẩu", period=I(M10)),
    F("đạt 96.000 tấn", "96.000", 96000, "measure", "tấn", change=C("decrease", 12, "%", "tháng trước"),
      subject="lượng xuất khẩu", period=OCT),
    F("có 5 nhà máy", "5", 5, "count", "nhà máy", subject="nhà máy kính năng lượng mặt trời đang hoạt động"),
    F("và 3 dự án", "3", 3, "count", "dự án", subject="dự án nhà máy kính năng lượng mặt trời đang xây dựng"),
    F("suất 3.600 tấn/ngày", "3.600", 3600, "measure", "tấn/ngày",
      subject="tổng công suất các dự án đang xây dựng"),
    F("khoảng 3,5 triệu", "3,5", 3.5e6, "measure", "tấn/năm", approx="about", status="estimate",
      subject="tổng nhu cầu cát thạch anh khi các dự án hoàn thành"),
    F("cấp 240.000 tấn", "240.000", 240000, "measure", "tấn", percent=80,
      subject="cát doanh nghiệp ký hợp đồng cung cấp", period=Y25, location=KH),
    F("nay 60%", "60", 60, "percent", "%", subject="tỷ lệ sản phẩm bán cho các nhà máy trong nước", location=KH),
    F("hàng chục nghìn lao động", "hàng chục nghìn", 10000, "count", "lao động", approx="about",
      subject="lao động ngành kính và pin mặt trời", optional=True),
    F("gấp 15-20 lần", "15", 15, "multiple", "lần", value_max=20, status="estimate",
      subject="giá trị gia tăng khi chế biến cát thành kính so với xuất khẩu cát thô"),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 11/11/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), 'trong một năm qua', SiO2, 'Hai năm trước' (durations that locate in time).",
    "Location Việt Nam (national figures); the Vân Phong firm's figures (contract, 60%) are Khánh Hòa.",
    "Sapo 'tăng 25-30%' is a growth rate as the claim: percent range, no change; 'trong một năm qua' gives no dated period.",
    "'gấp đôi loại cát dùng cho kính xây dựng' after the price → change ×2 (lần). 'tăng 8,5% về lượng' belongs to the tonnage,",
    "'giảm 2,1% về trị giá' to the value (each says which), both against 'cùng kỳ'.",
    "'Riêng tháng 10' → 2024-10 (year of the nearest earlier period); 'giảm 12% so với tháng trước' is its change.",
    "'ước khoảng 3,5 triệu tấn mỗi năm' → estimate, about, tấn/năm. 'bằng 80% công suất' → percent attribute of 240.000 tấn.",
    "'hàng chục nghìn lao động' optional (vague quantity; value 10 000, about). 'Theo ước tính ... cao gấp 15-20 lần' → multiple, estimate.",
]

if __name__ == "__main__":
    write("p1429-6", TEXT, NOTES, FIGS, published="2024-11-11", location="Việt Nam")
