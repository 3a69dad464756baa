"""p547-6: national press, Đồng Tháp Hè Thu 2024 harvest and prices."""
from lib import F, P, I, Y, CH, emit

TEXT = """Thứ năm, 18/7/2024, 06:00 (GMT+7)

Giá lúa tăng, nông dân Đồng Tháp lãi 20-25 triệu đồng mỗi ha

Lúa hè thu được giá, thương lái đặt cọc trước, nhiều nông dân ở Đồng Tháp lãi cao hơn vụ trước.

Những ngày này, trên cánh đồng ấp 3, xã Tân Hòa, huyện Lai Vung, máy gặt đập liên hợp hoạt động liên tục. Ông Trần Văn Hai vừa thu hoạch 3 ha lúa OM 18, năng suất 6,8 tấn/ha, bán tại ruộng với giá 7.700 đồng/kg.

Theo Sở Nông nghiệp và Phát triển nông thôn Đồng Tháp, vụ hè thu năm nay toàn tỉnh xuống giống gần 183.000 ha. Đến nay, nông dân đã thu hoạch hơn 61% diện tích, năng suất bình quân 6,2 tấn/ha.

Giá lúa thường IR 50404 tại ruộng 7.200-7.400 đồng/kg; lúa OM 5451 từ 7.600 đến 7.800 đồng/kg, cao hơn cùng kỳ năm ngoái khoảng 1.000 đồng/kg. Với chi phí sản xuất khoảng 4.100 đồng/kg, nông dân lãi 20-25 triệu đồng/ha. Mức lãi này gấp khoảng 1,5 lần vụ hè thu năm ngoái.

Tại các tỉnh lân cận, tiến độ thu hoạch cũng khá nhanh. Cần Thơ, An Giang và Kiên Giang đã thu hoạch lần lượt 70%, 65% và 48% diện tích lúa hè thu.

Ông Lê Minh Tâm, Phó giám đốc một công ty lương thực có trụ sở tại số 60, Quốc lộ 30, phường 11, cho biết doanh nghiệp đang thu mua khoảng 1.200 tấn lúa mỗi ngày, tăng 30% so với tháng trước. Theo ông, từ nay đến cuối năm, nhu cầu gạo của Philippines và Indonesia vẫn cao nên giá lúa khó giảm sâu.

Ngọc Tài
"""

COMMENTS = [
    "National press (VnExpress style): Đồng Tháp Hè Thu 2024 harvest, a Lai Vung farmer, prices by variety, cost, profit, neighbours' progress, a miller's purchases.",
    "'Thứ năm, 18/7/2024, 06:00 (GMT+7)' gives published. 'năm nay' = 2024; 'Đến nay' is as-of the dateline and dates both figures of its sentence.",
    "The farmer's field in huyện Lai Vung is located in Lai Vung; the neighbours' shares go to Cần Thơ, An Giang, Kiên Giang ('lần lượt').",
    "'Mức lãi này gấp khoảng 1,5 lần vụ hè thu năm ngoái' is its own sentence: a multiple figure. 'lãi 20-25 triệu đồng mỗi ha' = đồng/ha.",
    "Not figures: variety names OM 18, IR 50404, OM 5451; 'ấp 3'; the address 'số 60, Quốc lộ 30, phường 11'; the time '06:00', 'GMT+7'.",
]

ASOF = P("Đến nay", None, "2024-07-18")

FIGS = [
    F("lãi 20-25 triệu đồng mỗi ha", "20", 20000000, "money", "đồng/ha",
      "lãi của nông dân", value_max=25000000),
    F("thu hoạch 3 ha", "3", 3, "measure", "ha",
      "diện tích lúa ông Trần Văn Hai thu hoạch", location="Lai Vung"),
    F("năng suất 6,8 tấn/ha", "6,8", 6.8, "measure", "tấn/ha",
      "năng suất lúa OM 18 của ông Trần Văn Hai", location="Lai Vung"),
    F("giá 7.700 đồng/kg", "7.700", 7700, "money", "đồng/kg",
      "giá bán lúa tại ruộng", location="Lai Vung"),
    F("gần 183.000 ha", "183.000", 183000, "measure", "ha",
      "diện tích lúa hè thu xuống giống", Y(2024, "năm nay"), approx="nearly"),
    F("hơn 61% diện tích", "61", 61, "percent", "%",
      "tỷ lệ diện tích lúa hè thu đã thu hoạch", ASOF, approx="over"),
    F("bình quân 6,2 tấn/ha", "6,2", 6.2, "measure", "tấn/ha",
      "năng suất lúa hè thu bình quân", ASOF),
    F("ruộng 7.200-7.400 đồng/kg", "7.200", 7200, "money", "đồng/kg",
      "giá lúa thường IR 50404 tại ruộng", value_max=7400),
    F("từ 7.600 đến 7.800 đồng/kg", "7.600", 7600, "money", "đồng/kg",
      "giá lúa OM 5451 tại ruộng", value_max=7800,
      change=CH("increase", 1000, "đồng/kg", "cùng kỳ năm ngoái", approx="about")),
    F("khoảng 4.100 đồng/kg", "4.100", 4100, "money", "đồng/kg",
      "chi phí sản xuất", approx="about"),
    F("nông dân lãi 20-25 triệu đồng/ha", "20", 20000000, "money", "đồng/ha",
      "lãi của nông dân", value_max=25000000),
    F("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần",
      "mức lãi so với vụ hè thu năm ngoái", approx="about"),
    F("lần lượt 70%", "70", 70, "percent", "%",
      "tỷ lệ diện tích lúa hè thu đã thu hoạch", location="Cần Thơ"),
    F("70%, 65%", "65", 65, "percent", "%",
      "tỷ lệ diện tích lúa hè thu đã thu hoạch", location="An Giang"),
    F("và 48%", "48", 48, "percent", "%",
      "tỷ lệ diện tích lúa hè thu đã thu hoạch", location="Kiên Giang"),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn/ngày",
      "lúa doanh nghiệp thu mua mỗi ngày", approx="about",
      change=CH("increase", 30, "%", "tháng trước")),
]

if __name__ == "__main__":
    emit("p547-6", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Đồng Tháp")
