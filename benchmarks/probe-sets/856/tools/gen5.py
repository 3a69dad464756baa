"""p856-5: Party/provincial newspaper (Báo Đà Nẵng style), electric motorbikes, charging points, air quality, 2024."""
from lib import F, P, I, C, write, main

TEXT = """Xe máy điện "phủ sóng" phố biển

Thành phố hiện có hơn 38 nghìn xe máy điện, phần lớn được đăng ký trong ba năm gần đây. Tuy vậy, hạ tầng sạc và việc thu gom pin đã qua sử dụng vẫn là điểm nghẽn.

Theo Phòng Cảnh sát giao thông Công an thành phố Đà Nẵng, tính đến ngày 30/6/2024, toàn thành phố có 38.450 xe máy điện, tăng 6.120 xe so với cuối năm 2023, chiếm 3,6% tổng số xe máy. Riêng 6 tháng đầu năm 2024 có 7.214 xe máy đăng ký mới, trong đó 1.905 xe máy điện, chiếm 26,4%. Số xe máy chạy xăng đăng ký mới giảm 8,2% so với cùng kỳ năm 2023.

Anh Trần Văn Bảy (tổ 12, phường Hòa Khánh Bắc, quận Liên Chiểu) cho biết chiếc xe điện anh mua hồi tháng 3 giá 16,5 triệu đồng, mỗi tháng chỉ tốn khoảng 80.000 đồng tiền sạc. "Trước đây đi xe xăng, tháng nào cũng hết vài trăm nghìn", anh Bảy nói.

Hiện thành phố có 142 điểm sạc công cộng dành cho xe máy điện, trong đó 96 điểm đặt tại chung cư, khu đô thị; trạm sạc lớn nhất trên đường 2 Tháng 9 có 24 cổng sạc. Khảo sát của Sở Giao thông vận tải cho thấy khoảng 41% người được hỏi sẵn sàng chuyển sang xe máy điện nếu được hỗ trợ từ 3 đến 5 triệu đồng.

Năm 2023, nồng độ bụi PM2.5 trung bình năm tại Đà Nẵng là 21,4 µg/m3, thấp hơn ngưỡng quy chuẩn quốc gia (25 µg/m3); số ngày có chỉ số AQI ở mức tốt chiếm 78%.

Theo Đề án phát triển giao thông xanh, thành phố đặt mục tiêu đến năm 2030 có ít nhất 22% xe máy đang lưu hành là xe điện và xây dựng 500 điểm sạc công cộng.

HOÀNG ANH
17/07/2024
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 38 nghìn xe máy điện", "38", 38000, "count", "xe máy điện", approx="over",
      subject="xe máy điện"),
    F("có 38.450 xe máy điện", "38.450", 38450, "count", "xe máy điện", percent=3.6,
      change=C("increase", 6120, "xe", "cuối năm 2023"), subject="xe máy điện", period=ASOF),
    F("có 7.214 xe máy", "7.214", 7214, "count", "xe máy", subject="xe máy đăng ký mới", period=H1),
    F("1.905 xe máy điện", "1.905", 1905, "count", "xe máy điện", total=7214, percent=26.4,
      subject="xe máy điện đăng ký mới", period=H1),
    F("giảm 8,2%", "8,2", 8.2, "percent", "%", subject="số xe máy chạy xăng đăng ký mới", period=I(H1)),
    F("giá 16,5 triệu đồng", "16,5", 16500000, "money", "đồng", optional=True,
      subject="giá chiếc xe điện anh Bảy mua"),
    F("khoảng 80.000 đồng", "80.000", 80000, "money", "đồng/tháng", approx="about", optional=True,
      subject="tiền sạc xe điện mỗi tháng"),
    F("142 điểm sạc", "142", 142, "count", "điểm sạc", subject="điểm sạc công cộng dành cho xe máy điện"),
    F("96 điểm", "96", 96, "count", "điểm", total=142, subject="điểm sạc đặt tại chung cư, khu đô thị"),
    F("24 cổng sạc", "24", 24, "count", "cổng sạc", subject="cổng sạc của trạm sạc lớn nhất"),
    F("khoảng 41%", "41", 41, "percent", "%", approx="about",
      subject="tỷ lệ người được hỏi sẵn sàng chuyển sang xe máy điện"),
    F("từ 3 đến 5 triệu đồng", "3", 3000000, "money", "đồng", value_max=5000000, optional=True,
      subject="mức hỗ trợ chuyển sang xe máy điện"),
    F("là 21,4 µg/m3", "21,4", 21.4, "measure", "µg/m3", subject="nồng độ bụi PM2.5 trung bình năm", period=Y23),
    F("(25 µg/m3)", "25", 25, "measure", "µg/m3", optional=True, subject="ngưỡng quy chuẩn quốc gia PM2.5"),
    F("chiếm 78%", "78", 78, "percent", "%", subject="số ngày có chỉ số AQI ở mức tốt", period=Y23),
    F("ít nhất 22%", "22", 22, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ xe máy đang lưu hành là xe điện", period=T30),
    F("500 điểm sạc", "500", 500, "count", "điểm sạc", status="target",
      subject="điểm sạc công cộng", period=T30),
]

NOTES = [
    "Báo Đà Nẵng style: electric motorbikes (as of 30/6/2024, new registrations H1/2024), charging points, PM2.5/AQI 2023, 2030 targets.",
    "Byline HOÀNG ANH and bare date 17/07/2024 at the end -> published. Distractors: 'ba năm gần đây', 'tổ 12', 'hồi tháng 3',",
    "'đường 2 Tháng 9', the name 'Trần Văn Bảy', 'Đề án', 'PM2.5', 'vài trăm nghìn' (vague, not recorded).",
    "The sapo's 'hơn 38 nghìn' restates the figure: recorded, no period ('hiện'). 'tăng 6.120 xe so với cuối năm 2023' is the change of 38.450;",
    "'chiếm 3,6% tổng số xe máy' its percent. One buyer's price and charging cost, the hypothetical support amount and",
    "the national threshold (25 µg/m3) are optional. 'giảm 8,2% so với cùng kỳ' has no base amount: a percent figure, no change object.",
    " 'tiền sạc mỗi tháng' -> unit đồng/tháng.",
]


def build():
    return write("p856-5", TEXT, NOTES, FIGS, published="2024-07-17", location="Đà Nẵng")


if __name__ == "__main__":
    main(build)
